## Systematic reviews: cycles, positions, the projected outcome
nav-reviews = Riesami

reviews-title = Riesami sistematici
reviews-intro = Ogni norma viene riesaminata al più tardi cinque anni dopo la pubblicazione o l'ultima conferma. Gli organismi membri nazionali raccomandano di confermarla, revisionarla, modificarla o ritirarla; i membri partecipanti del comitato sono tenuti a votare. Qui trovi la posizione di ciascun ente.
reviews-empty = Non è ancora registrato alcun riesame.
review-page-title = Riesame { $cycle } della { $reference }
review-heading = Riesame sistematico della { $reference }
review-cycle-id = Riesame { $cycle }

## Cycle status
review-status-planned = Previsto
review-status-open = Votazione aperta
review-status-closed = Votazione chiusa, decisione in attesa
review-status-decided = Decisione presa
review-result-heading = Esito
review-result-decided = Questo riesame è deciso. Le proiezioni e l'elenco di chi può cambiare l'esito compaiono solo mentre un riesame è aperto.
review-result-pending = La votazione è chiusa e la decisione non è ancora registrata.
review-field-status = Stato
review-field-opens = Apertura della votazione
review-field-closes = Chiusura della votazione
review-field-outcome = Decisione
review-field-notes = Note
review-outcome-confirmed = Confermata
review-outcome-revised = Da revisionare
review-outcome-withdrawn = Ritirata
review-outcome-stage = { $outcome } (fase { $stage }), { $date }
review-days-left = { $days ->
    [0] La votazione si chiude oggi.
    [one] La votazione si chiude domani.
    [many] Mancano { $days } di giorni alla chiusura della votazione.
   *[other] Mancano { $days } giorni alla chiusura della votazione.
}
review-closed-ago = La votazione si è chiusa il { $date }.

## Positions
position-confirm = Confermare
position-revise = Revisionare
position-amend = Modificare
position-withdraw = Ritirare
position-abstain = Astenersi
position-none = Nessuna posizione per ora
kind-intention = Intenzione dichiarata
kind-vote = Voto espresso
kind-result = Risultato pubblicato
voter-obliged = Membro P: deve votare
voter-optional = Organismo membro: può votare
voter-non-voting = Non vota

## Tally
tally-heading = La posizione degli enti
tally-intro = L'ultima posizione registrata di ciascun ente. I membri P del comitato devono votare; gli altri organismi membri possono farlo; i membri corrispondenti e abbonati non votano.
tally-position = Posizione
tally-obliged = Membri P
tally-optional = Altri organismi membri
tally-non-voting = Membri senza diritto di voto

## The projection
projection-heading = Esito previsto
projection-disclaimer = La decisione spetta al comitato. Questa previsione è una stima basata sulle posizioni registrate qui, secondo le regole indicate sotto; non è un risultato.
projection-outcome-confirm = Confermare
projection-outcome-revise = Revisionare
projection-outcome-amend = Modificare
projection-outcome-withdraw = Ritirare
projection-outcome-committee = Decide il comitato
projection-low-usage = Paesi che hanno adottato la norma: { $usage }, meno di { $threshold }. Il ritiro è l'esito probabile, qualunque sia il voto.
projection-majority = { $margin ->
    [one] Tra i membri P che hanno votato, questa opzione è in vantaggio di { $margin } voto sulla successiva.
    [many] Tra i membri P che hanno votato, questa opzione è in vantaggio di { $margin } di voti sulla successiva.
   *[other] Tra i membri P che hanno votato, questa opzione è in vantaggio di { $margin } voti sulla successiva.
}
projection-tie = I membri P che hanno votato sono divisi in parti uguali.
projection-no-majority = Nessuna opzione ha ancora la maggioranza dei voti dei membri P.
projection-undecided = { $count ->
    [one] { $count } membro P non ha una posizione registrata.
    [many] { $count } di membri P non hanno una posizione registrata.
   *[other] { $count } membri P non hanno una posizione registrata.
}
projection-rules = Regole: una norma adottata in meno di { $threshold } Paesi è candidata al ritiro; altrimenti decide la maggioranza semplice dei membri P che votano, senza contare le astensioni; in caso di parità decide il comitato.
projection-outcome-not-enough = Dati insufficienti per proiettare un esito
projection-usage-unknown = { $usage ->
    [one] È registrata { $usage } adozione e { $unknown } enti su { $bodies } sono sconosciuti: i dati non dicono se meno di { $threshold } paesi usano la norma, quindi nessuna regola si può ancora applicare.
   *[other] Sono registrate { $usage } adozioni e { $unknown } enti su { $bodies } sono sconosciuti: i dati non dicono se meno di { $threshold } paesi usano la norma, quindi nessuna regola si può ancora applicare.
}
projection-votes-unknown = { $undecided ->
    [one] { $undecided } membro P su { $obliged } non ha una posizione registrata e potrebbe ancora cambiare la maggioranza.
   *[other] { $undecided } membri P su { $obliged } non hanno una posizione registrata e potrebbero ancora cambiare la maggioranza.
}
projection-voters-unknown = Nessun membro P del comitato è registrato: i dati non dicono chi deve votare.

## Swing list
swing-heading = Chi può ancora cambiare l'esito
swing-intro = I membri P senza una posizione definitiva, a partire da quelli il cui voto per la conferma cambierebbe di più l'esito.
swing-empty = Secondo i dati registrati, nessun membro P può più cambiare posizione.
swing-decisive = Decisivo: il suo voto da solo renderebbe la conferma l'esito previsto.
swing-gain = { $gain ->
    [one] Un voto per la conferma ne aumenta il vantaggio di { $gain } voto.
    [many] Un voto per la conferma ne aumenta il vantaggio di { $gain } di voti.
   *[other] Un voto per la conferma ne aumenta il vantaggio di { $gain } voti.
}

## Table and map
review-table-heading = Tutti gli enti
review-table-caption = L'ultima posizione registrata di ciascun ente in questo riesame, con la relativa fonte.
column-voter = Voto
column-position = Posizione
column-kind = Tipo
review-map-description = Mappa del mondo: ogni Paese è colorato in base all'ultima posizione del suo ente nel riesame { $cycle }. Scegli un Paese per aprire la pagina del suo ente; la tabella qui sotto contiene le stesse informazioni.

## On a body's page
body-reviews-heading = Riesami sistematici
body-reviews-empty = Per questo ente non risulta alcuna posizione in alcun riesame.
body-review-position = { $date }: { $position } ({ $kind })

## Coordinators record positions
edit-position-link = Registra una posizione
edit-position-for = Registra la posizione: { $country }
position-edit-title = { $country } – riesame { $cycle }
position-edit-intro = Registra ciò che hai saputo sulla posizione di questo ente: che cosa ha dichiarato di voler fare, il voto espresso o il risultato pubblicato. Le posizioni precedenti restano nella cronologia; conta la più recente per data.
field-position = Posizione
field-kind-position = Tipo di informazione
field-confidence-position = Affidabilità
position-save = Registra la posizione
position-recorded = La posizione è stata registrata.
position-history-heading = Posizioni registrate in questo riesame
position-history-empty = Non è ancora registrata alcuna posizione.
position-conflict = Nel frattempo qualcuno ha registrato una posizione più recente per questo ente: { $position }. Verificala prima di registrare la tua.

## Filters of the review page
review-filter-position = Posizione
review-filter-position-all = Qualsiasi posizione
review-filter-voter = Voto
review-filter-voter-all = Tutti
review-showing = { $total ->
    [one] Ente che corrisponde ai filtri: { $shown } su { $total }.
    [many] Enti che corrispondono ai filtri: { $shown } su { $total }.
   *[other] Enti che corrispondono ai filtri: { $shown } su { $total }.
}

review-voters-board = Questa norma fa capo direttamente al Technical Management Board dell'ISO (ISO/TMBG), per il quale non risulta alcun membro P. Quorum non ha trovato la regola che l'ISO applica alla votazione di riesame in questo caso, quindi considera votante ogni organismo membro.

## The ballot radar: reviews running now and due in the next twelve months
radar-title = Radar delle votazioni
radar-intro = I riesami sistematici in corso, poi le norme il cui prossimo riesame scade nei prossimi dodici mesi, per tutte le norme pubblicate dall'ISO, ciascuna con il numero di enti tenuti a votare.
radar-filter-committee = Comitato
radar-filter-ics = Settore ICS
radar-filter-scope = Norme
radar-scope-all = Tutte le norme
radar-scope-followed = Solo le norme seguite
radar-apply = Mostra
# $count (number) reviews; $until is a formatted date.
radar-count = { $count ->
    [0] Nessun riesame è in corso o in scadenza prima del { $until }.
    [one] Un riesame è in corso o in scadenza prima del { $until }.
    [many] { $count } di riesami sono in corso o in scadenza prima del { $until }.
   *[other] { $count } riesami sono in corso o in scadenza prima del { $until }.
}
radar-derived-note = Le date di «Scadenza» sono dedotte da Quorum, non pubblicate dall'ISO: cinque anni dopo la pubblicazione o l'ultima conferma. L'ISO invia le votazioni di riesame a gruppi, quindi una votazione potrebbe aprirsi prima.
# The radar as a calendar feed (/api/v1/reviews/upcoming.ics): its name, and each event's
# summary and description. $reference: ISO 20400:2017; $title: the standard's title; $date: a formatted date.
radar-ics-calendar = Quorum: radar delle votazioni
radar-ics-closes = { $reference }: chiusura della votazione di riesame sistematico
radar-ics-closes-detail = { $title } — la votazione si chiude il { $date }.
radar-ics-due = { $reference }: scadenza del riesame sistematico (dedotta)
radar-ics-due-detail = { $title } — scadenza a cinque anni dalla pubblicazione o dall'ultima conferma; dedotta da Quorum, non pubblicata dall'ISO.
radar-json = JSON
radar-csv = CSV
radar-calendar = Calendario (iCalendar)
radar-col-standard = Norma
radar-col-committee = Comitato
radar-col-what = Riesame
radar-col-date = Data
radar-col-voters = Tenuti a votare
radar-running = Votazione in corso (chiusura)
radar-due = Scadenza (dedotta)
radar-closes-unknown = Data di chiusura non registrata
radar-voters-every = Tutti gli organismi membri
radar-link = Radar delle votazioni: tutti i riesami in corso o in scadenza nei prossimi dodici mesi
# $body is a body's two-letter code.
radar-for-body = Solo i riesami in cui { $body } è tenuto a votare.

## A body's page: the ballots it must vote in
body-ballots-heading = Prossime votazioni
body-ballots-none = Secondo i dati registrati, nessun riesame in cui questo ente è tenuto a votare è in corso o in scadenza nei prossimi dodici mesi.
# $count is a number.
body-ballots-count = { $count ->
    [one] Un riesame in cui questo ente è tenuto a votare è in corso o in scadenza nei prossimi dodici mesi:
    [many] { $count } di riesami in cui questo ente è tenuto a votare sono in corso o in scadenza nei prossimi dodici mesi:
   *[other] { $count } riesami in cui questo ente è tenuto a votare sono in corso o in scadenza nei prossimi dodici mesi:
}
# $date is a formatted date.
body-ballot-closes = la votazione si chiude il { $date }
body-ballot-running = votazione in corso (data di chiusura non registrata)
body-ballot-due = scadenza: { $date } (dedotta)
body-ballots-all = Vedili tutti nel radar delle votazioni
