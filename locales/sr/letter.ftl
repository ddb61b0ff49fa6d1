# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Српски
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
letter-subject-review = Молба да се у систематском преиспитивању гласа за потврђивање стандарда { $standard }
letter-subject-adopt = { $country_kind ->
    [territory] Молба за преузимање стандарда { $standard } ради примене ({ $country })
   *[country] Молба за преузимање стандарда { $standard } као националног стандарда ({ $country })
}
letter-subject-translate = Молба за објављивање стандарда { $standard } на националном језику ({ $language })
letter-subject-translate-exists = Молба за ширу промоцију издања { $edition }, верзије стандарда { $standard } на националном језику ({ $language })
letter-greeting = Поштовани,
letter-review-opening = Обраћам Вам се у вези са стандардом { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} и гласом који ће { $body } дати у поступку његовог систематског преиспитивања. Молим Вас да гласате за потврђивање стандарда у његовом садашњем облику.
letter-review-why = Стандард ISO 20400 пружа организацијама свих величина и из свих сектора заједнички оквир за одрживу набавку: показује како да се одмере еколошки, друштвени и економски ефекти онога што набављају дуж целог ланца снабдевања и како да се то угради у политике, процесе и свакодневну праксу. Од његовог објављивања, климатске промене, циркуларна економија, људска права и пословна етика нашли су се на самом врху приоритета, а велики део тог посла обавља се у ланцима снабдевања. Стандард је написан управо за таква питања и и даље представља поуздан оквир за њихово решавање.
letter-review-evidence = { $adopted ->
    [0] На последњем систематском преиспитивању (датум окончања: { $confirmed }) организација ISO потврдила је стандард без измена.
    [one] Најмање { $adopted } национално тело за стандардизацију преузело га је као национални стандард, а последње систематско преиспитивање (датум окончања: { $confirmed }) потврдило га је без измена.
    [few] Најмање { $adopted } национална тела за стандардизацију преузела су га као национални стандард, а последње систематско преиспитивање (датум окончања: { $confirmed }) потврдило га је без измена.
   *[other] Најмање { $adopted } националних тела за стандардизацију преузело га је као национални стандард, а последње систематско преиспитивање (датум окончања: { $confirmed }) потврдило га је без измена.
}
letter-review-ask = { $has_deadline ->
    [yes] Гласање је тренутно у току (рок за гласање: { $deadline }). Ревизија стандарда захтевала би године рада у комитету, а то време много је корисније уложити у помоћ организацијама да примењују смернице које стандард већ садржи. Стога с поштовањем молим да { $acronym } гласа за потврђивање стандарда { $standard }.
    [due] Предстоји следеће систематско преиспитивање стандарда (крајњи рок: { $due_by }). Ревизија стандарда захтевала би године рада у комитету, а то време много је корисније уложити у помоћ организацијама да примењују смернице које стандард већ садржи. Стога с поштовањем молим да { $acronym } гласа за потврђивање стандарда { $standard } када гласање буде отворено.
   *[other] Ревизија стандарда захтевала би године рада у комитету, а то време много је корисније уложити у помоћ организацијама да примењују смернице које стандард већ садржи. Стога с поштовањем молим да { $acronym } гласа за потврђивање стандарда { $standard } када гласање буде отворено.
}
letter-review-closing = Захваљујем Вам на разматрању ове молбе. Било би ми драго да сазнам како { $acronym } намерава да гласа, а радо ћу поделити и оно што знам о примени стандарда { $in_country }.
letter-adopt-opening = Обраћам Вам се с молбом да { $body } преузме стандард { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} { $country_kind ->
    [territory] као стандард који ће се примењивати на Вашем подручју ({ $country }).
   *[country] као национални стандард у Вашој земљи ({ $country }).
}
letter-adopt-why = Органи јавне власти и предузећа троше велики део националног дохотка на добра, радове и услуге, а начин на који набављају обликује услове рада, емисије и локалне економије дубоко у њиховим ланцима снабдевања. Стандард ISO 20400 пружа им међународно усаглашене смернице за узимање тих ефеката у обзир: од политике набавке и посвећености руководства до избора добављача и управљања уговорима. Применљив је на организације свих величина и из свих сектора, јавне и приватне.
letter-adopt-evidence = { $adopted ->
    [0] Организација ISO потврдила је стандард на последњем систематском преиспитивању (датум окончања: { $confirmed }), тако да је он актуелан и стабилан.
    [one] Најмање { $adopted } национално тело за стандардизацију већ га је преузело, а организација ISO потврдила га је на последњем систематском преиспитивању (датум окончања: { $confirmed }), тако да је стандард актуелан и стабилан.
    [few] Најмање { $adopted } национална тела за стандардизацију већ су га преузела, а организација ISO потврдила га је на последњем систематском преиспитивању (датум окончања: { $confirmed }), тако да је стандард актуелан и стабилан.
   *[other] Најмање { $adopted } националних тела за стандардизацију већ га је преузело, а организација ISO потврдила га је на последњем систематском преиспитивању (датум окончања: { $confirmed }), тако да је стандард актуелан и стабилан.
}
letter-adopt-ask = Преузимање стандарда у облику идентичном међународном тексту пружило би наручиоцима и добављачима { $in_country } признату референцу на коју се могу позивати конкурсна документација у јавним набавкама и политике предузећа, а олакшало би и усклађивање с трговинским партнерима који овај стандард већ примењују. С поштовањем молим да { $acronym } покрене преузимање стандарда { $standard } и да га, по могућности, објави на националном језику ({ $language }).
letter-adopt-ask-in-progress = Колико ми је познато, { $acronym } већ ради на преузимању стандарда { $standard }. Издање идентично међународном тексту пружило би наручиоцима и добављачима { $in_country } признату референцу на коју се могу позивати конкурсна документација у јавним набавкама и политике предузећа. С поштовањем молим да { $acronym } доврши преузимање и објави стандард, по могућности на националном језику ({ $language }), као и да о његовој доступности обавести оне који ће га користити.
letter-adopt-closing = Захваљујем Вам на разматрању ове молбе. Било би ми драго да Вам детаљније представим интересовање за овај стандард { $in_country } и да сазнам који би могли бити следећи кораци.
letter-translate-opening = Обраћам Вам се с молбом да { $body } учини стандард { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} доступним на националном језику ({ $language }).
letter-translate-opening-exists = Обраћам Вам се у вези с издањем { $edition }, верзијом стандарда { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} на националном језику ({ $language }), коју објављује { $acronym }.
letter-translate-why = Одржива набавка део је свакодневног посла наручилаца, добављача, лица која управљају уговорима и службеника у јавном сектору, од којих многи смернице читају само на свом језику. Стандард ISO 20400 постоји у званичним издањима организације ISO на енглеском и француском језику, као и у званичном преводу на шпански језик; за људе { $in_country } који раде на националном језику ({ $language }) национално издање претворило би међународни текст у практичан алат који могу да деле са својим тимовима и добављачима.
letter-translate-why-exists = Одржива набавка део је свакодневног посла наручилаца, добављача, лица која управљају уговорима и службеника у јавном сектору, од којих многи смернице читају само на свом језику. Захваљујући издању { $edition }, људи { $in_country } који раде на националном језику ({ $language }) већ имају стандард на свом језику; сада је важно да знају да он постоји и да га примењују у раду са својим тимовима и добављачима.
letter-translate-evidence = { $adopted ->
    [0] Организација ISO потврдила је стандард на последњем систематском преиспитивању (датум окончања: { $confirmed }), тако да ће превод који се сада изради остати користан годинама.
    [one] Најмање { $adopted } национално тело за стандардизацију преузело га је, а организација ISO потврдила га је на последњем систематском преиспитивању (датум окончања: { $confirmed }), тако да ће превод који се сада изради остати користан годинама.
    [few] Најмање { $adopted } национална тела за стандардизацију преузела су га, а организација ISO потврдила га је на последњем систематском преиспитивању (датум окончања: { $confirmed }), тако да ће превод који се сада изради остати користан годинама.
   *[other] Најмање { $adopted } националних тела за стандардизацију преузело га је, а организација ISO потврдила га је на последњем систематском преиспитивању (датум окончања: { $confirmed }), тако да ће превод који се сада изради остати користан годинама.
}
letter-translate-evidence-exists = { $adopted ->
    [0] Организација ISO потврдила је стандард на последњем систематском преиспитивању (датум окончања: { $confirmed }), тако да ће издање { $edition } остати актуелно годинама.
    [one] Најмање { $adopted } национално тело за стандардизацију преузело га је, а организација ISO потврдила га је на последњем систематском преиспитивању (датум окончања: { $confirmed }), тако да ће издање { $edition } остати актуелно годинама.
    [few] Најмање { $adopted } национална тела за стандардизацију преузела су га, а организација ISO потврдила га је на последњем систематском преиспитивању (датум окончања: { $confirmed }), тако да ће издање { $edition } остати актуелно годинама.
   *[other] Најмање { $adopted } националних тела за стандардизацију преузело га је, а организација ISO потврдила га је на последњем систематском преиспитивању (датум окончања: { $confirmed }), тако да ће издање { $edition } остати актуелно годинама.
}
letter-translate-ask = С поштовањем молим да { $acronym } припреми и објави издање стандарда { $standard } на националном језику ({ $language }), било као национално преузимање, било као превод који се продаје уз међународни текст, као и да о његовој доступности обавести оне који ће га користити.
letter-translate-ask-exists = Захваљујем што { $acronym } издање { $edition } чини доступним на националном језику ({ $language }). Молим Вас да га учините широко познатим међу наручиоцима, добављачима и службеницима у јавном сектору { $in_country } и да га ускладите с међународним текстом када организација ISO следећи пут буде ревидирала стандард.
letter-translate-closing = Захваљујем Вам на разматрању ове молбе. Након објављивања превода радо ћу помоћи да он постане познат { $in_country }.
letter-sign-off = С поштовањем,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = у Вашој земљи ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = ваше национално тело за стандардизацију
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = ваша земља
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = у вашој земљи
open-letter-generic-deadline = датум затварања гласања
open-letter-generic-committee = комитет организације ISO надлежан за стандард
