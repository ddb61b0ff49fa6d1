## Standards: adoptions per body, language versions, the world map
nav-standards = Standards

standards-title = Standards Quorum follows
standards-intro = For each standard: which national bodies adopted it, which only sell ISO's own edition, and in which languages it exists. Every number is counted from the records on the standard's page.
standards-adoptions = { $count ->
    [one] { $count } national adoption
   *[other] { $count } national adoptions
}
standards-languages = { $count ->
    [one] available in { $count } language
   *[other] available in { $count } languages
}
standards-open = Adoptions, map and languages
standards-empty = No standard is tracked yet.

standard-page-title = { $reference }: adoptions and languages
standard-facts-heading = About the standard
standard-field-reference = Reference
standard-field-title = Title
standard-field-published = Published
standard-field-edition = Edition
standard-field-committee = Committee
standard-field-stage = Current stage
standard-field-last-confirmed = Last confirmed in a systematic review

## Adoption status (ISO/IEC Guide 21-1 degrees of correspondence)
status-adopted-idt = Adopted, identical (IDT)
status-adopted-idt-def = Published as a national standard identical to ISO's text.
status-adopted-mod = Adopted, modified (MOD)
status-adopted-mod-def = Published as a national standard with technical deviations that are identified and explained.
status-adopted = Adopted, degree not recorded
status-adopted-def = Published as a national standard; no source recorded yet says whether it is identical or modified.
status-neq = National standard, not equivalent (NEQ)
status-neq-def = A national standard on the subject that is not equivalent to ISO's text. NEQ is not an adoption and is not counted as one.
status-in-progress = Adoption in progress
status-in-progress-def = The body has started to adopt the standard, for example with a public consultation on a national edition, but has not published it.
status-sells-only = Sells the ISO standard only
status-sells-only-def = The body sells ISO's own edition without publishing a national adoption.
status-not-adopted = Not adopted
status-not-adopted-def = A source says the body has not adopted the standard and does not sell it.
status-unknown = Unknown
status-unknown-def = Nothing is recorded for this body yet. Unknown does not mean "not adopted".
status-adopted-any = Adopted (IDT, MOD or degree not recorded)

standard-counts-heading = At a glance
standard-count-adoptions = { $count ->
    [one] national adoption
   *[other] national adoptions
}
standard-count-adoptions-def = Bodies that published the standard as a national standard: IDT, MOD or degree not recorded. NEQ does not count.
standard-count-languages = { $count ->
    [one] language
   *[other] languages
}
standard-count-languages-def = Languages the text exists in: ISO's official editions and national translations, drafts included.
standard-count-bodies = { $count ->
    [one] body
   *[other] bodies
}
standard-count-show = Show these bodies

## Filters, map and table
standard-filter-status = Adoption status
standard-filter-status-all = Any status
standard-filter-clear = Clear filters
standard-showing = { $total ->
    [one] { $shown } of { $total } body matches the filters.
   *[other] { $shown } of { $total } bodies match the filters.
}
map-heading = Map
map-description = World map: each country is coloured by its body's adoption status of { $reference }. Small states are drawn as circles. Choose a country to open its body's page; the table below holds the same information.
map-legend = Legend
map-country-status = { $country }: { $status }
map-no-body = No ISO member in the directory
map-filtered-out = Outside the current filters
map-hint = Point at a country or move to it with the Tab key to see its status.
map-hint-touch = Tap a country to open its body's page; the table below gives every country's status.
map-skip = Skip the map
table-heading = Every body
table-caption = Adoption of { $reference } by each body, with its source. Select a column heading to sort.
column-status = Status
column-designation = National designation
column-adopted-on = Adopted
column-language = Language
column-source = Source
sort-ascending = sorted A to Z
sort-descending = sorted Z to A

## Language versions
translations-heading = Languages
translations-intro = The languages the standard's text exists in, who published each version and when.
translation-kind-official = Official ISO edition
translation-kind-national = National translation
translation-kind-draft = Draft translation
translations-empty = No language version is recorded yet.
translation-publisher-year = { $publisher }, { $year }
translation-add = Add a language version
translation-add-language = Language code
translation-add-button = Add

## Committee and members
committee-heading = Committee { $committee }
committee-explain = P-members (participating) must vote in every ballot, systematic reviews included; O-members (observing) follow the work and may comment.
committee-p-members = { $count ->
    [one] { $count } P-member
   *[other] { $count } P-members
}
committee-o-members = { $count ->
    [one] { $count } O-member
   *[other] { $count } O-members
}
committee-members-empty = No membership is recorded yet. ISO lists a committee's members on its page; a coordinator can add them here with that source.
committee-add-member = Record a membership
membership-p = P-member
membership-o = O-member
membership-none = Not a member

## The standards on a body's page
body-standards-heading = Standards
body-standard-about = About { $reference }
body-sells = Sells ISO's own edition
sells-yes = Yes
sells-no = No
body-language-versions = Versions in this country's languages
body-no-version = No version in { $language } is recorded.
body-membership = Membership of { $committee }

## Fields of adoptions, language versions and standards (forms and history)
field-status = Status
field-degree = Degree of correspondence
field-designation = National designation
field-adopted-on = Date adopted
field-method = Method of adoption
field-lang = Language
field-sells = Sells ISO's own edition
field-confidence = Confidence in the source
field-note = Note
field-title = Title
field-kind = Kind of version
field-publisher = Publisher
field-year = Year
field-reference = Reference
field-committee = Committee
field-published = Publication date
field-edition = Edition
field-stage = Stage code
field-last-confirmed = Last confirmed
field-membership = Membership
choice-unknown = Unknown
degree-idt = IDT: identical
degree-mod = MOD: modified
degree-neq = NEQ: not equivalent
method-endorsement = Endorsement
method-cover-sheet = Cover sheet
method-reprint = Reprint
method-translation = Translation
method-redraft = Redraft
confidence-high = High
confidence-medium-high = Medium to high
confidence-medium = Medium
confidence-low = Low
adoption-state-adopted = Adopted
adoption-state-in-progress = In progress
adoption-state-not-adopted = Not adopted
date-hint = A year, a month or a day: 2017, 2017-04 or 2017-04-19.

## Coordinators' forms
edit-adoption-link = Edit the adoption record
edit-adoption-for = Edit the adoption record of { $country }
adoption-edit-title = { $reference } in { $country }
adoption-edit-intro = Record what the body did with the standard. Leave a field blank when no source says. The source and date below apply to the whole record and go into its history.
edit-translation-link = Edit
translation-edit-title = { $reference } in { $language }
translation-edit-intro = Record a version of the standard in one language. The source and date below go into the record's history.
edit-standard-link = Edit the standard
standard-edit-title = Edit { $reference }
standard-edit-intro = Change what you have verified. The source and date below go into the record's history.
edit-membership-link = Edit membership
membership-edit-title = { $body } in { $committee }
membership-edit-intro = Record whether the body is a participating (P) or observing (O) member of the committee, as ISO's committee page lists it.
record-save = Save
record-saved = Saved. The change is in the record's history.
record-history-heading = History of this record
edit-error-choice = Choose one of the offered values.
edit-error-partial-date = Enter a year, a month or a day (2017, 2017-04 or 2017-04-19), not in the future.
edit-error-required = This field cannot be blank.
edit-error-language = Enter a language code such as pt, zh-Hans or sr-Latn.

## Every standard ISO publishes (ISO Open Data) and the ones coordinators follow
standards-search-label = Find any ISO standard
standards-search-placeholder = Reference, number, words of the title or committee
standards-search-hint = Quorum knows every standard ISO publishes, from ISO Open Data. Only the standards coordinators follow have adoptions, letters and reviews.
standards-followed-heading = Followed standards
standards-results-heading = Standards found
# $count (number) standards match; $query is what the reader typed.
standards-results-count = { $count ->
    [0] No standard matches “{ $query }”.
    [one] One standard matches “{ $query }”.
   *[other] { $count } standards match “{ $query }”.
}
# $stage is a harmonized stage code such as 90.93.
standards-result-stage = stage { $stage }
standards-followed-badge = Followed
# $date is a formatted date.
standard-due-by-short = Next review due by { $date } (derived)
standard-field-type = Type
standard-field-developed-by = Developed by
standard-field-due-by = Next systematic review due by
standard-due-by-derived = Derived by Quorum, not published by ISO: five years after publication or the last confirmation. ISO sends review ballots in batches, so the ballot may open earlier.
standard-field-iso-languages = Languages ISO publishes it in
standard-field-replaces = Replaces
standard-field-replaced-by = Replaced by
standard-iso-page = This standard on iso.org
standard-not-followed = Coordinators do not follow this standard: Quorum keeps what ISO publishes about it, but tracks no adoptions, letters or reviews for it.
standard-follow = Follow this standard
standard-unfollow = Stop following
standard-follow-explain = Following adds this standard to the standards list, with its adoption table, map, letters and review tracking.
standard-unfollow-explain = Its records stay; the standard leaves the standards list, the letters and review tracking.

## Figures others publish about a standard, quoted as theirs
standard-claims-heading = What others say
# $source is who published the figures, $date when.
standard-claims-by-dated = { $source } ({ $date }) says:
standard-claims-by = { $source } says:
standard-claim-adopted = { $count ->
    [one] one country adopted it
   *[other] { $count } countries adopted it
}
standard-claim-selling = { $count ->
    [one] one national body sells it
   *[other] { $count } national bodies sell it
}
standard-claim-languages = { $count ->
    [one] it exists in one language
   *[other] it exists in { $count } languages
}
standard-claims-explain = These are their figures, quoted as published. Quorum's own counts above come only from the records on this page, each with its source.
