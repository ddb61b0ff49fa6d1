# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = ລາວ
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
letter-subject-review = ສະເໜີໃຫ້ລົງຄະແນນສຽງຢັ້ງຢືນ { $standard } ໃນການທົບທວນຄືນຢ່າງເປັນລະບົບ
letter-subject-adopt = { $country_kind ->
    [territory] ສະເໜີໃຫ້ຮັບຮອງເອົາ { $standard } ເປັນມາດຕະຖານຂອງ{ $country }
   *[country] ສະເໜີໃຫ້ຮັບຮອງເອົາ { $standard } ເປັນມາດຕະຖານແຫ່ງຊາດຂອງ{ $country }
}
letter-subject-translate = ສະເໜີໃຫ້ຈັດພິມ { $standard } ເປັນພາສາ{ $language }
letter-subject-translate-exists = ສະເໜີໃຫ້ເຜີຍແຜ່ { $edition } ເຊິ່ງເປັນ { $standard } ສະບັບພາສາ{ $language } ຢ່າງກວ້າງຂວາງ
letter-greeting = ຮຽນ ທ່ານທີ່ເຄົາລົບ,
letter-review-opening = ຂ້າພະເຈົ້າຂໍຮຽນມາຍັງທ່ານ ກ່ຽວກັບ { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} ແລະ ການລົງຄະແນນສຽງຂອງ { $body } ໃນການທົບທວນຄືນຢ່າງເປັນລະບົບຂອງມາດຕະຖານດັ່ງກ່າວ. ຂ້າພະເຈົ້າຂໍສະເໜີໃຫ້ທ່ານລົງຄະແນນສຽງຢັ້ງຢືນມາດຕະຖານນີ້ຕາມສະພາບປັດຈຸບັນ.
letter-review-why = ISO 20400 ເປັນກອບວຽກຮ່ວມສຳລັບການຈັດຊື້ຈັດຈ້າງແບບຍືນຍົງ ຂອງອົງການຈັດຕັ້ງທຸກຂະໜາດ ແລະ ທຸກຂະແໜງການ: ມາດຕະຖານນີ້ສະແດງໃຫ້ເຫັນວິທີຊັ່ງຊາຜົນກະທົບດ້ານສິ່ງແວດລ້ອມ, ສັງຄົມ ແລະ ເສດຖະກິດ ຂອງສິ່ງທີ່ອົງການຈັດຕັ້ງຈັດຊື້ ຕະຫຼອດຕ່ອງໂສ້ການສະໜອງ, ແລະ ວິທີນຳເອົາການພິຈາລະນາເຫຼົ່ານີ້ເຂົ້າໃນນະໂຍບາຍ, ຂັ້ນຕອນການເຮັດວຽກ ແລະ ການປະຕິບັດວຽກງານປະຈຳວັນ. ນັບແຕ່ມາດຕະຖານນີ້ຖືກພິມເຜີຍແຜ່ເປັນຕົ້ນມາ, ການປ່ຽນແປງດິນຟ້າອາກາດ, ເສດຖະກິດໝູນວຽນ, ສິດທິມະນຸດ ແລະ ຈັນຍາບັນທາງທຸລະກິດ ໄດ້ກາຍເປັນບັນຫາບູລິມະສິດອັນດັບຕົ້ນ, ແລະ ວຽກງານສ່ວນໃຫຍ່ກ່ຽວກັບບັນຫາເຫຼົ່ານີ້ ແມ່ນດຳເນີນຢູ່ໃນຕ່ອງໂສ້ການສະໜອງ. ມາດຕະຖານນີ້ຖືກຮ່າງຂຶ້ນເພື່ອບັນຫາເຫຼົ່ານີ້ໂດຍສະເພາະ ແລະ ຍັງຄົງເປັນກອບວຽກທີ່ໜັກແໜ້ນສຳລັບບັນຫາດັ່ງກ່າວ.
letter-review-evidence = { $adopted ->
    [0] ໃນການທົບທວນຄືນຢ່າງເປັນລະບົບຄັ້ງຫຼ້າສຸດ ເຊິ່ງສຳເລັດໃນວັນທີ { $confirmed }, ISO ໄດ້ຢັ້ງຢືນມາດຕະຖານນີ້ໂດຍບໍ່ມີການປ່ຽນແປງ.
   *[other] ມີອົງການມາດຕະຖານແຫ່ງຊາດຢ່າງໜ້ອຍ { $adopted } ແຫ່ງ ໄດ້ຮັບຮອງເອົາມາດຕະຖານນີ້ເປັນມາດຕະຖານແຫ່ງຊາດ, ແລະ ການທົບທວນຄືນຢ່າງເປັນລະບົບຄັ້ງຫຼ້າສຸດ ເຊິ່ງສຳເລັດໃນວັນທີ { $confirmed } ໄດ້ຢັ້ງຢືນມາດຕະຖານນີ້ໂດຍບໍ່ມີການປ່ຽນແປງ.
}
letter-review-ask = { $has_deadline ->
    [yes] ການລົງຄະແນນສຽງຮອບປັດຈຸບັນຈະປິດໃນວັນທີ { $deadline }. ການປັບປຸງມາດຕະຖານຈະຕ້ອງໃຊ້ເວລາເຮັດວຽກຂອງຄະນະກຳມະການຫຼາຍປີ; ເວລາດັ່ງກ່າວຈະເກີດປະໂຫຍດຫຼາຍກວ່າ ຖ້ານຳໃຊ້ເພື່ອຊ່ວຍໃຫ້ອົງການຈັດຕັ້ງຕ່າງໆ ປະຕິບັດຕາມຄຳແນະນຳທີ່ມາດຕະຖານໄດ້ໃຫ້ໄວ້ແລ້ວ. ສະນັ້ນ, ຂ້າພະເຈົ້າຈຶ່ງຂໍສະເໜີຢ່າງນອບນ້ອມໃຫ້ { $acronym } ລົງຄະແນນສຽງຢັ້ງຢືນ { $standard }.
    [due] ການທົບທວນຄືນຢ່າງເປັນລະບົບຄັ້ງຕໍ່ໄປຂອງມາດຕະຖານນີ້ ຕ້ອງດຳເນີນພາຍໃນວັນທີ { $due_by }. ການປັບປຸງມາດຕະຖານຈະຕ້ອງໃຊ້ເວລາເຮັດວຽກຂອງຄະນະກຳມະການຫຼາຍປີ; ເວລາດັ່ງກ່າວຈະເກີດປະໂຫຍດຫຼາຍກວ່າ ຖ້ານຳໃຊ້ເພື່ອຊ່ວຍໃຫ້ອົງການຈັດຕັ້ງຕ່າງໆ ປະຕິບັດຕາມຄຳແນະນຳທີ່ມາດຕະຖານໄດ້ໃຫ້ໄວ້ແລ້ວ. ສະນັ້ນ, ຂ້າພະເຈົ້າຈຶ່ງຂໍສະເໜີຢ່າງນອບນ້ອມໃຫ້ { $acronym } ລົງຄະແນນສຽງຢັ້ງຢືນ { $standard } ເມື່ອເປີດການລົງຄະແນນສຽງ.
   *[other] ການປັບປຸງມາດຕະຖານຈະຕ້ອງໃຊ້ເວລາເຮັດວຽກຂອງຄະນະກຳມະການຫຼາຍປີ; ເວລາດັ່ງກ່າວຈະເກີດປະໂຫຍດຫຼາຍກວ່າ ຖ້ານຳໃຊ້ເພື່ອຊ່ວຍໃຫ້ອົງການຈັດຕັ້ງຕ່າງໆ ປະຕິບັດຕາມຄຳແນະນຳທີ່ມາດຕະຖານໄດ້ໃຫ້ໄວ້ແລ້ວ. ສະນັ້ນ, ຂ້າພະເຈົ້າຈຶ່ງຂໍສະເໜີຢ່າງນອບນ້ອມໃຫ້ { $acronym } ລົງຄະແນນສຽງຢັ້ງຢືນ { $standard } ເມື່ອເປີດການລົງຄະແນນສຽງ.
}
letter-review-closing = ຂໍຂອບໃຈທ່ານທີ່ໄດ້ພິຈາລະນາຄຳສະເໜີນີ້. ຂ້າພະເຈົ້າຍິນດີຢ່າງຍິ່ງທີ່ຈະໄດ້ຮັບຊາບວ່າ { $acronym } ມີແຜນຈະລົງຄະແນນສຽງແນວໃດ, ແລະ ຍິນດີແບ່ງປັນຂໍ້ມູນທີ່ຂ້າພະເຈົ້າຮູ້ກ່ຽວກັບການນຳໃຊ້ມາດຕະຖານນີ້{ $in_country }.
letter-adopt-opening = ຂ້າພະເຈົ້າຂໍຮຽນມາເພື່ອສະເໜີໃຫ້ { $body } ຮັບຮອງເອົາ { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} { $country_kind ->
    [territory] ເປັນມາດຕະຖານຂອງ{ $country }.
   *[country] ເປັນມາດຕະຖານແຫ່ງຊາດຂອງ{ $country }.
}
letter-adopt-why = ອົງການຈັດຕັ້ງພາກລັດ ແລະ ບໍລິສັດຕ່າງໆ ໃຊ້ຈ່າຍສ່ວນແບ່ງອັນໃຫຍ່ຂອງລາຍຮັບແຫ່ງຊາດເຂົ້າໃນສິນຄ້າ, ວຽກກໍ່ສ້າງ ແລະ ການບໍລິການ, ແລະ ວິທີການຈັດຊື້ຂອງເຂົາເຈົ້າມີຜົນຕໍ່ສະພາບການເຮັດວຽກ, ການປ່ອຍອາຍພິດ ແລະ ເສດຖະກິດທ້ອງຖິ່ນ ໄປຈົນເຖິງປາຍຕ່ອງໂສ້ການສະໜອງ. ISO 20400 ໃຫ້ຄຳແນະນຳທີ່ໄດ້ຮັບການຕົກລົງເຫັນດີໃນລະດັບສາກົນ ເພື່ອພິຈາລະນາຜົນກະທົບເຫຼົ່ານີ້: ນັບແຕ່ນະໂຍບາຍການຈັດຊື້ ແລະ ຄວາມມຸ່ງໝັ້ນຂອງຂັ້ນນຳ ຈົນເຖິງການຄັດເລືອກຜູ້ສະໜອງ ແລະ ການຄຸ້ມຄອງສັນຍາ. ມາດຕະຖານນີ້ນຳໃຊ້ໄດ້ກັບອົງການຈັດຕັ້ງທຸກຂະໜາດ ແລະ ທຸກຂະແໜງການ, ທັງພາກລັດ ແລະ ພາກເອກະຊົນ.
letter-adopt-evidence = { $adopted ->
    [0] ISO ໄດ້ຢັ້ງຢືນມາດຕະຖານນີ້ໃນການທົບທວນຄືນຢ່າງເປັນລະບົບຄັ້ງຫຼ້າສຸດ ເຊິ່ງສຳເລັດໃນວັນທີ { $confirmed }, ສະນັ້ນ ມາດຕະຖານນີ້ຍັງທັນສະໄໝ ແລະ ໝັ້ນຄົງ.
   *[other] ມີອົງການມາດຕະຖານແຫ່ງຊາດຢ່າງໜ້ອຍ { $adopted } ແຫ່ງ ໄດ້ຮັບຮອງເອົາມາດຕະຖານນີ້ແລ້ວ, ແລະ ISO ໄດ້ຢັ້ງຢືນມາດຕະຖານນີ້ໃນການທົບທວນຄືນຢ່າງເປັນລະບົບຄັ້ງຫຼ້າສຸດ ເຊິ່ງສຳເລັດໃນວັນທີ { $confirmed }, ສະນັ້ນ ມາດຕະຖານນີ້ຍັງທັນສະໄໝ ແລະ ໝັ້ນຄົງ.
}
letter-adopt-ask = ການຮັບຮອງເອົາມາດຕະຖານນີ້ ໃນຮູບແບບທີ່ຄືກັນທຸກປະການກັບເອກະສານສາກົນ ຈະເຮັດໃຫ້ຜູ້ຊື້ ແລະ ຜູ້ສະໜອງ{ $in_country } ມີເອກະສານອ້າງອີງທີ່ໄດ້ຮັບການຍອມຮັບ ເຊິ່ງການປະມູນຂອງລັດ ແລະ ນະໂຍບາຍຂອງບໍລິສັດສາມາດອ້າງອີງໄດ້, ແລະ ຈະຊ່ວຍໃຫ້ການປະສານໃຫ້ສອດຄ່ອງກັບຄູ່ຄ້າທີ່ນຳໃຊ້ມາດຕະຖານນີ້ຢູ່ແລ້ວງ່າຍຂຶ້ນ. ຂ້າພະເຈົ້າຂໍສະເໜີຢ່າງນອບນ້ອມໃຫ້ { $acronym } ເລີ່ມຕົ້ນການຮັບຮອງເອົາ { $standard } ແລະ, ຖ້າເປັນໄປໄດ້, ຈັດພິມເປັນພາສາ{ $language }.
letter-adopt-ask-in-progress = ຂ້າພະເຈົ້າຊາບວ່າ { $acronym } ໄດ້ເລີ່ມຕົ້ນການຮັບຮອງເອົາ { $standard } ແລ້ວ. ສະບັບທີ່ຄືກັນທຸກປະການກັບເອກະສານສາກົນ ຈະເຮັດໃຫ້ຜູ້ຊື້ ແລະ ຜູ້ສະໜອງ{ $in_country } ມີເອກະສານອ້າງອີງທີ່ໄດ້ຮັບການຍອມຮັບ ເຊິ່ງການປະມູນຂອງລັດ ແລະ ນະໂຍບາຍຂອງບໍລິສັດສາມາດອ້າງອີງໄດ້. ຂ້າພະເຈົ້າຂໍສະເໜີຢ່າງນອບນ້ອມໃຫ້ { $acronym } ສຳເລັດການຮັບຮອງເອົາ ແລະ ປະກາດໃຊ້ມາດຕະຖານດັ່ງກ່າວ, ຖ້າເປັນໄປໄດ້ເປັນພາສາ{ $language }, ພ້ອມທັງແຈ້ງໃຫ້ຜູ້ທີ່ຈະນຳໃຊ້ຊາບ ເມື່ອມາດຕະຖານພ້ອມໃຫ້ບໍລິການ.
letter-adopt-closing = ຂໍຂອບໃຈທ່ານທີ່ໄດ້ພິຈາລະນາຄຳສະເໜີນີ້. ຂ້າພະເຈົ້າຍິນດີຢ່າງຍິ່ງ ຖ້າມີໂອກາດຮຽນໃຫ້ທ່ານຊາບເພີ່ມເຕີມກ່ຽວກັບຄວາມສົນໃຈຕໍ່ມາດຕະຖານນີ້{ $in_country }, ແລະ ໄດ້ຮັບຊາບກ່ຽວກັບຂັ້ນຕອນຕໍ່ໄປທີ່ອາດເປັນໄປໄດ້.
letter-translate-opening = ຂ້າພະເຈົ້າຂໍຮຽນມາເພື່ອສະເໜີໃຫ້ { $body } ຈັດໃຫ້ມີ { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} ເປັນພາສາ{ $language }.
letter-translate-opening-exists = ຂ້າພະເຈົ້າຂໍຮຽນມາຍັງທ່ານ ກ່ຽວກັບ { $edition }, ເຊິ່ງເປັນ { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} ສະບັບພາສາ{ $language } ທີ່ { $acronym } ຈັດພິມ.
letter-translate-why = ການຈັດຊື້ຈັດຈ້າງແບບຍືນຍົງ ແມ່ນວຽກງານປະຈຳວັນຂອງຜູ້ຊື້, ຜູ້ສະໜອງ, ຜູ້ຄຸ້ມຄອງສັນຍາ ແລະ ພະນັກງານລັດ, ເຊິ່ງຫຼາຍຄົນອ່ານເອກະສານແນະນຳສະເພາະທີ່ເປັນພາສາຂອງຕົນເອງເທົ່ານັ້ນ. ISO 20400 ມີສະບັບທາງການຂອງ ISO ເປັນພາສາອັງກິດ ແລະ ພາສາຝຣັ່ງ, ພ້ອມທັງສະບັບແປທາງການເປັນພາສາແອັດສະປາຍ; ສຳລັບຜູ້ທີ່ເຮັດວຽກເປັນພາສາ{ $language } { $in_country }, ສະບັບແຫ່ງຊາດຈະປ່ຽນເອກະສານສາກົນນີ້ໃຫ້ກາຍເປັນເຄື່ອງມືທີ່ໃຊ້ໄດ້ຕົວຈິງ ເຊິ່ງເຂົາເຈົ້າສາມາດແບ່ງປັນກັບທີມງານ ແລະ ຜູ້ສະໜອງຂອງຕົນ.
letter-translate-why-exists = ການຈັດຊື້ຈັດຈ້າງແບບຍືນຍົງ ແມ່ນວຽກງານປະຈຳວັນຂອງຜູ້ຊື້, ຜູ້ສະໜອງ, ຜູ້ຄຸ້ມຄອງສັນຍາ ແລະ ພະນັກງານລັດ, ເຊິ່ງຫຼາຍຄົນອ່ານເອກະສານແນະນຳສະເພາະທີ່ເປັນພາສາຂອງຕົນເອງເທົ່ານັ້ນ. ດ້ວຍ { $edition }, ຜູ້ທີ່ເຮັດວຽກເປັນພາສາ{ $language } { $in_country } ມີມາດຕະຖານນີ້ເປັນພາສາຂອງຕົນເອງແລ້ວ; ສິ່ງສຳຄັນໃນປັດຈຸບັນ ແມ່ນໃຫ້ເຂົາເຈົ້າຮູ້ວ່າມີສະບັບນີ້ ແລະ ນຳໄປໃຊ້ຮ່ວມກັບທີມງານ ແລະ ຜູ້ສະໜອງຂອງຕົນ.
letter-translate-evidence = { $adopted ->
    [0] ISO ໄດ້ຢັ້ງຢືນມາດຕະຖານນີ້ໃນການທົບທວນຄືນຢ່າງເປັນລະບົບຄັ້ງຫຼ້າສຸດ ເຊິ່ງສຳເລັດໃນວັນທີ { $confirmed }, ສະນັ້ນ ສະບັບແປທີ່ເຮັດໃນເວລານີ້ ຈະຍັງເປັນປະໂຫຍດໄປອີກຫຼາຍປີ.
   *[other] ມີອົງການມາດຕະຖານແຫ່ງຊາດຢ່າງໜ້ອຍ { $adopted } ແຫ່ງ ໄດ້ຮັບຮອງເອົາມາດຕະຖານນີ້ແລ້ວ, ແລະ ISO ໄດ້ຢັ້ງຢືນມາດຕະຖານນີ້ໃນການທົບທວນຄືນຢ່າງເປັນລະບົບຄັ້ງຫຼ້າສຸດ ເຊິ່ງສຳເລັດໃນວັນທີ { $confirmed }, ສະນັ້ນ ສະບັບແປທີ່ເຮັດໃນເວລານີ້ ຈະຍັງເປັນປະໂຫຍດໄປອີກຫຼາຍປີ.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO ໄດ້ຢັ້ງຢືນມາດຕະຖານນີ້ໃນການທົບທວນຄືນຢ່າງເປັນລະບົບຄັ້ງຫຼ້າສຸດ ເຊິ່ງສຳເລັດໃນວັນທີ { $confirmed }, ສະນັ້ນ { $edition } ຈະຍັງທັນສະໄໝໄປອີກຫຼາຍປີ.
   *[other] ມີອົງການມາດຕະຖານແຫ່ງຊາດຢ່າງໜ້ອຍ { $adopted } ແຫ່ງ ໄດ້ຮັບຮອງເອົາມາດຕະຖານນີ້ແລ້ວ, ແລະ ISO ໄດ້ຢັ້ງຢືນມາດຕະຖານນີ້ໃນການທົບທວນຄືນຢ່າງເປັນລະບົບຄັ້ງຫຼ້າສຸດ ເຊິ່ງສຳເລັດໃນວັນທີ { $confirmed }, ສະນັ້ນ { $edition } ຈະຍັງທັນສະໄໝໄປອີກຫຼາຍປີ.
}
letter-translate-ask = ຂ້າພະເຈົ້າຂໍສະເໜີຢ່າງນອບນ້ອມໃຫ້ { $acronym } ກະກຽມ ແລະ ຈັດພິມ { $standard } ສະບັບພາສາ{ $language }, ບໍ່ວ່າຈະໃນຮູບແບບການຮັບຮອງເອົາເປັນມາດຕະຖານແຫ່ງຊາດ ຫຼື ເປັນສະບັບແປທີ່ຈຳໜ່າຍຄວບຄູ່ກັບເອກະສານສາກົນ, ພ້ອມທັງແຈ້ງໃຫ້ຜູ້ທີ່ຈະນຳໃຊ້ຊາບ ເມື່ອສະບັບດັ່ງກ່າວພ້ອມໃຫ້ບໍລິການ.
letter-translate-ask-exists = ຂ້າພະເຈົ້າຂໍຂອບໃຈ { $acronym } ທີ່ໄດ້ຈັດໃຫ້ມີ { $edition } ເປັນພາສາ{ $language }. ຂ້າພະເຈົ້າຂໍສະເໜີຢ່າງນອບນ້ອມໃຫ້ທ່ານເຜີຍແຜ່ສະບັບນີ້ຢ່າງກວ້າງຂວາງ ໃຫ້ແກ່ຜູ້ຊື້, ຜູ້ສະໜອງ ແລະ ພະນັກງານລັດ { $in_country }, ແລະ ປັບປຸງໃຫ້ສອດຄ່ອງກັບເອກະສານສາກົນ ເມື່ອ ISO ປັບປຸງມາດຕະຖານນີ້ໃນຄັ້ງຕໍ່ໄປ.
letter-translate-closing = ຂໍຂອບໃຈທ່ານທີ່ໄດ້ພິຈາລະນາຄຳສະເໜີນີ້. ຂ້າພະເຈົ້າຍິນດີຊ່ວຍເຜີຍແຜ່ສະບັບແປໃຫ້ເປັນທີ່ຮູ້ຈັກ{ $in_country } ເມື່ອໄດ້ຈັດພິມແລ້ວ.
letter-sign-off = ດ້ວຍຄວາມເຄົາລົບ ແລະ ນັບຖືຢ່າງສູງ
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = ຢູ່ປະເທດຂອງທ່ານ ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, ວັນທີ { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = ອົງການມາດຕະຖານແຫ່ງຊາດຂອງທ່ານ
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = ປະເທດຂອງທ່ານ
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = ຢູ່ປະເທດຂອງທ່ານ
open-letter-generic-deadline = ວັນປິດການລົງຄະແນນສຽງ
open-letter-generic-committee = ຄະນະກຳມະການ ISO ທີ່ຮັບຜິດຊອບມາດຕະຖານນີ້
