# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Български
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
letter-subject-review = Молба за гласуване за потвърждаване на стандарта { $standard } при систематичния му преглед
letter-subject-adopt = { $country_kind ->
    [territory] Молба за въвеждане на стандарта { $standard } като стандарт на { $country }
   *[country] Молба за въвеждане на стандарта { $standard } като национален стандарт на { $country }
}
letter-subject-translate = Молба за издаване на стандарта { $standard } на националния език ({ $language })
letter-subject-translate-exists = Молба за широко популяризиране на изданието { $edition } – версията на стандарта { $standard } на националния език ({ $language })
letter-greeting = Уважаеми дами и господа,
letter-review-opening = Обръщам се към Вас във връзка със стандарта { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} и с гласа, който националният орган по стандартизация – { $body } – ще подаде при систематичния преглед на стандарта. Моля Ви да гласувате за потвърждаване на стандарта в сегашния му вид.
letter-review-why = Стандартът ISO 20400 предоставя на организациите от всякакъв мащаб и сектор обща рамка за устойчиво закупуване: показва как да се претеглят екологичните, социалните и икономическите въздействия на това, което закупуват, по цялата верига на доставки и как това да бъде вградено в политиките, процесите и ежедневната практика. След публикуването му изменението на климата, кръговата икономика, правата на човека и бизнес етиката излязоха на преден план, а голяма част от тази работа се извършва именно във веригите на доставки. Стандартът е създаден точно за тези въпроси и продължава да бъде надеждна рамка за тяхното решаване.
letter-review-evidence = { $adopted ->
    [0] При последния систематичен преглед, приключил на { $confirmed }, ISO потвърди стандарта без изменения.
    [one] Поне { $adopted } национален орган по стандартизация е въвел стандарта като национален, а последният систематичен преглед, приключил на { $confirmed }, го потвърди без изменения.
   *[other] Поне { $adopted } национални органа по стандартизация са въвели стандарта като национален, а последният систематичен преглед, приключил на { $confirmed }, го потвърди без изменения.
}
letter-review-ask = { $has_deadline ->
    [yes] На { $deadline } приключва текущото гласуване. Преработването на стандарта би изисквало години работа в комитета, а това време е много по-добре да бъде използвано, за да се помогне на организациите да прилагат указанията, които стандартът вече съдържа. Затова с уважение моля { $acronym } да гласува за потвърждаване на стандарта { $standard }.
    [due] До { $due_by } трябва да бъде проведен следващият систематичен преглед на стандарта. Преработването на стандарта би изисквало години работа в комитета, а това време е много по-добре да бъде използвано, за да се помогне на организациите да прилагат указанията, които стандартът вече съдържа. Затова с уважение моля { $acronym } да гласува за потвърждаване на стандарта { $standard }, когато гласуването бъде открито.
   *[other] Преработването на стандарта би изисквало години работа в комитета, а това време е много по-добре да бъде използвано, за да се помогне на организациите да прилагат указанията, които стандартът вече съдържа. Затова с уважение моля { $acronym } да гласува за потвърждаване на стандарта { $standard }, когато гласуването бъде открито.
}
letter-review-closing = Благодаря Ви за разглеждането на тази молба. Ще се радвам да узная как { $acronym } възнамерява да гласува и с удоволствие ще споделя това, което знам за прилагането на стандарта { $in_country }.
letter-adopt-opening = Обръщам се към Вас с молба националният орган по стандартизация – { $body } – да въведе стандарта { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} { $country_kind ->
    [territory] като стандарт на { $country }.
   *[country] като национален стандарт на { $country }.
}
letter-adopt-why = Публичните институции и компаниите изразходват значителна част от националния доход за доставки, услуги и строителство, а начинът, по който закупуват, влияе върху условията на труд, емисиите и местните икономики далеч надолу по веригите им на доставки. Стандартът ISO 20400 им предоставя международно съгласувани указания как да отчитат тези въздействия: от политиката за закупуване и ангажираността на ръководството до избора на доставчици и управлението на договорите. Той е приложим за организации от всякакъв мащаб и сектор, публични и частни.
letter-adopt-evidence = { $adopted ->
    [0] ISO потвърди стандарта при последния систематичен преглед, приключил на { $confirmed }, така че той е актуален и стабилен.
    [one] Поне { $adopted } национален орган по стандартизация вече е въвел стандарта, а ISO го потвърди при последния систематичен преглед, приключил на { $confirmed }, така че стандартът е актуален и стабилен.
   *[other] Поне { $adopted } национални органа по стандартизация вече са въвели стандарта, а ISO го потвърди при последния систематичен преглед, приключил на { $confirmed }, така че стандартът е актуален и стабилен.
}
letter-adopt-ask = Въвеждането на стандарта в текст, идентичен с международния, би дало на възложителите и доставчиците { $in_country } признат ориентир, към който да препращат документациите за обществени поръчки и фирмените политики, и би улеснило съгласуването с търговските партньори, които вече прилагат стандарта. С уважение моля { $acronym } да започне въвеждането на стандарта { $standard } и по възможност да го издаде на националния език ({ $language }).
letter-adopt-ask-in-progress = Доколкото ми е известно, { $acronym } вече работи по въвеждането на стандарта { $standard }. Издание, идентично с международния текст, би дало на възложителите и доставчиците { $in_country } признат ориентир, към който да препращат документациите за обществени поръчки и фирмените политики. С уважение моля { $acronym } да завърши въвеждането и да издаде стандарта, по възможност на националния език ({ $language }), както и да уведоми бъдещите му потребители, когато той стане достъпен.
letter-adopt-closing = Благодаря Ви за разглеждането на тази молба. С удоволствие ще Ви разкажа повече за интереса към стандарта { $in_country } и ще се радвам да науча какви биха могли да бъдат следващите стъпки.
letter-translate-opening = Обръщам се към Вас с молба националният орган по стандартизация – { $body } – да направи стандарта { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} достъпен на националния език ({ $language }).
letter-translate-opening-exists = Обръщам се към Вас във връзка с изданието { $edition } – версията на стандарта { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} на националния език ({ $language }), издавана от { $acronym }.
letter-translate-why = Устойчивото закупуване е ежедневна работа на възложители, доставчици, специалисти по управление на договори и служители в публичния сектор, много от които четат указания само на родния си език. Стандартът ISO 20400 съществува в официалните издания на ISO на английски и френски език, както и в официален превод на испански език; за хората { $in_country }, чийто работен език е { $language }, едно национално издание би превърнало международния текст в практически инструмент, който те могат да споделят с екипите и доставчиците си.
letter-translate-why-exists = Устойчивото закупуване е ежедневна работа на възложители, доставчици, специалисти по управление на договори и служители в публичния сектор, много от които четат указания само на родния си език. С изданието { $edition } хората { $in_country }, чийто работен език е { $language }, вече разполагат със стандарта на родния си език; сега е важно те да знаят за него и да го прилагат в работата си с екипите и доставчиците си.
letter-translate-evidence = { $adopted ->
    [0] ISO потвърди стандарта при последния систематичен преглед, приключил на { $confirmed }, така че превод, изготвен сега, ще остане полезен в продължение на години.
    [one] Поне { $adopted } национален орган по стандартизация е въвел стандарта, а ISO го потвърди при последния систематичен преглед, приключил на { $confirmed }, така че превод, изготвен сега, ще остане полезен в продължение на години.
   *[other] Поне { $adopted } национални органа по стандартизация са въвели стандарта, а ISO го потвърди при последния систематичен преглед, приключил на { $confirmed }, така че превод, изготвен сега, ще остане полезен в продължение на години.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO потвърди стандарта при последния систематичен преглед, приключил на { $confirmed }, така че изданието { $edition } ще остане актуално в продължение на години.
    [one] Поне { $adopted } национален орган по стандартизация е въвел стандарта, а ISO го потвърди при последния систематичен преглед, приключил на { $confirmed }, така че изданието { $edition } ще остане актуално в продължение на години.
   *[other] Поне { $adopted } национални органа по стандартизация са въвели стандарта, а ISO го потвърди при последния систематичен преглед, приключил на { $confirmed }, така че изданието { $edition } ще остане актуално в продължение на години.
}
letter-translate-ask = С уважение моля { $acronym } да подготви и издаде версия на стандарта { $standard } на националния език ({ $language }) – като национален стандарт или като превод, разпространяван заедно с международния текст – и да уведоми бъдещите ѝ потребители, когато тя стане достъпна.
letter-translate-ask-exists = Благодаря на { $acronym }, че направи изданието { $edition } достъпно на националния език ({ $language }). С уважение Ви моля да го популяризирате широко сред възложителите, доставчиците и служителите в публичния сектор { $in_country } и да го поддържате в съответствие с международния текст, когато ISO преработи стандарта следващия път.
letter-translate-closing = Благодаря Ви за разглеждането на тази молба. След публикуването на превода с удоволствие ще помогна той да стане известен { $in_country }.
letter-sign-off = С уважение,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = в страната Ви ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = вашият национален орган по стандартизация
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = вашата страна
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = във вашата страна
open-letter-generic-deadline = датата на приключване на гласуването
open-letter-generic-committee = отговорният за стандарта комитет на ISO
