# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Українська
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
letter-subject-review = Прохання проголосувати за підтвердження стандарту { $standard } під час систематичного перегляду
letter-subject-adopt = { $country_kind ->
    [territory] Прохання прийняти стандарт { $standard } до застосування ({ $country })
   *[country] Прохання прийняти стандарт { $standard } як національний стандарт ({ $country })
}
letter-subject-translate = Прохання видати стандарт { $standard } національною мовою ({ $language })
letter-subject-translate-exists = Прохання сприяти поширенню видання { $edition } — стандарту { $standard } національною мовою ({ $language })
letter-greeting = Шановні пані та панове!
letter-review-opening = Звертаюся до вас щодо стандарту { $has_title ->
    [yes] { $standard } «{ $title }»
   *[no] { $standard }
} і голосування, у якому { $body } братиме участь під час систематичного перегляду цього стандарту. Прошу вас проголосувати за підтвердження стандарту в чинній редакції.
letter-review-why = Стандарт ISO 20400 надає організаціям будь-якого розміру та будь-якої галузі спільну основу для сталих закупівель: він показує, як оцінювати екологічні, соціальні та економічні наслідки того, що вони купують, у всьому ланцюгу постачання і як утілювати це в політиках, процесах і повсякденній практиці. Відтоді як стандарт було опубліковано, зміна клімату, циркулярна економіка, права людини та ділова етика вийшли на перший план, і значна частина роботи в цих напрямах відбувається саме в ланцюгах постачання. Стандарт було розроблено саме для таких питань, і він досі є надійною основою для їх вирішення.
letter-review-evidence = { $adopted ->
    [0] За підсумками останнього систематичного перегляду в ISO, завершеного { $confirmed }, стандарт було підтверджено без змін.
    [one] Щонайменше { $adopted } національний орган стандартизації прийняв цей стандарт як національний, а за підсумками останнього систематичного перегляду, завершеного { $confirmed }, його було підтверджено без змін.
    [few] Щонайменше { $adopted } національні органи стандартизації прийняли цей стандарт як національний, а за підсумками останнього систематичного перегляду, завершеного { $confirmed }, його було підтверджено без змін.
    [many] Щонайменше { $adopted } національних органів стандартизації прийняли цей стандарт як національний, а за підсумками останнього систематичного перегляду, завершеного { $confirmed }, його було підтверджено без змін.
   *[other] Щонайменше { $adopted } національних органів стандартизації прийняли цей стандарт як національний, а за підсумками останнього систематичного перегляду, завершеного { $confirmed }, його було підтверджено без змін.
}
letter-review-ask = { $has_deadline ->
    [yes] Поточне голосування завершується { $deadline }. Підготовка нової редакції стандарту потребувала б багаторічної роботи технічного комітету, а цей час набагато доцільніше витратити на те, щоб допомогти організаціям застосовувати настанови, які стандарт уже містить. Тому шанобливо прошу { $acronym } проголосувати за підтвердження стандарту { $standard }.
    [due] Наступний систематичний перегляд стандарту має відбутися не пізніше { $due_by }. Підготовка нової редакції стандарту потребувала б багаторічної роботи технічного комітету, а цей час набагато доцільніше витратити на те, щоб допомогти організаціям застосовувати настанови, які стандарт уже містить. Тому шанобливо прошу { $acronym } проголосувати за підтвердження стандарту { $standard }, коли розпочнеться голосування.
   *[other] Підготовка нової редакції стандарту потребувала б багаторічної роботи технічного комітету, а цей час набагато доцільніше витратити на те, щоб допомогти організаціям застосовувати настанови, які стандарт уже містить. Тому шанобливо прошу { $acronym } проголосувати за підтвердження стандарту { $standard }, коли розпочнеться голосування.
}
letter-review-closing = Дякую за розгляд цього прохання. Мені було б важливо дізнатися, як { $acronym } має намір голосувати, і я охоче поділюся тим, що знаю про застосування стандарту { $in_country }.
letter-adopt-opening = Цим листом прошу { $body } прийняти стандарт { $has_title ->
    [yes] { $standard } «{ $title }»
   *[no] { $standard }
} { $country_kind ->
    [territory] як стандарт, що застосовуватиметься на вашій території ({ $country }).
   *[country] як національний стандарт вашої країни ({ $country }).
}
letter-adopt-why = Державні органи та компанії витрачають значну частку національного доходу на товари, роботи й послуги, а те, як вони здійснюють закупівлі, впливає на умови праці, обсяги викидів і місцеву економіку на всіх рівнях їхніх ланцюгів постачання. ISO 20400 містить узгоджені на міжнародному рівні настанови щодо врахування цих наслідків — від політики закупівель і зобов’язань керівництва до вибору постачальників і управління договорами. Стандарт застосовний до організацій будь-якого розміру та будь-якої галузі, як державних, так і приватних.
letter-adopt-evidence = { $adopted ->
    [0] За підсумками останнього систематичного перегляду в ISO, завершеного { $confirmed }, стандарт було підтверджено, тож він актуальний і стабільний.
    [one] Щонайменше { $adopted } національний орган стандартизації вже прийняв цей стандарт, а за підсумками останнього систематичного перегляду в ISO, завершеного { $confirmed }, його було підтверджено, тож він актуальний і стабільний.
    [few] Щонайменше { $adopted } національні органи стандартизації вже прийняли цей стандарт, а за підсумками останнього систематичного перегляду в ISO, завершеного { $confirmed }, його було підтверджено, тож він актуальний і стабільний.
    [many] Щонайменше { $adopted } національних органів стандартизації вже прийняли цей стандарт, а за підсумками останнього систематичного перегляду в ISO, завершеного { $confirmed }, його було підтверджено, тож він актуальний і стабільний.
   *[other] Щонайменше { $adopted } національних органів стандартизації вже прийняли цей стандарт, а за підсумками останнього систематичного перегляду в ISO, завершеного { $confirmed }, його було підтверджено, тож він актуальний і стабільний.
}
letter-adopt-ask = Прийняття стандарту в редакції, ідентичній міжнародному тексту, надало б замовникам і постачальникам { $in_country } визнаний орієнтир, на який можуть посилатися тендерна документація публічних закупівель і корпоративні політики, а також полегшило б узгодження з торговельними партнерами, які вже застосовують цей стандарт. Шанобливо прошу { $acronym } розпочати прийняття стандарту { $standard } і, за можливості, видати його національною мовою ({ $language }).
letter-adopt-ask-in-progress = Наскільки мені відомо, { $acronym } уже працює над прийняттям стандарту { $standard }. Видання, ідентичне міжнародному тексту, надало б замовникам і постачальникам { $in_country } визнаний орієнтир, на який можуть посилатися тендерна документація публічних закупівель і корпоративні політики. Шанобливо прошу { $acronym } завершити прийняття й опублікувати стандарт, за можливості національною мовою ({ $language }), а також повідомити про його вихід тих, хто ним користуватиметься.
letter-adopt-closing = Дякую за розгляд цього прохання. Я охоче розповім докладніше про інтерес до стандарту { $in_country }, і мені було б важливо дізнатися, якими могли б бути подальші кроки.
letter-translate-opening = Цим листом прошу { $body } забезпечити видання стандарту { $has_title ->
    [yes] { $standard } «{ $title }»
   *[no] { $standard }
} національною мовою ({ $language }).
letter-translate-opening-exists = Звертаюся до вас щодо видання { $edition } — стандарту { $has_title ->
    [yes] { $standard } «{ $title }»
   *[no] { $standard }
} національною мовою ({ $language }), яке видає { $acronym }.
letter-translate-why = Сталі закупівлі — це щоденна робота закупівельників, постачальників, фахівців з управління договорами та державних службовців, багато з яких читають настанови лише рідною мовою. ISO 20400 існує в офіційних виданнях ISO англійською та французькою мовами, а також в офіційному перекладі іспанською мовою; для людей { $in_country }, робоча мова яких — { $language }, національне видання перетворило б міжнародний текст на практичний інструмент, яким вони могли б ділитися зі своїми командами та постачальниками.
letter-translate-why-exists = Сталі закупівлі — це щоденна робота закупівельників, постачальників, фахівців з управління договорами та державних службовців, багато з яких читають настанови лише рідною мовою. Завдяки виданню { $edition } люди { $in_country }, робоча мова яких — { $language }, уже мають цей стандарт рідною мовою; тепер важливо, щоб вони знали про нього й застосовували його в роботі зі своїми командами та постачальниками.
letter-translate-evidence = { $adopted ->
    [0] За підсумками останнього систематичного перегляду в ISO, завершеного { $confirmed }, стандарт було підтверджено, тож переклад, виконаний зараз, залишатиметься корисним ще багато років.
    [one] Щонайменше { $adopted } національний орган стандартизації прийняв цей стандарт, а за підсумками останнього систематичного перегляду в ISO, завершеного { $confirmed }, його було підтверджено, тож переклад, виконаний зараз, залишатиметься корисним ще багато років.
    [few] Щонайменше { $adopted } національні органи стандартизації прийняли цей стандарт, а за підсумками останнього систематичного перегляду в ISO, завершеного { $confirmed }, його було підтверджено, тож переклад, виконаний зараз, залишатиметься корисним ще багато років.
    [many] Щонайменше { $adopted } національних органів стандартизації прийняли цей стандарт, а за підсумками останнього систематичного перегляду в ISO, завершеного { $confirmed }, його було підтверджено, тож переклад, виконаний зараз, залишатиметься корисним ще багато років.
   *[other] Щонайменше { $adopted } національних органів стандартизації прийняли цей стандарт, а за підсумками останнього систематичного перегляду в ISO, завершеного { $confirmed }, його було підтверджено, тож переклад, виконаний зараз, залишатиметься корисним ще багато років.
}
letter-translate-evidence-exists = { $adopted ->
    [0] За підсумками останнього систематичного перегляду в ISO, завершеного { $confirmed }, стандарт було підтверджено, тож видання { $edition } залишатиметься актуальним ще багато років.
    [one] Щонайменше { $adopted } національний орган стандартизації прийняв цей стандарт, а за підсумками останнього систематичного перегляду в ISO, завершеного { $confirmed }, його було підтверджено, тож видання { $edition } залишатиметься актуальним ще багато років.
    [few] Щонайменше { $adopted } національні органи стандартизації прийняли цей стандарт, а за підсумками останнього систематичного перегляду в ISO, завершеного { $confirmed }, його було підтверджено, тож видання { $edition } залишатиметься актуальним ще багато років.
    [many] Щонайменше { $adopted } національних органів стандартизації прийняли цей стандарт, а за підсумками останнього систематичного перегляду в ISO, завершеного { $confirmed }, його було підтверджено, тож видання { $edition } залишатиметься актуальним ще багато років.
   *[other] Щонайменше { $adopted } національних органів стандартизації прийняли цей стандарт, а за підсумками останнього систематичного перегляду в ISO, завершеного { $confirmed }, його було підтверджено, тож видання { $edition } залишатиметься актуальним ще багато років.
}
letter-translate-ask = Шанобливо прошу { $acronym } підготувати й видати стандарт { $standard } національною мовою ({ $language }) — як національний стандарт або як переклад, що розповсюджується разом із міжнародним текстом, — і повідомити про його вихід тих, хто ним користуватиметься.
letter-translate-ask-exists = Дякую за те, що { $acronym } забезпечує доступ до видання { $edition } національною мовою ({ $language }). Шанобливо прошу вас широко поінформувати про нього закупівельників, постачальників і державних службовців { $in_country }, а коли ISO наступного разу переглядатиме стандарт, своєчасно привести це видання у відповідність до нової редакції міжнародного тексту.
letter-translate-closing = Дякую за розгляд цього прохання. Після виходу перекладу я охоче допоможу поширити інформацію про нього { $in_country }.
letter-sign-off = З повагою
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = у вашій країні ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = національний орган стандартизації вашої країни
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = ваша країна
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = у вашій країні
open-letter-generic-deadline = дата завершення голосування
open-letter-generic-committee = технічний комітет ISO, відповідальний за стандарт
