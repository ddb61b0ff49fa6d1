## Calendars (iCalendar) and feeds (Atom) anyone can subscribe to.
# Calendar names, as a calendar program lists them.
feed-calendar-all = Quorum：定期見直し
feed-calendar-standard = Quorum：{ $reference }の定期見直し
# $body: the body's acronym or name.
feed-calendar-body = Quorum：{ $body }が投票できる定期見直し
# An event on the day a ballot opens.
feed-event-opens = { $reference }：定期見直しの投票開始
feed-event-opens-detail = { $title }（投票開始：{ $date }）
# Feed titles.
feed-atom-all = Quorum：公開登録情報の変更
feed-atom-body = { $body }：公開登録情報の変更
feed-atom-standard = { $reference }：登録情報・採用状況・見直しの変更
feed-atom-open-letters = Quorum：公開書簡
# One change: $record is what changed (a country, a standard and a country), $change
# reads "Status: in progress → adopted".
feed-entry = { $record }（{ $change }）
feed-entry-source = 出典：{ $source }
# A published language of an open letter; $revision counts its versions.
feed-open-letter-summary = { $language }で公開（第{ $revision }版）
# Links on the pages.
feed-calendar-link = これらの見直しをカレンダーに追加
feed-calendar-hint = iCalendarフィード（.ics）：投票の開始と締切、および次回の各見直しの期限を配信します。カレンダーアプリが自動で最新の状態に保ちます。
feed-atom-link = 変更をフィードで受け取る
feed-atom-hint = フィードリーダー向けのAtomフィードです。

## Share pictures (link previews of open letters and standards)

share-signed = { $people ->
   *[other] { $countries }か国から{ $people }人が署名しました。
}
share-adoptions = { $bodies }の国家標準化機関のうち、{ $adoptions }機関がこの規格を採用しています。
