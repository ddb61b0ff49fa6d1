# /developers: the open data API.
nav-developers = 오픈 데이터와 API
developers-title = 오픈 데이터와 API
developers-intro = Quorum이 공개하는 모든 정보는 프로그램으로 읽을 수 있습니다. 기구, 표준, 국가 채택, 언어별 판, 정기검토, 입장, 서한이 모두 해당합니다. 키도 로그인도 필요 없습니다. 모든 값에는 출처와 확인 날짜가 함께 제공됩니다.
developers-openapi = OpenAPI 문서(openapi.json)
developers-endpoints-heading = 엔드포인트
developers-column-path = 경로
developers-column-what = 제공 내용
developers-column-example = 예시
developers-nsbs = 모든 국가표준기구와 연락처이며, 각 값에는 출처가 함께 제공됩니다. 목록과 같은 필터(q, category, region, sort)를 쓸 수 있고, 페이지 단위로 제공됩니다.
developers-nsb = 국가 코드로 지정한 기구 하나.
developers-nsbs-csv = 같은 기구 정보를 스프레드시트로 제공하며, 각 필드 뒤에 출처와 날짜가 이어집니다.
developers-standards = 추적 중인 표준과 그 기본 정보, 채택 건수, 언어별 판.
developers-standard = 표준 하나. .csv를 붙이면 스프레드시트로 받을 수 있습니다.
developers-adoptions = 해당 표준에 대한 기구별 채택 현황입니다. 표준 페이지와 같은 필터(status, category, region, sort)를 쓸 수 있고, 페이지 단위로 제공됩니다.
developers-adoptions-csv = 같은 채택 현황을 스프레드시트로 제공합니다.
developers-translations = 표준의 언어별 판(명칭, 종류, 발행 기관, 연도, 출처)입니다. .csv를 붙이면 스프레드시트로 받을 수 있습니다.
developers-reviews = 모든 정기검토 회차와 그 일정, 현황, 결과.
developers-review = 검토 하나: 입장과 투표 자격별 집계, 예상 결과, 그리고 아직 결과를 바꿀 수 있는 P회원 목록.
developers-positions = 해당 검토에서 기구별로 가장 최근에 기록된 입장입니다. 검토 페이지와 같은 필터(position, voter, category, region)를 쓸 수 있고, 페이지 단위로 제공됩니다.
developers-positions-csv = 같은 입장 정보를 스프레드시트로 제공합니다.
developers-letters = 기구에 보낼 서한입니다. 해당 기구의 언어든 다른 어떤 언어든 작성되며, 바로 보낼 수 있습니다.
developers-conventions-heading = API 응답 방식
developers-envelope = JSON 응답은 객체입니다. 데이터는 "data"에, 저작자 표시는 "licence"에 담기며, 늘어날 수 있는 목록은 "pagination"에 페이지 정보가 담깁니다. 스프레드시트는 각 행 끝에 라이선스 열이 있습니다.
developers-paging = 목록은 한 페이지에 50개씩 제공됩니다. 다른 페이지는 page=2처럼, 최대 500개까지는 per_page=500처럼 요청하세요. 마지막을 넘어선 페이지는 비어 있으며, 범위 안의 숫자가 아닌 페이지 번호나 크기는 거부됩니다.
developers-filters = 필터는 페이지 주소와 같은 값을 받으므로, 필터를 적용한 페이지의 쿼리를 복사하면 그대로 내려받기 주소로 바꿀 수 있습니다.
developers-errors = 오류는 "code"와 "message"를 담은 "error" 객체이며, 해당하는 상태 코드(400, 404…)와 함께 전송됩니다. 메시지는 Accept-Language 헤더에 지정한 언어로 제공됩니다.
developers-caching = 모든 응답에는 ETag와 Last-Modified 날짜가 있습니다. 이를 If-None-Match 또는 If-Modified-Since에 담아 다시 보내면, 변경되지 않은 응답은 본문 없이 304 Not Modified로 돌아옵니다.
developers-cors = 어느 웹사이트든 브라우저에서 API를 읽을 수 있습니다(GET에 대해 CORS가 열려 있습니다).
developers-licence-heading = 라이선스와 저작자 표시
developers-licence = Quorum의 데이터는 여러 출처에서 오며, 출처마다 고유한 이용 조건이 적용됩니다. 모든 값에는 출처가 명시되어 있습니다. 재사용할 때는 Quorum과 해당 출처를 함께 표시해 주세요:
developers-open-letters = 캠페인이 게시한 공개서한과 그 언어.
developers-open-letter = 선택한 언어(lang), 다른 언어와 나란히(second), 또는 특정 기구 앞(nsb)으로 된 공개서한 하나.
developers-translations-api = Quorum이 사용하는 모든 언어: 인터페이스까지 지원하는지 서한 전용인지, 영어 원문을 얼마나 번역했는지, 서한 검토 현황, 그리고 그 언어로 먼저 서한을 쓰는 회원국.

## /developers/translations
languages-title = 번역
languages-intro = Quorum의 페이지는 인터페이스 언어로 제공되며, 서한은 훨씬 더 많은 언어로 작성됩니다. 각 언어의 서한은 먼저 초안으로 작성된 뒤 원어민이 읽고 교정하며, 검토한 사람의 이름은 여기에 표시됩니다. 누구나 도울 수 있습니다. 방법은 소스 코드의 locales/README.md에 나와 있습니다.
languages-list-heading = 언어
languages-column-language = 언어
languages-column-kind = 용도
languages-column-letters = 서한 문구
languages-column-interface = 인터페이스
languages-column-review = 서한 검토
languages-column-countries = 이 언어로 먼저 서한을 쓰는 회원국
languages-kind-interface = 페이지와 서한
languages-kind-letters = 서한
# $done of $total messages translated.
languages-share = { $done }/{ $total }
languages-status-source = 원문
languages-status-drafted = 아직 원어민이 검토하지 않음
# $who: the reviewer's name; $date: when.
languages-status-reviewed = { $date }에 { $who } 검토
languages-uncovered-heading = 아직 영어로 서한을 쓰는 국가
languages-uncovered-intro = 다음 회원국의 제1언어로 된 서한이 아직 없어, 이들 국가에 보내는 서한은 안내문과 함께 영어로 작성됩니다:
languages-uncovered-none = 없음: 모든 회원국이 자국의 제1언어로 서한을 받습니다.

## The embeddable widget (/embed/write) and its snippet on /developers.
embed-title = 자국의 국가표준기구에 서한 보내기
embed-lead = 국가를 선택하세요. Quorum이 그 나라의 표준기구 앞으로 보낼 공식 서한을 해당 기구의 언어로 작성해 드리며, 바로 보낼 수 있습니다.
embed-country = 국가
embed-choose = 국가를 선택하세요
embed-write = 서한 작성
embed-by = Quorum: 국제표준은 누가 결정하며, 어떻게 연락할 수 있는가
developers-embed-heading = 내 사이트에 '표준기구에 서한 보내기' 넣기
developers-embed-intro = 이 코드 조각을 내 사이트의 페이지에 붙여 넣으세요. lang=으로 지정한 언어(en, fr, pt…)로 국가 목록을 보여 주고, Quorum의 서한 작성 화면을 새 탭에서 엽니다. 다른 사이트가 프레임으로 넣을 수 있는 유일한 Quorum 페이지이며, 쿠키를 설정하지 않고 스크립트도 실행하지 않습니다.
developers-embed-preview = 미리 보기:
developers-embed-copy = 코드 조각 복사
developers-embed-copied = 코드 조각을 복사했습니다
developers-embed-frame-title = 자국의 국가표준기구에 서한 보내기 (Quorum)
