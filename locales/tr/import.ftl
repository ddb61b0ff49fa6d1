# /import: coordinators import spreadsheets (CSV).
nav-import = Elektronik tablo içe aktar
import-title = Elektronik tablo içe aktar
import-intro = Kuruluşları, ulusal kabulleri veya gözden geçirmelerdeki tutumları içeren bir CSV dosyası yükleyin. İlk aşamada hiçbir şey kaydedilmez: Dosyanın neleri ekleyeceğini, değiştireceğini veya olduğu gibi bırakacağını satır satır, reddedilen her satırı da satır numarası ve gerekçesiyle görürsünüz. Yalnızca hiçbir satır reddedilmediğinde onaylayabilirsiniz; o zaman dosyanın tamamı tek seferde kaydedilir ya da hiçbir şey kaydedilmez. Her değişiklik, hesabınız ve dosyayla birlikte geçmişe eklenir.
import-limits = Dosyalar en fazla { $megabytes } MB ve { $rows } satır olmalı, UTF-8 kodlamalı olmalı ve bir başlık satırı içermelidir. İçe aktarmanın tanımadığı sütunlar yok sayılır.
import-kind-bodies = Kuruluşlar
import-kind-adoptions = Ulusal kabuller
import-kind-positions = Gözden geçirme tutumları
import-columns-bodies = Her kuruluş için, ülke koduna (alpha2) göre bir satır. Yalnızca dosyada bulunan sütunlar karşılaştırılır; değişen bir değer için bir kaynak ve tarihi gerekir (source ve as_of ya da alan bazında acronym_source ve acronym_as_of…). Dizinin dışa aktarımı bu düzendedir.
import-columns-adoptions = Her standart ve kuruluş için bir satır. status değeri adopted, in_progress, not_adopted veya unknown olur (dışa aktarımda bu değer record_status sütunundadır); degree değeri IDT, MOD veya NEQ olur; tarihler 2017, 2017-04 veya 2017-04-19 biçiminde yazılır. Bir değişiklik için source ve as_of gerekir.
import-columns-positions = Her gözden geçirme döngüsü ve kuruluş için bir satır. position değeri confirm, revise, amend, withdraw, abstain veya none; kind değeri intention, vote veya result; confidence değeri high, medium-high, medium veya low olur. Öncekinden farklı olan her tutum kuruluşun geçmişine eklenir.
import-template = Şablonu indir
import-export-current = Güncel verileri indir
import-file-label = CSV dosyası
import-upload = Dosyayı kontrol et
import-error-too-large = Dosya, izin verilen boyuttan büyük.
import-error-too-many-rows = Dosyada izin verilenden fazla satır var.
import-error-encoding = Dosya UTF-8 metni değil. Dosyayı “CSV UTF-8” olarak kaydedip yeniden yükleyin.
import-error-csv = Dosya CSV olarak okunamadı (kapatılmamış bir tırnak işareti olabilir mi?).
import-error-empty = Dosyada içe aktarılacak satır yok.
import-error-missing-column = Dosyada, bu tür içe aktarma için gereken “{ $column }” sütunu yok.
import-error-separator = Dosyanın sütunları virgül, noktalı virgül veya sekmeyle ayrılmamış; bu yüzden başlık satırı tek bir sütun olarak okunuyor. Dosyayı yeniden CSV olarak (virgül veya noktalı virgülle ayrılmış) kaydedip yükleyin.
import-error-choice = Bu değere burada izin verilmiyor. Şunlardan birini kullanın: { $detail } (büyük/küçük harf fark etmez).
import-error-kind = Dosyanın neyi içerdiğini seçin: kuruluşlar, ulusal kabuller veya gözden geçirme tutumları.
import-error-unknown-country = Bu ülke koduna sahip bir kuruluş yok.
import-error-duplicate = Dosyanın önceki bir satırı aynı kaydı belirtiyor.
import-error-unknown-standard = Bu kısa ada sahip, takip edilen bir standart yok.
import-error-unknown-cycle = Bu kısa ada sahip bir gözden geçirme döngüsü yok.
import-error-applied = Bu dosya zaten içe aktarıldı.
import-error-changed = Bu önizlemeden sonra kayıtlar değişti. Onaylamadan önce aşağıdaki yeni önizlemeye bakın.
import-error-nothing = İçe aktarılacak bir şey yok: Bir satır reddedildi ya da hiçbir şey değişmeyecek.
import-preview-title = { $file } dosyasının içe aktarımı
import-count-add = { $count ->
    [one] { $count } satır bir kayıt ekliyor
   *[other] { $count } satır kayıt ekliyor
}
import-count-change = { $count ->
    [one] { $count } satır bir kaydı değiştiriyor
   *[other] { $count } satır kayıtları değiştiriyor
}
import-count-same = { $count ->
    [one] { $count } satır kaydını olduğu gibi bırakıyor
   *[other] { $count } satır kayıtlarını olduğu gibi bırakıyor
}
import-count-refused = { $count ->
    [one] { $count } satır reddedildi
   *[other] { $count } satır reddedildi
}
import-refused-notice = Bazı satırlar reddedildiği için hiçbir şey içe aktarılamaz. Bu satırları dosyanızda düzeltip dosyayı yeniden yükleyin.
import-nothing-notice = Dosya hiçbir şeyi değiştirmeyecek.
import-confirm-intro = Henüz hiçbir şey kaydedilmedi. Aşağıdaki tüm değişiklikleri tek seferde kaydetmek için onaylayın.
import-confirm = { $count ->
    [one] { $count } satırı içe aktar
   *[other] { $count } satırı içe aktar
}
import-applied = { $date } tarihinde içe aktarıldı.
import-column-line = Satır
import-column-record = Kayıt
import-column-action = Ne olacak
import-column-details = Ayrıntılar
import-action-add = Eklendi
import-action-change = Değiştirildi
import-action-same = Değişmedi
import-action-refused = Reddedildi
import-rows-more = { $count ->
    [one] { $count } satır daha listelenmiyor.
   *[other] { $count } satır daha listelenmiyor.
}
import-again = Başka bir dosya yükle
import-running = İçe aktarma yazılıyor: { $total } satırın { $done } tanesi…
import-running-start = İçe aktarma yazılıyor…
import-error-storage = Dosya kaydedilemedi; hiçbir şey içe aktarılmadı. Lütfen yeniden deneyin.

## ISO Open Data files (admins)
import-iso-heading = ISO Open Data
import-iso-intro = ISO, komitelerini (P ve O üyeleriyle birlikte) ve tüm yayınlarını açık veri (ODC-By) olarak sunar. ISO'nun dosyasını yayımlandığı hâliyle yükleyin; dosya CSV veya JSON Lines biçiminde, gzip ile sıkıştırılmış ya da sıkıştırılmamış olabilir. Quorum dosyayı önce kontrol eder ve neleri ekleyeceğini, değiştireceğini ve olduğu gibi bırakacağını gösterir; onayladığınızda da kaydeder. Her değer “ISO Open Data, <veri kümesi>, <tarih>” kaynağını korur.
# $megabytes is a number.
import-iso-limits = En fazla { $megabytes } MB.
import-iso-dataset = Veri kümesi
import-iso-committees = Komiteler (iso_technical_committees)
import-iso-deliverables = Yayınlar (iso_deliverables_metadata)
import-iso-date = Dosyanın tarihi
import-iso-check = Yükle ve kontrol et
import-iso-error-dataset = Dosyanın ISO'nun hangi veri kümesi olduğunu seçin.
import-iso-error-format = Dosya adı, ISO'nun dosyalarında olduğu gibi .csv veya .jsonl (ya da .csv.gz, .jsonl.gz) ile bitmelidir.
import-iso-error-date = Dosyanın tarihi geçerli bir tarih değil.
import-iso-error-gone = Yüklenen dosya artık sunucuda değil (sunucu yeniden başlatıldı). Dosyayı yeniden yükleyin.
import-iso-error-changed = Dosya kaydedilemedi: Bazı satırlar okunamadı. Hiçbir şey kaydedilmedi.
import-iso-checking = Dosya kontrol ediliyor…
import-iso-writing = Kayıtlar yazılıyor…
import-iso-applied = Kaydedildi. Her değişiklik geçmişte yer alıyor.
# $count is a number; $source names the dataset and date.
import-iso-read = { $count } kayıt okundu ({ $source }).
import-iso-problems = Bazı satırlar okunamadığı için hiçbir şey kaydedilemez. Dosyayı düzeltip yeniden yükleyin:
# $line is a line number of the file.
import-iso-problem = Satır { $line }:

## Why a line of an ISO Open Data file cannot be read. $column, $columns, $ids and
## $acronyms are the file's own column names (title.en, pMembers.id…), quoted as they are;
## $cell is the value found, cut short; $detail is the file reader's own words (English).
iso-line-unreadable = Dosya bu satırdan itibaren okunamadı: { $detail }
iso-line-too-long = Satır { $bytes } bayttan uzun.
iso-line-not-number = “{ $column }” sütunu “{ $cell }” değil, bir tam sayı olmalıdır.
iso-line-not-list = “{ $column }” sütunu “{ $cell }” değil, köşeli parantez içinde bir liste olmalıdır.
iso-line-missing-columns = Başlık satırında { $columns } sütunu yok.
iso-line-cell-count = Bu kayıtta { $count } hücre var; başlık satırında ise { $expected } hücre var.
iso-line-not-utf8 = Kayıt geçerli bir UTF-8 metni değil.
iso-line-csv = Kayıt CSV olarak okunamıyor: { $detail }
iso-line-unpaired = “{ $ids }” sütununda { $ids_count }, “{ $acronyms }” sütununda ise { $acronyms_count } öge bulunduğundan bunlar eşleştirilemiyor.
iso-line-bad-id = Kimlik numarası { $cell } değil, pozitif bir sayı olmalıdır.
iso-line-no-id = Kayıtta kimlik numarası yok.
iso-line-no-reference = Kayıtta referans numarası yok.
iso-line-no-status = Komitenin durum bilgisi yok.
iso-line-reference = “{ $cell }” referans numarasında hiç harf veya rakam yok.
iso-line-stage-format = “currentStage” değeri “{ $cell }” değil, 9093 veya 90.93 gibi bir aşama kodu olmalıdır.
iso-line-unknown-stage = “currentStage” değeri olan { $cell } bir aşama kodu değil.
iso-line-date = “publicationDate” değeri “{ $cell }” değil, 2017-04-21 gibi bir tarih olmalıdır.
iso-line-not-committee = Satır, ISO'nun yayımladığı biçimde bir komite değil: { $detail } ({ $column }. sütun).
iso-line-not-deliverable = Satır, ISO'nun yayımladığı biçimde bir yayın değil: { $detail } ({ $column }. sütun).
import-iso-records = Kayıtlar
import-iso-added = Eklenen
import-iso-changed = Değişen
import-iso-same = Değişmeyen
import-iso-row-committees = Komiteler
import-iso-row-memberships = Komite üyelikleri
import-iso-row-standards = Standartlar
# $count is a number.
import-iso-unmatched = { $count ->
    [0] Listelenen her üye, dizindeki bir kuruluşla eşleşiyor.
    [one] Bir üye numarası dizindeki hiçbir kuruluşla eşleşmiyor; eşleşmeyen üyelere bakın.
   *[other] { $count } üye numarası dizindeki hiçbir kuruluşla eşleşmiyor; eşleşmeyen üyelere bakın.
}
# $opened and $closed are numbers.
import-iso-reviews = Açılan gözden geçirme döngüleri: { $opened }; kapanan veya karara bağlanan: { $closed }.
import-iso-confirm-intro = Dosyanın tamamı tek bir işlemde kaydedilir: Ya tamamı ya hiçbiri.
import-iso-confirm = Bu kayıtları içe aktar

## ISO member ids that match no body (admins)
unmatched-title = Eşleşmeyen ISO üyeleri
unmatched-intro = ISO'nun komite verilerinde bu üye numaraları yer alıyor, ancak dizindeki hiçbir kuruluş bu numaralara sahip değil. Bir üye numarasının ait olduğu ülkenin kuruluşunu oluşturun (ya da numarayı mevcut bir kuruluşun kaydına ekleyin): Kuruluşun komite üyelikleri, kaynak olarak komite dosyası gösterilerek hemen kaydedilir.
unmatched-none = Komite verilerindeki her üye numarası, dizindeki bir kuruluşla eşleşiyor.
# $id is ISO's member id.
unmatched-id = ISO üye numarası { $id }
# $p and $o are numbers of committees.
unmatched-counts = { $p } komitede P üye, { $o } komitede O üye:
unmatched-country = Ülke
unmatched-country-choose = Ülkeyi seçin (kuruluşu olmayan ülkeler)
unmatched-create = Kuruluşu üyelikleriyle birlikte oluştur
unmatched-error-country = Kuruluşun ülkesini seçin.
unmatched-error-taken = Bu ülkenin zaten bir kuruluşu var; bunun yerine üye numarasını o kuruluşun kaydına ekleyin.
unmatched-link = Eşleşmeyen ISO üyeleri
