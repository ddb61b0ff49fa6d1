## Site frame
app-name = Quorum
page-title = { $page } · Quorum
# What search engines and link previews show under a page's title (meta description).
site-description = Quorum volgt de nationale normalisatie-instellingen: overnames van normen, de talen waarin die bestaan, stemmen in de systematische toetsingen van ISO en brieven in hun taal.
meta-body = { $body } ({ $country }): contactgegevens, ISO-lidmaatschap, overnames en standpunten in toetsingen, elk met bron en datum, en een brief aan de instelling.
meta-standard = { $reference }: welke nationale normalisatie-instellingen de norm hebben overgenomen, in welke talen ze bestaat en haar systematische toetsingen.
meta-review = Systematische toetsing van { $reference }: het vastgelegde standpunt van elke nationale normalisatie-instelling, de verwachte uitkomst en wie die nog kan veranderen.
meta-open-letter = Een open brief aan de nationale normalisatie-instellingen: lees hem, onderteken hem of verstuur hem naar de normalisatie-instelling van uw land.
skip-to-content = Naar de inhoud
nav-label = Hoofdmenu
nav-home = Startpagina
nav-directory = Normalisatie-instellingen
language-switcher-label = Taal
footer-provenance = Bij elk gegeven staan de bron en de datum waarop het voor het laatst is gecontroleerd. Een leeg veld betekent: onbekend. We vullen nooit iets in op goed geluk.
footer-licence = Quorum is vrije software. De contactgegevens komen van de ledenpagina's op iso.org (StanDat, uitgelezen in 2021/22), uit ISO Open Data (2026) en uit de andere bronnen die bij elk gegeven worden vermeld.
loading = Bezig met laden…
back-to-directory = Terug naar het overzicht
breadcrumb-label = Kruimelpad

## Errors
error-not-found = We konden deze pagina niet vinden.
error-invalid-input = Een deel van wat u hebt ingevoerd, kon niet worden gebruikt. Controleer uw invoer en probeer het opnieuw.
error-storage = Quorum kan zijn gegevens op dit moment niet lezen. Probeer het over enkele ogenblikken opnieuw.
error-transport = Het verzoek heeft Quorum niet bereikt. Controleer uw verbinding en probeer het opnieuw.
error-body-too-large = Dit verzoek is te groot voor Quorum (meer dan { $size } KB). Maak uw invoer korter en probeer het opnieuw.
not-found-title = Pagina niet gevonden
not-found-body = Op dit adres staat geen pagina. Als u een link naar een normalisatie-instelling hebt gevolgd, is de landcode misschien verkeerd getypt: landcodes bestaan uit twee letters, zoals BR voor Brazilië.
not-found-standard = Quorum volgt geen norm op dit adres. Het adres van een norm bevat haar nummer, zoals /standards/iso-20400 voor ISO 20400; de lijst toont alle normen die Quorum volgt.
not-found-review = Quorum heeft geen toetsing op dit adres. Het adres van een toetsing noemt de norm en het jaar, zoals /reviews/iso-20400-2022; de lijst toont alle toetsingen die Quorum vastlegt.
not-found-open-letter = Op dit adres staat geen gepubliceerde open brief. Misschien is hij ingetrokken of nog niet gepubliceerd; de lijst toont alle open brieven.

## Home
home-title = Vind uw nationale normalisatie-instelling
home-heading = Vind uw nationale normalisatie-instelling en breng uw standpunt over
home-intro = Quorum vermeldt alle nationale normalisatie-instellingen die lid zijn van ISO, met hun contactgegevens en de herkomst van elk gegeven. Zo helpt Quorum pleitbezorgers van normen als ISO 20400 over duurzaam inkopen om de instelling te bereiken die daarover in hun land beslist.
search-label = Land, landcode of normalisatie-instelling
search-placeholder = bijv. Brasil, BR, ABNT
search-button = Zoeken
home-stats-heading = ISO-leden in het overzicht
home-stats-total = { $count ->
    [one] { $count } normalisatie-instelling in het overzicht, per ISO-lidmaatschapscategorie:
   *[other] { $count } normalisatie-instellingen in het overzicht, per ISO-lidmaatschapscategorie:
}
home-browse-all = Alle normalisatie-instellingen bekijken
home-next-heading = Wat u nu kunt doen
home-step-find = Zoek met het zoekvak hierboven de normalisatie-instelling van uw land.
home-step-write = Schrijf aan de instelling
home-step-write-note = — Quorum stelt de brief op in de taal van de instelling, met haar adres.
home-step-review = De volgende toetsing:
home-review-closes = — de stemming sluit op { $date }.
home-review-undated = — de sluitingsdatum van de stemming is nog niet vastgelegd.
home-step-no-review = Er is op dit moment geen toetsing open of gepland.
home-step-reviews-link = Alle toetsingen bekijken

## ISO membership categories
category-member-body = Volwaardig lid
category-correspondent = Corresponderend lid
category-subscriber = Abonnee-lid
category-unknown = Categorie onbekend
category-member-body-count = { $count ->
    [one] volwaardig lid
   *[other] volwaardige leden
}
category-correspondent-count = { $count ->
    [one] corresponderend lid
   *[other] corresponderende leden
}
category-subscriber-count = { $count ->
    [one] abonnee-lid
   *[other] abonnee-leden
}
category-unknown-count = { $count ->
    [one] instelling waarvan geen enkele bron de categorie vermeldt
   *[other] instellingen waarvan geen enkele bron de categorie vermeldt
}
category-member-body-rights = Stemt over ISO-normen en mag ze in het eigen land overnemen en verkopen.
category-correspondent-rights = Volgt het werk als waarnemer zonder stemrecht en mag ISO-normen in het eigen land overnemen en verkopen.
category-subscriber-rights = Blijft op de hoogte van het werk van ISO, maar stemt niet en mag ISO-normen niet overnemen of verkopen.
category-unknown-note = Geen van onze bronnen vermeldt tot nu toe de categorie van deze instellingen.

## Directory
directory-title = Normalisatie-instellingen
directory-heading = Nationale normalisatie-instellingen
directory-intro = Zoek op landnaam in elke taal, ISO-landcode, afkorting of naam van de instelling. Kies een instelling om te zien hoe u haar kunt bereiken.
filter-category = ISO-categorie
filter-category-all = Alle categorieën
filter-region = Regio
filter-region-all = Alle regio's
filter-apply = Resultaten tonen
search-truncated = Uw zoekopdracht was lang, daarom zijn alleen de eerste 100 tekens gebruikt.
directory-count = { $total ->
    [one] { $shown } van { $total } normalisatie-instelling weergegeven.
   *[other] { $shown } van { $total } normalisatie-instellingen weergegeven.
}
directory-no-match = Geen enkele normalisatie-instelling komt overeen met uw zoekopdracht. Controleer de spelling, probeer de landcode van twee letters of wis de filters.
directory-clear-filters = Zoekopdracht en filters wissen
column-country = Land
column-acronym = Afkorting
column-body-name = Normalisatie-instelling
column-category = ISO-categorie
column-region = Regio

## Body page
body-page-title = { $body } – { $country }
body-name-with-acronym = { $name } ({ $acronym })
contact-line = { $label }: { $value }
value-unknown = onbekend
field-source-dated = Bron: { $source }, peildatum { $date }
field-source-undated = Bron: { $source } (datum niet vastgelegd)
body-name-unknown = Naam van de normalisatie-instelling onbekend
field-body-name-en = Naam in het Engels
field-body-name-native = Naam in de landstaal
field-acronym = Afkorting
field-country = Land
field-category = ISO-lidmaatschap
dataset-note = Opmerking uit de dataset:
field-website = Website
field-email = E-mail
field-phone = Telefoon
field-fax = Fax
field-address = Postadres
field-iso-member-id = ISO-lidnummer
card-footnote = Contactgegevens veranderen. Controleer ze op de eigen website van de instelling voordat u een belangrijke brief verstuurt.
copy-contact = Contactgegevens kopiëren
contact-copied = Contactgegevens gekopieerd
download-vcard = vCard downloaden
write-letter = Schrijf aan deze instelling
write-letter-hint = Quorum stelt een formele brief aan { $body } op in de taal van de instelling, klaar om te kopiëren, te e-mailen of af te drukken.

## Letter composer page
nav-letters = Brief schrijven
letters-title = Schrijven aan een normalisatie-instelling
letters-heading = Schrijven aan een nationale normalisatie-instelling
letters-intro = Kies de instelling, uw verzoek en de taal. Quorum stelt een formele brief op die u kunt kopiëren, per e-mail versturen, downloaden of afdrukken.
letters-privacy = Uw naam en gegevens worden alleen gebruikt om de brief in te vullen. Quorum slaat ze niet op; ze worden alleen in de link opgenomen als u daar hieronder om vraagt.
letter-field-recipient = Normalisatie-instelling
letter-field-recipient-choose = Kies een land
letter-field-purpose = Waar de brief om vraagt
letter-purpose-review = Bij de systematische toetsing stemmen voor bevestiging van de norm
letter-purpose-adopt = De norm overnemen als nationale norm
letter-purpose-translate = De norm publiceren in de landstaal
letter-purpose-suggested = Voorgesteld voor deze instelling, op basis van wat Quorum erover heeft vastgelegd.
letter-field-language = Taal van de brief
letter-language-automatic = Hoofdtaal van het land
letter-field-second-language = Tweede taal, ernaast weergegeven (optioneel)
letter-second-language-none = Geen
letter-language-default = Standaard is dit de belangrijkste taal van { $country } als Quorum brieven in die taal heeft, en anders het Engels.
# $language: the country's first language, named in the page's language.
letter-language-missing = Quorum heeft nog geen brieven in het { $language }, dus deze brief is in het Engels. U kunt onder ‘Taal van de brief’ een andere taal voor de brief kiezen.
# $language: the letter's language, in its own name.
letter-drafted-notice = Deze vertaling ({ $language }) is nog niet nagekeken door een moedertaalspreker.
letter-drafted-help = Help mee met nakijken.
letter-sender-heading = Over u (alles optioneel)
letter-field-sender-name = Uw naam
letter-field-organisation = Organisatie
letter-field-role = Functie of titel
letter-field-city = Plaats
letter-field-email = Uw e-mailadres
letter-field-personal = Een alinea in uw eigen woorden
letter-field-personal-hint = Waarom dit belangrijk is voor u of uw organisatie. De tekst komt precies zo in de brief als u hem schrijft, in de taal waarin u hem schrijft.
letter-field-share-details = Mijn naam en gegevens ook in de link opnemen
letter-field-limit = Maximaal { $max } tekens.
letter-update = Brief bijwerken
letter-preview-heading = Uw brief
letter-preview-live = De brief wordt bijgewerkt terwijl u typt.
letter-to = Aan: { $recipient }
letter-subject = Onderwerp: { $subject }
letter-copy = Brief kopiëren
letter-copied = Brief gekopieerd
letter-mailto = Openen in mijn e-mailprogramma
letter-mailto-no-address = Voor deze instelling is geen e-mailadres vastgelegd, dus de brief kan niet in uw e-mailprogramma worden geopend. Kopieer of download de brief in plaats daarvan.
letter-mailto-too-long = Deze brief levert een link van { $length } tekens op, langer dan sommige e-mailprogramma's aankunnen. Komt het bericht ingekort aan? Kopieer de brief dan en plak hem in een nieuwe e-mail.
letter-download = Downloaden als tekst
letter-print = Afdrukversie
letter-share = Link naar deze brief
letter-share-hint = Opent de briefeditor met dezelfde instelling, hetzelfde verzoek en dezelfde talen. Er wordt niets opgeslagen op de server van Quorum.
letter-facts-heading = Waarop de brief steunt
letter-fact-adopted = { $count ->
    [one] { $count } nationale overname van { $standard } vastgelegd in Quorum.
   *[other] { $count } nationale overnames van { $standard } vastgelegd in Quorum.
}
letter-fact-confirmed = Laatste systematische toetsing afgerond op { $date }: bevestigd.
letter-fact-ballot = De stemming over de systematische toetsing sluit op { $date }.
letter-fact-no-ballot = Er is geen lopende stemming over de toetsing vastgelegd, dus de brief noemt geen sluitingsdatum.
letter-fact-title = Gebruikte titel: { $title }
letter-choose-body = Kies hierboven een normalisatie-instelling om uw brief te zien.

## Letter input errors. $field is the label of the field.
letter-error-too-long = { $field }: maximaal { $max } tekens, alstublieft. Dit zijn er { $length }.
letter-error-control = { $field }: gebruik één regel, zonder tabs of stuurtekens.
letter-error-email = Uw e-mailadres moet eruitzien als naam@example.org.
letter-error-purpose = Kies waar de brief om vraagt: bevestiging bij de toetsing, overname of vertaling.
letter-error-language = Quorum heeft geen brieven in die taal; kies een taal uit de lijst.
letter-error-body = Er is geen normalisatie-instelling met die landcode; kies er een uit de lijst.
letter-error-summary = De brief is niet bijgewerkt. Corrigeer wat hieronder is gemarkeerd.

## Print page
letter-print-title = Brief aan { $body }
letter-print-back = Terug naar de briefeditor
letter-print-button = Afdrukken
letter-print-hint = Wordt afgedrukt op A4. Zet uw handtekening met de hand boven uw naam.
letter-signature-line = Handtekening

## Accounts. The public never needs one; coordinators and admins sign in to record data.
nav-sign-in = Coördinatoren: inloggen
nav-account = Uw account
nav-signed-in-as = Ingelogd als
signin-title = Inloggen
signin-heading = Inloggen bij Quorum
signin-intro = Coördinatoren en beheerders loggen in om vast te leggen wat ze te weten komen over normalisatie-instellingen. Alle anderen kunnen Quorum zonder account gebruiken.
signin-email = E-mailadres
signin-password = Wachtwoord
signin-submit = Inloggen
signin-already = U bent al ingelogd als { $email }.
account-title = Uw account
account-heading = Uw account
account-signed-in-as = Ingelogd als { $email } ({ $role }).
account-sign-out = Uitloggen
account-sign-in-needed = Deze pagina is bedoeld voor coördinatoren en beheerders. Log eerst in.
account-go-sign-in = Naar de inlogpagina
role-admin = beheerder
role-coordinator = coördinator
error-unauthorized = Log eerst in.
error-forbidden = Uw account heeft geen toestemming om dit te doen.
error-bad-credentials = Het e-mailadres of het wachtwoord is niet juist.
error-busy = Quorum controleert op dit moment andere aanmeldingen. Er is niets gecontroleerd; probeer het over een paar seconden opnieuw.
error-rate-limited = { $minutes ->
    [one] Te veel mislukte pogingen. Probeer het over { $minutes } minuut opnieuw.
   *[other] Te veel mislukte pogingen. Probeer het over { $minutes } minuten opnieuw.
}
error-cross-origin = Dit verzoek kwam van een andere website, daarom heeft Quorum het niet uitgevoerd.

## Editing the directory (coordinators) and the record's history
nav-changes = Recente wijzigingen
edit-link = Deze vermelding bewerken
edit-title = { $body } bewerken
edit-heading = De vermelding van { $body } bewerken
edit-intro = Wijzig wat u hebt gecontroleerd en laat een veld leeg als het onbekend is. Elke wijziging wordt opgeslagen met de bron en de datum die u opgeeft, en verschijnt in de geschiedenis van de vermelding.
edit-source = Bron van de nieuwe gegevens
edit-source-hint = Een webadres of een korte omschrijving, zoals ‘website van ABNT, contactpagina’.
edit-as-of = Datum waarop u ze hebt gecontroleerd
edit-save = Wijzigingen opslaan
edit-category-unknown = Onbekend
edit-saved = Uw wijzigingen zijn opgeslagen.
edit-error-too-long = Maximaal { $max } tekens, alstublieft.
edit-error-control = Gebruik één regel, zonder tabs of stuurtekens.
edit-error-email = Voer e-mailadressen in zoals naam@example.org, gescheiden door puntkomma's.
edit-error-website = Voer een webadres in, zoals www.example.org.
edit-error-category = Kies een van de ISO-lidmaatschapscategorieën.
edit-error-source-required = Vermeld waar de nieuwe gegevens vandaan komen.
edit-error-date = Voer de datum in als YYYY-MM-DD; deze mag niet in de toekomst liggen.
edit-error-no-change = Er is niets gewijzigd, dus er is niets opgeslagen.
error-invalid-fields = Sommige velden moeten worden gecorrigeerd, dus er is niets opgeslagen. Zie de meldingen bij die velden.
error-edit-conflict = Iemand anders heeft deze vermelding gewijzigd terwijl u die bewerkte, dus er is niets opgeslagen. Die wijzigingen staan hieronder; laad de pagina opnieuw om de nieuwste versie te bewerken.
edit-conflict-field = { $field }: nu { $value }
history-heading = Geschiedenis van deze vermelding
history-empty = Geen wijzigingen sinds de dataset is geïmporteerd.
history-entry = { $field }: { $before } → { $after }
history-by = { $date }, door { $who }
history-by-coordinator = een coördinator
history-source = Bron: { $source }, gecontroleerd: { $date }
changes-title = Recente wijzigingen
changes-heading = Recente wijzigingen in het overzicht
changes-filter-nsb = Landcode
changes-filter-field = Veld
changes-filter-who = E-mailadres van de coördinator
changes-filter-any = Alle velden
changes-apply = Filteren
changes-empty = Er zijn geen wijzigingen die aan deze filters voldoen.

## Corrections from the public, and the coordinators' queue
report-heading = Een correctie melden
report-intro = Klopt hier iets niet of is het verouderd? Geef ons de juiste waarde en vermeld waar die vandaan komt. Een coördinator controleert de correctie voordat die wordt gepubliceerd. U hebt geen account nodig.
report-field = Welk veld
report-value = De juiste waarde (laat leeg als hier ‘onbekend’ moet staan)
report-source = Waar die vandaan komt
report-source-hint = Een webadres of een korte omschrijving, zoals ‘website van ABNT, contactpagina’.
report-email = Uw e-mailadres (optioneel, alleen als een coördinator u er vragen over mag stellen)
report-submit = Correctie versturen
report-thanks = Hartelijk dank. Een coördinator controleert uw correctie voordat die wordt gepubliceerd.
report-error-too-many = U hebt in korte tijd meerdere correcties verstuurd. Probeer het over een uur opnieuw.
report-error-field = Kies het veld dat u wilt corrigeren.
corrections-title = Correcties
corrections-heading = Correcties gemeld door het publiek
corrections-open-count = { $count ->
    [one] { $count } openstaande correctie wacht op een coördinator.
   *[other] { $count } openstaande correcties wachten op een coördinator.
}
corrections-empty = Geen openstaande correcties. Bedankt!
corrections-current = Nu: { $value }
corrections-proposed = Voorgesteld: { $value }
corrections-source = Opgegeven bron: { $source }
corrections-reporter = Gemeld op { $date } door { $email }
corrections-reporter-anonymous = Gemeld op { $date }, zonder e-mailadres
corrections-accept = Accepteren
corrections-edit-accept = Bewerken en dan accepteren
corrections-reject = Afwijzen
corrections-reason = Reden van afwijzing
corrections-error-reason = Geef een reden voor de afwijzing.
corrections-error-closed = Deze correctie is al door iemand anders afgehandeld.
corrections-accepted = De correctie is doorgevoerd en vastgelegd in de geschiedenis.
corrections-rejected = De correctie is afgewezen.

## Managing accounts (admins) and one-time links
nav-accounts = Accounts beheren
accounts-title = Accounts
accounts-heading = Coördinatoren en beheerders
accounts-intro = Nodig mensen uit via hun e-mailadres: Quorum maakt een eenmalige link die u zelf naar hen verstuurt. De link werkt één keer en blijft { $hours } uur geldig.
accounts-email = E-mailadres
accounts-role = Rol
accounts-status-active = actief
accounts-status-disabled = uitgeschakeld
accounts-invite = Uitnodigingslink maken
accounts-link-invite = Uitnodigingslink voor { $email } (verstuur deze zelf; de link werkt één keer en blijft { $hours } uur geldig):
accounts-link-reset = Link om het wachtwoord van { $email } opnieuw in te stellen (verstuur deze zelf; de link werkt één keer en blijft { $hours } uur geldig):
accounts-disable = Uitschakelen
accounts-enable = Inschakelen
accounts-reset = Link maken om het wachtwoord opnieuw in te stellen
accounts-you = (u)
accounts-error-self = U kunt uw eigen account niet uitschakelen.
accounts-error-exists = Er bestaat al een account met dit e-mailadres.
invitation-title = Uw wachtwoord instellen
invitation-heading-invite = Welkom bij Quorum
invitation-heading-reset = Kies een nieuw wachtwoord
invitation-intro = { $min ->
    [one] Stel een wachtwoord in voor { $email } ({ $role }). Het moet minstens { $min } teken lang zijn.
   *[other] Stel een wachtwoord in voor { $email } ({ $role }). Het moet minstens { $min } tekens lang zijn.
}
invitation-password = Nieuw wachtwoord
invitation-password-again = Hetzelfde wachtwoord nogmaals
invitation-submit = Wachtwoord opslaan en inloggen
invitation-error-invalid = Deze link is niet meer geldig: hij is al gebruikt of verlopen. Vraag een beheerder om een nieuwe.
invitation-error-mismatch = De twee wachtwoorden zijn niet hetzelfde.
invitation-error-short = { $min ->
    [one] Het wachtwoord moet minstens { $min } teken lang zijn.
   *[other] Het wachtwoord moet minstens { $min } tekens lang zijn.
}

## Sources: each cited source's kind, shown after its name.
source-kind-official = (officieel)
source-kind-secondary = (secundair)
source-kind-derived = (afgeleid door Quorum)
source-secondary-only = Alleen secundaire bronnen: niet bevestigd door ISO of de normalisatie-instelling.
source-separator = {"; "}
directory-relevance = De beste resultaten staan bovenaan. Kies een kolomkop om in plaats daarvan op die kolom te sorteren.

## Pages of a long list
pager-label = Pagina's
pager-previous = Vorige pagina
pager-next = Volgende pagina
# $page and $pages are numbers.
pager-position = Pagina { $page } van { $pages }

## The composer's facts: the review deadline Quorum derives, the owner committee
# $date is a formatted date.
letter-fact-due-by = Er loopt geen stemming over een toetsing; de volgende systematische toetsing moet uiterlijk { $date } plaatsvinden (afgeleid door Quorum: vijf jaar na de laatste bevestiging; ISO kan de toetsing eerder starten). De brief noemt geen sluitingsdatum.
# $committee is a committee's reference, such as ISO/TMBG.
letter-fact-committee = Verantwoordelijke commissie: { $committee }.

## A body's category against ISO's committee data
# $count is a number of committees, $committees some of their references, $recorded the recorded category.
category-evidence = { $count ->
    [one] Volgens de commissiegegevens van ISO is deze instelling P-lid van één commissie ({ $committees }); alleen volwaardige leden kunnen P-lid zijn, maar de vastgelegde categorie is ‘{ $recorded }’.
   *[other] Volgens de commissiegegevens van ISO is deze instelling P-lid van { $count } commissies ({ $committees }…); alleen volwaardige leden kunnen P-lid zijn, maar de vastgelegde categorie is ‘{ $recorded }’.
}
category-evidence-confirm = Vastleggen als volwaardig lid, met dit bewijs als bron
