## Calendars (iCalendar) and feeds (Atom) anyone can subscribe to.
# Calendar names, as a calendar program lists them.
feed-calendar-all = Quorum: análises sistemáticas
feed-calendar-standard = Quorum: análises sistemáticas da norma { $reference }
# $body: the body's acronym or name.
feed-calendar-body = Quorum: análises sistemáticas em que { $body } pode votar
# An event on the day a ballot opens.
feed-event-opens = { $reference }: abertura da votação de análise sistemática
feed-event-opens-detail = { $title } — a votação abre em { $date }.
# Feed titles.
feed-atom-all = Quorum: alterações nos registros públicos
feed-atom-body = { $body }: alterações no seu registro público
feed-atom-standard = { $reference }: alterações no registro, nas adoções e nas análises
feed-atom-open-letters = Quorum: cartas abertas
# One change: $record is what changed (a country, a standard and a country), $change
# reads "Status: in progress → adopted".
feed-entry = { $record } — { $change }
feed-entry-source = Fonte: { $source }
# A published language of an open letter; $revision counts its versions.
feed-open-letter-summary = Publicada em { $language }, versão { $revision }.
# Links on the pages.
feed-calendar-link = Adicionar estas análises ao seu calendário
feed-calendar-hint = Um feed iCalendar (.ics): abertura e encerramento das votações e o prazo de cada próxima análise. Os programas de calendário o mantêm atualizado.
feed-atom-link = Acompanhar as alterações
feed-atom-hint = Um feed Atom para um leitor de feeds.

## Share pictures (link previews of open letters and standards)

share-signed = { $people ->
    [0] Ninguém assinou ainda.
    [one] { $people } pessoa assinou.
    [many] { $people } pessoas de { $countries ->
        [one] um país
       *[other] { $countries } países
    } assinaram.
   *[other] { $people } pessoas de { $countries ->
        [one] um país
       *[other] { $countries } países
    } assinaram.
}
share-adoptions = { $adoptions } de { $bodies } organismos nacionais de normalização { $adoptions ->
    [one] a adotou.
   *[other] a adotaram.
}
