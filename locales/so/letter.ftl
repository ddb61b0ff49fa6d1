# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Soomaali
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
letter-subject-review = Codsi: in dib-u-eegista nidaamsan loogu codeeyo xaqiijinta halbeegga { $standard }
letter-subject-adopt = { $country_kind ->
    [territory] Codsi: in halbeegga { $standard } loo qaato halbeegga { $country }
   *[country] Codsi: in halbeegga { $standard } loo qaato halbeegga qaranka ee { $country }
}
letter-subject-translate = Codsi: in halbeegga { $standard } lagu daabaco af { $language }
letter-subject-translate-exists = Codsi: in si ballaaran loo baahiyo { $edition }, daabacaadda af { $language } ee halbeegga { $standard }
letter-greeting = Mudane/Marwo,
letter-review-opening = Waxaan idiinku soo qorayaa arrinta halbeegga { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} iyo codka { $body } ee dib-u-eegista nidaamsan ee halbeeggaas. Waxaan idinka codsanayaa inaad u codeysaan in halbeegga la xaqiijiyo sida uu hadda yahay.
letter-review-why = ISO 20400 wuxuu ururada waaweyn iyo kuwa yaryarba, qayb kasta oo ay ka tirsan yihiin, siiyaa qaab-dhismeed guud oo wax-iibsi waara: wuxuu tusaa sida loo qiimeeyo saameynta deegaanka, bulshada iyo dhaqaalaha ee waxa ay iibsadaan, silsiladda sahayda oo dhan, iyo sida taas loogu daro siyaasadaha, hababka shaqada iyo dhaqanka maalinlaha ah. Tan iyo markii la daabacay, isbeddelka cimilada, dhaqaalaha wareegga ah, xuquuqda aadanaha iyo anshaxa ganacsiga waxay noqdeen arrimaha ugu horreeya ee ajendaha, qayb weyn oo shaqadaas ka mid ahna waxaa lagu qabtaa silsiladaha sahayda. Halbeegga waxaa si gaar ah loogu qoray su'aalahan oo kale, welina waa qaab-dhismeed adag oo lagu tiirsan karo.
letter-review-evidence = { $adopted ->
    [0] Dib-u-eegistii nidaamsanayd ee ugu dambeysay, oo la dhammeeyey { $confirmed }, ISO waxay ku xaqiijisay halbeegga iyada oo aan wax laga beddelin.
    [one] Ugu yaraan { $adopted } ka mid ah hay'adaha qaran ee halbeegyada ayaa u qaatay halbeeg qaran, dib-u-eegistii nidaamsanayd ee ugu dambeysay, oo la dhammeeyey { $confirmed }, ayaana xaqiijisay iyada oo aan wax laga beddelin.
   *[other] Ugu yaraan { $adopted } ka mid ah hay'adaha qaran ee halbeegyada ayaa u qaatay halbeeg qaran, dib-u-eegistii nidaamsanayd ee ugu dambeysay, oo la dhammeeyey { $confirmed }, ayaana xaqiijisay iyada oo aan wax laga beddelin.
}
letter-review-ask = { $has_deadline ->
    [yes] Codbixinta hadda socota waxay xirmaysaa { $deadline }. Dib-u-habeynta halbeegga waxay u baahan tahay sannado badan oo shaqo guddi ah; waqtigaas aad ayay uga wanaagsan tahay in lagu caawiyo ururada si ay u dabaqaan hagitaanka uu halbeeggu hore u bixiyo. Sidaas darteed, waxaan si xushmad leh uga codsanayaa { $acronym } inay u codeyso xaqiijinta halbeegga { $standard }.
    [due] Dib-u-eegista nidaamsan ee xigta ee halbeegga waa in la sameeyaa ugu dambeyn { $due_by }. Dib-u-habeynta halbeegga waxay u baahan tahay sannado badan oo shaqo guddi ah; waqtigaas aad ayay uga wanaagsan tahay in lagu caawiyo ururada si ay u dabaqaan hagitaanka uu halbeeggu hore u bixiyo. Sidaas darteed, waxaan si xushmad leh uga codsanayaa { $acronym } inay u codeyso xaqiijinta halbeegga { $standard } marka codbixintu furanto.
   *[other] Dib-u-habeynta halbeegga waxay u baahan tahay sannado badan oo shaqo guddi ah; waqtigaas aad ayay uga wanaagsan tahay in lagu caawiyo ururada si ay u dabaqaan hagitaanka uu halbeeggu hore u bixiyo. Sidaas darteed, waxaan si xushmad leh uga codsanayaa { $acronym } inay u codeyso xaqiijinta halbeegga { $standard } marka codbixintu furanto.
}
letter-review-closing = Waad ku mahadsan tihiin tixgelinta codsigan. Waxaan jeclaan lahaa inaan ogaado mowqifka { $acronym } ee codbixintan, iyo inaan idinla wadaago waxa aan ka ogahay sida halbeegga loogu isticmaalo { $in_country }.
letter-adopt-opening = Waxaan idiinku soo qorayaa si aan uga codsado { $body } inay halbeegga { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} u qaadato { $country_kind ->
    [territory] halbeegga { $country }.
   *[country] halbeegga qaranka ee { $country }.
}
letter-adopt-why = Hay'adaha dowladda iyo shirkaduhu waxay qayb weyn oo ka mid ah dakhliga qaranka ku bixiyaan alaab, hawlo dhismo iyo adeegyo, habka ay wax u iibsadaanna wuxuu saameyn ku yeeshaa xaaladaha shaqada, qiiqa iyo dhaqaalaha deegaanka ilaa meelaha ugu fog ee silsiladahooda sahayda. ISO 20400 wuxuu siiyaa hagitaan caalami ah oo lagu heshiiyey si saameyntaas loo tixgeliyo: laga bilaabo siyaasadda wax-iibsiga iyo ka go'naanta hoggaanka ilaa doorashada alaab-keenayaasha iyo maareynta qandaraasyada. Wuxuu khuseeyaa ururada cabbir kasta iyo qayb kasta leh, kuwa dowladda iyo kuwa gaarka loo leeyahayba.
letter-adopt-evidence = { $adopted ->
    [0] ISO waxay halbeegga ku xaqiijisay dib-u-eegistii nidaamsanayd ee ugu dambeysay, oo la dhammeeyey { $confirmed }, sidaas darteed halbeeggu waa mid casri ah oo deggan.
    [one] Ugu yaraan { $adopted } ka mid ah hay'adaha qaran ee halbeegyada ayaa hore u qaatay, ISO-na waxay ku xaqiijisay dib-u-eegistii nidaamsanayd ee ugu dambeysay, oo la dhammeeyey { $confirmed }, sidaas darteed halbeeggu waa mid casri ah oo deggan.
   *[other] Ugu yaraan { $adopted } ka mid ah hay'adaha qaran ee halbeegyada ayaa hore u qaatay, ISO-na waxay ku xaqiijisay dib-u-eegistii nidaamsanayd ee ugu dambeysay, oo la dhammeeyey { $confirmed }, sidaas darteed halbeeggu waa mid casri ah oo deggan.
}
letter-adopt-ask = Qaadasho la mid ah qoraalka caalamiga ah waxay iibsadayaasha iyo alaab-keenayaasha { $in_country } siin lahayd tixraac la aqoonsan yahay oo ay tenderada dowladda iyo siyaasadaha shirkaduhu ku tixraaci karaan, waxayna fududeyn lahayd la jaanqaadka la-hawlgalayaasha ganacsiga ee horeba u isticmaala. Waxaan si xushmad leh uga codsanayaa { $acronym } inay bilowdo qaadashada halbeegga { $standard } oo, haddii ay suurtogal tahay, ku daabacdo af { $language }.
letter-adopt-ask-in-progress = Waxaan fahamsanahay in qaadashada halbeegga { $standard } hore looga bilaabay { $acronym }. Daabacaad la mid ah qoraalka caalamiga ah waxay iibsadayaasha iyo alaab-keenayaasha { $in_country } siin lahayd tixraac la aqoonsan yahay oo ay tenderada dowladda iyo siyaasadaha shirkaduhu ku tixraaci karaan. Waxaan si xushmad leh uga codsanayaa { $acronym } inay dhammaystirto qaadashada oo daabacdo halbeegga, haddii ay suurtogal tahay af { $language }, isla markaana ay ku wargeliso dadka isticmaali doona marka uu diyaar noqdo.
letter-adopt-closing = Waad ku mahadsan tihiin tixgelinta codsigan. Waxaan soo dhaweyn lahaa fursad aan idiinkaga warramo xiisaha loo qabo halbeegga { $in_country }, iyo inaan ogaado waxa noqon kara tallaabooyinka xiga.
letter-translate-opening = Waxaan idiinku soo qorayaa si aan uga codsado { $body } inay halbeegga { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} ku soo saarto af { $language }.
letter-translate-opening-exists = Waxaan idiinku soo qorayaa arrinta { $edition }, daabacaadda af { $language } ee halbeegga { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard },
} oo ay soo saarto { $acronym }.
letter-translate-why = Wax-iibsiga waara waa shaqada maalinlaha ah ee iibsadayaasha, alaab-keenayaasha, maareeyayaasha qandaraasyada iyo shaqaalaha dowladda, kuwaas oo qaar badan oo ka mid ahi ay hagitaanka ku akhriyaan oo keliya afkooda. ISO 20400 waxaa laga heli karaa daabacaadaha rasmiga ah ee ISO ee af Ingiriisi iyo af Faransiis iyo tarjumaad rasmi ah oo af Isbaanish ah; dadka { $in_country } ku shaqeeya af { $language }, daabacaad qaran ayaa qoraalka caalamiga ah u beddeli lahayd qalab wax ku ool ah oo ay la wadaagi karaan kooxahooda iyo alaab-keenayaashooda.
letter-translate-why-exists = Wax-iibsiga waara waa shaqada maalinlaha ah ee iibsadayaasha, alaab-keenayaasha, maareeyayaasha qandaraasyada iyo shaqaalaha dowladda, kuwaas oo qaar badan oo ka mid ahi ay hagitaanka ku akhriyaan oo keliya afkooda. { $edition } awgeed, dadka { $in_country } ku shaqeeya af { $language } waxay hore u haystaan halbeegga oo afkooda ku qoran; waxa hadda muhiimka ah waa inay ogaadaan inuu jiro oo ay la adeegsadaan kooxahooda iyo alaab-keenayaashooda.
letter-translate-evidence = { $adopted ->
    [0] ISO waxay halbeegga ku xaqiijisay dib-u-eegistii nidaamsanayd ee ugu dambeysay, oo la dhammeeyey { $confirmed }, sidaas darteed tarjumaad hadda la sameeyo waxay faa'iido lahaan doontaa sannado badan.
    [one] Ugu yaraan { $adopted } ka mid ah hay'adaha qaran ee halbeegyada ayaa qaatay, ISO-na waxay ku xaqiijisay dib-u-eegistii nidaamsanayd ee ugu dambeysay, oo la dhammeeyey { $confirmed }, sidaas darteed tarjumaad hadda la sameeyo waxay faa'iido lahaan doontaa sannado badan.
   *[other] Ugu yaraan { $adopted } ka mid ah hay'adaha qaran ee halbeegyada ayaa qaatay, ISO-na waxay ku xaqiijisay dib-u-eegistii nidaamsanayd ee ugu dambeysay, oo la dhammeeyey { $confirmed }, sidaas darteed tarjumaad hadda la sameeyo waxay faa'iido lahaan doontaa sannado badan.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO waxay halbeegga ku xaqiijisay dib-u-eegistii nidaamsanayd ee ugu dambeysay, oo la dhammeeyey { $confirmed }, sidaas darteed { $edition } waxay ahaan doontaa mid casri ah sannado badan.
    [one] Ugu yaraan { $adopted } ka mid ah hay'adaha qaran ee halbeegyada ayaa qaatay, ISO-na waxay ku xaqiijisay dib-u-eegistii nidaamsanayd ee ugu dambeysay, oo la dhammeeyey { $confirmed }, sidaas darteed { $edition } waxay ahaan doontaa mid casri ah sannado badan.
   *[other] Ugu yaraan { $adopted } ka mid ah hay'adaha qaran ee halbeegyada ayaa qaatay, ISO-na waxay ku xaqiijisay dib-u-eegistii nidaamsanayd ee ugu dambeysay, oo la dhammeeyey { $confirmed }, sidaas darteed { $edition } waxay ahaan doontaa mid casri ah sannado badan.
}
letter-translate-ask = Waxaan si xushmad leh uga codsanayaa { $acronym } inay diyaariso oo daabacdo daabacaadda af { $language } ee halbeegga { $standard }, ha ahaato qaadasho qaran ama tarjumaad lagu iibiyo qoraalka caalamiga ah agtiisa, isla markaana ay ku wargeliso dadka isticmaali doona marka ay diyaar noqoto.
letter-translate-ask-exists = Waxaan uga mahadcelinayaa { $acronym } in { $edition } lagu heli karo af { $language }. Waxaan si xushmad leh idinka codsanayaa inaad si ballaaran ugu baahisaan iibsadayaasha, alaab-keenayaasha iyo shaqaalaha dowladda { $in_country }, iyo inaad la jaanqaadsiisaan qoraalka caalamiga ah marka ISO mar kale dib-u-habeyso halbeegga.
letter-translate-closing = Waad ku mahadsan tihiin tixgelinta codsigan. Waan ku farxi lahaa inaan gacan ka geysto baahinta tarjumaadda { $in_country } marka la daabaco.
letter-sign-off = Si xushmad leh,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = gudaha dalkiinna ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = hay'adda qaran ee halbeegyada dalkiinna
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = dalkiinna
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = gudaha dalkiinna
open-letter-generic-deadline = taariikhda ay codbixintu xirmayso
open-letter-generic-committee = guddiga ISO ee mas'uulka ka ah halbeegga
