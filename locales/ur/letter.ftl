# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = اردو
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
letter-subject-review = منظم جائزے میں معیار { $standard } کی توثیق کے حق میں ووٹ دینے کی درخواست
letter-subject-adopt = { $country_kind ->
    [territory] معیار { $standard } کو { $country } کے معیار کے طور پر اپنانے کی درخواست
   *[country] معیار { $standard } کو { $country } کے قومی معیار کے طور پر اپنانے کی درخواست
}
letter-subject-translate = معیار { $standard } کو { $language } زبان میں شائع کرنے کی درخواست
letter-subject-translate-exists = معیار { $standard } کے { $language } ایڈیشن { $edition } کی وسیع پیمانے پر تشہیر کی درخواست
letter-greeting = محترم جناب/محترمہ،
letter-review-opening = یہ خط معیار { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} اور اس کے منظم جائزے میں { $body } کی جانب سے دیے جانے والے ووٹ کے بارے میں ہے۔ آپ سے گزارش ہے کہ اس معیار کی موجودہ صورت میں توثیق کے حق میں ووٹ دیں۔
letter-review-why = ISO 20400 ہر حجم اور ہر شعبے کی تنظیموں کو پائیدار خریداری کے لیے ایک مشترکہ فریم ورک فراہم کرتا ہے: یہ بتاتا ہے کہ تنظیمیں اپنی خریداری کے ماحولیاتی، سماجی اور معاشی اثرات کو پوری سپلائی چین میں کس طرح پرکھیں، اور اسے پالیسی، طریقۂ کار اور روزمرہ عمل کا حصہ کیسے بنائیں۔ اس کی اشاعت کے بعد سے موسمیاتی تبدیلی، گردشی معیشت، انسانی حقوق اور کاروباری اخلاقیات کو ترجیحات میں اولین مقام حاصل ہو گیا ہے، اور اس سلسلے میں کام کا بڑا حصہ سپلائی چین ہی میں انجام پاتا ہے۔ یہ معیار بالکل انہی سوالات کے لیے تیار کیا گیا تھا اور آج بھی ان کے لیے ایک مضبوط فریم ورک ہے۔
letter-review-evidence = { $adopted ->
    [0] اپنے گزشتہ منظم جائزے میں، جو { $confirmed } کو مکمل ہوا، ISO نے اس معیار کی کسی تبدیلی کے بغیر توثیق کی۔
    [one] کم از کم { $adopted } قومی معیاراتی ادارے نے اسے قومی معیار کے طور پر اپنایا ہے، اور اس کے گزشتہ منظم جائزے میں، جو { $confirmed } کو مکمل ہوا، کسی تبدیلی کے بغیر اس کی توثیق کی گئی۔
   *[other] کم از کم { $adopted } قومی معیاراتی اداروں نے اسے قومی معیار کے طور پر اپنایا ہے، اور اس کے گزشتہ منظم جائزے میں، جو { $confirmed } کو مکمل ہوا، کسی تبدیلی کے بغیر اس کی توثیق کی گئی۔
}
letter-review-ask = { $has_deadline ->
    [yes] موجودہ رائے شماری { $deadline } کو ختم ہو گی۔ معیار پر نظرِ ثانی کے لیے کمیٹی کو برسوں کام کرنا پڑے گا؛ اس وقت کا کہیں بہتر استعمال یہ ہے کہ تنظیموں کو اس رہنمائی پر عمل درآمد میں مدد دی جائے جو یہ معیار پہلے ہی فراہم کرتا ہے۔ لہٰذا مؤدبانہ گزارش ہے کہ { $acronym } معیار { $standard } کی توثیق کے حق میں ووٹ دے۔
    [due] اس معیار کا اگلا منظم جائزہ { $due_by } تک ہونا ہے۔ معیار پر نظرِ ثانی کے لیے کمیٹی کو برسوں کام کرنا پڑے گا؛ اس وقت کا کہیں بہتر استعمال یہ ہے کہ تنظیموں کو اس رہنمائی پر عمل درآمد میں مدد دی جائے جو یہ معیار پہلے ہی فراہم کرتا ہے۔ لہٰذا مؤدبانہ گزارش ہے کہ رائے شماری شروع ہونے پر { $acronym } معیار { $standard } کی توثیق کے حق میں ووٹ دے۔
   *[other] معیار پر نظرِ ثانی کے لیے کمیٹی کو برسوں کام کرنا پڑے گا؛ اس وقت کا کہیں بہتر استعمال یہ ہے کہ تنظیموں کو اس رہنمائی پر عمل درآمد میں مدد دی جائے جو یہ معیار پہلے ہی فراہم کرتا ہے۔ لہٰذا مؤدبانہ گزارش ہے کہ رائے شماری شروع ہونے پر { $acronym } معیار { $standard } کی توثیق کے حق میں ووٹ دے۔
}
letter-review-closing = اس درخواست پر غور کرنے کا شکریہ۔ مجھے یہ جان کر خوشی ہو گی کہ اس رائے شماری میں { $acronym } کا موقف کیا ہو گا، اور { $in_country } اس معیار کے استعمال کے بارے میں اپنی معلومات آپ کے ساتھ بانٹ کر بھی مسرت ہو گی۔
letter-adopt-opening = اس خط کے ذریعے { $body } سے درخواست ہے کہ معیار { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} کو { $country_kind ->
    [territory] { $country } کے معیار کے طور پر اپنایا جائے۔
   *[country] { $country } کے قومی معیار کے طور پر اپنایا جائے۔
}
letter-adopt-why = سرکاری اداروں اور کمپنیوں کی جانب سے قومی آمدنی کا ایک بڑا حصہ اشیا، تعمیراتی کاموں اور خدمات پر خرچ کیا جاتا ہے، اور ان کی خریداری کا طریقہ ان کی سپلائی چین میں دور دور تک کام کے حالات، اخراج اور مقامی معیشتوں پر اثر انداز ہوتا ہے۔ ISO 20400 انہیں ان اثرات کو مدنظر رکھنے کے لیے بین الاقوامی سطح پر متفقہ رہنمائی فراہم کرتا ہے: خریداری کی پالیسی اور قیادت کے عزم سے لے کر سپلائرز کے انتخاب اور معاہدوں کے انتظام تک۔ یہ ہر حجم اور ہر شعبے کی تنظیموں پر لاگو ہوتا ہے، خواہ وہ سرکاری ہوں یا نجی۔
letter-adopt-evidence = { $adopted ->
    [0] ISO نے اپنے گزشتہ منظم جائزے میں، جو { $confirmed } کو مکمل ہوا، اس معیار کی توثیق کی؛ لہٰذا یہ ایک رائج اور مستحکم معیار ہے۔
    [one] کم از کم { $adopted } قومی معیاراتی ادارہ اسے پہلے ہی اپنا چکا ہے، اور ISO نے اپنے گزشتہ منظم جائزے میں، جو { $confirmed } کو مکمل ہوا، اس کی توثیق کی؛ لہٰذا یہ ایک رائج اور مستحکم معیار ہے۔
   *[other] کم از کم { $adopted } قومی معیاراتی ادارے اسے پہلے ہی اپنا چکے ہیں، اور ISO نے اپنے گزشتہ منظم جائزے میں، جو { $confirmed } کو مکمل ہوا، اس کی توثیق کی؛ لہٰذا یہ ایک رائج اور مستحکم معیار ہے۔
}
letter-adopt-ask = بین الاقوامی متن کے عین مطابق اپنائے گئے معیار سے { $in_country } خریداروں اور سپلائرز کو ایک تسلیم شدہ مرجع میسر آئے گا جس کا حوالہ سرکاری ٹینڈرز اور کمپنیوں کی پالیسیوں میں دیا جا سکے گا، اور ان تجارتی شراکت داروں کے ساتھ ہم آہنگی بھی آسان ہو جائے گی جو اسے پہلے ہی استعمال کر رہے ہیں۔ لہٰذا مؤدبانہ گزارش ہے کہ { $acronym } معیار { $standard } کو اپنانے کا عمل شروع کرے اور، جہاں ممکن ہو، اسے { $language } زبان میں شائع کرے۔
letter-adopt-ask-in-progress = مجھے معلوم ہوا ہے کہ { $acronym } نے معیار { $standard } کو اپنانے کا عمل پہلے ہی شروع کر دیا ہے۔ بین الاقوامی متن کے عین مطابق ایڈیشن سے { $in_country } خریداروں اور سپلائرز کو ایک تسلیم شدہ مرجع میسر آئے گا جس کا حوالہ سرکاری ٹینڈرز اور کمپنیوں کی پالیسیوں میں دیا جا سکے گا۔ لہٰذا مؤدبانہ گزارش ہے کہ { $acronym } اپنانے کا عمل مکمل کرے، معیار کو، جہاں ممکن ہو { $language } زبان میں، شائع کرے، اور اس کے دستیاب ہونے پر اس کے ممکنہ صارفین کو مطلع کرے۔
letter-adopt-closing = اس درخواست پر غور کرنے کا شکریہ۔ { $in_country } اس معیار میں پائی جانے والی دلچسپی کے بارے میں آپ کو مزید بتانے اور آئندہ ممکنہ اقدامات کے بارے میں جاننے کا موقع ملنے پر مجھے خوشی ہو گی۔
letter-translate-opening = اس خط کے ذریعے { $body } سے درخواست ہے کہ معیار { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} کو { $language } زبان میں دستیاب کیا جائے۔
letter-translate-opening-exists = یہ خط { $edition } کے بارے میں ہے، جو { $acronym } کی جانب سے شائع کردہ معیار { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} کا { $language } ایڈیشن ہے۔
letter-translate-why = پائیدار خریداری خریداروں، سپلائرز، معاہدوں کے منتظمین اور سرکاری افسران کا روزمرہ کام ہے، جن میں سے بہت سے لوگ رہنما دستاویزات صرف اپنی زبان میں پڑھتے ہیں۔ ISO 20400، ISO کے سرکاری انگریزی اور فرانسیسی ایڈیشنوں اور ایک سرکاری ہسپانوی ترجمے میں دستیاب ہے؛ { $in_country } { $language } زبان میں کام کرنے والوں کے لیے ایک قومی ایڈیشن اس بین الاقوامی متن کو ایک عملی ذریعے میں بدل دے گا جسے وہ اپنی ٹیموں اور سپلائرز کے ساتھ بانٹ سکیں گے۔
letter-translate-why-exists = پائیدار خریداری خریداروں، سپلائرز، معاہدوں کے منتظمین اور سرکاری افسران کا روزمرہ کام ہے، جن میں سے بہت سے لوگ رہنما دستاویزات صرف اپنی زبان میں پڑھتے ہیں۔ { $edition } کی بدولت { $in_country } { $language } زبان میں کام کرنے والوں کے پاس یہ معیار پہلے ہی اپنی زبان میں موجود ہے؛ اب اہم یہ ہے کہ انہیں اس کا علم ہو اور وہ اپنی ٹیموں اور سپلائرز کے ساتھ اسے استعمال میں لائیں۔
letter-translate-evidence = { $adopted ->
    [0] ISO نے اپنے گزشتہ منظم جائزے میں، جو { $confirmed } کو مکمل ہوا، اس معیار کی توثیق کی؛ لہٰذا ابھی کیا گیا ترجمہ برسوں تک کارآمد رہے گا۔
    [one] کم از کم { $adopted } قومی معیاراتی ادارے نے اسے اپنایا ہے، اور ISO نے اپنے گزشتہ منظم جائزے میں، جو { $confirmed } کو مکمل ہوا، اس کی توثیق کی؛ لہٰذا ابھی کیا گیا ترجمہ برسوں تک کارآمد رہے گا۔
   *[other] کم از کم { $adopted } قومی معیاراتی اداروں نے اسے اپنایا ہے، اور ISO نے اپنے گزشتہ منظم جائزے میں، جو { $confirmed } کو مکمل ہوا، اس کی توثیق کی؛ لہٰذا ابھی کیا گیا ترجمہ برسوں تک کارآمد رہے گا۔
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO نے اپنے گزشتہ منظم جائزے میں، جو { $confirmed } کو مکمل ہوا، اس معیار کی توثیق کی؛ لہٰذا ایڈیشن { $edition } برسوں تک رائج رہے گا۔
    [one] کم از کم { $adopted } قومی معیاراتی ادارے نے اسے اپنایا ہے، اور ISO نے اپنے گزشتہ منظم جائزے میں، جو { $confirmed } کو مکمل ہوا، اس کی توثیق کی؛ لہٰذا ایڈیشن { $edition } برسوں تک رائج رہے گا۔
   *[other] کم از کم { $adopted } قومی معیاراتی اداروں نے اسے اپنایا ہے، اور ISO نے اپنے گزشتہ منظم جائزے میں، جو { $confirmed } کو مکمل ہوا، اس کی توثیق کی؛ لہٰذا ایڈیشن { $edition } برسوں تک رائج رہے گا۔
}
letter-translate-ask = مؤدبانہ گزارش ہے کہ { $acronym } معیار { $standard } کا { $language } ایڈیشن تیار کر کے شائع کرے، خواہ قومی سطح پر اپنائے گئے معیار کے طور پر یا بین الاقوامی متن کے ساتھ فروخت کیے جانے والے ترجمے کے طور پر، اور اس کے دستیاب ہونے پر اس کے ممکنہ صارفین کو مطلع کرے۔
letter-translate-ask-exists = { $edition } کو { $language } زبان میں دستیاب کرنے پر میں { $acronym } کا شکر گزار ہوں۔ آپ سے مؤدبانہ گزارش ہے کہ اسے { $in_country } خریداروں، سپلائرز اور سرکاری افسران میں وسیع پیمانے پر متعارف کرائیں، اور جب ISO آئندہ اس معیار پر نظرِ ثانی کرے تو اسے بین الاقوامی متن سے ہم آہنگ رکھیں۔
letter-translate-closing = اس درخواست پر غور کرنے کا شکریہ۔ ترجمہ شائع ہونے کے بعد { $in_country } اسے متعارف کرانے میں مدد کر کے مجھے خوشی ہو گی۔
letter-sign-off = بصد احترام،
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = آپ کے ملک ({ $country }) میں
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }، { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }، { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = آپ کا قومی معیاراتی ادارہ
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = آپ کا ملک
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = آپ کے ملک میں
open-letter-generic-deadline = رائے شماری کی آخری تاریخ
open-letter-generic-committee = اس معیار کی ذمہ دار ISO کمیٹی
