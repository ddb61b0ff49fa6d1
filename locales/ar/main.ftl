## Site frame
app-name = Quorum
page-title = { $page } · Quorum
# What search engines and link previews show under a page's title (meta description).
site-description = يتابع Quorum جميع هيئات التقييس الوطنية: اعتمادها للمواصفات، واللغات التي تتوفر بها المواصفات، وتصويتها في المراجعات الدورية لمنظمة ISO، وكيفية مراسلتها بلغتها.
meta-body = { $body } ({ $country }): بيانات الاتصال، والعضوية في ISO، وحالات الاعتماد والمواقف في المراجعات، مع مصدر كل معلومة وتاريخها، ورسالة تكتبها إلى الهيئة.
meta-standard = { $reference }: هيئات التقييس الوطنية التي اعتمدت المواصفة، واللغات التي تتوفر بها، ومراجعاتها الدورية.
meta-review = المراجعة الدورية للمواصفة { $reference }: الموقف المسجّل لكل هيئة تقييس وطنية، والنتيجة المتوقعة، ومن لا يزال قادرًا على تغييرها.
meta-open-letter = رسالة مفتوحة إلى هيئات التقييس الوطنية: اقرأها أو وقّعها أو أرسلها إلى هيئة التقييس في بلدك.
skip-to-content = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-home = الرئيسية
nav-directory = هيئات التقييس
language-switcher-label = اللغة
footer-provenance = تُذكر لكل معلومة مصدرُها وتاريخ آخر تحقق منها. ويعني الحقل الفارغ أن المعلومة غير معروفة، ولا نلجأ إلى التخمين أبدًا.
footer-licence = Quorum برمجية حرة. بيانات الاتصال مأخوذة من صفحات الأعضاء على موقع iso.org (المستخرجة عبر StanDat، 2021/22)، ومن البيانات المفتوحة لمنظمة ISO (2026)، ومن المصادر الأخرى المذكورة بجانب كل قيمة.
loading = جارٍ التحميل…
back-to-directory = العودة إلى الدليل
breadcrumb-label = مسار التنقل

## Errors
error-not-found = تعذّر العثور على هذه الصفحة.
error-invalid-input = تعذّر استخدام بعض البيانات المُدخلة. يُرجى التحقق منها والمحاولة مرة أخرى.
error-storage = تعذّر على Quorum قراءة بياناته في الوقت الحالي. يُرجى المحاولة مرة أخرى بعد قليل.
error-transport = لم يصل الطلب إلى Quorum. يُرجى التحقق من الاتصال بالإنترنت والمحاولة مرة أخرى.
error-body-too-large = حجم هذا الطلب أكبر مما يقبله Quorum (أكثر من { $size } كيلوبايت). يُرجى اختصار ما أدخلته والمحاولة مرة أخرى.
not-found-title = الصفحة غير موجودة
not-found-body = لا توجد صفحة على هذا العنوان. إذا كنت قد وصلت عبر رابط إلى هيئة تقييس، فربما كُتب رمز البلد بشكل خاطئ: تتكون الرموز من حرفين، مثل BR للبرازيل.
not-found-standard = لا يتابع Quorum أي مواصفة على هذا العنوان. يتضمن عنوان المواصفة رقمها، مثل /standards/iso-20400 للمواصفة ISO 20400؛ وتعرض القائمة جميع المواصفات التي يتابعها Quorum.
not-found-review = لا توجد في Quorum مراجعة على هذا العنوان. يذكر عنوان المراجعة مواصفتها وسنتها، مثل /reviews/iso-20400-2022؛ وتعرض القائمة جميع المراجعات التي يسجّلها Quorum.
not-found-open-letter = لا توجد رسالة مفتوحة منشورة على هذا العنوان. ربما سُحبت من العرض العام أو لم تُنشر بعد؛ وتعرض القائمة جميع الرسائل المفتوحة.

## Home
home-title = ابحث عن هيئة التقييس الوطنية في بلدك
home-heading = اعثر على هيئة التقييس الوطنية في بلدك وقدّم لها حجتك
home-intro = يضم Quorum جميع هيئات التقييس الوطنية الأعضاء في المنظمة الدولية للتوحيد القياسي (ISO)، مع بيانات الاتصال بكل منها ومصدر كل معلومة. ويساعد المدافعين عن مواصفات قياسية مثل ISO 20400 بشأن المشتريات المستدامة على التواصل مع الهيئة صاحبة القرار في بلدانهم.
search-label = البلد أو الرمز أو هيئة التقييس
search-placeholder = مثال: البرازيل، BR، ABNT
search-button = بحث
home-stats-heading = أعضاء ISO في الدليل
home-stats-total = { $count ->
    [zero] يضم الدليل { $count } هيئة تقييس، موزعةً حسب فئة العضوية في ISO:
    [one] يضم الدليل هيئة تقييس واحدة، حسب فئة العضوية في ISO:
    [two] يضم الدليل هيئتَي تقييس، موزعتين حسب فئة العضوية في ISO:
    [few] يضم الدليل { $count } هيئات تقييس، موزعةً حسب فئة العضوية في ISO:
    [many] يضم الدليل { $count } هيئة تقييس، موزعةً حسب فئة العضوية في ISO:
   *[other] يضم الدليل { $count } هيئة تقييس، موزعةً حسب فئة العضوية في ISO:
}
home-browse-all = تصفح جميع هيئات التقييس
home-next-heading = ما يمكنك فعله الآن
home-step-find = ابحث عن هيئة التقييس في بلدك باستخدام مربع البحث أعلاه.
home-step-write = راسِل الهيئة
home-step-write-note = — يُعِدّ Quorum مسودة الرسالة بلغة الهيئة، مع عنوانها.
home-step-review = المراجعة القادمة:
home-review-closes = — يُغلق باب التصويت في { $date }.
home-review-undated = — لم يُسجَّل موعد إغلاق التصويت بعد.
home-step-no-review = لا توجد حاليًا مراجعة مفتوحة أو مخطط لها.
home-step-reviews-link = عرض جميع المراجعات

## ISO membership categories
category-member-body = عضو كامل العضوية
category-correspondent = عضو مراسل
category-subscriber = عضو مشترك
category-unknown = الفئة غير معروفة
category-member-body-count = { $count ->
    [zero] عضو كامل العضوية
    [one] عضو كامل العضوية
    [two] عضوان كاملا العضوية
    [few] أعضاء كاملي العضوية
    [many] عضوًا كامل العضوية
   *[other] عضو كامل العضوية
}
category-correspondent-count = { $count ->
    [zero] عضو مراسل
    [one] عضو مراسل
    [two] عضوان مراسلان
    [few] أعضاء مراسلين
    [many] عضوًا مراسلًا
   *[other] عضو مراسل
}
category-subscriber-count = { $count ->
    [zero] عضو مشترك
    [one] عضو مشترك
    [two] عضوان مشتركان
    [few] أعضاء مشتركين
    [many] عضوًا مشتركًا
   *[other] عضو مشترك
}
category-unknown-count = { $count ->
    [zero] هيئة لا يذكر أي مصدر فئتها
    [one] هيئة لا يذكر أي مصدر فئتها
    [two] هيئتان لا يذكر أي مصدر فئتيهما
    [few] هيئات لا يذكر أي مصدر فئاتها
    [many] هيئةً لا يذكر أي مصدر فئتها
   *[other] هيئة لا يذكر أي مصدر فئتها
}
category-member-body-rights = يصوّت على مواصفات ISO، ويحق له اعتمادها وبيعها في بلده.
category-correspondent-rights = يتابع أعمال ISO بصفة مراقب دون حق التصويت، ويحق له اعتماد مواصفات ISO وبيعها في بلده.
category-subscriber-rights = يبقى على اطلاع على أعمال ISO، لكنه لا يصوّت ولا يعتمد مواصفات ISO ولا يبيعها.
category-unknown-note = لا يذكر أي من مصادرنا فئة هذه الهيئات حتى الآن.

## Directory
directory-title = هيئات التقييس
directory-heading = هيئات التقييس الوطنية
directory-intro = ابحث باسم البلد بأي لغة، أو برمز البلد وفق ISO، أو بالاختصار، أو باسم الهيئة. اختر هيئة لمعرفة طريقة التواصل معها.
filter-category = فئة ISO
filter-category-all = جميع الفئات
filter-region = المنطقة
filter-region-all = جميع المناطق
filter-apply = عرض النتائج
search-truncated = كان نص البحث طويلًا، لذا لم يُستخدم منه إلا أول 100 حرف.
directory-count = { $total ->
    [zero] عرض { $shown } من أصل { $total } هيئة تقييس.
    [one] عرض { $shown } من أصل هيئة تقييس واحدة.
    [two] عرض { $shown } من أصل هيئتَي تقييس.
    [few] عرض { $shown } من أصل { $total } هيئات تقييس.
    [many] عرض { $shown } من أصل { $total } هيئة تقييس.
   *[other] عرض { $shown } من أصل { $total } هيئة تقييس.
}
directory-no-match = لا توجد هيئة تقييس تطابق بحثك. يُرجى التحقق من الإملاء، أو تجربة رمز البلد المكوّن من حرفين، أو مسح عوامل التصفية.
directory-clear-filters = مسح البحث وعوامل التصفية
column-country = البلد
column-acronym = الاختصار
column-body-name = هيئة التقييس
column-category = فئة ISO
column-region = المنطقة

## Body page
body-page-title = { $body } – { $country }
body-name-with-acronym = { $name } ({ $acronym })
contact-line = { $label }: { $value }
value-unknown = غير معروف
field-source-dated = المصدر: { $source }، بتاريخ { $date }
field-source-undated = المصدر: { $source } (التاريخ غير مسجَّل)
body-name-unknown = اسم هيئة التقييس غير معروف
field-body-name-en = الاسم بالإنجليزية
field-body-name-native = الاسم باللغة الوطنية
field-acronym = الاختصار
field-country = البلد
field-category = العضوية في ISO
dataset-note = ملاحظة من مجموعة البيانات:
field-website = الموقع الإلكتروني
field-email = البريد الإلكتروني
field-phone = الهاتف
field-fax = الفاكس
field-address = العنوان البريدي
field-iso-member-id = رقم العضوية في ISO
card-footnote = قد تتغير بيانات الاتصال. قبل إرسال أي رسالة مهمة، يُرجى التحقق منها على الموقع الإلكتروني للهيئة نفسها.
copy-contact = نسخ بيانات الاتصال
contact-copied = تم نسخ بيانات الاتصال
download-vcard = تنزيل بطاقة vCard
write-letter = مراسلة هذه الهيئة
write-letter-hint = يُعِدّ Quorum مسودة رسالة رسمية إلى { $body } بلغتها، جاهزة للنسخ أو للإرسال بالبريد الإلكتروني أو للطباعة.

## Letter composer page
nav-letters = كتابة رسالة
letters-title = الكتابة إلى هيئة تقييس
letters-heading = الكتابة إلى هيئة تقييس وطنية
letters-intro = اختر الهيئة والغرض من الرسالة واللغة، وسيُعِدّ Quorum مسودة رسالة رسمية يمكنك نسخها أو إرسالها بالبريد الإلكتروني أو تنزيلها أو طباعتها.
letters-privacy = لا يُستخدم اسمك وبياناتك إلا لملء الرسالة. ولا يحتفظ Quorum بها، ولا تُضمَّن في الرابط إلا إذا طلبت ذلك أدناه.
letter-field-recipient = هيئة التقييس
letter-field-recipient-choose = اختر بلدًا
letter-field-purpose = الغرض من الرسالة
letter-purpose-review = التصويت لصالح تثبيت المواصفة في مراجعتها الدورية
letter-purpose-adopt = اعتماد المواصفة بوصفها مواصفة قياسية وطنية
letter-purpose-translate = نشر المواصفة باللغة الوطنية
letter-purpose-suggested = الخيار المقترح لهذه الهيئة، بناءً على ما سجّله Quorum عنها.
letter-field-language = لغة الرسالة
letter-language-automatic = اللغة الرئيسية للبلد
letter-field-second-language = لغة ثانية جنبًا إلى جنب (اختياري)
letter-second-language-none = بدون
letter-language-default = اللغة الافتراضية هي اللغة الرئيسية في { $country } إذا كانت رسائل Quorum متوفرة بها، وإلا فالإنجليزية.
# $language: the country's first language, named in the page's language.
letter-language-missing = لا تتوفر في Quorum رسائل باللغة { $language } بعد، لذا فهذه الرسالة بالإنجليزية. يمكنك اختيار لغة أخرى لها ضمن «لغة الرسالة».
# $language: the letter's language, in its own name.
letter-drafted-notice = لم يراجع هذه الترجمة ({ $language }) بعدُ أحدُ الناطقين الأصليين بها.
letter-drafted-help = ساعد في مراجعتها.
letter-sender-heading = معلومات عنك (جميعها اختيارية)
letter-field-sender-name = اسمك
letter-field-organisation = المؤسسة
letter-field-role = المنصب أو الصفة
letter-field-city = المدينة
letter-field-email = عنوان بريدك الإلكتروني
letter-field-personal = فقرة بأسلوبك الخاص
letter-field-personal-hint = اشرح لماذا يهمك هذا الأمر أو يهم مؤسستك. تُدرج الفقرة في الرسالة كما تكتبها تمامًا، وباللغة التي تكتبها بها.
letter-field-share-details = أضف اسمي وبياناتي إلى الرابط أيضًا
letter-field-limit = الحد الأقصى لعدد الأحرف: { $max }.
letter-update = تحديث الرسالة
letter-preview-heading = رسالتك
letter-preview-live = تتحدّث الرسالة تلقائيًا أثناء الكتابة.
letter-to = إلى: { $recipient }
letter-subject = الموضوع: { $subject }
letter-copy = نسخ الرسالة
letter-copied = تم نسخ الرسالة
letter-mailto = فتح في برنامج البريد الإلكتروني
letter-mailto-no-address = لا يوجد عنوان بريد إلكتروني مسجّل لهذه الهيئة، لذا لا يمكن فتح الرسالة في برنامج البريد الإلكتروني. يمكنك نسخها أو تنزيلها بدلًا من ذلك.
letter-mailto-too-long = ينتج عن هذه الرسالة رابط يبلغ عدد أحرفه { $length }، وهو أطول مما تقبله بعض برامج البريد الإلكتروني. إذا وصلت الرسالة مبتورة، فانسخها والصقها في رسالة بريد إلكتروني جديدة.
letter-download = تنزيل كملف نصي
letter-print = صفحة قابلة للطباعة
letter-share = رابط هذه الرسالة
letter-share-hint = يفتح أداة إنشاء الرسائل بالهيئة والغرض واللغات نفسها. ولا يُخزَّن أي شيء على خادم Quorum.
letter-facts-heading = المعلومات التي تستند إليها الرسالة
letter-fact-adopted = { $count ->
    [zero] لا يسجّل Quorum أي اعتماد وطني للمواصفة { $standard }.
    [one] يسجّل Quorum اعتمادًا وطنيًا واحدًا للمواصفة { $standard }.
    [two] يسجّل Quorum اعتمادَين وطنيَّين للمواصفة { $standard }.
    [few] يسجّل Quorum { $count } اعتمادات وطنية للمواصفة { $standard }.
    [many] يسجّل Quorum { $count } اعتمادًا وطنيًا للمواصفة { $standard }.
   *[other] يسجّل Quorum { $count } اعتماد وطني للمواصفة { $standard }.
}
letter-fact-confirmed = اكتملت آخر مراجعة دورية في { $date }: تم تثبيت المواصفة.
letter-fact-ballot = يُغلق باب التصويت في المراجعة الدورية في { $date }.
letter-fact-no-ballot = لا يوجد تصويت مراجعة مفتوح مسجّل، لذا لا تذكر الرسالة موعدًا لإغلاق التصويت.
letter-fact-title = العنوان المستخدم: { $title }
letter-choose-body = اختر هيئة تقييس أعلاه لعرض رسالتك.

## Letter input errors. $field is the label of the field.
letter-error-too-long = { $field }: يُرجى ألا يتجاوز عدد الأحرف { $max }، وعددها حاليًا { $length }.
letter-error-control = { $field }: يُرجى الكتابة في سطر واحد، دون علامات جدولة أو أحرف تحكم.
letter-error-email = يجب أن يكون عنوان بريدك الإلكتروني على غرار name@example.org.
letter-error-purpose = اختر الغرض من الرسالة: التثبيت في المراجعة، أو الاعتماد، أو الترجمة.
letter-error-language = لا تتوفر في Quorum رسائل بهذه اللغة؛ يُرجى اختيار لغة من القائمة.
letter-error-body = لا توجد هيئة تقييس برمز البلد هذا؛ يُرجى اختيار هيئة من القائمة.
letter-error-summary = لم تُحدَّث الرسالة. يُرجى تصحيح ما هو مشار إليه أدناه.

## Print page
letter-print-title = رسالة إلى { $body }
letter-print-back = العودة إلى أداة إنشاء الرسائل
letter-print-button = طباعة
letter-print-hint = تُطبع على ورق بحجم A4. أضف توقيعك بخط اليد فوق اسمك.
letter-signature-line = التوقيع

## Accounts. The public never needs one; coordinators and admins sign in to record data.
nav-sign-in = للمنسّقين: تسجيل الدخول
nav-account = حسابك
nav-signed-in-as = أنت مسجَّل الدخول بالحساب
signin-title = تسجيل الدخول
signin-heading = تسجيل الدخول إلى Quorum
signin-intro = يسجّل المنسّقون والمشرفون الدخول لتدوين ما يتوصلون إليه من معلومات عن هيئات التقييس. ويمكن لأي شخص آخر استخدام Quorum دون حساب.
signin-email = عنوان البريد الإلكتروني
signin-password = كلمة المرور
signin-submit = تسجيل الدخول
signin-already = أنت مسجَّل الدخول بالفعل بالحساب { $email }.
account-title = حسابك
account-heading = حسابك
account-signed-in-as = أنت مسجَّل الدخول بالحساب { $email } ({ $role }).
account-sign-out = تسجيل الخروج
account-sign-in-needed = هذه الصفحة مخصصة للمنسّقين والمشرفين. يُرجى تسجيل الدخول أولًا.
account-go-sign-in = الانتقال إلى صفحة تسجيل الدخول
role-admin = مشرف
role-coordinator = منسّق
error-unauthorized = يُرجى تسجيل الدخول أولًا.
error-forbidden = لا يملك حسابك صلاحية القيام بهذا الإجراء.
error-bad-credentials = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.
error-busy = Quorum مشغول بالتحقق من عمليات دخول أخرى. لم يُتحقق من شيء؛ حاول مرة أخرى بعد بضع ثوانٍ.
error-rate-limited = { $minutes ->
    [zero] عدد كبير جدًا من المحاولات الفاشلة. يُرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
    [one] عدد كبير جدًا من المحاولات الفاشلة. يُرجى المحاولة مرة أخرى بعد دقيقة واحدة.
    [two] عدد كبير جدًا من المحاولات الفاشلة. يُرجى المحاولة مرة أخرى بعد دقيقتين.
    [few] عدد كبير جدًا من المحاولات الفاشلة. يُرجى المحاولة مرة أخرى بعد { $minutes } دقائق.
    [many] عدد كبير جدًا من المحاولات الفاشلة. يُرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
   *[other] عدد كبير جدًا من المحاولات الفاشلة. يُرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
}
error-cross-origin = جاء هذا الطلب من موقع إلكتروني آخر، لذا لم ينفّذه Quorum.

## Editing the directory (coordinators) and the record's history
nav-changes = أحدث التغييرات
edit-link = تعديل هذا السجل
edit-title = تعديل { $body }
edit-heading = تعديل سجل { $body }
edit-intro = عدّل ما تحققت منه، واترك الحقل فارغًا إذا كانت المعلومة غير معروفة. يُحفظ كل تعديل مع المصدر والتاريخ اللذين تذكرهما، ويظهر في تاريخ تعديلات هذا السجل.
edit-source = مصدر القيم الجديدة
edit-source-hint = عنوان موقع إلكتروني أو وصف موجز، مثل «موقع ABNT، صفحة الاتصال».
edit-as-of = تاريخ تحققك منها
edit-save = حفظ التغييرات
edit-category-unknown = غير معروفة
edit-saved = تم حفظ تغييراتك.
edit-error-too-long = يُرجى ألا يتجاوز عدد الأحرف { $max }.
edit-error-control = يُرجى الكتابة في سطر واحد، دون علامات جدولة أو أحرف تحكم.
edit-error-email = أدخل عناوين البريد الإلكتروني على غرار name@example.org، وافصل بينها بفاصلة منقوطة (;).
edit-error-website = أدخل عنوان موقع إلكتروني مثل www.example.org.
edit-error-category = اختر إحدى فئات العضوية في ISO.
edit-error-source-required = اذكر مصدر القيم الجديدة.
edit-error-date = أدخل التاريخ بالصيغة YYYY-MM-DD، على ألا يكون تاريخًا في المستقبل.
edit-error-no-change = لم يُغيَّر أي شيء، لذا لم يُحفظ أي شيء.
error-invalid-fields = بعض الحقول بحاجة إلى تصحيح، لذا لم يُحفظ أي شيء. راجع الرسائل الظاهرة بجانبها.
error-edit-conflict = عدّل شخص آخر هذا السجل أثناء تعديلك له، لذا لم يُحفظ أي شيء. التغييرات التي أجراها مدرجة أدناه؛ أعد تحميل الصفحة لتعديل أحدث نسخة.
edit-conflict-field = { $field }: القيمة الآن { $value }
history-heading = تاريخ تعديلات هذا السجل
history-empty = لا توجد تغييرات منذ استيراد مجموعة البيانات.
history-entry = { $field }: { $before } → { $after }
history-by = { $date }، بواسطة { $who }
history-by-coordinator = منسّق
history-source = المصدر: { $source }، تم التحقق في { $date }
changes-title = أحدث التغييرات
changes-heading = أحدث التغييرات في الدليل
changes-filter-nsb = رمز البلد
changes-filter-field = الحقل
changes-filter-who = البريد الإلكتروني للمنسّق
changes-filter-any = جميع الحقول
changes-apply = تصفية
changes-empty = لا توجد تغييرات تطابق عوامل التصفية هذه.

## Corrections from the public, and the coordinators' queue
report-heading = الإبلاغ عن تصحيح
report-intro = هل توجد هنا معلومة خاطئة أو قديمة؟ أخبرنا بالقيمة الصحيحة وبمصدرها. سيتحقق منها أحد المنسّقين قبل نشرها. ولا تحتاج إلى حساب.
report-field = الحقل المراد تصحيحه
report-value = القيمة الصحيحة (اترك الحقل فارغًا إذا كان ينبغي أن تظهر القيمة «غير معروف»)
report-source = مصدر المعلومة
report-source-hint = عنوان موقع إلكتروني أو وصف موجز، مثل «موقع ABNT، صفحة الاتصال».
report-email = عنوان بريدك الإلكتروني (اختياري، أدخله فقط إذا كنت توافق على أن يتواصل معك أحد المنسّقين بشأن هذا التصحيح)
report-submit = إرسال التصحيح
report-thanks = شكرًا لك. سيتحقق أحد المنسّقين من تصحيحك قبل نشره.
report-error-too-many = لقد أرسلت عدة تصحيحات خلال وقت قصير. يُرجى المحاولة مرة أخرى بعد ساعة.
report-error-field = اختر الحقل المراد تصحيحه.
corrections-title = التصحيحات
corrections-heading = التصحيحات التي أبلغ عنها الجمهور
corrections-open-count = { $count ->
    [zero] لا يوجد أي تصحيح مفتوح بانتظار مراجعة منسّق.
    [one] يوجد تصحيح مفتوح واحد بانتظار مراجعة منسّق.
    [two] يوجد تصحيحان مفتوحان بانتظار مراجعة منسّق.
    [few] توجد { $count } تصحيحات مفتوحة بانتظار مراجعة منسّق.
    [many] يوجد { $count } تصحيحًا مفتوحًا بانتظار مراجعة منسّق.
   *[other] يوجد { $count } تصحيح مفتوح بانتظار مراجعة منسّق.
}
corrections-empty = لا توجد تصحيحات مفتوحة. شكرًا لك!
corrections-current = القيمة الحالية: { $value }
corrections-proposed = القيمة المقترحة: { $value }
corrections-source = المصدر المذكور: { $source }
corrections-reporter = أرسله { $email } في { $date }
corrections-reporter-anonymous = أُرسل في { $date }، دون عنوان بريد إلكتروني
corrections-accept = قبول
corrections-edit-accept = التعديل ثم القبول
corrections-reject = رفض
corrections-reason = سبب الرفض
corrections-error-reason = اذكر سبب الرفض.
corrections-error-closed = سبق أن عالج شخص آخر هذا التصحيح.
corrections-accepted = تم تطبيق التصحيح وتسجيله في تاريخ تعديلات السجل.
corrections-rejected = تم رفض التصحيح.

## Managing accounts (admins) and one-time links
nav-accounts = إدارة الحسابات
accounts-title = الحسابات
accounts-heading = المنسّقون والمشرفون
accounts-intro = { $hours ->
    [zero] ادعُ الأشخاص عبر عنوان بريدهم الإلكتروني: يُنشئ Quorum رابطًا لمرة واحدة ترسله إليهم بنفسك. ولا يمكن استخدامه إلا مرة واحدة، ويبقى صالحًا لمدة { $hours } ساعة.
    [one] ادعُ الأشخاص عبر عنوان بريدهم الإلكتروني: يُنشئ Quorum رابطًا لمرة واحدة ترسله إليهم بنفسك. ولا يمكن استخدامه إلا مرة واحدة، ويبقى صالحًا لمدة ساعة واحدة.
    [two] ادعُ الأشخاص عبر عنوان بريدهم الإلكتروني: يُنشئ Quorum رابطًا لمرة واحدة ترسله إليهم بنفسك. ولا يمكن استخدامه إلا مرة واحدة، ويبقى صالحًا لمدة ساعتين.
    [few] ادعُ الأشخاص عبر عنوان بريدهم الإلكتروني: يُنشئ Quorum رابطًا لمرة واحدة ترسله إليهم بنفسك. ولا يمكن استخدامه إلا مرة واحدة، ويبقى صالحًا لمدة { $hours } ساعات.
    [many] ادعُ الأشخاص عبر عنوان بريدهم الإلكتروني: يُنشئ Quorum رابطًا لمرة واحدة ترسله إليهم بنفسك. ولا يمكن استخدامه إلا مرة واحدة، ويبقى صالحًا لمدة { $hours } ساعة.
   *[other] ادعُ الأشخاص عبر عنوان بريدهم الإلكتروني: يُنشئ Quorum رابطًا لمرة واحدة ترسله إليهم بنفسك. ولا يمكن استخدامه إلا مرة واحدة، ويبقى صالحًا لمدة { $hours } ساعة.
}
accounts-email = عنوان البريد الإلكتروني
accounts-role = الدور
accounts-status-active = مفعَّل
accounts-status-disabled = معطَّل
accounts-invite = إنشاء رابط دعوة
accounts-link-invite = { $hours ->
    [zero] رابط الدعوة الموجَّه إلى { $email } (أرسله بنفسك؛ لا يمكن استخدامه إلا مرة واحدة، ويبقى صالحًا لمدة { $hours } ساعة):
    [one] رابط الدعوة الموجَّه إلى { $email } (أرسله بنفسك؛ لا يمكن استخدامه إلا مرة واحدة، ويبقى صالحًا لمدة ساعة واحدة):
    [two] رابط الدعوة الموجَّه إلى { $email } (أرسله بنفسك؛ لا يمكن استخدامه إلا مرة واحدة، ويبقى صالحًا لمدة ساعتين):
    [few] رابط الدعوة الموجَّه إلى { $email } (أرسله بنفسك؛ لا يمكن استخدامه إلا مرة واحدة، ويبقى صالحًا لمدة { $hours } ساعات):
    [many] رابط الدعوة الموجَّه إلى { $email } (أرسله بنفسك؛ لا يمكن استخدامه إلا مرة واحدة، ويبقى صالحًا لمدة { $hours } ساعة):
   *[other] رابط الدعوة الموجَّه إلى { $email } (أرسله بنفسك؛ لا يمكن استخدامه إلا مرة واحدة، ويبقى صالحًا لمدة { $hours } ساعة):
}
accounts-link-reset = { $hours ->
    [zero] رابط إعادة تعيين كلمة المرور للحساب { $email } (أرسله بنفسك؛ لا يمكن استخدامه إلا مرة واحدة، ويبقى صالحًا لمدة { $hours } ساعة):
    [one] رابط إعادة تعيين كلمة المرور للحساب { $email } (أرسله بنفسك؛ لا يمكن استخدامه إلا مرة واحدة، ويبقى صالحًا لمدة ساعة واحدة):
    [two] رابط إعادة تعيين كلمة المرور للحساب { $email } (أرسله بنفسك؛ لا يمكن استخدامه إلا مرة واحدة، ويبقى صالحًا لمدة ساعتين):
    [few] رابط إعادة تعيين كلمة المرور للحساب { $email } (أرسله بنفسك؛ لا يمكن استخدامه إلا مرة واحدة، ويبقى صالحًا لمدة { $hours } ساعات):
    [many] رابط إعادة تعيين كلمة المرور للحساب { $email } (أرسله بنفسك؛ لا يمكن استخدامه إلا مرة واحدة، ويبقى صالحًا لمدة { $hours } ساعة):
   *[other] رابط إعادة تعيين كلمة المرور للحساب { $email } (أرسله بنفسك؛ لا يمكن استخدامه إلا مرة واحدة، ويبقى صالحًا لمدة { $hours } ساعة):
}
accounts-disable = تعطيل
accounts-enable = تفعيل
accounts-reset = إنشاء رابط لإعادة تعيين كلمة المرور
accounts-you = (أنت)
accounts-error-self = لا يمكنك تعطيل حسابك.
accounts-error-exists = يوجد بالفعل حساب بعنوان البريد الإلكتروني هذا.
invitation-title = تعيين كلمة المرور
invitation-heading-invite = مرحبًا بك في Quorum
invitation-heading-reset = اختر كلمة مرور جديدة
invitation-intro = عيّن كلمة مرور للحساب { $email } ({ $role }). يجب ألا يقل عدد أحرفها عن { $min }.
invitation-password = كلمة المرور الجديدة
invitation-password-again = أعد إدخال كلمة المرور نفسها
invitation-submit = حفظ كلمة المرور وتسجيل الدخول
invitation-error-invalid = لم يعد هذا الرابط صالحًا: فقد سبق استخدامه أو انتهت صلاحيته. اطلب رابطًا جديدًا من أحد المشرفين.
invitation-error-mismatch = كلمتا المرور غير متطابقتين.
invitation-error-short = يجب ألا يقل عدد أحرف كلمة المرور عن { $min }.

## Sources: each cited source's kind, shown after its name.
source-kind-official = (رسمي)
source-kind-secondary = (ثانوي)
source-kind-derived = (مستنتَج بواسطة Quorum)
source-secondary-only = مصادر ثانوية فقط: لم تؤكدها منظمة ISO ولا هيئة التقييس الوطنية.
source-separator = {"؛ "}
directory-relevance = تظهر النتائج الأكثر تطابقًا أولًا. اختر عنوان عمود للفرز حسبه بدلًا من ذلك.

## Pages of a long list
pager-label = الصفحات
pager-previous = الصفحة السابقة
pager-next = الصفحة التالية
# $page and $pages are numbers.
pager-position = الصفحة { $page } من { $pages }

## The composer's facts: the review deadline Quorum derives, the owner committee
# $date is a formatted date.
letter-fact-due-by = لا يوجد تصويت مراجعة مفتوح؛ ويحين موعد المراجعة الدورية القادمة في موعد أقصاه { $date } (موعد استنتجه Quorum: بعد خمس سنوات من آخر تثبيت؛ وقد تفتحها ISO قبل ذلك). ولا تذكر الرسالة موعدًا لإغلاق التصويت.
# $committee is a committee's reference, such as ISO/TMBG.
letter-fact-committee = اللجنة المسؤولة: { $committee }.

## A body's category against ISO's committee data
# $count is a number of committees, $committees some of their references, $recorded the recorded category.
category-evidence = { $count ->
    [zero] تُدرج بيانات لجان ISO هذه الهيئة عضوًا مشاركًا (P) في { $count } لجنة ({ $committees }…)؛ ولا يكون العضو المشارك إلا عضوًا كامل العضوية، لكن الفئة المسجّلة هي «{ $recorded }».
    [one] تُدرج بيانات لجان ISO هذه الهيئة عضوًا مشاركًا (P) في لجنة واحدة ({ $committees })؛ ولا يكون العضو المشارك إلا عضوًا كامل العضوية، لكن الفئة المسجّلة هي «{ $recorded }».
    [two] تُدرج بيانات لجان ISO هذه الهيئة عضوًا مشاركًا (P) في لجنتين ({ $committees }…)؛ ولا يكون العضو المشارك إلا عضوًا كامل العضوية، لكن الفئة المسجّلة هي «{ $recorded }».
    [few] تُدرج بيانات لجان ISO هذه الهيئة عضوًا مشاركًا (P) في { $count } لجان ({ $committees }…)؛ ولا يكون العضو المشارك إلا عضوًا كامل العضوية، لكن الفئة المسجّلة هي «{ $recorded }».
    [many] تُدرج بيانات لجان ISO هذه الهيئة عضوًا مشاركًا (P) في { $count } لجنةً ({ $committees }…)؛ ولا يكون العضو المشارك إلا عضوًا كامل العضوية، لكن الفئة المسجّلة هي «{ $recorded }».
   *[other] تُدرج بيانات لجان ISO هذه الهيئة عضوًا مشاركًا (P) في { $count } لجنة ({ $committees }…)؛ ولا يكون العضو المشارك إلا عضوًا كامل العضوية، لكن الفئة المسجّلة هي «{ $recorded }».
}
category-evidence-confirm = تسجيلها عضوًا كامل العضوية مع ذكر هذه البيانات مصدرًا
