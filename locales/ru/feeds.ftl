## Calendars (iCalendar) and feeds (Atom) anyone can subscribe to.
# Calendar names, as a calendar program lists them.
feed-calendar-all = Quorum: систематические пересмотры
feed-calendar-standard = Quorum: систематические пересмотры стандарта { $reference }
# $body: the body's acronym or name.
feed-calendar-body = Quorum: систематические пересмотры, в которых может голосовать { $body }
# An event on the day a ballot opens.
feed-event-opens = { $reference }: начало голосования по систематическому пересмотру
feed-event-opens-detail = { $title } — голосование начинается { $date }.
# Feed titles.
feed-atom-all = Quorum: изменения в общедоступных записях
feed-atom-body = { $body }: изменения в общедоступной записи
feed-atom-standard = { $reference }: изменения записи, сведений о принятии и пересмотров
feed-atom-open-letters = Quorum: открытые письма
# One change: $record is what changed (a country, a standard and a country), $change
# reads "Status: in progress → adopted".
feed-entry = { $record } — { $change }
feed-entry-source = Источник: { $source }
# A published language of an open letter; $revision counts its versions.
feed-open-letter-summary = Опубликовано на языке «{ $language }», версия { $revision }.
# Links on the pages.
feed-calendar-link = Добавить эти пересмотры в календарь
feed-calendar-hint = Календарь в формате iCalendar (.ics): начало и окончание голосований и срок каждого следующего пересмотра. Календарные программы обновляют его сами.
feed-atom-link = Следить за изменениями
feed-atom-hint = Лента в формате Atom для программы чтения лент.

## Share pictures (link previews of open letters and standards)

share-signed = { $people ->
    [one] Письмо подписал { $people } человек из { $countries } { $countries ->
        [one] страны
        [few] стран
        [many] стран
       *[other] страны
    }.
    [few] Письмо подписали { $people } человека из { $countries } { $countries ->
        [one] страны
        [few] стран
        [many] стран
       *[other] страны
    }.
    [many] Письмо подписали { $people } человек из { $countries } { $countries ->
        [one] страны
        [few] стран
        [many] стран
       *[other] страны
    }.
   *[other] Письмо подписали { $people } человека из { $countries } { $countries ->
        [one] страны
        [few] стран
        [many] стран
       *[other] страны
    }.
}
share-adoptions = { $adoptions } из { $bodies } { $bodies ->
    [one] национального органа
    [few] национальных органов
    [many] национальных органов
   *[other] национального органа
} по стандартизации { $adoptions ->
    [one] принял
   *[other] приняли
} стандарт.
