## Site frame
app-name = Quorum
page-title = { $page } · Quorum
skip-to-content = Перейти к основному содержанию
nav-label = Главное меню
nav-home = Главная
nav-directory = Органы по стандартизации
language-switcher-label = Язык
footer-provenance = Для каждого сведения указаны источник и дата последней проверки. Пустое поле означает, что данные неизвестны: догадок мы не приводим.
footer-licence = Quorum — свободное программное обеспечение. Контактные данные взяты со страниц членов ISO на iso.org (выгрузка StanDat, 2021/22), из ISO Open Data (2026) и из других источников, указанных рядом с каждым значением.
loading = Загрузка…
back-to-directory = Вернуться к справочнику
breadcrumb-label = Навигационная цепочка

## Errors
error-not-found = Не удалось найти эту страницу.
error-invalid-input = Часть введённых данных не удалось использовать. Проверьте их и попробуйте ещё раз.
error-storage = Quorum сейчас не удаётся прочитать данные. Попробуйте ещё раз чуть позже.
error-transport = Запрос не дошёл до Quorum. Проверьте подключение к интернету и попробуйте ещё раз.
error-body-too-large = Этот запрос слишком велик для Quorum (более { $size } КБ). Сократите введённые данные и попробуйте ещё раз.
not-found-title = Страница не найдена
not-found-body = По этому адресу страницы нет. Если вы перешли по ссылке на орган по стандартизации, возможно, в коде страны допущена опечатка: код состоит из двух латинских букв, например BR — Бразилия.
not-found-standard = По этому адресу Quorum не отслеживает ни одного стандарта. Адрес стандарта содержит его номер, например /standards/iso-20400 для ISO 20400; в списке — все стандарты, которые отслеживает Quorum.
not-found-review = По этому адресу в Quorum нет пересмотра. Адрес пересмотра содержит стандарт и год, например /reviews/iso-20400-2022; в списке — все пересмотры, учтённые в Quorum.
not-found-open-letter = По этому адресу нет опубликованного открытого письма. Возможно, его сняли с публикации или ещё не опубликовали; в списке — все открытые письма.

## Home
home-title = Найдите свой национальный орган по стандартизации
home-heading = Найдите свой национальный орган по стандартизации и изложите свою позицию
home-intro = Quorum содержит сведения обо всех национальных органах по стандартизации, входящих в ISO: их контактные данные и источник каждого сведения. Сервис помогает сторонникам стандартов — например, ISO 20400 по устойчивым закупкам — обратиться к органу, который принимает решения в их стране.
search-label = Страна, код или орган по стандартизации
search-placeholder = например: Бразилия, BR, ABNT
search-button = Найти
home-stats-heading = Члены ISO в справочнике
home-stats-total = { $count ->
    [one] В справочнике { $count } орган по стандартизации; по категориям членства в ISO:
    [few] В справочнике { $count } органа по стандартизации; по категориям членства в ISO:
    [many] В справочнике { $count } органов по стандартизации; по категориям членства в ISO:
   *[other] В справочнике { $count } органов по стандартизации; по категориям членства в ISO:
}
home-browse-all = Все органы по стандартизации
home-next-heading = Что можно сделать сейчас
home-step-find = Найдите орган по стандартизации своей страны с помощью поиска выше.
home-step-write = Напишите ему письмо
home-step-write-note = — Quorum составит текст на языке органа и укажет его адрес.
home-step-review = Ближайший пересмотр:
home-review-closes = — голосование завершится { $date }
home-review-undated = — дата окончания голосования пока не указана.
home-step-no-review = Сейчас нет ни открытых, ни запланированных пересмотров.
home-step-reviews-link = Все пересмотры

## ISO membership categories
category-member-body = Комитет-член
category-correspondent = Член-корреспондент
category-subscriber = Член-абонент
category-unknown = Категория неизвестна
category-member-body-count = { $count ->
    [one] комитет-член
    [few] комитета-члена
    [many] комитетов-членов
   *[other] комитетов-членов
}
category-correspondent-count = { $count ->
    [one] член-корреспондент
    [few] члена-корреспондента
    [many] членов-корреспондентов
   *[other] членов-корреспондентов
}
category-subscriber-count = { $count ->
    [one] член-абонент
    [few] члена-абонента
    [many] членов-абонентов
   *[other] членов-абонентов
}
category-unknown-count = { $count ->
    [one] орган, категория которого не указана ни в одном источнике
    [few] органа, категория которых не указана ни в одном источнике
    [many] органов, категория которых не указана ни в одном источнике
   *[other] органов, категория которых не указана ни в одном источнике
}
category-member-body-rights = Голосует по стандартам ISO, может принимать и продавать их в своей стране.
category-correspondent-rights = Участвует в работе как наблюдатель без права голоса; может принимать и продавать стандарты ISO в своей стране.
category-subscriber-rights = Получает информацию о работе ISO; не голосует, не принимает и не продаёт стандарты ISO.
category-unknown-note = Ни в одном из наших источников пока не указана категория этих органов.

## Directory
directory-title = Органы по стандартизации
directory-heading = Национальные органы по стандартизации
directory-intro = Ищите по названию страны на любом языке, коду страны ISO, аббревиатуре или названию органа. Выберите орган, чтобы узнать, как с ним связаться.
filter-category = Категория ISO
filter-category-all = Все категории
filter-region = Регион
filter-region-all = Все регионы
filter-apply = Показать результаты
search-truncated = Запрос оказался слишком длинным, поэтому учтены только первые 100 символов.
directory-count = { $total ->
    [one] Показано { $shown } из { $total } органа по стандартизации.
    [few] Показано { $shown } из { $total } органов по стандартизации.
    [many] Показано { $shown } из { $total } органов по стандартизации.
   *[other] Показано { $shown } из { $total } органов по стандартизации.
}
directory-no-match = Ни один орган по стандартизации не соответствует запросу. Проверьте написание, попробуйте двухбуквенный код страны или сбросьте фильтры.
directory-clear-filters = Сбросить поиск и фильтры
column-country = Страна
column-acronym = Аббревиатура
column-body-name = Орган по стандартизации
column-category = Категория ISO
column-region = Регион

## Body page
body-page-title = { $body } – { $country }
body-name-with-acronym = { $name } ({ $acronym })
contact-line = { $label }: { $value }
value-unknown = неизвестно
field-source-dated = Источник: { $source }, по состоянию на { $date }
field-source-undated = Источник: { $source } (дата не указана)
body-name-unknown = Название органа по стандартизации неизвестно
field-body-name-en = Название на английском языке
field-body-name-native = Название на национальном языке
field-acronym = Аббревиатура
field-country = Страна
field-category = Членство в ISO
dataset-note = Примечание из набора данных:
field-website = Веб-сайт
field-email = Электронная почта
field-phone = Телефон
field-fax = Факс
field-address = Почтовый адрес
field-iso-member-id = Идентификатор члена ISO
card-footnote = Контактные данные могут меняться. Прежде чем отправлять важное письмо, проверьте их на официальном сайте органа.
copy-contact = Скопировать контакты
contact-copied = Контакты скопированы
download-vcard = Скачать vCard
write-letter = Написать в этот орган
write-letter-hint = Quorum составит официальное письмо в { $body } на языке этого органа — его можно будет скопировать, отправить по электронной почте или распечатать.

## Letter composer page
nav-letters = Написать письмо
letters-title = Письмо в орган по стандартизации
letters-heading = Письмо в национальный орган по стандартизации
letters-intro = Выберите орган, цель обращения и язык. Quorum составит официальное письмо, которое можно скопировать, отправить по электронной почте, скачать или распечатать.
letters-privacy = Ваше имя и другие данные используются только для заполнения письма. Quorum их не хранит; в ссылку они попадают, только если вы отметите это ниже.
letter-field-recipient = Орган по стандартизации
letter-field-recipient-choose = Выберите страну
letter-field-purpose = Цель письма
letter-purpose-review = Проголосовать за подтверждение стандарта при систематическом пересмотре
letter-purpose-adopt = Принять стандарт в качестве национального
letter-purpose-translate = Издать стандарт на национальном языке
letter-purpose-suggested = Рекомендуется для этого органа с учётом сведений о нём в Quorum.
letter-field-language = Язык письма
letter-language-automatic = Основной язык страны
letter-field-second-language = Второй язык для параллельного текста (необязательно)
letter-second-language-none = Нет
letter-language-default = По умолчанию выбран основной язык страны { $country }, если в Quorum есть письма на этом языке; в противном случае — английский.
# $language: the country's first language, named in the page's language.
letter-language-missing = В Quorum пока нет писем на языке «{ $language }», поэтому это письмо составлено на английском. Другой язык для него можно выбрать в поле «Язык письма».
# $language: the letter's language, in its own name.
letter-drafted-notice = Этот перевод ({ $language }) ещё не проверен носителем языка.
letter-drafted-help = Помогите его проверить.
letter-sender-heading = О вас (все поля необязательны)
letter-field-sender-name = Ваше имя
letter-field-organisation = Организация
letter-field-role = Должность или звание
letter-field-city = Город
letter-field-email = Ваш адрес электронной почты
letter-field-personal = Абзац своими словами
letter-field-personal-hint = Почему это важно для вас или вашей организации. Текст войдёт в письмо в точности так, как вы его напишете, и на том языке, на котором вы его напишете.
letter-field-share-details = Добавить в ссылку также моё имя и данные
letter-field-limit = { $max ->
    [one] Не более { $max } символа.
    [few] Не более { $max } символов.
    [many] Не более { $max } символов.
   *[other] Не более { $max } символов.
}
letter-update = Обновить письмо
letter-preview-heading = Ваше письмо
letter-preview-live = Письмо обновляется по мере ввода.
letter-to = Кому: { $recipient }
letter-subject = Тема: { $subject }
letter-copy = Скопировать письмо
letter-copied = Письмо скопировано
letter-mailto = Открыть в почтовой программе
letter-mailto-no-address = Адрес электронной почты этого органа неизвестен, поэтому письмо нельзя открыть в почтовой программе. Скопируйте или скачайте его.
letter-mailto-too-long = { $length ->
    [one] Ссылка на это письмо содержит { $length } символ — больше, чем допускают некоторые почтовые программы. Если письмо придёт обрезанным, скопируйте его текст и вставьте в новое сообщение.
    [few] Ссылка на это письмо содержит { $length } символа — больше, чем допускают некоторые почтовые программы. Если письмо придёт обрезанным, скопируйте его текст и вставьте в новое сообщение.
    [many] Ссылка на это письмо содержит { $length } символов — больше, чем допускают некоторые почтовые программы. Если письмо придёт обрезанным, скопируйте его текст и вставьте в новое сообщение.
   *[other] Ссылка на это письмо содержит { $length } символов — больше, чем допускают некоторые почтовые программы. Если письмо придёт обрезанным, скопируйте его текст и вставьте в новое сообщение.
}
letter-download = Скачать как текстовый файл
letter-print = Версия для печати
letter-share = Ссылка на это письмо
letter-share-hint = Открывает форму с тем же органом, целью и языками. На сервере Quorum ничего не сохраняется.
letter-facts-heading = На чём основано письмо
letter-fact-adopted = { $count ->
    [one] В Quorum учтён { $count } случай принятия { $standard } в качестве национального стандарта.
    [few] В Quorum учтено { $count } случая принятия { $standard } в качестве национального стандарта.
    [many] В Quorum учтено { $count } случаев принятия { $standard } в качестве национального стандарта.
   *[other] В Quorum учтено { $count } случаев принятия { $standard } в качестве национального стандарта.
}
letter-fact-confirmed = Последний систематический пересмотр завершён { $date }: стандарт подтверждён.
letter-fact-ballot = Голосование по систематическому пересмотру завершается { $date }.
letter-fact-no-ballot = Сведений об открытом голосовании по пересмотру нет, поэтому срок его завершения в письме не указан.
letter-fact-title = Использованное название: { $title }
letter-choose-body = Выберите орган по стандартизации выше, чтобы увидеть письмо.

## Letter input errors. $field is the label of the field.
letter-error-too-long = { $max ->
    [one] { $field }: пожалуйста, не более { $max } символа (сейчас: { $length }).
    [few] { $field }: пожалуйста, не более { $max } символов (сейчас: { $length }).
    [many] { $field }: пожалуйста, не более { $max } символов (сейчас: { $length }).
   *[other] { $field }: пожалуйста, не более { $max } символов (сейчас: { $length }).
}
letter-error-control = { $field }: пожалуйста, используйте одну строку без табуляции и управляющих символов.
letter-error-email = Адрес электронной почты должен иметь вид name@example.org.
letter-error-purpose = Выберите цель письма: подтверждение при пересмотре, принятие или перевод.
letter-error-language = В Quorum нет писем на этом языке; выберите язык из списка.
letter-error-body = Органа по стандартизации с таким кодом страны нет; выберите орган из списка.
letter-error-summary = Письмо не обновлено. Исправьте, пожалуйста, отмеченные ниже поля.

## Print page
letter-print-title = Письмо в { $body }
letter-print-back = Вернуться к составлению письма
letter-print-button = Распечатать
letter-print-hint = Печать на листе формата A4. Поставьте подпись от руки над своим именем.
letter-signature-line = Подпись

## Accounts. The public never needs one; coordinators and admins sign in to record data.
nav-sign-in = Вход для координаторов
nav-account = Ваша учётная запись
nav-signed-in-as = Вы вошли как
signin-title = Вход
signin-heading = Вход в Quorum
signin-intro = Координаторы и администраторы входят в систему, чтобы вносить сведения, которые они узнают об органах по стандартизации. Всем остальным учётная запись для работы с Quorum не нужна.
signin-email = Адрес электронной почты
signin-password = Пароль
signin-submit = Войти
signin-already = Вы уже вошли как { $email }.
account-title = Ваша учётная запись
account-heading = Ваша учётная запись
account-signed-in-as = Вы вошли как { $email } ({ $role }).
account-sign-out = Выйти
account-sign-in-needed = Эта страница предназначена для координаторов и администраторов. Сначала войдите в систему.
account-go-sign-in = Перейти ко входу
role-admin = администратор
role-coordinator = координатор
error-unauthorized = Сначала войдите в систему.
error-forbidden = У вашей учётной записи нет прав на это действие.
error-bad-credentials = Неверный адрес электронной почты или пароль.
error-busy = Quorum сейчас проверяет другие входы. Ничего не проверено; повторите попытку через несколько секунд.
error-rate-limited = { $minutes ->
    [one] Слишком много неудачных попыток. Попробуйте ещё раз через { $minutes } минуту.
    [few] Слишком много неудачных попыток. Попробуйте ещё раз через { $minutes } минуты.
    [many] Слишком много неудачных попыток. Попробуйте ещё раз через { $minutes } минут.
   *[other] Слишком много неудачных попыток. Попробуйте ещё раз через { $minutes } минуты.
}
error-cross-origin = Этот запрос пришёл с другого сайта, поэтому Quorum его не выполнил.

## Editing the directory (coordinators) and the record's history
nav-changes = Последние изменения
edit-link = Редактировать эту запись
edit-title = Редактирование: { $body }
edit-heading = Редактирование записи { $body }
edit-intro = Измените то, что вы проверили, а если значение неизвестно, оставьте поле пустым. Каждое изменение сохраняется с указанными вами источником и датой и появляется в истории изменений записи.
edit-source = Источник новых значений
edit-source-hint = Веб-адрес или краткое описание, например «сайт ABNT, страница контактов».
edit-as-of = Дата проверки
edit-save = Сохранить изменения
edit-category-unknown = Неизвестно
edit-saved = Изменения сохранены.
edit-error-too-long = { $max ->
    [one] Пожалуйста, не более { $max } символа.
    [few] Пожалуйста, не более { $max } символов.
    [many] Пожалуйста, не более { $max } символов.
   *[other] Пожалуйста, не более { $max } символов.
}
edit-error-control = Пожалуйста, используйте одну строку без табуляции и управляющих символов.
edit-error-email = Укажите адреса электронной почты в виде name@example.org, разделяя их точкой с запятой.
edit-error-website = Укажите веб-адрес, например www.example.org.
edit-error-category = Выберите одну из категорий членства в ISO.
edit-error-source-required = Укажите, откуда взяты новые значения.
edit-error-date = Укажите дату в формате YYYY-MM-DD; она не может быть в будущем.
edit-error-no-change = Ничего не изменено, поэтому ничего не сохранено.
error-invalid-fields = Некоторые поля нужно исправить, поэтому ничего не сохранено. Пояснения указаны рядом с этими полями.
error-edit-conflict = Пока вы редактировали эту запись, её изменил кто-то другой, поэтому ничего не сохранено. Эти изменения перечислены ниже; перезагрузите страницу, чтобы редактировать актуальную версию.
edit-conflict-field = { $field }: теперь { $value }
history-heading = История изменений записи
history-empty = С момента импорта набора данных изменений не было.
history-entry = { $field }: { $before } → { $after }
history-by = { $date }, автор: { $who }
history-by-coordinator = координатор
history-source = Источник: { $source }, проверено: { $date }
changes-title = Последние изменения
changes-heading = Последние изменения в справочнике
changes-filter-nsb = Код страны
changes-filter-field = Поле
changes-filter-who = Адрес электронной почты координатора
changes-filter-any = Все поля
changes-apply = Применить фильтр
changes-empty = Нет изменений, соответствующих этим фильтрам.

## Corrections from the public, and the coordinators' queue
report-heading = Предложить исправление
report-intro = Здесь что-то неверно или устарело? Сообщите нам правильное значение и укажите, откуда оно взято. Перед публикацией его проверит координатор. Учётная запись не нужна.
report-field = Какое поле
report-value = Правильное значение (оставьте поле пустым, если здесь должно быть «неизвестно»)
report-source = Откуда оно взято
report-source-hint = Веб-адрес или краткое описание, например «сайт ABNT, страница контактов».
report-email = Ваш адрес электронной почты (необязательно; только если вы не против вопросов координатора)
report-submit = Отправить исправление
report-thanks = Спасибо! Координатор проверит ваше исправление перед публикацией.
report-error-too-many = Вы отправили несколько исправлений за короткое время. Попробуйте ещё раз через час.
report-error-field = Выберите поле, которое нужно исправить.
corrections-title = Исправления
corrections-heading = Исправления, присланные посетителями
corrections-open-count = { $count ->
    [one] { $count } исправление ожидает рассмотрения координатором.
    [few] { $count } исправления ожидают рассмотрения координатором.
    [many] { $count } исправлений ожидают рассмотрения координатором.
   *[other] { $count } исправлений ожидают рассмотрения координатором.
}
corrections-empty = Нерассмотренных исправлений нет. Спасибо!
corrections-current = Сейчас: { $value }
corrections-proposed = Предложено: { $value }
corrections-source = Указанный источник: { $source }
corrections-reporter = Прислано { $date }, отправитель: { $email }
corrections-reporter-anonymous = Прислано { $date }, без адреса электронной почты
corrections-accept = Принять
corrections-edit-accept = Отредактировать и принять
corrections-reject = Отклонить
corrections-reason = Причина отклонения
corrections-error-reason = Укажите причину отклонения.
corrections-error-closed = Это исправление уже обработал кто-то другой.
corrections-accepted = Исправление внесено и записано в историю изменений.
corrections-rejected = Исправление отклонено.

## Managing accounts (admins) and one-time links
nav-accounts = Управление учётными записями
accounts-title = Учётные записи
accounts-heading = Координаторы и администраторы
accounts-intro = { $hours ->
    [one] Приглашайте людей по адресу электронной почты: Quorum создаст одноразовую ссылку, которую вы отправите им сами. Воспользоваться ею можно один раз в течение { $hours } часа.
    [few] Приглашайте людей по адресу электронной почты: Quorum создаст одноразовую ссылку, которую вы отправите им сами. Воспользоваться ею можно один раз в течение { $hours } часов.
    [many] Приглашайте людей по адресу электронной почты: Quorum создаст одноразовую ссылку, которую вы отправите им сами. Воспользоваться ею можно один раз в течение { $hours } часов.
   *[other] Приглашайте людей по адресу электронной почты: Quorum создаст одноразовую ссылку, которую вы отправите им сами. Воспользоваться ею можно один раз в течение { $hours } часа.
}
accounts-email = Адрес электронной почты
accounts-role = Роль
accounts-status-active = активна
accounts-status-disabled = отключена
accounts-invite = Создать ссылку-приглашение
accounts-link-invite = { $hours ->
    [one] Ссылка-приглашение для { $email } (отправьте её сами; воспользоваться ею можно один раз в течение { $hours } часа):
    [few] Ссылка-приглашение для { $email } (отправьте её сами; воспользоваться ею можно один раз в течение { $hours } часов):
    [many] Ссылка-приглашение для { $email } (отправьте её сами; воспользоваться ею можно один раз в течение { $hours } часов):
   *[other] Ссылка-приглашение для { $email } (отправьте её сами; воспользоваться ею можно один раз в течение { $hours } часа):
}
accounts-link-reset = { $hours ->
    [one] Ссылка для сброса пароля учётной записи { $email } (отправьте её сами; воспользоваться ею можно один раз в течение { $hours } часа):
    [few] Ссылка для сброса пароля учётной записи { $email } (отправьте её сами; воспользоваться ею можно один раз в течение { $hours } часов):
    [many] Ссылка для сброса пароля учётной записи { $email } (отправьте её сами; воспользоваться ею можно один раз в течение { $hours } часов):
   *[other] Ссылка для сброса пароля учётной записи { $email } (отправьте её сами; воспользоваться ею можно один раз в течение { $hours } часа):
}
accounts-disable = Отключить
accounts-enable = Включить
accounts-reset = Создать ссылку для сброса пароля
accounts-you = (вы)
accounts-error-self = Вы не можете отключить собственную учётную запись.
accounts-error-exists = Учётная запись с этим адресом электронной почты уже существует.
invitation-title = Задайте пароль
invitation-heading-invite = Добро пожаловать в Quorum
invitation-heading-reset = Придумайте новый пароль
invitation-intro = { $min ->
    [one] Задайте пароль для { $email } ({ $role }). Он должен содержать не менее { $min } символа.
    [few] Задайте пароль для { $email } ({ $role }). Он должен содержать не менее { $min } символов.
    [many] Задайте пароль для { $email } ({ $role }). Он должен содержать не менее { $min } символов.
   *[other] Задайте пароль для { $email } ({ $role }). Он должен содержать не менее { $min } символа.
}
invitation-password = Новый пароль
invitation-password-again = Тот же пароль ещё раз
invitation-submit = Сохранить пароль и войти
invitation-error-invalid = Эта ссылка больше не действует: ею уже воспользовались или срок её действия истёк. Попросите администратора прислать новую.
invitation-error-mismatch = Пароли не совпадают.
invitation-error-short = { $min ->
    [one] Пароль должен содержать не менее { $min } символа.
    [few] Пароль должен содержать не менее { $min } символов.
    [many] Пароль должен содержать не менее { $min } символов.
   *[other] Пароль должен содержать не менее { $min } символа.
}

## Sources: each cited source's kind, shown after its name.
source-kind-official = (официальный)
source-kind-secondary = (вторичный)
source-kind-derived = (рассчитан в Quorum)
source-secondary-only = Только вторичные источники: сведения не подтверждены ни ISO, ни органом по стандартизации.
source-separator = {"; "}
directory-relevance = Сначала показаны наиболее подходящие результаты. Чтобы отсортировать таблицу по столбцу, выберите его заголовок.

## Pages of a long list
pager-label = Страницы
pager-previous = Предыдущая страница
pager-next = Следующая страница
# $page and $pages are numbers.
pager-position = Страница { $page } из { $pages }

## The composer's facts: the review deadline Quorum derives, the owner committee
# $date is a formatted date.
letter-fact-due-by = Открытого голосования по пересмотру нет; следующий систематический пересмотр должен состояться не позднее { $date } (срок рассчитан в Quorum: пять лет после последнего подтверждения; ISO может открыть его раньше). Срок завершения голосования в письме не указан.
# $committee is a committee's reference, such as ISO/TMBG.
letter-fact-committee = Ответственный комитет: { $committee }.

## A body's category against ISO's committee data
# $count is a number of committees, $committees some of their references, $recorded the recorded category.
category-evidence = { $count ->
    [1] По данным ISO о комитетах, этот орган является P-членом одного комитета ({ $committees }); P-членами могут быть только комитеты-члены, но в справочнике он значится в категории «{ $recorded }».
    [one] По данным ISO о комитетах, этот орган является P-членом { $count } комитета ({ $committees }…); P-членами могут быть только комитеты-члены, но в справочнике он значится в категории «{ $recorded }».
    [few] По данным ISO о комитетах, этот орган является P-членом { $count } комитетов ({ $committees }…); P-членами могут быть только комитеты-члены, но в справочнике он значится в категории «{ $recorded }».
    [many] По данным ISO о комитетах, этот орган является P-членом { $count } комитетов ({ $committees }…); P-членами могут быть только комитеты-члены, но в справочнике он значится в категории «{ $recorded }».
   *[other] По данным ISO о комитетах, этот орган является P-членом { $count } комитета ({ $committees }…); P-членами могут быть только комитеты-члены, но в справочнике он значится в категории «{ $recorded }».
}
category-evidence-confirm = Внести как комитет-член, указав эти данные в качестве источника
