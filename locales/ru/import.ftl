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
