# /developers: the open data API.
nav-developers = Açık veri ve API
developers-title = Açık veri ve API
developers-intro = Quorum'un herkese gösterdiği her şey programlar tarafından da okunabilir: kuruluşlar, standartlar, ulusal kabuller, dil sürümleri, gözden geçirmeler, tutumlar ve mektuplar. Anahtar da giriş de gerekmez. Her değer, kaynağı ve doğrulandığı tarihle birlikte gelir.
developers-openapi = OpenAPI belgesi (openapi.json)
developers-endpoints-heading = Uç noktalar
developers-column-path = Yol
developers-column-what = Ne sunar
developers-column-example = Örnek
developers-nsbs = Tüm ulusal standart kuruluşları, iletişim bilgileriyle ve her değerin kaynağıyla; dizindeki filtrelerle (q, category, region, sort), sayfa sayfa.
developers-nsb = Ülke koduyla tek bir kuruluş.
developers-nsbs-csv = Aynı kuruluşlar elektronik tablo olarak; her alanın ardından kaynağı ve tarihi gelir.
developers-standards = Takip edilen standartlar; temel bilgileri, ulusal kabul sayıları ve dil sürümleriyle.
developers-standard = Tek bir standart; elektronik tablo için sona .csv ekleyin.
developers-adoptions = Her kuruluşun standardı kabul durumu; standardın sayfasındaki gibi filtrelenir (status, category, region, sort), sayfa sayfa.
developers-adoptions-csv = Aynı ulusal kabuller elektronik tablo olarak.
developers-translations = Standardın dil sürümleri (başlık, tür, yayımcı, yıl, kaynak); elektronik tablo için sona .csv ekleyin.
developers-reviews = Tüm sistematik gözden geçirme döngüleri; tarihleri, durumları ve kararlarıyla.
developers-review = Tek bir gözden geçirme: tutuma ve oy durumuna göre dağılım ile sonucu hâlâ değiştirebilecek olanların listesini içeren öngörülen sonuç.
developers-positions = Her kuruluşun gözden geçirmedeki en son tutumu; gözden geçirme sayfasındaki gibi filtrelenir (position, voter, category, region), sayfa sayfa.
developers-positions-csv = Aynı tutumlar elektronik tablo olarak.
developers-letters = Bir kuruluşa, onun dilinde veya başka herhangi bir dilde, gönderilmeye hazır bir mektup.
developers-conventions-heading = API nasıl yanıt verir
developers-envelope = JSON yanıtları bir nesnedir: veriler "data" altında, atıf bilgisi "licence" altında ve büyüyebilen listelerde sayfa bilgisi "pagination" altında yer alır. Elektronik tablolarda her satır bir lisans sütunuyla biter.
developers-paging = Listeler sayfa başına 50 kayıtla gelir: başka bir sayfayı page=2 ile, 500 kayda kadarını per_page=500 ile isteyin. Sonun ötesindeki bir sayfa boştur; geçerli aralıkta bir sayı olmayan sayfa numarası veya sayfa boyutu reddedilir.
developers-filters = Filtreler, sayfa adreslerindekiyle aynı değerleri alır; böylece filtrelenmiş bir sayfanın sorgu parametrelerini kopyalayarak onu indirilebilir bir dosyaya dönüştürebilirsiniz.
developers-errors = Hata, bir "code" ve bir "message" içeren "error" nesnesidir ve uygun HTTP durum koduyla (400, 404…) gönderilir; ileti, Accept-Language başlığınızdaki dilde olur.
developers-caching = Her yanıtın bir ETag değeri ve bir Last-Modified tarihi vardır: bunları If-None-Match veya If-Modified-Since ile geri gönderirseniz, değişmemiş bir yanıt gövdesiz olarak 304 Not Modified şeklinde döner.
developers-cors = Her web sitesi API'yi tarayıcıdan okuyabilir (CORS, GET için açıktır).
developers-licence-heading = Lisans ve atıf
developers-licence = Quorum'un verileri, her biri kendi koşullarına tabi birkaç kaynaktan gelir; her değer kaynağını belirtir. Verileri yeniden kullanırken Quorum'a ve ilgili kaynağa atıfta bulunun:
developers-open-letters = Kampanyanın yayımlanmış açık mektupları ve dilleri.
developers-open-letter = Seçilen dilde (lang), ikinci bir dille yan yana (second) ya da bir kuruluşa hitaben (nsb) bir açık mektup.
developers-translations-api = Quorum'un yazdığı tüm diller: arayüz mü yoksa yalnızca mektuplar mı, İngilizce metnin ne kadarını karşıladıkları, mektuplarının gözden geçirilme durumu ve mektupları öncelikle o dilde yazılan üye ülkeler.

## /developers/translations
languages-title = Çeviriler
languages-intro = Quorum'un sayfaları arayüz dillerindedir; mektuplar ise çok daha fazla dilde yazılır. Her dilin mektupları önce taslak olarak hazırlanır, ardından ana dili o dil olan ve adı burada belirtilen biri tarafından okunup düzeltilir. Herkes yardım edebilir: nasıl yapılacağı, kaynak koddaki locales/README.md dosyasında anlatılıyor.
languages-list-heading = Diller
languages-column-language = Dil
languages-column-kind = Kullanım
languages-column-letters = Mektup metinleri
languages-column-interface = Arayüz
languages-column-review = Mektupların gözden geçirilmesi
languages-column-countries = Mektupları öncelikle bu dilde yazılan üye ülkeler
languages-kind-interface = Sayfalar ve mektuplar
languages-kind-letters = Mektuplar
# $done of $total messages translated.
languages-share = { $done } / { $total }
languages-status-source = Kaynak metin
languages-status-drafted = Henüz ana dili bu dil olan biri tarafından gözden geçirilmedi
# $who: the reviewer's name; $date: when.
languages-status-reviewed = { $date } tarihinde { $who } tarafından gözden geçirildi
languages-uncovered-heading = Mektupları hâlâ İngilizce yazılan ülkeler
languages-uncovered-intro = Bu üye ülkelerin birinci dilinde henüz mektup yok; bu nedenle mektupları, bunu belirten bir notla birlikte İngilizce hazırlanır:
languages-uncovered-none = Yok: Her üye ülke mektuplarını kendi birinci dilinde alıyor.

## The embeddable widget (/embed/write) and its snippet on /developers.
embed-title = Ulusal standart kuruluşunuza yazın
embed-lead = Ülkenizi seçin: Quorum, ülkenizin standart kuruluşuna kuruluşun kendi dilinde, göndermeye hazır resmî bir mektup taslağı hazırlar.
embed-country = Ülkeniz
embed-choose = Ülkenizi seçin
embed-write = Mektubu yaz
embed-by = Quorum: uluslararası standartlara kim karar veriyor ve onlara nasıl ulaşılır
developers-embed-heading = Sitenize “Standart kuruluşunuza yazın” ekleyin
developers-embed-intro = Bu kod parçacığını sitenizin bir sayfasına kopyalayın. Parçacık, lang= ile belirlediğiniz dilde (en, fr, pt…) bir ülke listesi gösterir ve Quorum'un mektup oluşturucusunu yeni bir sekmede açar. Diğer sitelerin çerçeve içinde gösterebileceği tek Quorum sayfası budur; çerez yerleştirmez ve betik çalıştırmaz.
developers-embed-preview = Görünümü:
developers-embed-copy = Parçacığı kopyala
developers-embed-copied = Parçacık kopyalandı
developers-embed-frame-title = Ulusal standart kuruluşunuza yazın (Quorum)
