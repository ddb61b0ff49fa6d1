# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Dansk
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
letter-subject-review = Anmodning om at stemme for at bekræfte { $standard } ved den systematiske revurdering
letter-subject-adopt = { $country_kind ->
    [territory] Anmodning om at vedtage { $standard } som standard for { $country }
   *[country] Anmodning om at vedtage { $standard } som national standard for { $country }
}
letter-subject-translate = Anmodning om at udgive { $standard } på { $language }
letter-subject-translate-exists = Anmodning om at udbrede kendskabet til { $edition }, udgaven af { $standard } på { $language }
letter-greeting = Til rette vedkommende
letter-review-opening = Jeg skriver til jer vedrørende { $has_title ->
    [yes] { $standard }, »{ $title }«,
   *[no] { $standard }
} og den stemme, som { $body } afgiver ved den systematiske revurdering af standarden. Jeg vil gerne bede jer om at stemme for at bekræfte standarden i dens nuværende form.
letter-review-why = ISO 20400 giver organisationer af enhver størrelse og i alle sektorer en fælles ramme for bæredygtige indkøb: standarden viser, hvordan de kan afveje de miljømæssige, sociale og økonomiske konsekvenser af det, de køber, i hele forsyningskæden, og hvordan dette kan indarbejdes i politikker, processer og den daglige praksis. Siden standarden blev udgivet, er klimaforandringer, cirkulær økonomi, menneskerettigheder og forretningsetik rykket øverst på dagsordenen, og meget af det arbejde foregår netop i forsyningskæderne. Standarden blev skrevet til præcis disse spørgsmål og er fortsat en solid ramme for dem.
letter-review-evidence = { $adopted ->
    [0] Ved den seneste systematiske revurdering, der blev afsluttet den { $confirmed }, bekræftede ISO standarden uden ændringer.
    [one] Mindst { $adopted } nationalt standardiseringsorgan har vedtaget standarden som national standard, og ved den seneste systematiske revurdering, der blev afsluttet den { $confirmed }, blev den bekræftet uden ændringer.
   *[other] Mindst { $adopted } nationale standardiseringsorganer har vedtaget standarden som national standard, og ved den seneste systematiske revurdering, der blev afsluttet den { $confirmed }, blev den bekræftet uden ændringer.
}
letter-review-ask = { $has_deadline ->
    [yes] Den igangværende afstemning lukker den { $deadline }. En revision af standarden ville kræve flere års udvalgsarbejde; den tid er langt bedre givet ud på at hjælpe organisationer med at anvende den vejledning, som standarden allerede giver. Jeg beder derfor { $acronym } om at stemme for at bekræfte { $standard }.
    [due] Den næste systematiske revurdering af standarden skal finde sted senest den { $due_by }. En revision af standarden ville kræve flere års udvalgsarbejde; den tid er langt bedre givet ud på at hjælpe organisationer med at anvende den vejledning, som standarden allerede giver. Jeg beder derfor { $acronym } om at stemme for at bekræfte { $standard }, når afstemningen åbner.
   *[other] En revision af standarden ville kræve flere års udvalgsarbejde; den tid er langt bedre givet ud på at hjælpe organisationer med at anvende den vejledning, som standarden allerede giver. Jeg beder derfor { $acronym } om at stemme for at bekræfte { $standard }, når afstemningen åbner.
}
letter-review-closing = Tak, fordi I vil overveje denne anmodning. Jeg vil gerne høre, hvordan { $acronym } agter at stemme, og jeg deler gerne min viden om, hvordan standarden anvendes { $in_country }.
letter-adopt-opening = Jeg skriver for at bede { $body } om at vedtage { $has_title ->
    [yes] { $standard }, »{ $title }«,
   *[no] { $standard }
} { $country_kind ->
    [territory] som standard for { $country }.
   *[country] som national standard for { $country }.
}
letter-adopt-why = Offentlige myndigheder og virksomheder bruger en stor del af nationalindkomsten på varer, bygge- og anlægsarbejder og tjenesteydelser, og måden, de køber ind på, påvirker arbejdsvilkår, udledninger og lokale økonomier langt ned gennem forsyningskæderne. ISO 20400 giver dem internationalt aftalt vejledning i at tage højde for disse konsekvenser: fra indkøbspolitik og ledelsens engagement til valg af leverandører og kontraktstyring. Standarden kan anvendes af organisationer af enhver størrelse og i alle sektorer, både offentlige og private.
letter-adopt-evidence = { $adopted ->
    [0] ISO bekræftede standarden ved den seneste systematiske revurdering, der blev afsluttet den { $confirmed }; standarden er således aktuel og stabil.
    [one] Mindst { $adopted } nationalt standardiseringsorgan har allerede vedtaget standarden, og ISO bekræftede den ved den seneste systematiske revurdering, der blev afsluttet den { $confirmed }; standarden er således aktuel og stabil.
   *[other] Mindst { $adopted } nationale standardiseringsorganer har allerede vedtaget standarden, og ISO bekræftede den ved den seneste systematiske revurdering, der blev afsluttet den { $confirmed }; standarden er således aktuel og stabil.
}
letter-adopt-ask = En vedtagelse med en tekst, der er identisk med den internationale, ville give indkøbere og leverandører { $in_country } en anerkendt reference, som offentlige udbud og virksomheders politikker kan henvise til, og ville gøre det lettere at afstemme praksis med handelspartnere, der allerede bruger standarden. Jeg beder { $acronym } om at indlede vedtagelsen af { $standard } og om muligt at udgive standarden på { $language }.
letter-adopt-ask-in-progress = Jeg forstår, at { $acronym } allerede har indledt vedtagelsen af { $standard }. En udgave, der er identisk med den internationale tekst, ville give indkøbere og leverandører { $in_country } en anerkendt reference, som offentlige udbud og virksomheders politikker kan henvise til. Jeg beder { $acronym } om at færdiggøre vedtagelsen og udgive standarden, om muligt på { $language }, og om at orientere dem, der skal bruge den, når den foreligger.
letter-adopt-closing = Tak, fordi I vil overveje denne anmodning. Jeg fortæller gerne mere om interessen for standarden { $in_country } og hører gerne, hvad de næste skridt kunne være.
letter-translate-opening = Jeg skriver for at bede { $body } om at gøre { $has_title ->
    [yes] { $standard }, »{ $title }«,
   *[no] { $standard }
} tilgængelig på { $language }.
letter-translate-opening-exists = Jeg skriver til jer vedrørende { $edition }, udgaven på { $language } af { $has_title ->
    [yes] { $standard }, »{ $title }«,
   *[no] { $standard },
} som { $acronym } udgiver.
letter-translate-why = Bæredygtige indkøb er det daglige arbejde for indkøbere, leverandører, kontraktansvarlige og offentligt ansatte, hvoraf mange kun læser vejledninger på deres eget sprog. ISO 20400 findes i officielle udgaver fra ISO på engelsk og fransk samt i en officiel spansk oversættelse; for dem { $in_country }, der arbejder på { $language }, ville en national udgave gøre en international tekst til et praktisk værktøj, som de kan dele med deres kolleger og leverandører.
letter-translate-why-exists = Bæredygtige indkøb er det daglige arbejde for indkøbere, leverandører, kontraktansvarlige og offentligt ansatte, hvoraf mange kun læser vejledninger på deres eget sprog. Med { $edition } har de { $in_country }, der arbejder på { $language }, allerede standarden på deres eget sprog; nu gælder det om, at de kender til den og tager den i brug sammen med deres kolleger og leverandører.
letter-translate-evidence = { $adopted ->
    [0] ISO bekræftede standarden ved den seneste systematiske revurdering, der blev afsluttet den { $confirmed }, så en oversættelse, der udarbejdes nu, vil være nyttig i mange år.
    [one] Mindst { $adopted } nationalt standardiseringsorgan har vedtaget standarden, og ISO bekræftede den ved den seneste systematiske revurdering, der blev afsluttet den { $confirmed }, så en oversættelse, der udarbejdes nu, vil være nyttig i mange år.
   *[other] Mindst { $adopted } nationale standardiseringsorganer har vedtaget standarden, og ISO bekræftede den ved den seneste systematiske revurdering, der blev afsluttet den { $confirmed }, så en oversættelse, der udarbejdes nu, vil være nyttig i mange år.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO bekræftede standarden ved den seneste systematiske revurdering, der blev afsluttet den { $confirmed }, så { $edition } vil være aktuel i mange år.
    [one] Mindst { $adopted } nationalt standardiseringsorgan har vedtaget standarden, og ISO bekræftede den ved den seneste systematiske revurdering, der blev afsluttet den { $confirmed }, så { $edition } vil være aktuel i mange år.
   *[other] Mindst { $adopted } nationale standardiseringsorganer har vedtaget standarden, og ISO bekræftede den ved den seneste systematiske revurdering, der blev afsluttet den { $confirmed }, så { $edition } vil være aktuel i mange år.
}
letter-translate-ask = Jeg beder { $acronym } om at udarbejde og udgive en udgave af { $standard } på { $language }, enten som en national vedtagelse eller som en oversættelse, der sælges sammen med den internationale tekst, og om at orientere dem, der skal bruge den, når den foreligger.
letter-translate-ask-exists = Jeg takker { $acronym } for at have gjort { $edition } tilgængelig på { $language }. Jeg beder jer om at gøre udgaven bredt kendt blandt indkøbere, leverandører og offentligt ansatte { $in_country } og om at holde den ajour med den internationale tekst, når ISO næste gang reviderer standarden.
letter-translate-closing = Tak, fordi I vil overveje denne anmodning. Jeg hjælper gerne med at gøre oversættelsen kendt { $in_country }, når den er udgivet.
letter-sign-off = Med venlig hilsen
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = i jeres land ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = jeres nationale standardiseringsorgan
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = jeres land
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = i jeres land
open-letter-generic-deadline = afstemningens slutdato
open-letter-generic-committee = den ISO-komité, der er ansvarlig for standarden
