## Standards: adoptions per body, language versions, the world map
nav-standards = 표준

standards-title = Quorum이 추적하는 표준
standards-intro = 표준마다 어느 국가표준기구가 채택했는지, 어느 기구가 ISO 원본만 판매하는지, 어떤 언어로 나와 있는지 보여 줍니다. 모든 수치는 해당 표준 페이지에 있는 기록을 집계한 것입니다.
standards-adoptions = { $count ->
   *[other] 국가 채택 { $count }건
}
standards-languages = { $count ->
   *[other] { $count }개 언어로 이용 가능
}
standards-open = 채택 현황, 지도, 언어
standards-empty = 아직 추적 중인 표준이 없습니다.

standard-page-title = { $reference }: 채택 현황과 언어
standard-facts-heading = 표준 정보
standard-field-reference = 표준 번호
standard-field-title = 표준 명칭
standard-field-published = 발행일
standard-field-edition = 판
standard-field-committee = 위원회
standard-field-stage = 현재 단계
standard-field-last-confirmed = 정기검토에서 마지막으로 확인된 날짜

## Adoption status (ISO/IEC Guide 21-1 degrees of correspondence)
status-adopted-idt = 채택, 일치(IDT)
status-adopted-idt-def = ISO 원문과 일치하는 국가표준으로 발행되었습니다.
status-adopted-mod = 채택, 수정(MOD)
status-adopted-mod-def = 기술적 차이를 밝히고 그 이유를 설명한 국가표준으로 발행되었습니다.
status-adopted = 채택, 부합 정도 기록 없음
status-adopted-def = 국가표준으로 발행되었지만, 일치인지 수정인지 밝힌 출처는 아직 기록되지 않았습니다.
status-neq = 국가표준, 비동등(NEQ)
status-neq-def = 같은 주제를 다루지만 ISO 원문과 동등하지 않은 국가표준입니다. NEQ는 채택이 아니며 채택으로 집계하지 않습니다.
status-in-progress = 채택 진행 중
status-in-progress-def = 국가판에 대한 의견 수렴 등 기구가 표준 채택에 착수했지만 아직 발행하지 않았습니다.
status-sells-only = ISO 표준 판매만 함
status-sells-only-def = 국가표준으로 채택하지 않고 ISO 원본을 판매합니다.
status-not-adopted = 채택 안 함
status-not-adopted-def = 이 기구가 표준을 채택하지 않았고 판매하지도 않는다는 출처가 있습니다.
status-unknown = 알 수 없음
status-unknown-def = 이 기구에 관해 아직 기록된 정보가 없습니다. '알 수 없음'은 '채택 안 함'이라는 뜻이 아닙니다.
status-adopted-any = 채택(IDT, MOD 또는 부합 정도 기록 없음)

standard-counts-heading = 한눈에 보기
standard-count-adoptions = { $count ->
   *[other] 국가 채택
}
standard-count-adoptions-def = 이 표준을 국가표준으로 발행한 기구입니다. IDT, MOD, 부합 정도 기록 없음이 모두 포함되며, NEQ는 포함하지 않습니다.
standard-count-languages = { $count ->
   *[other] 언어
}
standard-count-languages-def = 표준 본문이 나와 있는 언어입니다. ISO 공식판과 국가별 번역판이 해당하며, 초안도 포함합니다.
standard-count-bodies = { $count ->
   *[other] 기구
}
standard-count-show = 이 기구들 보기

## Filters, map and table
standard-filter-status = 채택 현황
standard-filter-status-all = 모든 현황
standard-filter-clear = 필터 지우기
standard-showing = { $total ->
   *[other] 기구 { $total }곳 중 { $shown }곳이 필터와 일치합니다.
}
map-heading = 지도
map-description = 세계 지도: 각 국가는 해당 기구의 { $reference } 채택 현황에 따라 색으로 구분되며, 작은 나라는 원으로 표시됩니다. 국가를 선택하면 해당 기구의 페이지가 열립니다. 아래 표에도 같은 정보가 있습니다.
map-legend = 범례
map-country-status = { $country }: { $status }
map-no-body = 목록에 ISO 회원 없음
map-filtered-out = 현재 필터에 해당하지 않음
map-hint = 국가를 가리키거나 Tab 키로 이동하면 채택 현황이 표시됩니다.
map-hint-touch = 국가를 탭하면 해당 기구의 페이지가 열립니다. 아래 표에서 모든 국가의 채택 현황을 볼 수 있습니다.
map-skip = 지도 건너뛰기
table-heading = 전체 기구
table-caption = 기구별 { $reference } 채택 현황과 출처입니다. 열 제목을 선택하면 정렬됩니다.
column-status = 현황
column-designation = 국가표준 번호
column-adopted-on = 채택일
column-language = 언어
column-source = 출처
sort-ascending = 오름차순으로 정렬됨
sort-descending = 내림차순으로 정렬됨

## Language versions
translations-heading = 언어
translations-intro = 표준 본문이 나와 있는 언어와 각 판의 발행 기관 및 발행 시기입니다.
translation-kind-official = ISO 공식판
translation-kind-national = 국가 번역판
translation-kind-draft = 번역 초안
translations-empty = 아직 기록된 언어별 판이 없습니다.
translation-publisher-year = { $publisher }, { $year }년
translation-add = 언어별 판 추가
translation-add-language = 언어 코드
translation-add-button = 추가

## Committee and members
committee-heading = 위원회 { $committee }
committee-explain = P회원(참여 회원)은 정기검토를 포함한 모든 투표에 참여해야 하며, O회원(옵서버 회원)은 작업을 지켜보고 의견을 낼 수 있습니다.
committee-p-members = { $count ->
   *[other] P회원 { $count }곳
}
committee-o-members = { $count ->
   *[other] O회원 { $count }곳
}
committee-members-empty = 아직 기록된 회원 정보가 없습니다. ISO는 위원회 페이지에 회원을 게시하며, 코디네이터가 이 페이지를 출처로 여기에 추가할 수 있습니다.
committee-add-member = 회원 자격 기록
membership-p = P회원
membership-o = O회원
membership-none = 회원 아님

## The standards on a body's page
body-standards-heading = 표준
body-standard-about = { $reference } 정보
body-sells = ISO 원본 판매
sells-yes = 예
sells-no = 아니요
body-language-versions = 이 나라 언어로 된 판
body-no-version = 기록된 { $language }판이 없습니다.
body-membership = { $committee } 회원 자격

## Fields of adoptions, language versions and standards (forms and history)
field-status = 현황
field-degree = 부합 정도
field-designation = 국가표준 번호
field-adopted-on = 채택일
field-method = 채택 방법
field-lang = 언어
field-sells = ISO 원본 판매
field-confidence = 출처 신뢰도
field-note = 메모
field-title = 명칭
field-kind = 판 종류
field-publisher = 발행 기관
field-year = 연도
field-reference = 표준 번호
field-committee = 위원회
field-published = 발행일
field-edition = 판
field-stage = 단계 코드
field-last-confirmed = 마지막 확인일
field-membership = 회원 자격
choice-unknown = 알 수 없음
degree-idt = IDT: 일치
degree-mod = MOD: 수정
degree-neq = NEQ: 비동등
method-endorsement = 승인
method-cover-sheet = 표지 첨부
method-reprint = 재인쇄
method-translation = 번역
method-redraft = 재작성
confidence-high = 높음
confidence-medium-high = 중간~높음
confidence-medium = 중간
confidence-low = 낮음
adoption-state-adopted = 채택
adoption-state-in-progress = 진행 중
adoption-state-not-adopted = 채택 안 함
date-hint = 연도, 연월 또는 날짜: 2017, 2017-04 또는 2017-04-19.

## Coordinators' forms
edit-adoption-link = 채택 정보 편집
edit-adoption-for = { $country } 채택 기록 편집
adoption-edit-title = { $country }의 { $reference }
adoption-edit-intro = 이 기구가 표준을 어떻게 처리했는지 기록하세요. 출처가 없는 항목은 비워 두세요. 아래 출처와 날짜는 이 정보 전체에 적용되며 변경 이력에 남습니다.
edit-translation-link = 편집
translation-edit-title = { $reference } { $language }판
translation-edit-intro = 표준의 언어별 판 하나를 기록하세요. 아래 출처와 날짜는 이 정보의 변경 이력에 남습니다.
edit-standard-link = 표준 정보 편집
standard-edit-title = { $reference } 편집
standard-edit-intro = 확인한 내용을 수정하세요. 아래 출처와 날짜는 이 정보의 변경 이력에 남습니다.
edit-membership-link = 회원 자격 편집
membership-edit-title = { $committee }의 { $body }
membership-edit-intro = ISO 위원회 페이지에 나와 있는 대로, 이 기구가 위원회의 참여(P) 회원인지 옵서버(O) 회원인지 기록하세요.
record-save = 저장
record-saved = 저장했습니다. 변경 사항은 이 정보의 변경 이력에 기록되었습니다.
record-history-heading = 이 정보의 변경 이력
edit-error-choice = 제시된 값 중 하나를 선택하세요.
edit-error-partial-date = 연도, 연월 또는 날짜(2017, 2017-04 또는 2017-04-19)를 입력해 주세요. 미래의 날짜는 입력할 수 없습니다.
edit-error-required = 이 항목은 비워 둘 수 없습니다.
edit-error-language = pt, zh-Hans, sr-Latn과 같은 언어 코드를 입력해 주세요.

## Every standard ISO publishes (ISO Open Data) and the ones coordinators follow
standards-search-label = 모든 ISO 표준 검색
standards-search-placeholder = 표준 번호, 번호, 제목의 단어 또는 위원회
standards-search-hint = Quorum은 ISO 오픈 데이터를 통해 ISO가 발행하는 모든 표준을 알고 있습니다. 채택 현황, 서한, 정기검토 정보는 코디네이터가 추적하는 표준에만 있습니다.
standards-followed-heading = 추적 중인 표준
standards-results-heading = 검색된 표준
# $count (number) standards match; $query is what the reader typed.
standards-results-count = { $count ->
    [0] '{ $query }'에 해당하는 표준이 없습니다.
   *[other] '{ $query }'에 해당하는 표준이 { $count }건 있습니다.
}
# $stage is a harmonized stage code such as 90.93.
standards-result-stage = 단계 { $stage }
standards-followed-badge = 추적 중
# $date is a formatted date.
standard-due-by-short = 다음 정기검토 기한: { $date }(Quorum 산출)
standard-field-type = 유형
standard-field-developed-by = 개발 위원회
standard-field-due-by = 다음 정기검토 기한
standard-due-by-derived = ISO가 공표한 날짜가 아니라 Quorum이 산출한 날짜로, 발행 또는 마지막 확인 후 5년이 되는 시점입니다. ISO는 검토 투표를 일괄 발송하므로 투표가 이보다 일찍 시작될 수 있습니다.
standard-field-iso-languages = ISO 발행 언어
standard-field-replaces = 대체 대상 표준
standard-field-replaced-by = 후속 표준
standard-iso-page = iso.org의 이 표준 페이지
standard-not-followed = 코디네이터가 이 표준을 추적하지 않습니다. Quorum은 ISO가 이 표준에 관해 공표한 정보를 보관하지만, 채택 현황, 서한, 정기검토는 추적하지 않습니다.
standard-follow = 이 표준 추적하기
standard-unfollow = 추적 중지
standard-follow-explain = 추적하면 이 표준이 표준 목록에 추가되고, 채택 현황 표, 지도, 서한, 정기검토 추적을 이용할 수 있습니다.
standard-unfollow-explain = 기록은 그대로 남으며, 이 표준은 표준 목록, 서한, 정기검토 추적에서 빠집니다.

## Figures others publish about a standard, quoted as theirs
standard-claims-heading = 다른 출처의 발표
# $source is who published the figures, $date when.
standard-claims-by-dated = { $source }({ $date })에 따르면:
standard-claims-by = { $source }에 따르면:
standard-claim-adopted = { $count ->
   *[other] { $count }개국이 채택함
}
standard-claim-selling = { $count ->
   *[other] 국가표준기구 { $count }곳이 판매함
}
standard-claim-languages = { $count ->
   *[other] { $count }개 언어로 나와 있음
}
standard-claims-explain = 발표한 쪽의 수치를 공표된 그대로 인용한 것입니다. 위에 나온 Quorum 자체 집계는 이 페이지에 있는 기록만으로 산출하며, 기록마다 출처가 있습니다.
