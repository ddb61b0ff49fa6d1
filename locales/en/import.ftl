# /import: coordinators import spreadsheets (CSV).
nav-import = Import a spreadsheet
import-title = Import a spreadsheet
import-intro = Upload a CSV file of bodies, adoptions or review positions. Nothing is written at first: you see what the file would add, change or leave alone, row by row, and every refused row with its line and the reason. Only when no row is refused can you confirm; then the whole file is written at once, or nothing is. Every change goes into the history with your account and the file.
import-limits = Files up to { $megabytes } MB and { $rows } rows, in UTF-8, with a header row. Columns the import does not know are ignored.
import-kind-bodies = Bodies
import-kind-adoptions = Adoptions
import-kind-positions = Review positions
import-columns-bodies = One row per body, by its country code (alpha2). Only the columns present are compared; a changed value needs a source and its date (source and as_of, or per field acronym_source and acronym_as_of…). The directory's export has this layout.
import-columns-adoptions = One row per standard and body. status is adopted, in_progress, not_adopted or unknown (in an export, the column record_status holds it); degree is IDT, MOD or NEQ; dates as 2017, 2017-04 or 2017-04-19. A change needs source and as_of.
import-columns-positions = One row per review cycle and body. position is confirm, revise, amend, withdraw, abstain or none; kind is intention, vote or result; confidence high, medium-high, medium or low. Each different position is added to the body's history.
import-template = Download the template
import-export-current = Download the current data
import-file-label = CSV file
import-upload = Check the file
import-error-too-large = The file is larger than the limit.
import-error-too-many-rows = The file has more rows than the limit.
import-error-encoding = The file is not UTF-8 text. Save it as “CSV UTF-8” and upload it again.
import-error-csv = The file could not be read as CSV (an unclosed quote?).
import-error-empty = The file has no rows to import.
import-error-missing-column = The file has no column “{ $column }”, which this kind of import needs.
import-error-separator = The file's columns are not separated by commas, semicolons or tabs, so its header reads as one column. Save it again as CSV (comma- or semicolon-separated) and upload it.
import-error-choice = This value is not allowed here. Use one of: { $detail } (any case).
import-error-kind = Choose what the file holds: bodies, adoptions or review positions.
import-error-unknown-country = No body has this country code.
import-error-duplicate = An earlier row of the file names the same record.
import-error-unknown-standard = No tracked standard has this slug.
import-error-unknown-cycle = No review cycle has this slug.
import-error-applied = This file was already imported.
import-error-changed = The records changed since this preview. Look at the new preview below before you confirm.
import-error-nothing = There is nothing to import: a row is refused or nothing would change.
import-preview-title = Import of { $file }
import-count-add = { $count ->
    [one] { $count } row adds a record
   *[other] { $count } rows add records
}
import-count-change = { $count ->
    [one] { $count } row changes a record
   *[other] { $count } rows change records
}
import-count-same = { $count ->
    [one] { $count } row leaves its record as it is
   *[other] { $count } rows leave their records as they are
}
import-count-refused = { $count ->
    [one] { $count } row is refused
   *[other] { $count } rows are refused
}
import-refused-notice = Some rows are refused, so nothing can be imported. Fix them in your file and upload it again.
import-nothing-notice = The file would change nothing.
import-confirm-intro = Nothing has been written yet. Confirm to write every change below in one go.
import-confirm = { $count ->
    [one] Import { $count } row
   *[other] Import { $count } rows
}
import-applied = Imported on { $date }.
import-column-line = Line
import-column-record = Record
import-column-action = What happens
import-column-details = Details
import-action-add = Added
import-action-change = Changed
import-action-same = Left alone
import-action-refused = Refused
import-rows-more = { $count ->
    [one] { $count } more row is not listed.
   *[other] { $count } more rows are not listed.
}
import-again = Upload another file
import-running = Writing the import: { $done } of { $total } rows…
import-running-start = Writing the import…
import-error-storage = The file could not be stored; nothing was imported. Please try again.

## ISO Open Data files (admins)
import-iso-heading = ISO Open Data
import-iso-intro = ISO publishes its committees (with their P- and O-members) and every deliverable as open data (ODC-By). Upload ISO's file as published — CSV or JSON Lines, gzipped or not: Quorum checks it first and shows what it would add, change and leave alone, then writes it when you confirm. Every value keeps the source “ISO Open Data, <dataset>, <date>”.
# $megabytes is a number.
import-iso-limits = At most { $megabytes } MB.
import-iso-dataset = Dataset
import-iso-committees = Committees (iso_technical_committees)
import-iso-deliverables = Deliverables (iso_deliverables_metadata)
import-iso-date = Date of the file
import-iso-check = Upload and check
import-iso-error-dataset = Choose which of ISO's datasets the file is.
import-iso-error-format = The file's name must end in .csv or .jsonl (or .csv.gz, .jsonl.gz), as ISO's files do.
import-iso-error-date = The date of the file is not a date.
import-iso-error-gone = The uploaded file is no longer on the server (it restarted). Upload it again.
import-iso-error-changed = The file could not be written: some lines could not be read. Nothing was written.
import-iso-checking = Checking the file…
import-iso-writing = Writing the records…
import-iso-applied = Written. Every change is in the history.
# $count is a number; $source names the dataset and date.
import-iso-read = { $count } records read ({ $source }).
import-iso-problems = Some lines cannot be read, so nothing can be written. Correct the file and upload it again:
# $line is a line number of the file.
import-iso-problem = Line { $line }:

## Why a line of an ISO Open Data file cannot be read. $column, $columns, $ids and
## $acronyms are the file's own column names (title.en, pMembers.id…), quoted as they are;
## $cell is the value found, cut short; $detail is the file reader's own words (English).
iso-line-unreadable = The file could not be read from here on: { $detail }
iso-line-too-long = The line is longer than { $bytes } bytes.
iso-line-not-number = “{ $column }” should be a whole number, not “{ $cell }”.
iso-line-not-list = “{ $column }” should be a list in brackets, not “{ $cell }”.
iso-line-missing-columns = The header has no column { $columns }.
iso-line-cell-count = This record has { $count } cells; the header has { $expected }.
iso-line-not-utf8 = The record is not valid UTF-8.
iso-line-csv = The record cannot be read as CSV: { $detail }
iso-line-unpaired = “{ $ids }” has { $ids_count } items but “{ $acronyms }” has { $acronyms_count }, so they cannot be paired.
iso-line-bad-id = The id should be a positive number, not { $cell }.
iso-line-no-id = The record has no id.
iso-line-no-reference = The record has no reference.
iso-line-no-status = The committee has no status.
iso-line-reference = The reference “{ $cell }” has no letter or digit.
iso-line-stage-format = “currentStage” should be a stage code like 9093 or 90.93, not “{ $cell }”.
iso-line-unknown-stage = “currentStage” { $cell } is not a stage code.
iso-line-date = “publicationDate” should be a date like 2017-04-21, not “{ $cell }”.
iso-line-not-committee = The line is not a committee as ISO publishes it: { $detail } (column { $column }).
iso-line-not-deliverable = The line is not a deliverable as ISO publishes it: { $detail } (column { $column }).
import-iso-records = Records
import-iso-added = Added
import-iso-changed = Changed
import-iso-same = Unchanged
import-iso-row-committees = Committees
import-iso-row-memberships = Memberships
import-iso-row-standards = Standards
# $count is a number.
import-iso-unmatched = { $count ->
    [0] Every member listed matches a body of the directory.
    [one] One member id matches no body of the directory; see the unmatched members.
   *[other] { $count } member ids match no body of the directory; see the unmatched members.
}
# $opened and $closed are numbers.
import-iso-reviews = Review cycles opened: { $opened }; closed or decided: { $closed }.
import-iso-confirm-intro = The whole file is written in one transaction: all of it or nothing.
import-iso-confirm = Import these records

## ISO member ids that match no body (admins)
unmatched-title = Unmatched ISO members
unmatched-intro = ISO's committee data lists these member ids, but no body of the directory carries them. Create the body of the country a member id belongs to (or add the id to an existing body's record): its committee memberships are recorded at once, with the committee file as their source.
unmatched-none = Every member id in the committee data matches a body of the directory.
# $id is ISO's member id.
unmatched-id = ISO member id { $id }
# $p and $o are numbers of committees.
unmatched-counts = P-member of { $p } committees, O-member of { $o }:
unmatched-country = Country
unmatched-country-choose = Choose the country (those without a body)
unmatched-create = Create the body with its memberships
unmatched-error-country = Choose the country of the body.
unmatched-error-taken = That country has a body already; add the member id to its record instead.
unmatched-link = Unmatched ISO members
