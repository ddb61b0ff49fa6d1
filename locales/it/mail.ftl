# E-mail: the messages Quorum sends (subjects, bodies, footers), the alert forms and
# pages, and the outbox as admins see it. Placeables are plain text; $what is a phrase
# from the alert-what-* messages, $label a standard's reference or a body's acronym
# with its country.

## Every message

mail-footer = Inviato da Quorum, che segue come gli enti nazionali di normazione decidono sulle norme ISO.
mail-unsubscribe = Non ricevere più queste e-mail
mail-link-action = Imposta la tua password
mail-link-ignore = Se non aspettavi questo messaggio, ignoralo: non succede nulla finché il link non viene usato.

## Invitations and password resets (the admin's language)

mail-invite-subject = Il tuo invito a Quorum
mail-invite-body = Un amministratore ti ha invitato a registrare ciò che i coordinatori scoprono sugli enti nazionali di normazione. Scegli una password per aprire il tuo account. Il link funziona una sola volta ed è valido per { $hours } ore.
mail-reset-subject = Reimposta la tua password di Quorum
mail-reset-body = Un amministratore ha creato un link per impostare una nuova password per il tuo account. Funziona una sola volta ed è valido per { $hours } ore; quando viene usato, tutte le altre sessioni vengono chiuse.

## Co-signatures

mail-signature-subject = Conferma la tua firma: { $title }
mail-signature-body = Hai firmato la lettera aperta «{ $title }». La tua firma conta solo dopo che l'avrai confermata, e un coordinatore la verifica prima che venga pubblicata. Il link è valido per { $hours } ore; trascorso questo tempo, la firma e il tuo indirizzo vengono cancellati.
mail-signature-action = Conferma la mia firma
signature-thanks-confirm = Grazie. Ti abbiamo inviato un'e-mail: la tua firma conta solo dopo che l'avrai confermata con il link contenuto nel messaggio.
signature-email-hint-confirm = Serve a confermare la tua firma; non viene mai mostrato né condiviso.
signature-confirm-title = Conferma la tua firma
signature-confirm-lead = Premi il pulsante per confermare la tua firma della lettera aperta. Un coordinatore la verificherà prima che venga pubblicata.
signature-confirm-button = Conferma la mia firma
signature-confirm-invalid = Questo link non è più valido: è già stato usato oppure è scaduto. Se vuoi, firma di nuovo la lettera.
signature-confirmed = La tua firma è confermata. Verrà pubblicata dopo la verifica di un coordinatore.

## Alerts

alert-heading = Avvisi via e-mail
alert-intro-standard = Ricevi un'e-mail quando cambiano i riesami o le adozioni di questa norma.
alert-intro-body = Ricevi un'e-mail quando cambia la scheda pubblica di questo ente.
alert-intro-review = Ricevi un promemoria 7 giorni e 1 giorno prima della chiusura di questa votazione.
alert-email = Il tuo indirizzo e-mail
alert-email-hint = Prima ti inviamo un link di conferma; ogni messaggio contiene un link per interrompere gli avvisi e cancellare il tuo indirizzo.
alert-button = Inviami gli avvisi
alert-button-review = Ricordamelo
alert-no-mail = Questo sito non invia e-mail. Per seguire gli aggiornamenti, usa il calendario o il feed qui sopra.
alert-sent = Controlla la tua casella di posta: ti abbiamo inviato un link di conferma. Finché non lo usi, non ti verrà inviato nient'altro.
alert-error-no-mail = Questo sito non invia e-mail.
alert-error-too-many = Sono stati richiesti troppi avvisi da questa connessione o per questo indirizzo. Riprova più tardi.
alert-what-standard = i riesami e le adozioni della { $label }
alert-what-body = la scheda pubblica di { $label }
alert-what-review = i promemoria di chiusura per { $label }
alert-label-review = il riesame sistematico della { $reference }
alert-page-title = Il tuo avviso via e-mail
alert-page-lead = Avvisi riguardanti { $what }, inviati a { $email }.
alert-state-confirmed = Confermato: ricevi questi avvisi.
alert-state-waiting = Non ancora confermato: non viene inviato nulla finché non confermi.
alert-confirm-button = Conferma il mio avviso
alert-confirmed = Il tuo avviso è confermato.
alert-unsubscribe-button = Interrompi e cancella il mio indirizzo
alert-privacy = Quorum conserva il tuo indirizzo solo per questo avviso. Se lo interrompi, l'indirizzo viene cancellato.
alert-unsubscribe-title = Non ricevere più queste e-mail
alert-unsubscribe-lead = Premi il pulsante per non ricevere più queste e-mail. Il tuo indirizzo viene cancellato subito.
alert-unsubscribed = Fatto: non riceverai più queste e-mail e il tuo indirizzo è stato cancellato.
alert-unknown = Questo link non è più valido: l'avviso è già stato interrotto.

## The messages of an alert

mail-alert-confirm-subject = Conferma il tuo avviso: { $what }
mail-alert-confirm-body = Qualcuno, probabilmente tu, ha chiesto a Quorum di ricevere avvisi via e-mail riguardanti { $what }. Conferma per iniziare a riceverli.
mail-alert-confirm-action = Conferma il mio avviso
mail-alert-confirm-ignore = Se non l'hai chiesto tu, ignora questo messaggio: non verrà inviato nient'altro e l'indirizzo non verrà usato.
mail-reminder-subject = { $days ->
    [0] La votazione si chiude oggi: { $reference }
    [one] La votazione si chiude domani: { $reference }
    [many] La votazione si chiude tra { $days } di giorni: { $reference }
   *[other] La votazione si chiude tra { $days } giorni: { $reference }
}
mail-reminder-body = La votazione di riesame della { $reference } si chiude il { $date }. Si può ancora scrivere agli enti nazionali che non hanno deciso.
mail-reminder-action = Vedi il riesame e chi può ancora decidere
mail-changes-subject = { $count ->
    [one] Una modifica: { $what }
    [many] { $count } di modifiche: { $what }
   *[other] { $count } modifiche: { $what }
}
mail-changes-body = { $count ->
    [one] C'è una nuova modifica riguardante { $what }:
    [many] Ci sono { $count } di nuove modifiche riguardanti { $what }:
   *[other] Ci sono { $count } nuove modifiche riguardanti { $what }:
}

## The coordinators' weekly digest

mail-digest-subject = Quorum: il tuo riepilogo settimanale
mail-digest-intro = Ciò che richiede attenzione questa settimana.
mail-digest-no-reviews = Nessun riesame è aperto o previsto.
mail-digest-closes = { $days ->
    [one] si chiude il { $date } (domani)
    [many] si chiude il { $date } (tra { $days } di giorni)
   *[other] si chiude il { $date } (tra { $days } giorni)
}
mail-digest-closes-unknown = data di chiusura non nota
mail-digest-review = { $reference }: { $closing }; organismi membri non contattati: { $not_contacted }; fasi del percorso ferme da tre settimane: { $stale }
mail-digest-queues = In attesa: { $corrections } segnalazioni di correzione, { $signatures } firme da verificare.
mail-digest-action = Apri il pannello dei coordinatori

## Admins

accounts-link-mailed = Il link è stato inviato per e-mail all'indirizzo indicato.
mail-admin-heading = E-mail
mail-admin-enabled = L'invio di e-mail è configurato: inviti, reimpostazioni della password, conferme delle firme alle lettere aperte, avvisi e riepilogo settimanale vengono inviati tramite la posta in uscita.
mail-admin-disabled = L'invio di e-mail non è configurato (QUORUM_SMTP_URL non è impostata): i link vengono mostrati qui perché sia tu a inviarli, le firme alle lettere aperte non richiedono conferma e gli avvisi non vengono proposti.
mail-admin-counts = Posta in uscita: { $queued } in attesa, { $sent } inviate, { $failed } non riuscite.
mail-admin-kind = Tipo
mail-admin-status = Stato
mail-admin-attempts = Tentativi
mail-admin-when = Data
mail-admin-error = Ultimo errore
mail-status-queued = in attesa
mail-status-sent = inviata
mail-status-failed = non riuscita

## The digest on the account page

digest-heading = Riepilogo settimanale
digest-on = Ricevi il riepilogo settimanale via e-mail ogni lunedì.
digest-off = Non ricevi il riepilogo settimanale.
digest-turn-on = Inviami il riepilogo settimanale
digest-turn-off = Interrompi il riepilogo settimanale
digest-no-mail = Questo sito non invia e-mail, quindi il riepilogo settimanale non è disponibile.
