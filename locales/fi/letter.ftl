# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Suomi
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
letter-subject-review = Pyyntö äänestää määräaikaistarkastuksessa standardin { $standard } vahvistamisen puolesta
letter-subject-adopt = { $country_kind ->
    [territory] Pyyntö vahvistaa { $standard } alueen standardiksi ({ $country })
   *[country] Pyyntö vahvistaa { $standard } kansalliseksi standardiksi ({ $country })
}
letter-subject-translate = Pyyntö julkaista { $standard } kansalliskielellä ({ $language })
letter-subject-translate-exists = Pyyntö tehdä laajasti tunnetuksi julkaisu { $edition }, standardin { $standard } kieliversio ({ $language })
letter-greeting = Arvoisa vastaanottaja,
letter-review-opening = Kirjoitan teille standardista { $has_title ->
    [yes] { $standard } ”{ $title }”
   *[no] { $standard }
} ja äänestä, jonka { $body } antaa standardin määräaikaistarkastuksessa. Pyydän teitä äänestämään sen puolesta, että standardi vahvistetaan ennallaan.
letter-review-why = ISO 20400 tarjoaa kaikenkokoisille ja kaikkien alojen organisaatioille yhteisen viitekehyksen kestäville hankinnoille: se osoittaa, miten hankintojen ympäristöön, yhteiskuntaan ja talouteen kohdistuvia vaikutuksia arvioidaan koko toimitusketjussa ja miten tämä sisällytetään toimintaperiaatteisiin, prosesseihin ja päivittäiseen käytäntöön. Standardin julkaisemisen jälkeen ilmastonmuutos, kiertotalous, ihmisoikeudet ja liiketoiminnan etiikka ovat nousseet asialistan kärkeen, ja suuri osa tästä työstä tehdään juuri toimitusketjuissa. Standardi laadittiin nimenomaan näitä kysymyksiä varten, ja se on edelleen niihin toimiva viitekehys.
letter-review-evidence = { $adopted ->
    [0] ISO vahvisti standardin ennallaan viimeisimmässä määräaikaistarkastuksessa, joka päättyi { $confirmed }.
    [one] Ainakin { $adopted } kansallinen standardointielin on vahvistanut sen kansalliseksi standardiksi, ja viimeisimmässä määräaikaistarkastuksessa, joka päättyi { $confirmed }, standardi vahvistettiin ennallaan.
   *[other] Ainakin { $adopted } kansallista standardointielintä on vahvistanut sen kansalliseksi standardiksi, ja viimeisimmässä määräaikaistarkastuksessa, joka päättyi { $confirmed }, standardi vahvistettiin ennallaan.
}
letter-review-ask = { $has_deadline ->
    [yes] Käynnissä oleva äänestys päättyy { $deadline }. Standardin uudistaminen vaatisi vuosien työn komiteassa; tuo aika käytetään paljon paremmin auttamalla organisaatioita soveltamaan ohjeita, joita standardi jo antaa. Pyydän siksi kunnioittavasti, että { $acronym } äänestäisi standardin { $standard } vahvistamisen puolesta.
    [due] Standardin seuraava määräaikaistarkastus on tehtävä viimeistään { $due_by }. Standardin uudistaminen vaatisi vuosien työn komiteassa; tuo aika käytetään paljon paremmin auttamalla organisaatioita soveltamaan ohjeita, joita standardi jo antaa. Pyydän siksi kunnioittavasti, että { $acronym } äänestäisi standardin { $standard } vahvistamisen puolesta, kun äänestys alkaa.
   *[other] Standardin uudistaminen vaatisi vuosien työn komiteassa; tuo aika käytetään paljon paremmin auttamalla organisaatioita soveltamaan ohjeita, joita standardi jo antaa. Pyydän siksi kunnioittavasti, että { $acronym } äänestäisi standardin { $standard } vahvistamisen puolesta, kun äänestys alkaa.
}
letter-review-closing = Kiitän teitä pyyntöni huomioimisesta. Olisin kiitollinen tiedosta, miten { $acronym } aikoo äänestää, ja kerron mielelläni, mitä tiedän standardin käytöstä { $in_country }.
letter-adopt-opening = Pyydän, että { $body } vahvistaisi standardin { $has_title ->
    [yes] { $standard } ”{ $title }”
   *[no] { $standard }
} { $country_kind ->
    [territory] alueenne ({ $country }) standardiksi.
   *[country] maanne ({ $country }) kansalliseksi standardiksi.
}
letter-adopt-why = Julkiset hankintayksiköt ja yritykset käyttävät suuren osan kansantulosta tavaroihin, palveluihin ja rakennusurakoihin, ja se, miten ne hankkivat, vaikuttaa työoloihin, päästöihin ja paikallistalouteen aina toimitusketjujen kaukaisimpiin lenkkeihin asti. ISO 20400 antaa niille kansainvälisesti sovitut ohjeet näiden vaikutusten huomioon ottamiseen hankintalinjauksista ja johdon sitoutumisesta toimittajien valintaan ja sopimusten hallintaan. Standardi soveltuu kaikenkokoisille ja kaikkien alojen organisaatioille, niin julkisille kuin yksityisille.
letter-adopt-evidence = { $adopted ->
    [0] ISO vahvisti standardin ennallaan viimeisimmässä määräaikaistarkastuksessa, joka päättyi { $confirmed }, joten standardi on ajantasainen ja vakiintunut.
    [one] Ainakin { $adopted } kansallinen standardointielin on jo vahvistanut sen kansalliseksi standardiksi, ja ISO vahvisti sen ennallaan viimeisimmässä määräaikaistarkastuksessa, joka päättyi { $confirmed }, joten standardi on ajantasainen ja vakiintunut.
   *[other] Ainakin { $adopted } kansallista standardointielintä on jo vahvistanut sen kansalliseksi standardiksi, ja ISO vahvisti sen ennallaan viimeisimmässä määräaikaistarkastuksessa, joka päättyi { $confirmed }, joten standardi on ajantasainen ja vakiintunut.
}
letter-adopt-ask = Kansainvälisen tekstin kanssa identtisenä vahvistettu standardi antaisi hankkijoille ja toimittajille { $in_country } tunnustetun vertailukohdan, johon julkiset tarjouspyynnöt ja yritysten toimintaperiaatteet voivat viitata, ja helpottaisi yhteensovittamista niiden kauppakumppanien kanssa, jotka jo käyttävät standardia. Pyydän kunnioittavasti, että { $acronym } aloittaisi standardin { $standard } vahvistamisen ja julkaisisi sen mahdollisuuksien mukaan kansalliskielellä ({ $language }).
letter-adopt-ask-in-progress = Käsitykseni mukaan { $acronym } on jo aloittanut standardin { $standard } vahvistamisen. Kansainvälisen tekstin kanssa identtinen julkaisu antaisi hankkijoille ja toimittajille { $in_country } tunnustetun vertailukohdan, johon julkiset tarjouspyynnöt ja yritysten toimintaperiaatteet voivat viitata. Pyydän kunnioittavasti, että { $acronym } saattaisi vahvistamisen päätökseen, julkaisisi standardin mahdollisuuksien mukaan kansalliskielellä ({ $language }) ja ilmoittaisi sen tuleville käyttäjille, kun standardi on saatavilla.
letter-adopt-closing = Kiitän teitä pyyntöni huomioimisesta. Kertoisin mielelläni tarkemmin, millaista kiinnostusta standardia kohtaan { $in_country } on, ja kuulisin, mitkä voisivat olla seuraavat askeleet.
letter-translate-opening = Pyydän, että { $body } saattaisi standardin { $has_title ->
    [yes] { $standard } ”{ $title }”
   *[no] { $standard }
} saataville kansalliskielellä ({ $language }).
letter-translate-opening-exists = Kirjoitan teille julkaisusta { $edition }, jota { $acronym } julkaisee ja joka on standardin { $has_title ->
    [yes] { $standard } ”{ $title }”
   *[no] { $standard }
} kieliversio ({ $language }).
letter-translate-why = Kestävät hankinnat ovat hankkijoiden, toimittajien, sopimushallinnasta vastaavien ja julkishallinnon virkahenkilöiden päivittäistä työtä, ja monet heistä lukevat ohjeita vain omalla kielellään. ISO 20400 on saatavilla ISOn virallisina englannin- ja ranskankielisinä laitoksina sekä virallisena espanjankielisenä käännöksenä. Niille { $in_country } työskenteleville, joiden työkieli on { $language }, kansallinen laitos tekisi kansainvälisestä tekstistä käytännön työkalun, jonka he voivat jakaa tiimiensä ja toimittajiensa kanssa.
letter-translate-why-exists = Kestävät hankinnat ovat hankkijoiden, toimittajien, sopimushallinnasta vastaavien ja julkishallinnon virkahenkilöiden päivittäistä työtä, ja monet heistä lukevat ohjeita vain omalla kielellään. Julkaisun { $edition } ansiosta niillä { $in_country } työskentelevillä, joiden työkieli on { $language }, on standardi jo omalla kielellään; nyt on tärkeää, että he tietävät sen olemassaolosta ja ottavat sen käyttöön yhdessä tiimiensä ja toimittajiensa kanssa.
letter-translate-evidence = { $adopted ->
    [0] ISO vahvisti standardin ennallaan viimeisimmässä määräaikaistarkastuksessa, joka päättyi { $confirmed }, joten nyt tehty käännös pysyy hyödyllisenä vuosien ajan.
    [one] Ainakin { $adopted } kansallinen standardointielin on vahvistanut sen kansalliseksi standardiksi, ja ISO vahvisti sen ennallaan viimeisimmässä määräaikaistarkastuksessa, joka päättyi { $confirmed }, joten nyt tehty käännös pysyy hyödyllisenä vuosien ajan.
   *[other] Ainakin { $adopted } kansallista standardointielintä on vahvistanut sen kansalliseksi standardiksi, ja ISO vahvisti sen ennallaan viimeisimmässä määräaikaistarkastuksessa, joka päättyi { $confirmed }, joten nyt tehty käännös pysyy hyödyllisenä vuosien ajan.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO vahvisti standardin ennallaan viimeisimmässä määräaikaistarkastuksessa, joka päättyi { $confirmed }, joten { $edition } pysyy ajantasaisena vuosien ajan.
    [one] Ainakin { $adopted } kansallinen standardointielin on vahvistanut sen kansalliseksi standardiksi, ja ISO vahvisti sen ennallaan viimeisimmässä määräaikaistarkastuksessa, joka päättyi { $confirmed }, joten { $edition } pysyy ajantasaisena vuosien ajan.
   *[other] Ainakin { $adopted } kansallista standardointielintä on vahvistanut sen kansalliseksi standardiksi, ja ISO vahvisti sen ennallaan viimeisimmässä määräaikaistarkastuksessa, joka päättyi { $confirmed }, joten { $edition } pysyy ajantasaisena vuosien ajan.
}
letter-translate-ask = Pyydän kunnioittavasti, että { $acronym } laatisi ja julkaisisi standardista { $standard } käännöksen kansalliskielelle ({ $language }) joko kansallisena standardina tai kansainvälisen tekstin rinnalla myytävänä käännöksenä ja ilmoittaisi sen tuleville käyttäjille, kun käännös on saatavilla.
letter-translate-ask-exists = Kiitän siitä, että { $acronym } on saattanut julkaisun { $edition } saataville kansalliskielellä ({ $language }). Pyydän kunnioittavasti, että tekisitte sen laajasti tunnetuksi hankkijoiden, toimittajien ja julkishallinnon virkahenkilöiden keskuudessa { $in_country } ja pitäisitte sen yhdenmukaisena kansainvälisen tekstin kanssa, kun ISO seuraavan kerran uudistaa standardin.
letter-translate-closing = Kiitän teitä pyyntöni huomioimisesta. Autan mielelläni tekemään käännöksen tunnetuksi { $in_country }, kun se on julkaistu.
letter-sign-off = Kunnioittavasti
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = maassanne ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = kansallinen standardointielimenne
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = maanne
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = maassanne
open-letter-generic-deadline = äänestyksen päättymispäivä
open-letter-generic-committee = standardista vastaava ISO-komitea
