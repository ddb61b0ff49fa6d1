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
