# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Română
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
letter-subject-review = Solicitare privind votul pentru confirmarea standardului { $standard } în cadrul examinării sistematice
letter-subject-adopt = { $country_kind ->
    [territory] Solicitare privind adoptarea standardului { $standard } ca standard pentru { $country }
   *[country] Solicitare privind adoptarea standardului { $standard } ca standard național pentru { $country }
}
letter-subject-translate = Solicitare privind publicarea standardului { $standard } în limba { $language }
letter-subject-translate-exists = Solicitare privind promovarea ediției { $edition }, versiunea în limba { $language } a standardului { $standard }
letter-greeting = Stimate doamne, stimați domni,
letter-review-opening = Vă scriu în legătură cu standardul { $has_title ->
    [yes] { $standard } „{ $title }”
   *[no] { $standard }
} și cu votul pe care { $body } îl va exprima în cadrul examinării sistematice a acestuia. Vă rog să votați pentru confirmarea standardului în forma sa actuală.
letter-review-why = Standardul ISO 20400 oferă organizațiilor de orice dimensiune și din orice sector un cadru comun pentru achiziții sustenabile: arată cum pot fi evaluate efectele de mediu, sociale și economice ale achizițiilor pe întregul lanț de aprovizionare și cum pot fi integrate acestea în politici, procese și practica de zi cu zi. De la publicarea sa, schimbările climatice, economia circulară, drepturile omului și etica în afaceri au ajuns în fruntea agendei, iar o mare parte din această muncă se desfășoară tocmai în lanțurile de aprovizionare. Standardul a fost elaborat exact pentru aceste aspecte și rămâne un cadru solid pentru abordarea lor.
letter-review-evidence = { $adopted ->
    [0] La ultima examinare sistematică, finalizată la { $confirmed }, ISO a confirmat standardul fără modificări.
    [one] Cel puțin { $adopted } organism național de standardizare l-a adoptat ca standard național, iar ultima sa examinare sistematică, finalizată la { $confirmed }, l-a confirmat fără modificări.
    [few] Cel puțin { $adopted } organisme naționale de standardizare l-au adoptat ca standard național, iar ultima sa examinare sistematică, finalizată la { $confirmed }, l-a confirmat fără modificări.
   *[other] Cel puțin { $adopted } de organisme naționale de standardizare l-au adoptat ca standard național, iar ultima sa examinare sistematică, finalizată la { $confirmed }, l-a confirmat fără modificări.
}
letter-review-ask = { $has_deadline ->
    [yes] Votul în curs se încheie la { $deadline }. Revizuirea standardului ar necesita ani de lucru în comitet; acest timp ar fi mult mai bine folosit pentru a ajuta organizațiile să aplice îndrumările pe care standardul le oferă deja. Prin urmare, solicit respectuos ca { $acronym } să voteze pentru confirmarea standardului { $standard }.
    [due] Următoarea examinare sistematică a standardului trebuie să aibă loc până la { $due_by }. Revizuirea standardului ar necesita ani de lucru în comitet; acest timp ar fi mult mai bine folosit pentru a ajuta organizațiile să aplice îndrumările pe care standardul le oferă deja. Prin urmare, solicit respectuos ca { $acronym } să voteze pentru confirmarea standardului { $standard } atunci când va începe votul.
   *[other] Revizuirea standardului ar necesita ani de lucru în comitet; acest timp ar fi mult mai bine folosit pentru a ajuta organizațiile să aplice îndrumările pe care standardul le oferă deja. Prin urmare, solicit respectuos ca { $acronym } să voteze pentru confirmarea standardului { $standard } atunci când va începe votul.
}
letter-review-closing = Vă mulțumesc pentru atenția acordată acestei solicitări. Aș dori să aflu cum intenționează { $acronym } să voteze și vă pot împărtăși cu plăcere ceea ce știu despre utilizarea standardului { $in_country }.
letter-adopt-opening = Vă scriu pentru a solicita ca { $body } să adopte standardul { $has_title ->
    [yes] { $standard } „{ $title }”
   *[no] { $standard }
} { $country_kind ->
    [territory] ca standard pentru { $country }.
   *[country] ca standard național pentru { $country }.
}
letter-adopt-why = Autoritățile publice și companiile cheltuiesc o parte importantă din venitul național pe produse, lucrări și servicii, iar modul în care cumpără influențează condițiile de muncă, emisiile și economiile locale până departe în lanțurile lor de aprovizionare. Standardul ISO 20400 le oferă îndrumări convenite la nivel internațional pentru luarea în considerare a acestor efecte: de la politica de achiziții și angajamentul conducerii până la alegerea furnizorilor și gestionarea contractelor. Standardul se aplică organizațiilor de orice dimensiune și din orice sector, publice sau private.
letter-adopt-evidence = { $adopted ->
    [0] ISO a confirmat standardul la ultima examinare sistematică, finalizată la { $confirmed }, așadar acesta este actual și stabil.
    [one] Cel puțin { $adopted } organism național de standardizare l-a adoptat deja, iar ISO l-a confirmat la ultima examinare sistematică, finalizată la { $confirmed }, așadar standardul este actual și stabil.
    [few] Cel puțin { $adopted } organisme naționale de standardizare l-au adoptat deja, iar ISO l-a confirmat la ultima examinare sistematică, finalizată la { $confirmed }, așadar standardul este actual și stabil.
   *[other] Cel puțin { $adopted } de organisme naționale de standardizare l-au adoptat deja, iar ISO l-a confirmat la ultima examinare sistematică, finalizată la { $confirmed }, așadar standardul este actual și stabil.
}
letter-adopt-ask = O adoptare identică a textului internațional le-ar oferi achizitorilor și furnizorilor care activează { $in_country } o referință recunoscută, pe care o pot invoca documentațiile de atribuire și politicile companiilor, și ar facilita alinierea cu partenerii comerciali care aplică deja standardul. Solicit respectuos ca { $acronym } să inițieze adoptarea standardului { $standard } și, dacă este posibil, să îl publice în limba { $language }.
letter-adopt-ask-in-progress = Am aflat că { $acronym } a început deja adoptarea standardului { $standard }. O ediție identică cu textul internațional le-ar oferi achizitorilor și furnizorilor care activează { $in_country } o referință recunoscută, pe care o pot invoca documentațiile de atribuire și politicile companiilor. Solicit respectuos ca { $acronym } să finalizeze adoptarea și să publice standardul, dacă este posibil în limba { $language }, precum și să îi informeze pe viitorii utilizatori atunci când acesta va fi disponibil.
letter-adopt-closing = Vă mulțumesc pentru atenția acordată acestei solicitări. Mi-ar face plăcere să vă prezint mai pe larg interesul pentru acest standard { $in_country } și să aflu care ar putea fi pașii următori.
letter-translate-opening = Vă scriu pentru a solicita ca { $body } să pună la dispoziție standardul { $has_title ->
    [yes] { $standard } „{ $title }”
   *[no] { $standard }
} în limba { $language }.
letter-translate-opening-exists = Vă scriu în legătură cu ediția { $edition }, versiunea în limba { $language } a standardului { $has_title ->
    [yes] { $standard } „{ $title }”,
   *[no] { $standard },
} publicată de { $acronym }.
letter-translate-why = Achizițiile sustenabile reprezintă activitatea zilnică a achizitorilor, furnizorilor, responsabililor cu gestionarea contractelor și funcționarilor publici, dintre care mulți citesc ghiduri doar în propria limbă. Standardul ISO 20400 există în edițiile oficiale ale ISO în limbile engleză și franceză, precum și într-o traducere oficială în limba spaniolă; pentru cei care, { $in_country }, lucrează în limba { $language }, o ediție națională ar transforma un text internațional într-un instrument practic, pe care îl pot împărtăși echipelor și furnizorilor lor.
letter-translate-why-exists = Achizițiile sustenabile reprezintă activitatea zilnică a achizitorilor, furnizorilor, responsabililor cu gestionarea contractelor și funcționarilor publici, dintre care mulți citesc ghiduri doar în propria limbă. Datorită ediției { $edition }, cei care, { $in_country }, lucrează în limba { $language } au deja standardul în propria limbă; acum este important ca ei să știe că acesta există și să îl folosească împreună cu echipele și furnizorii lor.
letter-translate-evidence = { $adopted ->
    [0] ISO a confirmat standardul la ultima examinare sistematică, finalizată la { $confirmed }, așadar o traducere realizată acum va rămâne utilă mulți ani.
    [one] Cel puțin { $adopted } organism național de standardizare l-a adoptat, iar ISO l-a confirmat la ultima examinare sistematică, finalizată la { $confirmed }, așadar o traducere realizată acum va rămâne utilă mulți ani.
    [few] Cel puțin { $adopted } organisme naționale de standardizare l-au adoptat, iar ISO l-a confirmat la ultima examinare sistematică, finalizată la { $confirmed }, așadar o traducere realizată acum va rămâne utilă mulți ani.
   *[other] Cel puțin { $adopted } de organisme naționale de standardizare l-au adoptat, iar ISO l-a confirmat la ultima examinare sistematică, finalizată la { $confirmed }, așadar o traducere realizată acum va rămâne utilă mulți ani.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO a confirmat standardul la ultima examinare sistematică, finalizată la { $confirmed }, așadar ediția { $edition } va rămâne actuală mulți ani.
    [one] Cel puțin { $adopted } organism național de standardizare l-a adoptat, iar ISO l-a confirmat la ultima examinare sistematică, finalizată la { $confirmed }, așadar ediția { $edition } va rămâne actuală mulți ani.
    [few] Cel puțin { $adopted } organisme naționale de standardizare l-au adoptat, iar ISO l-a confirmat la ultima examinare sistematică, finalizată la { $confirmed }, așadar ediția { $edition } va rămâne actuală mulți ani.
   *[other] Cel puțin { $adopted } de organisme naționale de standardizare l-au adoptat, iar ISO l-a confirmat la ultima examinare sistematică, finalizată la { $confirmed }, așadar ediția { $edition } va rămâne actuală mulți ani.
}
letter-translate-ask = Solicit respectuos ca { $acronym } să pregătească și să publice o ediție în limba { $language } a standardului { $standard }, fie ca adoptare națională, fie ca traducere comercializată alături de textul internațional, și să îi informeze pe viitorii utilizatori atunci când aceasta va fi disponibilă.
letter-translate-ask-exists = Apreciez faptul că { $acronym } a pus la dispoziție ediția { $edition } în limba { $language }. Vă rog respectuos să o faceți cunoscută pe scară largă { $in_country }, în rândul achizitorilor, furnizorilor și funcționarilor publici, și să o mențineți în concordanță cu textul internațional atunci când ISO va revizui din nou standardul.
letter-translate-closing = Vă mulțumesc pentru atenția acordată acestei solicitări. După publicarea traducerii, vă voi ajuta cu plăcere să o faceți cunoscută { $in_country }.
letter-sign-off = Cu stimă,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = în țara dumneavoastră ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = organismul național de standardizare din țara dumneavoastră
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = țara dumneavoastră
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = în țara dumneavoastră
open-letter-generic-deadline = data închiderii votului
open-letter-generic-committee = comitetul ISO responsabil de standard
