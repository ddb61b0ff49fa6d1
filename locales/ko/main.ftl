## Site frame
app-name = Quorum
page-title = { $page } · Quorum
# What search engines and link previews show under a page's title (meta description).
site-description = Quorum은 모든 국가표준기구를 추적합니다. 표준 채택 여부, 표준의 언어, ISO 정기검토에서의 투표를 보여 주고, 각 기구의 언어로 서한을 보낼 수 있게 돕습니다.
meta-body = { $body }({ $country }): 연락처, ISO 회원 유형, 채택 현황과 검토에서의 입장(모두 출처와 날짜 포함), 그리고 이 기구에 보낼 서한.
meta-standard = { $reference }: 이 표준을 채택한 국가표준기구, 이 표준이 나와 있는 언어, 정기검토.
meta-review = { $reference } 정기검토: 각 국가표준기구의 기록된 입장, 예상 결과, 아직 결과를 바꿀 수 있는 기구.
meta-open-letter = 국가표준기구에 보내는 공개서한입니다. 읽거나 서명하거나 자국의 표준기구에 보낼 수 있습니다.
skip-to-content = 본문 바로가기
nav-label = 주 메뉴
nav-home = 홈
nav-directory = 표준기구
language-switcher-label = 언어
footer-provenance = 모든 정보에는 출처와 마지막으로 확인한 날짜가 표시됩니다. 빈칸은 알 수 없다는 뜻이며, 추측으로 채우지 않습니다.
footer-licence = Quorum은 자유 소프트웨어입니다. 연락처 데이터 출처: iso.org 회원 페이지(StanDat 수집, 2021/22년), ISO 오픈 데이터(2026년), 그리고 각 값 옆에 표시된 기타 출처.
loading = 불러오는 중…
back-to-directory = 목록으로 돌아가기
breadcrumb-label = 이동 경로

## Errors
error-not-found = 페이지를 찾을 수 없습니다.
error-invalid-input = 입력하신 내용 중 일부를 사용할 수 없습니다. 확인한 후 다시 시도해 주세요.
error-storage = 지금은 Quorum이 데이터를 읽을 수 없습니다. 잠시 후 다시 시도해 주세요.
error-transport = 요청이 Quorum에 전달되지 않았습니다. 인터넷 연결을 확인한 후 다시 시도해 주세요.
error-body-too-large = 이 요청은 Quorum에서 처리하기에 너무 큽니다({ $size }KB 초과). 입력하신 내용을 줄인 후 다시 시도해 주세요.
not-found-title = 페이지를 찾을 수 없음
not-found-body = 이 주소에는 페이지가 없습니다. 표준기구 링크를 통해 오셨다면 국가 코드가 잘못 입력되었을 수 있습니다. 국가 코드는 브라질의 BR처럼 영문 두 글자입니다.
not-found-standard = 이 주소에는 Quorum이 추적하는 표준이 없습니다. 표준의 주소에는 번호가 들어갑니다(예: ISO 20400은 /standards/iso-20400). 목록에서 Quorum이 추적하는 모든 표준을 볼 수 있습니다.
not-found-review = 이 주소에는 Quorum에 기록된 검토가 없습니다. 검토의 주소에는 표준과 연도가 들어갑니다(예: /reviews/iso-20400-2022). 목록에서 Quorum이 기록한 모든 검토를 볼 수 있습니다.
not-found-open-letter = 이 주소로 공개된 공개서한이 없습니다. 공개가 중단되었거나 아직 공개되지 않았을 수 있습니다. 목록에서 모든 공개서한을 볼 수 있습니다.

## Home
home-title = 자국의 국가표준기구 찾기
home-heading = 자국의 국가표준기구를 찾아 의견을 전하세요
home-intro = Quorum은 ISO에 가입한 모든 국가표준기구의 연락처를 각 정보의 출처와 함께 제공합니다. 지속가능한 조달에 관한 ISO 20400 등의 표준을 지지하는 분들이 자국에서 결정권을 가진 기구에 의견을 전할 수 있도록 돕습니다.
search-label = 국가, 코드 또는 표준기구
search-placeholder = 예: 브라질, BR, ABNT
search-button = 검색
home-stats-heading = 목록에 수록된 ISO 회원
home-stats-total = { $count ->
   *[other] 목록에 수록된 표준기구는 { $count }곳이며, ISO 회원 유형별 현황은 다음과 같습니다.
}
home-browse-all = 모든 표준기구 보기
home-next-heading = 지금 할 수 있는 일
home-step-find = 위의 검색창에서 자국의 표준기구를 찾으세요.
home-step-write = 그 기구에 서한 보내기
home-step-write-note = — Quorum이 해당 기구의 언어로, 주소를 넣은 서한 초안을 작성해 드립니다.
home-step-review = 다음 정기검토:
home-review-closes = — 투표는 { $date }에 마감됩니다.
home-review-undated = — 투표 마감일은 아직 기록되지 않았습니다.
home-step-no-review = 현재 진행 중이거나 예정된 정기검토가 없습니다.
home-step-reviews-link = 모든 정기검토 보기

## ISO membership categories
category-member-body = 정회원
category-correspondent = 준회원
category-subscriber = 간행물회원
category-unknown = 유형 미상
category-member-body-count = { $count ->
   *[other] 정회원 기구
}
category-correspondent-count = { $count ->
   *[other] 준회원 기구
}
category-subscriber-count = { $count ->
   *[other] 간행물회원 기구
}
category-unknown-count = { $count ->
   *[other] 어느 출처에도 회원 유형이 나와 있지 않은 기구
}
category-member-body-rights = ISO 표준에 투표하며, 자국에서 ISO 표준을 채택하고 판매할 수 있습니다.
category-correspondent-rights = 투표권 없이 옵서버로 참여하며, 자국에서 ISO 표준을 채택하고 판매할 수 있습니다.
category-subscriber-rights = ISO의 활동 소식을 받아 봅니다. 투표하지 않으며, ISO 표준을 채택하거나 판매하지도 않습니다.
category-unknown-note = 아직 어느 출처에도 이 기구들의 회원 유형이 나와 있지 않습니다.

## Directory
directory-title = 표준기구
directory-heading = 국가표준기구
directory-intro = 어떤 언어로든 국가명, ISO 국가 코드, 약칭 또는 기구명으로 검색하세요. 기구를 선택하면 연락 방법을 확인할 수 있습니다.
filter-category = ISO 회원 유형
filter-category-all = 모든 유형
filter-region = 지역
filter-region-all = 모든 지역
filter-apply = 결과 보기
search-truncated = 검색어가 길어 앞의 100자만 사용했습니다.
directory-count = { $total ->
   *[other] 표준기구 { $total }곳 중 { $shown }곳을 표시하고 있습니다.
}
directory-no-match = 검색 조건과 일치하는 표준기구가 없습니다. 철자를 확인하거나, 영문 두 글자 국가 코드로 검색하거나, 필터를 해제해 보세요.
directory-clear-filters = 검색어 및 필터 지우기
column-country = 국가
column-acronym = 약칭
column-body-name = 표준기구
column-category = ISO 회원 유형
column-region = 지역

## Body page
body-page-title = { $body } – { $country }
body-name-with-acronym = { $name }({ $acronym })
contact-line = { $label }: { $value }
value-unknown = 알 수 없음
field-source-dated = 출처: { $source }, { $date } 기준
field-source-undated = 출처: { $source }(날짜 기록 없음)
body-name-unknown = 표준기구 명칭 미상
field-body-name-en = 영문 명칭
field-body-name-native = 자국어 명칭
field-acronym = 약칭
field-country = 국가
field-category = ISO 회원 유형
dataset-note = 데이터 세트 메모:
field-website = 웹사이트
field-email = 이메일
field-phone = 전화
field-fax = 팩스
field-address = 우편 주소
field-iso-member-id = ISO 회원 ID
card-footnote = 연락처는 바뀔 수 있습니다. 중요한 서한을 보내기 전에 해당 기구의 공식 웹사이트에서 확인하세요.
copy-contact = 연락처 복사
contact-copied = 연락처를 복사했습니다
download-vcard = vCard 다운로드
write-letter = 이 기구에 서한 보내기
write-letter-hint = Quorum이 { $body } 앞으로 보낼 공식 서한을 해당 기구의 언어로 작성해 드립니다. 바로 복사하거나 이메일로 보내거나 인쇄할 수 있습니다.

## Letter composer page
nav-letters = 서한 작성
letters-title = 표준기구에 서한 보내기
letters-heading = 국가표준기구에 보낼 서한 작성
letters-intro = 받는 기구, 요청 내용, 언어를 선택하세요. Quorum이 공식 서한 초안을 작성하며, 이를 복사하거나 이메일로 보내거나 내려받거나 인쇄할 수 있습니다.
letters-privacy = 이름과 세부 정보는 서한을 작성하는 데만 사용됩니다. Quorum은 이를 저장하지 않으며, 아래에서 요청하신 경우에만 링크에 포함됩니다.
letter-field-recipient = 표준기구
letter-field-recipient-choose = 국가를 선택하세요
letter-field-purpose = 서한의 요청 내용
letter-purpose-review = 정기검토에서 표준 '확인'에 투표하도록 요청
letter-purpose-adopt = 표준을 국가표준으로 채택하도록 요청
letter-purpose-translate = 표준을 자국어로 발행하도록 요청
letter-purpose-suggested = Quorum에 기록된 정보를 바탕으로 이 기구에 추천하는 항목입니다.
letter-field-language = 서한 언어
letter-language-automatic = 해당 국가의 주요 언어
letter-field-second-language = 나란히 표시할 두 번째 언어(선택)
letter-second-language-none = 없음
letter-language-default = 기본값은 Quorum에 { $country }의 주요 언어로 된 서한이 있으면 그 언어, 없으면 영어입니다.
# $language: the country's first language, named in the page's language.
letter-language-missing = Quorum에는 아직 { $language }로 된 서한이 없어 이 서한은 영어로 작성되었습니다. '서한 언어'에서 다른 언어를 선택할 수 있습니다.
# $language: the letter's language, in its own name.
letter-drafted-notice = 이 번역({ $language })은 아직 원어민의 검토를 거치지 않았습니다.
letter-drafted-help = 검토를 도와주세요.
letter-sender-heading = 보내는 사람 정보(모두 선택 사항)
letter-field-sender-name = 이름
letter-field-organisation = 소속 기관
letter-field-role = 직책 또는 직함
letter-field-city = 도시
letter-field-email = 이메일 주소
letter-field-personal = 직접 작성하는 문단
letter-field-personal-hint = 이 일이 본인이나 소속 기관에 왜 중요한지 적어 주세요. 작성하신 내용은 작성하신 언어 그대로 서한에 들어갑니다.
letter-field-share-details = 내 이름과 세부 정보도 링크에 포함
letter-field-limit = 최대 { $max }자까지 입력할 수 있습니다.
letter-update = 서한 업데이트
letter-preview-heading = 작성된 서한
letter-preview-live = 입력하는 대로 서한이 업데이트됩니다.
letter-to = 수신: { $recipient }
letter-subject = 제목: { $subject }
letter-copy = 서한 복사
letter-copied = 서한을 복사했습니다
letter-mailto = 이메일 프로그램에서 열기
letter-mailto-no-address = 이 기구의 이메일 주소가 기록되어 있지 않아 이메일 프로그램에서 서한을 열 수 없습니다. 대신 복사하거나 내려받으세요.
letter-mailto-too-long = 이 서한으로 만든 링크는 { $length }자로, 일부 이메일 프로그램이 허용하는 길이를 넘습니다. 메시지가 잘려서 도착하면 서한을 복사해 새 이메일에 붙여 넣으세요.
letter-download = 텍스트로 내려받기
letter-print = 인쇄용 페이지
letter-share = 이 서한 링크
letter-share-hint = 같은 기구, 요청 내용, 언어로 작성 화면을 엽니다. Quorum 서버에는 아무것도 저장되지 않습니다.
letter-facts-heading = 서한에 사용된 정보
letter-fact-adopted = { $count ->
   *[other] Quorum에 기록된 { $standard }의 국가표준 채택은 { $count }건입니다.
}
letter-fact-confirmed = 마지막 정기검토는 { $date }에 완료되었으며, 결과는 '확인'입니다.
letter-fact-ballot = 정기검토 투표는 { $date }에 마감됩니다.
letter-fact-no-ballot = 진행 중인 정기검토 투표가 기록되어 있지 않아 서한에 마감일을 적지 않았습니다.
letter-fact-title = 사용한 표준 명칭: { $title }
letter-choose-body = 위에서 표준기구를 선택하면 서한이 표시됩니다.

## Letter input errors. $field is the label of the field.
letter-error-too-long = { $field }: 최대 { $max }자까지 입력해 주세요. 현재 { $length }자입니다.
letter-error-control = { $field }: 탭이나 제어 문자 없이 한 줄로 입력해 주세요.
letter-error-email = 이메일 주소는 name@example.org와 같은 형식이어야 합니다.
letter-error-purpose = 서한의 요청 내용(정기검토에서 확인, 채택, 번역 중 하나)을 선택하세요.
letter-error-language = Quorum에는 해당 언어로 된 서한이 없습니다. 목록에서 선택하세요.
letter-error-body = 해당 국가 코드의 표준기구가 없습니다. 목록에서 선택하세요.
letter-error-summary = 서한이 업데이트되지 않았습니다. 아래에 표시된 부분을 수정해 주세요.

## Print page
letter-print-title = { $body }에 보내는 서한
letter-print-back = 작성 화면으로 돌아가기
letter-print-button = 인쇄
letter-print-hint = A4 용지에 인쇄됩니다. 이름 위에 직접 서명해 주세요.
letter-signature-line = 서명

## Accounts. The public never needs one; coordinators and admins sign in to record data.
nav-sign-in = 코디네이터 로그인
nav-account = 내 계정
nav-signed-in-as = 로그인한 계정:
signin-title = 로그인
signin-heading = Quorum 로그인
signin-intro = 코디네이터와 관리자는 로그인하여 표준기구에 관해 알게 된 정보를 기록합니다. 그 밖의 분들은 계정 없이 Quorum을 이용할 수 있습니다.
signin-email = 이메일 주소
signin-password = 비밀번호
signin-submit = 로그인
signin-already = 이미 { $email } 계정으로 로그인되어 있습니다.
account-title = 내 계정
account-heading = 내 계정
account-signed-in-as = { $email }({ $role }) 계정으로 로그인되어 있습니다.
account-sign-out = 로그아웃
account-sign-in-needed = 이 페이지는 코디네이터와 관리자용입니다. 먼저 로그인해 주세요.
account-go-sign-in = 로그인 페이지로 이동
role-admin = 관리자
role-coordinator = 코디네이터
error-unauthorized = 먼저 로그인해 주세요.
error-forbidden = 이 계정에는 이 작업을 할 수 있는 권한이 없습니다.
error-bad-credentials = 이메일 주소 또는 비밀번호가 올바르지 않습니다.
error-busy = Quorum이 다른 로그인을 확인하는 중입니다. 아무것도 확인되지 않았습니다. 몇 초 후에 다시 시도하세요.
error-rate-limited = { $minutes ->
   *[other] 실패한 시도가 너무 많습니다. { $minutes }분 후에 다시 시도해 주세요.
}
error-cross-origin = 이 요청은 다른 웹사이트에서 보내져 Quorum이 처리하지 않았습니다.

## Editing the directory (coordinators) and the record's history
nav-changes = 최근 변경 사항
edit-link = 이 정보 편집
edit-title = { $body } 편집
edit-heading = { $body } 정보 편집
edit-intro = 확인한 내용을 수정하고, 알 수 없는 항목은 비워 두세요. 각 변경 사항은 입력하신 출처 및 날짜와 함께 저장되며, 이 정보의 변경 이력에 표시됩니다.
edit-source = 새 정보의 출처
edit-source-hint = 웹 주소 또는 'ABNT 웹사이트, 연락처 페이지'와 같은 간단한 설명을 입력하세요.
edit-as-of = 확인한 날짜
edit-save = 변경 사항 저장
edit-category-unknown = 알 수 없음
edit-saved = 변경 사항을 저장했습니다.
edit-error-too-long = 최대 { $max }자까지 입력해 주세요.
edit-error-control = 탭이나 제어 문자 없이 한 줄로 입력해 주세요.
edit-error-email = 이메일 주소는 name@example.org와 같은 형식으로 입력하고, 여러 개일 때는 세미콜론(;)으로 구분해 주세요.
edit-error-website = 웹 주소는 www.example.org와 같은 형식으로 입력해 주세요.
edit-error-category = ISO 회원 유형 중 하나를 선택하세요.
edit-error-source-required = 새 정보의 출처를 입력해 주세요.
edit-error-date = 날짜는 YYYY-MM-DD 형식으로 입력해 주세요. 미래의 날짜는 입력할 수 없습니다.
edit-error-no-change = 변경된 내용이 없어 아무것도 저장하지 않았습니다.
error-invalid-fields = 수정이 필요한 항목이 있어 아무것도 저장하지 않았습니다. 각 항목 옆의 메시지를 확인해 주세요.
error-edit-conflict = 편집하시는 동안 다른 사람이 이 정보를 변경하여 아무것도 저장하지 않았습니다. 변경된 내용은 아래와 같습니다. 최신 버전을 편집하려면 페이지를 새로 고침하세요.
edit-conflict-field = { $field }: 현재 { $value }
history-heading = 이 정보의 변경 이력
history-empty = 데이터 세트를 가져온 이후 변경 사항이 없습니다.
history-entry = { $field }: { $before } → { $after }
history-by = { $date }, 변경한 사람: { $who }
history-by-coordinator = 코디네이터
history-source = 출처: { $source }, { $date } 확인
changes-title = 최근 변경 사항
changes-heading = 목록의 최근 변경 사항
changes-filter-nsb = 국가 코드
changes-filter-field = 항목
changes-filter-who = 코디네이터 이메일
changes-filter-any = 모든 항목
changes-apply = 필터 적용
changes-empty = 이 필터와 일치하는 변경 사항이 없습니다.

## Corrections from the public, and the coordinators' queue
report-heading = 정보 수정 제보
report-intro = 잘못되었거나 오래된 정보가 있나요? 올바른 값과 그 출처를 알려 주세요. 공개되기 전에 코디네이터가 확인합니다. 계정은 필요하지 않습니다.
report-field = 수정할 항목
report-value = 올바른 값('알 수 없음'으로 표시되어야 한다면 비워 두세요)
report-source = 출처
report-source-hint = 웹 주소 또는 'ABNT 웹사이트, 연락처 페이지'와 같은 간단한 설명을 입력하세요.
report-email = 이메일 주소(선택 사항, 코디네이터가 이 제보에 관해 문의해도 괜찮은 경우에만 입력하세요)
report-submit = 수정 제보 보내기
report-thanks = 감사합니다. 제보하신 수정 내용은 공개되기 전에 코디네이터가 확인합니다.
report-error-too-many = 짧은 시간에 여러 건의 수정을 제보하셨습니다. 1시간 후에 다시 시도해 주세요.
report-error-field = 수정할 항목을 선택하세요.
corrections-title = 수정 제보
corrections-heading = 일반 사용자가 제보한 수정 사항
corrections-open-count = { $count ->
   *[other] 처리되지 않은 수정 제보 { $count }건이 코디네이터의 검토를 기다리고 있습니다.
}
corrections-empty = 처리되지 않은 수정 제보가 없습니다. 감사합니다!
corrections-current = 현재 값: { $value }
corrections-proposed = 제안된 값: { $value }
corrections-source = 제시된 출처: { $source }
corrections-reporter = { $date }, 제보자: { $email }
corrections-reporter-anonymous = { $date } 제보, 이메일 주소 없음
corrections-accept = 승인
corrections-edit-accept = 편집 후 승인
corrections-reject = 반려
corrections-reason = 반려 사유
corrections-error-reason = 반려 사유를 입력해 주세요.
corrections-error-closed = 이 수정 제보는 이미 다른 사람이 처리했습니다.
corrections-accepted = 수정 사항을 반영하고 변경 이력에 기록했습니다.
corrections-rejected = 수정 제보를 반려했습니다.

## Managing accounts (admins) and one-time links
nav-accounts = 계정 관리
accounts-title = 계정
accounts-heading = 코디네이터와 관리자
accounts-intro = 이메일 주소로 사용자를 초대하세요. Quorum이 일회용 링크를 만들어 주며, 이 링크는 직접 보내 주셔야 합니다. 링크는 { $hours }시간 동안 한 번만 사용할 수 있습니다.
accounts-email = 이메일 주소
accounts-role = 역할
accounts-status-active = 활성
accounts-status-disabled = 비활성
accounts-invite = 초대 링크 만들기
accounts-link-invite = { $email } 초대 링크(직접 보내 주세요. { $hours }시간 동안 한 번만 사용할 수 있습니다):
accounts-link-reset = { $email } 비밀번호 재설정 링크(직접 보내 주세요. { $hours }시간 동안 한 번만 사용할 수 있습니다):
accounts-disable = 비활성화
accounts-enable = 활성화
accounts-reset = 비밀번호 재설정 링크 만들기
accounts-you = (나)
accounts-error-self = 자신의 계정은 비활성화할 수 없습니다.
accounts-error-exists = 이 이메일 주소를 사용하는 계정이 이미 있습니다.
invitation-title = 비밀번호 설정
invitation-heading-invite = Quorum에 오신 것을 환영합니다
invitation-heading-reset = 새 비밀번호 설정
invitation-intro = { $email }({ $role }) 계정의 비밀번호를 설정해 주세요. 비밀번호는 { $min }자 이상이어야 합니다.
invitation-password = 새 비밀번호
invitation-password-again = 새 비밀번호 확인
invitation-submit = 비밀번호 저장 후 로그인
invitation-error-invalid = 이 링크는 더 이상 유효하지 않습니다. 이미 사용되었거나 만료되었습니다. 관리자에게 새 링크를 요청해 주세요.
invitation-error-mismatch = 두 비밀번호가 일치하지 않습니다.
invitation-error-short = 비밀번호는 { $min }자 이상이어야 합니다.

## Sources: each cited source's kind, shown after its name.
source-kind-official = (공식)
source-kind-secondary = (2차 출처)
source-kind-derived = (Quorum 산출)
source-secondary-only = 2차 출처만 있음: ISO나 해당 국가표준기구의 확인을 받지 않았습니다.
source-separator = {"; "}
directory-relevance = 검색어와 가장 잘 맞는 결과부터 표시합니다. 열 제목을 선택하면 그 열을 기준으로 정렬됩니다.

## Pages of a long list
pager-label = 페이지
pager-previous = 이전 페이지
pager-next = 다음 페이지
# $page and $pages are numbers.
pager-position = { $pages }페이지 중 { $page }페이지

## The composer's facts: the review deadline Quorum derives, the owner committee
# $date is a formatted date.
letter-fact-due-by = 진행 중인 검토 투표가 없습니다. 다음 정기검토 기한은 { $date }입니다(Quorum 산출: 마지막 확인 후 5년이 되는 시점이며, ISO가 이보다 일찍 시작할 수 있습니다). 서한에는 마감일을 적지 않았습니다.
# $committee is a committee's reference, such as ISO/TMBG.
letter-fact-committee = 담당 위원회: { $committee }

## A body's category against ISO's committee data
# $count is a number of committees, $committees some of their references, $recorded the recorded category.
category-evidence = { $count ->
    [1] ISO 위원회 데이터에 따르면 이 기구는 위원회 1곳({ $committees })의 P회원입니다. 정회원만 P회원이 될 수 있지만, 기록된 회원 유형은 '{ $recorded }'입니다.
   *[other] ISO 위원회 데이터에 따르면 이 기구는 위원회 { $count }곳({ $committees }…)의 P회원입니다. 정회원만 P회원이 될 수 있지만, 기록된 회원 유형은 '{ $recorded }'입니다.
}
category-evidence-confirm = 이 근거를 출처로 하여 정회원으로 기록하기
