## Calendars (iCalendar) and feeds (Atom) anyone can subscribe to.
# Calendar names, as a calendar program lists them.
feed-calendar-all = Quorum: revisiones sistemáticas
feed-calendar-standard = Quorum: revisiones sistemáticas de la { $reference }
# $body: the body's acronym or name.
feed-calendar-body = Quorum: revisiones sistemáticas en las que { $body } puede votar
# An event on the day a ballot opens.
feed-event-opens = { $reference }: apertura de la votación de revisión sistemática
feed-event-opens-detail = { $title } — la votación se abre el { $date }.
# Feed titles.
feed-atom-all = Quorum: cambios en las fichas públicas
feed-atom-body = { $body }: cambios en su ficha pública
feed-atom-standard = { $reference }: cambios en su ficha, sus adopciones y sus revisiones
feed-atom-open-letters = Quorum: cartas abiertas
# One change: $record is what changed (a country, a standard and a country), $change
# reads "Status: in progress → adopted".
feed-entry = { $record } — { $change }
feed-entry-source = Fuente: { $source }
# A published language of an open letter; $revision counts its versions.
feed-open-letter-summary = Publicada en { $language }, versión { $revision }.
# Links on the pages.
feed-calendar-link = Añadir estas revisiones a su calendario
feed-calendar-hint = Un canal iCalendar (.ics): apertura y cierre de las votaciones, y el plazo de cada próxima revisión. Los programas de calendario lo mantienen actualizado.
feed-atom-link = Seguir los cambios
feed-atom-hint = Un canal Atom para un lector de canales.

## Share pictures (link previews of open letters and standards)

share-signed = { $people ->
    [one] Una persona ha firmado.
    [many] { $people } de personas de { $countries ->
        [one] un país
       *[other] { $countries } países
    } han firmado.
   *[other] { $people } personas de { $countries ->
        [one] un país
       *[other] { $countries } países
    } han firmado.
}
share-adoptions = { $adoptions } de { $bodies } organismos nacionales de normalización { $adoptions ->
    [one] la ha adoptado.
   *[other] la han adoptado.
}
