# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Türkçe
# Writing direction: ltr or rtl.
locale-direction = ltr

## The letters. A formal register fit for writing to a national institution.
## Placeables: $body (the body's full name), $acronym (short name, or full name when no
## acronym is known), $country, $standard (ISO 20400:2017), $title (the standard's title in
## this language when an official one is recorded, otherwise in English), $language (the
## country's main language, in this language), $adopted (how many national adoptions
## Quorum records), $confirmed (date the last systematic review was completed),
## $deadline (date the current ballot closes), $due_by (no ballot open: the date the next
## systematic review is due, five years after the last confirmation) and $has_deadline
## (yes: a ballot is open; due: none is, the review is due by $due_by; no: neither is known).
letter-subject-review = Sistematik gözden geçirmede { $standard } standardının teyidi yönünde oy kullanılması talebi
letter-subject-adopt = Uluslararası { $standard } standardının { $country } ulusal standardı olarak kabul edilmesi talebi
letter-subject-translate = Uluslararası { $standard } standardının { $language } baskısının yayımlanması talebi
letter-subject-translate-exists = Uluslararası { $standard } standardının { $language } baskısı olan { $edition } standardının geniş çapta tanıtılması talebi
letter-greeting = Sayın Yetkili,
letter-review-opening = Bu mektubu, { $standard } “{ $title }” standardı ve bu standardın sistematik gözden geçirmesinde { $body } tarafından kullanılacak oy hakkında yazıyorum. Standardın mevcut hâliyle teyit edilmesi yönünde oy kullanmanızı rica ediyorum.
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
letter-review-closing = Talebimi değerlendirdiğiniz için teşekkür ederim. { $acronym } olarak nasıl oy kullanmayı düşündüğünüzü öğrenmekten ve standardın { $country } genelinde nasıl kullanıldığına ilişkin bildiklerimi sizinle paylaşmaktan memnuniyet duyarım.
letter-adopt-opening = Bu mektubu, { $standard } “{ $title }” standardının { $body } tarafından { $country } ulusal standardı olarak kabul edilmesi talebiyle yazıyorum.
letter-adopt-why = Kamu kurumları ve şirketler, ulusal gelirin büyük bir bölümünü mal ve hizmet alımlarına ve yapım işlerine harcamaktadır; bu alımları nasıl yaptıkları ise tedarik zincirlerinin en uç halkalarına kadar çalışma koşullarını, emisyonları ve yerel ekonomileri şekillendirmektedir. ISO 20400, bu etkilerin dikkate alınması için uluslararası düzeyde üzerinde uzlaşılmış bir rehberlik sunar: Satın alma politikasından ve üst yönetimin taahhüdünden tedarikçilerin seçimine ve sözleşmelerin yönetimine kadar. Standart, kamu veya özel sektörden, her büyüklükte ve her sektördeki kuruluşa uygulanabilir.
letter-adopt-evidence = { $adopted ->
    [0] ISO, { $confirmed } tarihinde tamamlanan son sistematik gözden geçirmede standardı teyit etmiştir; dolayısıyla standart güncel ve istikrarlı bir metindir.
    [one] En az { $adopted } ulusal standart kuruluşu bu standardı şimdiden kabul etmiştir; ISO da { $confirmed } tarihinde tamamlanan son sistematik gözden geçirmede standardı teyit etmiştir. Dolayısıyla standart güncel ve istikrarlı bir metindir.
   *[other] En az { $adopted } ulusal standart kuruluşu bu standardı şimdiden kabul etmiştir; ISO da { $confirmed } tarihinde tamamlanan son sistematik gözden geçirmede standardı teyit etmiştir. Dolayısıyla standart güncel ve istikrarlı bir metindir.
}
letter-adopt-ask = Uluslararası metinle özdeş bir ulusal kabul, { $country } genelindeki alıcılara ve tedarikçilere, kamu ihalelerinde ve şirket politikalarında atıf yapılabilecek, tanınmış bir referans kazandıracak ve standardı hâlihazırda kullanan ticaret ortaklarıyla uyumu kolaylaştıracaktır. { $acronym } olarak { $standard } standardının kabul sürecini başlatmanızı ve mümkünse standardı { $language } olarak yayımlamanızı saygılarımla rica ediyorum.
letter-adopt-ask-in-progress = { $standard } standardının kabul sürecinin { $acronym } tarafından hâlihazırda başlatıldığını öğrenmiş bulunuyorum. Uluslararası metinle özdeş bir ulusal standart, { $country } genelindeki alıcılara ve tedarikçilere, kamu ihalelerinde ve şirket politikalarında atıf yapılabilecek, tanınmış bir referans kazandıracaktır. { $acronym } olarak kabul sürecini tamamlamanızı, ulusal standardı mümkünse { $language } olarak yayımlamanızı ve standart kullanıma sunulduğunda onu kullanacak kişileri bilgilendirmenizi saygılarımla rica ediyorum.
letter-adopt-closing = Talebimi değerlendirdiğiniz için teşekkür ederim. { $country } genelinde standarda duyulan ilgi hakkında size daha ayrıntılı bilgi vermekten ve atılabilecek sonraki adımları öğrenmekten memnuniyet duyarım.
letter-translate-opening = Bu mektubu, { $standard } “{ $title }” standardının { $body } tarafından { $language } olarak erişilebilir hâle getirilmesi talebiyle yazıyorum.
letter-translate-opening-exists = Bu mektubu, { $acronym } tarafından yayımlanan ve { $standard } “{ $title }” standardının { $language } baskısı olan { $edition } hakkında yazıyorum.
letter-translate-why = Sürdürülebilir satın alma; alıcıların, tedarikçilerin, sözleşme yöneticilerinin ve kamu görevlilerinin günlük işidir ve bu kişilerin birçoğu rehber niteliğindeki metinleri yalnızca kendi dillerinde okur. ISO 20400, ISO'nun resmî İngilizce ve Fransızca baskılarıyla ve resmî bir İspanyolca çevirisiyle mevcuttur; { $country } genelinde işlerini { $language } yürüten kişiler için ulusal bir baskı, uluslararası bir metni ekipleri ve tedarikçileriyle paylaşabilecekleri pratik bir araca dönüştürecektir.
letter-translate-why-exists = Sürdürülebilir satın alma; alıcıların, tedarikçilerin, sözleşme yöneticilerinin ve kamu görevlilerinin günlük işidir ve bu kişilerin birçoğu rehber niteliğindeki metinleri yalnızca kendi dillerinde okur. { $edition } sayesinde standart, { $country } genelinde işlerini { $language } yürüten kişiler için hâlihazırda kendi dillerinde mevcuttur; şimdi önemli olan, bu kişilerin baskının varlığından haberdar olmaları ve onu ekipleri ve tedarikçileriyle birlikte uygulamaya koymalarıdır.
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
letter-translate-ask-exists = { $edition } standardının { $acronym } tarafından { $language } olarak kullanıma sunulmuş olmasından dolayı teşekkür ederim. Bu baskıyı { $country } genelindeki alıcılar, tedarikçiler ve kamu görevlileri arasında geniş çapta tanıtmanızı ve standart ISO tarafından bir sonraki kez revize edildiğinde baskıyı uluslararası metinle uyumlu tutmanızı saygılarımla rica ediyorum.
letter-translate-closing = Talebimi değerlendirdiğiniz için teşekkür ederim. Çeviri yayımlandığında { $country } genelinde tanıtılmasına yardımcı olmaktan memnuniyet duyarım.
letter-sign-off = Saygılarımla,
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = ulusal standart kuruluşunuz
open-letter-generic-country = ülkeniz
open-letter-generic-deadline = oylamanın kapanış tarihi
open-letter-generic-committee = standarttan sorumlu ISO komitesi
