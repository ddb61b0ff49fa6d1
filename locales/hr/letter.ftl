# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Hrvatski
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
letter-subject-review = Zamolba za glasovanje za potvrđivanje norme { $standard } u sustavnom preispitivanju
letter-subject-adopt = { $country_kind ->
    [territory] Zamolba za prihvaćanje norme { $standard } – { $country }
   *[country] Zamolba za prihvaćanje norme { $standard } kao nacionalne norme – { $country }
}
letter-subject-translate = Zamolba za objavu norme { $standard } u prijevodu na { $language }
letter-subject-translate-exists = Zamolba za promicanje norme { $edition }, prijevoda norme { $standard } na { $language }
letter-greeting = Poštovani,
letter-review-opening = Obraćam vam se u vezi s normom { $has_title ->
    [yes] { $standard } „{ $title }”
   *[no] { $standard }
} i glasovanjem u kojem { $body } sudjeluje u okviru njezina sustavnog preispitivanja. Ljubazno vas molim da glasujete za potvrđivanje norme u njezinu sadašnjem obliku.
letter-review-why = Norma ISO 20400 organizacijama svih veličina i iz svih sektora pruža zajednički okvir za održivu nabavu: pokazuje kako odvagnuti okolišne, društvene i gospodarske učinke onoga što nabavljaju u cijelome opskrbnom lancu te kako to ugraditi u politike, procese i svakodnevnu praksu. Otkako je objavljena, klimatske promjene, kružno gospodarstvo, ljudska prava i poslovna etika izbili su u prvi plan, a velik dio rada na tim pitanjima odvija se upravo u opskrbnim lancima. Norma je napisana upravo za ta pitanja te i danas pruža pouzdan okvir za njihovo rješavanje.
letter-review-evidence = { $adopted ->
    [0] Pri posljednjem sustavnom preispitivanju, završenom { $confirmed }, organizacija ISO potvrdila je normu bez izmjena.
    [one] Najmanje { $adopted } nacionalno normirno tijelo prihvatilo je ovu normu kao nacionalnu normu, a pri posljednjem sustavnom preispitivanju, završenom { $confirmed }, norma je potvrđena bez izmjena.
    [few] Najmanje { $adopted } nacionalna normirna tijela prihvatila su ovu normu kao nacionalnu normu, a pri posljednjem sustavnom preispitivanju, završenom { $confirmed }, norma je potvrđena bez izmjena.
   *[other] Najmanje { $adopted } nacionalnih normirnih tijela prihvatilo je ovu normu kao nacionalnu normu, a pri posljednjem sustavnom preispitivanju, završenom { $confirmed }, norma je potvrđena bez izmjena.
}
letter-review-ask = { $has_deadline ->
    [yes] Glasovanje koje je u tijeku završava { $deadline }; revizija norme zahtijevala bi godine rada tehničkog odbora, a to je vrijeme mnogo korisnije uložiti u pomoć organizacijama pri primjeni smjernica koje norma već sadrži. Stoga ljubazno molim da { $acronym } glasuje za potvrđivanje norme { $standard }.
    [due] Sljedeće sustavno preispitivanje norme treba provesti najkasnije do { $due_by }; revizija norme zahtijevala bi godine rada tehničkog odbora, a to je vrijeme mnogo korisnije uložiti u pomoć organizacijama pri primjeni smjernica koje norma već sadrži. Stoga ljubazno molim da { $acronym } glasuje za potvrđivanje norme { $standard } kada glasovanje bude otvoreno.
   *[other] Revizija norme zahtijevala bi godine rada tehničkog odbora, a to je vrijeme mnogo korisnije uložiti u pomoć organizacijama pri primjeni smjernica koje norma već sadrži. Stoga ljubazno molim da { $acronym } glasuje za potvrđivanje norme { $standard } kada glasovanje bude otvoreno.
}
letter-review-closing = Zahvaljujem vam na razmatranju ove zamolbe. Bilo bi mi drago saznati kako { $acronym } namjerava glasovati, a rado ću podijeliti i ono što znam o primjeni norme { $in_country }.
letter-adopt-opening = Obraćam vam se s molbom da { $body } prihvati normu { $has_title ->
    [yes] { $standard } „{ $title }”
   *[no] { $standard }
} { $country_kind ->
    [territory] tako da vaše područje, { $country }, dobije vlastitu normu o održivoj nabavi.
   *[country] kao nacionalnu normu, tako da vaša zemlja, { $country }, dobije vlastitu normu o održivoj nabavi.
}
letter-adopt-why = Tijela javne vlasti i poduzeća troše velik dio nacionalnog dohotka na robu, radove i usluge, a način na koji nabavljaju oblikuje radne uvjete, emisije i lokalna gospodarstva duboko u njihovim opskrbnim lancima. Norma ISO 20400 daje im međunarodno usuglašene smjernice za uzimanje tih učinaka u obzir – od politike nabave i predanosti vodstva do odabira dobavljača i upravljanja ugovorima. Primjenjiva je na organizacije svih veličina i iz svih sektora, javne i privatne.
letter-adopt-evidence = { $adopted ->
    [0] Organizacija ISO potvrdila je normu pri posljednjem sustavnom preispitivanju, završenom { $confirmed }, pa je norma aktualna i stabilna.
    [one] Najmanje { $adopted } nacionalno normirno tijelo već je prihvatilo ovu normu, a organizacija ISO potvrdila ju je pri posljednjem sustavnom preispitivanju, završenom { $confirmed }, pa je norma aktualna i stabilna.
    [few] Najmanje { $adopted } nacionalna normirna tijela već su prihvatila ovu normu, a organizacija ISO potvrdila ju je pri posljednjem sustavnom preispitivanju, završenom { $confirmed }, pa je norma aktualna i stabilna.
   *[other] Najmanje { $adopted } nacionalnih normirnih tijela već je prihvatilo ovu normu, a organizacija ISO potvrdila ju je pri posljednjem sustavnom preispitivanju, završenom { $confirmed }, pa je norma aktualna i stabilna.
}
letter-adopt-ask = Prihvaćanje norme u obliku istovjetnom međunarodnom tekstu dalo bi kupcima i dobavljačima { $in_country } priznat referentni dokument na koji se mogu pozivati javni natječaji i politike poduzeća te bi olakšalo usklađivanje s trgovinskim partnerima koji normu već primjenjuju. Ljubazno molim da { $acronym } pokrene prihvaćanje norme { $standard } i da je, ako je moguće, objavi u prijevodu na { $language }.
letter-adopt-ask-in-progress = Koliko mi je poznato, { $acronym } već provodi postupak prihvaćanja norme { $standard }. Izdanje istovjetno međunarodnom tekstu dalo bi kupcima i dobavljačima { $in_country } priznat referentni dokument na koji se mogu pozivati javni natječaji i politike poduzeća. Ljubazno molim da { $acronym } dovrši prihvaćanje i objavi normu, ako je moguće u prijevodu na { $language }, te da o njezinoj dostupnosti obavijesti one koji će je upotrebljavati.
letter-adopt-closing = Zahvaljujem vam na razmatranju ove zamolbe. Rado ću vam reći više o zanimanju za normu { $in_country }, a bilo bi mi drago čuti koji bi mogli biti sljedeći koraci.
letter-translate-opening = Obraćam vam se s molbom da { $body } omogući dostupnost norme { $has_title ->
    [yes] { $standard } „{ $title }”
   *[no] { $standard }
} u prijevodu na { $language }.
letter-translate-opening-exists = Obraćam vam se u vezi s normom { $edition }, prijevodom norme { $has_title ->
    [yes] { $standard } „{ $title }”
   *[no] { $standard }
} na { $language }, koji izdaje { $acronym }.
letter-translate-why = Održiva nabava svakodnevni je posao kupaca, dobavljača, voditelja ugovora i javnih službenika, od kojih mnogi smjernice čitaju samo na svojem jeziku. Norma ISO 20400 postoji u službenim izdanjima ISO-a na engleskom i francuskom jeziku te u službenom prijevodu na španjolski jezik; ljudima { $in_country } čiji je radni jezik { $language } nacionalno izdanje pretvorilo bi međunarodni tekst u praktičan alat koji mogu dijeliti sa svojim timovima i dobavljačima.
letter-translate-why-exists = Održiva nabava svakodnevni je posao kupaca, dobavljača, voditelja ugovora i javnih službenika, od kojih mnogi smjernice čitaju samo na svojem jeziku. Zahvaljujući normi { $edition } ljudi { $in_country } čiji je radni jezik { $language } već imaju ovu normu na svojem jeziku; sada je važno da znaju za nju i da je primjenjuju u radu sa svojim timovima i dobavljačima.
letter-translate-evidence = { $adopted ->
    [0] Organizacija ISO potvrdila je normu pri posljednjem sustavnom preispitivanju, završenom { $confirmed }, pa će prijevod izrađen sada ostati koristan još dugi niz godina.
    [one] Najmanje { $adopted } nacionalno normirno tijelo prihvatilo je ovu normu, a organizacija ISO potvrdila ju je pri posljednjem sustavnom preispitivanju, završenom { $confirmed }, pa će prijevod izrađen sada ostati koristan još dugi niz godina.
    [few] Najmanje { $adopted } nacionalna normirna tijela prihvatila su ovu normu, a organizacija ISO potvrdila ju je pri posljednjem sustavnom preispitivanju, završenom { $confirmed }, pa će prijevod izrađen sada ostati koristan još dugi niz godina.
   *[other] Najmanje { $adopted } nacionalnih normirnih tijela prihvatilo je ovu normu, a organizacija ISO potvrdila ju je pri posljednjem sustavnom preispitivanju, završenom { $confirmed }, pa će prijevod izrađen sada ostati koristan još dugi niz godina.
}
letter-translate-evidence-exists = { $adopted ->
    [0] Organizacija ISO potvrdila je normu pri posljednjem sustavnom preispitivanju, završenom { $confirmed }, pa će norma { $edition } ostati aktualna još dugi niz godina.
    [one] Najmanje { $adopted } nacionalno normirno tijelo prihvatilo je ovu normu, a organizacija ISO potvrdila ju je pri posljednjem sustavnom preispitivanju, završenom { $confirmed }, pa će norma { $edition } ostati aktualna još dugi niz godina.
    [few] Najmanje { $adopted } nacionalna normirna tijela prihvatila su ovu normu, a organizacija ISO potvrdila ju je pri posljednjem sustavnom preispitivanju, završenom { $confirmed }, pa će norma { $edition } ostati aktualna još dugi niz godina.
   *[other] Najmanje { $adopted } nacionalnih normirnih tijela prihvatilo je ovu normu, a organizacija ISO potvrdila ju je pri posljednjem sustavnom preispitivanju, završenom { $confirmed }, pa će norma { $edition } ostati aktualna još dugi niz godina.
}
letter-translate-ask = Ljubazno molim da { $acronym } pripremi i objavi prijevod norme { $standard } na { $language }, bilo kao nacionalno prihvaćanje bilo kao prijevod koji se prodaje uz međunarodni tekst, te da o njegovoj dostupnosti obavijesti one koji će ga upotrebljavati.
letter-translate-ask-exists = Zahvaljujem što { $acronym } izdaje normu { $edition } u prijevodu na { $language }. Ljubazno vas molim da je široko predstavite kupcima, dobavljačima i javnim službenicima { $in_country } te da je uskladite s međunarodnim tekstom kada ISO sljedeći put revidira normu.
letter-translate-closing = Zahvaljujem vam na razmatranju ove zamolbe. Kada prijevod bude objavljen, rado ću pomoći da se za njega sazna { $in_country }.
letter-sign-off = S poštovanjem
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = u vašoj zemlji ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = nacionalno normirno tijelo vaše zemlje
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = vaša zemlja
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = u vašoj zemlji
open-letter-generic-deadline = datum završetka glasovanja
open-letter-generic-committee = tehnički odbor ISO-a nadležan za normu
