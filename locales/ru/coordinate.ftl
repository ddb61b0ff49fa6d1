# Coordinators: the advocacy pipeline, the dashboard and review cycles.

## The advocacy pipeline (coordinators only)
stage-not-contacted = Нет контакта
stage-contacted = Контакт установлен
stage-replied = Получен ответ
stage-committed = Получено обещание
stage-voted = Голос подан
column-stage = Этап воронки
column-owner = Ответственный
column-letters = Письма
column-cycle = Пересмотр
owner-nobody = Не назначен
owner-me = Я
review-filter-stage = Этап воронки
review-filter-stage-all = Любой этап
review-filter-owner = Ответственный
review-filter-owner-all = Любой
pipeline-move-heading = Продвинуть по воронке
pipeline-move-to = { $country }: перевести на этап «{ $stage }»
pipeline-moved = Воронка обновлена.
pipeline-heading = Воронка кампании
pipeline-intro = На каком этапе находится работа кампании с этим органом в этом пересмотре и кто поддерживает с ним связь. Это видят только координаторы.
pipeline-letters = { $count ->
    [one] Пока шло голосование, Quorum составил { $count } письмо в этот орган.
    [few] Пока шло голосование, Quorum составил { $count } письма в этот орган.
    [many] Пока шло голосование, Quorum составил { $count } писем в этот орган.
   *[other] Пока шло голосование, Quorum составил { $count } писем в этот орган.
}
field-pipeline-stage = Этап воронки
field-owner = Ответственный
pipeline-save = Сохранить данные воронки
pipeline-notes-heading = Заметки о работе
pipeline-notes-empty = Заметок пока нет.
pipeline-noted = Заметка добавлена.
field-noted-on = Дата (YYYY-MM-DD)
field-note-text = Заметка
pipeline-note-add = Добавить заметку
pipeline-note-by = { $date }, { $who }

## The coordinators' dashboard
nav-coordinate = Панель координатора
coordinate-title = Панель координатора
coordinate-cycles-heading = Открытые и запланированные пересмотры
coordinate-cycles-empty = Открытых или запланированных пересмотров нет.
coordinate-closes = Окончание голосования: { $date }
coordinate-stages-label = Число комитетов-членов на каждом этапе воронки
coordinate-mine-count = { $count ->
    [one] Вы отвечаете за { $count } орган
    [few] Вы отвечаете за { $count } органа
    [many] Вы отвечаете за { $count } органов
   *[other] Вы отвечаете за { $count } органов
}
coordinate-mine-heading = Мои органы
coordinate-mine-empty = Ни в одном открытом или запланированном пересмотре вы не отвечаете ни за один орган. Выберите органы в таблице пересмотра и назначьте себя ответственным.
coordinate-corrections-heading = Присланные исправления
coordinate-corrections = { $count ->
    [one] { $count } исправление ожидает решения.
    [few] { $count } исправления ожидают решения.
    [many] { $count } исправлений ожидают решения.
   *[other] { $count } исправлений ожидают решения.
}
coordinate-corrections-link = Открыть очередь
coordinate-signatures = { $count ->
    [one] { $count } подпись под открытым письмом ожидает проверки.
    [few] { $count } подписи под открытыми письмами ожидают проверки.
    [many] { $count } подписей под открытыми письмами ожидают проверки.
   *[other] { $count } подписи под открытыми письмами ожидают проверки.
}
coordinate-changes-heading = Последние изменения
coordinate-changes-link = Все изменения в справочнике

## Review cycles
cycle-edit-link = Редактировать этот цикл пересмотра
cycle-edit-title = Цикл пересмотра { $cycle } стандарта { $reference }
cycle-edit-intro = Даты голосования, статус пересмотра и, когда комитет примет решение, его итог. Даты указываются в формате YYYY-MM-DD; запланированная дата окончания голосования может быть в будущем.
cycle-new-heading = Начать цикл пересмотра
cycle-new-intro = Цикл называется по стандарту и году начала голосования, например iso-20400-2027.
cycle-new-for = Новый пересмотр стандарта { $reference }
cycle-new-year = Год начала голосования
cycle-new-open = Открыть форму
field-opens-on = Начало голосования
field-closes-on = Окончание голосования
field-cycle-status = Статус
field-outcome = Решение
outcome-none = Решение не принято
field-decided-on = Дата решения
field-cycle-notes = Примечания
edit-error-full-date = Укажите дату в формате YYYY-MM-DD.
edit-error-closes-before-opens = Голосование не может завершиться раньше, чем начнётся.
edit-error-outcome-required = Для пересмотра, по которому принято решение, укажите это решение.
edit-error-outcome-needs-decision = Решение указывается только для пересмотра со статусом «Решение принято»: установите этот статус или оставьте поле решения пустым.
history-note = { $field }: { $note }
