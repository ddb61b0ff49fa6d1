# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Türkmen dili
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
letter-subject-review = Ýüztutma: ulgamlaýyn gözden geçirmegiň barşynda { $standard } standartyny tassyklamagyň peýdasyna ses bermek barada
letter-subject-adopt = { $country_kind ->
    [territory] Ýüztutma: { $standard } standartyny { $country } üçin standart hökmünde kabul etmek barada
   *[country] Ýüztutma: { $standard } standartyny { $country } üçin milli standart hökmünde kabul etmek barada
}
letter-subject-translate = Ýüztutma: { $standard } standartyny milli dilde ({ $language }) neşir etmek barada
letter-subject-translate-exists = Ýüztutma: { $standard } standartynyň milli dildäki ({ $language }) { $edition } neşirini giňden tanatmak barada
letter-greeting = Hormatly hanymlar we jenaplar!
letter-review-opening = { $has_title ->
    [yes] Size { $standard } «{ $title }» standarty we ony ulgamlaýyn gözden geçirmegiň barşynda { $body } tarapyndan beriljek ses barada ýüz tutýaryn. Standarty häzirki görnüşinde tassyklamagyň peýdasyna ses bermegiňizi haýyş edýärin.
   *[no] Size { $standard } standarty we ony ulgamlaýyn gözden geçirmegiň barşynda { $body } tarapyndan beriljek ses barada ýüz tutýaryn. Standarty häzirki görnüşinde tassyklamagyň peýdasyna ses bermegiňizi haýyş edýärin.
}
letter-review-why = ISO 20400 islendik göwrümdäki we islendik pudakdaky guramalara durnukly satyn alyşlar üçin umumy esas berýär: ol satyn alynýan harytlaryň we hyzmatlaryň ekologik, sosial we ykdysady täsirini tutuş üpjünçilik zynjyry boýunça nähili bahalandyrmalydygyny hem-de muny syýasata, iş proseslerine we gündelik tejribä nähili ornaşdyrmalydygyny görkezýär. Standart çap edilenden bäri howanyň üýtgemegi, aýlanyşykly ykdysadyýet, adam hukuklary we işewürlik etikasy gün tertibiniň esasy meselelerine öwrüldi, bu ugurdaky işleriň köp bölegi bolsa hut üpjünçilik zynjyrlarynda amala aşyrylýar. Standart hut şeýle meseleler üçin işlenip düzüldi we olary çözmek üçin ygtybarly esas bolmagynda galýar.
letter-review-evidence = { $adopted ->
    [0] ISO { $confirmed } senesinde tamamlanan soňky ulgamlaýyn gözden geçirmegiň netijesinde standarty üýtgetmezden tassyklady.
    [one] Azyndan { $adopted } milli standartlaşdyryş edarasy bu standarty milli standart hökmünde kabul etdi, { $confirmed } senesinde tamamlanan soňky ulgamlaýyn gözden geçirme bolsa ony üýtgetmezden tassyklady.
   *[other] Azyndan { $adopted } milli standartlaşdyryş edarasy bu standarty milli standart hökmünde kabul etdi, { $confirmed } senesinde tamamlanan soňky ulgamlaýyn gözden geçirme bolsa ony üýtgetmezden tassyklady.
}
letter-review-ask = { $has_deadline ->
    [yes] Häzirki ses beriş { $deadline } senesinde tamamlanýar. Standarty täzeden işläp düzmek tehniki komitetde köp ýyllap işlemegi talap ederdi; bu wagty guramalara standartda eýýäm berlen maslahatlary ulanmaga kömek etmäge sarp etmek has peýdalydyr. Şonuň üçin { $acronym } tarapyndan { $standard } standartyny tassyklamagyň peýdasyna ses berilmegini hormat bilen haýyş edýärin.
    [due] Standartyň indiki ulgamlaýyn gözden geçirilmegi { $due_by } senesinden gijä galman geçirilmelidir. Standarty täzeden işläp düzmek tehniki komitetde köp ýyllap işlemegi talap ederdi; bu wagty guramalara standartda eýýäm berlen maslahatlary ulanmaga kömek etmäge sarp etmek has peýdalydyr. Şonuň üçin ses beriş başlananda { $acronym } tarapyndan { $standard } standartyny tassyklamagyň peýdasyna ses berilmegini hormat bilen haýyş edýärin.
   *[other] Standarty täzeden işläp düzmek tehniki komitetde köp ýyllap işlemegi talap ederdi; bu wagty guramalara standartda eýýäm berlen maslahatlary ulanmaga kömek etmäge sarp etmek has peýdalydyr. Şonuň üçin ses beriş başlananda { $acronym } tarapyndan { $standard } standartyny tassyklamagyň peýdasyna ses berilmegini hormat bilen haýyş edýärin.
}
letter-review-closing = Bu haýyşa garanyňyz üçin minnetdarlyk bildirýärin. { $acronym } tarapyndan nähili ses berilmeginiň meýilleşdirilýändigini bilmäge we standartyň { $in_country } nähili ulanylýandygy barada bilýänlerim bilen paýlaşmaga şat bolardym.
letter-adopt-opening = { $country_kind ->
    [territory] Şu hat bilen { $has_title ->
        [yes] { $standard } «{ $title }» standartynyň
       *[no] { $standard } standartynyň
    } { $body } tarapyndan { $country } üçin standart hökmünde kabul edilmegini haýyş edýärin.
   *[country] Şu hat bilen { $has_title ->
        [yes] { $standard } «{ $title }» standartynyň
       *[no] { $standard } standartynyň
    } { $body } tarapyndan { $country } üçin milli standart hökmünde kabul edilmegini haýyş edýärin.
}
letter-adopt-why = Döwlet edaralary we kompaniýalar milli girdejiniň uly bölegini harytlara, işlere we hyzmatlara sarp edýärler, olaryň satyn alyş usuly bolsa üpjünçilik zynjyrlarynyň iň uzak halkalaryna çenli zähmet şertlerine, zyňyndylara we ýerli ykdysadyýete täsir edýär. ISO 20400 bu täsirleri hasaba almak üçin halkara derejesinde ylalaşylan maslahatlary berýär: satyn alyş syýasatyndan we ýolbaşçylygyň borçnamasyndan başlap, üpjün edijileri saýlamaga we şertnamalary dolandyrmaga çenli. Standart islendik göwrümdäki we islendik pudakdaky döwlet we hususy guramalara degişlidir.
letter-adopt-evidence = { $adopted ->
    [0] ISO { $confirmed } senesinde tamamlanan soňky ulgamlaýyn gözden geçirmegiň netijesinde standarty tassyklady, diýmek, standart öz wajyplygyny saklaýar we durnuklydyr.
    [one] Azyndan { $adopted } milli standartlaşdyryş edarasy bu standarty eýýäm kabul etdi, ISO bolsa ony { $confirmed } senesinde tamamlanan soňky ulgamlaýyn gözden geçirmegiň netijesinde tassyklady; diýmek, standart öz wajyplygyny saklaýar we durnuklydyr.
   *[other] Azyndan { $adopted } milli standartlaşdyryş edarasy bu standarty eýýäm kabul etdi, ISO bolsa ony { $confirmed } senesinde tamamlanan soňky ulgamlaýyn gözden geçirmegiň netijesinde tassyklady; diýmek, standart öz wajyplygyny saklaýar we durnuklydyr.
}
letter-adopt-ask = Standarty halkara tekst bilen birmeňzeş görnüşde kabul etmek { $in_country } sargytçylara we üpjün edijilere döwlet satyn alyşlarynyň resminamalarynda we korporatiw syýasatlarda salgylanyp boljak ykrar edilen esas bererdi, şeýle hem bu standarty eýýäm ulanýan söwda hyzmatdaşlary bilen sazlaşykly işlemegi ýeňilleşdirerdi. { $acronym } tarapyndan { $standard } standartyny kabul etmek işiniň başlanmagyny we mümkin bolsa, onuň milli dilde ({ $language }) neşir edilmegini hormat bilen haýyş edýärin.
letter-adopt-ask-in-progress = Meniň bilşime görä, { $acronym } { $standard } standartyny kabul etmek boýunça işe eýýäm başlady. Halkara tekst bilen birmeňzeş neşir { $in_country } sargytçylara we üpjün edijilere döwlet satyn alyşlarynyň resminamalarynda we korporatiw syýasatlarda salgylanyp boljak ykrar edilen esas bererdi. { $acronym } tarapyndan kabul etmek işiniň tamamlanmagyny, standartyň mümkin bolsa milli dilde ({ $language }) neşir edilmegini, şeýle hem standart elýeterli bolanda ony ulanjaklara bu barada habar berilmegini hormat bilen haýyş edýärin.
letter-adopt-closing = Bu haýyşa garanyňyz üçin minnetdarlyk bildirýärin. Standarta { $in_country } bildirilýän gyzyklanma barada size has jikme-jik gürrüň bermäge we indiki ädimleriň nähili bolup biljekdigini bilmäge şat bolardym.
letter-translate-opening = Şu hat bilen { $has_title ->
    [yes] { $standard } «{ $title }» standartynyň
   *[no] { $standard } standartynyň
} { $body } tarapyndan milli dilde ({ $language }) elýeterli edilmegini haýyş edýärin.
letter-translate-opening-exists = Size { $acronym } tarapyndan neşir edilýän { $edition } neşiri barada ýüz tutýaryn: bu { $has_title ->
    [yes] { $standard } «{ $title }» standartynyň
   *[no] { $standard } standartynyň
} milli dildäki ({ $language }) neşiridir.
letter-translate-why = Durnukly satyn alyşlar sargytçylaryň, üpjün edijileriň, şertnamalary dolandyrmak boýunça hünärmenleriň we döwlet gullukçylarynyň gündelik işidir, olaryň köpüsi usuly resminamalary diňe öz dilinde okaýar. ISO 20400 ISO guramasynyň iňlis we fransuz dillerindäki resmi neşirlerinde, şeýle hem ispan diline resmi terjimesinde bar; { $in_country } milli dilde ({ $language }) işleýän hünärmenler üçin milli neşir halkara resminamany kärdeşleri we üpjün edijileri bilen paýlaşyp boljak amaly gurala öwürerdi.
letter-translate-why-exists = Durnukly satyn alyşlar sargytçylaryň, üpjün edijileriň, şertnamalary dolandyrmak boýunça hünärmenleriň we döwlet gullukçylarynyň gündelik işidir, olaryň köpüsi usuly resminamalary diňe öz dilinde okaýar. { $edition } neşiri sebäpli { $in_country } milli dilde ({ $language }) işleýän hünärmenleriň öz dilinde standarty eýýäm bar; indi iň esasy zat — olaryň bu neşir barada bilmegi we ony kärdeşleri hem-de üpjün edijileri bilen bilelikde işde ulanmagydyr.
letter-translate-evidence = { $adopted ->
    [0] ISO { $confirmed } senesinde tamamlanan soňky ulgamlaýyn gözden geçirmegiň netijesinde standarty tassyklady, şonuň üçin häzir ýerine ýetirilen terjime köp ýyllaryň dowamynda öz wajyplygyny saklar.
    [one] Azyndan { $adopted } milli standartlaşdyryş edarasy bu standarty kabul etdi, ISO bolsa ony { $confirmed } senesinde tamamlanan soňky ulgamlaýyn gözden geçirmegiň netijesinde tassyklady, şonuň üçin häzir ýerine ýetirilen terjime köp ýyllaryň dowamynda öz wajyplygyny saklar.
   *[other] Azyndan { $adopted } milli standartlaşdyryş edarasy bu standarty kabul etdi, ISO bolsa ony { $confirmed } senesinde tamamlanan soňky ulgamlaýyn gözden geçirmegiň netijesinde tassyklady, şonuň üçin häzir ýerine ýetirilen terjime köp ýyllaryň dowamynda öz wajyplygyny saklar.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO { $confirmed } senesinde tamamlanan soňky ulgamlaýyn gözden geçirmegiň netijesinde standarty tassyklady, şonuň üçin { $edition } neşiri köp ýyllaryň dowamynda öz wajyplygyny saklar.
    [one] Azyndan { $adopted } milli standartlaşdyryş edarasy bu standarty kabul etdi, ISO bolsa ony { $confirmed } senesinde tamamlanan soňky ulgamlaýyn gözden geçirmegiň netijesinde tassyklady, şonuň üçin { $edition } neşiri köp ýyllaryň dowamynda öz wajyplygyny saklar.
   *[other] Azyndan { $adopted } milli standartlaşdyryş edarasy bu standarty kabul etdi, ISO bolsa ony { $confirmed } senesinde tamamlanan soňky ulgamlaýyn gözden geçirmegiň netijesinde tassyklady, şonuň üçin { $edition } neşiri köp ýyllaryň dowamynda öz wajyplygyny saklar.
}
letter-translate-ask = { $acronym } tarapyndan { $standard } standartynyň milli dildäki ({ $language }) neşiriniň — milli standart hökmünde ýa-da halkara tekst bilen bilelikde satylýan terjime hökmünde — taýýarlanyp neşir edilmegini, şeýle hem neşir elýeterli bolanda ony ulanjaklara bu barada habar berilmegini hormat bilen haýyş edýärin.
letter-translate-ask-exists = { $edition } neşiriniň { $acronym } tarapyndan milli dilde ({ $language }) elýeterli edilendigi üçin minnetdarlyk bildirýärin. Bu neşiri { $in_country } sargytçylaryň, üpjün edijileriň we döwlet gullukçylarynyň arasynda giňden tanatmagyňyzy, şeýle hem ISO standarty indiki gezek täzeden işläp düzende neşiri täzelenen halkara tekste laýyk getirmegiňizi hormat bilen haýyş edýärin.
letter-translate-closing = Bu haýyşa garanyňyz üçin minnetdarlyk bildirýärin. Terjime neşir edilenden soň, ony { $in_country } giňden tanatmaga kömek etmäge şat bolardym.
letter-sign-off = Hormat bilen,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = ýurduňyzda ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = Siziň ýurduňyzyň milli standartlaşdyryş edarasy
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = Siziň ýurduňyz
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = ýurduňyzda
open-letter-generic-deadline = ses berişiň tamamlanýan senesi
open-letter-generic-committee = standart üçin jogapkär ISO komiteti
