## Systematic reviews: cycles, positions, the projected outcome
nav-reviews = Toetsingen

reviews-title = Systematische toetsingen
reviews-intro = Elke norm wordt uiterlijk vijf jaar na publicatie of na de laatste bevestiging getoetst. De nationale normalisatie-instellingen adviseren de norm te bevestigen, te herzien, te wijzigen of in te trekken; de P-leden van de commissie moeten stemmen. Hier ziet u waar elke instelling staat.
reviews-empty = Er is nog geen toetsing vastgelegd.
review-page-title = Toetsing { $cycle } van { $reference }
review-heading = Systematische toetsing van { $reference }
review-cycle-id = Toetsing { $cycle }

## Cycle status
review-status-planned = Gepland
review-status-open = Stemming open
review-status-closed = Stemming gesloten, besluit volgt
review-status-decided = Besloten
review-result-heading = Uitkomst
review-result-decided = Deze herziening is beslist. Prognoses en de lijst van wie de uitkomst nog kan veranderen, verschijnen alleen zolang een herziening open is.
review-result-pending = De stemming is gesloten en de beslissing is nog niet vastgelegd.
review-field-status = Status
review-field-opens = Begin van de stemming
review-field-closes = Einde van de stemming
review-field-outcome = Besluit
review-field-notes = Opmerkingen
review-outcome-confirmed = Bevestigd
review-outcome-revised = Wordt herzien
review-outcome-withdrawn = Ingetrokken
review-outcome-stage = { $outcome } (stadium { $stage }), { $date }
review-days-left = { $days ->
    [0] De stemming sluit vandaag.
    [one] De stemming sluit morgen.
   *[other] Nog { $days } dagen tot de stemming sluit.
}
review-closed-ago = De stemming is gesloten op { $date }.

## Positions
position-confirm = Bevestigen
position-revise = Herzien
position-amend = Wijzigen
position-withdraw = Intrekken
position-abstain = Onthouding
position-none = Nog geen standpunt
kind-intention = Aangekondigde intentie
kind-vote = Uitgebrachte stem
kind-result = Gepubliceerde uitslag
voter-obliged = P-lid: moet stemmen
voter-optional = Volwaardig lid: mag stemmen
voter-non-voting = Niet stemgerechtigd

## Tally
tally-heading = Waar de instellingen staan
tally-intro = Het laatst vastgelegde standpunt van elke instelling. P-leden van de commissie moeten stemmen, de overige volwaardige leden mogen dat; corresponderende leden en abonnee-leden stemmen niet.
tally-position = Standpunt
tally-obliged = P-leden
tally-optional = Overige volwaardige leden
tally-non-voting = Niet-stemgerechtigde leden

## The projection
projection-heading = Verwachte uitkomst
projection-disclaimer = De commissie beslist. Deze prognose is een schatting op basis van de standpunten die hier zijn vastgelegd, volgens de regels hieronder; het is geen uitslag.
projection-outcome-confirm = Bevestigen
projection-outcome-revise = Herzien
projection-outcome-amend = Wijzigen
projection-outcome-withdraw = Intrekken
projection-outcome-committee = De commissie beslist
projection-low-usage = Aantal landen dat de norm heeft overgenomen: { $usage }, minder dan { $threshold }. Intrekking is de waarschijnlijke uitkomst, hoe er ook wordt gestemd.
projection-majority = { $margin ->
    [one] Onder de P-leden die hebben gestemd, ligt deze uitkomst { $margin } stem voor.
   *[other] Onder de P-leden die hebben gestemd, ligt deze uitkomst { $margin } stemmen voor.
}
projection-tie = Onder de P-leden die hebben gestemd, staken de stemmen.
projection-no-majority = Nog geen enkele uitkomst heeft een meerderheid van de stemmen van de P-leden.
projection-undecided = { $count ->
    [one] Van { $count } P-lid is geen standpunt vastgelegd.
   *[other] Van { $count } P-leden is geen standpunt vastgelegd.
}
projection-rules = Regels: een norm die in minder dan { $threshold } landen is overgenomen, komt in aanmerking voor intrekking; anders beslist de gewone meerderheid van de P-leden die stemmen, onthoudingen niet meegeteld; staken de stemmen, dan beslist de commissie.
projection-outcome-not-enough = Niet genoeg gegevens voor een prognose
projection-usage-unknown = { $usage ->
    [one] Er is { $usage } overname vastgelegd en { $unknown } van de { $bodies } instellingen zijn onbekend: de gegevens tonen niet of minder dan { $threshold } landen de norm gebruiken, dus er is nog geen regel toe te passen.
   *[other] Er zijn { $usage } overnames vastgelegd en { $unknown } van de { $bodies } instellingen zijn onbekend: de gegevens tonen niet of minder dan { $threshold } landen de norm gebruiken, dus er is nog geen regel toe te passen.
}
projection-votes-unknown = { $undecided ->
    [one] { $undecided } van de { $obliged } P-leden heeft geen vastgelegd standpunt en kan de meerderheid nog veranderen.
   *[other] { $undecided } van de { $obliged } P-leden hebben geen vastgelegd standpunt en kunnen de meerderheid nog veranderen.
}
projection-voters-unknown = Er is geen P-lid van de commissie vastgelegd, dus de gegevens zeggen niet wie moet stemmen.

## Swing list
swing-heading = Wie de uitkomst nog kan veranderen
swing-intro = P-leden zonder definitief standpunt, eerst degenen van wie een stem voor bevestiging de uitkomst het sterkst zou veranderen.
swing-empty = Volgens de vastgelegde gegevens kan geen enkel P-lid zijn standpunt nog veranderen.
swing-decisive = Doorslaggevend: alleen al zijn stem zou bevestiging de verwachte uitkomst maken.
swing-gain = { $gain ->
    [one] Een stem voor bevestiging vergroot de voorsprong van bevestiging met { $gain } stem.
   *[other] Een stem voor bevestiging vergroot de voorsprong van bevestiging met { $gain } stemmen.
}

## Table and map
review-table-heading = Alle instellingen
review-table-caption = Het laatst vastgelegde standpunt van elke instelling in deze toetsing, met de bron.
column-voter = Stemrecht
column-position = Standpunt
column-kind = Soort
review-map-description = Wereldkaart: elk land is gekleurd naar het laatste standpunt van zijn instelling in toetsing { $cycle }. Kies een land om de pagina van zijn instelling te openen; de tabel hieronder bevat dezelfde informatie.

## On a body's page
body-reviews-heading = Systematische toetsingen
body-reviews-empty = Van deze instelling is in geen enkele toetsing een standpunt vastgelegd.
body-review-position = { $date }: { $position } ({ $kind })

## Coordinators record positions
edit-position-link = Standpunt vastleggen
edit-position-for = Standpunt van { $country } vastleggen
position-edit-title = { $country } in toetsing { $cycle }
position-edit-intro = Leg vast wat u over het standpunt van deze instelling te weten bent gekomen: wat de instelling heeft aangekondigd, hoe zij heeft gestemd of de gepubliceerde uitslag. Eerdere standpunten blijven in de geschiedenis staan; het standpunt met de nieuwste datum telt.
field-position = Standpunt
field-kind-position = Soort informatie
field-confidence-position = Betrouwbaarheid
position-save = Standpunt vastleggen
position-recorded = Het standpunt is vastgelegd.
position-history-heading = Standpunten vastgelegd in deze toetsing
position-history-empty = Er is nog geen standpunt vastgelegd.
position-conflict = Intussen heeft iemand een nieuwer standpunt voor deze instelling vastgelegd: { $position }. Controleer dat voordat u het uwe vastlegt.

## Filters of the review page
review-filter-position = Standpunt
review-filter-position-all = Alle standpunten
review-filter-voter = Stemrecht
review-filter-voter-all = Iedereen
review-showing = { $total ->
    [one] { $shown } van { $total } instelling voldoet aan de filters.
   *[other] { $shown } van { $total } instellingen voldoen aan de filters.
}

review-voters-board = Deze norm valt rechtstreeks onder de Technical Management Board van ISO (ISO/TMBG), waarvoor geen P-leden worden vermeld. Quorum heeft niet gevonden welke regel ISO bij zo'n toetsingsstemming toepast en rekent daarom elk volwaardig lid tot de stemmers.

## The ballot radar: reviews running now and due in the next twelve months
radar-title = Stemmingsradar
radar-intro = Systematische toetsingen die nu lopen, daarna de normen waarvan de volgende toetsing in de komende twaalf maanden moet plaatsvinden, voor elke norm die ISO publiceert, telkens met het aantal instellingen dat moet stemmen.
radar-filter-committee = Commissie
radar-filter-ics = ICS-vakgebied
radar-filter-scope = Normen
radar-scope-all = Alle normen
radar-scope-followed = Alleen gevolgde normen
radar-apply = Tonen
# $count (number) reviews; $until is a formatted date.
radar-count = { $count ->
    [0] Er loopt geen toetsing en er hoeft er geen vóór { $until } plaats te vinden.
    [one] Eén toetsing loopt of moet vóór { $until } plaatsvinden.
   *[other] { $count } toetsingen lopen of moeten vóór { $until } plaatsvinden.
}
radar-derived-note = De data bij ‘Uiterlijk’ zijn afgeleid door Quorum, niet gepubliceerd door ISO: vijf jaar na publicatie of na de laatste bevestiging. ISO verstuurt toetsingsstemmingen in groepen, dus een stemming kan eerder opengaan.
# The radar as a calendar feed (/api/v1/reviews/upcoming.ics): its name, and each event's
# summary and description. $reference: ISO 20400:2017; $title: the standard's title; $date: a formatted date.
radar-ics-calendar = Quorum: stemmingsradar
radar-ics-closes = { $reference }: stemming over systematische toetsing sluit
radar-ics-closes-detail = { $title } — de stemming sluit op { $date }.
radar-ics-due = { $reference }: uiterste datum systematische toetsing (afgeleid)
radar-ics-due-detail = { $title } — uiterlijk vijf jaar na publicatie of na de laatste bevestiging; afgeleid door Quorum, niet gepubliceerd door ISO.
radar-json = JSON
radar-csv = CSV
radar-calendar = Agenda (iCalendar)
radar-col-standard = Norm
radar-col-committee = Commissie
radar-col-what = Toetsing
radar-col-date = Datum
radar-col-voters = Stemplichtig
radar-running = Stemming loopt (sluiting)
radar-due = Uiterlijk (afgeleid)
radar-closes-unknown = Sluitingsdatum niet vastgelegd
radar-voters-every = Alle volwaardige leden
radar-link = Stemmingsradar: alle toetsingen die nu lopen of in de komende twaalf maanden moeten plaatsvinden
# $body is a body's two-letter code.
radar-for-body = Alleen de toetsingen waarin { $body } moet stemmen.

## A body's page: the ballots it must vote in
body-ballots-heading = Komende stemmingen
body-ballots-none = Volgens de vastgelegde gegevens loopt er geen toetsing waarin deze instelling moet stemmen, en hoeft er ook geen in de komende twaalf maanden plaats te vinden.
# $count is a number.
body-ballots-count = { $count ->
    [one] Eén toetsing waarin deze instelling moet stemmen, loopt nu of moet in de komende twaalf maanden plaatsvinden:
   *[other] { $count } toetsingen waarin deze instelling moet stemmen, lopen nu of moeten in de komende twaalf maanden plaatsvinden:
}
# $date is a formatted date.
body-ballot-closes = stemming sluit op { $date }
body-ballot-running = stemming loopt (sluitingsdatum niet vastgelegd)
body-ballot-due = uiterlijk { $date } (afgeleid)
body-ballots-all = Allemaal bekijken op de stemmingsradar
