# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Bahasa Melayu
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
letter-subject-review = Permohonan supaya mengundi untuk mengesahkan { $standard } dalam semakan sistematik
letter-subject-adopt = { $country_kind ->
    [territory] Permohonan supaya menerima pakai { $standard } sebagai standard { $country }
   *[country] Permohonan supaya menerima pakai { $standard } sebagai standard kebangsaan { $country }
}
letter-subject-translate = Permohonan supaya menerbitkan { $standard } dalam bahasa { $language }
letter-subject-translate-exists = Permohonan supaya menghebahkan secara meluas { $edition }, edisi bahasa { $language } bagi { $standard }
letter-greeting = Tuan/Puan,
letter-review-opening = Dengan hormatnya, saya menulis kepada pihak tuan/puan berhubung dengan { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} dan undian yang diberikan oleh { $body } dalam semakan sistematik standard tersebut. Saya ingin memohon agar pihak tuan/puan mengundi untuk mengesahkan standard ini sebagaimana yang sedia ada.
letter-review-why = ISO 20400 menyediakan rangka kerja bersama bagi organisasi daripada pelbagai saiz dan sektor untuk melaksanakan perolehan secara mampan: standard ini menunjukkan cara menimbang kesan alam sekitar, sosial dan ekonomi bagi apa yang dibeli di sepanjang rantaian bekalan, serta cara menerapkannya ke dalam dasar, proses dan amalan harian. Sejak standard ini diterbitkan, perubahan iklim, ekonomi kitaran, hak asasi manusia dan etika perniagaan telah menjadi agenda utama, dan sebahagian besar usaha berkaitan dilaksanakan dalam rantaian bekalan. Standard ini digubal khusus untuk menangani persoalan tersebut dan kekal sebagai rangka kerja yang kukuh baginya.
letter-review-evidence = { $adopted ->
    [0] Dalam semakan sistematik terakhirnya, yang selesai pada { $confirmed }, ISO telah mengesahkan standard ini tanpa sebarang perubahan.
   *[other] Sekurang-kurangnya { $adopted } badan standardisasi kebangsaan telah menerima pakai standard ini sebagai standard kebangsaan masing-masing, dan semakan sistematik terakhirnya, yang selesai pada { $confirmed }, telah mengesahkannya tanpa sebarang perubahan.
}
letter-review-ask = { $has_deadline ->
    [yes] Undian semasa akan ditutup pada { $deadline }. Penyemakan semula standard ini akan memerlukan kerja jawatankuasa selama bertahun-tahun; masa tersebut jauh lebih bermanfaat jika digunakan untuk membantu organisasi melaksanakan panduan yang sedia terkandung di dalamnya. Oleh itu, saya dengan hormatnya memohon agar { $acronym } mengundi untuk mengesahkan { $standard }.
    [due] Semakan sistematik seterusnya bagi standard ini perlu dijalankan selewat-lewatnya pada { $due_by }. Penyemakan semula standard ini akan memerlukan kerja jawatankuasa selama bertahun-tahun; masa tersebut jauh lebih bermanfaat jika digunakan untuk membantu organisasi melaksanakan panduan yang sedia terkandung di dalamnya. Oleh itu, saya dengan hormatnya memohon agar { $acronym } mengundi untuk mengesahkan { $standard } apabila undian dibuka.
   *[other] Penyemakan semula standard ini akan memerlukan kerja jawatankuasa selama bertahun-tahun; masa tersebut jauh lebih bermanfaat jika digunakan untuk membantu organisasi melaksanakan panduan yang sedia terkandung di dalamnya. Oleh itu, saya dengan hormatnya memohon agar { $acronym } mengundi untuk mengesahkan { $standard } apabila undian dibuka.
}
letter-review-closing = Terima kasih atas pertimbangan pihak tuan/puan terhadap permohonan ini. Saya amat menghargai sekiranya dapat dimaklumkan bagaimana { $acronym } bercadang untuk mengundi, dan saya sedia berkongsi maklumat yang saya ketahui tentang penggunaan standard ini { $in_country }.
letter-adopt-opening = Dengan hormatnya, saya menulis untuk memohon agar { $body } menerima pakai { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} { $country_kind ->
    [territory] sebagai standard { $country }.
   *[country] sebagai standard kebangsaan { $country }.
}
letter-adopt-why = Badan awam dan syarikat membelanjakan sebahagian besar pendapatan negara untuk bekalan, kerja dan perkhidmatan, dan cara mereka membuat perolehan mempengaruhi keadaan kerja, pelepasan dan ekonomi setempat hingga ke hujung rantaian bekalan mereka. ISO 20400 memberikan panduan yang dipersetujui di peringkat antarabangsa untuk mengambil kira kesan-kesan ini: daripada dasar perolehan dan komitmen kepimpinan hinggalah pemilihan pembekal dan pengurusan kontrak. Standard ini terpakai kepada organisasi daripada sebarang saiz dan sektor, sama ada awam atau swasta.
letter-adopt-evidence = { $adopted ->
    [0] ISO telah mengesahkan standard ini dalam semakan sistematik terakhirnya, yang selesai pada { $confirmed }; oleh itu, standard ini masih terkini dan stabil.
   *[other] Sekurang-kurangnya { $adopted } badan standardisasi kebangsaan telah pun menerima pakai standard ini, dan ISO telah mengesahkannya dalam semakan sistematik terakhirnya, yang selesai pada { $confirmed }; oleh itu, standard ini masih terkini dan stabil.
}
letter-adopt-ask = Penerimaan pakai yang seiras dengan teks antarabangsa akan memberikan pembeli dan pembekal { $in_country } suatu rujukan yang diiktiraf yang boleh dipetik dalam tender awam dan dasar syarikat, di samping memudahkan penyelarasan dengan rakan dagang yang sudah menggunakannya. Saya dengan hormatnya memohon agar { $acronym } memulakan proses penerimaan pakai { $standard } dan, jika boleh, menerbitkannya dalam bahasa { $language }.
letter-adopt-ask-in-progress = Saya difahamkan bahawa { $acronym } telah pun memulakan proses penerimaan pakai { $standard }. Edisi yang seiras dengan teks antarabangsa akan memberikan pembeli dan pembekal { $in_country } suatu rujukan yang diiktiraf yang boleh dipetik dalam tender awam dan dasar syarikat. Saya dengan hormatnya memohon agar { $acronym } menyempurnakan proses penerimaan pakai tersebut dan menerbitkan standard itu, jika boleh dalam bahasa { $language }, serta memaklumkan pihak yang akan menggunakannya apabila standard itu tersedia.
letter-adopt-closing = Terima kasih atas pertimbangan pihak tuan/puan terhadap permohonan ini. Saya amat mengalu-alukan peluang untuk menerangkan dengan lebih lanjut minat terhadap standard ini { $in_country }, dan untuk mengetahui langkah seterusnya yang boleh diambil.
letter-translate-opening = Dengan hormatnya, saya menulis untuk memohon agar { $body } menyediakan { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} dalam bahasa { $language }.
letter-translate-opening-exists = Dengan hormatnya, saya menulis kepada pihak tuan/puan berhubung dengan { $edition }, iaitu edisi bahasa { $language } bagi { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard },
} yang diterbitkan oleh { $acronym }.
letter-translate-why = Perolehan mampan merupakan kerja harian pembeli, pembekal, pengurus kontrak dan pegawai awam, yang kebanyakannya hanya membaca panduan dalam bahasa mereka sendiri. ISO 20400 tersedia dalam edisi rasmi ISO dalam bahasa Inggeris dan bahasa Perancis serta dalam terjemahan rasmi bahasa Sepanyol; bagi mereka { $in_country } yang bekerja dalam bahasa { $language }, edisi kebangsaan akan menjadikan teks antarabangsa ini alat praktikal yang boleh dikongsi bersama pasukan dan pembekal mereka.
letter-translate-why-exists = Perolehan mampan merupakan kerja harian pembeli, pembekal, pengurus kontrak dan pegawai awam, yang kebanyakannya hanya membaca panduan dalam bahasa mereka sendiri. Dengan adanya { $edition }, mereka { $in_country } yang bekerja dalam bahasa { $language } sudah memiliki standard ini dalam bahasa mereka sendiri; yang penting sekarang ialah mereka mengetahui kewujudannya dan menggunakannya bersama pasukan dan pembekal mereka.
letter-translate-evidence = { $adopted ->
    [0] ISO telah mengesahkan standard ini dalam semakan sistematik terakhirnya, yang selesai pada { $confirmed }; oleh itu, terjemahan yang dibuat sekarang akan kekal berguna untuk bertahun-tahun lamanya.
   *[other] Sekurang-kurangnya { $adopted } badan standardisasi kebangsaan telah menerima pakai standard ini, dan ISO telah mengesahkannya dalam semakan sistematik terakhirnya, yang selesai pada { $confirmed }; oleh itu, terjemahan yang dibuat sekarang akan kekal berguna untuk bertahun-tahun lamanya.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO telah mengesahkan standard ini dalam semakan sistematik terakhirnya, yang selesai pada { $confirmed }; oleh itu, { $edition } akan kekal terkini untuk bertahun-tahun lamanya.
   *[other] Sekurang-kurangnya { $adopted } badan standardisasi kebangsaan telah menerima pakai standard ini, dan ISO telah mengesahkannya dalam semakan sistematik terakhirnya, yang selesai pada { $confirmed }; oleh itu, { $edition } akan kekal terkini untuk bertahun-tahun lamanya.
}
letter-translate-ask = Saya dengan hormatnya memohon agar { $acronym } menyediakan dan menerbitkan edisi bahasa { $language } bagi { $standard }, sama ada sebagai penerimaan pakai kebangsaan atau sebagai terjemahan yang dijual bersama teks antarabangsa, serta memaklumkan pihak yang akan menggunakannya apabila edisi tersebut tersedia.
letter-translate-ask-exists = Saya merakamkan penghargaan kepada { $acronym } kerana menyediakan { $edition } dalam bahasa { $language }. Saya dengan hormatnya memohon agar pihak tuan/puan menghebahkannya secara meluas kepada pembeli, pembekal dan pegawai awam { $in_country }, serta memastikan edisi ini sentiasa selaras dengan teks antarabangsa apabila ISO menyemak semula standard ini pada masa akan datang.
letter-translate-closing = Terima kasih atas pertimbangan pihak tuan/puan terhadap permohonan ini. Saya berbesar hati untuk membantu menghebahkan terjemahan ini { $in_country } sebaik sahaja ia diterbitkan.
letter-sign-off = Yang benar,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = di negara tuan/puan ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = badan standardisasi kebangsaan anda
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = negara anda
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = di negara anda
open-letter-generic-deadline = tarikh tutup undian
open-letter-generic-committee = jawatankuasa ISO yang bertanggungjawab bagi standard ini
