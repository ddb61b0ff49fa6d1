# After the letter: advocates tell what happened (no account), coordinators decide on
# their reports, and everyone sees the counts. $body is a body's acronym with its
# country ("ABNT (Brazil)"); $date a formatted date; $answer one of the
# outcome-stance-* phrases.

## "I sent it"

outcome-sent-heading = Mektubu gönderdiniz mi?
outcome-sent-intro = Mektubunuz gönderildiğinde bize bildirin: bu kuruluşa gönderilen mektuplar arasında sayılır ve aldığınız yanıtı daha sonra bize bildirebileceğiniz size özel bir bağlantı alırsınız. Yazdıklarınızın hiçbiri saklanmaz.
outcome-sent-email = E-posta adresiniz (isteğe bağlı)
outcome-sent-email-hint = Size özel bağlantıyı bir kez e-postayla gönderir, adresi saklamayız.
outcome-sent-button = Gönderdim
outcome-error-too-many = Son bir saat içinde buradan çok fazla bildirim geldi. Lütfen daha sonra tekrar deneyin.
outcome-error-closed = Bu bildirim artık değiştirilemez: bir koordinatör onu zaten değerlendirdi.
outcome-error-no-position = Bu bildirimde tutum olarak kaydedilebilecek bir yanıt yok.

## The advocate's private page

outcome-title = Mektubunuz ve yanıtı
outcome-new = Teşekkür ederiz. Bu sayfa size özel bağlantınızdır: kuruluş yanıt verdiğinde bize bildirebilmek için saklayın. Bağlantıya sahip olan herkes bildirimi değiştirebilir.
outcome-copy = Bağlantıyı kopyala
outcome-copied = Bağlantı kopyalandı
outcome-thanks = Teşekkür ederiz: bildiriminiz koordinatörlere ulaştı.
outcome-sent-on = Mektubunuzu { $date } tarihinde { $body } kuruluşuna gönderdiniz.
outcome-replied-on = { $date } tarihli yanıt: { $answer }
outcome-reply-heading = Kuruluş yanıt verdi
outcome-reply-intro = Kuruluş, gözden geçirmede ne yapacağını söyledi? Bildiriminiz kamuya değil, yalnızca koordinatörlere ulaşır: kamu yalnızca kaç mektubun gönderildiğini ve yanıtlandığını görür.
outcome-reply-stance = Kuruluşun yanıtı
outcome-reply-text = Kuruluşun yazdıkları (isteğe bağlı)
outcome-reply-text-hint = Bunu yalnızca koordinatörler okur; hiçbir zaman yayımlanmaz.
outcome-reply-button = Yanıtı gönder
outcome-unknown = Bu bağlantı geçerli değil.
outcome-stance-confirm = standardın teyidi yönünde oy kullanacak
outcome-stance-revise = revizyon yönünde oy kullanacak
outcome-stance-withdraw = iptal yönünde oy kullanacak
outcome-stance-undecided = henüz karar vermedi
outcome-stance-no-answer = oy konusunda bir şey belirtilmedi

## Coordinators

outcome-reports-heading = Ziyaretçi bildirimleri
outcome-reports-intro = Bu kuruluşa mektup yazanların ardından bildirdikleri. Güvenilirlik düşük: yalnızca yanıt inandırıcıysa tutum kaydedin; bildirim bu tutumun kaynağı olur.
outcome-reports-decided = Bildirim değerlendirildi.
outcome-reports-none = Bu gözden geçirmede henüz kimse bu kuruluşa mektup gönderdiğini bildirmedi.
outcome-reports-no-reply = yanıt bildirilmedi
outcome-via-letter = Mektup oluşturucuyla yazılan mektup
outcome-via-open-letter = Açık mektup
outcome-status-open = karar bekliyor
outcome-status-recorded = tutum olarak kaydedildi
outcome-status-dismissed = reddedildi
outcome-reports-open = { $count ->
    [one] karar bekleyen bir bildirim
   *[other] karar bekleyen { $count } bildirim
}
outcome-record-button = Tutum olarak kaydet (niyet, düşük güvenilirlik)
outcome-dismiss-button = Reddet

## Public counts

outcome-counts-heading = Kuruluşlara yazılan mektuplar
outcome-counts = { $letters ->
    [one] Bir mektup yazılmaya başlandı
   *[other] { $letters } mektup yazılmaya başlandı
}, { $sent ->
    [one] bir mektubun gönderildiği bildirildi
   *[other] { $sent } mektubun gönderildiği bildirildi
}, { $replies ->
    [one] bir yanıt alındı
   *[other] { $replies } yanıt alındı
}.
outcome-counts-hint = Gözden geçirme açıkken Quorum'un mektup oluşturucusunda yazılmaya başlanan mektuplar ve yazanların sonradan bize bildirdikleri. Yalnızca sayılar gösterilir: kimin ne yazdığı gizli kalır.
outcome-counts-country = Ülke
outcome-counts-letters = Başlanan mektuplar
outcome-counts-sent = Gönderildiği bildirilen
outcome-counts-replies = Yanıtlar

## E-mail

mail-outcome-subject = Size özel bağlantınız: { $body } kuruluşuna yazdığınız mektup
mail-outcome-body = { $body } kuruluşuna yazdığınız için teşekkür ederiz. Kuruluş yanıt verdiğinde, ne dediğini bize bu bağlantıyla bildirin. Bağlantıyı kimseyle paylaşmayın: ona sahip olan herkes bildirimi değiştirebilir.
mail-outcome-action = Aldığınız yanıtı bize bildirin

## The letters layer of a review's map

outcome-map-description = Dünya haritası: Her ülke, Quorum kullanıcılarının bu gözden geçirmede ülkenin ulusal kuruluşuna yazmaya başladığı veya gönderdiğini bildirdiği mektuplara göre renklendirilmiştir.
outcome-map-layer = Harita renklendirmesi
outcome-map-positions = tutumlar
outcome-map-letters = mektuplar
outcome-map-bucket-0 = mektup yok
outcome-map-bucket-1 = 1–2 mektup
outcome-map-bucket-2 = 3–9 mektup
outcome-map-bucket-3 = 10 veya daha fazla mektup
