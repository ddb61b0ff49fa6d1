# /import: coordinators import spreadsheets (CSV).
nav-import = Tabellendatei importieren
import-title = Tabellendatei importieren
import-intro = Laden Sie eine CSV-Datei mit Instituten, Übernahmen oder Positionen in Überprüfungen hoch. Zunächst wird nichts gespeichert: Sie sehen Zeile für Zeile, was die Datei hinzufügen, ändern oder unverändert lassen würde, und jede abgelehnte Zeile mit ihrer Zeilennummer und dem Grund. Erst wenn keine Zeile abgelehnt wird, können Sie bestätigen; dann wird die ganze Datei auf einmal gespeichert – oder gar nichts. Jede Änderung wird mit Ihrem Konto und der Datei im Verlauf festgehalten.
import-limits = Dateien bis { $megabytes } MB und { $rows } Zeilen, in UTF-8, mit einer Kopfzeile. Spalten, die der Import nicht kennt, werden ignoriert.
import-kind-bodies = Institute
import-kind-adoptions = Übernahmen
import-kind-positions = Positionen in Überprüfungen
import-columns-bodies = Eine Zeile pro Institut, anhand seines Ländercodes (alpha2). Verglichen werden nur die vorhandenen Spalten; ein geänderter Wert braucht eine Quelle und deren Datum (source und as_of oder je Feld acronym_source und acronym_as_of …). Der Export des Verzeichnisses hat genau diesen Aufbau.
import-columns-adoptions = Eine Zeile pro Norm und Institut. In status steht adopted, in_progress, not_adopted oder unknown (in einem Export enthält die Spalte record_status diesen Wert); in degree IDT, MOD oder NEQ; Datumsangaben im Format 2017, 2017-04 oder 2017-04-19. Für eine Änderung sind source und as_of erforderlich.
import-columns-positions = Eine Zeile pro Überprüfungszyklus und Institut. In position steht confirm, revise, amend, withdraw, abstain oder none; in kind intention, vote oder result; in confidence high, medium-high, medium oder low. Jede Position, die von der bisherigen abweicht, wird in den Verlauf des Instituts aufgenommen.
import-template = Vorlage herunterladen
import-export-current = Aktuelle Daten herunterladen
import-file-label = CSV-Datei
import-upload = Datei prüfen
import-error-too-large = Die Datei ist größer als erlaubt.
import-error-too-many-rows = Die Datei hat mehr Zeilen als erlaubt.
import-error-encoding = Die Datei ist kein UTF-8-Text. Speichern Sie sie als „CSV UTF-8“ und laden Sie sie erneut hoch.
import-error-csv = Die Datei konnte nicht als CSV gelesen werden (ein nicht geschlossenes Anführungszeichen?).
import-error-empty = Die Datei enthält keine Zeilen zum Importieren.
import-error-missing-column = Der Datei fehlt die Spalte „{ $column }“, die für diese Art von Import nötig ist.
import-error-separator = Die Spalten der Datei sind nicht durch Kommas, Semikolons oder Tabulatoren getrennt, daher wird ihre Kopfzeile als eine einzige Spalte gelesen. Speichern Sie die Datei erneut als CSV (mit Komma oder Semikolon als Trennzeichen) und laden Sie sie hoch.
import-error-choice = Dieser Wert ist hier nicht zulässig. Verwenden Sie einen der folgenden Werte: { $detail } (Groß- und Kleinschreibung spielt keine Rolle).
import-error-kind = Wählen Sie, was die Datei enthält: Institute, Übernahmen oder Positionen in Überprüfungen.
import-error-unknown-country = Kein Institut hat diesen Ländercode.
import-error-duplicate = Eine frühere Zeile der Datei bezieht sich auf denselben Eintrag.
import-error-unknown-standard = Keine verfolgte Norm hat diese Kennung.
import-error-unknown-cycle = Kein Überprüfungszyklus hat diese Kennung.
import-error-applied = Diese Datei wurde bereits importiert.
import-error-changed = Die Einträge haben sich seit dieser Vorschau geändert. Sehen Sie sich die neue Vorschau unten an, bevor Sie bestätigen.
import-error-nothing = Es gibt nichts zu importieren: Eine Zeile wird abgelehnt, oder es würde sich nichts ändern.
import-preview-title = Import von { $file }
import-count-add = { $count ->
    [one] { $count } Zeile fügt einen Eintrag hinzu
   *[other] { $count } Zeilen fügen Einträge hinzu
}
import-count-change = { $count ->
    [one] { $count } Zeile ändert einen Eintrag
   *[other] { $count } Zeilen ändern Einträge
}
import-count-same = { $count ->
    [one] { $count } Zeile lässt ihren Eintrag unverändert
   *[other] { $count } Zeilen lassen ihre Einträge unverändert
}
import-count-refused = { $count ->
    [one] { $count } Zeile wird abgelehnt
   *[other] { $count } Zeilen werden abgelehnt
}
import-refused-notice = Einige Zeilen werden abgelehnt, daher kann nichts importiert werden. Korrigieren Sie diese Zeilen in Ihrer Datei und laden Sie die Datei erneut hoch.
import-nothing-notice = Die Datei würde nichts ändern.
import-confirm-intro = Bisher wurde nichts gespeichert. Bestätigen Sie, um alle Änderungen unten in einem Schritt zu speichern.
import-confirm = { $count ->
    [one] { $count } Zeile importieren
   *[other] { $count } Zeilen importieren
}
import-applied = Importiert am { $date }.
import-column-line = Zeile
import-column-record = Eintrag
import-column-action = Was geschieht
import-column-details = Details
import-action-add = Hinzugefügt
import-action-change = Geändert
import-action-same = Unverändert
import-action-refused = Abgelehnt
import-rows-more = { $count ->
    [one] { $count } weitere Zeile wird nicht angezeigt.
   *[other] { $count } weitere Zeilen werden nicht angezeigt.
}
import-again = Eine andere Datei hochladen
import-running = Der Import wird geschrieben: { $done } von { $total } Zeilen …
import-running-start = Der Import wird geschrieben …
import-error-storage = Die Datei konnte nicht gespeichert werden; nichts wurde importiert. Bitte versuchen Sie es erneut.

## ISO Open Data files (admins)
import-iso-heading = ISO Open Data
import-iso-intro = Die ISO veröffentlicht ihre Komitees (mit ihren P- und O-Mitgliedern) und alle ihre Publikationen als offene Daten (ODC-By). Laden Sie die Datei der ISO so hoch, wie sie veröffentlicht ist – als CSV oder JSON Lines, mit oder ohne gzip-Komprimierung: Quorum prüft sie zuerst und zeigt, was sie hinzufügen, ändern und unverändert lassen würde, und speichert sie, sobald Sie bestätigen. Jeder Wert behält die Quelle „ISO Open Data, <Datensatz>, <Datum>“.
# $megabytes is a number.
import-iso-limits = Höchstens { $megabytes } MB.
import-iso-dataset = Datensatz
import-iso-committees = Komitees (iso_technical_committees)
import-iso-deliverables = Publikationen (iso_deliverables_metadata)
import-iso-date = Datum der Datei
import-iso-check = Hochladen und prüfen
import-iso-error-dataset = Wählen Sie, welcher Datensatz der ISO die Datei ist.
import-iso-error-format = Der Dateiname muss wie bei den Dateien der ISO auf .csv oder .jsonl (oder .csv.gz, .jsonl.gz) enden.
import-iso-error-date = Das Datum der Datei ist kein gültiges Datum.
import-iso-error-gone = Die hochgeladene Datei liegt nicht mehr auf dem Server (er wurde neu gestartet). Laden Sie sie erneut hoch.
import-iso-error-changed = Die Datei konnte nicht gespeichert werden: Einige Zeilen konnten nicht gelesen werden. Es wurde nichts gespeichert.
import-iso-checking = Die Datei wird geprüft …
import-iso-writing = Die Einträge werden gespeichert …
import-iso-applied = Gespeichert. Jede Änderung steht im Verlauf.
# $count is a number; $source names the dataset and date.
import-iso-read = { $count ->
    [one] { $count } Eintrag gelesen ({ $source }).
   *[other] { $count } Einträge gelesen ({ $source }).
}
import-iso-problems = Einige Zeilen können nicht gelesen werden, daher kann nichts gespeichert werden. Korrigieren Sie die Datei und laden Sie sie erneut hoch:
# $line is a line number of the file.
import-iso-problem = Zeile { $line }:

## Why a line of an ISO Open Data file cannot be read. $column, $columns, $ids and
## $acronyms are the file's own column names (title.en, pMembers.id…), quoted as they are;
## $cell is the value found, cut short; $detail is the file reader's own words (English).
iso-line-unreadable = Ab dieser Zeile konnte die Datei nicht gelesen werden: { $detail }
iso-line-too-long = Die Zeile ist länger als { $bytes } Byte.
iso-line-not-number = In „{ $column }“ wird eine ganze Zahl erwartet, nicht „{ $cell }“.
iso-line-not-list = In „{ $column }“ wird eine Liste in eckigen Klammern erwartet, nicht „{ $cell }“.
iso-line-missing-columns = In der Kopfzeile fehlt die Spalte { $columns }.
iso-line-cell-count = Anzahl der Zellen: { $count } in diesem Eintrag, { $expected } in der Kopfzeile.
iso-line-not-utf8 = Der Eintrag ist kein gültiges UTF-8.
iso-line-csv = Der Eintrag kann nicht als CSV gelesen werden: { $detail }
iso-line-unpaired = „{ $ids }“ und „{ $acronyms }“ lassen sich nicht einander zuordnen, da sie unterschiedlich viele Elemente enthalten ({ $ids_count } bzw. { $acronyms_count }).
iso-line-bad-id = Die ID muss eine positive Zahl sein, nicht { $cell }.
iso-line-no-id = Der Eintrag hat keine ID.
iso-line-no-reference = Der Eintrag hat keine Referenz.
iso-line-no-status = Das Komitee hat keinen Status.
iso-line-reference = Die Referenz „{ $cell }“ enthält weder Buchstaben noch Ziffern.
iso-line-stage-format = „currentStage“ muss ein Stadiumcode wie 9093 oder 90.93 sein, nicht „{ $cell }“.
iso-line-unknown-stage = Der Wert { $cell } in „currentStage“ ist kein Stadiumcode.
iso-line-date = „publicationDate“ muss ein Datum wie 2017-04-21 sein, nicht „{ $cell }“.
iso-line-not-committee = Die Zeile entspricht keinem Komitee, wie die ISO es veröffentlicht: { $detail } (Spalte { $column }).
iso-line-not-deliverable = Die Zeile entspricht keiner Publikation, wie die ISO sie veröffentlicht: { $detail } (Spalte { $column }).
import-iso-records = Einträge
import-iso-added = Hinzugefügt
import-iso-changed = Geändert
import-iso-same = Unverändert
import-iso-row-committees = Komitees
import-iso-row-memberships = Mitgliedschaften
import-iso-row-standards = Normen
# $count is a number.
import-iso-unmatched = { $count ->
    [0] Jedes aufgeführte Mitglied entspricht einem Institut im Verzeichnis.
    [one] Eine Mitglieds-ID entspricht keinem Institut im Verzeichnis; siehe die nicht zugeordneten Mitglieder.
   *[other] { $count } Mitglieds-IDs entsprechen keinem Institut im Verzeichnis; siehe die nicht zugeordneten Mitglieder.
}
# $opened and $closed are numbers.
import-iso-reviews = Eröffnete Überprüfungszyklen: { $opened }; abgeschlossene oder entschiedene: { $closed }.
import-iso-confirm-intro = Die ganze Datei wird in einer einzigen Transaktion gespeichert: alles oder nichts.
import-iso-confirm = Diese Einträge importieren

## ISO member ids that match no body (admins)
unmatched-title = Nicht zugeordnete ISO-Mitglieder
unmatched-intro = Die Komiteedaten der ISO führen diese Mitglieds-IDs auf, aber kein Institut im Verzeichnis trägt sie. Legen Sie das Institut des Landes an, zu dem eine Mitglieds-ID gehört (oder ergänzen Sie die ID im Eintrag eines bestehenden Instituts): Seine Komitee-Mitgliedschaften werden sofort erfasst, mit der Komiteedatei als Quelle.
unmatched-none = Jede Mitglieds-ID in den Komiteedaten entspricht einem Institut im Verzeichnis.
# $id is ISO's member id.
unmatched-id = ISO-Mitglieds-ID { $id }
# $p and $o are numbers of committees.
unmatched-counts = { $p ->
    [one] P-Mitglied in { $p } Komitee, O-Mitglied in { $o }:
   *[other] P-Mitglied in { $p } Komitees, O-Mitglied in { $o }:
}
unmatched-country = Land
unmatched-country-choose = Land auswählen (nur Länder ohne Institut)
unmatched-create = Institut mit seinen Mitgliedschaften anlegen
unmatched-error-country = Wählen Sie das Land des Instituts.
unmatched-error-taken = Für dieses Land gibt es bereits ein Institut; ergänzen Sie stattdessen die Mitglieds-ID in dessen Eintrag.
unmatched-link = Nicht zugeordnete ISO-Mitglieder
