# /developers: the open data API.
nav-developers = Open data and API
developers-title = Open data and API
developers-intro = Everything Quorum shows the public can be read by programs: bodies, standards, national adoptions, language versions, reviews, positions and letters. No key, no sign-in. Every value comes with its source and the date it was checked.
developers-openapi = The OpenAPI document (openapi.json)
developers-endpoints-heading = Endpoints
developers-column-path = Path
developers-column-what = What it serves
developers-column-example = Example
developers-nsbs = Every national standards body with its contact details, each value with its source; the directory's filters (q, category, region, sort), in pages.
developers-nsb = One body by its country code.
developers-nsbs-csv = The same bodies as a spreadsheet, each field followed by its source and date.
developers-standards = Tracked standards with their facts, adoption counts and language versions.
developers-standard = One standard; add .csv for a spreadsheet.
developers-adoptions = Each body's adoption of the standard, filtered like the standard's page (status, category, region, sort), in pages.
developers-adoptions-csv = The same adoptions as a spreadsheet.
developers-translations = The standard's language versions (title, kind, publisher, year, source); add .csv for a spreadsheet.
developers-reviews = Every systematic review cycle with its dates, status and outcome.
developers-review = One review: the tally by position and voting right, and the projected outcome with its swing list.
developers-positions = Each body's latest position in the review, filtered like the review page (position, voter, category, region), in pages.
developers-positions-csv = The same positions as a spreadsheet.
developers-letters = A letter to a body, in its language or any other, ready to send.
developers-conventions-heading = How the API answers
developers-envelope = JSON answers are an object: the data under "data", the attribution under "licence", and for lists that can grow the page under "pagination". Spreadsheets end each row with a licence column.
developers-paging = Lists come 50 to a page: ask for another with page=2 and for up to 500 with per_page=500. A page past the end is empty; a page or size that is not a number in range is refused.
developers-filters = Filters take the same values as the pages' addresses, so a filtered page can be turned into a download by copying its query.
developers-errors = An error is an object "error" with a "code" and a "message", sent with the matching status (400, 404…); the message is in the language of your Accept-Language header.
developers-caching = Each answer has an ETag and a Last-Modified date: send them back in If-None-Match or If-Modified-Since and an unchanged answer comes back as 304 Not Modified, without a body.
developers-cors = Any website may read the API from the browser (CORS is open for GET).
developers-licence-heading = Licence and attribution
developers-licence = Quorum's data comes from several sources, each under its own terms; every value names its source. Reuse it with attribution to Quorum and to that source:
developers-open-letters = The campaign's published open letters and their languages.
developers-open-letter = One open letter in a chosen language (lang), side by side (second), or addressed to a body (nsb).
developers-translations-api = Every language Quorum writes in: interface or letters only, how much of the English it covers, its letters' review status and the member countries it writes to first.

## /developers/translations
languages-title = Translations
languages-intro = Quorum's pages are in the interface languages; letters are written in many more. Each language's letters are drafted first and then read and corrected by a native speaker, who is named here. Anyone can help: locales/README.md in the source says how.
languages-list-heading = Languages
languages-column-language = Language
languages-column-kind = Used for
languages-column-letters = Letter texts
languages-column-interface = Interface
languages-column-review = Letters reviewed
languages-column-countries = Member countries written to first in it
languages-kind-interface = Pages and letters
languages-kind-letters = Letters
# $done of $total messages translated.
languages-share = { $done } of { $total }
languages-status-source = The source text
languages-status-drafted = Not yet reviewed by a native speaker
# $who: the reviewer's name; $date: when.
languages-status-reviewed = Reviewed by { $who } on { $date }
languages-uncovered-heading = Countries still written to in English
languages-uncovered-intro = The first language of these member countries has no letters yet, so their letters start in English with a notice:
languages-uncovered-none = None: every member country gets its letters in its first language.

## The embeddable widget (/embed/write) and its snippet on /developers.
embed-title = Write to your national standards body
embed-lead = Choose your country: Quorum drafts a formal letter to its standards body, in its language, ready to send.
embed-country = Your country
embed-choose = Choose your country
embed-write = Write the letter
embed-by = Quorum: who decides on international standards, and how to reach them
developers-embed-heading = Put “write to your standards body” on your site
developers-embed-intro = Copy this snippet into a page of your site. It shows a country list in the language you set with lang= (en, fr, pt…) and opens Quorum's letter composer in a new tab. It is the only Quorum page other sites may frame; it sets no cookie and runs no script.
developers-embed-preview = How it looks:
developers-embed-copy = Copy the snippet
developers-embed-copied = Snippet copied
developers-embed-frame-title = Write to your national standards body (Quorum)
