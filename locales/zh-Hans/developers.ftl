# /developers: the open data API.
nav-developers = 开放数据和 API
developers-title = 开放数据和 API
developers-intro = Quorum 向公众展示的所有内容都可由程序读取：机构、标准、国家采用、语言版本、复审、立场和信函。无需密钥，无需登录。每项数据都附有来源和核实日期。
developers-openapi = OpenAPI 文档（openapi.json）
developers-endpoints-heading = 端点
developers-column-path = 路径
developers-column-what = 提供的内容
developers-column-example = 示例
developers-nsbs = 所有国家标准机构及其联系方式，每项信息均附来源；支持与名录相同的筛选条件（q、category、region、sort），分页返回。
developers-nsb = 按国家/地区代码获取单个机构。
developers-nsbs-csv = 以电子表格形式提供上述机构，每个字段后附其来源和日期。
developers-standards = 所跟踪的标准及其基本信息、采用数量和语言版本。
developers-standard = 单项标准；加上 .csv 即可获取电子表格。
developers-adoptions = 各机构对该标准的采用情况，筛选方式与标准页面相同（status、category、region、sort），分页返回。
developers-adoptions-csv = 以电子表格形式提供上述采用情况。
developers-translations = 该标准的语言版本（名称、类型、出版方、年份、来源）；加上 .csv 即可获取电子表格。
developers-reviews = 所有定期复审周期及其日期、状态和结果。
developers-review = 单次复审：按立场和投票资格的统计、预计结果，以及仍可改变结果的P成员名单。
developers-positions = 各机构在该复审中的最新立场，筛选方式与复审页面相同（position、voter、category、region），分页返回。
developers-positions-csv = 以电子表格形式提供上述立场。
developers-letters = 致某一机构的信函，可使用该机构的语言或任何其他语言，可直接发送。
developers-conventions-heading = API 的响应方式
developers-envelope = JSON 响应是一个对象：数据位于 "data" 下，署名信息位于 "licence" 下，可能增长的列表还会在 "pagination" 下给出分页信息。电子表格的每一行末尾都有一个许可列。
developers-paging = 列表每页 50 条：用 page=2 请求其他页，用 per_page=500 每页最多获取 500 条。超出末尾的页面为空；页码或每页条数不是有效范围内的数字时，请求将被拒绝。
developers-filters = 筛选条件的取值与各页面地址中的相同，因此只需复制已筛选页面的查询字符串，即可将其变为下载链接。
developers-errors = 错误以 "error" 对象返回，其中包含 "code" 和 "message"，并附带相应的状态码（400、404…）；错误信息使用您的 Accept-Language 请求头所指定的语言。
developers-caching = 每个响应都带有 ETag 和 Last-Modified 日期：在 If-None-Match 或 If-Modified-Since 中将其回传，若内容未变，将返回 304 Not Modified，且不含响应正文。
developers-cors = 任何网站都可以在浏览器中读取该 API（CORS 对 GET 开放）。
developers-licence-heading = 许可与署名
developers-licence = Quorum 的数据来自多个来源，各自适用其条款；每项数据都注明了来源。重复使用时，请注明 Quorum 和相应来源：
developers-open-letters = 本运动已发布的公开信及其语言版本。
developers-open-letter = 一封公开信：按所选语言（lang）、与另一语言并排（second），或致某一机构（nsb）。
developers-translations-api = Quorum 使用的所有语言：用于界面还是仅用于信函、覆盖了多少英文原文、信函的审校状态，以及首先以该语言致函的成员国。

## /developers/translations
languages-title = 翻译
languages-intro = Quorum 的页面以界面语言提供；信函则以更多语言撰写。每种语言的信函先起草，再由母语人士通读并修改，其姓名列于此处。任何人都可以参与：源代码中的 locales/README.md 说明了参与方式。
languages-list-heading = 语言
languages-column-language = 语言
languages-column-kind = 用途
languages-column-letters = 信函文本
languages-column-interface = 界面
languages-column-review = 信函审校
languages-column-countries = 首先以该语言致函的成员国
languages-kind-interface = 页面和信函
languages-kind-letters = 信函
# $done of $total messages translated.
languages-share = { $done }/{ $total }
languages-status-source = 原文
languages-status-drafted = 尚未经母语人士审校
# $who: the reviewer's name; $date: when.
languages-status-reviewed = 由 { $who } 于 { $date } 审校
languages-uncovered-heading = 仍以英文致函的国家
languages-uncovered-intro = 这些成员国的第一语言尚无信函，因此致这些国家的信函以英文撰写，并附有说明：
languages-uncovered-none = 无：每个成员国都能收到以其第一语言撰写的信函。

## The embeddable widget (/embed/write) and its snippet on /developers.
embed-title = 致函您所在国家的国家标准机构
embed-lead = 请选择您所在的国家/地区：Quorum 将以当地标准机构使用的语言，为您起草一封致该机构的正式信函，可直接发送。
embed-country = 您所在的国家/地区
embed-choose = 请选择您所在的国家/地区
embed-write = 撰写信函
embed-by = Quorum：谁在决定国际标准，以及如何联系他们
developers-embed-heading = 在您的网站上放置“致函标准机构”
developers-embed-intro = 将这段代码片段复制到您网站的某个页面中。它会以您通过 lang= 设置的语言（en、fr、pt…）显示国家/地区列表，并在新标签页中打开 Quorum 的信函撰写页面。这是唯一允许其他网站以框架嵌入的 Quorum 页面；它不设置 Cookie，也不运行任何脚本。
developers-embed-preview = 效果预览：
developers-embed-copy = 复制代码片段
developers-embed-copied = 代码片段已复制
developers-embed-frame-title = 致函您所在国家的国家标准机构（Quorum）
