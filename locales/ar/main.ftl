## Locale metadata: every locale folder defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = العربية
# Writing direction: ltr or rtl.
locale-direction = rtl

## Site frame
app-name = Quorum
page-title = { $page } · Quorum
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
not-found-title = الصفحة غير موجودة
not-found-body = لا توجد صفحة على هذا العنوان. إذا كنت قد وصلت عبر رابط إلى هيئة تقييس، فربما كُتب رمز البلد بشكل خاطئ: تتكون الرموز من حرفين، مثل BR للبرازيل.

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
