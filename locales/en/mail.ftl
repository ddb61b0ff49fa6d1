# E-mail: the messages Quorum sends (subjects, bodies, footers), the alert forms and
# pages, and the outbox as admins see it. Placeables are plain text; $what is a phrase
# from the alert-what-* messages, $label a standard's reference or a body's acronym
# with its country.

## Every message

mail-footer = Sent by Quorum, which tracks how national standards bodies decide on ISO standards.
mail-unsubscribe = Stop these e-mails
mail-link-action = Set your password
mail-link-ignore = If you did not expect this message, ignore it: nothing happens unless the link is used.

## Invitations and password resets (the admin's language)

mail-invite-subject = Your invitation to Quorum
mail-invite-body = An administrator invited you to record what coordinators learn about national standards bodies. Choose a password to open your account. The link works once, for { $hours } hours.
mail-reset-subject = Reset your Quorum password
mail-reset-body = An administrator made a link to set a new password for your account. It works once, for { $hours } hours; every other session ends when it is used.

## Co-signatures

mail-signature-subject = Confirm your signature: { $title }
mail-signature-body = You signed the open letter “{ $title }”. Your signature counts once you confirm it, and a coordinator reviews it before it is published. The link works for { $hours } hours; after that the signature and your address are deleted.
mail-signature-action = Confirm my signature
signature-thanks-confirm = Thank you. We sent you an e-mail: your signature counts once you confirm it from the link in that message.
signature-email-hint-confirm = Needed to confirm your signature; never shown and never shared.
signature-confirm-title = Confirm your signature
signature-confirm-lead = Press the button to confirm your signature on the open letter. A coordinator then reviews it before it is published.
signature-confirm-button = Confirm my signature
signature-confirm-invalid = This link is not valid any more: it was used already, or it expired. Sign the letter again if you wish.
signature-confirmed = Your signature is confirmed. It is published once a coordinator has reviewed it.

## Alerts

alert-heading = Alerts by e-mail
alert-intro-standard = Get an e-mail when this standard's reviews or adoptions change.
alert-intro-body = Get an e-mail when this body's public record changes.
alert-intro-review = Get a reminder 7 days and 1 day before this ballot closes.
alert-email = Your e-mail address
alert-email-hint = We first send a link to confirm; every message has a link to stop and delete your address.
alert-button = Send me alerts
alert-button-review = Remind me
alert-no-mail = This site does not send e-mail. Use the calendar or the feed above to follow it.
alert-sent = Check your inbox: we sent a link to confirm. Nothing else is sent until you use it.
alert-error-no-mail = This site does not send e-mail.
alert-error-too-many = Too many alerts were asked for from here or for this address. Try again later.
alert-what-standard = the reviews and adoptions of { $label }
alert-what-body = the public record of { $label }
alert-what-review = the closing reminders for { $label }
alert-label-review = the systematic review of { $reference }
alert-page-title = Your e-mail alert
alert-page-lead = Alerts about { $what } to { $email }.
alert-state-confirmed = Confirmed: you receive these alerts.
alert-state-waiting = Not confirmed yet: nothing is sent until you confirm.
alert-confirm-button = Confirm my alert
alert-confirmed = Your alert is confirmed.
alert-unsubscribe-button = Stop and delete my address
alert-privacy = Quorum keeps your address only for this alert. Stopping it deletes the address.
alert-unsubscribe-title = Stop these e-mails
alert-unsubscribe-lead = Press the button to stop these e-mails. Your address is deleted at once.
alert-unsubscribed = Done: you will receive no more of these e-mails, and your address was deleted.
alert-unknown = This link is not valid any more: the alert was ended already.

## The messages of an alert

mail-alert-confirm-subject = Confirm your alert: { $what }
mail-alert-confirm-body = Someone, probably you, asked Quorum for e-mail alerts about { $what }. Confirm to start receiving them.
mail-alert-confirm-action = Confirm my alert
mail-alert-confirm-ignore = If you did not ask for this, ignore this message: nothing more is sent, and the address is not used.
mail-reminder-subject = { $days ->
    [0] Ballot closes today: { $reference }
    [one] Ballot closes tomorrow: { $reference }
   *[other] Ballot closes in { $days } days: { $reference }
}
mail-reminder-body = The ballot of { $reference } closes on { $date }. National bodies that have not decided can still be written to.
mail-reminder-action = See the review and who can still decide
mail-changes-subject = { $count ->
    [one] One change: { $what }
   *[other] { $count } changes: { $what }
}
mail-changes-body = { $count ->
    [one] There is one new change to { $what }:
   *[other] There are { $count } new changes to { $what }:
}

## The coordinators' weekly digest

mail-digest-subject = Quorum: your week's digest
mail-digest-intro = What needs attention this week.
mail-digest-no-reviews = No review is open or planned.
mail-digest-closes = { $days ->
    [one] closes { $date } (tomorrow)
   *[other] closes { $date } ({ $days } days)
}
mail-digest-closes-unknown = closing date unknown
mail-digest-review = { $reference }: { $closing }; { $not_contacted } member bodies not contacted; { $stale } pipeline stages unchanged for three weeks
mail-digest-queues = Waiting: { $corrections } correction reports, { $signatures } co-signatures to moderate.
mail-digest-action = Open the coordinators' dashboard

## Admins

accounts-link-mailed = The link was sent by e-mail to the address.
mail-admin-heading = E-mail
mail-admin-enabled = E-mail is configured: invitations, password resets, co-signature confirmations, alerts and the weekly digest are sent through the outbox.
mail-admin-disabled = E-mail is not configured (QUORUM_SMTP_URL is not set): links are shown here for you to send, co-signatures need no confirmation and alerts are not offered.
mail-admin-counts = Outbox: { $queued } waiting, { $sent } sent, { $failed } failed.
mail-admin-kind = Kind
mail-admin-status = State
mail-admin-attempts = Attempts
mail-admin-when = Date
mail-admin-error = Last error
mail-status-queued = waiting
mail-status-sent = sent
mail-status-failed = failed

## The digest on the account page

digest-heading = Weekly digest
digest-on = You receive the weekly digest by e-mail on Mondays.
digest-off = You do not receive the weekly digest.
digest-turn-on = Send me the weekly digest
digest-turn-off = Stop the weekly digest
digest-no-mail = This site does not send e-mail, so there is no weekly digest.
