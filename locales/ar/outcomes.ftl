# After the letter: advocates tell what happened (no account), coordinators decide on
# their reports, and everyone sees the counts. $body is a body's acronym with its
# country ("ABNT (Brazil)"); $date a formatted date; $answer one of the
# outcome-stance-* phrases.

## "I sent it"

outcome-sent-heading = هل أرسلت رسالتك؟
outcome-sent-intro = أخبرنا حين ترسل رسالتك: ستُحتسب ضمن الرسائل الموجّهة إلى هذه الهيئة، وستحصل على رابط خاص تخبرنا من خلاله لاحقًا بما ردّت به الهيئة. ولا نحتفظ بأي شيء مما كتبته.
outcome-sent-email = عنوان بريدك الإلكتروني (اختياري)
outcome-sent-email-hint = نرسل إليك الرابط الخاص مرة واحدة بالبريد الإلكتروني، ولا نحتفظ بالعنوان.
outcome-sent-button = لقد أرسلتها
outcome-error-too-many = وصل عدد كبير جدًا من البلاغات من هذا الاتصال خلال الساعة الماضية. يُرجى المحاولة مرة أخرى لاحقًا.
outcome-error-closed = لم يعد بالإمكان تعديل هذا البلاغ: فقد أخذه أحد المنسّقين في الاعتبار بالفعل.
outcome-error-no-position = لا يتضمن هذا البلاغ أي ردّ يمكن تسجيله موقفًا.

## The advocate's private page

outcome-title = رسالتك والرد عليها
outcome-new = شكرًا لك. هذه الصفحة هي رابطك الخاص: احتفظ به لتخبرنا حين تردّ الهيئة. يمكن لأي شخص لديه الرابط تعديل البلاغ.
outcome-copy = نسخ الرابط
outcome-copied = تم نسخ الرابط
outcome-thanks = شكرًا لك: وصل بلاغك إلى المنسّقين.
outcome-sent-on = أرسلت رسالتك إلى { $body } في { $date }.
outcome-replied-on = ردّ بتاريخ { $date }: { $answer }
outcome-reply-heading = ردّت الهيئة
outcome-reply-intro = ماذا قالت الهيئة إنها ستفعل في المراجعة؟ يصل بلاغك إلى المنسّقين ولا يصل إلى الجمهور أبدًا: فالجمهور لا يرى إلا عدد الرسائل التي أُرسلت وعدد ما ورد عليها من ردود.
outcome-reply-stance = ردّ الهيئة
outcome-reply-text = ما كتبته الهيئة (اختياري)
outcome-reply-text-hint = لا يقرؤه إلا المنسّقون، ولا يُنشر أبدًا.
outcome-reply-button = إرسال الرد
outcome-unknown = هذا الرابط غير صالح.
outcome-stance-confirm = ستصوّت الهيئة لصالح تثبيت المواصفة
outcome-stance-revise = ستصوّت الهيئة لصالح تنقيح المواصفة
outcome-stance-withdraw = ستصوّت الهيئة لصالح سحب المواصفة
outcome-stance-undecided = لم تحسم الهيئة موقفها بعد
outcome-stance-no-answer = لا إجابة بشأن التصويت

## Coordinators

outcome-reports-heading = بلاغات الجمهور
outcome-reports-intro = ما أبلغ عنه المدافعون بعد مراسلة هذه الهيئة. درجة الثقة منخفضة: لا تسجّل موقفًا إلا إذا كان الرد موثوقًا، ويصبح البلاغ عندئذٍ مصدرًا له.
outcome-reports-decided = تم أخذ البلاغ في الاعتبار.
outcome-reports-none = لم يُبلغ أي من المدافعين بعدُ عن رسالة إلى هذه الهيئة في هذه المراجعة.
outcome-reports-no-reply = لم يُبلَّغ عن أي رد
outcome-via-letter = رسالة من أداة إنشاء الرسائل
outcome-via-open-letter = رسالة مفتوحة
outcome-status-open = بانتظار القرار
outcome-status-recorded = سُجّل موقفًا
outcome-status-dismissed = مستبعَد
outcome-reports-open = { $count ->
    [zero] لا بلاغات بانتظار القرار
    [one] بلاغ واحد بانتظار القرار
    [two] بلاغان بانتظار القرار
    [few] { $count } بلاغات بانتظار القرار
    [many] { $count } بلاغًا بانتظار القرار
   *[other] { $count } بلاغ بانتظار القرار
}
outcome-record-button = تسجيله موقفًا (نية، درجة ثقة منخفضة)
outcome-dismiss-button = استبعاد

## Public counts

outcome-counts-heading = الرسائل إلى الهيئات
outcome-counts = { $letters ->
    [zero] لم تُبدأ كتابة أي رسالة
    [one] بُدئت كتابة رسالة واحدة
    [two] بُدئت كتابة رسالتين
    [few] بُدئت كتابة { $letters } رسائل
    [many] بُدئت كتابة { $letters } رسالةً
   *[other] بُدئت كتابة { $letters } رسالة
}، { $sent ->
    [zero] ولم يُبلَّغ عن إرسال أي رسالة
    [one] وأُبلغ عن إرسال رسالة واحدة
    [two] وأُبلغ عن إرسال رسالتين
    [few] وأُبلغ عن إرسال { $sent } رسائل
    [many] وأُبلغ عن إرسال { $sent } رسالةً
   *[other] وأُبلغ عن إرسال { $sent } رسالة
}، { $replies ->
    [zero] ولم يرد أي ردّ
    [one] وورد ردّ واحد
    [two] وورد ردّان
    [few] ووردت { $replies } ردود
    [many] وورد { $replies } ردًّا
   *[other] وورد { $replies } ردّ
}.
outcome-counts-hint = رسائل بُدئت كتابتها في أداة إنشاء الرسائل في Quorum أثناء فترة المراجعة، وما أخبرنا به كاتبوها بعد ذلك. نعرض الأعداد فقط: أما هوية من كتب وما كتبه فتبقى خاصة.
outcome-counts-country = البلد
outcome-counts-letters = رسائل بُدئت كتابتها
outcome-counts-sent = أُبلغ عن إرسالها
outcome-counts-replies = الردود

## E-mail

mail-outcome-subject = رابطك الخاص: الرسالة إلى { $body }
mail-outcome-body = شكرًا لك على مراسلة { $body }. عندما تردّ الهيئة، استخدم هذا الرابط لتخبرنا بما قالته. احتفظ به لنفسك: يمكن لأي شخص لديه الرابط تعديل البلاغ.
mail-outcome-action = أخبرنا بما ردّت به الهيئة

## The letters layer of a review's map

outcome-map-description = خريطة العالم: يُلوَّن كل بلد بحسب الرسائل التي بدأ مستخدمو Quorum كتابتها أو أبلغوا عن إرسالها إلى هيئته الوطنية في هذه المراجعة.
outcome-map-layer = تلوين الخريطة بحسب
outcome-map-positions = المواقف
outcome-map-letters = الرسائل
outcome-map-bucket-0 = لا رسائل
outcome-map-bucket-1 = رسالة أو رسالتان
outcome-map-bucket-2 = من 3 إلى 9 رسائل
outcome-map-bucket-3 = 10 رسائل أو أكثر
