# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Shqip
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
letter-subject-review = Kërkesë për votë në favor të konfirmimit të standardit { $standard } në shqyrtimin sistematik
letter-subject-adopt = { $country_kind ->
    [territory] Kërkesë për adoptimin e standardit { $standard } nga { $country }
   *[country] Kërkesë për adoptimin e standardit { $standard } si standard kombëtar nga { $country }
}
letter-subject-translate = Kërkesë për botimin e standardit { $standard } në { $language }
letter-subject-translate-exists = Kërkesë për promovimin e gjerë të botimit { $edition } të standardit { $standard } në { $language }
letter-greeting = Të nderuar zonja dhe zotërinj,
letter-review-opening = Ju shkruaj lidhur me standardin { $has_title ->
    [yes] { $standard }, „{ $title }“,
   *[no] { $standard }
} dhe me votën që { $body } do të japë në shqyrtimin sistematik të tij. Dëshiroj t’ju kërkoj që të votoni për konfirmimin e standardit në formën e tij aktuale.
letter-review-why = ISO 20400 u ofron organizatave të çdo madhësie dhe të çdo sektori një kuadër të përbashkët për prokurimin e qëndrueshëm: ai tregon se si mund të vlerësohen ndikimet mjedisore, sociale dhe ekonomike të asaj që blejnë përgjatë gjithë zinxhirit të furnizimit dhe si mund të integrohen ato në politika, procese dhe në praktikën e përditshme. Që nga botimi i tij, ndryshimet klimatike, ekonomia qarkulluese, të drejtat e njeriut dhe etika e biznesit janë renditur në krye të agjendës, dhe një pjesë e madhe e kësaj pune kryhet pikërisht në zinxhirët e furnizimit. Standardi u hartua pikërisht për këto çështje dhe mbetet një kuadër i shëndoshë për to.
letter-review-evidence = { $adopted ->
    [0] Në shqyrtimin sistematik më të fundit, të përfunduar më { $confirmed }, ISO e konfirmoi standardin pa ndryshime.
    [one] Të paktën { $adopted } organizëm kombëtar standardizimi e ka adoptuar standardin si standard kombëtar, dhe shqyrtimi sistematik më i fundit, i përfunduar më { $confirmed }, e konfirmoi atë pa ndryshime.
   *[other] Të paktën { $adopted } organizma kombëtarë standardizimi e kanë adoptuar standardin si standard kombëtar, dhe shqyrtimi sistematik më i fundit, i përfunduar më { $confirmed }, e konfirmoi atë pa ndryshime.
}
letter-review-ask = { $has_deadline ->
    [yes] Votimi aktual mbyllet më { $deadline }. Rishikimi i standardit do të kërkonte vite pune në komitet; kjo kohë do të shfrytëzohej shumë më mirë duke i ndihmuar organizatat të zbatojnë udhëzimet që standardi ofron tashmë. Prandaj, kërkoj me respekt që { $acronym } të votojë për konfirmimin e standardit { $standard }.
    [due] Shqyrtimi sistematik i radhës i standardit duhet të kryhet deri më { $due_by }. Rishikimi i standardit do të kërkonte vite pune në komitet; kjo kohë do të shfrytëzohej shumë më mirë duke i ndihmuar organizatat të zbatojnë udhëzimet që standardi ofron tashmë. Prandaj, kërkoj me respekt që { $acronym } të votojë për konfirmimin e standardit { $standard } kur të hapet votimi.
   *[other] Rishikimi i standardit do të kërkonte vite pune në komitet; kjo kohë do të shfrytëzohej shumë më mirë duke i ndihmuar organizatat të zbatojnë udhëzimet që standardi ofron tashmë. Prandaj, kërkoj me respekt që { $acronym } të votojë për konfirmimin e standardit { $standard } kur të hapet votimi.
}
letter-review-closing = Ju falënderoj që e shqyrtoni këtë kërkesë. Do të më vinte mirë të mësoja se si synon të votojë { $acronym }, dhe do të ndaja me kënaqësi me ju atë që di për përdorimin e standardit { $in_country }.
letter-adopt-opening = Ju shkruaj me kërkesën që { $body } të adoptojë standardin { $has_title ->
    [yes] { $standard }, „{ $title }“,
   *[no] { $standard }
} { $country_kind ->
    [territory] si standard, që ta ketë edhe { $country }.
   *[country] si standard kombëtar, që ta ketë edhe vendi juaj, { $country }.
}
letter-adopt-why = Institucionet publike dhe kompanitë shpenzojnë një pjesë të madhe të të ardhurave kombëtare për mallra, punë dhe shërbime, dhe mënyra se si blejnë ndikon në kushtet e punës, në emetimet dhe në ekonomitë vendore deri thellë në zinxhirët e tyre të furnizimit. ISO 20400 u jep atyre udhëzime të miratuara në nivel ndërkombëtar për t’i marrë parasysh këto ndikime: nga politika e prokurimit dhe angazhimi i drejtuesve deri te përzgjedhja e furnitorëve dhe menaxhimi i kontratave. Standardi vlen për organizata të çdo madhësie dhe të çdo sektori, publike ose private.
letter-adopt-evidence = { $adopted ->
    [0] ISO e konfirmoi standardin në shqyrtimin sistematik më të fundit, të përfunduar më { $confirmed }; prandaj ai është aktual dhe i qëndrueshëm.
    [one] Të paktën { $adopted } organizëm kombëtar standardizimi e ka adoptuar tashmë standardin, dhe ISO e konfirmoi atë në shqyrtimin sistematik më të fundit, të përfunduar më { $confirmed }; prandaj ai është aktual dhe i qëndrueshëm.
   *[other] Të paktën { $adopted } organizma kombëtarë standardizimi e kanë adoptuar tashmë standardin, dhe ISO e konfirmoi atë në shqyrtimin sistematik më të fundit, të përfunduar më { $confirmed }; prandaj ai është aktual dhe i qëndrueshëm.
}
letter-adopt-ask = Një adoptim identik me tekstin ndërkombëtar do t’u jepte blerësve dhe furnitorëve { $in_country } një referencë të njohur, të cilën mund ta citojnë tenderët publikë dhe politikat e kompanive, dhe do ta lehtësonte përafrimin me partnerët tregtarë që e përdorin tashmë standardin. Kërkoj me respekt që { $acronym } të nisë adoptimin e standardit { $standard } dhe, kur është e mundur, ta botojë atë në { $language }.
letter-adopt-ask-in-progress = Kam kuptuar se { $acronym } e ka nisur tashmë adoptimin e standardit { $standard }. Një botim identik me tekstin ndërkombëtar do t’u jepte blerësve dhe furnitorëve { $in_country } një referencë të njohur, të cilën mund ta citojnë tenderët publikë dhe politikat e kompanive. Kërkoj me respekt që { $acronym } ta përfundojë adoptimin dhe ta botojë standardin, kur është e mundur në { $language }, si dhe t’i njoftojë ata që do ta përdorin sapo ai të jetë i disponueshëm.
letter-adopt-closing = Ju falënderoj që e shqyrtoni këtë kërkesë. Do të më vinte mirë t’ju tregoja më shumë për interesin që ekziston për standardin { $in_country } dhe të mësoja se cilat mund të jenë hapat e ardhshëm.
letter-translate-opening = Ju shkruaj me kërkesën që { $body } ta bëjë të disponueshëm standardin { $has_title ->
    [yes] { $standard }, „{ $title }“,
   *[no] { $standard }
} në { $language }.
letter-translate-opening-exists = Ju shkruaj lidhur me botimin { $edition }, versionin në { $language } të standardit { $has_title ->
    [yes] { $standard }, „{ $title }“,
   *[no] { $standard },
} që e boton { $acronym }.
letter-translate-why = Prokurimi i qëndrueshëm është puna e përditshme e blerësve, furnitorëve, menaxherëve të kontratave dhe nëpunësve publikë, shumë prej të cilëve i lexojnë udhëzimet vetëm në gjuhën e tyre. ISO e ka botuar zyrtarisht ISO 20400 në anglisht dhe në frëngjisht, dhe ekziston edhe një përkthim zyrtar në spanjisht; për ata që, { $in_country }, punojnë në { $language }, një botim kombëtar do ta shndërronte një tekst ndërkombëtar në një mjet praktik, që mund ta ndajnë me ekipet dhe furnitorët e tyre.
letter-translate-why-exists = Prokurimi i qëndrueshëm është puna e përditshme e blerësve, furnitorëve, menaxherëve të kontratave dhe nëpunësve publikë, shumë prej të cilëve i lexojnë udhëzimet vetëm në gjuhën e tyre. Falë botimit { $edition }, ata që, { $in_country }, punojnë në { $language } e kanë tashmë standardin në gjuhën e tyre; tani ka rëndësi që ata ta dinë se ai ekziston dhe ta vënë në përdorim me ekipet dhe furnitorët e tyre.
letter-translate-evidence = { $adopted ->
    [0] ISO e konfirmoi standardin në shqyrtimin sistematik më të fundit, të përfunduar më { $confirmed }; prandaj një përkthim i bërë tani do të mbetet i dobishëm për shumë vite.
    [one] Të paktën { $adopted } organizëm kombëtar standardizimi e ka adoptuar standardin, dhe ISO e konfirmoi atë në shqyrtimin sistematik më të fundit, të përfunduar më { $confirmed }; prandaj një përkthim i bërë tani do të mbetet i dobishëm për shumë vite.
   *[other] Të paktën { $adopted } organizma kombëtarë standardizimi e kanë adoptuar standardin, dhe ISO e konfirmoi atë në shqyrtimin sistematik më të fundit, të përfunduar më { $confirmed }; prandaj një përkthim i bërë tani do të mbetet i dobishëm për shumë vite.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO e konfirmoi standardin në shqyrtimin sistematik më të fundit, të përfunduar më { $confirmed }; prandaj botimi { $edition } do të mbetet aktual për shumë vite.
    [one] Të paktën { $adopted } organizëm kombëtar standardizimi e ka adoptuar standardin, dhe ISO e konfirmoi atë në shqyrtimin sistematik më të fundit, të përfunduar më { $confirmed }; prandaj botimi { $edition } do të mbetet aktual për shumë vite.
   *[other] Të paktën { $adopted } organizma kombëtarë standardizimi e kanë adoptuar standardin, dhe ISO e konfirmoi atë në shqyrtimin sistematik më të fundit, të përfunduar më { $confirmed }; prandaj botimi { $edition } do të mbetet aktual për shumë vite.
}
letter-translate-ask = Kërkoj me respekt që { $acronym } të përgatisë dhe të botojë standardin { $standard } në { $language }, qoftë si adoptim kombëtar, qoftë si përkthim që shitet krahas tekstit ndërkombëtar, si dhe t’i njoftojë ata që do ta përdorin sapo ai të jetë i disponueshëm.
letter-translate-ask-exists = Ju falënderoj që { $acronym } e ka bërë të disponueshëm botimin { $edition } në { $language }. Ju kërkoj me respekt ta bëni atë gjerësisht të njohur te blerësit, furnitorët dhe nëpunësit publikë { $in_country } dhe ta mbani në përputhje me tekstin ndërkombëtar kur ISO ta rishikojë standardin herën tjetër.
letter-translate-closing = Ju falënderoj që e shqyrtoni këtë kërkesë. Do të ndihmoja me kënaqësi që përkthimi të bëhet i njohur { $in_country }, sapo të botohet.
letter-sign-off = Me respekt,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = në vendin tuaj ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = organizmi kombëtar i standardizimit në vendin tuaj
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = vendi juaj
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = në vendin tuaj
open-letter-generic-deadline = data e mbylljes së votimit
open-letter-generic-committee = komiteti ISO përgjegjës për standardin
