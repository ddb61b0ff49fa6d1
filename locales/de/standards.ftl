## Standards: adoptions per body, language versions, the world map
nav-standards = Normen

standards-title = Normen, die Quorum verfolgt
standards-intro = Zu jeder Norm: welche nationalen Institute sie übernommen haben, welche nur die Originalausgabe der ISO verkaufen und in welchen Sprachen sie vorliegt. Alle Zahlen ergeben sich aus den Einträgen auf der Seite der jeweiligen Norm.
standards-adoptions = { $count ->
    [one] { $count } nationale Übernahme
   *[other] { $count } nationale Übernahmen
}
standards-languages = { $count ->
    [one] in { $count } Sprache verfügbar
   *[other] in { $count } Sprachen verfügbar
}
standards-open = Übernahmen, Karte und Sprachen
standards-empty = Es wird noch keine Norm verfolgt.

standard-page-title = { $reference }: Übernahmen und Sprachen
standard-facts-heading = Über die Norm
standard-field-reference = Referenznummer
standard-field-title = Titel
standard-field-published = Veröffentlicht
standard-field-edition = Ausgabe
standard-field-committee = Komitee
standard-field-stage = Aktuelles Stadium
standard-field-last-confirmed = Zuletzt bestätigt bei einer systematischen Überprüfung

## Adoption status (ISO/IEC Guide 21-1 degrees of correspondence)
status-adopted-idt = Übernommen, identisch (IDT)
status-adopted-idt-def = Als nationale Norm veröffentlicht, identisch mit dem Text der ISO.
status-adopted-mod = Übernommen, modifiziert (MOD)
status-adopted-mod-def = Als nationale Norm veröffentlicht, mit technischen Abweichungen, die gekennzeichnet und erläutert sind.
status-adopted = Übernommen, Grad der Übereinstimmung nicht erfasst
status-adopted-def = Als nationale Norm veröffentlicht; keine der bisher erfassten Quellen sagt, ob sie identisch oder modifiziert ist.
status-neq = Nationale Norm, nicht gleichwertig (NEQ)
status-neq-def = Eine nationale Norm zum selben Thema, die dem Text der ISO nicht gleichwertig ist. NEQ ist keine Übernahme und wird nicht als solche gezählt.
status-in-progress = Übernahme läuft
status-in-progress-def = Das Institut hat mit der Übernahme begonnen, etwa mit einem Entwurf einer nationalen Ausgabe zur öffentlichen Stellungnahme, sie aber noch nicht veröffentlicht.
status-sells-only = Verkauft nur die ISO-Norm
status-sells-only-def = Das Institut verkauft die Originalausgabe der ISO, ohne eine nationale Übernahme zu veröffentlichen.
status-not-adopted = Nicht übernommen
status-not-adopted-def = Laut einer Quelle hat das Institut die Norm weder übernommen, noch verkauft es sie.
status-unknown = Unbekannt
status-unknown-def = Zu diesem Institut ist noch nichts erfasst. „Unbekannt“ bedeutet nicht „nicht übernommen“.
status-adopted-any = Übernommen (IDT, MOD oder Grad nicht erfasst)

standard-counts-heading = Auf einen Blick
standard-count-adoptions = { $count ->
    [one] nationale Übernahme
   *[other] nationale Übernahmen
}
standard-count-adoptions-def = Institute, die die Norm als nationale Norm veröffentlicht haben: IDT, MOD oder Grad nicht erfasst. NEQ zählt nicht.
standard-count-languages = { $count ->
    [one] Sprache
   *[other] Sprachen
}
standard-count-languages-def = Sprachen, in denen der Text vorliegt: offizielle ISO-Ausgaben und nationale Übersetzungen, Entwürfe eingeschlossen.
standard-count-bodies = { $count ->
    [one] Institut
   *[other] Institute
}
standard-count-show = Diese Institute anzeigen

## Filters, map and table
standard-filter-status = Übernahmestatus
standard-filter-status-all = Alle Status
standard-filter-clear = Filter zurücksetzen
standard-showing = { $total ->
    [one] { $shown } von { $total } Institut entspricht den Filtern.
   *[other] { $shown } von { $total } Instituten entsprechen den Filtern.
}
map-heading = Karte
map-description = Weltkarte: Jedes Land ist nach dem Status eingefärbt, den sein Institut bei der Übernahme von { $reference } hat. Kleinstaaten sind als Kreise dargestellt. Wählen Sie ein Land, um die Seite seines Instituts zu öffnen; die Tabelle darunter enthält dieselben Informationen.
map-legend = Legende
map-country-status = { $country }: { $status }
map-no-body = Kein ISO-Mitglied im Verzeichnis
map-filtered-out = Außerhalb der aktuellen Filter
map-hint = Zeigen Sie auf ein Land oder wechseln Sie mit der Tabulatortaste dorthin, um seinen Status zu sehen.
map-hint-touch = Tippen Sie auf ein Land, um die Seite seines Instituts zu öffnen; die Tabelle darunter zeigt den Status jedes Landes.
map-skip = Karte überspringen
table-heading = Alle Institute
table-caption = Übernahme von { $reference } durch die einzelnen Institute, mit Quelle. Wählen Sie eine Spaltenüberschrift, um zu sortieren.
column-status = Status
column-designation = Nationale Bezeichnung
column-adopted-on = Übernommen am
column-language = Sprache
column-source = Quelle
sort-ascending = sortiert von A bis Z
sort-descending = sortiert von Z bis A

## Language versions
translations-heading = Sprachen
translations-intro = Die Sprachen, in denen der Text der Norm vorliegt, und wer die jeweilige Fassung wann veröffentlicht hat.
translation-kind-official = Offizielle ISO-Ausgabe
translation-kind-national = Nationale Übersetzung
translation-kind-draft = Übersetzungsentwurf
translations-empty = Es ist noch keine Sprachfassung erfasst.
translation-publisher-year = { $publisher }, { $year }
translation-add = Sprachfassung hinzufügen
translation-add-language = Sprachcode
translation-add-button = Hinzufügen

## Committee and members
committee-heading = Komitee { $committee }
committee-explain = P-Mitglieder (mitarbeitend) müssen bei jeder Abstimmung ihre Stimme abgeben, auch bei systematischen Überprüfungen; O-Mitglieder (beobachtend) verfolgen die Arbeit und können Stellungnahmen abgeben.
committee-p-members = { $count ->
    [one] { $count } P-Mitglied
   *[other] { $count } P-Mitglieder
}
committee-o-members = { $count ->
    [one] { $count } O-Mitglied
   *[other] { $count } O-Mitglieder
}
committee-members-empty = Es ist noch keine Mitgliedschaft erfasst. Die ISO führt die Mitglieder eines Komitees auf dessen Seite auf; ein Koordinator kann sie hier mit dieser Quelle eintragen.
committee-add-member = Mitgliedschaft erfassen
membership-p = P-Mitglied
membership-o = O-Mitglied
membership-none = Kein Mitglied

## The standards on a body's page
body-standards-heading = Normen
body-standard-about = Über { $reference }
body-sells = Verkauft die Originalausgabe der ISO
sells-yes = Ja
sells-no = Nein
body-language-versions = Fassungen in den Sprachen dieses Landes
body-no-version = Keine Fassung auf { $language } erfasst.
body-membership = Mitgliedschaft in { $committee }

## Fields of adoptions, language versions and standards (forms and history)
field-status = Status
field-degree = Grad der Übereinstimmung
field-designation = Nationale Bezeichnung
field-adopted-on = Datum der Übernahme
field-method = Übernahmemethode
field-lang = Sprache
field-sells = Verkauft die Originalausgabe der ISO
field-confidence = Verlässlichkeit der Quelle
field-note = Anmerkung
field-title = Titel
field-kind = Art der Fassung
field-publisher = Herausgeber
field-year = Jahr
field-reference = Referenznummer
field-committee = Komitee
field-published = Veröffentlichungsdatum
field-edition = Ausgabe
field-stage = Stadiumcode
field-last-confirmed = Zuletzt bestätigt
field-membership = Mitgliedschaft
choice-unknown = Unbekannt
degree-idt = IDT: identisch
degree-mod = MOD: modifiziert
degree-neq = NEQ: nicht gleichwertig
method-endorsement = Anerkennungsnotiz
method-cover-sheet = Deckblatt
method-reprint = Nachdruck
method-translation = Übersetzung
method-redraft = Neufassung
confidence-high = Hoch
confidence-medium-high = Mittel bis hoch
confidence-medium = Mittel
confidence-low = Niedrig
adoption-state-adopted = Übernommen
adoption-state-in-progress = In Arbeit
adoption-state-not-adopted = Nicht übernommen
date-hint = Ein Jahr, ein Monat oder ein Tag: 2017, 2017-04 oder 2017-04-19.

## Coordinators' forms
edit-adoption-link = Übernahmeeintrag bearbeiten
edit-adoption-for = Übernahmeeintrag für { $country } bearbeiten
adoption-edit-title = { $reference } in { $country }
adoption-edit-intro = Erfassen Sie, was das Institut mit der Norm gemacht hat. Lassen Sie ein Feld leer, wenn keine Quelle etwas dazu sagt. Quelle und Datum unten gelten für den gesamten Eintrag und werden in seinen Verlauf übernommen.
edit-translation-link = Bearbeiten
translation-edit-title = { $reference } auf { $language }
translation-edit-intro = Erfassen Sie eine Fassung der Norm in einer Sprache. Quelle und Datum unten werden in den Verlauf des Eintrags übernommen.
edit-standard-link = Norm bearbeiten
standard-edit-title = { $reference } bearbeiten
standard-edit-intro = Ändern Sie, was Sie geprüft haben. Quelle und Datum unten werden in den Verlauf des Eintrags übernommen.
edit-membership-link = Mitgliedschaft bearbeiten
membership-edit-title = { $body } in { $committee }
membership-edit-intro = Erfassen Sie, ob das Institut mitarbeitendes (P) oder beobachtendes (O) Mitglied des Komitees ist, so wie es auf der Komiteeseite der ISO aufgeführt ist.
record-save = Speichern
record-saved = Gespeichert. Die Änderung steht im Verlauf des Eintrags.
record-history-heading = Verlauf dieses Eintrags
edit-error-choice = Bitte wählen Sie einen der angebotenen Werte.
edit-error-partial-date = Bitte geben Sie ein Jahr, einen Monat oder einen Tag ein (2017, 2017-04 oder 2017-04-19); das Datum darf nicht in der Zukunft liegen.
edit-error-required = Dieses Feld darf nicht leer sein.
edit-error-language = Bitte geben Sie einen Sprachcode wie pt, zh-Hans oder sr-Latn ein.

## Every standard ISO publishes (ISO Open Data) and the ones coordinators follow
standards-search-label = In allen ISO-Normen suchen
standards-search-placeholder = Referenz, Nummer, Wörter aus dem Titel oder Komitee
standards-search-hint = Quorum kennt dank ISO Open Data jede Norm, die die ISO veröffentlicht. Übernahmen, Briefe und Überprüfungen gibt es nur für die Normen, die Koordinatoren verfolgen.
standards-followed-heading = Verfolgte Normen
standards-results-heading = Gefundene Normen
# $count (number) standards match; $query is what the reader typed.
standards-results-count = { $count ->
    [0] Keine Norm entspricht „{ $query }“.
    [one] Eine Norm entspricht „{ $query }“.
   *[other] { $count } Normen entsprechen „{ $query }“.
}
# $stage is a harmonized stage code such as 90.93.
standards-result-stage = Stadium { $stage }
standards-followed-badge = Verfolgt
# $date is a formatted date.
standard-due-by-short = Nächste Überprüfung fällig: { $date } (abgeleitet)
standard-field-type = Typ
standard-field-developed-by = Erarbeitet von
standard-field-due-by = Nächste systematische Überprüfung fällig
standard-due-by-derived = Von Quorum abgeleitet, nicht von der ISO veröffentlicht: fünf Jahre nach der Veröffentlichung oder der letzten Bestätigung. Die ISO verschickt die Überprüfungsabstimmungen gebündelt, daher kann die Abstimmung früher beginnen.
standard-field-iso-languages = Sprachen, in denen die ISO sie veröffentlicht
standard-field-replaces = Ersetzt
standard-field-replaced-by = Ersetzt durch
standard-iso-page = Diese Norm auf iso.org
standard-not-followed = Koordinatoren verfolgen diese Norm nicht: Quorum speichert, was die ISO über sie veröffentlicht, erfasst für sie aber keine Übernahmen, Briefe oder Überprüfungen.
standard-follow = Diese Norm verfolgen
standard-unfollow = Nicht mehr verfolgen
standard-follow-explain = Wenn Sie die Norm verfolgen, kommt sie in die Normenliste, mit Übernahmetabelle, Karte, Briefen und Verfolgung der Überprüfungen.
standard-unfollow-explain = Ihre Einträge bleiben erhalten; die Norm verschwindet aus der Normenliste, den Briefen und der Verfolgung der Überprüfungen.

## Figures others publish about a standard, quoted as theirs
standard-claims-heading = Was andere sagen
# $source is who published the figures, $date when.
standard-claims-by-dated = { $source } ({ $date }) gibt an:
standard-claims-by = { $source } gibt an:
standard-claim-adopted = { $count ->
    [one] ein Land hat sie übernommen
   *[other] { $count } Länder haben sie übernommen
}
standard-claim-selling = { $count ->
    [one] ein nationales Institut verkauft sie
   *[other] { $count } nationale Institute verkaufen sie
}
standard-claim-languages = { $count ->
    [one] sie liegt in einer Sprache vor
   *[other] sie liegt in { $count } Sprachen vor
}
standard-claims-explain = Dies sind Angaben der genannten Quelle, zitiert wie veröffentlicht. Die eigenen Zahlen von Quorum weiter oben ergeben sich ausschließlich aus den Einträgen auf dieser Seite, jeweils mit ihrer Quelle.
