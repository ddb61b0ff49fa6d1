## Locale metadata: every locale folder defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Français
# Writing direction: ltr or rtl.
locale-direction = ltr

## Site frame
app-name = Quorum
page-title = { $page } · Quorum
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

## The letters. A formal register fit for writing to a national institution.
## Placeables: $body (the body's full name), $acronym (short name, or full name when no
## acronym is known), $country, $standard (ISO 20400:2017), $title (the standard's title in
## this language when an official one is recorded, otherwise in English), $language (the
## country's main language, in this language), $adopted (how many national adoptions
## Quorum records), $confirmed (date the last systematic review was completed),
## $deadline (date the current ballot closes), $due_by (no ballot open: the date the next
## systematic review is due, five years after the last confirmation) and $has_deadline
## (yes: a ballot is open; due: none is, the review is due by $due_by; no: neither is known).
letter-subject-review = { $standard } : demande de vote en faveur de la confirmation de la norme lors de son examen systématique
letter-subject-adopt = { $standard } : demande d'adoption en tant que norme nationale ({ $country })
letter-subject-translate = { $standard } : demande de publication en { $language }
letter-subject-translate-exists = { $edition } : faire largement connaître l'édition en { $language } de la norme { $standard }
letter-greeting = Madame, Monsieur,
letter-review-opening = Je me permets de vous écrire au sujet de la norme { $standard }, « { $title } », et du vote que votre organisme, { $body }, sera appelé à exprimer lors de son examen systématique. Je souhaite vous demander de voter en faveur de la confirmation de cette norme en l'état.
letter-review-why = La norme ISO 20400 offre aux organisations de toute taille et de tout secteur un cadre commun pour des achats responsables : elle montre comment prendre en compte les effets environnementaux, sociaux et économiques de leurs achats tout au long de la chaîne d'approvisionnement, et comment les intégrer dans leur politique, leurs processus et leurs pratiques quotidiennes. Depuis sa publication, le changement climatique, l'économie circulaire, les droits de l'homme et l'éthique des affaires sont devenus des priorités de premier plan, et c'est en grande partie dans les chaînes d'approvisionnement que ces enjeux se traitent. La norme a été conçue précisément pour répondre à ces questions, et elle demeure un cadre solide pour y faire face.
letter-review-evidence = { $adopted ->
    [0] Lors de son dernier examen systématique, achevé le { $confirmed }, l'ISO a confirmé la norme sans modification.
    [one] Au moins { $adopted } organisme national de normalisation l'a adoptée comme norme nationale, et son dernier examen systématique, achevé le { $confirmed }, l'a confirmée sans modification.
    [many] Au moins { $adopted } organismes nationaux de normalisation l'ont adoptée comme norme nationale, et son dernier examen systématique, achevé le { $confirmed }, l'a confirmée sans modification.
   *[other] Au moins { $adopted } organismes nationaux de normalisation l'ont adoptée comme norme nationale, et son dernier examen systématique, achevé le { $confirmed }, l'a confirmée sans modification.
}
letter-review-ask = { $has_deadline ->
    [yes] Le vote en cours sera clos le { $deadline }. Une révision de la norme mobiliserait le comité pendant des années ; ce temps serait bien mieux employé à aider les organisations à appliquer les recommandations qu'elle contient déjà. C'est pourquoi je demande respectueusement à l'organisme { $acronym } de voter en faveur de la confirmation de la norme { $standard }.
    [due] Le prochain examen systématique de la norme doit avoir lieu au plus tard le { $due_by }. Une révision de la norme mobiliserait le comité pendant des années ; ce temps serait bien mieux employé à aider les organisations à appliquer les recommandations qu'elle contient déjà. C'est pourquoi je demande respectueusement à l'organisme { $acronym } de voter en faveur de la confirmation de la norme { $standard } lorsque le vote sera ouvert.
   *[other] Une révision de la norme mobiliserait le comité pendant des années ; ce temps serait bien mieux employé à aider les organisations à appliquer les recommandations qu'elle contient déjà. C'est pourquoi je demande respectueusement à l'organisme { $acronym } de voter en faveur de la confirmation de la norme { $standard } lorsque le vote sera ouvert.
}
letter-review-closing = Je vous remercie de l'attention que vous porterez à cette demande. Je souhaiterais connaître l'intention de vote de l'organisme { $acronym }, et je me tiens à votre disposition pour vous faire part de ce que je sais de l'utilisation de la norme dans votre pays ({ $country }).
letter-adopt-opening = Je me permets de vous écrire afin de demander à votre organisme, { $body }, d'adopter la norme { $standard }, « { $title } », en tant que norme nationale ({ $country }).
letter-adopt-why = Les organismes publics et les entreprises consacrent une part importante du revenu national à l'achat de biens, de travaux et de services, et leur manière d'acheter influe sur les conditions de travail, les émissions et les économies locales jusqu'aux maillons les plus lointains de leurs chaînes d'approvisionnement. La norme ISO 20400 leur fournit des lignes directrices établies par consensus international pour prendre en compte ces effets, de la politique d'achat et de l'engagement de la direction jusqu'au choix des fournisseurs et à la gestion des contrats. Elle s'applique aux organisations de toute taille et de tout secteur, publiques comme privées.
letter-adopt-evidence = { $adopted ->
    [0] L'ISO a confirmé la norme lors de son dernier examen systématique, achevé le { $confirmed } : elle est donc à jour et stable.
    [one] Au moins { $adopted } organisme national de normalisation l'a déjà adoptée, et l'ISO l'a confirmée lors de son dernier examen systématique, achevé le { $confirmed } : elle est donc à jour et stable.
    [many] Au moins { $adopted } organismes nationaux de normalisation l'ont déjà adoptée, et l'ISO l'a confirmée lors de son dernier examen systématique, achevé le { $confirmed } : elle est donc à jour et stable.
   *[other] Au moins { $adopted } organismes nationaux de normalisation l'ont déjà adoptée, et l'ISO l'a confirmée lors de son dernier examen systématique, achevé le { $confirmed } : elle est donc à jour et stable.
}
letter-adopt-ask = Une adoption nationale, identique au texte international, offrirait aux acheteurs et aux fournisseurs de votre pays ({ $country }) une référence reconnue, que les appels d'offres publics et les politiques d'entreprise pourraient citer, et faciliterait l'harmonisation avec les partenaires commerciaux qui l'utilisent déjà. Je demande donc respectueusement à l'organisme { $acronym } d'engager l'adoption de la norme { $standard } et, dans la mesure du possible, de la publier en { $language }.
letter-adopt-ask-in-progress = Je crois savoir que l'organisme { $acronym } a déjà engagé l'adoption de la norme { $standard }. Une norme nationale identique au texte international offrirait aux acheteurs et aux fournisseurs de votre pays ({ $country }) une référence reconnue, que les appels d'offres publics et les politiques d'entreprise pourraient citer. Je demande donc respectueusement à l'organisme { $acronym } de mener cette adoption à son terme et de publier la norme nationale, dans la mesure du possible en { $language }, et d'en informer les futurs utilisateurs dès sa parution.
letter-adopt-closing = Je vous remercie de l'attention que vous porterez à cette demande. Je me tiens volontiers à votre disposition pour vous présenter plus en détail l'intérêt que suscite la norme dans votre pays ({ $country }), et j'aimerais connaître les prochaines étapes envisageables.
letter-translate-opening = Je me permets de vous écrire afin de demander à votre organisme, { $body }, de rendre la norme { $standard }, « { $title } », disponible en { $language }.
letter-translate-opening-exists = Je me permets de vous écrire au sujet de la norme { $edition }, édition en { $language } de la norme internationale { $standard }, « { $title } », que publie votre organisme, { $acronym }.
letter-translate-why = Les achats responsables font partie du travail quotidien des acheteurs, des fournisseurs, des gestionnaires de contrats et des agents publics, dont beaucoup ne lisent les textes de référence que dans leur propre langue. La norme ISO 20400 existe dans les éditions officielles anglaise et française de l'ISO, ainsi que dans une traduction officielle en espagnol ; pour celles et ceux qui travaillent en { $language } dans votre pays ({ $country }), une édition nationale ferait de ce texte international un outil pratique, à partager avec leurs équipes et leurs fournisseurs.
letter-translate-why-exists = Les achats responsables font partie du travail quotidien des acheteurs, des fournisseurs, des gestionnaires de contrats et des agents publics, dont beaucoup ne lisent les textes de référence que dans leur propre langue. Avec la norme { $edition }, celles et ceux qui travaillent en { $language } dans votre pays ({ $country }) disposent déjà de ce texte dans leur propre langue ; l'essentiel est désormais qu'ils sachent qu'il existe et qu'ils le mettent en pratique avec leurs équipes et leurs fournisseurs.
letter-translate-evidence = { $adopted ->
    [0] L'ISO a confirmé la norme lors de son dernier examen systématique, achevé le { $confirmed } : une traduction réalisée dès à présent restera donc utile pendant de nombreuses années.
    [one] Au moins { $adopted } organisme national de normalisation l'a adoptée, et l'ISO l'a confirmée lors de son dernier examen systématique, achevé le { $confirmed } : une traduction réalisée dès à présent restera donc utile pendant de nombreuses années.
    [many] Au moins { $adopted } organismes nationaux de normalisation l'ont adoptée, et l'ISO l'a confirmée lors de son dernier examen systématique, achevé le { $confirmed } : une traduction réalisée dès à présent restera donc utile pendant de nombreuses années.
   *[other] Au moins { $adopted } organismes nationaux de normalisation l'ont adoptée, et l'ISO l'a confirmée lors de son dernier examen systématique, achevé le { $confirmed } : une traduction réalisée dès à présent restera donc utile pendant de nombreuses années.
}
letter-translate-evidence-exists = { $adopted ->
    [0] L'ISO a confirmé la norme internationale lors de son dernier examen systématique, achevé le { $confirmed } : la norme { $edition } restera donc d'actualité pendant de nombreuses années.
    [one] Au moins { $adopted } organisme national de normalisation l'a adoptée, et l'ISO l'a confirmée lors de son dernier examen systématique, achevé le { $confirmed } : la norme { $edition } restera donc d'actualité pendant de nombreuses années.
    [many] Au moins { $adopted } organismes nationaux de normalisation l'ont adoptée, et l'ISO l'a confirmée lors de son dernier examen systématique, achevé le { $confirmed } : la norme { $edition } restera donc d'actualité pendant de nombreuses années.
   *[other] Au moins { $adopted } organismes nationaux de normalisation l'ont adoptée, et l'ISO l'a confirmée lors de son dernier examen systématique, achevé le { $confirmed } : la norme { $edition } restera donc d'actualité pendant de nombreuses années.
}
letter-translate-ask = Je demande respectueusement à l'organisme { $acronym } de préparer et de publier une édition en { $language } de la norme { $standard }, soit sous la forme d'une adoption nationale, soit sous celle d'une traduction vendue aux côtés du texte international, et d'en informer les futurs utilisateurs dès sa parution.
letter-translate-ask-exists = Je remercie l'organisme { $acronym } d'avoir rendu la norme { $edition } disponible en { $language }. Je vous demande respectueusement de la faire largement connaître auprès des acheteurs, des fournisseurs et des agents publics de votre pays ({ $country }), et de la maintenir en cohérence avec le texte international lors de la prochaine révision de la norme par l'ISO.
letter-translate-closing = Je vous remercie de l'attention que vous porterez à cette demande. Une fois la traduction publiée, je contribuerai volontiers à la faire connaître dans votre pays ({ $country }).
letter-sign-off = Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, le { $date }

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
