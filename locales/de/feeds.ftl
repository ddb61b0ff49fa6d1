## Calendars (iCalendar) and feeds (Atom) anyone can subscribe to.
# Calendar names, as a calendar program lists them.
feed-calendar-all = Quorum: systematische Überprüfungen
feed-calendar-standard = Quorum: systematische Überprüfungen von { $reference }
# $body: the body's acronym or name.
feed-calendar-body = Quorum: systematische Überprüfungen, bei denen { $body } abstimmen kann
# An event on the day a ballot opens.
feed-event-opens = { $reference }: Abstimmung zur systematischen Überprüfung beginnt
feed-event-opens-detail = { $title } – die Abstimmung beginnt am { $date }.
# Feed titles.
feed-atom-all = Quorum: Änderungen an den öffentlichen Einträgen
feed-atom-body = { $body }: Änderungen am öffentlichen Eintrag
feed-atom-standard = { $reference }: Änderungen an Eintrag, Übernahmen und Überprüfungen
feed-atom-open-letters = Quorum: offene Briefe
# One change: $record is what changed (a country, a standard and a country), $change
# reads "Status: in progress → adopted".
feed-entry = { $record } – { $change }
feed-entry-source = Quelle: { $source }
# A published language of an open letter; $revision counts its versions.
feed-open-letter-summary = Veröffentlicht auf { $language }, Fassung { $revision }.
# Links on the pages.
feed-calendar-link = Diese Überprüfungen Ihrem Kalender hinzufügen
feed-calendar-hint = Ein iCalendar-Feed (.ics): Beginn und Ende der Abstimmungen und das Datum, bis zu dem die jeweils nächste Überprüfung fällig ist. Kalenderprogramme halten ihn auf dem neuesten Stand.
feed-atom-link = Änderungen verfolgen
feed-atom-hint = Ein Atom-Feed für einen Feedreader.

## Share pictures (link previews of open letters and standards)

share-signed = { $people ->
    [one] Eine Person hat unterzeichnet.
   *[other] { $people } Personen aus { $countries ->
        [one] einem Land
       *[other] { $countries } Ländern
    } haben unterzeichnet.
}
share-adoptions = { $adoptions } von { $bodies } nationalen Normungsinstituten { $adoptions ->
    [one] hat
   *[other] haben
} die Norm übernommen.
