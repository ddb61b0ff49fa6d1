# After the letter: advocates tell what happened (no account), coordinators decide on
# their reports, and everyone sees the counts. $body is a body's acronym with its
# country ("ABNT (Brazil)"); $date a formatted date; $answer one of the
# outcome-stance-* phrases.

## "I sent it"

outcome-sent-heading = Avez-vous envoyé votre lettre ?
outcome-sent-intro = Signalez-nous l'envoi de votre lettre : elle s'ajoute aux lettres adressées à cet organisme, et vous recevez un lien privé pour nous indiquer plus tard la réponse de l'organisme. Rien de ce que vous avez écrit n'est conservé.
outcome-sent-email = Votre adresse électronique (facultative)
outcome-sent-email-hint = Nous vous envoyons le lien privé une seule fois par courriel, sans conserver l'adresse.
outcome-sent-button = Je l'ai envoyée
outcome-error-too-many = Trop de signalements ont été envoyés depuis cette connexion au cours de la dernière heure. Veuillez réessayer plus tard.
outcome-error-closed = Ce signalement ne peut plus être modifié : un coordinateur l'a déjà pris en compte.
outcome-error-no-position = Ce signalement ne contient aucune réponse pouvant être enregistrée comme position.

## The advocate's private page

outcome-title = Votre lettre et sa réponse
outcome-new = Merci. Cette page est votre lien privé : conservez-le pour nous prévenir quand l'organisme répondra. Toute personne disposant du lien peut modifier le signalement.
outcome-copy = Copier le lien
outcome-copied = Lien copié
outcome-thanks = Merci : votre signalement a bien été transmis aux coordinateurs.
outcome-sent-on = Vous avez envoyé votre lettre à { $body } le { $date }.
outcome-replied-on = Réponse du { $date } : { $answer }
outcome-reply-heading = L'organisme a répondu
outcome-reply-intro = D'après sa réponse, que fera l'organisme lors de l'examen ? Votre signalement est transmis aux coordinateurs, jamais au public : le public voit seulement combien de lettres ont été envoyées et combien ont reçu une réponse.
outcome-reply-stance = Sa réponse
outcome-reply-text = Ce que l'organisme a écrit (facultatif)
outcome-reply-text-hint = Seuls les coordinateurs le lisent ; il n'est jamais publié.
outcome-reply-button = Envoyer la réponse
outcome-unknown = Ce lien n'est pas valable.
outcome-stance-confirm = l'organisme votera pour confirmer la norme
outcome-stance-revise = l'organisme votera pour réviser la norme
outcome-stance-withdraw = l'organisme votera pour annuler la norme
outcome-stance-undecided = l'organisme n'a pas encore décidé
outcome-stance-no-answer = aucune indication de vote

## Coordinators

outcome-reports-heading = Signalements du public
outcome-reports-intro = Ce qu'ont rapporté les personnes qui ont écrit à cet organisme. Fiabilité faible : n'enregistrez une position que si la réponse est crédible ; le signalement en devient la source.
outcome-reports-decided = Le signalement a été pris en compte.
outcome-reports-none = Personne n'a encore signalé de lettre à cet organisme dans cet examen.
outcome-reports-no-reply = aucune réponse signalée
outcome-via-letter = Lettre de l'outil de rédaction
outcome-via-open-letter = Lettre ouverte
outcome-status-open = à trancher
outcome-status-recorded = enregistré comme position
outcome-status-dismissed = écarté
outcome-reports-open = { $count ->
    [one] { $count } signalement à trancher
    [many] { $count } de signalements à trancher
   *[other] { $count } signalements à trancher
}
outcome-record-button = Enregistrer comme position (intention, fiabilité faible)
outcome-dismiss-button = Écarter

## Public counts

outcome-counts-heading = Lettres aux organismes
outcome-counts = { $letters ->
    [one] { $letters } lettre commencée
    [many] { $letters } de lettres commencées
   *[other] { $letters } lettres commencées
}, { $sent ->
    [one] { $sent } envoi signalé
    [many] { $sent } d'envois signalés
   *[other] { $sent } envois signalés
}, { $replies ->
    [one] { $replies } réponse
    [many] { $replies } de réponses
   *[other] { $replies } réponses
}.
outcome-counts-hint = Les lettres commencées dans l'outil de rédaction de Quorum pendant que l'examen était ouvert, et ce que leurs auteurs nous ont signalé ensuite. Seuls les totaux sont publiés : qui a écrit et ce qui a été écrit restent privés.
outcome-counts-country = Pays
outcome-counts-letters = Lettres commencées
outcome-counts-sent = Envois signalés
outcome-counts-replies = Réponses

## E-mail

mail-outcome-subject = Votre lien privé : la lettre à { $body }
mail-outcome-body = Merci d'avoir écrit à { $body }. Lorsque l'organisme vous répondra, utilisez ce lien pour nous indiquer sa réponse. Gardez-le pour vous : toute personne qui le détient peut modifier le signalement.
mail-outcome-action = Nous indiquer la réponse

## The letters layer of a review's map

outcome-map-description = Carte du monde : chaque pays est coloré selon les lettres que les utilisateurs de Quorum ont commencées ou signalées comme envoyées à son organisme national dans cet examen.
outcome-map-layer = Colorer la carte selon
outcome-map-positions = les positions
outcome-map-letters = les lettres
outcome-map-bucket-0 = aucune lettre
outcome-map-bucket-1 = 1 ou 2 lettres
outcome-map-bucket-2 = 3 à 9 lettres
outcome-map-bucket-3 = 10 lettres ou plus
