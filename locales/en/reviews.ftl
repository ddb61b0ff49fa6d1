## Systematic reviews: cycles, positions, the projected outcome
nav-reviews = Reviews

reviews-title = Systematic reviews
reviews-intro = Every standard is reviewed at the latest five years after publication or its last confirmation. National member bodies recommend to confirm, revise, amend or withdraw it; the participating members of the committee must vote. Here is where each body stands.
reviews-empty = No review is recorded yet.
review-page-title = Review { $cycle } of { $reference }
review-heading = Systematic review of { $reference }
review-cycle-id = Review { $cycle }

## Cycle status
review-status-planned = Planned
review-status-open = Ballot open
review-status-closed = Ballot closed, decision pending
review-status-decided = Decided
review-result-heading = Outcome
review-result-decided = This review is decided. Projections and the list of who can change the outcome are shown only while a review is open.
review-result-pending = The ballot has closed and the decision is not recorded yet.
review-field-status = Status
review-field-opens = Ballot opens
review-field-closes = Ballot closes
review-field-outcome = Decision
review-field-notes = Notes
review-outcome-confirmed = Confirmed
review-outcome-revised = To be revised
review-outcome-withdrawn = Withdrawn
review-outcome-stage = { $outcome } (stage { $stage }), { $date }
review-days-left = { $days ->
    [0] The ballot closes today.
    [one] The ballot closes tomorrow.
   *[other] { $days } days left before the ballot closes.
}
review-closed-ago = The ballot closed on { $date }.

## Positions
position-confirm = Confirm
position-revise = Revise
position-amend = Amend
position-withdraw = Withdraw
position-abstain = Abstain
position-none = No position yet
kind-intention = Stated intention
kind-vote = Vote cast
kind-result = Published result
voter-obliged = P-member: must vote
voter-optional = Member body: may vote
voter-non-voting = Does not vote

## Tally
tally-heading = Where the bodies stand
tally-intro = Each body's latest recorded position. P-members of the committee must vote; other member bodies may; correspondent and subscriber members do not vote.
tally-position = Position
tally-obliged = P-members
tally-optional = Other member bodies
tally-non-voting = Non-voting members

## The projection
projection-heading = Projected outcome
projection-disclaimer = The committee decides. This projection is an estimate from the positions recorded here, under the rules below; it is not a result.
projection-outcome-confirm = Confirm
projection-outcome-revise = Revise
projection-outcome-amend = Amend
projection-outcome-withdraw = Withdraw
projection-outcome-committee = The committee decides
projection-low-usage = { $usage ->
    [one] The standard is adopted in { $usage } country, fewer than { $threshold }: withdrawal is the likely outcome, whatever the votes.
   *[other] The standard is adopted in { $usage } countries, fewer than { $threshold }: withdrawal is the likely outcome, whatever the votes.
}
projection-majority = { $margin ->
    [one] It leads among the P-members who voted by { $margin } vote.
   *[other] It leads among the P-members who voted by { $margin } votes.
}
projection-tie = The P-members who voted are split evenly.
projection-no-majority = No outcome has a majority of the P-members' votes yet.
projection-undecided = { $count ->
    [one] { $count } P-member has no recorded position.
   *[other] { $count } P-members have no recorded position.
}
projection-rules = Rules: a standard adopted in fewer than { $threshold } countries is a withdrawal candidate; otherwise the simple majority of the P-members who vote decides, abstentions not counted; a tie goes to the committee.
projection-outcome-not-enough = Not enough records to project an outcome
projection-usage-unknown = { $usage ->
    [one] { $usage } adoption is recorded and { $unknown } of { $bodies } bodies are unknown: the records cannot tell whether fewer than { $threshold } countries use the standard, so no rule can be applied yet.
   *[other] { $usage } adoptions are recorded and { $unknown } of { $bodies } bodies are unknown: the records cannot tell whether fewer than { $threshold } countries use the standard, so no rule can be applied yet.
}
projection-votes-unknown = { $undecided ->
    [one] { $undecided } of { $obliged } P-members has no recorded position and could still change the majority.
   *[other] { $undecided } of { $obliged } P-members have no recorded position and could still change the majority.
}
projection-voters-unknown = No P-member of the committee is recorded, so the records do not say who must vote.

## Swing list
swing-heading = Who can still change the outcome
swing-intro = P-members without a final position, the ones whose vote for confirmation would change the most first.
swing-empty = No P-member's position can still change, as far as the records show.
swing-decisive = Decisive: their vote alone would make confirmation the projected outcome.
swing-gain = { $gain ->
    [one] A vote to confirm adds { $gain } to confirmation's lead.
   *[other] A vote to confirm adds { $gain } to confirmation's lead.
}

## Table and map
review-table-heading = Every body
review-table-caption = The latest recorded position of each body in this review, with its source.
column-voter = Voting
column-position = Position
column-kind = Kind
review-map-description = World map: each country is coloured by its body's latest position in review { $cycle }. Choose a country to open its body's page; the table below holds the same information.

## On a body's page
body-reviews-heading = Systematic reviews
body-reviews-empty = No position of this body is recorded in any review.
body-review-position = { $date }: { $position } ({ $kind })

## Coordinators record positions
edit-position-link = Record a position
edit-position-for = Record the position of { $country }
position-edit-title = { $country } in review { $cycle }
position-edit-intro = Record what you learned about this body's position: what it said it would do, the vote it cast, or the published result. Earlier positions stay in the history; the latest by date counts.
field-position = Position
field-kind-position = Kind of information
field-confidence-position = Confidence
position-save = Record the position
position-recorded = The position was recorded.
position-history-heading = Positions recorded in this review
position-history-empty = No position is recorded yet.
position-conflict = Someone recorded a newer position for this body meanwhile: { $position }. Check it before recording yours.

## Filters of the review page
review-filter-position = Position
review-filter-position-all = Any position
review-filter-voter = Voting
review-filter-voter-all = Everyone
review-showing = { $total ->
    [one] { $shown } of { $total } body matches the filters.
   *[other] { $shown } of { $total } bodies match the filters.
}

review-voters-board = This standard is owned directly by ISO's Technical Management Board (ISO/TMBG), which lists no P-members. Quorum has not found the rule ISO applies to such a review ballot, so it counts every member body as a voter.

## The ballot radar: reviews running now and due in the next twelve months
radar-title = Ballot radar
radar-intro = Systematic reviews running now, then the standards whose next review falls due in the next twelve months, for every standard ISO publishes, each with the number of bodies obliged to vote.
radar-filter-committee = Committee
radar-filter-ics = ICS field
radar-filter-scope = Standards
radar-scope-all = Every standard
radar-scope-followed = Followed standards only
radar-apply = Show
# $count (number) reviews; $until is a formatted date.
radar-count = { $count ->
    [0] No review runs or falls due before { $until }.
    [one] One review runs or falls due before { $until }.
   *[other] { $count } reviews run or fall due before { $until }.
}
radar-derived-note = “Due by” dates are derived by Quorum, not published by ISO: five years after publication or the last confirmation. ISO sends review ballots in batches, so a ballot may open earlier.
# The radar as a calendar feed (/api/v1/reviews/upcoming.ics): its name, and each event's
# summary and description. $reference: ISO 20400:2017; $title: the standard's title; $date: a formatted date.
radar-ics-calendar = Quorum: ballot radar
radar-ics-closes = { $reference }: systematic review ballot closes
radar-ics-closes-detail = { $title } — the ballot closes on { $date }.
radar-ics-due = { $reference }: systematic review due by (derived)
radar-ics-due-detail = { $title } — due five years after its publication or last confirmation; derived by Quorum, not published by ISO.
radar-json = JSON
radar-csv = CSV
radar-calendar = Calendar (iCalendar)
radar-col-standard = Standard
radar-col-committee = Committee
radar-col-what = Review
radar-col-date = Date
radar-col-voters = Obliged voters
radar-running = Ballot running (closes)
radar-due = Due by (derived)
radar-closes-unknown = Closing date not recorded
radar-voters-every = Every member body
radar-link = Ballot radar: every review running or due in the next twelve months
# $body is a body's two-letter code.
radar-for-body = Only the reviews { $body } is obliged to vote in.

## A body's page: the ballots it must vote in
body-ballots-heading = Ballots ahead
body-ballots-none = No review this body is obliged to vote in runs now or falls due in the next twelve months, as far as the records show.
# $count is a number.
body-ballots-count = { $count ->
    [one] One review this body is obliged to vote in runs now or falls due in the next twelve months:
   *[other] { $count } reviews this body is obliged to vote in run now or fall due in the next twelve months:
}
# $date is a formatted date.
body-ballot-closes = ballot closes { $date }
body-ballot-running = ballot running (closing date not recorded)
body-ballot-due = due by { $date } (derived)
body-ballots-all = All of them on the ballot radar
