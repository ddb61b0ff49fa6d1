# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = မြန်မာ
# Writing direction: ltr or rtl.
locale-direction = ltr

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
letter-subject-review = စံချိန်စံညွှန်း { $standard } ကို စနစ်တကျ ပြန်လည်သုံးသပ်မှုတွင် အတည်ပြုရန် မဲပေးပါရန် တောင်းဆိုခြင်း
letter-subject-adopt = { $country_kind ->
    [territory] စံချိန်စံညွှန်း { $standard } ကို { $country }၏ စံချိန်စံညွှန်းအဖြစ် လက်ခံကျင့်သုံးပါရန် တောင်းဆိုခြင်း
   *[country] စံချိန်စံညွှန်း { $standard } ကို { $country }၏ အမျိုးသားစံချိန်စံညွှန်းအဖြစ် လက်ခံကျင့်သုံးပါရန် တောင်းဆိုခြင်း
}
letter-subject-translate = စံချိန်စံညွှန်း { $standard } ကို { $language }ဘာသာဖြင့် ထုတ်ဝေပါရန် တောင်းဆိုခြင်း
letter-subject-translate-exists = စံချိန်စံညွှန်း { $standard } ၏ { $language }ဘာသာမူ { $edition } ကို ကျယ်ကျယ်ပြန့်ပြန့် မိတ်ဆက်ပေးပါရန် တောင်းဆိုခြင်း
letter-greeting = လေးစားအပ်ပါသော လူကြီးမင်းများ
letter-review-opening = ကျွန်ုပ်သည် { $has_title ->
    [yes] { $standard }၊ “{ $title }”
   *[no] { $standard }
} ၏ စနစ်တကျ ပြန်လည်သုံးသပ်မှုတွင် { $body } ၏ မဲပေးမှုနှင့် စပ်လျဉ်း၍ ဤစာကို ရေးသားအပ်ပါသည်။ ယင်းစံချိန်စံညွှန်းကို လက်ရှိအတိုင်း အတည်ပြုရန် မဲပေးပါရန် လေးစားစွာ တောင်းဆိုအပ်ပါသည်။
letter-review-why = ISO 20400 သည် အရွယ်အစား အမျိုးမျိုးနှင့် ကဏ္ဍ အသီးသီးမှ အဖွဲ့အစည်းများအတွက် ရေရှည်တည်တံ့သော ဝယ်ယူရေးဆိုင်ရာ ဘုံမူဘောင်တစ်ရပ်ကို ပေးပါသည်။ ယင်းစံချိန်စံညွှန်းသည် ဝယ်ယူသည့်အရာများ၏ ပတ်ဝန်းကျင်ဆိုင်ရာ၊ လူမှုရေးဆိုင်ရာနှင့် စီးပွားရေးဆိုင်ရာ သက်ရောက်မှုများကို ထောက်ပံ့ရေးကွင်းဆက် တစ်လျှောက်လုံးတွင် မည်သို့ ချိန်ဆရမည်ကိုလည်းကောင်း၊ ယင်းတို့ကို မူဝါဒ၊ လုပ်ငန်းစဉ်နှင့် နေ့စဉ်လုပ်ငန်းဆောင်ရွက်မှုများတွင် မည်သို့ ထည့်သွင်းရမည်ကိုလည်းကောင်း ဖော်ပြထားပါသည်။ ယင်းစံချိန်စံညွှန်း ထုတ်ဝေပြီးချိန်မှစ၍ ရာသီဥတုပြောင်းလဲမှု၊ စက်ဝိုင်းပုံစီးပွားရေး၊ လူ့အခွင့်အရေးနှင့် စီးပွားရေးကျင့်ဝတ်တို့သည် ဦးစားပေးကိစ္စရပ်များ၏ ထိပ်ဆုံးသို့ ရောက်ရှိလာခဲ့ပြီး ယင်းနှင့်ဆိုင်သော လုပ်ငန်းအများစုကို ထောက်ပံ့ရေးကွင်းဆက်များအတွင်း၌ ဆောင်ရွက်လျက်ရှိပါသည်။ ယင်းစံချိန်စံညွှန်းကို ဤကိစ္စရပ်များအတွက် အတိအကျ ရေးဆွဲခဲ့ခြင်း ဖြစ်ပြီး ယနေ့တိုင် ခိုင်မာသော မူဘောင်တစ်ရပ်အဖြစ် ဆက်လက်တည်ရှိနေပါသည်။
letter-review-evidence = { $adopted ->
    [0] နောက်ဆုံးအကြိမ် စနစ်တကျ ပြန်လည်သုံးသပ်မှုကို { $confirmed } ရက်နေ့တွင် ပြီးဆုံးခဲ့ပြီး ယင်းသုံးသပ်မှု၌ ISO သည် စံချိန်စံညွှန်းကို ပြင်ဆင်ချက်မရှိဘဲ အတည်ပြုခဲ့ပါသည်။
   *[other] အနည်းဆုံး အမျိုးသားစံချိန်စံညွှန်းအဖွဲ့ { $adopted } ဖွဲ့သည် ယင်းစံချိန်စံညွှန်းကို အမျိုးသားစံချိန်စံညွှန်းအဖြစ် လက်ခံကျင့်သုံးထားပြီး { $confirmed } ရက်နေ့တွင် ပြီးဆုံးခဲ့သော နောက်ဆုံးအကြိမ် စနစ်တကျ ပြန်လည်သုံးသပ်မှု၌လည်း ISO သည် ယင်းကို ပြင်ဆင်ချက်မရှိဘဲ အတည်ပြုခဲ့ပါသည်။
}
letter-review-ask = { $has_deadline ->
    [yes] လက်ရှိ မဲပေးမှုကို { $deadline } ရက်နေ့တွင် ပိတ်မည် ဖြစ်ပါသည်။ စံချိန်စံညွှန်းကို ပြင်ဆင်မည်ဆိုပါက ကော်မတီ၏ နှစ်ပေါင်းများစွာ ကြာမြင့်သော လုပ်ငန်းများ လိုအပ်မည် ဖြစ်ပါသည်။ ထိုအချိန်ကို စံချိန်စံညွှန်းတွင် ပါရှိပြီးဖြစ်သော လမ်းညွှန်ချက်များအား အဖွဲ့အစည်းများ လက်တွေ့ အသုံးချနိုင်ရေး ကူညီပေးရာတွင် အသုံးပြုခြင်းက များစွာ ပိုမို အကျိုးရှိပါလိမ့်မည်။ ထို့ကြောင့် { $acronym } အနေဖြင့် { $standard } ကို အတည်ပြုရန် မဲပေးပါရန် လေးစားစွာ တောင်းဆိုအပ်ပါသည်။
    [due] ယင်းစံချိန်စံညွှန်း၏ နောက်တစ်ကြိမ် စနစ်တကျ ပြန်လည်သုံးသပ်မှုကို { $due_by } ရက်နေ့ နောက်ဆုံးထား၍ ပြုလုပ်ရမည် ဖြစ်ပါသည်။ စံချိန်စံညွှန်းကို ပြင်ဆင်မည်ဆိုပါက ကော်မတီ၏ နှစ်ပေါင်းများစွာ ကြာမြင့်သော လုပ်ငန်းများ လိုအပ်မည် ဖြစ်ပါသည်။ ထိုအချိန်ကို စံချိန်စံညွှန်းတွင် ပါရှိပြီးဖြစ်သော လမ်းညွှန်ချက်များအား အဖွဲ့အစည်းများ လက်တွေ့ အသုံးချနိုင်ရေး ကူညီပေးရာတွင် အသုံးပြုခြင်းက များစွာ ပိုမို အကျိုးရှိပါလိမ့်မည်။ ထို့ကြောင့် မဲပေးမှု စတင်သည့်အခါ { $acronym } အနေဖြင့် { $standard } ကို အတည်ပြုရန် မဲပေးပါရန် လေးစားစွာ တောင်းဆိုအပ်ပါသည်။
   *[other] စံချိန်စံညွှန်းကို ပြင်ဆင်မည်ဆိုပါက ကော်မတီ၏ နှစ်ပေါင်းများစွာ ကြာမြင့်သော လုပ်ငန်းများ လိုအပ်မည် ဖြစ်ပါသည်။ ထိုအချိန်ကို စံချိန်စံညွှန်းတွင် ပါရှိပြီးဖြစ်သော လမ်းညွှန်ချက်များအား အဖွဲ့အစည်းများ လက်တွေ့ အသုံးချနိုင်ရေး ကူညီပေးရာတွင် အသုံးပြုခြင်းက များစွာ ပိုမို အကျိုးရှိပါလိမ့်မည်။ ထို့ကြောင့် မဲပေးမှု စတင်သည့်အခါ { $acronym } အနေဖြင့် { $standard } ကို အတည်ပြုရန် မဲပေးပါရန် လေးစားစွာ တောင်းဆိုအပ်ပါသည်။
}
letter-review-closing = ဤတောင်းဆိုချက်ကို ထည့်သွင်းစဉ်းစားပေးသည့်အတွက် ကျေးဇူးတင်ရှိပါသည်။ { $acronym } အနေဖြင့် မည်သို့ မဲပေးရန် ရည်ရွယ်ထားကြောင်း သိရှိရပါက ဝမ်းမြောက်မည် ဖြစ်ပြီး { $in_country } ယင်းစံချိန်စံညွှန်းကို မည်သို့ အသုံးပြုနေကြကြောင်း ကျွန်ုပ် သိရှိထားသမျှကိုလည်း မျှဝေလိုပါသည်။
letter-adopt-opening = ကျွန်ုပ်သည် { $has_title ->
    [yes] { $standard }၊ “{ $title }”
   *[no] { $standard }
} ကို { $country_kind ->
    [territory] { $country }၏ စံချိန်စံညွှန်းအဖြစ်
   *[country] { $country }၏ အမျိုးသားစံချိန်စံညွှန်းအဖြစ်
} လက်ခံကျင့်သုံးပါရန် { $body } ထံ တောင်းဆိုလိုသဖြင့် ဤစာကို ရေးသားအပ်ပါသည်။
letter-adopt-why = အစိုးရအဖွဲ့အစည်းများနှင့် ကုမ္ပဏီများသည် အမျိုးသားဝင်ငွေ၏ များပြားသော အစိတ်အပိုင်းကို ကုန်ပစ္စည်း၊ ဆောက်လုပ်ရေးလုပ်ငန်းနှင့် ဝန်ဆောင်မှုများအတွက် သုံးစွဲကြပြီး ၎င်းတို့ ဝယ်ယူပုံသည် ထောက်ပံ့ရေးကွင်းဆက်များ၏ အဝေးဆုံးအဆင့်များအထိ လုပ်ငန်းခွင်အခြေအနေ၊ ဓာတ်ငွေ့ထုတ်လွှတ်မှုနှင့် ဒေသစီးပွားရေးတို့ကို ပုံဖော်ပါသည်။ ISO 20400 သည် ဤသက်ရောက်မှုများကို ထည့်သွင်းစဉ်းစားနိုင်ရန် နိုင်ငံတကာ သဘောတူညီထားသော လမ်းညွှန်ချက်များကို ပေးပါသည်။ ယင်းလမ်းညွှန်ချက်များသည် ဝယ်ယူရေးမူဝါဒနှင့် ခေါင်းဆောင်မှု၏ ကတိကဝတ်မှစ၍ ပစ္စည်းပေးသွင်းသူ ရွေးချယ်ခြင်းနှင့် စာချုပ်စီမံခန့်ခွဲခြင်းအထိ ပါဝင်ပါသည်။ ယင်းစံချိန်စံညွှန်းကို အစိုးရကဏ္ဍ ဖြစ်စေ၊ ပုဂ္ဂလိကကဏ္ဍ ဖြစ်စေ မည်သည့် အရွယ်အစား၊ မည်သည့် ကဏ္ဍရှိ အဖွဲ့အစည်းမဆို အသုံးပြုနိုင်ပါသည်။
letter-adopt-evidence = { $adopted ->
    [0] ISO သည် { $confirmed } ရက်နေ့တွင် ပြီးဆုံးခဲ့သော နောက်ဆုံးအကြိမ် စနစ်တကျ ပြန်လည်သုံးသပ်မှု၌ ယင်းစံချိန်စံညွှန်းကို အတည်ပြုခဲ့သဖြင့် ၎င်းသည် လက်ရှိ အသက်ဝင်ပြီး တည်ငြိမ်သော စံချိန်စံညွှန်း ဖြစ်ပါသည်။
   *[other] အနည်းဆုံး အမျိုးသားစံချိန်စံညွှန်းအဖွဲ့ { $adopted } ဖွဲ့သည် ယင်းစံချိန်စံညွှန်းကို လက်ခံကျင့်သုံးထားပြီး ISO သည်လည်း { $confirmed } ရက်နေ့တွင် ပြီးဆုံးခဲ့သော နောက်ဆုံးအကြိမ် စနစ်တကျ ပြန်လည်သုံးသပ်မှု၌ ယင်းစံချိန်စံညွှန်းကို အတည်ပြုခဲ့သဖြင့် ၎င်းသည် လက်ရှိ အသက်ဝင်ပြီး တည်ငြိမ်သော စံချိန်စံညွှန်း ဖြစ်ပါသည်။
}
letter-adopt-ask = နိုင်ငံတကာစာသားနှင့် ထပ်တူညီသောပုံစံဖြင့် လက်ခံကျင့်သုံးခြင်းသည် { $in_country } လုပ်ကိုင်နေကြသော ဝယ်ယူသူများနှင့် ပစ္စည်းပေးသွင်းသူများအား အစိုးရ တင်ဒါများနှင့် ကုမ္ပဏီမူဝါဒများတွင် ကိုးကားနိုင်သော အသိအမှတ်ပြု ရည်ညွှန်းချက်တစ်ရပ်ကို ပေးမည် ဖြစ်ပြီး ယင်းစံချိန်စံညွှန်းကို အသုံးပြုနေပြီးဖြစ်သော ကုန်သွယ်ဖက်များနှင့် ကိုက်ညီအောင် ဆောင်ရွက်ရာတွင်လည်း ပိုမို လွယ်ကူစေမည် ဖြစ်ပါသည်။ ထို့ကြောင့် { $acronym } အနေဖြင့် { $standard } ကို လက်ခံကျင့်သုံးရေး လုပ်ငန်းစဉ်ကို စတင်ပြီး ဖြစ်နိုင်ပါက { $language }ဘာသာဖြင့် ထုတ်ဝေပါရန် လေးစားစွာ တောင်းဆိုအပ်ပါသည်။
letter-adopt-ask-in-progress = ကျွန်ုပ် သိရှိရသည်မှာ { $acronym } သည် { $standard } ကို လက်ခံကျင့်သုံးရေး လုပ်ငန်းစဉ်ကို စတင်ထားပြီး ဖြစ်ပါသည်။ နိုင်ငံတကာစာသားနှင့် ထပ်တူညီသော ထုတ်ဝေမှုသည် { $in_country } လုပ်ကိုင်နေကြသော ဝယ်ယူသူများနှင့် ပစ္စည်းပေးသွင်းသူများအား အစိုးရ တင်ဒါများနှင့် ကုမ္ပဏီမူဝါဒများတွင် ကိုးကားနိုင်သော အသိအမှတ်ပြု ရည်ညွှန်းချက်တစ်ရပ်ကို ပေးမည် ဖြစ်ပါသည်။ ထို့ကြောင့် { $acronym } အနေဖြင့် လက်ခံကျင့်သုံးရေး လုပ်ငန်းစဉ်ကို အပြီးသတ်၍ ယင်းစံချိန်စံညွှန်းကို ဖြစ်နိုင်ပါက { $language }ဘာသာဖြင့် ထုတ်ဝေပြီး ရရှိနိုင်ပြီ ဖြစ်သည့်အခါ အသုံးပြုမည့်သူများအား အသိပေးပါရန် လေးစားစွာ တောင်းဆိုအပ်ပါသည်။
letter-adopt-closing = ဤတောင်းဆိုချက်ကို ထည့်သွင်းစဉ်းစားပေးသည့်အတွက် ကျေးဇူးတင်ရှိပါသည်။ { $in_country } ယင်းစံချိန်စံညွှန်းအပေါ် စိတ်ဝင်စားမှုများအကြောင်း ပိုမို အသေးစိတ် တင်ပြခွင့်ရရန်နှင့် နောက်ထပ် ဆောင်ရွက်နိုင်မည့် အဆင့်များကို သိရှိရန် မျှော်လင့်ပါသည်။
letter-translate-opening = ကျွန်ုပ်သည် { $has_title ->
    [yes] { $standard }၊ “{ $title }”
   *[no] { $standard }
} ကို { $language }ဘာသာဖြင့် ရရှိနိုင်အောင် ဆောင်ရွက်ပေးပါရန် { $body } ထံ တောင်းဆိုလိုသဖြင့် ဤစာကို ရေးသားအပ်ပါသည်။
letter-translate-opening-exists = ကျွန်ုပ်သည် { $acronym } ထုတ်ဝေသော { $has_title ->
    [yes] { $standard }၊ “{ $title }”
   *[no] { $standard }
} ၏ { $language }ဘာသာမူ ဖြစ်သည့် { $edition } နှင့် စပ်လျဉ်း၍ ဤစာကို ရေးသားအပ်ပါသည်။
letter-translate-why = ရေရှည်တည်တံ့သော ဝယ်ယူရေးသည် ဝယ်ယူသူများ၊ ပစ္စည်းပေးသွင်းသူများ၊ စာချုပ်စီမံခန့်ခွဲသူများနှင့် အစိုးရဝန်ထမ်းများ၏ နေ့စဉ်လုပ်ငန်း ဖြစ်ပြီး ၎င်းတို့အနက် အများအပြားသည် လမ်းညွှန်ချက်များကို မိမိတို့၏ ဘာသာစကားဖြင့်သာ ဖတ်ရှုကြပါသည်။ ISO 20400 ကို ISO ၏ တရားဝင် အင်္ဂလိပ်ဘာသာမူနှင့် ပြင်သစ်ဘာသာမူ၊ တရားဝင် စပိန်ဘာသာပြန်မူတို့ဖြင့် ရရှိနိုင်ပါသည်။ { $in_country } { $language }ဘာသာဖြင့် လုပ်ကိုင်နေကြသူများအတွက် အမျိုးသားမူတစ်ရပ်သည် ဤနိုင်ငံတကာစာသားကို ၎င်းတို့၏ အဖွဲ့သားများ၊ ပစ္စည်းပေးသွင်းသူများနှင့် မျှဝေနိုင်သော လက်တွေ့ကျသည့် ကိရိယာတစ်ခုအဖြစ် ပြောင်းလဲပေးမည် ဖြစ်ပါသည်။
letter-translate-why-exists = ရေရှည်တည်တံ့သော ဝယ်ယူရေးသည် ဝယ်ယူသူများ၊ ပစ္စည်းပေးသွင်းသူများ၊ စာချုပ်စီမံခန့်ခွဲသူများနှင့် အစိုးရဝန်ထမ်းများ၏ နေ့စဉ်လုပ်ငန်း ဖြစ်ပြီး ၎င်းတို့အနက် အများအပြားသည် လမ်းညွှန်ချက်များကို မိမိတို့၏ ဘာသာစကားဖြင့်သာ ဖတ်ရှုကြပါသည်။ { $edition } ထုတ်ဝေထားခြင်းကြောင့် { $in_country } { $language }ဘာသာဖြင့် လုပ်ကိုင်နေကြသူများသည် ယင်းစံချိန်စံညွှန်းကို မိမိတို့၏ ဘာသာစကားဖြင့် ရရှိထားပြီး ဖြစ်ပါသည်။ ယခု အရေးကြီးသည်မှာ ၎င်းတို့ ယင်းမူ ရှိကြောင်း သိရှိပြီး မိမိတို့၏ အဖွဲ့သားများ၊ ပစ္စည်းပေးသွင်းသူများနှင့်အတူ လက်တွေ့ အသုံးချရန် ဖြစ်ပါသည်။
letter-translate-evidence = { $adopted ->
    [0] ISO သည် { $confirmed } ရက်နေ့တွင် ပြီးဆုံးခဲ့သော နောက်ဆုံးအကြိမ် စနစ်တကျ ပြန်လည်သုံးသပ်မှု၌ ယင်းစံချိန်စံညွှန်းကို အတည်ပြုခဲ့သဖြင့် ယခု ပြုလုပ်မည့် ဘာသာပြန်သည် နှစ်ပေါင်းများစွာ အသုံးဝင်နေမည် ဖြစ်ပါသည်။
   *[other] အနည်းဆုံး အမျိုးသားစံချိန်စံညွှန်းအဖွဲ့ { $adopted } ဖွဲ့သည် ယင်းစံချိန်စံညွှန်းကို လက်ခံကျင့်သုံးထားပြီး ISO သည်လည်း { $confirmed } ရက်နေ့တွင် ပြီးဆုံးခဲ့သော နောက်ဆုံးအကြိမ် စနစ်တကျ ပြန်လည်သုံးသပ်မှု၌ ယင်းစံချိန်စံညွှန်းကို အတည်ပြုခဲ့သဖြင့် ယခု ပြုလုပ်မည့် ဘာသာပြန်သည် နှစ်ပေါင်းများစွာ အသုံးဝင်နေမည် ဖြစ်ပါသည်။
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO သည် { $confirmed } ရက်နေ့တွင် ပြီးဆုံးခဲ့သော နောက်ဆုံးအကြိမ် စနစ်တကျ ပြန်လည်သုံးသပ်မှု၌ ယင်းစံချိန်စံညွှန်းကို အတည်ပြုခဲ့သဖြင့် { $edition } သည် နှစ်ပေါင်းများစွာ လက်ရှိ အသက်ဝင်နေမည် ဖြစ်ပါသည်။
   *[other] အနည်းဆုံး အမျိုးသားစံချိန်စံညွှန်းအဖွဲ့ { $adopted } ဖွဲ့သည် ယင်းစံချိန်စံညွှန်းကို လက်ခံကျင့်သုံးထားပြီး ISO သည်လည်း { $confirmed } ရက်နေ့တွင် ပြီးဆုံးခဲ့သော နောက်ဆုံးအကြိမ် စနစ်တကျ ပြန်လည်သုံးသပ်မှု၌ ယင်းစံချိန်စံညွှန်းကို အတည်ပြုခဲ့သဖြင့် { $edition } သည် နှစ်ပေါင်းများစွာ လက်ရှိ အသက်ဝင်နေမည် ဖြစ်ပါသည်။
}
letter-translate-ask = ကျွန်ုပ်သည် { $acronym } အား { $standard } ၏ { $language }ဘာသာမူကို အမျိုးသားစံချိန်စံညွှန်းအဖြစ် လက်ခံကျင့်သုံးသည့်ပုံစံဖြင့် ဖြစ်စေ၊ နိုင်ငံတကာစာသားနှင့်အတူ ရောင်းချသည့် ဘာသာပြန်အဖြစ် ဖြစ်စေ ပြင်ဆင်ထုတ်ဝေပေးပြီး ရရှိနိုင်ပြီ ဖြစ်သည့်အခါ အသုံးပြုမည့်သူများအား အသိပေးပါရန် လေးစားစွာ တောင်းဆိုအပ်ပါသည်။
letter-translate-ask-exists = { $edition } ကို { $language }ဘာသာဖြင့် ရရှိနိုင်အောင် ဆောင်ရွက်ပေးသည့်အတွက် { $acronym } အား ကျေးဇူးတင်ရှိပါသည်။ ယင်းမူကို { $in_country } လုပ်ကိုင်နေကြသော ဝယ်ယူသူများ၊ ပစ္စည်းပေးသွင်းသူများနှင့် အစိုးရဝန်ထမ်းများထံ ကျယ်ကျယ်ပြန့်ပြန့် မိတ်ဆက်ပေးပါရန်နှင့် ISO သည် စံချိန်စံညွှန်းကို နောက်တစ်ကြိမ် ပြင်ဆင်သည့်အခါ နိုင်ငံတကာစာသားနှင့် ကိုက်ညီအောင် ဆက်လက် ထိန်းသိမ်းပေးပါရန် လေးစားစွာ တောင်းဆိုအပ်ပါသည်။
letter-translate-closing = ဤတောင်းဆိုချက်ကို ထည့်သွင်းစဉ်းစားပေးသည့်အတွက် ကျေးဇူးတင်ရှိပါသည်။ ဘာသာပြန်ကို ထုတ်ဝေပြီးသည့်အခါ { $in_country } ကျယ်ကျယ်ပြန့်ပြန့် သိရှိလာစေရန် ဝမ်းမြောက်စွာ ကူညီပါမည်။
letter-sign-off = လေးစားစွာဖြင့်
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = လူကြီးမင်းတို့၏ နိုင်ငံ ({ $country }) တွင်
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }၊ { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }၊ { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = လူကြီးမင်းတို့၏ အမျိုးသားစံချိန်စံညွှန်းအဖွဲ့
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = လူကြီးမင်းတို့၏ နိုင်ငံ
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = လူကြီးမင်းတို့၏ နိုင်ငံတွင်
open-letter-generic-deadline = မဲပိတ်ရက်
open-letter-generic-committee = ယင်းစံချိန်စံညွှန်းအတွက် တာဝန်ရှိသော ISO ကော်မတီ
