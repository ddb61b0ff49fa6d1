# After the letter: advocates tell what happened (no account), coordinators decide on
# their reports, and everyone sees the counts. $body is a body's acronym with its
# country ("ABNT (Brazil)"); $date a formatted date; $answer one of the
# outcome-stance-* phrases.

## "I sent it"

outcome-sent-heading = 書簡を送りましたか？
outcome-sent-intro = 書簡を送ったらお知らせください。この機関宛ての書簡の数に加えられ、後で回答内容をお知らせいただくための専用リンクをお渡しします。書簡の内容は保存されません。
outcome-sent-email = メールアドレス（任意）
outcome-sent-email-hint = 専用リンクを一度だけメールでお送りします。メールアドレスは保存しません。
outcome-sent-button = 送りました
outcome-error-too-many = この接続からの報告が過去1時間で多すぎます。しばらくしてからもう一度お試しください。
outcome-error-closed = この報告はコーディネーターがすでに処理したため、変更できません。
outcome-error-no-position = この報告には、立場として記録できる回答が含まれていません。

## The advocate's private page

outcome-title = 送った書簡と回答
outcome-new = ありがとうございます。このページがあなた専用のリンクです。機関から回答があったときにお知らせいただけるよう、保存しておいてください。リンクを知っている人は誰でも報告を変更できます。
outcome-copy = リンクをコピー
outcome-copied = リンクをコピーしました
outcome-thanks = ありがとうございます。報告はコーディネーターに届きました。
outcome-sent-on = { $date }に{ $body }へ書簡を送りました。
outcome-replied-on = { $date }の回答：{ $answer }
outcome-reply-heading = 回答がありました
outcome-reply-intro = 機関は定期見直しでどうすると回答しましたか？報告はコーディネーターにだけ届き、一般には公開されません。公開されるのは、送られた書簡と回答の件数だけです。
outcome-reply-stance = 機関の回答
outcome-reply-text = 回答の内容（任意）
outcome-reply-text-hint = コーディネーターだけが読み、公開されることはありません。
outcome-reply-button = 回答を送信
outcome-unknown = このリンクは無効です。
outcome-stance-confirm = 規格の「確認」に投票する予定
outcome-stance-revise = 規格の「改正」に投票する予定
outcome-stance-withdraw = 規格の「廃止」に投票する予定
outcome-stance-undecided = まだ決まっていない
outcome-stance-no-answer = 投票についての回答なし

## Coordinators

outcome-reports-heading = 一般からの報告
outcome-reports-intro = この機関に書簡を送った方々からの報告です。信頼度は「低」です。回答が信頼できる場合にのみ立場として記録してください。その報告が出典になります。
outcome-reports-decided = 報告を処理しました。
outcome-reports-none = この見直しでは、この機関への書簡についての報告はまだありません。
outcome-reports-no-reply = 回答の報告なし
outcome-via-letter = 作成画面で作成した書簡
outcome-via-open-letter = 公開書簡
outcome-status-open = 未処理
outcome-status-recorded = 立場として記録済み
outcome-status-dismissed = 却下
outcome-reports-open = { $count ->
   *[other] 未処理の報告{ $count }件
}
outcome-record-button = 立場として記録（意向、信頼度：低）
outcome-dismiss-button = 却下

## Public counts

outcome-counts-heading = 各機関への書簡
outcome-counts = { $letters ->
   *[other] 書き始められた書簡{ $letters }通
}、{ $sent ->
   *[other] 送付の報告{ $sent }件
}、{ $replies ->
   *[other] 回答{ $replies }件
}。
outcome-counts-hint = 見直しの期間中にQuorumの作成画面で書き始められた書簡と、その後に寄せられた報告の件数です。公開するのは件数だけで、誰が何を書いたかは公開しません。
outcome-counts-country = 国・地域
outcome-counts-letters = 書き始められた書簡
outcome-counts-sent = 送付の報告
outcome-counts-replies = 回答

## E-mail

mail-outcome-subject = あなた専用のリンク：{ $body }宛ての書簡
mail-outcome-body = { $body }に書簡を送っていただき、ありがとうございます。回答があったら、このリンクからその内容をお知らせください。リンクを知っている人は誰でも報告を変更できるため、他の人とは共有しないでください。
mail-outcome-action = 回答を知らせる

## The letters layer of a review's map

outcome-map-description = 世界地図：各国・地域は、この見直しでQuorumの利用者がその国家標準化機関宛てに書き始めた書簡、または送付を報告した書簡の数に応じて色分けされています。
outcome-map-layer = 地図の色分け
outcome-map-positions = 立場
outcome-map-letters = 書簡
outcome-map-bucket-0 = 書簡なし
outcome-map-bucket-1 = 1～2通
outcome-map-bucket-2 = 3～9通
outcome-map-bucket-3 = 10通以上
