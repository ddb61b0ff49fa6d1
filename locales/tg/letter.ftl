# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Тоҷикӣ
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
letter-subject-review = Дархост дар бораи овоз додан ба тасдиқи стандарти { $standard } ҳангоми бознигарии мунтазам
letter-subject-adopt = { $country_kind ->
    [territory] Дархост дар бораи қабули стандарти { $standard } ҳамчун стандарти { $country }
   *[country] Дархост дар бораи қабули стандарти { $standard } ҳамчун стандарти миллии { $country }
}
letter-subject-translate = Дархост дар бораи нашри стандарти { $standard } ба забони { $language }
letter-subject-translate-exists = Дархост дар бораи муаррифии васеи нашри { $edition } — нусхаи стандарти { $standard } ба забони { $language }
letter-greeting = Хонумҳо ва ҷанобони муҳтарам!
letter-review-opening = { $has_title ->
    [yes] Ба Шумо дар хусуси стандарти { $standard } «{ $title }» ва овозе, ки { $body } ҳангоми бознигарии мунтазами он медиҳад, муроҷиат менамоям. Хоҳиш менамоям, ки барои тасдиқи стандарт дар таҳрири амалкунандааш овоз диҳед.
   *[no] Ба Шумо дар хусуси стандарти { $standard } ва овозе, ки { $body } ҳангоми бознигарии мунтазами он медиҳад, муроҷиат менамоям. Хоҳиш менамоям, ки барои тасдиқи стандарт дар таҳрири амалкунандааш овоз диҳед.
}
letter-review-why = Стандарти ISO 20400 ба ташкилотҳои ҳар гуна ҳаҷм ва ҳар соҳа барои харидҳои устувор чаҳорчӯбаи ягона пешниҳод менамояд: он нишон медиҳад, ки таъсири экологӣ, иҷтимоӣ ва иқтисодии мол ва хизматрасониҳои харидашавандаро дар тамоми занҷираи таъминот чӣ гуна бояд арзёбӣ кард ва инро чӣ гуна ба сиёсат, равандҳо ва фаъолияти ҳаррӯза ворид намуд. Аз замони нашри стандарт тағйирёбии иқлим, иқтисоди даврӣ, ҳуқуқи инсон ва одоби тиҷоратӣ ба масъалаҳои аввалиндараҷаи рӯз табдил ёфтанд ва қисми зиёди кор дар ин самтҳо маҳз дар занҷираҳои таъминот анҷом дода мешавад. Стандарт маҳз барои ҳамин гуна масъалаҳо таҳия шудааст ва ҳамчунон барои ҳалли онҳо чаҳорчӯбаи боэътимод боқӣ мемонад.
letter-review-evidence = { $adopted ->
    [0] Дар натиҷаи бознигарии мунтазами охирин, ки { $confirmed } анҷом ёфт, ISO стандартро бе тағйирот тасдиқ кард.
   *[other] Ин стандарт аз ҷониби на камтар аз { $adopted } мақоми миллии стандартизатсия ҳамчун стандарти миллӣ қабул шудааст ва бознигарии мунтазами охирин, ки { $confirmed } анҷом ёфт, онро бе тағйирот тасдиқ кард.
}
letter-review-ask = { $has_deadline ->
    [yes] Овоздиҳии ҷорӣ { $deadline } ба охир мерасад. Аз нав коркард намудани стандарт солҳои зиёди кори кумитаро талаб мекард; ин вақтро барои кӯмак ба ташкилотҳо дар татбиқи тавсияҳое, ки стандарт аллакай пешниҳод менамояд, сарф кардан хеле судмандтар аст. Аз ин рӯ, бо эҳтиром аз { $acronym } хоҳиш менамоям, ки барои тасдиқи стандарти { $standard } овоз диҳад.
    [due] Бознигарии мунтазами навбатии стандарт бояд на дертар аз { $due_by } гузаронида шавад. Аз нав коркард намудани стандарт солҳои зиёди кори кумитаро талаб мекард; ин вақтро барои кӯмак ба ташкилотҳо дар татбиқи тавсияҳое, ки стандарт аллакай пешниҳод менамояд, сарф кардан хеле судмандтар аст. Аз ин рӯ, бо эҳтиром аз { $acronym } хоҳиш менамоям, ки ҳангоми оғози овоздиҳӣ барои тасдиқи стандарти { $standard } овоз диҳад.
   *[other] Аз нав коркард намудани стандарт солҳои зиёди кори кумитаро талаб мекард; ин вақтро барои кӯмак ба ташкилотҳо дар татбиқи тавсияҳое, ки стандарт аллакай пешниҳод менамояд, сарф кардан хеле судмандтар аст. Аз ин рӯ, бо эҳтиром аз { $acronym } хоҳиш менамоям, ки ҳангоми оғози овоздиҳӣ барои тасдиқи стандарти { $standard } овоз диҳад.
}
letter-review-closing = Барои баррасии ин дархост ба Шумо изҳори сипос менамоям. Хурсанд мешудам бидонам, ки { $acronym } чӣ гуна овоз доданӣ аст, ва он чиро, ки дар бораи истифодаи стандарт { $in_country } медонам, бо Шумо дар миён гузорам.
letter-adopt-opening = { $country_kind ->
    [territory] Бо ин нома хоҳиш менамоям, ки { $has_title ->
        [yes] стандарти { $standard } «{ $title }»
       *[no] стандарти { $standard }
    } аз ҷониби { $body } ҳамчун стандарти { $country } қабул карда шавад.
   *[country] Бо ин нома хоҳиш менамоям, ки { $has_title ->
        [yes] стандарти { $standard } «{ $title }»
       *[no] стандарти { $standard }
    } аз ҷониби { $body } ҳамчун стандарти миллии { $country } қабул карда шавад.
}
letter-adopt-why = Мақомоти давлатӣ ва ширкатҳо қисми зиёди даромади миллиро барои хариди мол, корҳо ва хизматрасониҳо сарф мекунанд ва тарзи хариди онҳо то дуртарин ҳалқаҳои занҷираҳои таъминот ба шароити меҳнат, ихроҷи моддаҳои ифлоскунанда ва иқтисоди маҳаллӣ таъсир мерасонад. ISO 20400 барои ба назар гирифтани ин таъсирҳо тавсияҳои дар сатҳи байналмилалӣ мувофиқашударо пешниҳод менамояд: аз сиёсати харид ва ӯҳдадориҳои роҳбарият то интихоби таъминкунандагон ва идоракунии шартномаҳо. Стандарт ба ташкилотҳои давлатӣ ва хусусии ҳар гуна ҳаҷм ва ҳар соҳа татбиқ мешавад.
letter-adopt-evidence = { $adopted ->
    [0] ISO стандартро дар бознигарии мунтазами охирин, ки { $confirmed } анҷом ёфт, тасдиқ кард; бинобар ин стандарт мубрам ва устувор аст.
   *[other] Ин стандарт аллакай аз ҷониби на камтар аз { $adopted } мақоми миллии стандартизатсия қабул шудааст ва ISO онро дар бознигарии мунтазами охирин, ки { $confirmed } анҷом ёфт, тасдиқ кард; бинобар ин стандарт мубрам ва устувор аст.
}
letter-adopt-ask = Қабули стандарт дар шакли ба матни байналмилалӣ айнан мувофиқ ба фармоишгарон ва таъминкунандагон { $in_country } асоси эътирофшудае медод, ки ҳуҷҷатҳои харидҳои давлатӣ ва сиёсатҳои ширкатҳо метавонанд ба он истинод кунанд, инчунин ҳамоҳангиро бо шарикони тиҷоратие, ки ин стандартро аллакай истифода мебаранд, осон мегардонд. Бо эҳтиром аз { $acronym } хоҳиш менамоям, ки ба раванди қабули стандарти { $standard } оғоз бахшад ва дар сурати имкон онро ба забони { $language } нашр кунад.
letter-adopt-ask-in-progress = Тибқи маълумоти ман, { $acronym } ба раванди қабули стандарти { $standard } аллакай оғоз бахшидааст. Нашре, ки ба матни байналмилалӣ айнан мувофиқ бошад, ба фармоишгарон ва таъминкунандагон { $in_country } асоси эътирофшудае медод, ки ҳуҷҷатҳои харидҳои давлатӣ ва сиёсатҳои ширкатҳо метавонанд ба он истинод кунанд. Бо эҳтиром аз { $acronym } хоҳиш менамоям, ки ин равандро ба анҷом расонад, стандартро дар сурати имкон ба забони { $language } нашр кунад ва истифодабарандагони эҳтимолиро аз дастрас шудани он огоҳ созад.
letter-adopt-closing = Барои баррасии ин дархост ба Шумо изҳори сипос менамоям. Бо камоли майл дар бораи таваҷҷуҳ ба ин стандарт { $in_country } ба Шумо муфассалтар маълумот медодам ва хурсанд мешудам бидонам, ки қадамҳои минбаъда чӣ гуна буда метавонанд.
letter-translate-opening = Бо ин нома аз { $body } хоҳиш менамоям, ки барои дастрас гардидани { $has_title ->
    [yes] стандарти { $standard } «{ $title }»
   *[no] стандарти { $standard }
} ба забони { $language } мусоидат намояд.
letter-translate-opening-exists = Ба Шумо дар хусуси нашри { $edition } муроҷиат менамоям, ки нусхаи { $has_title ->
    [yes] стандарти { $standard } «{ $title }»
   *[no] стандарти { $standard }
} ба забони { $language } буда, аз ҷониби { $acronym } нашр мешавад.
letter-translate-why = Харидҳои устувор кори ҳаррӯзаи фармоишгарон, таъминкунандагон, мутахассисони идоракунии шартномаҳо ва хизматчиёни давлатӣ мебошад, ки бисёре аз онҳо ҳуҷҷатҳои методиро танҳо бо забони худ мехонанд. ISO 20400 дар нашрҳои расмии ISO ба забонҳои англисӣ ва франсузӣ, инчунин дар тарҷумаи расмӣ ба забони испанӣ мавҷуд аст; барои мутахассисоне, ки { $in_country } бо забони { $language } кор мекунанд, нашри миллӣ матни байналмилалиро ба абзори амалие табдил медод, ки онро бо ҳамкорон ва таъминкунандагони худ истифода бурда метавонанд.
letter-translate-why-exists = Харидҳои устувор кори ҳаррӯзаи фармоишгарон, таъминкунандагон, мутахассисони идоракунии шартномаҳо ва хизматчиёни давлатӣ мебошад, ки бисёре аз онҳо ҳуҷҷатҳои методиро танҳо бо забони худ мехонанд. Ба шарофати нашри { $edition } мутахассисоне, ки { $in_country } бо забони { $language } кор мекунанд, аллакай стандартро бо забони худ доранд; акнун муҳим он аст, ки онҳо аз мавҷудияти ин нашр огоҳ бошанд ва онро дар кор бо ҳамкорон ва таъминкунандагони худ истифода баранд.
letter-translate-evidence = { $adopted ->
    [0] ISO стандартро дар бознигарии мунтазами охирин, ки { $confirmed } анҷом ёфт, тасдиқ кард, бинобар ин тарҷумае, ки ҳоло анҷом дода шавад, солҳои зиёд мубрамияти худро нигоҳ медорад.
   *[other] Ин стандарт аз ҷониби на камтар аз { $adopted } мақоми миллии стандартизатсия қабул шудааст ва ISO онро дар бознигарии мунтазами охирин, ки { $confirmed } анҷом ёфт, тасдиқ кард, бинобар ин тарҷумае, ки ҳоло анҷом дода шавад, солҳои зиёд мубрамияти худро нигоҳ медорад.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO стандартро дар бознигарии мунтазами охирин, ки { $confirmed } анҷом ёфт, тасдиқ кард, бинобар ин нашри { $edition } солҳои зиёд мубрам боқӣ мемонад.
   *[other] Ин стандарт аз ҷониби на камтар аз { $adopted } мақоми миллии стандартизатсия қабул шудааст ва ISO онро дар бознигарии мунтазами охирин, ки { $confirmed } анҷом ёфт, тасдиқ кард, бинобар ин нашри { $edition } солҳои зиёд мубрам боқӣ мемонад.
}
letter-translate-ask = Бо эҳтиром аз { $acronym } хоҳиш менамоям, ки ба омода ва нашр намудани нусхаи стандарти { $standard } ба забони { $language } — чи ҳамчун стандарти миллӣ ва чи ҳамчун тарҷумае, ки дар баробари матни байналмилалӣ фурӯхта мешавад, — иқдом намояд ва истифодабарандагони эҳтимолиро аз дастрас шудани он огоҳ созад.
letter-translate-ask-exists = Аз { $acronym } барои ба забони { $language } дастрас гардонидани нашри { $edition } сипосгузорам. Бо эҳтиром хоҳиш менамоям, ки ин нашрро ба фармоишгарон, таъминкунандагон ва хизматчиёни давлатӣ { $in_country } ба таври васеъ муаррифӣ намоед ва ҳангоми аз нав коркард шудани стандарт аз ҷониби ISO онро бо матни навшудаи байналмилалӣ мутобиқ гардонед.
letter-translate-closing = Барои баррасии ин дархост ба Шумо изҳори сипос менамоям. Пас аз нашри тарҷума бо камоли майл дар муаррифии он { $in_country } кӯмак хоҳам кард.
letter-sign-off = Бо эҳтиром,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = дар кишвари Шумо ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = мақоми миллии стандартизатсияи кишвари Шумо
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = кишвари Шумо
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = дар кишвари Шумо
open-letter-generic-deadline = санаи анҷоми овоздиҳӣ
open-letter-generic-committee = кумитаи ISO, ки барои стандарт масъул аст
