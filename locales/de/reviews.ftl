## Systematic reviews: cycles, positions, the projected outcome
nav-reviews = Überprüfungen

reviews-title = Systematische Überprüfungen
reviews-intro = Jede Norm wird spätestens fünf Jahre nach ihrer Veröffentlichung oder ihrer letzten Bestätigung überprüft. Die nationalen Normungsinstitute empfehlen, sie zu bestätigen, zu überarbeiten, zu ändern oder zurückzuziehen; die P-Mitglieder des Komitees müssen abstimmen. Hier sehen Sie, wo jedes Institut steht.
reviews-empty = Es ist noch keine Überprüfung erfasst.
review-page-title = Überprüfung { $cycle } von { $reference }
review-heading = Systematische Überprüfung von { $reference }
review-cycle-id = Überprüfung { $cycle }

## Cycle status
review-status-planned = Geplant
review-status-open = Abstimmung läuft
review-status-closed = Abstimmung beendet, Entscheidung ausstehend
review-status-decided = Entschieden
review-result-heading = Ergebnis
review-result-decided = Diese Überprüfung ist entschieden. Prognosen und die Liste derer, die das Ergebnis noch ändern können, erscheinen nur, solange eine Überprüfung offen ist.
review-result-pending = Die Abstimmung ist geschlossen, die Entscheidung ist noch nicht erfasst.
review-field-status = Status
review-field-opens = Beginn der Abstimmung
review-field-closes = Ende der Abstimmung
review-field-outcome = Entscheidung
review-field-notes = Anmerkungen
review-outcome-confirmed = Bestätigt
review-outcome-revised = Wird überarbeitet
review-outcome-withdrawn = Zurückgezogen
review-outcome-stage = { $outcome } (Stadium { $stage }), { $date }
review-days-left = { $days ->
    [0] Die Abstimmung endet heute.
    [one] Die Abstimmung endet morgen.
   *[other] Noch { $days } Tage bis zum Ende der Abstimmung.
}
review-closed-ago = Die Abstimmung endete am { $date }.

## Positions
position-confirm = Bestätigen
position-revise = Überarbeiten
position-amend = Ändern
position-withdraw = Zurückziehen
position-abstain = Enthaltung
position-none = Noch keine Position
kind-intention = Angekündigte Absicht
kind-vote = Abgegebene Stimme
kind-result = Veröffentlichtes Ergebnis
voter-obliged = P-Mitglied: muss abstimmen
voter-optional = Vollmitglied: darf abstimmen
voter-non-voting = Nicht stimmberechtigt

## Tally
tally-heading = Wo die Institute stehen
tally-intro = Die zuletzt erfasste Position jedes Instituts. Die P-Mitglieder des Komitees müssen abstimmen, die übrigen Vollmitglieder dürfen es; korrespondierende Mitglieder und Abonnentenmitglieder stimmen nicht ab.
tally-position = Position
tally-obliged = P-Mitglieder
tally-optional = Weitere Vollmitglieder
tally-non-voting = Nicht stimmberechtigte Mitglieder

## The projection
projection-heading = Voraussichtliches Ergebnis
projection-disclaimer = Die Entscheidung trifft das Komitee. Diese Prognose ist eine Schätzung anhand der hier erfassten Positionen nach den unten genannten Regeln; sie ist kein Ergebnis.
projection-outcome-confirm = Bestätigen
projection-outcome-revise = Überarbeiten
projection-outcome-amend = Ändern
projection-outcome-withdraw = Zurückziehen
projection-outcome-committee = Das Komitee entscheidet
projection-low-usage = Zahl der Länder, die die Norm übernommen haben: { $usage }, also weniger als { $threshold }. Unabhängig von den Stimmen ist die Zurückziehung das wahrscheinliche Ergebnis.
projection-majority = { $margin ->
    [one] Unter den P-Mitgliedern, die abgestimmt haben, liegt diese Option mit { $margin } Stimme vorn.
   *[other] Unter den P-Mitgliedern, die abgestimmt haben, liegt diese Option mit { $margin } Stimmen vorn.
}
projection-tie = Unter den P-Mitgliedern, die abgestimmt haben, herrscht Stimmengleichheit.
projection-no-majority = Noch hat keine Option die Mehrheit der Stimmen der P-Mitglieder.
projection-undecided = { $count ->
    [one] Für { $count } P-Mitglied ist keine Position erfasst.
   *[other] Für { $count } P-Mitglieder ist keine Position erfasst.
}
projection-rules = Regeln: Eine Norm, die in weniger als { $threshold } Ländern übernommen wurde, ist ein Kandidat für die Zurückziehung; andernfalls entscheidet die einfache Mehrheit der abstimmenden P-Mitglieder, Enthaltungen nicht mitgezählt; bei Stimmengleichheit entscheidet das Komitee.
projection-outcome-not-enough = Zu wenige Daten für eine Prognose
projection-usage-unknown = { $usage ->
    [one] { $usage } Übernahme ist erfasst, und { $unknown } von { $bodies } Normungsorganisationen sind unbekannt: Die Daten zeigen nicht, ob weniger als { $threshold } Länder die Norm nutzen, daher lässt sich noch keine Regel anwenden.
   *[other] { $usage } Übernahmen sind erfasst, und { $unknown } von { $bodies } Normungsorganisationen sind unbekannt: Die Daten zeigen nicht, ob weniger als { $threshold } Länder die Norm nutzen, daher lässt sich noch keine Regel anwenden.
}
projection-votes-unknown = { $undecided ->
    [one] { $undecided } von { $obliged } P-Mitgliedern hat keine erfasste Position und kann die Mehrheit noch ändern.
   *[other] { $undecided } von { $obliged } P-Mitgliedern haben keine erfasste Position und können die Mehrheit noch ändern.
}
projection-voters-unknown = Kein P-Mitglied des Komitees ist erfasst; die Daten sagen daher nicht, wer abstimmen muss.

## Swing list
swing-heading = Wer das Ergebnis noch ändern kann
swing-intro = P-Mitglieder ohne endgültige Position, zuerst diejenigen, deren Stimme für die Bestätigung das Ergebnis am stärksten verändern würde.
swing-empty = Nach den erfassten Daten kann kein P-Mitglied seine Position mehr ändern.
swing-decisive = Entscheidend: Allein seine Stimme würde die Bestätigung zum voraussichtlichen Ergebnis machen.
swing-gain = { $gain ->
    [one] Eine Stimme für die Bestätigung vergrößert deren Vorsprung um { $gain } Stimme.
   *[other] Eine Stimme für die Bestätigung vergrößert deren Vorsprung um { $gain } Stimmen.
}

## Table and map
review-table-heading = Alle Institute
review-table-caption = Die zuletzt erfasste Position jedes Instituts in dieser Überprüfung, mit Quelle.
column-voter = Stimmrecht
column-position = Position
column-kind = Art
review-map-description = Weltkarte: Jedes Land ist nach der zuletzt erfassten Position seines Instituts in der Überprüfung { $cycle } eingefärbt. Wählen Sie ein Land, um die Seite seines Instituts zu öffnen; die Tabelle darunter enthält dieselben Informationen.

## On a body's page
body-reviews-heading = Systematische Überprüfungen
body-reviews-empty = Zu diesem Institut ist in keiner Überprüfung eine Position erfasst.
body-review-position = { $date }: { $position } ({ $kind })

## Coordinators record positions
edit-position-link = Position erfassen
edit-position-for = Position für { $country } erfassen
position-edit-title = { $country } in Überprüfung { $cycle }
position-edit-intro = Erfassen Sie, was Sie über die Position dieses Instituts erfahren haben: was es angekündigt hat, wie es abgestimmt hat oder das veröffentlichte Ergebnis. Frühere Positionen bleiben im Verlauf erhalten; maßgeblich ist die nach Datum neueste.
field-position = Position
field-kind-position = Art der Angabe
field-confidence-position = Verlässlichkeit
position-save = Position erfassen
position-recorded = Die Position wurde erfasst.
position-history-heading = In dieser Überprüfung erfasste Positionen
position-history-empty = Es ist noch keine Position erfasst.
position-conflict = Inzwischen hat jemand eine neuere Position für dieses Institut erfasst: { $position }. Prüfen Sie sie, bevor Sie Ihre erfassen.

## Filters of the review page
review-filter-position = Position
review-filter-position-all = Alle Positionen
review-filter-voter = Stimmrecht
review-filter-voter-all = Alle
review-showing = { $total ->
    [one] { $shown } von { $total } Institut entspricht den Filtern.
   *[other] { $shown } von { $total } Instituten entsprechen den Filtern.
}

review-voters-board = Für diese Norm ist unmittelbar das Technische Lenkungsgremium der ISO (ISO/TMBG) zuständig, für das keine P-Mitglieder aufgeführt sind. Quorum hat die Regel, die die ISO bei einer solchen Überprüfungsabstimmung anwendet, nicht gefunden und zählt daher jedes Vollmitglied zu den Abstimmenden.

## The ballot radar: reviews running now and due in the next twelve months
radar-title = Abstimmungsradar
radar-intro = Laufende systematische Überprüfungen, danach die Normen, deren nächste Überprüfung in den kommenden zwölf Monaten fällig wird – für alle von der ISO veröffentlichten Normen, jeweils mit der Zahl der zur Abstimmung verpflichteten Institute.
radar-filter-committee = Komitee
radar-filter-ics = ICS-Sachgebiet
radar-filter-scope = Normen
radar-scope-all = Alle Normen
radar-scope-followed = Nur verfolgte Normen
radar-apply = Anzeigen
# $count (number) reviews; $until is a formatted date.
radar-count = { $count ->
    [0] Keine Überprüfung läuft oder wird vor dem { $until } fällig.
    [one] Eine Überprüfung läuft oder wird vor dem { $until } fällig.
   *[other] { $count } Überprüfungen laufen oder werden vor dem { $until } fällig.
}
radar-derived-note = Die Termine unter „Fällig bis“ sind von Quorum abgeleitet, nicht von der ISO veröffentlicht: fünf Jahre nach der Veröffentlichung oder der letzten Bestätigung. Die ISO verschickt die Überprüfungsabstimmungen gebündelt, daher kann eine Abstimmung früher beginnen.
# The radar as a calendar feed (/api/v1/reviews/upcoming.ics): its name, and each event's
# summary and description. $reference: ISO 20400:2017; $title: the standard's title; $date: a formatted date.
radar-ics-calendar = Quorum: Abstimmungsradar
radar-ics-closes = { $reference }: Abstimmung zur systematischen Überprüfung endet
radar-ics-closes-detail = { $title } – die Abstimmung endet am { $date }.
radar-ics-due = { $reference }: systematische Überprüfung fällig (abgeleitet)
radar-ics-due-detail = { $title } – fällig fünf Jahre nach der Veröffentlichung oder der letzten Bestätigung; von Quorum abgeleitet, nicht von der ISO veröffentlicht.
radar-json = JSON
radar-csv = CSV
radar-calendar = Kalender (iCalendar)
radar-col-standard = Norm
radar-col-committee = Komitee
radar-col-what = Überprüfung
radar-col-date = Datum
radar-col-voters = Zur Abstimmung verpflichtet
radar-running = Abstimmung läuft (Ende)
radar-due = Fällig bis (abgeleitet)
radar-closes-unknown = Enddatum nicht erfasst
radar-voters-every = Alle Vollmitglieder
radar-link = Abstimmungsradar: alle Überprüfungen, die laufen oder in den kommenden zwölf Monaten fällig werden
# $body is a body's two-letter code.
radar-for-body = Nur die Überprüfungen, bei denen { $body } abstimmen muss.

## A body's page: the ballots it must vote in
body-ballots-heading = Anstehende Abstimmungen
body-ballots-none = Nach den erfassten Daten läuft derzeit keine Überprüfung, bei der dieses Institut abstimmen muss, und in den kommenden zwölf Monaten wird auch keine fällig.
# $count is a number.
body-ballots-count = { $count ->
    [one] Eine Überprüfung, bei der dieses Institut abstimmen muss, läuft derzeit oder wird in den kommenden zwölf Monaten fällig:
   *[other] { $count } Überprüfungen, bei denen dieses Institut abstimmen muss, laufen derzeit oder werden in den kommenden zwölf Monaten fällig:
}
# $date is a formatted date.
body-ballot-closes = Abstimmung endet am { $date }
body-ballot-running = Abstimmung läuft (Enddatum nicht erfasst)
body-ballot-due = fällig bis zum { $date } (abgeleitet)
body-ballots-all = Alle im Abstimmungsradar ansehen
