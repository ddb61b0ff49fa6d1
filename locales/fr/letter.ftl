# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Français
# Writing direction: ltr or rtl.
locale-direction = ltr

## The letters. A formal register fit for writing to a national institution.
## Every placeable is inserted as it is, never inflected: each note below says the form
## (case, article) the value comes in. Write each sentence so that this form is
## grammatical where it stands; where your grammar needs another case, use the placeable
## made for it ($in_country) or a construction that takes the form as it is (an
## apposition, a colon).
## $body: the body's full name as the body writes it (nominative, no article added).
## $acronym: its short name (nominative), or the full name when no acronym is known.
## $country: the country as it stands in a sentence, nominative, with the article your
##   language puts before it ("the United Kingdom", "Brazil"; countries.ftl).
## $in_country: "in <the country>", preposition and case included ("in the United
##   Kingdom"; countries.ftl, attribute .in). Use it for every "in <country>".
## $country_kind: country, or territory for Hong Kong and Macao, which are not states:
##   never call what a territory publishes a *national* standard.
## $standard: the reference, invariable (ISO 20400:2017).
## $edition: the national edition's designation, invariable (NBR ISO 20400).
## $title: the standard's title as published in this language (a quotation); blank when
##   no title in this language is recorded: then $has_title is no, and the letter names
##   the standard by $standard alone (never a title in another language).
## $has_title: yes or no.
## $language: the country's main language named in this language, in its dictionary form
##   (CLDR: "portugais", "polski"): write "the { $language } language" style
##   constructions where your grammar would inflect it.
## $adopted: how many national adoptions Quorum records (a number: plural categories).
## $confirmed: the date the last systematic review was completed (a formatted date, as it
##   stands after "on": French "1er mars 2027").
## $deadline: the date the current ballot closes (a formatted date).
## $due_by: with no ballot open, the date the next systematic review is due by, five years
##   after the last confirmation (a formatted date).
## $has_deadline: yes (a ballot is open), due (none is; the review is due by $due_by), or
##   no (neither is known).
letter-subject-review = Demande de vote en faveur de la confirmation de la norme { $standard } lors de son examen systématique
letter-subject-adopt = { $country_kind ->
    [territory] Demande d'adoption de la norme { $standard } en tant que norme de { $country }
   *[country] Demande d'adoption de la norme { $standard } en tant que norme nationale pour { $country }
}
letter-subject-translate = Demande de publication de la norme { $standard } en { $language }
letter-subject-translate-exists = Faire largement connaître { $edition }, l'édition en { $language } de la norme { $standard }
letter-greeting = Madame, Monsieur,
letter-review-opening = Je me permets de vous écrire au sujet de { $has_title ->
    [yes] la norme { $standard }, « { $title } »,
   *[no] la norme { $standard }
} et du vote que votre organisme, { $body }, sera appelé à exprimer lors de son examen systématique. Je souhaite vous demander de voter en faveur de la confirmation de cette norme en l'état.
letter-review-why = La norme ISO 20400 offre aux organisations de toute taille et de tout secteur un cadre commun pour des achats responsables : elle montre comment prendre en compte les effets environnementaux, sociaux et économiques de leurs achats tout au long de la chaîne d'approvisionnement, et comment les intégrer dans leur politique, leurs processus et leurs pratiques quotidiennes. Depuis sa publication, le changement climatique, l'économie circulaire, les droits de l'homme et l'éthique des affaires sont devenus des priorités de premier plan, et c'est en grande partie dans les chaînes d'approvisionnement que ces enjeux se traitent. La norme a été conçue précisément pour répondre à ces questions, et elle demeure un cadre solide pour y faire face.
letter-review-evidence = { $adopted ->
    [0] Lors de son dernier examen systématique, achevé le { $confirmed }, l'ISO a confirmé la norme sans modification.
    [one] Au moins { $adopted } organisme national de normalisation l'a adoptée comme norme nationale, et son dernier examen systématique, achevé le { $confirmed }, l'a confirmée sans modification.
    [many] Au moins { $adopted } d'organismes nationaux de normalisation l'ont adoptée comme norme nationale, et son dernier examen systématique, achevé le { $confirmed }, l'a confirmée sans modification.
   *[other] Au moins { $adopted } organismes nationaux de normalisation l'ont adoptée comme norme nationale, et son dernier examen systématique, achevé le { $confirmed }, l'a confirmée sans modification.
}
letter-review-ask = { $has_deadline ->
    [yes] Le vote en cours sera clos le { $deadline }. Une révision de la norme mobiliserait le comité pendant des années ; ce temps serait bien mieux employé à aider les organisations à appliquer les recommandations qu'elle contient déjà. C'est pourquoi je demande respectueusement à l'organisme { $acronym } de voter en faveur de la confirmation de la norme { $standard }.
    [due] Le prochain examen systématique de la norme doit avoir lieu au plus tard le { $due_by }. Une révision de la norme mobiliserait le comité pendant des années ; ce temps serait bien mieux employé à aider les organisations à appliquer les recommandations qu'elle contient déjà. C'est pourquoi je demande respectueusement à l'organisme { $acronym } de voter en faveur de la confirmation de la norme { $standard } lorsque le vote sera ouvert.
   *[other] Une révision de la norme mobiliserait le comité pendant des années ; ce temps serait bien mieux employé à aider les organisations à appliquer les recommandations qu'elle contient déjà. C'est pourquoi je demande respectueusement à l'organisme { $acronym } de voter en faveur de la confirmation de la norme { $standard } lorsque le vote sera ouvert.
}
letter-review-closing = Je vous remercie de l'attention que vous porterez à cette demande. Je souhaiterais connaître l'intention de vote de l'organisme { $acronym }, et je me tiens à votre disposition pour vous faire part de ce que je sais de l'utilisation de la norme { $in_country }.
letter-adopt-opening = Je me permets de vous écrire afin de demander à votre organisme, { $body }, d'adopter { $has_title ->
    [yes] la norme { $standard }, « { $title } »,
   *[no] la norme { $standard }
} { $country_kind ->
    [territory] en tant que norme de { $country }.
   *[country] en tant que norme nationale pour { $country }.
}
letter-adopt-why = Les organismes publics et les entreprises consacrent une part importante du revenu national à l'achat de biens, de travaux et de services, et leur manière d'acheter influe sur les conditions de travail, les émissions et les économies locales jusqu'aux maillons les plus lointains de leurs chaînes d'approvisionnement. La norme ISO 20400 leur fournit des lignes directrices établies par consensus international pour prendre en compte ces effets, de la politique d'achat et de l'engagement de la direction jusqu'au choix des fournisseurs et à la gestion des contrats. Elle s'applique aux organisations de toute taille et de tout secteur, publiques comme privées.
letter-adopt-evidence = { $adopted ->
    [0] L'ISO a confirmé la norme lors de son dernier examen systématique, achevé le { $confirmed } : elle est donc à jour et stable.
    [one] Au moins { $adopted } organisme national de normalisation l'a déjà adoptée, et l'ISO l'a confirmée lors de son dernier examen systématique, achevé le { $confirmed } : elle est donc à jour et stable.
    [many] Au moins { $adopted } d'organismes nationaux de normalisation l'ont déjà adoptée, et l'ISO l'a confirmée lors de son dernier examen systématique, achevé le { $confirmed } : elle est donc à jour et stable.
   *[other] Au moins { $adopted } organismes nationaux de normalisation l'ont déjà adoptée, et l'ISO l'a confirmée lors de son dernier examen systématique, achevé le { $confirmed } : elle est donc à jour et stable.
}
letter-adopt-ask = Une adoption à l'identique du texte international offrirait aux acheteurs et aux fournisseurs { $in_country } une référence reconnue, que les appels d'offres publics et les politiques d'entreprise pourraient citer, et faciliterait l'harmonisation avec les partenaires commerciaux qui l'utilisent déjà. Je demande donc respectueusement à l'organisme { $acronym } d'engager l'adoption de la norme { $standard } et, dans la mesure du possible, de la publier en { $language }.
letter-adopt-ask-in-progress = Je crois savoir que l'organisme { $acronym } a déjà engagé l'adoption de la norme { $standard }. Une édition identique au texte international offrirait aux acheteurs et aux fournisseurs { $in_country } une référence reconnue, que les appels d'offres publics et les politiques d'entreprise pourraient citer. Je demande donc respectueusement à l'organisme { $acronym } de mener cette adoption à son terme et de publier la norme, dans la mesure du possible en { $language }, et d'en informer les futurs utilisateurs dès sa parution.
letter-adopt-closing = Je vous remercie de l'attention que vous porterez à cette demande. Je me tiens volontiers à votre disposition pour vous présenter plus en détail l'intérêt que suscite la norme { $in_country }, et j'aimerais connaître les prochaines étapes envisageables.
letter-translate-opening = Je me permets de vous écrire afin de demander à votre organisme, { $body }, de rendre { $has_title ->
    [yes] la norme { $standard }, « { $title } »,
   *[no] la norme { $standard }
} disponible en { $language }.
letter-translate-opening-exists = Je me permets de vous écrire au sujet de la norme { $edition }, édition en { $language } de { $has_title ->
    [yes] la norme internationale { $standard }, « { $title } »,
   *[no] la norme internationale { $standard },
} que publie votre organisme, { $acronym }.
letter-translate-why = Les achats responsables font partie du travail quotidien des acheteurs, des fournisseurs, des gestionnaires de contrats et des agents publics, dont beaucoup ne lisent les textes de référence que dans leur propre langue. La norme ISO 20400 existe dans les éditions officielles anglaise et française de l'ISO, ainsi que dans une traduction officielle en espagnol ; pour celles et ceux qui, { $in_country }, travaillent en { $language }, une édition nationale ferait de ce texte international un outil pratique, à partager avec leurs équipes et leurs fournisseurs.
letter-translate-why-exists = Les achats responsables font partie du travail quotidien des acheteurs, des fournisseurs, des gestionnaires de contrats et des agents publics, dont beaucoup ne lisent les textes de référence que dans leur propre langue. Avec la norme { $edition }, celles et ceux qui, { $in_country }, travaillent en { $language } disposent déjà de ce texte dans leur propre langue ; l'essentiel est désormais qu'ils sachent qu'il existe et qu'ils le mettent en pratique avec leurs équipes et leurs fournisseurs.
letter-translate-evidence = { $adopted ->
    [0] L'ISO a confirmé la norme lors de son dernier examen systématique, achevé le { $confirmed } : une traduction réalisée dès à présent restera donc utile pendant de nombreuses années.
    [one] Au moins { $adopted } organisme national de normalisation l'a adoptée, et l'ISO l'a confirmée lors de son dernier examen systématique, achevé le { $confirmed } : une traduction réalisée dès à présent restera donc utile pendant de nombreuses années.
    [many] Au moins { $adopted } d'organismes nationaux de normalisation l'ont adoptée, et l'ISO l'a confirmée lors de son dernier examen systématique, achevé le { $confirmed } : une traduction réalisée dès à présent restera donc utile pendant de nombreuses années.
   *[other] Au moins { $adopted } organismes nationaux de normalisation l'ont adoptée, et l'ISO l'a confirmée lors de son dernier examen systématique, achevé le { $confirmed } : une traduction réalisée dès à présent restera donc utile pendant de nombreuses années.
}
letter-translate-evidence-exists = { $adopted ->
    [0] L'ISO a confirmé la norme internationale lors de son dernier examen systématique, achevé le { $confirmed } : la norme { $edition } restera donc d'actualité pendant de nombreuses années.
    [one] Au moins { $adopted } organisme national de normalisation l'a adoptée, et l'ISO l'a confirmée lors de son dernier examen systématique, achevé le { $confirmed } : la norme { $edition } restera donc d'actualité pendant de nombreuses années.
    [many] Au moins { $adopted } d'organismes nationaux de normalisation l'ont adoptée, et l'ISO l'a confirmée lors de son dernier examen systématique, achevé le { $confirmed } : la norme { $edition } restera donc d'actualité pendant de nombreuses années.
   *[other] Au moins { $adopted } organismes nationaux de normalisation l'ont adoptée, et l'ISO l'a confirmée lors de son dernier examen systématique, achevé le { $confirmed } : la norme { $edition } restera donc d'actualité pendant de nombreuses années.
}
letter-translate-ask = Je demande respectueusement à l'organisme { $acronym } de préparer et de publier une édition en { $language } de la norme { $standard }, soit sous la forme d'une adoption nationale, soit sous celle d'une traduction vendue aux côtés du texte international, et d'en informer les futurs utilisateurs dès sa parution.
letter-translate-ask-exists = Je remercie l'organisme { $acronym } d'avoir rendu la norme { $edition } disponible en { $language }. Je vous demande respectueusement de la faire largement connaître auprès des acheteurs, des fournisseurs et des agents publics { $in_country }, et de la maintenir en cohérence avec le texte international lors de la prochaine révision de la norme par l'ISO.
letter-translate-closing = Je vous remercie de l'attention que vous porterez à cette demande. Une fois la traduction publiée, je contribuerai volontiers à la faire connaître { $in_country }.
letter-sign-off = Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = dans votre pays ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, le { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = votre organisme national de normalisation
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = votre pays
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = dans votre pays
open-letter-generic-deadline = la date de clôture du vote
open-letter-generic-committee = le comité de l'ISO responsable de la norme
