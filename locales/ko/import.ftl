# /import: coordinators import spreadsheets (CSV).
nav-import = 스프레드시트 가져오기
import-title = 스프레드시트 가져오기
import-intro = 기구, 채택 현황 또는 검토 입장이 담긴 CSV 파일을 올려 주세요. 처음에는 아무것도 기록되지 않습니다. 파일로 추가되거나 변경되거나 그대로 남는 내용을 행별로 보여 주고, 거부된 행은 모두 줄 번호와 사유를 함께 보여 줍니다. 거부된 행이 하나도 없을 때에만 확정할 수 있으며, 이때 파일 전체가 한꺼번에 기록되거나 아무것도 기록되지 않습니다. 모든 변경 사항은 계정 및 파일 정보와 함께 변경 이력에 남습니다.
import-limits = 파일은 최대 { $megabytes } MB, { $rows }행까지 올릴 수 있으며, UTF-8 인코딩에 머리글 행이 있어야 합니다. 가져오기에서 인식하지 못하는 열은 무시됩니다.
import-kind-bodies = 기구
import-kind-adoptions = 채택 현황
import-kind-positions = 검토 입장
import-columns-bodies = 기구마다 한 행이며, 국가 코드(alpha2)로 구분합니다. 파일에 있는 열만 비교합니다. 값을 변경하려면 출처와 그 날짜가 필요합니다(source와 as_of, 또는 항목별로 acronym_source와 acronym_as_of…). 목록에서 내보낸 파일이 이 형식입니다.
import-columns-adoptions = 표준과 기구 조합마다 한 행입니다. status는 adopted, in_progress, not_adopted, unknown 중 하나입니다(내보낸 파일에서는 record_status 열에 들어 있습니다). degree는 IDT, MOD, NEQ 중 하나이며, 날짜는 2017, 2017-04, 2017-04-19 형식으로 씁니다. 변경하려면 source와 as_of가 필요합니다.
import-columns-positions = 검토 회차와 기구 조합마다 한 행입니다. position은 confirm, revise, amend, withdraw, abstain, none 중 하나, kind는 intention, vote, result 중 하나, confidence는 high, medium-high, medium, low 중 하나입니다. 서로 다른 입장은 각각 해당 기구의 이력에 추가됩니다.
import-template = 템플릿 내려받기
import-export-current = 현재 데이터 내려받기
import-file-label = CSV 파일
import-upload = 파일 검사
import-error-too-large = 파일 크기가 제한을 넘습니다.
import-error-too-many-rows = 파일의 행 수가 제한을 넘습니다.
import-error-encoding = 파일이 UTF-8 텍스트가 아닙니다. “CSV UTF-8” 형식으로 저장한 뒤 다시 올려 주세요.
import-error-csv = 파일을 CSV로 읽을 수 없습니다(닫히지 않은 따옴표가 있나요?).
import-error-empty = 파일에 가져올 행이 없습니다.
import-error-missing-column = 이 유형의 가져오기에 필요한 '{ $column }' 열이 파일에 없습니다.
import-error-separator = 파일의 열이 쉼표, 세미콜론, 탭 중 어느 것으로도 구분되어 있지 않아 머리글 행이 하나의 열로 읽힙니다. CSV(쉼표 또는 세미콜론으로 구분) 형식으로 다시 저장한 뒤 올려 주세요.
import-error-choice = 이 값은 여기에 사용할 수 없습니다. 다음 중 하나를 사용하세요: { $detail }(대소문자 구분 없음).
import-error-kind = 파일에 담긴 내용을 선택하세요: 기구, 채택 현황 또는 검토 입장.
import-error-unknown-country = 이 국가 코드를 가진 기구가 없습니다.
import-error-duplicate = 파일의 앞선 행에서 같은 정보를 이미 지정했습니다.
import-error-unknown-standard = 이 슬러그(slug)를 가진 추적 중인 표준이 없습니다.
import-error-unknown-cycle = 이 슬러그(slug)를 가진 검토 회차가 없습니다.
import-error-applied = 이 파일은 이미 가져왔습니다.
import-error-changed = 이 미리 보기를 만든 뒤 정보가 변경되었습니다. 확정하기 전에 아래의 새 미리 보기를 확인하세요.
import-error-nothing = 가져올 내용이 없습니다. 거부된 행이 있거나 바뀌는 내용이 없습니다.
import-preview-title = { $file } 가져오기
import-count-add = { $count ->
   *[other] 정보를 추가하는 행 { $count }개
}
import-count-change = { $count ->
   *[other] 정보를 변경하는 행 { $count }개
}
import-count-same = { $count ->
   *[other] 정보를 그대로 두는 행 { $count }개
}
import-count-refused = { $count ->
   *[other] 거부된 행 { $count }개
}
import-refused-notice = 거부된 행이 있어 아무것도 가져올 수 없습니다. 파일에서 해당 행을 고친 뒤 다시 올려 주세요.
import-nothing-notice = 이 파일로 바뀌는 내용이 없습니다.
import-confirm-intro = 아직 아무것도 기록되지 않았습니다. 확정하면 아래의 모든 변경 사항이 한 번에 기록됩니다.
import-confirm = { $count ->
   *[other] { $count }개 행 가져오기
}
import-applied = { $date }에 가져왔습니다.
import-column-line = 줄
import-column-record = 정보
import-column-action = 처리 내용
import-column-details = 세부 정보
import-action-add = 추가
import-action-change = 변경
import-action-same = 변경 없음
import-action-refused = 거부
import-rows-more = { $count ->
   *[other] 목록에 표시되지 않은 행이 { $count }개 더 있습니다.
}
import-again = 다른 파일 올리기
import-running = 가져오기를 기록하는 중: { $total }행 중 { $done }행…
import-running-start = 가져오기를 기록하는 중…
import-error-storage = 파일을 저장하지 못했습니다. 아무것도 가져오지 않았습니다. 다시 시도해 주세요.

## ISO Open Data files (admins)
import-iso-heading = ISO 오픈 데이터
import-iso-intro = ISO는 위원회(P회원과 O회원 포함)와 모든 발행물을 오픈 데이터(ODC-By)로 공개합니다. ISO가 공개한 파일을 그대로 올려 주세요. 형식은 CSV 또는 JSON Lines이며, gzip 압축 여부는 상관없습니다. Quorum이 먼저 파일을 검사하여 추가되거나 변경되거나 그대로 남는 내용을 보여 주고, 확정하면 기록합니다. 모든 값에는 출처 “ISO Open Data, <데이터 세트>, <날짜>”가 유지됩니다.
# $megabytes is a number.
import-iso-limits = 최대 { $megabytes } MB까지 올릴 수 있습니다.
import-iso-dataset = 데이터 세트
import-iso-committees = 위원회(iso_technical_committees)
import-iso-deliverables = 발행물(iso_deliverables_metadata)
import-iso-date = 파일 날짜
import-iso-check = 올리고 검사하기
import-iso-error-dataset = 파일이 ISO의 어느 데이터 세트인지 선택하세요.
import-iso-error-format = 파일 이름은 ISO 파일과 마찬가지로 .csv 또는 .jsonl(또는 .csv.gz, .jsonl.gz)로 끝나야 합니다.
import-iso-error-date = 파일 날짜가 올바른 날짜가 아닙니다.
import-iso-error-gone = 올린 파일이 더 이상 서버에 없습니다(서버가 다시 시작되었습니다). 다시 올려 주세요.
import-iso-error-changed = 파일을 기록하지 못했습니다. 읽을 수 없는 줄이 있어 아무것도 기록되지 않았습니다.
import-iso-checking = 파일을 검사하는 중…
import-iso-writing = 정보를 기록하는 중…
import-iso-applied = 기록했습니다. 모든 변경 사항은 변경 이력에 남아 있습니다.
# $count is a number; $source names the dataset and date.
import-iso-read = 정보 { $count }건을 읽었습니다({ $source }).
import-iso-problems = 다음 줄을 읽을 수 없어 아무것도 기록할 수 없습니다. 파일을 고친 뒤 다시 올려 주세요.
# $line is a line number of the file.
import-iso-problem = { $line }번째 줄:

## Why a line of an ISO Open Data file cannot be read. $column, $columns, $ids and
## $acronyms are the file's own column names (title.en, pMembers.id…), quoted as they are;
## $cell is the value found, cut short; $detail is the file reader's own words (English).
iso-line-unreadable = 이 줄부터는 파일을 읽을 수 없었습니다: { $detail }
iso-line-too-long = 줄이 { $bytes }바이트를 넘습니다.
iso-line-not-number = '{ $column }' 값은 정수여야 하는데 '{ $cell }'입니다.
iso-line-not-list = '{ $column }' 값은 대괄호로 묶은 목록이어야 하는데 '{ $cell }'입니다.
iso-line-missing-columns = 헤더에 { $columns } 열이 없습니다.
iso-line-cell-count = 이 레코드의 셀 수는 { $count }개이지만 헤더의 열 수는 { $expected }개입니다.
iso-line-not-utf8 = 레코드가 올바른 UTF-8이 아닙니다.
iso-line-csv = 레코드를 CSV로 읽을 수 없습니다: { $detail }
iso-line-unpaired = '{ $ids }'의 항목은 { $ids_count }개, '{ $acronyms }'의 항목은 { $acronyms_count }개로 수가 달라 짝지을 수 없습니다.
iso-line-bad-id = ID는 양수여야 하는데 { $cell }입니다.
iso-line-no-id = 레코드에 ID가 없습니다.
iso-line-no-reference = 레코드에 번호가 없습니다.
iso-line-no-status = 위원회에 상태 정보가 없습니다.
iso-line-reference = 번호 '{ $cell }'에 문자나 숫자가 하나도 없습니다.
iso-line-stage-format = 'currentStage' 값은 9093 또는 90.93 같은 단계 코드여야 하는데 '{ $cell }'입니다.
iso-line-unknown-stage = 'currentStage'의 { $cell } 값은 단계 코드가 아닙니다.
iso-line-date = 'publicationDate' 값은 2017-04-21 같은 날짜여야 하는데 '{ $cell }'입니다.
iso-line-not-committee = 이 줄은 ISO가 공개하는 형식의 위원회 정보가 아닙니다: { $detail }({ $column }번째 열).
iso-line-not-deliverable = 이 줄은 ISO가 공개하는 형식의 발행물 정보가 아닙니다: { $detail }({ $column }번째 열).
import-iso-records = 정보
import-iso-added = 추가
import-iso-changed = 변경
import-iso-same = 변경 없음
import-iso-row-committees = 위원회
import-iso-row-memberships = 위원회 회원 자격
import-iso-row-standards = 표준
# $count is a number.
import-iso-unmatched = { $count ->
    [0] 나열된 모든 회원이 목록의 기구와 일치합니다.
   *[other] 회원 ID { $count }개가 목록의 어떤 기구와도 일치하지 않습니다. 일치하지 않는 회원을 확인하세요.
}
# $opened and $closed are numbers.
import-iso-reviews = 시작된 검토 회차: { $opened }개, 종료되거나 결정된 회차: { $closed }개.
import-iso-confirm-intro = 파일 전체가 하나의 트랜잭션으로 기록됩니다. 전부 기록되거나 아무것도 기록되지 않습니다.
import-iso-confirm = 이 정보 가져오기

## ISO member ids that match no body (admins)
unmatched-title = 일치하지 않는 ISO 회원
unmatched-intro = ISO 위원회 데이터에는 이 회원 ID들이 있지만, 목록의 어떤 기구에도 해당 ID가 없습니다. 회원 ID가 속한 국가의 기구를 만들면(또는 기존 기구의 정보에 ID를 추가하면) 그 기구의 위원회 회원 자격이 위원회 파일을 출처로 하여 바로 기록됩니다.
unmatched-none = 위원회 데이터의 모든 회원 ID가 목록의 기구와 일치합니다.
# $id is ISO's member id.
unmatched-id = ISO 회원 ID { $id }
# $p and $o are numbers of committees.
unmatched-counts = P회원으로 참여하는 위원회 { $p }곳, O회원으로 참여하는 위원회 { $o }곳:
unmatched-country = 국가
unmatched-country-choose = 국가 선택(기구가 없는 국가)
unmatched-create = 회원 자격과 함께 기구 만들기
unmatched-error-country = 기구의 국가를 선택하세요.
unmatched-error-taken = 이 국가에는 이미 기구가 있습니다. 대신 해당 기구의 정보에 회원 ID를 추가하세요.
unmatched-link = 일치하지 않는 ISO 회원
