# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = 한국어
# Writing direction: ltr or rtl.
locale-direction = ltr

## The letters. A formal register fit for writing to a national institution.
## Every placeable is inserted as it is, never inflected: each note below says the form
## (case, article) the value comes in. Write each sentence so that this form is
## grammatical where it stands; where your grammar needs another case, use the placeable
## made for it ($in_country) or a construction that takes the form as it is (an
## apposition, a colon).
## $body: the body's full name as the body writes it (nominative, no article added).
## $acronym: its short name (nominative), or the full name when no acronym is known.
## $country: the country as it stands in a sentence, nominative, with the article your
##   language puts before it ("the United Kingdom", "Brazil"; countries.ftl).
## $in_country: "in <the country>", preposition and case included ("in the United
##   Kingdom"; countries.ftl, attribute .in). Use it for every "in <country>".
## $country_kind: country, or territory for Hong Kong and Macao, which are not states:
##   never call what a territory publishes a *national* standard.
## $standard: the reference, invariable (ISO 20400:2017).
## $edition: the national edition's designation, invariable (NBR ISO 20400).
## $title: the standard's title as published in this language (a quotation); blank when
##   no title in this language is recorded: then $has_title is no, and the letter names
##   the standard by $standard alone (never a title in another language).
## $has_title: yes or no.
## $language: the country's main language named in this language, in its dictionary form
##   (CLDR: "portugais", "polski"): write "the { $language } language" style
##   constructions where your grammar would inflect it.
## $adopted: how many national adoptions Quorum records (a number: plural categories).
## $confirmed: the date the last systematic review was completed (a formatted date, as it
##   stands after "on": French "1er mars 2027").
## $deadline: the date the current ballot closes (a formatted date).
## $due_by: with no ballot open, the date the next systematic review is due by, five years
##   after the last confirmation (a formatted date).
## $has_deadline: yes (a ballot is open), due (none is; the review is due by $due_by), or
##   no (neither is known).
letter-subject-review = 협조 요청: { $standard } 정기검토에서 '확인' 투표
letter-subject-adopt = { $country_kind ->
    [territory] 협조 요청: { $standard }의 { $country } 표준 채택
   *[country] 협조 요청: { $standard }의 { $country } 국가표준 채택
}
letter-subject-translate = 협조 요청: { $standard } { $language }판 발행
letter-subject-translate-exists = 협조 요청: { $edition }({ $standard } { $language }판) 보급 확대
letter-greeting = 담당자님께
letter-review-opening = 귀 기관의 무궁한 발전을 기원합니다. { $has_title ->
    [yes] { $standard }「{ $title }」
   *[no] { $standard }
}의 정기검토에서 { $body }의 투표와 관련하여 서한을 드립니다. 이 표준을 현행대로 확인하는 쪽으로 투표해 주시기를 부탁드립니다.
letter-review-why = ISO 20400은 규모와 부문을 막론하고 모든 조직에 지속가능한 구매를 위한 공통의 틀을 제공합니다. 구매하는 제품과 서비스가 공급망 전반에 걸쳐 미치는 환경적·사회적·경제적 영향을 어떻게 평가할지, 그리고 이를 정책과 절차, 일상 업무에 어떻게 반영할지를 제시합니다. 이 표준이 발행된 이후 기후변화, 순환경제, 인권, 기업 윤리가 최우선 과제로 떠올랐으며, 이에 대한 대응의 상당 부분이 공급망에서 이루어지고 있습니다. ISO 20400은 바로 이러한 문제를 다루기 위해 만들어진 표준으로, 지금도 여전히 견실한 틀입니다.
letter-review-evidence = { $adopted ->
    [0] ISO는 { $confirmed }에 완료된 지난 정기검토에서 이 표준을 변경 없이 확인했습니다.
   *[other] 최소 { $adopted }개 국가표준기관이 이 표준을 국가표준으로 채택했으며, { $confirmed }에 완료된 지난 정기검토에서도 이 표준은 변경 없이 확인되었습니다.
}
letter-review-ask = { $has_deadline ->
    [yes] 현재 진행 중인 투표는 { $deadline }에 마감됩니다. 표준을 개정하려면 위원회에서 수년간 작업해야 합니다. 그 시간은 이 표준이 이미 제공하는 지침을 조직들이 실제로 적용하도록 돕는 데 쓰는 편이 훨씬 바람직합니다. 이에 { $acronym }에서 { $standard }의 '확인'에 투표해 주시기를 정중히 요청드립니다.
    [due] 이 표준의 다음 정기검토는 { $due_by }까지 실시될 예정입니다. 표준을 개정하려면 위원회에서 수년간 작업해야 합니다. 그 시간은 이 표준이 이미 제공하는 지침을 조직들이 실제로 적용하도록 돕는 데 쓰는 편이 훨씬 바람직합니다. 이에 투표가 시작되면 { $acronym }에서 { $standard }의 '확인'에 투표해 주시기를 정중히 요청드립니다.
   *[other] 표준을 개정하려면 위원회에서 수년간 작업해야 합니다. 그 시간은 이 표준이 이미 제공하는 지침을 조직들이 실제로 적용하도록 돕는 데 쓰는 편이 훨씬 바람직합니다. 이에 투표가 시작되면 { $acronym }에서 { $standard }의 '확인'에 투표해 주시기를 정중히 요청드립니다.
}
letter-review-closing = 본 요청을 검토해 주시기를 부탁드립니다. { $acronym }의 투표 방향을 알려 주시기 바라며, { $in_country } 이 표준이 어떻게 활용되고 있는지 제가 아는 바를 기꺼이 공유하겠습니다.
letter-adopt-opening = 귀 기관의 무궁한 발전을 기원합니다. 본 서한을 통해 { $has_title ->
    [yes] { $standard }「{ $title }」
   *[no] { $standard }
}의 { $country_kind ->
    [territory] { $country } 표준
   *[country] { $country } 국가표준
} 채택을 { $body }에 요청드리고자 합니다.
letter-adopt-why = 공공기관과 기업은 국민소득의 상당 부분을 물품, 공사, 서비스 구매에 지출하며, 이들의 구매 방식은 공급망 깊숙한 곳까지 근로 조건, 배출량, 지역 경제에 영향을 미칩니다. ISO 20400은 조달 정책과 경영진의 의지 표명에서부터 공급업체 선정과 계약 관리에 이르기까지, 이러한 영향을 고려하기 위한 국제적으로 합의된 지침을 제공합니다. 공공·민간을 막론하고 모든 규모와 부문의 조직에 적용할 수 있습니다.
letter-adopt-evidence = { $adopted ->
    [0] ISO는 { $confirmed }에 완료된 지난 정기검토에서 이 표준을 확인했으며, 따라서 이 표준은 현행 표준으로서 안정적입니다.
   *[other] 이미 최소 { $adopted }개 국가표준기관이 이 표준을 채택했고, ISO도 { $confirmed }에 완료된 지난 정기검토에서 이를 확인했으므로, 이 표준은 현행 표준으로서 안정적입니다.
}
letter-adopt-ask = 국제표준과 일치하는 방식으로 채택된다면, { $in_country } 활동하는 구매자와 공급업체는 공공 입찰과 기업 정책에서 인용할 수 있는 공인된 기준을 갖게 되고, 이미 이 표준을 사용하는 교역 상대와도 보조를 맞추기가 쉬워질 것입니다. 이에 { $acronym }에서 { $standard }의 채택 절차를 시작하고, 가능하다면 { $language }판으로도 발행해 주시기를 정중히 요청드립니다.
letter-adopt-ask-in-progress = { $acronym }에서 이미 { $standard }의 채택 절차를 시작하신 것으로 알고 있습니다. 국제표준과 일치하는 표준이 발행된다면, { $in_country } 활동하는 구매자와 공급업체는 공공 입찰과 기업 정책에서 인용할 수 있는 공인된 기준을 갖게 될 것입니다. 이에 { $acronym }에서 채택 절차를 마무리하여 가능하다면 { $language }판으로 표준을 발행하고, 이용 가능해지면 이를 활용할 사람들에게 알려 주시기를 정중히 요청드립니다.
letter-adopt-closing = 본 요청을 검토해 주시기를 부탁드립니다. { $in_country } 이 표준에 대한 관심이 어느 정도인지 더 자세히 말씀드릴 기회가 있기를 바라며, 향후 어떤 절차를 밟을 수 있을지도 듣고 싶습니다.
letter-translate-opening = 귀 기관의 무궁한 발전을 기원합니다. 본 서한을 통해 { $has_title ->
    [yes] { $standard }「{ $title }」
   *[no] { $standard }
}의 { $language }판을 이용할 수 있도록 해 주실 것을 { $body }에 요청드리고자 합니다.
letter-translate-opening-exists = 귀 기관의 무궁한 발전을 기원합니다. { $acronym }에서 발행하시는 { $has_title ->
    [yes] { $standard }「{ $title }」
   *[no] { $standard }
}의 { $language }판인 { $edition }에 관하여 서한을 드립니다.
letter-translate-why = 지속가능한 조달은 구매 담당자, 공급업체, 계약 관리자, 공무원의 일상 업무이며, 이들 중 상당수는 자국어로 된 지침만 읽습니다. ISO 20400은 ISO 공식 영어판과 프랑스어판, 그리고 공식 스페인어 번역판으로 나와 있습니다. { $in_country } 일하는 { $language } 사용자들에게 국가판은 이 국제 문서를 동료 및 공급업체와 함께 나눌 수 있는 실용적인 도구로 바꾸어 줄 것입니다.
letter-translate-why-exists = 지속가능한 조달은 구매 담당자, 공급업체, 계약 관리자, 공무원의 일상 업무이며, 이들 중 상당수는 자국어로 된 지침만 읽습니다. { $edition } 덕분에 { $in_country } 일하는 { $language } 사용자들은 이미 자국어로 이 표준을 접할 수 있습니다. 이제 중요한 것은 이들이 그 존재를 알고 동료 및 공급업체와 함께 실제로 활용하는 것입니다.
letter-translate-evidence = { $adopted ->
    [0] ISO는 { $confirmed }에 완료된 지난 정기검토에서 이 표준을 확인했으므로, 지금 번역하면 앞으로 여러 해 동안 유용하게 쓰일 것입니다.
   *[other] 최소 { $adopted }개 국가표준기관이 이 표준을 채택했고, ISO도 { $confirmed }에 완료된 지난 정기검토에서 이를 확인했으므로, 지금 번역하면 앞으로 여러 해 동안 유용하게 쓰일 것입니다.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO는 { $confirmed }에 완료된 지난 정기검토에서 이 표준을 확인했으므로, { $edition }의 내용은 앞으로 여러 해 동안 유효할 것입니다.
   *[other] 최소 { $adopted }개 국가표준기관이 이 표준을 채택했고, ISO도 { $confirmed }에 완료된 지난 정기검토에서 이를 확인했으므로, { $edition }의 내용은 앞으로 여러 해 동안 유효할 것입니다.
}
letter-translate-ask = 이에 { $acronym }에서 국가표준 채택 방식이든 국제표준 원문과 함께 판매하는 번역판 방식이든 { $standard }의 { $language }판을 준비하여 발행하고, 이용 가능해지면 이를 활용할 사람들에게 알려 주시기를 정중히 요청드립니다.
letter-translate-ask-exists = { $acronym }에서 { $language }판 { $edition }의 발행에 힘써 주신 데 대해 깊이 감사드립니다. 아울러 이를 { $in_country } 활동하는 구매자, 공급업체, 공무원에게 널리 알려 주시고, 향후 ISO가 표준을 개정할 때에도 국제표준 원문과 일치하도록 유지해 주시기를 정중히 요청드립니다.
letter-translate-closing = 본 요청을 검토해 주시기를 부탁드립니다. 번역판이 발행되면 { $in_country } 널리 알리는 데 기꺼이 힘을 보태겠습니다.
letter-sign-off = 감사합니다.
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = 귀국({ $country })에서
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $organisation } { $role }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $date }, { $city }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = 귀국의 국가표준기관
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = 귀국
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = 귀국에서
open-letter-generic-deadline = 투표 마감일
open-letter-generic-committee = 해당 표준을 담당하는 ISO 위원회
