# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Македонски
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
letter-subject-review = Барање за гласање за потврдување на стандардот { $standard } во систематскиот преглед
letter-subject-adopt = { $country_kind ->
    [territory] Барање за преземање на стандардот { $standard } како стандард на { $country }
   *[country] Барање за преземање на стандардот { $standard } како национален стандард на { $country }
}
letter-subject-translate = Барање за објавување на стандардот { $standard } на националниот јазик ({ $language })
letter-subject-translate-exists = Барање за поширока промоција на изданието { $edition }, верзијата на стандардот { $standard } на националниот јазик ({ $language })
letter-greeting = Почитувани,
letter-review-opening = Ви се обраќам во врска со стандардот { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} и гласот што ќе го даде { $body } при систематскиот преглед на стандардот. Ве молам да гласате за потврдување на стандардот во неговата сегашна форма.
letter-review-why = Стандардот ISO 20400 им дава на организациите од секаква големина и од сите сектори заедничка рамка за одржливи набавки: покажува како да се проценат еколошките, социјалните и економските влијанија на она што го набавуваат низ целиот синџир на снабдување и како тоа да се вгради во политиките, процесите и секојдневната практика. Од неговото објавување, климатските промени, кружната економија, човековите права и деловната етика се искачија на врвот на агендата, а голем дел од таа работа се одвива токму во синџирите на снабдување. Стандардот е напишан токму за овие прашања и и понатаму е солидна рамка за нив.
letter-review-evidence = { $adopted ->
    [0] На последниот систематски преглед, завршен на { $confirmed }, ISO го потврди стандардот без измени.
    [one] Најмалку { $adopted } национално тело за стандардизација го презеде стандардот како национален стандард, а последниот систематски преглед, завршен на { $confirmed }, го потврди без измени.
   *[other] Најмалку { $adopted } национални тела за стандардизација го презедоа стандардот како национален стандард, а последниот систематски преглед, завршен на { $confirmed }, го потврди без измени.
}
letter-review-ask = { $has_deadline ->
    [yes] На { $deadline } завршува тековното гласање. Ревизијата на стандардот би барала години работа во комитетот, а тоа време многу подобро е да се искористи за да им се помогне на организациите да ги применуваат насоките што стандардот веќе ги содржи. Затоа со почит барам { $acronym } да гласа за потврдување на стандардот { $standard }.
    [due] Најдоцна до { $due_by } треба да се спроведе следниот систематски преглед на стандардот. Ревизијата на стандардот би барала години работа во комитетот, а тоа време многу подобро е да се искористи за да им се помогне на организациите да ги применуваат насоките што стандардот веќе ги содржи. Затоа со почит барам { $acronym } да гласа за потврдување на стандардот { $standard } кога ќе започне гласањето.
   *[other] Ревизијата на стандардот би барала години работа во комитетот, а тоа време многу подобро е да се искористи за да им се помогне на организациите да ги применуваат насоките што стандардот веќе ги содржи. Затоа со почит барам { $acronym } да гласа за потврдување на стандардот { $standard } кога ќе започне гласањето.
}
letter-review-closing = Ви благодарам за разгледувањето на ова барање. Би ми било драго да дознаам како { $acronym } има намера да гласа, а со задоволство ќе го споделам и она што го знам за примената на стандардот { $in_country }.
letter-adopt-opening = Ви се обраќам со барање { $body } да го преземе стандардот { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} { $country_kind ->
    [territory] како стандард на { $country }.
   *[country] како национален стандард на { $country }.
}
letter-adopt-why = Јавните институции и компаниите трошат голем дел од националниот доход на стоки, работи и услуги, а начинот на кој набавуваат ги обликува условите за работа, емисиите и локалните економии длабоко во нивните синџири на снабдување. Стандардот ISO 20400 им дава меѓународно усогласени насоки за земање предвид на овие влијанија: од политиката за набавки и посветеноста на раководството до изборот на добавувачи и управувањето со договорите. Се применува во организации од секаква големина и од сите сектори, јавни и приватни.
letter-adopt-evidence = { $adopted ->
    [0] ISO го потврди стандардот на последниот систематски преглед, завршен на { $confirmed }, така што тој е актуелен и стабилен.
    [one] Најмалку { $adopted } национално тело за стандардизација веќе го презеде, а ISO го потврди на последниот систематски преглед, завршен на { $confirmed }, така што стандардот е актуелен и стабилен.
   *[other] Најмалку { $adopted } национални тела за стандардизација веќе го презедоа, а ISO го потврди на последниот систематски преглед, завршен на { $confirmed }, така што стандардот е актуелен и стабилен.
}
letter-adopt-ask = Преземањето на стандардот во текст идентичен со меѓународниот би им дало на набавувачите и добавувачите { $in_country } признат репер на кој можат да се повикуваат тендерската документација за јавни набавки и политиките на компаниите, а би го олеснило и усогласувањето со трговските партнери кои веќе го применуваат стандардот. Со почит барам { $acronym } да започне со преземањето на стандардот { $standard } и, по можност, да го објави на националниот јазик ({ $language }).
letter-adopt-ask-in-progress = Колку што ми е познато, { $acronym } веќе работи на преземањето на стандардот { $standard }. Издание идентично со меѓународниот текст би им дало на набавувачите и добавувачите { $in_country } признат репер на кој можат да се повикуваат тендерската документација за јавни набавки и политиките на компаниите. Со почит барам { $acronym } да го заврши преземањето и да го објави стандардот, по можност на националниот јазик ({ $language }), како и да ги извести идните корисници кога стандардот ќе биде достапен.
letter-adopt-closing = Ви благодарам за разгледувањето на ова барање. Со задоволство подетално ќе Ве запознаам со интересот за стандардот { $in_country } и би ми било драго да дознаам кои би можеле да бидат следните чекори.
letter-translate-opening = Ви се обраќам со барање { $body } да го направи стандардот { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} достапен на националниот јазик ({ $language }).
letter-translate-opening-exists = Ви се обраќам во врска со изданието { $edition }, верзијата на стандардот { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} на националниот јазик ({ $language }), што ја објавува { $acronym }.
letter-translate-why = Одржливите набавки се секојдневна работа на набавувачите, добавувачите, лицата што управуваат со договори и службениците во јавниот сектор, од кои многумина читаат насоки само на својот јазик. Стандардот ISO 20400 постои во официјалните изданија на ISO на англиски и француски јазик и во официјален превод на шпански јазик; за луѓето { $in_country } чиј работен јазик е { $language }, национално издание би го претворило меѓународниот текст во практична алатка што можат да ја споделат со своите тимови и добавувачи.
letter-translate-why-exists = Одржливите набавки се секојдневна работа на набавувачите, добавувачите, лицата што управуваат со договори и службениците во јавниот сектор, од кои многумина читаат насоки само на својот јазик. Со изданието { $edition }, луѓето { $in_country } чиј работен јазик е { $language } веќе го имаат стандардот на својот јазик; сега е важно да знаат дека тој постои и да го применуваат во работата со своите тимови и добавувачи.
letter-translate-evidence = { $adopted ->
    [0] ISO го потврди стандардот на последниот систематски преглед, завршен на { $confirmed }, така што преводот изработен сега ќе остане корисен со години.
    [one] Најмалку { $adopted } национално тело за стандардизација го презеде, а ISO го потврди на последниот систематски преглед, завршен на { $confirmed }, така што преводот изработен сега ќе остане корисен со години.
   *[other] Најмалку { $adopted } национални тела за стандардизација го презедоа, а ISO го потврди на последниот систематски преглед, завршен на { $confirmed }, така што преводот изработен сега ќе остане корисен со години.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO го потврди стандардот на последниот систематски преглед, завршен на { $confirmed }, така што изданието { $edition } ќе остане актуелно со години.
    [one] Најмалку { $adopted } национално тело за стандардизација го презеде, а ISO го потврди на последниот систематски преглед, завршен на { $confirmed }, така што изданието { $edition } ќе остане актуелно со години.
   *[other] Најмалку { $adopted } национални тела за стандардизација го презедоа, а ISO го потврди на последниот систематски преглед, завршен на { $confirmed }, така што изданието { $edition } ќе остане актуелно со години.
}
letter-translate-ask = Со почит барам { $acronym } да подготви и да објави издание на стандардот { $standard } на националниот јазик ({ $language }), било како национално преземање, било како превод што се продава заедно со меѓународниот текст, како и да ги извести идните корисници кога изданието ќе биде достапно.
letter-translate-ask-exists = Изразувам благодарност што { $acronym } го направи изданието { $edition } достапно на националниот јазик ({ $language }). Ве молам да го направите широко познато меѓу набавувачите, добавувачите и службениците во јавниот сектор { $in_country } и да го усогласите со меѓународниот текст кога ISO следниот пат ќе го ревидира стандардот.
letter-translate-closing = Ви благодарам за разгледувањето на ова барање. По објавувањето на преводот, со задоволство ќе помогнам тој да стане познат { $in_country }.
letter-sign-off = Со почит,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = во Вашата земја ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = вашето национално тело за стандардизација
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = вашата земја
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = во вашата земја
open-letter-generic-deadline = датумот на завршување на гласањето
open-letter-generic-committee = комитетот на ISO надлежен за стандардот
