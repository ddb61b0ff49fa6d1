# E-mail: the messages Quorum sends (subjects, bodies, footers), the alert forms and
# pages, and the outbox as admins see it. Placeables are plain text; $what is a phrase
# from the alert-what-* messages, $label a standard's reference or a body's acronym
# with its country.

## Every message

mail-footer = Bu e-posta, ulusal standart kuruluşlarının ISO standartları hakkında nasıl karar verdiğini izleyen Quorum tarafından gönderildi.
mail-unsubscribe = Bu e-postaları almayı durdur
mail-link-action = Parolanızı belirleyin
mail-link-ignore = Bu mesajı beklemiyorsanız dikkate almayın: bağlantı kullanılmadıkça hiçbir şey olmaz.

## Invitations and password resets (the admin's language)

mail-invite-subject = Quorum'a davetiniz
mail-invite-body = Bir yönetici sizi, koordinatörlerin ulusal standart kuruluşları hakkında öğrendiklerini kaydetmeniz için davet etti. Hesabınızı açmak için bir parola belirleyin. Bağlantı yalnızca bir kez ve { $hours } saat içinde kullanılabilir.
mail-reset-subject = Quorum parolanızı sıfırlayın
mail-reset-body = Bir yönetici, hesabınız için yeni bir parola belirlemenizi sağlayan bir bağlantı oluşturdu. Bağlantı yalnızca bir kez ve { $hours } saat içinde kullanılabilir; kullanıldığında diğer tüm oturumlar kapanır.

## Co-signatures

mail-signature-subject = İmzanızı onaylayın: { $title }
mail-signature-body = “{ $title }” açık mektubunu imzaladınız. İmzanız, siz onayladığınızda sayılır ve yayımlanmadan önce bir koordinatör tarafından kontrol edilir. Bağlantı { $hours } saat geçerlidir; bu süre dolduğunda imza ve e-posta adresiniz silinir.
mail-signature-action = İmzamı onayla
signature-thanks-confirm = Teşekkür ederiz. Size bir e-posta gönderdik: imzanız, bu e-postadaki bağlantıyla onayladığınızda sayılır.
signature-email-hint-confirm = İmzanızı onaylamak için gereklidir; hiçbir zaman gösterilmez ve kimseyle paylaşılmaz.
signature-confirm-title = İmzanızı onaylayın
signature-confirm-lead = Açık mektuptaki imzanızı onaylamak için düğmeye basın. Ardından imzanız, yayımlanmadan önce bir koordinatör tarafından kontrol edilir.
signature-confirm-button = İmzamı onayla
signature-confirm-invalid = Bu bağlantı artık geçerli değil: daha önce kullanılmış veya süresi dolmuş. Dilerseniz mektubu yeniden imzalayabilirsiniz.
signature-confirmed = İmzanız onaylandı. Bir koordinatör kontrol ettikten sonra yayımlanacak.

## Alerts

alert-heading = E-posta bildirimleri
alert-intro-standard = Bu standardın gözden geçirmeleri veya ulusal kabulleri değiştiğinde e-posta alın.
alert-intro-body = Bu kuruluşun herkese açık kaydı değiştiğinde e-posta alın.
alert-intro-review = Bu oylama kapanmadan 7 gün ve 1 gün önce hatırlatma alın.
alert-email = E-posta adresiniz
alert-email-hint = Önce bir onay bağlantısı göndeririz; her e-postada, bildirimleri durdurup adresinizi silmenizi sağlayan bir bağlantı bulunur.
alert-button = Bana bildirim gönder
alert-button-review = Bana hatırlat
alert-no-mail = Bu site e-posta göndermiyor. Takip etmek için yukarıdaki takvimi veya akışı kullanın.
alert-sent = Gelen kutunuzu kontrol edin: bir onay bağlantısı gönderdik. Bağlantıyı kullanana kadar başka hiçbir şey gönderilmeyecek.
alert-error-no-mail = Bu site e-posta göndermiyor.
alert-error-too-many = Bu bağlantıdan veya bu adres için çok fazla bildirim istendi. Lütfen daha sonra tekrar deneyin.
alert-what-standard = { $label } standardının gözden geçirmeleri ve ulusal kabulleri
alert-what-body = { $label } kuruluşunun herkese açık kaydı
alert-what-review = { $label } için oylama kapanış hatırlatmaları
alert-label-review = { $reference } standardının sistematik gözden geçirmesi
alert-page-title = E-posta bildirim aboneliğiniz
alert-page-lead = { $what } hakkında { $email } adresine gönderilen bildirimler.
alert-state-confirmed = Onaylandı: bu bildirimleri alıyorsunuz.
alert-state-waiting = Henüz onaylanmadı: siz onaylayana kadar hiçbir şey gönderilmez.
alert-confirm-button = Aboneliğimi onayla
alert-confirmed = Aboneliğiniz onaylandı.
alert-unsubscribe-button = Durdur ve adresimi sil
alert-privacy = Quorum adresinizi yalnızca bu bildirim için saklar. Bildirimi durdurduğunuzda adres silinir.
alert-unsubscribe-title = Bu e-postaları durdurun
alert-unsubscribe-lead = Bu e-postaları durdurmak için düğmeye basın. Adresiniz hemen silinir.
alert-unsubscribed = Tamamlandı: bu e-postaları artık almayacaksınız ve adresiniz silindi.
alert-unknown = Bu bağlantı artık geçerli değil: bildirim aboneliği zaten sonlandırılmış.

## The messages of an alert

mail-alert-confirm-subject = Bildirim aboneliğinizi onaylayın: { $what }
mail-alert-confirm-body = Birisi, büyük olasılıkla siz, Quorum'dan { $what } hakkında e-posta bildirimleri istedi. Bildirimleri almaya başlamak için onaylayın.
mail-alert-confirm-action = Aboneliğimi onayla
mail-alert-confirm-ignore = Bunu siz istemediyseniz bu mesajı dikkate almayın: başka hiçbir şey gönderilmez ve adres kullanılmaz.
mail-reminder-subject = { $days ->
    [0] Oylama bugün kapanıyor: { $reference }
    [one] Oylama yarın kapanıyor: { $reference }
   *[other] Oylama { $days } gün sonra kapanıyor: { $reference }
}
mail-reminder-body = { $reference } standardının oylaması { $date } tarihinde kapanıyor. Henüz karar vermemiş ulusal kuruluşlara hâlâ yazılabilir.
mail-reminder-action = Gözden geçirmeyi ve hâlâ karar verebilecek kuruluşları görün
mail-changes-subject = { $count ->
    [one] Bir değişiklik: { $what }
   *[other] { $count } değişiklik: { $what }
}
mail-changes-body = { $count ->
    [one] { $what } ile ilgili yeni bir değişiklik var:
   *[other] { $what } ile ilgili { $count } yeni değişiklik var:
}

## The coordinators' weekly digest

mail-digest-subject = Quorum: haftalık özetiniz
mail-digest-intro = Bu hafta ilgilenilmesi gerekenler.
mail-digest-no-reviews = Açık veya planlanmış bir gözden geçirme yok.
mail-digest-closes = { $days ->
    [0] oylama { $date } tarihinde kapanıyor (bugün)
    [one] oylama { $date } tarihinde kapanıyor (yarın)
   *[other] oylama { $date } tarihinde kapanıyor ({ $days } gün sonra)
}
mail-digest-closes-unknown = kapanış tarihi bilinmiyor
mail-digest-review = { $reference }: { $closing }; { $not_contacted } üye kuruluşla iletişime geçilmedi; { $stale } süreç aşaması üç haftadır değişmedi
mail-digest-queues = Bekleyenler: { $corrections } düzeltme bildirimi, kontrol edilecek { $signatures } açık mektup imzası.
mail-digest-action = Koordinatör panelini aç

## Admins

accounts-link-mailed = Bağlantı bu adrese e-postayla gönderildi.
mail-admin-heading = E-posta
mail-admin-enabled = E-posta yapılandırıldı: davetler, parola sıfırlamaları, açık mektup imzalarının onayları, bildirimler ve haftalık özet giden kutusu üzerinden gönderilir.
mail-admin-disabled = E-posta yapılandırılmadı (QUORUM_SMTP_URL ayarlanmamış): bağlantılar, sizin göndermeniz için burada gösterilir; açık mektup imzaları onay gerektirmez ve bildirim seçeneği sunulmaz.
mail-admin-counts = Giden kutusu: { $queued } bekliyor, { $sent } gönderildi, { $failed } başarısız.
mail-admin-kind = Tür
mail-admin-status = Durum
mail-admin-attempts = Deneme sayısı
mail-admin-when = Tarih
mail-admin-error = Son hata
mail-status-queued = bekliyor
mail-status-sent = gönderildi
mail-status-failed = başarısız

## The digest on the account page

digest-heading = Haftalık özet
digest-on = Haftalık özeti her pazartesi e-postayla alıyorsunuz.
digest-off = Haftalık özeti almıyorsunuz.
digest-turn-on = Bana haftalık özeti gönder
digest-turn-off = Haftalık özeti durdur
digest-no-mail = Bu site e-posta göndermediği için haftalık özet yok.
