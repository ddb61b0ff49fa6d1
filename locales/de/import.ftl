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
