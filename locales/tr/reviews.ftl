## Systematic reviews: cycles, positions, the projected outcome
nav-reviews = Gözden geçirmeler

reviews-title = Sistematik gözden geçirmeler
reviews-intro = Her standart, yayımlanmasından veya son teyidinden en geç beş yıl sonra gözden geçirilir. Ulusal üye kuruluşlar standardın teyidini, revizyonunu, tadilini veya iptalini önerir; komitenin P üyeleri oy kullanmak zorundadır. Her kuruluşun tutumunu burada görebilirsiniz.
reviews-empty = Henüz kayıtlı bir gözden geçirme yok.
review-page-title = { $reference }: { $cycle } gözden geçirmesi
review-heading = { $reference } standardının sistematik gözden geçirmesi
review-cycle-id = { $cycle } gözden geçirmesi

## Cycle status
review-status-planned = Planlandı
review-status-open = Oylama açık
review-status-closed = Oylama kapandı, karar bekleniyor
review-status-decided = Karara bağlandı
review-result-heading = Sonuç
review-result-decided = Bu gözden geçirme karara bağlandı. Öngörüler ve sonucu kimin değiştirebileceği listesi yalnızca gözden geçirme açıkken gösterilir.
review-result-pending = Oylama kapandı ve karar henüz kaydedilmedi.
review-field-status = Durum
review-field-opens = Oylama başlangıcı
review-field-closes = Oylama bitişi
review-field-outcome = Karar
review-field-notes = Notlar
review-outcome-confirmed = Teyit edildi
review-outcome-revised = Revize edilecek
review-outcome-withdrawn = İptal edildi
review-outcome-stage = { $outcome } (aşama { $stage }), { $date }
review-days-left = { $days ->
    [0] Oylama bugün kapanıyor.
    [one] Oylama yarın kapanıyor.
   *[other] Oylamanın kapanmasına { $days } gün kaldı.
}
review-closed-ago = Oylama { $date } tarihinde kapandı.

## Positions
position-confirm = Teyit
position-revise = Revizyon
position-amend = Tadil
position-withdraw = İptal
position-abstain = Çekimser
position-none = Henüz tutum yok
kind-intention = Açıklanan niyet
kind-vote = Kullanılan oy
kind-result = Yayımlanan sonuç
voter-obliged = P üye: oy kullanmak zorunda
voter-optional = Üye kuruluş: oy kullanabilir
voter-non-voting = Oy kullanmaz

## Tally
tally-heading = Kuruluşların tutumları
tally-intro = Her kuruluşun kaydedilen en son tutumu. Komitenin P üyeleri oy kullanmak zorundadır; diğer üye kuruluşlar oy kullanabilir; muhabir ve abone üyeler oy kullanmaz.
tally-position = Tutum
tally-obliged = P üyeler
tally-optional = Diğer üye kuruluşlar
tally-non-voting = Oy kullanmayan üyeler

## The projection
projection-heading = Öngörülen sonuç
projection-disclaimer = Kararı komite verir. Bu öngörü, burada kaydedilen tutumlardan aşağıdaki kurallara göre yapılmış bir tahmindir; bir sonuç değildir.
projection-outcome-confirm = Teyit
projection-outcome-revise = Revizyon
projection-outcome-amend = Tadil
projection-outcome-withdraw = İptal
projection-outcome-committee = Kararı komite verir
projection-low-usage = Standart { $usage } ülkede kabul edilmiştir; bu sayı { $threshold } eşiğinin altında olduğundan, oylar ne olursa olsun olası sonuç iptaldir.
projection-majority = { $margin ->
    [one] Oy kullanan P üyeler arasında { $margin } oy farkla önde.
   *[other] Oy kullanan P üyeler arasında { $margin } oy farkla önde.
}
projection-tie = Oy kullanan P üyelerin oyları eşit olarak bölünmüş durumda.
projection-no-majority = Henüz hiçbir sonuç P üyelerin oylarının çoğunluğunu almadı.
projection-undecided = { $count ->
    [one] { $count } P üyenin kayıtlı bir tutumu yok.
   *[other] { $count } P üyenin kayıtlı bir tutumu yok.
}
projection-rules = Kurallar: { $threshold } ülkeden daha az sayıda ülkede kabul edilmiş bir standart iptal adayıdır; aksi hâlde oy kullanan P üyelerin basit çoğunluğu karar verir, çekimser oylar sayılmaz; eşitlik hâlinde karar komiteye kalır.
projection-outcome-not-enough = Sonuç öngörmek için yeterli kayıt yok
projection-usage-unknown = { $usage } kabul kayıtlı ve { $bodies } kuruluştan { $unknown } tanesi bilinmiyor: kayıtlar standardı { $threshold } ülkeden azının kullanıp kullanmadığını göstermiyor, bu yüzden henüz hiçbir kural uygulanamaz.
projection-votes-unknown = { $obliged } P üyesinden { $undecided } tanesinin kayıtlı bir tutumu yok ve çoğunluğu hâlâ değiştirebilir.
projection-voters-unknown = Komitenin hiçbir P üyesi kayıtlı değil, bu yüzden kayıtlar kimin oy vermesi gerektiğini söylemiyor.

## Swing list
swing-heading = Sonucu hâlâ kimler değiştirebilir
swing-intro = Kesin tutumu olmayan P üyeler; teyit yönündeki oyu sonucu en çok değiştirecek olanlar önce gelir.
swing-empty = Kayıtlara göre hiçbir P üyenin tutumu artık değişemez.
swing-decisive = Belirleyici: Yalnızca bu kuruluşun oyu, öngörülen sonucun teyit olmasına yeter.
swing-gain = { $gain ->
    [one] Teyit yönünde bir oy, teyidin farkını { $gain } oy artırır.
   *[other] Teyit yönünde bir oy, teyidin farkını { $gain } oy artırır.
}

## Table and map
review-table-heading = Tüm kuruluşlar
review-table-caption = Bu gözden geçirmede her kuruluşun kaydedilen en son tutumu ve kaynağı.
column-voter = Oy durumu
column-position = Tutum
column-kind = Tür
review-map-description = Dünya haritası: Her ülke, kuruluşunun { $cycle } gözden geçirmesindeki en son tutumuna göre renklendirilmiştir. Kuruluşunun sayfasını açmak için bir ülke seçin; aşağıdaki tablo aynı bilgileri içerir.

## On a body's page
body-reviews-heading = Sistematik gözden geçirmeler
body-reviews-empty = Bu kuruluşun hiçbir gözden geçirmede kayıtlı bir tutumu yok.
body-review-position = { $date }: { $position } ({ $kind })

## Coordinators record positions
edit-position-link = Tutum kaydet
edit-position-for = { $country } için tutum kaydet
position-edit-title = { $country } – { $cycle } gözden geçirmesi
position-edit-intro = Bu kuruluşun tutumu hakkında öğrendiklerinizi kaydedin: ne yapacağına dair açıklaması, kullandığı oy veya yayımlanan sonuç. Önceki tutumlar geçmişte saklanır; tarihe göre en yeni olan geçerlidir.
field-position = Tutum
field-kind-position = Bilgi türü
field-confidence-position = Güvenilirlik
position-save = Tutumu kaydet
position-recorded = Tutum kaydedildi.
position-history-heading = Bu gözden geçirmede kaydedilen tutumlar
position-history-empty = Henüz kayıtlı bir tutum yok.
position-conflict = Bu arada başka biri bu kuruluş için daha yeni bir tutum kaydetti: { $position }. Kaydetmeden önce lütfen bunu kontrol edin.

## Filters of the review page
review-filter-position = Tutum
review-filter-position-all = Tüm tutumlar
review-filter-voter = Oy durumu
review-filter-voter-all = Tümü
review-showing = { $total ->
    [one] { $total } kuruluştan { $shown } tanesi filtrelerle eşleşiyor.
   *[other] { $total } kuruluştan { $shown } tanesi filtrelerle eşleşiyor.
}

review-voters-board = Bu standart doğrudan ISO Teknik Yönetim Kurulunun (ISO/TMBG) sorumluluğundadır ve bu kurulun P üyesi listelenmemektedir. Quorum, ISO'nun böyle bir gözden geçirme oylamasında uyguladığı kuralı bulamadığından her üye kuruluşu oy kullanacaklar arasında sayar.

## The ballot radar: reviews running now and due in the next twelve months
radar-title = Oylama radarı
radar-intro = ISO'nun yayımladığı tüm standartlar için önce şu anda devam eden sistematik gözden geçirmeler, ardından bir sonraki gözden geçirmesinin zamanı önümüzdeki on iki ay içinde gelen standartlar; her birinde oy kullanmak zorunda olan kuruluş sayısı belirtilir.
radar-filter-committee = Komite
radar-filter-ics = ICS alanı
radar-filter-scope = Standartlar
radar-scope-all = Tüm standartlar
radar-scope-followed = Yalnızca takip edilen standartlar
radar-apply = Göster
# $count (number) reviews; $until is a formatted date.
radar-count = { $count ->
    [0] Devam eden veya { $until } tarihinden önce zamanı gelen gözden geçirme yok.
    [one] Devam eden veya { $until } tarihinden önce zamanı gelen bir gözden geçirme var.
   *[other] Devam eden veya { $until } tarihinden önce zamanı gelen { $count } gözden geçirme var.
}
radar-derived-note = “Son tarih” değerleri ISO tarafından yayımlanmamıştır, Quorum tarafından türetilmiştir: yayımdan veya son teyitten beş yıl sonrası. ISO gözden geçirme oylamalarını toplu olarak gönderdiği için bir oylama daha erken açılabilir.
# The radar as a calendar feed (/api/v1/reviews/upcoming.ics): its name, and each event's
# summary and description. $reference: ISO 20400:2017; $title: the standard's title; $date: a formatted date.
radar-ics-calendar = Quorum: oylama radarı
radar-ics-closes = { $reference }: sistematik gözden geçirme oylaması kapanıyor
radar-ics-closes-detail = { $title } — oylama { $date } tarihinde kapanıyor.
radar-ics-due = { $reference }: sistematik gözden geçirme son tarihi (türetilmiş)
radar-ics-due-detail = { $title } — son tarih, yayımdan veya son teyitten beş yıl sonrasıdır; ISO tarafından yayımlanmamış, Quorum tarafından türetilmiştir.
radar-json = JSON
radar-csv = CSV
radar-calendar = Takvim (iCalendar)
radar-col-standard = Standart
radar-col-committee = Komite
radar-col-what = Gözden geçirme
radar-col-date = Tarih
radar-col-voters = Oy kullanmak zorunda olanlar
radar-running = Oylama sürüyor (kapanış)
radar-due = Son tarih (türetilmiş)
radar-closes-unknown = Kapanış tarihi kayıtlı değil
radar-voters-every = Tüm üye kuruluşlar
radar-link = Oylama radarı: devam eden veya önümüzdeki on iki ay içinde zamanı gelen tüm gözden geçirmeler
# $body is a body's two-letter code.
radar-for-body = Yalnızca { $body } kuruluşunun oy kullanmak zorunda olduğu gözden geçirmeler.

## A body's page: the ballots it must vote in
body-ballots-heading = Yaklaşan oylamalar
body-ballots-none = Kayıtlara göre bu kuruluşun oy kullanmak zorunda olduğu, şu anda devam eden veya önümüzdeki on iki ay içinde zamanı gelen bir gözden geçirme yok.
# $count is a number.
body-ballots-count = { $count ->
    [one] Bu kuruluşun oy kullanmak zorunda olduğu bir gözden geçirme şu anda devam ediyor veya önümüzdeki on iki ay içinde zamanı geliyor:
   *[other] Bu kuruluşun oy kullanmak zorunda olduğu { $count } gözden geçirme şu anda devam ediyor veya önümüzdeki on iki ay içinde zamanı geliyor:
}
# $date is a formatted date.
body-ballot-closes = oylama { $date } tarihinde kapanıyor
body-ballot-running = oylama sürüyor (kapanış tarihi kayıtlı değil)
body-ballot-due = son tarih: { $date } (türetilmiş)
body-ballots-all = Tümünü oylama radarında görün
