## Locale metadata: every locale folder defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = 中文（简体）
# Writing direction: ltr or rtl.
locale-direction = ltr

## Site frame
app-name = Quorum
page-title = { $page } · Quorum
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
not-found-title = 未找到页面
not-found-body = 此地址没有对应的页面。如果您是通过链接访问某个标准机构的，其国家/地区代码可能有误：代码由两个字母组成，例如巴西为 BR。

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
