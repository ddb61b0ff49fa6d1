# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Lietuvių
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
letter-subject-review = Prašymas sisteminės peržiūros metu balsuoti už standarto { $standard } patvirtinimą
letter-subject-adopt = Prašymas perimti standartą { $standard } kaip nacionalinį standartą ({ $country })
letter-subject-translate = Prašymas išleisti standartą { $standard } { $language } kalba
letter-subject-translate-exists = Prašymas plačiai skleisti žinią apie { $edition } – standarto { $standard } leidimą { $language } kalba
letter-greeting = Gerbiamieji,
letter-review-opening = Kreipiuosi į Jus dėl standarto { $standard } „{ $title }“ ir balso, kurį { $body } atiduos per jo sisteminę peržiūrą. Prašau Jūsų balsuoti už tai, kad standartas būtų patvirtintas nekeičiant jo teksto.
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
letter-review-closing = Dėkoju, kad skiriate dėmesio šiam prašymui. Norėčiau sužinoti, kaip { $acronym } ketina balsuoti, ir mielai pasidalysiu tuo, ką žinau apie standarto taikymą Jūsų šalyje ({ $country }).
letter-adopt-opening = Šiuo laišku prašau, kad { $body } perimtų standartą { $standard } „{ $title }“ kaip Jūsų šalies ({ $country }) nacionalinį standartą.
letter-adopt-why = Viešojo sektoriaus subjektai ir įmonės didelę nacionalinių pajamų dalį išleidžia prekėms, darbams ir paslaugoms, o tai, kaip jie perka, daro įtaką darbo sąlygoms, išmetamųjų teršalų kiekiui ir vietos ekonomikai visoje tiekimo grandinėje, net ir tolimiausiose jos dalyse. ISO 20400 pateikia jiems tarptautiniu mastu suderintas gaires, kaip atsižvelgti į šį poveikį: nuo pirkimų politikos ir vadovybės įsipareigojimo iki tiekėjų atrankos ir sutarčių valdymo. Standartas taikomas bet kokio dydžio ir bet kurio sektoriaus – tiek viešojo, tiek privačiojo – organizacijoms.
letter-adopt-evidence = { $adopted ->
    [0] ISO patvirtino standartą per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, todėl jis yra aktualus ir stabilus.
    [one] Bent { $adopted } nacionalinė standartizacijos institucija jį jau perėmė, o ISO jį patvirtino per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, todėl standartas yra aktualus ir stabilus.
    [few] Bent { $adopted } nacionalinės standartizacijos institucijos jį jau perėmė, o ISO jį patvirtino per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, todėl standartas yra aktualus ir stabilus.
    [many] Bent { $adopted } nacionalinės standartizacijos institucijos jį jau perėmė, o ISO jį patvirtino per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, todėl standartas yra aktualus ir stabilus.
   *[other] Bent { $adopted } nacionalinių standartizacijos institucijų jį jau perėmė, o ISO jį patvirtino per paskutinę sisteminę peržiūrą, užbaigtą { $confirmed }, todėl standartas yra aktualus ir stabilus.
}
letter-adopt-ask = Nacionalinis standartas, identiškas tarptautiniam tekstui, suteiktų pirkėjams ir tiekėjams Jūsų šalyje ({ $country }) pripažintą atskaitos dokumentą, kuriuo galėtų remtis viešųjų pirkimų dokumentai ir įmonių politika, be to, palengvintų derinimąsi su prekybos partneriais, kurie šį standartą jau taiko. Pagarbiai prašau, kad { $acronym } pradėtų standarto { $standard } perėmimą ir, jei įmanoma, išleistų jį { $language } kalba.
letter-adopt-ask-in-progress = Kiek žinau, { $acronym } jau pradėjo standarto { $standard } perėmimą. Nacionalinis standartas, identiškas tarptautiniam tekstui, suteiktų pirkėjams ir tiekėjams Jūsų šalyje ({ $country }) pripažintą atskaitos dokumentą, kuriuo galėtų remtis viešųjų pirkimų dokumentai ir įmonių politika. Pagarbiai prašau, kad { $acronym } užbaigtų perėmimą, išleistų nacionalinį standartą, jei įmanoma, { $language } kalba ir informuotų būsimus jo naudotojus, kai jis bus prieinamas.
letter-adopt-closing = Dėkoju, kad skiriate dėmesio šiam prašymui. Mielai išsamiau papasakočiau apie susidomėjimą šiuo standartu Jūsų šalyje ({ $country }) ir norėčiau sužinoti, kokie galėtų būti tolesni žingsniai.
letter-translate-opening = Šiuo laišku prašau, kad { $body } sudarytų galimybę naudotis standartu { $standard } „{ $title }“ { $language } kalba.
letter-translate-opening-exists = Kreipiuosi į Jus dėl leidinio { $edition }, kurį leidžia { $acronym } ir kuris yra standarto { $standard } „{ $title }“ leidimas { $language } kalba.
letter-translate-why = Tvarūs pirkimai – tai kasdienis pirkėjų, tiekėjų, sutarčių vadovų ir valstybės tarnautojų darbas, o daugelis jų gaires skaito tik savo kalba. ISO 20400 yra išleistas oficialiais ISO leidimais anglų ir prancūzų kalbomis, taip pat yra oficialus jo vertimas į ispanų kalbą; žmonėms Jūsų šalyje ({ $country }), dirbantiems { $language } kalba, nacionalinis leidimas paverstų tarptautinį tekstą praktine priemone, kuria jie galėtų dalytis su savo komandomis ir tiekėjais.
letter-translate-why-exists = Tvarūs pirkimai – tai kasdienis pirkėjų, tiekėjų, sutarčių vadovų ir valstybės tarnautojų darbas, o daugelis jų gaires skaito tik savo kalba. Leidinio { $edition } dėka žmonės Jūsų šalyje ({ $country }), dirbantys { $language } kalba, jau turi standartą savo kalba; dabar svarbu, kad jie apie jį žinotų ir taikytų jį darbe su savo komandomis ir tiekėjais.
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
letter-translate-ask-exists = Dėkoju, kad { $acronym } išleido { $edition } { $language } kalba. Pagarbiai prašau Jūsų plačiai informuoti apie šį leidinį pirkėjus, tiekėjus ir valstybės tarnautojus Jūsų šalyje ({ $country }) ir, kai ISO kitą kartą keis standartą, suderinti jį su tarptautiniu tekstu.
letter-translate-closing = Dėkoju, kad skiriate dėmesio šiam prašymui. Kai vertimas bus išleistas, mielai padėsiu skleisti žinią apie jį Jūsų šalyje ({ $country }).
letter-sign-off = Pagarbiai
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = Jūsų nacionalinė standartizacijos institucija
open-letter-generic-country = Jūsų šalis
open-letter-generic-deadline = balsavimo pabaigos data
open-letter-generic-committee = už standartą atsakingas ISO komitetas
