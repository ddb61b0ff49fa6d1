# Coordinators: the advocacy pipeline, the dashboard and review cycles.

## The advocacy pipeline (coordinators only)
stage-not-contacted = İletişime geçilmedi
stage-contacted = İletişime geçildi
stage-replied = Yanıt verdi
stage-committed = Söz verdi
stage-voted = Oy kullandı
column-stage = Süreç aşaması
column-owner = Sorumlu
column-letters = Mektuplar
column-cycle = Gözden geçirme
owner-nobody = Atanmamış
owner-me = Ben
review-filter-stage = Süreç aşaması
review-filter-stage-all = Tüm aşamalar
review-filter-owner = Sorumlu
review-filter-owner-all = Tümü
pipeline-move-heading = Süreçte ilerlet
pipeline-move-to = { $country } için aşamayı “{ $stage }” olarak değiştir
pipeline-moved = Süreç güncellendi.
pipeline-heading = Savunuculuk süreci
pipeline-intro = Bu gözden geçirmede kampanyanın bu kuruluşla hangi aşamada olduğu ve kuruluşla iletişimi kimin sürdürdüğü. Bunu yalnızca koordinatörler görür.
pipeline-letters = { $count ->
    [one] Oylama açıkken Quorum bu kuruluşa { $count } mektup hazırladı.
   *[other] Oylama açıkken Quorum bu kuruluşa { $count } mektup hazırladı.
}
field-pipeline-stage = Süreç aşaması
field-owner = Sorumlu
pipeline-save = Süreci kaydet
pipeline-notes-heading = Etkinlik notları
pipeline-notes-empty = Henüz not yok.
pipeline-noted = Not eklendi.
field-noted-on = Tarih (YYYY-MM-DD)
field-note-text = Not
pipeline-note-add = Notu ekle
pipeline-note-by = { $date }, { $who }

## The coordinators' dashboard
nav-coordinate = Koordinatör paneli
coordinate-title = Koordinatör paneli
coordinate-cycles-heading = Açık ve planlanan gözden geçirmeler
coordinate-cycles-empty = Açık veya planlanmış bir gözden geçirme yok.
coordinate-closes = Oylama bitişi: { $date }
coordinate-stages-label = Süreç aşamalarına göre üye kuruluşlar
coordinate-mine-count = { $count ->
    [one] { $count } kuruluştan siz sorumlusunuz
   *[other] { $count } kuruluştan siz sorumlusunuz
}
coordinate-mine-heading = Kuruluşlarım
coordinate-mine-empty = Açık veya planlanmış hiçbir gözden geçirmede sorumlu olduğunuz bir kuruluş yok. Bir gözden geçirmenin tablosundan kuruluşları seçin ve kendinizi onların sorumlusu olarak atayın.
coordinate-corrections-heading = Düzeltme bildirimleri
coordinate-corrections = { $count ->
    [one] { $count } bildirim karar bekliyor.
   *[other] { $count } bildirim karar bekliyor.
}
coordinate-corrections-link = Kuyruğu aç
coordinate-signatures = { $count ->
    [one] { $count } açık mektup imzası kontrol bekliyor.
   *[other] { $count } açık mektup imzası kontrol bekliyor.
}
coordinate-changes-heading = Son değişiklikler
coordinate-changes-link = Dizindeki tüm değişiklikler

## Review cycles
cycle-edit-link = Bu gözden geçirme döngüsünü düzenle
cycle-edit-title = { $reference }: { $cycle } gözden geçirme döngüsü
cycle-edit-intro = Gözden geçirmenin oylama tarihleri, durumu ve komite karar verdiğinde sonucu. Tarihler YYYY-MM-DD biçimindedir; planlanan bir bitiş tarihi gelecekte olabilir.
cycle-new-heading = Gözden geçirme döngüsü başlat
cycle-new-intro = Bir döngü, standardına ve oylamanın açıldığı yıla göre adlandırılır; örneğin iso-20400-2027.
cycle-new-for = { $reference } için yeni gözden geçirme
cycle-new-year = Oylamanın açıldığı yıl
cycle-new-open = Formu aç
field-opens-on = Oylama başlangıcı
field-closes-on = Oylama bitişi
field-cycle-status = Durum
field-outcome = Karar
outcome-none = Karar verilmedi
field-decided-on = Karar tarihi
field-cycle-notes = Notlar
edit-error-full-date = Lütfen tarihi YYYY-MM-DD biçiminde girin.
edit-error-closes-before-opens = Oylama, açılmadan önce kapanamaz.
edit-error-outcome-required = Karara bağlanmış bir gözden geçirmenin kararı belirtilmelidir.
edit-error-outcome-needs-decision = Yalnızca karara bağlanmış bir gözden geçirmenin kararı olur: Durumu “Karara bağlandı” olarak ayarlayın veya kararı boş bırakın.
history-note = { $field }: { $note }
