## Standards: adoptions per body, language versions, the world map
nav-standards = Normen

standards-title = Normen die Quorum volgt
standards-intro = Per norm: welke nationale instellingen haar hebben overgenomen, welke alleen de eigen uitgave van ISO verkopen en in welke talen ze bestaat. Alle aantallen zijn geteld op basis van de vermeldingen op de pagina van de norm.
standards-adoptions = { $count ->
    [one] { $count } nationale overname
   *[other] { $count } nationale overnames
}
standards-languages = { $count ->
    [one] beschikbaar in { $count } taal
   *[other] beschikbaar in { $count } talen
}
standards-open = Overnames, kaart en talen
standards-empty = Er wordt nog geen norm gevolgd.

standard-page-title = { $reference }: overnames en talen
standard-facts-heading = Over de norm
standard-field-reference = Referentienummer
standard-field-title = Titel
standard-field-published = Gepubliceerd
standard-field-edition = Uitgave
standard-field-committee = Commissie
standard-field-stage = Huidig stadium
standard-field-last-confirmed = Laatst bevestigd bij een systematische toetsing

## Adoption status (ISO/IEC Guide 21-1 degrees of correspondence)
status-adopted-idt = Overgenomen, identiek (IDT)
status-adopted-idt-def = Gepubliceerd als nationale norm die identiek is aan de tekst van ISO.
status-adopted-mod = Overgenomen, gewijzigd (MOD)
status-adopted-mod-def = Gepubliceerd als nationale norm met technische afwijkingen die zijn aangegeven en toegelicht.
status-adopted = Overgenomen, mate van overeenstemming niet vastgelegd
status-adopted-def = Gepubliceerd als nationale norm; geen van de tot nu toe vastgelegde bronnen zegt of die identiek of gewijzigd is.
status-neq = Nationale norm, niet equivalent (NEQ)
status-neq-def = Een nationale norm over hetzelfde onderwerp die niet equivalent is aan de tekst van ISO. NEQ is geen overname en telt ook niet als overname.
status-in-progress = Overname in voorbereiding
status-in-progress-def = De instelling is begonnen met de overname, bijvoorbeeld met een openbare commentaarronde over een nationale uitgave, maar heeft die nog niet gepubliceerd.
status-sells-only = Verkoopt alleen de ISO-norm
status-sells-only-def = De instelling verkoopt de eigen uitgave van ISO zonder een nationale overname te publiceren.
status-not-adopted = Niet overgenomen
status-not-adopted-def = Volgens een bron heeft de instelling de norm niet overgenomen en verkoopt ze haar ook niet.
status-unknown = Onbekend
status-unknown-def = Voor deze instelling is nog niets vastgelegd. ‘Onbekend’ betekent niet ‘niet overgenomen’.
status-adopted-any = Overgenomen (IDT, MOD of mate niet vastgelegd)

standard-counts-heading = In één oogopslag
standard-count-adoptions = { $count ->
    [one] nationale overname
   *[other] nationale overnames
}
standard-count-adoptions-def = Instellingen die de norm als nationale norm hebben gepubliceerd: IDT, MOD of mate niet vastgelegd. NEQ telt niet mee.
standard-count-languages = { $count ->
    [one] taal
   *[other] talen
}
standard-count-languages-def = Talen waarin de tekst bestaat: de officiële uitgaven van ISO en nationale vertalingen, ontwerpen inbegrepen.
standard-count-bodies = { $count ->
    [one] instelling
   *[other] instellingen
}
standard-count-show = Deze instellingen tonen

## Filters, map and table
standard-filter-status = Overnamestatus
standard-filter-status-all = Alle statussen
standard-filter-clear = Filters wissen
standard-showing = { $total ->
    [one] { $shown } van { $total } instelling voldoet aan de filters.
   *[other] { $shown } van { $total } instellingen voldoen aan de filters.
}
map-heading = Kaart
map-description = Wereldkaart: elk land is gekleurd naar de status van de overname van { $reference } door zijn instelling. Kleine staten zijn als cirkels weergegeven. Kies een land om de pagina van zijn instelling te openen; de tabel hieronder bevat dezelfde informatie.
map-legend = Legenda
map-country-status = { $country }: { $status }
map-no-body = Geen ISO-lid in het overzicht
map-filtered-out = Buiten de huidige filters
map-hint = Wijs een land aan of ga ernaartoe met de Tab-toets om de status te zien.
map-hint-touch = Tik op een land om de pagina van zijn instelling te openen; de tabel hieronder geeft de status van elk land.
map-skip = Kaart overslaan
table-heading = Alle instellingen
table-caption = Overname van { $reference } per instelling, met de bron. Kies een kolomkop om te sorteren.
column-status = Status
column-designation = Nationale aanduiding
column-adopted-on = Overgenomen
column-language = Taal
column-source = Bron
sort-ascending = gesorteerd van A tot Z
sort-descending = gesorteerd van Z tot A

## Language versions
translations-heading = Talen
translations-intro = De talen waarin de tekst van de norm bestaat, en wie elke versie wanneer heeft gepubliceerd.
translation-kind-official = Officiële ISO-uitgave
translation-kind-national = Nationale vertaling
translation-kind-draft = Ontwerpvertaling
translations-empty = Er is nog geen taalversie vastgelegd.
translation-publisher-year = { $publisher }, { $year }
translation-add = Taalversie toevoegen
translation-add-language = Taalcode
translation-add-button = Toevoegen

## Committee and members
committee-heading = Commissie { $committee }
committee-explain = P-leden (participerend) moeten bij elke stemming stemmen, ook bij systematische toetsingen; O-leden (observerend) volgen het werk en mogen commentaar geven.
committee-p-members = { $count ->
    [one] { $count } P-lid
   *[other] { $count } P-leden
}
committee-o-members = { $count ->
    [one] { $count } O-lid
   *[other] { $count } O-leden
}
committee-members-empty = Er is nog geen lidmaatschap vastgelegd. ISO vermeldt de leden van een commissie op de pagina van die commissie; een coördinator kan ze hier toevoegen met die pagina als bron.
committee-add-member = Lidmaatschap vastleggen
membership-p = P-lid
membership-o = O-lid
membership-none = Geen lid

## The standards on a body's page
body-standards-heading = Normen
body-standard-about = Over { $reference }
body-sells = Verkoopt de eigen uitgave van ISO
sells-yes = Ja
sells-no = Nee
body-language-versions = Versies in de talen van dit land
body-no-version = Er is geen versie in het { $language } vastgelegd.
body-membership = Lidmaatschap van { $committee }

## Fields of adoptions, language versions and standards (forms and history)
field-status = Status
field-degree = Mate van overeenstemming
field-designation = Nationale aanduiding
field-adopted-on = Datum van overname
field-method = Methode van overname
field-lang = Taal
field-sells = Verkoopt de eigen uitgave van ISO
field-confidence = Betrouwbaarheid van de bron
field-note = Opmerking
field-title = Titel
field-kind = Soort versie
field-publisher = Uitgever
field-year = Jaar
field-reference = Referentienummer
field-committee = Commissie
field-published = Publicatiedatum
field-edition = Uitgave
field-stage = Stadiumcode
field-last-confirmed = Laatst bevestigd
field-membership = Lidmaatschap
choice-unknown = Onbekend
degree-idt = IDT: identiek
degree-mod = MOD: gewijzigd
degree-neq = NEQ: niet equivalent
method-endorsement = Bekrachtiging
method-cover-sheet = Voorblad
method-reprint = Herdruk
method-translation = Vertaling
method-redraft = Herschrijving
confidence-high = Hoog
confidence-medium-high = Gemiddeld tot hoog
confidence-medium = Gemiddeld
confidence-low = Laag
adoption-state-adopted = Overgenomen
adoption-state-in-progress = In voorbereiding
adoption-state-not-adopted = Niet overgenomen
date-hint = Een jaar, een maand of een dag: 2017, 2017-04 of 2017-04-19.

## Coordinators' forms
edit-adoption-link = Overname bewerken
edit-adoption-for = Overnamegegevens van { $country } bewerken
adoption-edit-title = { $reference } in { $country }
adoption-edit-intro = Leg vast wat de instelling met de norm heeft gedaan. Laat een veld leeg als geen enkele bron er iets over zegt. De bron en datum hieronder gelden voor de hele vermelding en komen in de geschiedenis ervan.
edit-translation-link = Bewerken
translation-edit-title = { $reference } in het { $language }
translation-edit-intro = Leg een versie van de norm in één taal vast. De bron en datum hieronder komen in de geschiedenis van de vermelding.
edit-standard-link = Norm bewerken
standard-edit-title = { $reference } bewerken
standard-edit-intro = Wijzig wat u hebt gecontroleerd. De bron en datum hieronder komen in de geschiedenis van de vermelding.
edit-membership-link = Lidmaatschap bewerken
membership-edit-title = { $body } in { $committee }
membership-edit-intro = Leg vast of de instelling participerend (P) of observerend (O) lid van de commissie is, zoals de commissiepagina van ISO dat vermeldt.
record-save = Opslaan
record-saved = Opgeslagen. De wijziging staat in de geschiedenis van de vermelding.
record-history-heading = Geschiedenis van deze vermelding
edit-error-choice = Kies een van de aangeboden waarden.
edit-error-partial-date = Voer een jaar, een maand of een dag in (2017, 2017-04 of 2017-04-19), niet in de toekomst.
edit-error-required = Dit veld mag niet leeg zijn.
edit-error-language = Voer een taalcode in, zoals pt, zh-Hans of sr-Latn.

## Every standard ISO publishes (ISO Open Data) and the ones coordinators follow
standards-search-label = Zoeken in alle ISO-normen
standards-search-placeholder = Referentie, nummer, woorden uit de titel of commissie
standards-search-hint = Quorum kent dankzij ISO Open Data elke norm die ISO publiceert. Alleen de normen die coördinatoren volgen, hebben overnames, brieven en toetsingen.
standards-followed-heading = Gevolgde normen
standards-results-heading = Gevonden normen
# $count (number) standards match; $query is what the reader typed.
standards-results-count = { $count ->
    [0] Geen enkele norm komt overeen met ‘{ $query }’.
    [one] Eén norm komt overeen met ‘{ $query }’.
   *[other] { $count } normen komen overeen met ‘{ $query }’.
}
# $stage is a harmonized stage code such as 90.93.
standards-result-stage = stadium { $stage }
standards-followed-badge = Gevolgd
# $date is a formatted date.
standard-due-by-short = Volgende toetsing uiterlijk: { $date } (afgeleid)
standard-field-type = Type
standard-field-developed-by = Ontwikkeld door
standard-field-due-by = Volgende systematische toetsing uiterlijk
standard-due-by-derived = Afgeleid door Quorum, niet gepubliceerd door ISO: vijf jaar na publicatie of na de laatste bevestiging. ISO verstuurt toetsingsstemmingen in groepen, dus de stemming kan eerder opengaan.
standard-field-iso-languages = Talen waarin ISO de norm publiceert
standard-field-replaces = Vervangt
standard-field-replaced-by = Vervangen door
standard-iso-page = Deze norm op iso.org
standard-not-followed = Coördinatoren volgen deze norm niet: Quorum bewaart wat ISO erover publiceert, maar legt er geen overnames, brieven of toetsingen voor vast.
standard-follow = Deze norm volgen
standard-unfollow = Niet meer volgen
standard-follow-explain = Als u deze norm volgt, komt ze in de lijst met normen, met haar overnametabel, kaart, brieven en het bijhouden van toetsingen.
standard-unfollow-explain = De vermeldingen blijven bewaard; de norm verdwijnt uit de lijst met normen, de brieven en het bijhouden van toetsingen.

## Figures others publish about a standard, quoted as theirs
standard-claims-heading = Wat anderen zeggen
# $source is who published the figures, $date when.
standard-claims-by-dated = { $source } ({ $date }) meldt:
standard-claims-by = { $source } meldt:
standard-claim-adopted = { $count ->
    [one] één land heeft haar overgenomen
   *[other] { $count } landen hebben haar overgenomen
}
standard-claim-selling = { $count ->
    [one] één nationale instelling verkoopt haar
   *[other] { $count } nationale instellingen verkopen haar
}
standard-claim-languages = { $count ->
    [one] ze bestaat in één taal
   *[other] ze bestaat in { $count } talen
}
standard-claims-explain = Dit zijn de cijfers van die bron, geciteerd zoals ze zijn gepubliceerd. De eigen aantallen van Quorum hierboven komen alleen uit de vermeldingen op deze pagina, elk met de bijbehorende bron.
