## Site frame
app-name = Quorum
page-title = { $page } · Quorum
# What search engines and link previews show under a page's title (meta description).
site-description = Quorum segue gli enti nazionali di normazione: adozioni di norme, lingue in cui esistono, voti nei riesami sistematici dell'ISO e lettere nella loro lingua.
meta-body = { $body } ({ $country }): recapiti, categoria di membro ISO, adozioni e posizioni nei riesami, con fonte e data, e una lettera da scrivere all'ente.
meta-standard = { $reference }: quali enti nazionali di normazione l'hanno adottata, in quali lingue esiste e i suoi riesami sistematici.
meta-review = Il riesame sistematico della { $reference }: la posizione registrata di ogni ente nazionale di normazione, l'esito previsto e chi può ancora cambiarlo.
meta-open-letter = Una lettera aperta agli enti nazionali di normazione: leggila, firmala o inviala all'ente del tuo Paese.
skip-to-content = Vai al contenuto
nav-label = Navigazione principale
nav-home = Home
nav-directory = Enti di normazione
language-switcher-label = Lingua
footer-provenance = Ogni dato riporta la fonte e la data dell'ultima verifica. Un campo vuoto indica un dato non noto, mai una supposizione.
footer-licence = Quorum è software libero. Recapiti tratti dalle pagine dei membri su iso.org (estrazione StanDat, 2021/22), da ISO Open Data (2026) e dalle altre fonti indicate accanto a ciascun valore.
loading = Caricamento…
back-to-directory = Torna all'elenco
breadcrumb-label = Percorso di navigazione

## Errors
error-not-found = Non abbiamo trovato questa pagina.
error-invalid-input = Alcuni dei dati inseriti non sono utilizzabili. Controllali e riprova.
error-storage = Al momento Quorum non riesce a leggere i propri dati. Riprova tra qualche istante.
error-transport = La richiesta non è arrivata a Quorum. Controlla la connessione e riprova.
error-body-too-large = Questa richiesta è troppo grande per Quorum (più di { $size } KB). Accorcia quanto hai inserito e riprova.
not-found-title = Pagina non trovata
not-found-body = A questo indirizzo non c'è alcuna pagina. Se hai seguito un link a un ente di normazione, il codice del Paese potrebbe essere errato: i codici sono di due lettere, come BR per il Brasile.
not-found-standard = Quorum non segue alcuna norma a questo indirizzo. L'indirizzo di una norma contiene il suo numero, come /standards/iso-20400 per la ISO 20400; l'elenco mostra tutte le norme seguite da Quorum.
not-found-review = Quorum non ha alcun riesame a questo indirizzo. L'indirizzo di un riesame indica la norma e l'anno, come /reviews/iso-20400-2022; l'elenco mostra tutti i riesami registrati da Quorum.
not-found-open-letter = A questo indirizzo non c'è alcuna lettera aperta pubblicata. Potrebbe essere stata ritirata o non essere ancora pubblicata; l'elenco mostra tutte le lettere aperte.

## Home
home-title = Trova il tuo ente nazionale di normazione
home-heading = Trova il tuo ente nazionale di normazione e fai valere le tue ragioni
home-intro = Quorum elenca tutti gli enti nazionali di normazione membri dell'ISO, con i relativi recapiti e la provenienza di ciascun dato. Aiuta chi promuove norme come la ISO 20400 sugli acquisti sostenibili a raggiungere l'ente che decide nel proprio Paese.
search-label = Paese, codice o ente di normazione
search-placeholder = es. Brasile, BR, ABNT
search-button = Cerca
home-stats-heading = Membri dell'ISO presenti nell'elenco
home-stats-total = { $count ->
    [one] { $count } ente di normazione nell'elenco, per categoria di membro ISO:
    [many] { $count } di enti di normazione nell'elenco, per categoria di membro ISO:
   *[other] { $count } enti di normazione nell'elenco, per categoria di membro ISO:
}
home-browse-all = Sfoglia tutti gli enti di normazione
home-next-heading = Che cosa puoi fare adesso
home-step-find = Trova l'ente di normazione del tuo Paese con la ricerca qui sopra.
home-step-write = Scrivi all'ente
home-step-write-note = — Quorum prepara la lettera nella lingua dell'ente, con il suo indirizzo.
home-step-review = Il prossimo riesame:
home-review-closes = — la votazione si chiude il { $date }.
home-review-undated = — la data di chiusura della votazione non è ancora registrata.
home-step-no-review = Al momento non c'è alcun riesame aperto o previsto.
home-step-reviews-link = Vedi tutti i riesami

## ISO membership categories
category-member-body = Organismo membro
category-correspondent = Membro corrispondente
category-subscriber = Membro abbonato
category-unknown = Categoria non nota
category-member-body-count = { $count ->
    [one] organismo membro
    [many] di organismi membri
   *[other] organismi membri
}
category-correspondent-count = { $count ->
    [one] membro corrispondente
    [many] di membri corrispondenti
   *[other] membri corrispondenti
}
category-subscriber-count = { $count ->
    [one] membro abbonato
    [many] di membri abbonati
   *[other] membri abbonati
}
category-unknown-count = { $count ->
    [one] ente la cui categoria non è indicata da alcuna fonte
    [many] di enti la cui categoria non è indicata da alcuna fonte
   *[other] enti la cui categoria non è indicata da alcuna fonte
}
category-member-body-rights = Vota sulle norme ISO e può adottarle e venderle nel proprio Paese.
category-correspondent-rights = Partecipa come osservatore, senza diritto di voto, e può adottare e vendere le norme ISO nel proprio Paese.
category-subscriber-rights = Viene tenuto informato sui lavori dell'ISO, ma non vota né adotta o vende norme ISO.
category-unknown-note = Nessuna delle nostre fonti indica ancora la categoria di questi enti.

## Directory
directory-title = Enti di normazione
directory-heading = Enti nazionali di normazione
directory-intro = Cerca per nome del Paese in qualsiasi lingua, per codice ISO del Paese, per sigla o per nome dell'ente. Scegli un ente per vedere come contattarlo.
filter-category = Categoria ISO
filter-category-all = Tutte le categorie
filter-region = Regione
filter-region-all = Tutte le regioni
filter-apply = Mostra i risultati
search-truncated = La ricerca era lunga, quindi ne sono stati usati solo i primi 100 caratteri.
directory-count = { $total ->
    [one] Risultati: { $shown } su { $total } ente di normazione.
    [many] Risultati: { $shown } su { $total } di enti di normazione.
   *[other] Risultati: { $shown } su { $total } enti di normazione.
}
directory-no-match = Nessun ente di normazione corrisponde alla ricerca. Controlla l'ortografia, prova con il codice del Paese a due lettere oppure rimuovi i filtri.
directory-clear-filters = Cancella ricerca e filtri
column-country = Paese
column-acronym = Sigla
column-body-name = Ente di normazione
column-category = Categoria ISO
column-region = Regione

## Body page
body-page-title = { $body } – { $country }
body-name-with-acronym = { $name } ({ $acronym })
contact-line = { $label }: { $value }
value-unknown = dato non noto
field-source-dated = Fonte: { $source }, dati aggiornati al { $date }
field-source-undated = Fonte: { $source } (data non registrata)
body-name-unknown = Nome dell'ente di normazione non noto
field-body-name-en = Nome in inglese
field-body-name-native = Nome nella lingua nazionale
field-acronym = Sigla
field-country = Paese
field-category = Categoria di membro ISO
dataset-note = Nota dal set di dati:
field-website = Sito web
field-email = E-mail
field-phone = Telefono
field-fax = Fax
field-address = Indirizzo postale
field-iso-member-id = ID membro ISO
card-footnote = I recapiti possono cambiare. Prima di inviare una lettera importante, verificali sul sito web dell'ente.
copy-contact = Copia il contatto
contact-copied = Contatto copiato
download-vcard = Scarica vCard
write-letter = Scrivi a questo ente
write-letter-hint = Quorum prepara una lettera formale a { $body } nella sua lingua, pronta da copiare, inviare per e-mail o stampare.

## Letter composer page
nav-letters = Scrivi una lettera
letters-title = Scrivi a un ente di normazione
letters-heading = Scrivi a un ente nazionale di normazione
letters-intro = Scegli l'ente, che cosa vuoi chiedere e la lingua. Quorum prepara una lettera formale che puoi copiare, inviare per e-mail, scaricare o stampare.
letters-privacy = Il tuo nome e i tuoi dati servono solo a compilare la lettera. Quorum non li conserva; vengono inseriti nel link solo se lo richiedi qui sotto.
letter-field-recipient = Ente di normazione
letter-field-recipient-choose = Scegli un Paese
letter-field-purpose = Che cosa chiede la lettera
letter-purpose-review = Votare per la conferma della norma nel riesame sistematico
letter-purpose-adopt = Adottare la norma come norma nazionale
letter-purpose-translate = Pubblicare la norma nella lingua nazionale
letter-purpose-suggested = Suggerito per questo ente, in base a quanto Quorum ha registrato al riguardo.
letter-field-language = Lingua della lettera
letter-language-automatic = Lingua principale del paese
letter-field-second-language = Seconda lingua, a fronte (facoltativa)
letter-second-language-none = Nessuna
letter-language-default = Per impostazione predefinita si usa la lingua principale parlata in { $country }, se Quorum dispone di lettere in quella lingua; altrimenti l'inglese.
# $language: the country's first language, named in the page's language.
letter-language-missing = Quorum non dispone ancora di lettere in { $language }, quindi questa lettera è in inglese. Puoi scegliere un'altra lingua alla voce «Lingua della lettera».
# $language: the letter's language, in its own name.
letter-drafted-notice = Questa traduzione ({ $language }) non è ancora stata rivista da un madrelingua.
letter-drafted-help = Aiutaci a rivederla.
letter-sender-heading = Su di te (tutto facoltativo)
letter-field-sender-name = Il tuo nome
letter-field-organisation = Organizzazione
letter-field-role = Ruolo o qualifica
letter-field-city = Città
letter-field-email = Il tuo indirizzo e-mail
letter-field-personal = Un paragrafo scritto da te
letter-field-personal-hint = Perché la questione è importante per te o per la tua organizzazione. Viene inserito nella lettera esattamente come lo scrivi, nella lingua in cui lo scrivi.
letter-field-share-details = Includi anche il mio nome e i miei dati nel link
letter-field-limit = Massimo { $max } caratteri.
letter-update = Aggiorna la lettera
letter-preview-heading = La tua lettera
letter-preview-live = La lettera si aggiorna mentre scrivi.
letter-to = Destinatario: { $recipient }
letter-subject = Oggetto: { $subject }
letter-copy = Copia la lettera
letter-copied = Lettera copiata
letter-mailto = Apri nel mio programma di posta
letter-mailto-no-address = Per questo ente non risulta alcun indirizzo e-mail, quindi la lettera non può essere aperta nel tuo programma di posta. Puoi copiarla o scaricarla.
letter-mailto-too-long = Questa lettera genera un link di { $length } caratteri, più di quanto accettino alcuni programmi di posta. Se il messaggio arriva troncato, copia la lettera e incollala in una nuova e-mail.
letter-download = Scarica come testo
letter-print = Versione stampabile
letter-share = Link a questa lettera
letter-share-hint = Apre la pagina di composizione con lo stesso ente, la stessa finalità e le stesse lingue. Sul server di Quorum non viene salvato nulla.
letter-facts-heading = Su quali dati si basa la lettera
letter-fact-adopted = { $count ->
    [one] { $count } adozione nazionale della { $standard } registrata in Quorum.
    [many] { $count } di adozioni nazionali della { $standard } registrate in Quorum.
   *[other] { $count } adozioni nazionali della { $standard } registrate in Quorum.
}
letter-fact-confirmed = Ultimo riesame sistematico concluso il { $date }: norma confermata.
letter-fact-ballot = La votazione del riesame sistematico si chiude il { $date }.
letter-fact-no-ballot = Non risulta alcuna votazione di riesame aperta, quindi la lettera non indica una data di chiusura.
letter-fact-title = Titolo usato: { $title }
letter-choose-body = Scegli un ente di normazione qui sopra per vedere la tua lettera.

## Letter input errors. $field is the label of the field.
letter-error-too-long = { $field }: massimo { $max } caratteri, per favore. Il testo inserito ne ha { $length }.
letter-error-control = { $field }: usa una sola riga, senza tabulazioni né caratteri di controllo.
letter-error-email = L'indirizzo e-mail dovrebbe avere un formato come nome@example.org.
letter-error-purpose = Scegli che cosa chiede la lettera: conferma nel riesame, adozione o traduzione.
letter-error-language = Quorum non dispone di lettere in questa lingua; scegline una dall'elenco.
letter-error-body = Non esiste alcun ente di normazione con questo codice Paese; scegline uno dall'elenco.
letter-error-summary = La lettera non è stata aggiornata. Correggi i campi segnalati qui sotto.

## Print page
letter-print-title = Lettera a { $body }
letter-print-back = Torna alla composizione della lettera
letter-print-button = Stampa
letter-print-hint = Stampa in formato A4. Aggiungi la tua firma a mano sopra il tuo nome.
letter-signature-line = Firma

## Accounts. The public never needs one; coordinators and admins sign in to record data.
nav-sign-in = Coordinatori: accedi
nav-account = Il tuo account
nav-signed-in-as = Accesso effettuato come
signin-title = Accesso
signin-heading = Accedi a Quorum
signin-intro = Coordinatori e amministratori accedono per registrare ciò che scoprono sugli enti di normazione. Chiunque altro può usare Quorum senza un account.
signin-email = Indirizzo e-mail
signin-password = Password
signin-submit = Accedi
signin-already = Hai già effettuato l'accesso come { $email }.
account-title = Il tuo account
account-heading = Il tuo account
account-signed-in-as = Accesso effettuato come { $email } ({ $role }).
account-sign-out = Esci
account-sign-in-needed = Questa pagina è riservata a coordinatori e amministratori. Effettua prima l'accesso.
account-go-sign-in = Vai alla pagina di accesso
role-admin = amministratore
role-coordinator = coordinatore
error-unauthorized = Effettua prima l'accesso.
error-forbidden = Il tuo account non è autorizzato a eseguire questa operazione.
error-bad-credentials = L'indirizzo e-mail o la password non sono corretti.
error-busy = Quorum sta verificando altri accessi. Non è stato verificato nulla; riprova tra qualche secondo.
error-rate-limited = { $minutes ->
    [one] Troppi tentativi non riusciti. Riprova tra { $minutes } minuto.
    [many] Troppi tentativi non riusciti. Riprova tra { $minutes } di minuti.
   *[other] Troppi tentativi non riusciti. Riprova tra { $minutes } minuti.
}
error-cross-origin = Questa richiesta proviene da un altro sito web, quindi Quorum non l'ha eseguita.

## Editing the directory (coordinators) and the record's history
nav-changes = Modifiche recenti
edit-link = Modifica questa scheda
edit-title = Modifica { $body }
edit-heading = Modifica la scheda di { $body }
edit-intro = Modifica i dati che hai verificato e lascia vuoto un campo quando il dato non è noto. Ogni modifica viene salvata con la fonte e la data che indichi e compare nella cronologia della scheda.
edit-source = Fonte dei nuovi valori
edit-source-hint = Un indirizzo web o una breve descrizione, ad esempio «sito web dell'ABNT, pagina dei contatti».
edit-as-of = Data della tua verifica
edit-save = Salva le modifiche
edit-category-unknown = Non nota
edit-saved = Le modifiche sono state salvate.
edit-error-too-long = Massimo { $max } caratteri, per favore.
edit-error-control = Usa una sola riga, senza tabulazioni né caratteri di controllo.
edit-error-email = Inserisci gli indirizzi e-mail nel formato nome@example.org, separati da punto e virgola.
edit-error-website = Inserisci un indirizzo web come www.example.org.
edit-error-category = Scegli una delle categorie di membro ISO.
edit-error-source-required = Indica da dove provengono i nuovi valori.
edit-error-date = Inserisci la data nel formato YYYY-MM-DD; non può essere una data futura.
edit-error-no-change = Non è stato modificato nulla, quindi non è stato salvato nulla.
error-invalid-fields = Alcuni campi devono essere corretti, quindi non è stato salvato nulla. Leggi i messaggi accanto ai campi.
error-edit-conflict = Un'altra persona ha modificato questa scheda mentre la stavi modificando, quindi non è stato salvato nulla. Le sue modifiche sono elencate qui sotto; ricarica la pagina per modificare la versione più recente.
edit-conflict-field = { $field }: ora { $value }
history-heading = Cronologia di questa scheda
history-empty = Nessuna modifica dall'importazione del set di dati.
history-entry = { $field }: { $before } → { $after }
history-by = { $date }, da { $who }
history-by-coordinator = un coordinatore
history-source = Fonte: { $source }, dati verificati il { $date }
changes-title = Modifiche recenti
changes-heading = Modifiche recenti all'elenco
changes-filter-nsb = Codice del Paese
changes-filter-field = Campo
changes-filter-who = E-mail del coordinatore
changes-filter-any = Qualsiasi campo
changes-apply = Filtra
changes-empty = Nessuna modifica corrisponde a questi filtri.

## Corrections from the public, and the coordinators' queue
report-heading = Segnala una correzione
report-intro = C'è qualcosa di errato o non aggiornato? Indicaci il valore corretto e da dove proviene. Un coordinatore lo verifica prima della pubblicazione. Non serve un account.
report-field = Campo da correggere
report-value = Il valore corretto (lascia vuoto se deve risultare «dato non noto»)
report-source = Da dove proviene il dato
report-source-hint = Un indirizzo web o una breve descrizione, ad esempio «sito web dell'ABNT, pagina dei contatti».
report-email = Il tuo indirizzo e-mail (facoltativo; solo se accetti che un coordinatore ti contatti in merito)
report-submit = Invia la correzione
report-thanks = Grazie. Un coordinatore verificherà la tua correzione prima che venga pubblicata.
report-error-too-many = Hai inviato diverse correzioni in poco tempo. Riprova tra un'ora.
report-error-field = Scegli il campo da correggere.
corrections-title = Correzioni
corrections-heading = Correzioni segnalate dal pubblico
corrections-open-count = { $count ->
    [one] { $count } correzione in attesa di essere esaminata da un coordinatore.
    [many] { $count } di correzioni in attesa di essere esaminate da un coordinatore.
   *[other] { $count } correzioni in attesa di essere esaminate da un coordinatore.
}
corrections-empty = Nessuna correzione in attesa. Grazie!
corrections-current = Valore attuale: { $value }
corrections-proposed = Valore proposto: { $value }
corrections-source = Fonte indicata: { $source }
corrections-reporter = Segnalata il { $date } da { $email }
corrections-reporter-anonymous = Segnalata il { $date }, senza indirizzo e-mail
corrections-accept = Accetta
corrections-edit-accept = Modifica e accetta
corrections-reject = Rifiuta
corrections-reason = Motivo del rifiuto
corrections-error-reason = Indica il motivo del rifiuto.
corrections-error-closed = Questa correzione è già stata gestita da un'altra persona.
corrections-accepted = La correzione è stata applicata e registrata nella cronologia.
corrections-rejected = La correzione è stata rifiutata.

## Managing accounts (admins) and one-time links
nav-accounts = Gestisci gli account
accounts-title = Account
accounts-heading = Coordinatori e amministratori
accounts-intro = { $hours ->
    [one] Invita le persone tramite il loro indirizzo e-mail: Quorum crea un link monouso che dovrai inviare tu. Il link si può usare una sola volta ed è valido per { $hours } ora.
    [many] Invita le persone tramite il loro indirizzo e-mail: Quorum crea un link monouso che dovrai inviare tu. Il link si può usare una sola volta ed è valido per { $hours } di ore.
   *[other] Invita le persone tramite il loro indirizzo e-mail: Quorum crea un link monouso che dovrai inviare tu. Il link si può usare una sola volta ed è valido per { $hours } ore.
}
accounts-email = Indirizzo e-mail
accounts-role = Ruolo
accounts-status-active = attivo
accounts-status-disabled = disattivato
accounts-invite = Crea un link di invito
accounts-link-invite = { $hours ->
    [one] Link di invito per { $email } (invialo tu; si può usare una sola volta ed è valido per { $hours } ora):
    [many] Link di invito per { $email } (invialo tu; si può usare una sola volta ed è valido per { $hours } di ore):
   *[other] Link di invito per { $email } (invialo tu; si può usare una sola volta ed è valido per { $hours } ore):
}
accounts-link-reset = { $hours ->
    [one] Link per reimpostare la password di { $email } (invialo tu; si può usare una sola volta ed è valido per { $hours } ora):
    [many] Link per reimpostare la password di { $email } (invialo tu; si può usare una sola volta ed è valido per { $hours } di ore):
   *[other] Link per reimpostare la password di { $email } (invialo tu; si può usare una sola volta ed è valido per { $hours } ore):
}
accounts-disable = Disattiva
accounts-enable = Riattiva
accounts-reset = Crea un link per reimpostare la password
accounts-you = (tu)
accounts-error-self = Non puoi disattivare il tuo account.
accounts-error-exists = Esiste già un account con questo indirizzo e-mail.
invitation-title = Imposta la tua password
invitation-heading-invite = Ti diamo il benvenuto in Quorum
invitation-heading-reset = Scegli una nuova password
invitation-intro = { $min ->
    [one] Imposta una password per { $email } ({ $role }). Deve contenere almeno { $min } carattere.
    [many] Imposta una password per { $email } ({ $role }). Deve contenere almeno { $min } di caratteri.
   *[other] Imposta una password per { $email } ({ $role }). Deve contenere almeno { $min } caratteri.
}
invitation-password = Nuova password
invitation-password-again = Ripeti la password
invitation-submit = Salva la password e accedi
invitation-error-invalid = Questo link non è più valido: è già stato usato oppure è scaduto. Chiedine uno nuovo a un amministratore.
invitation-error-mismatch = Le due password non coincidono.
invitation-error-short = { $min ->
    [one] La password deve contenere almeno { $min } carattere.
    [many] La password deve contenere almeno { $min } di caratteri.
   *[other] La password deve contenere almeno { $min } caratteri.
}

## Sources: each cited source's kind, shown after its name.
source-kind-official = (ufficiale)
source-kind-secondary = (secondaria)
source-kind-derived = (dedotta da Quorum)
source-secondary-only = Solo fonti secondarie: né l'ISO né l'ente lo hanno confermato.
source-separator = {"; "}
directory-relevance = I risultati più pertinenti compaiono per primi. Per ordinare invece secondo una colonna, selezionane l'intestazione.

## Pages of a long list
pager-label = Pagine
pager-previous = Pagina precedente
pager-next = Pagina successiva
# $page and $pages are numbers.
pager-position = Pagina { $page } di { $pages }

## The composer's facts: the review deadline Quorum derives, the owner committee
# $date is a formatted date.
letter-fact-due-by = Non è aperta alcuna votazione di riesame; la scadenza del prossimo riesame sistematico è il { $date } (data dedotta da Quorum: cinque anni dopo l'ultima conferma; l'ISO può avviarlo prima). La lettera non indica una data di chiusura.
# $committee is a committee's reference, such as ISO/TMBG.
letter-fact-committee = Comitato responsabile: { $committee }.

## A body's category against ISO's committee data
# $count is a number of committees, $committees some of their references, $recorded the recorded category.
category-evidence = { $count ->
    [one] Secondo i dati dei comitati dell'ISO, questo ente è membro P di un comitato ({ $committees }); solo gli organismi membri possono essere membri P, ma la categoria registrata è «{ $recorded }».
    [many] Secondo i dati dei comitati dell'ISO, questo ente è membro P di { $count } di comitati ({ $committees }…); solo gli organismi membri possono essere membri P, ma la categoria registrata è «{ $recorded }».
   *[other] Secondo i dati dei comitati dell'ISO, questo ente è membro P di { $count } comitati ({ $committees }…); solo gli organismi membri possono essere membri P, ma la categoria registrata è «{ $recorded }».
}
category-evidence-confirm = Registralo come organismo membro, con questa prova come fonte
