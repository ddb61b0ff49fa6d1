# E-mail: the messages Quorum sends (subjects, bodies, footers), the alert forms and
# pages, and the outbox as admins see it. Placeables are plain text; $what is a phrase
# from the alert-what-* messages, $label a standard's reference or a body's acronym
# with its country.

## Every message

mail-footer = 本邮件由 Quorum 发送。Quorum 跟踪各国家标准机构如何就 ISO 标准作出决定。
mail-unsubscribe = 不再接收此类邮件
mail-link-action = 设置密码
mail-link-ignore = 如果您并未预期收到此邮件，请忽略：只要不使用该链接，就不会有任何变化。

## Invitations and password resets (the admin's language)

mail-invite-subject = 邀请您加入 Quorum
mail-invite-body = 管理员邀请您记录协调员了解到的各国家标准机构的情况。请设置密码以开通您的账户。该链接只能使用一次，有效期为 { $hours } 小时。
mail-reset-subject = 重置您的 Quorum 密码
mail-reset-body = 管理员为您的账户生成了设置新密码的链接。该链接只能使用一次，有效期为 { $hours } 小时；使用后，您的其他所有会话都将结束。

## Co-signatures

mail-signature-subject = 请确认您的签名：{ $title }
mail-signature-body = 您联署了公开信“{ $title }”。您的签名经您确认后才会计入，并在发布前由协调员核实。该链接有效期为 { $hours } 小时；逾期后，您的签名和电子邮件地址将被删除。
mail-signature-action = 确认我的签名
signature-thanks-confirm = 谢谢！我们已向您发送一封电子邮件：通过邮件中的链接确认后，您的签名才会计入。
signature-email-hint-confirm = 用于确认您的签名；绝不会显示，也不会与他人共享。
signature-confirm-title = 确认您的签名
signature-confirm-lead = 请点击按钮，确认您在这封公开信上的签名。之后，协调员会在发布前进行核实。
signature-confirm-button = 确认我的签名
signature-confirm-invalid = 此链接已失效：它已被使用或已过期。如有需要，请重新签署这封信。
signature-confirmed = 您的签名已确认。协调员核实后即会发布。

## Alerts

alert-heading = 电子邮件提醒
alert-intro-standard = 当此标准的复审或采用情况发生变化时，通过电子邮件通知您。
alert-intro-body = 当此机构的公开记录发生变化时，通过电子邮件通知您。
alert-intro-review = 在此投票截止前 7 天和 1 天提醒您。
alert-email = 您的电子邮件地址
alert-email-hint = 我们会先发送一个确认链接；每封邮件都附有停止提醒并删除您地址的链接。
alert-button = 订阅提醒
alert-button-review = 提醒我
alert-no-mail = 本站不发送电子邮件。请使用上方的日历或订阅源关注动态。
alert-sent = 请查收邮件：我们已发送确认链接。在您使用该链接之前，我们不会发送任何其他邮件。
alert-error-no-mail = 本站不发送电子邮件。
alert-error-too-many = 来自此网络连接或针对此地址的提醒请求过多，请稍后重试。
alert-what-standard = { $label } 的复审和采用情况
alert-what-body = { $label } 的公开记录
alert-what-review = { $label } 的投票截止提醒
alert-label-review = { $reference } 定期复审
alert-page-title = 您的电子邮件提醒
alert-page-lead = 关于 { $what } 的提醒，发送至 { $email }。
alert-state-confirmed = 已确认：您会收到这些提醒。
alert-state-waiting = 尚未确认：确认之前不会发送任何邮件。
alert-confirm-button = 确认提醒
alert-confirmed = 您的提醒已确认。
alert-unsubscribe-button = 停止提醒并删除我的地址
alert-privacy = Quorum 仅为此提醒保存您的地址。停止提醒后，该地址即被删除。
alert-unsubscribe-title = 不再接收此类邮件
alert-unsubscribe-lead = 请点击按钮，停止接收此类邮件。您的地址将被立即删除。
alert-unsubscribed = 操作完成：您将不再收到此类邮件，您的地址已删除。
alert-unknown = 此链接已失效：该提醒已经停止。

## The messages of an alert

mail-alert-confirm-subject = 请确认您的提醒：{ $what }
mail-alert-confirm-body = 有人（可能是您本人）在 Quorum 订阅了关于 { $what } 的电子邮件提醒。请确认后开始接收。
mail-alert-confirm-action = 确认提醒
mail-alert-confirm-ignore = 如果您并未提出此请求，请忽略此邮件：我们不会再发送任何邮件，也不会使用该地址。
mail-reminder-subject = { $days ->
    [0] 投票今天截止：{ $reference }
    [1] 投票明天截止：{ $reference }
   *[other] 投票将于 { $days } 天后截止：{ $reference }
}
mail-reminder-body = { $reference } 的投票将于 { $date } 截止。仍可致函尚未作出决定的国家标准机构。
mail-reminder-action = 查看复审及仍可作出决定的机构
mail-changes-subject = { $count ->
   *[other] { $count } 项更改：{ $what }
}
mail-changes-body = { $count ->
   *[other] { $what } 有 { $count } 项新的更改：
}

## The coordinators' weekly digest

mail-digest-subject = Quorum：您的每周摘要
mail-digest-intro = 本周需要关注的事项。
mail-digest-no-reviews = 没有进行中或已计划的复审。
mail-digest-closes = { $days ->
    [0] 投票于 { $date } 截止（今天）
    [1] 投票于 { $date } 截止（明天）
   *[other] 投票于 { $date } 截止（还有 { $days } 天）
}
mail-digest-closes-unknown = 截止日期未知
mail-digest-review = { $reference }：{ $closing }；{ $not_contacted } 个成员团体尚未联系；{ $stale } 个进程阶段已三周未变
mail-digest-queues = 待处理：{ $corrections } 条更正报告，{ $signatures } 个待核实的联署签名。
mail-digest-action = 打开协调员工作台

## Admins

accounts-link-mailed = 链接已通过电子邮件发送至该地址。
mail-admin-heading = 电子邮件
mail-admin-enabled = 电子邮件已配置：邀请、密码重置、联署签名确认、提醒和每周摘要均通过发件箱发送。
mail-admin-disabled = 电子邮件未配置（未设置 QUORUM_SMTP_URL）：链接会显示在此处，由您自行发送；联署签名无需确认，也不提供提醒功能。
mail-admin-counts = 发件箱：{ $queued } 封待发送，{ $sent } 封已发送，{ $failed } 封发送失败。
mail-admin-kind = 类型
mail-admin-status = 状态
mail-admin-attempts = 尝试次数
mail-admin-when = 日期
mail-admin-error = 最近一次错误
mail-status-queued = 待发送
mail-status-sent = 已发送
mail-status-failed = 发送失败

## The digest on the account page

digest-heading = 每周摘要
digest-on = 您每周一会通过电子邮件收到每周摘要。
digest-off = 您目前不接收每周摘要。
digest-turn-on = 订阅每周摘要
digest-turn-off = 停止接收每周摘要
digest-no-mail = 本站不发送电子邮件，因此没有每周摘要。
