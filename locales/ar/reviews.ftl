## Systematic reviews: cycles, positions, the projected outcome
nav-reviews = المراجعات

reviews-title = المراجعات الدورية
reviews-intro = تخضع كل مواصفة للمراجعة في موعد أقصاه خمس سنوات من نشرها أو من آخر تثبيت لها. وتوصي هيئات التقييس الوطنية كاملة العضوية بتثبيت المواصفة أو تنقيحها أو تعديلها أو سحبها، ويجب على الأعضاء المشاركين (P) في اللجنة التصويت. وتجد هنا موقف كل هيئة.
reviews-empty = لم تُسجَّل أي مراجعة حتى الآن.
review-page-title = المراجعة { $cycle } للمواصفة { $reference }
review-heading = المراجعة الدورية للمواصفة { $reference }
review-cycle-id = المراجعة { $cycle }

## Cycle status
review-status-planned = مخطط لها
review-status-open = التصويت مفتوح
review-status-closed = أُغلق التصويت، والقرار لم يصدر بعد
review-status-decided = صدر القرار
review-result-heading = النتيجة
review-result-decided = صدر القرار في هذه المراجعة. لا تظهر التوقعات وقائمة من يمكنه تغيير النتيجة إلا ما دامت المراجعة مفتوحة.
review-result-pending = أُغلق الاقتراع ولم يُسجَّل القرار بعد.
review-field-status = الحالة
review-field-opens = بدء التصويت
review-field-closes = إغلاق التصويت
review-field-outcome = القرار
review-field-notes = ملاحظات
review-outcome-confirmed = مثبَّتة
review-outcome-revised = تقرّر تنقيحها
review-outcome-withdrawn = مسحوبة
review-outcome-stage = { $outcome } (المرحلة { $stage })، { $date }
review-days-left = { $days ->
    [0] يُغلق باب التصويت اليوم.
    [zero] يُغلق باب التصويت اليوم.
    [one] يُغلق باب التصويت غدًا.
    [two] يتبقى يومان على إغلاق باب التصويت.
    [few] يتبقى { $days } أيام على إغلاق باب التصويت.
    [many] يتبقى { $days } يومًا على إغلاق باب التصويت.
   *[other] يتبقى { $days } يوم على إغلاق باب التصويت.
}
review-closed-ago = أُغلق باب التصويت في { $date }.

## Positions
position-confirm = تثبيت
position-revise = تنقيح
position-amend = تعديل
position-withdraw = سحب
position-abstain = امتناع عن التصويت
position-none = لا يوجد موقف بعد
kind-intention = نية معلنة
kind-vote = صوت مُدلى به
kind-result = نتيجة منشورة
voter-obliged = عضو مشارك (P): ملزم بالتصويت
voter-optional = عضو كامل العضوية: يحق له التصويت
voter-non-voting = لا يصوّت

## Tally
tally-heading = مواقف الهيئات
tally-intro = آخر موقف مسجّل لكل هيئة. يجب على الأعضاء المشاركين (P) في اللجنة التصويت، ويحق لسائر الأعضاء كاملي العضوية التصويت، أما الأعضاء المراسلون والأعضاء المشتركون فلا يصوّتون.
tally-position = الموقف
tally-obliged = الأعضاء المشاركون (P)
tally-optional = سائر الأعضاء كاملي العضوية
tally-non-voting = الأعضاء غير المصوّتين

## The projection
projection-heading = النتيجة المتوقعة
projection-disclaimer = القرار للجنة. وهذا التوقع تقدير مبني على المواقف المسجّلة هنا وفق القواعد المبيّنة أدناه، وليس نتيجة.
projection-outcome-confirm = تثبيت
projection-outcome-revise = تنقيح
projection-outcome-amend = تعديل
projection-outcome-withdraw = سحب
projection-outcome-committee = القرار للجنة
projection-low-usage = عدد البلدان التي اعتمدت المواصفة { $usage }، وهو أقل من { $threshold }: لذا فالسحب هو النتيجة المرجّحة أيًّا كانت نتيجة التصويت.
projection-majority = { $margin ->
    [zero] تتقدّم هذه النتيجة بين الأعضاء المشاركين (P) الذين صوّتوا بفارق { $margin } صوت.
    [one] تتقدّم هذه النتيجة بين الأعضاء المشاركين (P) الذين صوّتوا بفارق صوت واحد.
    [two] تتقدّم هذه النتيجة بين الأعضاء المشاركين (P) الذين صوّتوا بفارق صوتين.
    [few] تتقدّم هذه النتيجة بين الأعضاء المشاركين (P) الذين صوّتوا بفارق { $margin } أصوات.
    [many] تتقدّم هذه النتيجة بين الأعضاء المشاركين (P) الذين صوّتوا بفارق { $margin } صوتًا.
   *[other] تتقدّم هذه النتيجة بين الأعضاء المشاركين (P) الذين صوّتوا بفارق { $margin } صوت.
}
projection-tie = انقسمت أصوات الأعضاء المشاركين (P) الذين صوّتوا بالتساوي.
projection-no-majority = لم تحصل أي نتيجة حتى الآن على أغلبية أصوات الأعضاء المشاركين (P).
projection-undecided = { $count ->
    [zero] لا يوجد أي عضو مشارك (P) بلا موقف مسجّل.
    [one] يوجد عضو مشارك (P) واحد لم يُسجَّل له موقف.
    [two] يوجد عضوان مشاركان (P) لم يُسجَّل لهما موقف.
    [few] يوجد { $count } أعضاء مشاركين (P) لم يُسجَّل لهم موقف.
    [many] يوجد { $count } عضوًا مشاركًا (P) لم يُسجَّل لهم موقف.
   *[other] يوجد { $count } عضو مشارك (P) لم يُسجَّل لهم موقف.
}
projection-rules = القواعد: تُعدّ المواصفة التي اعتمدها عدد من البلدان أقل من { $threshold } مرشّحةً للسحب؛ وفيما عدا ذلك تحسم الأغلبية البسيطة لأصوات الأعضاء المشاركين (P) المصوّتين النتيجة، ولا يُحتسب الامتناع عن التصويت؛ وعند تعادل الأصوات يعود القرار إلى اللجنة.
projection-outcome-not-enough = لا تكفي السجلات لتوقّع نتيجة
projection-usage-unknown = سُجّل { $usage } من حالات الاعتماد، وحالة { $unknown } من أصل { $bodies } هيئة غير معروفة: لا تبيّن السجلات هل تستخدم المواصفةَ أقلُّ من { $threshold } دول، فلا يمكن تطبيق أي قاعدة بعد.
projection-votes-unknown = ليس لـ { $undecided } من أصل { $obliged } من الأعضاء المشاركين موقف مسجّل، وما زال بإمكانهم تغيير الأغلبية.
projection-voters-unknown = لم يُسجَّل أي عضو مشارك في اللجنة، فلا تبيّن السجلات من عليه التصويت.

## Swing list
swing-heading = من لا يزال قادرًا على تغيير النتيجة
swing-intro = الأعضاء المشاركون (P) الذين لم يحسموا موقفهم النهائي، وفي مقدمتهم من يُحدث تصويته لصالح التثبيت أكبر تغيير في النتيجة.
swing-empty = بحسب ما تُظهره السجلات، لم يعد موقف أي عضو مشارك (P) قابلًا للتغيير.
swing-decisive = حاسم: صوته وحده كفيل بأن يجعل التثبيت هو النتيجة المتوقعة.
swing-gain = { $gain ->
    [zero] يزيد التصويتُ لصالح التثبيت تقدّمَ التثبيت بـ { $gain } صوت.
    [one] يزيد التصويتُ لصالح التثبيت تقدّمَ التثبيت بصوت واحد.
    [two] يزيد التصويتُ لصالح التثبيت تقدّمَ التثبيت بصوتين.
    [few] يزيد التصويتُ لصالح التثبيت تقدّمَ التثبيت بـ { $gain } أصوات.
    [many] يزيد التصويتُ لصالح التثبيت تقدّمَ التثبيت بـ { $gain } صوتًا.
   *[other] يزيد التصويتُ لصالح التثبيت تقدّمَ التثبيت بـ { $gain } صوت.
}

## Table and map
review-table-heading = جميع الهيئات
review-table-caption = آخر موقف مسجّل لكل هيئة في هذه المراجعة، مع مصدره.
column-voter = حق التصويت
column-position = الموقف
column-kind = النوع
review-map-description = خريطة العالم: يُلوَّن كل بلد بحسب آخر موقف لهيئته في المراجعة { $cycle }. اختر بلدًا لفتح صفحة هيئته؛ ويتضمن الجدول أدناه المعلومات نفسها.

## On a body's page
body-reviews-heading = المراجعات الدورية
body-reviews-empty = لم يُسجَّل أي موقف لهذه الهيئة في أي مراجعة.
body-review-position = { $date }: { $position } ({ $kind })

## Coordinators record positions
edit-position-link = تسجيل موقف
edit-position-for = تسجيل الموقف: { $country }
position-edit-title = { $country } في المراجعة { $cycle }
position-edit-intro = سجّل ما عرفته عن موقف هذه الهيئة: ما أعلنت أنها ستفعله، أو الصوت الذي أدلت به، أو النتيجة المنشورة. تبقى المواقف السابقة محفوظة في تاريخ التعديلات، ويُعتدّ بأحدثها تاريخًا.
field-position = الموقف
field-kind-position = نوع المعلومة
field-confidence-position = درجة الثقة
position-save = تسجيل الموقف
position-recorded = تم تسجيل الموقف.
position-history-heading = المواقف المسجّلة في هذه المراجعة
position-history-empty = لم يُسجَّل أي موقف حتى الآن.
position-conflict = سجّل شخص آخر في هذه الأثناء موقفًا أحدث لهذه الهيئة: { $position }. تحقّق منه قبل تسجيل موقفك.

## Filters of the review page
review-filter-position = الموقف
review-filter-position-all = جميع المواقف
review-filter-voter = حق التصويت
review-filter-voter-all = الجميع
review-showing = { $total ->
    [zero] تطابق عوامل التصفية { $shown } من أصل { $total } هيئة.
    [one] تطابق عوامل التصفية { $shown } من أصل هيئة واحدة.
    [two] تطابق عوامل التصفية { $shown } من أصل هيئتين.
    [few] تطابق عوامل التصفية { $shown } من أصل { $total } هيئات.
    [many] تطابق عوامل التصفية { $shown } من أصل { $total } هيئة.
   *[other] تطابق عوامل التصفية { $shown } من أصل { $total } هيئة.
}

review-voters-board = تتبع هذه المواصفة مباشرةً مجلس الإدارة الفنية لمنظمة ISO (ISO/TMBG)، الذي لا يُدرَج فيه أي عضو مشارك (P). ولم يعثر Quorum على القاعدة التي تطبّقها ISO على اقتراع المراجعة في هذه الحالة، لذا يعدّ كل عضو كامل العضوية من المصوّتين.

## The ballot radar: reviews running now and due in the next twelve months
radar-title = رادار التصويت
radar-intro = المراجعات الدورية الجارية الآن، ثم المواصفات التي يحين موعد مراجعتها القادمة خلال الاثني عشر شهرًا المقبلة، لكل المواصفات التي تنشرها ISO، مع عدد الهيئات الملزمة بالتصويت في كل منها.
radar-filter-committee = اللجنة
radar-filter-ics = مجال ICS
radar-filter-scope = المواصفات
radar-scope-all = جميع المواصفات
radar-scope-followed = المواصفات المتابَعة فقط
radar-apply = عرض
# $count (number) reviews; $until is a formatted date.
radar-count = { $count ->
    [0] لا توجد أي مراجعة جارية أو مستحقة قبل { $until }.
    [zero] لا توجد أي مراجعة جارية أو مستحقة قبل { $until }.
    [one] توجد مراجعة واحدة جارية أو مستحقة قبل { $until }.
    [two] توجد مراجعتان جاريتان أو مستحقتان قبل { $until }.
    [few] توجد { $count } مراجعات جارية أو مستحقة قبل { $until }.
    [many] توجد { $count } مراجعةً جاريةً أو مستحقةً قبل { $until }.
   *[other] توجد { $count } مراجعة جارية أو مستحقة قبل { $until }.
}
radar-derived-note = تواريخ «آخر موعد» استنتجها Quorum ولم تنشرها ISO: بعد خمس سنوات من النشر أو من آخر تثبيت. وترسل ISO اقتراعات المراجعة على دفعات، لذا قد يُفتح باب التصويت قبل ذلك.
# The radar as a calendar feed (/api/v1/reviews/upcoming.ics): its name, and each event's
# summary and description. $reference: ISO 20400:2017; $title: the standard's title; $date: a formatted date.
radar-ics-calendar = Quorum: رادار التصويت
radar-ics-closes = { $reference }: إغلاق التصويت على المراجعة الدورية
radar-ics-closes-detail = { $title } — يُغلق باب التصويت في { $date }.
radar-ics-due = { $reference }: آخر موعد للمراجعة الدورية (مستنتَج)
radar-ics-due-detail = { $title } — يحين موعدها بعد خمس سنوات من نشرها أو من آخر تثبيت لها؛ استنتجه Quorum ولم تنشره ISO.
radar-json = JSON
radar-csv = CSV
radar-calendar = التقويم (iCalendar)
radar-col-standard = المواصفة
radar-col-committee = اللجنة
radar-col-what = المراجعة
radar-col-date = التاريخ
radar-col-voters = الملزمون بالتصويت
radar-running = التصويت جارٍ (الإغلاق)
radar-due = آخر موعد (مستنتَج)
radar-closes-unknown = تاريخ الإغلاق غير مسجّل
radar-voters-every = جميع الأعضاء كاملي العضوية
radar-link = رادار التصويت: كل المراجعات الجارية أو المستحقة خلال الاثني عشر شهرًا المقبلة
# $body is a body's two-letter code.
radar-for-body = فقط المراجعات التي يتعيّن على { $body } التصويت فيها.

## A body's page: the ballots it must vote in
body-ballots-heading = الاقتراعات المقبلة
body-ballots-none = بحسب ما تُظهره السجلات، لا توجد الآن مراجعة جارية أو مستحقة خلال الاثني عشر شهرًا المقبلة تكون هذه الهيئة ملزمة بالتصويت فيها.
# $count is a number.
body-ballots-count = { $count ->
    [zero] توجد { $count } مراجعة جارية أو مستحقة خلال الاثني عشر شهرًا المقبلة تكون هذه الهيئة ملزمة بالتصويت فيها:
    [one] توجد مراجعة واحدة جارية أو مستحقة خلال الاثني عشر شهرًا المقبلة تكون هذه الهيئة ملزمة بالتصويت فيها:
    [two] توجد مراجعتان جاريتان أو مستحقتان خلال الاثني عشر شهرًا المقبلة تكون هذه الهيئة ملزمة بالتصويت فيهما:
    [few] توجد { $count } مراجعات جارية أو مستحقة خلال الاثني عشر شهرًا المقبلة تكون هذه الهيئة ملزمة بالتصويت فيها:
    [many] توجد { $count } مراجعةً جاريةً أو مستحقةً خلال الاثني عشر شهرًا المقبلة تكون هذه الهيئة ملزمة بالتصويت فيها:
   *[other] توجد { $count } مراجعة جارية أو مستحقة خلال الاثني عشر شهرًا المقبلة تكون هذه الهيئة ملزمة بالتصويت فيها:
}
# $date is a formatted date.
body-ballot-closes = يُغلق التصويت في { $date }
body-ballot-running = التصويت جارٍ (تاريخ الإغلاق غير مسجّل)
body-ballot-due = آخر موعد: { $date } (مستنتَج)
body-ballots-all = عرضها كلها على رادار التصويت
