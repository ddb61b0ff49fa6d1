# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = فارسی
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
letter-subject-review = درخواست رأی به تأیید استاندارد { $standard } در بازنگری نظام‌مند
letter-subject-adopt = { $country_kind ->
    [territory] درخواست پذیرش استاندارد { $standard } به‌عنوان استاندارد { $country }
   *[country] درخواست پذیرش استاندارد { $standard } به‌عنوان استاندارد ملی { $country }
}
letter-subject-translate = درخواست انتشار استاندارد { $standard } به زبان { $language }
letter-subject-translate-exists = درخواست اطلاع‌رسانی گسترده درباره { $edition }، نسخهٔ { $language } استاندارد { $standard }
letter-greeting = با سلام و احترام،
letter-review-opening = احتراماً، این نامه را در خصوص استاندارد { $has_title ->
    [yes] { $standard } با عنوان «{ $title }»
   *[no] { $standard }
} و رأیی که { $body } در بازنگری نظام‌مند آن خواهد داد، می‌نویسم. خواهشمندم به تأیید این استاندارد به شکل کنونی آن رأی دهید.
letter-review-why = استاندارد ISO 20400 چارچوبی مشترک برای خرید پایدار در اختیار سازمان‌ها در هر اندازه و هر بخشی قرار می‌دهد: این استاندارد نشان می‌دهد که چگونه اثرات زیست‌محیطی، اجتماعی و اقتصادی خریدها در سراسر زنجیرهٔ تأمین سنجیده شود و چگونه این ملاحظات در خط‌مشی‌ها، فرایندها و رویه‌های روزمره گنجانده شود. از زمان انتشار این استاندارد، تغییرات اقلیمی، اقتصاد چرخشی، حقوق بشر و اخلاق کسب‌وکار در صدر دستور کار قرار گرفته‌اند و بخش بزرگی از این کار در زنجیره‌های تأمین انجام می‌شود. این استاندارد دقیقاً برای همین پرسش‌ها نوشته شده و همچنان چارچوبی استوار برای پاسخ به آن‌هاست.
letter-review-evidence = { $adopted ->
    [0] ISO در آخرین بازنگری نظام‌مند که در تاریخ { $confirmed } به پایان رسید، این استاندارد را بدون تغییر تأیید کرد.
    [one] دست‌کم { $adopted } نهاد ملی استانداردسازی آن را به‌عنوان استاندارد ملی پذیرفته است و ISO نیز در آخرین بازنگری نظام‌مند که در تاریخ { $confirmed } به پایان رسید، آن را بدون تغییر تأیید کرد.
   *[other] دست‌کم { $adopted } نهاد ملی استانداردسازی آن را به‌عنوان استاندارد ملی پذیرفته‌اند و ISO نیز در آخرین بازنگری نظام‌مند که در تاریخ { $confirmed } به پایان رسید، آن را بدون تغییر تأیید کرد.
}
letter-review-ask = { $has_deadline ->
    [yes] رأی‌گیری جاری در تاریخ { $deadline } به پایان می‌رسد. تجدیدنظر در استاندارد به سال‌ها کار در کمیته نیاز دارد؛ بسیار بهتر است این زمان صرف کمک به سازمان‌ها در به‌کارگیری رهنمودهایی شود که استاندارد هم‌اکنون ارائه می‌دهد. از این رو، با احترام از { $acronym } درخواست می‌کنم به تأیید استاندارد { $standard } رأی دهد.
    [due] بازنگری نظام‌مند بعدی این استاندارد باید حداکثر تا تاریخ { $due_by } انجام شود. تجدیدنظر در استاندارد به سال‌ها کار در کمیته نیاز دارد؛ بسیار بهتر است این زمان صرف کمک به سازمان‌ها در به‌کارگیری رهنمودهایی شود که استاندارد هم‌اکنون ارائه می‌دهد. از این رو، با احترام از { $acronym } درخواست می‌کنم پس از آغاز رأی‌گیری، به تأیید استاندارد { $standard } رأی دهد.
   *[other] تجدیدنظر در استاندارد به سال‌ها کار در کمیته نیاز دارد؛ بسیار بهتر است این زمان صرف کمک به سازمان‌ها در به‌کارگیری رهنمودهایی شود که استاندارد هم‌اکنون ارائه می‌دهد. از این رو، با احترام از { $acronym } درخواست می‌کنم پس از آغاز رأی‌گیری، به تأیید استاندارد { $standard } رأی دهد.
}
letter-review-closing = از توجه شما به این درخواست سپاسگزارم. خوشحال می‌شوم بدانم { $acronym } قصد دارد چگونه رأی دهد، و آنچه را دربارهٔ کاربرد این استاندارد { $in_country } می‌دانم با شما در میان بگذارم.
letter-adopt-opening = احتراماً، با این نامه از { $body } درخواست می‌کنم استاندارد { $has_title ->
    [yes] { $standard } با عنوان «{ $title }»
   *[no] { $standard }
} را { $country_kind ->
    [territory] به‌عنوان استاندارد { $country } بپذیرد.
   *[country] به‌عنوان استاندارد ملی { $country } بپذیرد.
}
letter-adopt-why = نهادهای عمومی و شرکت‌ها بخش بزرگی از درآمد ملی را صرف خرید کالاها، کارهای ساختمانی و خدمات می‌کنند و شیوهٔ خرید آن‌ها بر شرایط کار، انتشار آلاینده‌ها و اقتصادهای محلی تا دوردست‌ترین حلقه‌های زنجیره‌های تأمین اثر می‌گذارد. استاندارد ISO 20400 رهنمودهایی مورد توافق بین‌المللی برای در نظر گرفتن این اثرات در اختیار آن‌ها قرار می‌دهد: از خط‌مشی خرید و تعهد مدیریت ارشد تا انتخاب تأمین‌کنندگان و مدیریت قراردادها. این استاندارد برای سازمان‌ها در هر اندازه و هر بخشی، اعم از دولتی و خصوصی، کاربرد دارد.
letter-adopt-evidence = { $adopted ->
    [0] ISO در آخرین بازنگری نظام‌مند که در تاریخ { $confirmed } به پایان رسید، این استاندارد را تأیید کرد؛ بنابراین استاندارد به‌روز و باثبات است.
    [one] دست‌کم { $adopted } نهاد ملی استانداردسازی آن را پذیرفته است و ISO نیز در آخرین بازنگری نظام‌مند که در تاریخ { $confirmed } به پایان رسید، آن را تأیید کرد؛ بنابراین استاندارد به‌روز و باثبات است.
   *[other] دست‌کم { $adopted } نهاد ملی استانداردسازی آن را پذیرفته‌اند و ISO نیز در آخرین بازنگری نظام‌مند که در تاریخ { $confirmed } به پایان رسید، آن را تأیید کرد؛ بنابراین استاندارد به‌روز و باثبات است.
}
letter-adopt-ask = پذیرش این استاندارد به صورت یکسان با متن بین‌المللی، مرجعی شناخته‌شده در اختیار خریداران و تأمین‌کنندگان { $in_country } قرار می‌دهد که مناقصه‌های عمومی و خط‌مشی‌های شرکت‌ها می‌توانند به آن استناد کنند، و به هماهنگی با شرکای تجاری‌ای که هم‌اکنون از آن استفاده می‌کنند کمک می‌کند. با احترام از { $acronym } درخواست می‌کنم فرایند پذیرش استاندارد { $standard } را آغاز کند و در صورت امکان آن را به زبان { $language } منتشر نماید.
letter-adopt-ask-in-progress = اطلاع دارم که { $acronym } فرایند پذیرش استاندارد { $standard } را آغاز کرده است. نسخه‌ای که با متن بین‌المللی یکسان باشد، مرجعی شناخته‌شده در اختیار خریداران و تأمین‌کنندگان { $in_country } قرار می‌دهد که مناقصه‌های عمومی و خط‌مشی‌های شرکت‌ها می‌توانند به آن استناد کنند. با احترام از { $acronym } درخواست می‌کنم فرایند پذیرش را به پایان برساند، استاندارد را در صورت امکان به زبان { $language } منتشر کند و کاربران بالقوه را از در دسترس قرار گرفتن آن آگاه سازد.
letter-adopt-closing = از توجه شما به این درخواست سپاسگزارم. خوشحال می‌شوم دربارهٔ علاقه‌مندی به این استاندارد { $in_country } توضیحات بیشتری ارائه دهم و از گام‌های بعدی ممکن آگاه شوم.
letter-translate-opening = احتراماً، با این نامه از { $body } درخواست می‌کنم استاندارد { $has_title ->
    [yes] { $standard } با عنوان «{ $title }»
   *[no] { $standard }
} را به زبان { $language } در دسترس قرار دهد.
letter-translate-opening-exists = احتراماً، این نامه را در خصوص { $edition }، یعنی نسخهٔ { $language } استاندارد { $has_title ->
    [yes] { $standard } با عنوان «{ $title }»
   *[no] { $standard }
} که { $acronym } منتشر می‌کند، می‌نویسم.
letter-translate-why = خرید پایدار کار روزانهٔ خریداران، تأمین‌کنندگان، مدیران قرارداد و کارکنان دولت است و بسیاری از آنان رهنمودها را تنها به زبان خود می‌خوانند. استاندارد ISO 20400 در قالب نسخه‌های رسمی انگلیسی و فرانسوی ISO و یک ترجمهٔ رسمی اسپانیایی موجود است؛ برای کسانی که { $in_country } به زبان { $language } کار می‌کنند، یک نسخهٔ ملی این متن بین‌المللی را به ابزاری کاربردی تبدیل می‌کند که می‌توانند آن را با همکاران و تأمین‌کنندگان خود به اشتراک بگذارند.
letter-translate-why-exists = خرید پایدار کار روزانهٔ خریداران، تأمین‌کنندگان، مدیران قرارداد و کارکنان دولت است و بسیاری از آنان رهنمودها را تنها به زبان خود می‌خوانند. با وجود { $edition }، کسانی که { $in_country } به زبان { $language } کار می‌کنند هم‌اکنون این استاندارد را به زبان خود در اختیار دارند؛ اکنون مهم این است که از وجود آن آگاه شوند و آن را همراه با همکاران و تأمین‌کنندگان خود به کار گیرند.
letter-translate-evidence = { $adopted ->
    [0] ISO در آخرین بازنگری نظام‌مند که در تاریخ { $confirmed } به پایان رسید، این استاندارد را تأیید کرد؛ بنابراین ترجمه‌ای که اکنون انجام شود، سال‌ها سودمند خواهد ماند.
    [one] دست‌کم { $adopted } نهاد ملی استانداردسازی آن را پذیرفته است و ISO نیز در آخرین بازنگری نظام‌مند که در تاریخ { $confirmed } به پایان رسید، آن را تأیید کرد؛ بنابراین ترجمه‌ای که اکنون انجام شود، سال‌ها سودمند خواهد ماند.
   *[other] دست‌کم { $adopted } نهاد ملی استانداردسازی آن را پذیرفته‌اند و ISO نیز در آخرین بازنگری نظام‌مند که در تاریخ { $confirmed } به پایان رسید، آن را تأیید کرد؛ بنابراین ترجمه‌ای که اکنون انجام شود، سال‌ها سودمند خواهد ماند.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO در آخرین بازنگری نظام‌مند که در تاریخ { $confirmed } به پایان رسید، این استاندارد را تأیید کرد؛ بنابراین { $edition } سال‌ها به‌روز خواهد ماند.
    [one] دست‌کم { $adopted } نهاد ملی استانداردسازی آن را پذیرفته است و ISO نیز در آخرین بازنگری نظام‌مند که در تاریخ { $confirmed } به پایان رسید، آن را تأیید کرد؛ بنابراین { $edition } سال‌ها به‌روز خواهد ماند.
   *[other] دست‌کم { $adopted } نهاد ملی استانداردسازی آن را پذیرفته‌اند و ISO نیز در آخرین بازنگری نظام‌مند که در تاریخ { $confirmed } به پایان رسید، آن را تأیید کرد؛ بنابراین { $edition } سال‌ها به‌روز خواهد ماند.
}
letter-translate-ask = با احترام از { $acronym } درخواست می‌کنم نسخهٔ { $language } استاندارد { $standard } را، چه به‌عنوان پذیرش ملی و چه به‌عنوان ترجمه‌ای که در کنار متن بین‌المللی به فروش می‌رسد، تهیه و منتشر کند و کاربران بالقوه را از در دسترس قرار گرفتن آن آگاه سازد.
letter-translate-ask-exists = از { $acronym } برای در دسترس قرار دادن { $edition } به زبان { $language } سپاسگزارم. با احترام درخواست می‌کنم آن را به‌طور گسترده به خریداران، تأمین‌کنندگان و کارکنان دولت { $in_country } معرفی کنید و هنگامی که ISO بار دیگر در استاندارد تجدیدنظر کند، آن را با متن بین‌المللی همگام نگه دارید.
letter-translate-closing = از توجه شما به این درخواست سپاسگزارم. پس از انتشار ترجمه، با کمال میل در معرفی آن { $in_country } یاری خواهم کرد.
letter-sign-off = با سپاس و احترام،
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = در کشور شما ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }، { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }، { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = نهاد ملی استانداردسازی کشور شما
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = کشور شما
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = در کشور شما
open-letter-generic-deadline = تاریخ پایان رأی‌گیری
open-letter-generic-committee = کمیتهٔ ISO مسئول این استاندارد
