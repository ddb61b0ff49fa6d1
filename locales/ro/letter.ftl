# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Română
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
letter-subject-review = Solicitare privind votul pentru confirmarea standardului { $standard } în cadrul examinării sistematice
letter-subject-adopt = Solicitare privind adoptarea standardului { $standard } ca standard național în { $country }
letter-subject-translate = Solicitare privind publicarea standardului { $standard } în limba { $language }
letter-subject-translate-exists = Solicitare privind promovarea ediției { $edition }, versiunea în limba { $language } a standardului { $standard }
letter-greeting = Stimate doamne, stimați domni,
letter-review-opening = Vă scriu în legătură cu standardul { $standard } „{ $title }” și cu votul pe care { $body } îl va exprima în cadrul examinării sistematice a acestuia. Vă rog să votați pentru confirmarea standardului în forma sa actuală.
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
letter-review-closing = Vă mulțumesc pentru atenția acordată acestei solicitări. Aș dori să aflu cum intenționează { $acronym } să voteze și vă pot împărtăși cu plăcere ceea ce știu despre utilizarea standardului în { $country }.
letter-adopt-opening = Vă scriu pentru a solicita ca { $body } să adopte standardul { $standard } „{ $title }” ca standard național în { $country }.
letter-adopt-why = Autoritățile publice și companiile cheltuiesc o parte importantă din venitul național pe produse, lucrări și servicii, iar modul în care cumpără influențează condițiile de muncă, emisiile și economiile locale până departe în lanțurile lor de aprovizionare. Standardul ISO 20400 le oferă îndrumări convenite la nivel internațional pentru luarea în considerare a acestor efecte: de la politica de achiziții și angajamentul conducerii până la alegerea furnizorilor și gestionarea contractelor. Standardul se aplică organizațiilor de orice dimensiune și din orice sector, publice sau private.
letter-adopt-evidence = { $adopted ->
    [0] ISO a confirmat standardul la ultima examinare sistematică, finalizată la { $confirmed }, așadar acesta este actual și stabil.
    [one] Cel puțin { $adopted } organism național de standardizare l-a adoptat deja, iar ISO l-a confirmat la ultima examinare sistematică, finalizată la { $confirmed }, așadar standardul este actual și stabil.
    [few] Cel puțin { $adopted } organisme naționale de standardizare l-au adoptat deja, iar ISO l-a confirmat la ultima examinare sistematică, finalizată la { $confirmed }, așadar standardul este actual și stabil.
   *[other] Cel puțin { $adopted } de organisme naționale de standardizare l-au adoptat deja, iar ISO l-a confirmat la ultima examinare sistematică, finalizată la { $confirmed }, așadar standardul este actual și stabil.
}
letter-adopt-ask = Un standard național identic cu textul internațional le-ar oferi achizitorilor și furnizorilor din { $country } o referință recunoscută, pe care o pot invoca documentațiile de atribuire și politicile companiilor, și ar facilita alinierea cu partenerii comerciali care aplică deja standardul. Solicit respectuos ca { $acronym } să inițieze adoptarea standardului { $standard } și, dacă este posibil, să îl publice în limba { $language }.
letter-adopt-ask-in-progress = Am aflat că { $acronym } a început deja adoptarea standardului { $standard }. Un standard național identic cu textul internațional le-ar oferi achizitorilor și furnizorilor din { $country } o referință recunoscută, pe care o pot invoca documentațiile de atribuire și politicile companiilor. Solicit respectuos ca { $acronym } să finalizeze adoptarea și să publice standardul național, dacă este posibil în limba { $language }, precum și să îi informeze pe viitorii utilizatori atunci când acesta va fi disponibil.
letter-adopt-closing = Vă mulțumesc pentru atenția acordată acestei solicitări. Mi-ar face plăcere să vă prezint mai pe larg interesul pentru acest standard în { $country } și să aflu care ar putea fi pașii următori.
letter-translate-opening = Vă scriu pentru a solicita ca { $body } să pună la dispoziție standardul { $standard } „{ $title }” în limba { $language }.
letter-translate-opening-exists = Vă scriu în legătură cu ediția { $edition }, versiunea în limba { $language } a standardului { $standard } „{ $title }”, publicată de { $acronym }.
letter-translate-why = Achizițiile sustenabile reprezintă activitatea zilnică a achizitorilor, furnizorilor, responsabililor cu gestionarea contractelor și funcționarilor publici, dintre care mulți citesc ghiduri doar în propria limbă. Standardul ISO 20400 există în edițiile oficiale ale ISO în limbile engleză și franceză, precum și într-o traducere oficială în limba spaniolă; pentru cei din { $country } care lucrează în limba { $language }, o ediție națională ar transforma un text internațional într-un instrument practic, pe care îl pot împărtăși echipelor și furnizorilor lor.
letter-translate-why-exists = Achizițiile sustenabile reprezintă activitatea zilnică a achizitorilor, furnizorilor, responsabililor cu gestionarea contractelor și funcționarilor publici, dintre care mulți citesc ghiduri doar în propria limbă. Datorită ediției { $edition }, cei din { $country } care lucrează în limba { $language } au deja standardul în propria limbă; acum este important ca ei să știe că acesta există și să îl folosească împreună cu echipele și furnizorii lor.
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
letter-translate-ask-exists = Apreciez faptul că { $acronym } a pus la dispoziție ediția { $edition } în limba { $language }. Vă rog respectuos să o faceți cunoscută pe scară largă achizitorilor, furnizorilor și funcționarilor publici din { $country } și să o mențineți în concordanță cu textul internațional atunci când ISO va revizui din nou standardul.
letter-translate-closing = Vă mulțumesc pentru atenția acordată acestei solicitări. După publicarea traducerii, vă voi ajuta cu plăcere să o faceți cunoscută în { $country }.
letter-sign-off = Cu stimă,
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = organismul național de standardizare din țara dumneavoastră
open-letter-generic-country = țara dumneavoastră
open-letter-generic-deadline = data închiderii votului
open-letter-generic-committee = comitetul ISO responsabil de standard
