## Calendars (iCalendar) and feeds (Atom) anyone can subscribe to.
# Calendar names, as a calendar program lists them.
feed-calendar-all = Quorum: sistematik gözden geçirmeler
feed-calendar-standard = Quorum: { $reference } standardının sistematik gözden geçirmeleri
# $body: the body's acronym or name.
feed-calendar-body = Quorum: { $body } kuruluşunun oy kullanabileceği sistematik gözden geçirmeler
# An event on the day a ballot opens.
feed-event-opens = { $reference }: sistematik gözden geçirme oylaması açılıyor
feed-event-opens-detail = { $title } — oylama { $date } tarihinde açılıyor.
# Feed titles.
feed-atom-all = Quorum: herkese açık kayıtlardaki değişiklikler
feed-atom-body = { $body }: herkese açık kaydındaki değişiklikler
feed-atom-standard = { $reference }: kaydındaki, ulusal kabullerindeki ve gözden geçirmelerindeki değişiklikler
feed-atom-open-letters = Quorum: açık mektuplar
# One change: $record is what changed (a country, a standard and a country), $change
# reads "Status: in progress → adopted".
feed-entry = { $record } — { $change }
feed-entry-source = Kaynak: { $source }
# A published language of an open letter; $revision counts its versions.
feed-open-letter-summary = { $language } olarak yayımlandı; sürüm: { $revision }.
# Links on the pages.
feed-calendar-link = Bu gözden geçirmeleri takviminize ekleyin
feed-calendar-hint = Bir iCalendar akışı (.ics): oylamaların açılış ve kapanışları ile sıradaki her gözden geçirmenin son tarihi. Takvim programları akışı güncel tutar.
feed-atom-link = Değişiklikleri takip edin
feed-atom-hint = Akış okuyucular için bir Atom akışı.

## Share pictures (link previews of open letters and standards)

share-signed = { $people ->
    [one] Bir kişi imzaladı.
   *[other] { $countries ->
        [one] Bir ülkeden
       *[other] { $countries } ülkeden
    } { $people } kişi imzaladı.
}
share-adoptions = { $bodies } ulusal standart kuruluşundan { $adoptions } tanesi bu standardı kabul etti.
