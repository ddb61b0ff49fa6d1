# /import: coordinators import spreadsheets (CSV).
nav-import = 导入电子表格
import-title = 导入电子表格
import-intro = 上传包含机构、采用情况或复审立场的 CSV 文件。起初不会写入任何内容：您会逐行看到该文件将添加、更改或保持不变的内容，并看到每一条被拒绝的行及其行号和原因。只有在没有任何行被拒绝时，您才能确认；届时整个文件要么一次性全部写入，要么全部不写入。每项更改都会连同您的账户和该文件记入修改历史。
import-limits = 文件大小不超过 { $megabytes } MB，行数不超过 { $rows } 行，须为 UTF-8 编码并带有标题行。导入功能无法识别的列将被忽略。
import-kind-bodies = 机构
import-kind-adoptions = 采用情况
import-kind-positions = 复审立场
import-columns-bodies = 每个机构一行，以其国家/地区代码（alpha2）标识。只比较文件中出现的列；更改的值需要注明来源及其日期（source 和 as_of，或按字段分别填写 acronym_source 和 acronym_as_of…）。名录的导出文件即采用此格式。
import-columns-adoptions = 每项标准与每个机构各占一行。status 取值为 adopted、in_progress、not_adopted 或 unknown（在导出文件中，该值位于 record_status 列）；degree 取值为 IDT、MOD 或 NEQ；日期格式为 2017、2017-04 或 2017-04-19。更改需要填写 source 和 as_of。
import-columns-positions = 每个复审周期与每个机构各占一行。position 取值为 confirm、revise、amend、withdraw、abstain 或 none；kind 取值为 intention、vote 或 result；confidence 取值为 high、medium-high、medium 或 low。每个不同的立场都会添加到该机构的历史记录中。
import-template = 下载模板
import-export-current = 下载当前数据
import-file-label = CSV 文件
import-upload = 检查文件
import-error-too-large = 文件大小超过上限。
import-error-too-many-rows = 文件行数超过上限。
import-error-encoding = 该文件不是 UTF-8 文本。请将其另存为“CSV UTF-8”格式后重新上传。
import-error-csv = 无法将该文件读取为 CSV（是否有未闭合的引号？）。
import-error-empty = 该文件中没有可导入的行。
import-error-missing-column = 文件中没有“{ $column }”列，而此类导入需要该列。
import-error-separator = 该文件的列未使用逗号、分号或制表符分隔，因此其标题行被读取为一列。请将其重新保存为 CSV 格式（以逗号或分号分隔）后上传。
import-error-choice = 此处不允许使用该值。请使用以下值之一：{ $detail }（不区分大小写）。
import-error-kind = 请选择文件包含的内容：机构、采用情况或复审立场。
import-error-unknown-country = 没有使用此国家/地区代码的机构。
import-error-duplicate = 文件中前面已有一行指向同一条记录。
import-error-unknown-standard = 没有使用此标识（slug）的跟踪标准。
import-error-unknown-cycle = 没有使用此标识（slug）的复审周期。
import-error-applied = 此文件已经导入过。
import-error-changed = 自生成此预览以来，记录已发生变化。请先查看下方的新预览，再进行确认。
import-error-nothing = 没有可导入的内容：有行被拒绝，或者不会产生任何更改。
import-preview-title = 导入 { $file }
import-count-add = { $count ->
   *[other] { $count } 行新增记录
}
import-count-change = { $count ->
   *[other] { $count } 行更改记录
}
import-count-same = { $count ->
   *[other] { $count } 行的记录保持不变
}
import-count-refused = { $count ->
   *[other] { $count } 行被拒绝
}
import-refused-notice = 部分行被拒绝，因此无法导入任何内容。请在文件中修正这些行，然后重新上传。
import-nothing-notice = 该文件不会带来任何更改。
import-confirm-intro = 目前尚未写入任何内容。确认后，下方所有更改将一次性写入。
import-confirm = { $count ->
   *[other] 导入 { $count } 行
}
import-applied = 已于 { $date } 导入。
import-column-line = 行号
import-column-record = 记录
import-column-action = 处理方式
import-column-details = 详情
import-action-add = 新增
import-action-change = 更改
import-action-same = 保持不变
import-action-refused = 已拒绝
import-rows-more = { $count ->
   *[other] 另有 { $count } 行未列出。
}
import-again = 上传其他文件
import-running = 正在写入导入：已写 { $done } 行，共 { $total } 行…
import-running-start = 正在写入导入…
import-error-storage = 无法保存该文件，未导入任何内容。请重试。

## ISO Open Data files (admins)
import-iso-heading = ISO 开放数据
import-iso-intro = ISO 以开放数据（ODC-By）形式发布其委员会（包括各委员会的P成员和O成员）及其全部出版物。请按 ISO 发布时的原样上传其文件，CSV 或 JSON Lines 格式均可，经过或未经 gzip 压缩皆可：Quorum 会先检查文件，显示将添加、更改和保持不变的内容，待您确认后再写入。每个值都会保留来源“ISO Open Data, <数据集>, <日期>”。
# $megabytes is a number.
import-iso-limits = 文件大小不超过 { $megabytes } MB。
import-iso-dataset = 数据集
import-iso-committees = 委员会（iso_technical_committees）
import-iso-deliverables = 出版物（iso_deliverables_metadata）
import-iso-date = 文件日期
import-iso-check = 上传并检查
import-iso-error-dataset = 请选择该文件属于 ISO 的哪个数据集。
import-iso-error-format = 与 ISO 的文件一样，文件名必须以 .csv 或 .jsonl（或 .csv.gz、.jsonl.gz）结尾。
import-iso-error-date = 文件日期不是有效的日期。
import-iso-error-gone = 已上传的文件已不在服务器上（服务器已重启）。请重新上传。
import-iso-error-changed = 无法写入该文件：部分行无法读取。未写入任何内容。
import-iso-checking = 正在检查文件…
import-iso-writing = 正在写入记录…
import-iso-applied = 已写入。所有更改均已记入修改历史。
# $count is a number; $source names the dataset and date.
import-iso-read = 已读取 { $count } 条记录（{ $source }）。
import-iso-problems = 部分行无法读取，因此无法写入任何内容。请修正文件后重新上传：
# $line is a line number of the file.
import-iso-problem = 第 { $line } 行：

## Why a line of an ISO Open Data file cannot be read. $column, $columns, $ids and
## $acronyms are the file's own column names (title.en, pMembers.id…), quoted as they are;
## $cell is the value found, cut short; $detail is the file reader's own words (English).
iso-line-unreadable = 从此行起无法读取文件：{ $detail }
iso-line-too-long = 该行超过 { $bytes } 字节。
iso-line-not-number = “{ $column }”应为整数，而不是“{ $cell }”。
iso-line-not-list = “{ $column }”应为用方括号括起的列表，而不是“{ $cell }”。
iso-line-missing-columns = 表头中没有 { $columns } 列。
iso-line-cell-count = 该记录有 { $count } 个单元格，而表头有 { $expected } 个。
iso-line-not-utf8 = 该记录不是有效的 UTF-8。
iso-line-csv = 无法将该记录作为 CSV 读取：{ $detail }
iso-line-unpaired = “{ $ids }”有 { $ids_count } 项，而“{ $acronyms }”有 { $acronyms_count } 项，因此无法一一配对。
iso-line-bad-id = ID 应为正数，而不是 { $cell }。
iso-line-no-id = 该记录没有 ID。
iso-line-no-reference = 该记录没有编号。
iso-line-no-status = 该委员会没有状态。
iso-line-reference = 编号“{ $cell }”中没有任何字母或数字。
iso-line-stage-format = “currentStage”应为 9093 或 90.93 这样的阶段代码，而不是“{ $cell }”。
iso-line-unknown-stage = “currentStage”的值 { $cell } 不是阶段代码。
iso-line-date = “publicationDate”应为 2017-04-21 这样的日期，而不是“{ $cell }”。
iso-line-not-committee = 该行不是 ISO 所发布格式的委员会数据：{ $detail }（第 { $column } 列）。
iso-line-not-deliverable = 该行不是 ISO 所发布格式的出版物数据：{ $detail }（第 { $column } 列）。
import-iso-records = 记录
import-iso-added = 新增
import-iso-changed = 更改
import-iso-same = 未变
import-iso-row-committees = 委员会
import-iso-row-memberships = 委员会成员资格
import-iso-row-standards = 标准
# $count is a number.
import-iso-unmatched = { $count ->
    [0] 列出的每个成员都与名录中的某个机构相匹配。
   *[other] 有 { $count } 个成员编号与名录中的任何机构都不匹配；请查看未匹配的 ISO 成员。
}
# $opened and $closed are numbers.
import-iso-reviews = 已开启的复审周期：{ $opened } 个；已结束或已决定的复审周期：{ $closed } 个。
import-iso-confirm-intro = 整个文件将在一个事务中写入：要么全部写入，要么全部不写入。
import-iso-confirm = 导入这些记录

## ISO member ids that match no body (admins)
unmatched-title = 未匹配的 ISO 成员
unmatched-intro = ISO 的委员会数据列出了这些成员编号，但名录中没有任何机构带有这些编号。请创建成员编号所属国家/地区的机构（或将该编号添加到现有机构的记录中）：其委员会成员资格将立即记录下来，并以委员会文件作为来源。
unmatched-none = 委员会数据中的每个成员编号都与名录中的某个机构相匹配。
# $id is ISO's member id.
unmatched-id = ISO 成员编号 { $id }
# $p and $o are numbers of committees.
unmatched-counts = 在 { $p } 个委员会中为P成员，在 { $o } 个委员会中为O成员：
unmatched-country = 国家/地区
unmatched-country-choose = 选择国家/地区（仅限尚无机构的国家/地区）
unmatched-create = 创建该机构及其成员资格
unmatched-error-country = 请选择该机构所属的国家/地区。
unmatched-error-taken = 该国家/地区已有机构；请改为将成员编号添加到该机构的记录中。
unmatched-link = 未匹配的 ISO 成员
