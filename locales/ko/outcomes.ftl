# After the letter: advocates tell what happened (no account), coordinators decide on
# their reports, and everyone sees the counts. $body is a body's acronym with its
# country ("ABNT (Brazil)"); $date a formatted date; $answer one of the
# outcome-stance-* phrases.

## "I sent it"

outcome-sent-heading = 서한을 보내셨나요?
outcome-sent-intro = 서한을 보내셨다면 알려 주세요. 이 기구에 보낸 서한 수에 집계되며, 나중에 기구의 답변을 알려 주실 수 있는 비공개 링크를 받게 됩니다. 작성하신 내용은 저장되지 않습니다.
outcome-sent-email = 이메일 주소(선택 사항)
outcome-sent-email-hint = 비공개 링크를 이메일로 한 번만 보내 드리며, 주소는 보관하지 않습니다.
outcome-sent-button = 보냈습니다
outcome-error-too-many = 최근 1시간 동안 이곳에서 너무 많은 제보가 접수되었습니다. 나중에 다시 시도해 주세요.
outcome-error-closed = 이 제보는 더 이상 변경할 수 없습니다. 코디네이터가 이미 처리했습니다.
outcome-error-no-position = 이 제보에는 입장으로 기록할 수 있는 답변이 없습니다.

## The advocate's private page

outcome-title = 보내신 서한과 답변
outcome-new = 감사합니다. 이 페이지의 주소가 비공개 링크입니다. 기구가 답변하면 알려 주실 수 있도록 잘 보관해 두세요. 링크가 있으면 누구나 제보 내용을 변경할 수 있습니다.
outcome-copy = 링크 복사
outcome-copied = 링크를 복사했습니다
outcome-thanks = 감사합니다. 제보가 코디네이터에게 전달되었습니다.
outcome-sent-on = { $date }에 { $body } 앞으로 서한을 보내셨습니다.
outcome-replied-on = { $date } 답변: { $answer }
outcome-reply-heading = 기구의 답변
outcome-reply-intro = 기구는 이번 검토에서 어떻게 하겠다고 답했나요? 제보는 코디네이터에게만 전달되며 일반에는 공개되지 않습니다. 일반에는 보낸 서한 수와 답변을 받은 서한 수만 공개됩니다.
outcome-reply-stance = 답변 내용
outcome-reply-text = 답변 원문(선택 사항)
outcome-reply-text-hint = 코디네이터만 읽을 수 있으며, 절대 공개되지 않습니다.
outcome-reply-button = 답변 보내기
outcome-unknown = 유효하지 않은 링크입니다.
outcome-stance-confirm = 표준 확인에 투표할 예정
outcome-stance-revise = 개정에 투표할 예정
outcome-stance-withdraw = 폐지에 투표할 예정
outcome-stance-undecided = 아직 결정하지 않음
outcome-stance-no-answer = 투표에 관한 답변 없음

## Coordinators

outcome-reports-heading = 일반 사용자 제보
outcome-reports-intro = 이 기구에 서한을 보낸 분들이 알려 온 내용입니다. 신뢰도가 낮으므로 답변이 믿을 만한 경우에만 입장으로 기록하세요. 제보가 그 입장의 출처가 됩니다.
outcome-reports-decided = 제보를 처리했습니다.
outcome-reports-none = 이번 검토에서 이 기구에 서한을 보냈다고 알려 온 사람이 아직 없습니다.
outcome-reports-no-reply = 답변 제보 없음
outcome-via-letter = 작성 화면에서 쓴 서한
outcome-via-open-letter = 공개서한
outcome-status-open = 결정 대기
outcome-status-recorded = 입장으로 기록됨
outcome-status-dismissed = 반려됨
outcome-reports-open = { $count ->
   *[other] 결정 대기 중인 제보 { $count }건
}
outcome-record-button = 입장으로 기록(밝힌 의향, 신뢰도 낮음)
outcome-dismiss-button = 반려

## Public counts

outcome-counts-heading = 표준기구에 보내는 서한
outcome-counts = { $letters ->
   *[other] 작성을 시작한 서한 { $letters }통
}, { $sent ->
   *[other] 발송 제보 { $sent }건
}, { $replies ->
   *[other] 답변 { $replies }건
}.
outcome-counts-hint = 검토 기간 중 Quorum 작성 화면에서 작성을 시작한 서한과, 그 후 서한을 보낸 분들이 알려 온 내용입니다. 수치만 공개되며, 누가 무엇을 썼는지는 공개되지 않습니다.
outcome-counts-country = 국가
outcome-counts-letters = 작성 시작
outcome-counts-sent = 발송 제보
outcome-counts-replies = 답변

## E-mail

mail-outcome-subject = 비공개 링크: { $body }에 보낸 서한
mail-outcome-body = { $body }에 서한을 보내 주셔서 감사합니다. 답변을 받으시면 이 링크로 답변 내용을 알려 주세요. 링크는 다른 사람과 공유하지 마세요. 링크가 있으면 누구나 제보 내용을 변경할 수 있습니다.
mail-outcome-action = 받은 답변 알리기

## The letters layer of a review's map

outcome-map-description = 세계 지도: 각 국가는 이번 검토에서 Quorum 사용자가 해당 국가의 표준기구 앞으로 작성을 시작했거나 보냈다고 제보한 서한 수에 따라 색으로 구분됩니다.
outcome-map-layer = 지도 색상 기준
outcome-map-positions = 입장
outcome-map-letters = 서한
outcome-map-bucket-0 = 서한 없음
outcome-map-bucket-1 = 서한 1~2통
outcome-map-bucket-2 = 서한 3~9통
outcome-map-bucket-3 = 서한 10통 이상
