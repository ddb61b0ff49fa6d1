# /developers: the open data API.
nav-developers = Open data en API
developers-title = Open data en API
developers-intro = Alles wat Quorum het publiek laat zien, is ook door programma's te lezen: instellingen, normen, nationale overnames, taalversies, toetsingen, standpunten en brieven. Geen sleutel, geen aanmelding. Bij elk gegeven staan de bron en de datum waarop het is gecontroleerd.
developers-openapi = Het OpenAPI-document (openapi.json)
developers-endpoints-heading = Endpoints
developers-column-path = Pad
developers-column-what = Wat het levert
developers-column-example = Voorbeeld
developers-nsbs = Alle nationale normalisatie-instellingen met hun contactgegevens, elk gegeven met de bron; met de filters van het overzicht (q, category, region, sort), per pagina.
developers-nsb = Eén instelling, opgevraagd met haar landcode.
developers-nsbs-csv = Dezelfde instellingen als spreadsheet, met na elk veld de bron en de datum.
developers-standards = De gevolgde normen met hun gegevens, het aantal overnames en hun taalversies.
developers-standard = Eén norm; voeg .csv toe voor een spreadsheet.
developers-adoptions = De overname van de norm door elke instelling, gefilterd zoals op de pagina van de norm (status, category, region, sort), per pagina.
developers-adoptions-csv = Dezelfde overnames als spreadsheet.
developers-translations = De taalversies van de norm (titel, soort, uitgever, jaar, bron); voeg .csv toe voor een spreadsheet.
developers-reviews = Alle systematische toetsingsrondes met hun data, status en besluit.
developers-review = Eén toetsing: de telling per standpunt en stemrecht, en de verwachte uitkomst met de lijst van wie die nog kan veranderen.
developers-positions = Het laatste standpunt van elke instelling in de toetsing, gefilterd zoals op de pagina van de toetsing (position, voter, category, region), per pagina.
developers-positions-csv = Dezelfde standpunten als spreadsheet.
developers-letters = Een brief aan een instelling, in haar eigen taal of een andere, klaar om te versturen.
developers-conventions-heading = Hoe de API antwoordt
developers-envelope = JSON-antwoorden zijn een object: de gegevens onder "data", de naamsvermelding onder "licence" en, bij lijsten die kunnen groeien, de pagina-informatie onder "pagination". In spreadsheets eindigt elke rij met een licentiekolom.
developers-paging = Lijsten komen in pagina's van 50: vraag een volgende pagina op met page=2 en tot 500 items met per_page=500. Een pagina voorbij het einde is leeg; een pagina of paginagrootte die geen getal binnen het toegestane bereik is, wordt geweigerd.
developers-filters = De filters accepteren dezelfde waarden als de adressen van de pagina's: kopieer de queryparameters van een gefilterde pagina en u hebt een download.
developers-errors = Een fout is een object "error" met een "code" en een "message", verstuurd met de bijbehorende HTTP-status (400, 404…); de melding is in de taal van uw Accept-Language-header.
developers-caching = Elk antwoord heeft een ETag en een Last-Modified-datum: stuur die terug in If-None-Match of If-Modified-Since, dan komt een ongewijzigd antwoord terug als 304 Not Modified, zonder inhoud.
developers-cors = Elke website mag de API vanuit de browser lezen (CORS staat open voor GET).
developers-licence-heading = Licentie en naamsvermelding
developers-licence = De gegevens van Quorum komen uit verschillende bronnen, elk met eigen voorwaarden; bij elk gegeven staat de bron. Hergebruik ze met naamsvermelding van Quorum en van die bron:
developers-open-letters = De gepubliceerde open brieven van de campagne en hun talen.
developers-open-letter = Eén open brief in de gekozen taal (lang), naast een tweede taal (second) of gericht aan een instelling (nsb).
developers-translations-api = Elke taal waarin Quorum schrijft: interface of alleen brieven, hoeveel van de Engelse tekst ze dekt, hoe ver het nakijken van haar brieven is en de lidlanden die Quorum het eerst in die taal aanschrijft.

## /developers/translations
languages-title = Vertalingen
languages-intro = De pagina's van Quorum zijn er in de interfacetalen; brieven worden in veel meer talen geschreven. De brieven in elke taal worden eerst opgesteld en daarna gelezen en gecorrigeerd door een moedertaalspreker, die hier wordt genoemd. Iedereen kan helpen: in locales/README.md in de broncode staat hoe.
languages-list-heading = Talen
languages-column-language = Taal
languages-column-kind = Gebruikt voor
languages-column-letters = Briefteksten
languages-column-interface = Interface
languages-column-review = Brieven nagekeken
languages-column-countries = Lidlanden die Quorum het eerst in deze taal aanschrijft
languages-kind-interface = Pagina's en brieven
languages-kind-letters = Brieven
# $done of $total messages translated.
languages-share = { $done } van { $total }
languages-status-source = De brontekst
languages-status-drafted = Nog niet nagekeken door een moedertaalspreker
# $who: the reviewer's name; $date: when.
languages-status-reviewed = Nagekeken door { $who } op { $date }
languages-uncovered-heading = Landen die nog in het Engels worden aangeschreven
languages-uncovered-intro = Voor de eerste taal van deze lidlanden zijn er nog geen brieven, dus hun brieven staan eerst in het Engels, met een melding:
languages-uncovered-none = Geen: elk lidland krijgt zijn brieven in zijn eerste taal.

## The embeddable widget (/embed/write) and its snippet on /developers.
embed-title = Schrijf aan uw nationale normalisatie-instelling
embed-lead = Kies uw land: Quorum stelt een formele brief op aan de normalisatie-instelling van dat land, in de taal van de instelling, klaar om te versturen.
embed-country = Uw land
embed-choose = Kies uw land
embed-write = Brief schrijven
embed-by = Quorum: wie er beslist over internationale normen, en hoe u hen bereikt
developers-embed-heading = Zet ‘Schrijf aan uw normalisatie-instelling’ op uw website
developers-embed-intro = Kopieer dit codefragment naar een pagina van uw website. Het toont een landenlijst in de taal die u instelt met lang= (en, fr, pt…) en opent de briefeditor van Quorum in een nieuw tabblad. Het is de enige pagina van Quorum die andere websites in een frame mogen tonen; de pagina plaatst geen cookie en voert geen script uit.
developers-embed-preview = Zo ziet het eruit:
developers-embed-copy = Codefragment kopiëren
developers-embed-copied = Codefragment gekopieerd
developers-embed-frame-title = Schrijf aan uw nationale normalisatie-instelling (Quorum)
