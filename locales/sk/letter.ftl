# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Slovenčina
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
letter-subject-review = Žiadosť o hlasovanie za potvrdenie normy { $standard } pri systematickom preskúmaní
letter-subject-adopt = { $country_kind ->
    [territory] Žiadosť o prevzatie normy { $standard } na používanie ({ $country })
   *[country] Žiadosť o prevzatie normy { $standard } ako národnej normy ({ $country })
}
letter-subject-translate = Žiadosť o vydanie normy { $standard } v národnom jazyku ({ $language })
letter-subject-translate-exists = Žiadosť o širšiu propagáciu normy { $edition }, prekladu normy { $standard } do národného jazyka ({ $language })
letter-greeting = Vážené dámy, vážení páni,
letter-review-opening = obraciam sa na vás v súvislosti s normou { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} a s hlasovaním, na ktorom sa { $body } zúčastní pri jej systematickom preskúmaní. Dovoľujem si vás požiadať, aby ste hlasovali za potvrdenie normy v jej súčasnom znení.
letter-review-why = Norma ISO 20400 poskytuje organizáciám všetkých veľkostí a odvetví spoločný rámec pre udržateľné obstarávanie: ukazuje, ako posudzovať environmentálne, sociálne a ekonomické vplyvy toho, čo nakupujú, v celom dodávateľskom reťazci a ako to premietnuť do politík, procesov a každodennej praxe. Od jej vydania sa zmena klímy, obehové hospodárstvo, ľudské práva a podnikateľská etika dostali na popredné miesta agendy a veľká časť práce v týchto oblastiach sa odohráva práve v dodávateľských reťazcoch. Norma bola napísaná presne pre tieto otázky a naďalej pre ne predstavuje spoľahlivý rámec.
letter-review-evidence = { $adopted ->
    [0] Pri poslednom systematickom preskúmaní, ukončenom { $confirmed }, organizácia ISO normu potvrdila bez zmien.
    [one] Najmenej { $adopted } národný normalizačný orgán prevzal túto normu do svojej sústavy národných noriem a pri poslednom systematickom preskúmaní, ukončenom { $confirmed }, bola norma potvrdená bez zmien.
    [few] Najmenej { $adopted } národné normalizačné orgány prevzali túto normu do svojich sústav národných noriem a pri poslednom systematickom preskúmaní, ukončenom { $confirmed }, bola norma potvrdená bez zmien.
    [many] Najmenej { $adopted } národného normalizačného orgánu prevzalo túto normu do svojich sústav národných noriem a pri poslednom systematickom preskúmaní, ukončenom { $confirmed }, bola norma potvrdená bez zmien.
   *[other] Najmenej { $adopted } národných normalizačných orgánov prevzalo túto normu do svojich sústav národných noriem a pri poslednom systematickom preskúmaní, ukončenom { $confirmed }, bola norma potvrdená bez zmien.
}
letter-review-ask = { $has_deadline ->
    [yes] Prebiehajúce hlasovanie sa končí { $deadline }. Revízia normy by si vyžiadala roky práce v technickej komisii; tento čas je oveľa účelnejšie venovať tomu, aby organizácie dokázali uplatňovať odporúčania, ktoré norma už obsahuje. Preto zdvorilo žiadam { $acronym } o hlas za potvrdenie normy { $standard }.
    [due] Najbližšie systematické preskúmanie normy sa má uskutočniť najneskôr do { $due_by }. Revízia normy by si vyžiadala roky práce v technickej komisii; tento čas je oveľa účelnejšie venovať tomu, aby organizácie dokázali uplatňovať odporúčania, ktoré norma už obsahuje. Preto zdvorilo žiadam { $acronym } o hlas za potvrdenie normy { $standard }, len čo sa hlasovanie začne.
   *[other] Revízia normy by si vyžiadala roky práce v technickej komisii; tento čas je oveľa účelnejšie venovať tomu, aby organizácie dokázali uplatňovať odporúčania, ktoré norma už obsahuje. Preto zdvorilo žiadam { $acronym } o hlas za potvrdenie normy { $standard }, len čo sa hlasovanie začne.
}
letter-review-closing = Ďakujem za posúdenie tejto žiadosti. Uvítam informáciu o tom, ako { $acronym } zamýšľa hlasovať, a veľmi ochotne sa s vami podelím o svoje poznatky o používaní normy { $in_country }.
letter-adopt-opening = týmto žiadam { $body } o prevzatie normy { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} { $country_kind ->
    [territory] ako normy platnej na vašom území ({ $country }).
   *[country] ako národnej normy vašej krajiny ({ $country }).
}
letter-adopt-why = Verejné inštitúcie a podniky vynakladajú na tovary, služby a stavebné práce veľkú časť národného dôchodku a spôsob, akým nakupujú, ovplyvňuje pracovné podmienky, emisie aj miestne ekonomiky hlboko v ich dodávateľských reťazcoch. Norma ISO 20400 im poskytuje medzinárodne dohodnuté odporúčania, ako tieto vplyvy zohľadniť – od politiky obstarávania a záväzku vrcholového vedenia až po výber dodávateľov a riadenie zmlúv. Je použiteľná pre organizácie všetkých veľkostí a odvetví, verejné aj súkromné.
letter-adopt-evidence = { $adopted ->
    [0] Organizácia ISO normu potvrdila pri poslednom systematickom preskúmaní, ukončenom { $confirmed }; norma je teda aktuálna a stabilná.
    [one] Najmenej { $adopted } národný normalizačný orgán už túto normu prevzal a organizácia ISO ju potvrdila pri poslednom systematickom preskúmaní, ukončenom { $confirmed }; norma je teda aktuálna a stabilná.
    [few] Najmenej { $adopted } národné normalizačné orgány už túto normu prevzali a organizácia ISO ju potvrdila pri poslednom systematickom preskúmaní, ukončenom { $confirmed }; norma je teda aktuálna a stabilná.
    [many] Najmenej { $adopted } národného normalizačného orgánu už túto normu prevzalo a organizácia ISO ju potvrdila pri poslednom systematickom preskúmaní, ukončenom { $confirmed }; norma je teda aktuálna a stabilná.
   *[other] Najmenej { $adopted } národných normalizačných orgánov už túto normu prevzalo a organizácia ISO ju potvrdila pri poslednom systematickom preskúmaní, ukončenom { $confirmed }; norma je teda aktuálna a stabilná.
}
letter-adopt-ask = Prevzatie normy v znení identickom s medzinárodným textom by nakupujúcim a dodávateľom { $in_country } poskytlo uznávaný referenčný dokument, na ktorý sa môžu odvolávať súťažné podklady vo verejnom obstarávaní aj firemné politiky, a uľahčilo by zosúladenie s obchodnými partnermi, ktorí normu už používajú. Zdvorilo žiadam { $acronym } o začatie prevzatia normy { $standard } a podľa možnosti aj o jej vydanie v národnom jazyku ({ $language }).
letter-adopt-ask-in-progress = Podľa mojich informácií { $acronym } už na prevzatí normy { $standard } pracuje. Vydanie identické s medzinárodným textom by nakupujúcim a dodávateľom { $in_country } poskytlo uznávaný referenčný dokument, na ktorý sa môžu odvolávať súťažné podklady vo verejnom obstarávaní aj firemné politiky. Zdvorilo žiadam { $acronym } o dokončenie prevzatia a vydanie normy, podľa možnosti v národnom jazyku ({ $language }), a o informovanie budúcich používateľov, len čo bude k dispozícii.
letter-adopt-closing = Ďakujem za posúdenie tejto žiadosti. Veľmi ochotne vám podrobnejšie priblížim záujem o túto normu { $in_country } a uvítam informáciu o tom, aké by mohli byť ďalšie kroky.
letter-translate-opening = týmto žiadam { $body } o sprístupnenie normy { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} v národnom jazyku ({ $language }).
letter-translate-opening-exists = obraciam sa na vás v súvislosti s normou { $edition }, prekladom normy { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} do národného jazyka ({ $language }), ktorý vydáva { $acronym }.
letter-translate-why = Udržateľné obstarávanie je každodennou prácou nakupujúcich, dodávateľov, správcov zmlúv a pracovníkov verejnej správy, z ktorých mnohí čítajú metodické dokumenty iba vo svojom vlastnom jazyku. Norma ISO 20400 existuje v oficiálnych vydaniach ISO v angličtine a francúzštine a v oficiálnom preklade do španielčiny; pre ľudí { $in_country }, ktorých pracovným jazykom je { $language }, by národné vydanie premenilo medzinárodný text na praktický nástroj, ktorý môžu zdieľať so svojimi tímami a dodávateľmi.
letter-translate-why-exists = Udržateľné obstarávanie je každodennou prácou nakupujúcich, dodávateľov, správcov zmlúv a pracovníkov verejnej správy, z ktorých mnohí čítajú metodické dokumenty iba vo svojom vlastnom jazyku. Vďaka norme { $edition } majú ľudia { $in_country }, ktorých pracovným jazykom je { $language }, túto normu už k dispozícii vo svojom jazyku; teraz ide o to, aby o nej vedeli a využívali ju pri práci so svojimi tímami a dodávateľmi.
letter-translate-evidence = { $adopted ->
    [0] Organizácia ISO normu potvrdila pri poslednom systematickom preskúmaní, ukončenom { $confirmed }, takže preklad vyhotovený teraz zostane užitočný ešte mnoho rokov.
    [one] Najmenej { $adopted } národný normalizačný orgán túto normu prevzal a organizácia ISO ju potvrdila pri poslednom systematickom preskúmaní, ukončenom { $confirmed }, takže preklad vyhotovený teraz zostane užitočný ešte mnoho rokov.
    [few] Najmenej { $adopted } národné normalizačné orgány túto normu prevzali a organizácia ISO ju potvrdila pri poslednom systematickom preskúmaní, ukončenom { $confirmed }, takže preklad vyhotovený teraz zostane užitočný ešte mnoho rokov.
    [many] Najmenej { $adopted } národného normalizačného orgánu túto normu prevzalo a organizácia ISO ju potvrdila pri poslednom systematickom preskúmaní, ukončenom { $confirmed }, takže preklad vyhotovený teraz zostane užitočný ešte mnoho rokov.
   *[other] Najmenej { $adopted } národných normalizačných orgánov túto normu prevzalo a organizácia ISO ju potvrdila pri poslednom systematickom preskúmaní, ukončenom { $confirmed }, takže preklad vyhotovený teraz zostane užitočný ešte mnoho rokov.
}
letter-translate-evidence-exists = { $adopted ->
    [0] Organizácia ISO normu potvrdila pri poslednom systematickom preskúmaní, ukončenom { $confirmed }, takže norma { $edition } zostane aktuálna ešte mnoho rokov.
    [one] Najmenej { $adopted } národný normalizačný orgán túto normu prevzal a organizácia ISO ju potvrdila pri poslednom systematickom preskúmaní, ukončenom { $confirmed }, takže norma { $edition } zostane aktuálna ešte mnoho rokov.
    [few] Najmenej { $adopted } národné normalizačné orgány túto normu prevzali a organizácia ISO ju potvrdila pri poslednom systematickom preskúmaní, ukončenom { $confirmed }, takže norma { $edition } zostane aktuálna ešte mnoho rokov.
    [many] Najmenej { $adopted } národného normalizačného orgánu túto normu prevzalo a organizácia ISO ju potvrdila pri poslednom systematickom preskúmaní, ukončenom { $confirmed }, takže norma { $edition } zostane aktuálna ešte mnoho rokov.
   *[other] Najmenej { $adopted } národných normalizačných orgánov túto normu prevzalo a organizácia ISO ju potvrdila pri poslednom systematickom preskúmaní, ukončenom { $confirmed }, takže norma { $edition } zostane aktuálna ešte mnoho rokov.
}
letter-translate-ask = Zdvorilo žiadam { $acronym } o prípravu a vydanie normy { $standard } v národnom jazyku ({ $language }), či už formou národného prevzatia, alebo formou prekladu predávaného spolu s medzinárodným textom, a o informovanie budúcich používateľov, len čo bude k dispozícii.
letter-translate-ask-exists = Ďakujem za to, že { $acronym } sprístupňuje normu { $edition } v národnom jazyku ({ $language }). Zdvorilo vás žiadam, aby ste ju široko propagovali medzi nakupujúcimi, dodávateľmi a pracovníkmi verejnej správy { $in_country } a aby ste ju udržiavali v súlade s medzinárodným textom, keď organizácia ISO normu nabudúce zreviduje.
letter-translate-closing = Ďakujem za posúdenie tejto žiadosti. Po vydaní prekladu veľmi ochotne pomôžem s jeho propagáciou { $in_country }.
letter-sign-off = S pozdravom
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = vo vašej krajine ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = národný normalizačný orgán vašej krajiny
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = vaša krajina
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = vo vašej krajine
open-letter-generic-deadline = dátum ukončenia hlasovania
open-letter-generic-committee = technická komisia ISO zodpovedná za normu
