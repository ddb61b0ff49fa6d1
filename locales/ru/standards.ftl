## Standards: adoptions per body, language versions, the world map
nav-standards = Стандарты

standards-title = Стандарты, которые отслеживает Quorum
standards-intro = По каждому стандарту: какие национальные органы его приняли, какие только продают оригинальное издание ISO и на каких языках он существует. Все цифры подсчитаны по записям на странице стандарта.
standards-adoptions = { $count ->
    [one] принят { $count } национальным органом
    [few] принят { $count } национальными органами
    [many] принят { $count } национальными органами
   *[other] принят { $count } национальными органами
}
standards-languages = { $count ->
    [one] доступен на { $count } языке
    [few] доступен на { $count } языках
    [many] доступен на { $count } языках
   *[other] доступен на { $count } языках
}
standards-open = Принятие, карта и языки
standards-empty = Пока не отслеживается ни один стандарт.

standard-page-title = { $reference }: принятие и языки
standard-facts-heading = О стандарте
standard-field-reference = Обозначение
standard-field-title = Название
standard-field-published = Опубликован
standard-field-edition = Издание
standard-field-committee = Комитет
standard-field-stage = Текущая стадия
standard-field-last-confirmed = Последнее подтверждение при систематическом пересмотре

## Adoption status (ISO/IEC Guide 21-1 degrees of correspondence)
status-adopted-idt = Принят, идентичный (IDT)
status-adopted-idt-def = Опубликован как национальный стандарт, идентичный тексту ISO.
status-adopted-mod = Принят, модифицированный (MOD)
status-adopted-mod-def = Опубликован как национальный стандарт с техническими отклонениями, которые указаны и объяснены.
status-adopted = Принят, степень соответствия не указана
status-adopted-def = Опубликован как национальный стандарт; ни в одном из учтённых источников пока не сказано, идентичен он или модифицирован.
status-neq = Национальный стандарт, неэквивалентный (NEQ)
status-neq-def = Национальный стандарт на ту же тему, не эквивалентный тексту ISO. NEQ не является принятием и не учитывается как принятие.
status-in-progress = В процессе принятия
status-in-progress-def = Орган начал принимать стандарт (например, вынес проект национального издания на публичное обсуждение), но ещё не опубликовал его.
status-sells-only = Только продаёт стандарт ISO
status-sells-only-def = Орган продаёт оригинальное издание ISO, не публикуя национальный стандарт на его основе.
status-not-adopted = Не принят
status-not-adopted-def = Согласно источнику, орган не принял стандарт и не продаёт его.
status-unknown = Неизвестно
status-unknown-def = Об этом органе пока ничего не учтено. «Неизвестно» не означает «не принят».
status-adopted-any = Принят (IDT, MOD или степень не указана)

standard-counts-heading = Сводка
standard-count-adoptions = { $count ->
    [one] орган принял стандарт
    [few] органа приняли стандарт
    [many] органов приняли стандарт
   *[other] органов приняли стандарт
}
standard-count-adoptions-def = Органы, опубликовавшие стандарт в качестве национального: IDT, MOD или степень не указана. NEQ не учитывается.
standard-count-languages = { $count ->
    [one] язык
    [few] языка
    [many] языков
   *[other] языков
}
standard-count-languages-def = Языки, на которых существует текст: официальные издания ISO и национальные переводы, включая проекты.
standard-count-bodies = { $count ->
    [one] орган
    [few] органа
    [many] органов
   *[other] органов
}
standard-count-show = Показать эти органы

## Filters, map and table
standard-filter-status = Статус принятия
standard-filter-status-all = Любой статус
standard-filter-clear = Сбросить фильтры
standard-showing = { $total ->
    [one] Соответствуют фильтрам: { $shown } из { $total } органа.
    [few] Соответствуют фильтрам: { $shown } из { $total } органов.
    [many] Соответствуют фильтрам: { $shown } из { $total } органов.
   *[other] Соответствуют фильтрам: { $shown } из { $total } органов.
}
map-heading = Карта
map-description = Карта мира: цвет каждой страны показывает статус принятия стандарта { $reference } её органом по стандартизации. Малые государства обозначены кружками. Выберите страну, чтобы открыть страницу её органа; в таблице ниже приведены те же сведения.
map-legend = Условные обозначения
map-country-status = { $country }: { $status }
map-no-body = В справочнике нет члена ISO
map-filtered-out = Не соответствует текущим фильтрам
map-hint = Наведите указатель на страну или перейдите к ней клавишей Tab, чтобы увидеть её статус.
map-hint-touch = Коснитесь страны, чтобы открыть страницу её органа; в таблице ниже указан статус каждой страны.
map-skip = Пропустить карту
table-heading = Все органы
table-caption = Принятие стандарта { $reference } по органам, с указанием источника. Чтобы отсортировать таблицу, выберите заголовок столбца.
column-status = Статус
column-designation = Национальное обозначение
column-adopted-on = Дата принятия
column-language = Язык
column-source = Источник
sort-ascending = отсортировано от А до Я
sort-descending = отсортировано от Я до А

## Language versions
translations-heading = Языки
translations-intro = Языки, на которых существует текст стандарта, а также кто и когда опубликовал каждую версию.
translation-kind-official = Официальное издание ISO
translation-kind-national = Национальный перевод
translation-kind-draft = Проект перевода
translations-empty = Языковые версии пока не учтены.
translation-publisher-year = { $publisher }, { $year }
translation-add = Добавить языковую версию
translation-add-language = Код языка
translation-add-button = Добавить

## Committee and members
committee-heading = Комитет { $committee }
committee-explain = P-члены (активные участники) обязаны участвовать в каждом голосовании, в том числе по систематическому пересмотру; O-члены (наблюдатели) следят за работой и могут направлять замечания.
committee-p-members = { $count ->
    [one] { $count } P-член
    [few] { $count } P-члена
    [many] { $count } P-членов
   *[other] { $count } P-членов
}
committee-o-members = { $count ->
    [one] { $count } O-член
    [few] { $count } O-члена
    [many] { $count } O-членов
   *[other] { $count } O-членов
}
committee-members-empty = Сведений о членстве пока нет. ISO публикует список членов комитета на его странице; координатор может внести их сюда, указав эту страницу как источник.
committee-add-member = Внести сведения о членстве
membership-p = P-член
membership-o = O-член
membership-none = Не является членом

## The standards on a body's page
body-standards-heading = Стандарты
body-standard-about = О стандарте { $reference }
body-sells = Продаёт оригинальное издание ISO
sells-yes = Да
sells-no = Нет
body-language-versions = Версии на языках этой страны
body-no-version = Сведений о версии на языке «{ $language }» нет.
body-membership = Членство в { $committee }

## Fields of adoptions, language versions and standards (forms and history)
field-status = Статус
field-degree = Степень соответствия
field-designation = Национальное обозначение
field-adopted-on = Дата принятия
field-method = Метод принятия
field-lang = Язык
field-sells = Продаёт оригинальное издание ISO
field-confidence = Надёжность источника
field-note = Примечание
field-title = Название
field-kind = Вид версии
field-publisher = Издатель
field-year = Год
field-reference = Обозначение
field-committee = Комитет
field-published = Дата публикации
field-edition = Издание
field-stage = Код стадии
field-last-confirmed = Последнее подтверждение
field-membership = Членство
choice-unknown = Неизвестно
degree-idt = IDT: идентичный
degree-mod = MOD: модифицированный
degree-neq = NEQ: неэквивалентный
method-endorsement = Метод подтверждения
method-cover-sheet = Метод обложки
method-reprint = Метод перепечатки
method-translation = Метод перевода
method-redraft = Метод переработки
confidence-high = Высокая
confidence-medium-high = От средней до высокой
confidence-medium = Средняя
confidence-low = Низкая
adoption-state-adopted = Принят
adoption-state-in-progress = В процессе принятия
adoption-state-not-adopted = Не принят
date-hint = Год, месяц или день: 2017, 2017-04 или 2017-04-19.

## Coordinators' forms
edit-adoption-link = Редактировать запись о принятии
edit-adoption-for = Изменить запись о принятии: { $country }
adoption-edit-title = { $reference }: { $country }
adoption-edit-intro = Укажите, что орган сделал со стандартом. Если ни один источник об этом не сообщает, оставьте поле пустым. Источник и дата ниже относятся ко всей записи и попадают в историю её изменений.
edit-translation-link = Редактировать
translation-edit-title = { $reference }, язык: { $language }
translation-edit-intro = Внесите версию стандарта на одном языке. Источник и дата ниже попадают в историю изменений записи.
edit-standard-link = Редактировать стандарт
standard-edit-title = Редактирование: { $reference }
standard-edit-intro = Измените то, что вы проверили. Источник и дата ниже попадают в историю изменений записи.
edit-membership-link = Редактировать членство
membership-edit-title = { $body } в { $committee }
membership-edit-intro = Укажите, является ли орган активным (P) или наблюдающим (O) членом комитета — так, как это указано на странице комитета на сайте ISO.
record-save = Сохранить
record-saved = Сохранено. Изменение отражено в истории изменений записи.
record-history-heading = История изменений записи
edit-error-choice = Выберите одно из предложенных значений.
edit-error-partial-date = Укажите год, месяц или день (2017, 2017-04 или 2017-04-19); дата не может быть в будущем.
edit-error-required = Это поле нужно заполнить.
edit-error-language = Укажите код языка, например pt, zh-Hans или sr-Latn.

## Every standard ISO publishes (ISO Open Data) and the ones coordinators follow
standards-search-label = Поиск по всем стандартам ISO
standards-search-placeholder = Обозначение, номер, слова из названия или комитет
standards-search-hint = Благодаря ISO Open Data Quorum знает все стандарты, которые публикует ISO. Сведения о принятии, письма и пересмотры есть только у стандартов, которые отслеживают координаторы.
standards-followed-heading = Отслеживаемые стандарты
standards-results-heading = Найденные стандарты
# $count (number) standards match; $query is what the reader typed.
standards-results-count = { $count ->
    [0] По запросу «{ $query }» не найдено ни одного стандарта.
    [one] По запросу «{ $query }» найден { $count } стандарт.
    [few] По запросу «{ $query }» найдено { $count } стандарта.
    [many] По запросу «{ $query }» найдено { $count } стандартов.
   *[other] По запросу «{ $query }» найдено { $count } стандарта.
}
# $stage is a harmonized stage code such as 90.93.
standards-result-stage = стадия { $stage }
standards-followed-badge = Отслеживается
# $date is a formatted date.
standard-due-by-short = Срок следующего пересмотра: { $date } (расчётный)
standard-field-type = Тип
standard-field-developed-by = Разработчик
standard-field-due-by = Срок следующего систематического пересмотра
standard-due-by-derived = Срок рассчитан в Quorum, ISO его не публикует: пять лет после публикации или последнего подтверждения. ISO рассылает голосования по пересмотру пакетами, поэтому голосование может открыться раньше.
standard-field-iso-languages = Языки, на которых ISO публикует стандарт
standard-field-replaces = Заменяет
standard-field-replaced-by = Заменён
standard-iso-page = Этот стандарт на iso.org
standard-not-followed = Координаторы не отслеживают этот стандарт: Quorum хранит сведения, которые ISO публикует о нём, но не ведёт по нему учёт принятия, писем и пересмотров.
standard-follow = Отслеживать этот стандарт
standard-unfollow = Перестать отслеживать
standard-follow-explain = Отслеживаемый стандарт появляется в списке стандартов — с таблицей принятия, картой, письмами и отслеживанием пересмотров.
standard-unfollow-explain = Записи о нём сохранятся; стандарт исчезнет из списка стандартов, из писем и из отслеживания пересмотров.

## Figures others publish about a standard, quoted as theirs
standard-claims-heading = Что говорят другие
# $source is who published the figures, $date when.
standard-claims-by-dated = { $source } ({ $date }) сообщает:
standard-claims-by = { $source } сообщает:
standard-claim-adopted = { $count ->
    [one] его приняла { $count } страна
    [few] его приняли { $count } страны
    [many] его приняли { $count } стран
   *[other] его приняли { $count } страны
}
standard-claim-selling = { $count ->
    [one] его продаёт { $count } национальный орган
    [few] его продают { $count } национальных органа
    [many] его продают { $count } национальных органов
   *[other] его продают { $count } национального органа
}
standard-claim-languages = { $count ->
    [one] он существует на { $count } языке
    [few] он существует на { $count } языках
    [many] он существует на { $count } языках
   *[other] он существует на { $count } языках
}
standard-claims-explain = Это данные указанного источника, приведённые в том виде, в каком они опубликованы. Собственные подсчёты Quorum выше основаны только на записях на этой странице, у каждой из которых указан источник.
