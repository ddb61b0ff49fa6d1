# E-mail: the messages Quorum sends (subjects, bodies, footers), the alert forms and
# pages, and the outbox as admins see it. Placeables are plain text; $what is a phrase
# from the alert-what-* messages, $label a standard's reference or a body's acronym
# with its country.

## Every message

mail-footer = Envoyé par Quorum, qui suit la manière dont les organismes nationaux de normalisation se prononcent sur les normes ISO.
mail-unsubscribe = Ne plus recevoir ces courriels
mail-link-action = Définir votre mot de passe
mail-link-ignore = Si vous n'attendiez pas ce message, ignorez-le : rien ne se passe tant que le lien n'est pas utilisé.

## Invitations and password resets (the admin's language)

mail-invite-subject = Votre invitation à Quorum
mail-invite-body = { $hours ->
    [one] Un administrateur vous invite à consigner ce que les coordinateurs apprennent sur les organismes nationaux de normalisation. Choisissez un mot de passe pour ouvrir votre compte. Le lien ne sert qu'une fois et reste valable { $hours } heure.
    [many] Un administrateur vous invite à consigner ce que les coordinateurs apprennent sur les organismes nationaux de normalisation. Choisissez un mot de passe pour ouvrir votre compte. Le lien ne sert qu'une fois et reste valable { $hours } heures.
   *[other] Un administrateur vous invite à consigner ce que les coordinateurs apprennent sur les organismes nationaux de normalisation. Choisissez un mot de passe pour ouvrir votre compte. Le lien ne sert qu'une fois et reste valable { $hours } heures.
}
mail-reset-subject = Réinitialisez votre mot de passe Quorum
mail-reset-body = { $hours ->
    [one] Un administrateur a créé un lien pour définir un nouveau mot de passe pour votre compte. Ce lien ne sert qu'une fois et reste valable { $hours } heure ; dès qu'il est utilisé, toutes les autres sessions sont fermées.
    [many] Un administrateur a créé un lien pour définir un nouveau mot de passe pour votre compte. Ce lien ne sert qu'une fois et reste valable { $hours } heures ; dès qu'il est utilisé, toutes les autres sessions sont fermées.
   *[other] Un administrateur a créé un lien pour définir un nouveau mot de passe pour votre compte. Ce lien ne sert qu'une fois et reste valable { $hours } heures ; dès qu'il est utilisé, toutes les autres sessions sont fermées.
}

## Co-signatures

mail-signature-subject = Confirmez votre signature : { $title }
mail-signature-body = { $hours ->
    [one] Vous avez signé la lettre ouverte « { $title } ». Votre signature n'est comptabilisée qu'une fois confirmée, et un coordinateur la vérifie avant sa publication. Le lien reste valable { $hours } heure ; passé ce délai, la signature et votre adresse sont supprimées.
    [many] Vous avez signé la lettre ouverte « { $title } ». Votre signature n'est comptabilisée qu'une fois confirmée, et un coordinateur la vérifie avant sa publication. Le lien reste valable { $hours } heures ; passé ce délai, la signature et votre adresse sont supprimées.
   *[other] Vous avez signé la lettre ouverte « { $title } ». Votre signature n'est comptabilisée qu'une fois confirmée, et un coordinateur la vérifie avant sa publication. Le lien reste valable { $hours } heures ; passé ce délai, la signature et votre adresse sont supprimées.
}
mail-signature-action = Confirmer ma signature
signature-thanks-confirm = Merci. Nous vous avons envoyé un courriel : votre signature sera comptabilisée dès que vous l'aurez confirmée à l'aide du lien qu'il contient.
signature-email-hint-confirm = Nécessaire pour confirmer votre signature ; jamais affichée ni communiquée.
signature-confirm-title = Confirmez votre signature
signature-confirm-lead = Cliquez sur le bouton pour confirmer votre signature de la lettre ouverte. Un coordinateur la vérifiera ensuite avant sa publication.
signature-confirm-button = Confirmer ma signature
signature-confirm-invalid = Ce lien n'est plus valable : il a déjà été utilisé ou il a expiré. Vous pouvez signer de nouveau la lettre si vous le souhaitez.
signature-confirmed = Votre signature est confirmée. Elle sera publiée dès qu'un coordinateur l'aura vérifiée.

## Alerts

alert-heading = Alertes par courriel
alert-intro-standard = Recevez un courriel lorsque les examens ou les adoptions de cette norme changent.
alert-intro-body = Recevez un courriel lorsque la fiche publique de cet organisme change.
alert-intro-review = Recevez un rappel 7 jours puis 1 jour avant la clôture de ce vote.
alert-email = Votre adresse électronique
alert-email-hint = Nous vous envoyons d'abord un lien de confirmation ; chaque message contient un lien pour arrêter les alertes et supprimer votre adresse.
alert-button = M'envoyer des alertes
alert-button-review = Me le rappeler
alert-no-mail = Ce site n'envoie pas de courriels. Utilisez le calendrier ou le flux ci-dessus pour suivre ces informations.
alert-sent = Consultez votre boîte de réception : nous vous avons envoyé un lien de confirmation. Rien d'autre ne vous sera envoyé tant que vous ne l'aurez pas utilisé.
alert-error-no-mail = Ce site n'envoie pas de courriels.
alert-error-too-many = Trop d'alertes ont été demandées depuis cette connexion ou pour cette adresse. Veuillez réessayer plus tard.
alert-what-standard = les examens et les adoptions de la norme { $label }
alert-what-body = la fiche publique de l'organisme { $label }
alert-what-review = les rappels avant la clôture du vote de { $label }
alert-label-review = l'examen systématique de la norme { $reference }
alert-page-title = Votre alerte par courriel
alert-page-lead = Alertes concernant { $what }, envoyées à { $email }.
alert-state-confirmed = Confirmée : vous recevez ces alertes.
alert-state-waiting = Pas encore confirmée : rien ne vous est envoyé tant que vous ne l'avez pas confirmée.
alert-confirm-button = Confirmer mon alerte
alert-confirmed = Votre alerte est confirmée.
alert-unsubscribe-button = Arrêter et supprimer mon adresse
alert-privacy = Quorum ne conserve votre adresse que pour cette alerte. Si vous l'arrêtez, l'adresse est supprimée.
alert-unsubscribe-title = Ne plus recevoir ces courriels
alert-unsubscribe-lead = Cliquez sur le bouton pour ne plus recevoir ces courriels. Votre adresse est supprimée immédiatement.
alert-unsubscribed = C'est fait : vous ne recevrez plus ces courriels, et votre adresse a été supprimée.
alert-unknown = Ce lien n'est plus valable : l'alerte a déjà été arrêtée.

## The messages of an alert

mail-alert-confirm-subject = Confirmez votre alerte : { $what }
mail-alert-confirm-body = Quelqu'un, probablement vous, a demandé à Quorum des alertes par courriel concernant { $what }. Confirmez pour commencer à les recevoir.
mail-alert-confirm-action = Confirmer mon alerte
mail-alert-confirm-ignore = Si vous n'avez rien demandé, ignorez ce message : rien d'autre ne sera envoyé et l'adresse ne sera pas utilisée.
mail-reminder-subject = { $days ->
    [0] Clôture du vote aujourd'hui : { $reference }
    [one] Clôture du vote demain : { $reference }
    [many] Clôture du vote dans { $days } jours : { $reference }
   *[other] Clôture du vote dans { $days } jours : { $reference }
}
mail-reminder-body = Le vote de l'examen systématique de la norme { $reference } se clôt le { $date }. Vous pouvez encore écrire aux organismes nationaux qui ne se sont pas encore prononcés.
mail-reminder-action = Voir l'examen et les organismes qui peuvent encore se prononcer
mail-changes-subject = { $count ->
    [one] Une modification : { $what }
    [many] { $count } modifications : { $what }
   *[other] { $count } modifications : { $what }
}
mail-changes-body = { $count ->
    [one] Il y a une nouvelle modification concernant { $what } :
    [many] Il y a { $count } nouvelles modifications concernant { $what } :
   *[other] Il y a { $count } nouvelles modifications concernant { $what } :
}

## The coordinators' weekly digest

mail-digest-subject = Quorum : votre récapitulatif de la semaine
mail-digest-intro = Ce qui demande votre attention cette semaine.
mail-digest-no-reviews = Aucun examen n'est ouvert ni prévu.
mail-digest-closes = { $days ->
    [0] clôture du vote le { $date } (aujourd'hui)
    [one] clôture du vote le { $date } (demain)
    [many] clôture du vote le { $date } (dans { $days } jours)
   *[other] clôture du vote le { $date } (dans { $days } jours)
}
mail-digest-closes-unknown = date de clôture inconnue
mail-digest-review = { $reference } : { $closing } ; comités membres non contactés : { $not_contacted } ; étapes du parcours inchangées depuis trois semaines : { $stale }
mail-digest-queues = En attente : corrections signalées ({ $corrections }) et cosignatures à vérifier ({ $signatures }).
mail-digest-action = Ouvrir le tableau de bord des coordinateurs

## Admins

accounts-link-mailed = Le lien a été envoyé par courriel à cette adresse.
mail-admin-heading = Courriels
mail-admin-enabled = L'envoi de courriels est configuré : les invitations, les réinitialisations de mot de passe, les confirmations de cosignature, les alertes et le récapitulatif hebdomadaire passent par la boîte d'envoi.
mail-admin-disabled = L'envoi de courriels n'est pas configuré (QUORUM_SMTP_URL n'est pas défini) : les liens s'affichent ici pour que vous les envoyiez vous-même, les cosignatures ne demandent aucune confirmation et les alertes ne sont pas proposées.
mail-admin-counts = Boîte d'envoi — en attente : { $queued } ; envoyés : { $sent } ; en échec : { $failed }.
mail-admin-kind = Type
mail-admin-status = État
mail-admin-attempts = Tentatives
mail-admin-when = Date
mail-admin-error = Dernière erreur
mail-status-queued = en attente
mail-status-sent = envoyé
mail-status-failed = en échec

## The digest on the account page

digest-heading = Récapitulatif hebdomadaire
digest-on = Vous recevez le récapitulatif hebdomadaire par courriel le lundi.
digest-off = Vous ne recevez pas le récapitulatif hebdomadaire.
digest-turn-on = M'envoyer le récapitulatif hebdomadaire
digest-turn-off = Ne plus recevoir le récapitulatif hebdomadaire
digest-no-mail = Ce site n'envoie pas de courriels : il n'y a donc pas de récapitulatif hebdomadaire.
