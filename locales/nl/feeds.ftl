## Calendars (iCalendar) and feeds (Atom) anyone can subscribe to.
# Calendar names, as a calendar program lists them.
feed-calendar-all = Quorum: systematische toetsingen
feed-calendar-standard = Quorum: systematische toetsingen van { $reference }
# $body: the body's acronym or name.
feed-calendar-body = Quorum: systematische toetsingen waarin { $body } kan stemmen
# An event on the day a ballot opens.
feed-event-opens = { $reference }: stemming over systematische toetsing opent
feed-event-opens-detail = { $title } — de stemming opent op { $date }.
# Feed titles.
feed-atom-all = Quorum: wijzigingen in de openbare vermeldingen
feed-atom-body = { $body }: wijzigingen in de openbare vermelding
feed-atom-standard = { $reference }: wijzigingen in de vermelding, overnames en toetsingen
feed-atom-open-letters = Quorum: open brieven
# One change: $record is what changed (a country, a standard and a country), $change
# reads "Status: in progress → adopted".
feed-entry = { $record } — { $change }
feed-entry-source = Bron: { $source }
# A published language of an open letter; $revision counts its versions.
feed-open-letter-summary = Gepubliceerd in het { $language }, versie { $revision }.
# Links on the pages.
feed-calendar-link = Deze toetsingen aan uw agenda toevoegen
feed-calendar-hint = Een iCalendar-feed (.ics): begin en einde van de stemmingen, en de uiterste datum van elke volgende toetsing. Agendaprogramma's houden hem actueel.
feed-atom-link = De wijzigingen volgen
feed-atom-hint = Een Atom-feed voor een feedlezer.

## Share pictures (link previews of open letters and standards)

share-signed = { $people ->
    [one] Eén persoon heeft ondertekend.
   *[other] { $people } personen uit { $countries ->
        [one] één land
       *[other] { $countries } landen
    } hebben ondertekend.
}
share-adoptions = { $adoptions } van de { $bodies } nationale normalisatie-instellingen { $adoptions ->
    [one] heeft
   *[other] hebben
} de norm overgenomen.
