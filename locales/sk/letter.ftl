# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Slovenčina
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
letter-subject-review = Žiadosť o hlasovanie za potvrdenie normy { $standard } pri systematickom preskúmaní
letter-subject-adopt = Žiadosť o prevzatie normy { $standard } ako národnej normy ({ $country })
letter-subject-translate = Žiadosť o vydanie normy { $standard } v národnom jazyku ({ $language })
letter-subject-translate-exists = Žiadosť o širšiu propagáciu normy { $edition }, prekladu normy { $standard } do národného jazyka ({ $language })
letter-greeting = Vážené dámy, vážení páni,
letter-review-opening = obraciam sa na vás v súvislosti s normou { $standard } „{ $title }“ a s hlasovaním, na ktorom sa { $body } zúčastní pri jej systematickom preskúmaní. Dovoľujem si vás požiadať, aby ste hlasovali za potvrdenie normy v jej súčasnom znení.
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
letter-review-closing = Ďakujem za posúdenie tejto žiadosti. Uvítam informáciu o tom, ako { $acronym } zamýšľa hlasovať, a veľmi ochotne sa s vami podelím o svoje poznatky o používaní normy vo vašej krajine ({ $country }).
letter-adopt-opening = týmto žiadam { $body } o prevzatie normy { $standard } „{ $title }“ ako národnej normy vašej krajiny ({ $country }).
letter-adopt-why = Verejné inštitúcie a podniky vynakladajú na tovary, služby a stavebné práce veľkú časť národného dôchodku a spôsob, akým nakupujú, ovplyvňuje pracovné podmienky, emisie aj miestne ekonomiky hlboko v ich dodávateľských reťazcoch. Norma ISO 20400 im poskytuje medzinárodne dohodnuté odporúčania, ako tieto vplyvy zohľadniť – od politiky obstarávania a záväzku vrcholového vedenia až po výber dodávateľov a riadenie zmlúv. Je použiteľná pre organizácie všetkých veľkostí a odvetví, verejné aj súkromné.
letter-adopt-evidence = { $adopted ->
    [0] Organizácia ISO normu potvrdila pri poslednom systematickom preskúmaní, ukončenom { $confirmed }; norma je teda aktuálna a stabilná.
    [one] Najmenej { $adopted } národný normalizačný orgán už túto normu prevzal a organizácia ISO ju potvrdila pri poslednom systematickom preskúmaní, ukončenom { $confirmed }; norma je teda aktuálna a stabilná.
    [few] Najmenej { $adopted } národné normalizačné orgány už túto normu prevzali a organizácia ISO ju potvrdila pri poslednom systematickom preskúmaní, ukončenom { $confirmed }; norma je teda aktuálna a stabilná.
    [many] Najmenej { $adopted } národného normalizačného orgánu už túto normu prevzalo a organizácia ISO ju potvrdila pri poslednom systematickom preskúmaní, ukončenom { $confirmed }; norma je teda aktuálna a stabilná.
   *[other] Najmenej { $adopted } národných normalizačných orgánov už túto normu prevzalo a organizácia ISO ju potvrdila pri poslednom systematickom preskúmaní, ukončenom { $confirmed }; norma je teda aktuálna a stabilná.
}
letter-adopt-ask = Národné prevzatie, identické s medzinárodným textom, by nakupujúcim a dodávateľom vo vašej krajine ({ $country }) poskytlo uznávaný referenčný dokument, na ktorý sa môžu odvolávať súťažné podklady vo verejnom obstarávaní aj firemné politiky, a uľahčilo by zosúladenie s obchodnými partnermi, ktorí normu už používajú. Zdvorilo žiadam { $acronym } o začatie prevzatia normy { $standard } a podľa možnosti aj o jej vydanie v národnom jazyku ({ $language }).
letter-adopt-ask-in-progress = Podľa mojich informácií { $acronym } už na prevzatí normy { $standard } pracuje. Národná norma identická s medzinárodným textom by nakupujúcim a dodávateľom vo vašej krajine ({ $country }) poskytla uznávaný referenčný dokument, na ktorý sa môžu odvolávať súťažné podklady vo verejnom obstarávaní aj firemné politiky. Zdvorilo žiadam { $acronym } o dokončenie prevzatia a vydanie národnej normy, podľa možnosti v národnom jazyku ({ $language }), a o informovanie budúcich používateľov, len čo bude k dispozícii.
letter-adopt-closing = Ďakujem za posúdenie tejto žiadosti. Veľmi ochotne vám podrobnejšie priblížim záujem o túto normu vo vašej krajine ({ $country }) a uvítam informáciu o tom, aké by mohli byť ďalšie kroky.
letter-translate-opening = týmto žiadam { $body } o sprístupnenie normy { $standard } „{ $title }“ v národnom jazyku ({ $language }).
letter-translate-opening-exists = obraciam sa na vás v súvislosti s normou { $edition }, prekladom normy { $standard } „{ $title }“ do národného jazyka ({ $language }), ktorý vydáva { $acronym }.
letter-translate-why = Udržateľné obstarávanie je každodennou prácou nakupujúcich, dodávateľov, správcov zmlúv a pracovníkov verejnej správy, z ktorých mnohí čítajú metodické dokumenty iba vo svojom vlastnom jazyku. Norma ISO 20400 existuje v oficiálnych vydaniach ISO v angličtine a francúzštine a v oficiálnom preklade do španielčiny; pre ľudí vo vašej krajine ({ $country }), ktorých pracovným jazykom je { $language }, by národné vydanie premenilo medzinárodný text na praktický nástroj, ktorý môžu zdieľať so svojimi tímami a dodávateľmi.
letter-translate-why-exists = Udržateľné obstarávanie je každodennou prácou nakupujúcich, dodávateľov, správcov zmlúv a pracovníkov verejnej správy, z ktorých mnohí čítajú metodické dokumenty iba vo svojom vlastnom jazyku. Vďaka norme { $edition } majú ľudia vo vašej krajine ({ $country }), ktorých pracovným jazykom je { $language }, túto normu už k dispozícii vo svojom jazyku; teraz ide o to, aby o nej vedeli a využívali ju pri práci so svojimi tímami a dodávateľmi.
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
letter-translate-ask-exists = Ďakujem za to, že { $acronym } sprístupňuje normu { $edition } v národnom jazyku ({ $language }). Zdvorilo vás žiadam, aby ste ju široko propagovali medzi nakupujúcimi, dodávateľmi a pracovníkmi verejnej správy vo vašej krajine ({ $country }) a aby ste ju udržiavali v súlade s medzinárodným textom, keď organizácia ISO normu nabudúce zreviduje.
letter-translate-closing = Ďakujem za posúdenie tejto žiadosti. Po vydaní prekladu veľmi ochotne pomôžem s jeho propagáciou vo vašej krajine ({ $country }).
letter-sign-off = S pozdravom
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = národný normalizačný orgán vašej krajiny
open-letter-generic-country = vaša krajina
open-letter-generic-deadline = dátum ukončenia hlasovania
open-letter-generic-committee = technická komisia ISO zodpovedná za normu
