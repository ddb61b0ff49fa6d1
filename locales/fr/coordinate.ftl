# Coordinators: the advocacy pipeline, the dashboard and review cycles.

## The advocacy pipeline (coordinators only)
stage-not-contacted = Non contacté
stage-contacted = Contacté
stage-replied = A répondu
stage-committed = S'est engagé
stage-voted = A voté
column-stage = Étape du parcours
column-owner = Responsable
column-letters = Lettres
column-cycle = Examen
owner-nobody = Personne
owner-me = Moi
review-filter-stage = Étape du parcours
review-filter-stage-all = Toutes les étapes
review-filter-owner = Responsable
review-filter-owner-all = Tout le monde
pipeline-move-heading = Faire avancer dans le parcours
pipeline-move-to = { $country } : passer à l'étape « { $stage } »
pipeline-moved = Le parcours a été mis à jour.
pipeline-heading = Parcours de plaidoyer
pipeline-intro = Où en est la campagne avec cet organisme dans cet examen, et qui assure le contact avec lui. Seuls les coordinateurs voient ces informations.
pipeline-letters = { $count ->
    [one] Quorum a rédigé { $count } lettre à cet organisme pendant que le vote était ouvert.
    [many] Quorum a rédigé { $count } lettres à cet organisme pendant que le vote était ouvert.
   *[other] Quorum a rédigé { $count } lettres à cet organisme pendant que le vote était ouvert.
}
field-pipeline-stage = Étape du parcours
field-owner = Responsable
pipeline-save = Enregistrer le parcours
pipeline-notes-heading = Notes de suivi
pipeline-notes-empty = Aucune note pour l'instant.
pipeline-noted = La note a été ajoutée.
field-noted-on = Date (YYYY-MM-DD)
field-note-text = Note
pipeline-note-add = Ajouter la note
pipeline-note-by = { $date }, { $who }

## The coordinators' dashboard
nav-coordinate = Tableau de bord des coordinateurs
coordinate-title = Tableau de bord des coordinateurs
coordinate-cycles-heading = Examens ouverts et prévus
coordinate-cycles-empty = Aucun examen n'est ouvert ni prévu.
coordinate-closes = Clôture du vote : { $date }
coordinate-stages-label = Organismes membres par étape du parcours
coordinate-mine-count = { $count ->
    [one] { $count } organisme dont vous êtes responsable
    [many] { $count } organismes dont vous êtes responsable
   *[other] { $count } organismes dont vous êtes responsable
}
coordinate-mine-heading = Mes organismes
coordinate-mine-empty = Vous n'êtes responsable d'aucun organisme dans un examen ouvert ou prévu. Choisissez des organismes dans le tableau d'un examen et désignez-vous comme leur responsable.
coordinate-corrections-heading = Corrections signalées
coordinate-corrections = { $count ->
    [one] { $count } correction attend une décision.
    [many] { $count } corrections attendent une décision.
   *[other] { $count } corrections attendent une décision.
}
coordinate-corrections-link = Ouvrir la file d'attente
coordinate-signatures = { $count ->
    [one] { $count } signature d'une lettre ouverte attend une vérification.
    [many] { $count } signatures de lettres ouvertes attendent une vérification.
   *[other] { $count } signatures de lettres ouvertes attendent une vérification.
}
coordinate-changes-heading = Modifications récentes
coordinate-changes-link = Toutes les modifications de l'annuaire

## Review cycles
cycle-edit-link = Modifier ce cycle d'examen
cycle-edit-title = Cycle d'examen { $cycle } de la norme { $reference }
cycle-edit-intro = Les dates du vote, le statut de l'examen et, une fois que le comité a tranché, sa décision. Les dates s'écrivent au format YYYY-MM-DD ; une date de clôture prévue peut se situer dans l'avenir.
cycle-new-heading = Lancer un cycle d'examen
cycle-new-intro = Un cycle porte le nom de sa norme et de l'année d'ouverture de son vote, par exemple iso-20400-2027.
cycle-new-for = Nouvel examen de la norme { $reference }
cycle-new-year = Année d'ouverture du vote
cycle-new-open = Ouvrir le formulaire
field-opens-on = Ouverture du vote
field-closes-on = Clôture du vote
field-cycle-status = Statut
field-outcome = Décision
outcome-none = Pas encore de décision
field-decided-on = Date de la décision
field-cycle-notes = Remarques
edit-error-full-date = Saisissez la date au format YYYY-MM-DD.
edit-error-closes-before-opens = Le vote ne peut pas être clos avant d'avoir été ouvert.
edit-error-outcome-required = Un examen tranché doit indiquer sa décision.
edit-error-outcome-needs-decision = Seul un examen tranché a une décision : choisissez le statut « Décision prise » ou laissez la décision vide.
history-note = { $field } : { $note }
