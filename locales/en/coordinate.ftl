# Coordinators: the advocacy pipeline, the dashboard and review cycles.

## The advocacy pipeline (coordinators only)
stage-not-contacted = Not contacted
stage-contacted = Contacted
stage-replied = Replied
stage-committed = Committed
stage-voted = Voted
column-stage = Pipeline stage
column-owner = Owner
column-letters = Letters
column-cycle = Review
owner-nobody = Nobody
owner-me = Me
review-filter-stage = Pipeline stage
review-filter-stage-all = Any stage
review-filter-owner = Owner
review-filter-owner-all = Anyone
pipeline-move-heading = Move along the pipeline
pipeline-move-to = Move { $country } to “{ $stage }”
pipeline-moved = The pipeline was updated.
pipeline-heading = Advocacy pipeline
pipeline-intro = Where the campaign stands with this body in this review, and who keeps in touch with it. Only coordinators see this.
pipeline-letters = { $count ->
    [one] Quorum composed { $count } letter to this body while the ballot was open.
   *[other] Quorum composed { $count } letters to this body while the ballot was open.
}
field-pipeline-stage = Pipeline stage
field-owner = Owner
pipeline-save = Save the pipeline
pipeline-notes-heading = Activity notes
pipeline-notes-empty = No note yet.
pipeline-noted = The note was added.
field-noted-on = Date (YYYY-MM-DD)
field-note-text = Note
pipeline-note-add = Add the note
pipeline-note-by = { $date }, { $who }

## The coordinators' dashboard
nav-coordinate = Coordinator dashboard
coordinate-title = Coordinator dashboard
coordinate-cycles-heading = Open and planned reviews
coordinate-cycles-empty = No review is open or planned.
coordinate-closes = Ballot closes { $date }
coordinate-stages-label = Member bodies per pipeline stage
coordinate-mine-count = { $count ->
    [one] { $count } body is yours
   *[other] { $count } bodies are yours
}
coordinate-mine-heading = My bodies
coordinate-mine-empty = You own no body in an open or planned review. Pick bodies in a review's table and make yourself their owner.
coordinate-corrections-heading = Correction reports
coordinate-corrections = { $count ->
    [one] { $count } report waits for a decision.
   *[other] { $count } reports wait for a decision.
}
coordinate-corrections-link = Open the queue
coordinate-signatures = { $count ->
    [one] { $count } co-signature of an open letter waits for moderation.
   *[other] { $count } co-signatures of open letters wait for moderation.
}
coordinate-changes-heading = Recent changes
coordinate-changes-link = Every change to the directory

## Review cycles
cycle-edit-link = Edit this review cycle
cycle-edit-title = Review cycle { $cycle } of { $reference }
cycle-edit-intro = The review's ballot dates, status and, once the committee decided, its outcome. Dates are YYYY-MM-DD; a planned closing date may lie in the future.
cycle-new-heading = Start a review cycle
cycle-new-intro = A cycle is named after its standard and the year its ballot opens, like iso-20400-2027.
cycle-new-for = New review of { $reference }
cycle-new-year = Year the ballot opens
cycle-new-open = Open the form
field-opens-on = Ballot opens
field-closes-on = Ballot closes
field-cycle-status = Status
field-outcome = Outcome
outcome-none = Not decided
field-decided-on = Decided on
field-cycle-notes = Notes
edit-error-full-date = Enter the date as YYYY-MM-DD.
edit-error-closes-before-opens = The ballot cannot close before it opens.
edit-error-outcome-required = A decided review needs its outcome.
edit-error-outcome-needs-decision = Only a decided review has an outcome: set the status to “Decided”, or leave the outcome blank.
history-note = { $field }: { $note }
