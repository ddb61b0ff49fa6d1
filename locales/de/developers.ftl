# /developers: the open data API.
nav-developers = Offene Daten und API
developers-title = Offene Daten und API
developers-intro = Alles, was Quorum öffentlich zeigt, können auch Programme lesen: Institute, Normen, nationale Übernahmen, Sprachfassungen, Überprüfungen, Positionen und Briefe. Kein Schlüssel, keine Anmeldung. Jeder Wert wird mit seiner Quelle und dem Datum seiner Prüfung geliefert.
developers-openapi = Das OpenAPI-Dokument (openapi.json)
developers-endpoints-heading = Endpunkte
developers-column-path = Pfad
developers-column-what = Was er liefert
developers-column-example = Beispiel
developers-nsbs = Alle nationalen Normungsinstitute mit ihren Kontaktdaten, jeder Wert mit seiner Quelle; mit den Filtern des Verzeichnisses (q, category, region, sort), seitenweise.
developers-nsb = Ein einzelnes Institut, über seinen Ländercode.
developers-nsbs-csv = Dieselben Institute als Tabellendatei; auf jedes Feld folgen seine Quelle und sein Datum.
developers-standards = Die verfolgten Normen mit ihren Eckdaten, der Zahl ihrer Übernahmen und ihren Sprachfassungen.
developers-standard = Eine einzelne Norm; mit angehängtem .csv als Tabellendatei.
developers-adoptions = Die Übernahme der Norm durch jedes Institut, gefiltert wie auf der Seite der Norm (status, category, region, sort), seitenweise.
developers-adoptions-csv = Dieselben Übernahmen als Tabellendatei.
developers-translations = Die Sprachfassungen der Norm (Titel, Art, Herausgeber, Jahr, Quelle); mit angehängtem .csv als Tabellendatei.
developers-reviews = Alle Zyklen der systematischen Überprüfung mit ihren Terminen, ihrem Status und ihrer Entscheidung.
developers-review = Eine einzelne Überprüfung: die Auszählung nach Position und Stimmrecht sowie das voraussichtliche Ergebnis mit der Liste derer, die es noch ändern können.
developers-positions = Die zuletzt erfasste Position jedes Instituts in der Überprüfung, gefiltert wie auf der Seite der Überprüfung (position, voter, category, region), seitenweise.
developers-positions-csv = Dieselben Positionen als Tabellendatei.
developers-letters = Ein Brief an ein Institut, in dessen Sprache oder einer beliebigen anderen, fertig zum Absenden.
developers-conventions-heading = Wie die API antwortet
developers-envelope = JSON-Antworten sind ein Objekt: die Daten unter "data", die Namensnennung unter "licence" und bei Listen, die wachsen können, die Seitenangaben unter "pagination". In Tabellendateien endet jede Zeile mit einer Lizenzspalte.
developers-paging = Listen werden mit 50 Einträgen pro Seite geliefert: Eine weitere Seite erhalten Sie mit page=2, bis zu 500 Einträge mit per_page=500. Eine Seite hinter dem Ende ist leer; eine Seite oder Seitengröße, die keine Zahl im zulässigen Bereich ist, wird abgelehnt.
developers-filters = Die Filter nehmen dieselben Werte an wie in den Adressen der Seiten: Wenn Sie die Abfrageparameter einer gefilterten Seite kopieren, wird daraus ein Download.
developers-errors = Ein Fehler ist ein Objekt "error" mit einem "code" und einer "message" und wird mit dem passenden HTTP-Status (400, 404 …) gesendet; die Meldung steht in der Sprache Ihres Accept-Language-Headers.
developers-caching = Jede Antwort hat ein ETag und ein Last-Modified-Datum: Senden Sie diese in If-None-Match oder If-Modified-Since zurück, dann kommt eine unveränderte Antwort als 304 Not Modified zurück, ohne Inhalt.
developers-cors = Jede Website darf die API aus dem Browser heraus abfragen (CORS ist für GET offen).
developers-licence-heading = Lizenz und Namensnennung
developers-licence = Die Daten von Quorum stammen aus mehreren Quellen, jede mit eigenen Nutzungsbedingungen; jeder Wert nennt seine Quelle. Wenn Sie die Daten weiterverwenden, nennen Sie bitte Quorum und die jeweilige Quelle:
developers-open-letters = Die veröffentlichten offenen Briefe der Kampagne und ihre Sprachen.
developers-open-letter = Ein offener Brief in der gewählten Sprache (lang), neben einer zweiten (second) oder an ein Institut gerichtet (nsb).
developers-translations-api = Alle Sprachen, in denen Quorum schreibt: Oberfläche oder nur Briefe, wie viel des englischen Texts sie abdecken, der Prüfstatus ihrer Briefe und die Mitgliedsländer, an die zuerst in ihnen geschrieben wird.

## /developers/translations
languages-title = Übersetzungen
languages-intro = Die Seiten von Quorum gibt es in den Sprachen der Oberfläche; Briefe werden in vielen weiteren Sprachen geschrieben. Die Briefe jeder Sprache werden zunächst entworfen und dann von einem Muttersprachler gelesen und korrigiert, der hier genannt wird. Jeder kann helfen: Wie, steht in locales/README.md im Quellcode.
languages-list-heading = Sprachen
languages-column-language = Sprache
languages-column-kind = Verwendet für
languages-column-letters = Brieftexte
languages-column-interface = Oberfläche
languages-column-review = Prüfung der Briefe
languages-column-countries = Mitgliedsländer, an die zuerst in dieser Sprache geschrieben wird
languages-kind-interface = Seiten und Briefe
languages-kind-letters = Briefe
# $done of $total messages translated.
languages-share = { $done } von { $total }
languages-status-source = Der Ausgangstext
languages-status-drafted = Noch nicht von einem Muttersprachler geprüft
# $who: the reviewer's name; $date: when.
languages-status-reviewed = Geprüft von { $who } am { $date }
languages-uncovered-heading = Länder, an die noch auf Englisch geschrieben wird
languages-uncovered-intro = Für die erste Sprache dieser Mitgliedsländer gibt es noch keine Briefe, daher sind ihre Briefe zunächst auf Englisch, mit einem entsprechenden Hinweis:
languages-uncovered-none = Keine: Jedes Mitgliedsland erhält seine Briefe in seiner ersten Sprache.

## The embeddable widget (/embed/write) and its snippet on /developers.
embed-title = Schreiben Sie Ihrem nationalen Normungsinstitut
embed-lead = Wählen Sie Ihr Land: Quorum entwirft einen formellen Brief an das Normungsinstitut des Landes, in dessen Sprache, fertig zum Absenden.
embed-country = Ihr Land
embed-choose = Ihr Land auswählen
embed-write = Brief schreiben
embed-by = Quorum: wer über internationale Normen entscheidet und wie Sie diese Stellen erreichen
developers-embed-heading = „Schreiben Sie Ihrem Normungsinstitut“ auf Ihrer Website anbieten
developers-embed-intro = Kopieren Sie diesen Codeausschnitt in eine Seite Ihrer Website. Er zeigt eine Länderliste in der Sprache, die Sie mit lang= festlegen (en, fr, pt …), und öffnet den Briefassistenten von Quorum in einem neuen Tab. Es ist die einzige Seite von Quorum, die andere Websites in einem Rahmen einbetten dürfen; sie setzt kein Cookie und führt kein Skript aus.
developers-embed-preview = So sieht es aus:
developers-embed-copy = Codeausschnitt kopieren
developers-embed-copied = Codeausschnitt kopiert
developers-embed-frame-title = Schreiben Sie Ihrem nationalen Normungsinstitut (Quorum)
