# Coordinators: the advocacy pipeline, the dashboard and review cycles.

## The advocacy pipeline (coordinators only)
stage-not-contacted = 未連絡
stage-contacted = 連絡済み
stage-replied = 返信あり
stage-committed = 確約済み
stage-voted = 投票済み
column-stage = 進捗段階
column-owner = 担当者
column-letters = 書簡
column-cycle = 見直し
owner-nobody = 担当者なし
owner-me = 自分
review-filter-stage = 進捗段階
review-filter-stage-all = すべての段階
review-filter-owner = 担当者
review-filter-owner-all = すべての担当者
pipeline-move-heading = 進捗段階の変更
pipeline-move-to = { $country }を「{ $stage }」に移す
pipeline-moved = 進捗を更新しました。
pipeline-heading = 働きかけの進捗
pipeline-intro = この見直しにおいて、この機関への働きかけがどこまで進んでいるか、また誰が連絡を担当しているかを示します。コーディネーターにのみ表示されます。
pipeline-letters = { $count ->
   *[other] 投票受付期間中に、Quorumでこの機関宛ての書簡が{ $count }通作成されました。
}
field-pipeline-stage = 進捗段階
field-owner = 担当者
pipeline-save = 進捗を保存
pipeline-notes-heading = 活動メモ
pipeline-notes-empty = メモはまだありません。
pipeline-noted = メモを追加しました。
field-noted-on = 日付（YYYY-MM-DD）
field-note-text = メモ
pipeline-note-add = メモを追加
pipeline-note-by = { $date }、{ $who }

## The coordinators' dashboard
nav-coordinate = コーディネーター用ダッシュボード
coordinate-title = コーディネーター用ダッシュボード
coordinate-cycles-heading = 実施中・予定の見直し
coordinate-cycles-empty = 実施中または予定の見直しはありません。
coordinate-closes = 投票締切：{ $date }
coordinate-stages-label = 進捗段階ごとの機関数
coordinate-mine-count = { $count ->
   *[other] あなたの担当：{ $count }機関
}
coordinate-mine-heading = 自分の担当機関
coordinate-mine-empty = 実施中または予定の見直しで、あなたが担当している機関はありません。見直しの表で機関を選び、自分を担当者に設定してください。
coordinate-corrections-heading = 修正報告
coordinate-corrections = { $count ->
   *[other] { $count }件の修正報告が判断を待っています。
}
coordinate-corrections-link = 処理待ちの一覧を開く
coordinate-signatures = { $count ->
   *[other] { $count }件の公開書簡への賛同署名が確認を待っています。
}
coordinate-changes-heading = 最近の変更
coordinate-changes-link = 機関一覧のすべての変更

## Review cycles
cycle-edit-link = この見直しサイクルを編集
cycle-edit-title = { $reference }の見直しサイクル { $cycle }
cycle-edit-intro = この見直しの投票日程と状況、そして委員会の決定後はその結果です。日付はYYYY-MM-DDの形式で入力します。予定の締切日は未来の日付でもかまいません。
cycle-new-heading = 見直しサイクルを開始
cycle-new-intro = サイクルの名前は、対象の規格と投票開始年から付けます（例：iso-20400-2027）。
cycle-new-for = { $reference }の新しい見直し
cycle-new-year = 投票開始年
cycle-new-open = フォームを開く
field-opens-on = 投票開始
field-closes-on = 投票締切
field-cycle-status = 状況
field-outcome = 結果
outcome-none = 未決定
field-decided-on = 決定日
field-cycle-notes = 備考
edit-error-full-date = 日付はYYYY-MM-DDの形式で入力してください。
edit-error-closes-before-opens = 投票の締切を開始より前にすることはできません。
edit-error-outcome-required = 決定済みの見直しには、結果の入力が必要です。
edit-error-outcome-needs-decision = 結果があるのは決定済みの見直しだけです。状況を「決定済み」にするか、結果を空欄のままにしてください。
history-note = { $field }：{ $note }
