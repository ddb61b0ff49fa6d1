# After the letter: advocates tell what happened (no account), coordinators decide on
# their reports, and everyone sees the counts. $body is a body's acronym with its
# country ("ABNT (Brazil)"); $date a formatted date; $answer one of the
# outcome-stance-* phrases.

## "I sent it"

outcome-sent-heading = 信已发出了吗？
outcome-sent-intro = 信发出后请告诉我们：它将计入致该机构的信函数量，您还会获得一个私密链接，以便日后告诉我们对方的答复。您所写的内容不会被保存。
outcome-sent-email = 您的电子邮件地址（选填）
outcome-sent-email-hint = 我们只会通过电子邮件向您发送一次私密链接，不会保留该地址。
outcome-sent-button = 我已发出
outcome-error-too-many = 过去一小时内从此处提交的反馈过多，请稍后重试。
outcome-error-closed = 此反馈已无法更改：协调员已对其作出处理。
outcome-error-no-position = 此反馈中没有可记录为立场的答复。

## The advocate's private page

outcome-title = 您的信函及答复
outcome-new = 谢谢！此页面就是您的私密链接：请妥善保存，以便在对方答复时告诉我们。任何拥有此链接的人都可以更改这份反馈。
outcome-copy = 复制链接
outcome-copied = 链接已复制
outcome-thanks = 谢谢！您的反馈已送达协调员。
outcome-sent-on = 您已于 { $date } 致函 { $body }。
outcome-replied-on = { $date } 的答复：{ $answer }
outcome-reply-heading = 对方已答复
outcome-reply-intro = 该机构表示将在复审中如何投票？您的反馈只会送达协调员，绝不会公开：公众只能看到已发出和已获答复的信函数量。
outcome-reply-stance = 对方的答复
outcome-reply-text = 答复原文（选填）
outcome-reply-text-hint = 仅协调员可阅读，绝不会公开。
outcome-reply-button = 提交答复
outcome-unknown = 此链接无效。
outcome-stance-confirm = 将投票确认该标准
outcome-stance-revise = 将投票修订该标准
outcome-stance-withdraw = 将投票废止该标准
outcome-stance-undecided = 尚未作出决定
outcome-stance-no-answer = 未说明投票意向

## Coordinators

outcome-reports-heading = 公众反馈
outcome-reports-intro = 倡导者致函该机构后告诉我们的情况。可信度低：仅在答复可信时才将其记录为立场；该反馈将成为立场的来源。
outcome-reports-decided = 已处理此反馈。
outcome-reports-none = 在本次复审中，尚无倡导者反馈曾致函该机构。
outcome-reports-no-reply = 未反馈答复
outcome-via-letter = 通过撰写页面写的信函
outcome-via-open-letter = 公开信
outcome-status-open = 待决定
outcome-status-recorded = 已记录为立场
outcome-status-dismissed = 已驳回
outcome-reports-open = { $count ->
   *[other] { $count } 条反馈待决定
}
outcome-record-button = 记录为立场（表明的意向，可信度低）
outcome-dismiss-button = 驳回

## Public counts

outcome-counts-heading = 致各机构的信函
outcome-counts = { $letters ->
   *[other] 已开始撰写 { $letters } 封信
}，{ $sent ->
   *[other] 据报已发出 { $sent } 封
}，{ $replies ->
   *[other] 收到 { $replies } 份答复
}。
outcome-counts-hint = 复审进行期间在 Quorum 撰写页面中开始撰写的信函，以及倡导者事后告诉我们的情况。仅显示数量：谁写了信、写了什么均不公开。
outcome-counts-country = 国家/地区
outcome-counts-letters = 开始撰写
outcome-counts-sent = 据报已发出
outcome-counts-replies = 答复

## E-mail

mail-outcome-subject = 您的私密链接：致 { $body } 的信函
mail-outcome-body = 感谢您致函 { $body }。对方答复后，请通过此链接告诉我们答复内容。请勿与他人分享此链接：任何拥有此链接的人都可以更改这份反馈。
mail-outcome-action = 告诉我们对方的答复

## The letters layer of a review's map

outcome-map-description = 世界地图：各国家/地区按本次复审中 Quorum 用户致其国家标准机构、已开始撰写或据报已发出的信函数量着色。
outcome-map-layer = 地图着色依据
outcome-map-positions = 立场
outcome-map-letters = 信函
outcome-map-bucket-0 = 无信函
outcome-map-bucket-1 = 1–2 封信
outcome-map-bucket-2 = 3–9 封信
outcome-map-bucket-3 = 10 封及以上
