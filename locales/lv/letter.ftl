# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Latviešu
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
letter-subject-review = Lūgums sistemātiskajā pārskatīšanā balsot par standarta { $standard } apstiprināšanu
letter-subject-adopt = Lūgums pārņemt standartu { $standard } kā nacionālo standartu ({ $country })
letter-subject-translate = Lūgums publicēt standartu { $standard } { $language } valodā
letter-subject-translate-exists = Lūgums plaši popularizēt izdevumu { $edition } – standarta { $standard } izdevumu { $language } valodā
letter-greeting = Godātās dāmas, godātie kungi!
letter-review-opening = Vēršos pie Jums saistībā ar standartu { $standard } „{ $title }” un balsojumu, ko { $body } sniegs tā sistemātiskajā pārskatīšanā. Lūdzu Jūs balsot par standarta apstiprināšanu tā pašreizējā redakcijā.
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
letter-review-closing = Pateicos, ka izskatāt šo lūgumu. Labprāt uzzinātu, kā { $acronym } plāno balsot, un ar prieku dalītos ar to, kas man zināms par standarta lietošanu Jūsu valstī ({ $country }).
letter-adopt-opening = Vēršos pie Jums ar lūgumu, lai { $body } pārņemtu standartu { $standard } „{ $title }” kā Jūsu valsts ({ $country }) nacionālo standartu.
letter-adopt-why = Publiskā sektora iestādes un uzņēmumi tērē lielu daļu nacionālā ienākuma precēm, būvdarbiem un pakalpojumiem, un tas, kā tie iepērk, ietekmē darba apstākļus, emisijas un vietējo ekonomiku līdz pat attālākajiem piegādes ķēžu posmiem. ISO 20400 sniedz tiem starptautiski saskaņotas vadlīnijas šīs ietekmes ņemšanai vērā – no iepirkumu politikas un vadības apņemšanās līdz piegādātāju izvēlei un līgumu pārvaldībai. Standarts ir piemērojams jebkura lieluma un jebkuras nozares organizācijām – gan publiskajām, gan privātajām.
letter-adopt-evidence = { $adopted ->
    [0] ISO pēdējā sistemātiskajā pārskatīšanā, kuras noslēguma datums bija { $confirmed }, apstiprināja standartu, tāpēc tas ir aktuāls un stabils.
    [zero] Vismaz { $adopted } nacionālās standartizācijas institūcijas to jau ir pārņēmušas, un ISO pēdējā sistemātiskajā pārskatīšanā, kuras noslēguma datums bija { $confirmed }, to apstiprināja, tāpēc standarts ir aktuāls un stabils.
    [one] Vismaz { $adopted } nacionālā standartizācijas institūcija to jau ir pārņēmusi, un ISO pēdējā sistemātiskajā pārskatīšanā, kuras noslēguma datums bija { $confirmed }, to apstiprināja, tāpēc standarts ir aktuāls un stabils.
   *[other] Vismaz { $adopted } nacionālās standartizācijas institūcijas to jau ir pārņēmušas, un ISO pēdējā sistemātiskajā pārskatīšanā, kuras noslēguma datums bija { $confirmed }, to apstiprināja, tāpēc standarts ir aktuāls un stabils.
}
letter-adopt-ask = Ar starptautisko tekstu identisks nacionālais standarts sniegtu pasūtītājiem un piegādātājiem Jūsu valstī ({ $country }) atzītu atskaites punktu, uz kuru var atsaukties publisko iepirkumu dokumentācija un uzņēmumu politikas, un atvieglotu saskaņošanu ar tirdzniecības partneriem, kuri standartu jau izmanto. Ar cieņu lūdzu, lai { $acronym } uzsāktu standarta { $standard } pārņemšanu un, ja iespējams, publicētu to { $language } valodā.
letter-adopt-ask-in-progress = Cik man zināms, { $acronym } jau strādā pie standarta { $standard } pārņemšanas. Ar starptautisko tekstu identisks nacionālais standarts sniegtu pasūtītājiem un piegādātājiem Jūsu valstī ({ $country }) atzītu atskaites punktu, uz kuru var atsaukties publisko iepirkumu dokumentācija un uzņēmumu politikas. Ar cieņu lūdzu, lai { $acronym } pabeigtu pārņemšanu, publicētu nacionālo standartu, ja iespējams, { $language } valodā un informētu tā iespējamos lietotājus, kad tas būs pieejams.
letter-adopt-closing = Pateicos, ka izskatāt šo lūgumu. Labprāt pastāstītu vairāk par interesi par šo standartu Jūsu valstī ({ $country }) un uzzinātu, kādi varētu būt turpmākie soļi.
letter-translate-opening = Vēršos pie Jums ar lūgumu, lai { $body } padarītu standartu { $standard } „{ $title }” pieejamu { $language } valodā.
letter-translate-opening-exists = Vēršos pie Jums saistībā ar izdevumu { $edition }, ko publicē { $acronym } un kas ir standarta { $standard } „{ $title }” versija { $language } valodā.
letter-translate-why = Ilgtspējīgs iepirkums ir pasūtītāju, piegādātāju, līgumu vadītāju un valsts amatpersonu ikdienas darbs, un daudzi no viņiem vadlīnijas lasa tikai savā valodā. ISO 20400 ir pieejams ISO oficiālajos izdevumos angļu un franču valodā, kā arī oficiālā tulkojumā spāņu valodā; cilvēkiem Jūsu valstī ({ $country }), kuri strādā { $language } valodā, nacionālais izdevums padarītu starptautisko tekstu par praktisku rīku, ko viņi var izmantot kopā ar savām komandām un piegādātājiem.
letter-translate-why-exists = Ilgtspējīgs iepirkums ir pasūtītāju, piegādātāju, līgumu vadītāju un valsts amatpersonu ikdienas darbs, un daudzi no viņiem vadlīnijas lasa tikai savā valodā. Pateicoties izdevumam { $edition }, cilvēkiem Jūsu valstī ({ $country }), kuri strādā { $language } valodā, standarts jau ir pieejams viņu pašu valodā; tagad ir svarīgi, lai viņi zinātu par tā esamību un izmantotu to darbā ar savām komandām un piegādātājiem.
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
letter-translate-ask-exists = Pateicos, ka { $acronym } nodrošina izdevuma { $edition } pieejamību { $language } valodā. Ar cieņu lūdzu Jūs to plaši popularizēt pasūtītāju, piegādātāju un valsts amatpersonu vidū Jūsu valstī ({ $country }) un, kad ISO nākamreiz pārstrādās standartu, saskaņot to ar starptautisko tekstu.
letter-translate-closing = Pateicos, ka izskatāt šo lūgumu. Kad tulkojums būs publicēts, labprāt palīdzēšu to popularizēt Jūsu valstī ({ $country }).
letter-sign-off = Ar cieņu
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = Jūsu nacionālā standartizācijas institūcija
open-letter-generic-country = Jūsu valsts
open-letter-generic-deadline = balsošanas noslēguma datums
open-letter-generic-committee = par standartu atbildīgā ISO komiteja
