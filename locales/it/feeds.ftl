## Calendars (iCalendar) and feeds (Atom) anyone can subscribe to.
# Calendar names, as a calendar program lists them.
feed-calendar-all = Quorum: riesami sistematici
feed-calendar-standard = Quorum: riesami sistematici della { $reference }
# $body: the body's acronym or name.
feed-calendar-body = Quorum: riesami sistematici in cui { $body } può votare
# An event on the day a ballot opens.
feed-event-opens = { $reference }: apertura della votazione di riesame sistematico
feed-event-opens-detail = { $title } — la votazione si apre il { $date }.
# Feed titles.
feed-atom-all = Quorum: modifiche alle schede pubbliche
feed-atom-body = { $body }: modifiche alla sua scheda pubblica
feed-atom-standard = { $reference }: modifiche alla scheda, alle adozioni e ai riesami
feed-atom-open-letters = Quorum: lettere aperte
# One change: $record is what changed (a country, a standard and a country), $change
# reads "Status: in progress → adopted".
feed-entry = { $record } — { $change }
feed-entry-source = Fonte: { $source }
# A published language of an open letter; $revision counts its versions.
feed-open-letter-summary = Pubblicata in { $language }, versione { $revision }.
# Links on the pages.
feed-calendar-link = Aggiungi questi riesami al tuo calendario
feed-calendar-hint = Un feed iCalendar (.ics): apertura e chiusura delle votazioni e scadenza di ogni prossimo riesame. I programmi di calendario lo mantengono aggiornato.
feed-atom-link = Segui le modifiche
feed-atom-hint = Un feed Atom per un lettore di feed.

## Share pictures (link previews of open letters and standards)

share-signed = { $people ->
    [one] Una persona ha firmato.
    [many] { $people } di persone di { $countries ->
        [one] un Paese
       *[other] { $countries } Paesi
    } hanno firmato.
   *[other] { $people } persone di { $countries ->
        [one] un Paese
       *[other] { $countries } Paesi
    } hanno firmato.
}
share-adoptions = { $adoptions ->
    [one] { $adoptions } ente nazionale di normazione su { $bodies } l'ha adottata.
    [many] { $adoptions } di enti nazionali di normazione su { $bodies } l'hanno adottata.
   *[other] { $adoptions } enti nazionali di normazione su { $bodies } l'hanno adottata.
}
