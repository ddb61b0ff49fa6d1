# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = العربية
# Writing direction: ltr or rtl.
locale-direction = rtl

## The letters. A formal register fit for writing to a national institution.
## Every placeable is inserted as it is, never inflected: each note below says the form
## (case, article) the value comes in. Write each sentence so that this form is
## grammatical where it stands; where your grammar needs another case, use the placeable
## made for it ($in_country) or a construction that takes the form as it is (an
## apposition, a colon).
## $body: the body's full name as the body writes it (nominative, no article added).
## $acronym: its short name (nominative), or the full name when no acronym is known.
## $country: the country as it stands in a sentence, nominative, with the article your
##   language puts before it ("the United Kingdom", "Brazil"; countries.ftl).
## $in_country: "in <the country>", preposition and case included ("in the United
##   Kingdom"; countries.ftl, attribute .in). Use it for every "in <country>".
## $country_kind: country, or territory for Hong Kong and Macao, which are not states:
##   never call what a territory publishes a *national* standard.
## $standard: the reference, invariable (ISO 20400:2017).
## $edition: the national edition's designation, invariable (NBR ISO 20400).
## $title: the standard's title as published in this language (a quotation); blank when
##   no title in this language is recorded: then $has_title is no, and the letter names
##   the standard by $standard alone (never a title in another language).
## $has_title: yes or no.
## $language: the country's main language named in this language, in its dictionary form
##   (CLDR: "portugais", "polski"): write "the { $language } language" style
##   constructions where your grammar would inflect it.
## $adopted: how many national adoptions Quorum records (a number: plural categories).
## $confirmed: the date the last systematic review was completed (a formatted date, as it
##   stands after "on": French "1er mars 2027").
## $deadline: the date the current ballot closes (a formatted date).
## $due_by: with no ballot open, the date the next systematic review is due by, five years
##   after the last confirmation (a formatted date).
## $has_deadline: yes (a ballot is open), due (none is; the review is due by $due_by), or
##   no (neither is known).
letter-subject-review = طلب التصويت لصالح تثبيت المواصفة { $standard } في المراجعة الدورية
letter-subject-adopt = { $country_kind ->
    [territory] طلب اعتماد المواصفة { $standard } بوصفها مواصفة قياسية في { $country }
   *[country] طلب اعتماد المواصفة { $standard } بوصفها مواصفة قياسية وطنية في { $country }
}
letter-subject-translate = طلب نشر المواصفة { $standard } باللغة { $language }
letter-subject-translate-exists = طلب التعريف على نطاق واسع بالطبعة { $edition }، طبعة المواصفة { $standard } باللغة { $language }
letter-greeting = السيدات والسادة المحترمون، تحية طيبة وبعد،
letter-review-opening = أكتب إليكم بشأن المواصفة { $has_title ->
    [yes] { $standard } «{ $title }»
   *[no] { $standard }
}، وبشأن تصويت { $body } في المراجعة الدورية لهذه المواصفة. وأودّ أن أطلب منكم التصويت لصالح تثبيت المواصفة بصيغتها الحالية.
letter-review-why = توفّر المواصفة ISO 20400 للمؤسسات من جميع الأحجام والقطاعات إطارًا مشتركًا للمشتريات المستدامة؛ فهي تبيّن كيف تُقيَّم الآثار البيئية والاجتماعية والاقتصادية لما تشتريه المؤسسة على امتداد سلسلة التوريد بأكملها، وكيف يُدمج ذلك في السياسات والإجراءات والممارسات اليومية. ومنذ نشرها، تصدّرت قضايا تغيّر المناخ والاقتصاد الدائري وحقوق الإنسان وأخلاقيات الأعمال جدول الأعمال، وسلاسل التوريد هي الميدان الذي يُنجَز فيه جانب كبير من هذا العمل. وقد وُضعت المواصفة لمعالجة هذه المسائل تحديدًا، ولا تزال إطارًا سليمًا لها.
letter-review-evidence = { $adopted ->
    [0] وقد ثبّتت منظمة ISO المواصفة دون أي تغيير في مراجعتها الدورية الأخيرة التي اكتملت في { $confirmed }.
    [zero] وقد ثبّتت منظمة ISO المواصفة دون أي تغيير في مراجعتها الدورية الأخيرة التي اكتملت في { $confirmed }.
    [one] وقد اعتمدتها هيئة تقييس وطنية واحدة على الأقل بوصفها مواصفة قياسية وطنية، كما ثُبّتت دون أي تغيير في المراجعة الدورية الأخيرة للمواصفة، التي اكتملت في { $confirmed }.
    [two] وقد اعتمدها ما لا يقل عن هيئتَي تقييس وطنيتين بوصفها مواصفة قياسية وطنية، كما ثُبّتت دون أي تغيير في المراجعة الدورية الأخيرة للمواصفة، التي اكتملت في { $confirmed }.
    [few] وقد اعتمدها ما لا يقل عن { $adopted } هيئات تقييس وطنية بوصفها مواصفة قياسية وطنية، كما ثُبّتت دون أي تغيير في المراجعة الدورية الأخيرة للمواصفة، التي اكتملت في { $confirmed }.
    [many] وقد اعتمدها ما لا يقل عن { $adopted } هيئة تقييس وطنية بوصفها مواصفة قياسية وطنية، كما ثُبّتت دون أي تغيير في المراجعة الدورية الأخيرة للمواصفة، التي اكتملت في { $confirmed }.
   *[other] وقد اعتمدها ما لا يقل عن { $adopted } هيئة تقييس وطنية بوصفها مواصفة قياسية وطنية، كما ثُبّتت دون أي تغيير في المراجعة الدورية الأخيرة للمواصفة، التي اكتملت في { $confirmed }.
}
letter-review-ask = { $has_deadline ->
    [yes] يُغلق باب التصويت الحالي في { $deadline }. إن تنقيح المواصفة سيستغرق سنوات من عمل اللجان، ومن الأجدى بكثير أن يُخصَّص هذا الوقت لمساعدة المؤسسات على تطبيق الإرشادات التي تقدّمها المواصفة بالفعل. لذا، أرجو من { $acronym } بكل احترام التصويت لصالح تثبيت المواصفة { $standard }.
    [due] يجب أن تُجرى المراجعة الدورية التالية للمواصفة في موعد أقصاه { $due_by }. إن تنقيح المواصفة سيستغرق سنوات من عمل اللجان، ومن الأجدى بكثير أن يُخصَّص هذا الوقت لمساعدة المؤسسات على تطبيق الإرشادات التي تقدّمها المواصفة بالفعل. لذا، أرجو من { $acronym } بكل احترام التصويت لصالح تثبيت المواصفة { $standard } عند فتح باب التصويت.
   *[other] إن تنقيح المواصفة سيستغرق سنوات من عمل اللجان، ومن الأجدى بكثير أن يُخصَّص هذا الوقت لمساعدة المؤسسات على تطبيق الإرشادات التي تقدّمها المواصفة بالفعل. لذا، أرجو من { $acronym } بكل احترام التصويت لصالح تثبيت المواصفة { $standard } عند فتح باب التصويت.
}
letter-review-closing = أشكركم على النظر في هذا الطلب. وسيسعدني أن أعرف موقف { $acronym } في هذا التصويت، وأن أشارككم ما أعرفه عن استخدام المواصفة { $in_country }.
letter-adopt-opening = أكتب إليكم لأطلب من { $body } اعتماد المواصفة { $has_title ->
    [yes] { $standard } «{ $title }»
   *[no] { $standard }
} { $country_kind ->
    [territory] بوصفها مواصفة قياسية في { $country }.
   *[country] بوصفها مواصفة قياسية وطنية في { $country }.
}
letter-adopt-why = تنفق الجهات الحكومية والشركات حصة كبيرة من الدخل الوطني على السلع والأشغال والخدمات، وتؤثر طريقة شرائها في ظروف العمل والانبعاثات والاقتصادات المحلية حتى أبعد حلقات سلاسل توريدها. وتقدّم المواصفة ISO 20400 إرشادات متفقًا عليها دوليًا لمراعاة هذه الآثار، بدءًا من سياسة الشراء والتزام القيادة، ووصولًا إلى اختيار الموردين وإدارة العقود. وهي تنطبق على المؤسسات من جميع الأحجام والقطاعات، عامةً كانت أم خاصة.
letter-adopt-evidence = { $adopted ->
    [0] وقد ثبّتت منظمة ISO المواصفة في مراجعتها الدورية الأخيرة التي اكتملت في { $confirmed }، فهي إذن مواصفة حديثة ومستقرة.
    [zero] وقد ثبّتت منظمة ISO المواصفة في مراجعتها الدورية الأخيرة التي اكتملت في { $confirmed }، فهي إذن مواصفة حديثة ومستقرة.
    [one] وقد اعتمدتها بالفعل هيئة تقييس وطنية واحدة على الأقل، كما ثبّتتها منظمة ISO في المراجعة الدورية الأخيرة للمواصفة، التي اكتملت في { $confirmed }؛ فهي إذن مواصفة حديثة ومستقرة.
    [two] وقد اعتمدها بالفعل ما لا يقل عن هيئتَي تقييس وطنيتين، كما ثبّتتها منظمة ISO في المراجعة الدورية الأخيرة للمواصفة، التي اكتملت في { $confirmed }؛ فهي إذن مواصفة حديثة ومستقرة.
    [few] وقد اعتمدها بالفعل ما لا يقل عن { $adopted } هيئات تقييس وطنية، كما ثبّتتها منظمة ISO في المراجعة الدورية الأخيرة للمواصفة، التي اكتملت في { $confirmed }؛ فهي إذن مواصفة حديثة ومستقرة.
    [many] وقد اعتمدها بالفعل ما لا يقل عن { $adopted } هيئة تقييس وطنية، كما ثبّتتها منظمة ISO في المراجعة الدورية الأخيرة للمواصفة، التي اكتملت في { $confirmed }؛ فهي إذن مواصفة حديثة ومستقرة.
   *[other] وقد اعتمدها بالفعل ما لا يقل عن { $adopted } هيئة تقييس وطنية، كما ثبّتتها منظمة ISO في المراجعة الدورية الأخيرة للمواصفة، التي اكتملت في { $confirmed }؛ فهي إذن مواصفة حديثة ومستقرة.
}
letter-adopt-ask = إن اعتماد المواصفة بنصٍّ مطابق للنص الدولي سيمنح المشترين والموردين { $in_country } مرجعًا معترفًا به يمكن الاستناد إليه في المناقصات العامة وسياسات الشركات، وسييسّر التوافق مع الشركاء التجاريين الذين يستخدمون المواصفة بالفعل. لذا، أرجو من { $acronym } بكل احترام الشروع في إجراءات اعتماد المواصفة { $standard }، ونشرها باللغة { $language } متى أمكن ذلك.
letter-adopt-ask-in-progress = علمتُ أن إجراءات اعتماد المواصفة { $standard } قد بدأت بالفعل لدى { $acronym }. إن طبعةً مطابقة للنص الدولي ستمنح المشترين والموردين { $in_country } مرجعًا معترفًا به يمكن الاستناد إليه في المناقصات العامة وسياسات الشركات. لذا، أرجو من { $acronym } بكل احترام استكمال إجراءات الاعتماد ونشر المواصفة، باللغة { $language } متى أمكن ذلك، وإبلاغ من سيستخدمونها حين تصبح متاحة.
letter-adopt-closing = أشكركم على النظر في هذا الطلب. وسيسعدني أن تُتاح لي الفرصة لأطلعكم على مزيد من التفاصيل حول الاهتمام بهذه المواصفة { $in_country }، وأن أتعرّف على الخطوات التالية الممكنة.
letter-translate-opening = أكتب إليكم لأطلب من { $body } إتاحة المواصفة { $has_title ->
    [yes] { $standard } «{ $title }»
   *[no] { $standard }
} باللغة { $language }.
letter-translate-opening-exists = أكتب إليكم بشأن { $edition }، الطبعة الصادرة عن { $acronym } باللغة { $language } من المواصفة { $has_title ->
    [yes] { $standard } «{ $title }»
   *[no] { $standard }
}.
letter-translate-why = المشتريات المستدامة هي العمل اليومي للمشترين والموردين ومديري العقود والموظفين العموميين، وكثير منهم لا يقرؤون الإرشادات إلا بلغتهم. والمواصفة ISO 20400 متاحة في طبعتَي ISO الرسميتين باللغتين الإنجليزية والفرنسية، وفي ترجمة رسمية إلى الإسبانية؛ أما العاملون باللغة { $language } { $in_country }، فإن طبعة وطنية ستحوّل بالنسبة إليهم نصًا دوليًا إلى أداة عملية يمكنهم مشاركتها مع فرق عملهم ومورديهم.
letter-translate-why-exists = المشتريات المستدامة هي العمل اليومي للمشترين والموردين ومديري العقود والموظفين العموميين، وكثير منهم لا يقرؤون الإرشادات إلا بلغتهم. وبفضل { $edition }، باتت المواصفة متاحة بالفعل بلغتهم للعاملين باللغة { $language } { $in_country }؛ وما يهمّ الآن هو أن يعلموا بوجودها وأن يضعوها موضع التطبيق مع فرق عملهم ومورديهم.
letter-translate-evidence = { $adopted ->
    [0] وقد ثبّتت منظمة ISO المواصفة في مراجعتها الدورية الأخيرة التي اكتملت في { $confirmed }، ولذلك فإن أي ترجمة تُنجَز الآن ستظل مفيدة لسنوات عديدة.
    [zero] وقد ثبّتت منظمة ISO المواصفة في مراجعتها الدورية الأخيرة التي اكتملت في { $confirmed }، ولذلك فإن أي ترجمة تُنجَز الآن ستظل مفيدة لسنوات عديدة.
    [one] وقد اعتمدتها هيئة تقييس وطنية واحدة على الأقل، كما ثبّتتها منظمة ISO في المراجعة الدورية الأخيرة للمواصفة، التي اكتملت في { $confirmed }؛ ولذلك فإن أي ترجمة تُنجَز الآن ستظل مفيدة لسنوات عديدة.
    [two] وقد اعتمدها ما لا يقل عن هيئتَي تقييس وطنيتين، كما ثبّتتها منظمة ISO في المراجعة الدورية الأخيرة للمواصفة، التي اكتملت في { $confirmed }؛ ولذلك فإن أي ترجمة تُنجَز الآن ستظل مفيدة لسنوات عديدة.
    [few] وقد اعتمدها ما لا يقل عن { $adopted } هيئات تقييس وطنية، كما ثبّتتها منظمة ISO في المراجعة الدورية الأخيرة للمواصفة، التي اكتملت في { $confirmed }؛ ولذلك فإن أي ترجمة تُنجَز الآن ستظل مفيدة لسنوات عديدة.
    [many] وقد اعتمدها ما لا يقل عن { $adopted } هيئة تقييس وطنية، كما ثبّتتها منظمة ISO في المراجعة الدورية الأخيرة للمواصفة، التي اكتملت في { $confirmed }؛ ولذلك فإن أي ترجمة تُنجَز الآن ستظل مفيدة لسنوات عديدة.
   *[other] وقد اعتمدها ما لا يقل عن { $adopted } هيئة تقييس وطنية، كما ثبّتتها منظمة ISO في المراجعة الدورية الأخيرة للمواصفة، التي اكتملت في { $confirmed }؛ ولذلك فإن أي ترجمة تُنجَز الآن ستظل مفيدة لسنوات عديدة.
}
letter-translate-evidence-exists = { $adopted ->
    [0] وقد ثبّتت منظمة ISO المواصفة في مراجعتها الدورية الأخيرة التي اكتملت في { $confirmed }، ولذلك ستبقى الطبعة { $edition } سارية لسنوات عديدة.
    [zero] وقد ثبّتت منظمة ISO المواصفة في مراجعتها الدورية الأخيرة التي اكتملت في { $confirmed }، ولذلك ستبقى الطبعة { $edition } سارية لسنوات عديدة.
    [one] وقد اعتمدتها هيئة تقييس وطنية واحدة على الأقل، كما ثبّتتها منظمة ISO في المراجعة الدورية الأخيرة للمواصفة، التي اكتملت في { $confirmed }؛ ولذلك ستبقى الطبعة { $edition } سارية لسنوات عديدة.
    [two] وقد اعتمدها ما لا يقل عن هيئتَي تقييس وطنيتين، كما ثبّتتها منظمة ISO في المراجعة الدورية الأخيرة للمواصفة، التي اكتملت في { $confirmed }؛ ولذلك ستبقى الطبعة { $edition } سارية لسنوات عديدة.
    [few] وقد اعتمدها ما لا يقل عن { $adopted } هيئات تقييس وطنية، كما ثبّتتها منظمة ISO في المراجعة الدورية الأخيرة للمواصفة، التي اكتملت في { $confirmed }؛ ولذلك ستبقى الطبعة { $edition } سارية لسنوات عديدة.
    [many] وقد اعتمدها ما لا يقل عن { $adopted } هيئة تقييس وطنية، كما ثبّتتها منظمة ISO في المراجعة الدورية الأخيرة للمواصفة، التي اكتملت في { $confirmed }؛ ولذلك ستبقى الطبعة { $edition } سارية لسنوات عديدة.
   *[other] وقد اعتمدها ما لا يقل عن { $adopted } هيئة تقييس وطنية، كما ثبّتتها منظمة ISO في المراجعة الدورية الأخيرة للمواصفة، التي اكتملت في { $confirmed }؛ ولذلك ستبقى الطبعة { $edition } سارية لسنوات عديدة.
}
letter-translate-ask = لذا، أرجو من { $acronym } بكل احترام إعداد طبعة من المواصفة { $standard } باللغة { $language } ونشرها، سواء في صورة اعتماد وطني أو في صورة ترجمة تُباع إلى جانب النص الدولي، وإبلاغ من سيستخدمونها حين تصبح متاحة.
letter-translate-ask-exists = أتوجّه بالشكر إلى { $acronym } على إتاحة { $edition } باللغة { $language }. وأرجو منكم بكل احترام التعريف بهذه الطبعة على نطاق واسع بين المشترين والموردين والموظفين العموميين { $in_country }، والحرص على إبقائها متوافقة مع النص الدولي حين تُنقّح منظمة ISO المواصفة في المرة القادمة.
letter-translate-closing = أشكركم على النظر في هذا الطلب. وسيسعدني أن أسهم في التعريف بالترجمة { $in_country } فور نشرها.
letter-sign-off = وتفضلوا بقبول فائق الاحترام والتقدير،
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = في بلدكم ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }، { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }، في { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = هيئة التقييس الوطنية في بلدكم
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = بلدكم
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = في بلدكم
open-letter-generic-deadline = موعد إغلاق باب التصويت
open-letter-generic-committee = لجنة ISO المسؤولة عن المواصفة
