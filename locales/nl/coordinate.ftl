# Coordinators: the advocacy pipeline, the dashboard and review cycles.

## The advocacy pipeline (coordinators only)
stage-not-contacted = Niet benaderd
stage-contacted = Benaderd
stage-replied = Heeft gereageerd
stage-committed = Heeft toegezegd
stage-voted = Heeft gestemd
column-stage = Fase in de pijplijn
column-owner = Verantwoordelijke
column-letters = Brieven
column-cycle = Toetsing
owner-nobody = Niemand
owner-me = Ik
review-filter-stage = Fase in de pijplijn
review-filter-stage-all = Alle fasen
review-filter-owner = Verantwoordelijke
review-filter-owner-all = Iedereen
pipeline-move-heading = Verder in de pijplijn
pipeline-move-to = { $country } naar ‘{ $stage }’ verplaatsen
pipeline-moved = De pijplijn is bijgewerkt.
pipeline-heading = Campagnepijplijn
pipeline-intro = Hoe ver de campagne met deze instelling staat in deze toetsing, en wie het contact met haar onderhoudt. Alleen coördinatoren zien dit.
pipeline-letters = { $count ->
    [one] Quorum heeft { $count } brief aan deze instelling opgesteld terwijl de stemming open was.
   *[other] Quorum heeft { $count } brieven aan deze instelling opgesteld terwijl de stemming open was.
}
field-pipeline-stage = Fase in de pijplijn
field-owner = Verantwoordelijke
pipeline-save = Pijplijn opslaan
pipeline-notes-heading = Activiteitennotities
pipeline-notes-empty = Nog geen notitie.
pipeline-noted = De notitie is toegevoegd.
field-noted-on = Datum (YYYY-MM-DD)
field-note-text = Notitie
pipeline-note-add = Notitie toevoegen
pipeline-note-by = { $date }, { $who }

## The coordinators' dashboard
nav-coordinate = Coördinatordashboard
coordinate-title = Coördinatordashboard
coordinate-cycles-heading = Open en geplande toetsingen
coordinate-cycles-empty = Er is geen toetsing open of gepland.
coordinate-closes = Einde van de stemming: { $date }
coordinate-stages-label = Lidinstellingen per fase in de pijplijn
coordinate-mine-count = { $count ->
    [one] U bent verantwoordelijk voor { $count } instelling
   *[other] U bent verantwoordelijk voor { $count } instellingen
}
coordinate-mine-heading = Mijn instellingen
coordinate-mine-empty = U bent in geen enkele open of geplande toetsing verantwoordelijk voor een instelling. Kies instellingen in de tabel van een toetsing en maak uzelf hun verantwoordelijke.
coordinate-corrections-heading = Gemelde correcties
coordinate-corrections = { $count ->
    [one] { $count } melding wacht op een besluit.
   *[other] { $count } meldingen wachten op een besluit.
}
coordinate-corrections-link = Naar de wachtrij
coordinate-signatures = { $count ->
    [one] { $count } handtekening onder een open brief wacht op controle.
   *[other] { $count } handtekeningen onder open brieven wachten op controle.
}
coordinate-changes-heading = Recente wijzigingen
coordinate-changes-link = Alle wijzigingen in het overzicht

## Review cycles
cycle-edit-link = Deze toetsingscyclus bewerken
cycle-edit-title = Toetsingscyclus { $cycle } van { $reference }
cycle-edit-intro = De data van de stemming, de status en, zodra de commissie heeft besloten, het besluit van de toetsing. Data in de vorm YYYY-MM-DD; een geplande sluitingsdatum mag in de toekomst liggen.
cycle-new-heading = Een toetsingscyclus starten
cycle-new-intro = Een cyclus wordt genoemd naar zijn norm en het jaar waarin de stemming opent, zoals iso-20400-2027.
cycle-new-for = Nieuwe toetsing van { $reference }
cycle-new-year = Jaar waarin de stemming opent
cycle-new-open = Het formulier openen
field-opens-on = Begin van de stemming
field-closes-on = Einde van de stemming
field-cycle-status = Status
field-outcome = Besluit
outcome-none = Nog geen besluit
field-decided-on = Besloten op
field-cycle-notes = Opmerkingen
edit-error-full-date = Voer de datum in als YYYY-MM-DD.
edit-error-closes-before-opens = De stemming kan niet sluiten voordat ze opent.
edit-error-outcome-required = Een besloten toetsing moet een besluit hebben.
edit-error-outcome-needs-decision = Alleen een besloten toetsing heeft een besluit: zet de status op ‘Besloten’ of laat het besluit leeg.
history-note = { $field }: { $note }
