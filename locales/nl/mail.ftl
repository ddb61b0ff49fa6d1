# E-mail: the messages Quorum sends (subjects, bodies, footers), the alert forms and
# pages, and the outbox as admins see it. Placeables are plain text; $what is a phrase
# from the alert-what-* messages, $label a standard's reference or a body's acronym
# with its country.

## Every message

mail-footer = Verzonden door Quorum, dat bijhoudt hoe nationale normalisatie-instellingen over ISO-normen beslissen.
mail-unsubscribe = Deze e-mails niet meer ontvangen
mail-link-action = Uw wachtwoord instellen
mail-link-ignore = Hebt u dit bericht niet verwacht? Negeer het dan: er gebeurt niets zolang de link niet wordt gebruikt.

## Invitations and password resets (the admin's language)

mail-invite-subject = Uw uitnodiging voor Quorum
mail-invite-body = Een beheerder heeft u uitgenodigd om vast te leggen wat coördinatoren te weten komen over nationale normalisatie-instellingen. Kies een wachtwoord om uw account te openen. De link werkt één keer en blijft { $hours } uur geldig.
mail-reset-subject = Uw Quorum-wachtwoord opnieuw instellen
mail-reset-body = Een beheerder heeft een link gemaakt om een nieuw wachtwoord voor uw account in te stellen. De link werkt één keer en blijft { $hours } uur geldig; zodra hij wordt gebruikt, worden alle andere sessies beëindigd.

## Co-signatures

mail-signature-subject = Bevestig uw handtekening: { $title }
mail-signature-body = U hebt de open brief ‘{ $title }’ ondertekend. Uw handtekening telt mee zodra u die bevestigt, en een coördinator controleert haar voordat ze wordt gepubliceerd. De link blijft { $hours } uur geldig; daarna worden de handtekening en uw e-mailadres verwijderd.
mail-signature-action = Mijn handtekening bevestigen
signature-thanks-confirm = Hartelijk dank. We hebben u een e-mail gestuurd: uw handtekening telt mee zodra u die bevestigt via de link in dat bericht.
signature-email-hint-confirm = Nodig om uw handtekening te bevestigen; wordt nooit getoond of gedeeld.
signature-confirm-title = Uw handtekening bevestigen
signature-confirm-lead = Klik op de knop om uw handtekening onder de open brief te bevestigen. Daarna controleert een coördinator haar voordat ze wordt gepubliceerd.
signature-confirm-button = Mijn handtekening bevestigen
signature-confirm-invalid = Deze link is niet meer geldig: hij is al gebruikt of verlopen. Onderteken de brief gerust opnieuw.
signature-confirmed = Uw handtekening is bevestigd. Ze wordt gepubliceerd zodra een coördinator haar heeft gecontroleerd.

## Alerts

alert-heading = Meldingen per e-mail
alert-intro-standard = Ontvang een e-mail wanneer de toetsingen of overnames van deze norm veranderen.
alert-intro-body = Ontvang een e-mail wanneer de openbare vermelding van deze instelling verandert.
alert-intro-review = Ontvang een herinnering 7 dagen en 1 dag voordat deze stemming sluit.
alert-email = Uw e-mailadres
alert-email-hint = We sturen eerst een bevestigingslink; elk bericht bevat een link om de meldingen te stoppen en uw adres te verwijderen.
alert-button = Stuur mij meldingen
alert-button-review = Herinner mij
alert-no-mail = Deze site verstuurt geen e-mail. Gebruik de agenda of de feed hierboven om dit te volgen.
alert-sent = Kijk in uw inbox: we hebben u een bevestigingslink gestuurd. Tot u die gebruikt, wordt er niets anders verstuurd.
alert-error-no-mail = Deze site verstuurt geen e-mail.
alert-error-too-many = Er zijn te veel meldingen aangevraagd vanaf deze verbinding of voor dit adres. Probeer het later opnieuw.
alert-what-standard = de toetsingen en overnames van { $label }
alert-what-body = de openbare vermelding van { $label }
alert-what-review = de herinneringen voor het einde van de stemming over { $label }
alert-label-review = de systematische toetsing van { $reference }
alert-page-title = Uw e-mailmelding
alert-page-lead = Meldingen over { $what } aan { $email }.
alert-state-confirmed = Bevestigd: u ontvangt deze meldingen.
alert-state-waiting = Nog niet bevestigd: er wordt niets verstuurd totdat u bevestigt.
alert-confirm-button = Mijn melding bevestigen
alert-confirmed = Uw melding is bevestigd.
alert-unsubscribe-button = Stoppen en mijn adres verwijderen
alert-privacy = Quorum bewaart uw adres alleen voor deze melding. Als u de melding stopt, wordt het adres verwijderd.
alert-unsubscribe-title = Deze e-mails niet meer ontvangen
alert-unsubscribe-lead = Klik op de knop om deze e-mails niet meer te ontvangen. Uw adres wordt meteen verwijderd.
alert-unsubscribed = Klaar: u ontvangt deze e-mails niet meer en uw adres is verwijderd.
alert-unknown = Deze link is niet meer geldig: de melding was al beëindigd.

## The messages of an alert

mail-alert-confirm-subject = Bevestig uw melding: { $what }
mail-alert-confirm-body = Iemand, waarschijnlijk u, heeft bij Quorum e-mailmeldingen aangevraagd over { $what }. Bevestig om ze te gaan ontvangen.
mail-alert-confirm-action = Mijn melding bevestigen
mail-alert-confirm-ignore = Hebt u hier niet om gevraagd? Negeer dit bericht dan: er wordt niets meer verstuurd en het adres wordt niet gebruikt.
mail-reminder-subject = { $days ->
    [0] Stemming sluit vandaag: { $reference }
    [one] Stemming sluit morgen: { $reference }
   *[other] Stemming sluit over { $days } dagen: { $reference }
}
mail-reminder-body = De stemming over { $reference } sluit op { $date }. Nationale instellingen die nog niet hebben besloten, kunt u nog aanschrijven.
mail-reminder-action = Bekijk de toetsing en wie nog kan beslissen
mail-changes-subject = { $count ->
    [one] Eén wijziging: { $what }
   *[other] { $count } wijzigingen: { $what }
}
mail-changes-body = { $count ->
    [one] Er is één nieuwe wijziging in { $what }:
   *[other] Er zijn { $count } nieuwe wijzigingen in { $what }:
}

## The coordinators' weekly digest

mail-digest-subject = Quorum: uw weekoverzicht
mail-digest-intro = Wat deze week aandacht nodig heeft.
mail-digest-no-reviews = Er is geen toetsing open of gepland.
mail-digest-closes = { $days ->
    [one] sluit op { $date } (morgen)
   *[other] sluit op { $date } (over { $days } dagen)
}
mail-digest-closes-unknown = sluitingsdatum onbekend
mail-digest-review = { $reference }: { $closing }; niet benaderde lidinstellingen: { $not_contacted }; fasen in de pijplijn die al drie weken ongewijzigd zijn: { $stale }
mail-digest-queues = Wachtend: { $corrections } gemelde correcties, { $signatures } medeondertekeningen om te controleren.
mail-digest-action = Naar het coördinatordashboard

## Admins

accounts-link-mailed = De link is per e-mail naar het adres verstuurd.
mail-admin-heading = E-mail
mail-admin-enabled = E-mail is ingesteld: uitnodigingen, links om wachtwoorden opnieuw in te stellen, bevestigingen van medeondertekeningen, meldingen en het weekoverzicht worden via het postvak UIT verstuurd.
mail-admin-disabled = E-mail is niet ingesteld (QUORUM_SMTP_URL is niet ingesteld): links worden hier getoond zodat u ze zelf kunt versturen, medeondertekeningen hoeven niet te worden bevestigd en meldingen worden niet aangeboden.
mail-admin-counts = Postvak UIT: { $queued } wachtend, { $sent } verzonden, { $failed } mislukt.
mail-admin-kind = Soort
mail-admin-status = Status
mail-admin-attempts = Pogingen
mail-admin-when = Datum
mail-admin-error = Laatste fout
mail-status-queued = wachtend
mail-status-sent = verzonden
mail-status-failed = mislukt

## The digest on the account page

digest-heading = Weekoverzicht
digest-on = U ontvangt het weekoverzicht elke maandag per e-mail.
digest-off = U ontvangt het weekoverzicht niet.
digest-turn-on = Stuur mij het weekoverzicht
digest-turn-off = Geen weekoverzicht meer ontvangen
digest-no-mail = Deze site verstuurt geen e-mail, dus er is geen weekoverzicht.
