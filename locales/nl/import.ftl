# /import: coordinators import spreadsheets (CSV).
nav-import = Spreadsheet importeren
import-title = Spreadsheet importeren
import-intro = Upload een CSV-bestand met instellingen, overnames of standpunten in toetsingen. Eerst wordt er niets opgeslagen: u ziet rij voor rij wat het bestand zou toevoegen, wijzigen of ongemoeid laten, en elke geweigerde rij met het regelnummer en de reden. Pas als geen enkele rij wordt geweigerd, kunt u bevestigen; dan wordt het hele bestand in één keer opgeslagen, of helemaal niets. Elke wijziging komt in de geschiedenis, met uw account en het bestand.
import-limits = Bestanden tot { $megabytes } MB en { $rows } rijen, in UTF-8, met een kopregel. Kolommen die de import niet kent, worden genegeerd.
import-kind-bodies = Instellingen
import-kind-adoptions = Overnames
import-kind-positions = Standpunten in toetsingen
import-columns-bodies = Eén rij per instelling, op basis van haar landcode (alpha2). Alleen de aanwezige kolommen worden vergeleken; een gewijzigde waarde heeft een bron en de datum daarvan nodig (source en as_of, of per veld acronym_source en acronym_as_of…). De export van het overzicht heeft deze indeling.
import-columns-adoptions = Eén rij per norm en instelling. In status staat adopted, in_progress, not_adopted of unknown (in een export staat die waarde in de kolom record_status); in degree IDT, MOD of NEQ; data als 2017, 2017-04 of 2017-04-19. Een wijziging vereist source en as_of.
import-columns-positions = Eén rij per toetsingscyclus en instelling. In position staat confirm, revise, amend, withdraw, abstain of none; in kind intention, vote of result; in confidence high, medium-high, medium of low. Elk afwijkend standpunt wordt aan de geschiedenis van de instelling toegevoegd.
import-template = Sjabloon downloaden
import-export-current = Huidige gegevens downloaden
import-file-label = CSV-bestand
import-upload = Bestand controleren
import-error-too-large = Het bestand is groter dan toegestaan.
import-error-too-many-rows = Het bestand heeft meer rijen dan toegestaan.
import-error-encoding = Het bestand is geen UTF-8-tekst. Sla het op als ‘CSV UTF-8’ en upload het opnieuw.
import-error-csv = Het bestand kon niet als CSV worden gelezen (een niet-afgesloten aanhalingsteken?).
import-error-empty = Het bestand bevat geen rijen om te importeren.
import-error-missing-column = Het bestand heeft geen kolom ‘{ $column }’, die voor dit soort import nodig is.
import-error-separator = De kolommen van het bestand zijn niet gescheiden door komma's, puntkomma's of tabs, waardoor de kopregel als één kolom wordt gelezen. Sla het opnieuw op als CSV (gescheiden door komma's of puntkomma's) en upload het.
import-error-choice = Deze waarde is hier niet toegestaan. Gebruik een van deze waarden: { $detail } (hoofdletters of kleine letters maakt niet uit).
import-error-kind = Kies wat het bestand bevat: instellingen, overnames of standpunten in toetsingen.
import-error-unknown-country = Geen enkele instelling heeft deze landcode.
import-error-duplicate = Een eerdere rij in het bestand noemt dezelfde vermelding.
import-error-unknown-standard = Er is geen gevolgde norm met deze slug.
import-error-unknown-cycle = Er is geen toetsingscyclus met deze slug.
import-error-applied = Dit bestand is al geïmporteerd.
import-error-changed = De vermeldingen zijn gewijzigd sinds deze voorvertoning. Bekijk de nieuwe voorvertoning hieronder voordat u bevestigt.
import-error-nothing = Er is niets te importeren: een rij wordt geweigerd of er zou niets veranderen.
import-preview-title = Import van { $file }
import-count-add = { $count ->
    [one] { $count } rij voegt een vermelding toe
   *[other] { $count } rijen voegen vermeldingen toe
}
import-count-change = { $count ->
    [one] { $count } rij wijzigt een vermelding
   *[other] { $count } rijen wijzigen vermeldingen
}
import-count-same = { $count ->
    [one] { $count } rij laat de vermelding zoals die is
   *[other] { $count } rijen laten hun vermeldingen zoals die zijn
}
import-count-refused = { $count ->
    [one] { $count } rij wordt geweigerd
   *[other] { $count } rijen worden geweigerd
}
import-refused-notice = Sommige rijen worden geweigerd, dus er kan niets worden geïmporteerd. Corrigeer ze in uw bestand en upload het opnieuw.
import-nothing-notice = Het bestand zou niets veranderen.
import-confirm-intro = Er is nog niets opgeslagen. Bevestig om alle wijzigingen hieronder in één keer op te slaan.
import-confirm = { $count ->
    [one] { $count } rij importeren
   *[other] { $count } rijen importeren
}
import-applied = Geïmporteerd op { $date }.
import-column-line = Regel
import-column-record = Vermelding
import-column-action = Wat er gebeurt
import-column-details = Details
import-action-add = Toegevoegd
import-action-change = Gewijzigd
import-action-same = Ongewijzigd
import-action-refused = Geweigerd
import-rows-more = { $count ->
    [one] Nog { $count } rij wordt niet getoond.
   *[other] Nog { $count } rijen worden niet getoond.
}
import-again = Een ander bestand uploaden
import-running = De import wordt weggeschreven: { $done } van { $total } rijen…
import-running-start = De import wordt weggeschreven…
import-error-storage = Het bestand kon niet worden opgeslagen; er is niets geïmporteerd. Probeer het opnieuw.

## ISO Open Data files (admins)
import-iso-heading = ISO Open Data
import-iso-intro = ISO publiceert haar commissies (met hun P- en O-leden) en al haar publicaties als open data (ODC-By). Upload het bestand van ISO zoals het is gepubliceerd – CSV of JSON Lines, al dan niet met gzip gecomprimeerd: Quorum controleert het eerst en toont wat het zou toevoegen, wijzigen en ongemoeid laten, en slaat het op zodra u bevestigt. Elke waarde behoudt de bron ‘ISO Open Data, <dataset>, <datum>’.
# $megabytes is a number.
import-iso-limits = Maximaal { $megabytes } MB.
import-iso-dataset = Dataset
import-iso-committees = Commissies (iso_technical_committees)
import-iso-deliverables = Publicaties (iso_deliverables_metadata)
import-iso-date = Datum van het bestand
import-iso-check = Uploaden en controleren
import-iso-error-dataset = Kies welke dataset van ISO het bestand is.
import-iso-error-format = De bestandsnaam moet, net als bij de bestanden van ISO, eindigen op .csv of .jsonl (of .csv.gz, .jsonl.gz).
import-iso-error-date = De datum van het bestand is geen geldige datum.
import-iso-error-gone = Het geüploade bestand staat niet meer op de server (die is opnieuw opgestart). Upload het opnieuw.
import-iso-error-changed = Het bestand kon niet worden opgeslagen: sommige regels konden niet worden gelezen. Er is niets opgeslagen.
import-iso-checking = Het bestand wordt gecontroleerd…
import-iso-writing = De vermeldingen worden opgeslagen…
import-iso-applied = Opgeslagen. Elke wijziging staat in de geschiedenis.
# $count is a number; $source names the dataset and date.
import-iso-read = { $count ->
    [one] { $count } vermelding gelezen ({ $source }).
   *[other] { $count } vermeldingen gelezen ({ $source }).
}
import-iso-problems = Sommige regels kunnen niet worden gelezen, dus er kan niets worden opgeslagen. Corrigeer het bestand en upload het opnieuw:
# $line is a line number of the file.
import-iso-problem = Regel { $line }:

## Why a line of an ISO Open Data file cannot be read. $column, $columns, $ids and
## $acronyms are the file's own column names (title.en, pMembers.id…), quoted as they are;
## $cell is the value found, cut short; $detail is the file reader's own words (English).
iso-line-unreadable = Het bestand kon vanaf deze regel niet worden gelezen: { $detail }
iso-line-too-long = De regel is langer dan { $bytes } bytes.
iso-line-not-number = ‘{ $column }’ moet een geheel getal zijn, niet ‘{ $cell }’.
iso-line-not-list = ‘{ $column }’ moet een lijst tussen vierkante haken zijn, niet ‘{ $cell }’.
iso-line-missing-columns = De kopregel heeft geen kolom { $columns }.
iso-line-cell-count = Aantal cellen: { $count } in dit record, { $expected } in de kopregel.
iso-line-not-utf8 = Het record is geen geldige UTF-8.
iso-line-csv = Het record kan niet als CSV worden gelezen: { $detail }
iso-line-unpaired = ‘{ $ids }’ en ‘{ $acronyms }’ kunnen niet aan elkaar worden gekoppeld, omdat ze niet evenveel elementen bevatten (respectievelijk { $ids_count } en { $acronyms_count }).
iso-line-bad-id = De id moet een positief getal zijn, niet { $cell }.
iso-line-no-id = Het record heeft geen id.
iso-line-no-reference = Het record heeft geen referentie.
iso-line-no-status = De commissie heeft geen status.
iso-line-reference = De referentie ‘{ $cell }’ bevat geen letter of cijfer.
iso-line-stage-format = ‘currentStage’ moet een stadiumcode zijn zoals 9093 of 90.93, niet ‘{ $cell }’.
iso-line-unknown-stage = De waarde { $cell } van ‘currentStage’ is geen stadiumcode.
iso-line-date = ‘publicationDate’ moet een datum zijn zoals 2017-04-21, niet ‘{ $cell }’.
iso-line-not-committee = De regel is geen commissie zoals ISO die publiceert: { $detail } (kolom { $column }).
iso-line-not-deliverable = De regel is geen publicatie zoals ISO die publiceert: { $detail } (kolom { $column }).
import-iso-records = Vermeldingen
import-iso-added = Toegevoegd
import-iso-changed = Gewijzigd
import-iso-same = Ongewijzigd
import-iso-row-committees = Commissies
import-iso-row-memberships = Lidmaatschappen
import-iso-row-standards = Normen
# $count is a number.
import-iso-unmatched = { $count ->
    [0] Elk vermeld lid komt overeen met een instelling in het overzicht.
    [one] Eén lidnummer komt met geen enkele instelling in het overzicht overeen; zie de niet-gekoppelde leden.
   *[other] { $count } lidnummers komen met geen enkele instelling in het overzicht overeen; zie de niet-gekoppelde leden.
}
# $opened and $closed are numbers.
import-iso-reviews = Geopende toetsingscycli: { $opened }; gesloten of beslist: { $closed }.
import-iso-confirm-intro = Het hele bestand wordt in één transactie opgeslagen: alles of niets.
import-iso-confirm = Deze vermeldingen importeren

## ISO member ids that match no body (admins)
unmatched-title = Niet-gekoppelde ISO-leden
unmatched-intro = De commissiegegevens van ISO noemen deze lidnummers, maar geen enkele instelling in het overzicht heeft ze. Maak de instelling aan van het land waartoe een lidnummer behoort (of voeg het nummer toe aan de vermelding van een bestaande instelling): de commissielidmaatschappen worden dan meteen vastgelegd, met het commissiebestand als bron.
unmatched-none = Elk lidnummer in de commissiegegevens komt overeen met een instelling in het overzicht.
# $id is ISO's member id.
unmatched-id = ISO-lidnummer { $id }
# $p and $o are numbers of committees.
unmatched-counts = { $p ->
    [one] P-lid van { $p } commissie, O-lid van { $o }:
   *[other] P-lid van { $p } commissies, O-lid van { $o }:
}
unmatched-country = Land
unmatched-country-choose = Kies het land (alleen landen zonder instelling)
unmatched-create = Instelling aanmaken met haar lidmaatschappen
unmatched-error-country = Kies het land van de instelling.
unmatched-error-taken = Dat land heeft al een instelling; voeg het lidnummer in plaats daarvan toe aan de vermelding van die instelling.
unmatched-link = Niet-gekoppelde ISO-leden
