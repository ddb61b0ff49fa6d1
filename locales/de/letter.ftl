# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Deutsch
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
letter-subject-review = Bitte um ein Votum für die Bestätigung von { $standard } in der systematischen Überprüfung
letter-subject-adopt = { $country_kind ->
    [territory] Bitte um Übernahme von { $standard } als Norm für { $country }
   *[country] Bitte um Übernahme von { $standard } als nationale Norm ({ $country })
}
letter-subject-translate = Bitte um Veröffentlichung von { $standard } auf { $language }
letter-subject-translate-exists = Bitte um breite Verbreitung von { $edition }, der Ausgabe von { $standard } auf { $language }
letter-greeting = Sehr geehrte Damen und Herren,
letter-review-opening = ich wende mich an Sie im Hinblick auf die systematische Überprüfung von { $has_title ->
    [yes] { $standard }, „{ $title }“,
   *[no] { $standard }
} und die Stimme, die { $body } dabei abgibt. Ich möchte Sie bitten, für die Bestätigung der Norm in ihrer jetzigen Fassung zu stimmen.
letter-review-why = Die ISO 20400 bietet Organisationen jeder Größe und Branche einen gemeinsamen Rahmen für nachhaltige Beschaffung: Sie zeigt, wie die ökologischen, sozialen und wirtschaftlichen Auswirkungen des Einkaufs entlang der gesamten Lieferkette abgewogen und in Richtlinien, Prozessen und im Arbeitsalltag verankert werden können. Seit ihrer Veröffentlichung sind Klimawandel, Kreislaufwirtschaft, Menschenrechte und Unternehmensethik ganz oben auf die Agenda gerückt, und ein großer Teil der Arbeit daran findet in den Lieferketten statt. Die Norm wurde genau für diese Fragen geschrieben und bietet dafür nach wie vor einen soliden Rahmen.
letter-review-evidence = { $adopted ->
    [0] Bei der letzten systematischen Überprüfung, abgeschlossen am { $confirmed }, hat die ISO die Norm unverändert bestätigt.
    [one] Mindestens { $adopted } nationale Normungsorganisation hat sie als nationale Norm übernommen, und bei der letzten systematischen Überprüfung, abgeschlossen am { $confirmed }, wurde sie unverändert bestätigt.
   *[other] Mindestens { $adopted } nationale Normungsorganisationen haben sie als nationale Norm übernommen, und bei der letzten systematischen Überprüfung, abgeschlossen am { $confirmed }, wurde sie unverändert bestätigt.
}
letter-review-ask = { $has_deadline ->
    [yes] Die laufende Abstimmung endet am { $deadline }. Eine Überarbeitung der Norm würde jahrelange Gremienarbeit erfordern; diese Zeit ist weit besser darin investiert, Organisationen bei der Anwendung der Leitlinien zu unterstützen, die die Norm bereits enthält. Ich bitte { $acronym } daher, für die Bestätigung von { $standard } zu stimmen.
    [due] Die nächste systematische Überprüfung der Norm ist bis zum { $due_by } fällig. Eine Überarbeitung der Norm würde jahrelange Gremienarbeit erfordern; diese Zeit ist weit besser darin investiert, Organisationen bei der Anwendung der Leitlinien zu unterstützen, die die Norm bereits enthält. Ich bitte { $acronym } daher, für die Bestätigung von { $standard } zu stimmen, sobald die Abstimmung eröffnet ist.
   *[other] Eine Überarbeitung der Norm würde jahrelange Gremienarbeit erfordern; diese Zeit ist weit besser darin investiert, Organisationen bei der Anwendung der Leitlinien zu unterstützen, die die Norm bereits enthält. Ich bitte { $acronym } daher, für die Bestätigung von { $standard } zu stimmen, sobald die Abstimmung eröffnet ist.
}
letter-review-closing = Ich danke Ihnen für die Prüfung meines Anliegens. Ich wäre Ihnen dankbar, wenn Sie mir mitteilen könnten, wie { $acronym } abzustimmen beabsichtigt; gern berichte ich Ihnen auch, was ich über die Anwendung der Norm { $in_country } weiß.
letter-adopt-opening = mit diesem Schreiben wende ich mich an { $body } mit der Bitte um Übernahme von { $has_title ->
    [yes] { $standard }, „{ $title }“,
   *[no] { $standard }
} { $country_kind ->
    [territory] als Norm für { $country }.
   *[country] als nationale Norm. Ihr Land, { $country }, erhielte damit eine anerkannte nationale Fassung dieses internationalen Leitfadens.
}
letter-adopt-why = Öffentliche Auftraggeber und Unternehmen wenden einen großen Teil des Volkseinkommens für Liefer-, Bau- und Dienstleistungen auf, und die Art, wie sie einkaufen, prägt Arbeitsbedingungen, Emissionen und lokale Wirtschaftskreisläufe bis weit in ihre Lieferketten hinein. Die ISO 20400 gibt ihnen international abgestimmte Leitlinien an die Hand, um diese Auswirkungen zu berücksichtigen – von der Beschaffungsrichtlinie und der Verpflichtung der obersten Leitung bis zur Auswahl der Lieferanten und zum Vertragsmanagement. Sie richtet sich an Organisationen jeder Größe und Branche, ob öffentlich oder privat.
letter-adopt-evidence = { $adopted ->
    [0] Die ISO hat die Norm bei der letzten systematischen Überprüfung, abgeschlossen am { $confirmed }, bestätigt; sie ist also aktuell und stabil.
    [one] Mindestens { $adopted } nationale Normungsorganisation hat sie bereits übernommen, und die ISO hat sie bei der letzten systematischen Überprüfung, abgeschlossen am { $confirmed }, bestätigt; sie ist also aktuell und stabil.
   *[other] Mindestens { $adopted } nationale Normungsorganisationen haben sie bereits übernommen, und die ISO hat sie bei der letzten systematischen Überprüfung, abgeschlossen am { $confirmed }, bestätigt; sie ist also aktuell und stabil.
}
letter-adopt-ask = Eine mit dem internationalen Text identische Übernahme gäbe Einkäufern und Lieferanten { $in_country } eine anerkannte Referenz, auf die sich öffentliche Ausschreibungen und Unternehmensrichtlinien berufen können, und sie würde die Zusammenarbeit mit Handelspartnern erleichtern, die die Norm bereits anwenden. Ich bitte { $acronym } daher, die Übernahme von { $standard } einzuleiten und die Norm nach Möglichkeit auf { $language } zu veröffentlichen.
letter-adopt-ask-in-progress = Nach meinem Kenntnisstand hat { $acronym } mit der Übernahme von { $standard } bereits begonnen. Eine mit dem internationalen Text identische Ausgabe gäbe Einkäufern und Lieferanten { $in_country } eine anerkannte Referenz, auf die sich öffentliche Ausschreibungen und Unternehmensrichtlinien berufen können. Ich bitte { $acronym } daher, die Übernahme abzuschließen, die Norm nach Möglichkeit auf { $language } zu veröffentlichen und alle, die sie anwenden würden, zu informieren, sobald sie erhältlich ist.
letter-adopt-closing = Ich danke Ihnen für die Prüfung meines Anliegens. Gern berichte ich Ihnen ausführlicher über das Interesse an der Norm { $in_country } und würde mich freuen zu erfahren, welche nächsten Schritte möglich wären.
letter-translate-opening = mit diesem Schreiben wende ich mich an { $body } mit der Bitte, { $has_title ->
    [yes] { $standard }, „{ $title }“,
   *[no] { $standard }
} auf { $language } zugänglich zu machen.
letter-translate-opening-exists = mit diesem Schreiben wende ich mich an Sie in Bezug auf { $edition }, die Ausgabe von { $has_title ->
    [yes] { $standard }, „{ $title }“,
   *[no] { $standard }
} auf { $language }, die { $acronym } herausgibt.
letter-translate-why = Nachhaltige Beschaffung ist die tägliche Arbeit von Einkäufern, Lieferanten, Vertragsverantwortlichen und Beschäftigten der öffentlichen Verwaltung, von denen viele Leitfäden nur in ihrer eigenen Sprache lesen. Die ISO 20400 liegt in den offiziellen englischen und französischen Ausgaben der ISO sowie in einer offiziellen spanischen Übersetzung vor; für die Menschen { $in_country }, die auf { $language } arbeiten, würde eine nationale Ausgabe aus einem internationalen Text ein praktisches Werkzeug machen, das sie mit ihren Teams und Lieferanten teilen können.
letter-translate-why-exists = Nachhaltige Beschaffung ist die tägliche Arbeit von Einkäufern, Lieferanten, Vertragsverantwortlichen und Beschäftigten der öffentlichen Verwaltung, von denen viele Leitfäden nur in ihrer eigenen Sprache lesen. Mit { $edition } steht die Norm den Menschen { $in_country }, die auf { $language } arbeiten, bereits in ihrer eigenen Sprache zur Verfügung; jetzt kommt es darauf an, dass sie von dieser Ausgabe wissen und sie gemeinsam mit ihren Teams und Lieferanten in der Praxis anwenden.
letter-translate-evidence = { $adopted ->
    [0] Die ISO hat die Norm bei der letzten systematischen Überprüfung, abgeschlossen am { $confirmed }, bestätigt; eine jetzt erstellte Übersetzung bleibt also auf Jahre hinaus nützlich.
    [one] Mindestens { $adopted } nationale Normungsorganisation hat sie übernommen, und die ISO hat sie bei der letzten systematischen Überprüfung, abgeschlossen am { $confirmed }, bestätigt; eine jetzt erstellte Übersetzung bleibt also auf Jahre hinaus nützlich.
   *[other] Mindestens { $adopted } nationale Normungsorganisationen haben sie übernommen, und die ISO hat sie bei der letzten systematischen Überprüfung, abgeschlossen am { $confirmed }, bestätigt; eine jetzt erstellte Übersetzung bleibt also auf Jahre hinaus nützlich.
}
letter-translate-evidence-exists = { $adopted ->
    [0] Die ISO hat die Norm bei der letzten systematischen Überprüfung, abgeschlossen am { $confirmed }, bestätigt; { $edition } bleibt also auf Jahre hinaus aktuell.
    [one] Mindestens { $adopted } nationale Normungsorganisation hat sie übernommen, und die ISO hat sie bei der letzten systematischen Überprüfung, abgeschlossen am { $confirmed }, bestätigt; { $edition } bleibt also auf Jahre hinaus aktuell.
   *[other] Mindestens { $adopted } nationale Normungsorganisationen haben sie übernommen, und die ISO hat sie bei der letzten systematischen Überprüfung, abgeschlossen am { $confirmed }, bestätigt; { $edition } bleibt also auf Jahre hinaus aktuell.
}
letter-translate-ask = Ich bitte { $acronym }, eine Ausgabe von { $standard } auf { $language } zu erarbeiten und zu veröffentlichen – entweder als nationale Übernahme oder als Übersetzung, die neben dem internationalen Text vertrieben wird – und alle, die sie nutzen würden, zu informieren, sobald sie erhältlich ist.
letter-translate-ask-exists = Ich danke { $acronym } dafür, { $edition } auf { $language } zugänglich gemacht zu haben. Ich bitte Sie, diese Ausgabe bei Einkäufern, Lieferanten und Beschäftigten der öffentlichen Verwaltung { $in_country } breit bekannt zu machen und sie auf dem Stand des internationalen Textes zu halten, wenn die ISO die Norm das nächste Mal überarbeitet.
letter-translate-closing = Ich danke Ihnen für die Prüfung meines Anliegens. Nach der Veröffentlichung helfe ich gern dabei, die Übersetzung { $in_country } bekannt zu machen.
letter-sign-off = Mit freundlichen Grüßen
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = in Ihrem Land ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = Ihr nationales Normungsinstitut
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = Ihr Land
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = in Ihrem Land
open-letter-generic-deadline = der Schlusstermin der Abstimmung
open-letter-generic-committee = das für die Norm zuständige ISO-Komitee
