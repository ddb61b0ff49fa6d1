## Site frame
app-name = Quorum
page-title = { $page } · Quorum
# What search engines and link previews show under a page's title (meta description).
site-description = Quorum tüm ulusal standart kuruluşlarını izler: standartların ulusal kabulleri, dil sürümleri, ISO'nun sistematik gözden geçirmelerindeki oyları ve kendi dillerinde mektuplar.
meta-body = { $body } ({ $country }): iletişim bilgileri, ISO üyeliği, ulusal kabuller ve gözden geçirmelerdeki tutumlar (kaynak ve tarihleriyle), ayrıca kuruluşa yazılacak bir mektup.
meta-standard = { $reference }: hangi ulusal standart kuruluşlarının standardı kabul ettiği, standardın hangi dillerde bulunduğu ve sistematik gözden geçirmeleri.
meta-review = { $reference } standardının sistematik gözden geçirmesi: her ulusal standart kuruluşunun kayıtlı tutumu, öngörülen sonuç ve sonucu hâlâ kimlerin değiştirebileceği.
meta-open-letter = Ulusal standart kuruluşlarına bir açık mektup: okuyun, imzalayın ya da ülkenizin standart kuruluşuna gönderin.
skip-to-content = İçeriğe geç
nav-label = Ana menü
nav-home = Ana sayfa
nav-directory = Standart kuruluşları
language-switcher-label = Dil
footer-provenance = Her bilginin kaynağı ve en son doğrulandığı tarih gösterilir. Boş bir alan bilginin bilinmediği anlamına gelir; hiçbir zaman tahminle doldurulmaz.
footer-licence = Quorum özgür bir yazılımdır. İletişim bilgilerinin kaynakları: iso.org üye sayfaları (StanDat taraması, 2021/22), ISO Open Data (2026) ve her değerin yanında adı geçen diğer kaynaklar.
loading = Yükleniyor…
back-to-directory = Dizine dön
breadcrumb-label = Gezinti yolu

## Errors
error-not-found = Bu sayfa bulunamadı.
error-invalid-input = Girdiğiniz bilgilerin bir kısmı kullanılamadı. Lütfen kontrol edip tekrar deneyin.
error-storage = Quorum şu anda verilerini okuyamadı. Lütfen biraz sonra tekrar deneyin.
error-transport = İstek Quorum'a ulaşmadı. Lütfen bağlantınızı kontrol edip tekrar deneyin.
error-body-too-large = Bu istek Quorum için çok büyük ({ $size } KB sınırı aşıldı). Lütfen girdiğiniz bilgileri kısaltıp tekrar deneyin.
not-found-title = Sayfa bulunamadı
not-found-body = Bu adreste bir sayfa yok. Bir standart kuruluşuna ait bir bağlantıyı izlediyseniz ülke kodu yanlış yazılmış olabilir: kodlar iki harften oluşur, örneğin Brezilya için BR.
not-found-standard = Quorum bu adreste bir standardı takip etmiyor. Bir standardın adresi numarasını içerir, örneğin ISO 20400 için /standards/iso-20400; liste, Quorum'un takip ettiği tüm standartları gösterir.
not-found-review = Quorum'da bu adreste bir gözden geçirme yok. Bir gözden geçirmenin adresi standardını ve yılını belirtir, örneğin /reviews/iso-20400-2022; liste, Quorum'un kaydettiği tüm gözden geçirmeleri gösterir.
not-found-open-letter = Bu adreste yayımlanmış bir açık mektup yok. Yayından kaldırılmış ya da henüz yayımlanmamış olabilir; liste tüm açık mektupları gösterir.

## Home
home-title = Ulusal standart kuruluşunuzu bulun
home-heading = Ulusal standart kuruluşunuzu bulun, sesinizi duyurun
home-intro = Quorum, ISO üyesi olan tüm ulusal standart kuruluşlarını iletişim bilgileriyle ve her bilginin kaynağıyla birlikte listeler. Sürdürülebilir satın alma konusundaki ISO 20400 gibi standartları savunanların, ülkelerinde bu konuda karar veren kuruluşa ulaşmalarına yardımcı olur.
search-label = Ülke, kod veya standart kuruluşu
search-placeholder = ör. Brezilya, BR, ABNT
search-button = Ara
home-stats-heading = Dizindeki ISO üyeleri
home-stats-total = { $count ->
    [one] Dizinde { $count } standart kuruluşu yer alıyor; ISO üyelik kategorisine göre dağılımı:
   *[other] Dizinde { $count } standart kuruluşu yer alıyor; ISO üyelik kategorilerine göre dağılımı:
}
home-browse-all = Tüm standart kuruluşlarını görüntüle
home-next-heading = Şimdi neler yapabilirsiniz
home-step-find = Yukarıdaki aramayla ülkenizin standart kuruluşunu bulun.
home-step-write = Kuruluşa yazın
home-step-write-note = — Quorum, mektup taslağını kuruluşun dilinde, adresiyle birlikte hazırlar.
home-step-review = Sıradaki gözden geçirme:
home-review-closes = — oylama { $date } tarihinde kapanıyor.
home-review-undated = — oylamanın kapanış tarihi henüz kaydedilmedi.
home-step-no-review = Şu anda açık ya da planlanmış bir gözden geçirme yok.
home-step-reviews-link = Tüm gözden geçirmeleri görüntüle

## ISO membership categories
category-member-body = Üye kuruluş
category-correspondent = Muhabir üye
category-subscriber = Abone üye
category-unknown = Kategori bilinmiyor
category-member-body-count = { $count ->
    [one] üye kuruluş
   *[other] üye kuruluş
}
category-correspondent-count = { $count ->
    [one] muhabir üye
   *[other] muhabir üye
}
category-subscriber-count = { $count ->
    [one] abone üye
   *[other] abone üye
}
category-unknown-count = { $count ->
    [one] kategorisi hiçbir kaynakta belirtilmeyen kuruluş
   *[other] kategorisi hiçbir kaynakta belirtilmeyen kuruluş
}
category-member-body-rights = ISO standartları için oy kullanır; bunları kendi ülkesinde ulusal standart olarak kabul edebilir ve satabilir.
category-correspondent-rights = Oy hakkı olmadan gözlemci olarak katılır; ISO standartlarını kendi ülkesinde ulusal standart olarak kabul edebilir ve satabilir.
category-subscriber-rights = ISO'nun çalışmalarını takip eder; oy kullanmaz, ISO standartlarını kabul etmez ve satmaz.
category-unknown-note = Kaynaklarımızın hiçbiri bu kuruluşların kategorisini henüz belirtmiyor.

## Directory
directory-title = Standart kuruluşları
directory-heading = Ulusal standart kuruluşları
directory-intro = Herhangi bir dildeki ülke adıyla, ISO ülke koduyla, kısaltmayla veya kuruluş adıyla arama yapabilirsiniz. Bir kuruluşa nasıl ulaşabileceğinizi görmek için onu seçin.
filter-category = ISO kategorisi
filter-category-all = Tüm kategoriler
filter-region = Bölge
filter-region-all = Tüm bölgeler
filter-apply = Sonuçları göster
search-truncated = Aramanız uzun olduğu için yalnızca ilk 100 karakteri kullanıldı.
directory-count = { $total ->
    [one] { $total } standart kuruluşundan { $shown } tanesi gösteriliyor.
   *[other] { $total } standart kuruluşundan { $shown } tanesi gösteriliyor.
}
directory-no-match = Aramanızla eşleşen bir standart kuruluşu bulunamadı. Yazımı kontrol edin, ülkenin iki harfli kodunu deneyin veya filtreleri temizleyin.
directory-clear-filters = Aramayı ve filtreleri temizle
column-country = Ülke
column-acronym = Kısaltma
column-body-name = Standart kuruluşu
column-category = ISO kategorisi
column-region = Bölge

## Body page
body-page-title = { $body } – { $country }
body-name-with-acronym = { $name } ({ $acronym })
contact-line = { $label }: { $value }
value-unknown = bilinmiyor
field-source-dated = Kaynak: { $source }, { $date } itibarıyla
field-source-undated = Kaynak: { $source } (tarih kaydedilmemiş)
body-name-unknown = Standart kuruluşunun adı bilinmiyor
field-body-name-en = İngilizce adı
field-body-name-native = Ulusal dildeki adı
field-acronym = Kısaltma
field-country = Ülke
field-category = ISO üyeliği
dataset-note = Veri kümesindeki not:
field-website = Web sitesi
field-email = E-posta
field-phone = Telefon
field-fax = Faks
field-address = Posta adresi
field-iso-member-id = ISO üye numarası
card-footnote = İletişim bilgileri değişebilir. Önemli bir mektup göndermeden önce bu bilgileri kuruluşun kendi web sitesinden kontrol edin.
copy-contact = İletişim bilgilerini kopyala
contact-copied = İletişim bilgileri kopyalandı
download-vcard = vCard olarak indir
write-letter = Bu kuruluşa mektup yaz
write-letter-hint = Quorum, { $body } için kuruluşun kendi dilinde resmî bir mektup taslağı hazırlar; taslağı kopyalayabilir, e-postayla gönderebilir veya yazdırabilirsiniz.

## Letter composer page
nav-letters = Mektup yaz
letters-title = Bir standart kuruluşuna yazın
letters-heading = Bir ulusal standart kuruluşuna yazın
letters-intro = Kuruluşu, talebinizi ve dili seçin. Quorum, kopyalayabileceğiniz, e-postayla gönderebileceğiniz, indirebileceğiniz veya yazdırabileceğiniz resmî bir mektup taslağı hazırlar.
letters-privacy = Adınız ve bilgileriniz yalnızca mektubu doldurmak için kullanılır. Quorum bunları saklamaz; bağlantıya ancak aşağıda bunu istemeniz hâlinde eklenirler.
letter-field-recipient = Standart kuruluşu
letter-field-recipient-choose = Bir ülke seçin
letter-field-purpose = Mektubun talebi
letter-purpose-review = Sistematik gözden geçirmede standardın teyidi yönünde oy kullanılması
letter-purpose-adopt = Standardın ulusal standart olarak kabul edilmesi
letter-purpose-translate = Standardın ulusal dilde yayımlanması
letter-purpose-suggested = Quorum'un bu kuruluş hakkındaki kayıtlarına göre önerilen seçenek.
letter-field-language = Mektubun dili
letter-language-automatic = Ülkenin ana dili
letter-field-second-language = Yan yana ikinci dil (isteğe bağlı)
letter-second-language-none = Yok
letter-language-default = Varsayılan dil, Quorum'da bu dilde mektup bulunuyorsa { $country } için kayıtlı ana dildir; aksi hâlde İngilizcedir.
# $language: the country's first language, named in the page's language.
letter-language-missing = Quorum'da henüz şu dilde mektup yok: { $language }. Bu nedenle bu mektup İngilizce hazırlandı. “Mektubun dili” bölümünden mektup için başka bir dil seçebilirsiniz.
# $language: the letter's language, in its own name.
letter-drafted-notice = Bu çeviri ({ $language }) henüz ana dili bu dil olan biri tarafından gözden geçirilmedi.
letter-drafted-help = Gözden geçirmeye yardım edin.
letter-sender-heading = Sizinle ilgili bilgiler (tümü isteğe bağlı)
letter-field-sender-name = Adınız
letter-field-organisation = Kuruluş
letter-field-role = Görev veya unvan
letter-field-city = Şehir
letter-field-email = E-posta adresiniz
letter-field-personal = Kendi sözlerinizle bir paragraf
letter-field-personal-hint = Bu konunun sizin ya da kuruluşunuz için neden önemli olduğunu anlatın. Paragraf, mektuba tam olarak yazdığınız biçimde ve yazdığınız dilde eklenir.
letter-field-share-details = Adımı ve bilgilerimi bağlantıya da ekle
letter-field-limit = En fazla { $max } karakter.
letter-update = Mektubu güncelle
letter-preview-heading = Mektubunuz
letter-preview-live = Mektup siz yazdıkça güncellenir.
letter-to = Alıcı: { $recipient }
letter-subject = Konu: { $subject }
letter-copy = Mektubu kopyala
letter-copied = Mektup kopyalandı
letter-mailto = E-posta programımda aç
letter-mailto-no-address = Bu kuruluş için kayıtlı bir e-posta adresi bulunmadığından mektup e-posta programınızda açılamıyor. Bunun yerine mektubu kopyalayabilir veya indirebilirsiniz.
letter-mailto-too-long = Bu mektup { $length } karakterlik bir bağlantı oluşturuyor; bu uzunluk, bazı e-posta programlarının kabul ettiği sınırı aşıyor. İleti kesik ulaşırsa mektubu kopyalayıp yeni bir e-postaya yapıştırın.
letter-download = Metin olarak indir
letter-print = Yazdırılabilir sayfa
letter-share = Bu mektubun bağlantısı
letter-share-hint = Mektup oluşturucuyu aynı kuruluş, talep ve dillerle açar. Quorum'un sunucusunda hiçbir şey saklanmaz.
letter-facts-heading = Mektubun dayandığı bilgiler
letter-fact-adopted = { $count ->
    [one] Quorum'da { $standard } standardının { $count } ulusal kabulü kayıtlı.
   *[other] Quorum'da { $standard } standardının { $count } ulusal kabulü kayıtlı.
}
letter-fact-confirmed = Son sistematik gözden geçirme { $date } tarihinde tamamlandı: teyit edildi.
letter-fact-ballot = Sistematik gözden geçirme oylaması { $date } tarihinde sona eriyor.
letter-fact-no-ballot = Kayıtlı, açık bir gözden geçirme oylaması bulunmadığından mektupta bir son tarih belirtilmiyor.
letter-fact-title = Kullanılan başlık: { $title }
letter-choose-body = Mektubunuzu görmek için yukarıdan bir standart kuruluşu seçin.

## Letter input errors. $field is the label of the field.
letter-error-too-long = { $field }: lütfen en fazla { $max } karakter girin. Şu anda { $length } karakter var.
letter-error-control = { $field }: lütfen sekme veya kontrol karakteri kullanmadan tek satır hâlinde yazın.
letter-error-email = E-posta adresiniz ad@example.org biçiminde olmalıdır.
letter-error-purpose = Mektubun talebini seçin: gözden geçirmede teyit, ulusal kabul veya çeviri.
letter-error-language = Quorum'da bu dilde mektup yok; lütfen listeden bir dil seçin.
letter-error-body = Bu ülke koduna sahip bir standart kuruluşu yok; lütfen listeden birini seçin.
letter-error-summary = Mektup güncellenmedi. Lütfen aşağıda işaretlenen alanları düzeltin.

## Print page
letter-print-title = { $body } için mektup
letter-print-back = Mektup oluşturucuya dön
letter-print-button = Yazdır
letter-print-hint = A4 boyutunda yazdırılır. İmzanızı adınızın üstüne elle atın.
letter-signature-line = İmza

## Accounts. The public never needs one; coordinators and admins sign in to record data.
nav-sign-in = Koordinatör girişi
nav-account = Hesabınız
nav-signed-in-as = Giriş yapılan hesap:
signin-title = Giriş yap
signin-heading = Quorum'a giriş yapın
signin-intro = Koordinatörler ve yöneticiler, standart kuruluşları hakkında öğrendiklerini kaydetmek için giriş yapar. Diğer herkes Quorum'u hesap açmadan kullanabilir.
signin-email = E-posta adresi
signin-password = Parola
signin-submit = Giriş yap
signin-already = { $email } olarak zaten giriş yapmış durumdasınız.
account-title = Hesabınız
account-heading = Hesabınız
account-signed-in-as = { $email } ({ $role }) olarak giriş yaptınız.
account-sign-out = Çıkış yap
account-sign-in-needed = Bu sayfa koordinatörler ve yöneticiler içindir. Lütfen önce giriş yapın.
account-go-sign-in = Giriş sayfasına git
role-admin = yönetici
role-coordinator = koordinatör
error-unauthorized = Lütfen önce giriş yapın.
error-forbidden = Hesabınızın bu işlemi yapma yetkisi yok.
error-bad-credentials = E-posta adresi veya parola hatalı.
error-busy = Quorum şu anda başka oturum açma isteklerini denetliyor. Hiçbir şey denetlenmedi; birkaç saniye sonra yeniden deneyin.
error-rate-limited = { $minutes ->
    [one] Çok fazla başarısız deneme yapıldı. Lütfen { $minutes } dakika sonra tekrar deneyin.
   *[other] Çok fazla başarısız deneme yapıldı. Lütfen { $minutes } dakika sonra tekrar deneyin.
}
error-cross-origin = Bu istek başka bir web sitesinden geldiği için Quorum tarafından yerine getirilmedi.

## Editing the directory (coordinators) and the record's history
nav-changes = Son değişiklikler
edit-link = Bu kaydı düzenle
edit-title = Kaydı düzenle: { $body }
edit-heading = { $body } kaydını düzenleyin
edit-intro = Doğruladığınız bilgileri değiştirin; bilinmeyen bir alanı boş bırakın. Her değişiklik, belirttiğiniz kaynak ve tarihle birlikte saklanır ve kaydın geçmişinde görünür.
edit-source = Yeni değerlerin kaynağı
edit-source-hint = Bir web adresi veya kısa bir açıklama; örneğin “ABNT web sitesi, iletişim sayfası”.
edit-as-of = Bilgileri doğruladığınız tarih
edit-save = Değişiklikleri kaydet
edit-category-unknown = Bilinmiyor
edit-saved = Değişiklikleriniz kaydedildi.
edit-error-too-long = Lütfen en fazla { $max } karakter girin.
edit-error-control = Lütfen sekme veya kontrol karakteri kullanmadan tek satır hâlinde yazın.
edit-error-email = Lütfen e-posta adreslerini ad@example.org biçiminde, noktalı virgülle ayırarak girin.
edit-error-website = Lütfen www.example.org gibi bir web adresi girin.
edit-error-category = Lütfen ISO üyelik kategorilerinden birini seçin.
edit-error-source-required = Lütfen yeni değerlerin nereden geldiğini belirtin.
edit-error-date = Lütfen tarihi YYYY-MM-DD biçiminde girin; gelecekteki bir tarih girilemez.
edit-error-no-change = Hiçbir değişiklik yapılmadığı için hiçbir şey kaydedilmedi.
error-invalid-fields = Bazı alanların düzeltilmesi gerektiği için hiçbir şey kaydedilmedi. Lütfen alanların yanındaki mesajlara bakın.
error-edit-conflict = Siz bu kaydı düzenlerken başka biri kaydı değiştirdiği için hiçbir şey kaydedilmedi. Yapılan değişiklikler aşağıda listelenmiştir; en güncel sürümü düzenlemek için sayfayı yeniden yükleyin.
edit-conflict-field = { $field }: artık { $value }
history-heading = Bu kaydın geçmişi
history-empty = Veri kümesi içe aktarıldığından beri hiçbir değişiklik yapılmadı.
history-entry = { $field }: { $before } → { $after }
history-by = { $date }, { $who } tarafından
history-by-coordinator = bir koordinatör
history-source = Kaynak: { $source }, doğrulama tarihi: { $date }
changes-title = Son değişiklikler
changes-heading = Dizindeki son değişiklikler
changes-filter-nsb = Ülke kodu
changes-filter-field = Alan
changes-filter-who = Koordinatörün e-posta adresi
changes-filter-any = Tüm alanlar
changes-apply = Filtrele
changes-empty = Bu filtrelere uyan bir değişiklik yok.

## Corrections from the public, and the coordinators' queue
report-heading = Düzeltme bildirin
report-intro = Buradaki bir bilgi yanlış veya güncelliğini yitirmiş mi? Doğru değeri ve nereden geldiğini bize bildirin. Yayımlanmadan önce bir koordinatör tarafından kontrol edilir. Hesap gerekmez.
report-field = Hangi alan
report-value = Doğru değer (burada “bilinmiyor” yazması gerekiyorsa boş bırakın)
report-source = Bilginin kaynağı
report-source-hint = Bir web adresi veya kısa bir açıklama; örneğin “ABNT web sitesi, iletişim sayfası”.
report-email = E-posta adresiniz (isteğe bağlı; yalnızca bir koordinatörün bu konuda size soru sormasını kabul ediyorsanız)
report-submit = Düzeltmeyi gönder
report-thanks = Teşekkür ederiz. Düzeltmeniz yayımlanmadan önce bir koordinatör tarafından kontrol edilecek.
report-error-too-many = Kısa süre içinde birkaç düzeltme gönderdiniz. Lütfen bir saat sonra tekrar deneyin.
report-error-field = Lütfen düzeltilecek alanı seçin.
corrections-title = Düzeltmeler
corrections-heading = Ziyaretçilerin bildirdiği düzeltmeler
corrections-open-count = { $count ->
    [one] { $count } açık düzeltme bir koordinatörün incelemesini bekliyor.
   *[other] { $count } açık düzeltme bir koordinatörün incelemesini bekliyor.
}
corrections-empty = Açık düzeltme yok. Teşekkürler!
corrections-current = Şu anki değer: { $value }
corrections-proposed = Önerilen değer: { $value }
corrections-source = Belirtilen kaynak: { $source }
corrections-reporter = { $date } tarihinde { $email } tarafından bildirildi
corrections-reporter-anonymous = { $date } tarihinde bildirildi; e-posta adresi belirtilmedi
corrections-accept = Kabul et
corrections-edit-accept = Düzenle, sonra kabul et
corrections-reject = Reddet
corrections-reason = Reddetme nedeni
corrections-error-reason = Lütfen reddetme nedenini belirtin.
corrections-error-closed = Bu düzeltme başka biri tarafından zaten sonuçlandırıldı.
corrections-accepted = Düzeltme uygulandı ve kaydın geçmişine eklendi.
corrections-rejected = Düzeltme reddedildi.

## Managing accounts (admins) and one-time links
nav-accounts = Hesapları yönet
accounts-title = Hesaplar
accounts-heading = Koordinatörler ve yöneticiler
accounts-intro = Kişileri e-posta adresleri üzerinden davet edin: Quorum, onlara kendiniz göndereceğiniz tek kullanımlık bir bağlantı oluşturur. Bağlantı yalnızca bir kez ve { $hours } saat içinde kullanılabilir.
accounts-email = E-posta adresi
accounts-role = Rol
accounts-status-active = etkin
accounts-status-disabled = devre dışı
accounts-invite = Davet bağlantısı oluştur
accounts-link-invite = { $email } için davet bağlantısı (bağlantıyı kendiniz gönderin; yalnızca bir kez ve { $hours } saat içinde kullanılabilir):
accounts-link-reset = { $email } için parola sıfırlama bağlantısı (bağlantıyı kendiniz gönderin; yalnızca bir kez ve { $hours } saat içinde kullanılabilir):
accounts-disable = Devre dışı bırak
accounts-enable = Etkinleştir
accounts-reset = Parola sıfırlama bağlantısı oluştur
accounts-you = (siz)
accounts-error-self = Kendi hesabınızı devre dışı bırakamazsınız.
accounts-error-exists = Bu e-posta adresine sahip bir hesap zaten var.
invitation-title = Parolanızı belirleyin
invitation-heading-invite = Quorum'a hoş geldiniz
invitation-heading-reset = Yeni bir parola seçin
invitation-intro = { $email } ({ $role }) için bir parola belirleyin. Parola en az { $min } karakterden oluşmalıdır.
invitation-password = Yeni parola
invitation-password-again = Aynı parolayı tekrar girin
invitation-submit = Parolayı kaydet ve giriş yap
invitation-error-invalid = Bu bağlantı artık geçerli değil: daha önce kullanılmış veya süresi dolmuş. Lütfen bir yöneticiden yenisini isteyin.
invitation-error-mismatch = Girdiğiniz iki parola birbiriyle aynı değil.
invitation-error-short = Parola en az { $min } karakterden oluşmalıdır.

## Sources: each cited source's kind, shown after its name.
source-kind-official = (resmî)
source-kind-secondary = (ikincil)
source-kind-derived = (Quorum tarafından türetilmiş)
source-secondary-only = Yalnızca ikincil kaynaklar: ISO veya ulusal standart kuruluşu tarafından doğrulanmamıştır.
source-separator = {"; "}
directory-relevance = En iyi eşleşmeler önce gösterilir. Bunun yerine bir sütuna göre sıralamak için o sütunun başlığını seçin.

## Pages of a long list
pager-label = Sayfalar
pager-previous = Önceki sayfa
pager-next = Sonraki sayfa
# $page and $pages are numbers.
pager-position = Sayfa { $page } / { $pages }

## The composer's facts: the review deadline Quorum derives, the owner committee
# $date is a formatted date.
letter-fact-due-by = Açık bir gözden geçirme oylaması yok; bir sonraki sistematik gözden geçirmenin son tarihi { $date } (Quorum tarafından türetilmiştir: son teyitten beş yıl sonrası; ISO gözden geçirmeyi daha erken başlatabilir). Mektupta kapanış tarihi belirtilmiyor.
# $committee is a committee's reference, such as ISO/TMBG.
letter-fact-committee = Sorumlu komite: { $committee }.

## A body's category against ISO's committee data
# $count is a number of committees, $committees some of their references, $recorded the recorded category.
category-evidence = { $count ->
    [one] ISO'nun komite verilerine göre bu kuruluş bir komitenin ({ $committees }) P üyesidir; yalnızca üye kuruluşlar P üye olabilir, ancak kayıtlı kategori “{ $recorded }”.
   *[other] ISO'nun komite verilerine göre bu kuruluş { $count } komitenin ({ $committees }…) P üyesidir; yalnızca üye kuruluşlar P üye olabilir, ancak kayıtlı kategori “{ $recorded }”.
}
category-evidence-confirm = Bu kanıtı kaynak göstererek üye kuruluş olarak kaydet
