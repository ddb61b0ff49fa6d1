# After the letter: advocates tell what happened (no account), coordinators decide on
# their reports, and everyone sees the counts. $body is a body's acronym with its
# country ("ABNT (Brazil)"); $date a formatted date; $answer one of the
# outcome-stance-* phrases.

## "I sent it"

outcome-sent-heading = Вы отправили письмо?
outcome-sent-intro = Сообщите нам, когда письмо будет отправлено: оно войдёт в число писем в этот орган, а вы получите личную ссылку, по которой позже сможете сообщить, что вам ответили. Текст вашего письма не сохраняется.
outcome-sent-email = Ваш адрес электронной почты (необязательно)
outcome-sent-email-hint = Мы один раз пришлём вам личную ссылку по электронной почте и не будем хранить адрес.
outcome-sent-button = Письмо отправлено
outcome-error-too-many = За последний час отсюда пришло слишком много сообщений. Попробуйте позже.
outcome-error-closed = Это сообщение больше нельзя изменить: координатор уже его рассмотрел.
outcome-error-no-position = В этом сообщении нет ответа, который можно внести как позицию.

## The advocate's private page

outcome-title = Ваше письмо и ответ на него
outcome-new = Спасибо! Эта страница — ваша личная ссылка: сохраните её, чтобы сообщить нам, когда орган ответит. Любой, у кого есть эта ссылка, может изменить сообщение.
outcome-copy = Скопировать ссылку
outcome-copied = Ссылка скопирована
outcome-thanks = Спасибо! Ваше сообщение передано координаторам.
outcome-sent-on = { $date } вы отправили письмо в { $body }.
outcome-replied-on = Ответ от { $date }: { $answer }
outcome-reply-heading = Орган ответил
outcome-reply-intro = Как, по словам органа, он поступит при пересмотре? Ваше сообщение получат только координаторы, публично оно не показывается: посетители видят лишь, сколько писем отправлено и сколько из них получили ответ.
outcome-reply-stance = Ответ органа
outcome-reply-text = Текст ответа (необязательно)
outcome-reply-text-hint = Его читают только координаторы; он никогда не публикуется.
outcome-reply-button = Отправить ответ
outcome-unknown = Эта ссылка недействительна.
outcome-stance-confirm = орган проголосует за подтверждение стандарта
outcome-stance-revise = орган проголосует за пересмотр стандарта
outcome-stance-withdraw = орган проголосует за отмену стандарта
outcome-stance-undecided = орган ещё не принял решения
outcome-stance-no-answer = о голосовании ничего не сказано

## Coordinators

outcome-reports-heading = Сообщения посетителей
outcome-reports-intro = Что сообщили сторонники, написавшие в этот орган. Надёжность низкая: вносите позицию, только если ответ заслуживает доверия; её источником станет само сообщение.
outcome-reports-decided = Сообщение рассмотрено.
outcome-reports-none = В этом пересмотре ещё никто не сообщил о письме в этот орган.
outcome-reports-no-reply = об ответе не сообщалось
outcome-via-letter = Письмо из формы составления
outcome-via-open-letter = Открытое письмо
outcome-status-open = ожидает решения
outcome-status-recorded = внесено как позиция
outcome-status-dismissed = отклонено
outcome-reports-open = { $count ->
    [one] { $count } сообщение ожидает решения
    [few] { $count } сообщения ожидают решения
    [many] { $count } сообщений ожидают решения
   *[other] { $count } сообщения ожидают решения
}
outcome-record-button = Внести как позицию (намерение, низкая надёжность)
outcome-dismiss-button = Отклонить

## Public counts

outcome-counts-heading = Письма в органы по стандартизации
outcome-counts = { $letters ->
    [one] { $letters } начатое письмо
    [few] { $letters } начатых письма
    [many] { $letters } начатых писем
   *[other] { $letters } начатого письма
}, { $sent ->
    [one] { $sent } сообщение об отправке
    [few] { $sent } сообщения об отправке
    [many] { $sent } сообщений об отправке
   *[other] { $sent } сообщения об отправке
}, { $replies ->
    [one] { $replies } ответ
    [few] { $replies } ответа
    [many] { $replies } ответов
   *[other] { $replies } ответа
}.
outcome-counts-hint = Письма, начатые в форме составления Quorum, пока шёл пересмотр, и то, что сторонники сообщили нам после. Только числа: кто и что написал, не раскрывается.
outcome-counts-country = Страна
outcome-counts-letters = Начато писем
outcome-counts-sent = Сообщений об отправке
outcome-counts-replies = Ответов

## E-mail

mail-outcome-subject = Ваша личная ссылка: письмо в { $body }
mail-outcome-body = Спасибо, что написали в { $body }. Когда придёт ответ, сообщите нам по этой ссылке, что вам ответили. Не передавайте её никому: любой, у кого она есть, может изменить сообщение.
mail-outcome-action = Сообщить, что ответили

## The letters layer of a review's map

outcome-map-description = Карта мира: цвет каждой страны показывает, сколько писем в её национальный орган пользователи Quorum начали или, по их сообщениям, отправили в этом пересмотре.
outcome-map-layer = Цвет карты
outcome-map-positions = позиции
outcome-map-letters = письма
outcome-map-bucket-0 = писем нет
outcome-map-bucket-1 = 1–2 письма
outcome-map-bucket-2 = 3–9 писем
outcome-map-bucket-3 = 10 писем и более
