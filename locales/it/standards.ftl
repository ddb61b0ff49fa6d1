## Norme: adozioni per ente, versioni linguistiche, mappa del mondo
nav-standards = Norme

standards-title = Norme seguite da Quorum
standards-intro = Per ogni norma: quali enti nazionali l'hanno adottata, quali vendono solo l'edizione dell'ISO e in quali lingue esiste. Ogni numero è calcolato dai dati registrati nella pagina della norma.
standards-adoptions = { $count ->
    [one] { $count } adozione nazionale
    [many] { $count } di adozioni nazionali
   *[other] { $count } adozioni nazionali
}
standards-languages = { $count ->
    [one] disponibile in { $count } lingua
    [many] disponibile in { $count } di lingue
   *[other] disponibile in { $count } lingue
}
standards-open = Adozioni, mappa e lingue
standards-empty = Non è ancora seguita alcuna norma.

standard-page-title = { $reference }: adozioni e lingue
standard-facts-heading = Informazioni sulla norma
standard-field-reference = Riferimento
standard-field-title = Titolo
standard-field-published = Pubblicazione
standard-field-edition = Edizione
standard-field-committee = Comitato
standard-field-stage = Fase attuale
standard-field-last-confirmed = Ultima conferma in un riesame sistematico

## Stato di adozione (gradi di corrispondenza della Guida ISO/IEC 21-1)
status-adopted-idt = Adottata, identica (IDT)
status-adopted-idt-def = Pubblicata come norma nazionale identica al testo dell'ISO.
status-adopted-mod = Adottata, modificata (MOD)
status-adopted-mod-def = Pubblicata come norma nazionale con scostamenti tecnici individuati e spiegati.
status-adopted = Adottata, grado non registrato
status-adopted-def = Pubblicata come norma nazionale; nessuna fonte registrata finora indica se sia identica o modificata.
status-neq = Norma nazionale non equivalente (NEQ)
status-neq-def = Una norma nazionale sullo stesso argomento che non è equivalente al testo dell'ISO. Una norma NEQ non è un'adozione e non viene conteggiata come tale.
status-in-progress = Adozione in corso
status-in-progress-def = L'ente ha avviato l'adozione della norma, ad esempio sottoponendo un'edizione nazionale a inchiesta pubblica, ma non l'ha ancora pubblicata.
status-sells-only = Vende solo la norma ISO
status-sells-only-def = L'ente vende l'edizione dell'ISO senza pubblicarne un'adozione nazionale.
status-not-adopted = Non adottata
status-not-adopted-def = Secondo una fonte, l'ente non ha adottato la norma e non la vende.
status-unknown = Non noto
status-unknown-def = Per questo ente non è ancora registrato nulla. «Non noto» non significa «non adottata».
status-adopted-any = Adottata (IDT, MOD o grado non registrato)

standard-counts-heading = In sintesi
standard-count-adoptions = { $count ->
    [one] adozione nazionale
    [many] di adozioni nazionali
   *[other] adozioni nazionali
}
standard-count-adoptions-def = Enti che hanno pubblicato la norma come norma nazionale: IDT, MOD o grado non registrato. Le norme NEQ non vengono conteggiate.
standard-count-languages = { $count ->
    [one] lingua
    [many] di lingue
   *[other] lingue
}
standard-count-languages-def = Lingue in cui esiste il testo: edizioni ufficiali dell'ISO e traduzioni nazionali, bozze comprese.
standard-count-bodies = { $count ->
    [one] ente
    [many] di enti
   *[other] enti
}
standard-count-show = Mostra questi enti

## Filtri, mappa e tabella
standard-filter-status = Stato di adozione
standard-filter-status-all = Qualsiasi stato
standard-filter-clear = Rimuovi i filtri
standard-showing = { $total ->
    [one] Ente che corrisponde ai filtri: { $shown } su { $total }.
    [many] Enti che corrispondono ai filtri: { $shown } su { $total }.
   *[other] Enti che corrispondono ai filtri: { $shown } su { $total }.
}
map-heading = Mappa
map-description = Mappa del mondo: ogni Paese è colorato in base allo stato di adozione della { $reference } da parte del suo ente. I piccoli Stati sono rappresentati da cerchi. Scegli un Paese per aprire la pagina del suo ente; la tabella qui sotto contiene le stesse informazioni.
map-legend = Legenda
map-country-status = { $country }: { $status }
map-no-body = Nessun membro ISO nell'elenco
map-filtered-out = Escluso dai filtri attuali
map-hint = Passa il puntatore su un Paese o raggiungilo con il tasto Tab per vederne lo stato.
map-hint-touch = Tocca un Paese per aprire la pagina del suo ente; la tabella qui sotto indica lo stato di ogni Paese.
map-skip = Salta la mappa
table-heading = Tutti gli enti
table-caption = Adozione della { $reference } da parte di ciascun ente, con la relativa fonte. Seleziona l'intestazione di una colonna per ordinare.
column-status = Stato
column-designation = Designazione nazionale
column-adopted-on = Data di adozione
column-language = Lingua
column-source = Fonte
sort-ascending = in ordine dalla A alla Z
sort-descending = in ordine dalla Z alla A

## Versioni linguistiche
translations-heading = Lingue
translations-intro = Le lingue in cui esiste il testo della norma, chi ha pubblicato ciascuna versione e quando.
translation-kind-official = Edizione ufficiale dell'ISO
translation-kind-national = Traduzione nazionale
translation-kind-draft = Bozza di traduzione
translations-empty = Non è ancora registrata alcuna versione linguistica.
translation-publisher-year = { $publisher }, { $year }
translation-add = Aggiungi una versione linguistica
translation-add-language = Codice della lingua
translation-add-button = Aggiungi

## Comitato e membri
committee-heading = Comitato { $committee }
committee-explain = I membri P (partecipanti) devono votare in ogni votazione, compresi i riesami sistematici; i membri O (osservatori) seguono i lavori e possono inviare commenti.
committee-p-members = { $count ->
    [one] { $count } membro P
    [many] { $count } di membri P
   *[other] { $count } membri P
}
committee-o-members = { $count ->
    [one] { $count } membro O
    [many] { $count } di membri O
   *[other] { $count } membri O
}
committee-members-empty = Non è ancora registrato alcun membro. L'ISO elenca i membri di ogni comitato nella relativa pagina; un coordinatore può aggiungerli qui citando tale fonte.
committee-add-member = Registra un membro
membership-p = Membro P
membership-o = Membro O
membership-none = Non membro

## Le norme nella pagina di un ente
body-standards-heading = Norme
body-standard-about = Informazioni sulla { $reference }
body-sells = Vende l'edizione dell'ISO
sells-yes = Sì
sells-no = No
body-language-versions = Versioni nelle lingue di questo Paese
body-no-version = Non risulta alcuna versione in { $language }.
body-membership = Partecipazione al comitato { $committee }

## Campi di adozioni, versioni linguistiche e norme (moduli e cronologia)
field-status = Stato
field-degree = Grado di corrispondenza
field-designation = Designazione nazionale
field-adopted-on = Data di adozione
field-method = Metodo di adozione
field-lang = Lingua
field-sells = Vende l'edizione dell'ISO
field-confidence = Affidabilità della fonte
field-note = Nota
field-title = Titolo
field-kind = Tipo di versione
field-publisher = Editore
field-year = Anno
field-reference = Riferimento
field-committee = Comitato
field-published = Data di pubblicazione
field-edition = Edizione
field-stage = Codice della fase
field-last-confirmed = Ultima conferma
field-membership = Partecipazione
choice-unknown = Non noto
degree-idt = IDT: identica
degree-mod = MOD: modificata
degree-neq = NEQ: non equivalente
method-endorsement = Ratifica
method-cover-sheet = Copertina
method-reprint = Ristampa
method-translation = Traduzione
method-redraft = Rielaborazione
confidence-high = Alta
confidence-medium-high = Da media ad alta
confidence-medium = Media
confidence-low = Bassa
adoption-state-adopted = Adottata
adoption-state-in-progress = In corso
adoption-state-not-adopted = Non adottata
date-hint = Un anno, un mese o un giorno: 2017, 2017-04 o 2017-04-19.

## Moduli dei coordinatori
edit-adoption-link = Modifica la scheda di adozione
edit-adoption-for = Modifica la scheda di adozione: { $country }
adoption-edit-title = { $reference } – { $country }
adoption-edit-intro = Registra che cosa ha fatto l'ente con la norma. Lascia vuoto un campo se nessuna fonte lo indica. La fonte e la data qui sotto valgono per l'intera scheda e vengono riportate nella sua cronologia.
edit-translation-link = Modifica
translation-edit-title = { $reference } in { $language }
translation-edit-intro = Registra una versione della norma in una lingua. La fonte e la data qui sotto vengono riportate nella cronologia della scheda.
edit-standard-link = Modifica la norma
standard-edit-title = Modifica { $reference }
standard-edit-intro = Modifica i dati che hai verificato. La fonte e la data qui sotto vengono riportate nella cronologia della scheda.
edit-membership-link = Modifica la partecipazione
membership-edit-title = { $body } nel comitato { $committee }
membership-edit-intro = Indica se l'ente è membro partecipante (P) o osservatore (O) del comitato, come riportato nella pagina del comitato sul sito dell'ISO.
record-save = Salva
record-saved = Salvato. La modifica è registrata nella cronologia della scheda.
record-history-heading = Cronologia di questa scheda
edit-error-choice = Scegli uno dei valori proposti.
edit-error-partial-date = Inserisci un anno, un mese o un giorno (2017, 2017-04 o 2017-04-19); non può essere una data futura.
edit-error-required = Questo campo non può essere vuoto.
edit-error-language = Inserisci un codice di lingua come pt, zh-Hans o sr-Latn.

## Every standard ISO publishes (ISO Open Data) and the ones coordinators follow
standards-search-label = Cerca tra tutte le norme ISO
standards-search-placeholder = Riferimento, numero, parole del titolo o comitato
standards-search-hint = Quorum conosce tutte le norme pubblicate dall'ISO grazie a ISO Open Data. Solo le norme seguite dai coordinatori hanno adozioni, lettere e riesami.
standards-followed-heading = Norme seguite
standards-results-heading = Norme trovate
# $count (number) standards match; $query is what the reader typed.
standards-results-count = { $count ->
    [0] Nessuna norma corrisponde a «{ $query }».
    [one] Una norma corrisponde a «{ $query }».
    [many] { $count } di norme corrispondono a «{ $query }».
   *[other] { $count } norme corrispondono a «{ $query }».
}
# $stage is a harmonized stage code such as 90.93.
standards-result-stage = fase { $stage }
standards-followed-badge = Seguita
# $date is a formatted date.
standard-due-by-short = Scadenza del prossimo riesame: { $date } (dedotta)
standard-field-type = Tipo
standard-field-developed-by = Elaborata da
standard-field-due-by = Scadenza del prossimo riesame sistematico
standard-due-by-derived = Data dedotta da Quorum, non pubblicata dall'ISO: cinque anni dopo la pubblicazione o l'ultima conferma. L'ISO invia le votazioni di riesame a gruppi, quindi la votazione potrebbe aprirsi prima.
standard-field-iso-languages = Lingue in cui l'ISO la pubblica
standard-field-replaces = Sostituisce
standard-field-replaced-by = Sostituita da
standard-iso-page = Questa norma su iso.org
standard-not-followed = I coordinatori non seguono questa norma: Quorum conserva ciò che l'ISO pubblica al riguardo, ma non ne registra adozioni, lettere né riesami.
standard-follow = Segui questa norma
standard-unfollow = Non seguire più
standard-follow-explain = Seguendo questa norma la aggiungi all'elenco delle norme, con la tabella delle adozioni, la mappa, le lettere e il monitoraggio dei riesami.
standard-unfollow-explain = Le sue schede restano; la norma esce dall'elenco delle norme, dalle lettere e dal monitoraggio dei riesami.

## Figures others publish about a standard, quoted as theirs
standard-claims-heading = Cosa ne dicono altri
# $source is who published the figures, $date when.
standard-claims-by-dated = { $source } ({ $date }) afferma:
standard-claims-by = { $source } afferma:
standard-claim-adopted = { $count ->
    [one] un Paese l'ha adottata
    [many] { $count } di Paesi l'hanno adottata
   *[other] { $count } Paesi l'hanno adottata
}
standard-claim-selling = { $count ->
    [one] un ente nazionale la vende
    [many] { $count } di enti nazionali la vendono
   *[other] { $count } enti nazionali la vendono
}
standard-claim-languages = { $count ->
    [one] esiste in una lingua
    [many] esiste in { $count } di lingue
   *[other] esiste in { $count } lingue
}
standard-claims-explain = Sono dati della fonte citata, riportati così come sono stati pubblicati. I conteggi di Quorum riportati sopra derivano solo dalle schede di questa pagina, ciascuna con la propria fonte.
