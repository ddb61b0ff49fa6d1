## Locale metadata: every locale folder defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = English
# Writing direction: ltr or rtl.
locale-direction = ltr

## Site frame
app-name = Quorum
page-title = { $page } · Quorum
skip-to-content = Skip to content
nav-label = Main
nav-home = Home
nav-directory = Standards bodies
language-switcher-label = Language
footer-provenance = Every fact shows its source and the date it was last checked. A blank field means unknown, never a guess.
footer-licence = Quorum is free software. Contact data from iso.org member pages (StanDat scrape, 2021/22), ISO Open Data (2026) and the other sources named next to each value.
loading = Loading…
back-to-directory = Back to the directory
breadcrumb-label = Breadcrumb

## Errors
error-not-found = We could not find that page.
error-invalid-input = Some of what was entered could not be used. Please check it and try again.
error-storage = Quorum could not read its data just now. Please try again in a moment.
error-transport = The request did not reach Quorum. Check your connection and try again.
not-found-title = Page not found
not-found-body = There is no page at this address. If you followed a link to a standards body, its country code may be mistyped: codes are two letters, such as BR for Brazil.

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
