## Site frame
app-name = Quorum
page-title = { $page } · Quorum
# What search engines and link previews show under a page's title (meta description).
site-description = Quorum suit les organismes nationaux de normalisation : adoptions de normes, versions linguistiques, votes aux examens systématiques de l'ISO et lettres dans leur langue.
meta-body = { $body } ({ $country }) : coordonnées, catégorie de membre de l'ISO, adoptions et positions aux examens, sources et dates à l'appui, et une lettre à lui écrire.
meta-standard = { $reference } : les organismes nationaux de normalisation qui l'ont adoptée, les langues dans lesquelles elle existe et ses examens systématiques.
meta-review = Examen systématique de la norme { $reference } : position enregistrée de chaque organisme national de normalisation, issue projetée et qui peut encore la changer.
meta-open-letter = Une lettre ouverte aux organismes nationaux de normalisation : lisez-la, signez-la ou envoyez-la à l'organisme de votre pays.
skip-to-content = Aller au contenu principal
nav-label = Navigation principale
nav-home = Accueil
nav-directory = Organismes de normalisation
language-switcher-label = Langue
footer-provenance = Chaque information indique sa source et la date de sa dernière vérification. Un champ vide signifie que l'information est inconnue : nous ne la devinons jamais.
footer-licence = Quorum est un logiciel libre. Les coordonnées proviennent des pages des membres sur iso.org (extraction StanDat, 2021-2022), des données ouvertes de l'ISO (ISO Open Data, 2026) et des autres sources indiquées à côté de chaque valeur.
loading = Chargement…
back-to-directory = Retour à l'annuaire
breadcrumb-label = Fil d'Ariane

## Errors
error-not-found = Nous n'avons pas trouvé cette page.
error-invalid-input = Certaines informations saisies n'ont pas pu être utilisées. Veuillez les vérifier et réessayer.
error-storage = Quorum ne parvient pas à lire ses données pour le moment. Veuillez réessayer dans quelques instants.
error-transport = La requête n'est pas parvenue à Quorum. Vérifiez votre connexion et réessayez.
error-body-too-large = Cette requête est trop volumineuse pour Quorum (plus de { $size } Ko). Raccourcissez votre saisie et réessayez.
not-found-title = Page introuvable
not-found-body = Aucune page ne correspond à cette adresse. Si vous avez suivi un lien vers un organisme de normalisation, son code pays est peut-être mal saisi : les codes comportent deux lettres, par exemple BR pour le Brésil.
not-found-standard = Quorum ne suit aucune norme à cette adresse. L'adresse d'une norme reprend son numéro, par exemple /standards/iso-20400 pour l'ISO 20400 ; la liste présente toutes les normes suivies par Quorum.
not-found-review = Quorum n'a aucun examen à cette adresse. L'adresse d'un examen indique sa norme et son année, par exemple /reviews/iso-20400-2022 ; la liste présente tous les examens enregistrés par Quorum.
not-found-open-letter = Aucune lettre ouverte publiée ne correspond à cette adresse. Elle a peut-être été retirée ou n'est pas encore publiée ; la liste présente toutes les lettres ouvertes.

## Home
home-title = Trouvez votre organisme national de normalisation
home-heading = Trouvez votre organisme national de normalisation et faites valoir votre point de vue
home-intro = Quorum répertorie tous les organismes nationaux de normalisation membres de l'ISO, avec leurs coordonnées et la source de chacune d'elles. Il aide celles et ceux qui promeuvent des normes telles que l'ISO 20400 sur les achats responsables à s'adresser à l'organisme qui décide dans leur pays.
search-label = Pays, code ou organisme de normalisation
search-placeholder = p. ex. Brésil, BR, ABNT
search-button = Rechercher
home-stats-heading = Membres de l'ISO présents dans l'annuaire
home-stats-total = { $count ->
    [one] { $count } organisme de normalisation dans l'annuaire, par catégorie de membre de l'ISO :
    [many] { $count } organismes de normalisation dans l'annuaire, par catégorie de membre de l'ISO :
   *[other] { $count } organismes de normalisation dans l'annuaire, par catégorie de membre de l'ISO :
}
home-browse-all = Parcourir tous les organismes de normalisation
home-next-heading = Ce que vous pouvez faire dès maintenant
home-step-find = Trouvez l'organisme de normalisation de votre pays grâce à la recherche ci-dessus.
home-step-write = Écrivez-lui
home-step-write-note = — Quorum rédige la lettre dans la langue de l'organisme, avec son adresse.
home-step-review = Le prochain examen :
home-review-closes = — clôture du vote le { $date }.
home-review-undated = — la date de clôture du vote n'est pas encore enregistrée.
home-step-no-review = Aucun examen n'est ouvert ni prévu pour le moment.
home-step-reviews-link = Voir tous les examens

## ISO membership categories
category-member-body = Comité membre
category-correspondent = Membre correspondant
category-subscriber = Membre abonné
category-unknown = Catégorie inconnue
category-member-body-count = { $count ->
    [one] comité membre
    [many] comités membres
   *[other] comités membres
}
category-correspondent-count = { $count ->
    [one] membre correspondant
    [many] membres correspondants
   *[other] membres correspondants
}
category-subscriber-count = { $count ->
    [one] membre abonné
    [many] membres abonnés
   *[other] membres abonnés
}
category-unknown-count = { $count ->
    [one] organisme dont aucune source n'indique la catégorie
    [many] organismes dont aucune source n'indique la catégorie
   *[other] organismes dont aucune source n'indique la catégorie
}
category-member-body-rights = Vote sur les normes ISO et peut les adopter et les vendre dans son pays.
category-correspondent-rights = Suit les travaux en observateur, sans droit de vote, et peut adopter et vendre les normes ISO dans son pays.
category-subscriber-rights = Se tient informé des travaux de l'ISO ; il ne vote pas et n'adopte ni ne vend de normes ISO.
category-unknown-note = Aucune de nos sources n'indique encore la catégorie de ces organismes.

## Directory
directory-title = Organismes de normalisation
directory-heading = Organismes nationaux de normalisation
directory-intro = Recherchez par nom de pays dans n'importe quelle langue, par code pays ISO, par sigle ou par nom d'organisme. Choisissez un organisme pour savoir comment le contacter.
filter-category = Catégorie ISO
filter-category-all = Toutes les catégories
filter-region = Région
filter-region-all = Toutes les régions
filter-apply = Afficher les résultats
search-truncated = Votre recherche était longue : seuls ses 100 premiers caractères ont été pris en compte.
directory-count = { $total ->
    [one] Affichage : { $shown } sur { $total } organisme de normalisation.
    [many] Affichage : { $shown } sur { $total } organismes de normalisation.
   *[other] Affichage : { $shown } sur { $total } organismes de normalisation.
}
directory-no-match = Aucun organisme de normalisation ne correspond à votre recherche. Vérifiez l'orthographe, essayez le code du pays à deux lettres ou effacez les filtres.
directory-clear-filters = Effacer la recherche et les filtres
column-country = Pays
column-acronym = Sigle
column-body-name = Organisme de normalisation
column-category = Catégorie ISO
column-region = Région

## Body page
body-page-title = { $body } – { $country }
body-name-with-acronym = { $name } ({ $acronym })
contact-line = { $label } : { $value }
value-unknown = inconnu
field-source-dated = Source : { $source }, au { $date }
field-source-undated = Source : { $source } (date non enregistrée)
body-name-unknown = Nom de l'organisme de normalisation inconnu
field-body-name-en = Nom en anglais
field-body-name-native = Nom dans la langue nationale
field-acronym = Sigle
field-country = Pays
field-category = Catégorie de membre de l'ISO
dataset-note = Remarque figurant dans le jeu de données :
field-website = Site web
field-email = Courriel
field-phone = Téléphone
field-fax = Fax
field-address = Adresse postale
field-iso-member-id = Identifiant de membre ISO
card-footnote = Les coordonnées peuvent changer. Avant d'envoyer un courrier important, vérifiez-les sur le site web de l'organisme.
copy-contact = Copier les coordonnées
contact-copied = Coordonnées copiées
download-vcard = Télécharger la vCard
write-letter = Écrire à cet organisme
write-letter-hint = Quorum rédige une lettre officielle dans la langue du destinataire ({ $body }), prête à être copiée, envoyée par courriel ou imprimée.

## Letter composer page
nav-letters = Écrire une lettre
letters-title = Écrire à un organisme de normalisation
letters-heading = Écrire à un organisme national de normalisation
letters-intro = Choisissez l'organisme, l'objet de votre demande et la langue. Quorum rédige une lettre officielle que vous pouvez copier, envoyer par courriel, télécharger ou imprimer.
letters-privacy = Votre nom et vos coordonnées servent uniquement à compléter la lettre. Quorum ne les enregistre pas ; ils ne figurent dans le lien que si vous le demandez ci-dessous.
letter-field-recipient = Organisme de normalisation
letter-field-recipient-choose = Choisissez un pays
letter-field-purpose = Objet de la lettre
letter-purpose-review = Voter pour la confirmation de la norme lors de son examen systématique
letter-purpose-adopt = Adopter la norme en tant que norme nationale
letter-purpose-translate = Publier la norme dans la langue nationale
letter-purpose-suggested = Suggestion pour cet organisme, d'après les informations enregistrées dans Quorum.
letter-field-language = Langue de la lettre
letter-language-automatic = Langue principale du pays
letter-field-second-language = Deuxième langue, en vis-à-vis (facultatif)
letter-second-language-none = Aucune
letter-language-default = Par défaut, la lettre est rédigée dans la langue principale du pays ({ $country }) si Quorum propose des lettres dans cette langue, et sinon en anglais.
# $language: the country's first language, named in the page's language.
letter-language-missing = Quorum ne propose pas encore de lettres en { $language } : cette lettre est donc rédigée en anglais. Vous pouvez choisir une autre langue sous « Langue de la lettre ».
# $language: the letter's language, in its own name.
letter-drafted-notice = Cette traduction ({ $language }) n'a pas encore été relue par un locuteur natif.
letter-drafted-help = Aidez-nous à la relire.
letter-sender-heading = À propos de vous (champs facultatifs)
letter-field-sender-name = Votre nom
letter-field-organisation = Organisation
letter-field-role = Fonction ou titre
letter-field-city = Ville
letter-field-email = Votre adresse électronique
letter-field-personal = Un paragraphe rédigé par vous
letter-field-personal-hint = Expliquez pourquoi ce sujet compte pour vous ou pour votre organisation. Votre texte est inséré tel quel dans la lettre, dans la langue où vous l'avez écrit.
letter-field-share-details = Inclure aussi mon nom et mes coordonnées dans le lien
letter-field-limit = { $max } caractères au maximum.
letter-update = Mettre à jour la lettre
letter-preview-heading = Votre lettre
letter-preview-live = La lettre se met à jour au fil de votre saisie.
letter-to = Destinataire : { $recipient }
letter-subject = Objet : { $subject }
letter-copy = Copier la lettre
letter-copied = Lettre copiée
letter-mailto = Ouvrir dans ma messagerie
letter-mailto-no-address = Aucune adresse électronique n'est enregistrée pour cet organisme : la lettre ne peut donc pas s'ouvrir dans votre messagerie. Copiez-la ou téléchargez-la plutôt.
letter-mailto-too-long = Cette lettre produit un lien de { $length } caractères, ce qui dépasse la limite de certains logiciels de messagerie. Si le message arrive tronqué, copiez la lettre et collez-la dans un nouveau courriel.
letter-download = Télécharger au format texte
letter-print = Version imprimable
letter-share = Lien vers cette lettre
letter-share-hint = Ouvre l'outil de rédaction avec le même organisme, le même objet et les mêmes langues. Rien n'est enregistré sur le serveur de Quorum.
letter-facts-heading = Informations sur lesquelles s'appuie la lettre
letter-fact-adopted = { $count ->
    [one] { $count } adoption nationale de la norme { $standard } enregistrée dans Quorum.
    [many] { $count } adoptions nationales de la norme { $standard } enregistrées dans Quorum.
   *[other] { $count } adoptions nationales de la norme { $standard } enregistrées dans Quorum.
}
letter-fact-confirmed = Dernier examen systématique achevé le { $date } : norme confirmée.
letter-fact-ballot = Clôture du vote de l'examen systématique : { $date }.
letter-fact-no-ballot = Aucun vote d'examen en cours n'est enregistré : la lettre n'indique donc pas de date de clôture.
letter-fact-title = Titre utilisé : { $title }
letter-choose-body = Choisissez un organisme de normalisation ci-dessus pour afficher votre lettre.

## Letter input errors. $field is the label of the field.
letter-error-too-long = { $field } : veuillez vous limiter à { $max } caractères. Votre texte en compte { $length }.
letter-error-control = { $field } : veuillez saisir une seule ligne, sans tabulation ni caractère de contrôle.
letter-error-email = Votre adresse électronique doit être de la forme nom@example.org.
letter-error-purpose = Choisissez l'objet de la lettre : confirmation lors de l'examen, adoption ou traduction.
letter-error-language = Quorum ne propose pas de lettres dans cette langue ; choisissez-en une dans la liste.
letter-error-body = Aucun organisme de normalisation ne correspond à ce code pays ; choisissez-en un dans la liste.
letter-error-summary = La lettre n'a pas été mise à jour. Veuillez corriger les éléments signalés ci-dessous.

## Print page
letter-print-title = Lettre – { $body }
letter-print-back = Retour à l'outil de rédaction
letter-print-button = Imprimer
letter-print-hint = Mise en page au format A4. Signez à la main au-dessus de votre nom.
letter-signature-line = Signature

## Accounts. The public never needs one; coordinators and admins sign in to record data.
nav-sign-in = Coordinateurs : se connecter
nav-account = Votre compte
nav-signed-in-as = Session ouverte en tant que
signin-title = Connexion
signin-heading = Se connecter à Quorum
signin-intro = Les coordinateurs et les administrateurs se connectent pour enregistrer ce qu'ils apprennent sur les organismes de normalisation. Toute autre personne peut utiliser Quorum sans compte.
signin-email = Adresse électronique
signin-password = Mot de passe
signin-submit = Se connecter
signin-already = Vous avez déjà ouvert une session en tant que { $email }.
account-title = Votre compte
account-heading = Votre compte
account-signed-in-as = Session ouverte en tant que { $email } ({ $role }).
account-sign-out = Se déconnecter
account-sign-in-needed = Cette page est réservée aux coordinateurs et aux administrateurs. Veuillez d'abord vous connecter.
account-go-sign-in = Aller à la page de connexion
role-admin = administrateur
role-coordinator = coordinateur
error-unauthorized = Veuillez d'abord vous connecter.
error-forbidden = Votre compte n'est pas autorisé à effectuer cette action.
error-bad-credentials = L'adresse électronique ou le mot de passe est incorrect.
error-busy = Quorum vérifie d’autres connexions en ce moment. Rien n’a été vérifié ; réessayez dans quelques secondes.
error-rate-limited = { $minutes ->
    [one] Trop de tentatives infructueuses. Veuillez réessayer dans { $minutes } minute.
    [many] Trop de tentatives infructueuses. Veuillez réessayer dans { $minutes } minutes.
   *[other] Trop de tentatives infructueuses. Veuillez réessayer dans { $minutes } minutes.
}
error-cross-origin = Cette requête provient d'un autre site web : Quorum ne l'a donc pas exécutée.

## Editing the directory (coordinators) and the record's history
nav-changes = Modifications récentes
edit-link = Modifier cette fiche
edit-title = Modifier { $body }
edit-heading = Modifier la fiche de l'organisme { $body }
edit-intro = Modifiez ce que vous avez vérifié et laissez un champ vide lorsque l'information est inconnue. Chaque modification est enregistrée avec la source et la date que vous indiquez, et apparaît dans l'historique de la fiche.
edit-source = Source des nouvelles valeurs
edit-source-hint = Une adresse web ou une brève description, par exemple « site web de l'ABNT, page Contact ».
edit-as-of = Date de votre vérification
edit-save = Enregistrer les modifications
edit-category-unknown = Inconnue
edit-saved = Vos modifications ont été enregistrées.
edit-error-too-long = Veuillez vous limiter à { $max } caractères.
edit-error-control = Veuillez saisir une seule ligne, sans tabulation ni caractère de contrôle.
edit-error-email = Saisissez les adresses électroniques sous la forme nom@example.org, séparées par des points-virgules.
edit-error-website = Saisissez une adresse web telle que www.example.org.
edit-error-category = Choisissez l'une des catégories de membre de l'ISO.
edit-error-source-required = Indiquez la provenance des nouvelles valeurs.
edit-error-date = Saisissez la date au format YYYY-MM-DD ; elle ne peut pas être postérieure à aujourd'hui.
edit-error-no-change = Aucune modification n'a été apportée : rien n'a donc été enregistré.
error-invalid-fields = Certains champs doivent être corrigés : rien n'a donc été enregistré. Consultez les messages affichés à côté de ces champs.
error-edit-conflict = Une autre personne a modifié cette fiche pendant que vous la modifiiez : rien n'a donc été enregistré. Ses modifications sont indiquées ci-dessous ; rechargez la page pour modifier la version la plus récente.
edit-conflict-field = { $field } : désormais { $value }
history-heading = Historique de cette fiche
history-empty = Aucune modification depuis l'importation du jeu de données.
history-entry = { $field } : { $before } → { $after }
history-by = { $date }, par { $who }
history-by-coordinator = un coordinateur
history-source = Source : { $source }, données vérifiées le { $date }
changes-title = Modifications récentes
changes-heading = Modifications récentes de l'annuaire
changes-filter-nsb = Code pays
changes-filter-field = Champ
changes-filter-who = Adresse électronique du coordinateur
changes-filter-any = Tous les champs
changes-apply = Filtrer
changes-empty = Aucune modification ne correspond à ces filtres.

## Corrections from the public, and the coordinators' queue
report-heading = Signaler une correction
report-intro = Une information est erronée ou n'est plus à jour ? Indiquez-nous la bonne valeur et sa provenance. Un coordinateur la vérifie avant sa publication. Aucun compte n'est nécessaire.
report-field = Champ à corriger
report-value = La valeur correcte (laissez vide si le champ doit indiquer « inconnu »)
report-source = Provenance de l'information
report-source-hint = Une adresse web ou une brève description, par exemple « site web de l'ABNT, page Contact ».
report-email = Votre adresse électronique (facultative ; uniquement si vous acceptez qu'un coordinateur vous contacte à ce sujet)
report-submit = Envoyer la correction
report-thanks = Merci. Un coordinateur vérifiera votre correction avant sa publication.
report-error-too-many = Vous avez envoyé plusieurs corrections en peu de temps. Veuillez réessayer dans une heure.
report-error-field = Choisissez le champ à corriger.
corrections-title = Corrections
corrections-heading = Corrections signalées par le public
corrections-open-count = { $count ->
    [one] { $count } correction attend l'examen d'un coordinateur.
    [many] { $count } corrections attendent l'examen d'un coordinateur.
   *[other] { $count } corrections attendent l'examen d'un coordinateur.
}
corrections-empty = Aucune correction en attente. Merci !
corrections-current = Valeur actuelle : { $value }
corrections-proposed = Valeur proposée : { $value }
corrections-source = Source indiquée : { $source }
corrections-reporter = Signalée le { $date } par { $email }
corrections-reporter-anonymous = Signalée le { $date }, sans adresse électronique
corrections-accept = Accepter
corrections-edit-accept = Modifier, puis accepter
corrections-reject = Rejeter
corrections-reason = Motif du rejet
corrections-error-reason = Veuillez indiquer le motif du rejet.
corrections-error-closed = Cette correction a déjà été traitée par une autre personne.
corrections-accepted = La correction a été appliquée et consignée dans l'historique.
corrections-rejected = La correction a été rejetée.

## Managing accounts (admins) and one-time links
nav-accounts = Gérer les comptes
accounts-title = Comptes
accounts-heading = Coordinateurs et administrateurs
accounts-intro = { $hours ->
    [one] Invitez des personnes à partir de leur adresse électronique : Quorum crée un lien à usage unique, que vous leur envoyez vous-même. Ce lien ne sert qu'une fois et reste valable { $hours } heure.
    [many] Invitez des personnes à partir de leur adresse électronique : Quorum crée un lien à usage unique, que vous leur envoyez vous-même. Ce lien ne sert qu'une fois et reste valable { $hours } heures.
   *[other] Invitez des personnes à partir de leur adresse électronique : Quorum crée un lien à usage unique, que vous leur envoyez vous-même. Ce lien ne sert qu'une fois et reste valable { $hours } heures.
}
accounts-email = Adresse électronique
accounts-role = Rôle
accounts-status-active = actif
accounts-status-disabled = désactivé
accounts-invite = Créer un lien d'invitation
accounts-link-invite = { $hours ->
    [one] Lien d'invitation pour { $email } (à envoyer vous-même ; il ne sert qu'une fois et reste valable { $hours } heure) :
    [many] Lien d'invitation pour { $email } (à envoyer vous-même ; il ne sert qu'une fois et reste valable { $hours } heures) :
   *[other] Lien d'invitation pour { $email } (à envoyer vous-même ; il ne sert qu'une fois et reste valable { $hours } heures) :
}
accounts-link-reset = { $hours ->
    [one] Lien de réinitialisation du mot de passe pour { $email } (à envoyer vous-même ; il ne sert qu'une fois et reste valable { $hours } heure) :
    [many] Lien de réinitialisation du mot de passe pour { $email } (à envoyer vous-même ; il ne sert qu'une fois et reste valable { $hours } heures) :
   *[other] Lien de réinitialisation du mot de passe pour { $email } (à envoyer vous-même ; il ne sert qu'une fois et reste valable { $hours } heures) :
}
accounts-disable = Désactiver
accounts-enable = Réactiver
accounts-reset = Créer un lien de réinitialisation du mot de passe
accounts-you = (vous)
accounts-error-self = Vous ne pouvez pas désactiver votre propre compte.
accounts-error-exists = Un compte existe déjà avec cette adresse électronique.
invitation-title = Définir votre mot de passe
invitation-heading-invite = Bienvenue sur Quorum
invitation-heading-reset = Choisissez un nouveau mot de passe
invitation-intro = { $min ->
    [one] Définissez un mot de passe pour { $email } ({ $role }). Il doit comporter au moins { $min } caractère.
    [many] Définissez un mot de passe pour { $email } ({ $role }). Il doit comporter au moins { $min } caractères.
   *[other] Définissez un mot de passe pour { $email } ({ $role }). Il doit comporter au moins { $min } caractères.
}
invitation-password = Nouveau mot de passe
invitation-password-again = Confirmation du mot de passe
invitation-submit = Enregistrer le mot de passe et se connecter
invitation-error-invalid = Ce lien n'est plus valable : il a déjà été utilisé ou il a expiré. Demandez-en un nouveau à un administrateur.
invitation-error-mismatch = Les deux mots de passe ne sont pas identiques.
invitation-error-short = { $min ->
    [one] Le mot de passe doit comporter au moins { $min } caractère.
    [many] Le mot de passe doit comporter au moins { $min } caractères.
   *[other] Le mot de passe doit comporter au moins { $min } caractères.
}

## Sources: each cited source's kind, shown after its name.
source-kind-official = (officielle)
source-kind-secondary = (secondaire)
source-kind-derived = (déduite par Quorum)
source-secondary-only = Sources secondaires uniquement : ni l'ISO ni l'organisme ne l'ont confirmé.
source-separator = {"; "}
directory-relevance = Les résultats les plus pertinents apparaissent en premier. Pour trier plutôt selon une colonne, sélectionnez son en-tête.

## Pages of a long list
pager-label = Pages
pager-previous = Page précédente
pager-next = Page suivante
# $page and $pages are numbers.
pager-position = Page { $page } sur { $pages }

## The composer's facts: the review deadline Quorum derives, the owner committee
# $date is a formatted date.
letter-fact-due-by = Aucun vote d'examen n'est ouvert ; le prochain examen systématique arrive à échéance le { $date } (date déduite par Quorum : cinq ans après la dernière confirmation ; l'ISO peut l'ouvrir plus tôt). La lettre n'indique pas de date de clôture.
# $committee is a committee's reference, such as ISO/TMBG.
letter-fact-committee = Comité responsable : { $committee }.

## A body's category against ISO's committee data
# $count is a number of committees, $committees some of their references, $recorded the recorded category.
category-evidence = { $count ->
    [one] Selon les données des comités de l'ISO, cet organisme est membre P d'un comité ({ $committees }) ; seuls les comités membres peuvent être membres P, or la catégorie enregistrée est « { $recorded } ».
    [many] Selon les données des comités de l'ISO, cet organisme est membre P de { $count } comités ({ $committees }…) ; seuls les comités membres peuvent être membres P, or la catégorie enregistrée est « { $recorded } ».
   *[other] Selon les données des comités de l'ISO, cet organisme est membre P de { $count } comités ({ $committees }…) ; seuls les comités membres peuvent être membres P, or la catégorie enregistrée est « { $recorded } ».
}
category-evidence-confirm = L'enregistrer comme comité membre, avec ces éléments pour source
