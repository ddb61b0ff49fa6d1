## Calendars (iCalendar) and feeds (Atom) anyone can subscribe to.
# Calendar names, as a calendar program lists them.
feed-calendar-all = Quorum：定期复审
feed-calendar-standard = Quorum：{ $reference } 的定期复审
# $body: the body's acronym or name.
feed-calendar-body = Quorum：{ $body } 可以参与投票的定期复审
# An event on the day a ballot opens.
feed-event-opens = { $reference }：定期复审投票开始
feed-event-opens-detail = { $title }——投票将于 { $date } 开始。
# Feed titles.
feed-atom-all = Quorum：公开记录的更改
feed-atom-body = { $body }：公开记录的更改
feed-atom-standard = { $reference }：记录、采用情况和复审的更改
feed-atom-open-letters = Quorum：公开信
# One change: $record is what changed (a country, a standard and a country), $change
# reads "Status: in progress → adopted".
feed-entry = { $record }——{ $change }
feed-entry-source = 来源：{ $source }
# A published language of an open letter; $revision counts its versions.
feed-open-letter-summary = 已发布{ $language }版本（第 { $revision } 版）。
# Links on the pages.
feed-calendar-link = 将这些复审添加到您的日历
feed-calendar-hint = iCalendar 订阅源（.ics）：投票的开始与截止，以及每项下次复审的截止时间。日历程序会自动保持更新。
feed-atom-link = 订阅更改
feed-atom-hint = 供订阅源阅读器使用的 Atom 订阅源。

## Share pictures (link previews of open letters and standards)

share-signed = { $people ->
   *[other] 已有来自 { $countries } 个国家/地区的 { $people } 人签名。
}
share-adoptions = 在 { $bodies } 个国家标准机构中，已有 { $adoptions } 个采用了该标准。
