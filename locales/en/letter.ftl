# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = English
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
letter-subject-review = Request to vote to confirm { $standard } in its systematic review
letter-subject-adopt = { $country_kind ->
    [territory] Request to adopt { $standard } as a standard of { $country }
   *[country] Request to adopt { $standard } as a national standard of { $country }
}
letter-subject-translate = Request to publish { $standard } in { $language }
letter-subject-translate-exists = Making { $edition }, the { $language } edition of { $standard }, widely known
letter-greeting = Dear Sir or Madam,
letter-review-opening = I am writing to you about { $has_title ->
    [yes] { $standard }, { $title },
   *[no] { $standard }
} and the vote that { $body } casts in its systematic review. I would like to ask you to vote to confirm the standard as it stands.
letter-review-why = ISO 20400 gives organisations of every size and sector a shared framework for buying sustainably: it shows how to weigh the environmental, social and economic effects of what they buy across the whole supply chain, and how to build that into policy, process and everyday practice. Since it was published, climate change, the circular economy, human rights and business ethics have moved to the top of the agenda, and supply chains are where much of that work is done. The standard was written for exactly these questions and remains a sound framework for them.
letter-review-evidence = { $adopted ->
    [0] At its last systematic review, completed on { $confirmed }, ISO confirmed the standard without changes.
    [one] At least { $adopted } national standards body has adopted it as a national standard, and its last systematic review, completed on { $confirmed }, confirmed it without changes.
   *[other] At least { $adopted } national standards bodies have adopted it as a national standard, and its last systematic review, completed on { $confirmed }, confirmed it without changes.
}
letter-review-ask = { $has_deadline ->
    [yes] The current ballot closes on { $deadline }. Revising the standard would take years of committee work; that time is far better spent helping organisations apply the guidance it already gives. I therefore respectfully ask { $acronym } to vote to confirm { $standard }.
    [due] The next systematic review of the standard is due by { $due_by }. Revising the standard would take years of committee work; that time is far better spent helping organisations apply the guidance it already gives. I therefore respectfully ask { $acronym } to vote to confirm { $standard } when the ballot opens.
   *[other] Revising the standard would take years of committee work; that time is far better spent helping organisations apply the guidance it already gives. I therefore respectfully ask { $acronym } to vote to confirm { $standard } when the ballot opens.
}
letter-review-closing = Thank you for considering this request. I would be glad to know how { $acronym } intends to vote, and to share what I know of how the standard is used { $in_country }.
letter-adopt-opening = I am writing to ask { $body } to adopt { $has_title ->
    [yes] { $standard }, { $title },
   *[no] { $standard }
} { $country_kind ->
    [territory] as a standard of { $country }.
   *[country] as a national standard of { $country }.
}
letter-adopt-why = Public bodies and companies spend a large share of national income on goods, works and services, and how they buy shapes working conditions, emissions and local economies far down their supply chains. ISO 20400 gives them internationally agreed guidance for taking these effects into account: from a procurement policy and the commitment of leadership to the choice of suppliers and the management of contracts. It applies to organisations of any size and sector, public or private.
letter-adopt-evidence = { $adopted ->
    [0] ISO confirmed the standard at its last systematic review, completed on { $confirmed }, so it is current and stable.
    [one] At least { $adopted } national standards body has already adopted it, and ISO confirmed it at its last systematic review, completed on { $confirmed }, so it is current and stable.
   *[other] At least { $adopted } national standards bodies have already adopted it, and ISO confirmed it at its last systematic review, completed on { $confirmed }, so it is current and stable.
}
letter-adopt-ask = An adoption identical to the international text would give buyers and suppliers { $in_country } a recognised reference that public tenders and company policies can cite, and would make it easier to align with trading partners who already use it. I respectfully ask { $acronym } to start the adoption of { $standard } and, where possible, to publish it in { $language }.
letter-adopt-ask-in-progress = I understand that { $acronym } has already begun the adoption of { $standard }. An edition identical to the international text would give buyers and suppliers { $in_country } a recognised reference that public tenders and company policies can cite. I respectfully ask { $acronym } to complete the adoption and publish the standard, where possible in { $language }, and to let those who would use it know when it is available.
letter-adopt-closing = Thank you for considering this request. I would welcome the chance to tell you more about the interest in the standard { $in_country }, and to hear what the next steps could be.
letter-translate-opening = I am writing to ask { $body } to make { $has_title ->
    [yes] { $standard }, { $title },
   *[no] { $standard }
} available in { $language }.
letter-translate-opening-exists = I am writing to you about { $edition }, the { $language } edition of { $has_title ->
    [yes] { $standard }, { $title },
   *[no] { $standard },
} that { $acronym } publishes.
letter-translate-why = Sustainable procurement is the daily work of buyers, suppliers, contract managers and public officials, many of whom read guidance only in their own language. ISO 20400 exists in ISO's official English and French editions and in an official Spanish translation; for people { $in_country } who work in { $language }, a national edition would turn an international text into a practical tool they can share with their teams and suppliers.
letter-translate-why-exists = Sustainable procurement is the daily work of buyers, suppliers, contract managers and public officials, many of whom read guidance only in their own language. With { $edition }, people { $in_country } who work in { $language } already have the standard in their own language; what matters now is that they know it exists and put it to use with their teams and suppliers.
letter-translate-evidence = { $adopted ->
    [0] ISO confirmed the standard at its last systematic review, completed on { $confirmed }, so a translation made now will stay useful for years.
    [one] At least { $adopted } national standards body has adopted it, and ISO confirmed it at its last systematic review, completed on { $confirmed }, so a translation made now will stay useful for years.
   *[other] At least { $adopted } national standards bodies have adopted it, and ISO confirmed it at its last systematic review, completed on { $confirmed }, so a translation made now will stay useful for years.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO confirmed the standard at its last systematic review, completed on { $confirmed }, so { $edition } will stay current for years.
    [one] At least { $adopted } national standards body has adopted it, and ISO confirmed it at its last systematic review, completed on { $confirmed }, so { $edition } will stay current for years.
   *[other] At least { $adopted } national standards bodies have adopted it, and ISO confirmed it at its last systematic review, completed on { $confirmed }, so { $edition } will stay current for years.
}
letter-translate-ask = I respectfully ask { $acronym } to prepare and publish a { $language } edition of { $standard }, either as a national adoption or as a translation sold alongside the international text, and to let those who would use it know when it is available.
letter-translate-ask-exists = I thank { $acronym } for making { $edition } available in { $language }. I respectfully ask you to make it widely known to buyers, suppliers and public officials { $in_country }, and to keep it in step with the international text when ISO next revises the standard.
letter-translate-closing = Thank you for considering this request. I would be glad to help make the translation known { $in_country } once it is published.
letter-sign-off = Yours faithfully,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = in your country ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = your national standards body
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = your country
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = in your country
open-letter-generic-deadline = the ballot's closing date
open-letter-generic-committee = the ISO committee responsible for the standard
