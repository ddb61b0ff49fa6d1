# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Nederlands
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
letter-subject-review = Verzoek om bij de systematische toetsing van { $standard } voor bevestiging te stemmen
letter-subject-adopt = { $country_kind ->
    [territory] Verzoek om overname van { $standard } als norm voor { $country }
   *[country] Verzoek om overname van { $standard } als nationale norm voor { $country }
}
letter-subject-translate = Verzoek om publicatie van { $standard } in het { $language }
letter-subject-translate-exists = Verzoek om { $edition }, de uitgave van { $standard } in het { $language }, breed bekend te maken
letter-greeting = Geachte heer, mevrouw,
letter-review-opening = Graag vraag ik uw aandacht voor { $has_title ->
    [yes] { $standard }, ‘{ $title }’,
   *[no] { $standard }
} en voor de stem die { $body } uitbrengt bij de systematische toetsing van deze norm. Ik wil u vragen te stemmen voor bevestiging van de norm in haar huidige vorm.
letter-review-why = ISO 20400 biedt organisaties van elke omvang en in elke sector een gemeenschappelijk kader voor duurzaam inkopen: de norm laat zien hoe zij de milieu-, sociale en economische effecten van wat zij inkopen in de hele toeleveringsketen kunnen afwegen, en hoe zij dat kunnen verankeren in beleid, processen en de dagelijkse praktijk. Sinds de publicatie van de norm staan klimaatverandering, de circulaire economie, mensenrechten en bedrijfsethiek bovenaan de agenda, en juist in de toeleveringsketen wordt een groot deel van dat werk gedaan. De norm is precies voor deze vraagstukken geschreven en blijft er een deugdelijk kader voor.
letter-review-evidence = { $adopted ->
    [0] Bij de laatste systematische toetsing, afgerond op { $confirmed }, heeft ISO de norm ongewijzigd bevestigd.
    [one] Ten minste { $adopted } nationale normalisatie-instelling heeft de norm als nationale norm overgenomen, en bij de laatste systematische toetsing, afgerond op { $confirmed }, is zij ongewijzigd bevestigd.
   *[other] Ten minste { $adopted } nationale normalisatie-instellingen hebben de norm als nationale norm overgenomen, en bij de laatste systematische toetsing, afgerond op { $confirmed }, is zij ongewijzigd bevestigd.
}
letter-review-ask = { $has_deadline ->
    [yes] De huidige stemming sluit op { $deadline }. Een herziening van de norm zou jaren commissiewerk vergen; die tijd kan veel beter worden besteed aan het ondersteunen van organisaties bij het toepassen van de richtlijnen die de norm nu al biedt. Daarom verzoek ik { $acronym } om voor bevestiging van { $standard } te stemmen.
    [due] De volgende systematische toetsing van de norm moet uiterlijk op { $due_by } plaatsvinden. Een herziening van de norm zou jaren commissiewerk vergen; die tijd kan veel beter worden besteed aan het ondersteunen van organisaties bij het toepassen van de richtlijnen die de norm nu al biedt. Daarom verzoek ik { $acronym } om voor bevestiging van { $standard } te stemmen zodra de stemming wordt geopend.
   *[other] Een herziening van de norm zou jaren commissiewerk vergen; die tijd kan veel beter worden besteed aan het ondersteunen van organisaties bij het toepassen van de richtlijnen die de norm nu al biedt. Daarom verzoek ik { $acronym } om voor bevestiging van { $standard } te stemmen zodra de stemming wordt geopend.
}
letter-review-closing = Ik dank u bij voorbaat voor uw aandacht voor dit verzoek. Ik hoor graag hoe { $acronym } van plan is te stemmen, en deel graag wat ik weet over het gebruik van de norm { $in_country }.
letter-adopt-opening = Hierbij verzoek ik { $body } om { $has_title ->
    [yes] { $standard }, ‘{ $title }’,
   *[no] { $standard }
} { $country_kind ->
    [territory] over te nemen als norm voor { $country }.
   *[country] over te nemen als nationale norm voor { $country }.
}
letter-adopt-why = Overheden en bedrijven besteden een groot deel van het nationaal inkomen aan leveringen, werken en diensten, en de manier waarop zij inkopen, bepaalt arbeidsomstandigheden, emissies en lokale economieën tot diep in hun toeleveringsketens. ISO 20400 biedt hun internationaal overeengekomen richtlijnen om met deze effecten rekening te houden: van het inkoopbeleid en de betrokkenheid van de leiding tot de keuze van leveranciers en het contractmanagement. De norm is toepasbaar op organisaties van elke omvang en in elke sector, zowel publiek als privaat.
letter-adopt-evidence = { $adopted ->
    [0] ISO heeft de norm bij de laatste systematische toetsing, afgerond op { $confirmed }, bevestigd; de norm is dus actueel en stabiel.
    [one] Ten minste { $adopted } nationale normalisatie-instelling heeft de norm al overgenomen, en ISO heeft haar bij de laatste systematische toetsing, afgerond op { $confirmed }, bevestigd; de norm is dus actueel en stabiel.
   *[other] Ten minste { $adopted } nationale normalisatie-instellingen hebben de norm al overgenomen, en ISO heeft haar bij de laatste systematische toetsing, afgerond op { $confirmed }, bevestigd; de norm is dus actueel en stabiel.
}
letter-adopt-ask = Een overname die identiek is aan de internationale tekst, zou inkopers en leveranciers { $in_country } een erkend referentiedocument bieden waarnaar openbare aanbestedingen en bedrijfsbeleid kunnen verwijzen, en zou het eenvoudiger maken om aan te sluiten bij handelspartners die de norm al gebruiken. Ik verzoek { $acronym } daarom de overname van { $standard } in gang te zetten en de norm waar mogelijk in het { $language } te publiceren.
letter-adopt-ask-in-progress = Naar ik heb begrepen, heeft { $acronym } de overname van { $standard } al in gang gezet. Een uitgave die identiek is aan de internationale tekst, zou inkopers en leveranciers { $in_country } een erkend referentiedocument bieden waarnaar openbare aanbestedingen en bedrijfsbeleid kunnen verwijzen. Ik verzoek { $acronym } daarom de overname af te ronden, de norm waar mogelijk in het { $language } te publiceren en de toekomstige gebruikers te laten weten wanneer deze verkrijgbaar is.
letter-adopt-closing = Ik dank u bij voorbaat voor uw aandacht voor dit verzoek. Graag vertel ik u meer over de belangstelling voor de norm { $in_country }, en ik hoor graag welke vervolgstappen mogelijk zijn.
letter-translate-opening = Hierbij verzoek ik { $body } om { $has_title ->
    [yes] { $standard }, ‘{ $title }’,
   *[no] { $standard }
} beschikbaar te stellen in het { $language }.
letter-translate-opening-exists = Hierbij wend ik mij tot u in verband met { $edition }, de door { $acronym } gepubliceerde uitgave in het { $language } van { $has_title ->
    [yes] { $standard }, ‘{ $title }’.
   *[no] { $standard }.
}
letter-translate-why = Duurzaam inkopen is het dagelijkse werk van inkopers, leveranciers, contractmanagers en ambtenaren, van wie velen richtlijnen alleen in hun eigen taal lezen. ISO 20400 bestaat in de officiële Engelse en Franse uitgaven van ISO en in een officiële Spaanse vertaling. Voor wie { $in_country } in het { $language } werkt, zou een nationale uitgave van een internationale tekst een praktisch instrument maken dat men kan delen met het eigen team en met leveranciers.
letter-translate-why-exists = Duurzaam inkopen is het dagelijkse werk van inkopers, leveranciers, contractmanagers en ambtenaren, van wie velen richtlijnen alleen in hun eigen taal lezen. Dankzij { $edition } is de norm voor wie { $in_country } in het { $language } werkt al in de eigen taal beschikbaar; nu komt het erop aan dat men weet dat deze uitgave bestaat en haar samen met het eigen team en met leveranciers in de praktijk brengt.
letter-translate-evidence = { $adopted ->
    [0] ISO heeft de norm bij de laatste systematische toetsing, afgerond op { $confirmed }, bevestigd; een vertaling die nu wordt gemaakt, blijft dus nog jarenlang bruikbaar.
    [one] Ten minste { $adopted } nationale normalisatie-instelling heeft de norm overgenomen, en ISO heeft haar bij de laatste systematische toetsing, afgerond op { $confirmed }, bevestigd; een vertaling die nu wordt gemaakt, blijft dus nog jarenlang bruikbaar.
   *[other] Ten minste { $adopted } nationale normalisatie-instellingen hebben de norm overgenomen, en ISO heeft haar bij de laatste systematische toetsing, afgerond op { $confirmed }, bevestigd; een vertaling die nu wordt gemaakt, blijft dus nog jarenlang bruikbaar.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO heeft de norm bij de laatste systematische toetsing, afgerond op { $confirmed }, bevestigd; { $edition } blijft dus nog jarenlang actueel.
    [one] Ten minste { $adopted } nationale normalisatie-instelling heeft de norm overgenomen, en ISO heeft haar bij de laatste systematische toetsing, afgerond op { $confirmed }, bevestigd; { $edition } blijft dus nog jarenlang actueel.
   *[other] Ten minste { $adopted } nationale normalisatie-instellingen hebben de norm overgenomen, en ISO heeft haar bij de laatste systematische toetsing, afgerond op { $confirmed }, bevestigd; { $edition } blijft dus nog jarenlang actueel.
}
letter-translate-ask = Ik verzoek { $acronym } een uitgave van { $standard } in het { $language } voor te bereiden en te publiceren, hetzij als nationale overname, hetzij als vertaling die naast de internationale tekst wordt verkocht, en de toekomstige gebruikers te laten weten wanneer deze verkrijgbaar is.
letter-translate-ask-exists = Ik dank { $acronym } voor het beschikbaar stellen van { $edition } in het { $language }. Ik verzoek u deze uitgave breed bekend te maken bij inkopers, leveranciers en ambtenaren { $in_country }, en haar in overeenstemming te houden met de internationale tekst wanneer ISO de norm de volgende keer herziet.
letter-translate-closing = Ik dank u bij voorbaat voor uw aandacht voor dit verzoek. Zodra de vertaling is verschenen, help ik graag om haar { $in_country } bekend te maken.
letter-sign-off = Met vriendelijke groet,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = in uw land ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = uw nationale normalisatie-instelling
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = uw land
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = in uw land
open-letter-generic-deadline = de sluitingsdatum van de stemming
open-letter-generic-committee = de ISO-commissie die verantwoordelijk is voor de norm
