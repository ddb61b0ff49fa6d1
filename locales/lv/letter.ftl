# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Latviešu
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
letter-subject-review = Lūgums sistemātiskajā pārskatīšanā balsot par standarta { $standard } apstiprināšanu
letter-subject-adopt = { $country_kind ->
    [territory] Lūgums pārņemt standartu { $standard } – { $country }
   *[country] Lūgums pārņemt standartu { $standard } kā nacionālo standartu – { $country }
}
letter-subject-translate = Lūgums publicēt standartu { $standard } { $language } valodā
letter-subject-translate-exists = Lūgums plaši popularizēt izdevumu { $edition } – standarta { $standard } izdevumu { $language } valodā
letter-greeting = Godātās dāmas, godātie kungi!
letter-review-opening = Vēršos pie Jums saistībā ar standartu { $has_title ->
    [yes] { $standard } „{ $title }”
   *[no] { $standard }
} un balsojumu, ko { $body } sniegs tā sistemātiskajā pārskatīšanā. Lūdzu Jūs balsot par standarta apstiprināšanu tā pašreizējā redakcijā.
letter-review-why = ISO 20400 sniedz jebkura lieluma un jebkuras nozares organizācijām kopīgu ietvaru ilgtspējīgam iepirkumam: tas parāda, kā izvērtēt iepirkumu ietekmi uz vidi, sabiedrību un ekonomiku visā piegādes ķēdē un kā to iestrādāt politikās, procesos un ikdienas praksē. Kopš standarta publicēšanas klimata pārmaiņas, aprites ekonomika, cilvēktiesības un uzņēmējdarbības ētika ir izvirzījušās dienaskārtības priekšplānā, un liela daļa šī darba notiek tieši piegādes ķēdēs. Standarts tika izstrādāts tieši šiem jautājumiem un joprojām ir to risināšanai piemērots ietvars.
letter-review-evidence = { $adopted ->
    [0] ISO pēdējā sistemātiskajā pārskatīšanā, kuras noslēguma datums bija { $confirmed }, apstiprināja standartu bez izmaiņām.
    [zero] Vismaz { $adopted } nacionālās standartizācijas institūcijas to ir pārņēmušas kā nacionālo standartu, un pēdējā sistemātiskajā pārskatīšanā, kuras noslēguma datums bija { $confirmed }, tas tika apstiprināts bez izmaiņām.
    [one] Vismaz { $adopted } nacionālā standartizācijas institūcija to ir pārņēmusi kā nacionālo standartu, un pēdējā sistemātiskajā pārskatīšanā, kuras noslēguma datums bija { $confirmed }, tas tika apstiprināts bez izmaiņām.
   *[other] Vismaz { $adopted } nacionālās standartizācijas institūcijas to ir pārņēmušas kā nacionālo standartu, un pēdējā sistemātiskajā pārskatīšanā, kuras noslēguma datums bija { $confirmed }, tas tika apstiprināts bez izmaiņām.
}
letter-review-ask = { $has_deadline ->
    [yes] Pašreizējās balsošanas noslēguma datums ir { $deadline }. Standarta pārstrādāšana prasītu vairākus gadus ilgu darbu komitejā; šo laiku daudz lietderīgāk būtu veltīt tam, lai palīdzētu organizācijām piemērot vadlīnijas, ko standarts jau sniedz. Tāpēc ar cieņu lūdzu, lai { $acronym } balsotu par standarta { $standard } apstiprināšanu.
    [due] Nākamās standarta sistemātiskās pārskatīšanas termiņš ir { $due_by }. Standarta pārstrādāšana prasītu vairākus gadus ilgu darbu komitejā; šo laiku daudz lietderīgāk būtu veltīt tam, lai palīdzētu organizācijām piemērot vadlīnijas, ko standarts jau sniedz. Tāpēc ar cieņu lūdzu, lai { $acronym } balsotu par standarta { $standard } apstiprināšanu, kad tiks izsludināta balsošana.
   *[other] Standarta pārstrādāšana prasītu vairākus gadus ilgu darbu komitejā; šo laiku daudz lietderīgāk būtu veltīt tam, lai palīdzētu organizācijām piemērot vadlīnijas, ko standarts jau sniedz. Tāpēc ar cieņu lūdzu, lai { $acronym } balsotu par standarta { $standard } apstiprināšanu, kad tiks izsludināta balsošana.
}
letter-review-closing = Pateicos, ka izskatāt šo lūgumu. Labprāt uzzinātu, kā { $acronym } plāno balsot, un ar prieku dalītos ar to, kas man zināms par standarta lietošanu { $in_country }.
letter-adopt-opening = Vēršos pie Jums ar lūgumu, lai { $body } pārņemtu standartu { $has_title ->
    [yes] { $standard } „{ $title }”
   *[no] { $standard }
} { $country_kind ->
    [territory] un tādējādi savu ilgtspējīga iepirkuma standartu iegūtu { $country }.
   *[country] kā nacionālo standartu un tādējādi savu ilgtspējīga iepirkuma standartu iegūtu { $country }.
}
letter-adopt-why = Publiskā sektora iestādes un uzņēmumi tērē lielu daļu nacionālā ienākuma precēm, būvdarbiem un pakalpojumiem, un tas, kā tie iepērk, ietekmē darba apstākļus, emisijas un vietējo ekonomiku līdz pat attālākajiem piegādes ķēžu posmiem. ISO 20400 sniedz tiem starptautiski saskaņotas vadlīnijas šīs ietekmes ņemšanai vērā – no iepirkumu politikas un vadības apņemšanās līdz piegādātāju izvēlei un līgumu pārvaldībai. Standarts ir piemērojams jebkura lieluma un jebkuras nozares organizācijām – gan publiskajām, gan privātajām.
letter-adopt-evidence = { $adopted ->
    [0] ISO pēdējā sistemātiskajā pārskatīšanā, kuras noslēguma datums bija { $confirmed }, apstiprināja standartu, tāpēc tas ir aktuāls un stabils.
    [zero] Vismaz { $adopted } nacionālās standartizācijas institūcijas to jau ir pārņēmušas, un ISO pēdējā sistemātiskajā pārskatīšanā, kuras noslēguma datums bija { $confirmed }, to apstiprināja, tāpēc standarts ir aktuāls un stabils.
    [one] Vismaz { $adopted } nacionālā standartizācijas institūcija to jau ir pārņēmusi, un ISO pēdējā sistemātiskajā pārskatīšanā, kuras noslēguma datums bija { $confirmed }, to apstiprināja, tāpēc standarts ir aktuāls un stabils.
   *[other] Vismaz { $adopted } nacionālās standartizācijas institūcijas to jau ir pārņēmušas, un ISO pēdējā sistemātiskajā pārskatīšanā, kuras noslēguma datums bija { $confirmed }, to apstiprināja, tāpēc standarts ir aktuāls un stabils.
}
letter-adopt-ask = Standarta pārņemšana identiski starptautiskajam tekstam sniegtu pasūtītājiem un piegādātājiem { $in_country } atzītu atskaites punktu, uz kuru var atsaukties publisko iepirkumu dokumentācija un uzņēmumu politikas, un atvieglotu saskaņošanu ar tirdzniecības partneriem, kuri standartu jau izmanto. Ar cieņu lūdzu, lai { $acronym } uzsāktu standarta { $standard } pārņemšanu un, ja iespējams, publicētu to { $language } valodā.
letter-adopt-ask-in-progress = Cik man zināms, { $acronym } jau strādā pie standarta { $standard } pārņemšanas. Ar starptautisko tekstu identisks izdevums sniegtu pasūtītājiem un piegādātājiem { $in_country } atzītu atskaites punktu, uz kuru var atsaukties publisko iepirkumu dokumentācija un uzņēmumu politikas. Ar cieņu lūdzu, lai { $acronym } pabeigtu pārņemšanu, publicētu standartu, ja iespējams, { $language } valodā un informētu tā iespējamos lietotājus, kad tas būs pieejams.
letter-adopt-closing = Pateicos, ka izskatāt šo lūgumu. Labprāt pastāstītu vairāk par interesi par šo standartu { $in_country } un uzzinātu, kādi varētu būt turpmākie soļi.
letter-translate-opening = Vēršos pie Jums ar lūgumu, lai { $body } padarītu standartu { $has_title ->
    [yes] { $standard } „{ $title }”
   *[no] { $standard }
} pieejamu { $language } valodā.
letter-translate-opening-exists = Vēršos pie Jums saistībā ar izdevumu { $edition }, ko publicē { $acronym } un kas ir standarta { $has_title ->
    [yes] { $standard } „{ $title }”
   *[no] { $standard }
} versija { $language } valodā.
letter-translate-why = Ilgtspējīgs iepirkums ir pasūtītāju, piegādātāju, līgumu vadītāju un valsts amatpersonu ikdienas darbs, un daudzi no viņiem vadlīnijas lasa tikai savā valodā. ISO 20400 ir pieejams ISO oficiālajos izdevumos angļu un franču valodā, kā arī oficiālā tulkojumā spāņu valodā; cilvēkiem { $in_country }, kuri strādā { $language } valodā, nacionālais izdevums padarītu starptautisko tekstu par praktisku rīku, ko viņi var izmantot kopā ar savām komandām un piegādātājiem.
letter-translate-why-exists = Ilgtspējīgs iepirkums ir pasūtītāju, piegādātāju, līgumu vadītāju un valsts amatpersonu ikdienas darbs, un daudzi no viņiem vadlīnijas lasa tikai savā valodā. Pateicoties izdevumam { $edition }, cilvēkiem { $in_country }, kuri strādā { $language } valodā, standarts jau ir pieejams viņu pašu valodā; tagad ir svarīgi, lai viņi zinātu par tā esamību un izmantotu to darbā ar savām komandām un piegādātājiem.
letter-translate-evidence = { $adopted ->
    [0] ISO pēdējā sistemātiskajā pārskatīšanā, kuras noslēguma datums bija { $confirmed }, apstiprināja standartu, tāpēc tagad sagatavots tulkojums būs noderīgs vēl daudzus gadus.
    [zero] Vismaz { $adopted } nacionālās standartizācijas institūcijas to ir pārņēmušas, un ISO pēdējā sistemātiskajā pārskatīšanā, kuras noslēguma datums bija { $confirmed }, to apstiprināja, tāpēc tagad sagatavots tulkojums būs noderīgs vēl daudzus gadus.
    [one] Vismaz { $adopted } nacionālā standartizācijas institūcija to ir pārņēmusi, un ISO pēdējā sistemātiskajā pārskatīšanā, kuras noslēguma datums bija { $confirmed }, to apstiprināja, tāpēc tagad sagatavots tulkojums būs noderīgs vēl daudzus gadus.
   *[other] Vismaz { $adopted } nacionālās standartizācijas institūcijas to ir pārņēmušas, un ISO pēdējā sistemātiskajā pārskatīšanā, kuras noslēguma datums bija { $confirmed }, to apstiprināja, tāpēc tagad sagatavots tulkojums būs noderīgs vēl daudzus gadus.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO pēdējā sistemātiskajā pārskatīšanā, kuras noslēguma datums bija { $confirmed }, apstiprināja standartu, tāpēc { $edition } saglabās aktualitāti vēl daudzus gadus.
    [zero] Vismaz { $adopted } nacionālās standartizācijas institūcijas to ir pārņēmušas, un ISO pēdējā sistemātiskajā pārskatīšanā, kuras noslēguma datums bija { $confirmed }, to apstiprināja, tāpēc { $edition } saglabās aktualitāti vēl daudzus gadus.
    [one] Vismaz { $adopted } nacionālā standartizācijas institūcija to ir pārņēmusi, un ISO pēdējā sistemātiskajā pārskatīšanā, kuras noslēguma datums bija { $confirmed }, to apstiprināja, tāpēc { $edition } saglabās aktualitāti vēl daudzus gadus.
   *[other] Vismaz { $adopted } nacionālās standartizācijas institūcijas to ir pārņēmušas, un ISO pēdējā sistemātiskajā pārskatīšanā, kuras noslēguma datums bija { $confirmed }, to apstiprināja, tāpēc { $edition } saglabās aktualitāti vēl daudzus gadus.
}
letter-translate-ask = Ar cieņu lūdzu, lai { $acronym } sagatavotu un publicētu standarta { $standard } izdevumu { $language } valodā – vai nu kā nacionālo standartu, vai kā tulkojumu, ko pārdod līdzās starptautiskajam tekstam, – un informētu tā iespējamos lietotājus, kad tas būs pieejams.
letter-translate-ask-exists = Pateicos, ka { $acronym } nodrošina izdevuma { $edition } pieejamību { $language } valodā. Ar cieņu lūdzu Jūs to plaši popularizēt pasūtītāju, piegādātāju un valsts amatpersonu vidū { $in_country } un, kad ISO nākamreiz pārstrādās standartu, saskaņot to ar starptautisko tekstu.
letter-translate-closing = Pateicos, ka izskatāt šo lūgumu. Kad tulkojums būs publicēts, labprāt palīdzēšu to popularizēt { $in_country }.
letter-sign-off = Ar cieņu
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = Jūsu valstī ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = Jūsu nacionālā standartizācijas institūcija
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = Jūsu valsts
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = Jūsu valstī
open-letter-generic-deadline = balsošanas noslēguma datums
open-letter-generic-committee = par standartu atbildīgā ISO komiteja
