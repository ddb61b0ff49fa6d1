# Open letters: the campaign's own letters, published per language.
nav-open-letters = الرسائل المفتوحة
open-letters-title = الرسائل المفتوحة
open-letters-intro = رسائل كتبتها الحملة إلى جميع هيئات التقييس الوطنية، ونُشرت باللغات التي ترجمها منسقوها وراجعوها. يمكنك قراءة أي منها أو مشاركتها أو تحويلها إلى رسالة شخصية منك إلى هيئة التقييس في بلدك.
open-letters-empty = لم تُنشر أي رسالة مفتوحة بعد.
open-letters-languages = منشورة باللغات: { $languages }
open-letter-fallback = هذه الرسالة غير منشورة باللغة { $language } بعد؛ وهي معروضة هنا باللغة { $shown }.
open-letter-other-languages = اقرأها باللغة:
open-letter-side-by-side = جنبًا إلى جنب مع { $language }
open-letter-single = عرض لغة واحدة
open-letter-reviewed = تمت مراجعتها في { $date }.
open-letter-share = رابط للمشاركة
open-letter-print = للطباعة أو الحفظ بصيغة PDF، استخدم أمر الطباعة في متصفحك: تُطبع الصفحة على هيئة رسالة.
open-letter-send-heading = أرسلها إلى هيئة التقييس الوطنية في بلدك
open-letter-send-intro = اختر بلدك: تُوجَّه الرسالة إلى هيئة التقييس فيه، وبلغة الهيئة إذا كانت الرسالة منشورة بتلك اللغة.
open-letter-send-country = بلدك
open-letter-send-button = عرض رسالتي
open-letter-to = إلى: { $body }، { $country }
open-letter-to-address = العنوان: { $address }
open-letter-mailto = فتح في برنامج البريد الإلكتروني
open-letter-no-email = لا يتوفر لدى Quorum عنوان بريد إلكتروني لهذه الهيئة؛ راجع صفحتها لمعرفة طرق أخرى للتواصل معها.
open-letter-body-page = صفحة الهيئة

## Coordinators write and translate open letters
open-letters-new-heading = كتابة رسالة مفتوحة جديدة
open-letters-new-slug = اسم قصير لعنوانها على الويب (أحرف لاتينية صغيرة وأرقام وشرطات)
open-letters-new-lang = اللغة التي تُكتب بها
open-letters-new-button = البدء في الكتابة
open-letter-edit-link = تعديل وترجمة
open-letter-edit-title = الرسالة المفتوحة «{ $slug }» باللغة { $language }
open-letter-new-title = رسالة مفتوحة جديدة «{ $slug }» باللغة { $language }
open-letter-edit-intro = اكتب عنوان الرسالة ونصها بهذه اللغة. استخدم العناصر النائبة أدناه لما يختلف من هيئة إلى أخرى؛ ويُفحص النص عند حفظه. يصبح النص بعد حفظه مسودة، ولا يطّلع عليه الجمهور إلا بعد مراجعته ونشره.
open-letter-languages-heading = لغات هذه الرسالة
open-letter-add-language = الترجمة إلى
open-letter-add-language-button = بدء الترجمة
open-letter-source-heading = النص الأصلي ({ $language })
open-letter-source-language = كُتبت أولًا باللغة:
open-letter-stale = تستند هذه الترجمة إلى نسخة أقدم من النص الأصلي: قارن بينهما ثم احفظها من جديد.
open-letter-stale-short = أقدم من النص الأصلي
open-letter-field-title = العنوان
open-letter-field-body = النص
open-letter-save = حفظ المسودة
open-letter-saved = تم حفظ المسودة.
open-letter-placeables-heading = العناصر النائبة
open-letter-placeables-help = اكتبها كما هي معروضة، مع الأقواس المعقوصة؛ إذ تُستبدل بما يناسب كل هيئة. وتُكتب صيغة الجمع على هذا النحو: { "{" } $adoptions -> [one] اعتماد واحد *[other] { "{" } $adoptions { "}" } اعتمادات { "}" }، على أن يكون كل خيار في سطر مستقل. ولا يجوز أن يبدأ السطر بـ * أو [ أو . خارج مثل هذا الاختيار: ابدأ أسطر القوائم بشَرطة.
open-letter-placeable-body = اسم الهيئة (في الصفحة العامة: «هيئة التقييس الوطنية في بلدكم»)
open-letter-placeable-acronym = اختصار اسم الهيئة
open-letter-placeable-country = البلد كما يرد في الجملة، بأداة التعريف إن كانت جزءًا من اسمه، في حالة الرفع (المملكة المتحدة)
open-letter-placeable-in_country = «في» متبوعةً باسم البلد، كما تكتبها لغة الرسالة (في المملكة المتحدة)؛ وفي الصيغة الموجّهة إلى الجميع: «في بلدكم»
open-letter-placeable-standard = مرجع المواصفة (ISO 20400:2017)
open-letter-placeable-standard_title = عنوان المواصفة بلغة الرسالة، إن كان مسجّلًا
open-letter-placeable-deadline = موعد إغلاق باب التصويت المفتوح، أو إن لم يكن هناك تصويت مفتوح، الموعد الأقصى المحسوب للمراجعة التالية، بلغة الرسالة
open-letter-placeable-committee = اللجنة المسؤولة عن المواصفة (ISO/TMBG)
open-letter-placeable-adoptions = عدد الاعتمادات الوطنية المسجّلة
open-letter-placeable-languages = عدد اللغات التي تتوفر بها المواصفة
open-letter-status-heading = المراجعة
open-letter-status-draft = مسودة
open-letter-status-reviewed = تمت مراجعتها
open-letter-status-published = منشورة
open-letter-reviewed-by = راجعها { $who } في { $date }
open-letter-mark-reviewed = وضع علامة «تمت المراجعة»
open-letter-publish = نشر
open-letter-back-to-draft = إعادة إلى المسودة
open-letter-unpublish = سحبها من العرض العام
open-letter-preview-heading = معاينة
open-letter-preview-for = كما تصل إلى:
open-letter-preview-everyone = الجميع (الصفحة العامة)
open-letter-preview-button = معاينة
open-letter-public-page = الصفحة العامة
letter-template-empty = النص فارغ.
letter-template-too-long = يتجاوز عدد أحرف النص { $max }.
letter-template-control = السطر { $line }: يحتوي النص على حرف تحكم غير مرئي.
letter-template-syntax = السطر { $line }: تتعذّر قراءة هذا السطر ({ $detail }). تحقّق من الأقواس المعقوصة، ولا تبدأ أي سطر بـ * أو [ أو . خارج اختيار صيغة الجمع.
letter-template-unknown-placeable = السطر { $line }: «{ $detail }» ليس عنصرًا نائبًا يعرفه Quorum.
letter-template-reference = السطر { $line }: يشير «{ $detail }» إلى شيء لا يمكن استخدامه في الرسالة؛ لا يُسمح إلا بالعناصر النائبة المدرجة.
letter-error-slug = استخدم من 2 إلى 60 حرفًا من الأحرف اللاتينية الصغيرة والأرقام والشرطات.
letter-error-review-first = لا يُنشر النص إلا بعد مراجعته.
letter-error-status = لا يمكن نقل النص إلى تلك الخطوة من مرحلته الحالية.

## Co-signing open letters
signature-heading = شارك في توقيع هذه الرسالة
signature-intro = أضف اسمك إلى الرسالة. يتحقق أحد المنسّقين من كل توقيع قبل احتسابه، ولا يُعرض بريدك الإلكتروني أبدًا.
signature-count = { $count ->
    [zero] لم يوقّع أي شخص بعد.
    [one] وقّع شخص واحد.
    [two] وقّع شخصان.
    [few] وقّع { $count } أشخاص.
    [many] وقّع { $count } شخصًا.
   *[other] وقّع { $count } شخص.
}
signature-per-country = حسب البلد: { $countries }
signature-field-name = اسمك
signature-field-organisation = المؤسسة
signature-field-country = البلد
signature-field-role = المنصب (اختياري)
signature-field-email = البريد الإلكتروني (اختياري)
signature-email-hint = لا يراه إلا المنسّقون، للتأكد من توقيعك عند الحاجة.
signature-field-listed = أدرِج اسمي ومؤسستي وبلدي أسفل الرسالة
signature-submit = توقيع
signature-thanks = شكرًا لك. توقيعك بانتظار تحقق أحد المنسّقين منه.
signature-error-too-many = وصل عدد كبير جدًا من التوقيعات من اتصالك خلال الساعة الماضية. يُرجى المحاولة مرة أخرى لاحقًا.
signature-error-decided = سبق البتّ في هذا التوقيع.
signatures-title = توقيعات بانتظار التحقق
signatures-intro = أشخاص شاركوا في توقيع رسالة مفتوحة. اعتمد التوقيعات الحقيقية، وارفض الرسائل المزعجة والتوقيعات المكررة. لا تُحتسب إلا التوقيعات المعتمدة، ولا يُدرج منها إلا ما وافق أصحابه على إدراجه؛ ولا تُعرض عناوين البريد الإلكتروني على الجمهور أبدًا.
signatures-empty = لا يوجد أي توقيع بانتظار التحقق.
signatures-moderated = تم.
signatures-approve = اعتماد
signatures-reject = رفض
signatures-no-email = دون بريد إلكتروني
signatures-listed = يمكن إدراجه
signatures-not-listed = يُحتسب ولا يُدرج
signatures-export = التوقيعات المعتمدة (CSV)
nav-signatures = توقيعات بانتظار التحقق

## Whom a letter is for, and its copy and download
open-letter-settings-heading = الجهات التي تُوجَّه إليها الرسالة
open-letter-field-target = موجَّهة إلى
open-letter-target-all = جميع هيئات التقييس الوطنية
open-letter-target-cycle = الهيئات التي يحق لها التصويت في المراجعة المرتبطة
open-letter-target-list = الهيئات المدرجة في القائمة أدناه
open-letter-field-target-list = الهيئات (رموز البلدان)
open-letter-target-list-hint = رموز بلدان من حرفين تفصل بينها مسافات أو فواصل، مثل: BR FR KE. لا تُستخدم إلا عندما تكون الرسالة موجَّهة إلى قائمة.
open-letter-field-standard = المواصفة
open-letter-field-cycle = دورة المراجعة
open-letter-no-link = بدون
open-letter-settings-save = حفظ هذه الإعدادات
open-letter-settings-saved = تم حفظ الإعدادات.
letter-error-cycle-standard = تخص دورة المراجعة هذه مواصفة أخرى.
letter-error-target-cycle = اختر دورة المراجعة التي تُوجَّه الرسالة إلى الهيئات المصوِّتة فيها.
letter-error-target-unknown = لا توجد أي هيئة تقييس وطنية بهذه الرموز: { $detail }
letter-error-target-empty = أدرِج رمز البلد لهيئة واحدة على الأقل.
open-letter-addressed-all = هذه الرسالة موجَّهة إلى جميع هيئات التقييس الوطنية.
open-letter-addressed-cycle = هذه الرسالة موجَّهة إلى الهيئات التي يحق لها التصويت في المراجعة { $cycle } (عدد الهيئات: { $count }).
open-letter-review-link = الاطلاع على المراجعة
open-letter-addressed-list = هذه الرسالة موجَّهة إلى هيئات التقييس الوطنية في: { $countries }.
open-letter-not-addressed = هذه الرسالة غير موجَّهة إلى هيئة التقييس في { $country }، ولذلك تُعرض بالصيغة المكتوبة للجميع. اختر أحد البلدان أدناه.
open-letter-copy = نسخ الرسالة
open-letter-copied = تم نسخ الرسالة
open-letter-download = تنزيل كملف نصي (.txt)
