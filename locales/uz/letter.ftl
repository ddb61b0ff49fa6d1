# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Oʻzbekcha
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
letter-subject-review = Murojaat: tizimli koʻrib chiqishda { $standard } standartini tasdiqlash uchun ovoz berish toʻgʻrisida
letter-subject-adopt = { $country_kind ->
    [territory] Murojaat: { $standard } standartini { $country } uchun standart sifatida qabul qilish toʻgʻrisida
   *[country] Murojaat: { $standard } standartini { $country } uchun milliy standart sifatida qabul qilish toʻgʻrisida
}
letter-subject-translate = Murojaat: { $standard } standartini milliy tilda ({ $language }) nashr etish toʻgʻrisida
letter-subject-translate-exists = Murojaat: { $standard } standartining { $edition } milliy nashrini ({ $language }) keng tanitish toʻgʻrisida
letter-greeting = Hurmatli xonimlar va janoblar!
letter-review-opening = { $has_title ->
    [yes] Sizga { $standard } «{ $title }» standarti va uni tizimli koʻrib chiqish jarayonida { $body } beradigan ovoz yuzasidan murojaat qilmoqdaman. Standartni amaldagi tahririda tasdiqlash uchun ovoz berishingizni soʻrayman.
   *[no] Sizga { $standard } standarti va uni tizimli koʻrib chiqish jarayonida { $body } beradigan ovoz yuzasidan murojaat qilmoqdaman. Standartni amaldagi tahririda tasdiqlash uchun ovoz berishingizni soʻrayman.
}
letter-review-why = ISO 20400 har qanday hajmdagi va har qanday sohadagi tashkilotlarga barqaror xaridlar uchun umumiy asos beradi: u xarid qilinayotgan tovar va xizmatlarning ekologik, ijtimoiy va iqtisodiy taʼsirini butun taʼminot zanjiri boʻylab qanday baholash hamda buni siyosat, jarayonlar va kundalik amaliyotga qanday tatbiq etishni koʻrsatadi. Standart eʼlon qilinganidan beri iqlim oʻzgarishi, aylanma iqtisodiyot, inson huquqlari va biznes etikasi kun tartibining birinchi oʻrinlariga chiqdi, bu boradagi ishlarning katta qismi esa aynan taʼminot zanjirlarida amalga oshiriladi. Standart aynan shu masalalar uchun ishlab chiqilgan va ular uchun ishonchli asos boʻlib qolmoqda.
letter-review-evidence = { $adopted ->
    [0] ISO soʻnggi tizimli koʻrib chiqish (yakunlangan sanasi: { $confirmed }) natijasida standartni oʻzgarishsiz tasdiqlagan.
    [one] Kamida { $adopted } ta milliy standartlashtirish organi ushbu standartni milliy standart sifatida qabul qilgan, soʻnggi tizimli koʻrib chiqish (yakunlangan sanasi: { $confirmed }) esa uni oʻzgarishsiz tasdiqlagan.
   *[other] Kamida { $adopted } ta milliy standartlashtirish organi ushbu standartni milliy standart sifatida qabul qilgan, soʻnggi tizimli koʻrib chiqish (yakunlangan sanasi: { $confirmed }) esa uni oʻzgarishsiz tasdiqlagan.
}
letter-review-ask = { $has_deadline ->
    [yes] Joriy ovoz berishning yakunlanish sanasi — { $deadline }. Standartni qayta ishlash texnik qoʻmitada koʻp yillik ishni talab qiladi; bu vaqtni tashkilotlarga standartda allaqachon berilgan tavsiyalarni qoʻllashda yordam berishga sarflash ancha foydaliroq. Shu sababli { $acronym } tomonidan { $standard } standartini tasdiqlash uchun ovoz berilishini hurmat bilan soʻrayman.
    [due] Standartni navbatdagi tizimli koʻrib chiqishning soʻnggi muddati — { $due_by }. Standartni qayta ishlash texnik qoʻmitada koʻp yillik ishni talab qiladi; bu vaqtni tashkilotlarga standartda allaqachon berilgan tavsiyalarni qoʻllashda yordam berishga sarflash ancha foydaliroq. Shu sababli ovoz berish boshlanganda { $acronym } tomonidan { $standard } standartini tasdiqlash uchun ovoz berilishini hurmat bilan soʻrayman.
   *[other] Standartni qayta ishlash texnik qoʻmitada koʻp yillik ishni talab qiladi; bu vaqtni tashkilotlarga standartda allaqachon berilgan tavsiyalarni qoʻllashda yordam berishga sarflash ancha foydaliroq. Shu sababli ovoz berish boshlanganda { $acronym } tomonidan { $standard } standartini tasdiqlash uchun ovoz berilishini hurmat bilan soʻrayman.
}
letter-review-closing = Ushbu murojaatni koʻrib chiqqaningiz uchun minnatdorchilik bildiraman. { $acronym } tomonidan qanday ovoz berish rejalashtirilayotganini bilishni istardim, shuningdek standartning { $in_country } qanday qoʻllanilayotgani haqida oʻzim bilgan maʼlumotlarni baham koʻrishdan mamnun boʻlardim.
letter-adopt-opening = { $country_kind ->
    [territory] Ushbu xat orqali { $has_title ->
        [yes] { $standard } «{ $title }» standartining
       *[no] { $standard } standartining
    } { $body } tomonidan { $country } uchun standart sifatida qabul qilinishini soʻrayman.
   *[country] Ushbu xat orqali { $has_title ->
        [yes] { $standard } «{ $title }» standartining
       *[no] { $standard } standartining
    } { $body } tomonidan { $country } uchun milliy standart sifatida qabul qilinishini soʻrayman.
}
letter-adopt-why = Davlat organlari va kompaniyalar milliy daromadning katta qismini tovarlar, ishlar va xizmatlarga sarflaydi, ularning xarid qilish usuli esa taʼminot zanjirlarining eng uzoq boʻgʻinlarigacha mehnat sharoitlari, emissiyalar va mahalliy iqtisodiyotga taʼsir koʻrsatadi. ISO 20400 ushbu taʼsirlarni hisobga olish boʻyicha xalqaro miqyosda kelishilgan tavsiyalarni beradi: xarid siyosati va rahbariyat majburiyatlaridan tortib yetkazib beruvchilarni tanlash va shartnomalarni boshqarishgacha. Standart davlat yoki xususiy, har qanday hajmdagi va har qanday sohadagi tashkilotlarga taalluqlidir.
letter-adopt-evidence = { $adopted ->
    [0] ISO soʻnggi tizimli koʻrib chiqish (yakunlangan sanasi: { $confirmed }) natijasida standartni tasdiqlagan, demak, u dolzarb va barqaror hujjatdir.
    [one] Kamida { $adopted } ta milliy standartlashtirish organi ushbu standartni allaqachon qabul qilgan, ISO esa uni soʻnggi tizimli koʻrib chiqish (yakunlangan sanasi: { $confirmed }) natijasida tasdiqlagan; demak, standart dolzarb va barqaror hujjatdir.
   *[other] Kamida { $adopted } ta milliy standartlashtirish organi ushbu standartni allaqachon qabul qilgan, ISO esa uni soʻnggi tizimli koʻrib chiqish (yakunlangan sanasi: { $confirmed }) natijasida tasdiqlagan; demak, standart dolzarb va barqaror hujjatdir.
}
letter-adopt-ask = Standartni xalqaro matnga identik tarzda qabul qilish { $in_country } xaridorlar va yetkazib beruvchilarga davlat xaridlari hujjatlari va korporativ siyosatlarda havola qilish mumkin boʻlgan eʼtirof etilgan asos yaratar hamda ushbu standartni allaqachon qoʻllayotgan savdo hamkorlari bilan muvofiqlikka erishishni osonlashtirar edi. { $acronym } tomonidan { $standard } standartini qabul qilish jarayoni boshlanishini va imkon qadar uning milliy tilda ({ $language }) nashr etilishini hurmat bilan soʻrayman.
letter-adopt-ask-in-progress = Maʼlumotimga koʻra, { $acronym } { $standard } standartini qabul qilish ishlarini allaqachon boshlagan. Xalqaro matnga identik nashr { $in_country } xaridorlar va yetkazib beruvchilarga davlat xaridlari hujjatlari va korporativ siyosatlarda havola qilish mumkin boʻlgan eʼtirof etilgan asos yaratar edi. { $acronym } tomonidan qabul qilish jarayoni yakunlanishini, standart imkon qadar milliy tilda ({ $language }) nashr etilishini hamda u foydalanishga chiqqanda undan foydalanadiganlarga bu haqda xabar berilishini hurmat bilan soʻrayman.
letter-adopt-closing = Ushbu murojaatni koʻrib chiqqaningiz uchun minnatdorchilik bildiraman. Sizga { $in_country } standartga boʻlgan qiziqish haqida batafsilroq soʻzlab berish va keyingi qadamlar qanday boʻlishi mumkinligini bilishdan mamnun boʻlardim.
letter-translate-opening = Ushbu xat orqali { $has_title ->
    [yes] { $standard } «{ $title }» standartining
   *[no] { $standard } standartining
} { $body } tomonidan milliy tilda ({ $language }) foydalanish uchun taqdim etilishini soʻrayman.
letter-translate-opening-exists = Sizga { $acronym } nashr etadigan { $edition } — { $has_title ->
    [yes] { $standard } «{ $title }» standartining
   *[no] { $standard } standartining
} milliy tildagi ({ $language }) nashri yuzasidan murojaat qilmoqdaman.
letter-translate-why = Barqaror xaridlar — xaridorlar, yetkazib beruvchilar, shartnomalarni boshqarish boʻyicha mutaxassislar va davlat xizmatchilarining kundalik ishi boʻlib, ularning koʻpchiligi uslubiy hujjatlarni faqat oʻz ona tilida oʻqiydi. ISO 20400 ISOning ingliz va fransuz tillaridagi rasmiy nashrlarida hamda ispan tilidagi rasmiy tarjimasida mavjud; { $in_country } milliy tilda ({ $language }) ishlaydigan mutaxassislar uchun milliy nashr xalqaro hujjatni oʻz jamoalari va yetkazib beruvchilari bilan baham koʻrish mumkin boʻlgan amaliy vositaga aylantirar edi.
letter-translate-why-exists = Barqaror xaridlar — xaridorlar, yetkazib beruvchilar, shartnomalarni boshqarish boʻyicha mutaxassislar va davlat xizmatchilarining kundalik ishi boʻlib, ularning koʻpchiligi uslubiy hujjatlarni faqat oʻz ona tilida oʻqiydi. { $edition } nashri tufayli { $in_country } milliy tilda ({ $language }) ishlaydigan mutaxassislar standartga allaqachon oʻz tilida ega; endi muhimi — ular bu nashr haqida bilishi va uni oʻz jamoalari hamda yetkazib beruvchilari bilan birga amalda qoʻllashidir.
letter-translate-evidence = { $adopted ->
    [0] ISO soʻnggi tizimli koʻrib chiqish (yakunlangan sanasi: { $confirmed }) natijasida standartni tasdiqlagan, shuning uchun hozir tayyorlangan tarjima koʻp yillar davomida dolzarbligini saqlab qoladi.
    [one] Kamida { $adopted } ta milliy standartlashtirish organi ushbu standartni qabul qilgan, ISO esa uni soʻnggi tizimli koʻrib chiqish (yakunlangan sanasi: { $confirmed }) natijasida tasdiqlagan, shuning uchun hozir tayyorlangan tarjima koʻp yillar davomida dolzarbligini saqlab qoladi.
   *[other] Kamida { $adopted } ta milliy standartlashtirish organi ushbu standartni qabul qilgan, ISO esa uni soʻnggi tizimli koʻrib chiqish (yakunlangan sanasi: { $confirmed }) natijasida tasdiqlagan, shuning uchun hozir tayyorlangan tarjima koʻp yillar davomida dolzarbligini saqlab qoladi.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO soʻnggi tizimli koʻrib chiqish (yakunlangan sanasi: { $confirmed }) natijasida standartni tasdiqlagan, shuning uchun { $edition } nashri koʻp yillar davomida dolzarbligini saqlab qoladi.
    [one] Kamida { $adopted } ta milliy standartlashtirish organi ushbu standartni qabul qilgan, ISO esa uni soʻnggi tizimli koʻrib chiqish (yakunlangan sanasi: { $confirmed }) natijasida tasdiqlagan, shuning uchun { $edition } nashri koʻp yillar davomida dolzarbligini saqlab qoladi.
   *[other] Kamida { $adopted } ta milliy standartlashtirish organi ushbu standartni qabul qilgan, ISO esa uni soʻnggi tizimli koʻrib chiqish (yakunlangan sanasi: { $confirmed }) natijasida tasdiqlagan, shuning uchun { $edition } nashri koʻp yillar davomida dolzarbligini saqlab qoladi.
}
letter-translate-ask = { $acronym } tomonidan { $standard } standartining milliy tildagi ({ $language }) nashri — milliy standart sifatida yoki xalqaro matn bilan birga sotiladigan tarjima sifatida — tayyorlanib, nashr etilishini hamda u foydalanishga chiqqanda undan foydalanadiganlarga bu haqda xabar berilishini hurmat bilan soʻrayman.
letter-translate-ask-exists = { $edition } nashrining { $acronym } tomonidan milliy tilda ({ $language }) taqdim etilgani uchun minnatdorchilik bildiraman. Ushbu nashrni { $in_country } xaridorlar, yetkazib beruvchilar va davlat xizmatchilari orasida keng tanitishingizni hamda ISO standartni navbatdagi safar qayta ishlaganda uni yangilangan xalqaro matnga muvofiqlashtirib borishingizni hurmat bilan soʻrayman.
letter-translate-closing = Ushbu murojaatni koʻrib chiqqaningiz uchun minnatdorchilik bildiraman. Tarjima nashr etilgach, uni { $in_country } keng tanitishga yordam berishdan mamnun boʻlardim.
letter-sign-off = Hurmat bilan,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = mamlakatingizda ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = mamlakatingizning milliy standartlashtirish organi
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = mamlakatingiz
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = mamlakatingizda
open-letter-generic-deadline = ovoz berishning yakunlanish sanasi
open-letter-generic-committee = standart uchun masʼul ISO qoʻmitasi
