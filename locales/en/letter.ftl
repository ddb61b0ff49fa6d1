# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = English
# Writing direction: ltr or rtl.
locale-direction = ltr

## The letters. A formal register fit for writing to a national institution.
## Every placeable is inserted as it is, never inflected: write each sentence so that the
## form below is grammatical where it stands (an apposition, a colon or "your country"
## where your grammar would need another case or an article).
## $body: the body's full name as the body writes it (nominative).
## $acronym: its short name (nominative), or the full name when no acronym is known.
## $country: the country's name standing alone, without article (CLDR; nominative).
## $standard: the reference, invariable (ISO 20400:2017).
## $edition: the national edition's designation, invariable (NBR ISO 20400).
## $title: the standard's title as published in this language, or in English (a quotation).
## $language: the country's main language named in this language, in its dictionary form
##   (CLDR: "portugais", "polski").
## $adopted: how many national adoptions Quorum records (a number: plural categories).
## $confirmed: the date the last systematic review was completed (a formatted date).
## $deadline: the date the current ballot closes (a formatted date).
## $due_by: with no ballot open, the date the next systematic review is due by, five years
##   after the last confirmation (a formatted date).
## $has_deadline: yes (a ballot is open), due (none is; the review is due by $due_by), or
##   no (neither is known).
letter-subject-review = Request to vote to confirm { $standard } in its systematic review
letter-subject-adopt = Request to adopt { $standard } as a national standard of { $country }
letter-subject-translate = Request to publish { $standard } in { $language }
letter-subject-translate-exists = Making { $edition }, the { $language } edition of { $standard }, widely known
letter-greeting = Dear Sir or Madam,
letter-review-opening = I am writing to you about { $standard }, { $title }, and the vote that { $body } casts in its systematic review. I would like to ask you to vote to confirm the standard as it stands.
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
letter-review-closing = Thank you for considering this request. I would be glad to know how { $acronym } intends to vote, and to share what I know of how the standard is used in { $country }.
letter-adopt-opening = I am writing to ask { $body } to adopt { $standard }, { $title }, as a national standard of { $country }.
letter-adopt-why = Public bodies and companies spend a large share of national income on goods, works and services, and how they buy shapes working conditions, emissions and local economies far down their supply chains. ISO 20400 gives them internationally agreed guidance for taking these effects into account: from a procurement policy and the commitment of leadership to the choice of suppliers and the management of contracts. It applies to organisations of any size and sector, public or private.
letter-adopt-evidence = { $adopted ->
    [0] ISO confirmed the standard at its last systematic review, completed on { $confirmed }, so it is current and stable.
    [one] At least { $adopted } national standards body has already adopted it, and ISO confirmed it at its last systematic review, completed on { $confirmed }, so it is current and stable.
   *[other] At least { $adopted } national standards bodies have already adopted it, and ISO confirmed it at its last systematic review, completed on { $confirmed }, so it is current and stable.
}
letter-adopt-ask = A national adoption, identical to the international text, would give buyers and suppliers in { $country } a recognised reference that public tenders and company policies can cite, and would make it easier to align with trading partners who already use it. I respectfully ask { $acronym } to start the adoption of { $standard } and, where possible, to publish it in { $language }.
letter-adopt-ask-in-progress = I understand that { $acronym } has already begun the adoption of { $standard }. A national standard identical to the international text would give buyers and suppliers in { $country } a recognised reference that public tenders and company policies can cite. I respectfully ask { $acronym } to complete the adoption and publish the national standard, where possible in { $language }, and to let those who would use it know when it is available.
letter-adopt-closing = Thank you for considering this request. I would welcome the chance to tell you more about the interest in the standard in { $country }, and to hear what the next steps could be.
letter-translate-opening = I am writing to ask { $body } to make { $standard }, { $title }, available in { $language }.
letter-translate-opening-exists = I am writing to you about { $edition }, the { $language } edition of { $standard }, { $title }, that { $acronym } publishes.
letter-translate-why = Sustainable procurement is the daily work of buyers, suppliers, contract managers and public officials, many of whom read guidance only in their own language. ISO 20400 exists in ISO's official English and French editions and in an official Spanish translation; for people in { $country } who work in { $language }, a national edition would turn an international text into a practical tool they can share with their teams and suppliers.
letter-translate-why-exists = Sustainable procurement is the daily work of buyers, suppliers, contract managers and public officials, many of whom read guidance only in their own language. With { $edition }, people in { $country } who work in { $language } already have the standard in their own language; what matters now is that they know it exists and put it to use with their teams and suppliers.
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
letter-translate-ask-exists = I thank { $acronym } for making { $edition } available in { $language }. I respectfully ask you to make it widely known to buyers, suppliers and public officials in { $country }, and to keep it in step with the international text when ISO next revises the standard.
letter-translate-closing = Thank you for considering this request. I would be glad to help make the translation known in { $country } once it is published.
letter-sign-off = Yours faithfully,
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = your national standards body
open-letter-generic-country = your country
open-letter-generic-deadline = the ballot's closing date
open-letter-generic-committee = the ISO committee responsible for the standard
