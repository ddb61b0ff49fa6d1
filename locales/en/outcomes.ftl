# After the letter: advocates tell what happened (no account), coordinators decide on
# their reports, and everyone sees the counts. $body is a body's acronym with its
# country ("ABNT (Brazil)"); $date a formatted date; $answer one of the
# outcome-stance-* phrases.

## "I sent it"

outcome-sent-heading = Did you send it?
outcome-sent-intro = Tell us once your letter has left: it counts towards this body's letters, and you get a private link to tell us later what they answered. Nothing you wrote is kept.
outcome-sent-email = Your e-mail address (optional)
outcome-sent-email-hint = We e-mail you the private link once and do not keep the address.
outcome-sent-button = I sent it
outcome-error-too-many = Too many reports came from here in the last hour. Try again later.
outcome-error-closed = This report can no longer be changed: a coordinator has already taken it into account.
outcome-error-no-position = This report holds no answer that can be recorded as a position.

## The advocate's private page

outcome-title = Your letter and its answer
outcome-new = Thank you. This page is your private link: keep it to tell us when the body replies. Anyone with the link can change the report.
outcome-copy = Copy the link
outcome-copied = Link copied
outcome-thanks = Thank you: your report reached the coordinators.
outcome-sent-on = You sent your letter to { $body } on { $date }.
outcome-replied-on = Reply of { $date }: { $answer }
outcome-reply-heading = They replied
outcome-reply-intro = What did the body say it will do in the review? Your report reaches the coordinators, never the public: the public sees only how many letters were sent and answered.
outcome-reply-stance = Their answer
outcome-reply-text = What they wrote (optional)
outcome-reply-text-hint = Only coordinators read it; it is never published.
outcome-reply-button = Send the answer
outcome-unknown = This link is not valid.
outcome-stance-confirm = they will vote to confirm the standard
outcome-stance-revise = they will vote to revise it
outcome-stance-withdraw = they will vote to withdraw it
outcome-stance-undecided = they have not decided yet
outcome-stance-no-answer = no answer

## Coordinators

outcome-reports-heading = Public reports
outcome-reports-intro = What advocates said after writing to this body. Low confidence: record a position only if the answer is credible; the report becomes its source.
outcome-reports-decided = The report was taken into account.
outcome-reports-none = No advocate has reported a letter to this body in this review.
outcome-reports-no-reply = no reply reported
outcome-via-letter = Letter from the composer
outcome-via-open-letter = Open letter
outcome-status-open = to decide
outcome-status-recorded = recorded as a position
outcome-status-dismissed = dismissed
outcome-reports-open = { $count ->
    [one] one report to decide
   *[other] { $count } reports to decide
}
outcome-record-button = Record as a position (intention, low confidence)
outcome-dismiss-button = Dismiss

## Public counts

outcome-counts-heading = Letters to the bodies
outcome-counts = { $letters ->
    [one] One letter started
   *[other] { $letters } letters started
}, { $sent ->
    [one] one reported sent
   *[other] { $sent } reported sent
}, { $replies ->
    [one] one reply
   *[other] { $replies } replies
}.
outcome-counts-hint = Letters started in Quorum's composer while the review was open, and what advocates told us afterwards. Counts only: who wrote and what they wrote stays private.
outcome-counts-country = Country
outcome-counts-letters = Letters started
outcome-counts-sent = Reported sent
outcome-counts-replies = Replies

## E-mail

mail-outcome-subject = Your private link: the letter to { $body }
mail-outcome-body = Thank you for writing to { $body }. When they answer, use this link to tell us what they said. Keep it to yourself: anyone with it can change the report.
mail-outcome-action = Tell us what they answered

## The letters layer of a review's map

outcome-map-description = World map: each country coloured by the letters Quorum's users started or reported sent to its national body in this review.
outcome-map-layer = Colour the map by
outcome-map-positions = positions
outcome-map-letters = letters
outcome-map-bucket-0 = no letter
outcome-map-bucket-1 = 1–2 letters
outcome-map-bucket-2 = 3–9 letters
outcome-map-bucket-3 = 10 letters or more
