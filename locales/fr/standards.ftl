## Normes : adoptions par organisme, versions linguistiques, carte du monde
nav-standards = Normes

standards-title = Normes suivies par Quorum
standards-intro = Pour chaque norme : les organismes nationaux qui l'ont adoptée, ceux qui vendent seulement l'édition de l'ISO, et les langues dans lesquelles elle existe. Chaque chiffre est calculé à partir des informations enregistrées sur la page de la norme.
standards-adoptions = { $count ->
    [one] { $count } adoption nationale
    [many] { $count } adoptions nationales
   *[other] { $count } adoptions nationales
}
standards-languages = { $count ->
    [one] disponible en { $count } langue
    [many] disponible en { $count } langues
   *[other] disponible en { $count } langues
}
standards-open = Adoptions, carte et langues
standards-empty = Aucune norme n'est encore suivie.

standard-page-title = { $reference } : adoptions et langues
standard-facts-heading = À propos de la norme
standard-field-reference = Référence
standard-field-title = Titre
standard-field-published = Publication
standard-field-edition = Édition
standard-field-committee = Comité
standard-field-stage = Stade actuel
standard-field-last-confirmed = Dernière confirmation lors d'un examen systématique

## Statut d'adoption (degrés de correspondance du Guide ISO/CEI 21-1)
status-adopted-idt = Adoptée à l'identique (IDT)
status-adopted-idt-def = Publiée en tant que norme nationale identique au texte de l'ISO.
status-adopted-mod = Adoptée avec modifications (MOD)
status-adopted-mod-def = Publiée en tant que norme nationale comportant des écarts techniques identifiés et expliqués.
status-adopted = Adoptée, degré non enregistré
status-adopted-def = Publiée en tant que norme nationale ; aucune source enregistrée à ce jour n'indique si elle est identique ou modifiée.
status-neq = Norme nationale non équivalente (NEQ)
status-neq-def = Norme nationale portant sur le même sujet, mais non équivalente au texte de l'ISO. Une norme NEQ n'est pas une adoption et n'est pas comptée comme telle.
status-in-progress = Adoption en cours
status-in-progress-def = L'organisme a entamé l'adoption de la norme, par exemple en soumettant une édition nationale à l'enquête publique, mais ne l'a pas encore publiée.
status-sells-only = Vend uniquement la norme ISO
status-sells-only-def = L'organisme vend l'édition de l'ISO sans publier d'adoption nationale.
status-not-adopted = Non adoptée
status-not-adopted-def = Selon une source, l'organisme n'a pas adopté la norme et ne la vend pas.
status-unknown = Inconnu
status-unknown-def = Rien n'est encore enregistré pour cet organisme. « Inconnu » ne signifie pas « non adoptée ».
status-adopted-any = Adoptée (IDT, MOD ou degré non enregistré)

standard-counts-heading = En bref
standard-count-adoptions = { $count ->
    [one] adoption nationale
    [many] adoptions nationales
   *[other] adoptions nationales
}
standard-count-adoptions-def = Organismes ayant publié la norme en tant que norme nationale : IDT, MOD ou degré non enregistré. Les normes NEQ ne sont pas comptées.
standard-count-languages = { $count ->
    [one] langue
    [many] langues
   *[other] langues
}
standard-count-languages-def = Langues dans lesquelles le texte existe : éditions officielles de l'ISO et traductions nationales, projets compris.
standard-count-bodies = { $count ->
    [one] organisme
    [many] organismes
   *[other] organismes
}
standard-count-show = Afficher ces organismes

## Filtres, carte et tableau
standard-filter-status = Statut d'adoption
standard-filter-status-all = Tous les statuts
standard-filter-clear = Effacer les filtres
standard-showing = { $total ->
    [one] Organisme correspondant aux filtres : { $shown } sur { $total }.
    [many] Organismes correspondant aux filtres : { $shown } sur { $total }.
   *[other] Organismes correspondant aux filtres : { $shown } sur { $total }.
}
map-heading = Carte
map-description = Carte du monde : chaque pays est coloré selon le statut d'adoption de la norme { $reference } par son organisme. Les petits États sont représentés par des cercles. Choisissez un pays pour ouvrir la page de son organisme ; le tableau ci-dessous présente les mêmes informations.
map-legend = Légende
map-country-status = { $country } : { $status }
map-no-body = Aucun membre de l'ISO dans l'annuaire
map-filtered-out = Hors des filtres actuels
map-hint = Survolez un pays avec le pointeur, ou atteignez-le avec la touche Tab, pour afficher son statut.
map-hint-touch = Touchez un pays pour ouvrir la page de son organisme ; le tableau ci-dessous indique le statut de chaque pays.
map-skip = Passer la carte
table-heading = Tous les organismes
table-caption = Adoption de la norme { $reference } par chaque organisme, avec sa source. Sélectionnez un en-tête de colonne pour trier.
column-status = Statut
column-designation = Désignation nationale
column-adopted-on = Date d'adoption
column-language = Langue
column-source = Source
sort-ascending = tri de A à Z
sort-descending = tri de Z à A

## Versions linguistiques
translations-heading = Langues
translations-intro = Les langues dans lesquelles le texte de la norme existe, avec l'éditeur et la date de chaque version.
translation-kind-official = Édition officielle de l'ISO
translation-kind-national = Traduction nationale
translation-kind-draft = Projet de traduction
translations-empty = Aucune version linguistique n'est encore enregistrée.
translation-publisher-year = { $publisher }, { $year }
translation-add = Ajouter une version linguistique
translation-add-language = Code de langue
translation-add-button = Ajouter

## Comité et membres
committee-heading = Comité { $committee }
committee-explain = Les membres P (participants) sont tenus de voter à chaque scrutin, examens systématiques compris ; les membres O (observateurs) suivent les travaux et peuvent formuler des observations.
committee-p-members = { $count ->
    [one] { $count } membre P
    [many] { $count } membres P
   *[other] { $count } membres P
}
committee-o-members = { $count ->
    [one] { $count } membre O
    [many] { $count } membres O
   *[other] { $count } membres O
}
committee-members-empty = Aucun membre n'est encore enregistré. L'ISO publie la liste des membres de chaque comité sur la page de celui-ci ; un coordinateur peut les ajouter ici en citant cette source.
committee-add-member = Enregistrer un membre
membership-p = Membre P
membership-o = Membre O
membership-none = Non membre

## Les normes sur la page d'un organisme
body-standards-heading = Normes
body-standard-about = À propos de la norme { $reference }
body-sells = Vend l'édition de l'ISO
sells-yes = Oui
sells-no = Non
body-language-versions = Versions dans les langues de ce pays
body-no-version = Aucune version en { $language } n'est enregistrée.
body-membership = Qualité de membre du comité { $committee }

## Champs des adoptions, des versions linguistiques et des normes (formulaires et historique)
field-status = Statut
field-degree = Degré de correspondance
field-designation = Désignation nationale
field-adopted-on = Date d'adoption
field-method = Méthode d'adoption
field-lang = Langue
field-sells = Vend l'édition de l'ISO
field-confidence = Fiabilité de la source
field-note = Remarque
field-title = Titre
field-kind = Type de version
field-publisher = Éditeur
field-year = Année
field-reference = Référence
field-committee = Comité
field-published = Date de publication
field-edition = Édition
field-stage = Code de stade
field-last-confirmed = Dernière confirmation
field-membership = Qualité de membre
choice-unknown = Inconnu
degree-idt = IDT : identique
degree-mod = MOD : modifiée
degree-neq = NEQ : non équivalente
method-endorsement = Entérinement
method-cover-sheet = Page de couverture
method-reprint = Réimpression
method-translation = Traduction
method-redraft = Réécriture
confidence-high = Élevée
confidence-medium-high = Moyenne à élevée
confidence-medium = Moyenne
confidence-low = Faible
adoption-state-adopted = Adoptée
adoption-state-in-progress = En cours
adoption-state-not-adopted = Non adoptée
date-hint = Une année, un mois ou un jour : 2017, 2017-04 ou 2017-04-19.

## Formulaires des coordinateurs
edit-adoption-link = Modifier la fiche d'adoption
edit-adoption-for = Modifier la fiche d'adoption : { $country }
adoption-edit-title = { $reference } – { $country }
adoption-edit-intro = Indiquez ce que l'organisme a fait de la norme. Laissez un champ vide si aucune source ne le précise. La source et la date ci-dessous s'appliquent à l'ensemble de la fiche et figurent dans son historique.
edit-translation-link = Modifier
translation-edit-title = { $reference } en { $language }
translation-edit-intro = Enregistrez une version de la norme dans une langue. La source et la date ci-dessous figurent dans l'historique de la fiche.
edit-standard-link = Modifier la norme
standard-edit-title = Modifier { $reference }
standard-edit-intro = Modifiez ce que vous avez vérifié. La source et la date ci-dessous figurent dans l'historique de la fiche.
edit-membership-link = Modifier la qualité de membre
membership-edit-title = { $body } – comité { $committee }
membership-edit-intro = Indiquez si l'organisme est membre participant (P) ou observateur (O) du comité, tel que l'indique la page du comité sur le site de l'ISO.
record-save = Enregistrer
record-saved = Enregistré. La modification figure dans l'historique de la fiche.
record-history-heading = Historique de cette fiche
edit-error-choice = Choisissez l'une des valeurs proposées.
edit-error-partial-date = Saisissez une année, un mois ou un jour (2017, 2017-04 ou 2017-04-19) ; la date ne peut pas être postérieure à aujourd'hui.
edit-error-required = Ce champ est obligatoire.
edit-error-language = Saisissez un code de langue tel que pt, zh-Hans ou sr-Latn.

## Every standard ISO publishes (ISO Open Data) and the ones coordinators follow
standards-search-label = Rechercher parmi toutes les normes ISO
standards-search-placeholder = Référence, numéro, mots du titre ou comité
standards-search-hint = Quorum connaît toutes les normes publiées par l'ISO, grâce à ses données ouvertes (ISO Open Data). Seules les normes suivies par les coordinateurs comportent des adoptions, des lettres et des examens.
standards-followed-heading = Normes suivies
standards-results-heading = Normes trouvées
# $count (number) standards match; $query is what the reader typed.
standards-results-count = { $count ->
    [0] Aucune norme ne correspond à « { $query } ».
    [one] Une norme correspond à « { $query } ».
    [many] { $count } de normes correspondent à « { $query } ».
   *[other] { $count } normes correspondent à « { $query } ».
}
# $stage is a harmonized stage code such as 90.93.
standards-result-stage = stade { $stage }
standards-followed-badge = Suivie
# $date is a formatted date.
standard-due-by-short = Échéance du prochain examen : { $date } (déduite)
standard-field-type = Type
standard-field-developed-by = Élaborée par
standard-field-due-by = Échéance du prochain examen systématique
standard-due-by-derived = Date déduite par Quorum, non publiée par l'ISO : cinq ans après la publication ou la dernière confirmation. L'ISO lance les votes d'examen par lots ; le vote peut donc s'ouvrir plus tôt.
standard-field-iso-languages = Langues dans lesquelles l'ISO la publie
standard-field-replaces = Remplace
standard-field-replaced-by = Remplacée par
standard-iso-page = Cette norme sur iso.org
standard-not-followed = Les coordinateurs ne suivent pas cette norme : Quorum conserve ce que l'ISO publie à son sujet, mais n'enregistre pour elle ni adoptions, ni lettres, ni examens.
standard-follow = Suivre cette norme
standard-unfollow = Ne plus suivre
standard-follow-explain = Suivre cette norme l'ajoute à la liste des normes, avec son tableau des adoptions, sa carte, ses lettres et le suivi de ses examens.
standard-unfollow-explain = Ses fiches sont conservées ; la norme quitte la liste des normes, les lettres et le suivi des examens.

## Figures others publish about a standard, quoted as theirs
standard-claims-heading = Ce qu'en disent d'autres
# $source is who published the figures, $date when.
standard-claims-by-dated = { $source } ({ $date }) indique :
standard-claims-by = { $source } indique :
standard-claim-adopted = { $count ->
    [one] { $count } pays l'a adoptée
    [many] { $count } de pays l'ont adoptée
   *[other] { $count } pays l'ont adoptée
}
standard-claim-selling = { $count ->
    [one] { $count } organisme national la vend
    [many] { $count } d'organismes nationaux la vendent
   *[other] { $count } organismes nationaux la vendent
}
standard-claim-languages = { $count ->
    [one] elle existe en { $count } langue
    [many] elle existe en { $count } de langues
   *[other] elle existe en { $count } langues
}
standard-claims-explain = Ces chiffres sont les leurs, cités tels qu'ils ont été publiés. Les décomptes de Quorum présentés plus haut proviennent uniquement des fiches de cette page, chacune accompagnée de sa source.
