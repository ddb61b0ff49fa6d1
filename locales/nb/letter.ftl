# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Norsk bokmål
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
letter-subject-review = Anmodning om å stemme for å bekrefte { $standard } ved den systematiske revurderingen
letter-subject-adopt = { $country_kind ->
    [territory] Anmodning om å fastsette { $standard } som standard for { $country }
   *[country] Anmodning om å fastsette { $standard } som nasjonal standard for { $country }
}
letter-subject-translate = Anmodning om å utgi { $standard } på { $language }
letter-subject-translate-exists = Anmodning om å gjøre { $edition }, utgaven av { $standard } på { $language }, bredt kjent
letter-greeting = Til den det gjelder
letter-review-opening = Jeg skriver til dere angående { $has_title ->
    [yes] { $standard }, «{ $title }»,
   *[no] { $standard }
} og stemmen som { $body } avgir ved den systematiske revurderingen av standarden. Jeg vil be dere om å stemme for å bekrefte standarden slik den foreligger.
letter-review-why = ISO 20400 gir virksomheter av alle størrelser og i alle sektorer et felles rammeverk for bærekraftige anskaffelser: standarden viser hvordan de kan vekte de miljømessige, sosiale og økonomiske virkningene av det de kjøper, gjennom hele leverandørkjeden, og hvordan dette kan bygges inn i retningslinjer, prosesser og daglig praksis. Siden standarden ble utgitt, har klimaendringer, sirkulærøkonomi, menneskerettigheter og forretningsetikk kommet øverst på dagsordenen, og mye av dette arbeidet skjer nettopp i leverandørkjedene. Standarden ble skrevet for akkurat disse spørsmålene og er fortsatt et solid rammeverk for dem.
letter-review-evidence = { $adopted ->
    [0] Ved den siste systematiske revurderingen, som ble avsluttet den { $confirmed }, bekreftet ISO standarden uten endringer.
    [one] Minst { $adopted } nasjonalt standardiseringsorgan har fastsatt standarden som nasjonal standard, og ved den siste systematiske revurderingen, som ble avsluttet den { $confirmed }, ble den bekreftet uten endringer.
   *[other] Minst { $adopted } nasjonale standardiseringsorganer har fastsatt standarden som nasjonal standard, og ved den siste systematiske revurderingen, som ble avsluttet den { $confirmed }, ble den bekreftet uten endringer.
}
letter-review-ask = { $has_deadline ->
    [yes] Den pågående avstemningen avsluttes den { $deadline }. En revisjon av standarden ville kreve flere års komitéarbeid; den tiden er langt bedre brukt på å hjelpe virksomheter med å ta i bruk veiledningen som standarden allerede gir. Jeg ber derfor { $acronym } om å stemme for å bekrefte { $standard }.
    [due] Den neste systematiske revurderingen av standarden skal gjennomføres senest den { $due_by }. En revisjon av standarden ville kreve flere års komitéarbeid; den tiden er langt bedre brukt på å hjelpe virksomheter med å ta i bruk veiledningen som standarden allerede gir. Jeg ber derfor { $acronym } om å stemme for å bekrefte { $standard } når avstemningen åpner.
   *[other] En revisjon av standarden ville kreve flere års komitéarbeid; den tiden er langt bedre brukt på å hjelpe virksomheter med å ta i bruk veiledningen som standarden allerede gir. Jeg ber derfor { $acronym } om å stemme for å bekrefte { $standard } når avstemningen åpner.
}
letter-review-closing = Takk for at dere vil vurdere denne anmodningen. Jeg vil gjerne vite hvordan { $acronym } har tenkt å stemme, og jeg deler gjerne det jeg vet om hvordan standarden brukes { $in_country }.
letter-adopt-opening = Jeg skriver for å be { $body } om å fastsette { $has_title ->
    [yes] { $standard }, «{ $title }»,
   *[no] { $standard }
} { $country_kind ->
    [territory] som standard for { $country }.
   *[country] som nasjonal standard for { $country }.
}
letter-adopt-why = Offentlige virksomheter og bedrifter bruker en stor del av nasjonalinntekten på varer, bygge- og anleggsarbeider og tjenester, og måten de kjøper inn på, påvirker arbeidsforhold, utslipp og lokale økonomier langt ned i leverandørkjedene. ISO 20400 gir dem internasjonalt omforent veiledning for å ta hensyn til disse virkningene: fra anskaffelsespolicy og ledelsens forpliktelse til valg av leverandører og kontraktsoppfølging. Standarden kan brukes av virksomheter av alle størrelser og i alle sektorer, både offentlige og private.
letter-adopt-evidence = { $adopted ->
    [0] ISO bekreftet standarden ved den siste systematiske revurderingen, som ble avsluttet den { $confirmed }; standarden er dermed aktuell og stabil.
    [one] Minst { $adopted } nasjonalt standardiseringsorgan har allerede fastsatt standarden, og ISO bekreftet den ved den siste systematiske revurderingen, som ble avsluttet den { $confirmed }; standarden er dermed aktuell og stabil.
   *[other] Minst { $adopted } nasjonale standardiseringsorganer har allerede fastsatt standarden, og ISO bekreftet den ved den siste systematiske revurderingen, som ble avsluttet den { $confirmed }; standarden er dermed aktuell og stabil.
}
letter-adopt-ask = En fastsettelse med en tekst som er identisk med den internasjonale, ville gi innkjøpere og leverandører { $in_country } en anerkjent referanse som offentlige anskaffelser og bedrifters retningslinjer kan vise til, og ville gjøre det lettere å samordne seg med handelspartnere som allerede bruker standarden. Jeg ber { $acronym } om å sette i gang fastsettelsen av { $standard } og om mulig utgi standarden på { $language }.
letter-adopt-ask-in-progress = Jeg forstår det slik at { $acronym } allerede har satt i gang fastsettelsen av { $standard }. En utgave som er identisk med den internasjonale teksten, ville gi innkjøpere og leverandører { $in_country } en anerkjent referanse som offentlige anskaffelser og bedrifters retningslinjer kan vise til. Jeg ber { $acronym } om å fullføre fastsettelsen og utgi standarden, om mulig på { $language }, og om å gi beskjed til dem som skal bruke den, når den er tilgjengelig.
letter-adopt-closing = Takk for at dere vil vurdere denne anmodningen. Jeg forteller gjerne mer om interessen for standarden { $in_country } og vil gjerne høre hva de neste stegene kan være.
letter-translate-opening = Jeg skriver for å be { $body } om å gjøre { $has_title ->
    [yes] { $standard }, «{ $title }»,
   *[no] { $standard }
} tilgjengelig på { $language }.
letter-translate-opening-exists = Jeg skriver til dere angående { $edition }, utgaven på { $language } av { $has_title ->
    [yes] { $standard }, «{ $title }»,
   *[no] { $standard },
} som { $acronym } utgir.
letter-translate-why = Bærekraftige anskaffelser er det daglige arbeidet til innkjøpere, leverandører, kontraktsforvaltere og offentlig ansatte, og mange av dem leser veiledninger bare på sitt eget språk. ISO 20400 finnes i offisielle utgaver fra ISO på engelsk og fransk og i en offisiell spansk oversettelse; for dem { $in_country } som arbeider på { $language }, ville en nasjonal utgave gjøre en internasjonal tekst til et praktisk verktøy som de kan dele med kolleger og leverandører.
letter-translate-why-exists = Bærekraftige anskaffelser er det daglige arbeidet til innkjøpere, leverandører, kontraktsforvaltere og offentlig ansatte, og mange av dem leser veiledninger bare på sitt eget språk. Med { $edition } har de { $in_country } som arbeider på { $language }, allerede standarden på sitt eget språk; nå gjelder det at de vet at den finnes, og tar den i bruk sammen med kolleger og leverandører.
letter-translate-evidence = { $adopted ->
    [0] ISO bekreftet standarden ved den siste systematiske revurderingen, som ble avsluttet den { $confirmed }, så en oversettelse som lages nå, vil være nyttig i mange år.
    [one] Minst { $adopted } nasjonalt standardiseringsorgan har fastsatt standarden, og ISO bekreftet den ved den siste systematiske revurderingen, som ble avsluttet den { $confirmed }, så en oversettelse som lages nå, vil være nyttig i mange år.
   *[other] Minst { $adopted } nasjonale standardiseringsorganer har fastsatt standarden, og ISO bekreftet den ved den siste systematiske revurderingen, som ble avsluttet den { $confirmed }, så en oversettelse som lages nå, vil være nyttig i mange år.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO bekreftet standarden ved den siste systematiske revurderingen, som ble avsluttet den { $confirmed }, så { $edition } vil være aktuell i mange år.
    [one] Minst { $adopted } nasjonalt standardiseringsorgan har fastsatt standarden, og ISO bekreftet den ved den siste systematiske revurderingen, som ble avsluttet den { $confirmed }, så { $edition } vil være aktuell i mange år.
   *[other] Minst { $adopted } nasjonale standardiseringsorganer har fastsatt standarden, og ISO bekreftet den ved den siste systematiske revurderingen, som ble avsluttet den { $confirmed }, så { $edition } vil være aktuell i mange år.
}
letter-translate-ask = Jeg ber { $acronym } om å utarbeide og utgi en utgave av { $standard } på { $language }, enten som nasjonal fastsettelse eller som en oversettelse som selges sammen med den internasjonale teksten, og om å gi beskjed til dem som skal bruke den, når den er tilgjengelig.
letter-translate-ask-exists = Jeg takker { $acronym } for at { $edition } er gjort tilgjengelig på { $language }. Jeg ber dere om å gjøre utgaven bredt kjent blant innkjøpere, leverandører og offentlig ansatte { $in_country }, og om å holde den i samsvar med den internasjonale teksten når ISO neste gang reviderer standarden.
letter-translate-closing = Takk for at dere vil vurdere denne anmodningen. Jeg bidrar gjerne til å gjøre oversettelsen kjent { $in_country } når den er utgitt.
letter-sign-off = Med vennlig hilsen
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = i deres land ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = deres nasjonale standardiseringsorgan
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = deres land
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = i deres land
open-letter-generic-deadline = fristen for avstemningen
open-letter-generic-committee = ISO-komiteen som er ansvarlig for standarden
