# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Svenska
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
letter-subject-review = Begäran om att rösta för att bekräfta { $standard } vid den systematiska översynen
letter-subject-adopt = { $country_kind ->
    [territory] Begäran om att anta { $standard } som standard för { $country }
   *[country] Begäran om att anta { $standard } som nationell standard för { $country }
}
letter-subject-translate = Begäran om att ge ut { $standard } på { $language }
letter-subject-translate-exists = Begäran om att sprida kännedom om { $edition }, utgåvan av { $standard } på { $language }
letter-greeting = Bästa mottagare,
letter-review-opening = Jag skriver till er angående { $has_title ->
    [yes] { $standard }, ”{ $title }”,
   *[no] { $standard }
} och den röst som { $body } avger vid den systematiska översynen av standarden. Jag vill be er att rösta för att bekräfta standarden i dess nuvarande lydelse.
letter-review-why = ISO 20400 ger organisationer av alla storlekar och inom alla sektorer ett gemensamt ramverk för hållbar upphandling: standarden visar hur de kan väga in de miljömässiga, sociala och ekonomiska effekterna av det de köper i hela leveranskedjan, och hur detta kan byggas in i policyer, processer och det dagliga arbetet. Sedan standarden publicerades har klimatförändringar, cirkulär ekonomi, mänskliga rättigheter och affärsetik hamnat högst upp på dagordningen, och mycket av det arbetet sker just i leveranskedjorna. Standarden skrevs för precis dessa frågor och är fortfarande ett väl fungerande ramverk för dem.
letter-review-evidence = { $adopted ->
    [0] Vid den senaste systematiska översynen, som avslutades den { $confirmed }, bekräftade ISO standarden utan ändringar.
    [one] Minst { $adopted } nationellt standardiseringsorgan har antagit standarden som nationell standard, och vid den senaste systematiska översynen, som avslutades den { $confirmed }, bekräftades den utan ändringar.
   *[other] Minst { $adopted } nationella standardiseringsorgan har antagit standarden som nationell standard, och vid den senaste systematiska översynen, som avslutades den { $confirmed }, bekräftades den utan ändringar.
}
letter-review-ask = { $has_deadline ->
    [yes] Den pågående omröstningen avslutas den { $deadline }. En revidering av standarden skulle kräva flera års kommittéarbete; den tiden används långt bättre till att hjälpa organisationer att tillämpa den vägledning som standarden redan ger. Jag ber därför { $acronym } att rösta för att bekräfta { $standard }.
    [due] Nästa systematiska översyn av standarden ska göras senast den { $due_by }. En revidering av standarden skulle kräva flera års kommittéarbete; den tiden används långt bättre till att hjälpa organisationer att tillämpa den vägledning som standarden redan ger. Jag ber därför { $acronym } att rösta för att bekräfta { $standard } när omröstningen öppnar.
   *[other] En revidering av standarden skulle kräva flera års kommittéarbete; den tiden används långt bättre till att hjälpa organisationer att tillämpa den vägledning som standarden redan ger. Jag ber därför { $acronym } att rösta för att bekräfta { $standard } när omröstningen öppnar.
}
letter-review-closing = Tack för att ni överväger denna begäran. Jag skulle gärna vilja veta hur { $acronym } avser att rösta, och jag delar gärna med mig av vad jag vet om hur standarden används { $in_country }.
letter-adopt-opening = Jag skriver för att be { $body } att anta { $has_title ->
    [yes] { $standard }, ”{ $title }”,
   *[no] { $standard }
} { $country_kind ->
    [territory] som standard för { $country }.
   *[country] som nationell standard för { $country }.
}
letter-adopt-why = Offentliga organisationer och företag lägger en stor del av nationalinkomsten på varor, tjänster och byggentreprenader, och hur de köper påverkar arbetsvillkor, utsläpp och lokala ekonomier långt ner i leveranskedjorna. ISO 20400 ger dem internationellt överenskommen vägledning för att ta hänsyn till dessa effekter: från inköpspolicy och ledningens engagemang till val av leverantörer och avtalsförvaltning. Standarden kan tillämpas av organisationer av alla storlekar och inom alla sektorer, såväl offentliga som privata.
letter-adopt-evidence = { $adopted ->
    [0] ISO bekräftade standarden vid den senaste systematiska översynen, som avslutades den { $confirmed }; standarden är alltså aktuell och stabil.
    [one] Minst { $adopted } nationellt standardiseringsorgan har redan antagit standarden, och ISO bekräftade den vid den senaste systematiska översynen, som avslutades den { $confirmed }; standarden är alltså aktuell och stabil.
   *[other] Minst { $adopted } nationella standardiseringsorgan har redan antagit standarden, och ISO bekräftade den vid den senaste systematiska översynen, som avslutades den { $confirmed }; standarden är alltså aktuell och stabil.
}
letter-adopt-ask = Ett antagande med en text som är identisk med den internationella skulle ge inköpare och leverantörer { $in_country } en erkänd referens som offentliga upphandlingar och företagens policyer kan hänvisa till, och skulle göra det lättare att samordna sig med handelspartner som redan använder standarden. Jag ber { $acronym } att inleda antagandet av { $standard } och att om möjligt ge ut standarden på { $language }.
letter-adopt-ask-in-progress = Jag har förstått att { $acronym } redan har påbörjat antagandet av { $standard }. En utgåva som är identisk med den internationella texten skulle ge inköpare och leverantörer { $in_country } en erkänd referens som offentliga upphandlingar och företagens policyer kan hänvisa till. Jag ber { $acronym } att slutföra antagandet och ge ut standarden, om möjligt på { $language }, och att informera dem som kommer att använda den när den finns tillgänglig.
letter-adopt-closing = Tack för att ni överväger denna begäran. Jag berättar gärna mer om intresset för standarden { $in_country } och vill gärna höra vilka nästa steg skulle kunna vara.
letter-translate-opening = Jag skriver för att be { $body } att göra { $has_title ->
    [yes] { $standard }, ”{ $title }”,
   *[no] { $standard }
} tillgänglig på { $language }.
letter-translate-opening-exists = Jag skriver till er angående { $edition }, utgåvan på { $language } av { $has_title ->
    [yes] { $standard }, ”{ $title }”,
   *[no] { $standard },
} som { $acronym } ger ut.
letter-translate-why = Hållbar upphandling är det dagliga arbetet för inköpare, leverantörer, avtalsförvaltare och offentliga tjänstemän, och många av dem läser vägledningar endast på sitt eget språk. ISO 20400 finns i officiella utgåvor från ISO på engelska och franska samt i en officiell spansk översättning; för dem { $in_country } som arbetar på { $language } skulle en nationell utgåva göra en internationell text till ett praktiskt verktyg som de kan dela med sina kolleger och leverantörer.
letter-translate-why-exists = Hållbar upphandling är det dagliga arbetet för inköpare, leverantörer, avtalsförvaltare och offentliga tjänstemän, och många av dem läser vägledningar endast på sitt eget språk. Genom { $edition } har de { $in_country } som arbetar på { $language } redan tillgång till standarden på sitt eget språk; det viktiga nu är att de känner till att den finns och använder den tillsammans med sina kolleger och leverantörer.
letter-translate-evidence = { $adopted ->
    [0] ISO bekräftade standarden vid den senaste systematiska översynen, som avslutades den { $confirmed }, så en översättning som görs nu kommer att vara användbar i många år.
    [one] Minst { $adopted } nationellt standardiseringsorgan har antagit standarden, och ISO bekräftade den vid den senaste systematiska översynen, som avslutades den { $confirmed }, så en översättning som görs nu kommer att vara användbar i många år.
   *[other] Minst { $adopted } nationella standardiseringsorgan har antagit standarden, och ISO bekräftade den vid den senaste systematiska översynen, som avslutades den { $confirmed }, så en översättning som görs nu kommer att vara användbar i många år.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO bekräftade standarden vid den senaste systematiska översynen, som avslutades den { $confirmed }, så { $edition } kommer att förbli aktuell i många år.
    [one] Minst { $adopted } nationellt standardiseringsorgan har antagit standarden, och ISO bekräftade den vid den senaste systematiska översynen, som avslutades den { $confirmed }, så { $edition } kommer att förbli aktuell i många år.
   *[other] Minst { $adopted } nationella standardiseringsorgan har antagit standarden, och ISO bekräftade den vid den senaste systematiska översynen, som avslutades den { $confirmed }, så { $edition } kommer att förbli aktuell i många år.
}
letter-translate-ask = Jag ber { $acronym } att ta fram och ge ut en utgåva av { $standard } på { $language }, antingen som ett nationellt antagande eller som en översättning som säljs vid sidan av den internationella texten, och att informera dem som kommer att använda den när den finns tillgänglig.
letter-translate-ask-exists = Jag vill tacka { $acronym } för att { $edition } har gjorts tillgänglig på { $language }. Jag ber er att göra utgåvan allmänt känd bland inköpare, leverantörer och offentliga tjänstemän { $in_country }, och att hålla den i takt med den internationella texten när ISO nästa gång reviderar standarden.
letter-translate-closing = Tack för att ni överväger denna begäran. Jag hjälper gärna till att göra översättningen känd { $in_country } när den har getts ut.
letter-sign-off = Med vänliga hälsningar
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = i ert land ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = ert nationella standardiseringsorgan
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = ert land
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = i ert land
open-letter-generic-deadline = sista dagen för omröstningen
open-letter-generic-committee = den ISO-kommitté som ansvarar för standarden
