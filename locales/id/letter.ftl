# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Bahasa Indonesia
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
letter-subject-review = Permohonan pemberian suara untuk penetapan kembali { $standard } dalam kaji ulang sistematis
letter-subject-adopt = { $country_kind ->
    [territory] Permohonan adopsi { $standard } sebagai standar { $country }
   *[country] Permohonan adopsi { $standard } sebagai standar nasional { $country }
}
letter-subject-translate = Permohonan penerbitan { $standard } dalam bahasa { $language }
letter-subject-translate-exists = Permohonan sosialisasi { $edition }, edisi bahasa { $language } dari { $standard }
letter-greeting = Dengan hormat,
letter-review-opening = Saya menulis surat ini kepada Bapak/Ibu mengenai { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} serta suara yang akan diberikan { $body } dalam kaji ulang sistematis standar tersebut. Saya mohon agar Bapak/Ibu memberikan suara untuk menetapkan kembali standar ini sebagaimana adanya.
letter-review-why = ISO 20400 memberikan kerangka kerja bersama bagi organisasi dari berbagai ukuran dan sektor untuk melakukan pengadaan secara berkelanjutan: standar ini menunjukkan cara menimbang dampak lingkungan, sosial, dan ekonomi dari apa yang mereka beli di sepanjang rantai pasok, serta cara memadukannya ke dalam kebijakan, proses, dan praktik sehari-hari. Sejak standar ini terbit, perubahan iklim, ekonomi sirkular, hak asasi manusia, dan etika bisnis telah menjadi prioritas utama, dan sebagian besar upaya tersebut berlangsung di rantai pasok. Standar ini disusun tepat untuk persoalan-persoalan tersebut dan tetap menjadi kerangka kerja yang kokoh untuk menjawabnya.
letter-review-evidence = { $adopted ->
    [0] Pada kaji ulang sistematis terakhir, yang selesai pada { $confirmed }, ISO menetapkan kembali standar ini tanpa perubahan.
   *[other] Sedikitnya { $adopted } badan standardisasi nasional telah mengadopsinya sebagai standar nasional, dan kaji ulang sistematis terakhirnya, yang selesai pada { $confirmed }, menetapkannya kembali tanpa perubahan.
}
letter-review-ask = { $has_deadline ->
    [yes] Pemungutan suara yang sedang berlangsung akan ditutup pada { $deadline }. Revisi standar ini akan memerlukan kerja komite selama bertahun-tahun; waktu tersebut jauh lebih bermanfaat jika digunakan untuk membantu organisasi menerapkan panduan yang sudah diberikan oleh standar ini. Oleh karena itu, dengan hormat saya memohon agar { $acronym } memberikan suara untuk menetapkan kembali { $standard }.
    [due] Kaji ulang sistematis berikutnya atas standar ini dijadwalkan paling lambat { $due_by }. Revisi standar ini akan memerlukan kerja komite selama bertahun-tahun; waktu tersebut jauh lebih bermanfaat jika digunakan untuk membantu organisasi menerapkan panduan yang sudah diberikan oleh standar ini. Oleh karena itu, dengan hormat saya memohon agar { $acronym } memberikan suara untuk menetapkan kembali { $standard } ketika pemungutan suara dibuka.
   *[other] Revisi standar ini akan memerlukan kerja komite selama bertahun-tahun; waktu tersebut jauh lebih bermanfaat jika digunakan untuk membantu organisasi menerapkan panduan yang sudah diberikan oleh standar ini. Oleh karena itu, dengan hormat saya memohon agar { $acronym } memberikan suara untuk menetapkan kembali { $standard } ketika pemungutan suara dibuka.
}
letter-review-closing = Atas perhatian Bapak/Ibu terhadap permohonan ini, saya ucapkan terima kasih. Saya akan senang mengetahui bagaimana { $acronym } bermaksud memberikan suara, dan dengan senang hati saya akan berbagi apa yang saya ketahui tentang penggunaan standar ini { $in_country }.
letter-adopt-opening = Melalui surat ini, saya memohon agar { $body } mengadopsi { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} { $country_kind ->
    [territory] sebagai standar { $country }.
   *[country] sebagai standar nasional { $country }.
}
letter-adopt-why = Instansi pemerintah dan perusahaan membelanjakan porsi yang besar dari pendapatan nasional untuk barang, pekerjaan konstruksi, dan jasa, dan cara mereka melakukan pengadaan memengaruhi kondisi kerja, emisi, dan perekonomian lokal hingga jauh di sepanjang rantai pasok mereka. ISO 20400 memberikan panduan yang disepakati secara internasional untuk memperhitungkan dampak-dampak tersebut: mulai dari kebijakan pengadaan dan komitmen pimpinan hingga pemilihan pemasok dan pengelolaan kontrak. Standar ini berlaku bagi organisasi dari segala ukuran dan sektor, baik publik maupun swasta.
letter-adopt-evidence = { $adopted ->
    [0] ISO telah menetapkan kembali standar ini pada kaji ulang sistematis terakhir, yang selesai pada { $confirmed }, sehingga standar ini mutakhir dan stabil.
   *[other] Sedikitnya { $adopted } badan standardisasi nasional telah mengadopsinya, dan ISO telah menetapkannya kembali pada kaji ulang sistematis terakhir, yang selesai pada { $confirmed }, sehingga standar ini mutakhir dan stabil.
}
letter-adopt-ask = Adopsi yang identik dengan teks internasionalnya akan memberikan kepada pembeli dan pemasok { $in_country } acuan yang diakui, yang dapat dirujuk dalam tender pemerintah dan kebijakan perusahaan, serta akan memudahkan penyelarasan dengan mitra dagang yang sudah menggunakannya. Dengan hormat, saya memohon agar { $acronym } memulai proses adopsi { $standard } dan, jika memungkinkan, menerbitkannya dalam bahasa { $language }.
letter-adopt-ask-in-progress = Saya memahami bahwa { $acronym } telah memulai proses adopsi { $standard }. Edisi yang identik dengan teks internasionalnya akan memberikan kepada pembeli dan pemasok { $in_country } acuan yang diakui, yang dapat dirujuk dalam tender pemerintah dan kebijakan perusahaan. Dengan hormat, saya memohon agar { $acronym } menyelesaikan proses adopsi dan menerbitkan standar tersebut, jika memungkinkan dalam bahasa { $language }, serta memberitahukan ketersediaannya kepada mereka yang akan menggunakannya.
letter-adopt-closing = Atas perhatian Bapak/Ibu terhadap permohonan ini, saya ucapkan terima kasih. Saya akan menyambut baik kesempatan untuk menyampaikan lebih lanjut tentang minat terhadap standar ini { $in_country }, serta untuk mengetahui langkah-langkah selanjutnya yang dapat ditempuh.
letter-translate-opening = Melalui surat ini, saya memohon agar { $body } menyediakan { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} dalam bahasa { $language }.
letter-translate-opening-exists = Saya menulis surat ini kepada Bapak/Ibu mengenai { $edition }, edisi bahasa { $language } dari { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard },
} yang diterbitkan oleh { $acronym }.
letter-translate-why = Pengadaan berkelanjutan adalah pekerjaan sehari-hari para pembeli, pemasok, pengelola kontrak, dan pejabat publik, yang banyak di antaranya hanya membaca panduan dalam bahasa mereka sendiri. ISO 20400 tersedia dalam edisi resmi ISO berbahasa Inggris dan Prancis serta dalam terjemahan resmi berbahasa Spanyol; bagi mereka { $in_country } yang bekerja dalam bahasa { $language }, edisi nasional akan mengubah teks internasional ini menjadi alat praktis yang dapat mereka bagikan kepada tim dan pemasok mereka.
letter-translate-why-exists = Pengadaan berkelanjutan adalah pekerjaan sehari-hari para pembeli, pemasok, pengelola kontrak, dan pejabat publik, yang banyak di antaranya hanya membaca panduan dalam bahasa mereka sendiri. Dengan adanya { $edition }, mereka { $in_country } yang bekerja dalam bahasa { $language } sudah memiliki standar ini dalam bahasa mereka sendiri; yang penting sekarang adalah agar mereka mengetahui keberadaannya dan menerapkannya bersama tim dan pemasok mereka.
letter-translate-evidence = { $adopted ->
    [0] ISO telah menetapkan kembali standar ini pada kaji ulang sistematis terakhir, yang selesai pada { $confirmed }, sehingga terjemahan yang dibuat sekarang akan tetap bermanfaat selama bertahun-tahun.
   *[other] Sedikitnya { $adopted } badan standardisasi nasional telah mengadopsinya, dan ISO telah menetapkannya kembali pada kaji ulang sistematis terakhir, yang selesai pada { $confirmed }, sehingga terjemahan yang dibuat sekarang akan tetap bermanfaat selama bertahun-tahun.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO telah menetapkan kembali standar ini pada kaji ulang sistematis terakhir, yang selesai pada { $confirmed }, sehingga { $edition } akan tetap mutakhir selama bertahun-tahun.
   *[other] Sedikitnya { $adopted } badan standardisasi nasional telah mengadopsinya, dan ISO telah menetapkannya kembali pada kaji ulang sistematis terakhir, yang selesai pada { $confirmed }, sehingga { $edition } akan tetap mutakhir selama bertahun-tahun.
}
letter-translate-ask = Dengan hormat, saya memohon agar { $acronym } menyiapkan dan menerbitkan edisi bahasa { $language } dari { $standard }, baik sebagai adopsi nasional maupun sebagai terjemahan yang dijual bersama teks internasionalnya, serta memberitahukan ketersediaannya kepada mereka yang akan menggunakannya.
letter-translate-ask-exists = Saya berterima kasih kepada { $acronym } karena telah menyediakan { $edition } dalam bahasa { $language }. Dengan hormat, saya memohon agar Bapak/Ibu menyosialisasikannya secara luas kepada para pembeli, pemasok, dan pejabat publik { $in_country }, serta menyelaraskannya dengan teks internasional ketika ISO merevisi standar ini di kemudian hari.
letter-translate-closing = Atas perhatian Bapak/Ibu terhadap permohonan ini, saya ucapkan terima kasih. Setelah terjemahan tersebut terbit, saya akan dengan senang hati membantu menyosialisasikannya { $in_country }.
letter-sign-off = Hormat saya,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = di negara Bapak/Ibu ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = badan standardisasi nasional negara Anda
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = negara Anda
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = di negara Anda
open-letter-generic-deadline = tanggal penutupan pemungutan suara
open-letter-generic-committee = komite ISO yang bertanggung jawab atas standar ini
