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
