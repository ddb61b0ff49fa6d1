## Calendars (iCalendar) and feeds (Atom) anyone can subscribe to.
# Calendar names, as a calendar program lists them.
feed-calendar-all = Quorum : examens systématiques
feed-calendar-standard = Quorum : examens systématiques de la norme { $reference }
# $body: the body's acronym or name.
feed-calendar-body = Quorum : examens systématiques où { $body } peut voter
# An event on the day a ballot opens.
feed-event-opens = { $reference } : ouverture du vote d'examen systématique
feed-event-opens-detail = { $title } — ouverture du vote le { $date }.
# Feed titles.
feed-atom-all = Quorum : modifications des fiches publiques
feed-atom-body = { $body } : modifications de sa fiche publique
feed-atom-standard = { $reference } : modifications de sa fiche, de ses adoptions et de ses examens
feed-atom-open-letters = Quorum : lettres ouvertes
# One change: $record is what changed (a country, a standard and a country), $change
# reads "Status: in progress → adopted".
feed-entry = { $record } — { $change }
feed-entry-source = Source : { $source }
# A published language of an open letter; $revision counts its versions.
feed-open-letter-summary = Publiée en { $language }, version { $revision }.
# Links on the pages.
feed-calendar-link = Ajouter ces examens à votre calendrier
feed-calendar-hint = Un flux iCalendar (.ics) : ouverture et clôture des votes, et échéance de chaque prochain examen. Les logiciels de calendrier le tiennent à jour.
feed-atom-link = Suivre les modifications
feed-atom-hint = Un flux Atom pour un lecteur de flux.

## Share pictures (link previews of open letters and standards)

share-signed = { $people ->
    [one] { $people } personne a signé.
    [many] { $people } personnes { $countries ->
        [one] d'un pays
       *[other] de { $countries } pays
    } ont signé.
   *[other] { $people } personnes { $countries ->
        [one] d'un pays
       *[other] de { $countries } pays
    } ont signé.
}
share-adoptions = { $adoptions ->
    [one] { $adoptions } organisme national de normalisation sur { $bodies } l'a adoptée.
    [many] { $adoptions } organismes nationaux de normalisation sur { $bodies } l'ont adoptée.
   *[other] { $adoptions } organismes nationaux de normalisation sur { $bodies } l'ont adoptée.
}
