## Site frame
app-name = Quorum
page-title = { $page } · Quorum
# What search engines and link previews show under a page's title (meta description).
site-description = Quorum 跟踪所有国家标准机构：是否采用某项标准、标准有哪些语言版本、在 ISO 定期复审中如何投票，以及如何用其语言致函该机构。
meta-body = { $body }（{ $country }）：联系方式、ISO 成员类别、采用情况和复审立场（均注明来源和日期），以及致该机构的信函。
meta-standard = { $reference }：哪些国家标准机构已采用该标准、该标准有哪些语言版本，以及其定期复审。
meta-review = { $reference } 的定期复审：各国家标准机构记录在案的立场、预计结果，以及谁仍能改变结果。
meta-open-letter = 致各国家标准机构的公开信：您可以阅读、联署这封信，或将其寄给本国的标准机构。
skip-to-content = 跳至主要内容
nav-label = 主导航
nav-home = 首页
nav-directory = 标准机构
language-switcher-label = 语言
footer-provenance = 每项信息均注明来源及最近一次核实的日期。字段留空表示信息不详，我们绝不凭猜测填写。
footer-licence = Quorum 是自由软件。联系信息来自 iso.org 成员页面（StanDat 抓取，2021/22 年）、ISO 开放数据（2026 年），以及各项信息旁注明的其他来源。
loading = 正在加载…
back-to-directory = 返回名录
breadcrumb-label = 导航路径

## Errors
error-not-found = 未能找到该页面。
error-invalid-input = 部分输入内容无法使用，请检查后重试。
error-storage = Quorum 暂时无法读取数据，请稍后重试。
error-transport = 请求未能送达 Quorum。请检查网络连接后重试。
error-body-too-large = 此请求过大，Quorum 无法处理（超过 { $size } KB）。请缩短输入内容后重试。
not-found-title = 未找到页面
not-found-body = 此地址没有对应的页面。如果您是通过链接访问某个标准机构的，其国家/地区代码可能有误：代码由两个字母组成，例如巴西为 BR。
not-found-standard = 此地址没有 Quorum 跟踪的标准。标准的地址使用其编号，例如 ISO 20400 的地址为 /standards/iso-20400；列表中列出了 Quorum 跟踪的全部标准。
not-found-review = 此地址没有 Quorum 记录的复审。复审的地址包含其标准和年份，例如 /reviews/iso-20400-2022；列表中列出了 Quorum 记录的全部复审。
not-found-open-letter = 此地址没有已发布的公开信。该信可能已被撤下，或尚未发布；列表中列出了全部公开信。

## Home
home-title = 查找您所在国家的国家标准机构
home-heading = 找到您所在国家的国家标准机构，阐明您的主张
home-intro = Quorum 收录了作为国际标准化组织（ISO）成员的所有国家标准机构，提供其联系方式，并注明每项信息的来源。它帮助 ISO 20400（可持续采购）等标准的倡导者联系到在本国拥有决定权的机构。
search-label = 国家/地区、代码或标准机构
search-placeholder = 例如：巴西、BR、ABNT
search-button = 搜索
home-stats-heading = 名录中的 ISO 成员
home-stats-total = 名录共收录 { $count } 个标准机构，按 ISO 成员类别划分如下：
home-browse-all = 浏览全部标准机构
home-next-heading = 您现在可以做什么
home-step-find = 使用上方的搜索框，找到您所在国家的标准机构。
home-step-write = 致函该机构
home-step-write-note = ——Quorum 会以该机构的语言起草信函，并附上其地址。
home-step-review = 下一次复审：
home-review-closes = ——投票将于 { $date } 截止。
home-review-undated = ——投票截止日期尚未记录。
home-step-no-review = 目前没有正在进行或已计划的复审。
home-step-reviews-link = 查看全部复审

## ISO membership categories
category-member-body = 成员团体
category-correspondent = 通讯成员
category-subscriber = 注册成员
category-unknown = 类别不详
category-member-body-count = { $count ->
   *[other] 个成员团体
}
category-correspondent-count = { $count ->
   *[other] 个通讯成员
}
category-subscriber-count = { $count ->
   *[other] 个注册成员
}
category-unknown-count = { $count ->
   *[other] 个机构尚无任何来源注明其类别
}
category-member-body-rights = 可就 ISO 标准进行投票，并可在本国采用和销售 ISO 标准。
category-correspondent-rights = 以观察员身份参与，不享有投票权；可在本国采用和销售 ISO 标准。
category-subscriber-rights = 可及时了解 ISO 的工作动态，但不参与投票，也不采用或销售 ISO 标准。
category-unknown-note = 目前我们的所有来源均未列明这些机构的类别。

## Directory
directory-title = 标准机构
directory-heading = 国家标准机构
directory-intro = 可按任意语言的国家/地区名称、ISO 国家/地区代码、缩写或机构名称进行搜索。选择一个机构即可查看其联系方式。
filter-category = ISO 类别
filter-category-all = 所有类别
filter-region = 地区
filter-region-all = 所有地区
filter-apply = 显示结果
search-truncated = 您输入的搜索内容过长，因此仅使用了前 100 个字符。
directory-count = { $total ->
   *[other] 共 { $total } 个标准机构，当前显示 { $shown } 个。
}
directory-no-match = 没有与您的搜索相符的标准机构。请检查拼写，尝试使用两个字母的国家/地区代码，或清除筛选条件。
directory-clear-filters = 清除搜索和筛选条件
column-country = 国家/地区
column-acronym = 缩写
column-body-name = 标准机构
column-category = ISO 类别
column-region = 地区

## Body page
body-page-title = { $body } – { $country }
body-name-with-acronym = { $name }（{ $acronym }）
contact-line = { $label }：{ $value }
value-unknown = 不详
field-source-dated = 来源：{ $source }，截至 { $date }
field-source-undated = 来源：{ $source }（未记录日期）
body-name-unknown = 标准机构名称不详
field-body-name-en = 英文名称
field-body-name-native = 本国语言名称
field-acronym = 缩写
field-country = 国家/地区
field-category = ISO 成员类别
dataset-note = 数据集备注：
field-website = 网站
field-email = 电子邮件
field-phone = 电话
field-fax = 传真
field-address = 通信地址
field-iso-member-id = ISO 成员编号
card-footnote = 联系方式可能会有变动。寄送重要信函前，请先在该机构的官方网站上核实。
copy-contact = 复制联系方式
contact-copied = 联系方式已复制
download-vcard = 下载 vCard
write-letter = 致函该机构
write-letter-hint = Quorum 会以该机构使用的语言，为您起草一封致 { $body } 的正式信函，您可以直接复制、通过电子邮件发送或打印。

## Letter composer page
nav-letters = 撰写信函
letters-title = 致函标准机构
letters-heading = 致函国家标准机构
letters-intro = 请选择收信机构、信函诉求和语言。Quorum 将为您起草一封正式信函，您可以复制、通过电子邮件发送、下载或打印。
letters-privacy = 您的姓名和其他信息仅用于填写信函。Quorum 不会保存这些信息；只有当您在下方选择包含时，这些信息才会出现在链接中。
letter-field-recipient = 标准机构
letter-field-recipient-choose = 请选择国家/地区
letter-field-purpose = 信函诉求
letter-purpose-review = 在定期复审中投票确认该标准
letter-purpose-adopt = 将该标准采用为国家标准
letter-purpose-translate = 以本国语言出版该标准
letter-purpose-suggested = 根据 Quorum 对该机构的记录，建议选择此项。
letter-field-language = 信函语言
letter-language-automatic = 该国的主要语言
letter-field-second-language = 第二语言，双语对照（可选）
letter-second-language-none = 无
letter-language-default = 如果 Quorum 提供{ $country }主要语言的信函，则默认使用该语言，否则默认使用英语。
# $language: the country's first language, named in the page's language.
letter-language-missing = Quorum 尚无{ $language }信函，因此此信函为英文。您可以在“信函语言”中为其选择其他语言。
# $language: the letter's language, in its own name.
letter-drafted-notice = 此译文（{ $language }）尚未经母语人士审校。
letter-drafted-help = 欢迎协助审校。
letter-sender-heading = 您的信息（均为选填）
letter-field-sender-name = 您的姓名
letter-field-organisation = 所在组织
letter-field-role = 职务或头衔
letter-field-city = 城市
letter-field-email = 您的电子邮件地址
letter-field-personal = 用您自己的话补充一段
letter-field-personal-hint = 说明此事对您或您所在组织的意义。这段文字将按原样、以您书写时所用的语言写入信中。
letter-field-share-details = 在链接中也包含我的姓名和其他信息
letter-field-limit = 最多 { $max } 个字符。
letter-update = 更新信函
letter-preview-heading = 您的信函
letter-preview-live = 信函会随您的输入实时更新。
letter-to = 收信机构：{ $recipient }
letter-subject = 主题：{ $subject }
letter-copy = 复制信函
letter-copied = 信函已复制
letter-mailto = 在电子邮件程序中打开
letter-mailto-no-address = 我们没有该机构电子邮件地址的记录，因此无法在您的电子邮件程序中打开此信函。请改为复制或下载信函。
letter-mailto-too-long = 此信函生成的链接长达 { $length } 个字符，超出了部分电子邮件程序可接受的长度。如果邮件内容显示不完整，请复制信函并粘贴到新邮件中。
letter-download = 下载为文本文件
letter-print = 可打印页面
letter-share = 此信函的链接
letter-share-hint = 通过此链接打开撰写页面时，将沿用相同的机构、诉求和语言。Quorum 的服务器不会保存任何内容。
letter-facts-heading = 信函所依据的信息
letter-fact-adopted = { $count ->
   *[other] Quorum 共记录了 { $count } 项将 { $standard } 采用为国家标准的情况。
}
letter-fact-confirmed = 最近一次定期复审于 { $date } 完成，结论为：确认。
letter-fact-ballot = 定期复审投票将于 { $date } 截止。
letter-fact-no-ballot = 目前没有正在进行的复审投票记录，因此信中未注明截止日期。
letter-fact-title = 所用标准名称：《{ $title }》
letter-choose-body = 请在上方选择一个标准机构，即可查看您的信函。

## Letter input errors. $field is the label of the field.
letter-error-too-long = { $field }：最多 { $max } 个字符，当前为 { $length } 个字符。
letter-error-control = { $field }：请只输入一行文字，不要包含制表符或控制字符。
letter-error-email = 电子邮件地址的格式应类似于 name@example.org。
letter-error-purpose = 请选择信函诉求：在复审中投票确认、采用或翻译。
letter-error-language = Quorum 暂无该语言的信函，请从列表中选择。
letter-error-body = 没有与该国家/地区代码对应的标准机构，请从列表中选择。
letter-error-summary = 信函未能更新。请更正下方标出的内容。

## Print page
letter-print-title = 致 { $body } 的信函
letter-print-back = 返回撰写页面
letter-print-button = 打印
letter-print-hint = 按 A4 纸张打印。请在您的姓名上方亲笔签名。
letter-signature-line = 签名

## Accounts. The public never needs one; coordinators and admins sign in to record data.
nav-sign-in = 协调员登录
nav-account = 您的账户
nav-signed-in-as = 当前登录账户：
signin-title = 登录
signin-heading = 登录 Quorum
signin-intro = 协调员和管理员登录后，可记录他们了解到的标准机构信息。其他用户无需账户即可使用 Quorum。
signin-email = 电子邮件地址
signin-password = 密码
signin-submit = 登录
signin-already = 您已使用 { $email } 登录。
account-title = 您的账户
account-heading = 您的账户
account-signed-in-as = 当前登录账户：{ $email }（{ $role }）。
account-sign-out = 退出登录
account-sign-in-needed = 此页面仅供协调员和管理员使用，请先登录。
account-go-sign-in = 前往登录
role-admin = 管理员
role-coordinator = 协调员
error-unauthorized = 请先登录。
error-forbidden = 您的账户无权执行此操作。
error-bad-credentials = 电子邮件地址或密码不正确。
error-busy = Quorum 正忙于核对其他登录请求。尚未核对任何内容；请几秒钟后重试。
error-rate-limited = { $minutes ->
   *[other] 失败尝试次数过多，请在 { $minutes } 分钟后重试。
}
error-cross-origin = 此请求来自其他网站，因此 Quorum 未予执行。

## Editing the directory (coordinators) and the record's history
nav-changes = 最近更改
edit-link = 编辑此记录
edit-title = 编辑 { $body }
edit-heading = 编辑 { $body } 的记录
edit-intro = 请修改您已核实的信息；信息不详时，请将字段留空。每项更改都会连同您提供的来源和日期一并保存，并显示在此记录的修改历史中。
edit-source = 新信息的来源
edit-source-hint = 网址或简短说明，例如“ABNT 网站，联系我们页面”。
edit-as-of = 核实日期
edit-save = 保存更改
edit-category-unknown = 不详
edit-saved = 您的更改已保存。
edit-error-too-long = 请勿超过 { $max } 个字符。
edit-error-control = 请只输入一行文字，不要包含制表符或控制字符。
edit-error-email = 请按 name@example.org 的格式输入电子邮件地址，多个地址之间用英文分号（;）分隔。
edit-error-website = 请输入网址，例如 www.example.org。
edit-error-category = 请选择一个 ISO 成员类别。
edit-error-source-required = 请注明新信息的来源。
edit-error-date = 请按 YYYY-MM-DD 格式输入日期，且不能是将来的日期。
edit-error-no-change = 未作任何更改，因此未保存任何内容。
error-invalid-fields = 部分字段需要更正，因此未保存任何内容。请查看字段旁的提示。
error-edit-conflict = 在您编辑期间，其他人修改了此记录，因此未保存任何内容。对方的更改列于下方；请重新加载页面，以编辑最新版本。
edit-conflict-field = { $field }：现为 { $value }
history-heading = 此记录的修改历史
history-empty = 自导入数据集以来，没有任何更改。
history-entry = { $field }：{ $before } → { $after }
history-by = { $date }，修改人：{ $who }
history-by-coordinator = 协调员
history-source = 来源：{ $source }，核实日期：{ $date }
changes-title = 最近更改
changes-heading = 名录的最近更改
changes-filter-nsb = 国家/地区代码
changes-filter-field = 字段
changes-filter-who = 协调员的电子邮件地址
changes-filter-any = 所有字段
changes-apply = 筛选
changes-empty = 没有符合这些筛选条件的更改。

## Corrections from the public, and the coordinators' queue
report-heading = 提交更正
report-intro = 此处的信息有误或已过时吗？请告诉我们正确的内容及其来源。协调员会在发布前进行核实。无需账户。
report-field = 要更正的字段
report-value = 正确的内容（如应显示为“不详”，请留空）
report-source = 信息来源
report-source-hint = 网址或简短说明，例如“ABNT 网站，联系我们页面”。
report-email = 您的电子邮件地址（选填，仅在您同意协调员就此联系您时填写）
report-submit = 提交更正
report-thanks = 谢谢！协调员会在发布前核实您提交的更正。
report-error-too-many = 您在短时间内提交了多条更正，请在一小时后重试。
report-error-field = 请选择要更正的字段。
corrections-title = 更正
corrections-heading = 公众提交的更正
corrections-open-count = { $count ->
   *[other] 共有 { $count } 条待处理的更正等待协调员审核。
}
corrections-empty = 没有待处理的更正。谢谢！
corrections-current = 当前值：{ $value }
corrections-proposed = 建议值：{ $value }
corrections-source = 提供的来源：{ $source }
corrections-reporter = { $date }，提交人：{ $email }
corrections-reporter-anonymous = { $date }，提交人未留电子邮件地址
corrections-accept = 接受
corrections-edit-accept = 编辑后接受
corrections-reject = 拒绝
corrections-reason = 拒绝理由
corrections-error-reason = 请填写拒绝理由。
corrections-error-closed = 此更正已由其他人处理。
corrections-accepted = 更正已应用，并已记入修改历史。
corrections-rejected = 已拒绝此更正。

## Managing accounts (admins) and one-time links
nav-accounts = 管理账户
accounts-title = 账户
accounts-heading = 协调员和管理员
accounts-intro = 通过电子邮件地址邀请他人：Quorum 会生成一个一次性链接，由您自行发送给对方。该链接只能使用一次，有效期为 { $hours } 小时。
accounts-email = 电子邮件地址
accounts-role = 角色
accounts-status-active = 已启用
accounts-status-disabled = 已停用
accounts-invite = 生成邀请链接
accounts-link-invite = { $email } 的邀请链接（请自行发送；只能使用一次，有效期为 { $hours } 小时）：
accounts-link-reset = { $email } 的密码重置链接（请自行发送；只能使用一次，有效期为 { $hours } 小时）：
accounts-disable = 停用
accounts-enable = 启用
accounts-reset = 生成密码重置链接
accounts-you = （您）
accounts-error-self = 您不能停用自己的账户。
accounts-error-exists = 使用此电子邮件地址的账户已存在。
invitation-title = 设置密码
invitation-heading-invite = 欢迎使用 Quorum
invitation-heading-reset = 设置新密码
invitation-intro = 请为 { $email }（{ $role }）设置密码。密码至少需要 { $min } 个字符。
invitation-password = 新密码
invitation-password-again = 再次输入新密码
invitation-submit = 保存密码并登录
invitation-error-invalid = 此链接已失效：它已被使用或已过期。请向管理员索取新链接。
invitation-error-mismatch = 两次输入的密码不一致。
invitation-error-short = 密码至少需要 { $min } 个字符。

## Sources: each cited source's kind, shown after its name.
source-kind-official = （官方）
source-kind-secondary = （二手来源）
source-kind-derived = （由 Quorum 计算得出）
source-secondary-only = 仅有二手来源：未经 ISO 或该国国家标准机构确认。
source-separator = {"；"}
directory-relevance = 最匹配的结果排在前面。选择列标题即可改为按该列排序。

## Pages of a long list
pager-label = 分页
pager-previous = 上一页
pager-next = 下一页
# $page and $pages are numbers.
pager-position = 第 { $page } 页，共 { $pages } 页

## The composer's facts: the review deadline Quorum derives, the owner committee
# $date is a formatted date.
letter-fact-due-by = 目前没有开放的复审投票；下次定期复审的截止时间为 { $date }（由 Quorum 推算：上次确认后满五年；ISO 可能提前启动复审）。信中未注明投票截止日期。
# $committee is a committee's reference, such as ISO/TMBG.
letter-fact-committee = 负责委员会：{ $committee }

## A body's category against ISO's committee data
# $count is a number of committees, $committees some of their references, $recorded the recorded category.
category-evidence = { $count ->
    [1] 根据 ISO 的委员会数据，该机构是 1 个委员会（{ $committees }）的P成员；只有成员团体才能成为P成员，但记录的类别为“{ $recorded }”。
   *[other] 根据 ISO 的委员会数据，该机构是 { $count } 个委员会（{ $committees }…）的P成员；只有成员团体才能成为P成员，但记录的类别为“{ $recorded }”。
}
category-evidence-confirm = 以此证据为来源，记录为成员团体
