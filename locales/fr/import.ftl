# /import: coordinators import spreadsheets (CSV).
nav-import = Importer un tableur
import-title = Importer un tableur
import-intro = Chargez un fichier CSV d'organismes, d'adoptions ou de positions d'examen. Rien n'est enregistré dans un premier temps : vous voyez, ligne par ligne, ce que le fichier ajouterait, modifierait ou laisserait en l'état, ainsi que chaque ligne refusée, avec son numéro et le motif du refus. Vous ne pouvez confirmer que si aucune ligne n'est refusée ; le fichier est alors enregistré en entier et en une seule fois, ou pas du tout. Chaque modification figure dans l'historique, avec votre compte et le fichier.
import-limits = Fichiers de { $megabytes } MB et de { $rows } lignes au maximum, en UTF-8, avec une ligne d'en-tête. Les colonnes que l'importation ne connaît pas sont ignorées.
import-kind-bodies = Organismes
import-kind-adoptions = Adoptions
import-kind-positions = Positions d'examen
import-columns-bodies = Une ligne par organisme, désigné par son code pays (alpha2). Seules les colonnes présentes sont comparées ; toute valeur modifiée doit être accompagnée d'une source et de sa date (source et as_of, ou, champ par champ, acronym_source et acronym_as_of…). L'export de l'annuaire suit cette structure.
import-columns-adoptions = Une ligne par norme et par organisme. status vaut adopted, in_progress, not_adopted ou unknown (dans un export, c'est la colonne record_status qui le contient) ; degree vaut IDT, MOD ou NEQ ; les dates s'écrivent 2017, 2017-04 ou 2017-04-19. Toute modification nécessite source et as_of.
import-columns-positions = Une ligne par cycle d'examen et par organisme. position vaut confirm, revise, amend, withdraw, abstain ou none ; kind vaut intention, vote ou result ; confidence vaut high, medium-high, medium ou low. Chaque position différente est ajoutée à l'historique de l'organisme.
import-template = Télécharger le modèle
import-export-current = Télécharger les données actuelles
import-file-label = Fichier CSV
import-upload = Vérifier le fichier
import-error-too-large = Le fichier dépasse la taille maximale.
import-error-too-many-rows = Le fichier dépasse le nombre maximal de lignes.
import-error-encoding = Le fichier n'est pas un texte UTF-8. Enregistrez-le au format « CSV UTF-8 » et chargez-le de nouveau.
import-error-csv = Le fichier n'a pas pu être lu comme un fichier CSV (un guillemet non fermé ?).
import-error-empty = Le fichier ne contient aucune ligne à importer.
import-error-missing-column = Le fichier n'a pas de colonne « { $column } », indispensable pour ce type d'importation.
import-error-separator = Les colonnes du fichier ne sont séparées ni par des virgules, ni par des points-virgules, ni par des tabulations : son en-tête est donc lu comme une seule colonne. Enregistrez-le de nouveau au format CSV (séparateur virgule ou point-virgule) et chargez-le.
import-error-choice = Cette valeur n'est pas autorisée ici. Utilisez l'une des valeurs suivantes : { $detail } (en majuscules ou en minuscules, peu importe).
import-error-kind = Choisissez ce que contient le fichier : des organismes, des adoptions ou des positions d'examen.
import-error-unknown-country = Aucun organisme n'a ce code pays.
import-error-duplicate = Une ligne précédente du fichier désigne la même fiche.
import-error-unknown-standard = Aucune norme suivie n'a cet identifiant.
import-error-unknown-cycle = Aucun cycle d'examen n'a cet identifiant.
import-error-applied = Ce fichier a déjà été importé.
import-error-changed = Les fiches ont été modifiées depuis cet aperçu. Consultez le nouvel aperçu ci-dessous avant de confirmer.
import-error-nothing = Il n'y a rien à importer : une ligne est refusée, ou rien ne changerait.
import-preview-title = Importation de { $file }
import-count-add = { $count ->
    [one] { $count } ligne ajoute une fiche
    [many] { $count } lignes ajoutent des fiches
   *[other] { $count } lignes ajoutent des fiches
}
import-count-change = { $count ->
    [one] { $count } ligne modifie une fiche
    [many] { $count } lignes modifient des fiches
   *[other] { $count } lignes modifient des fiches
}
import-count-same = { $count ->
    [one] { $count } ligne laisse sa fiche en l'état
    [many] { $count } lignes laissent leurs fiches en l'état
   *[other] { $count } lignes laissent leurs fiches en l'état
}
import-count-refused = { $count ->
    [one] { $count } ligne est refusée
    [many] { $count } lignes sont refusées
   *[other] { $count } lignes sont refusées
}
import-refused-notice = Des lignes sont refusées : rien ne peut donc être importé. Corrigez-les dans votre fichier et chargez-le de nouveau.
import-nothing-notice = Le fichier ne modifierait rien.
import-confirm-intro = Rien n'a encore été enregistré. Confirmez pour enregistrer en une seule fois toutes les modifications ci-dessous.
import-confirm = { $count ->
    [one] Importer { $count } ligne
    [many] Importer { $count } lignes
   *[other] Importer { $count } lignes
}
import-applied = Importé le { $date }.
import-column-line = Ligne
import-column-record = Fiche
import-column-action = Effet
import-column-details = Détails
import-action-add = Ajoutée
import-action-change = Modifiée
import-action-same = Inchangée
import-action-refused = Refusée
import-rows-more = { $count ->
    [one] { $count } autre ligne n'est pas affichée.
    [many] { $count } autres lignes ne sont pas affichées.
   *[other] { $count } autres lignes ne sont pas affichées.
}
import-again = Charger un autre fichier
import-running = Écriture de l’import : { $done } lignes sur { $total }…
import-running-start = Écriture de l’import…
import-error-storage = Le fichier n’a pas pu être enregistré ; rien n’a été importé. Veuillez réessayer.

## ISO Open Data files (admins)
import-iso-heading = Données ouvertes de l'ISO (ISO Open Data)
import-iso-intro = L'ISO publie ses comités (avec leurs membres P et O) et l'ensemble de ses livrables sous forme de données ouvertes (ODC-By). Chargez le fichier de l'ISO tel qu'il est publié — CSV ou JSON Lines, compressé avec gzip ou non : Quorum le vérifie d'abord et vous montre ce qu'il ajouterait, modifierait ou laisserait en l'état, puis l'enregistre lorsque vous confirmez. Chaque valeur conserve la source « ISO Open Data, <jeu de données>, <date> ».
# $megabytes is a number.
import-iso-limits = { $megabytes } MB au maximum.
import-iso-dataset = Jeu de données
import-iso-committees = Comités (iso_technical_committees)
import-iso-deliverables = Livrables (iso_deliverables_metadata)
import-iso-date = Date du fichier
import-iso-check = Charger et vérifier
import-iso-error-dataset = Choisissez le jeu de données de l'ISO auquel correspond le fichier.
import-iso-error-format = Le nom du fichier doit se terminer par .csv ou .jsonl (ou .csv.gz, .jsonl.gz), comme celui des fichiers de l'ISO.
import-iso-error-date = La date du fichier n'est pas une date valide.
import-iso-error-gone = Le fichier chargé ne se trouve plus sur le serveur (celui-ci a redémarré). Chargez-le de nouveau.
import-iso-error-changed = Le fichier n'a pas pu être enregistré : certaines lignes n'ont pas pu être lues. Rien n'a été enregistré.
import-iso-checking = Vérification du fichier…
import-iso-writing = Enregistrement des fiches…
import-iso-applied = Enregistré. Chaque modification figure dans l'historique.
# $count is a number; $source names the dataset and date.
import-iso-read = { $count ->
    [one] { $count } fiche lue ({ $source }).
    [many] { $count } fiches lues ({ $source }).
   *[other] { $count } fiches lues ({ $source }).
}
import-iso-problems = Certaines lignes ne peuvent pas être lues : rien ne peut donc être enregistré. Corrigez le fichier et chargez-le de nouveau :
# $line is a line number of the file.
import-iso-problem = Ligne { $line } :

## Why a line of an ISO Open Data file cannot be read. $column, $columns, $ids and
## $acronyms are the file's own column names (title.en, pMembers.id…), quoted as they are;
## $cell is the value found, cut short; $detail is the file reader's own words (English).
iso-line-unreadable = Le fichier n'a pas pu être lu à partir de cette ligne : { $detail }
iso-line-too-long = La ligne dépasse { $bytes } octets.
iso-line-not-number = La colonne « { $column } » doit contenir un nombre entier, et non « { $cell } ».
iso-line-not-list = La colonne « { $column } » doit contenir une liste entre crochets, et non « { $cell } ».
iso-line-missing-columns = L'en-tête ne contient pas de colonne { $columns }.
iso-line-cell-count = Nombre de cellules : { $count } dans cet enregistrement, { $expected } dans l'en-tête.
iso-line-not-utf8 = L'enregistrement n'est pas en UTF-8 valide.
iso-line-csv = L'enregistrement ne peut pas être lu comme du CSV : { $detail }
iso-line-unpaired = Les colonnes « { $ids } » et « { $acronyms } » ne peuvent pas être appariées : elles comptent respectivement { $ids_count } et { $acronyms_count } éléments.
iso-line-bad-id = L'identifiant doit être un nombre positif, et non { $cell }.
iso-line-no-id = L'enregistrement n'a pas d'identifiant.
iso-line-no-reference = L'enregistrement n'a pas de référence.
iso-line-no-status = Le comité n'a pas de statut.
iso-line-reference = La référence « { $cell } » ne contient ni lettre ni chiffre.
iso-line-stage-format = « currentStage » doit être un code de stade comme 9093 ou 90.93, et non « { $cell } ».
iso-line-unknown-stage = La valeur { $cell } de « currentStage » n'est pas un code de stade.
iso-line-date = « publicationDate » doit être une date comme 2017-04-21, et non « { $cell } ».
iso-line-not-committee = La ligne n'est pas un comité tel que l'ISO les publie : { $detail } (colonne { $column }).
iso-line-not-deliverable = La ligne n'est pas un livrable tel que l'ISO les publie : { $detail } (colonne { $column }).
import-iso-records = Fiches
import-iso-added = Ajoutées
import-iso-changed = Modifiées
import-iso-same = Inchangées
import-iso-row-committees = Comités
import-iso-row-memberships = Participations aux comités
import-iso-row-standards = Normes
# $count is a number.
import-iso-unmatched = { $count ->
    [0] Chaque membre listé correspond à un organisme de l'annuaire.
    [one] Un identifiant de membre ne correspond à aucun organisme de l'annuaire ; consultez les membres sans correspondance.
    [many] { $count } identifiants de membre ne correspondent à aucun organisme de l'annuaire ; consultez les membres sans correspondance.
   *[other] { $count } identifiants de membre ne correspondent à aucun organisme de l'annuaire ; consultez les membres sans correspondance.
}
# $opened and $closed are numbers.
import-iso-reviews = Cycles d'examen ouverts : { $opened } ; clos ou tranchés : { $closed }.
import-iso-confirm-intro = Le fichier est enregistré en entier dans une seule transaction : tout ou rien.
import-iso-confirm = Importer ces fiches

## ISO member ids that match no body (admins)
unmatched-title = Membres de l'ISO sans correspondance
unmatched-intro = Les données des comités de l'ISO mentionnent ces identifiants de membre, mais aucun organisme de l'annuaire ne les porte. Créez l'organisme du pays auquel appartient un identifiant de membre (ou ajoutez l'identifiant à la fiche d'un organisme existant) : ses participations aux comités sont aussitôt enregistrées, avec le fichier des comités pour source.
unmatched-none = Chaque identifiant de membre figurant dans les données des comités correspond à un organisme de l'annuaire.
# $id is ISO's member id.
unmatched-id = Identifiant de membre ISO { $id }
# $p and $o are numbers of committees.
unmatched-counts = { $p ->
    [one] Membre P de { $p } comité, membre O de { $o } :
    [many] Membre P de { $p } comités, membre O de { $o } :
   *[other] Membre P de { $p } comités, membre O de { $o } :
}
unmatched-country = Pays
unmatched-country-choose = Choisissez le pays (parmi ceux qui n'ont pas d'organisme)
unmatched-create = Créer l'organisme et ses participations aux comités
unmatched-error-country = Choisissez le pays de l'organisme.
unmatched-error-taken = Ce pays a déjà un organisme ; ajoutez plutôt l'identifiant de membre à sa fiche.
unmatched-link = Membres de l'ISO sans correspondance
