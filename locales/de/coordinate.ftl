# Coordinators: the advocacy pipeline, the dashboard and review cycles.

## The advocacy pipeline (coordinators only)
stage-not-contacted = Nicht kontaktiert
stage-contacted = Kontaktiert
stage-replied = Hat geantwortet
stage-committed = Hat zugesagt
stage-voted = Hat abgestimmt
column-stage = Pipeline-Phase
column-owner = Zuständig
column-letters = Briefe
column-cycle = Überprüfung
owner-nobody = Niemand
owner-me = Ich
review-filter-stage = Pipeline-Phase
review-filter-stage-all = Alle Phasen
review-filter-owner = Zuständig
review-filter-owner-all = Alle
pipeline-move-heading = In der Pipeline weiterschieben
pipeline-move-to = { $country } in die Phase „{ $stage }“ verschieben
pipeline-moved = Die Pipeline wurde aktualisiert.
pipeline-heading = Kampagnen-Pipeline
pipeline-intro = Wo die Kampagne bei diesem Institut in dieser Überprüfung steht und wer den Kontakt zu ihm hält. Nur Koordinatoren sehen diese Angaben.
pipeline-letters = { $count ->
    [one] Quorum hat { $count } Brief an dieses Institut entworfen, während die Abstimmung lief.
   *[other] Quorum hat { $count } Briefe an dieses Institut entworfen, während die Abstimmung lief.
}
field-pipeline-stage = Pipeline-Phase
field-owner = Zuständig
pipeline-save = Pipeline speichern
pipeline-notes-heading = Aktivitätsnotizen
pipeline-notes-empty = Noch keine Notiz.
pipeline-noted = Die Notiz wurde hinzugefügt.
field-noted-on = Datum (YYYY-MM-DD)
field-note-text = Notiz
pipeline-note-add = Notiz hinzufügen
pipeline-note-by = { $date }, von { $who }

## The coordinators' dashboard
nav-coordinate = Koordinatoren-Dashboard
coordinate-title = Koordinatoren-Dashboard
coordinate-cycles-heading = Laufende und geplante Überprüfungen
coordinate-cycles-empty = Derzeit läuft keine Überprüfung, und keine ist geplant.
coordinate-closes = Ende der Abstimmung: { $date }
coordinate-stages-label = Mitgliedsinstitute je Pipeline-Phase
coordinate-mine-count = { $count ->
    [one] Sie sind für { $count } Institut zuständig
   *[other] Sie sind für { $count } Institute zuständig
}
coordinate-mine-heading = Meine Institute
coordinate-mine-empty = Sie sind in keiner laufenden oder geplanten Überprüfung für ein Institut zuständig. Wählen Sie in der Tabelle einer Überprüfung Institute aus und tragen Sie sich als zuständig ein.
coordinate-corrections-heading = Korrekturmeldungen
coordinate-corrections = { $count ->
    [one] { $count } Meldung wartet auf eine Entscheidung.
   *[other] { $count } Meldungen warten auf eine Entscheidung.
}
coordinate-corrections-link = Zur Warteschlange
coordinate-signatures = { $count ->
    [one] { $count } Unterschrift unter einem offenen Brief wartet auf Prüfung.
   *[other] { $count } Unterschriften unter offenen Briefen warten auf Prüfung.
}
coordinate-changes-heading = Letzte Änderungen
coordinate-changes-link = Alle Änderungen im Verzeichnis

## Review cycles
cycle-edit-link = Diesen Überprüfungszyklus bearbeiten
cycle-edit-title = Überprüfungszyklus { $cycle } von { $reference }
cycle-edit-intro = Die Abstimmungstermine der Überprüfung, ihr Status und – sobald das Komitee entschieden hat – ihre Entscheidung. Datumsangaben im Format YYYY-MM-DD; ein geplantes Ende der Abstimmung darf in der Zukunft liegen.
cycle-new-heading = Überprüfungszyklus anlegen
cycle-new-intro = Ein Zyklus wird nach seiner Norm und dem Jahr benannt, in dem die Abstimmung beginnt, etwa iso-20400-2027.
cycle-new-for = Neue Überprüfung von { $reference }
cycle-new-year = Jahr, in dem die Abstimmung beginnt
cycle-new-open = Formular öffnen
field-opens-on = Beginn der Abstimmung
field-closes-on = Ende der Abstimmung
field-cycle-status = Status
field-outcome = Entscheidung
outcome-none = Nicht entschieden
field-decided-on = Entschieden am
field-cycle-notes = Anmerkungen
edit-error-full-date = Bitte geben Sie das Datum im Format YYYY-MM-DD ein.
edit-error-closes-before-opens = Die Abstimmung kann nicht enden, bevor sie beginnt.
edit-error-outcome-required = Bei einer entschiedenen Überprüfung muss die Entscheidung angegeben werden.
edit-error-outcome-needs-decision = Nur eine entschiedene Überprüfung hat eine Entscheidung: Setzen Sie den Status auf „Entschieden“ oder lassen Sie die Entscheidung leer.
history-note = { $field }: { $note }
