## Standards: adoptions per body, language versions, the world map
nav-standards = Standartlar

standards-title = Quorum'un takip ettiği standartlar
standards-intro = Her standart için: hangi ulusal kuruluşların onu kabul ettiği, hangilerinin yalnızca ISO'nun kendi baskısını sattığı ve hangi dillerde bulunduğu. Tüm sayılar, standardın sayfasındaki kayıtlardan hesaplanır.
standards-adoptions = { $count ->
    [one] { $count } ulusal kabul
   *[other] { $count } ulusal kabul
}
standards-languages = { $count ->
    [one] { $count } dilde mevcut
   *[other] { $count } dilde mevcut
}
standards-open = Ulusal kabuller, harita ve diller
standards-empty = Henüz takip edilen bir standart yok.

standard-page-title = { $reference }: ulusal kabuller ve diller
standard-facts-heading = Standart hakkında
standard-field-reference = Referans numarası
standard-field-title = Başlık
standard-field-published = Yayım tarihi
standard-field-edition = Baskı
standard-field-committee = Komite
standard-field-stage = Güncel aşama
standard-field-last-confirmed = Sistematik gözden geçirmede son teyit

## Adoption status (ISO/IEC Guide 21-1 degrees of correspondence)
status-adopted-idt = Kabul edildi, özdeş (IDT)
status-adopted-idt-def = ISO metniyle özdeş bir ulusal standart olarak yayımlandı.
status-adopted-mod = Kabul edildi, değiştirilmiş (MOD)
status-adopted-mod-def = Belirtilen ve açıklanan teknik farklılıklarla ulusal standart olarak yayımlandı.
status-adopted = Kabul edildi, uygunluk derecesi kayıtlı değil
status-adopted-def = Ulusal standart olarak yayımlandı; kayıtlı kaynakların hiçbiri henüz özdeş mi yoksa değiştirilmiş mi olduğunu belirtmiyor.
status-neq = Ulusal standart, eşdeğer değil (NEQ)
status-neq-def = Aynı konuda, ISO metnine eşdeğer olmayan bir ulusal standart. NEQ bir ulusal kabul değildir ve kabul olarak sayılmaz.
status-in-progress = Kabul süreci devam ediyor
status-in-progress-def = Kuruluş, standardı kabul etme sürecini başlattı (örneğin ulusal baskının taslağını görüşe açtı), ancak henüz yayımlamadı.
status-sells-only = Yalnızca ISO standardını satıyor
status-sells-only-def = Kuruluş, ulusal bir kabul yayımlamadan ISO'nun kendi baskısını satıyor.
status-not-adopted = Kabul edilmedi
status-not-adopted-def = Bir kaynağa göre kuruluş standardı kabul etmemiştir ve satmamaktadır.
status-unknown = Bilinmiyor
status-unknown-def = Bu kuruluş için henüz hiçbir bilgi kaydedilmedi. “Bilinmiyor”, “kabul edilmedi” anlamına gelmez.
status-adopted-any = Kabul edildi (IDT, MOD veya derecesi kayıtlı değil)

standard-counts-heading = Özet
standard-count-adoptions = { $count ->
    [one] ulusal kabul
   *[other] ulusal kabul
}
standard-count-adoptions-def = Standardı ulusal standart olarak yayımlayan kuruluşlar: IDT, MOD veya derecesi kayıtlı olmayanlar. NEQ sayılmaz.
standard-count-languages = { $count ->
    [one] dil
   *[other] dil
}
standard-count-languages-def = Metnin bulunduğu diller: ISO'nun resmî baskıları ve ulusal çeviriler, taslaklar dâhil.
standard-count-bodies = { $count ->
    [one] kuruluş
   *[other] kuruluş
}
standard-count-show = Bu kuruluşları göster

## Filters, map and table
standard-filter-status = Kabul durumu
standard-filter-status-all = Tüm durumlar
standard-filter-clear = Filtreleri temizle
standard-showing = { $total ->
    [one] { $total } kuruluştan { $shown } tanesi filtrelerle eşleşiyor.
   *[other] { $total } kuruluştan { $shown } tanesi filtrelerle eşleşiyor.
}
map-heading = Harita
map-description = Dünya haritası: Her ülke, kuruluşunun { $reference } standardına ilişkin kabul durumuna göre renklendirilmiştir. Küçük devletler daire olarak gösterilir. Kuruluşunun sayfasını açmak için bir ülke seçin; aşağıdaki tablo aynı bilgileri içerir.
map-legend = Lejant
map-country-status = { $country }: { $status }
map-no-body = Dizinde ISO üyesi yok
map-filtered-out = Geçerli filtrelerin dışında
map-hint = Durumunu görmek için bir ülkenin üzerine gelin veya Tab tuşuyla o ülkeye gidin.
map-hint-touch = Kuruluşunun sayfasını açmak için bir ülkeye dokunun; aşağıdaki tablo her ülkenin durumunu gösterir.
map-skip = Haritayı atla
table-heading = Tüm kuruluşlar
table-caption = { $reference } standardının her kuruluş tarafından kabulü ve kaynağı. Sıralamak için bir sütun başlığı seçin.
column-status = Durum
column-designation = Ulusal standart numarası
column-adopted-on = Kabul tarihi
column-language = Dil
column-source = Kaynak
sort-ascending = A'dan Z'ye sıralı
sort-descending = Z'den A'ya sıralı

## Language versions
translations-heading = Diller
translations-intro = Standart metninin bulunduğu diller; her sürümü kimin ve ne zaman yayımladığı.
translation-kind-official = Resmî ISO baskısı
translation-kind-national = Ulusal çeviri
translation-kind-draft = Taslak çeviri
translations-empty = Henüz kayıtlı bir dil sürümü yok.
translation-publisher-year = { $publisher }, { $year }
translation-add = Dil sürümü ekle
translation-add-language = Dil kodu
translation-add-button = Ekle

## Committee and members
committee-heading = { $committee } Komitesi
committee-explain = P üyeler (katılımcı), sistematik gözden geçirmeler dâhil her oylamada oy kullanmak zorundadır; O üyeler (gözlemci) çalışmaları takip eder ve görüş bildirebilir.
committee-p-members = { $count ->
    [one] { $count } P üye
   *[other] { $count } P üye
}
committee-o-members = { $count ->
    [one] { $count } O üye
   *[other] { $count } O üye
}
committee-members-empty = Henüz kayıtlı bir üyelik yok. ISO, bir komitenin üyelerini komitenin sayfasında listeler; bir koordinatör bu sayfayı kaynak göstererek üyelikleri buraya ekleyebilir.
committee-add-member = Üyelik kaydet
membership-p = P üye
membership-o = O üye
membership-none = Üye değil

## The standards on a body's page
body-standards-heading = Standartlar
body-standard-about = { $reference } hakkında
body-sells = ISO'nun kendi baskısını satıyor
sells-yes = Evet
sells-no = Hayır
body-language-versions = Bu ülkenin dillerindeki sürümler
body-no-version = { $language } sürümü kayıtlı değil.
body-membership = { $committee } üyeliği

## Fields of adoptions, language versions and standards (forms and history)
field-status = Durum
field-degree = Uygunluk derecesi
field-designation = Ulusal standart numarası
field-adopted-on = Kabul tarihi
field-method = Kabul yöntemi
field-lang = Dil
field-sells = ISO'nun kendi baskısını satıyor
field-confidence = Kaynağın güvenilirliği
field-note = Not
field-title = Başlık
field-kind = Sürüm türü
field-publisher = Yayımcı
field-year = Yıl
field-reference = Referans numarası
field-committee = Komite
field-published = Yayım tarihi
field-edition = Baskı
field-stage = Aşama kodu
field-last-confirmed = Son teyit tarihi
field-membership = Üyelik
choice-unknown = Bilinmiyor
degree-idt = IDT: özdeş
degree-mod = MOD: değiştirilmiş
degree-neq = NEQ: eşdeğer değil
method-endorsement = Onay
method-cover-sheet = Kapak sayfası
method-reprint = Yeniden basım
method-translation = Çeviri
method-redraft = Yeniden düzenleme
confidence-high = Yüksek
confidence-medium-high = Orta ile yüksek arası
confidence-medium = Orta
confidence-low = Düşük
adoption-state-adopted = Kabul edildi
adoption-state-in-progress = Devam ediyor
adoption-state-not-adopted = Kabul edilmedi
date-hint = Bir yıl, ay veya gün: 2017, 2017-04 veya 2017-04-19.

## Coordinators' forms
edit-adoption-link = Kabul kaydını düzenle
edit-adoption-for = { $country } için kabul kaydını düzenle
adoption-edit-title = { $reference } – { $country }
adoption-edit-intro = Kuruluşun standartla ilgili ne yaptığını kaydedin. Hiçbir kaynakta bilgi yoksa alanı boş bırakın. Aşağıdaki kaynak ve tarih kaydın tamamı için geçerlidir ve kaydın geçmişine eklenir.
edit-translation-link = Düzenle
translation-edit-title = { $reference } – { $language }
translation-edit-intro = Standardın tek bir dildeki sürümünü kaydedin. Aşağıdaki kaynak ve tarih kaydın geçmişine eklenir.
edit-standard-link = Standardı düzenle
standard-edit-title = Standardı düzenle: { $reference }
standard-edit-intro = Doğruladığınız bilgileri değiştirin. Aşağıdaki kaynak ve tarih kaydın geçmişine eklenir.
edit-membership-link = Üyeliği düzenle
membership-edit-title = { $body } – { $committee }
membership-edit-intro = Kuruluşun komitede katılımcı (P) üye mi yoksa gözlemci (O) üye mi olduğunu, ISO'nun komite sayfasında listelendiği şekliyle kaydedin.
record-save = Kaydet
record-saved = Kaydedildi. Değişiklik kaydın geçmişinde yer alıyor.
record-history-heading = Bu kaydın geçmişi
edit-error-choice = Lütfen sunulan değerlerden birini seçin.
edit-error-partial-date = Lütfen bir yıl, ay veya gün girin (2017, 2017-04 veya 2017-04-19); gelecekteki bir tarih girilemez.
edit-error-required = Bu alan boş bırakılamaz.
edit-error-language = Lütfen pt, zh-Hans veya sr-Latn gibi bir dil kodu girin.

## Every standard ISO publishes (ISO Open Data) and the ones coordinators follow
standards-search-label = Tüm ISO standartlarında ara
standards-search-placeholder = Referans, numara, başlıktan kelimeler veya komite
standards-search-hint = Quorum, ISO Open Data sayesinde ISO'nun yayımladığı tüm standartları bilir. Ulusal kabuller, mektuplar ve gözden geçirmeler yalnızca koordinatörlerin takip ettiği standartlar için tutulur.
standards-followed-heading = Takip edilen standartlar
standards-results-heading = Bulunan standartlar
# $count (number) standards match; $query is what the reader typed.
standards-results-count = { $count ->
    [0] “{ $query }” ile eşleşen standart yok.
    [one] “{ $query }” ile eşleşen bir standart var.
   *[other] “{ $query }” ile eşleşen { $count } standart var.
}
# $stage is a harmonized stage code such as 90.93.
standards-result-stage = aşama { $stage }
standards-followed-badge = Takip ediliyor
# $date is a formatted date.
standard-due-by-short = Sonraki gözden geçirme için son tarih: { $date } (türetilmiş)
standard-field-type = Tür
standard-field-developed-by = Hazırlayan
standard-field-due-by = Sonraki sistematik gözden geçirme için son tarih
standard-due-by-derived = ISO tarafından yayımlanmamıştır, Quorum tarafından türetilmiştir: yayımdan veya son teyitten beş yıl sonrası. ISO gözden geçirme oylamalarını toplu olarak gönderdiği için oylama daha erken açılabilir.
standard-field-iso-languages = ISO'nun yayımladığı diller
standard-field-replaces = Yerini aldığı standart
standard-field-replaced-by = Yerini alan standart
standard-iso-page = Bu standart iso.org'da
standard-not-followed = Koordinatörler bu standardı takip etmiyor: Quorum, ISO'nun bu standart hakkında yayımladıklarını saklar ancak standart için ulusal kabul, mektup veya gözden geçirme takibi yapmaz.
standard-follow = Bu standardı takip et
standard-unfollow = Takibi bırak
standard-follow-explain = Takip edilen standart; kabul tablosu, haritası, mektupları ve gözden geçirme takibiyle birlikte standartlar listesine eklenir.
standard-unfollow-explain = Kayıtları korunur; standart, standartlar listesinden, mektuplardan ve gözden geçirme takibinden çıkarılır.

## Figures others publish about a standard, quoted as theirs
standard-claims-heading = Başkaları ne diyor
# $source is who published the figures, $date when.
standard-claims-by-dated = { $source } ({ $date }) şunları belirtiyor:
standard-claims-by = { $source } şunları belirtiyor:
standard-claim-adopted = { $count ->
    [one] bir ülke kabul etti
   *[other] { $count } ülke kabul etti
}
standard-claim-selling = { $count ->
    [one] bir ulusal kuruluş satıyor
   *[other] { $count } ulusal kuruluş satıyor
}
standard-claim-languages = { $count ->
    [one] bir dilde mevcut
   *[other] { $count } dilde mevcut
}
standard-claims-explain = Bu rakamlar belirtilen kaynağa aittir ve yayımlandığı gibi aktarılmıştır. Quorum'un yukarıdaki kendi sayıları yalnızca bu sayfadaki kayıtlardan hesaplanır; her kaydın kaynağı belirtilmiştir.
