# E-mail: the messages Quorum sends (subjects, bodies, footers), the alert forms and
# pages, and the outbox as admins see it. Placeables are plain text; $what is a phrase
# from the alert-what-* messages, $label a standard's reference or a body's acronym
# with its country.

## Every message

mail-footer = このメールは、各国の国家標準化機関がISO規格についてどのように決定しているかを追跡するQuorumから送信されました。
mail-unsubscribe = このメールの配信を停止
mail-link-action = パスワードを設定
mail-link-ignore = このメールに心当たりがない場合は、無視してください。リンクを使用しない限り、何も起こりません。

## Invitations and password resets (the admin's language)

mail-invite-subject = Quorumへの招待
mail-invite-body = 管理者があなたをQuorumに招待しました。コーディネーターが国家標準化機関について得た情報を記録するためのものです。パスワードを設定して、アカウントを開いてください。リンクの有効期間は{ $hours }時間で、1回だけ使用できます。
mail-reset-subject = Quorumのパスワード再設定
mail-reset-body = 管理者が、あなたのアカウントに新しいパスワードを設定するためのリンクを作成しました。リンクの有効期間は{ $hours }時間で、1回だけ使用できます。使用すると、ほかのすべてのセッションは終了します。

## Co-signatures

mail-signature-subject = 署名の確認：{ $title }
mail-signature-body = 公開書簡「{ $title }」への署名を受け付けました。署名は、あなたが確認した時点で数に入り、公開前にコーディネーターがチェックします。リンクの有効期間は{ $hours }時間です。期限を過ぎると、署名とメールアドレスは削除されます。
mail-signature-action = 署名を確認する
signature-thanks-confirm = ありがとうございます。確認用のメールをお送りしました。メール内のリンクから確認すると、署名が数に入ります。
signature-email-hint-confirm = 署名の確認に必要です。表示されたり共有されたりすることはありません。
signature-confirm-title = 署名の確認
signature-confirm-lead = ボタンを押して、公開書簡への署名を確認してください。その後、公開前にコーディネーターがチェックします。
signature-confirm-button = 署名を確認する
signature-confirm-invalid = このリンクは無効です。すでに使用されたか、有効期限が切れています。必要であれば、もう一度書簡に署名してください。
signature-confirmed = 署名が確認されました。コーディネーターのチェック後に公開されます。

## Alerts

alert-heading = メールでのお知らせ
alert-intro-standard = この規格の見直しや採用状況が変わったときに、メールでお知らせします。
alert-intro-body = この機関の公開登録情報が変わったときに、メールでお知らせします。
alert-intro-review = この投票の締切7日前と1日前に、リマインダーをお送りします。
alert-email = メールアドレス
alert-email-hint = 最初に確認用のリンクをお送りします。すべてのメールに、配信を停止してアドレスを削除するためのリンクが付いています。
alert-button = お知らせを受け取る
alert-button-review = リマインダーを受け取る
alert-no-mail = このサイトはメールを送信しません。上のカレンダーまたはフィードをご利用ください。
alert-sent = 受信トレイをご確認ください。確認用のリンクをお送りしました。リンクを使用するまで、ほかのメールは送信されません。
alert-error-no-mail = このサイトはメールを送信しません。
alert-error-too-many = この接続またはこのメールアドレスからのお知らせの申し込みが多すぎます。しばらくしてからもう一度お試しください。
alert-what-standard = { $label }の見直しと採用状況
alert-what-body = { $label }の公開登録情報
alert-what-review = { $label }の締切リマインダー
alert-label-review = { $reference }の定期見直し
alert-page-title = メールでのお知らせ
alert-page-lead = { $what }に関するお知らせを{ $email }に送信します。
alert-state-confirmed = 確認済み：このお知らせが配信されます。
alert-state-waiting = 未確認：確認が済むまで、何も送信されません。
alert-confirm-button = お知らせの登録を確認する
alert-confirmed = お知らせの登録が確認されました。
alert-unsubscribe-button = 配信を停止してアドレスを削除
alert-privacy = Quorumは、このお知らせのためだけにメールアドレスを保管します。配信を停止すると、アドレスは削除されます。
alert-unsubscribe-title = このメールの配信停止
alert-unsubscribe-lead = ボタンを押すと、このメールの配信が停止され、メールアドレスはただちに削除されます。
alert-unsubscribed = 完了しました。今後このメールは届きません。メールアドレスは削除されました。
alert-unknown = このリンクは無効です。このお知らせはすでに停止されています。

## The messages of an alert

mail-alert-confirm-subject = お知らせの登録確認：{ $what }
mail-alert-confirm-body = どなたか（おそらくご本人）が、{ $what }に関するメールでのお知らせをQuorumに申し込みました。受け取りを開始するには、登録を確認してください。
mail-alert-confirm-action = お知らせの登録を確認する
mail-alert-confirm-ignore = お申し込みに心当たりがない場合は、このメールを無視してください。今後メールが送られることはなく、このアドレスが使われることもありません。
mail-reminder-subject = { $days ->
    [0] 本日投票締切：{ $reference }
    [1] 明日投票締切：{ $reference }
   *[other] 投票締切まであと{ $days }日：{ $reference }
}
mail-reminder-body = { $reference }の投票は{ $date }に締め切られます。まだ決定していない国家標準化機関には、今からでも書簡を送ることができます。
mail-reminder-action = 見直しと未決定の機関を見る
mail-changes-subject = { $count ->
   *[other] { $count }件の変更：{ $what }
}
mail-changes-body = { $count ->
   *[other] { $what }に新しい変更が{ $count }件あります：
}

## The coordinators' weekly digest

mail-digest-subject = Quorum：今週のまとめ
mail-digest-intro = 今週、対応が必要な事項です。
mail-digest-no-reviews = 実施中または予定の見直しはありません。
mail-digest-closes = { $days ->
    [1] { $date }締切（明日）
   *[other] { $date }締切（あと{ $days }日）
}
mail-digest-closes-unknown = 締切日不明
mail-digest-review = { $reference }：{ $closing }。未連絡の正会員{ $not_contacted }機関、3週間変化のない進捗段階{ $stale }件
mail-digest-queues = 対応待ち：修正報告{ $corrections }件、確認待ちの賛同署名{ $signatures }件。
mail-digest-action = コーディネーター用ダッシュボードを開く

## Admins

accounts-link-mailed = リンクをそのメールアドレスに送信しました。
mail-admin-heading = メール
mail-admin-enabled = メールが設定されています。招待、パスワード再設定、賛同署名の確認、お知らせ、週間まとめは、送信トレイを通じて送信されます。
mail-admin-disabled = メールが設定されていません（QUORUM_SMTP_URLが未設定）。リンクはここに表示されるので、ご自身で送信してください。賛同署名は確認なしで受け付けられ、お知らせは提供されません。
mail-admin-counts = 送信トレイ：待機中{ $queued }件、送信済み{ $sent }件、失敗{ $failed }件
mail-admin-kind = 種類
mail-admin-status = 状態
mail-admin-attempts = 試行回数
mail-admin-when = 日付
mail-admin-error = 最後のエラー
mail-status-queued = 待機中
mail-status-sent = 送信済み
mail-status-failed = 失敗

## The digest on the account page

digest-heading = 週間まとめ
digest-on = 毎週月曜日に週間まとめをメールで受け取っています。
digest-off = 週間まとめを受け取っていません。
digest-turn-on = 週間まとめを受け取る
digest-turn-off = 週間まとめの配信を停止する
digest-no-mail = このサイトはメールを送信しないため、週間まとめはありません。
