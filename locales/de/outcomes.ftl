# After the letter: advocates tell what happened (no account), coordinators decide on
# their reports, and everyone sees the counts. $body is a body's acronym with its
# country ("ABNT (Brazil)"); $date a formatted date; $answer one of the
# outcome-stance-* phrases.

## "I sent it"

outcome-sent-heading = Haben Sie den Brief abgeschickt?
outcome-sent-intro = Sagen Sie uns Bescheid, sobald Ihr Brief abgeschickt ist: Er wird bei den Briefen an dieses Institut mitgezählt, und Sie erhalten einen privaten Link, über den Sie uns später die Antwort mitteilen können. Was Sie geschrieben haben, wird nicht gespeichert.
outcome-sent-email = Ihre E-Mail-Adresse (freiwillig)
outcome-sent-email-hint = Wir senden Ihnen den privaten Link einmal per E-Mail und speichern die Adresse nicht.
outcome-sent-button = Ich habe den Brief abgeschickt
outcome-error-too-many = Von hier aus wurden in der letzten Stunde zu viele Meldungen gesendet. Bitte versuchen Sie es später erneut.
outcome-error-closed = Diese Meldung kann nicht mehr geändert werden: Ein Koordinator hat sie bereits berücksichtigt.
outcome-error-no-position = Diese Meldung enthält keine Antwort, die als Position erfasst werden kann.

## The advocate's private page

outcome-title = Ihr Brief und die Antwort darauf
outcome-new = Vielen Dank. Diese Seite ist Ihr privater Link: Bewahren Sie ihn auf, um uns mitzuteilen, wenn das Institut antwortet. Jeder, der den Link hat, kann die Meldung ändern.
outcome-copy = Link kopieren
outcome-copied = Link kopiert
outcome-thanks = Vielen Dank: Ihre Meldung ist bei den Koordinatoren angekommen.
outcome-sent-on = Sie haben Ihren Brief am { $date } an { $body } geschickt.
outcome-replied-on = Antwort vom { $date }: { $answer }
outcome-reply-heading = Das Institut hat geantwortet
outcome-reply-intro = Was will das Institut laut seiner Antwort bei der Überprüfung tun? Ihre Meldung geht an die Koordinatoren, nie an die Öffentlichkeit: Öffentlich ist nur, wie viele Briefe gesendet und beantwortet wurden.
outcome-reply-stance = Die Antwort des Instituts
outcome-reply-text = Was das Institut geschrieben hat (freiwillig)
outcome-reply-text-hint = Nur Koordinatoren lesen es; es wird nie veröffentlicht.
outcome-reply-button = Antwort senden
outcome-unknown = Dieser Link ist nicht gültig.
outcome-stance-confirm = Das Institut wird für die Bestätigung der Norm stimmen
outcome-stance-revise = Das Institut wird für die Überarbeitung der Norm stimmen
outcome-stance-withdraw = Das Institut wird für die Zurückziehung der Norm stimmen
outcome-stance-undecided = Das Institut hat sich noch nicht entschieden
outcome-stance-no-answer = Das Institut hat sich zur Abstimmung nicht geäußert

## Coordinators

outcome-reports-heading = Meldungen aus der Öffentlichkeit
outcome-reports-intro = Was Personen berichtet haben, nachdem sie an dieses Institut geschrieben hatten. Niedrige Verlässlichkeit: Erfassen Sie eine Position nur, wenn die Antwort glaubwürdig ist; die Meldung wird dann zu ihrer Quelle.
outcome-reports-decided = Die Meldung wurde berücksichtigt.
outcome-reports-none = In dieser Überprüfung hat noch niemand einen Brief an dieses Institut gemeldet.
outcome-reports-no-reply = keine Antwort gemeldet
outcome-via-letter = Brief aus dem Briefassistenten
outcome-via-open-letter = Offener Brief
outcome-status-open = zu entscheiden
outcome-status-recorded = als Position erfasst
outcome-status-dismissed = verworfen
outcome-reports-open = { $count ->
    [one] eine Meldung wartet auf Entscheidung
   *[other] { $count } Meldungen warten auf Entscheidung
}
outcome-record-button = Als Position erfassen (Absicht, niedrige Verlässlichkeit)
outcome-dismiss-button = Verwerfen

## Public counts

outcome-counts-heading = Briefe an die Institute
outcome-counts = { $letters ->
    [one] Ein Brief begonnen
   *[other] { $letters } Briefe begonnen
}, { $sent ->
    [one] einer als abgeschickt gemeldet
   *[other] { $sent } als abgeschickt gemeldet
}, { $replies ->
    [one] eine Antwort
   *[other] { $replies } Antworten
}.
outcome-counts-hint = Briefe, die im Briefassistenten von Quorum begonnen wurden, solange die Überprüfung lief, und was uns danach darüber mitgeteilt wurde. Nur Zahlen: Wer geschrieben hat und was, bleibt privat.
outcome-counts-country = Land
outcome-counts-letters = Begonnene Briefe
outcome-counts-sent = Als abgeschickt gemeldet
outcome-counts-replies = Antworten

## E-mail

mail-outcome-subject = Ihr privater Link: der Brief an { $body }
mail-outcome-body = Vielen Dank, dass Sie an { $body } geschrieben haben. Wenn das Institut antwortet, teilen Sie uns über diesen Link mit, was es geantwortet hat. Behalten Sie den Link für sich: Jeder, der ihn hat, kann die Meldung ändern.
mail-outcome-action = Antwort mitteilen

## The letters layer of a review's map

outcome-map-description = Weltkarte: Jedes Land ist nach den Briefen eingefärbt, die Nutzer von Quorum in dieser Überprüfung an sein nationales Institut begonnen oder als abgeschickt gemeldet haben.
outcome-map-layer = Karte einfärben nach
outcome-map-positions = Positionen
outcome-map-letters = Briefen
outcome-map-bucket-0 = kein Brief
outcome-map-bucket-1 = 1–2 Briefe
outcome-map-bucket-2 = 3–9 Briefe
outcome-map-bucket-3 = 10 Briefe oder mehr
