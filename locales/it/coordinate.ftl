# Coordinators: the advocacy pipeline, the dashboard and review cycles.

## The advocacy pipeline (coordinators only)
stage-not-contacted = Non contattato
stage-contacted = Contattato
stage-replied = Ha risposto
stage-committed = Si è impegnato
stage-voted = Ha votato
column-stage = Fase del percorso
column-owner = Referente
column-letters = Lettere
column-cycle = Riesame
owner-nobody = Nessuno
owner-me = Io
review-filter-stage = Fase del percorso
review-filter-stage-all = Qualsiasi fase
review-filter-owner = Referente
review-filter-owner-all = Chiunque
pipeline-move-heading = Avanza nel percorso
pipeline-move-to = Sposta { $country } alla fase «{ $stage }»
pipeline-moved = Il percorso è stato aggiornato.
pipeline-heading = Percorso di advocacy
pipeline-intro = A che punto è la campagna con questo ente in questo riesame e chi mantiene i contatti con esso. Solo i coordinatori vedono queste informazioni.
pipeline-letters = { $count ->
    [one] Quorum ha preparato { $count } lettera a questo ente mentre la votazione era aperta.
    [many] Quorum ha preparato { $count } di lettere a questo ente mentre la votazione era aperta.
   *[other] Quorum ha preparato { $count } lettere a questo ente mentre la votazione era aperta.
}
field-pipeline-stage = Fase del percorso
field-owner = Referente
pipeline-save = Salva il percorso
pipeline-notes-heading = Note sulle attività
pipeline-notes-empty = Ancora nessuna nota.
pipeline-noted = La nota è stata aggiunta.
field-noted-on = Data (YYYY-MM-DD)
field-note-text = Nota
pipeline-note-add = Aggiungi la nota
pipeline-note-by = { $date }, { $who }

## The coordinators' dashboard
nav-coordinate = Pannello dei coordinatori
coordinate-title = Pannello dei coordinatori
coordinate-cycles-heading = Riesami aperti e previsti
coordinate-cycles-empty = Nessun riesame è aperto o previsto.
coordinate-closes = La votazione si chiude il { $date }
coordinate-stages-label = Organismi membri per fase del percorso
coordinate-mine-count = { $count ->
    [one] { $count } ente affidato a te
    [many] { $count } di enti affidati a te
   *[other] { $count } enti affidati a te
}
coordinate-mine-heading = I miei enti
coordinate-mine-empty = Non sei referente di alcun ente in un riesame aperto o previsto. Scegli degli enti nella tabella di un riesame e imposta te stesso come loro referente.
coordinate-corrections-heading = Correzioni segnalate
coordinate-corrections = { $count ->
    [one] { $count } correzione attende una decisione.
    [many] { $count } di correzioni attendono una decisione.
   *[other] { $count } correzioni attendono una decisione.
}
coordinate-corrections-link = Apri la coda
coordinate-signatures = { $count ->
    [one] { $count } firma di una lettera aperta attende una verifica.
    [many] { $count } di firme di lettere aperte attendono una verifica.
   *[other] { $count } firme di lettere aperte attendono una verifica.
}
coordinate-changes-heading = Modifiche recenti
coordinate-changes-link = Tutte le modifiche all'elenco

## Review cycles
cycle-edit-link = Modifica questo ciclo di riesame
cycle-edit-title = Ciclo di riesame { $cycle } della { $reference }
cycle-edit-intro = Le date della votazione, lo stato del riesame e, una volta che il comitato ha deciso, la sua decisione. Le date sono nel formato YYYY-MM-DD; una data di chiusura prevista può essere futura.
cycle-new-heading = Avvia un ciclo di riesame
cycle-new-intro = Un ciclo prende il nome dalla sua norma e dall'anno di apertura della votazione, ad esempio iso-20400-2027.
cycle-new-for = Nuovo riesame della { $reference }
cycle-new-year = Anno di apertura della votazione
cycle-new-open = Apri il modulo
field-opens-on = Apertura della votazione
field-closes-on = Chiusura della votazione
field-cycle-status = Stato
field-outcome = Decisione
outcome-none = Nessuna decisione
field-decided-on = Data della decisione
field-cycle-notes = Note
edit-error-full-date = Inserisci la data nel formato YYYY-MM-DD.
edit-error-closes-before-opens = La votazione non può chiudersi prima di essersi aperta.
edit-error-outcome-required = Un riesame già deciso deve indicare la sua decisione.
edit-error-outcome-needs-decision = Solo un riesame già deciso ha una decisione: imposta lo stato su «Decisione presa» oppure lascia vuota la decisione.
history-note = { $field }: { $note }
