# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Oʻzbekcha
# Writing direction: ltr or rtl.
locale-direction = ltr

## The letters. A formal register fit for writing to a national institution.
## Every placeable is inserted as it is, never inflected: write each sentence so that the
## form below is grammatical where it stands (an apposition, a colon or "your country"
## where your grammar would need another case or an article).
## $body: the body's full name as the body writes it (nominative).
## $acronym: its short name (nominative), or the full name when no acronym is known.
## $country: the country's name standing alone, without article (CLDR; nominative).
## $standard: the reference, invariable (ISO 20400:2017).
## $edition: the national edition's designation, invariable (NBR ISO 20400).
## $title: the standard's title as published in this language, or in English (a quotation).
## $language: the country's main language named in this language, in its dictionary form
##   (CLDR: "portugais", "polski").
## $adopted: how many national adoptions Quorum records (a number: plural categories).
## $confirmed: the date the last systematic review was completed (a formatted date).
## $deadline: the date the current ballot closes (a formatted date).
## $due_by: with no ballot open, the date the next systematic review is due by, five years
##   after the last confirmation (a formatted date).
## $has_deadline: yes (a ballot is open), due (none is; the review is due by $due_by), or
##   no (neither is known).
letter-subject-review = Murojaat: tizimli koʻrib chiqishda { $standard } standartini tasdiqlash uchun ovoz berish toʻgʻrisida
letter-subject-adopt = Murojaat: { $standard } standartini milliy standart sifatida qabul qilish toʻgʻrisida ({ $country })
letter-subject-translate = Murojaat: { $standard } standartini milliy tilda ({ $language }) nashr etish toʻgʻrisida
letter-subject-translate-exists = Murojaat: { $standard } standartining { $edition } milliy nashrini ({ $language }) keng tanitish toʻgʻrisida
letter-greeting = Hurmatli xonimlar va janoblar!
letter-review-opening = Sizga { $standard } «{ $title }» standarti va uni tizimli koʻrib chiqish jarayonida { $body } beradigan ovoz yuzasidan murojaat qilmoqdaman. Standartni amaldagi tahririda tasdiqlash uchun ovoz berishingizni soʻrayman.
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
letter-review-closing = Ushbu murojaatni koʻrib chiqqaningiz uchun minnatdorchilik bildiraman. { $acronym } tomonidan qanday ovoz berish rejalashtirilayotganini bilishni istardim, shuningdek standartning mamlakatingizda ({ $country }) qanday qoʻllanilayotgani haqida oʻzim bilgan maʼlumotlarni baham koʻrishdan mamnun boʻlardim.
letter-adopt-opening = Ushbu xat orqali { $standard } «{ $title }» standartining { $body } tomonidan mamlakatingizning ({ $country }) milliy standarti sifatida qabul qilinishini soʻrayman.
letter-adopt-why = Davlat organlari va kompaniyalar milliy daromadning katta qismini tovarlar, ishlar va xizmatlarga sarflaydi, ularning xarid qilish usuli esa taʼminot zanjirlarining eng uzoq boʻgʻinlarigacha mehnat sharoitlari, emissiyalar va mahalliy iqtisodiyotga taʼsir koʻrsatadi. ISO 20400 ushbu taʼsirlarni hisobga olish boʻyicha xalqaro miqyosda kelishilgan tavsiyalarni beradi: xarid siyosati va rahbariyat majburiyatlaridan tortib yetkazib beruvchilarni tanlash va shartnomalarni boshqarishgacha. Standart davlat yoki xususiy, har qanday hajmdagi va har qanday sohadagi tashkilotlarga taalluqlidir.
letter-adopt-evidence = { $adopted ->
    [0] ISO soʻnggi tizimli koʻrib chiqish (yakunlangan sanasi: { $confirmed }) natijasida standartni tasdiqlagan, demak, u dolzarb va barqaror hujjatdir.
    [one] Kamida { $adopted } ta milliy standartlashtirish organi ushbu standartni allaqachon qabul qilgan, ISO esa uni soʻnggi tizimli koʻrib chiqish (yakunlangan sanasi: { $confirmed }) natijasida tasdiqlagan; demak, standart dolzarb va barqaror hujjatdir.
   *[other] Kamida { $adopted } ta milliy standartlashtirish organi ushbu standartni allaqachon qabul qilgan, ISO esa uni soʻnggi tizimli koʻrib chiqish (yakunlangan sanasi: { $confirmed }) natijasida tasdiqlagan; demak, standart dolzarb va barqaror hujjatdir.
}
letter-adopt-ask = Xalqaro matnga identik milliy standart mamlakatingizdagi ({ $country }) xaridorlar va yetkazib beruvchilarga davlat xaridlari hujjatlari va korporativ siyosatlarda havola qilish mumkin boʻlgan eʼtirof etilgan asos yaratar hamda ushbu standartni allaqachon qoʻllayotgan savdo hamkorlari bilan muvofiqlikka erishishni osonlashtirar edi. { $acronym } tomonidan { $standard } standartini qabul qilish jarayoni boshlanishini va imkon qadar uning milliy tilda ({ $language }) nashr etilishini hurmat bilan soʻrayman.
letter-adopt-ask-in-progress = Maʼlumotimga koʻra, { $acronym } { $standard } standartini qabul qilish ishlarini allaqachon boshlagan. Xalqaro matnga identik milliy standart mamlakatingizdagi ({ $country }) xaridorlar va yetkazib beruvchilarga davlat xaridlari hujjatlari va korporativ siyosatlarda havola qilish mumkin boʻlgan eʼtirof etilgan asos yaratar edi. { $acronym } tomonidan qabul qilish jarayoni yakunlanishini, milliy standart imkon qadar milliy tilda ({ $language }) nashr etilishini hamda u foydalanishga chiqqanda undan foydalanadiganlarga bu haqda xabar berilishini hurmat bilan soʻrayman.
letter-adopt-closing = Ushbu murojaatni koʻrib chiqqaningiz uchun minnatdorchilik bildiraman. Mamlakatingizda ({ $country }) standartga boʻlgan qiziqish haqida batafsilroq soʻzlab berish va keyingi qadamlar qanday boʻlishi mumkinligini bilishdan mamnun boʻlardim.
letter-translate-opening = Ushbu xat orqali { $standard } «{ $title }» standartining { $body } tomonidan milliy tilda ({ $language }) foydalanish uchun taqdim etilishini soʻrayman.
letter-translate-opening-exists = Sizga { $acronym } nashr etadigan { $edition } — { $standard } «{ $title }» standartining milliy tildagi ({ $language }) nashri yuzasidan murojaat qilmoqdaman.
letter-translate-why = Barqaror xaridlar — xaridorlar, yetkazib beruvchilar, shartnomalarni boshqarish boʻyicha mutaxassislar va davlat xizmatchilarining kundalik ishi boʻlib, ularning koʻpchiligi uslubiy hujjatlarni faqat oʻz ona tilida oʻqiydi. ISO 20400 ISOning ingliz va fransuz tillaridagi rasmiy nashrlarida hamda ispan tilidagi rasmiy tarjimasida mavjud; mamlakatingizda ({ $country }) milliy tilda ({ $language }) ishlaydigan mutaxassislar uchun milliy nashr xalqaro hujjatni oʻz jamoalari va yetkazib beruvchilari bilan baham koʻrish mumkin boʻlgan amaliy vositaga aylantirar edi.
letter-translate-why-exists = Barqaror xaridlar — xaridorlar, yetkazib beruvchilar, shartnomalarni boshqarish boʻyicha mutaxassislar va davlat xizmatchilarining kundalik ishi boʻlib, ularning koʻpchiligi uslubiy hujjatlarni faqat oʻz ona tilida oʻqiydi. { $edition } nashri tufayli mamlakatingizda ({ $country }) milliy tilda ({ $language }) ishlaydigan mutaxassislar standartga allaqachon oʻz tilida ega; endi muhimi — ular bu nashr haqida bilishi va uni oʻz jamoalari hamda yetkazib beruvchilari bilan birga amalda qoʻllashidir.
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
letter-translate-ask-exists = { $edition } nashrining { $acronym } tomonidan milliy tilda ({ $language }) taqdim etilgani uchun minnatdorchilik bildiraman. Ushbu nashrni mamlakatingizdagi ({ $country }) xaridorlar, yetkazib beruvchilar va davlat xizmatchilari orasida keng tanitishingizni hamda ISO standartni navbatdagi safar qayta ishlaganda uni yangilangan xalqaro matnga muvofiqlashtirib borishingizni hurmat bilan soʻrayman.
letter-translate-closing = Ushbu murojaatni koʻrib chiqqaningiz uchun minnatdorchilik bildiraman. Tarjima nashr etilgach, uni mamlakatingizda ({ $country }) keng tanitishga yordam berishdan mamnun boʻlardim.
letter-sign-off = Hurmat bilan,
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = mamlakatingizning milliy standartlashtirish organi
open-letter-generic-country = mamlakatingiz
open-letter-generic-deadline = ovoz berishning yakunlanish sanasi
open-letter-generic-committee = standart uchun masʼul ISO qoʻmitasi
