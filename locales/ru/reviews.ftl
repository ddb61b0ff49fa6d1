## Systematic reviews: cycles, positions, the projected outcome
nav-reviews = Пересмотры

reviews-title = Систематические пересмотры
reviews-intro = Каждый стандарт пересматривается не позднее чем через пять лет после публикации или последнего подтверждения. Национальные комитеты-члены рекомендуют подтвердить, пересмотреть, изменить или отменить его; P-члены комитета обязаны голосовать. Здесь показано, какую позицию занимает каждый орган.
reviews-empty = Пока не учтено ни одного пересмотра.
review-page-title = Пересмотр { $cycle } стандарта { $reference }
review-heading = Систематический пересмотр стандарта { $reference }
review-cycle-id = Пересмотр { $cycle }

## Cycle status
review-status-planned = Запланирован
review-status-open = Голосование открыто
review-status-closed = Голосование завершено, решение ожидается
review-status-decided = Решение принято
review-result-heading = Итог
review-result-decided = Решение по этому пересмотру принято. Прогноз и список тех, кто может изменить исход, показываются только пока пересмотр открыт.
review-result-pending = Голосование закрыто, решение ещё не записано.
review-field-status = Статус
review-field-opens = Начало голосования
review-field-closes = Окончание голосования
review-field-outcome = Решение
review-field-notes = Примечания
review-outcome-confirmed = Подтверждён
review-outcome-revised = Подлежит пересмотру
review-outcome-withdrawn = Отменён
review-outcome-stage = { $outcome } (стадия { $stage }), { $date }
review-days-left = { $days ->
    [0] Голосование завершается сегодня.
    [one] До завершения голосования остался { $days } день.
    [few] До завершения голосования осталось { $days } дня.
    [many] До завершения голосования осталось { $days } дней.
   *[other] До завершения голосования осталось { $days } дней.
}
review-closed-ago = Голосование завершилось { $date }.

## Positions
position-confirm = Подтвердить
position-revise = Пересмотреть
position-amend = Изменить
position-withdraw = Отменить
position-abstain = Воздержаться
position-none = Позиции пока нет
kind-intention = Заявленное намерение
kind-vote = Поданный голос
kind-result = Опубликованный результат
voter-obliged = P-член: обязан голосовать
voter-optional = Комитет-член: может голосовать
voter-non-voting = Не голосует

## Tally
tally-heading = Позиции органов
tally-intro = Последняя учтённая позиция каждого органа. P-члены комитета обязаны голосовать, другие комитеты-члены могут голосовать, члены-корреспонденты и члены-абоненты не голосуют.
tally-position = Позиция
tally-obliged = P-члены
tally-optional = Другие комитеты-члены
tally-non-voting = Члены без права голоса

## The projection
projection-heading = Прогнозируемый итог
projection-disclaimer = Решение принимает комитет. Этот прогноз — оценка по учтённым здесь позициям согласно правилам, изложенным ниже, а не результат голосования.
projection-outcome-confirm = Подтвердить
projection-outcome-revise = Пересмотреть
projection-outcome-amend = Изменить
projection-outcome-withdraw = Отменить
projection-outcome-committee = Решение за комитетом
projection-low-usage = Число стран, принявших стандарт, — { $usage }, это меньше { $threshold }: вероятнее всего, стандарт будет отменён независимо от итогов голосования.
projection-majority = { $margin ->
    [one] Среди проголосовавших P-членов этот вариант лидирует с перевесом в { $margin } голос.
    [few] Среди проголосовавших P-членов этот вариант лидирует с перевесом в { $margin } голоса.
    [many] Среди проголосовавших P-членов этот вариант лидирует с перевесом в { $margin } голосов.
   *[other] Среди проголосовавших P-членов этот вариант лидирует с перевесом в { $margin } голосов.
}
projection-tie = Голоса проголосовавших P-членов разделились поровну.
projection-no-majority = Пока ни один вариант не набрал большинства голосов P-членов.
projection-undecided = { $count ->
    [one] { $count } P-член пока без учтённой позиции.
    [few] { $count } P-члена пока без учтённой позиции.
    [many] { $count } P-членов пока без учтённой позиции.
   *[other] { $count } P-членов пока без учтённой позиции.
}
projection-rules = Правила: если число стран, принявших стандарт, меньше { $threshold }, он становится кандидатом на отмену; в остальных случаях решает простое большинство проголосовавших P-членов, воздержавшиеся не учитываются; при равенстве голосов решение принимает комитет.
projection-outcome-not-enough = Недостаточно данных для прогноза
projection-usage-unknown = { $usage ->
    [one] Записано { $usage } принятие, а { $unknown } из { $bodies } организаций неизвестны: по данным нельзя понять, используют ли стандарт менее { $threshold } стран, поэтому ни одно правило пока не применимо.
    [few] Записано { $usage } принятия, а { $unknown } из { $bodies } организаций неизвестны: по данным нельзя понять, используют ли стандарт менее { $threshold } стран, поэтому ни одно правило пока не применимо.
    [many] Записано { $usage } принятий, а { $unknown } из { $bodies } организаций неизвестны: по данным нельзя понять, используют ли стандарт менее { $threshold } стран, поэтому ни одно правило пока не применимо.
   *[other] Записано { $usage } принятия, а { $unknown } из { $bodies } организаций неизвестны: по данным нельзя понять, используют ли стандарт менее { $threshold } стран, поэтому ни одно правило пока не применимо.
}
projection-votes-unknown = P-членов без записанной позиции: { $undecided } из { $obliged }; они ещё могут изменить большинство.
projection-voters-unknown = Ни один P-член комитета не записан, поэтому по данным неизвестно, кто обязан голосовать.

## Swing list
swing-heading = Кто ещё может изменить итог
swing-intro = P-члены без окончательной позиции; первыми идут те, чей голос за подтверждение сильнее всего изменил бы итог.
swing-empty = Судя по учтённым сведениям, позиция ни одного P-члена уже не может измениться.
swing-decisive = Решающий голос: одного этого голоса достаточно, чтобы прогнозируемым итогом стало подтверждение.
swing-gain = { $gain ->
    [one] Голос за подтверждение увеличит перевес подтверждения на { $gain } голос.
    [few] Голос за подтверждение увеличит перевес подтверждения на { $gain } голоса.
    [many] Голос за подтверждение увеличит перевес подтверждения на { $gain } голосов.
   *[other] Голос за подтверждение увеличит перевес подтверждения на { $gain } голосов.
}

## Table and map
review-table-heading = Все органы
review-table-caption = Последняя учтённая позиция каждого органа в этом пересмотре, с указанием источника.
column-voter = Право голоса
column-position = Позиция
column-kind = Вид
review-map-description = Карта мира: цвет каждой страны показывает последнюю позицию её органа по стандартизации в пересмотре { $cycle }. Выберите страну, чтобы открыть страницу её органа; в таблице ниже приведены те же сведения.

## On a body's page
body-reviews-heading = Систематические пересмотры
body-reviews-empty = Позиция этого органа не учтена ни в одном пересмотре.
body-review-position = { $date }: { $position } ({ $kind })

## Coordinators record positions
edit-position-link = Внести позицию
edit-position-for = Внести позицию: { $country }
position-edit-title = { $country } в пересмотре { $cycle }
position-edit-intro = Укажите, что вы узнали о позиции этого органа: какие намерения он заявил, как проголосовал или каков опубликованный результат. Прежние позиции остаются в истории; учитывается самая поздняя по дате.
field-position = Позиция
field-kind-position = Вид сведений
field-confidence-position = Надёжность
position-save = Внести позицию
position-recorded = Позиция внесена.
position-history-heading = Позиции, учтённые в этом пересмотре
position-history-empty = Пока не учтено ни одной позиции.
position-conflict = Тем временем кто-то внёс более новую позицию этого органа: { $position }. Проверьте её, прежде чем вносить свою.

## Filters of the review page
review-filter-position = Позиция
review-filter-position-all = Любая позиция
review-filter-voter = Право голоса
review-filter-voter-all = Все
review-showing = { $total ->
    [one] Соответствуют фильтрам: { $shown } из { $total } органа.
    [few] Соответствуют фильтрам: { $shown } из { $total } органов.
    [many] Соответствуют фильтрам: { $shown } из { $total } органов.
   *[other] Соответствуют фильтрам: { $shown } из { $total } органов.
}

review-voters-board = Этот стандарт находится в прямом ведении Технического руководящего бюро ISO (ISO/TMBG), у которого нет P-членов. Quorum не нашёл правила, которое ISO применяет к голосованию по пересмотру в таком случае, поэтому считает голосующими все комитеты-члены.

## The ballot radar: reviews running now and due in the next twelve months
radar-title = Радар голосований
radar-intro = Идущие сейчас систематические пересмотры, а затем стандарты, срок следующего пересмотра которых наступает в ближайшие двенадцать месяцев, — по всем стандартам, публикуемым ISO, с указанием числа органов, обязанных голосовать.
radar-filter-committee = Комитет
radar-filter-ics = Раздел МКС (ICS)
radar-filter-scope = Стандарты
radar-scope-all = Все стандарты
radar-scope-followed = Только отслеживаемые стандарты
radar-apply = Показать
# $count (number) reviews; $until is a formatted date.
radar-count = { $count ->
    [0] Ни один пересмотр не идёт сейчас и не ожидается до { $until }.
    [one] { $count } пересмотр идёт сейчас или ожидается до { $until }.
    [few] { $count } пересмотра идут сейчас или ожидаются до { $until }.
    [many] { $count } пересмотров идут сейчас или ожидаются до { $until }.
   *[other] { $count } пересмотра идут сейчас или ожидаются до { $until }.
}
radar-derived-note = Сроки с пометкой «Срок» рассчитаны в Quorum, ISO их не публикует: пять лет после публикации или последнего подтверждения. ISO рассылает голосования по пересмотру пакетами, поэтому голосование может открыться раньше.
# The radar as a calendar feed (/api/v1/reviews/upcoming.ics): its name, and each event's
# summary and description. $reference: ISO 20400:2017; $title: the standard's title; $date: a formatted date.
radar-ics-calendar = Quorum: радар голосований
radar-ics-closes = { $reference }: завершение голосования по систематическому пересмотру
radar-ics-closes-detail = { $title } — голосование завершается { $date }.
radar-ics-due = { $reference }: срок систематического пересмотра (расчётный)
radar-ics-due-detail = { $title } — срок наступает через пять лет после публикации или последнего подтверждения; рассчитан в Quorum, ISO его не публикует.
radar-json = JSON
radar-csv = CSV
radar-calendar = Календарь (iCalendar)
radar-col-standard = Стандарт
radar-col-committee = Комитет
radar-col-what = Пересмотр
radar-col-date = Дата
radar-col-voters = Обязаны голосовать
radar-running = Идёт голосование (окончание)
radar-due = Срок (расчётный)
radar-closes-unknown = Дата окончания не записана
radar-voters-every = Все комитеты-члены
radar-link = Радар голосований: все пересмотры, которые идут сейчас или ожидаются в ближайшие двенадцать месяцев
# $body is a body's two-letter code.
radar-for-body = Только пересмотры, в которых { $body } обязан голосовать.

## A body's page: the ballots it must vote in
body-ballots-heading = Предстоящие голосования
body-ballots-none = Судя по учтённым сведениям, нет ни идущих сейчас пересмотров, в которых этот орган обязан голосовать, ни таких, срок которых наступает в ближайшие двенадцать месяцев.
# $count is a number.
body-ballots-count = { $count ->
    [one] { $count } пересмотр, в котором этот орган обязан голосовать, идёт сейчас или ожидается в ближайшие двенадцать месяцев:
    [few] { $count } пересмотра, в которых этот орган обязан голосовать, идут сейчас или ожидаются в ближайшие двенадцать месяцев:
    [many] { $count } пересмотров, в которых этот орган обязан голосовать, идут сейчас или ожидаются в ближайшие двенадцать месяцев:
   *[other] { $count } пересмотра, в которых этот орган обязан голосовать, идут сейчас или ожидаются в ближайшие двенадцать месяцев:
}
# $date is a formatted date.
body-ballot-closes = голосование завершается { $date }
body-ballot-running = идёт голосование (дата окончания не записана)
body-ballot-due = срок: { $date } (расчётный)
body-ballots-all = Показать все на радаре голосований
