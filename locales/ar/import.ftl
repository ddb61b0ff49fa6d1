# /import: coordinators import spreadsheets (CSV).
nav-import = استيراد جدول بيانات
import-title = استيراد جدول بيانات
import-intro = ارفع ملف CSV يتضمن هيئات أو اعتمادات أو مواقف في المراجعات. لا يُكتب أي شيء في البداية: سترى ما سيضيفه الملف أو يغيّره أو يتركه على حاله، صفًّا صفًّا، وكل صف مرفوض مع رقم سطره وسبب رفضه. ولا يمكنك التأكيد إلا إذا لم يُرفض أي صف؛ وعندئذ يُكتب الملف كله دفعة واحدة، أو لا يُكتب منه شيء. ويُدرج كل تغيير في تاريخ التعديلات مع حسابك والملف.
import-limits = الحد الأقصى لحجم الملف { $megabytes } MB ولعدد صفوفه { $rows }، ويجب أن يكون بترميز UTF-8 وأن يبدأ بصف عناوين. وتُتجاهل الأعمدة التي لا يعرفها الاستيراد.
import-kind-bodies = الهيئات
import-kind-adoptions = الاعتمادات
import-kind-positions = المواقف في المراجعات
import-columns-bodies = صف واحد لكل هيئة، بحسب رمز بلدها (alpha2). لا تُقارَن إلا الأعمدة الموجودة في الملف؛ وتحتاج كل قيمة متغيّرة إلى مصدر وتاريخ (source وas_of، أو لكل حقل على حدة acronym_source وacronym_as_of…). وملف التصدير من الدليل مُعدّ بهذا التنسيق.
import-columns-adoptions = صف واحد لكل مواصفة وهيئة. قيمة status هي adopted أو in_progress أو not_adopted أو unknown (وفي ملف التصدير يحملها العمود record_status)؛ وقيمة degree هي IDT أو MOD أو NEQ؛ وتُكتب التواريخ على غرار 2017 أو 2017-04 أو 2017-04-19. ويحتاج أي تغيير إلى source وas_of.
import-columns-positions = صف واحد لكل دورة مراجعة وهيئة. قيمة position هي confirm أو revise أو amend أو withdraw أو abstain أو none؛ وقيمة kind هي intention أو vote أو result؛ وقيمة confidence هي high أو medium-high أو medium أو low. ويُضاف كل موقف مختلف إلى تاريخ مواقف الهيئة.
import-template = تنزيل القالب
import-export-current = تنزيل البيانات الحالية
import-file-label = ملف CSV
import-upload = التحقق من الملف
import-error-too-large = حجم الملف يتجاوز الحد المسموح به.
import-error-too-many-rows = عدد صفوف الملف يتجاوز الحد المسموح به.
import-error-encoding = الملف ليس نصًا بترميز UTF-8. احفظه بتنسيق “CSV UTF-8” ثم ارفعه مرة أخرى.
import-error-csv = تعذّرت قراءة الملف بتنسيق CSV (هل توجد علامة اقتباس لم تُغلَق؟).
import-error-empty = لا يحتوي الملف على أي صفوف للاستيراد.
import-error-missing-column = لا يحتوي الملف على العمود «{ $column }»، وهو عمود لازم لهذا النوع من الاستيراد.
import-error-separator = أعمدة الملف غير مفصولة بفواصل أو فواصل منقوطة أو علامات جدولة، ولذلك يُقرأ سطر العناوين فيه كأنه عمود واحد. احفظه مرة أخرى بتنسيق CSV (مفصولًا بفواصل أو بفواصل منقوطة) ثم ارفعه.
import-error-choice = هذه القيمة غير مسموح بها هنا. استخدم إحدى القيم التالية: { $detail } (لا فرق بين الأحرف الكبيرة والصغيرة).
import-error-kind = اختر ما يحتويه الملف: هيئات أو اعتمادات أو مواقف في المراجعات.
import-error-unknown-country = لا توجد أي هيئة برمز البلد هذا.
import-error-duplicate = يشير صف سابق في الملف إلى السجل نفسه.
import-error-unknown-standard = لا توجد أي مواصفة متابَعة بهذا المعرّف (slug).
import-error-unknown-cycle = لا توجد أي دورة مراجعة بهذا المعرّف (slug).
import-error-applied = سبق استيراد هذا الملف.
import-error-changed = تغيّرت السجلات منذ إعداد هذه المعاينة. اطّلع على المعاينة الجديدة أدناه قبل أن تؤكّد.
import-error-nothing = لا يوجد ما يمكن استيراده: فإما أن أحد الصفوف مرفوض، وإما أن شيئًا لن يتغيّر.
import-preview-title = استيراد { $file }
import-count-add = { $count ->
    [zero] لا يضيف أي صف سجلًا
    [one] صف واحد يضيف سجلًا
    [two] صفّان يضيفان سجلّين
    [few] { $count } صفوف تضيف سجلات
    [many] { $count } صفًّا تضيف سجلات
   *[other] { $count } صف تضيف سجلات
}
import-count-change = { $count ->
    [zero] لا يغيّر أي صف سجلًا
    [one] صف واحد يغيّر سجلًا
    [two] صفّان يغيّران سجلّين
    [few] { $count } صفوف تغيّر سجلات
    [many] { $count } صفًّا تغيّر سجلات
   *[other] { $count } صف تغيّر سجلات
}
import-count-same = { $count ->
    [zero] لا يوجد أي صف يُبقي سجله على حاله
    [one] صف واحد يُبقي سجله على حاله
    [two] صفّان يُبقيان سجلّيهما على حالهما
    [few] { $count } صفوف تُبقي سجلاتها على حالها
    [many] { $count } صفًّا تُبقي سجلاتها على حالها
   *[other] { $count } صف تُبقي سجلاتها على حالها
}
import-count-refused = { $count ->
    [zero] لم يُرفض أي صف
    [one] صف واحد مرفوض
    [two] صفّان مرفوضان
    [few] { $count } صفوف مرفوضة
    [many] { $count } صفًّا مرفوضًا
   *[other] { $count } صف مرفوض
}
import-refused-notice = بعض الصفوف مرفوضة، لذا لا يمكن استيراد أي شيء. صحّحها في ملفك ثم ارفعه مرة أخرى.
import-nothing-notice = لن يغيّر الملف أي شيء.
import-confirm-intro = لم يُكتب أي شيء بعد. أكّد لكتابة جميع التغييرات أدناه دفعة واحدة.
import-confirm = { $count ->
    [zero] استيراد { $count } صف
    [one] استيراد صف واحد
    [two] استيراد صفّين
    [few] استيراد { $count } صفوف
    [many] استيراد { $count } صفًّا
   *[other] استيراد { $count } صف
}
import-applied = تم الاستيراد في { $date }.
import-column-line = السطر
import-column-record = السجل
import-column-action = ما سيحدث
import-column-details = التفاصيل
import-action-add = إضافة
import-action-change = تغيير
import-action-same = دون تغيير
import-action-refused = مرفوض
import-rows-more = { $count ->
    [zero] لا توجد صفوف أخرى غير معروضة.
    [one] يوجد صف آخر غير معروض.
    [two] يوجد صفّان آخران غير معروضين.
    [few] توجد { $count } صفوف أخرى غير معروضة.
    [many] يوجد { $count } صفًّا آخر غير معروض.
   *[other] يوجد { $count } صف آخر غير معروض.
}
import-again = رفع ملف آخر
import-running = جارٍ حفظ الاستيراد: { $done } من { $total } صفوف…
import-running-start = جارٍ حفظ الاستيراد…
import-error-storage = تعذّر حفظ الملف؛ لم يُستورد أي شيء. يُرجى المحاولة مرة أخرى.

## ISO Open Data files (admins)
import-iso-heading = البيانات المفتوحة لمنظمة ISO
import-iso-intro = تنشر منظمة ISO لجانها، مع أعضائها المشاركين (P) والمراقبين (O)، وجميع إصداراتها في صورة بيانات مفتوحة (ODC-By). ارفع ملف ISO كما نُشر، بتنسيق CSV أو JSON Lines، مضغوطًا بأداة gzip أو غير مضغوط: يتحقق Quorum منه أولًا ويعرض ما سيضيفه وما سيغيّره وما سيتركه على حاله، ثم يكتبه عندما تؤكّد. وتحتفظ كل قيمة بالمصدر “ISO Open Data, <مجموعة البيانات>, <التاريخ>”.
# $megabytes is a number.
import-iso-limits = الحد الأقصى لحجم الملف { $megabytes } MB.
import-iso-dataset = مجموعة البيانات
import-iso-committees = اللجان (iso_technical_committees)
import-iso-deliverables = الإصدارات (iso_deliverables_metadata)
import-iso-date = تاريخ الملف
import-iso-check = رفع الملف والتحقق منه
import-iso-error-dataset = اختر مجموعة بيانات ISO التي يمثّلها الملف.
import-iso-error-format = يجب أن ينتهي اسم الملف بالامتداد .csv أو .jsonl (أو .csv.gz أو .jsonl.gz)، كما هي الحال في ملفات ISO.
import-iso-error-date = تاريخ الملف ليس تاريخًا صالحًا.
import-iso-error-gone = لم يعد الملف المرفوع موجودًا على الخادم (أُعيد تشغيله). ارفعه مرة أخرى.
import-iso-error-changed = تعذّرت كتابة الملف: تعذّرت قراءة بعض الأسطر. لم يُكتب أي شيء.
import-iso-checking = جارٍ التحقق من الملف…
import-iso-writing = جارٍ كتابة السجلات…
import-iso-applied = تمت الكتابة. وكل تغيير مُدرج في تاريخ التعديلات.
# $count is a number; $source names the dataset and date.
import-iso-read = عدد السجلات المقروءة: { $count } ({ $source }).
import-iso-problems = تتعذّر قراءة بعض الأسطر، لذا لا يمكن كتابة أي شيء. صحّح الملف ثم ارفعه مرة أخرى:
# $line is a line number of the file.
import-iso-problem = السطر { $line }:

## Why a line of an ISO Open Data file cannot be read. $column, $columns, $ids and
## $acronyms are the file's own column names (title.en, pMembers.id…), quoted as they are;
## $cell is the value found, cut short; $detail is the file reader's own words (English).
iso-line-unreadable = تعذّرت قراءة الملف بدءًا من هذا السطر: { $detail }
iso-line-too-long = يتجاوز طول السطر { $bytes } بايت.
iso-line-not-number = يجب أن تكون قيمة «{ $column }» عددًا صحيحًا، لا «{ $cell }».
iso-line-not-list = يجب أن تكون قيمة «{ $column }» قائمة بين قوسين معقوفين، لا «{ $cell }».
iso-line-missing-columns = لا يحتوي سطر العناوين على العمود { $columns }.
iso-line-cell-count = عدد الخلايا في هذا السجل { $count }، في حين أن عددها في سطر العناوين { $expected }.
iso-line-not-utf8 = السجل ليس نصًا صالحًا بترميز UTF-8.
iso-line-csv = تتعذّر قراءة السجل بتنسيق CSV: { $detail }
iso-line-unpaired = لا يمكن المزاوجة بين «{ $ids }» و«{ $acronyms }» لأن عدد عناصرهما مختلف ({ $ids_count } و{ $acronyms_count } على التوالي).
iso-line-bad-id = يجب أن يكون المعرّف عددًا موجبًا، لا { $cell }.
iso-line-no-id = ليس للسجل معرّف.
iso-line-no-reference = ليس للسجل رقم مرجعي.
iso-line-no-status = لم تُحدَّد حالة اللجنة.
iso-line-reference = لا يحتوي الرقم المرجعي «{ $cell }» على أي حرف أو رقم.
iso-line-stage-format = يجب أن تكون قيمة «currentStage» رمز مرحلة مثل 9093 أو 90.93، لا «{ $cell }».
iso-line-unknown-stage = القيمة { $cell } في «currentStage» ليست رمز مرحلة.
iso-line-date = يجب أن تكون قيمة «publicationDate» تاريخًا مثل 2017-04-21، لا «{ $cell }».
iso-line-not-committee = لا يطابق السطر صيغة اللجان التي تنشرها منظمة ISO: { $detail } (العمود { $column }).
iso-line-not-deliverable = لا يطابق السطر صيغة الإصدارات التي تنشرها منظمة ISO: { $detail } (العمود { $column }).
import-iso-records = السجلات
import-iso-added = مُضافة
import-iso-changed = مُغيَّرة
import-iso-same = دون تغيير
import-iso-row-committees = اللجان
import-iso-row-memberships = العضويات في اللجان
import-iso-row-standards = المواصفات
# $count is a number.
import-iso-unmatched = { $count ->
    [0] كل عضو مُدرج يطابق هيئة في الدليل.
    [zero] كل عضو مُدرج يطابق هيئة في الدليل.
    [one] رقم عضوية واحد لا يطابق أي هيئة في الدليل؛ راجع الأعضاء غير المطابَقين.
    [two] رقما عضوية لا يطابقان أي هيئة في الدليل؛ راجع الأعضاء غير المطابَقين.
    [few] { $count } أرقام عضوية لا تطابق أي هيئة في الدليل؛ راجع الأعضاء غير المطابَقين.
    [many] { $count } رقمَ عضوية لا تطابق أي هيئة في الدليل؛ راجع الأعضاء غير المطابَقين.
   *[other] { $count } رقم عضوية لا تطابق أي هيئة في الدليل؛ راجع الأعضاء غير المطابَقين.
}
# $opened and $closed are numbers.
import-iso-reviews = دورات المراجعة المفتوحة: { $opened }؛ والمغلقة أو المحسومة: { $closed }.
import-iso-confirm-intro = يُكتب الملف كله في معاملة واحدة: إما كله وإما لا شيء.
import-iso-confirm = استيراد هذه السجلات

## ISO member ids that match no body (admins)
unmatched-title = أعضاء ISO غير المطابَقين
unmatched-intro = تُدرج بيانات لجان ISO أرقام العضوية هذه، لكن لا تحملها أي هيئة في الدليل. أنشئ هيئة البلد الذي ينتمي إليه رقم العضوية (أو أضف الرقم إلى سجل هيئة موجودة): فتُسجَّل عضوياتها في اللجان فورًا، مع ذكر ملف اللجان مصدرًا لها.
unmatched-none = كل رقم عضوية في بيانات اللجان يطابق هيئة في الدليل.
# $id is ISO's member id.
unmatched-id = رقم العضوية في ISO: { $id }
# $p and $o are numbers of committees.
unmatched-counts = عدد اللجان: عضو مشارك (P) في { $p }، وعضو مراقب (O) في { $o }:
unmatched-country = البلد
unmatched-country-choose = اختر البلد (من البلدان التي ليست لها هيئة)
unmatched-create = إنشاء الهيئة مع عضوياتها
unmatched-error-country = اختر بلد الهيئة.
unmatched-error-taken = لهذا البلد هيئة بالفعل؛ أضف رقم العضوية إلى سجلها بدلًا من ذلك.
unmatched-link = أعضاء ISO غير المطابَقين
