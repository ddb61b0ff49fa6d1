# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Türkçe
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
letter-subject-review = Sistematik gözden geçirmede { $standard } standardının teyidi yönünde oy kullanılması talebi
letter-subject-adopt = { $country_kind ->
    [territory] Uluslararası { $standard } standardının { $country } için standart olarak kabul edilmesi talebi
   *[country] Uluslararası { $standard } standardının { $country } ulusal standardı olarak kabul edilmesi talebi
}
letter-subject-translate = Uluslararası { $standard } standardının { $language } baskısının yayımlanması talebi
letter-subject-translate-exists = Uluslararası { $standard } standardının { $language } baskısı olan { $edition } standardının geniş çapta tanıtılması talebi
letter-greeting = Sayın Yetkili,
letter-review-opening = Bu mektubu, { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} standardı ve bu standardın sistematik gözden geçirmesinde { $body } tarafından kullanılacak oy hakkında yazıyorum. Standardın mevcut hâliyle teyit edilmesi yönünde oy kullanmanızı rica ediyorum.
letter-review-why = ISO 20400, her büyüklükte ve her sektördeki kuruluşa sürdürülebilir satın alma için ortak bir çerçeve sunar: Satın alınan mal ve hizmetlerin çevresel, sosyal ve ekonomik etkilerinin tüm tedarik zinciri boyunca nasıl değerlendirileceğini ve bunun politikalara, süreçlere ve günlük uygulamalara nasıl yansıtılacağını gösterir. Standardın yayımlanmasından bu yana iklim değişikliği, döngüsel ekonomi, insan hakları ve iş etiği gündemin en üst sıralarına yerleşmiştir; bu alanlardaki çalışmaların önemli bir kısmı da tedarik zincirlerinde yürütülmektedir. Standart tam da bu sorular için hazırlanmıştır ve bunlara yönelik sağlam bir çerçeve olmayı sürdürmektedir.
letter-review-evidence = { $adopted ->
    [0] ISO, { $confirmed } tarihinde tamamlanan son sistematik gözden geçirmede standardı herhangi bir değişiklik yapmadan teyit etmiştir.
    [one] En az { $adopted } ulusal standart kuruluşu bu standardı ulusal standart olarak kabul etmiştir; { $confirmed } tarihinde tamamlanan son sistematik gözden geçirmede de standart herhangi bir değişiklik yapılmadan teyit edilmiştir.
   *[other] En az { $adopted } ulusal standart kuruluşu bu standardı ulusal standart olarak kabul etmiştir; { $confirmed } tarihinde tamamlanan son sistematik gözden geçirmede de standart herhangi bir değişiklik yapılmadan teyit edilmiştir.
}
letter-review-ask = { $has_deadline ->
    [yes] Devam eden oylama { $deadline } tarihinde sona erecektir. Standardın revize edilmesi, komitelerde yıllar sürecek bir çalışma gerektirir; bu zamanın, kuruluşların standardın hâlihazırda sunduğu rehberliği uygulamalarına yardımcı olmak için kullanılması çok daha yararlı olacaktır. Bu nedenle, { $acronym } olarak { $standard } standardının teyit edilmesi yönünde oy kullanmanızı saygılarımla rica ediyorum.
    [due] Standardın bir sonraki sistematik gözden geçirmesinin en geç { $due_by } tarihine kadar yapılması gerekmektedir. Standardın revize edilmesi, komitelerde yıllar sürecek bir çalışma gerektirir; bu zamanın, kuruluşların standardın hâlihazırda sunduğu rehberliği uygulamalarına yardımcı olmak için kullanılması çok daha yararlı olacaktır. Bu nedenle, oylama açıldığında { $acronym } olarak { $standard } standardının teyit edilmesi yönünde oy kullanmanızı saygılarımla rica ediyorum.
   *[other] Standardın revize edilmesi, komitelerde yıllar sürecek bir çalışma gerektirir; bu zamanın, kuruluşların standardın hâlihazırda sunduğu rehberliği uygulamalarına yardımcı olmak için kullanılması çok daha yararlı olacaktır. Bu nedenle, oylama açıldığında { $acronym } olarak { $standard } standardının teyit edilmesi yönünde oy kullanmanızı saygılarımla rica ediyorum.
}
letter-review-closing = Talebimi değerlendirdiğiniz için teşekkür ederim. { $acronym } olarak nasıl oy kullanmayı düşündüğünüzü öğrenmekten ve standardın { $in_country } nasıl kullanıldığına ilişkin bildiklerimi sizinle paylaşmaktan memnuniyet duyarım.
letter-adopt-opening = Bu mektubu, { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} standardının { $body } tarafından { $country_kind ->
    [territory] { $country } için standart olarak
   *[country] { $country } ulusal standardı olarak
} kabul edilmesi talebiyle yazıyorum.
letter-adopt-why = Kamu kurumları ve şirketler, ulusal gelirin büyük bir bölümünü mal ve hizmet alımlarına ve yapım işlerine harcamaktadır; bu alımları nasıl yaptıkları ise tedarik zincirlerinin en uç halkalarına kadar çalışma koşullarını, emisyonları ve yerel ekonomileri şekillendirmektedir. ISO 20400, bu etkilerin dikkate alınması için uluslararası düzeyde üzerinde uzlaşılmış bir rehberlik sunar: Satın alma politikasından ve üst yönetimin taahhüdünden tedarikçilerin seçimine ve sözleşmelerin yönetimine kadar. Standart, kamu veya özel sektörden, her büyüklükte ve her sektördeki kuruluşa uygulanabilir.
letter-adopt-evidence = { $adopted ->
    [0] ISO, { $confirmed } tarihinde tamamlanan son sistematik gözden geçirmede standardı teyit etmiştir; dolayısıyla standart güncel ve istikrarlı bir metindir.
    [one] En az { $adopted } ulusal standart kuruluşu bu standardı şimdiden kabul etmiştir; ISO da { $confirmed } tarihinde tamamlanan son sistematik gözden geçirmede standardı teyit etmiştir. Dolayısıyla standart güncel ve istikrarlı bir metindir.
   *[other] En az { $adopted } ulusal standart kuruluşu bu standardı şimdiden kabul etmiştir; ISO da { $confirmed } tarihinde tamamlanan son sistematik gözden geçirmede standardı teyit etmiştir. Dolayısıyla standart güncel ve istikrarlı bir metindir.
}
letter-adopt-ask = Uluslararası metinle özdeş bir kabul, { $in_country } faaliyet gösteren alıcılara ve tedarikçilere, kamu ihalelerinde ve şirket politikalarında atıf yapılabilecek, tanınmış bir referans kazandıracak ve standardı hâlihazırda kullanan ticaret ortaklarıyla uyumu kolaylaştıracaktır. { $acronym } olarak { $standard } standardının kabul sürecini başlatmanızı ve mümkünse standardı { $language } olarak yayımlamanızı saygılarımla rica ediyorum.
letter-adopt-ask-in-progress = { $standard } standardının kabul sürecinin { $acronym } tarafından hâlihazırda başlatıldığını öğrenmiş bulunuyorum. Uluslararası metinle özdeş bir baskı, { $in_country } faaliyet gösteren alıcılara ve tedarikçilere, kamu ihalelerinde ve şirket politikalarında atıf yapılabilecek, tanınmış bir referans kazandıracaktır. { $acronym } olarak kabul sürecini tamamlamanızı, standardı mümkünse { $language } olarak yayımlamanızı ve standart kullanıma sunulduğunda onu kullanacak kişileri bilgilendirmenizi saygılarımla rica ediyorum.
letter-adopt-closing = Talebimi değerlendirdiğiniz için teşekkür ederim. Standarda { $in_country } duyulan ilgi hakkında size daha ayrıntılı bilgi vermekten ve atılabilecek sonraki adımları öğrenmekten memnuniyet duyarım.
letter-translate-opening = Bu mektubu, { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} standardının { $body } tarafından { $language } olarak erişilebilir hâle getirilmesi talebiyle yazıyorum.
letter-translate-opening-exists = Bu mektubu, { $acronym } tarafından yayımlanan ve { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} standardının { $language } baskısı olan { $edition } hakkında yazıyorum.
letter-translate-why = Sürdürülebilir satın alma; alıcıların, tedarikçilerin, sözleşme yöneticilerinin ve kamu görevlilerinin günlük işidir ve bu kişilerin birçoğu rehber niteliğindeki metinleri yalnızca kendi dillerinde okur. ISO 20400, ISO'nun resmî İngilizce ve Fransızca baskılarıyla ve resmî bir İspanyolca çevirisiyle mevcuttur; { $in_country } çalışma dili { $language } olan kişiler için ulusal bir baskı, uluslararası bir metni ekipleri ve tedarikçileriyle paylaşabilecekleri pratik bir araca dönüştürecektir.
letter-translate-why-exists = Sürdürülebilir satın alma; alıcıların, tedarikçilerin, sözleşme yöneticilerinin ve kamu görevlilerinin günlük işidir ve bu kişilerin birçoğu rehber niteliğindeki metinleri yalnızca kendi dillerinde okur. { $edition } sayesinde standart, { $in_country } çalışma dili { $language } olan kişiler için hâlihazırda kendi dillerinde mevcuttur; şimdi önemli olan, bu kişilerin baskının varlığından haberdar olmaları ve onu ekipleri ve tedarikçileriyle birlikte uygulamaya koymalarıdır.
letter-translate-evidence = { $adopted ->
    [0] ISO, { $confirmed } tarihinde tamamlanan son sistematik gözden geçirmede standardı teyit etmiştir; bu nedenle şimdi yapılacak bir çeviri uzun yıllar boyunca yararlı olmaya devam edecektir.
    [one] En az { $adopted } ulusal standart kuruluşu bu standardı kabul etmiştir; ISO da { $confirmed } tarihinde tamamlanan son sistematik gözden geçirmede standardı teyit etmiştir. Bu nedenle şimdi yapılacak bir çeviri uzun yıllar boyunca yararlı olmaya devam edecektir.
   *[other] En az { $adopted } ulusal standart kuruluşu bu standardı kabul etmiştir; ISO da { $confirmed } tarihinde tamamlanan son sistematik gözden geçirmede standardı teyit etmiştir. Bu nedenle şimdi yapılacak bir çeviri uzun yıllar boyunca yararlı olmaya devam edecektir.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO, { $confirmed } tarihinde tamamlanan son sistematik gözden geçirmede standardı teyit etmiştir; bu nedenle { $edition } uzun yıllar boyunca güncelliğini koruyacaktır.
    [one] En az { $adopted } ulusal standart kuruluşu bu standardı kabul etmiştir; ISO da { $confirmed } tarihinde tamamlanan son sistematik gözden geçirmede standardı teyit etmiştir. Bu nedenle { $edition } uzun yıllar boyunca güncelliğini koruyacaktır.
   *[other] En az { $adopted } ulusal standart kuruluşu bu standardı kabul etmiştir; ISO da { $confirmed } tarihinde tamamlanan son sistematik gözden geçirmede standardı teyit etmiştir. Bu nedenle { $edition } uzun yıllar boyunca güncelliğini koruyacaktır.
}
letter-translate-ask = { $acronym } olarak { $standard } standardının { $language } baskısını, ister ulusal kabul yoluyla ister uluslararası metinle birlikte satışa sunulan bir çeviri olarak hazırlayıp yayımlamanızı ve baskı kullanıma sunulduğunda onu kullanacak kişileri bilgilendirmenizi saygılarımla rica ediyorum.
letter-translate-ask-exists = { $edition } standardının { $acronym } tarafından { $language } olarak kullanıma sunulmuş olmasından dolayı teşekkür ederim. Bu baskıyı { $in_country } alıcılar, tedarikçiler ve kamu görevlileri arasında geniş çapta tanıtmanızı ve standart ISO tarafından bir sonraki kez revize edildiğinde baskıyı uluslararası metinle uyumlu tutmanızı saygılarımla rica ediyorum.
letter-translate-closing = Talebimi değerlendirdiğiniz için teşekkür ederim. Çeviri yayımlandığında { $in_country } tanıtılmasına yardımcı olmaktan memnuniyet duyarım.
letter-sign-off = Saygılarımla,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = ülkenizde ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = ulusal standart kuruluşunuz
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = ülkeniz
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = ülkenizde
open-letter-generic-deadline = oylamanın kapanış tarihi
open-letter-generic-committee = standarttan sorumlu ISO komitesi
