# /import: coordinators import spreadsheets (CSV).
nav-import = Importar una hoja de cálculo
import-title = Importar una hoja de cálculo
import-intro = Suba un archivo CSV de organismos, adopciones o posiciones en revisiones. Al principio no se guarda nada: verá, fila por fila, lo que el archivo añadiría, cambiaría o dejaría igual, y cada fila rechazada con su número de línea y el motivo. Solo podrá confirmar cuando no haya ninguna fila rechazada; entonces se guarda todo el archivo de una sola vez, o no se guarda nada. Cada cambio queda en el historial junto con su cuenta y el archivo.
import-limits = Archivos de hasta { $megabytes } MB y { $rows } filas, en UTF-8 y con una fila de encabezado. Se ignoran las columnas que la importación no reconoce.
import-kind-bodies = Organismos
import-kind-adoptions = Adopciones
import-kind-positions = Posiciones en revisiones
import-columns-bodies = Una fila por organismo, identificado por su código de país (alpha2). Solo se comparan las columnas presentes; un valor modificado necesita una fuente y su fecha (source y as_of o, campo por campo, acronym_source y acronym_as_of…). La exportación del directorio tiene este formato.
import-columns-adoptions = Una fila por norma y organismo. status es adopted, in_progress, not_adopted o unknown (en una exportación, figura en la columna record_status); degree es IDT, MOD o NEQ; las fechas, como 2017, 2017-04 o 2017-04-19. Todo cambio necesita source y as_of.
import-columns-positions = Una fila por ciclo de revisión y organismo. position es confirm, revise, amend, withdraw, abstain o none; kind es intention, vote o result; confidence es high, medium-high, medium o low. Cada posición distinta se añade al historial del organismo.
import-template = Descargar la plantilla
import-export-current = Descargar los datos actuales
import-file-label = Archivo CSV
import-upload = Comprobar el archivo
import-error-too-large = El archivo supera el tamaño máximo.
import-error-too-many-rows = El archivo tiene más filas de las permitidas.
import-error-encoding = El archivo no es texto UTF-8. Guárdelo como «CSV UTF-8» y vuelva a subirlo.
import-error-csv = No se ha podido leer el archivo como CSV (¿unas comillas sin cerrar?).
import-error-empty = El archivo no tiene filas que importar.
import-error-missing-column = El archivo no tiene la columna «{ $column }», que este tipo de importación necesita.
import-error-separator = Las columnas del archivo no están separadas por comas, por punto y coma ni por tabulaciones, por lo que su encabezado se lee como una sola columna. Vuelva a guardarlo como CSV (separado por comas o por punto y coma) y súbalo.
import-error-choice = Este valor no está permitido aquí. Utilice uno de los siguientes valores: { $detail } (en mayúsculas o minúsculas, da igual).
import-error-kind = Elija qué contiene el archivo: organismos, adopciones o posiciones en revisiones.
import-error-unknown-country = Ningún organismo tiene este código de país.
import-error-duplicate = Una fila anterior del archivo se refiere a la misma ficha.
import-error-unknown-standard = Ninguna de las normas que se siguen tiene este identificador.
import-error-unknown-cycle = Ningún ciclo de revisión tiene este identificador.
import-error-applied = Este archivo ya se ha importado.
import-error-changed = Las fichas han cambiado desde esta vista previa. Revise la nueva vista previa que figura a continuación antes de confirmar.
import-error-nothing = No hay nada que importar: hay una fila rechazada o no cambiaría nada.
import-preview-title = Importación de { $file }
import-count-add = { $count ->
    [one] { $count } fila añade una ficha
    [many] { $count } de filas añaden fichas
   *[other] { $count } filas añaden fichas
}
import-count-change = { $count ->
    [one] { $count } fila cambia una ficha
    [many] { $count } de filas cambian fichas
   *[other] { $count } filas cambian fichas
}
import-count-same = { $count ->
    [one] { $count } fila deja su ficha como está
    [many] { $count } de filas dejan sus fichas como están
   *[other] { $count } filas dejan sus fichas como están
}
import-count-refused = { $count ->
    [one] { $count } fila rechazada
    [many] { $count } de filas rechazadas
   *[other] { $count } filas rechazadas
}
import-refused-notice = Hay filas rechazadas, por lo que no se puede importar nada. Corríjalas en su archivo y vuelva a subirlo.
import-nothing-notice = El archivo no cambiaría nada.
import-confirm-intro = Todavía no se ha guardado nada. Confirme para guardar de una sola vez todos los cambios que figuran a continuación.
import-confirm = { $count ->
    [one] Importar { $count } fila
    [many] Importar { $count } de filas
   *[other] Importar { $count } filas
}
import-applied = Importado el { $date }.
import-column-line = Línea
import-column-record = Ficha
import-column-action = Qué ocurre
import-column-details = Detalles
import-action-add = Añadida
import-action-change = Cambiada
import-action-same = Sin cambios
import-action-refused = Rechazada
import-rows-more = { $count ->
    [one] No se muestra { $count } fila más.
    [many] No se muestran { $count } de filas más.
   *[other] No se muestran { $count } filas más.
}
import-again = Subir otro archivo
import-running = Escribiendo la importación: { $done } de { $total } filas…
import-running-start = Escribiendo la importación…
import-error-storage = No se pudo guardar el archivo; no se importó nada. Inténtelo de nuevo.
