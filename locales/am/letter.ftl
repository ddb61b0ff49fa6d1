# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = አማርኛ
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
letter-subject-review = ደረጃ { $standard } በሥርዓታዊ ግምገማው እንዲጸና ድምፅ እንድትሰጡ ስለመጠየቅ
letter-subject-adopt = { $country_kind ->
    [territory] ደረጃ { $standard } የ{ $country } ደረጃ ሆኖ እንዲጸድቅ ስለመጠየቅ
   *[country] ደረጃ { $standard } የአገሪቱ ({ $country }) ብሔራዊ ደረጃ ሆኖ እንዲጸድቅ ስለመጠየቅ
}
letter-subject-translate = ደረጃ { $standard } በአገሪቱ ቋንቋ ({ $language }) እንዲታተም ስለመጠየቅ
letter-subject-translate-exists = በአገሪቱ ቋንቋ ({ $language }) የተዘጋጀው የደረጃ { $standard } እትም፣ { $edition }፣ በስፋት እንዲተዋወቅ ስለመጠየቅ
letter-greeting = ክቡራትና ክቡራን፣
letter-review-opening = ይህን ደብዳቤ የምጽፈው ስለ ደረጃ { $has_title ->
    [yes] { $standard }፣ «{ $title }»፣
   *[no] { $standard }
} እንዲሁም ተቋማችሁ፣ { $body }፣ በዚህ ደረጃ ሥርዓታዊ ግምገማ ላይ ስለሚሰጠው ድምፅ ነው። ደረጃው አሁን ባለበት ሁኔታ እንዲጸና ድምፅ እንድትሰጡ በአክብሮት ለመጠየቅ እወዳለሁ።
letter-review-why = ISO 20400 በሁሉም መጠንና ዘርፍ ለሚገኙ ድርጅቶች ዘላቂ ግዥ ለመፈጸም የሚያስችል የጋራ ማዕቀፍ ይሰጣል፤ ድርጅቶቹ የሚገዙት ነገር በመላው የአቅርቦት ሰንሰለት ላይ የሚያስከትለውን አካባቢያዊ፣ ማኅበራዊና ኢኮኖሚያዊ ተፅዕኖ እንዴት መመዘን እንደሚገባ፣ እንዲሁም ይህንኑ በፖሊሲ፣ በአሠራር ሂደትና በዕለት ተዕለት ተግባር ውስጥ እንዴት ማካተት እንደሚቻል ያሳያል። ደረጃው ከታተመበት ጊዜ ጀምሮ የአየር ንብረት ለውጥ፣ ዑደታዊ ኢኮኖሚ፣ ሰብዓዊ መብቶችና የንግድ ሥነ ምግባር የአጀንዳው ቀዳሚ ጉዳዮች ሆነዋል፤ የዚህ ሥራ ሰፊ ክፍል የሚከናወነውም በአቅርቦት ሰንሰለቶች ውስጥ ነው። ደረጃው የተዘጋጀው በትክክል ለእነዚህ ጉዳዮች ሲሆን፣ ዛሬም ለእነርሱ አስተማማኝ ማዕቀፍ ሆኖ ቀጥሏል።
letter-review-evidence = { $adopted ->
    [0] ISO ደረጃውን በመጨረሻው ሥርዓታዊ ግምገማ (የተጠናቀቀበት ቀን፦ { $confirmed }) ያለ ምንም ለውጥ አጽንቶታል።
    [one] ቢያንስ { $adopted } ብሔራዊ የደረጃዎች አካል ደረጃውን እንደ ብሔራዊ ደረጃ ተቀብሎታል፤ ደረጃው በመጨረሻው ሥርዓታዊ ግምገማም (የተጠናቀቀበት ቀን፦ { $confirmed }) ያለ ምንም ለውጥ ጸንቷል።
   *[other] ቢያንስ { $adopted } ብሔራዊ የደረጃዎች አካላት ደረጃውን እንደ ብሔራዊ ደረጃ ተቀብለውታል፤ ደረጃው በመጨረሻው ሥርዓታዊ ግምገማም (የተጠናቀቀበት ቀን፦ { $confirmed }) ያለ ምንም ለውጥ ጸንቷል።
}
letter-review-ask = { $has_deadline ->
    [yes] አሁን በሂደት ላይ ያለው የድምፅ አሰጣጥ የሚጠናቀቅበት ቀን { $deadline } ነው። ደረጃውን ማሻሻል ለዓመታት የሚዘልቅ የኮሚቴ ሥራ ይጠይቃል፤ ያንን ጊዜ ድርጅቶች ደረጃው አስቀድሞ የሚሰጠውን መመሪያ በተግባር እንዲያውሉ ለመርዳት ማዋል እጅግ የተሻለ ነው። ስለሆነም ተቋማችሁ ({ $acronym }) ደረጃ { $standard } እንዲጸና ድምፅ እንዲሰጥ በአክብሮት እጠይቃለሁ።
    [due] የደረጃው ቀጣይ ሥርዓታዊ ግምገማ መካሄድ ያለበት እስከ { $due_by } ድረስ ነው። ደረጃውን ማሻሻል ለዓመታት የሚዘልቅ የኮሚቴ ሥራ ይጠይቃል፤ ያንን ጊዜ ድርጅቶች ደረጃው አስቀድሞ የሚሰጠውን መመሪያ በተግባር እንዲያውሉ ለመርዳት ማዋል እጅግ የተሻለ ነው። ስለሆነም የድምፅ አሰጣጡ ሲከፈት ተቋማችሁ ({ $acronym }) ደረጃ { $standard } እንዲጸና ድምፅ እንዲሰጥ በአክብሮት እጠይቃለሁ።
   *[other] ደረጃውን ማሻሻል ለዓመታት የሚዘልቅ የኮሚቴ ሥራ ይጠይቃል፤ ያንን ጊዜ ድርጅቶች ደረጃው አስቀድሞ የሚሰጠውን መመሪያ በተግባር እንዲያውሉ ለመርዳት ማዋል እጅግ የተሻለ ነው። ስለሆነም የድምፅ አሰጣጡ ሲከፈት ተቋማችሁ ({ $acronym }) ደረጃ { $standard } እንዲጸና ድምፅ እንዲሰጥ በአክብሮት እጠይቃለሁ።
}
letter-review-closing = ይህን ጥያቄ ስለምታጤኑት አመሰግናለሁ። ተቋማችሁ ({ $acronym }) እንዴት ድምፅ ለመስጠት እንዳሰበ ብታሳውቁኝ ደስ ይለኛል፤ እንዲሁም ደረጃው { $in_country } እንዴት ጥቅም ላይ እየዋለ እንደሆነ የማውቀውን ለማካፈል ዝግጁ ነኝ።
letter-adopt-opening = ይህን ደብዳቤ የምጽፈው ደረጃ { $has_title ->
    [yes] { $standard }፣ «{ $title }»፣
   *[no] { $standard }
} { $country_kind ->
    [territory] የ{ $country } ደረጃ
   *[country] የአገሪቱ ({ $country }) ብሔራዊ ደረጃ
} ሆኖ እንዲጸድቅ ተቋማችሁ፣ { $body }፣ አስፈላጊውን እርምጃ እንዲወስድ ለመጠየቅ ነው።
letter-adopt-why = የመንግሥት ተቋማትና ኩባንያዎች የብሔራዊ ገቢን ከፍተኛ ድርሻ ለዕቃዎች፣ ለግንባታ ሥራዎችና ለአገልግሎቶች ግዥ ያውላሉ፤ የሚገዙበት መንገድም በአቅርቦት ሰንሰለታቸው እስከ ሩቅ ድረስ የሥራ ሁኔታዎችን፣ የበካይ ጋዝ ልቀትንና የአካባቢ ኢኮኖሚዎችን ይቀርጻል። ISO 20400 እነዚህን ተፅዕኖዎች ከግምት ውስጥ ለማስገባት የሚያስችል ዓለም አቀፍ ስምምነት የተደረሰበት መመሪያ ይሰጣቸዋል፤ ይህም ከግዥ ፖሊሲና ከከፍተኛ አመራሩ ቁርጠኝነት ጀምሮ እስከ አቅራቢዎች ምርጫና የውል አስተዳደር ድረስ ያለውን ሁሉ ይሸፍናል። ደረጃው የመንግሥትም ሆኑ የግል፣ በማንኛውም መጠንና ዘርፍ ለሚገኙ ድርጅቶች ተፈጻሚ ይሆናል።
letter-adopt-evidence = { $adopted ->
    [0] ISO ደረጃውን በመጨረሻው ሥርዓታዊ ግምገማ (የተጠናቀቀበት ቀን፦ { $confirmed }) አጽንቶታል፤ በመሆኑም ደረጃው ወቅታዊና የተረጋጋ ነው።
    [one] ቢያንስ { $adopted } ብሔራዊ የደረጃዎች አካል ደረጃውን አስቀድሞ ተቀብሎታል፤ ISO ደግሞ በመጨረሻው ሥርዓታዊ ግምገማ (የተጠናቀቀበት ቀን፦ { $confirmed }) ደረጃውን አጽንቶታል፤ በመሆኑም ደረጃው ወቅታዊና የተረጋጋ ነው።
   *[other] ቢያንስ { $adopted } ብሔራዊ የደረጃዎች አካላት ደረጃውን አስቀድመው ተቀብለውታል፤ ISO ደግሞ በመጨረሻው ሥርዓታዊ ግምገማ (የተጠናቀቀበት ቀን፦ { $confirmed }) ደረጃውን አጽንቶታል፤ በመሆኑም ደረጃው ወቅታዊና የተረጋጋ ነው።
}
letter-adopt-ask = ደረጃውን ከዓለም አቀፉ ጽሑፍ ጋር ምንም ልዩነት በሌለው መልኩ መቀበል { $in_country } ለሚገኙ ገዥዎችና አቅራቢዎች የመንግሥት ጨረታዎችና የኩባንያ ፖሊሲዎች ሊጠቅሱት የሚችሉ ዕውቅና ያለው ማጣቀሻ ይሰጣቸዋል፤ እንዲሁም ደረጃውን አስቀድመው ከሚጠቀሙ የንግድ አጋሮች ጋር መጣጣምን ያቀላል። ስለሆነም ተቋማችሁ ({ $acronym }) ደረጃ { $standard } እንዲጸድቅ የሚያስችለውን ሂደት እንዲጀምር፣ እንዲሁም በተቻለ መጠን ደረጃውን በአገሪቱ ቋንቋ ({ $language }) እንዲያሳትም በአክብሮት እጠይቃለሁ።
letter-adopt-ask-in-progress = ተቋማችሁ ({ $acronym }) ደረጃ { $standard } እንዲጸድቅ የሚያስችለውን ሂደት አስቀድሞ መጀመሩን ተረድቻለሁ። ከዓለም አቀፉ ጽሑፍ ጋር ምንም ልዩነት የሌለው እትም { $in_country } ለሚገኙ ገዥዎችና አቅራቢዎች የመንግሥት ጨረታዎችና የኩባንያ ፖሊሲዎች ሊጠቅሱት የሚችሉ ዕውቅና ያለው ማጣቀሻ ይሰጣቸዋል። ስለሆነም ተቋማችሁ ሂደቱን አጠናቆ ደረጃውን፣ በተቻለ መጠን በአገሪቱ ቋንቋ ({ $language })፣ እንዲያሳትም፣ እንዲሁም ደረጃው ሲገኝ ተጠቃሚ ሊሆኑ የሚችሉትን እንዲያሳውቅ በአክብሮት እጠይቃለሁ።
letter-adopt-closing = ይህን ጥያቄ ስለምታጤኑት አመሰግናለሁ። { $in_country } ለደረጃው ስላለው ፍላጎት ተጨማሪ መረጃ ለማቅረብና ቀጣዮቹ እርምጃዎች ምን ሊሆኑ እንደሚችሉ ለመስማት ዕድሉን ባገኝ ደስ ይለኛል።
letter-translate-opening = ይህን ደብዳቤ የምጽፈው ደረጃ { $has_title ->
    [yes] { $standard }፣ «{ $title }»፣
   *[no] { $standard }
} በአገሪቱ ቋንቋ ({ $language }) እንዲገኝ ተቋማችሁ፣ { $body }፣ አስፈላጊውን እንዲያደርግ ለመጠየቅ ነው።
letter-translate-opening-exists = ይህን ደብዳቤ የምጽፈው ተቋማችሁ ({ $acronym }) ስላሳተመው { $edition } ነው፤ ይህም በአገሪቱ ቋንቋ ({ $language }) የተዘጋጀው የደረጃ { $has_title ->
    [yes] { $standard }፣ «{ $title }»፣
   *[no] { $standard }
} እትም ነው።
letter-translate-why = ዘላቂ ግዥ የገዥዎች፣ የአቅራቢዎች፣ የውል አስተዳዳሪዎችና የመንግሥት ሠራተኞች የዕለት ተዕለት ሥራ ነው፤ ከእነዚህም ብዙዎቹ መመሪያዎችን የሚያነቡት በራሳቸው ቋንቋ ብቻ ነው። ISO 20400 በይፋዊ የእንግሊዝኛና የፈረንሳይኛ የISO እትሞች፣ እንዲሁም በይፋዊ የስፓኒሽ ትርጉም ይገኛል፤ { $in_country } ሥራቸውን በራሳቸው ቋንቋ ({ $language }) ለሚያከናውኑ ሰዎች ደግሞ ብሔራዊ እትም ዓለም አቀፉን ጽሑፍ ከቡድኖቻቸውና ከአቅራቢዎቻቸው ጋር ሊጋሩት ወደሚችሉት ተግባራዊ መሣሪያ ይለውጠዋል።
letter-translate-why-exists = ዘላቂ ግዥ የገዥዎች፣ የአቅራቢዎች፣ የውል አስተዳዳሪዎችና የመንግሥት ሠራተኞች የዕለት ተዕለት ሥራ ነው፤ ከእነዚህም ብዙዎቹ መመሪያዎችን የሚያነቡት በራሳቸው ቋንቋ ብቻ ነው። { $edition } በመኖሩ፣ { $in_country } ሥራቸውን በራሳቸው ቋንቋ ({ $language }) የሚያከናውኑ ሰዎች ደረጃውን በቋንቋቸው አግኝተዋል፤ አሁን ዋናው ነገር እትሙ መኖሩን እንዲያውቁና ከቡድኖቻቸውና ከአቅራቢዎቻቸው ጋር በሥራ ላይ እንዲያውሉት ማድረግ ነው።
letter-translate-evidence = { $adopted ->
    [0] ISO ደረጃውን በመጨረሻው ሥርዓታዊ ግምገማ (የተጠናቀቀበት ቀን፦ { $confirmed }) አጽንቶታል፤ በመሆኑም አሁን የሚዘጋጅ ትርጉም ለብዙ ዓመታት ጠቃሚ ሆኖ ይቆያል።
    [one] ቢያንስ { $adopted } ብሔራዊ የደረጃዎች አካል ደረጃውን ተቀብሎታል፤ ISO ደግሞ በመጨረሻው ሥርዓታዊ ግምገማ (የተጠናቀቀበት ቀን፦ { $confirmed }) ደረጃውን አጽንቶታል፤ በመሆኑም አሁን የሚዘጋጅ ትርጉም ለብዙ ዓመታት ጠቃሚ ሆኖ ይቆያል።
   *[other] ቢያንስ { $adopted } ብሔራዊ የደረጃዎች አካላት ደረጃውን ተቀብለውታል፤ ISO ደግሞ በመጨረሻው ሥርዓታዊ ግምገማ (የተጠናቀቀበት ቀን፦ { $confirmed }) ደረጃውን አጽንቶታል፤ በመሆኑም አሁን የሚዘጋጅ ትርጉም ለብዙ ዓመታት ጠቃሚ ሆኖ ይቆያል።
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO ደረጃውን በመጨረሻው ሥርዓታዊ ግምገማ (የተጠናቀቀበት ቀን፦ { $confirmed }) አጽንቶታል፤ በመሆኑም { $edition } ለብዙ ዓመታት ወቅታዊ ሆኖ ይቆያል።
    [one] ቢያንስ { $adopted } ብሔራዊ የደረጃዎች አካል ደረጃውን ተቀብሎታል፤ ISO ደግሞ በመጨረሻው ሥርዓታዊ ግምገማ (የተጠናቀቀበት ቀን፦ { $confirmed }) ደረጃውን አጽንቶታል፤ በመሆኑም { $edition } ለብዙ ዓመታት ወቅታዊ ሆኖ ይቆያል።
   *[other] ቢያንስ { $adopted } ብሔራዊ የደረጃዎች አካላት ደረጃውን ተቀብለውታል፤ ISO ደግሞ በመጨረሻው ሥርዓታዊ ግምገማ (የተጠናቀቀበት ቀን፦ { $confirmed }) ደረጃውን አጽንቶታል፤ በመሆኑም { $edition } ለብዙ ዓመታት ወቅታዊ ሆኖ ይቆያል።
}
letter-translate-ask = ተቋማችሁ ({ $acronym }) የደረጃ { $standard } እትም በአገሪቱ ቋንቋ ({ $language })፣ ብሔራዊ ደረጃ አድርጎ በመቀበልም ሆነ ከዓለም አቀፉ ጽሑፍ ጎን ለጎን ለሽያጭ የሚቀርብ ትርጉም አድርጎ፣ አዘጋጅቶ እንዲያሳትም፣ እንዲሁም እትሙ ሲገኝ ተጠቃሚ ሊሆኑ የሚችሉትን እንዲያሳውቅ በአክብሮት እጠይቃለሁ።
letter-translate-ask-exists = ተቋማችሁ ({ $acronym }) { $edition } በአገሪቱ ቋንቋ ({ $language }) እንዲገኝ በማድረጉ አመሰግናለሁ። እትሙን { $in_country } ለሚገኙ ገዥዎች፣ አቅራቢዎችና የመንግሥት ሠራተኞች በስፋት እንድታስተዋውቁ፣ እንዲሁም ISO ደረጃውን በቀጣይ ሲያሻሽል እትሙን ከዓለም አቀፉ ጽሑፍ ጋር እንድታጣጥሙ በአክብሮት እጠይቃለሁ።
letter-translate-closing = ይህን ጥያቄ ስለምታጤኑት አመሰግናለሁ። ትርጉሙ ከታተመ በኋላ { $in_country } እንዲታወቅ ለማገዝ ደስተኛ ነኝ።
letter-sign-off = ከሰላምታ ጋር
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = በአገራችሁ ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }፣ { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }፣ { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = የአገራችሁ ብሔራዊ የደረጃዎች አካል
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = አገራችሁ
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = በአገራችሁ
open-letter-generic-deadline = የድምፅ አሰጣጡ የሚጠናቀቅበት ቀን
open-letter-generic-committee = ለደረጃው ኃላፊነት ያለበት የISO ኮሚቴ
