# /developers: the open data API.
nav-developers = Données ouvertes et API
developers-title = Données ouvertes et API
developers-intro = Tout ce que Quorum montre au public peut être lu par des programmes : organismes, normes, adoptions nationales, versions linguistiques, examens, positions et lettres. Sans clé ni connexion. Chaque valeur est accompagnée de sa source et de la date à laquelle elle a été vérifiée.
developers-openapi = Le document OpenAPI (openapi.json)
developers-endpoints-heading = Points d'accès
developers-column-path = Chemin
developers-column-what = Ce qu'il fournit
developers-column-example = Exemple
developers-nsbs = Tous les organismes nationaux de normalisation avec leurs coordonnées, chaque valeur avec sa source ; les filtres de l'annuaire (q, category, region, sort), par pages.
developers-nsb = Un organisme, désigné par son code pays.
developers-nsbs-csv = Les mêmes organismes sous forme de tableur, chaque champ suivi de sa source et de sa date.
developers-standards = Les normes suivies, avec leurs caractéristiques, leur nombre d'adoptions et leurs versions linguistiques.
developers-standard = Une norme ; ajoutez .csv pour obtenir un tableur.
developers-adoptions = L'adoption de la norme par chaque organisme, filtrée comme sur la page de la norme (status, category, region, sort), par pages.
developers-adoptions-csv = Les mêmes adoptions sous forme de tableur.
developers-translations = Les versions linguistiques de la norme (titre, type, éditeur, année, source) ; ajoutez .csv pour obtenir un tableur.
developers-reviews = Tous les cycles d'examen systématique, avec leurs dates, leur statut et leur décision.
developers-review = Un examen : le décompte par position et par droit de vote, et l'issue projetée avec la liste de ceux qui peuvent encore la faire basculer.
developers-positions = La dernière position de chaque organisme dans l'examen, filtrée comme sur la page de l'examen (position, voter, category, region), par pages.
developers-positions-csv = Les mêmes positions sous forme de tableur.
developers-letters = Une lettre à un organisme, dans sa langue ou dans toute autre, prête à être envoyée.
developers-conventions-heading = Comment l'API répond
developers-envelope = Les réponses JSON sont un objet : les données sous "data", l'attribution sous "licence" et, pour les listes qui peuvent s'allonger, la page sous "pagination". Dans les tableurs, chaque ligne se termine par une colonne de licence.
developers-paging = Les listes sont servies par pages de 50 : demandez-en une autre avec page=2, et jusqu'à 500 éléments avec per_page=500. Une page au-delà de la fin est vide ; toute page ou taille qui n'est pas un nombre compris dans les limites admises est refusée.
developers-filters = Les filtres acceptent les mêmes valeurs que les adresses des pages : il suffit de copier la requête d'une page filtrée pour en faire un téléchargement.
developers-errors = Une erreur est un objet "error" contenant un "code" et un "message", envoyé avec le code d'état correspondant (400, 404…) ; le message est rédigé dans la langue de votre en-tête Accept-Language.
developers-caching = Chaque réponse comporte un ETag et une date Last-Modified : renvoyez-les dans If-None-Match ou If-Modified-Since, et une réponse inchangée reviendra sous la forme 304 Not Modified, sans corps.
developers-cors = N'importe quel site web peut lire l'API depuis le navigateur (CORS est ouvert pour GET).
developers-licence-heading = Licence et attribution
developers-licence = Les données de Quorum proviennent de plusieurs sources, chacune soumise à ses propres conditions ; chaque valeur indique sa source. Vous pouvez les réutiliser en les attribuant à Quorum et à la source concernée :
developers-open-letters = Les lettres ouvertes publiées par la campagne et leurs langues.
developers-open-letter = Une lettre ouverte dans la langue choisie (lang), côte à côte avec une autre (second) ou adressée à un organisme (nsb).
developers-translations-api = Toutes les langues dans lesquelles Quorum écrit : interface ou lettres seulement, la part du texte anglais qu'elles couvrent, l'état de relecture de leurs lettres et les pays membres auxquels Quorum écrit d'abord dans chacune d'elles.

## /developers/translations
languages-title = Traductions
languages-intro = Les pages de Quorum sont proposées dans les langues de l'interface ; les lettres sont rédigées dans bien d'autres langues. Dans chaque langue, les lettres sont d'abord ébauchées, puis relues et corrigées par un locuteur natif, dont le nom figure ici. Tout le monde peut aider : le fichier locales/README.md des sources explique comment.
languages-list-heading = Langues
languages-column-language = Langue
languages-column-kind = Utilisation
languages-column-letters = Textes des lettres
languages-column-interface = Interface
languages-column-review = Relecture des lettres
languages-column-countries = Pays membres auxquels Quorum écrit d'abord dans cette langue
languages-kind-interface = Pages et lettres
languages-kind-letters = Lettres
# $done of $total messages translated.
languages-share = { $done } sur { $total }
languages-status-source = Le texte source
languages-status-drafted = Pas encore relu par un locuteur natif
# $who: the reviewer's name; $date: when.
languages-status-reviewed = Relu par { $who } le { $date }
languages-uncovered-heading = Pays auxquels Quorum écrit encore en anglais
languages-uncovered-intro = La première langue de ces pays membres n'a pas encore de lettres : leurs lettres sont donc d'abord proposées en anglais, avec un avertissement :
languages-uncovered-none = Aucun : chaque pays membre reçoit ses lettres dans sa première langue.

## The embeddable widget (/embed/write) and its snippet on /developers.
embed-title = Écrivez à votre organisme national de normalisation
embed-lead = Choisissez votre pays : Quorum rédige une lettre officielle à l'organisme de normalisation de ce pays, dans sa langue, prête à être envoyée.
embed-country = Votre pays
embed-choose = Choisissez votre pays
embed-write = Écrire la lettre
embed-by = Quorum : qui décide des normes internationales, et comment les joindre
developers-embed-heading = Proposez « Écrivez à votre organisme de normalisation » sur votre site
developers-embed-intro = Copiez cet extrait de code dans une page de votre site. Il affiche une liste de pays dans la langue que vous indiquez avec lang= (en, fr, pt…) et ouvre l'outil de rédaction de lettres de Quorum dans un nouvel onglet. C'est la seule page de Quorum que d'autres sites peuvent afficher dans un cadre ; elle ne dépose aucun cookie et n'exécute aucun script.
developers-embed-preview = Aperçu :
developers-embed-copy = Copier l'extrait
developers-embed-copied = Extrait copié
developers-embed-frame-title = Écrivez à votre organisme national de normalisation (Quorum)
