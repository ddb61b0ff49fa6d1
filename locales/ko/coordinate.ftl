# Coordinators: the advocacy pipeline, the dashboard and review cycles.

## The advocacy pipeline (coordinators only)
stage-not-contacted = 미연락
stage-contacted = 연락 완료
stage-replied = 회신 받음
stage-committed = 약속 받음
stage-voted = 투표 완료
column-stage = 파이프라인 단계
column-owner = 담당자
column-letters = 서한
column-cycle = 검토
owner-nobody = 없음
owner-me = 나
review-filter-stage = 파이프라인 단계
review-filter-stage-all = 모든 단계
review-filter-owner = 담당자
review-filter-owner-all = 모든 담당자
pipeline-move-heading = 파이프라인 단계 이동
pipeline-move-to = { $country }: '{ $stage }' 단계로 이동
pipeline-moved = 파이프라인을 업데이트했습니다.
pipeline-heading = 옹호 활동 파이프라인
pipeline-intro = 이번 검토에서 이 기구와 관련한 캠페인의 진행 상황과 이 기구와의 연락을 맡은 담당자를 보여 줍니다. 코디네이터만 볼 수 있습니다.
pipeline-letters = { $count ->
   *[other] 투표가 진행되는 동안 Quorum에서 이 기구에 보내는 서한이 { $count }통 작성되었습니다.
}
field-pipeline-stage = 파이프라인 단계
field-owner = 담당자
pipeline-save = 파이프라인 저장
pipeline-notes-heading = 활동 메모
pipeline-notes-empty = 아직 메모가 없습니다.
pipeline-noted = 메모를 추가했습니다.
field-noted-on = 날짜(YYYY-MM-DD)
field-note-text = 메모
pipeline-note-add = 메모 추가
pipeline-note-by = { $date }, { $who }

## The coordinators' dashboard
nav-coordinate = 코디네이터 대시보드
coordinate-title = 코디네이터 대시보드
coordinate-cycles-heading = 진행 중이거나 예정된 검토
coordinate-cycles-empty = 진행 중이거나 예정된 검토가 없습니다.
coordinate-closes = 투표 마감: { $date }
coordinate-stages-label = 파이프라인 단계별 기구 수
coordinate-mine-count = { $count ->
   *[other] 내 담당 기구 { $count }곳
}
coordinate-mine-heading = 내 담당 기구
coordinate-mine-empty = 진행 중이거나 예정된 검토에서 내가 담당하는 기구가 없습니다. 검토 표에서 기구를 선택하고 자신을 담당자로 지정하세요.
coordinate-corrections-heading = 수정 제보
coordinate-corrections = { $count ->
   *[other] 수정 제보 { $count }건이 결정을 기다리고 있습니다.
}
coordinate-corrections-link = 대기 목록 열기
coordinate-signatures = { $count ->
   *[other] 공개서한 서명 { $count }건이 확인을 기다리고 있습니다.
}
coordinate-changes-heading = 최근 변경 사항
coordinate-changes-link = 목록의 모든 변경 사항

## Review cycles
cycle-edit-link = 이 검토 회차 편집
cycle-edit-title = { $reference } 검토 회차 { $cycle }
cycle-edit-intro = 이 검토의 투표 일정과 현황, 그리고 위원회가 결정한 뒤에는 그 결과를 입력합니다. 날짜는 YYYY-MM-DD 형식이며, 예정된 마감일은 미래의 날짜여도 됩니다.
cycle-new-heading = 검토 회차 시작
cycle-new-intro = 회차 이름은 해당 표준과 투표가 시작되는 연도를 따서 정합니다(예: iso-20400-2027).
cycle-new-for = { $reference } 새 검토
cycle-new-year = 투표 시작 연도
cycle-new-open = 양식 열기
field-opens-on = 투표 시작
field-closes-on = 투표 마감
field-cycle-status = 현황
field-outcome = 결과
outcome-none = 미결정
field-decided-on = 결정일
field-cycle-notes = 메모
edit-error-full-date = 날짜는 YYYY-MM-DD 형식으로 입력해 주세요.
edit-error-closes-before-opens = 투표 마감일은 투표 시작일보다 앞설 수 없습니다.
edit-error-outcome-required = 결정된 검토에는 결과를 입력해야 합니다.
edit-error-outcome-needs-decision = 결과는 결정된 검토에만 입력할 수 있습니다. 현황을 '결정됨'으로 설정하거나 결과를 비워 두세요.
history-note = { $field }: { $note }
