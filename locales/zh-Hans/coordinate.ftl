# Coordinators: the advocacy pipeline, the dashboard and review cycles.

## The advocacy pipeline (coordinators only)
stage-not-contacted = 未联系
stage-contacted = 已联系
stage-replied = 已回复
stage-committed = 已承诺
stage-voted = 已投票
column-stage = 进程阶段
column-owner = 负责人
column-letters = 信函
column-cycle = 复审
owner-nobody = 无人负责
owner-me = 我
review-filter-stage = 进程阶段
review-filter-stage-all = 不限阶段
review-filter-owner = 负责人
review-filter-owner-all = 不限负责人
pipeline-move-heading = 调整进程阶段
pipeline-move-to = 将{ $country }移至“{ $stage }”
pipeline-moved = 进程已更新。
pipeline-heading = 倡导进程
pipeline-intro = 在本次复审中，倡导活动与该机构的进展情况，以及由谁负责与其保持联系。仅协调员可见。
pipeline-letters = { $count ->
   *[other] 投票进行期间，Quorum 共为该机构撰写了 { $count } 封信函。
}
field-pipeline-stage = 进程阶段
field-owner = 负责人
pipeline-save = 保存进程信息
pipeline-notes-heading = 活动记录
pipeline-notes-empty = 尚无记录。
pipeline-noted = 记录已添加。
field-noted-on = 日期（YYYY-MM-DD）
field-note-text = 记录内容
pipeline-note-add = 添加记录
pipeline-note-by = { $date }，{ $who }

## The coordinators' dashboard
nav-coordinate = 协调员工作台
coordinate-title = 协调员工作台
coordinate-cycles-heading = 进行中和已计划的复审
coordinate-cycles-empty = 没有进行中或已计划的复审。
coordinate-closes = 投票于 { $date } 截止
coordinate-stages-label = 各进程阶段的机构数
coordinate-mine-count = { $count ->
   *[other] 您负责 { $count } 个机构
}
coordinate-mine-heading = 我负责的机构
coordinate-mine-empty = 在进行中或已计划的复审中，您尚未负责任何机构。请在某次复审的表格中选择机构，并将自己设为负责人。
coordinate-corrections-heading = 更正报告
coordinate-corrections = { $count ->
   *[other] 有 { $count } 条更正报告等待决定。
}
coordinate-corrections-link = 打开待处理列表
coordinate-signatures = { $count ->
   *[other] 有 { $count } 个公开信联署签名等待核实。
}
coordinate-changes-heading = 最近更改
coordinate-changes-link = 名录的所有更改

## Review cycles
cycle-edit-link = 编辑此复审周期
cycle-edit-title = { $reference } 复审周期 { $cycle }
cycle-edit-intro = 此复审的投票日期、状态，以及委员会作出决定后的结果。日期格式为 YYYY-MM-DD；计划的截止日期可以是将来的日期。
cycle-new-heading = 开始新的复审周期
cycle-new-intro = 复审周期以其标准和投票开始的年份命名，例如 iso-20400-2027。
cycle-new-for = { $reference } 的新复审
cycle-new-year = 投票开始年份
cycle-new-open = 打开表单
field-opens-on = 投票开始
field-closes-on = 投票截止
field-cycle-status = 状态
field-outcome = 结果
outcome-none = 尚未决定
field-decided-on = 决定日期
field-cycle-notes = 备注
edit-error-full-date = 请按 YYYY-MM-DD 格式输入日期。
edit-error-closes-before-opens = 投票截止日期不能早于开始日期。
edit-error-outcome-required = 已决定的复审必须填写结果。
edit-error-outcome-needs-decision = 只有已决定的复审才有结果：请将状态设为“已决定”，或将结果留空。
history-note = { $field }：{ $note }
