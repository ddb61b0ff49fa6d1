# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Français
# Writing direction: ltr or rtl.
locale-direction = ltr

## The letters. A formal register fit for writing to a national institution.
## Placeables: $body (the body's full name), $acronym (short name, or full name when no
## acronym is known), $country, $standard (ISO 20400:2017), $title (the standard's title in
## this language when an official one is recorded, otherwise in English), $language (the
## country's main language, in this language), $adopted (how many national adoptions
## Quorum records), $confirmed (date the last systematic review was completed),
## $deadline (date the current ballot closes), $due_by (no ballot open: the date the next
## systematic review is due, five years after the last confirmation) and $has_deadline
## (yes: a ballot is open; due: none is, the review is due by $due_by; no: neither is known).
letter-subject-review = Demande de vote en faveur de la confirmation de la norme { $standard } lors de son examen systématique
letter-subject-adopt = Demande d'adoption de la norme { $standard } en tant que norme nationale ({ $country })
letter-subject-translate = Demande de publication de la norme { $standard } en { $language }
letter-subject-translate-exists = Faire largement connaître { $edition }, l'édition en { $language } de la norme { $standard }
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

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = votre organisme national de normalisation
open-letter-generic-country = votre pays
open-letter-generic-deadline = la date de clôture du vote
open-letter-generic-committee = le comité de l'ISO responsable de la norme
