# Open letters: the campaign's own letters, published per language.
nav-open-letters = Открытые письма
open-letters-title = Открытые письма
open-letters-intro = Письма, которые кампания направила во все национальные органы по стандартизации. Они опубликованы на тех языках, на которые координаторы кампании их перевели и вычитали. Прочитайте письмо, поделитесь им или составьте на его основе собственное письмо в орган по стандартизации своей страны.
open-letters-empty = Пока не опубликовано ни одного открытого письма.
open-letters-languages = Языки публикации: { $languages }
open-letter-fallback = Это письмо пока не опубликовано на языке «{ $language }»; ниже приведён его текст на языке «{ $shown }».
open-letter-other-languages = Читать на языке:
open-letter-side-by-side = Параллельно с текстом на языке «{ $language }»
open-letter-single = Показать на одном языке
open-letter-reviewed = Проверено: { $date }.
open-letter-share = Ссылка, чтобы поделиться
open-letter-print = Чтобы распечатать письмо или сохранить его в PDF, воспользуйтесь командой «Печать» в браузере: страница печатается в виде письма.
open-letter-send-heading = Отправьте его в свой национальный орган по стандартизации
open-letter-send-intro = Выберите свою страну: письмо будет адресовано её органу по стандартизации — на языке этого органа, если письмо на нём опубликовано.
open-letter-send-country = Ваша страна
open-letter-send-button = Показать моё письмо
open-letter-to = Кому: { $body }, { $country }
open-letter-to-address = Адрес: { $address }
open-letter-mailto = Открыть в почтовой программе
open-letter-no-email = В Quorum нет адреса электронной почты этого органа; другие способы связи с ним указаны на его странице.
open-letter-body-page = Страница органа

## Coordinators write and translate open letters
open-letters-new-heading = Написать новое открытое письмо
open-letters-new-slug = Краткое имя для адреса (строчные латинские буквы, цифры и дефисы)
open-letters-new-lang = Язык, на котором пишется письмо
open-letters-new-button = Начать писать
open-letter-edit-link = Редактировать и перевести
open-letter-edit-title = Открытое письмо «{ $slug }» на языке «{ $language }»
open-letter-new-title = Новое открытое письмо «{ $slug }» на языке «{ $language }»
open-letter-edit-intro = Напишите заголовок и текст письма на этом языке. Для того, что различается от органа к органу, используйте подстановки, перечисленные ниже; текст проверяется при сохранении. После сохранения текст становится черновиком; читатели увидят его только после того, как он будет проверен и опубликован.
open-letter-languages-heading = Языки этого письма
open-letter-add-language = Перевести на язык:
open-letter-add-language-button = Начать перевод
open-letter-source-heading = Исходный текст ({ $language })
open-letter-source-language = Язык оригинала:
open-letter-stale = Этот перевод сделан по более ранней версии исходного текста: сравните их и сохраните перевод заново.
open-letter-stale-short = отстаёт от исходного текста
open-letter-field-title = Заголовок
open-letter-field-body = Текст
open-letter-save = Сохранить черновик
open-letter-saved = Черновик сохранён.
open-letter-placeables-heading = Подстановки
open-letter-placeables-help = Пишите их так, как показано, вместе с фигурными скобками; для каждого органа они заменяются его данными. Множественное число задаётся так: { "{" } $adoptions -> [one] одно принятие *[other] { "{" } $adoptions { "}" } принятий { "}" }, каждый вариант на отдельной строке. Строка не может начинаться с *, [ или . вне такого выбора: строки списка начинайте с тире.
open-letter-placeable-body = название органа (на общедоступной странице: «ваш национальный орган по стандартизации»)
open-letter-placeable-acronym = аббревиатура органа
open-letter-placeable-country = название страны так, как оно стоит в предложении, в именительном падеже (Российская Федерация)
open-letter-placeable-in_country = «в» и название страны так, как это говорится на языке письма (в Российской Федерации); на общедоступной странице: «в вашей стране»
open-letter-placeable-standard = обозначение стандарта (ISO 20400:2017)
open-letter-placeable-standard_title = название стандарта на языке письма, если оно учтено
open-letter-placeable-deadline = дата завершения открытого голосования, а если открытого голосования нет — расчётный срок, не позднее которого должен состояться следующий пересмотр, на языке письма
open-letter-placeable-committee = комитет, ответственный за стандарт (ISO/TMBG)
open-letter-placeable-adoptions = число учтённых случаев принятия стандарта в качестве национального
open-letter-placeable-languages = число языков, на которых существует стандарт
open-letter-status-heading = Проверка
open-letter-status-draft = Черновик
open-letter-status-reviewed = Проверено
open-letter-status-published = Опубликовано
open-letter-reviewed-by = проверено { $date }, проверяющий: { $who }
open-letter-mark-reviewed = Отметить как проверенное
open-letter-publish = Опубликовать
open-letter-back-to-draft = Вернуть в черновики
open-letter-unpublish = Снять с публикации
open-letter-preview-heading = Предварительный просмотр
open-letter-preview-for = Получатель:
open-letter-preview-everyone = все (общедоступная страница)
open-letter-preview-button = Просмотреть
open-letter-public-page = Общедоступная страница
letter-template-empty = Текст пуст.
letter-template-too-long = { $max ->
    [one] Текст длиннее { $max } символа.
    [few] Текст длиннее { $max } символов.
    [many] Текст длиннее { $max } символов.
   *[other] Текст длиннее { $max } символа.
}
letter-template-control = Строка { $line }: текст содержит невидимый управляющий символ.
letter-template-syntax = Строка { $line }: эту строку не удаётся прочитать ({ $detail }). Проверьте фигурные скобки и не начинайте строку с *, [ или . вне выбора формы множественного числа.
letter-template-unknown-placeable = Строка { $line }: подстановка «{ $detail }» Quorum неизвестна.
letter-template-reference = Строка { $line }: «{ $detail }» ссылается на то, что нельзя использовать в письме; допускаются только перечисленные подстановки.
letter-error-slug = Используйте от 2 до 60 строчных латинских букв, цифр и дефисов.
letter-error-review-first = Текст публикуется только после проверки.
letter-error-status = С текущего этапа текст не может перейти на этот этап.

## Co-signing open letters
signature-heading = Подписать это письмо
signature-intro = Добавьте своё имя под письмом. Каждую подпись проверяет координатор, и только после этого она засчитывается; ваш адрес электронной почты никогда не показывается.
signature-count = { $count ->
    [one] Письмо подписал { $count } человек.
    [few] Письмо подписали { $count } человека.
    [many] Письмо подписали { $count } человек.
   *[other] Письмо подписали { $count } человека.
}
signature-per-country = По странам: { $countries }
signature-field-name = Ваше имя
signature-field-organisation = Организация
signature-field-country = Страна
signature-field-role = Должность (необязательно)
signature-field-email = Электронная почта (необязательно)
signature-email-hint = Адрес видят только координаторы: при необходимости они подтвердят с его помощью вашу подпись.
signature-field-listed = Указать моё имя, организацию и страну под письмом
signature-submit = Подписать
signature-thanks = Спасибо! Ваша подпись ожидает проверки координатором.
signature-error-too-many = За последний час с вашего подключения поступило слишком много подписей. Попробуйте ещё раз позже.
signature-error-decided = По этой подписи решение уже принято.
signatures-title = Подписи на проверку
signatures-intro = Люди, подписавшие открытое письмо. Одобряйте настоящие подписи, отклоняйте спам и дубликаты. Засчитываются только одобренные подписи, а под письмом указываются только те, кто дал на это согласие; адреса электронной почты никогда не показываются публично.
signatures-empty = Подписей, ожидающих проверки, нет.
signatures-moderated = Готово.
signatures-approve = Одобрить
signatures-reject = Отклонить
signatures-no-email = без адреса электронной почты
signatures-listed = можно указать под письмом
signatures-not-listed = засчитывается, не указывается
signatures-export = Одобренные подписи (CSV)
nav-signatures = Подписи на проверку

## Whom a letter is for, and its copy and download
open-letter-settings-heading = Кому адресовано письмо
open-letter-field-target = Адресаты
open-letter-target-all = Все национальные органы по стандартизации
open-letter-target-cycle = Органы, которые могут голосовать в связанном пересмотре
open-letter-target-list = Органы из списка ниже
open-letter-field-target-list = Органы (коды стран)
open-letter-target-list-hint = Двухбуквенные коды стран через пробел или запятую, например: BR FR KE. Используются, только если письмо адресовано органам из списка.
open-letter-field-standard = Стандарт
open-letter-field-cycle = Цикл пересмотра
open-letter-no-link = Нет
open-letter-settings-save = Сохранить эти настройки
open-letter-settings-saved = Настройки сохранены.
letter-error-cycle-standard = Этот цикл пересмотра относится к другому стандарту.
letter-error-target-cycle = Выберите цикл пересмотра, голосующим органам которого адресовано письмо.
letter-error-target-unknown = Нет национальных органов по стандартизации с такими кодами: { $detail }
letter-error-target-empty = Укажите код страны хотя бы одного органа.
open-letter-addressed-all = Это письмо адресовано всем национальным органам по стандартизации.
open-letter-addressed-cycle = Это письмо адресовано органам, которые могут голосовать в пересмотре { $cycle } (число органов: { $count }).
open-letter-review-link = Перейти к пересмотру
open-letter-addressed-list = Это письмо адресовано национальным органам по стандартизации следующих стран: { $countries }.
open-letter-not-addressed = { $country }: это письмо не адресовано органу по стандартизации этой страны, поэтому оно показано в том виде, в каком написано для всех. Выберите одну из стран ниже.
open-letter-copy = Скопировать письмо
open-letter-copied = Письмо скопировано
open-letter-download = Скачать как текстовый файл (.txt)
