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
