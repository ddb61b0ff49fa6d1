# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Bosanski
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
letter-subject-review = Molba da se u sistematskom preispitivanju glasa za potvrđivanje standarda { $standard }
letter-subject-adopt = { $country_kind ->
    [territory] Molba za preuzimanje standarda { $standard } – { $country }
   *[country] Molba za preuzimanje standarda { $standard } kao nacionalnog standarda – { $country }
}
letter-subject-translate = Molba za objavljivanje standarda { $standard } na nacionalnom jeziku ({ $language })
letter-subject-translate-exists = Molba za širu promociju izdanja { $edition }, verzije standarda { $standard } na nacionalnom jeziku ({ $language })
letter-greeting = Poštovani,
letter-review-opening = Obraćam Vam se u vezi sa standardom { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} i glasom koji će { $body } dati u postupku njegovog sistematskog preispitivanja. Molim Vas da glasate za potvrđivanje standarda u njegovom sadašnjem obliku.
letter-review-why = Standard ISO 20400 pruža organizacijama svih veličina i iz svih sektora zajednički okvir za održivu nabavku: pokazuje kako odmjeriti okolišne, društvene i ekonomske učinke onoga što nabavljaju duž cijelog lanca snabdijevanja i kako to ugraditi u politike, procese i svakodnevnu praksu. Otkako je objavljen, klimatske promjene, cirkularna ekonomija, ljudska prava i poslovna etika našli su se na samom vrhu prioriteta, a velik dio tog posla obavlja se u lancima snabdijevanja. Standard je napisan upravo za takva pitanja i i dalje predstavlja pouzdan okvir za njihovo rješavanje.
letter-review-evidence = { $adopted ->
    [0] Na posljednjem sistematskom preispitivanju (datum okončanja: { $confirmed }) organizacija ISO potvrdila je standard bez izmjena.
    [one] Najmanje { $adopted } nacionalno tijelo za standardizaciju preuzelo ga je kao nacionalni standard, a posljednje sistematsko preispitivanje (datum okončanja: { $confirmed }) potvrdilo ga je bez izmjena.
    [few] Najmanje { $adopted } nacionalna tijela za standardizaciju preuzela su ga kao nacionalni standard, a posljednje sistematsko preispitivanje (datum okončanja: { $confirmed }) potvrdilo ga je bez izmjena.
   *[other] Najmanje { $adopted } nacionalnih tijela za standardizaciju preuzelo ga je kao nacionalni standard, a posljednje sistematsko preispitivanje (datum okončanja: { $confirmed }) potvrdilo ga je bez izmjena.
}
letter-review-ask = { $has_deadline ->
    [yes] Glasanje je trenutno u toku (rok za glasanje: { $deadline }). Revizija standarda zahtijevala bi godine rada u komitetu, a to vrijeme mnogo je korisnije uložiti u pomoć organizacijama da primjenjuju smjernice koje standard već sadrži. Stoga s poštovanjem molim da { $acronym } glasa za potvrđivanje standarda { $standard }.
    [due] Predstoji sljedeće sistematsko preispitivanje standarda (krajnji rok: { $due_by }). Revizija standarda zahtijevala bi godine rada u komitetu, a to vrijeme mnogo je korisnije uložiti u pomoć organizacijama da primjenjuju smjernice koje standard već sadrži. Stoga s poštovanjem molim da { $acronym } glasa za potvrđivanje standarda { $standard } kada glasanje bude otvoreno.
   *[other] Revizija standarda zahtijevala bi godine rada u komitetu, a to vrijeme mnogo je korisnije uložiti u pomoć organizacijama da primjenjuju smjernice koje standard već sadrži. Stoga s poštovanjem molim da { $acronym } glasa za potvrđivanje standarda { $standard } kada glasanje bude otvoreno.
}
letter-review-closing = Zahvaljujem Vam na razmatranju ove molbe. Bilo bi mi drago saznati kako { $acronym } namjerava glasati, a rado ću podijeliti i ono što znam o primjeni standarda { $in_country }.
letter-adopt-opening = Obraćam Vam se s molbom da { $body } preuzme standard { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} { $country_kind ->
    [territory] tako da Vaše područje, { $country }, dobije vlastiti standard za održivu nabavku.
   *[country] kao nacionalni standard, tako da Vaša zemlja, { $country }, dobije vlastiti standard za održivu nabavku.
}
letter-adopt-why = Javni organi i preduzeća troše velik dio nacionalnog dohotka na robu, radove i usluge, a način na koji nabavljaju oblikuje uslove rada, emisije i lokalne ekonomije duboko u njihovim lancima snabdijevanja. Standard ISO 20400 daje im međunarodno usaglašene smjernice za uzimanje tih učinaka u obzir: od politike nabavke i posvećenosti rukovodstva do izbora dobavljača i upravljanja ugovorima. Primjenjiv je na organizacije svih veličina i iz svih sektora, javne i privatne.
letter-adopt-evidence = { $adopted ->
    [0] Organizacija ISO potvrdila je standard na posljednjem sistematskom preispitivanju (datum okončanja: { $confirmed }), pa je on aktuelan i stabilan.
    [one] Najmanje { $adopted } nacionalno tijelo za standardizaciju već ga je preuzelo, a organizacija ISO potvrdila ga je na posljednjem sistematskom preispitivanju (datum okončanja: { $confirmed }), pa je standard aktuelan i stabilan.
    [few] Najmanje { $adopted } nacionalna tijela za standardizaciju već su ga preuzela, a organizacija ISO potvrdila ga je na posljednjem sistematskom preispitivanju (datum okončanja: { $confirmed }), pa je standard aktuelan i stabilan.
   *[other] Najmanje { $adopted } nacionalnih tijela za standardizaciju već ga je preuzelo, a organizacija ISO potvrdila ga je na posljednjem sistematskom preispitivanju (datum okončanja: { $confirmed }), pa je standard aktuelan i stabilan.
}
letter-adopt-ask = Preuzimanje standarda u obliku identičnom međunarodnom tekstu pružilo bi naručiocima i dobavljačima { $in_country } priznatu referencu na koju se mogu pozivati tenderska dokumentacija u javnim nabavkama i politike preduzeća, a olakšalo bi i usklađivanje s trgovinskim partnerima koji ovaj standard već primjenjuju. S poštovanjem molim da { $acronym } pokrene preuzimanje standarda { $standard } i da ga, po mogućnosti, objavi na nacionalnom jeziku ({ $language }).
letter-adopt-ask-in-progress = Koliko mi je poznato, { $acronym } već radi na preuzimanju standarda { $standard }. Izdanje identično međunarodnom tekstu pružilo bi naručiocima i dobavljačima { $in_country } priznatu referencu na koju se mogu pozivati tenderska dokumentacija u javnim nabavkama i politike preduzeća. S poštovanjem molim da { $acronym } dovrši preuzimanje i objavi standard, po mogućnosti na nacionalnom jeziku ({ $language }), te da o njegovoj dostupnosti obavijesti one koji će ga koristiti.
letter-adopt-closing = Zahvaljujem Vam na razmatranju ove molbe. Bilo bi mi drago da Vam detaljnije predstavim interes za ovaj standard { $in_country } i da saznam koji bi mogli biti sljedeći koraci.
letter-translate-opening = Obraćam Vam se s molbom da { $body } učini standard { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} dostupnim na nacionalnom jeziku ({ $language }).
letter-translate-opening-exists = Obraćam Vam se u vezi s izdanjem { $edition }, verzijom standarda { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} na nacionalnom jeziku ({ $language }), koju objavljuje { $acronym }.
letter-translate-why = Održiva nabavka dio je svakodnevnog posla naručilaca, dobavljača, osoba koje upravljaju ugovorima i službenika u javnom sektoru, od kojih mnogi smjernice čitaju samo na svom jeziku. Standard ISO 20400 postoji u službenim izdanjima organizacije ISO na engleskom i francuskom jeziku te u službenom prijevodu na španski jezik; za ljude { $in_country } koji rade na nacionalnom jeziku ({ $language }) nacionalno izdanje pretvorilo bi međunarodni tekst u praktičan alat koji mogu dijeliti sa svojim timovima i dobavljačima.
letter-translate-why-exists = Održiva nabavka dio je svakodnevnog posla naručilaca, dobavljača, osoba koje upravljaju ugovorima i službenika u javnom sektoru, od kojih mnogi smjernice čitaju samo na svom jeziku. Zahvaljujući izdanju { $edition }, ljudi { $in_country } koji rade na nacionalnom jeziku ({ $language }) već imaju standard na svom jeziku; sada je važno da znaju da on postoji i da ga primjenjuju u radu sa svojim timovima i dobavljačima.
letter-translate-evidence = { $adopted ->
    [0] Organizacija ISO potvrdila je standard na posljednjem sistematskom preispitivanju (datum okončanja: { $confirmed }), pa će prijevod koji se sada izradi ostati koristan godinama.
    [one] Najmanje { $adopted } nacionalno tijelo za standardizaciju preuzelo ga je, a organizacija ISO potvrdila ga je na posljednjem sistematskom preispitivanju (datum okončanja: { $confirmed }), pa će prijevod koji se sada izradi ostati koristan godinama.
    [few] Najmanje { $adopted } nacionalna tijela za standardizaciju preuzela su ga, a organizacija ISO potvrdila ga je na posljednjem sistematskom preispitivanju (datum okončanja: { $confirmed }), pa će prijevod koji se sada izradi ostati koristan godinama.
   *[other] Najmanje { $adopted } nacionalnih tijela za standardizaciju preuzelo ga je, a organizacija ISO potvrdila ga je na posljednjem sistematskom preispitivanju (datum okončanja: { $confirmed }), pa će prijevod koji se sada izradi ostati koristan godinama.
}
letter-translate-evidence-exists = { $adopted ->
    [0] Organizacija ISO potvrdila je standard na posljednjem sistematskom preispitivanju (datum okončanja: { $confirmed }), pa će izdanje { $edition } ostati aktuelno godinama.
    [one] Najmanje { $adopted } nacionalno tijelo za standardizaciju preuzelo ga je, a organizacija ISO potvrdila ga je na posljednjem sistematskom preispitivanju (datum okončanja: { $confirmed }), pa će izdanje { $edition } ostati aktuelno godinama.
    [few] Najmanje { $adopted } nacionalna tijela za standardizaciju preuzela su ga, a organizacija ISO potvrdila ga je na posljednjem sistematskom preispitivanju (datum okončanja: { $confirmed }), pa će izdanje { $edition } ostati aktuelno godinama.
   *[other] Najmanje { $adopted } nacionalnih tijela za standardizaciju preuzelo ga je, a organizacija ISO potvrdila ga je na posljednjem sistematskom preispitivanju (datum okončanja: { $confirmed }), pa će izdanje { $edition } ostati aktuelno godinama.
}
letter-translate-ask = S poštovanjem molim da { $acronym } pripremi i objavi izdanje standarda { $standard } na nacionalnom jeziku ({ $language }), bilo kao nacionalno preuzimanje, bilo kao prijevod koji se prodaje uz međunarodni tekst, te da o njegovoj dostupnosti obavijesti one koji će ga koristiti.
letter-translate-ask-exists = Zahvaljujem što { $acronym } izdanje { $edition } čini dostupnim na nacionalnom jeziku ({ $language }). Molim Vas da ga učinite široko poznatim među naručiocima, dobavljačima i službenicima u javnom sektoru { $in_country } te da ga uskladite s međunarodnim tekstom kada organizacija ISO sljedeći put bude revidirala standard.
letter-translate-closing = Zahvaljujem Vam na razmatranju ove molbe. Nakon objavljivanja prijevoda rado ću pomoći da on postane poznat { $in_country }.
letter-sign-off = S poštovanjem,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = u Vašoj zemlji ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = vaše nacionalno tijelo za standardizaciju
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = vaša zemlja
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = u vašoj zemlji
open-letter-generic-deadline = datum zatvaranja glasanja
open-letter-generic-committee = komitet organizacije ISO nadležan za standard
