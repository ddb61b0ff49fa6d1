# /developers: the open data API.
nav-developers = Dati aperti e API
developers-title = Dati aperti e API
developers-intro = Tutto ciò che Quorum mostra al pubblico può essere letto da programmi: enti, norme, adozioni nazionali, versioni linguistiche, riesami, posizioni e lettere. Senza chiave e senza accesso. Ogni valore è accompagnato dalla fonte e dalla data in cui è stato verificato.
developers-openapi = Il documento OpenAPI (openapi.json)
developers-endpoints-heading = Endpoint
developers-column-path = Percorso
developers-column-what = Che cosa fornisce
developers-column-example = Esempio
developers-nsbs = Tutti gli enti nazionali di normazione con i loro recapiti, ogni valore con la sua fonte; i filtri dell'elenco (q, category, region, sort), a pagine.
developers-nsb = Un ente, tramite il codice del Paese.
developers-nsbs-csv = Gli stessi enti come foglio di calcolo, con ogni campo seguito dalla fonte e dalla data.
developers-standards = Le norme seguite, con i loro dati, il numero di adozioni e le versioni linguistiche.
developers-standard = Una norma; aggiungi .csv per ottenere un foglio di calcolo.
developers-adoptions = L'adozione della norma da parte di ciascun ente, filtrata come nella pagina della norma (status, category, region, sort), a pagine.
developers-adoptions-csv = Le stesse adozioni come foglio di calcolo.
developers-translations = Le versioni linguistiche della norma (titolo, tipo, editore, anno, fonte); aggiungi .csv per ottenere un foglio di calcolo.
developers-reviews = Tutti i cicli di riesame sistematico, con date, stato e decisione.
developers-review = Un riesame: il conteggio per posizione e diritto di voto, e l'esito previsto con l'elenco di chi può ancora cambiarlo.
developers-positions = L'ultima posizione di ciascun ente nel riesame, filtrata come nella pagina del riesame (position, voter, category, region), a pagine.
developers-positions-csv = Le stesse posizioni come foglio di calcolo.
developers-letters = Una lettera a un ente, nella sua lingua o in qualsiasi altra, pronta da inviare.
developers-conventions-heading = Come risponde l'API
developers-envelope = Le risposte JSON sono un oggetto: i dati in "data", l'attribuzione in "licence" e, per gli elenchi che possono crescere, la pagina in "pagination". Nei fogli di calcolo ogni riga termina con una colonna della licenza.
developers-paging = Gli elenchi arrivano in pagine da 50: chiedine un'altra con page=2 e fino a 500 elementi con per_page=500. Una pagina oltre la fine è vuota; una pagina o una dimensione che non sia un numero nell'intervallo consentito viene rifiutata.
developers-filters = I filtri accettano gli stessi valori degli indirizzi delle pagine, quindi basta copiare la query di una pagina filtrata per trasformarla in un download.
developers-errors = Un errore è un oggetto "error" con un "code" e un "message", inviato con lo stato corrispondente (400, 404…); il messaggio è nella lingua della tua intestazione Accept-Language.
developers-caching = Ogni risposta ha un ETag e una data Last-Modified: rimandali in If-None-Match o If-Modified-Since e una risposta invariata torna come 304 Not Modified, senza corpo.
developers-cors = Qualsiasi sito web può leggere l'API dal browser (CORS è aperto per GET).
developers-licence-heading = Licenza e attribuzione
developers-licence = I dati di Quorum provengono da diverse fonti, ciascuna con le proprie condizioni; ogni valore indica la sua fonte. Riutilizzali attribuendoli a Quorum e a quella fonte:
developers-open-letters = Le lettere aperte pubblicate dalla campagna e le loro lingue.
developers-open-letter = Una lettera aperta nella lingua scelta (lang), affiancata a un'altra (second) o indirizzata a un ente (nsb).
developers-translations-api = Tutte le lingue in cui scrive Quorum: interfaccia o solo lettere, quanta parte del testo inglese coprono, lo stato di revisione delle loro lettere e i Paesi membri a cui Quorum scrive anzitutto in ciascuna di esse.

## /developers/translations
languages-title = Traduzioni
languages-intro = Le pagine di Quorum sono nelle lingue dell'interfaccia; le lettere sono scritte in molte altre. Le lettere di ogni lingua vengono prima abbozzate e poi lette e corrette da un madrelingua, il cui nome è indicato qui. Chiunque può aiutare: il file locales/README.md nel codice sorgente spiega come.
languages-list-heading = Lingue
languages-column-language = Lingua
languages-column-kind = Uso
languages-column-letters = Testi delle lettere
languages-column-interface = Interfaccia
languages-column-review = Revisione delle lettere
languages-column-countries = Paesi membri a cui Quorum scrive anzitutto in questa lingua
languages-kind-interface = Pagine e lettere
languages-kind-letters = Lettere
# $done of $total messages translated.
languages-share = { $done } su { $total }
languages-status-source = Il testo originale
languages-status-drafted = Non ancora rivisto da un madrelingua
# $who: the reviewer's name; $date: when.
languages-status-reviewed = Rivisto da { $who } il { $date }
languages-uncovered-heading = Paesi a cui Quorum scrive ancora in inglese
languages-uncovered-intro = La prima lingua di questi Paesi membri non ha ancora lettere, quindi le loro lettere vengono proposte prima in inglese, con un avviso:
languages-uncovered-none = Nessuno: ogni Paese membro riceve le sue lettere nella sua prima lingua.

## The embeddable widget (/embed/write) and its snippet on /developers.
embed-title = Scrivi al tuo ente nazionale di normazione
embed-lead = Scegli il tuo Paese: Quorum prepara una lettera formale all'ente di normazione del Paese, nella sua lingua, pronta da inviare.
embed-country = Il tuo Paese
embed-choose = Scegli il tuo Paese
embed-write = Scrivi la lettera
embed-by = Quorum: gli enti che decidono sulle norme internazionali e come contattarli
developers-embed-heading = Metti «Scrivi al tuo ente di normazione» sul tuo sito
developers-embed-intro = Copia questo frammento di codice in una pagina del tuo sito. Mostra un elenco di Paesi nella lingua che imposti con lang= (en, fr, pt…) e apre la pagina di composizione delle lettere di Quorum in una nuova scheda. È l'unica pagina di Quorum che altri siti possono incorporare in un riquadro; non imposta alcun cookie e non esegue alcuno script.
developers-embed-preview = Ecco come appare:
developers-embed-copy = Copia il frammento
developers-embed-copied = Frammento copiato
developers-embed-frame-title = Scrivi al tuo ente nazionale di normazione (Quorum)
