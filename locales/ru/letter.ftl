# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Русский
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
letter-subject-review = Просьба проголосовать за подтверждение стандарта { $standard } при систематическом пересмотре
letter-subject-adopt = { $country_kind ->
    [territory] Просьба о принятии стандарта { $standard } к применению ({ $country })
   *[country] Просьба о принятии стандарта { $standard } в качестве национального стандарта ({ $country })
}
letter-subject-translate = Просьба об издании стандарта { $standard } на национальном языке ({ $language })
letter-subject-translate-exists = О распространении информации об издании { $edition } — стандарте { $standard } на национальном языке ({ $language })
letter-greeting = Уважаемые дамы и господа!
letter-review-opening = Обращаюсь к вам в связи со стандартом { $has_title ->
    [yes] { $standard } «{ $title }»
   *[no] { $standard }
} и позицией, которую { $body } займёт при голосовании в рамках систематического пересмотра стандарта. Прошу вас проголосовать за подтверждение стандарта в действующей редакции.
letter-review-why = Стандарт ISO 20400 даёт организациям любого размера и любой отрасли общую основу для устойчивых закупок: он показывает, как оценивать экологические, социальные и экономические последствия закупок по всей цепочке поставок и как отразить это в политике, процессах и повседневной практике. С момента его публикации на первый план вышли изменение климата, экономика замкнутого цикла, права человека и деловая этика, а значительная часть работы в этих областях ведётся именно в цепочках поставок. Стандарт создавался как раз для таких задач и по-прежнему служит надёжной основой для их решения.
letter-review-evidence = { $adopted ->
    [0] По итогам последнего систематического пересмотра, завершённого { $confirmed }, стандарт был подтверждён ISO без изменений.
    [one] По меньшей мере { $adopted } национальный орган по стандартизации принял этот стандарт в качестве национального, а последний систематический пересмотр, завершённый { $confirmed }, подтвердил его без изменений.
    [few] По меньшей мере { $adopted } национальных органа по стандартизации приняли этот стандарт в качестве национального, а последний систематический пересмотр, завершённый { $confirmed }, подтвердил его без изменений.
    [many] По меньшей мере { $adopted } национальных органов по стандартизации приняли этот стандарт в качестве национального, а последний систематический пересмотр, завершённый { $confirmed }, подтвердил его без изменений.
   *[other] По меньшей мере { $adopted } национальных органов по стандартизации приняли этот стандарт в качестве национального, а последний систематический пересмотр, завершённый { $confirmed }, подтвердил его без изменений.
}
letter-review-ask = { $has_deadline ->
    [yes] Текущее голосование завершается { $deadline }. Подготовка новой редакции стандарта потребовала бы многолетней работы технического комитета, тогда как это время гораздо полезнее потратить на то, чтобы помочь организациям применять уже содержащиеся в нём рекомендации. В связи с этим прошу { $acronym } проголосовать за подтверждение стандарта { $standard }.
    [due] Следующий систематический пересмотр стандарта должен состояться не позднее { $due_by }. Подготовка новой редакции стандарта потребовала бы многолетней работы технического комитета, тогда как это время гораздо полезнее потратить на то, чтобы помочь организациям применять уже содержащиеся в нём рекомендации. В связи с этим прошу { $acronym } проголосовать за подтверждение стандарта { $standard }, когда начнётся голосование.
   *[other] Подготовка новой редакции стандарта потребовала бы многолетней работы технического комитета, тогда как это время гораздо полезнее потратить на то, чтобы помочь организациям применять уже содержащиеся в нём рекомендации. В связи с этим прошу { $acronym } проголосовать за подтверждение стандарта { $standard }, когда начнётся голосование.
}
letter-review-closing = Благодарю вас за рассмотрение этой просьбы. Мне было бы важно узнать, как { $acronym } намеревается голосовать, и я с удовольствием поделюсь тем, что знаю о применении стандарта { $in_country }.
letter-adopt-opening = Настоящим письмом прошу { $body } принять стандарт { $has_title ->
    [yes] { $standard } «{ $title }»
   *[no] { $standard }
} { $country_kind ->
    [territory] в качестве стандарта, действующего на вашей территории ({ $country }).
   *[country] в качестве национального стандарта вашей страны ({ $country }).
}
letter-adopt-why = Государственные органы и компании расходуют на товары, работы и услуги значительную долю национального дохода, и то, как они осуществляют закупки, влияет на условия труда, объём выбросов и местную экономику на всех уровнях цепочек поставок. ISO 20400 содержит согласованные на международном уровне рекомендации по учёту этих последствий — от политики в области закупок и приверженности руководства до выбора поставщиков и управления договорами. Стандарт применим к организациям любого размера и любой отрасли, как государственным, так и частным.
letter-adopt-evidence = { $adopted ->
    [0] Стандарт был подтверждён ISO по итогам последнего систематического пересмотра, завершённого { $confirmed }, а значит, он актуален и стабилен.
    [one] По меньшей мере { $adopted } национальный орган по стандартизации уже принял этот стандарт, а по итогам последнего систематического пересмотра, завершённого { $confirmed }, он был подтверждён ISO; следовательно, стандарт актуален и стабилен.
    [few] По меньшей мере { $adopted } национальных органа по стандартизации уже приняли этот стандарт, а по итогам последнего систематического пересмотра, завершённого { $confirmed }, он был подтверждён ISO; следовательно, стандарт актуален и стабилен.
    [many] По меньшей мере { $adopted } национальных органов по стандартизации уже приняли этот стандарт, а по итогам последнего систематического пересмотра, завершённого { $confirmed }, он был подтверждён ISO; следовательно, стандарт актуален и стабилен.
   *[other] По меньшей мере { $adopted } национальных органов по стандартизации уже приняли этот стандарт, а по итогам последнего систематического пересмотра, завершённого { $confirmed }, он был подтверждён ISO; следовательно, стандарт актуален и стабилен.
}
letter-adopt-ask = Стандарт, принятый в форме, идентичной международному тексту, дал бы заказчикам и поставщикам { $in_country } признанный ориентир, на который могли бы ссылаться документация о закупках и корпоративные политики, а также упростил бы согласование практики с торговыми партнёрами, которые уже применяют этот стандарт. Прошу { $acronym } начать процедуру принятия стандарта { $standard } и по возможности издать его на национальном языке ({ $language }).
letter-adopt-ask-in-progress = Насколько мне известно, { $acronym } уже ведёт работу по принятию стандарта { $standard }. Издание, идентичное международному тексту, дало бы заказчикам и поставщикам { $in_country } признанный ориентир, на который могли бы ссылаться документация о закупках и корпоративные политики. Прошу { $acronym } завершить процедуру принятия и издать стандарт, по возможности на национальном языке ({ $language }), а также сообщить о его выходе тем, кто будет им пользоваться.
letter-adopt-closing = Благодарю вас за рассмотрение этой просьбы. С удовольствием подробнее расскажу об интересе к стандарту { $in_country } и надеюсь узнать, какими могли бы быть дальнейшие шаги.
letter-translate-opening = Настоящим письмом прошу { $body } рассмотреть возможность издания стандарта { $has_title ->
    [yes] { $standard } «{ $title }»
   *[no] { $standard }
} на национальном языке ({ $language }).
letter-translate-opening-exists = Обращаюсь к вам в связи с изданием { $edition } — стандартом { $has_title ->
    [yes] { $standard } «{ $title }»
   *[no] { $standard }
} на национальном языке ({ $language }), который выпускает { $acronym }.
letter-translate-why = Устойчивые закупки — это повседневная работа заказчиков, поставщиков, специалистов по управлению договорами и государственных служащих, многие из которых читают методические документы только на родном языке. ISO 20400 существует в официальных изданиях ISO на английском и французском языках, а также в официальном переводе на испанский язык. Для специалистов { $in_country }, чей рабочий язык — { $language }, национальное издание превратило бы международный документ в практический инструмент, которым можно делиться с коллегами и поставщиками.
letter-translate-why-exists = Устойчивые закупки — это повседневная работа заказчиков, поставщиков, специалистов по управлению договорами и государственных служащих, многие из которых читают методические документы только на родном языке. Благодаря изданию { $edition } у специалистов { $in_country }, чей рабочий язык — { $language }, этот стандарт уже есть на родном языке; теперь важно, чтобы они знали о нём и применяли его в работе с коллегами и поставщиками.
letter-translate-evidence = { $adopted ->
    [0] Стандарт был подтверждён ISO по итогам последнего систематического пересмотра, завершённого { $confirmed }, поэтому перевод, выполненный сейчас, сохранит актуальность на долгие годы.
    [one] По меньшей мере { $adopted } национальный орган по стандартизации принял этот стандарт, а по итогам последнего систематического пересмотра, завершённого { $confirmed }, он был подтверждён ISO, поэтому перевод, выполненный сейчас, сохранит актуальность на долгие годы.
    [few] По меньшей мере { $adopted } национальных органа по стандартизации приняли этот стандарт, а по итогам последнего систематического пересмотра, завершённого { $confirmed }, он был подтверждён ISO, поэтому перевод, выполненный сейчас, сохранит актуальность на долгие годы.
    [many] По меньшей мере { $adopted } национальных органов по стандартизации приняли этот стандарт, а по итогам последнего систематического пересмотра, завершённого { $confirmed }, он был подтверждён ISO, поэтому перевод, выполненный сейчас, сохранит актуальность на долгие годы.
   *[other] По меньшей мере { $adopted } национальных органов по стандартизации приняли этот стандарт, а по итогам последнего систематического пересмотра, завершённого { $confirmed }, он был подтверждён ISO, поэтому перевод, выполненный сейчас, сохранит актуальность на долгие годы.
}
letter-translate-evidence-exists = { $adopted ->
    [0] Стандарт был подтверждён ISO по итогам последнего систематического пересмотра, завершённого { $confirmed }, поэтому издание { $edition } сохранит актуальность на долгие годы.
    [one] По меньшей мере { $adopted } национальный орган по стандартизации принял этот стандарт, а по итогам последнего систематического пересмотра, завершённого { $confirmed }, он был подтверждён ISO, поэтому издание { $edition } сохранит актуальность на долгие годы.
    [few] По меньшей мере { $adopted } национальных органа по стандартизации приняли этот стандарт, а по итогам последнего систематического пересмотра, завершённого { $confirmed }, он был подтверждён ISO, поэтому издание { $edition } сохранит актуальность на долгие годы.
    [many] По меньшей мере { $adopted } национальных органов по стандартизации приняли этот стандарт, а по итогам последнего систематического пересмотра, завершённого { $confirmed }, он был подтверждён ISO, поэтому издание { $edition } сохранит актуальность на долгие годы.
   *[other] По меньшей мере { $adopted } национальных органов по стандартизации приняли этот стандарт, а по итогам последнего систематического пересмотра, завершённого { $confirmed }, он был подтверждён ISO, поэтому издание { $edition } сохранит актуальность на долгие годы.
}
letter-translate-ask = Прошу { $acronym } подготовить и выпустить издание стандарта { $standard } на национальном языке ({ $language }) — в форме национального стандарта или в виде перевода, распространяемого наряду с международным текстом, — и сообщить о его выходе тем, кто будет им пользоваться.
letter-translate-ask-exists = Благодарю { $acronym } за выпуск издания { $edition } на национальном языке ({ $language }). Прошу вас широко информировать о нём заказчиков, поставщиков и государственных служащих { $in_country }, а когда ISO в следующий раз пересмотрит стандарт, своевременно привести это издание в соответствие с новой редакцией международного текста.
letter-translate-closing = Благодарю вас за рассмотрение этой просьбы. После выхода перевода я с удовольствием помогу распространить информацию о нём { $in_country }.
letter-sign-off = С уважением,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = в вашей стране ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = ваш национальный орган по стандартизации
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = ваша страна
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = в вашей стране
open-letter-generic-deadline = дата завершения голосования
open-letter-generic-committee = технический комитет ISO, ответственный за стандарт
