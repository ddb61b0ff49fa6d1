## Systematic reviews: cycles, positions, the projected outcome
nav-reviews = 정기검토

reviews-title = 정기검토
reviews-intro = 모든 표준은 발행 또는 마지막 확인 후 늦어도 5년 이내에 검토를 받습니다. 각국 정회원은 확인, 개정, 수정, 폐지 중 하나를 권고하며, 위원회의 P회원은 반드시 투표해야 합니다. 각 기구의 입장을 여기에서 확인할 수 있습니다.
reviews-empty = 아직 기록된 검토가 없습니다.
review-page-title = { $reference } 검토 { $cycle }
review-heading = { $reference } 정기검토
review-cycle-id = 검토 { $cycle }

## Cycle status
review-status-planned = 예정
review-status-open = 투표 진행 중
review-status-closed = 투표 마감, 결정 대기 중
review-status-decided = 결정됨
review-result-heading = 결과
review-result-decided = 이 검토는 결정되었습니다. 예측과 결과를 바꿀 수 있는 기관 목록은 검토가 진행 중일 때만 표시됩니다.
review-result-pending = 투표는 마감되었고 결정은 아직 기록되지 않았습니다.
review-field-status = 현황
review-field-opens = 투표 시작
review-field-closes = 투표 마감
review-field-outcome = 결정
review-field-notes = 메모
review-outcome-confirmed = 확인됨
review-outcome-revised = 개정 예정
review-outcome-withdrawn = 폐지됨
review-outcome-stage = { $outcome }(단계 { $stage }), { $date }
review-days-left = { $days ->
    [0] 투표가 오늘 마감됩니다.
   *[other] 투표 마감까지 { $days }일 남았습니다.
}
review-closed-ago = 투표는 { $date }에 마감되었습니다.

## Positions
position-confirm = 확인
position-revise = 개정
position-amend = 수정
position-withdraw = 폐지
position-abstain = 기권
position-none = 아직 입장 없음
kind-intention = 밝힌 의향
kind-vote = 투표 완료
kind-result = 공표된 결과
voter-obliged = P회원: 투표 의무 있음
voter-optional = 정회원: 투표 가능
voter-non-voting = 투표하지 않음

## Tally
tally-heading = 각 기구의 입장
tally-intro = 각 기구에 대해 가장 최근에 기록된 입장입니다. 위원회의 P회원은 반드시 투표해야 하고, 그 밖의 정회원은 투표할 수 있으며, 준회원과 간행물회원은 투표하지 않습니다.
tally-position = 입장
tally-obliged = P회원
tally-optional = 그 밖의 정회원
tally-non-voting = 투표하지 않는 회원

## The projection
projection-heading = 예상 결과
projection-disclaimer = 결정은 위원회가 내립니다. 이 예측은 여기에 기록된 입장을 바탕으로 아래 규칙에 따라 추정한 것이며, 실제 결과가 아닙니다.
projection-outcome-confirm = 확인
projection-outcome-revise = 개정
projection-outcome-amend = 수정
projection-outcome-withdraw = 폐지
projection-outcome-committee = 위원회가 결정
projection-low-usage = 이 표준을 채택한 나라는 { $usage }개국으로 { $threshold }개국에 못 미치므로, 투표 결과와 관계없이 폐지될 가능성이 높습니다.
projection-majority = { $margin ->
   *[other] 투표한 P회원 사이에서 { $margin }표 차로 앞서 있습니다.
}
projection-tie = 투표한 P회원의 표가 똑같이 갈렸습니다.
projection-no-majority = 아직 P회원 표의 과반수를 얻은 결과가 없습니다.
projection-undecided = { $count ->
   *[other] P회원 { $count }곳의 입장이 기록되어 있지 않습니다.
}
projection-rules = 규칙: { $threshold }개국 미만에서 채택된 표준은 폐지 후보가 됩니다. 그렇지 않으면 투표한 P회원의 단순 과반수로 결정하며, 기권은 계산에 넣지 않습니다. 동수이면 위원회가 결정합니다.
projection-outcome-not-enough = 결과를 예측할 기록이 부족합니다
projection-usage-unknown = 채택 기록은 { $usage }건이고 { $bodies }개 기관 중 { $unknown }개 기관은 알 수 없습니다. 표준을 사용하는 나라가 { $threshold }개국 미만인지 기록으로 판단할 수 없으므로 아직 어떤 규칙도 적용할 수 없습니다.
projection-votes-unknown = P 회원 { $obliged }개 기관 중 { $undecided }개 기관은 입장이 기록되지 않았으며 아직 다수를 바꿀 수 있습니다.
projection-voters-unknown = 위원회의 P 회원이 기록되지 않아 누가 투표해야 하는지 기록으로는 알 수 없습니다.

## Swing list
swing-heading = 아직 결과를 바꿀 수 있는 기구
swing-intro = 최종 입장이 정해지지 않은 P회원입니다. '확인'에 투표할 때 결과를 가장 크게 바꾸는 기구부터 표시합니다.
swing-empty = 기록상 입장이 아직 바뀔 수 있는 P회원은 없습니다.
swing-decisive = 결정적: 이 기구의 한 표만으로 예상 결과가 '확인'이 됩니다.
swing-gain = { $gain ->
   *[other] '확인'에 투표하면 '확인'의 우세 폭이 { $gain }표 늘어납니다.
}

## Table and map
review-table-heading = 전체 기구
review-table-caption = 이번 검토에서 기구별로 가장 최근에 기록된 입장과 그 출처입니다.
column-voter = 투표 자격
column-position = 입장
column-kind = 유형
review-map-description = 세계 지도: 각 국가는 검토 { $cycle }에서 해당 기구가 가장 최근에 밝힌 입장에 따라 색으로 구분됩니다. 국가를 선택하면 해당 기구의 페이지가 열립니다. 아래 표에도 같은 정보가 있습니다.

## On a body's page
body-reviews-heading = 정기검토
body-reviews-empty = 어느 검토에도 이 기구의 입장이 기록되어 있지 않습니다.
body-review-position = { $date }: { $position }({ $kind })

## Coordinators record positions
edit-position-link = 입장 기록
edit-position-for = { $country } 입장 기록
position-edit-title = 검토 { $cycle }: { $country }의 입장
position-edit-intro = 이 기구의 입장에 관해 알게 된 내용을 기록하세요. 밝힌 의향, 투표 내용, 공표된 결과 중 하나입니다. 이전 입장은 이력에 남으며, 날짜가 가장 최근인 입장이 유효합니다.
field-position = 입장
field-kind-position = 정보 유형
field-confidence-position = 신뢰도
position-save = 입장 기록
position-recorded = 입장을 기록했습니다.
position-history-heading = 이번 검토에서 기록된 입장
position-history-empty = 아직 기록된 입장이 없습니다.
position-conflict = 그사이 다른 사람이 이 기구의 더 최근 입장을 기록했습니다: { $position }. 기록하기 전에 확인하세요.

## Filters of the review page
review-filter-position = 입장
review-filter-position-all = 모든 입장
review-filter-voter = 투표 자격
review-filter-voter-all = 전체
review-showing = { $total ->
   *[other] 기구 { $total }곳 중 { $shown }곳이 필터와 일치합니다.
}

review-voters-board = 이 표준은 ISO 기술관리이사회(ISO/TMBG)가 직접 소관하며, 기술관리이사회에는 등록된 P회원이 없습니다. Quorum은 이러한 검토 투표에 ISO가 적용하는 규칙을 찾지 못했으므로 모든 정회원을 투표 대상으로 집계합니다.

## The ballot radar: reviews running now and due in the next twelve months
radar-title = 투표 레이더
radar-intro = ISO가 발행하는 모든 표준을 대상으로, 현재 진행 중인 정기검토와 앞으로 12개월 안에 다음 검토 기한이 도래하는 표준을 투표 의무가 있는 기구 수와 함께 보여 줍니다.
radar-filter-committee = 위원회
radar-filter-ics = ICS 분야
radar-filter-scope = 표준
radar-scope-all = 모든 표준
radar-scope-followed = 추적 중인 표준만
radar-apply = 보기
# $count (number) reviews; $until is a formatted date.
radar-count = { $count ->
    [0] 진행 중이거나 { $until } 이전에 기한이 도래하는 검토가 없습니다.
   *[other] 진행 중이거나 { $until } 이전에 기한이 도래하는 검토가 { $count }건 있습니다.
}
radar-derived-note = '기한' 날짜는 ISO가 공표한 것이 아니라 Quorum이 산출한 것으로, 발행 또는 마지막 확인 후 5년이 되는 시점입니다. ISO는 검토 투표를 일괄 발송하므로 투표가 이보다 일찍 시작될 수 있습니다.
# The radar as a calendar feed (/api/v1/reviews/upcoming.ics): its name, and each event's
# summary and description. $reference: ISO 20400:2017; $title: the standard's title; $date: a formatted date.
radar-ics-calendar = Quorum: 투표 레이더
radar-ics-closes = { $reference }: 정기검토 투표 마감
radar-ics-closes-detail = { $title } — 투표는 { $date }에 마감됩니다.
radar-ics-due = { $reference }: 정기검토 기한(Quorum 산출)
radar-ics-due-detail = { $title } — 발행 또는 마지막 확인 후 5년이 되는 시점이 기한입니다. ISO가 공표한 것이 아니라 Quorum이 산출한 날짜입니다.
radar-json = JSON
radar-csv = CSV
radar-calendar = 캘린더(iCalendar)
radar-col-standard = 표준
radar-col-committee = 위원회
radar-col-what = 검토
radar-col-date = 날짜
radar-col-voters = 투표 의무 기구
radar-running = 투표 진행 중(마감)
radar-due = 기한(Quorum 산출)
radar-closes-unknown = 마감일 기록 없음
radar-voters-every = 모든 정회원
radar-link = 투표 레이더: 진행 중이거나 앞으로 12개월 안에 기한이 도래하는 모든 검토
# $body is a body's two-letter code.
radar-for-body = { $body }에 투표 의무가 있는 검토만 표시합니다.

## A body's page: the ballots it must vote in
body-ballots-heading = 다가오는 투표
body-ballots-none = 기록상 이 기구에 투표 의무가 있는 검토 중 현재 진행 중이거나 앞으로 12개월 안에 기한이 도래하는 검토는 없습니다.
# $count is a number.
body-ballots-count = { $count ->
   *[other] 이 기구에 투표 의무가 있는 검토 중 현재 진행 중이거나 앞으로 12개월 안에 기한이 도래하는 검토가 { $count }건 있습니다:
}
# $date is a formatted date.
body-ballot-closes = 투표 마감: { $date }
body-ballot-running = 투표 진행 중(마감일 기록 없음)
body-ballot-due = 기한: { $date }(Quorum 산출)
body-ballots-all = 투표 레이더에서 모두 보기
