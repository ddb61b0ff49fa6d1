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

## ISO Open Data files (admins)
import-iso-heading = ISO Open Data
import-iso-intro = ISO publica sus comités (con sus miembros P y O) y todas sus publicaciones como datos abiertos (ODC-By). Suba el archivo de ISO tal como se publica (CSV o JSON Lines, comprimido con gzip o no): Quorum lo comprueba primero y le muestra lo que añadiría, cambiaría y dejaría igual, y lo guarda cuando usted confirme. Cada valor conserva la fuente «ISO Open Data, <conjunto de datos>, <fecha>».
# $megabytes is a number.
import-iso-limits = Como máximo, { $megabytes } MB.
import-iso-dataset = Conjunto de datos
import-iso-committees = Comités (iso_technical_committees)
import-iso-deliverables = Publicaciones (iso_deliverables_metadata)
import-iso-date = Fecha del archivo
import-iso-check = Subir y comprobar
import-iso-error-dataset = Elija a qué conjunto de datos de ISO corresponde el archivo.
import-iso-error-format = El nombre del archivo debe terminar en .csv o .jsonl (o .csv.gz, .jsonl.gz), como los archivos de ISO.
import-iso-error-date = La fecha del archivo no es una fecha válida.
import-iso-error-gone = El archivo subido ya no está en el servidor (se ha reiniciado). Vuelva a subirlo.
import-iso-error-changed = No se ha podido guardar el archivo: algunas líneas no se han podido leer. No se ha guardado nada.
import-iso-checking = Comprobando el archivo…
import-iso-writing = Guardando las fichas…
import-iso-applied = Guardado. Todos los cambios figuran en el historial.
# $count is a number; $source names the dataset and date.
import-iso-read = { $count ->
    [one] { $count } ficha leída ({ $source }).
    [many] { $count } de fichas leídas ({ $source }).
   *[other] { $count } fichas leídas ({ $source }).
}
import-iso-problems = Algunas líneas no se pueden leer, por lo que no se puede guardar nada. Corrija el archivo y vuelva a subirlo:
# $line is a line number of the file.
import-iso-problem = Línea { $line }:

## Why a line of an ISO Open Data file cannot be read. $column, $columns, $ids and
## $acronyms are the file's own column names (title.en, pMembers.id…), quoted as they are;
## $cell is the value found, cut short; $detail is the file reader's own words (English).
iso-line-unreadable = No se ha podido leer el archivo a partir de esta línea: { $detail }
iso-line-too-long = La línea supera los { $bytes } bytes.
iso-line-not-number = «{ $column }» debe ser un número entero, no «{ $cell }».
iso-line-not-list = «{ $column }» debe ser una lista entre corchetes, no «{ $cell }».
iso-line-missing-columns = El encabezado no tiene la columna { $columns }.
iso-line-cell-count = Número de celdas: { $count } en este registro y { $expected } en el encabezado.
iso-line-not-utf8 = El registro no es UTF-8 válido.
iso-line-csv = El registro no se puede leer como CSV: { $detail }
iso-line-unpaired = «{ $ids }» y «{ $acronyms }» no se pueden emparejar porque no tienen el mismo número de elementos ({ $ids_count } y { $acronyms_count }, respectivamente).
iso-line-bad-id = El identificador debe ser un número positivo, no { $cell }.
iso-line-no-id = El registro no tiene identificador.
iso-line-no-reference = El registro no tiene referencia.
iso-line-no-status = El comité no tiene estado.
iso-line-reference = La referencia «{ $cell }» no contiene letras ni dígitos.
iso-line-stage-format = «currentStage» debe ser un código de etapa como 9093 o 90.93, no «{ $cell }».
iso-line-unknown-stage = El valor { $cell } de «currentStage» no es un código de etapa.
iso-line-date = «publicationDate» debe ser una fecha como 2017-04-21, no «{ $cell }».
iso-line-not-committee = La línea no es un comité con el formato en que los publica ISO: { $detail } (columna { $column }).
iso-line-not-deliverable = La línea no es una publicación con el formato en que las publica ISO: { $detail } (columna { $column }).
import-iso-records = Fichas
import-iso-added = Añadidas
import-iso-changed = Cambiadas
import-iso-same = Sin cambios
import-iso-row-committees = Comités
import-iso-row-memberships = Participaciones en comités
import-iso-row-standards = Normas
# $count is a number.
import-iso-unmatched = { $count ->
    [0] Todos los miembros indicados corresponden a un organismo del directorio.
    [one] Un identificador de miembro no corresponde a ningún organismo del directorio; consulte los miembros sin correspondencia.
    [many] { $count } de identificadores de miembro no corresponden a ningún organismo del directorio; consulte los miembros sin correspondencia.
   *[other] { $count } identificadores de miembro no corresponden a ningún organismo del directorio; consulte los miembros sin correspondencia.
}
# $opened and $closed are numbers.
import-iso-reviews = Ciclos de revisión abiertos: { $opened }; cerrados o decididos: { $closed }.
import-iso-confirm-intro = Todo el archivo se guarda en una sola transacción: o todo o nada.
import-iso-confirm = Importar estas fichas

## ISO member ids that match no body (admins)
unmatched-title = Miembros de ISO sin correspondencia
unmatched-intro = Los datos de comités de ISO incluyen estos identificadores de miembro, pero ningún organismo del directorio los tiene. Cree el organismo del país al que pertenece un identificador de miembro (o añada el identificador a la ficha de un organismo existente): sus participaciones en comités se registran de inmediato, con el archivo de comités como fuente.
unmatched-none = Todos los identificadores de miembro de los datos de comités corresponden a un organismo del directorio.
# $id is ISO's member id.
unmatched-id = Identificador de miembro de ISO { $id }
# $p and $o are numbers of committees.
unmatched-counts = { $p ->
    [one] Miembro P de { $p } comité, miembro O de { $o }:
    [many] Miembro P de { $p } de comités, miembro O de { $o }:
   *[other] Miembro P de { $p } comités, miembro O de { $o }:
}
unmatched-country = País
unmatched-country-choose = Elija el país (entre los que no tienen organismo)
unmatched-create = Crear el organismo con sus participaciones en comités
unmatched-error-country = Elija el país del organismo.
unmatched-error-taken = Ese país ya tiene un organismo; añada en su lugar el identificador de miembro a su ficha.
unmatched-link = Miembros de ISO sin correspondencia
