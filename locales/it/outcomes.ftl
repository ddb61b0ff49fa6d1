# After the letter: advocates tell what happened (no account), coordinators decide on
# their reports, and everyone sees the counts. $body is a body's acronym with its
# country ("ABNT (Brazil)"); $date a formatted date; $answer one of the
# outcome-stance-* phrases.

## "I sent it"

outcome-sent-heading = Hai inviato la lettera?
outcome-sent-intro = Facci sapere quando la tua lettera è partita: verrà conteggiata tra le lettere a questo ente e riceverai un link privato per comunicarci in seguito la risposta. Non conserviamo nulla di ciò che hai scritto.
outcome-sent-email = Il tuo indirizzo e-mail (facoltativo)
outcome-sent-email-hint = Ti inviamo il link privato una sola volta per e-mail e non conserviamo l'indirizzo.
outcome-sent-button = L'ho inviata
outcome-error-too-many = Da questa connessione sono arrivate troppe segnalazioni nell'ultima ora. Riprova più tardi.
outcome-error-closed = Questa segnalazione non può più essere modificata: un coordinatore l'ha già presa in considerazione.
outcome-error-no-position = Questa segnalazione non contiene una risposta che possa essere registrata come posizione.

## The advocate's private page

outcome-title = La tua lettera e la risposta
outcome-new = Grazie. Questa pagina è il tuo link privato: conservalo per comunicarci quando l'ente risponde. Chiunque abbia il link può modificare la segnalazione.
outcome-copy = Copia il link
outcome-copied = Link copiato
outcome-thanks = Grazie: la tua segnalazione è arrivata ai coordinatori.
outcome-sent-on = Hai inviato la tua lettera a { $body } il { $date }.
outcome-replied-on = Risposta del { $date }: { $answer }
outcome-reply-heading = L'ente ha risposto
outcome-reply-intro = Che cosa ha detto l'ente che farà nel riesame? La tua segnalazione arriva ai coordinatori, mai al pubblico: il pubblico vede solo quante lettere sono state inviate e quante hanno ricevuto risposta.
outcome-reply-stance = La risposta dell'ente
outcome-reply-text = Che cosa ha scritto l'ente (facoltativo)
outcome-reply-text-hint = Lo leggono solo i coordinatori; non viene mai pubblicato.
outcome-reply-button = Invia la risposta
outcome-unknown = Questo link non è valido.
outcome-stance-confirm = l'ente voterà per confermare la norma
outcome-stance-revise = l'ente voterà per revisionare la norma
outcome-stance-withdraw = l'ente voterà per ritirare la norma
outcome-stance-undecided = l'ente non ha ancora deciso
outcome-stance-no-answer = nessuna indicazione di voto

## Coordinators

outcome-reports-heading = Segnalazioni del pubblico
outcome-reports-intro = Ciò che hanno riferito le persone che hanno scritto a questo ente. Affidabilità bassa: registra una posizione solo se la risposta è credibile; la segnalazione ne diventa la fonte.
outcome-reports-decided = La segnalazione è stata presa in considerazione.
outcome-reports-none = In questo riesame nessuno ha ancora segnalato una lettera a questo ente.
outcome-reports-no-reply = nessuna risposta segnalata
outcome-via-letter = Lettera dalla pagina di composizione
outcome-via-open-letter = Lettera aperta
outcome-status-open = da decidere
outcome-status-recorded = registrata come posizione
outcome-status-dismissed = scartata
outcome-reports-open = { $count ->
    [one] una segnalazione su cui decidere
    [many] { $count } di segnalazioni su cui decidere
   *[other] { $count } segnalazioni su cui decidere
}
outcome-record-button = Registra come posizione (intenzione, affidabilità bassa)
outcome-dismiss-button = Scarta

## Public counts

outcome-counts-heading = Lettere agli enti
outcome-counts = { $letters ->
    [one] Una lettera iniziata
    [many] { $letters } di lettere iniziate
   *[other] { $letters } lettere iniziate
}, { $sent ->
    [one] un invio segnalato
    [many] { $sent } di invii segnalati
   *[other] { $sent } invii segnalati
}, { $replies ->
    [one] una risposta
    [many] { $replies } di risposte
   *[other] { $replies } risposte
}.
outcome-counts-hint = Lettere iniziate nella pagina di composizione di Quorum mentre il riesame era aperto, e ciò che ci è stato riferito in seguito da chi le ha scritte. Solo numeri: chi ha scritto e che cosa resta privato.
outcome-counts-country = Paese
outcome-counts-letters = Lettere iniziate
outcome-counts-sent = Invii segnalati
outcome-counts-replies = Risposte

## E-mail

mail-outcome-subject = Il tuo link privato: la lettera a { $body }
mail-outcome-body = Grazie per aver scritto a { $body }. Quando l'ente ti risponderà, usa questo link per comunicarci che cosa ha detto. Tienilo per te: chiunque lo abbia può modificare la segnalazione.
mail-outcome-action = Comunicaci la risposta

## The letters layer of a review's map

outcome-map-description = Mappa del mondo: ogni Paese è colorato in base alle lettere che gli utenti di Quorum hanno iniziato o segnalato come inviate al suo ente nazionale in questo riesame.
outcome-map-layer = Colora la mappa in base a
outcome-map-positions = posizioni
outcome-map-letters = lettere
outcome-map-bucket-0 = nessuna lettera
outcome-map-bucket-1 = 1 o 2 lettere
outcome-map-bucket-2 = da 3 a 9 lettere
outcome-map-bucket-3 = 10 lettere o più
