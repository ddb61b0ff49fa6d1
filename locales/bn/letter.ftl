# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = বাংলা
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
letter-subject-review = অনুরোধ: পদ্ধতিগত পর্যালোচনায় { $standard } মানটি বহাল রাখার পক্ষে ভোট প্রদান
letter-subject-adopt = { $country_kind ->
    [territory] অনুরোধ: { $standard } মানটিকে স্থানীয় মান হিসেবে গ্রহণ ({ $country })
   *[country] অনুরোধ: { $standard } মানটিকে জাতীয় মান হিসেবে গ্রহণ ({ $country })
}
letter-subject-translate = অনুরোধ: { $standard } মানটি { $language } ভাষায় প্রকাশ
letter-subject-translate-exists = অনুরোধ: { $standard } মানটির { $language } সংস্করণ { $edition } ব্যাপকভাবে পরিচিত করে তোলা
letter-greeting = মহোদয়/মহোদয়া,
letter-review-opening = { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} মানটি এবং এর পদ্ধতিগত পর্যালোচনায় { $body } যে ভোট প্রদান করবে, সে বিষয়ে আপনাদের লিখছি। আপনাদের কাছে আমার অনুরোধ, মানটিকে বর্তমান রূপেই বহাল রাখার পক্ষে ভোট দিন।
letter-review-why = ISO 20400 সব আকার ও খাতের প্রতিষ্ঠানকে টেকসই ক্রয়ের জন্য একটি অভিন্ন কাঠামো দেয়: প্রতিষ্ঠানগুলো যা কেনে, তার পরিবেশগত, সামাজিক ও অর্থনৈতিক প্রভাব সমগ্র সরবরাহ শৃঙ্খল জুড়ে কীভাবে বিবেচনা করতে হয় এবং কীভাবে তা নীতি, প্রক্রিয়া ও দৈনন্দিন চর্চায় অন্তর্ভুক্ত করতে হয়, মানটি তা দেখায়। মানটি প্রকাশের পর থেকে জলবায়ু পরিবর্তন, চক্রাকার অর্থনীতি, মানবাধিকার ও ব্যবসায়িক নৈতিকতা অগ্রাধিকারের শীর্ষে উঠে এসেছে, আর এ-সংক্রান্ত কাজের বড় অংশই সম্পন্ন হয় সরবরাহ শৃঙ্খলে। মানটি ঠিক এই প্রশ্নগুলোর জন্যই প্রণীত হয়েছিল এবং এগুলোর জন্য এখনো একটি সুদৃঢ় কাঠামো।
letter-review-evidence = { $adopted ->
    [0] { $confirmed } তারিখে সম্পন্ন সর্বশেষ পদ্ধতিগত পর্যালোচনায় ISO মানটিকে কোনো পরিবর্তন ছাড়াই বহাল রেখেছে।
    [one] অন্তত { $adopted }টি জাতীয় মান সংস্থা এটিকে জাতীয় মান হিসেবে গ্রহণ করেছে, এবং { $confirmed } তারিখে সম্পন্ন সর্বশেষ পদ্ধতিগত পর্যালোচনায় মানটিকে কোনো পরিবর্তন ছাড়াই বহাল রাখা হয়েছে।
   *[other] অন্তত { $adopted }টি জাতীয় মান সংস্থা এটিকে জাতীয় মান হিসেবে গ্রহণ করেছে, এবং { $confirmed } তারিখে সম্পন্ন সর্বশেষ পদ্ধতিগত পর্যালোচনায় মানটিকে কোনো পরিবর্তন ছাড়াই বহাল রাখা হয়েছে।
}
letter-review-ask = { $has_deadline ->
    [yes] চলমান ভোটগ্রহণ { $deadline } তারিখে শেষ হবে। মানটি সংশোধন করতে কমিটিকে কয়েক বছর কাজ করতে হবে; সেই সময় বরং প্রতিষ্ঠানগুলোকে মানটিতে ইতিমধ্যে দেওয়া নির্দেশনা প্রয়োগে সহায়তা করার কাজে ব্যয় করা অনেক বেশি ফলপ্রসূ। তাই আমার বিনীত অনুরোধ, { $acronym } যেন { $standard } মানটি বহাল রাখার পক্ষে ভোট দেয়।
    [due] মানটির পরবর্তী পদ্ধতিগত পর্যালোচনা { $due_by } তারিখের মধ্যে হওয়ার কথা। মানটি সংশোধন করতে কমিটিকে কয়েক বছর কাজ করতে হবে; সেই সময় বরং প্রতিষ্ঠানগুলোকে মানটিতে ইতিমধ্যে দেওয়া নির্দেশনা প্রয়োগে সহায়তা করার কাজে ব্যয় করা অনেক বেশি ফলপ্রসূ। তাই আমার বিনীত অনুরোধ, ভোটগ্রহণ শুরু হলে { $acronym } যেন { $standard } মানটি বহাল রাখার পক্ষে ভোট দেয়।
   *[other] মানটি সংশোধন করতে কমিটিকে কয়েক বছর কাজ করতে হবে; সেই সময় বরং প্রতিষ্ঠানগুলোকে মানটিতে ইতিমধ্যে দেওয়া নির্দেশনা প্রয়োগে সহায়তা করার কাজে ব্যয় করা অনেক বেশি ফলপ্রসূ। তাই আমার বিনীত অনুরোধ, ভোটগ্রহণ শুরু হলে { $acronym } যেন { $standard } মানটি বহাল রাখার পক্ষে ভোট দেয়।
}
letter-review-closing = এই অনুরোধটি বিবেচনার জন্য আপনাদের ধন্যবাদ। { $acronym } কীভাবে ভোট দিতে চায়, তা জানতে পারলে খুশি হব; সেই সঙ্গে { $in_country } মানটি কীভাবে ব্যবহৃত হচ্ছে, সে বিষয়ে আমার জানা তথ্য আপনাদের জানাতে পারলেও আনন্দিত হব।
letter-adopt-opening = এই পত্রের মাধ্যমে বিনীত অনুরোধ জানাচ্ছি, { $body } যেন { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} মানটি { $country_kind ->
    [territory] গ্রহণ করে, যাতে { $country } এ বিষয়ে একটি স্বীকৃত মান পায়।
   *[country] জাতীয় মান হিসেবে গ্রহণ করে, যাতে { $country } এ বিষয়ে একটি জাতীয় মান পায়।
}
letter-adopt-why = সরকারি প্রতিষ্ঠান ও কোম্পানিগুলো জাতীয় আয়ের একটি বড় অংশ পণ্য, কার্য ও সেবা ক্রয়ে ব্যয় করে, এবং তারা কীভাবে ক্রয় করে, তা তাদের সরবরাহ শৃঙ্খলের বহু দূর পর্যন্ত কর্মপরিবেশ, নিঃসরণ ও স্থানীয় অর্থনীতিকে প্রভাবিত করে। ISO 20400 এসব প্রভাব বিবেচনায় নেওয়ার জন্য আন্তর্জাতিকভাবে সম্মত নির্দেশনা দেয়: ক্রয়নীতি ও শীর্ষ নেতৃত্বের অঙ্গীকার থেকে শুরু করে সরবরাহকারী নির্বাচন ও চুক্তি ব্যবস্থাপনা পর্যন্ত। সরকারি হোক বা বেসরকারি, যেকোনো আকার ও খাতের প্রতিষ্ঠানের ক্ষেত্রে এটি প্রযোজ্য।
letter-adopt-evidence = { $adopted ->
    [0] { $confirmed } তারিখে সম্পন্ন সর্বশেষ পদ্ধতিগত পর্যালোচনায় ISO মানটিকে বহাল রেখেছে; সুতরাং এটি হালনাগাদ ও স্থিতিশীল।
    [one] অন্তত { $adopted }টি জাতীয় মান সংস্থা ইতিমধ্যে এটি গ্রহণ করেছে, এবং { $confirmed } তারিখে সম্পন্ন সর্বশেষ পদ্ধতিগত পর্যালোচনায় ISO মানটিকে বহাল রেখেছে; সুতরাং এটি হালনাগাদ ও স্থিতিশীল।
   *[other] অন্তত { $adopted }টি জাতীয় মান সংস্থা ইতিমধ্যে এটি গ্রহণ করেছে, এবং { $confirmed } তারিখে সম্পন্ন সর্বশেষ পদ্ধতিগত পর্যালোচনায় ISO মানটিকে বহাল রেখেছে; সুতরাং এটি হালনাগাদ ও স্থিতিশীল।
}
letter-adopt-ask = আন্তর্জাতিক পাঠের সঙ্গে অভিন্ন রূপে মানটি গৃহীত হলে { $in_country } ক্রেতা ও সরবরাহকারীরা এমন একটি স্বীকৃত রেফারেন্স পাবেন, যা সরকারি দরপত্র ও কোম্পানির নীতিমালায় উল্লেখ করা যায়, এবং যেসব বাণিজ্যিক অংশীদার ইতিমধ্যে এটি ব্যবহার করছে, তাদের সঙ্গে সামঞ্জস্য রক্ষা করাও সহজ হবে। তাই আমার বিনীত অনুরোধ, { $acronym } যেন { $standard } মানটি গ্রহণের প্রক্রিয়া শুরু করে এবং সম্ভব হলে তা { $language } ভাষায় প্রকাশ করে।
letter-adopt-ask-in-progress = আমি জানতে পেরেছি যে { $acronym } ইতিমধ্যে { $standard } মানটি গ্রহণের প্রক্রিয়া শুরু করেছে। আন্তর্জাতিক পাঠের সঙ্গে অভিন্ন একটি সংস্করণ { $in_country } ক্রেতা ও সরবরাহকারীদের এমন একটি স্বীকৃত রেফারেন্স দেবে, যা সরকারি দরপত্র ও কোম্পানির নীতিমালায় উল্লেখ করা যায়। তাই আমার বিনীত অনুরোধ, { $acronym } যেন গ্রহণের প্রক্রিয়া সম্পন্ন করে মানটি প্রকাশ করে, সম্ভব হলে { $language } ভাষায়, এবং মানটি পাওয়া গেলে এর সম্ভাব্য ব্যবহারকারীদের তা জানায়।
letter-adopt-closing = এই অনুরোধটি বিবেচনার জন্য আপনাদের ধন্যবাদ। { $in_country } মানটির প্রতি আগ্রহ সম্পর্কে আপনাদের আরও বিস্তারিত জানানোর এবং পরবর্তী সম্ভাব্য পদক্ষেপগুলো সম্পর্কে জানার সুযোগ পেলে আনন্দিত হব।
letter-translate-opening = এই পত্রের মাধ্যমে বিনীত অনুরোধ জানাচ্ছি, { $body } যেন { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} মানটি { $language } ভাষায় সহজলভ্য করে।
letter-translate-opening-exists = { $acronym } কর্তৃক প্রকাশিত { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} মানটির { $language } সংস্করণ { $edition } সম্পর্কে আপনাদের লিখছি।
letter-translate-why = টেকসই ক্রয় হলো ক্রেতা, সরবরাহকারী, চুক্তি ব্যবস্থাপক ও সরকারি কর্মকর্তাদের প্রতিদিনের কাজ, যাঁদের অনেকেই নির্দেশনা কেবল নিজের ভাষাতেই পড়েন। ISO 20400 মানটি ISO-র দাপ্তরিক ইংরেজি ও ফরাসি সংস্করণে এবং একটি দাপ্তরিক স্প্যানিশ অনুবাদে পাওয়া যায়; { $in_country } যাঁরা { $language } ভাষায় কাজ করেন, তাঁদের জন্য একটি জাতীয় সংস্করণ এই আন্তর্জাতিক দলিলকে এমন একটি ব্যবহারিক হাতিয়ারে পরিণত করবে, যা তাঁরা নিজেদের দল ও সরবরাহকারীদের সঙ্গে ভাগ করে নিতে পারবেন।
letter-translate-why-exists = টেকসই ক্রয় হলো ক্রেতা, সরবরাহকারী, চুক্তি ব্যবস্থাপক ও সরকারি কর্মকর্তাদের প্রতিদিনের কাজ, যাঁদের অনেকেই নির্দেশনা কেবল নিজের ভাষাতেই পড়েন। { $edition } সংস্করণটির কল্যাণে { $in_country } যাঁরা { $language } ভাষায় কাজ করেন, মানটি ইতিমধ্যে তাঁদের নিজের ভাষায় রয়েছে; এখন প্রয়োজন, তাঁরা যেন এর কথা জানেন এবং নিজেদের দল ও সরবরাহকারীদের সঙ্গে এটি কাজে লাগান।
letter-translate-evidence = { $adopted ->
    [0] { $confirmed } তারিখে সম্পন্ন সর্বশেষ পদ্ধতিগত পর্যালোচনায় ISO মানটিকে বহাল রেখেছে; তাই এখন করা অনুবাদ বহু বছর কাজে লাগবে।
    [one] অন্তত { $adopted }টি জাতীয় মান সংস্থা এটি গ্রহণ করেছে, এবং { $confirmed } তারিখে সম্পন্ন সর্বশেষ পদ্ধতিগত পর্যালোচনায় ISO মানটিকে বহাল রেখেছে; তাই এখন করা অনুবাদ বহু বছর কাজে লাগবে।
   *[other] অন্তত { $adopted }টি জাতীয় মান সংস্থা এটি গ্রহণ করেছে, এবং { $confirmed } তারিখে সম্পন্ন সর্বশেষ পদ্ধতিগত পর্যালোচনায় ISO মানটিকে বহাল রেখেছে; তাই এখন করা অনুবাদ বহু বছর কাজে লাগবে।
}
letter-translate-evidence-exists = { $adopted ->
    [0] { $confirmed } তারিখে সম্পন্ন সর্বশেষ পদ্ধতিগত পর্যালোচনায় ISO মানটিকে বহাল রেখেছে; তাই { $edition } সংস্করণটি বহু বছর হালনাগাদ থাকবে।
    [one] অন্তত { $adopted }টি জাতীয় মান সংস্থা এটি গ্রহণ করেছে, এবং { $confirmed } তারিখে সম্পন্ন সর্বশেষ পদ্ধতিগত পর্যালোচনায় ISO মানটিকে বহাল রেখেছে; তাই { $edition } সংস্করণটি বহু বছর হালনাগাদ থাকবে।
   *[other] অন্তত { $adopted }টি জাতীয় মান সংস্থা এটি গ্রহণ করেছে, এবং { $confirmed } তারিখে সম্পন্ন সর্বশেষ পদ্ধতিগত পর্যালোচনায় ISO মানটিকে বহাল রেখেছে; তাই { $edition } সংস্করণটি বহু বছর হালনাগাদ থাকবে।
}
letter-translate-ask = আমার বিনীত অনুরোধ, { $acronym } যেন { $standard } মানটির একটি { $language } সংস্করণ প্রস্তুত ও প্রকাশ করে, জাতীয় মান হিসেবে গ্রহণের মাধ্যমে অথবা আন্তর্জাতিক পাঠের পাশাপাশি বিক্রয়যোগ্য অনুবাদ হিসেবে, এবং সংস্করণটি পাওয়া গেলে এর সম্ভাব্য ব্যবহারকারীদের তা জানায়।
letter-translate-ask-exists = { $edition } সংস্করণটি { $language } ভাষায় সহজলভ্য করার জন্য { $acronym } কর্তৃপক্ষকে আন্তরিক ধন্যবাদ জানাই। আপনাদের প্রতি বিনীত অনুরোধ, { $in_country } ক্রেতা, সরবরাহকারী ও সরকারি কর্মকর্তাদের মধ্যে সংস্করণটি ব্যাপকভাবে পরিচিত করে তুলুন, এবং ISO পরবর্তী সময়ে মানটি সংশোধন করলে সংস্করণটিকেও আন্তর্জাতিক পাঠের সঙ্গে সামঞ্জস্যপূর্ণ রাখুন।
letter-translate-closing = এই অনুরোধটি বিবেচনার জন্য আপনাদের ধন্যবাদ। অনুবাদটি প্রকাশিত হলে { $in_country } তা পরিচিত করে তুলতে সহায়তা করতে পারলে আনন্দিত হব।
letter-sign-off = বিনীত,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = আপনার দেশে ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = আপনার দেশের জাতীয় মান সংস্থা
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = আপনার দেশ
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = আপনার দেশে
open-letter-generic-deadline = ভোটগ্রহণের শেষ তারিখ
open-letter-generic-committee = মানটির দায়িত্বপ্রাপ্ত ISO কমিটি
