## Systematic reviews: cycles, positions, the projected outcome
nav-reviews = 复审

reviews-title = 定期复审
reviews-intro = 每项标准最迟在发布或上次确认满五年时接受复审。各国成员团体建议对标准予以确认、修订、修改或废止；委员会的P成员必须投票。各机构的立场见本页。
reviews-empty = 尚未记录任何复审。
review-page-title = { $reference } 复审 { $cycle }
review-heading = { $reference } 的定期复审
review-cycle-id = 复审 { $cycle }

## Cycle status
review-status-planned = 已计划
review-status-open = 投票进行中
review-status-closed = 投票已截止，尚待决定
review-status-decided = 已决定
review-result-heading = 结果
review-result-decided = 此次复审已有决定。预测和可改变结果者名单只在复审进行期间显示。
review-result-pending = 投票已结束，决定尚未记录。
review-field-status = 状态
review-field-opens = 投票开始
review-field-closes = 投票截止
review-field-outcome = 决定
review-field-notes = 备注
review-outcome-confirmed = 已确认
review-outcome-revised = 待修订
review-outcome-withdrawn = 已废止
review-outcome-stage = { $outcome }（阶段 { $stage }），{ $date }
review-days-left = { $days ->
    [0] 投票今天截止。
   *[other] 距投票截止还有 { $days } 天。
}
review-closed-ago = 投票已于 { $date } 截止。

## Positions
position-confirm = 确认
position-revise = 修订
position-amend = 修改
position-withdraw = 废止
position-abstain = 弃权
position-none = 尚无立场
kind-intention = 表明的意向
kind-vote = 已投票
kind-result = 公布的结果
voter-obliged = P成员：必须投票
voter-optional = 成员团体：可以投票
voter-non-voting = 不投票

## Tally
tally-heading = 各机构的立场
tally-intro = 各机构最近一次记录的立场。委员会的P成员必须投票；其他成员团体可以投票；通讯成员和注册成员不投票。
tally-position = 立场
tally-obliged = P成员
tally-optional = 其他成员团体
tally-non-voting = 无投票权的成员

## The projection
projection-heading = 预计结果
projection-disclaimer = 最终由委员会决定。本预测是根据此处记录的立场、按下述规则作出的估计，并非正式结果。
projection-outcome-confirm = 确认
projection-outcome-revise = 修订
projection-outcome-amend = 修改
projection-outcome-withdraw = 废止
projection-outcome-committee = 由委员会决定
projection-low-usage = 采用该标准的国家有 { $usage } 个，少于 { $threshold } 个：无论投票结果如何，该标准都很可能被废止。
projection-majority = { $margin ->
   *[other] 在已投票的P成员中领先 { $margin } 票。
}
projection-tie = 已投票的P成员票数持平。
projection-no-majority = 目前还没有任何结果获得P成员的多数票。
projection-undecided = { $count ->
   *[other] 有 { $count } 个P成员尚无记录的立场。
}
projection-rules = 规则：采用国家少于 { $threshold } 个的标准列为废止候选；否则由参加投票的P成员以简单多数决定，弃权不计；票数相同时由委员会决定。
projection-outcome-not-enough = 记录不足，无法预测结果
projection-usage-unknown = 已记录 { $usage } 项采用，{ $bodies } 个机构中有 { $unknown } 个情况不明：记录无法说明使用该标准的国家是否少于 { $threshold } 个，因此暂时无法适用任何规则。
projection-votes-unknown = { $obliged } 个 P 成员中有 { $undecided } 个没有记录立场，仍可能改变多数。
projection-voters-unknown = 没有记录委员会的任何 P 成员，因此记录无法说明谁必须投票。

## Swing list
swing-heading = 谁仍能改变结果
swing-intro = 尚未确定最终立场的P成员，按其投票确认对结果影响的大小排列，影响最大的在前。
swing-empty = 根据现有记录，没有哪个P成员的立场仍可能改变。
swing-decisive = 关键一票：仅凭其一票，预计结果即变为确认。
swing-gain = { $gain ->
   *[other] 投一票确认可使确认的领先优势增加 { $gain } 票。
}

## Table and map
review-table-heading = 所有机构
review-table-caption = 本次复审中各机构最近一次记录的立场及其来源。
column-voter = 投票资格
column-position = 立场
column-kind = 类型
review-map-description = 世界地图：各国家/地区按其标准机构在复审 { $cycle } 中的最新立场着色。选择一个国家/地区即可打开其标准机构的页面；下方表格包含相同的信息。

## On a body's page
body-reviews-heading = 定期复审
body-reviews-empty = 该机构在任何复审中均无立场记录。
body-review-position = { $date }：{ $position }（{ $kind }）

## Coordinators record positions
edit-position-link = 记录立场
edit-position-for = 记录{ $country }的立场
position-edit-title = { $country } 在复审 { $cycle } 中的立场
position-edit-intro = 请记录您所了解的该机构立场：其表示将采取的做法、所投的票或公布的结果。以往的立场会保留在历史记录中，以日期最新者为准。
field-position = 立场
field-kind-position = 信息类型
field-confidence-position = 可信度
position-save = 记录立场
position-recorded = 立场已记录。
position-history-heading = 本次复审中记录的立场
position-history-empty = 尚未记录任何立场。
position-conflict = 在此期间，有人为该机构记录了更新的立场：{ $position }。请先核对，再进行记录。

## Filters of the review page
review-filter-position = 立场
review-filter-position-all = 所有立场
review-filter-voter = 投票资格
review-filter-voter-all = 全部
review-showing = { $total ->
   *[other] 共 { $total } 个机构，其中 { $shown } 个符合筛选条件。
}

review-voters-board = 该标准由 ISO 技术管理局（ISO/TMBG）直接负责，该局未列出任何P成员。Quorum 尚未找到 ISO 对此类复审投票适用的规则，因此将所有成员团体都计为投票方。

## The ballot radar: reviews running now and due in the next twelve months
radar-title = 投票雷达
radar-intro = 涵盖 ISO 发布的全部标准：先列出正在进行的定期复审，再列出下次复审将在未来十二个月内到期的标准，并注明每项标准负有投票义务的机构数量。
radar-filter-committee = 委员会
radar-filter-ics = ICS 领域
radar-filter-scope = 标准
radar-scope-all = 全部标准
radar-scope-followed = 仅限跟踪的标准
radar-apply = 显示
# $count (number) reviews; $until is a formatted date.
radar-count = { $count ->
    [0] 没有正在进行或在 { $until } 之前到期的复审。
   *[other] 有 { $count } 项复审正在进行或在 { $until } 之前到期。
}
radar-derived-note = “截止时间”由 Quorum 推算得出，并非 ISO 公布：即发布或上次确认后满五年。ISO 分批发出复审投票，因此投票可能提前开始。
# The radar as a calendar feed (/api/v1/reviews/upcoming.ics): its name, and each event's
# summary and description. $reference: ISO 20400:2017; $title: the standard's title; $date: a formatted date.
radar-ics-calendar = Quorum：投票雷达
radar-ics-closes = { $reference }：定期复审投票截止
radar-ics-closes-detail = { $title }——投票将于 { $date } 截止。
radar-ics-due = { $reference }：定期复审截止时间（由 Quorum 推算）
radar-ics-due-detail = { $title }——截止时间为发布或上次确认后满五年，由 Quorum 推算得出，并非 ISO 公布。
radar-json = JSON
radar-csv = CSV
radar-calendar = 日历（iCalendar）
radar-col-standard = 标准
radar-col-committee = 委员会
radar-col-what = 复审
radar-col-date = 日期
radar-col-voters = 须投票的机构
radar-running = 投票进行中（截止）
radar-due = 截止时间（由 Quorum 推算）
radar-closes-unknown = 截止日期未记录
radar-voters-every = 所有成员团体
radar-link = 投票雷达：所有正在进行或将在未来十二个月内到期的复审
# $body is a body's two-letter code.
radar-for-body = 仅显示 { $body } 必须投票的复审。

## A body's page: the ballots it must vote in
body-ballots-heading = 即将进行的投票
body-ballots-none = 根据现有记录，没有该机构必须投票、且正在进行或将在未来十二个月内到期的复审。
# $count is a number.
body-ballots-count = { $count ->
   *[other] 有 { $count } 项该机构必须投票的复审正在进行或将在未来十二个月内到期：
}
# $date is a formatted date.
body-ballot-closes = 投票于 { $date } 截止
body-ballot-running = 投票进行中（截止日期未记录）
body-ballot-due = 截止时间：{ $date }（由 Quorum 推算）
body-ballots-all = 在投票雷达上查看全部
