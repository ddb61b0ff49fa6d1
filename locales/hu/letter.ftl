# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Magyar
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
letter-subject-review = Kérelem az { $standard } szabvány megerősítése melletti szavazásra az időszakos felülvizsgálat során
letter-subject-adopt = { $country_kind ->
    [territory] Kérelem az { $standard } szabvány { $country } szabványaként történő bevezetésére
   *[country] Kérelem az { $standard } szabvány { $country } nemzeti szabványaként történő bevezetésére
}
letter-subject-translate = Kérelem az { $standard } szabvány { $language } nyelvű kiadására
letter-subject-translate-exists = Kérelem az { $standard } szabvány { $language } nyelvű kiadásának ({ $edition }) széles körű megismertetésére
letter-greeting = Tisztelt Hölgyem/Uram!
letter-review-opening = Az { $has_title ->
    [yes] { $standard } „{ $title }” című szabvány
   *[no] { $standard } szabvány
} időszakos felülvizsgálata, valamint az ennek során leadandó szavazat ügyében fordulok Önökhöz; e szavazatot a nemzeti szabványügyi testület ({ $body }) adja le. Kérem, hogy a szabvány jelenlegi formájában történő megerősítése mellett szavazzanak.
letter-review-why = Az ISO 20400 minden méretű és ágazatú szervezet számára közös keretet ad a fenntartható beszerzéshez: bemutatja, hogyan mérlegelhetik beszerzéseik környezeti, társadalmi és gazdasági hatásait a teljes ellátási láncban, és hogyan építhetik be mindezt szabályzataikba, folyamataikba és mindennapi gyakorlatukba. Megjelenése óta az éghajlatváltozás, a körforgásos gazdaság, az emberi jogok és az üzleti etika a napirend élére került, és az ezekkel kapcsolatos munka jelentős része éppen az ellátási láncokban zajlik. A szabványt pontosan ezekre a kérdésekre dolgozták ki, és ma is szilárd keretet nyújt hozzájuk.
letter-review-evidence = { $adopted ->
    [0] A legutóbbi időszakos felülvizsgálat (lezárva: { $confirmed }) során az ISO változtatás nélkül megerősítette a szabványt.
    [one] Legalább { $adopted } nemzeti szabványügyi testület nemzeti szabványként bevezette a szabványt, a legutóbbi időszakos felülvizsgálat (lezárva: { $confirmed }) pedig változtatás nélkül megerősítette.
   *[other] Legalább { $adopted } nemzeti szabványügyi testület nemzeti szabványként bevezette a szabványt, a legutóbbi időszakos felülvizsgálat (lezárva: { $confirmed }) pedig változtatás nélkül megerősítette.
}
letter-review-ask = { $has_deadline ->
    [yes] A szavazás jelenleg is folyik (határidő: { $deadline }). A szabvány átdolgozása évekig tartó bizottsági munkát igényelne; ezt az időt sokkal hasznosabb arra fordítani, hogy a szervezeteket segítsük a szabványban már meglévő útmutatás alkalmazásában. Ezért tisztelettel kérem, hogy a testület ({ $acronym }) az { $standard } szabvány megerősítése mellett szavazzon.
    [due] A szabvány következő időszakos felülvizsgálata esedékes (legkésőbb: { $due_by }). A szabvány átdolgozása évekig tartó bizottsági munkát igényelne; ezt az időt sokkal hasznosabb arra fordítani, hogy a szervezeteket segítsük a szabványban már meglévő útmutatás alkalmazásában. Ezért tisztelettel kérem, hogy a testület ({ $acronym }) a szavazás megnyitásakor az { $standard } szabvány megerősítése mellett szavazzon.
   *[other] A szabvány átdolgozása évekig tartó bizottsági munkát igényelne; ezt az időt sokkal hasznosabb arra fordítani, hogy a szervezeteket segítsük a szabványban már meglévő útmutatás alkalmazásában. Ezért tisztelettel kérem, hogy a testület ({ $acronym }) a szavazás megnyitásakor az { $standard } szabvány megerősítése mellett szavazzon.
}
letter-review-closing = Köszönöm, hogy megfontolják kérésemet. Örömmel venném, ha tájékoztatnának arról, hogyan kíván szavazni a testület ({ $acronym }), és szívesen megosztom Önökkel mindazt, amit arról tudok, hogyan alkalmazzák a szabványt { $in_country }.
letter-adopt-opening = Azzal a kéréssel fordulok Önökhöz, hogy a nemzeti szabványügyi testület ({ $body }) vezesse be az { $has_title ->
    [yes] { $standard } „{ $title }” című szabványt
   *[no] { $standard } szabványt
} { $country_kind ->
    [territory] { $country } szabványaként.
   *[country] { $country } nemzeti szabványaként.
}
letter-adopt-why = A közintézmények és a vállalatok a nemzeti jövedelem jelentős részét árubeszerzésre, építési beruházásokra és szolgáltatásokra fordítják, és beszerzési gyakorlatuk ellátási láncaik mélyén is alakítja a munkakörülményeket, a kibocsátásokat és a helyi gazdaságokat. Az ISO 20400 nemzetközileg elfogadott útmutatást ad ahhoz, hogyan vegyék figyelembe ezeket a hatásokat: a beszerzési politikától és a vezetőség elkötelezettségétől a beszállítók kiválasztásáig és a szerződések kezeléséig. Bármilyen méretű és ágazatú szervezet alkalmazhatja, akár a köz-, akár a magánszférában működik.
letter-adopt-evidence = { $adopted ->
    [0] Az ISO a legutóbbi időszakos felülvizsgálat (lezárva: { $confirmed }) során megerősítette a szabványt, amely így naprakész és stabil.
    [one] Legalább { $adopted } nemzeti szabványügyi testület már bevezette a szabványt, az ISO pedig a legutóbbi időszakos felülvizsgálat (lezárva: { $confirmed }) során megerősítette, így a szabvány naprakész és stabil.
   *[other] Legalább { $adopted } nemzeti szabványügyi testület már bevezette a szabványt, az ISO pedig a legutóbbi időszakos felülvizsgálat (lezárva: { $confirmed }) során megerősítette, így a szabvány naprakész és stabil.
}
letter-adopt-ask = A szabvány nemzetközi szöveggel azonos bevezetése elismert hivatkozási alapot adna a beszerzőknek és a beszállítóknak { $in_country }, amelyre a közbeszerzési dokumentációk és a vállalati szabályzatok hivatkozhatnak, és megkönnyítené az összehangolást azokkal a kereskedelmi partnerekkel, akik már alkalmazzák a szabványt. Tisztelettel kérem, hogy a testület ({ $acronym }) kezdje meg az { $standard } szabvány bevezetését, és lehetőség szerint tegye közzé { $language } nyelven.
letter-adopt-ask-in-progress = Úgy tudom, hogy a testület ({ $acronym }) már megkezdte az { $standard } szabvány bevezetését. A nemzetközi szöveggel azonos kiadás elismert hivatkozási alapot adna a beszerzőknek és a beszállítóknak { $in_country }, amelyre a közbeszerzési dokumentációk és a vállalati szabályzatok hivatkozhatnak. Tisztelettel kérem, hogy a testület ({ $acronym }) fejezze be a bevezetést, tegye közzé a szabványt, lehetőség szerint { $language } nyelven, és tájékoztassa a leendő felhasználókat, amint az elérhetővé válik.
letter-adopt-closing = Köszönöm, hogy megfontolják kérésemet. Szívesen beszámolok részletesebben arról, milyen érdeklődés mutatkozik a szabvány iránt { $in_country }, és örömmel hallanék a lehetséges következő lépésekről.
letter-translate-opening = Azzal a kéréssel fordulok Önökhöz, hogy a nemzeti szabványügyi testület ({ $body }) tegye elérhetővé az { $has_title ->
    [yes] { $standard } „{ $title }” című szabványt
   *[no] { $standard } szabványt
} { $language } nyelven.
letter-translate-opening-exists = Az { $has_title ->
    [yes] { $standard } „{ $title }” című szabvány
   *[no] { $standard } szabvány
} { $language } nyelvű kiadása ({ $edition }) ügyében fordulok Önökhöz; ezt a kiadást a testület ({ $acronym }) jelenteti meg.
letter-translate-why = A fenntartható beszerzés a beszerzők, a beszállítók, a szerződéskezelők és a közszférában dolgozók mindennapi munkája, és közülük sokan csak a saját nyelvükön olvasnak útmutatókat. Az ISO 20400 az ISO hivatalos angol és francia nyelvű kiadásában, valamint hivatalos spanyol fordításban érhető el; azok számára, akik { $in_country } { $language } nyelven dolgoznak, egy nemzeti kiadás a nemzetközi szöveget olyan gyakorlati eszközzé tenné, amelyet megoszthatnak csapataikkal és beszállítóikkal.
letter-translate-why-exists = A fenntartható beszerzés a beszerzők, a beszállítók, a szerződéskezelők és a közszférában dolgozók mindennapi munkája, és közülük sokan csak a saját nyelvükön olvasnak útmutatókat. A nemzeti kiadásnak ({ $edition }) köszönhetően azok, akik { $in_country } { $language } nyelven dolgoznak, már saját nyelvükön olvashatják a szabványt; most az a fontos, hogy tudjanak a létezéséről, és alkalmazzák azt csapataikkal és beszállítóikkal együtt.
letter-translate-evidence = { $adopted ->
    [0] Az ISO a legutóbbi időszakos felülvizsgálat (lezárva: { $confirmed }) során megerősítette a szabványt, így egy most elkészülő fordítás még évekig hasznos marad.
    [one] Legalább { $adopted } nemzeti szabványügyi testület bevezette a szabványt, az ISO pedig a legutóbbi időszakos felülvizsgálat (lezárva: { $confirmed }) során megerősítette, így egy most elkészülő fordítás még évekig hasznos marad.
   *[other] Legalább { $adopted } nemzeti szabványügyi testület bevezette a szabványt, az ISO pedig a legutóbbi időszakos felülvizsgálat (lezárva: { $confirmed }) során megerősítette, így egy most elkészülő fordítás még évekig hasznos marad.
}
letter-translate-evidence-exists = { $adopted ->
    [0] Az ISO a legutóbbi időszakos felülvizsgálat (lezárva: { $confirmed }) során megerősítette a szabványt, így a nemzeti kiadás ({ $edition }) még évekig naprakész marad.
    [one] Legalább { $adopted } nemzeti szabványügyi testület bevezette a szabványt, az ISO pedig a legutóbbi időszakos felülvizsgálat (lezárva: { $confirmed }) során megerősítette, így a nemzeti kiadás ({ $edition }) még évekig naprakész marad.
   *[other] Legalább { $adopted } nemzeti szabványügyi testület bevezette a szabványt, az ISO pedig a legutóbbi időszakos felülvizsgálat (lezárva: { $confirmed }) során megerősítette, így a nemzeti kiadás ({ $edition }) még évekig naprakész marad.
}
letter-translate-ask = Tisztelettel kérem, hogy a testület ({ $acronym }) készítse el és tegye közzé az { $standard } szabvány { $language } nyelvű kiadását – akár nemzeti szabványként, akár a nemzetközi szöveg mellett forgalmazott fordításként –, és tájékoztassa a leendő felhasználókat, amint az elérhetővé válik.
letter-translate-ask-exists = Köszönöm, hogy a testület ({ $acronym }) { $language } nyelven elérhetővé tette a nemzeti kiadást ({ $edition }). Tisztelettel kérem, hogy tegyék azt széles körben ismertté a beszerzők, a beszállítók és a közszférában dolgozók körében { $in_country }, és amikor az ISO legközelebb átdolgozza a szabványt, gondoskodjanak a nemzetközi szöveggel való összhangjáról.
letter-translate-closing = Köszönöm, hogy megfontolják kérésemet. A fordítás megjelenése után szívesen segítek abban, hogy { $in_country } minél többen megismerjék.
letter-sign-off = Tisztelettel:
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = az Önök országában ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = az Önök nemzeti szabványügyi testülete
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = az Önök országa
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = az Önök országában
open-letter-generic-deadline = a szavazás lezárásának időpontja
open-letter-generic-committee = a szabványért felelős ISO-bizottság
