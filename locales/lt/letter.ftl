# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Lietuvių
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
letter-subject-review = Prašymas sisteminės peržiūros metu balsuoti už standarto { $standard } patvirtinimą
letter-subject-adopt = { $country_kind ->
    [territory] Prašymas perimti standartą { $standard } – { $country }
   *[country] Prašymas perimti standartą { $standard } kaip nacionalinį standartą – { $country }
}
letter-subject-translate = Prašymas išleisti standartą { $standard } { $language } kalba
letter-subject-translate-exists = Prašymas plačiai skleisti žinią apie { $edition } – standarto { $standard } leidimą { $language } kalba
letter-greeting = Gerbiamieji,
letter-review-opening = Kreipiuosi į Jus dėl standarto { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} ir balso, kurį { $body } atiduos per jo sisteminę peržiūrą. Prašau Jūsų balsuoti už tai, kad standartas būtų patvirtintas nekeičiant jo teksto.
letter-review-why = ISO 20400 suteikia bet kokio dydžio ir bet kurio sektoriaus organizacijoms bendrą tvarių pirkimų pagrindą: jame parodyta, kaip įvertinti pirkimų poveikį aplinkai, visuomenei ir ekonomikai visoje tiekimo grandinėje ir kaip tai įtraukti į politiką, procesus ir kasdienę praktiką. Nuo standarto paskelbimo klimato kaita, žiedinė ekonomika, žmogaus teisės ir verslo etika tapo svarbiausiais darbotvarkės klausimais, o didelė šio darbo dalis vyksta būtent tiekimo grandinėse. Standartas buvo parengtas būtent šiems klausimams ir tebėra patikimas pagrindas jiems spręsti.
letter-review-evidence = { $adopted ->
    [0] ISO per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, patvirtino standartą be pakeitimų.
    [one] Bent { $adopted } nacionalinė standartizacijos institucija jį perėmė kaip nacionalinį standartą, o per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, jis buvo patvirtintas be pakeitimų.
    [few] Bent { $adopted } nacionalinės standartizacijos institucijos jį perėmė kaip nacionalinį standartą, o per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, jis buvo patvirtintas be pakeitimų.
    [many] Bent { $adopted } nacionalinės standartizacijos institucijos jį perėmė kaip nacionalinį standartą, o per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, jis buvo patvirtintas be pakeitimų.
   *[other] Bent { $adopted } nacionalinių standartizacijos institucijų jį perėmė kaip nacionalinį standartą, o per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, jis buvo patvirtintas be pakeitimų.
}
letter-review-ask = { $has_deadline ->
    [yes] Šiuo metu vykstantis balsavimas baigiasi { $deadline }. Standarto keitimas pareikalautų kelerių metų komiteto darbo; tą laiką kur kas naudingiau skirti tam, kad organizacijoms būtų padedama taikyti jame jau pateiktas gaires. Todėl pagarbiai prašau, kad { $acronym } balsuotų už standarto { $standard } patvirtinimą.
    [due] Kita standarto sisteminė peržiūra turi būti atlikta iki { $due_by }. Standarto keitimas pareikalautų kelerių metų komiteto darbo; tą laiką kur kas naudingiau skirti tam, kad organizacijoms būtų padedama taikyti jame jau pateiktas gaires. Todėl pagarbiai prašau, kad { $acronym } balsuotų už standarto { $standard } patvirtinimą, kai prasidės balsavimas.
   *[other] Standarto keitimas pareikalautų kelerių metų komiteto darbo; tą laiką kur kas naudingiau skirti tam, kad organizacijoms būtų padedama taikyti jame jau pateiktas gaires. Todėl pagarbiai prašau, kad { $acronym } balsuotų už standarto { $standard } patvirtinimą, kai prasidės balsavimas.
}
letter-review-closing = Dėkoju, kad skiriate dėmesio šiam prašymui. Norėčiau sužinoti, kaip { $acronym } ketina balsuoti, ir mielai pasidalysiu tuo, ką žinau apie standarto taikymą { $in_country }.
letter-adopt-opening = Šiuo laišku prašau, kad { $body } perimtų standartą { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} { $country_kind ->
    [territory] ir kad tokiu būdu savo tvarių pirkimų standartą turėtų { $country }.
   *[country] kaip nacionalinį standartą ir kad tokiu būdu savo nacionalinį tvarių pirkimų standartą turėtų { $country }.
}
letter-adopt-why = Viešojo sektoriaus subjektai ir įmonės didelę nacionalinių pajamų dalį išleidžia prekėms, darbams ir paslaugoms, o tai, kaip jie perka, daro įtaką darbo sąlygoms, išmetamųjų teršalų kiekiui ir vietos ekonomikai visoje tiekimo grandinėje, net ir tolimiausiose jos dalyse. ISO 20400 pateikia jiems tarptautiniu mastu suderintas gaires, kaip atsižvelgti į šį poveikį: nuo pirkimų politikos ir vadovybės įsipareigojimo iki tiekėjų atrankos ir sutarčių valdymo. Standartas taikomas bet kokio dydžio ir bet kurio sektoriaus – tiek viešojo, tiek privačiojo – organizacijoms.
letter-adopt-evidence = { $adopted ->
    [0] ISO patvirtino standartą per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, todėl jis yra aktualus ir stabilus.
    [one] Bent { $adopted } nacionalinė standartizacijos institucija jį jau perėmė, o ISO jį patvirtino per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, todėl standartas yra aktualus ir stabilus.
    [few] Bent { $adopted } nacionalinės standartizacijos institucijos jį jau perėmė, o ISO jį patvirtino per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, todėl standartas yra aktualus ir stabilus.
    [many] Bent { $adopted } nacionalinės standartizacijos institucijos jį jau perėmė, o ISO jį patvirtino per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, todėl standartas yra aktualus ir stabilus.
   *[other] Bent { $adopted } nacionalinių standartizacijos institucijų jį jau perėmė, o ISO jį patvirtino per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, todėl standartas yra aktualus ir stabilus.
}
letter-adopt-ask = Tarptautiniam tekstui tapatus standarto perėmimas suteiktų pirkėjams ir tiekėjams { $in_country } pripažintą atskaitos dokumentą, kuriuo galėtų remtis viešųjų pirkimų dokumentai ir įmonių politika, be to, palengvintų derinimąsi su prekybos partneriais, kurie šį standartą jau taiko. Pagarbiai prašau, kad { $acronym } pradėtų standarto { $standard } perėmimą ir, jei įmanoma, išleistų jį { $language } kalba.
letter-adopt-ask-in-progress = Kiek žinau, { $acronym } jau pradėjo standarto { $standard } perėmimą. Tarptautiniam tekstui tapatus leidimas suteiktų pirkėjams ir tiekėjams { $in_country } pripažintą atskaitos dokumentą, kuriuo galėtų remtis viešųjų pirkimų dokumentai ir įmonių politika. Pagarbiai prašau, kad { $acronym } užbaigtų perėmimą, išleistų standartą, jei įmanoma, { $language } kalba ir informuotų būsimus jo naudotojus, kai jis bus prieinamas.
letter-adopt-closing = Dėkoju, kad skiriate dėmesio šiam prašymui. Mielai išsamiau papasakočiau apie susidomėjimą šiuo standartu { $in_country } ir norėčiau sužinoti, kokie galėtų būti tolesni žingsniai.
letter-translate-opening = Šiuo laišku prašau, kad { $body } sudarytų galimybę naudotis standartu { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} { $language } kalba.
letter-translate-opening-exists = Kreipiuosi į Jus dėl leidinio { $edition }, kurį leidžia { $acronym } ir kuris yra standarto { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} leidimas { $language } kalba.
letter-translate-why = Tvarūs pirkimai – tai kasdienis pirkėjų, tiekėjų, sutarčių vadovų ir valstybės tarnautojų darbas, o daugelis jų gaires skaito tik savo kalba. ISO 20400 yra išleistas oficialiais ISO leidimais anglų ir prancūzų kalbomis, taip pat yra oficialus jo vertimas į ispanų kalbą; žmonėms { $in_country }, dirbantiems { $language } kalba, nacionalinis leidimas paverstų tarptautinį tekstą praktine priemone, kuria jie galėtų dalytis su savo komandomis ir tiekėjais.
letter-translate-why-exists = Tvarūs pirkimai – tai kasdienis pirkėjų, tiekėjų, sutarčių vadovų ir valstybės tarnautojų darbas, o daugelis jų gaires skaito tik savo kalba. Leidinio { $edition } dėka žmonės { $in_country }, dirbantys { $language } kalba, jau turi standartą savo kalba; dabar svarbu, kad jie apie jį žinotų ir taikytų jį darbe su savo komandomis ir tiekėjais.
letter-translate-evidence = { $adopted ->
    [0] ISO patvirtino standartą per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, todėl dabar parengtas vertimas bus naudingas dar daugelį metų.
    [one] Bent { $adopted } nacionalinė standartizacijos institucija jį perėmė, o ISO jį patvirtino per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, todėl dabar parengtas vertimas bus naudingas dar daugelį metų.
    [few] Bent { $adopted } nacionalinės standartizacijos institucijos jį perėmė, o ISO jį patvirtino per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, todėl dabar parengtas vertimas bus naudingas dar daugelį metų.
    [many] Bent { $adopted } nacionalinės standartizacijos institucijos jį perėmė, o ISO jį patvirtino per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, todėl dabar parengtas vertimas bus naudingas dar daugelį metų.
   *[other] Bent { $adopted } nacionalinių standartizacijos institucijų jį perėmė, o ISO jį patvirtino per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, todėl dabar parengtas vertimas bus naudingas dar daugelį metų.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO patvirtino standartą per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, todėl { $edition } išliks aktualus dar daugelį metų.
    [one] Bent { $adopted } nacionalinė standartizacijos institucija jį perėmė, o ISO jį patvirtino per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, todėl { $edition } išliks aktualus dar daugelį metų.
    [few] Bent { $adopted } nacionalinės standartizacijos institucijos jį perėmė, o ISO jį patvirtino per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, todėl { $edition } išliks aktualus dar daugelį metų.
    [many] Bent { $adopted } nacionalinės standartizacijos institucijos jį perėmė, o ISO jį patvirtino per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, todėl { $edition } išliks aktualus dar daugelį metų.
   *[other] Bent { $adopted } nacionalinių standartizacijos institucijų jį perėmė, o ISO jį patvirtino per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, todėl { $edition } išliks aktualus dar daugelį metų.
}
letter-translate-ask = Pagarbiai prašau, kad { $acronym } parengtų ir išleistų standarto { $standard } leidimą { $language } kalba – kaip nacionalinį standartą arba kaip vertimą, parduodamą kartu su tarptautiniu tekstu, – ir informuotų būsimus jo naudotojus, kai jis bus prieinamas.
letter-translate-ask-exists = Dėkoju, kad { $acronym } išleido { $edition } { $language } kalba. Pagarbiai prašau Jūsų plačiai informuoti apie šį leidinį pirkėjus, tiekėjus ir valstybės tarnautojus { $in_country } ir, kai ISO kitą kartą keis standartą, suderinti jį su tarptautiniu tekstu.
letter-translate-closing = Dėkoju, kad skiriate dėmesio šiam prašymui. Kai vertimas bus išleistas, mielai padėsiu skleisti žinią apie jį { $in_country }.
letter-sign-off = Pagarbiai
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = Jūsų šalyje ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = Jūsų nacionalinė standartizacijos institucija
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = Jūsų šalis
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = Jūsų šalyje
open-letter-generic-deadline = balsavimo pabaigos data
open-letter-generic-committee = už standartą atsakingas ISO komitetas
