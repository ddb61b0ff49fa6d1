# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Slovenščina
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
letter-subject-review = Prošnja za glasovanje za potrditev standarda { $standard } v sistematičnem pregledu
letter-subject-adopt = { $country_kind ->
    [territory] Prošnja za privzem standarda { $standard } – { $country }
   *[country] Prošnja za privzem standarda { $standard } kot nacionalnega standarda – { $country }
}
letter-subject-translate = Prošnja za izdajo standarda { $standard } v nacionalnem jeziku ({ $language })
letter-subject-translate-exists = Prošnja za širšo promocijo standarda { $edition }, prevoda standarda { $standard } v nacionalni jezik ({ $language })
letter-greeting = Spoštovani,
letter-review-opening = obračam se na vas v zvezi s standardom { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} in glasovanjem, v katerem { $body } odda svoj glas v okviru sistematičnega pregleda tega standarda. Vljudno vas prosim, da glasujete za potrditev standarda v njegovi sedanji obliki.
letter-review-why = Standard ISO 20400 organizacijam vseh velikosti in iz vseh sektorjev ponuja skupen okvir za trajnostno naročanje: kaže, kako pretehtati okoljske, družbene in gospodarske učinke tega, kar kupujejo, v celotni dobavni verigi ter kako to vključiti v politike, procese in vsakodnevno prakso. Od njegove objave so se podnebne spremembe, krožno gospodarstvo, človekove pravice in poslovna etika uvrstili na vrh prednostnih nalog, velik del dela na teh področjih pa poteka prav v dobavnih verigah. Standard je bil napisan prav za ta vprašanja in zanje še vedno ponuja trden okvir.
letter-review-evidence = { $adopted ->
    [0] Ob zadnjem sistematičnem pregledu, zaključenem { $confirmed }, je ISO standard potrdil brez sprememb.
    [one] Vsaj { $adopted } nacionalni organ za standarde je ta standard privzel kot nacionalni standard, ob zadnjem sistematičnem pregledu, zaključenem { $confirmed }, pa je bil standard potrjen brez sprememb.
    [two] Vsaj { $adopted } nacionalna organa za standarde sta ta standard privzela kot nacionalni standard, ob zadnjem sistematičnem pregledu, zaključenem { $confirmed }, pa je bil standard potrjen brez sprememb.
    [few] Vsaj { $adopted } nacionalni organi za standarde so ta standard privzeli kot nacionalni standard, ob zadnjem sistematičnem pregledu, zaključenem { $confirmed }, pa je bil standard potrjen brez sprememb.
   *[other] Vsaj { $adopted } nacionalnih organov za standarde je ta standard privzelo kot nacionalni standard, ob zadnjem sistematičnem pregledu, zaključenem { $confirmed }, pa je bil standard potrjen brez sprememb.
}
letter-review-ask = { $has_deadline ->
    [yes] Tekoče glasovanje se zaključi { $deadline }. Revizija standarda bi zahtevala več let dela v tehničnem odboru; ta čas je veliko bolje porabiti za pomoč organizacijam pri uporabi smernic, ki jih standard že vsebuje. Zato vljudno prosim, da { $acronym } glasuje za potrditev standarda { $standard }.
    [due] Naslednji sistematični pregled standarda mora biti opravljen najpozneje do { $due_by }. Revizija standarda bi zahtevala več let dela v tehničnem odboru; ta čas je veliko bolje porabiti za pomoč organizacijam pri uporabi smernic, ki jih standard že vsebuje. Zato vljudno prosim, da { $acronym } ob odprtju glasovanja glasuje za potrditev standarda { $standard }.
   *[other] Revizija standarda bi zahtevala več let dela v tehničnem odboru; ta čas je veliko bolje porabiti za pomoč organizacijam pri uporabi smernic, ki jih standard že vsebuje. Zato vljudno prosim, da { $acronym } ob odprtju glasovanja glasuje za potrditev standarda { $standard }.
}
letter-review-closing = Zahvaljujem se vam za obravnavo te prošnje. Zelo me zanima, kako namerava { $acronym } glasovati, obenem pa sem vam na voljo tudi za informacije o tem, kako se standard uporablja { $in_country }.
letter-adopt-opening = obračam se na vas s prošnjo, da { $body } privzame standard { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} { $country_kind ->
    [territory] in tako vaše območje, { $country }, pridobi lasten standard za trajnostno naročanje.
   *[country] kot nacionalni standard in tako vaša država, { $country }, pridobi lasten standard za trajnostno naročanje.
}
letter-adopt-why = Javni organi in podjetja za blago, storitve in gradnje porabijo velik del nacionalnega dohodka, način njihovega nakupovanja pa daleč v dobavnih verigah vpliva na delovne pogoje, emisije in lokalna gospodarstva. Standard ISO 20400 jim ponuja mednarodno usklajene smernice za upoštevanje teh učinkov – od politike naročanja in zavezanosti vodstva do izbire dobaviteljev in upravljanja pogodb. Uporaben je za organizacije vseh velikosti in iz vseh sektorjev, javne in zasebne.
letter-adopt-evidence = { $adopted ->
    [0] ISO je standard potrdil ob zadnjem sistematičnem pregledu, zaključenem { $confirmed }, zato je standard aktualen in stabilen.
    [one] Vsaj { $adopted } nacionalni organ za standarde je ta standard že privzel, ISO pa ga je potrdil ob zadnjem sistematičnem pregledu, zaključenem { $confirmed }, zato je standard aktualen in stabilen.
    [two] Vsaj { $adopted } nacionalna organa za standarde sta ta standard že privzela, ISO pa ga je potrdil ob zadnjem sistematičnem pregledu, zaključenem { $confirmed }, zato je standard aktualen in stabilen.
    [few] Vsaj { $adopted } nacionalni organi za standarde so ta standard že privzeli, ISO pa ga je potrdil ob zadnjem sistematičnem pregledu, zaključenem { $confirmed }, zato je standard aktualen in stabilen.
   *[other] Vsaj { $adopted } nacionalnih organov za standarde je ta standard že privzelo, ISO pa ga je potrdil ob zadnjem sistematičnem pregledu, zaključenem { $confirmed }, zato je standard aktualen in stabilen.
}
letter-adopt-ask = Privzem, istoveten z mednarodnim besedilom, bi kupcem in dobaviteljem { $in_country } zagotovil priznano referenco, na katero se lahko sklicujejo javni razpisi in politike podjetij, obenem pa bi olajšal usklajevanje s trgovinskimi partnerji, ki standard že uporabljajo. Vljudno prosim, da { $acronym } začne postopek privzema standarda { $standard } in ga, če je mogoče, izda v nacionalnem jeziku ({ $language }).
letter-adopt-ask-in-progress = Kolikor mi je znano, { $acronym } že izvaja postopek privzema standarda { $standard }. Izdaja, istovetna z mednarodnim besedilom, bi kupcem in dobaviteljem { $in_country } zagotovila priznano referenco, na katero se lahko sklicujejo javni razpisi in politike podjetij. Vljudno prosim, da { $acronym } privzem zaključi in standard izda, če je mogoče v nacionalnem jeziku ({ $language }), ter o njegovi razpoložljivosti obvesti tiste, ki ga bodo uporabljali.
letter-adopt-closing = Zahvaljujem se vam za obravnavo te prošnje. Z veseljem vam povem več o zanimanju za standard { $in_country }, zelo pa me zanima tudi, kakšni bi lahko bili naslednji koraki.
letter-translate-opening = obračam se na vas s prošnjo, da { $body } zagotovi izdajo standarda { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} v nacionalnem jeziku ({ $language }).
letter-translate-opening-exists = obračam se na vas v zvezi s standardom { $edition }, prevodom standarda { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} v nacionalni jezik ({ $language }), ki ga izdaja { $acronym }.
letter-translate-why = Trajnostno naročanje je vsakdanje delo kupcev, dobaviteljev, skrbnikov pogodb in javnih uslužbencev, med katerimi mnogi smernice berejo le v svojem jeziku. Standard ISO 20400 obstaja v uradnih izdajah ISO v angleščini in francoščini ter v uradnem prevodu v španščino; ljudem { $in_country }, katerih delovni jezik je { $language }, bi nacionalna izdaja mednarodno besedilo spremenila v praktično orodje, ki ga lahko delijo s svojimi ekipami in dobavitelji.
letter-translate-why-exists = Trajnostno naročanje je vsakdanje delo kupcev, dobaviteljev, skrbnikov pogodb in javnih uslužbencev, med katerimi mnogi smernice berejo le v svojem jeziku. S standardom { $edition } imajo ljudje { $in_country }, katerih delovni jezik je { $language }, ta standard že na voljo v svojem jeziku; zdaj je pomembno, da zanj vedo in ga uporabljajo pri delu s svojimi ekipami in dobavitelji.
letter-translate-evidence = { $adopted ->
    [0] ISO je standard potrdil ob zadnjem sistematičnem pregledu, zaključenem { $confirmed }, zato bo prevod, pripravljen zdaj, uporaben še vrsto let.
    [one] Vsaj { $adopted } nacionalni organ za standarde je ta standard privzel, ISO pa ga je potrdil ob zadnjem sistematičnem pregledu, zaključenem { $confirmed }, zato bo prevod, pripravljen zdaj, uporaben še vrsto let.
    [two] Vsaj { $adopted } nacionalna organa za standarde sta ta standard privzela, ISO pa ga je potrdil ob zadnjem sistematičnem pregledu, zaključenem { $confirmed }, zato bo prevod, pripravljen zdaj, uporaben še vrsto let.
    [few] Vsaj { $adopted } nacionalni organi za standarde so ta standard privzeli, ISO pa ga je potrdil ob zadnjem sistematičnem pregledu, zaključenem { $confirmed }, zato bo prevod, pripravljen zdaj, uporaben še vrsto let.
   *[other] Vsaj { $adopted } nacionalnih organov za standarde je ta standard privzelo, ISO pa ga je potrdil ob zadnjem sistematičnem pregledu, zaključenem { $confirmed }, zato bo prevod, pripravljen zdaj, uporaben še vrsto let.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO je standard potrdil ob zadnjem sistematičnem pregledu, zaključenem { $confirmed }, zato bo standard { $edition } ostal aktualen še vrsto let.
    [one] Vsaj { $adopted } nacionalni organ za standarde je ta standard privzel, ISO pa ga je potrdil ob zadnjem sistematičnem pregledu, zaključenem { $confirmed }, zato bo standard { $edition } ostal aktualen še vrsto let.
    [two] Vsaj { $adopted } nacionalna organa za standarde sta ta standard privzela, ISO pa ga je potrdil ob zadnjem sistematičnem pregledu, zaključenem { $confirmed }, zato bo standard { $edition } ostal aktualen še vrsto let.
    [few] Vsaj { $adopted } nacionalni organi za standarde so ta standard privzeli, ISO pa ga je potrdil ob zadnjem sistematičnem pregledu, zaključenem { $confirmed }, zato bo standard { $edition } ostal aktualen še vrsto let.
   *[other] Vsaj { $adopted } nacionalnih organov za standarde je ta standard privzelo, ISO pa ga je potrdil ob zadnjem sistematičnem pregledu, zaključenem { $confirmed }, zato bo standard { $edition } ostal aktualen še vrsto let.
}
letter-translate-ask = Vljudno prosim, da { $acronym } pripravi in izda standard { $standard } v nacionalnem jeziku ({ $language }), bodisi kot nacionalni privzem bodisi kot prevod, ki se prodaja skupaj z mednarodnim besedilom, ter o njegovi razpoložljivosti obvesti tiste, ki ga bodo uporabljali.
letter-translate-ask-exists = Zahvaljujem se, ker { $acronym } izdaja standard { $edition } v nacionalnem jeziku ({ $language }). Vljudno vas prosim, da ga široko predstavite kupcem, dobaviteljem in javnim uslužbencem { $in_country } ter ga uskladite z mednarodnim besedilom, ko bo ISO standard naslednjič revidiral.
letter-translate-closing = Zahvaljujem se vam za obravnavo te prošnje. Ko bo prevod izdan, sem vam na voljo pri njegovi promociji { $in_country }.
letter-sign-off = S spoštovanjem
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = v vaši državi ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = nacionalni organ za standarde vaše države
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = vaša država
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = v vaši državi
open-letter-generic-deadline = datum zaključka glasovanja
open-letter-generic-committee = tehnični odbor ISO, pristojen za standard
