# E-mail: the messages Quorum sends (subjects, bodies, footers), the alert forms and
# pages, and the outbox as admins see it. Placeables are plain text; $what is a phrase
# from the alert-what-* messages, $label a standard's reference or a body's acronym
# with its country.

## Every message

mail-footer = 이 메일은 각국 국가표준기구가 ISO 표준에 관해 어떻게 결정하는지 추적하는 Quorum에서 보냈습니다.
mail-unsubscribe = 이 메일 그만 받기
mail-link-action = 비밀번호 설정
mail-link-ignore = 예상하지 못한 메일이라면 무시하셔도 됩니다. 링크를 사용하지 않으면 아무 일도 일어나지 않습니다.

## Invitations and password resets (the admin's language)

mail-invite-subject = Quorum 초대
mail-invite-body = 관리자가 회원님을 Quorum에 초대했습니다. 코디네이터가 국가표준기구에 관해 알게 된 정보를 기록하는 곳입니다. 비밀번호를 정해 계정을 여세요. 링크는 { $hours }시간 동안 한 번만 사용할 수 있습니다.
mail-reset-subject = Quorum 비밀번호 재설정
mail-reset-body = 관리자가 회원님 계정의 새 비밀번호를 설정할 수 있는 링크를 만들었습니다. 링크는 { $hours }시간 동안 한 번만 사용할 수 있으며, 사용하면 다른 모든 세션이 종료됩니다.

## Co-signatures

mail-signature-subject = 서명 확인: { $title }
mail-signature-body = 공개서한 “{ $title }”에 서명하셨습니다. 서명은 확인을 마쳐야 집계되며, 공개되기 전에 코디네이터가 검토합니다. 링크는 { $hours }시간 동안 유효하며, 그 후에는 서명과 이메일 주소가 삭제됩니다.
mail-signature-action = 내 서명 확인
signature-thanks-confirm = 감사합니다. 이메일을 보내 드렸습니다. 메일에 있는 링크로 확인하셔야 서명이 집계됩니다.
signature-email-hint-confirm = 서명을 확인하는 데 필요하며, 표시되거나 공유되지 않습니다.
signature-confirm-title = 서명 확인
signature-confirm-lead = 버튼을 눌러 공개서한 서명을 확인하세요. 그다음 코디네이터가 검토한 후에 공개됩니다.
signature-confirm-button = 내 서명 확인
signature-confirm-invalid = 이 링크는 더 이상 유효하지 않습니다. 이미 사용되었거나 만료되었습니다. 원하시면 서한에 다시 서명해 주세요.
signature-confirmed = 서명이 확인되었습니다. 코디네이터가 검토한 후에 공개됩니다.

## Alerts

alert-heading = 이메일 알림
alert-intro-standard = 이 표준의 검토나 채택 현황이 바뀌면 이메일로 알려 드립니다.
alert-intro-body = 이 기구의 공개 정보가 바뀌면 이메일로 알려 드립니다.
alert-intro-review = 이 투표가 마감되기 7일 전과 1일 전에 알림을 보내 드립니다.
alert-email = 이메일 주소
alert-email-hint = 먼저 확인 링크를 보내 드립니다. 모든 메일에는 수신을 중단하고 주소를 삭제하는 링크가 들어 있습니다.
alert-button = 알림 받기
alert-button-review = 마감 알림 받기
alert-no-mail = 이 사이트는 이메일을 보내지 않습니다. 위의 캘린더나 피드로 소식을 받아 보세요.
alert-sent = 받은편지함을 확인하세요. 확인 링크를 보내 드렸습니다. 링크를 사용하기 전에는 다른 메일을 보내지 않습니다.
alert-error-no-mail = 이 사이트는 이메일을 보내지 않습니다.
alert-error-too-many = 이 연결 또는 이 주소로 요청된 알림이 너무 많습니다. 나중에 다시 시도해 주세요.
alert-what-standard = { $label } 검토 및 채택 현황
alert-what-body = { $label } 공개 정보
alert-what-review = { $label } 마감 알림
alert-label-review = { $reference } 정기검토
alert-page-title = 이메일 알림
alert-page-lead = { $what }에 관한 알림 — 받는 주소: { $email }
alert-state-confirmed = 확인됨: 이 알림을 받고 있습니다.
alert-state-waiting = 아직 확인되지 않음: 확인하기 전에는 아무것도 보내지 않습니다.
alert-confirm-button = 알림 신청 확인
alert-confirmed = 알림 신청이 확인되었습니다.
alert-unsubscribe-button = 수신 중단 및 주소 삭제
alert-privacy = Quorum은 이 알림을 위해서만 이메일 주소를 보관합니다. 알림을 중단하면 주소가 삭제됩니다.
alert-unsubscribe-title = 이 메일 그만 받기
alert-unsubscribe-lead = 버튼을 누르면 이 메일의 수신이 중단되고, 이메일 주소가 즉시 삭제됩니다.
alert-unsubscribed = 완료되었습니다. 더 이상 이 메일을 받지 않으며, 이메일 주소는 삭제되었습니다.
alert-unknown = 이 링크는 더 이상 유효하지 않습니다. 이 알림은 이미 중단되었습니다.

## The messages of an alert

mail-alert-confirm-subject = 알림 신청 확인: { $what }
mail-alert-confirm-body = 누군가(아마도 본인)가 Quorum에 { $what }에 관한 이메일 알림을 신청했습니다. 알림을 받으려면 신청을 확인하세요.
mail-alert-confirm-action = 알림 신청 확인
mail-alert-confirm-ignore = 신청한 적이 없다면 이 메일을 무시하세요. 더 이상 메일이 발송되지 않으며, 이 주소는 사용되지 않습니다.
mail-reminder-subject = { $days ->
    [0] 오늘 투표 마감: { $reference }
    [1] 내일 투표 마감: { $reference }
   *[other] { $days }일 후 투표 마감: { $reference }
}
mail-reminder-body = { $reference } 투표는 { $date }에 마감됩니다. 아직 결정하지 않은 국가표준기구에는 지금도 서한을 보낼 수 있습니다.
mail-reminder-action = 검토 내용과 아직 결정하지 않은 기구 보기
mail-changes-subject = { $count ->
   *[other] 변경 사항 { $count }건: { $what }
}
mail-changes-body = { $count ->
   *[other] { $what }의 새 변경 사항 { $count }건:
}

## The coordinators' weekly digest

mail-digest-subject = Quorum: 이번 주 요약
mail-digest-intro = 이번 주에 살펴보아야 할 사항입니다.
mail-digest-no-reviews = 진행 중이거나 예정된 검토가 없습니다.
mail-digest-closes = { $days ->
    [1] { $date } 마감(내일)
   *[other] { $date } 마감({ $days }일 남음)
}
mail-digest-closes-unknown = 마감일 알 수 없음
mail-digest-review = { $reference }: { $closing }; 미연락 정회원 { $not_contacted }곳; 3주간 변동 없는 파이프라인 단계 { $stale }건
mail-digest-queues = 대기 중: 수정 제보 { $corrections }건, 확인할 공개서한 서명 { $signatures }건.
mail-digest-action = 코디네이터 대시보드 열기

## Admins

accounts-link-mailed = 링크를 해당 주소로 이메일로 보냈습니다.
mail-admin-heading = 이메일
mail-admin-enabled = 이메일이 설정되어 있습니다. 초대, 비밀번호 재설정, 공개서한 서명 확인, 알림, 주간 요약은 발신함을 거쳐 발송됩니다.
mail-admin-disabled = 이메일이 설정되어 있지 않습니다(QUORUM_SMTP_URL 미설정). 링크가 여기에 표시되니 직접 보내 주세요. 공개서한 서명은 확인 없이 접수되며, 알림 기능은 제공되지 않습니다.
mail-admin-counts = 발신함: 대기 { $queued }건, 발송 { $sent }건, 실패 { $failed }건.
mail-admin-kind = 종류
mail-admin-status = 상태
mail-admin-attempts = 시도 횟수
mail-admin-when = 날짜
mail-admin-error = 마지막 오류
mail-status-queued = 대기
mail-status-sent = 발송됨
mail-status-failed = 실패

## The digest on the account page

digest-heading = 주간 요약
digest-on = 매주 월요일에 주간 요약을 이메일로 받고 있습니다.
digest-off = 주간 요약을 받지 않고 있습니다.
digest-turn-on = 주간 요약 받기
digest-turn-off = 주간 요약 그만 받기
digest-no-mail = 이 사이트는 이메일을 보내지 않으므로 주간 요약이 없습니다.
