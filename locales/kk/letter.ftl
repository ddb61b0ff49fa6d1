# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Қазақ тілі
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
letter-subject-review = Өтініш: жүйелі қайта қарау барысында { $standard } стандартын растауды жақтап дауыс беру туралы
letter-subject-adopt = { $country_kind ->
    [territory] Өтініш: { $standard } стандартын { $country } үшін стандарт ретінде қабылдау туралы
   *[country] Өтініш: { $standard } стандартын { $country } үшін ұлттық стандарт ретінде қабылдау туралы
}
letter-subject-translate = Өтініш: { $standard } стандартын ұлттық тілде ({ $language }) шығару туралы
letter-subject-translate-exists = Өтініш: { $standard } стандартының { $edition } ұлттық басылымын ({ $language }) кеңінен таныту туралы
letter-greeting = Құрметті ханымдар мен мырзалар!
letter-review-opening = { $has_title ->
    [yes] Сізге { $standard } «{ $title }» стандарты және оны жүйелі қайта қарау барысында { $body } беретін дауыс туралы хат жазып отырмын. Стандартты қолданыстағы редакциясында растауды жақтап дауыс беруіңізді сұраймын.
   *[no] Сізге { $standard } стандарты және оны жүйелі қайта қарау барысында { $body } беретін дауыс туралы хат жазып отырмын. Стандартты қолданыстағы редакциясында растауды жақтап дауыс беруіңізді сұраймын.
}
letter-review-why = ISO 20400 кез келген көлемдегі және кез келген саладағы ұйымдарға тұрақты сатып алудың ортақ негізін ұсынады: ол сатып алынатын тауарлар мен көрсетілетін қызметтердің экологиялық, әлеуметтік және экономикалық әсерін бүкіл жеткізу тізбегі бойынша қалай бағалау керектігін және мұны саясатқа, процестерге және күнделікті тәжірибеге қалай енгізу керектігін көрсетеді. Стандарт жарияланғаннан бері климаттың өзгеруі, айналмалы экономика, адам құқықтары және іскерлік этика күн тәртібіндегі басты мәселелерге айналды, ал бұл бағыттағы жұмыстың едәуір бөлігі дәл жеткізу тізбектерінде атқарылады. Стандарт дәл осындай мәселелерге арналып әзірленген және оларды шешудің сенімді негізі болып қала береді.
letter-review-evidence = { $adopted ->
    [0] ISO { $confirmed } күні аяқталған соңғы жүйелі қайта қарау қорытындысы бойынша стандартты өзгеріссіз растады.
    [one] Кемінде { $adopted } ұлттық стандарттау органы бұл стандартты ұлттық стандарт ретінде қабылдады, ал { $confirmed } күні аяқталған соңғы жүйелі қайта қарау оны өзгеріссіз растады.
   *[other] Кемінде { $adopted } ұлттық стандарттау органы бұл стандартты ұлттық стандарт ретінде қабылдады, ал { $confirmed } күні аяқталған соңғы жүйелі қайта қарау оны өзгеріссіз растады.
}
letter-review-ask = { $has_deadline ->
    [yes] Ағымдағы дауыс беру { $deadline } күні аяқталады. Стандартты қайта өңдеу техникалық комитеттің көпжылдық жұмысын қажет етер еді; бұл уақытты ұйымдарға стандартта берілген ұсынымдарды қолдануға көмектесуге жұмсаған әлдеқайда пайдалы. Сондықтан { $acronym } тарапынан { $standard } стандартын растауды жақтап дауыс берілуін құрметпен сұраймын.
    [due] Стандарттың келесі жүйелі қайта қаралуы { $due_by } күнінен кешіктірілмей өткізілуге тиіс. Стандартты қайта өңдеу техникалық комитеттің көпжылдық жұмысын қажет етер еді; бұл уақытты ұйымдарға стандартта берілген ұсынымдарды қолдануға көмектесуге жұмсаған әлдеқайда пайдалы. Сондықтан дауыс беру басталған кезде { $acronym } тарапынан { $standard } стандартын растауды жақтап дауыс берілуін құрметпен сұраймын.
   *[other] Стандартты қайта өңдеу техникалық комитеттің көпжылдық жұмысын қажет етер еді; бұл уақытты ұйымдарға стандартта берілген ұсынымдарды қолдануға көмектесуге жұмсаған әлдеқайда пайдалы. Сондықтан дауыс беру басталған кезде { $acronym } тарапынан { $standard } стандартын растауды жақтап дауыс берілуін құрметпен сұраймын.
}
letter-review-closing = Осы өтінішті қарағаныңыз үшін алғыс білдіремін. { $acronym } тарапынан қалай дауыс беру жоспарланып отырғанын білуге және стандарттың { $in_country } қалай қолданылатыны туралы өзім білетін мәліметтермен бөлісуге қуанышты болар едім.
letter-adopt-opening = { $country_kind ->
    [territory] Осы хатпен { $has_title ->
        [yes] { $standard } «{ $title }» стандартының
       *[no] { $standard } стандартының
    } { $body } тарапынан { $country } үшін стандарт ретінде қабылдануын сұраймын.
   *[country] Осы хатпен { $has_title ->
        [yes] { $standard } «{ $title }» стандартының
       *[no] { $standard } стандартының
    } { $body } тарапынан { $country } үшін ұлттық стандарт ретінде қабылдануын сұраймын.
}
letter-adopt-why = Мемлекеттік органдар мен компаниялар ұлттық табыстың едәуір бөлігін тауарларға, жұмыстар мен көрсетілетін қызметтерге жұмсайды, ал олардың сатып алу тәсілі жеткізу тізбектерінің ең шалғай буындарына дейін еңбек жағдайларына, шығарындыларға және жергілікті экономикаға әсер етеді. ISO 20400 осы әсерлерді ескеру үшін халықаралық деңгейде келісілген ұсынымдар береді: сатып алу саясаты мен басшылықтың міндеттемесінен бастап жеткізушілерді таңдау мен шарттарды басқаруға дейін. Стандарт кез келген көлемдегі және кез келген саладағы мемлекеттік және жеке ұйымдарға қолданылады.
letter-adopt-evidence = { $adopted ->
    [0] ISO { $confirmed } күні аяқталған соңғы жүйелі қайта қарау қорытындысы бойынша стандартты растады, демек стандарт өзекті әрі тұрақты.
    [one] Кемінде { $adopted } ұлттық стандарттау органы бұл стандартты қабылдап үлгерді, ал ISO оны { $confirmed } күні аяқталған соңғы жүйелі қайта қарау қорытындысы бойынша растады; демек стандарт өзекті әрі тұрақты.
   *[other] Кемінде { $adopted } ұлттық стандарттау органы бұл стандартты қабылдап үлгерді, ал ISO оны { $confirmed } күні аяқталған соңғы жүйелі қайта қарау қорытындысы бойынша растады; демек стандарт өзекті әрі тұрақты.
}
letter-adopt-ask = Стандартты халықаралық мәтінмен бірдей етіп қабылдау { $in_country } тапсырыс берушілер мен жеткізушілерге мемлекеттік сатып алу құжаттамасы мен корпоративтік саясаттарда сілтеме жасауға болатын танылған бағдар берер еді, сондай-ақ бұл стандартты қолданып жүрген сауда әріптестерімен үйлесімді жұмыс істеуді жеңілдетер еді. { $acronym } тарапынан { $standard } стандартын қабылдау рәсімінің басталуын және мүмкіндігінше оның ұлттық тілде ({ $language }) шығарылуын құрметпен сұраймын.
letter-adopt-ask-in-progress = Менің білуімше, { $acronym } { $standard } стандартын қабылдау жұмысын бастап қойған. Халықаралық мәтінмен бірдей басылым { $in_country } тапсырыс берушілер мен жеткізушілерге мемлекеттік сатып алу құжаттамасы мен корпоративтік саясаттарда сілтеме жасауға болатын танылған бағдар берер еді. { $acronym } тарапынан қабылдау рәсімінің аяқталуын, стандарттың мүмкіндігінше ұлттық тілде ({ $language }) шығарылуын, сондай-ақ стандарт қолжетімді болған кезде оны пайдаланатындарға бұл туралы хабарлануын құрметпен сұраймын.
letter-adopt-closing = Осы өтінішті қарағаныңыз үшін алғыс білдіремін. Стандартқа { $in_country } қандай қызығушылық танытылып отырғаны туралы толығырақ айтып беруге және алдағы қадамдар қандай болуы мүмкін екенін білуге қуанышты болар едім.
letter-translate-opening = Осы хатпен { $has_title ->
    [yes] { $standard } «{ $title }» стандартының
   *[no] { $standard } стандартының
} { $body } тарапынан ұлттық тілде ({ $language }) қолжетімді етілуін сұраймын.
letter-translate-opening-exists = Сізге { $acronym } шығаратын { $edition } басылымы туралы хат жазып отырмын: бұл — { $has_title ->
    [yes] { $standard } «{ $title }» стандартының
   *[no] { $standard } стандартының
} ұлттық тілдегі ({ $language }) басылымы.
letter-translate-why = Тұрақты сатып алу — тапсырыс берушілердің, жеткізушілердің, шарттарды басқару жөніндегі мамандардың және мемлекеттік қызметшілердің күнделікті жұмысы, әрі олардың көбі әдістемелік құжаттарды тек өз тілінде оқиды. ISO 20400 ISO-ның ресми ағылшын және француз тілдеріндегі басылымдарында, сондай-ақ ресми испан тіліндегі аудармасында бар; { $in_country } жұмыс тілі { $language } болып табылатын мамандар үшін ұлттық басылым халықаралық құжатты әріптестерімен және жеткізушілерімен бөлісуге болатын практикалық құралға айналдырар еді.
letter-translate-why-exists = Тұрақты сатып алу — тапсырыс берушілердің, жеткізушілердің, шарттарды басқару жөніндегі мамандардың және мемлекеттік қызметшілердің күнделікті жұмысы, әрі олардың көбі әдістемелік құжаттарды тек өз тілінде оқиды. { $edition } басылымының арқасында { $in_country } жұмыс тілі { $language } болып табылатын мамандарда стандарт өз тілінде бар; енді ең маңыздысы — олардың бұл басылым туралы біліп, оны әріптестерімен және жеткізушілерімен бірге жұмыста қолдануы.
letter-translate-evidence = { $adopted ->
    [0] ISO { $confirmed } күні аяқталған соңғы жүйелі қайта қарау қорытындысы бойынша стандартты растады, сондықтан қазір жасалған аударма көп жыл бойы өзектілігін сақтайды.
    [one] Кемінде { $adopted } ұлттық стандарттау органы бұл стандартты қабылдады, ал ISO оны { $confirmed } күні аяқталған соңғы жүйелі қайта қарау қорытындысы бойынша растады, сондықтан қазір жасалған аударма көп жыл бойы өзектілігін сақтайды.
   *[other] Кемінде { $adopted } ұлттық стандарттау органы бұл стандартты қабылдады, ал ISO оны { $confirmed } күні аяқталған соңғы жүйелі қайта қарау қорытындысы бойынша растады, сондықтан қазір жасалған аударма көп жыл бойы өзектілігін сақтайды.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO { $confirmed } күні аяқталған соңғы жүйелі қайта қарау қорытындысы бойынша стандартты растады, сондықтан { $edition } басылымы көп жыл бойы өзектілігін сақтайды.
    [one] Кемінде { $adopted } ұлттық стандарттау органы бұл стандартты қабылдады, ал ISO оны { $confirmed } күні аяқталған соңғы жүйелі қайта қарау қорытындысы бойынша растады, сондықтан { $edition } басылымы көп жыл бойы өзектілігін сақтайды.
   *[other] Кемінде { $adopted } ұлттық стандарттау органы бұл стандартты қабылдады, ал ISO оны { $confirmed } күні аяқталған соңғы жүйелі қайта қарау қорытындысы бойынша растады, сондықтан { $edition } басылымы көп жыл бойы өзектілігін сақтайды.
}
letter-translate-ask = { $acronym } тарапынан { $standard } стандартының ұлттық тілдегі ({ $language }) басылымының — ұлттық стандарт ретінде немесе халықаралық мәтінмен қатар сатылатын аударма ретінде — дайындалып шығарылуын, сондай-ақ басылым қолжетімді болған кезде оны пайдаланатындарға бұл туралы хабарлануын құрметпен сұраймын.
letter-translate-ask-exists = { $edition } басылымын { $acronym } ұлттық тілде ({ $language }) қолжетімді еткені үшін алғыс білдіремін. Бұл басылымды { $in_country } тапсырыс берушілер, жеткізушілер және мемлекеттік қызметшілер арасында кеңінен таныстыруыңызды, сондай-ақ ISO стандартты келесі жолы қайта өңдегенде басылымды жаңартылған халықаралық мәтінге сәйкес келтіруіңізді құрметпен сұраймын.
letter-translate-closing = Осы өтінішті қарағаныңыз үшін алғыс білдіремін. Аударма жарияланғаннан кейін оны { $in_country } кеңінен танытуға көмектесуге қуанышты болар едім.
letter-sign-off = Құрметпен,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = еліңізде ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = Сіздің еліңіздің ұлттық стандарттау органы
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = Сіздің еліңіз
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = еліңізде
open-letter-generic-deadline = дауыс берудің аяқталу күні
open-letter-generic-committee = стандартқа жауапты ISO комитеті
