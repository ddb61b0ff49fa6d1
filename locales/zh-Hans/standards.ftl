## Standards: adoptions per body, language versions, the world map
nav-standards = 标准

standards-title = Quorum 跟踪的标准
standards-intro = 每项标准均列出：哪些国家标准机构已采用该标准，哪些仅销售 ISO 原版，以及该标准有哪些语言版本。所有数字均根据该标准页面上的记录统计得出。
standards-adoptions = { $count ->
   *[other] { $count } 项国家采用
}
standards-languages = { $count ->
   *[other] 提供 { $count } 种语言版本
}
standards-open = 采用情况、地图和语言版本
standards-empty = 尚未跟踪任何标准。

standard-page-title = { $reference }：采用情况和语言版本
standard-facts-heading = 标准概况
standard-field-reference = 标准编号
standard-field-title = 标准名称
standard-field-published = 发布日期
standard-field-edition = 版次
standard-field-committee = 委员会
standard-field-stage = 当前阶段
standard-field-last-confirmed = 最近一次经定期复审确认

## Adoption status (ISO/IEC Guide 21-1 degrees of correspondence)
status-adopted-idt = 已采用，等同（IDT）
status-adopted-idt-def = 已作为与 ISO 文本等同的国家标准发布。
status-adopted-mod = 已采用，修改（MOD）
status-adopted-mod-def = 已作为国家标准发布，存在技术性差异，且这些差异均已标明并说明。
status-adopted = 已采用，一致性程度未记录
status-adopted-def = 已作为国家标准发布；目前记录的来源均未说明是等同采用还是修改采用。
status-neq = 国家标准，非等效（NEQ）
status-neq-def = 同一主题的国家标准，但与 ISO 文本非等效。NEQ 不属于采用，也不计为采用。
status-in-progress = 正在采用
status-in-progress-def = 该机构已着手采用该标准（例如已就国家版本公开征求意见），但尚未发布。
status-sells-only = 仅销售 ISO 标准
status-sells-only-def = 该机构销售 ISO 原版，但未发布国家采用版本。
status-not-adopted = 未采用
status-not-adopted-def = 有来源表明，该机构既未采用该标准，也不销售该标准。
status-unknown = 不详
status-unknown-def = 目前尚无关于该机构的任何记录。“不详”并不表示“未采用”。
status-adopted-any = 已采用（IDT、MOD 或一致性程度未记录）

standard-counts-heading = 概览
standard-count-adoptions = { $count ->
   *[other] 项国家采用
}
standard-count-adoptions-def = 已将该标准作为国家标准发布的机构：IDT、MOD 或一致性程度未记录。NEQ 不计入。
standard-count-languages = { $count ->
   *[other] 种语言
}
standard-count-languages-def = 该标准文本现有的语言：包括 ISO 官方版本和各国译本，草案也计算在内。
standard-count-bodies = { $count ->
   *[other] 个机构
}
standard-count-show = 显示这些机构

## Filters, map and table
standard-filter-status = 采用状态
standard-filter-status-all = 所有状态
standard-filter-clear = 清除筛选条件
standard-showing = { $total ->
   *[other] 共 { $total } 个机构，其中 { $shown } 个符合筛选条件。
}
map-heading = 地图
map-description = 世界地图：各国家/地区按其标准机构对 { $reference } 的采用状态着色，小国以圆圈表示。选择一个国家/地区即可打开其标准机构的页面；下方表格包含相同的信息。
map-legend = 图例
map-country-status = { $country }：{ $status }
map-no-body = 名录中没有 ISO 成员
map-filtered-out = 不在当前筛选范围内
map-hint = 将指针悬停在某个国家/地区上，或按 Tab 键移至该处，即可查看其状态。
map-hint-touch = 点按某个国家/地区即可打开其标准机构的页面；下方表格列出了各国家/地区的状态。
map-skip = 跳过地图
table-heading = 所有机构
table-caption = 各机构对 { $reference } 的采用情况及其来源。选择列标题即可排序。
column-status = 状态
column-designation = 国家标准编号
column-adopted-on = 采用日期
column-language = 语言
column-source = 来源
sort-ascending = 已按升序排列
sort-descending = 已按降序排列

## Language versions
translations-heading = 语言版本
translations-intro = 该标准文本现有的语言版本，以及各版本的出版方和出版时间。
translation-kind-official = ISO 官方版本
translation-kind-national = 国家译本
translation-kind-draft = 译本草案
translations-empty = 尚未记录任何语言版本。
translation-publisher-year = { $publisher }，{ $year } 年
translation-add = 添加语言版本
translation-add-language = 语言代码
translation-add-button = 添加

## Committee and members
committee-heading = 委员会 { $committee }
committee-explain = P成员（积极成员）必须参加每一次投票，包括定期复审投票；O成员（观察员）跟踪委员会的工作，并可提出意见。
committee-p-members = { $count ->
   *[other] { $count } 个P成员
}
committee-o-members = { $count ->
   *[other] { $count } 个O成员
}
committee-members-empty = 尚未记录任何成员资格。ISO 会在委员会页面上列出其成员；协调员可据此在此处添加，并注明该来源。
committee-add-member = 记录成员资格
membership-p = P成员
membership-o = O成员
membership-none = 非成员

## The standards on a body's page
body-standards-heading = 标准
body-standard-about = 关于 { $reference }
body-sells = 销售 ISO 原版
sells-yes = 是
sells-no = 否
body-language-versions = 该国语言版本
body-no-version = 尚未记录{ $language }版本。
body-membership = 在 { $committee } 中的成员资格

## Fields of adoptions, language versions and standards (forms and history)
field-status = 状态
field-degree = 一致性程度
field-designation = 国家标准编号
field-adopted-on = 采用日期
field-method = 采用方法
field-lang = 语言
field-sells = 销售 ISO 原版
field-confidence = 来源可信度
field-note = 备注
field-title = 名称
field-kind = 版本类型
field-publisher = 出版方
field-year = 年份
field-reference = 标准编号
field-committee = 委员会
field-published = 发布日期
field-edition = 版次
field-stage = 阶段代码
field-last-confirmed = 最近确认日期
field-membership = 成员资格
choice-unknown = 不详
degree-idt = IDT：等同
degree-mod = MOD：修改
degree-neq = NEQ：非等效
method-endorsement = 认可法
method-cover-sheet = 封面法
method-reprint = 完全重印法
method-translation = 翻译法
method-redraft = 重新起草法
confidence-high = 高
confidence-medium-high = 中高
confidence-medium = 中
confidence-low = 低
adoption-state-adopted = 已采用
adoption-state-in-progress = 正在采用
adoption-state-not-adopted = 未采用
date-hint = 可填写年、年月或年月日：2017、2017-04 或 2017-04-19。

## Coordinators' forms
edit-adoption-link = 编辑采用记录
edit-adoption-for = 编辑{ $country }的采用记录
adoption-edit-title = { $reference } 在{ $country }的采用情况
adoption-edit-intro = 请记录该机构对该标准采取的做法。没有来源说明的字段请留空。下方的来源和日期适用于整条记录，并将记入其修改历史。
edit-translation-link = 编辑
translation-edit-title = { $reference } 的{ $language }版本
translation-edit-intro = 请记录该标准的一个语言版本。下方的来源和日期将记入此记录的修改历史。
edit-standard-link = 编辑标准信息
standard-edit-title = 编辑 { $reference }
standard-edit-intro = 请修改您已核实的信息。下方的来源和日期将记入此记录的修改历史。
edit-membership-link = 编辑成员资格
membership-edit-title = { $body } 在 { $committee } 中的成员资格
membership-edit-intro = 请按照 ISO 委员会页面上的列示，记录该机构是该委员会的P成员（积极成员）还是O成员（观察员）。
record-save = 保存
record-saved = 已保存。此更改已记入该记录的修改历史。
record-history-heading = 此记录的修改历史
edit-error-choice = 请从提供的选项中选择一项。
edit-error-partial-date = 请输入年、年月或年月日（2017、2017-04 或 2017-04-19），且不能是将来的日期。
edit-error-required = 此字段不能为空。
edit-error-language = 请输入语言代码，例如 pt、zh-Hans 或 sr-Latn。

## Every standard ISO publishes (ISO Open Data) and the ones coordinators follow
standards-search-label = 在全部 ISO 标准中查找
standards-search-placeholder = 标准编号、编号、标题中的词语或委员会
standards-search-hint = Quorum 通过 ISO 开放数据掌握 ISO 发布的每一项标准。只有协调员跟踪的标准才有采用情况、信函和复审信息。
standards-followed-heading = 跟踪的标准
standards-results-heading = 查找结果
# $count (number) standards match; $query is what the reader typed.
standards-results-count = { $count ->
    [0] 没有与“{ $query }”匹配的标准。
   *[other] 有 { $count } 项标准与“{ $query }”匹配。
}
# $stage is a harmonized stage code such as 90.93.
standards-result-stage = 阶段 { $stage }
standards-followed-badge = 已跟踪
# $date is a formatted date.
standard-due-by-short = 下次复审截止时间：{ $date }（由 Quorum 推算）
standard-field-type = 类型
standard-field-developed-by = 制定委员会
standard-field-due-by = 下次定期复审截止时间
standard-due-by-derived = 此日期由 Quorum 推算得出，并非 ISO 公布：即发布或上次确认后满五年。ISO 分批发出复审投票，因此投票可能提前开始。
standard-field-iso-languages = ISO 发布的语言版本
standard-field-replaces = 代替的标准
standard-field-replaced-by = 被以下标准代替
standard-iso-page = 该标准在 iso.org 上的页面
standard-not-followed = 协调员未跟踪此标准：Quorum 保存 ISO 发布的相关信息，但不跟踪其采用情况、信函或复审。
standard-follow = 跟踪此标准
standard-unfollow = 停止跟踪
standard-follow-explain = 跟踪后，此标准将加入标准列表，并提供采用情况表、地图、信函和复审跟踪。
standard-unfollow-explain = 其记录会保留；该标准将从标准列表、信函和复审跟踪中移除。

## Figures others publish about a standard, quoted as theirs
standard-claims-heading = 其他来源的说法
# $source is who published the figures, $date when.
standard-claims-by-dated = { $source }（{ $date }）称：
standard-claims-by = { $source } 称：
standard-claim-adopted = { $count ->
   *[other] { $count } 个国家已采用
}
standard-claim-selling = { $count ->
   *[other] { $count } 个国家标准机构销售
}
standard-claim-languages = { $count ->
   *[other] 有 { $count } 种语言版本
}
standard-claims-explain = 这些数字由该来源公布，按原样引用。上文中 Quorum 自己的统计仅依据本页的记录得出，每条记录均注明来源。
