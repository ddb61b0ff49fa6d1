# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = සිංහල
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
letter-subject-review = ඉල්ලීම: ක්‍රමානුකූල සමාලෝචනයේදී { $standard } ප්‍රමිතිය තහවුරු කිරීමට පක්ෂව ඡන්දය ප්‍රකාශ කිරීම
letter-subject-adopt = ඉල්ලීම: { $standard } ප්‍රමිතිය { $country_kind ->
    [territory] { $country } සඳහා ප්‍රමිතියක් ලෙස
   *[country] { $country } සඳහා ජාතික ප්‍රමිතියක් ලෙස
} අනුගත කිරීම
letter-subject-translate = ඉල්ලීම: { $standard } ප්‍රමිතිය { $language } භාෂාවෙන් ප්‍රකාශයට පත් කිරීම
letter-subject-translate-exists = ඉල්ලීම: { $standard } ප්‍රමිතියේ { $language } සංස්කරණය වන { $edition } පුළුල් ලෙස ප්‍රචලිත කිරීම
letter-greeting = මහත්මයාණෙනි / මහත්මියනි,
letter-review-opening = { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} ප්‍රමිතිය සහ එහි ක්‍රමානුකූල සමාලෝචනයේදී { $body } විසින් ප්‍රකාශ කරනු ලබන ඡන්දය සම්බන්ධයෙන් මම මෙම ලිපිය ලියමි. ප්‍රමිතිය වර්තමාන ස්වරූපයෙන්ම තහවුරු කිරීමට පක්ෂව ඡන්දය ප්‍රකාශ කරන ලෙස ඔබෙන් කාරුණිකව ඉල්ලා සිටිමි.
letter-review-why = ISO 20400 ප්‍රමිතිය සෑම ප්‍රමාණයකම සහ සෑම අංශයකම ආයතනවලට තිරසාර ප්‍රසම්පාදනය සඳහා පොදු රාමුවක් සපයයි: ආයතන මිලදී ගන්නා දෑහි පාරිසරික, සමාජයීය සහ ආර්ථික බලපෑම් සමස්ත සැපයුම් දාමය පුරා ඇගයිය යුතු ආකාරයත්, එය ප්‍රතිපත්ති, ක්‍රියාවලි සහ එදිනෙදා භාවිතයට ඇතුළත් කළ යුතු ආකාරයත් එය පෙන්වා දෙයි. එය ප්‍රකාශයට පත් කළ දා සිට දේශගුණ විපර්යාසය, චක්‍රීය ආර්ථිකය, මානව හිමිකම් සහ ව්‍යාපාරික ආචාර ධර්ම ප්‍රමුඛතා අතර ඉහළින්ම ස්ථානගත වී ඇති අතර, එම කාර්යයෙන් වැඩි කොටසක් ඉටු වන්නේ සැපයුම් දාම තුළය. මෙම ප්‍රමිතිය සකස් කරන ලද්දේ හරියටම මෙවැනි ප්‍රශ්න සඳහා වන අතර, එය අදටත් ඒවා සඳහා ශක්තිමත් රාමුවක් වේ.
letter-review-evidence = { $adopted ->
    [0] { $confirmed } දින අවසන් වූ පසුගිය ක්‍රමානුකූල සමාලෝචනයේදී ISO විසින් මෙම ප්‍රමිතිය කිසිදු වෙනසකින් තොරව තහවුරු කරන ලදී.
    [one] ජාතික ප්‍රමිති ආයතන අවම වශයෙන් { $adopted }ක් විසින් මෙය ජාතික ප්‍රමිතියක් ලෙස අනුගත කරගෙන ඇති අතර, { $confirmed } දින අවසන් වූ එහි පසුගිය ක්‍රමානුකූල සමාලෝචනයේදී එය කිසිදු වෙනසකින් තොරව තහවුරු කරන ලදී.
   *[other] ජාතික ප්‍රමිති ආයතන අවම වශයෙන් { $adopted }ක් විසින් මෙය ජාතික ප්‍රමිතියක් ලෙස අනුගත කරගෙන ඇති අතර, { $confirmed } දින අවසන් වූ එහි පසුගිය ක්‍රමානුකූල සමාලෝචනයේදී එය කිසිදු වෙනසකින් තොරව තහවුරු කරන ලදී.
}
letter-review-ask = { $has_deadline ->
    [yes] වත්මන් ඡන්ද විමසීම { $deadline } දින අවසන් වේ. ප්‍රමිතිය සංශෝධනය කිරීම සඳහා කමිටුවට වසර ගණනාවක් වැඩ කිරීමට සිදු වනු ඇත; එම කාලය, ප්‍රමිතිය දැනටමත් සපයන මාර්ගෝපදේශ ක්‍රියාවට නැංවීමට ආයතනවලට සහාය වීම සඳහා යොදා ගැනීම බෙහෙවින් ඵලදායී වේ. එබැවින්, { $standard } ප්‍රමිතිය තහවුරු කිරීමට පක්ෂව ඡන්දය ප්‍රකාශ කරන ලෙස { $acronym } වෙතින් ගෞරවයෙන් ඉල්ලා සිටිමි.
    [due] මෙම ප්‍රමිතියේ ඊළඟ ක්‍රමානුකූල සමාලෝචනය { $due_by } දින වන විට පැවැත්විය යුතුය. ප්‍රමිතිය සංශෝධනය කිරීම සඳහා කමිටුවට වසර ගණනාවක් වැඩ කිරීමට සිදු වනු ඇත; එම කාලය, ප්‍රමිතිය දැනටමත් සපයන මාර්ගෝපදේශ ක්‍රියාවට නැංවීමට ආයතනවලට සහාය වීම සඳහා යොදා ගැනීම බෙහෙවින් ඵලදායී වේ. එබැවින්, ඡන්ද විමසීම ආරම්භ වූ විට { $standard } ප්‍රමිතිය තහවුරු කිරීමට පක්ෂව ඡන්දය ප්‍රකාශ කරන ලෙස { $acronym } වෙතින් ගෞරවයෙන් ඉල්ලා සිටිමි.
   *[other] ප්‍රමිතිය සංශෝධනය කිරීම සඳහා කමිටුවට වසර ගණනාවක් වැඩ කිරීමට සිදු වනු ඇත; එම කාලය, ප්‍රමිතිය දැනටමත් සපයන මාර්ගෝපදේශ ක්‍රියාවට නැංවීමට ආයතනවලට සහාය වීම සඳහා යොදා ගැනීම බෙහෙවින් ඵලදායී වේ. එබැවින්, ඡන්ද විමසීම ආරම්භ වූ විට { $standard } ප්‍රමිතිය තහවුරු කිරීමට පක්ෂව ඡන්දය ප්‍රකාශ කරන ලෙස { $acronym } වෙතින් ගෞරවයෙන් ඉල්ලා සිටිමි.
}
letter-review-closing = මෙම ඉල්ලීම සලකා බැලීම පිළිබඳව ඔබට ස්තුතිවන්ත වෙමි. { $acronym } ඡන්දය ප්‍රකාශ කිරීමට අදහස් කරන ආකාරය දැනගැනීමට ලැබේ නම් මම සතුටු වෙමි; එසේම { $in_country } මෙම ප්‍රමිතිය භාවිත වන ආකාරය පිළිබඳව මා දන්නා තොරතුරු ඔබ සමඟ බෙදා ගැනීමට ද කැමැත්තෙමි.
letter-adopt-opening = { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} ප්‍රමිතිය { $country_kind ->
    [territory] { $country } සඳහා ප්‍රමිතියක් ලෙස
   *[country] { $country } සඳහා ජාතික ප්‍රමිතියක් ලෙස
} අනුගත කරන ලෙස { $body } වෙතින් ඉල්ලා සිටීමට මම මෙම ලිපිය ලියමි.
letter-adopt-why = රාජ්‍ය ආයතන සහ සමාගම් ජාතික ආදායමෙන් විශාල කොටසක් භාණ්ඩ, වැඩ සහ සේවා සඳහා වැය කරන අතර, ඒවා මිලදී ගැනීම් සිදු කරන ආකාරය සැපයුම් දාම ඔස්සේ බොහෝ දුරට සේවා කොන්දේසි, විමෝචන සහ දේශීය ආර්ථිකයන් කෙරෙහි බලපායි. මෙම බලපෑම් සැලකිල්ලට ගැනීම සඳහා ISO 20400 ප්‍රමිතිය ජාත්‍යන්තරව එකඟ වූ මාර්ගෝපදේශ සපයයි: ප්‍රසම්පාදන ප්‍රතිපත්තිය සහ ඉහළ කළමනාකාරිත්වයේ කැපවීමේ සිට සැපයුම්කරුවන් තෝරා ගැනීම සහ ගිවිසුම් කළමනාකරණය දක්වා. රාජ්‍ය හෝ පෞද්ගලික වේවා, ඕනෑම ප්‍රමාණයක සහ අංශයක ආයතනවලට එය අදාළ වේ.
letter-adopt-evidence = { $adopted ->
    [0] { $confirmed } දින අවසන් වූ පසුගිය ක්‍රමානුකූල සමාලෝචනයේදී ISO විසින් මෙම ප්‍රමිතිය තහවුරු කරන ලද බැවින්, එය යාවත්කාලීන හා ස්ථාවර ප්‍රමිතියකි.
    [one] ජාතික ප්‍රමිති ආයතන අවම වශයෙන් { $adopted }ක් විසින් මෙය දැනටමත් අනුගත කරගෙන ඇති අතර, { $confirmed } දින අවසන් වූ පසුගිය ක්‍රමානුකූල සමාලෝචනයේදී ISO විසින් එය තහවුරු කරන ලද බැවින්, එය යාවත්කාලීන හා ස්ථාවර ප්‍රමිතියකි.
   *[other] ජාතික ප්‍රමිති ආයතන අවම වශයෙන් { $adopted }ක් විසින් මෙය දැනටමත් අනුගත කරගෙන ඇති අතර, { $confirmed } දින අවසන් වූ පසුගිය ක්‍රමානුකූල සමාලෝචනයේදී ISO විසින් එය තහවුරු කරන ලද බැවින්, එය යාවත්කාලීන හා ස්ථාවර ප්‍රමිතියකි.
}
letter-adopt-ask = ජාත්‍යන්තර පාඨයට සර්වසම වන පරිදි අනුගත කිරීම මඟින් { $in_country } ගැනුම්කරුවන්ට සහ සැපයුම්කරුවන්ට රාජ්‍ය ටෙන්ඩර් සහ සමාගම් ප්‍රතිපත්තිවල සඳහන් කළ හැකි පිළිගත් යොමුවක් ලැබෙනු ඇති අතර, එය දැනටමත් භාවිත කරන වෙළඳ හවුල්කරුවන් සමඟ අනුකූල වීම ද පහසු වනු ඇත. එබැවින්, { $standard } ප්‍රමිතිය අනුගත කිරීමේ ක්‍රියාවලිය ආරම්භ කරන ලෙසත්, හැකි නම් එය { $language } භාෂාවෙන් ප්‍රකාශයට පත් කරන ලෙසත් { $acronym } වෙතින් ගෞරවයෙන් ඉල්ලා සිටිමි.
letter-adopt-ask-in-progress = { $acronym } විසින් { $standard } ප්‍රමිතිය අනුගත කිරීමේ ක්‍රියාවලිය දැනටමත් ආරම්භ කර ඇති බව මට දැනගන්නට ලැබී ඇත. ජාත්‍යන්තර පාඨයට සර්වසම වූ සංස්කරණයක් මඟින් { $in_country } ගැනුම්කරුවන්ට සහ සැපයුම්කරුවන්ට රාජ්‍ය ටෙන්ඩර් සහ සමාගම් ප්‍රතිපත්තිවල සඳහන් කළ හැකි පිළිගත් යොමුවක් ලැබෙනු ඇත. එබැවින්, අනුගත කිරීමේ ක්‍රියාවලිය සම්පූර්ණ කොට ප්‍රමිතිය, හැකි නම් { $language } භාෂාවෙන්, ප්‍රකාශයට පත් කරන ලෙසත්, එය ලබා ගත හැකි වූ විට එය භාවිත කරන අයට ඒ බව දන්වන ලෙසත් { $acronym } වෙතින් ගෞරවයෙන් ඉල්ලා සිටිමි.
letter-adopt-closing = මෙම ඉල්ලීම සලකා බැලීම පිළිබඳව ඔබට ස්තුතිවන්ත වෙමි. { $in_country } මෙම ප්‍රමිතිය කෙරෙහි පවතින උනන්දුව පිළිබඳව ඔබට වැඩිදුර තොරතුරු ලබා දීමටත්, ඉදිරි පියවර කුමක් විය හැකි දැයි දැනගැනීමටත් අවස්ථාවක් ලැබේ නම් මම සතුටු වෙමි.
letter-translate-opening = { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} ප්‍රමිතිය { $language } භාෂාවෙන් ලබා ගත හැකි කරන ලෙස { $body } වෙතින් ඉල්ලා සිටීමට මම මෙම ලිපිය ලියමි.
letter-translate-opening-exists = { $acronym } විසින් ප්‍රකාශයට පත් කරනු ලබන, { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} ප්‍රමිතියේ { $language } සංස්කරණය වන { $edition } සම්බන්ධයෙන් මම මෙම ලිපිය ලියමි.
letter-translate-why = තිරසාර ප්‍රසම්පාදනය යනු ගැනුම්කරුවන්, සැපයුම්කරුවන්, ගිවිසුම් කළමනාකරුවන් සහ රාජ්‍ය නිලධාරීන්ගේ එදිනෙදා කාර්යයයි; ඔවුන්ගෙන් බොහෝ දෙනා මාර්ගෝපදේශ කියවන්නේ තමන්ගේම භාෂාවෙන් පමණි. ISO 20400 ප්‍රමිතිය ISO හි නිල ඉංග්‍රීසි සහ ප්‍රංශ සංස්කරණවලින් මෙන්ම නිල ස්පාඤ්ඤ පරිවර්තනයකින් ද ලබා ගත හැකිය; { $in_country } { $language } භාෂාවෙන් කටයුතු කරන අය සඳහා, ජාතික සංස්කරණයක් මඟින් මෙම ජාත්‍යන්තර පාඨය, ඔවුන්ට තම කණ්ඩායම් සහ සැපයුම්කරුවන් සමඟ බෙදා ගත හැකි ප්‍රායෝගික මෙවලමක් බවට පත් කෙරෙනු ඇත.
letter-translate-why-exists = තිරසාර ප්‍රසම්පාදනය යනු ගැනුම්කරුවන්, සැපයුම්කරුවන්, ගිවිසුම් කළමනාකරුවන් සහ රාජ්‍ය නිලධාරීන්ගේ එදිනෙදා කාර්යයයි; ඔවුන්ගෙන් බොහෝ දෙනා මාර්ගෝපදේශ කියවන්නේ තමන්ගේම භාෂාවෙන් පමණි. { $edition } සංස්කරණය හේතුවෙන්, { $in_country } { $language } භාෂාවෙන් කටයුතු කරන අයට මෙම ප්‍රමිතිය දැනටමත් තමන්ගේම භාෂාවෙන් ලබා ගත හැකිය; දැන් වැදගත් වන්නේ, එය පවතින බව ඔවුන් දැනගෙන තම කණ්ඩායම් සහ සැපයුම්කරුවන් සමඟ එය භාවිතයට ගැනීමයි.
letter-translate-evidence = { $adopted ->
    [0] { $confirmed } දින අවසන් වූ පසුගිය ක්‍රමානුකූල සමාලෝචනයේදී ISO විසින් මෙම ප්‍රමිතිය තහවුරු කරන ලද බැවින්, දැන් සිදු කරන පරිවර්තනයක් වසර ගණනාවක් පුරා ප්‍රයෝජනවත් වනු ඇත.
    [one] ජාතික ප්‍රමිති ආයතන අවම වශයෙන් { $adopted }ක් විසින් මෙය අනුගත කරගෙන ඇති අතර, { $confirmed } දින අවසන් වූ පසුගිය ක්‍රමානුකූල සමාලෝචනයේදී ISO විසින් එය තහවුරු කරන ලද බැවින්, දැන් සිදු කරන පරිවර්තනයක් වසර ගණනාවක් පුරා ප්‍රයෝජනවත් වනු ඇත.
   *[other] ජාතික ප්‍රමිති ආයතන අවම වශයෙන් { $adopted }ක් විසින් මෙය අනුගත කරගෙන ඇති අතර, { $confirmed } දින අවසන් වූ පසුගිය ක්‍රමානුකූල සමාලෝචනයේදී ISO විසින් එය තහවුරු කරන ලද බැවින්, දැන් සිදු කරන පරිවර්තනයක් වසර ගණනාවක් පුරා ප්‍රයෝජනවත් වනු ඇත.
}
letter-translate-evidence-exists = { $adopted ->
    [0] { $confirmed } දින අවසන් වූ පසුගිය ක්‍රමානුකූල සමාලෝචනයේදී ISO විසින් මෙම ප්‍රමිතිය තහවුරු කරන ලද බැවින්, { $edition } සංස්කරණය වසර ගණනාවක් පුරා යාවත්කාලීනව පවතිනු ඇත.
    [one] ජාතික ප්‍රමිති ආයතන අවම වශයෙන් { $adopted }ක් විසින් මෙය අනුගත කරගෙන ඇති අතර, { $confirmed } දින අවසන් වූ පසුගිය ක්‍රමානුකූල සමාලෝචනයේදී ISO විසින් එය තහවුරු කරන ලද බැවින්, { $edition } සංස්කරණය වසර ගණනාවක් පුරා යාවත්කාලීනව පවතිනු ඇත.
   *[other] ජාතික ප්‍රමිති ආයතන අවම වශයෙන් { $adopted }ක් විසින් මෙය අනුගත කරගෙන ඇති අතර, { $confirmed } දින අවසන් වූ පසුගිය ක්‍රමානුකූල සමාලෝචනයේදී ISO විසින් එය තහවුරු කරන ලද බැවින්, { $edition } සංස්කරණය වසර ගණනාවක් පුරා යාවත්කාලීනව පවතිනු ඇත.
}
letter-translate-ask = ජාතික අනුගත කිරීමක් ලෙස හෝ ජාත්‍යන්තර පාඨය සමඟ අලෙවි කෙරෙන පරිවර්තනයක් ලෙස { $standard } ප්‍රමිතියේ { $language } සංස්කරණයක් සකස් කොට ප්‍රකාශයට පත් කරන ලෙසත්, එය ලබා ගත හැකි වූ විට එය භාවිත කරන අයට ඒ බව දන්වන ලෙසත් { $acronym } වෙතින් ගෞරවයෙන් ඉල්ලා සිටිමි.
letter-translate-ask-exists = { $edition } සංස්කරණය { $language } භාෂාවෙන් ලබා දීම පිළිබඳව { $acronym } වෙත මාගේ ස්තුතිය පුද කරමි. එය { $in_country } ගැනුම්කරුවන්, සැපයුම්කරුවන් සහ රාජ්‍ය නිලධාරීන් අතර පුළුල් ලෙස ප්‍රචලිත කරන ලෙසත්, ISO විසින් ඊළඟ වතාවේ ප්‍රමිතිය සංශෝධනය කරන විට එය ජාත්‍යන්තර පාඨයට අනුකූලව යාවත්කාලීන කරන ලෙසත් ඔබෙන් ගෞරවයෙන් ඉල්ලා සිටිමි.
letter-translate-closing = මෙම ඉල්ලීම සලකා බැලීම පිළිබඳව ඔබට ස්තුතිවන්ත වෙමි. පරිවර්තනය ප්‍රකාශයට පත් කළ පසු එය { $in_country } ප්‍රචලිත කිරීමට සහාය වීමට ලැබේ නම් මම සතුටු වෙමි.
letter-sign-off = මෙයට විශ්වාසී,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = ඔබේ රටේ ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = ඔබේ රටේ ජාතික ප්‍රමිති ආයතනය
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = ඔබේ රට
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = ඔබේ රටේ
open-letter-generic-deadline = ඡන්ද විමසීම අවසන් වන දිනය
open-letter-generic-committee = මෙම ප්‍රමිතිය සඳහා වගකිව යුතු ISO කමිටුව
