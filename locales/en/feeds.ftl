## Calendars (iCalendar) and feeds (Atom) anyone can subscribe to.
# Calendar names, as a calendar program lists them.
feed-calendar-all = Quorum: systematic reviews
feed-calendar-standard = Quorum: systematic reviews of { $reference }
# $body: the body's acronym or name.
feed-calendar-body = Quorum: systematic reviews { $body } can vote in
# An event on the day a ballot opens.
feed-event-opens = { $reference }: systematic review ballot opens
feed-event-opens-detail = { $title } — the ballot opens on { $date }.
# Feed titles.
feed-atom-all = Quorum: changes to the public records
feed-atom-body = { $body }: changes to its public record
feed-atom-standard = { $reference }: changes to its record, adoptions and reviews
feed-atom-open-letters = Quorum: open letters
# One change: $record is what changed (a country, a standard and a country), $change
# reads "Status: in progress → adopted".
feed-entry = { $record } — { $change }
feed-entry-source = Source: { $source }
# A published language of an open letter; $revision counts its versions.
feed-open-letter-summary = Published in { $language }, revision { $revision }.
# Links on the pages.
feed-calendar-link = Add these reviews to your calendar
feed-calendar-hint = An iCalendar feed (.ics): ballots opening and closing, and the date each next review is due by. Calendar programs keep it up to date.
feed-atom-link = Follow the changes
feed-atom-hint = An Atom feed for a feed reader.

## Share pictures (link previews of open letters and standards)

share-signed = { $people ->
    [0] No one has signed yet.
    [one] One person has signed.
   *[other] { $people } people from { $countries ->
        [one] one country
       *[other] { $countries } countries
    } have signed.
}
share-adoptions = { $adoptions } of { $bodies } national bodies have adopted it.
