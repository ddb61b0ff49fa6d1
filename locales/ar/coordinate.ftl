# Coordinators: the advocacy pipeline, the dashboard and review cycles.

## The advocacy pipeline (coordinators only)
stage-not-contacted = لم يتم التواصل
stage-contacted = تم التواصل
stage-replied = تم الرد
stage-committed = تم الالتزام
stage-voted = تم التصويت
column-stage = مرحلة المسار
column-owner = المسؤول
column-letters = الرسائل
column-cycle = المراجعة
owner-nobody = لا أحد
owner-me = أنا
review-filter-stage = مرحلة المسار
review-filter-stage-all = جميع المراحل
review-filter-owner = المسؤول
review-filter-owner-all = أي مسؤول
pipeline-move-heading = الانتقال إلى مرحلة أخرى من المسار
pipeline-move-to = نقل { $country } إلى «{ $stage }»
pipeline-moved = تم تحديث المسار.
pipeline-heading = مسار المناصرة
pipeline-intro = ما وصلت إليه الحملة مع هذه الهيئة في هذه المراجعة، ومَن يتولى التواصل معها. لا يطّلع على هذا القسم إلا المنسّقون.
pipeline-letters = { $count ->
    [zero] لم يُعِدّ Quorum أي رسالة إلى هذه الهيئة أثناء فترة التصويت.
    [one] أعدّ Quorum رسالة واحدة إلى هذه الهيئة أثناء فترة التصويت.
    [two] أعدّ Quorum رسالتين إلى هذه الهيئة أثناء فترة التصويت.
    [few] أعدّ Quorum { $count } رسائل إلى هذه الهيئة أثناء فترة التصويت.
    [many] أعدّ Quorum { $count } رسالةً إلى هذه الهيئة أثناء فترة التصويت.
   *[other] أعدّ Quorum { $count } رسالة إلى هذه الهيئة أثناء فترة التصويت.
}
field-pipeline-stage = مرحلة المسار
field-owner = المسؤول
pipeline-save = حفظ بيانات المسار
pipeline-notes-heading = ملاحظات النشاط
pipeline-notes-empty = لا توجد أي ملاحظة بعد.
pipeline-noted = تمت إضافة الملاحظة.
field-noted-on = التاريخ (YYYY-MM-DD)
field-note-text = الملاحظة
pipeline-note-add = إضافة الملاحظة
pipeline-note-by = { $date }، { $who }

## The coordinators' dashboard
nav-coordinate = لوحة المنسّقين
coordinate-title = لوحة المنسّقين
coordinate-cycles-heading = المراجعات المفتوحة والمخطط لها
coordinate-cycles-empty = لا توجد أي مراجعة مفتوحة أو مخطط لها.
coordinate-closes = يُغلق باب التصويت في { $date }
coordinate-stages-label = هيئات التقييس حسب مرحلة المسار
coordinate-mine-count = { $count ->
    [zero] لا توجد أي هيئة تحت مسؤوليتك
    [one] هيئة واحدة تحت مسؤوليتك
    [two] هيئتان تحت مسؤوليتك
    [few] { $count } هيئات تحت مسؤوليتك
    [many] { $count } هيئةً تحت مسؤوليتك
   *[other] { $count } هيئة تحت مسؤوليتك
}
coordinate-mine-heading = الهيئات التي أتولى مسؤوليتها
coordinate-mine-empty = لست مسؤولًا عن أي هيئة في مراجعة مفتوحة أو مخطط لها. اختر هيئات من جدول إحدى المراجعات، واجعل نفسك المسؤول عنها.
coordinate-corrections-heading = التصحيحات المُبلَّغ عنها
coordinate-corrections = { $count ->
    [zero] لا يوجد أي تصحيح بانتظار البتّ فيه.
    [one] يوجد تصحيح واحد بانتظار البتّ فيه.
    [two] يوجد تصحيحان بانتظار البتّ فيهما.
    [few] توجد { $count } تصحيحات بانتظار البتّ فيها.
    [many] يوجد { $count } تصحيحًا بانتظار البتّ فيها.
   *[other] يوجد { $count } تصحيح بانتظار البتّ فيها.
}
coordinate-corrections-link = فتح قائمة الانتظار
coordinate-signatures = { $count ->
    [zero] لا يوجد أي توقيع على رسالة مفتوحة بانتظار التحقق.
    [one] يوجد توقيع واحد على رسالة مفتوحة بانتظار التحقق.
    [two] يوجد توقيعان على رسائل مفتوحة بانتظار التحقق.
    [few] توجد { $count } توقيعات على رسائل مفتوحة بانتظار التحقق.
    [many] يوجد { $count } توقيعًا على رسائل مفتوحة بانتظار التحقق.
   *[other] يوجد { $count } توقيع على رسائل مفتوحة بانتظار التحقق.
}
coordinate-changes-heading = أحدث التغييرات
coordinate-changes-link = جميع التغييرات في الدليل

## Review cycles
cycle-edit-link = تعديل دورة المراجعة هذه
cycle-edit-title = دورة المراجعة { $cycle } للمواصفة { $reference }
cycle-edit-intro = مواعيد التصويت في هذه المراجعة وحالتها، ونتيجتها بعد أن تتخذ اللجنة قرارها. تُكتب التواريخ بالصيغة YYYY-MM-DD، ويجوز أن يقع موعد الإغلاق المخطط له في المستقبل.
cycle-new-heading = بدء دورة مراجعة
cycle-new-intro = تُسمّى الدورة باسم مواصفتها والسنة التي يُفتح فيها باب التصويت، مثل iso-20400-2027.
cycle-new-for = مراجعة جديدة للمواصفة { $reference }
cycle-new-year = سنة فتح باب التصويت
cycle-new-open = فتح النموذج
field-opens-on = بدء التصويت
field-closes-on = إغلاق التصويت
field-cycle-status = الحالة
field-outcome = النتيجة
outcome-none = لم يصدر قرار
field-decided-on = تاريخ القرار
field-cycle-notes = ملاحظات
edit-error-full-date = أدخل التاريخ بالصيغة YYYY-MM-DD.
edit-error-closes-before-opens = لا يمكن أن يُغلق باب التصويت قبل فتحه.
edit-error-outcome-required = يجب تحديد نتيجة المراجعة التي صدر فيها القرار.
edit-error-outcome-needs-decision = لا تكون النتيجة إلا لمراجعة صدر فيها القرار: اجعل الحالة «صدر القرار»، أو اترك النتيجة فارغة.
history-note = { $field }: { $note }
