## Systematic reviews: cycles, positions, the projected outcome
nav-reviews = Examens

reviews-title = Examens systématiques
reviews-intro = Chaque norme est réexaminée au plus tard cinq ans après sa publication ou sa dernière confirmation. Les comités membres nationaux recommandent de la confirmer, de la réviser, de l'amender ou de l'annuler ; les membres participants du comité sont tenus de voter. Voici la position de chaque organisme.
reviews-empty = Aucun examen n'est encore enregistré.
review-page-title = Examen { $cycle } de la norme { $reference }
review-heading = Examen systématique de la norme { $reference }
review-cycle-id = Examen { $cycle }

## Cycle status
review-status-planned = Prévu
review-status-open = Vote ouvert
review-status-closed = Vote clos, décision en attente
review-status-decided = Décision prise
review-result-heading = Résultat
review-result-decided = Cet examen est tranché. Les projections et la liste de ceux qui peuvent changer le résultat ne s'affichent que pendant un examen ouvert.
review-result-pending = Le vote est clos et la décision n'est pas encore enregistrée.
review-field-status = Statut
review-field-opens = Ouverture du vote
review-field-closes = Clôture du vote
review-field-outcome = Décision
review-field-notes = Remarques
review-outcome-confirmed = Confirmée
review-outcome-revised = À réviser
review-outcome-withdrawn = Annulée
review-outcome-stage = { $outcome } (stade { $stage }), { $date }
review-days-left = { $days ->
    [0] Le vote se clôt aujourd'hui.
    [one] Le vote se clôt demain.
    [many] Plus que { $days } jours avant la clôture du vote.
   *[other] Plus que { $days } jours avant la clôture du vote.
}
review-closed-ago = Le vote a été clos le { $date }.

## Positions
position-confirm = Confirmer
position-revise = Réviser
position-amend = Amender
position-withdraw = Annuler
position-abstain = S'abstenir
position-none = Pas encore de position
kind-intention = Intention déclarée
kind-vote = Vote exprimé
kind-result = Résultat publié
voter-obliged = Membre P : doit voter
voter-optional = Comité membre : peut voter
voter-non-voting = Ne vote pas

## Tally
tally-heading = La position des organismes
tally-intro = Dernière position enregistrée de chaque organisme. Les membres P du comité sont tenus de voter ; les autres comités membres peuvent le faire ; les membres correspondants et abonnés ne votent pas.
tally-position = Position
tally-obliged = Membres P
tally-optional = Autres comités membres
tally-non-voting = Membres sans droit de vote

## The projection
projection-heading = Issue projetée
projection-disclaimer = C'est le comité qui décide. Cette projection est une estimation établie à partir des positions enregistrées ici, selon les règles ci-dessous ; ce n'est pas un résultat.
projection-outcome-confirm = Confirmer
projection-outcome-revise = Réviser
projection-outcome-amend = Amender
projection-outcome-withdraw = Annuler
projection-outcome-committee = Le comité décide
projection-low-usage = La norme n'est adoptée que dans { $usage } pays, soit moins de { $threshold } : l'annulation est l'issue probable, quels que soient les votes.
projection-majority = { $margin ->
    [one] Parmi les membres P qui ont voté, cette issue devance la suivante de { $margin } voix.
    [many] Parmi les membres P qui ont voté, cette issue devance la suivante de { $margin } voix.
   *[other] Parmi les membres P qui ont voté, cette issue devance la suivante de { $margin } voix.
}
projection-tie = Les membres P qui ont voté sont partagés à égalité.
projection-no-majority = Aucune issue ne réunit encore la majorité des voix des membres P.
projection-undecided = { $count ->
    [one] { $count } membre P n'a pas de position enregistrée.
    [many] { $count } membres P n'ont pas de position enregistrée.
   *[other] { $count } membres P n'ont pas de position enregistrée.
}
projection-rules = Règles : une norme adoptée dans moins de { $threshold } pays est susceptible d'être annulée ; sinon, la majorité simple des membres P qui votent l'emporte, sans compter les abstentions ; en cas d'égalité, le comité tranche.
projection-outcome-not-enough = Pas assez de données pour projeter un résultat
projection-usage-unknown = { $usage ->
    [one] { $usage } adoption est enregistrée et { $unknown } organismes sur { $bodies } sont inconnus : les données ne permettent pas de savoir si moins de { $threshold } pays utilisent la norme, aucune règle ne peut donc encore s'appliquer.
   *[other] { $usage } adoptions sont enregistrées et { $unknown } organismes sur { $bodies } sont inconnus : les données ne permettent pas de savoir si moins de { $threshold } pays utilisent la norme, aucune règle ne peut donc encore s'appliquer.
}
projection-votes-unknown = { $undecided ->
    [one] { $undecided } membre P sur { $obliged } n'a pas de position enregistrée et peut encore changer la majorité.
   *[other] { $undecided } membres P sur { $obliged } n'ont pas de position enregistrée et peuvent encore changer la majorité.
}
projection-voters-unknown = Aucun membre P du comité n'est enregistré : les données ne disent pas qui doit voter.

## Swing list
swing-heading = Qui peut encore changer l'issue
swing-intro = Les membres P sans position définitive, en commençant par ceux dont un vote en faveur de la confirmation changerait le plus la donne.
swing-empty = D'après les informations enregistrées, aucun membre P ne peut plus changer de position.
swing-decisive = Décisif : son vote suffirait à faire de la confirmation l'issue projetée.
swing-gain = { $gain ->
    [one] Un vote pour la confirmation accroît son avance de { $gain } voix.
    [many] Un vote pour la confirmation accroît son avance de { $gain } voix.
   *[other] Un vote pour la confirmation accroît son avance de { $gain } voix.
}

## Table and map
review-table-heading = Tous les organismes
review-table-caption = Dernière position enregistrée de chaque organisme dans cet examen, avec sa source.
column-voter = Droit de vote
column-position = Position
column-kind = Nature
review-map-description = Carte du monde : chaque pays est coloré selon la dernière position de son organisme dans l'examen { $cycle }. Choisissez un pays pour ouvrir la page de son organisme ; le tableau ci-dessous présente les mêmes informations.

## On a body's page
body-reviews-heading = Examens systématiques
body-reviews-empty = Aucun examen ne comporte de position enregistrée pour cet organisme.
body-review-position = { $date } : { $position } ({ $kind })

## Coordinators record positions
edit-position-link = Enregistrer une position
edit-position-for = Enregistrer la position : { $country }
position-edit-title = { $country } – examen { $cycle }
position-edit-intro = Indiquez ce que vous avez appris de la position de cet organisme : ce qu'il a annoncé, le vote qu'il a exprimé ou le résultat publié. Les positions antérieures restent dans l'historique ; la plus récente par date fait foi.
field-position = Position
field-kind-position = Nature de l'information
field-confidence-position = Fiabilité
position-save = Enregistrer la position
position-recorded = La position a été enregistrée.
position-history-heading = Positions enregistrées dans cet examen
position-history-empty = Aucune position n'est encore enregistrée.
position-conflict = Entre-temps, quelqu'un a enregistré une position plus récente pour cet organisme : { $position }. Vérifiez-la avant d'enregistrer la vôtre.

## Filters of the review page
review-filter-position = Position
review-filter-position-all = Toutes les positions
review-filter-voter = Droit de vote
review-filter-voter-all = Tous
review-showing = { $total ->
    [one] Organisme correspondant aux filtres : { $shown } sur { $total }.
    [many] Organismes correspondant aux filtres : { $shown } sur { $total }.
   *[other] Organismes correspondant aux filtres : { $shown } sur { $total }.
}

review-voters-board = Cette norme relève directement du Bureau de gestion technique de l'ISO (ISO/TMBG), qui ne compte aucun membre P. Quorum n'a pas trouvé la règle que l'ISO applique au vote d'examen dans ce cas ; il considère donc chaque comité membre comme votant.

## The ballot radar: reviews running now and due in the next twelve months
radar-title = Radar des votes
radar-intro = Les examens systématiques en cours, puis les normes dont le prochain examen arrive à échéance dans les douze prochains mois, pour toutes les normes publiées par l'ISO, chacune avec le nombre d'organismes tenus de voter.
radar-filter-committee = Comité
radar-filter-ics = Domaine ICS
radar-filter-scope = Normes
radar-scope-all = Toutes les normes
radar-scope-followed = Normes suivies uniquement
radar-apply = Afficher
# $count (number) reviews; $until is a formatted date.
radar-count = { $count ->
    [0] Aucun examen n'est en cours ni n'arrive à échéance avant le { $until }.
    [one] Un examen est en cours ou arrive à échéance avant le { $until }.
    [many] { $count } d'examens sont en cours ou arrivent à échéance avant le { $until }.
   *[other] { $count } examens sont en cours ou arrivent à échéance avant le { $until }.
}
radar-derived-note = Les dates indiquées comme « Échéance » sont déduites par Quorum, non publiées par l'ISO : cinq ans après la publication ou la dernière confirmation. L'ISO lance les votes d'examen par lots ; un vote peut donc s'ouvrir plus tôt.
# The radar as a calendar feed (/api/v1/reviews/upcoming.ics): its name, and each event's
# summary and description. $reference: ISO 20400:2017; $title: the standard's title; $date: a formatted date.
radar-ics-calendar = Quorum : radar des votes
radar-ics-closes = { $reference } : clôture du vote d'examen systématique
radar-ics-closes-detail = { $title } — clôture du vote le { $date }.
radar-ics-due = { $reference } : échéance de l'examen systématique (déduite)
radar-ics-due-detail = { $title } — échéance cinq ans après sa publication ou sa dernière confirmation ; déduite par Quorum, non publiée par l'ISO.
radar-json = JSON
radar-csv = CSV
radar-calendar = Calendrier (iCalendar)
radar-col-standard = Norme
radar-col-committee = Comité
radar-col-what = Examen
radar-col-date = Date
radar-col-voters = Organismes tenus de voter
radar-running = Vote en cours (clôture)
radar-due = Échéance (déduite)
radar-closes-unknown = Date de clôture non enregistrée
radar-voters-every = Tous les comités membres
radar-link = Radar des votes : tous les examens en cours ou arrivant à échéance dans les douze prochains mois
# $body is a body's two-letter code.
radar-for-body = Uniquement les examens où { $body } est tenu de voter.

## A body's page: the ballots it must vote in
body-ballots-heading = Votes à venir
body-ballots-none = D'après les informations enregistrées, aucun examen où cet organisme est tenu de voter n'est en cours ni n'arrive à échéance dans les douze prochains mois.
# $count is a number.
body-ballots-count = { $count ->
    [one] Un examen où cet organisme est tenu de voter est en cours ou arrive à échéance dans les douze prochains mois :
    [many] { $count } d'examens où cet organisme est tenu de voter sont en cours ou arrivent à échéance dans les douze prochains mois :
   *[other] { $count } examens où cet organisme est tenu de voter sont en cours ou arrivent à échéance dans les douze prochains mois :
}
# $date is a formatted date.
body-ballot-closes = clôture du vote : { $date }
body-ballot-running = vote en cours (date de clôture non enregistrée)
body-ballot-due = échéance : { $date } (déduite)
body-ballots-all = Les voir tous sur le radar des votes
