## Calendars (iCalendar) and feeds (Atom) anyone can subscribe to.
# Calendar names, as a calendar program lists them.
feed-calendar-all = Quorum: 정기검토
feed-calendar-standard = Quorum: { $reference } 정기검토
# $body: the body's acronym or name.
feed-calendar-body = Quorum: { $body }에 투표권이 있는 정기검토
# An event on the day a ballot opens.
feed-event-opens = { $reference }: 정기검토 투표 시작
feed-event-opens-detail = { $title } — 투표는 { $date }에 시작됩니다.
# Feed titles.
feed-atom-all = Quorum: 공개 정보 변경 사항
feed-atom-body = { $body }: 공개 정보 변경 사항
feed-atom-standard = { $reference }: 정보, 채택 현황, 검토 변경 사항
feed-atom-open-letters = Quorum: 공개서한
# One change: $record is what changed (a country, a standard and a country), $change
# reads "Status: in progress → adopted".
feed-entry = { $record } — { $change }
feed-entry-source = 출처: { $source }
# A published language of an open letter; $revision counts its versions.
feed-open-letter-summary = { $language }로 공개됨, 버전 { $revision }.
# Links on the pages.
feed-calendar-link = 이 검토 일정을 캘린더에 추가
feed-calendar-hint = iCalendar 피드(.ics): 투표 시작과 마감, 그리고 다음 각 검토의 기한을 제공합니다. 캘린더 프로그램이 자동으로 최신 상태를 유지합니다.
feed-atom-link = 변경 사항 구독
feed-atom-hint = 피드 리더용 Atom 피드입니다.

## Share pictures (link previews of open letters and standards)

share-signed = { $people ->
   *[other] { $countries }개국에서 { $people }명이 서명했습니다.
}
share-adoptions = 국가표준기구 { $bodies }곳 중 { $adoptions }곳이 이 표준을 채택했습니다.
