# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Magyar
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
letter-subject-review = Kérelem az { $standard } szabvány megerősítése melletti szavazásra az időszakos felülvizsgálat során
letter-subject-adopt = Kérelem az { $standard } szabvány nemzeti szabványként történő bevezetésére ({ $country })
letter-subject-translate = Kérelem az { $standard } szabvány { $language } nyelvű kiadására
letter-subject-translate-exists = Kérelem az { $standard } szabvány { $language } nyelvű kiadásának ({ $edition }) széles körű megismertetésére
letter-greeting = Tisztelt Hölgyem/Uram!
letter-review-opening = Az { $standard } „{ $title }” című szabvány időszakos felülvizsgálata, valamint az ennek során leadandó szavazat ügyében fordulok Önökhöz; e szavazatot a nemzeti szabványügyi testület ({ $body }) adja le. Kérem, hogy a szabvány jelenlegi formájában történő megerősítése mellett szavazzanak.
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
letter-review-closing = Köszönöm, hogy megfontolják kérésemet. Örömmel venném, ha tájékoztatnának arról, hogyan kíván szavazni a testület ({ $acronym }), és szívesen megosztom Önökkel mindazt, amit arról tudok, hogyan alkalmazzák a szabványt országukban ({ $country }).
letter-adopt-opening = Azzal a kéréssel fordulok Önökhöz, hogy a nemzeti szabványügyi testület ({ $body }) vezesse be az { $standard } „{ $title }” című szabványt nemzeti szabványként országukban ({ $country }).
letter-adopt-why = A közintézmények és a vállalatok a nemzeti jövedelem jelentős részét árubeszerzésre, építési beruházásokra és szolgáltatásokra fordítják, és beszerzési gyakorlatuk ellátási láncaik mélyén is alakítja a munkakörülményeket, a kibocsátásokat és a helyi gazdaságokat. Az ISO 20400 nemzetközileg elfogadott útmutatást ad ahhoz, hogyan vegyék figyelembe ezeket a hatásokat: a beszerzési politikától és a vezetőség elkötelezettségétől a beszállítók kiválasztásáig és a szerződések kezeléséig. Bármilyen méretű és ágazatú szervezet alkalmazhatja, akár a köz-, akár a magánszférában működik.
letter-adopt-evidence = { $adopted ->
    [0] Az ISO a legutóbbi időszakos felülvizsgálat (lezárva: { $confirmed }) során megerősítette a szabványt, amely így naprakész és stabil.
    [one] Legalább { $adopted } nemzeti szabványügyi testület már bevezette a szabványt, az ISO pedig a legutóbbi időszakos felülvizsgálat (lezárva: { $confirmed }) során megerősítette, így a szabvány naprakész és stabil.
   *[other] Legalább { $adopted } nemzeti szabványügyi testület már bevezette a szabványt, az ISO pedig a legutóbbi időszakos felülvizsgálat (lezárva: { $confirmed }) során megerősítette, így a szabvány naprakész és stabil.
}
letter-adopt-ask = A nemzetközi szöveggel azonos nemzeti szabvány elismert referenciát adna a beszerzőknek és a beszállítóknak országukban ({ $country }), amelyre a közbeszerzési dokumentációk és a vállalati szabályzatok hivatkozhatnak, és megkönnyítené az összehangolást azokkal a kereskedelmi partnerekkel, akik már alkalmazzák a szabványt. Tisztelettel kérem, hogy a testület ({ $acronym }) kezdje meg az { $standard } szabvány bevezetését, és lehetőség szerint tegye közzé { $language } nyelven.
letter-adopt-ask-in-progress = Úgy tudom, hogy a testület ({ $acronym }) már megkezdte az { $standard } szabvány bevezetését. A nemzetközi szöveggel azonos nemzeti szabvány elismert referenciát adna a beszerzőknek és a beszállítóknak országukban ({ $country }), amelyre a közbeszerzési dokumentációk és a vállalati szabályzatok hivatkozhatnak. Tisztelettel kérem, hogy a testület ({ $acronym }) fejezze be a bevezetést, tegye közzé a nemzeti szabványt, lehetőség szerint { $language } nyelven, és tájékoztassa a leendő felhasználókat, amint az elérhetővé válik.
letter-adopt-closing = Köszönöm, hogy megfontolják kérésemet. Szívesen beszámolok részletesebben arról, milyen érdeklődés mutatkozik a szabvány iránt országukban ({ $country }), és örömmel hallanék a lehetséges következő lépésekről.
letter-translate-opening = Azzal a kéréssel fordulok Önökhöz, hogy a nemzeti szabványügyi testület ({ $body }) tegye elérhetővé az { $standard } „{ $title }” című szabványt { $language } nyelven.
letter-translate-opening-exists = Az { $standard } „{ $title }” című szabvány { $language } nyelvű kiadása ({ $edition }) ügyében fordulok Önökhöz; ezt a kiadást a testület ({ $acronym }) jelenteti meg.
letter-translate-why = A fenntartható beszerzés a beszerzők, a beszállítók, a szerződéskezelők és a közszférában dolgozók mindennapi munkája, és közülük sokan csak a saját nyelvükön olvasnak útmutatókat. Az ISO 20400 az ISO hivatalos angol és francia nyelvű kiadásában, valamint hivatalos spanyol fordításban érhető el; az országukban ({ $country }) { $language } nyelven dolgozók számára egy nemzeti kiadás a nemzetközi szöveget olyan gyakorlati eszközzé tenné, amelyet megoszthatnak csapataikkal és beszállítóikkal.
letter-translate-why-exists = A fenntartható beszerzés a beszerzők, a beszállítók, a szerződéskezelők és a közszférában dolgozók mindennapi munkája, és közülük sokan csak a saját nyelvükön olvasnak útmutatókat. A nemzeti kiadásnak ({ $edition }) köszönhetően az országukban ({ $country }) { $language } nyelven dolgozók már saját nyelvükön olvashatják a szabványt; most az a fontos, hogy tudjanak a létezéséről, és alkalmazzák azt csapataikkal és beszállítóikkal együtt.
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
letter-translate-ask-exists = Köszönöm, hogy a testület ({ $acronym }) { $language } nyelven elérhetővé tette a nemzeti kiadást ({ $edition }). Tisztelettel kérem, hogy tegyék azt széles körben ismertté a beszerzők, a beszállítók és a közszférában dolgozók körében országukban ({ $country }), és amikor az ISO legközelebb átdolgozza a szabványt, gondoskodjanak a nemzetközi szöveggel való összhangjáról.
letter-translate-closing = Köszönöm, hogy megfontolják kérésemet. A fordítás megjelenése után szívesen segítek abban, hogy országukban ({ $country }) minél többen megismerjék.
letter-sign-off = Tisztelettel:
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = az Önök nemzeti szabványügyi testülete
open-letter-generic-country = az Önök országa
open-letter-generic-deadline = a szavazás lezárásának időpontja
open-letter-generic-committee = a szabványért felelős ISO-bizottság
