# /import: coordinators import spreadsheets (CSV).
nav-import = Импорт таблицы
import-title = Импорт таблицы
import-intro = Загрузите CSV-файл с органами по стандартизации, сведениями о принятии или позициями в пересмотрах. Сначала ничего не сохраняется: вы построчно видите, что файл добавит, изменит или оставит как есть, а также каждую отклонённую строку с её номером и причиной. Подтвердить импорт можно, только если ни одна строка не отклонена; тогда весь файл сохраняется сразу — или не сохраняется ничего. Каждое изменение попадает в историю изменений вместе с вашей учётной записью и файлом.
import-limits = Размер файла — до { $megabytes } MB, число строк — до { $rows }; кодировка UTF-8, первая строка — заголовки столбцов. Столбцы, которые импорт не распознаёт, игнорируются.
import-kind-bodies = Органы по стандартизации
import-kind-adoptions = Принятие стандартов
import-kind-positions = Позиции в пересмотрах
import-columns-bodies = Одна строка на орган, по коду его страны (alpha2). Сравниваются только столбцы, которые есть в файле; для изменённого значения нужны источник и его дата (source и as_of или отдельно для каждого поля: acronym_source и acronym_as_of…). Выгрузка справочника имеет именно такую структуру.
import-columns-adoptions = Одна строка на пару «стандарт — орган». В status указывается adopted, in_progress, not_adopted или unknown (в выгрузке это значение содержится в столбце record_status); в degree — IDT, MOD или NEQ; даты — в виде 2017, 2017-04 или 2017-04-19. Для изменения нужны source и as_of.
import-columns-positions = Одна строка на пару «цикл пересмотра — орган». В position указывается confirm, revise, amend, withdraw, abstain или none; в kind — intention, vote или result; в confidence — high, medium-high, medium или low. Каждая позиция, отличающаяся от предыдущей, добавляется в историю органа.
import-template = Скачать шаблон
import-export-current = Скачать текущие данные
import-file-label = CSV-файл
import-upload = Проверить файл
import-error-too-large = Файл превышает допустимый размер.
import-error-too-many-rows = В файле больше строк, чем допустимо.
import-error-encoding = Файл не является текстом в кодировке UTF-8. Сохраните его в формате «CSV UTF-8» и загрузите снова.
import-error-csv = Не удалось прочитать файл как CSV (возможно, не закрыта кавычка?).
import-error-empty = В файле нет строк для импорта.
import-error-missing-column = В файле нет столбца «{ $column }», необходимого для этого вида импорта.
import-error-separator = Столбцы в файле не разделены ни запятыми, ни точками с запятой, ни табуляцией, поэтому строка заголовков читается как один столбец. Сохраните файл ещё раз в формате CSV (с разделителем «запятая» или «точка с запятой») и загрузите его.
import-error-choice = Это значение здесь недопустимо. Используйте одно из следующих: { $detail } (регистр букв не важен).
import-error-kind = Выберите, что содержит файл: органы по стандартизации, сведения о принятии или позиции в пересмотрах.
import-error-unknown-country = Органа с таким кодом страны нет.
import-error-duplicate = Та же запись уже указана в одной из предыдущих строк файла.
import-error-unknown-standard = Отслеживаемого стандарта с таким идентификатором нет.
import-error-unknown-cycle = Цикла пересмотра с таким идентификатором нет.
import-error-applied = Этот файл уже импортирован.
import-error-changed = После этого предварительного просмотра записи изменились. Прежде чем подтверждать, ознакомьтесь с новым предварительным просмотром ниже.
import-error-nothing = Импортировать нечего: одна из строк отклонена или ничего не изменится.
import-preview-title = Импорт файла { $file }
import-count-add = { $count ->
    [one] { $count } строка добавляет запись
    [few] { $count } строки добавляют записи
    [many] { $count } строк добавляют записи
   *[other] { $count } строки добавляют записи
}
import-count-change = { $count ->
    [one] { $count } строка изменяет запись
    [few] { $count } строки изменяют записи
    [many] { $count } строк изменяют записи
   *[other] { $count } строки изменяют записи
}
import-count-same = { $count ->
    [one] { $count } строка оставляет запись без изменений
    [few] { $count } строки оставляют записи без изменений
    [many] { $count } строк оставляют записи без изменений
   *[other] { $count } строки оставляют записи без изменений
}
import-count-refused = { $count ->
    [one] { $count } строка отклонена
    [few] { $count } строки отклонены
    [many] { $count } строк отклонено
   *[other] { $count } строки отклонено
}
import-refused-notice = Некоторые строки отклонены, поэтому импортировать ничего нельзя. Исправьте их в файле и загрузите его снова.
import-nothing-notice = Файл ничего не изменит.
import-confirm-intro = Пока ничего не сохранено. Подтвердите, чтобы сохранить все перечисленные ниже изменения за один раз.
import-confirm = { $count ->
    [one] Импортировать { $count } строку
    [few] Импортировать { $count } строки
    [many] Импортировать { $count } строк
   *[other] Импортировать { $count } строки
}
import-applied = Импортировано { $date }.
import-column-line = Строка
import-column-record = Запись
import-column-action = Что произойдёт
import-column-details = Подробности
import-action-add = Добавлена
import-action-change = Изменена
import-action-same = Без изменений
import-action-refused = Отклонена
import-rows-more = { $count ->
    [one] Ещё { $count } строка не показана.
    [few] Ещё { $count } строки не показаны.
    [many] Ещё { $count } строк не показано.
   *[other] Ещё { $count } строки не показано.
}
import-again = Загрузить другой файл
import-running = Импорт записывается: { $done } из { $total } строк…
import-running-start = Импорт записывается…
import-error-storage = Не удалось сохранить файл; ничего не импортировано. Попробуйте ещё раз.

## ISO Open Data files (admins)
import-iso-heading = ISO Open Data
import-iso-intro = ISO публикует сведения о своих комитетах (с их P- и O-членами) и обо всех своих документах в виде открытых данных (ODC-By). Загрузите файл ISO в том виде, в каком он опубликован, — CSV или JSON Lines, сжатый gzip или нет: Quorum сначала проверит его и покажет, что он добавит, изменит и оставит без изменений, а после вашего подтверждения сохранит его. У каждого значения сохраняется источник «ISO Open Data, <набор данных>, <дата>».
# $megabytes is a number.
import-iso-limits = Не более { $megabytes } MB.
import-iso-dataset = Набор данных
import-iso-committees = Комитеты (iso_technical_committees)
import-iso-deliverables = Документы (iso_deliverables_metadata)
import-iso-date = Дата файла
import-iso-check = Загрузить и проверить
import-iso-error-dataset = Выберите, к какому набору данных ISO относится файл.
import-iso-error-format = Имя файла должно оканчиваться на .csv или .jsonl (или .csv.gz, .jsonl.gz), как у файлов ISO.
import-iso-error-date = Дата файла указана неверно.
import-iso-error-gone = Загруженного файла больше нет на сервере (сервер был перезапущен). Загрузите файл снова.
import-iso-error-changed = Не удалось сохранить файл: некоторые строки не удалось прочитать. Ничего не сохранено.
import-iso-checking = Файл проверяется…
import-iso-writing = Записи сохраняются…
import-iso-applied = Сохранено. Все изменения отражены в истории изменений.
# $count is a number; $source names the dataset and date.
import-iso-read = Прочитано записей: { $count } ({ $source }).
import-iso-problems = Некоторые строки не удаётся прочитать, поэтому сохранить ничего нельзя. Исправьте файл и загрузите его снова:
# $line is a line number of the file.
import-iso-problem = Строка { $line }:

## Why a line of an ISO Open Data file cannot be read. $column, $columns, $ids and
## $acronyms are the file's own column names (title.en, pMembers.id…), quoted as they are;
## $cell is the value found, cut short; $detail is the file reader's own words (English).
iso-line-unreadable = Начиная с этой строки файл не удалось прочитать: { $detail }
iso-line-too-long = Длина строки превышает { $bytes } байт.
iso-line-not-number = Столбец «{ $column }» должен содержать целое число, а не «{ $cell }».
iso-line-not-list = Столбец «{ $column }» должен содержать список в квадратных скобках, а не «{ $cell }».
iso-line-missing-columns = В заголовке нет столбца { $columns }.
iso-line-cell-count = Число ячеек в этой записи: { $count }, а в заголовке: { $expected }.
iso-line-not-utf8 = Запись не является корректным текстом в кодировке UTF-8.
iso-line-csv = Запись не удаётся прочитать как CSV: { $detail }
iso-line-unpaired = «{ $ids }» и «{ $acronyms }» невозможно сопоставить попарно: число элементов в них различается ({ $ids_count } и { $acronyms_count } соответственно).
iso-line-bad-id = Идентификатор должен быть положительным числом, а не { $cell }.
iso-line-no-id = У записи нет идентификатора.
iso-line-no-reference = У записи нет обозначения.
iso-line-no-status = У комитета нет статуса.
iso-line-reference = Обозначение «{ $cell }» не содержит ни букв, ни цифр.
iso-line-stage-format = Значение «currentStage» должно быть кодом стадии вида 9093 или 90.93, а не «{ $cell }».
iso-line-unknown-stage = Значение «currentStage» { $cell } не является кодом стадии.
iso-line-date = Значение «publicationDate» должно быть датой вида 2017-04-21, а не «{ $cell }».
iso-line-not-committee = Строка не является описанием комитета в том виде, в каком их публикует ISO: { $detail } (столбец { $column }).
iso-line-not-deliverable = Строка не является описанием документа в том виде, в каком их публикует ISO: { $detail } (столбец { $column }).
import-iso-records = Записи
import-iso-added = Добавлено
import-iso-changed = Изменено
import-iso-same = Без изменений
import-iso-row-committees = Комитеты
import-iso-row-memberships = Членство в комитетах
import-iso-row-standards = Стандарты
# $count is a number.
import-iso-unmatched = { $count ->
    [0] Каждый указанный член соответствует органу из справочника.
    [one] { $count } идентификатор члена не соответствует ни одному органу из справочника; см. список несопоставленных членов.
    [few] { $count } идентификатора членов не соответствуют ни одному органу из справочника; см. список несопоставленных членов.
    [many] { $count } идентификаторов членов не соответствуют ни одному органу из справочника; см. список несопоставленных членов.
   *[other] { $count } идентификатора членов не соответствуют ни одному органу из справочника; см. список несопоставленных членов.
}
# $opened and $closed are numbers.
import-iso-reviews = Циклы пересмотра: открыто — { $opened }; закрыто или с принятым решением — { $closed }.
import-iso-confirm-intro = Весь файл сохраняется в одной транзакции: либо всё, либо ничего.
import-iso-confirm = Импортировать эти записи

## ISO member ids that match no body (admins)
unmatched-title = Несопоставленные члены ISO
unmatched-intro = В данных ISO о комитетах указаны эти идентификаторы членов, но ни у одного органа из справочника их нет. Создайте орган страны, которой принадлежит идентификатор члена (или добавьте идентификатор в запись существующего органа): его членство в комитетах будет сразу внесено, а источником будет указан файл комитетов.
unmatched-none = Каждый идентификатор члена в данных о комитетах соответствует органу из справочника.
# $id is ISO's member id.
unmatched-id = Идентификатор члена ISO { $id }
# $p and $o are numbers of committees.
unmatched-counts = Членство в комитетах (P-член — { $p }, O-член — { $o }):
unmatched-country = Страна
unmatched-country-choose = Выберите страну (из тех, у которых нет органа)
unmatched-create = Создать орган вместе с его членством в комитетах
unmatched-error-country = Выберите страну органа.
unmatched-error-taken = У этой страны уже есть орган; вместо этого добавьте идентификатор члена в его запись.
unmatched-link = Несопоставленные члены ISO
