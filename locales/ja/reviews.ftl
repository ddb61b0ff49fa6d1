## Systematic reviews: cycles, positions, the projected outcome
nav-reviews = 定期見直し

reviews-title = 定期見直し
reviews-intro = すべての規格は、発行または前回の確認から遅くとも5年以内に見直されます。各国の正会員は確認・改正・修正・廃止のいずれかを推奨し、委員会のPメンバーは投票しなければなりません。各機関の立場をここに示します。
reviews-empty = 記録されている見直しはまだありません。
review-page-title = { $reference }の見直し { $cycle }
review-heading = { $reference }の定期見直し
review-cycle-id = 見直し { $cycle }

## Cycle status
review-status-planned = 予定
review-status-open = 投票受付中
review-status-closed = 投票終了、決定待ち
review-status-decided = 決定済み
review-result-heading = 結果
review-result-decided = この見直しは決定済みです。予測と結果を変えうる機関の一覧は、見直しが開いている間だけ表示されます。
review-result-pending = 投票は締め切られましたが、決定はまだ記録されていません。
review-field-status = 状況
review-field-opens = 投票開始
review-field-closes = 投票締切
review-field-outcome = 決定
review-field-notes = 備考
review-outcome-confirmed = 確認
review-outcome-revised = 改正予定
review-outcome-withdrawn = 廃止
review-outcome-stage = { $outcome }（段階 { $stage }）、{ $date }
review-days-left = { $days ->
    [0] 投票は本日締め切られます。
   *[other] 投票締切まであと{ $days }日です。
}
review-closed-ago = 投票は{ $date }に締め切られました。

## Positions
position-confirm = 確認
position-revise = 改正
position-amend = 修正
position-withdraw = 廃止
position-abstain = 棄権
position-none = 未表明
kind-intention = 表明された意向
kind-vote = 投票済み
kind-result = 公表された結果
voter-obliged = Pメンバー：投票義務あり
voter-optional = 正会員：投票可能
voter-non-voting = 投票しない

## Tally
tally-heading = 各機関の立場
tally-intro = 各機関について最後に記録された立場です。委員会のPメンバーは投票しなければならず、その他の正会員は投票できます。通信会員と購読会員は投票しません。
tally-position = 立場
tally-obliged = Pメンバー
tally-optional = その他の正会員
tally-non-voting = 投票しない会員

## The projection
projection-heading = 予測される結果
projection-disclaimer = 決定するのは委員会です。この予測は、ここに記録された立場から下記のルールに従って算出した推定であり、結果ではありません。
projection-outcome-confirm = 確認
projection-outcome-revise = 改正
projection-outcome-amend = 修正
projection-outcome-withdraw = 廃止
projection-outcome-committee = 委員会が決定
projection-low-usage = この規格を採用している国は{ $usage }か国で、{ $threshold }か国に届きません。投票結果にかかわらず、廃止となる可能性が高いと考えられます。
projection-majority = { $margin ->
   *[other] 投票したPメンバーの間で{ $margin }票差でリードしています。
}
projection-tie = 投票したPメンバーの票は同数に分かれています。
projection-no-majority = Pメンバーの票の過半数を得ている結果はまだありません。
projection-undecided = { $count ->
   *[other] Pメンバー{ $count }機関の立場が記録されていません。
}
projection-rules = ルール：採用国が{ $threshold }か国未満の規格は廃止の候補となります。それ以外の場合は、投票したPメンバーの単純過半数で決まり、棄権は数えません。同数の場合は委員会が決定します。
projection-outcome-not-enough = 結果を予測するには記録が不足しています
projection-usage-unknown = 採用の記録は { $usage } 件で、{ $bodies } 機関のうち { $unknown } 機関は不明です。規格を使う国が { $threshold } か国未満かどうかを記録から判断できないため、まだどの規則も適用できません。
projection-votes-unknown = P メンバー { $obliged } 機関のうち { $undecided } 機関は立場が記録されておらず、まだ多数派を変える可能性があります。
projection-voters-unknown = 委員会の P メンバーが記録されていないため、誰が投票しなければならないかは記録からわかりません。

## Swing list
swing-heading = まだ結果を変えられる機関
swing-intro = 最終的な立場が決まっていないPメンバーです。「確認」に投票した場合に結果を最も大きく変える機関から順に並べています。
swing-empty = 記録を見る限り、立場がまだ変わり得るPメンバーはありません。
swing-decisive = 決定票：この機関の1票だけで、予測される結果が「確認」になります。
swing-gain = { $gain ->
   *[other] この機関が「確認」に投票すると、「確認」のリードが{ $gain }票広がります。
}

## Table and map
review-table-heading = すべての機関
review-table-caption = この見直しで各機関について最後に記録された立場と、その出典。
column-voter = 投票資格
column-position = 立場
column-kind = 種類
review-map-description = 世界地図：各国・地域は、見直し { $cycle } におけるその機関の最新の立場に応じて色分けされています。国・地域を選ぶと、その機関のページが開きます。下の表にも同じ情報があります。

## On a body's page
body-reviews-heading = 定期見直し
body-reviews-empty = この機関の立場は、どの見直しにも記録されていません。
body-review-position = { $date }：{ $position }（{ $kind }）

## Coordinators record positions
edit-position-link = 立場を記録
edit-position-for = { $country } の立場を記録
position-edit-title = 見直し { $cycle } における{ $country }の立場
position-edit-intro = この機関の立場について分かったことを記録してください。表明された意向、投じた票、公表された結果のいずれかです。以前の立場は履歴に残り、日付が最も新しいものが有効になります。
field-position = 立場
field-kind-position = 情報の種類
field-confidence-position = 信頼度
position-save = 立場を記録
position-recorded = 立場を記録しました。
position-history-heading = この見直しで記録された立場
position-history-empty = 記録されている立場はまだありません。
position-conflict = その間に他の方が、この機関のより新しい立場を記録しました：{ $position }。記録する前にご確認ください。

## Filters of the review page
review-filter-position = 立場
review-filter-position-all = すべての立場
review-filter-voter = 投票資格
review-filter-voter-all = すべて
review-showing = { $total ->
   *[other] { $total }機関のうち{ $shown }機関が条件に一致しています。
}

review-voters-board = この規格はISOの技術管理評議会（ISO/TMBG）が直接所管しており、同評議会にはPメンバーが登録されていません。このような見直し投票にISOが適用する規則をQuorumは確認できていないため、すべての正会員を投票者として数えています。

## The ballot radar: reviews running now and due in the next twelve months
radar-title = 投票レーダー
radar-intro = ISOが発行するすべての規格を対象に、現在実施中の定期見直しと、今後12か月以内に次回の見直し期限を迎える規格を、投票義務のある機関の数とともに示します。
radar-filter-committee = 委員会
radar-filter-ics = ICS分野
radar-filter-scope = 規格
radar-scope-all = すべての規格
radar-scope-followed = 追跡中の規格のみ
radar-apply = 表示
# $count (number) reviews; $until is a formatted date.
radar-count = { $count ->
    [0] 実施中の見直しも、{ $until }より前に期限を迎える見直しもありません。
   *[other] 実施中または{ $until }より前に期限を迎える見直しが{ $count }件あります。
}
radar-derived-note = 「期限」の日付はISOが公表したものではなく、Quorumが算出したものです（発行または前回の確認から5年後）。ISOは見直し投票をまとめて送付するため、投票がこれより早く始まることがあります。
# The radar as a calendar feed (/api/v1/reviews/upcoming.ics): its name, and each event's
# summary and description. $reference: ISO 20400:2017; $title: the standard's title; $date: a formatted date.
radar-ics-calendar = Quorum：投票レーダー
radar-ics-closes = { $reference }：定期見直しの投票締切
radar-ics-closes-detail = { $title }（投票締切：{ $date }）
radar-ics-due = { $reference }：定期見直しの期限（Quorumが算出）
radar-ics-due-detail = { $title }（期限は発行または前回の確認から5年後。ISOが公表したものではなく、Quorumが算出したものです）
radar-json = JSON
radar-csv = CSV
radar-calendar = カレンダー（iCalendar）
radar-col-standard = 規格
radar-col-committee = 委員会
radar-col-what = 見直し
radar-col-date = 日付
radar-col-voters = 投票義務のある機関
radar-running = 投票受付中（締切）
radar-due = 期限（Quorumが算出）
radar-closes-unknown = 締切日は未記録
radar-voters-every = すべての正会員
radar-link = 投票レーダー：実施中の見直しと、今後12か月以内に期限を迎える見直しの一覧
# $body is a body's two-letter code.
radar-for-body = { $body }に投票義務がある見直しのみを表示しています。

## A body's page: the ballots it must vote in
body-ballots-heading = 今後の投票
body-ballots-none = 記録を見る限り、この機関に投票義務がある見直しで、現在実施中または今後12か月以内に期限を迎えるものはありません。
# $count is a number.
body-ballots-count = { $count ->
   *[other] この機関に投票義務がある見直しのうち、現在実施中または今後12か月以内に期限を迎えるものが{ $count }件あります：
}
# $date is a formatted date.
body-ballot-closes = 投票締切：{ $date }
body-ballot-running = 投票受付中（締切日は未記録）
body-ballot-due = 期限：{ $date }（Quorumが算出）
body-ballots-all = 投票レーダーですべて見る
