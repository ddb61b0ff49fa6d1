## Standards: adoptions per body, language versions, the world map
nav-standards = المواصفات

standards-title = المواصفات التي يتابعها Quorum
standards-intro = لكل مواصفة: أي الهيئات الوطنية اعتمدتها، وأيها يكتفي ببيع طبعة ISO الأصلية، وبأي اللغات تتوفر. وكل رقم هنا محسوب من السجلات الواردة في صفحة المواصفة.
standards-adoptions = { $count ->
    [zero] لا يوجد أي اعتماد وطني
    [one] اعتماد وطني واحد
    [two] اعتمادان وطنيان
    [few] { $count } اعتمادات وطنية
    [many] { $count } اعتمادًا وطنيًا
   *[other] { $count } اعتماد وطني
}
standards-languages = { $count ->
    [zero] غير متوفرة بأي لغة
    [one] متوفرة بلغة واحدة
    [two] متوفرة بلغتين
    [few] متوفرة بـ { $count } لغات
    [many] متوفرة بـ { $count } لغةً
   *[other] متوفرة بـ { $count } لغة
}
standards-open = حالات الاعتماد والخريطة واللغات
standards-empty = لا تُتابَع أي مواصفة حتى الآن.

standard-page-title = { $reference }: حالات الاعتماد واللغات
standard-facts-heading = عن المواصفة
standard-field-reference = الرقم المرجعي
standard-field-title = العنوان
standard-field-published = تاريخ النشر
standard-field-edition = الطبعة
standard-field-committee = اللجنة
standard-field-stage = المرحلة الحالية
standard-field-last-confirmed = آخر تثبيت في مراجعة دورية

## Adoption status (ISO/IEC Guide 21-1 degrees of correspondence)
status-adopted-idt = معتمدة، مطابقة (IDT)
status-adopted-idt-def = نُشرت بوصفها مواصفة قياسية وطنية مطابقة لنص ISO.
status-adopted-mod = معتمدة، معدّلة (MOD)
status-adopted-mod-def = نُشرت بوصفها مواصفة قياسية وطنية مع انحرافات فنية محدَّدة ومشروحة.
status-adopted = معتمدة، درجة التوافق غير مسجّلة
status-adopted-def = نُشرت بوصفها مواصفة قياسية وطنية، ولا يذكر أي مصدر مسجّل حتى الآن ما إذا كانت مطابقة أم معدّلة.
status-neq = مواصفة وطنية غير مكافئة (NEQ)
status-neq-def = مواصفة قياسية وطنية في الموضوع نفسه، لكنها غير مكافئة لنص ISO. وحالة NEQ ليست اعتمادًا، ولا تُحتسب ضمن الاعتمادات.
status-in-progress = الاعتماد قيد التنفيذ
status-in-progress-def = بدأت الهيئة إجراءات اعتماد المواصفة، كأن تطرح طبعة وطنية للتشاور العام مثلًا، لكنها لم تنشرها بعد.
status-sells-only = تبيع مواصفة ISO فقط
status-sells-only-def = تبيع الهيئة طبعة ISO الأصلية دون أن تنشر اعتمادًا وطنيًا.
status-not-adopted = غير معتمدة
status-not-adopted-def = يذكر أحد المصادر أن الهيئة لم تعتمد المواصفة ولا تبيعها.
status-unknown = غير معروفة
status-unknown-def = لم يُسجَّل أي شيء عن هذه الهيئة حتى الآن. والحالة «غير معروفة» لا تعني «غير معتمدة».
status-adopted-any = معتمدة (IDT أو MOD أو درجة التوافق غير مسجّلة)

standard-counts-heading = لمحة سريعة
standard-count-adoptions = { $count ->
    [zero] اعتماد وطني
    [one] اعتماد وطني
    [two] اعتمادان وطنيان
    [few] اعتمادات وطنية
    [many] اعتمادًا وطنيًا
   *[other] اعتماد وطني
}
standard-count-adoptions-def = الهيئات التي نشرت المواصفة بوصفها مواصفة قياسية وطنية، سواء أكانت IDT أم MOD أم بدرجة توافق غير مسجّلة. ولا تُحتسب NEQ.
standard-count-languages = { $count ->
    [zero] لغة
    [one] لغة
    [two] لغتان
    [few] لغات
    [many] لغةً
   *[other] لغة
}
standard-count-languages-def = اللغات التي يتوفر بها نص المواصفة: طبعات ISO الرسمية والترجمات الوطنية، بما فيها المسودات.
standard-count-bodies = { $count ->
    [zero] هيئة
    [one] هيئة
    [two] هيئتان
    [few] هيئات
    [many] هيئةً
   *[other] هيئة
}
standard-count-show = عرض هذه الهيئات

## Filters, map and table
standard-filter-status = حالة الاعتماد
standard-filter-status-all = جميع الحالات
standard-filter-clear = مسح عوامل التصفية
standard-showing = { $total ->
    [zero] تطابق عوامل التصفية { $shown } من أصل { $total } هيئة.
    [one] تطابق عوامل التصفية { $shown } من أصل هيئة واحدة.
    [two] تطابق عوامل التصفية { $shown } من أصل هيئتين.
    [few] تطابق عوامل التصفية { $shown } من أصل { $total } هيئات.
    [many] تطابق عوامل التصفية { $shown } من أصل { $total } هيئة.
   *[other] تطابق عوامل التصفية { $shown } من أصل { $total } هيئة.
}
map-heading = الخريطة
map-description = خريطة العالم: يُلوَّن كل بلد بحسب حالة اعتماد هيئته للمواصفة { $reference }، وتظهر الدول الصغيرة على شكل دوائر. اختر بلدًا لفتح صفحة هيئته؛ ويتضمن الجدول أدناه المعلومات نفسها.
map-legend = مفتاح الخريطة
map-country-status = { $country }: { $status }
map-no-body = لا يوجد عضو في ISO في الدليل
map-filtered-out = خارج عوامل التصفية الحالية
map-hint = أشِر إلى بلد أو انتقل إليه بمفتاح Tab لمعرفة حالته.
map-hint-touch = اضغط على بلد لفتح صفحة هيئته؛ ويبيّن الجدول أدناه حالة كل بلد.
map-skip = تخطَّ الخريطة
table-heading = جميع الهيئات
table-caption = اعتماد المواصفة { $reference } لدى كل هيئة، مع مصدره. اختر عنوان عمود للفرز.
column-status = الحالة
column-designation = الرقم الوطني
column-adopted-on = تاريخ الاعتماد
column-language = اللغة
column-source = المصدر
sort-ascending = مرتّب تصاعديًا
sort-descending = مرتّب تنازليًا

## Language versions
translations-heading = اللغات
translations-intro = اللغات التي يتوفر بها نص المواصفة، والجهة التي نشرت كل نسخة وتاريخ نشرها.
translation-kind-official = طبعة ISO الرسمية
translation-kind-national = ترجمة وطنية
translation-kind-draft = مسودة ترجمة
translations-empty = لم تُسجَّل أي نسخة لغوية حتى الآن.
translation-publisher-year = { $publisher }، { $year }
translation-add = إضافة نسخة لغوية
translation-add-language = رمز اللغة
translation-add-button = إضافة

## Committee and members
committee-heading = اللجنة { $committee }
committee-explain = يجب على الأعضاء المشاركين (P) التصويت في كل اقتراع، بما في ذلك المراجعات الدورية؛ أما الأعضاء المراقبون (O) فيتابعون العمل ويمكنهم إبداء الملاحظات.
committee-p-members = { $count ->
    [zero] لا يوجد أي عضو مشارك (P)
    [one] عضو مشارك (P) واحد
    [two] عضوان مشاركان (P)
    [few] { $count } أعضاء مشاركين (P)
    [many] { $count } عضوًا مشاركًا (P)
   *[other] { $count } عضو مشارك (P)
}
committee-o-members = { $count ->
    [zero] لا يوجد أي عضو مراقب (O)
    [one] عضو مراقب (O) واحد
    [two] عضوان مراقبان (O)
    [few] { $count } أعضاء مراقبين (O)
    [many] { $count } عضوًا مراقبًا (O)
   *[other] { $count } عضو مراقب (O)
}
committee-members-empty = لم تُسجَّل أي عضوية حتى الآن. تُدرج ISO أعضاء كل لجنة في صفحتها، ويمكن للمنسّق إضافتهم هنا مع ذكر ذلك المصدر.
committee-add-member = تسجيل عضوية
membership-p = عضو مشارك (P)
membership-o = عضو مراقب (O)
membership-none = غير عضو

## The standards on a body's page
body-standards-heading = المواصفات
body-standard-about = عن المواصفة { $reference }
body-sells = تبيع طبعة ISO الأصلية
sells-yes = نعم
sells-no = لا
body-language-versions = النسخ المتوفرة بلغات هذا البلد
body-no-version = لم تُسجَّل أي نسخة باللغة { $language }.
body-membership = العضوية في { $committee }

## Fields of adoptions, language versions and standards (forms and history)
field-status = الحالة
field-degree = درجة التوافق
field-designation = الرقم الوطني
field-adopted-on = تاريخ الاعتماد
field-method = طريقة الاعتماد
field-lang = اللغة
field-sells = تبيع طبعة ISO الأصلية
field-confidence = درجة الثقة في المصدر
field-note = ملاحظة
field-title = العنوان
field-kind = نوع النسخة
field-publisher = الناشر
field-year = السنة
field-reference = الرقم المرجعي
field-committee = اللجنة
field-published = تاريخ النشر
field-edition = الطبعة
field-stage = رمز المرحلة
field-last-confirmed = تاريخ آخر تثبيت
field-membership = العضوية
choice-unknown = غير معروف
degree-idt = IDT: مطابقة
degree-mod = MOD: معدّلة
degree-neq = NEQ: غير مكافئة
method-endorsement = المصادقة
method-cover-sheet = صفحة الغلاف
method-reprint = إعادة الطبع
method-translation = الترجمة
method-redraft = إعادة الصياغة
confidence-high = عالية
confidence-medium-high = متوسطة إلى عالية
confidence-medium = متوسطة
confidence-low = منخفضة
adoption-state-adopted = معتمدة
adoption-state-in-progress = قيد التنفيذ
adoption-state-not-adopted = غير معتمدة
date-hint = سنة أو شهر أو يوم: 2017 أو 2017-04 أو 2017-04-19.

## Coordinators' forms
edit-adoption-link = تعديل سجل الاعتماد
edit-adoption-for = تعديل سجل الاعتماد: { $country }
adoption-edit-title = { $reference } في { $country }
adoption-edit-intro = سجّل ما فعلته الهيئة بالمواصفة. واترك الحقل فارغًا إذا لم يذكره أي مصدر. ينطبق المصدر والتاريخ أدناه على السجل كله، ويُدرجان في تاريخ تعديلاته.
edit-translation-link = تعديل
translation-edit-title = { $reference } باللغة { $language }
translation-edit-intro = سجّل نسخة من المواصفة بلغة واحدة. ويُدرج المصدر والتاريخ أدناه في تاريخ تعديلات السجل.
edit-standard-link = تعديل بيانات المواصفة
standard-edit-title = تعديل { $reference }
standard-edit-intro = عدّل ما تحققت منه. ويُدرج المصدر والتاريخ أدناه في تاريخ تعديلات السجل.
edit-membership-link = تعديل العضوية
membership-edit-title = { $body } في { $committee }
membership-edit-intro = سجّل ما إذا كانت الهيئة عضوًا مشاركًا (P) أو عضوًا مراقبًا (O) في اللجنة، كما تذكر صفحة اللجنة على موقع ISO.
record-save = حفظ
record-saved = تم الحفظ. والتغيير مُدرج في تاريخ تعديلات السجل.
record-history-heading = تاريخ تعديلات هذا السجل
edit-error-choice = اختر إحدى القيم المعروضة.
edit-error-partial-date = أدخل سنة أو شهرًا أو يومًا (2017 أو 2017-04 أو 2017-04-19)، على ألا يكون في المستقبل.
edit-error-required = لا يمكن ترك هذا الحقل فارغًا.
edit-error-language = أدخل رمز لغة مثل pt أو zh-Hans أو sr-Latn.

## Every standard ISO publishes (ISO Open Data) and the ones coordinators follow
standards-search-label = البحث في جميع مواصفات ISO
standards-search-placeholder = الرقم المرجعي أو الرقم أو كلمات من العنوان أو اللجنة
standards-search-hint = يعرف Quorum جميع المواصفات التي تنشرها ISO، استنادًا إلى البيانات المفتوحة لمنظمة ISO. ولا تتوفر حالات الاعتماد والرسائل والمراجعات إلا للمواصفات التي يتابعها المنسّقون.
standards-followed-heading = المواصفات المتابَعة
standards-results-heading = المواصفات التي عُثر عليها
# $count (number) standards match; $query is what the reader typed.
standards-results-count = { $count ->
    [zero] لا توجد أي مواصفة تطابق «{ $query }».
    [one] توجد مواصفة واحدة تطابق «{ $query }».
    [two] توجد مواصفتان تطابقان «{ $query }».
    [few] توجد { $count } مواصفات تطابق «{ $query }».
    [many] توجد { $count } مواصفة تطابق «{ $query }».
   *[other] توجد { $count } مواصفة تطابق «{ $query }».
}
# $stage is a harmonized stage code such as 90.93.
standards-result-stage = المرحلة { $stage }
standards-followed-badge = متابَعة
# $date is a formatted date.
standard-due-by-short = آخر موعد للمراجعة القادمة: { $date } (مستنتَج)
standard-field-type = النوع
standard-field-developed-by = الجهة المُعِدّة
standard-field-due-by = آخر موعد للمراجعة الدورية القادمة
standard-due-by-derived = موعد استنتجه Quorum ولم تنشره ISO: بعد خمس سنوات من النشر أو من آخر تثبيت. وترسل ISO اقتراعات المراجعة على دفعات، لذا قد يُفتح باب التصويت قبل ذلك.
standard-field-iso-languages = اللغات التي تنشرها بها ISO
standard-field-replaces = تحلّ محلّ
standard-field-replaced-by = حلّت محلّها
standard-iso-page = هذه المواصفة على موقع iso.org
standard-not-followed = لا يتابع المنسّقون هذه المواصفة: يحتفظ Quorum بما تنشره ISO عنها، لكنه لا يتتبّع لها أي حالات اعتماد أو رسائل أو مراجعات.
standard-follow = متابعة هذه المواصفة
standard-unfollow = إيقاف المتابعة
standard-follow-explain = تؤدي المتابعة إلى إضافة هذه المواصفة إلى قائمة المواصفات، مع جدول حالات اعتمادها وخريطتها ورسائلها وتتبّع مراجعاتها.
standard-unfollow-explain = تبقى سجلاتها محفوظة، لكن المواصفة تخرج من قائمة المواصفات ومن الرسائل ومن تتبّع المراجعات.

## Figures others publish about a standard, quoted as theirs
standard-claims-heading = ما يقوله الآخرون
# $source is who published the figures, $date when.
standard-claims-by-dated = بحسب { $source } ({ $date }):
standard-claims-by = بحسب { $source }:
standard-claim-adopted = { $count ->
    [zero] لم يعتمدها أي بلد
    [one] اعتمدها بلد واحد
    [two] اعتمدها بلدان اثنان
    [few] اعتمدها { $count } بلدان
    [many] اعتمدها { $count } بلدًا
   *[other] اعتمدها { $count } بلد
}
standard-claim-selling = { $count ->
    [zero] لا تبيعها أي هيئة وطنية
    [one] تبيعها هيئة وطنية واحدة
    [two] تبيعها هيئتان وطنيتان
    [few] تبيعها { $count } هيئات وطنية
    [many] تبيعها { $count } هيئةً وطنيةً
   *[other] تبيعها { $count } هيئة وطنية
}
standard-claim-languages = { $count ->
    [zero] لا تتوفر بأي لغة
    [one] تتوفر بلغة واحدة
    [two] تتوفر بلغتين
    [few] تتوفر بـ { $count } لغات
    [many] تتوفر بـ { $count } لغةً
   *[other] تتوفر بـ { $count } لغة
}
standard-claims-explain = هذه أرقام الجهة الناشرة، منقولة كما نُشرت. أما أرقام Quorum الخاصة الواردة أعلاه فمحسوبة حصرًا من السجلات الواردة في هذه الصفحة، ولكل منها مصدره.
