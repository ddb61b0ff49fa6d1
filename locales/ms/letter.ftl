# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Bahasa Melayu
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
letter-subject-review = Permohonan supaya mengundi untuk mengesahkan { $standard } dalam semakan sistematik
letter-subject-adopt = Permohonan supaya menerima pakai { $standard } sebagai standard kebangsaan { $country }
letter-subject-translate = Permohonan supaya menerbitkan { $standard } dalam bahasa { $language }
letter-subject-translate-exists = Permohonan supaya menghebahkan secara meluas { $edition }, edisi bahasa { $language } bagi { $standard }
letter-greeting = Tuan/Puan,
letter-review-opening = Dengan hormatnya, saya menulis kepada pihak tuan/puan berhubung dengan { $standard }, “{ $title }”, dan undian yang diberikan oleh { $body } dalam semakan sistematik standard tersebut. Saya ingin memohon agar pihak tuan/puan mengundi untuk mengesahkan standard ini sebagaimana yang sedia ada.
letter-review-why = ISO 20400 menyediakan rangka kerja bersama bagi organisasi daripada pelbagai saiz dan sektor untuk melaksanakan perolehan secara mampan: standard ini menunjukkan cara menimbang kesan alam sekitar, sosial dan ekonomi bagi apa yang dibeli di sepanjang rantaian bekalan, serta cara menerapkannya ke dalam dasar, proses dan amalan harian. Sejak standard ini diterbitkan, perubahan iklim, ekonomi kitaran, hak asasi manusia dan etika perniagaan telah menjadi agenda utama, dan sebahagian besar usaha berkaitan dilaksanakan dalam rantaian bekalan. Standard ini digubal khusus untuk menangani persoalan tersebut dan kekal sebagai rangka kerja yang kukuh baginya.
letter-review-evidence = { $adopted ->
    [0] Dalam semakan sistematik terakhirnya, yang selesai pada { $confirmed }, ISO telah mengesahkan standard ini tanpa sebarang perubahan.
   *[other] Sekurang-kurangnya { $adopted } badan standard kebangsaan telah menerima pakai standard ini sebagai standard kebangsaan masing-masing, dan semakan sistematik terakhirnya, yang selesai pada { $confirmed }, telah mengesahkannya tanpa sebarang perubahan.
}
letter-review-ask = { $has_deadline ->
    [yes] Undian semasa akan ditutup pada { $deadline }. Penyemakan semula standard ini akan memerlukan kerja jawatankuasa selama bertahun-tahun; masa tersebut jauh lebih bermanfaat jika digunakan untuk membantu organisasi melaksanakan panduan yang sedia terkandung di dalamnya. Oleh itu, saya dengan hormatnya memohon agar { $acronym } mengundi untuk mengesahkan { $standard }.
    [due] Semakan sistematik seterusnya bagi standard ini perlu dijalankan selewat-lewatnya pada { $due_by }. Penyemakan semula standard ini akan memerlukan kerja jawatankuasa selama bertahun-tahun; masa tersebut jauh lebih bermanfaat jika digunakan untuk membantu organisasi melaksanakan panduan yang sedia terkandung di dalamnya. Oleh itu, saya dengan hormatnya memohon agar { $acronym } mengundi untuk mengesahkan { $standard } apabila undian dibuka.
   *[other] Penyemakan semula standard ini akan memerlukan kerja jawatankuasa selama bertahun-tahun; masa tersebut jauh lebih bermanfaat jika digunakan untuk membantu organisasi melaksanakan panduan yang sedia terkandung di dalamnya. Oleh itu, saya dengan hormatnya memohon agar { $acronym } mengundi untuk mengesahkan { $standard } apabila undian dibuka.
}
letter-review-closing = Terima kasih atas pertimbangan pihak tuan/puan terhadap permohonan ini. Saya amat menghargai sekiranya dapat dimaklumkan bagaimana { $acronym } bercadang untuk mengundi, dan saya sedia berkongsi maklumat yang saya ketahui tentang penggunaan standard ini di { $country }.
letter-adopt-opening = Dengan hormatnya, saya menulis untuk memohon agar { $body } menerima pakai { $standard }, “{ $title }”, sebagai standard kebangsaan { $country }.
letter-adopt-why = Badan awam dan syarikat membelanjakan sebahagian besar pendapatan negara untuk bekalan, kerja dan perkhidmatan, dan cara mereka membuat perolehan mempengaruhi keadaan kerja, pelepasan dan ekonomi setempat hingga ke hujung rantaian bekalan mereka. ISO 20400 memberikan panduan yang dipersetujui di peringkat antarabangsa untuk mengambil kira kesan-kesan ini: daripada dasar perolehan dan komitmen kepimpinan hinggalah pemilihan pembekal dan pengurusan kontrak. Standard ini terpakai kepada organisasi daripada sebarang saiz dan sektor, sama ada awam atau swasta.
letter-adopt-evidence = { $adopted ->
    [0] ISO telah mengesahkan standard ini dalam semakan sistematik terakhirnya, yang selesai pada { $confirmed }; oleh itu, standard ini masih terkini dan stabil.
   *[other] Sekurang-kurangnya { $adopted } badan standard kebangsaan telah pun menerima pakai standard ini, dan ISO telah mengesahkannya dalam semakan sistematik terakhirnya, yang selesai pada { $confirmed }; oleh itu, standard ini masih terkini dan stabil.
}
letter-adopt-ask = Penerimaan pakai di peringkat kebangsaan yang seiras dengan teks antarabangsa akan memberikan pembeli dan pembekal di { $country } rujukan yang diiktiraf yang boleh dipetik dalam tender awam dan dasar syarikat, di samping memudahkan penyelarasan dengan rakan dagang yang sudah menggunakannya. Saya dengan hormatnya memohon agar { $acronym } memulakan proses penerimaan pakai { $standard } dan, jika boleh, menerbitkannya dalam bahasa { $language }.
letter-adopt-ask-in-progress = Saya difahamkan bahawa { $acronym } telah pun memulakan proses penerimaan pakai { $standard }. Standard kebangsaan yang seiras dengan teks antarabangsa akan memberikan pembeli dan pembekal di { $country } rujukan yang diiktiraf yang boleh dipetik dalam tender awam dan dasar syarikat. Saya dengan hormatnya memohon agar { $acronym } menyempurnakan proses penerimaan pakai tersebut dan menerbitkan standard kebangsaan itu, jika boleh dalam bahasa { $language }, serta memaklumkan pihak yang akan menggunakannya apabila standard itu tersedia.
letter-adopt-closing = Terima kasih atas pertimbangan pihak tuan/puan terhadap permohonan ini. Saya amat mengalu-alukan peluang untuk menerangkan dengan lebih lanjut minat terhadap standard ini di { $country }, dan untuk mengetahui langkah seterusnya yang boleh diambil.
letter-translate-opening = Dengan hormatnya, saya menulis untuk memohon agar { $body } menyediakan { $standard }, “{ $title }”, dalam bahasa { $language }.
letter-translate-opening-exists = Dengan hormatnya, saya menulis kepada pihak tuan/puan berhubung dengan { $edition }, iaitu edisi bahasa { $language } bagi { $standard }, “{ $title }”, yang diterbitkan oleh { $acronym }.
letter-translate-why = Perolehan mampan merupakan kerja harian pembeli, pembekal, pengurus kontrak dan pegawai awam, yang kebanyakannya hanya membaca panduan dalam bahasa mereka sendiri. ISO 20400 tersedia dalam edisi rasmi ISO dalam bahasa Inggeris dan bahasa Perancis serta dalam terjemahan rasmi bahasa Sepanyol; bagi mereka di { $country } yang bekerja dalam bahasa { $language }, edisi kebangsaan akan menjadikan teks antarabangsa ini alat praktikal yang boleh dikongsi bersama pasukan dan pembekal mereka.
letter-translate-why-exists = Perolehan mampan merupakan kerja harian pembeli, pembekal, pengurus kontrak dan pegawai awam, yang kebanyakannya hanya membaca panduan dalam bahasa mereka sendiri. Dengan adanya { $edition }, mereka di { $country } yang bekerja dalam bahasa { $language } sudah memiliki standard ini dalam bahasa mereka sendiri; yang penting sekarang ialah mereka mengetahui kewujudannya dan menggunakannya bersama pasukan dan pembekal mereka.
letter-translate-evidence = { $adopted ->
    [0] ISO telah mengesahkan standard ini dalam semakan sistematik terakhirnya, yang selesai pada { $confirmed }; oleh itu, terjemahan yang dibuat sekarang akan kekal berguna untuk bertahun-tahun lamanya.
   *[other] Sekurang-kurangnya { $adopted } badan standard kebangsaan telah menerima pakai standard ini, dan ISO telah mengesahkannya dalam semakan sistematik terakhirnya, yang selesai pada { $confirmed }; oleh itu, terjemahan yang dibuat sekarang akan kekal berguna untuk bertahun-tahun lamanya.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO telah mengesahkan standard ini dalam semakan sistematik terakhirnya, yang selesai pada { $confirmed }; oleh itu, { $edition } akan kekal terkini untuk bertahun-tahun lamanya.
   *[other] Sekurang-kurangnya { $adopted } badan standard kebangsaan telah menerima pakai standard ini, dan ISO telah mengesahkannya dalam semakan sistematik terakhirnya, yang selesai pada { $confirmed }; oleh itu, { $edition } akan kekal terkini untuk bertahun-tahun lamanya.
}
letter-translate-ask = Saya dengan hormatnya memohon agar { $acronym } menyediakan dan menerbitkan edisi bahasa { $language } bagi { $standard }, sama ada sebagai penerimaan pakai kebangsaan atau sebagai terjemahan yang dijual bersama teks antarabangsa, serta memaklumkan pihak yang akan menggunakannya apabila edisi tersebut tersedia.
letter-translate-ask-exists = Saya merakamkan penghargaan kepada { $acronym } kerana menyediakan { $edition } dalam bahasa { $language }. Saya dengan hormatnya memohon agar pihak tuan/puan menghebahkannya secara meluas kepada pembeli, pembekal dan pegawai awam di { $country }, serta memastikan edisi ini sentiasa selaras dengan teks antarabangsa apabila ISO menyemak semula standard ini pada masa akan datang.
letter-translate-closing = Terima kasih atas pertimbangan pihak tuan/puan terhadap permohonan ini. Saya berbesar hati untuk membantu menghebahkan terjemahan ini di { $country } sebaik sahaja ia diterbitkan.
letter-sign-off = Yang benar,
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = badan standard kebangsaan anda
open-letter-generic-country = negara anda
open-letter-generic-deadline = tarikh tutup undian
open-letter-generic-committee = jawatankuasa ISO yang bertanggungjawab bagi standard ini
