# /import: coordinators import spreadsheets (CSV).
nav-import = Importa un foglio di calcolo
import-title = Importa un foglio di calcolo
import-intro = Carica un file CSV di enti, adozioni o posizioni nei riesami. All'inizio non viene salvato nulla: vedi, riga per riga, che cosa il file aggiungerebbe, modificherebbe o lascerebbe invariato, e ogni riga rifiutata con il suo numero e il motivo. Puoi confermare solo quando nessuna riga è rifiutata; a quel punto l'intero file viene salvato in una sola volta, oppure non viene salvato nulla. Ogni modifica viene riportata nella cronologia con il tuo account e il file.
import-limits = File fino a { $megabytes } MB e { $rows } righe, in UTF-8, con una riga di intestazione. Le colonne che l'importazione non riconosce vengono ignorate.
import-kind-bodies = Enti
import-kind-adoptions = Adozioni
import-kind-positions = Posizioni nei riesami
import-columns-bodies = Una riga per ente, identificato dal codice del Paese (alpha2). Vengono confrontate solo le colonne presenti; un valore modificato richiede una fonte e la relativa data (source e as_of oppure, campo per campo, acronym_source e acronym_as_of…). L'esportazione dell'elenco ha questa struttura.
import-columns-adoptions = Una riga per norma ed ente. status è adopted, in_progress, not_adopted o unknown (in un'esportazione si trova nella colonna record_status); degree è IDT, MOD o NEQ; le date nella forma 2017, 2017-04 o 2017-04-19. Una modifica richiede source e as_of.
import-columns-positions = Una riga per ciclo di riesame ed ente. position è confirm, revise, amend, withdraw, abstain o none; kind è intention, vote o result; confidence è high, medium-high, medium o low. Ogni posizione diversa viene aggiunta alla cronologia dell'ente.
import-template = Scarica il modello
import-export-current = Scarica i dati attuali
import-file-label = File CSV
import-upload = Controlla il file
import-error-too-large = Il file supera la dimensione massima.
import-error-too-many-rows = Il file ha più righe del massimo consentito.
import-error-encoding = Il file non è testo UTF-8. Salvalo come «CSV UTF-8» e caricalo di nuovo.
import-error-csv = Non è stato possibile leggere il file come CSV (virgolette non chiuse?).
import-error-empty = Il file non contiene righe da importare.
import-error-missing-column = Il file non ha la colonna «{ $column }», necessaria per questo tipo di importazione.
import-error-separator = Le colonne del file non sono separate da virgole, punti e virgola o tabulazioni, quindi l'intestazione viene letta come un'unica colonna. Salvalo di nuovo come CSV (separato da virgole o da punti e virgola) e caricalo.
import-error-choice = Questo valore non è consentito qui. Usa uno dei seguenti valori: { $detail } (maiuscole o minuscole, è indifferente).
import-error-kind = Scegli che cosa contiene il file: enti, adozioni o posizioni nei riesami.
import-error-unknown-country = Nessun ente ha questo codice del Paese.
import-error-duplicate = Una riga precedente del file indica la stessa scheda.
import-error-unknown-standard = Nessuna norma seguita ha questo identificativo.
import-error-unknown-cycle = Nessun ciclo di riesame ha questo identificativo.
import-error-applied = Questo file è già stato importato.
import-error-changed = Le schede sono cambiate dopo questa anteprima. Guarda la nuova anteprima qui sotto prima di confermare.
import-error-nothing = Non c'è nulla da importare: una riga è rifiutata oppure non cambierebbe nulla.
import-preview-title = Importazione di { $file }
import-count-add = { $count ->
    [one] { $count } riga aggiunge una scheda
    [many] { $count } di righe aggiungono schede
   *[other] { $count } righe aggiungono schede
}
import-count-change = { $count ->
    [one] { $count } riga modifica una scheda
    [many] { $count } di righe modificano schede
   *[other] { $count } righe modificano schede
}
import-count-same = { $count ->
    [one] { $count } riga lascia invariata la sua scheda
    [many] { $count } di righe lasciano invariate le loro schede
   *[other] { $count } righe lasciano invariate le loro schede
}
import-count-refused = { $count ->
    [one] { $count } riga viene rifiutata
    [many] { $count } di righe vengono rifiutate
   *[other] { $count } righe vengono rifiutate
}
import-refused-notice = Alcune righe sono rifiutate, quindi non è possibile importare nulla. Correggile nel tuo file e caricalo di nuovo.
import-nothing-notice = Il file non cambierebbe nulla.
import-confirm-intro = Non è stato ancora salvato nulla. Conferma per salvare in una sola volta tutte le modifiche qui sotto.
import-confirm = { $count ->
    [one] Importa { $count } riga
    [many] Importa { $count } di righe
   *[other] Importa { $count } righe
}
import-applied = Importato il { $date }.
import-column-line = Riga
import-column-record = Scheda
import-column-action = Che cosa succede
import-column-details = Dettagli
import-action-add = Aggiunta
import-action-change = Modificata
import-action-same = Invariata
import-action-refused = Rifiutata
import-rows-more = { $count ->
    [one] { $count } altra riga non è elencata.
    [many] { $count } di altre righe non sono elencate.
   *[other] { $count } altre righe non sono elencate.
}
import-again = Carica un altro file
import-running = Scrittura dell’importazione: { $done } di { $total } righe…
import-running-start = Scrittura dell’importazione…
import-error-storage = Non è stato possibile salvare il file; non è stato importato nulla. Riprova.

## ISO Open Data files (admins)
import-iso-heading = ISO Open Data
import-iso-intro = L'ISO pubblica i suoi comitati (con i relativi membri P e O) e tutte le sue pubblicazioni come dati aperti (ODC-By). Carica il file dell'ISO così come è pubblicato, in formato CSV o JSON Lines, compresso con gzip o no: Quorum lo controlla prima e ti mostra che cosa aggiungerebbe, modificherebbe e lascerebbe invariato, poi lo salva quando confermi. Ogni valore conserva la fonte «ISO Open Data, <set di dati>, <data>».
# $megabytes is a number.
import-iso-limits = Al massimo { $megabytes } MB.
import-iso-dataset = Set di dati
import-iso-committees = Comitati (iso_technical_committees)
import-iso-deliverables = Pubblicazioni (iso_deliverables_metadata)
import-iso-date = Data del file
import-iso-check = Carica e controlla
import-iso-error-dataset = Scegli a quale set di dati dell'ISO corrisponde il file.
import-iso-error-format = Il nome del file deve terminare con .csv o .jsonl (oppure .csv.gz, .jsonl.gz), come quello dei file dell'ISO.
import-iso-error-date = La data del file non è una data valida.
import-iso-error-gone = Il file caricato non è più sul server (è stato riavviato). Caricalo di nuovo.
import-iso-error-changed = Non è stato possibile salvare il file: alcune righe non si potevano leggere. Non è stato salvato nulla.
import-iso-checking = Controllo del file…
import-iso-writing = Salvataggio delle schede…
import-iso-applied = Salvato. Ogni modifica è riportata nella cronologia.
# $count is a number; $source names the dataset and date.
import-iso-read = { $count ->
    [one] { $count } scheda letta ({ $source }).
    [many] { $count } di schede lette ({ $source }).
   *[other] { $count } schede lette ({ $source }).
}
import-iso-problems = Alcune righe non si possono leggere, quindi non è possibile salvare nulla. Correggi il file e caricalo di nuovo:
# $line is a line number of the file.
import-iso-problem = Riga { $line }:

## Why a line of an ISO Open Data file cannot be read. $column, $columns, $ids and
## $acronyms are the file's own column names (title.en, pMembers.id…), quoted as they are;
## $cell is the value found, cut short; $detail is the file reader's own words (English).
iso-line-unreadable = Non è stato possibile leggere il file da questa riga in poi: { $detail }
iso-line-too-long = La riga supera i { $bytes } byte.
iso-line-not-number = «{ $column }» deve essere un numero intero, non «{ $cell }».
iso-line-not-list = «{ $column }» deve essere un elenco tra parentesi quadre, non «{ $cell }».
iso-line-missing-columns = L'intestazione non ha la colonna { $columns }.
iso-line-cell-count = Numero di celle: { $count } in questo record, { $expected } nell'intestazione.
iso-line-not-utf8 = Il record non è in UTF-8 valido.
iso-line-csv = Il record non può essere letto come CSV: { $detail }
iso-line-unpaired = «{ $ids }» e «{ $acronyms }» non si possono abbinare perché non hanno lo stesso numero di elementi (rispettivamente { $ids_count } e { $acronyms_count }).
iso-line-bad-id = L'identificativo deve essere un numero positivo, non { $cell }.
iso-line-no-id = Il record non ha un identificativo.
iso-line-no-reference = Il record non ha un riferimento.
iso-line-no-status = Il comitato non ha uno stato.
iso-line-reference = Il riferimento «{ $cell }» non contiene né lettere né cifre.
iso-line-stage-format = «currentStage» deve essere un codice di fase come 9093 o 90.93, non «{ $cell }».
iso-line-unknown-stage = Il valore { $cell } di «currentStage» non è un codice di fase.
iso-line-date = «publicationDate» deve essere una data come 2017-04-21, non «{ $cell }».
iso-line-not-committee = La riga non è un comitato nel formato in cui l'ISO li pubblica: { $detail } (colonna { $column }).
iso-line-not-deliverable = La riga non è una pubblicazione nel formato in cui l'ISO le pubblica: { $detail } (colonna { $column }).
import-iso-records = Schede
import-iso-added = Aggiunte
import-iso-changed = Modificate
import-iso-same = Invariate
import-iso-row-committees = Comitati
import-iso-row-memberships = Partecipazioni ai comitati
import-iso-row-standards = Norme
# $count is a number.
import-iso-unmatched = { $count ->
    [0] Ogni membro elencato corrisponde a un ente dell'elenco.
    [one] Un ID membro non corrisponde a nessun ente dell'elenco; vedi i membri senza corrispondenza.
    [many] { $count } di ID membro non corrispondono a nessun ente dell'elenco; vedi i membri senza corrispondenza.
   *[other] { $count } ID membro non corrispondono a nessun ente dell'elenco; vedi i membri senza corrispondenza.
}
# $opened and $closed are numbers.
import-iso-reviews = Cicli di riesame aperti: { $opened }; chiusi o decisi: { $closed }.
import-iso-confirm-intro = L'intero file viene salvato in un'unica transazione: tutto o niente.
import-iso-confirm = Importa queste schede

## ISO member ids that match no body (admins)
unmatched-title = Membri ISO senza corrispondenza
unmatched-intro = I dati dei comitati dell'ISO elencano questi ID membro, ma nessun ente dell'elenco li riporta. Crea l'ente del Paese a cui appartiene un ID membro (oppure aggiungi l'ID alla scheda di un ente esistente): le sue partecipazioni ai comitati vengono registrate subito, con il file dei comitati come fonte.
unmatched-none = Ogni ID membro presente nei dati dei comitati corrisponde a un ente dell'elenco.
# $id is ISO's member id.
unmatched-id = ID membro ISO { $id }
# $p and $o are numbers of committees.
unmatched-counts = { $p ->
    [one] Membro P di { $p } comitato, membro O di { $o }:
    [many] Membro P di { $p } di comitati, membro O di { $o }:
   *[other] Membro P di { $p } comitati, membro O di { $o }:
}
unmatched-country = Paese
unmatched-country-choose = Scegli il Paese (tra quelli senza ente)
unmatched-create = Crea l'ente con le sue partecipazioni ai comitati
unmatched-error-country = Scegli il Paese dell'ente.
unmatched-error-taken = Quel Paese ha già un ente; aggiungi invece l'ID membro alla sua scheda.
unmatched-link = Membri ISO senza corrispondenza
