## Site frame
app-name = Quorum
page-title = { $page } · Quorum
# What search engines and link previews show under a page's title (meta description).
site-description = Quorum tracks every national standards body: whether it adopted a standard, in which languages the standard exists, how it votes in ISO's systematic reviews, and how to write to it in its own language.
meta-body = { $body } ({ $country }): contact, ISO membership, adoptions and review positions, each with its source and date, and a letter to write to it.
meta-standard = { $reference }: which national standards bodies adopted it, in which languages it exists, and its systematic reviews.
meta-review = The systematic review of { $reference }: each national standards body's recorded position, the projected outcome and who can still change it.
meta-open-letter = An open letter to national standards bodies: read it, sign it, or send it to your own country's body.
skip-to-content = Skip to content
nav-label = Main
nav-home = Home
nav-directory = Standards bodies
language-switcher-label = Language
footer-provenance = Every fact shows its source and the date it was last checked. A blank field means unknown, never a guess.
footer-licence = Quorum is free software. Contact data from iso.org member pages (2021/22, collected by the StanDat project), ISO Open Data (2026) and the other sources named next to each value.
loading = Loading…
back-to-directory = Back to the directory
breadcrumb-label = Breadcrumb

## Errors
error-not-found = We could not find that page.
error-invalid-input = Some of what was entered could not be used. Please check it and try again.
error-storage = Quorum could not read its data just now. Please try again in a moment.
error-transport = The request did not reach Quorum. Check your connection and try again.
error-body-too-large = This request is too large for Quorum (more than { $size } KB). Shorten what you entered and try again.
not-found-title = Page not found
not-found-body = There is no page at this address. If you followed a link to a standards body, its country code may be mistyped: codes are two letters, such as BR for Brazil.
not-found-standard = Quorum follows no standard at this address. A standard's address uses its number, such as /standards/iso-20400 for ISO 20400; the list shows every standard Quorum follows.
not-found-review = Quorum has no review at this address. A review's address names its standard and year, such as /reviews/iso-20400-2022; the list shows every review Quorum records.
not-found-open-letter = There is no published open letter at this address. It may have been withdrawn or not yet published; the list shows every open letter.

## Home
home-title = Find your national standards body
home-heading = Find your national standards body and make your case
home-intro = Quorum lists every national standards body that belongs to ISO, with its contact details and where each detail comes from. It helps advocates of standards such as ISO 20400 on sustainable procurement reach the body that decides in their country.
search-label = Country, code or standards body
search-placeholder = e.g. Brasil, BR, ABNT
search-button = Search
home-stats-heading = ISO members in the directory
home-stats-total = { $count ->
    [one] { $count } standards body in the directory, by ISO membership category:
   *[other] { $count } standards bodies in the directory, by ISO membership category:
}
home-browse-all = Browse all standards bodies
home-next-heading = What you can do now
home-step-find = Find your country's standards body with the search above.
home-step-write = Write to it
home-step-write-note = — Quorum drafts the letter in the body's language, with its address.
home-step-review = The next review:
home-review-closes = — the ballot closes on { $date }.
home-review-undated = — its closing date is not recorded yet.
home-step-no-review = No review is open or planned at the moment.
home-step-reviews-link = See every review

## ISO membership categories
category-member-body = Member body
category-correspondent = Correspondent member
category-subscriber = Subscriber member
category-unknown = Category unknown
category-member-body-count = { $count ->
    [one] member body
   *[other] member bodies
}
category-correspondent-count = { $count ->
    [one] correspondent member
   *[other] correspondent members
}
category-subscriber-count = { $count ->
    [one] subscriber member
   *[other] subscriber members
}
category-unknown-count = { $count ->
    [one] body whose category no source states
   *[other] bodies whose category no source states
}
category-member-body-rights = Votes on ISO standards, and may adopt and sell them in its country.
category-correspondent-rights = Observes without voting, and may adopt and sell ISO standards in its country.
category-subscriber-rights = Keeps informed of ISO's work; it neither votes nor adopts or sells ISO standards.
category-unknown-note = None of our sources lists the category of these bodies yet.

## Directory
directory-title = Standards bodies
directory-heading = National standards bodies
directory-intro = Search by country name in any language, ISO country code, acronym or body name. Choose a body to see how to reach it.
filter-category = ISO category
filter-category-all = All categories
filter-region = Region
filter-region-all = All regions
filter-apply = Show results
search-truncated = Your search was long, so only its first 100 characters were used.
directory-count = { $total ->
    [one] Showing { $shown } of { $total } standards body.
   *[other] Showing { $shown } of { $total } standards bodies.
}
directory-no-match = No standards body matches your search. Check the spelling, try the country's two-letter code, or clear the filters.
directory-clear-filters = Clear search and filters
column-country = Country
column-acronym = Acronym
column-body-name = Standards body
column-category = ISO category
column-region = Region

## Body page
body-page-title = { $body } – { $country }
body-name-with-acronym = { $name } ({ $acronym })
contact-line = { $label }: { $value }
value-unknown = unknown
field-source-dated = Source: { $source }, as of { $date }
field-source-undated = Source: { $source } (date not recorded)
body-name-unknown = Name of the standards body unknown
field-body-name-en = Name in English
field-body-name-native = Name in the national language
field-acronym = Acronym
field-country = Country
field-category = ISO membership
dataset-note = Note from the dataset:
field-website = Website
field-email = E-mail
field-phone = Phone
field-fax = Fax
field-address = Postal address
field-iso-member-id = ISO member id
card-footnote = Contact details change. Before you send an important letter, check them on the body's own website.
copy-contact = Copy contact
contact-copied = Contact copied
download-vcard = Download vCard
write-letter = Write to this body
write-letter-hint = Quorum drafts a formal letter to { $body } in its language, ready to copy, e-mail or print.

## Letter composer page
nav-letters = Write a letter
letters-title = Write to a standards body
letters-heading = Write to a national standards body
letters-intro = Choose the body, what you are asking for and the language. Quorum drafts a formal letter you can copy, send by e-mail, download or print.
letters-privacy = Your name and details are used only to fill in the letter. Quorum does not store them; they travel in the link only if you ask for that below.
letter-field-recipient = Standards body
letter-field-recipient-choose = Choose a country
letter-field-purpose = What the letter asks for
letter-purpose-review = Vote to confirm the standard in its systematic review
letter-purpose-adopt = Adopt the standard as a national standard
letter-purpose-translate = Publish the standard in the national language
letter-purpose-suggested = Suggested for this body, from what Quorum has recorded about it.
letter-field-language = Language of the letter
letter-language-automatic = The country's main language
letter-field-second-language = Second language, side by side (optional)
letter-second-language-none = None
letter-language-default = The default is the main language of { $country } when Quorum has letters in it, otherwise English.
# $language: the country's first language, named in the page's language.
letter-language-missing = Quorum has no letters in { $language } yet, so this letter is in English. You can choose another language for it under “Language of the letter”.
# $language: the letter's language, in its own name.
letter-drafted-notice = This translation ({ $language }) has not yet been reviewed by a native speaker.
letter-drafted-help = Help review it.
letter-sender-heading = About you (all optional)
letter-field-sender-name = Your name
letter-field-organisation = Organisation
letter-field-role = Role or title
letter-field-city = City
letter-field-email = Your e-mail address
letter-field-personal = A paragraph in your own words
letter-field-personal-hint = Why this matters to you or your organisation. It goes into the letter exactly as you write it, in the language you write it in.
letter-field-share-details = Put my name and details in the link too
letter-field-limit = At most { $max } characters.
letter-update = Update the letter
letter-preview-heading = Your letter
letter-preview-live = The letter updates as you type.
letter-to = To: { $recipient }
letter-subject = Subject: { $subject }
letter-copy = Copy the letter
letter-copied = Letter copied
letter-mailto = Open in my e-mail program
letter-mailto-no-address = No e-mail address is recorded for this body, so the letter cannot open in your e-mail program. Copy it or download it instead.
letter-mailto-too-long = This letter makes a link of { $length } characters, longer than some e-mail programs accept. If the message arrives cut short, copy the letter and paste it into a new e-mail.
letter-download = Download as text
letter-print = Printable page
letter-share = Link to this letter
letter-share-hint = Opens the composer with the same body, purpose and languages. Nothing is stored on Quorum's server.
letter-facts-heading = What the letter draws on
letter-fact-adopted = { $count ->
    [one] { $count } national adoption of { $standard } recorded in Quorum.
   *[other] { $count } national adoptions of { $standard } recorded in Quorum.
}
letter-fact-confirmed = Last systematic review completed on { $date }: confirmed.
letter-fact-ballot = Systematic review ballot closes on { $date }.
letter-fact-no-ballot = No open review ballot is recorded, so the letter gives no closing date.
letter-fact-title = Title used: { $title }
letter-choose-body = Choose a standards body above to see your letter.

## Letter input errors. $field is the label of the field.
letter-error-too-long = { $field }: at most { $max } characters, please. This has { $length }.
letter-error-control = { $field }: please use a single line, without tabs or control characters.
letter-error-email = Your e-mail address should look like name@example.org.
letter-error-purpose = Choose what the letter asks for: confirm in the review, adopt, or translate.
letter-error-language = Quorum has no letters in that language; choose one from the list.
letter-error-body = There is no standards body with that country code; choose one from the list.
letter-error-summary = The letter was not updated. Please correct what is marked below.

## Print page
letter-print-title = Letter to { $body }
letter-print-back = Back to the composer
letter-print-button = Print
letter-print-hint = Prints on A4. Add your signature by hand above your name.
letter-signature-line = Signature

## Accounts. The public never needs one; coordinators and admins sign in to record data.
nav-sign-in = Coordinators: sign in
nav-account = Your account
nav-signed-in-as = Signed in as
signin-title = Sign in
signin-heading = Sign in to Quorum
signin-intro = Coordinators and admins sign in to record what they learn about standards bodies. Everyone else can use Quorum without an account.
signin-email = E-mail address
signin-password = Password
signin-submit = Sign in
signin-already = You are already signed in as { $email }.
account-title = Your account
account-heading = Your account
account-signed-in-as = Signed in as { $email } ({ $role }).
account-sign-out = Sign out
account-sign-in-needed = This page is for coordinators and admins. Please sign in first.
account-go-sign-in = Go to sign-in
role-admin = admin
role-coordinator = coordinator
error-unauthorized = Please sign in first.
error-forbidden = Your account is not allowed to do this.
error-bad-credentials = The e-mail address or the password is not right.
error-busy = Quorum is busy checking other sign-ins. Nothing was checked; try again in a few seconds.
error-rate-limited = { $minutes ->
    [one] Too many failed attempts. Please try again in { $minutes } minute.
   *[other] Too many failed attempts. Please try again in { $minutes } minutes.
}
error-cross-origin = This request came from another website, so Quorum did not carry it out.

## Editing the directory (coordinators) and the record's history
nav-changes = Recent changes
edit-link = Edit this record
edit-title = Edit { $body }
edit-heading = Edit the record of { $body }
edit-intro = Change what you have verified and leave a field blank when it is unknown. Each change is saved with the source and date you give, and appears in the record's history.
edit-source = Source of the new values
edit-source-hint = A web address or a short description, such as "ABNT website, contact page".
edit-as-of = Date you verified them
edit-save = Save changes
edit-category-unknown = Unknown
edit-saved = Your changes were saved.
edit-error-too-long = At most { $max } characters, please.
edit-error-control = Please use a single line, without tabs or control characters.
edit-error-email = Enter e-mail addresses like name@example.org, separated by semicolons.
edit-error-website = Enter a web address such as www.example.org.
edit-error-category = Choose one of the ISO membership categories.
edit-error-source-required = Say where the new values come from.
edit-error-date = Enter the date as YYYY-MM-DD; it cannot be in the future.
edit-error-no-change = Nothing was changed, so nothing was saved.
error-invalid-fields = Some fields need correcting, so nothing was saved. See the messages next to them.
error-edit-conflict = Someone else changed this record while you were editing it, so nothing was saved. Their changes are listed below; reload the page to edit the latest version.
edit-conflict-field = { $field }: now { $value }
history-heading = History of this record
history-empty = No changes since the dataset was imported.
history-entry = { $field }: { $before } → { $after }
history-by = { $date }, by { $who }
history-by-coordinator = a coordinator
history-source = Source: { $source }, verified { $date }
changes-title = Recent changes
changes-heading = Recent changes to the directory
changes-filter-nsb = Country code
changes-filter-field = Field
changes-filter-who = Coordinator's e-mail
changes-filter-any = Any field
changes-apply = Filter
changes-empty = No changes match these filters.

## Corrections from the public, and the coordinators' queue
report-heading = Report a correction
report-intro = Is something here wrong or out of date? Tell us the right value and where it comes from. A coordinator checks it before it is published. No account needed.
report-field = Which field
report-value = The correct value (leave blank if it should read "unknown")
report-source = Where it comes from
report-source-hint = A web address or a short description, such as "ABNT website, contact page".
report-email = Your e-mail address (optional, only if a coordinator may ask you about it)
report-submit = Send the correction
report-thanks = Thank you. A coordinator will check your correction before it is published.
report-error-too-many = You have sent several corrections in a short time. Please try again in an hour.
report-error-field = Choose the field to correct.
corrections-title = Corrections
corrections-heading = Corrections reported by the public
corrections-open-count = { $count ->
    [one] { $count } open correction waits for a coordinator.
   *[other] { $count } open corrections wait for a coordinator.
}
corrections-empty = No open corrections. Thank you!
corrections-current = Now: { $value }
corrections-proposed = Proposed: { $value }
corrections-source = Source given: { $source }
corrections-reporter = Reported { $date } by { $email }
corrections-reporter-anonymous = Reported { $date }, without an e-mail address
corrections-accept = Accept
corrections-edit-accept = Edit, then accept
corrections-reject = Reject
corrections-reason = Reason for rejecting
corrections-error-reason = Give a reason for rejecting.
corrections-error-closed = This correction was already handled by someone else.
corrections-accepted = The correction was applied and recorded in the history.
corrections-rejected = The correction was rejected.

## Managing accounts (admins) and one-time links
nav-accounts = Manage accounts
accounts-title = Accounts
accounts-heading = Coordinators and admins
accounts-intro = Invite people by e-mail address: Quorum makes a one-time link that you send them yourself. It works once, for { $hours } hours.
accounts-email = E-mail address
accounts-role = Role
accounts-status-active = active
accounts-status-disabled = disabled
accounts-invite = Make an invitation link
accounts-link-invite = Invitation link for { $email } (send it yourself; it works once, for { $hours } hours):
accounts-link-reset = Password reset link for { $email } (send it yourself; it works once, for { $hours } hours):
accounts-disable = Disable
accounts-enable = Enable
accounts-reset = Make a password reset link
accounts-you = (you)
accounts-error-self = You cannot disable your own account.
accounts-error-exists = An account with this e-mail address already exists.
invitation-title = Set your password
invitation-heading-invite = Welcome to Quorum
invitation-heading-reset = Choose a new password
invitation-intro = Set a password for { $email } ({ $role }). It needs at least { $min } characters.
invitation-password = New password
invitation-password-again = The same password again
invitation-submit = Save the password and sign in
invitation-error-invalid = This link is not valid any more: it was already used or it has expired. Ask an admin for a new one.
invitation-error-mismatch = The two passwords are not the same.
invitation-error-short = The password needs at least { $min } characters.

## Sources: each cited source's kind, shown after its name.
source-kind-official = (official)
source-kind-secondary = (secondary)
source-kind-derived = (derived by Quorum)
source-secondary-only = Secondary sources only: not confirmed by ISO or the body.
source-separator = {"; "}
directory-relevance = Best matches first. Choose a column heading to sort by it instead.

## Pages of a long list
pager-label = Pages
pager-previous = Previous page
pager-next = Next page
# $page and $pages are numbers.
pager-position = Page { $page } of { $pages }

## The composer's facts: the review deadline Quorum derives, the owner committee
# $date is a formatted date.
letter-fact-due-by = No review ballot is open; the next systematic review is due by { $date } (derived by Quorum: five years after the last confirmation; ISO may open it earlier). The letter gives no closing date.
# $committee is a committee's reference, such as ISO/TMBG.
letter-fact-committee = Owner committee: { $committee }.

## A body's category against ISO's committee data
# $count is a number of committees, $committees some of their references, $recorded the recorded category.
category-evidence = { $count ->
    [one] ISO's committee data lists this body as a P-member of one committee ({ $committees }); only member bodies can be P-members, but the recorded category is “{ $recorded }”.
   *[other] ISO's committee data lists this body as a P-member of { $count } committees ({ $committees }…); only member bodies can be P-members, but the recorded category is “{ $recorded }”.
}
category-evidence-confirm = Record it as a member body, with this evidence as the source
