# /developers: the open data API.
nav-developers = البيانات المفتوحة وواجهة API
developers-title = البيانات المفتوحة وواجهة API
developers-intro = كل ما يعرضه Quorum للجمهور يمكن للبرامج قراءته: الهيئات، والمواصفات، والاعتمادات الوطنية، والنسخ اللغوية، والمراجعات، والمواقف، والرسائل. لا حاجة إلى مفتاح ولا إلى تسجيل الدخول. وتأتي كل قيمة مع مصدرها وتاريخ التحقق منها.
developers-openapi = مستند OpenAPI (openapi.json)
developers-endpoints-heading = نقاط النهاية
developers-column-path = المسار
developers-column-what = ما تقدّمه
developers-column-example = مثال
developers-nsbs = جميع هيئات التقييس الوطنية مع بيانات الاتصال بها، وكل قيمة مع مصدرها؛ مع عوامل التصفية نفسها المتاحة في الدليل (q، category، region، sort)، مقسّمةً على صفحات.
developers-nsb = هيئة واحدة بحسب رمز بلدها.
developers-nsbs-csv = الهيئات نفسها في صورة جدول بيانات، ويلي كل حقل مصدرُه وتاريخه.
developers-standards = المواصفات المتابَعة مع بياناتها الأساسية، وأعداد اعتماداتها، ونسخها اللغوية.
developers-standard = مواصفة واحدة؛ أضف .csv للحصول على جدول بيانات.
developers-adoptions = اعتماد كل هيئة للمواصفة، مع عوامل التصفية نفسها المتاحة في صفحة المواصفة (status، category، region، sort)، مقسّمًا على صفحات.
developers-adoptions-csv = حالات الاعتماد نفسها في صورة جدول بيانات.
developers-translations = النسخ اللغوية للمواصفة (العنوان، والنوع، والناشر، والسنة، والمصدر)؛ أضف .csv للحصول على جدول بيانات.
developers-reviews = جميع دورات المراجعة الدورية مع تواريخها وحالتها ونتيجتها.
developers-review = مراجعة واحدة: إحصاء المواقف بحسب الموقف وحق التصويت، والنتيجة المتوقعة مع قائمة الأعضاء المشاركين (P) القادرين على تغييرها.
developers-positions = آخر موقف لكل هيئة في المراجعة، مع عوامل التصفية نفسها المتاحة في صفحة المراجعة (position، voter، category، region)، مقسّمًا على صفحات.
developers-positions-csv = المواقف نفسها في صورة جدول بيانات.
developers-letters = رسالة إلى هيئة، بلغتها أو بأي لغة أخرى، جاهزة للإرسال.
developers-conventions-heading = كيف تجيب واجهة API
developers-envelope = ردود JSON عبارة عن كائن: البيانات تحت "data"، وبيانات الإسناد تحت "licence"، وفي القوائم التي قد يزداد حجمها تأتي معلومات الصفحة تحت "pagination". ويُختم كل صف في جداول البيانات بعمود للترخيص.
developers-paging = تأتي القوائم بواقع 50 عنصرًا في الصفحة: اطلب صفحة أخرى بـ page=2، واطلب ما يصل إلى 500 عنصر بـ per_page=500. والصفحة التي تتجاوز النهاية تكون فارغة؛ ويُرفض رقم الصفحة أو حجمها إذا لم يكن عددًا ضمن النطاق المسموح به.
developers-filters = تقبل عوامل التصفية القيم نفسها التي تظهر في عناوين الصفحات، لذا يمكن تحويل أي صفحة مصفّاة إلى ملف للتنزيل بنسخ سلسلة الاستعلام الخاصة بها.
developers-errors = الخطأ كائن "error" يتضمن "code" و"message"، ويُرسَل مع رمز الحالة المناسب (400، 404…)؛ وتكون الرسالة باللغة المحددة في ترويسة Accept-Language لديك.
developers-caching = لكل رد ترويسة ETag وتاريخ Last-Modified: أعِد إرسالهما في If-None-Match أو If-Modified-Since، وعندئذ يعود الرد الذي لم يتغير بالرمز 304 Not Modified، دون متن.
developers-cors = يمكن لأي موقع إلكتروني قراءة واجهة API من المتصفح (CORS مفتوح لطلبات GET).
developers-licence-heading = الترخيص والإسناد
developers-licence = تأتي بيانات Quorum من مصادر عدة، لكل منها شروطه الخاصة؛ وتذكر كل قيمة مصدرها. أعِد استخدامها مع الإسناد إلى Quorum وإلى ذلك المصدر:
developers-open-letters = الرسائل المفتوحة التي نشرتها الحملة ولغاتها.
developers-open-letter = رسالة مفتوحة واحدة باللغة المختارة (lang)، أو بلغتين جنبًا إلى جنب (second)، أو موجّهة إلى هيئة (nsb).
developers-translations-api = جميع اللغات التي يكتب بها Quorum: الواجهة أو الرسائل فقط، ومدى تغطيتها للنص الإنجليزي، وحالة مراجعة رسائلها، والبلدان الأعضاء التي يكتب إليها Quorum بها أولًا.

## /developers/translations
languages-title = الترجمات
languages-intro = صفحات Quorum متوفرة بلغات الواجهة، أما الرسائل فتُكتب بلغات أكثر بكثير. تُصاغ رسائل كل لغة أولًا في مسودة، ثم يقرؤها ويصححها أحد الناطقين الأصليين بها، ويُذكر اسمه هنا. يمكن لأي شخص المساعدة: يشرح الملف locales/README.md في الشيفرة المصدرية كيفية ذلك.
languages-list-heading = اللغات
languages-column-language = اللغة
languages-column-kind = الاستخدام
languages-column-letters = نصوص الرسائل
languages-column-interface = الواجهة
languages-column-review = مراجعة الرسائل
languages-column-countries = البلدان الأعضاء التي يكتب إليها Quorum بهذه اللغة أولًا
languages-kind-interface = الصفحات والرسائل
languages-kind-letters = الرسائل
# $done of $total messages translated.
languages-share = { $done } من { $total }
languages-status-source = النص الأصلي
languages-status-drafted = لم يراجعها بعدُ أحد الناطقين الأصليين بها
# $who: the reviewer's name; $date: when.
languages-status-reviewed = راجعها { $who } في { $date }
languages-uncovered-heading = بلدان لا يزال Quorum يكتب إليها بالإنجليزية
languages-uncovered-intro = لا توجد بعدُ رسائل باللغة الأولى لهذه البلدان الأعضاء، لذا تبدأ رسائلها بالإنجليزية مع تنبيه بذلك:
languages-uncovered-none = لا يوجد: يتلقى كل بلد عضو رسائله بلغته الأولى.

## The embeddable widget (/embed/write) and its snippet on /developers.
embed-title = راسِل هيئة التقييس الوطنية في بلدك
embed-lead = اختر بلدك، وسيُعِدّ Quorum مسودة رسالة رسمية إلى هيئة التقييس فيه بلغتها، جاهزة للإرسال.
embed-country = بلدك
embed-choose = اختر بلدك
embed-write = كتابة الرسالة
embed-by = Quorum: من يتخذ القرار بشأن المواصفات القياسية الدولية، وكيف تتواصل معه
developers-embed-heading = أضِف «راسِل هيئة التقييس في بلدك» إلى موقعك
developers-embed-intro = انسخ هذا المقتطف البرمجي إلى إحدى صفحات موقعك. فهو يعرض قائمة بالبلدان باللغة التي تحدّدها عبر lang= (en، fr، pt…) ويفتح أداة إنشاء الرسائل في Quorum في علامة تبويب جديدة. وهذه هي صفحة Quorum الوحيدة التي يُسمح للمواقع الأخرى بعرضها داخل إطار؛ وهي لا تضع أي ملفات تعريف ارتباط ولا تشغّل أي نص برمجي.
developers-embed-preview = هكذا يبدو:
developers-embed-copy = نسخ المقتطف
developers-embed-copied = تم نسخ المقتطف
developers-embed-frame-title = راسِل هيئة التقييس الوطنية في بلدك (Quorum)
