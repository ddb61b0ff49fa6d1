# E-mail: the messages Quorum sends (subjects, bodies, footers), the alert forms and
# pages, and the outbox as admins see it. Placeables are plain text; $what is a phrase
# from the alert-what-* messages, $label a standard's reference or a body's acronym
# with its country.

## Every message

mail-footer = Gesendet von Quorum. Quorum verfolgt, wie nationale Normungsinstitute über ISO-Normen entscheiden.
mail-unsubscribe = Diese E-Mails abbestellen
mail-link-action = Passwort festlegen
mail-link-ignore = Falls Sie diese Nachricht nicht erwartet haben, ignorieren Sie sie einfach: Solange der Link nicht verwendet wird, geschieht nichts.

## Invitations and password resets (the admin's language)

mail-invite-subject = Ihre Einladung zu Quorum
mail-invite-body = { $hours ->
    [one] Ein Administrator hat Sie eingeladen, festzuhalten, was Koordinatoren über nationale Normungsinstitute in Erfahrung bringen. Wählen Sie ein Passwort, um Ihr Konto zu eröffnen. Der Link lässt sich nur einmal verwenden und ist { $hours } Stunde lang gültig.
   *[other] Ein Administrator hat Sie eingeladen, festzuhalten, was Koordinatoren über nationale Normungsinstitute in Erfahrung bringen. Wählen Sie ein Passwort, um Ihr Konto zu eröffnen. Der Link lässt sich nur einmal verwenden und ist { $hours } Stunden lang gültig.
}
mail-reset-subject = Quorum-Passwort zurücksetzen
mail-reset-body = { $hours ->
    [one] Ein Administrator hat einen Link erstellt, mit dem Sie ein neues Passwort für Ihr Konto festlegen können. Er lässt sich nur einmal verwenden und ist { $hours } Stunde lang gültig; sobald er verwendet wird, werden alle anderen Sitzungen beendet.
   *[other] Ein Administrator hat einen Link erstellt, mit dem Sie ein neues Passwort für Ihr Konto festlegen können. Er lässt sich nur einmal verwenden und ist { $hours } Stunden lang gültig; sobald er verwendet wird, werden alle anderen Sitzungen beendet.
}

## Co-signatures

mail-signature-subject = Bestätigen Sie Ihre Unterschrift: { $title }
mail-signature-body = { $hours ->
    [one] Sie haben den offenen Brief „{ $title }“ unterzeichnet. Ihre Unterschrift zählt, sobald Sie sie bestätigt haben, und ein Koordinator prüft sie, bevor sie veröffentlicht wird. Der Link ist { $hours } Stunde lang gültig; danach werden die Unterschrift und Ihre Adresse gelöscht.
   *[other] Sie haben den offenen Brief „{ $title }“ unterzeichnet. Ihre Unterschrift zählt, sobald Sie sie bestätigt haben, und ein Koordinator prüft sie, bevor sie veröffentlicht wird. Der Link ist { $hours } Stunden lang gültig; danach werden die Unterschrift und Ihre Adresse gelöscht.
}
mail-signature-action = Meine Unterschrift bestätigen
signature-thanks-confirm = Vielen Dank. Wir haben Ihnen eine E-Mail gesendet: Ihre Unterschrift zählt, sobald Sie sie über den Link in dieser Nachricht bestätigt haben.
signature-email-hint-confirm = Wird benötigt, um Ihre Unterschrift zu bestätigen; wird nie angezeigt und nie weitergegeben.
signature-confirm-title = Unterschrift bestätigen
signature-confirm-lead = Klicken Sie auf die Schaltfläche, um Ihre Unterschrift unter dem offenen Brief zu bestätigen. Danach prüft ein Koordinator sie, bevor sie veröffentlicht wird.
signature-confirm-button = Meine Unterschrift bestätigen
signature-confirm-invalid = Dieser Link ist nicht mehr gültig: Er wurde bereits verwendet oder ist abgelaufen. Wenn Sie möchten, unterzeichnen Sie den Brief erneut.
signature-confirmed = Ihre Unterschrift ist bestätigt. Sie wird veröffentlicht, sobald ein Koordinator sie geprüft hat.

## Alerts

alert-heading = Benachrichtigungen per E-Mail
alert-intro-standard = Erhalten Sie eine E-Mail, wenn sich Überprüfungen oder Übernahmen dieser Norm ändern.
alert-intro-body = Erhalten Sie eine E-Mail, wenn sich der öffentliche Eintrag dieses Instituts ändert.
alert-intro-review = Erhalten Sie 7 Tage und 1 Tag vor dem Ende dieser Abstimmung eine Erinnerung.
alert-email = Ihre E-Mail-Adresse
alert-email-hint = Wir senden Ihnen zuerst einen Bestätigungslink; jede Nachricht enthält einen Link, mit dem Sie die Benachrichtigungen beenden und Ihre Adresse löschen können.
alert-button = Benachrichtigungen anfordern
alert-button-review = Erinnerung anfordern
alert-no-mail = Diese Website versendet keine E-Mails. Nutzen Sie den Kalender oder den Feed oben, um auf dem Laufenden zu bleiben.
alert-sent = Sehen Sie in Ihrem Posteingang nach: Wir haben Ihnen einen Bestätigungslink gesendet. Bis Sie ihn verwenden, wird nichts weiter gesendet.
alert-error-no-mail = Diese Website versendet keine E-Mails.
alert-error-too-many = Von hier aus oder für diese Adresse wurden zu viele Benachrichtigungen angefordert. Bitte versuchen Sie es später erneut.
alert-what-standard = Überprüfungen und Übernahmen von { $label }
alert-what-body = Öffentlicher Eintrag von { $label }
alert-what-review = Erinnerungen an das Abstimmungsende ({ $label })
alert-label-review = systematische Überprüfung von { $reference }
alert-page-title = Ihre E-Mail-Benachrichtigung
alert-page-lead = Benachrichtigungen an { $email }. Thema: { $what }.
alert-state-confirmed = Bestätigt: Sie erhalten diese Benachrichtigungen.
alert-state-waiting = Noch nicht bestätigt: Bis zu Ihrer Bestätigung wird nichts gesendet.
alert-confirm-button = Benachrichtigung bestätigen
alert-confirmed = Ihre Benachrichtigung ist bestätigt.
alert-unsubscribe-button = Beenden und meine Adresse löschen
alert-privacy = Quorum speichert Ihre Adresse nur für diese Benachrichtigung. Wenn Sie sie beenden, wird die Adresse gelöscht.
alert-unsubscribe-title = Diese E-Mails abbestellen
alert-unsubscribe-lead = Klicken Sie auf die Schaltfläche, um diese E-Mails abzubestellen. Ihre Adresse wird sofort gelöscht.
alert-unsubscribed = Erledigt: Sie erhalten diese E-Mails nicht mehr, und Ihre Adresse wurde gelöscht.
alert-unknown = Dieser Link ist nicht mehr gültig: Die Benachrichtigung wurde bereits beendet.

## The messages of an alert

mail-alert-confirm-subject = Benachrichtigung bestätigen: { $what }
mail-alert-confirm-body = Jemand, wahrscheinlich Sie, hat bei Quorum E-Mail-Benachrichtigungen zu folgendem Thema angefordert: { $what }. Bestätigen Sie, um sie zu erhalten.
mail-alert-confirm-action = Benachrichtigung bestätigen
mail-alert-confirm-ignore = Falls Sie das nicht angefordert haben, ignorieren Sie diese Nachricht: Es wird nichts weiter gesendet, und die Adresse wird nicht verwendet.
mail-reminder-subject = { $days ->
    [0] Abstimmung endet heute: { $reference }
    [one] Abstimmung endet morgen: { $reference }
   *[other] Abstimmung endet in { $days } Tagen: { $reference }
}
mail-reminder-body = Die Abstimmung zur systematischen Überprüfung von { $reference } endet am { $date }. Nationale Normungsinstitute, die noch nicht entschieden haben, können noch angeschrieben werden.
mail-reminder-action = Überprüfung und noch unentschiedene Institute ansehen
mail-changes-subject = { $count ->
    [one] Eine Änderung: { $what }
   *[other] { $count } Änderungen: { $what }
}
mail-changes-body = { $count ->
    [one] { $what } – eine neue Änderung:
   *[other] { $what } – { $count } neue Änderungen:
}

## The coordinators' weekly digest

mail-digest-subject = Quorum: Ihr Wochenüberblick
mail-digest-intro = Was in dieser Woche Aufmerksamkeit braucht.
mail-digest-no-reviews = Derzeit ist keine Überprüfung offen oder geplant.
mail-digest-closes = { $days ->
    [0] Abstimmung endet am { $date } (heute)
    [one] Abstimmung endet am { $date } (morgen)
   *[other] Abstimmung endet am { $date } (in { $days } Tagen)
}
mail-digest-closes-unknown = Abstimmungsende unbekannt
mail-digest-review = { $reference }: { $closing }; nicht kontaktierte Mitgliedsinstitute: { $not_contacted }; seit drei Wochen unveränderte Pipeline-Phasen: { $stale }
mail-digest-queues = Offen: Korrekturmeldungen ({ $corrections }) und zu prüfende Mitunterzeichnungen ({ $signatures }).
mail-digest-action = Koordinatoren-Dashboard öffnen

## Admins

accounts-link-mailed = Der Link wurde per E-Mail an die Adresse gesendet.
mail-admin-heading = E-Mail
mail-admin-enabled = E-Mail ist eingerichtet: Einladungen, Links zum Zurücksetzen von Passwörtern, Bestätigungen von Mitunterzeichnungen, Benachrichtigungen und der Wochenüberblick werden über den Postausgang versendet.
mail-admin-disabled = E-Mail ist nicht eingerichtet (QUORUM_SMTP_URL ist nicht gesetzt): Links werden hier angezeigt, damit Sie sie selbst senden; Mitunterzeichnungen brauchen keine Bestätigung, und Benachrichtigungen werden nicht angeboten.
mail-admin-counts = Postausgang: { $queued } wartend, { $sent } gesendet, { $failed } fehlgeschlagen.
mail-admin-kind = Art
mail-admin-status = Status
mail-admin-attempts = Versuche
mail-admin-when = Datum
mail-admin-error = Letzter Fehler
mail-status-queued = wartend
mail-status-sent = gesendet
mail-status-failed = fehlgeschlagen

## The digest on the account page

digest-heading = Wochenüberblick
digest-on = Sie erhalten den Wochenüberblick montags per E-Mail.
digest-off = Sie erhalten den Wochenüberblick nicht.
digest-turn-on = Wochenüberblick abonnieren
digest-turn-off = Wochenüberblick abbestellen
digest-no-mail = Diese Website versendet keine E-Mails, daher gibt es keinen Wochenüberblick.
