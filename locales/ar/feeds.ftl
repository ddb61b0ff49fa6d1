## Calendars (iCalendar) and feeds (Atom) anyone can subscribe to.
# Calendar names, as a calendar program lists them.
feed-calendar-all = Quorum: المراجعات الدورية
feed-calendar-standard = Quorum: المراجعات الدورية للمواصفة { $reference }
# $body: the body's acronym or name.
feed-calendar-body = Quorum: المراجعات الدورية التي يحق للهيئة { $body } التصويت فيها
# An event on the day a ballot opens.
feed-event-opens = { $reference }: بدء التصويت على المراجعة الدورية
feed-event-opens-detail = { $title } — يُفتح باب التصويت في { $date }.
# Feed titles.
feed-atom-all = Quorum: التغييرات في السجلات العامة
feed-atom-body = { $body }: التغييرات في سجلها العام
feed-atom-standard = { $reference }: التغييرات في سجلها وحالات الاعتماد والمراجعات
feed-atom-open-letters = Quorum: الرسائل المفتوحة
# One change: $record is what changed (a country, a standard and a country), $change
# reads "Status: in progress → adopted".
feed-entry = { $record } — { $change }
feed-entry-source = المصدر: { $source }
# A published language of an open letter; $revision counts its versions.
feed-open-letter-summary = منشورة باللغة { $language }، النسخة رقم { $revision }.
# Links on the pages.
feed-calendar-link = أضف هذه المراجعات إلى تقويمك
feed-calendar-hint = موجز iCalendar (.ics): افتتاح التصويت وإغلاقه، وآخر موعد لكل مراجعة قادمة. وتُبقيه برامج التقويم محدَّثًا تلقائيًا.
feed-atom-link = تابع التغييرات
feed-atom-hint = موجز Atom لقارئ الموجزات.

## Share pictures (link previews of open letters and standards)

share-signed = { $people ->
    [zero] لم يوقّع أي شخص بعد.
    [one] وقّع شخص واحد.
    [two] وقّع شخصان من { $countries ->
        [one] دولة واحدة
       *[other] دولتين
    }.
   *[other] وقّع { $people } { $people ->
        [few] أشخاص
        [many] شخصًا
       *[other] شخص
    } من { $countries ->
        [one] دولة واحدة
        [two] دولتين
        [few] { $countries } دول
       *[other] { $countries } دولة
    }.
}
share-adoptions = { $adoptions ->
    [zero] لم تعتمد المواصفةَ بعدُ أيٌّ من هيئات التقييس الوطنية البالغ عددها { $bodies }.
   *[other] اعتمدت المواصفةَ { $adoptions } من أصل { $bodies } { $bodies ->
        [one] هيئة تقييس وطنية
        [two] هيئتَي تقييس وطنيتين
        [few] هيئات تقييس وطنية
        [many] هيئةَ تقييس وطنية
       *[other] هيئة تقييس وطنية
    }.
}
