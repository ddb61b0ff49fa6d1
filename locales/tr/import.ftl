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
