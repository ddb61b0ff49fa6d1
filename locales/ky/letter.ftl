# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Кыргызча
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
letter-subject-review = Өтүнүч: системалуу кайра кароодо { $standard } стандартын ырастоо үчүн добуш берүү жөнүндө
letter-subject-adopt = { $country_kind ->
    [territory] Өтүнүч: { $standard } стандартын { $country } үчүн стандарт катары кабыл алуу жөнүндө
   *[country] Өтүнүч: { $standard } стандартын { $country } үчүн улуттук стандарт катары кабыл алуу жөнүндө
}
letter-subject-translate = Өтүнүч: { $standard } стандартын улуттук тилде ({ $language }) басып чыгаруу жөнүндө
letter-subject-translate-exists = Өтүнүч: { $standard } стандартынын улуттук тилдеги ({ $language }) { $edition } басылмасын кеңири таанытуу жөнүндө
letter-greeting = Урматтуу айымдар жана мырзалар!
letter-review-opening = { $has_title ->
    [yes] Сизге { $standard } «{ $title }» стандарты жана аны системалуу кайра кароодо { $body } бере турган добуш боюнча кайрылып жатам. Стандартты азыркы редакциясында ырастоо үчүн добуш беришиңизди суранам.
   *[no] Сизге { $standard } стандарты жана аны системалуу кайра кароодо { $body } бере турган добуш боюнча кайрылып жатам. Стандартты азыркы редакциясында ырастоо үчүн добуш беришиңизди суранам.
}
letter-review-why = ISO 20400 ар кандай көлөмдөгү жана ар кандай тармактагы уюмдарга туруктуу сатып алуулар үчүн жалпы негиз берет: ал сатып алынган товарлардын жана кызматтардын экологиялык, социалдык жана экономикалык таасирин бүткүл жеткирүү чынжыры боюнча кантип баалоо керектигин жана муну саясатка, процесстерге жана күнүмдүк практикага кантип киргизүү керектигин көрсөтөт. Стандарт жарыялангандан бери климаттын өзгөрүшү, циркулярдык экономика, адам укуктары жана ишкердик этика күн тартибиндеги башкы маселелерге айланды, ал эми бул багыттагы иштин олуттуу бөлүгү дал ушул жеткирүү чынжырларында аткарылат. Стандарт так ушундай маселелер үчүн иштелип чыккан жана аларды чечүү үчүн ишенимдүү негиз бойдон калууда.
letter-review-evidence = { $adopted ->
    [0] ISO { $confirmed } күнү аяктаган акыркы системалуу кайра кароонун жыйынтыгы боюнча стандартты өзгөртүүсүз ырастаган.
    [one] Жок дегенде { $adopted } улуттук стандартташтыруу органы бул стандартты улуттук стандарт катары кабыл алган, ал эми { $confirmed } күнү аяктаган акыркы системалуу кайра кароо аны өзгөртүүсүз ырастаган.
   *[other] Жок дегенде { $adopted } улуттук стандартташтыруу органы бул стандартты улуттук стандарт катары кабыл алган, ал эми { $confirmed } күнү аяктаган акыркы системалуу кайра кароо аны өзгөртүүсүз ырастаган.
}
letter-review-ask = { $has_deadline ->
    [yes] Учурдагы добуш берүү { $deadline } күнү аяктайт. Стандартты кайра иштеп чыгуу техникалык комитеттин көп жылдык ишин талап кылмак; бул убакытты уюмдарга стандартта камтылган сунуштарды колдонууга жардам берүүгө жумшоо алда канча пайдалуу. Ошондуктан { $acronym } тарабынан { $standard } стандартын ырастоо үчүн добуш берилишин урматтоо менен суранам.
    [due] Стандартты кийинки системалуу кайра кароо { $due_by } күнүнөн кечиктирилбестен өткөрүлүшү керек. Стандартты кайра иштеп чыгуу техникалык комитеттин көп жылдык ишин талап кылмак; бул убакытты уюмдарга стандартта камтылган сунуштарды колдонууга жардам берүүгө жумшоо алда канча пайдалуу. Ошондуктан добуш берүү башталганда { $acronym } тарабынан { $standard } стандартын ырастоо үчүн добуш берилишин урматтоо менен суранам.
   *[other] Стандартты кайра иштеп чыгуу техникалык комитеттин көп жылдык ишин талап кылмак; бул убакытты уюмдарга стандартта камтылган сунуштарды колдонууга жардам берүүгө жумшоо алда канча пайдалуу. Ошондуктан добуш берүү башталганда { $acronym } тарабынан { $standard } стандартын ырастоо үчүн добуш берилишин урматтоо менен суранам.
}
letter-review-closing = Бул өтүнүчтү карап чыкканыңыз үчүн ыраазычылык билдирем. { $acronym } тарабынан кандай добуш берүү пландалып жатканын билүүгө жана стандарттын { $in_country } кантип колдонулуп жатканы тууралуу өзүм билген маалыматтар менен бөлүшүүгө кубанаар элем.
letter-adopt-opening = { $country_kind ->
    [territory] Ушул кат аркылуу { $has_title ->
        [yes] { $standard } «{ $title }» стандартынын
       *[no] { $standard } стандартынын
    } { $body } тарабынан { $country } үчүн стандарт катары кабыл алынышын суранам.
   *[country] Ушул кат аркылуу { $has_title ->
        [yes] { $standard } «{ $title }» стандартынын
       *[no] { $standard } стандартынын
    } { $body } тарабынан { $country } үчүн улуттук стандарт катары кабыл алынышын суранам.
}
letter-adopt-why = Мамлекеттик органдар жана компаниялар улуттук кирешенин олуттуу бөлүгүн товарларга, жумуштарга жана кызматтарга жумшашат, ал эми алардын сатып алуу ыкмасы жеткирүү чынжырларынын эң алыскы бөлүктөрүнө чейин эмгек шарттарына, зыяндуу заттардын чыгарылышына жана жергиликтүү экономикага таасир этет. ISO 20400 бул таасирлерди эске алуу үчүн эл аралык деңгээлде макулдашылган сунуштарды берет: сатып алуу саясатынан жана жетекчиликтин милдеттенмесинен баштап жеткирүүчүлөрдү тандоого жана келишимдерди башкарууга чейин. Стандарт ар кандай көлөмдөгү жана ар кандай тармактагы мамлекеттик жана жеке уюмдарга колдонулат.
letter-adopt-evidence = { $adopted ->
    [0] ISO { $confirmed } күнү аяктаган акыркы системалуу кайра кароонун жыйынтыгы боюнча стандартты ырастаган, демек, стандарт актуалдуу жана туруктуу.
    [one] Жок дегенде { $adopted } улуттук стандартташтыруу органы бул стандартты буга чейин эле кабыл алган, ал эми ISO аны { $confirmed } күнү аяктаган акыркы системалуу кайра кароонун жыйынтыгы боюнча ырастаган; демек, стандарт актуалдуу жана туруктуу.
   *[other] Жок дегенде { $adopted } улуттук стандартташтыруу органы бул стандартты буга чейин эле кабыл алган, ал эми ISO аны { $confirmed } күнү аяктаган акыркы системалуу кайра кароонун жыйынтыгы боюнча ырастаган; демек, стандарт актуалдуу жана туруктуу.
}
letter-adopt-ask = Стандартты эл аралык текст менен бирдей кылып кабыл алуу { $in_country } буюртмачыларга жана жеткирүүчүлөргө мамлекеттик сатып алуулардын документтеринде жана корпоративдик саясаттарда шилтеме кылууга боло турган таанылган таяныч берип, бул стандартты колдонуп жүргөн соода өнөктөштөрү менен шайкеш иштөөнү да жеңилдетмек. { $acronym } тарабынан { $standard } стандартын кабыл алуу жол-жобосунун башталышын жана мүмкүн болсо, анын улуттук тилде ({ $language }) басылып чыгышын урматтоо менен суранам.
letter-adopt-ask-in-progress = Менин билишимче, { $acronym } { $standard } стандартын кабыл алуу боюнча ишти баштап койгон. Эл аралык текст менен бирдей болгон басылма { $in_country } буюртмачыларга жана жеткирүүчүлөргө мамлекеттик сатып алуулардын документтеринде жана корпоративдик саясаттарда шилтеме кылууга боло турган таанылган таяныч бермек. { $acronym } тарабынан кабыл алуу жол-жобосунун аягына чыгарылышын, стандарттын мүмкүн болсо улуттук тилде ({ $language }) басылып чыгышын, ошондой эле стандарт жеткиликтүү болгондо аны колдоно турган адамдарга бул тууралуу кабарланышын урматтоо менен суранам.
letter-adopt-closing = Бул өтүнүчтү карап чыкканыңыз үчүн ыраазычылык билдирем. Стандартка { $in_country } кандай кызыгуу болуп жатканы тууралуу кененирээк айтып берүүгө жана кийинки кадамдар кандай болушу мүмкүн экенин билүүгө кубанаар элем.
letter-translate-opening = Ушул кат аркылуу { $has_title ->
    [yes] { $standard } «{ $title }» стандартынын
   *[no] { $standard } стандартынын
} { $body } тарабынан улуттук тилде ({ $language }) жеткиликтүү кылынышын суранам.
letter-translate-opening-exists = Сизге { $acronym } чыгарган { $edition } басылмасы боюнча кайрылып жатам: бул — { $has_title ->
    [yes] { $standard } «{ $title }» стандартынын
   *[no] { $standard } стандартынын
} улуттук тилдеги ({ $language }) басылмасы.
letter-translate-why = Туруктуу сатып алуулар — буюртмачылардын, жеткирүүчүлөрдүн, келишимдерди башкаруу боюнча адистердин жана мамлекеттик кызматчылардын күнүмдүк иши, алардын көбү методикалык документтерди өз тилинде гана окушат. ISO 20400 ISO уюмунун англис жана француз тилдериндеги расмий басылмаларында, ошондой эле испан тилине расмий котормосунда бар; { $in_country } улуттук тилде ({ $language }) иштеген адистер үчүн улуттук басылма эл аралык документти кесиптештери жана жеткирүүчүлөрү менен бөлүшө ала турган практикалык куралга айландырмак.
letter-translate-why-exists = Туруктуу сатып алуулар — буюртмачылардын, жеткирүүчүлөрдүн, келишимдерди башкаруу боюнча адистердин жана мамлекеттик кызматчылардын күнүмдүк иши, алардын көбү методикалык документтерди өз тилинде гана окушат. { $edition } басылмасынын аркасында { $in_country } улуттук тилде ({ $language }) иштеген адистердин колунда стандарт өз тилинде бар; эми эң негизгиси — алардын бул басылма тууралуу билип, аны кесиптештери жана жеткирүүчүлөрү менен бирге иште колдонушу.
letter-translate-evidence = { $adopted ->
    [0] ISO { $confirmed } күнү аяктаган акыркы системалуу кайра кароонун жыйынтыгы боюнча стандартты ырастаган, ошондуктан азыр жасалган котормо көп жылдар бою актуалдуулугун сактайт.
    [one] Жок дегенде { $adopted } улуттук стандартташтыруу органы бул стандартты кабыл алган, ал эми ISO аны { $confirmed } күнү аяктаган акыркы системалуу кайра кароонун жыйынтыгы боюнча ырастаган, ошондуктан азыр жасалган котормо көп жылдар бою актуалдуулугун сактайт.
   *[other] Жок дегенде { $adopted } улуттук стандартташтыруу органы бул стандартты кабыл алган, ал эми ISO аны { $confirmed } күнү аяктаган акыркы системалуу кайра кароонун жыйынтыгы боюнча ырастаган, ошондуктан азыр жасалган котормо көп жылдар бою актуалдуулугун сактайт.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO { $confirmed } күнү аяктаган акыркы системалуу кайра кароонун жыйынтыгы боюнча стандартты ырастаган, ошондуктан { $edition } басылмасы көп жылдар бою актуалдуулугун сактайт.
    [one] Жок дегенде { $adopted } улуттук стандартташтыруу органы бул стандартты кабыл алган, ал эми ISO аны { $confirmed } күнү аяктаган акыркы системалуу кайра кароонун жыйынтыгы боюнча ырастаган, ошондуктан { $edition } басылмасы көп жылдар бою актуалдуулугун сактайт.
   *[other] Жок дегенде { $adopted } улуттук стандартташтыруу органы бул стандартты кабыл алган, ал эми ISO аны { $confirmed } күнү аяктаган акыркы системалуу кайра кароонун жыйынтыгы боюнча ырастаган, ошондуктан { $edition } басылмасы көп жылдар бою актуалдуулугун сактайт.
}
letter-translate-ask = { $acronym } тарабынан { $standard } стандартынын улуттук тилдеги ({ $language }) басылмасынын — улуттук стандарт катары же эл аралык текст менен катар сатылуучу котормо катары — даярдалып чыгарылышын, ошондой эле басылма жеткиликтүү болгондо аны колдоно турган адамдарга бул тууралуу кабарланышын урматтоо менен суранам.
letter-translate-ask-exists = { $edition } басылмасы { $acronym } тарабынан улуттук тилде ({ $language }) жеткиликтүү кылынганы үчүн ыраазычылык билдирем. Бул басылманы { $in_country } буюртмачылар, жеткирүүчүлөр жана мамлекеттик кызматчылар арасында кеңири тааныштырышыңызды, ошондой эле ISO стандартты кийинки жолу кайра иштеп чыкканда басылманы жаңыланган эл аралык текстке ылайык келтиришиңизди урматтоо менен суранам.
letter-translate-closing = Бул өтүнүчтү карап чыкканыңыз үчүн ыраазычылык билдирем. Котормо жарыялангандан кийин аны { $in_country } кеңири таанытууга жардам берүүгө кубанаар элем.
letter-sign-off = Урматтоо менен,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = өлкөңүздө ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = Сиздин өлкөңүздүн улуттук стандартташтыруу органы
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = Сиздин өлкөңүз
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = өлкөңүздө
open-letter-generic-deadline = добуш берүүнүн аяктоо күнү
open-letter-generic-committee = стандарт үчүн жооптуу ISO комитети
