# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Kiswahili
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
letter-subject-review = Ombi la kupiga kura ya kuthibitisha kiwango { $standard } katika mapitio ya kimfumo
letter-subject-adopt = { $country_kind ->
    [territory] Ombi la kupitisha kiwango { $standard } kuwa kiwango cha { $country }
   *[country] Ombi la kupitisha kiwango { $standard } kuwa kiwango cha kitaifa cha { $country }
}
letter-subject-translate = Ombi la kuchapisha kiwango { $standard } kwa { $language }
letter-subject-translate-exists = Ombi la kulitangaza kwa upana { $edition }, toleo la { $language } la kiwango { $standard }
letter-greeting = Ndugu,
letter-review-opening = Ninawaandikia kuhusu kiwango { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} na kura ambayo shirika lenu, { $body }, litapiga katika mapitio ya kimfumo ya kiwango hicho. Ningependa kuwaomba mpige kura ya kukithibitisha kiwango hicho kama kilivyo.
letter-review-why = Kiwango ISO 20400 kinatoa kwa taasisi za kila ukubwa na kila sekta mfumo wa pamoja wa ununuzi endelevu: kinaonyesha jinsi ya kupima athari za kimazingira, kijamii na kiuchumi za kile zinachonunua katika mnyororo mzima wa ugavi, na jinsi ya kujumuisha hayo katika sera, taratibu na utendaji wa kila siku. Tangu kiwango hiki kilipochapishwa, mabadiliko ya tabianchi, uchumi wa mzunguko, haki za binadamu na maadili ya biashara vimekuwa vipaumbele vya juu kabisa, na sehemu kubwa ya kazi hiyo hufanyika katika minyororo ya ugavi. Kiwango hiki kiliandaliwa mahsusi kwa ajili ya masuala haya, na bado ni mfumo madhubuti wa kuyashughulikia.
letter-review-evidence = { $adopted ->
    [0] Katika mapitio yake ya mwisho ya kimfumo, yaliyokamilika mnamo { $confirmed }, ISO ilikithibitisha kiwango hiki bila mabadiliko yoyote.
    [one] Angalau shirika { $adopted } la kitaifa la viwango limekipitisha kuwa kiwango cha kitaifa, na mapitio yake ya mwisho ya kimfumo, yaliyokamilika mnamo { $confirmed }, yalikithibitisha bila mabadiliko yoyote.
   *[other] Angalau mashirika { $adopted } ya kitaifa ya viwango yamekipitisha kuwa kiwango cha kitaifa, na mapitio yake ya mwisho ya kimfumo, yaliyokamilika mnamo { $confirmed }, yalikithibitisha bila mabadiliko yoyote.
}
letter-review-ask = { $has_deadline ->
    [yes] Upigaji kura unaoendelea utafungwa mnamo { $deadline }. Kurekebisha kiwango hiki kungehitaji miaka kadhaa ya kazi ya kamati; muda huo ungetumika vizuri zaidi kuzisaidia taasisi kutumia mwongozo ambao kiwango hiki tayari kinautoa. Kwa hiyo, kwa heshima, ninaliomba shirika lenu ({ $acronym }) lipige kura ya kuthibitisha kiwango { $standard }.
    [due] Mapitio yajayo ya kimfumo ya kiwango hiki yanapaswa kufanyika kufikia { $due_by }. Kurekebisha kiwango hiki kungehitaji miaka kadhaa ya kazi ya kamati; muda huo ungetumika vizuri zaidi kuzisaidia taasisi kutumia mwongozo ambao kiwango hiki tayari kinautoa. Kwa hiyo, kwa heshima, ninaliomba shirika lenu ({ $acronym }) lipige kura ya kuthibitisha kiwango { $standard } pindi upigaji kura utakapofunguliwa.
   *[other] Kurekebisha kiwango hiki kungehitaji miaka kadhaa ya kazi ya kamati; muda huo ungetumika vizuri zaidi kuzisaidia taasisi kutumia mwongozo ambao kiwango hiki tayari kinautoa. Kwa hiyo, kwa heshima, ninaliomba shirika lenu ({ $acronym }) lipige kura ya kuthibitisha kiwango { $standard } pindi upigaji kura utakapofunguliwa.
}
letter-review-closing = Nawashukuru kwa kulifikiria ombi hili. Ningefurahi kujua jinsi shirika lenu ({ $acronym }) linavyokusudia kupiga kura, na kuwashirikisha ninachokifahamu kuhusu matumizi ya kiwango hiki { $in_country }.
letter-adopt-opening = Ninawaandikia ili kuliomba shirika lenu, { $body }, kupitisha kiwango { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} { $country_kind ->
    [territory] kuwa kiwango cha { $country }.
   *[country] kuwa kiwango cha kitaifa cha { $country }.
}
letter-adopt-why = Taasisi za umma na makampuni hutumia sehemu kubwa ya pato la taifa kununua bidhaa, kazi za ujenzi na huduma, na jinsi ununuzi huo unavyofanyika huathiri mazingira ya kazi, uzalishaji wa gesi joto na uchumi wa maeneo husika hadi ngazi za mbali za minyororo yao ya ugavi. Kiwango ISO 20400 kinatoa kwa taasisi hizo mwongozo uliokubaliwa kimataifa wa kuzingatia athari hizi: kuanzia sera ya ununuzi na dhamira ya uongozi wa juu hadi uteuzi wa wasambazaji na usimamizi wa mikataba. Kinatumika kwa taasisi za ukubwa wowote na sekta yoyote, ziwe za umma au binafsi.
letter-adopt-evidence = { $adopted ->
    [0] ISO ilikithibitisha kiwango hiki katika mapitio yake ya mwisho ya kimfumo, yaliyokamilika mnamo { $confirmed }, kwa hiyo bado ni halali na thabiti.
    [one] Angalau shirika { $adopted } la kitaifa la viwango limekwisha kukipitisha, na ISO ilikithibitisha katika mapitio yake ya mwisho ya kimfumo, yaliyokamilika mnamo { $confirmed }, kwa hiyo bado ni halali na thabiti.
   *[other] Angalau mashirika { $adopted } ya kitaifa ya viwango yamekwisha kukipitisha, na ISO ilikithibitisha katika mapitio yake ya mwisho ya kimfumo, yaliyokamilika mnamo { $confirmed }, kwa hiyo bado ni halali na thabiti.
}
letter-adopt-ask = Kukipitisha kiwango hiki kikiwa sawa kabisa na maandishi ya kimataifa kungewapa wanunuzi na wasambazaji { $in_country } rejea inayotambulika ambayo zabuni za umma na sera za makampuni zinaweza kuinukuu, na kungerahisisha kuwiana na washirika wa kibiashara ambao tayari wanakitumia. Kwa heshima, ninaliomba shirika lenu ({ $acronym }) lianzishe mchakato wa kupitisha kiwango { $standard } na, inapowezekana, likichapishe kwa { $language }.
letter-adopt-ask-in-progress = Ninafahamu kwamba shirika lenu ({ $acronym }) limekwisha kuanza mchakato wa kupitisha kiwango { $standard }. Toleo lililo sawa kabisa na maandishi ya kimataifa lingewapa wanunuzi na wasambazaji { $in_country } rejea inayotambulika ambayo zabuni za umma na sera za makampuni zinaweza kuinukuu. Kwa heshima, ninaliomba shirika lenu likamilishe mchakato huo na kuchapisha kiwango hicho, inapowezekana kwa { $language }, na liwajulishe watakaokitumia pindi kitakapopatikana.
letter-adopt-closing = Nawashukuru kwa kulifikiria ombi hili. Ningefurahi kupata fursa ya kuwaeleza zaidi kuhusu shauku iliyopo { $in_country } juu ya kiwango hiki, na kusikia hatua zinazofuata zinaweza kuwa zipi.
letter-translate-opening = Ninawaandikia ili kuliomba shirika lenu, { $body }, kuhakikisha kwamba kiwango { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} kinapatikana kwa { $language }.
letter-translate-opening-exists = Ninawaandikia kuhusu { $edition }, toleo la { $language } la kiwango { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard },
} linalochapishwa na { $acronym }.
letter-translate-why = Ununuzi endelevu ni kazi ya kila siku ya wanunuzi, wasambazaji, wasimamizi wa mikataba na watumishi wa umma, ambao wengi wao husoma miongozo kwa lugha yao wenyewe tu. Kiwango ISO 20400 kinapatikana katika matoleo rasmi ya ISO ya Kiingereza na Kifaransa, na katika tafsiri rasmi ya Kihispania; kwa watu { $in_country } wanaofanya kazi kwa { $language }, toleo la kitaifa lingegeuza maandishi ya kimataifa kuwa nyenzo ya vitendo ambayo wangeweza kuwashirikisha timu zao na wasambazaji wao.
letter-translate-why-exists = Ununuzi endelevu ni kazi ya kila siku ya wanunuzi, wasambazaji, wasimamizi wa mikataba na watumishi wa umma, ambao wengi wao husoma miongozo kwa lugha yao wenyewe tu. Kupitia { $edition }, watu { $in_country } wanaofanya kazi kwa { $language } tayari wanakipata kiwango hiki katika lugha yao wenyewe; kinachohitajika sasa ni wafahamu kwamba kipo na wakitumie pamoja na timu zao na wasambazaji wao.
letter-translate-evidence = { $adopted ->
    [0] ISO ilikithibitisha kiwango hiki katika mapitio yake ya mwisho ya kimfumo, yaliyokamilika mnamo { $confirmed }, kwa hiyo tafsiri itakayofanywa sasa itaendelea kuwa na manufaa kwa miaka mingi.
    [one] Angalau shirika { $adopted } la kitaifa la viwango limekipitisha, na ISO ilikithibitisha katika mapitio yake ya mwisho ya kimfumo, yaliyokamilika mnamo { $confirmed }, kwa hiyo tafsiri itakayofanywa sasa itaendelea kuwa na manufaa kwa miaka mingi.
   *[other] Angalau mashirika { $adopted } ya kitaifa ya viwango yamekipitisha, na ISO ilikithibitisha katika mapitio yake ya mwisho ya kimfumo, yaliyokamilika mnamo { $confirmed }, kwa hiyo tafsiri itakayofanywa sasa itaendelea kuwa na manufaa kwa miaka mingi.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO ilikithibitisha kiwango hiki katika mapitio yake ya mwisho ya kimfumo, yaliyokamilika mnamo { $confirmed }, kwa hiyo toleo hilo, { $edition }, litaendelea kuwa halali kwa miaka mingi.
    [one] Angalau shirika { $adopted } la kitaifa la viwango limekipitisha, na ISO ilikithibitisha katika mapitio yake ya mwisho ya kimfumo, yaliyokamilika mnamo { $confirmed }, kwa hiyo toleo hilo, { $edition }, litaendelea kuwa halali kwa miaka mingi.
   *[other] Angalau mashirika { $adopted } ya kitaifa ya viwango yamekipitisha, na ISO ilikithibitisha katika mapitio yake ya mwisho ya kimfumo, yaliyokamilika mnamo { $confirmed }, kwa hiyo toleo hilo, { $edition }, litaendelea kuwa halali kwa miaka mingi.
}
letter-translate-ask = Kwa heshima, ninaliomba shirika lenu ({ $acronym }) liandae na kuchapisha toleo la { $language } la kiwango { $standard }, ama kama kiwango kilichopitishwa kitaifa au kama tafsiri inayouzwa pamoja na maandishi ya kimataifa, na liwajulishe watakaolitumia pindi litakapopatikana.
letter-translate-ask-exists = Ninalishukuru shirika lenu ({ $acronym }) kwa kuchapisha { $edition } kwa { $language }. Kwa heshima, ninawaomba mlitangaze toleo hilo kwa upana kwa wanunuzi, wasambazaji na watumishi wa umma { $in_country }, na mlihuishe ili liendane na maandishi ya kimataifa pindi ISO itakapokirekebisha tena kiwango hiki.
letter-translate-closing = Nawashukuru kwa kulifikiria ombi hili. Ningefurahi kusaidia kuitangaza tafsiri hiyo { $in_country } pindi itakapochapishwa.
letter-sign-off = Wako mtiifu,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = nchini mwenu ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = shirika lenu la kitaifa la viwango
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = nchi yenu
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = nchini mwenu
open-letter-generic-deadline = tarehe ya kufungwa kwa upigaji kura
open-letter-generic-committee = kamati ya ISO inayohusika na kiwango hiki
