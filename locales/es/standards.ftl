## Normas: adopciones por organismo, versiones lingüísticas y mapa mundial
nav-standards = Normas

standards-title = Normas que sigue Quorum
standards-intro = Para cada norma: qué organismos nacionales la han adoptado, cuáles solo venden la edición propia de ISO y en qué idiomas existe. Todas las cifras se calculan a partir de los registros de la página de la norma.
standards-adoptions = { $count ->
    [one] { $count } adopción nacional
    [many] { $count } de adopciones nacionales
   *[other] { $count } adopciones nacionales
}
standards-languages = { $count ->
    [one] disponible en { $count } idioma
    [many] disponible en { $count } de idiomas
   *[other] disponible en { $count } idiomas
}
standards-open = Adopciones, mapa e idiomas
standards-empty = Todavía no se sigue ninguna norma.

standard-page-title = { $reference }: adopciones e idiomas
standard-facts-heading = Sobre la norma
standard-field-reference = Referencia
standard-field-title = Título
standard-field-published = Publicación
standard-field-edition = Edición
standard-field-committee = Comité
standard-field-stage = Etapa actual
standard-field-last-confirmed = Última confirmación en una revisión sistemática

## Estado de adopción (grados de correspondencia de la Guía ISO/IEC 21-1)
status-adopted-idt = Adoptada, idéntica (IDT)
status-adopted-idt-def = Publicada como norma nacional idéntica al texto de ISO.
status-adopted-mod = Adoptada, modificada (MOD)
status-adopted-mod-def = Publicada como norma nacional con desviaciones técnicas identificadas y explicadas.
status-adopted = Adoptada, grado no registrado
status-adopted-def = Publicada como norma nacional; ninguna fuente registrada indica todavía si es idéntica o modificada.
status-neq = Norma nacional no equivalente (NEQ)
status-neq-def = Una norma nacional sobre la misma materia que no es equivalente al texto de ISO. Una norma NEQ no es una adopción y no se cuenta como tal.
status-in-progress = Adopción en curso
status-in-progress-def = El organismo ha iniciado la adopción de la norma, por ejemplo sometiendo una edición nacional a información pública, pero todavía no la ha publicado.
status-sells-only = Solo vende la norma ISO
status-sells-only-def = El organismo vende la edición propia de ISO sin publicar una adopción nacional.
status-not-adopted = No adoptada
status-not-adopted-def = Según una fuente, el organismo no ha adoptado la norma ni la vende.
status-unknown = Desconocido
status-unknown-def = Todavía no consta nada sobre este organismo. «Desconocido» no significa «no adoptada».
status-adopted-any = Adoptada (IDT, MOD o grado no registrado)

standard-counts-heading = De un vistazo
standard-count-adoptions = { $count ->
    [one] adopción nacional
    [many] de adopciones nacionales
   *[other] adopciones nacionales
}
standard-count-adoptions-def = Organismos que han publicado la norma como norma nacional: IDT, MOD o grado no registrado. Las normas NEQ no se cuentan.
standard-count-languages = { $count ->
    [one] idioma
    [many] de idiomas
   *[other] idiomas
}
standard-count-languages-def = Idiomas en los que existe el texto: ediciones oficiales de ISO y traducciones nacionales, incluidos los borradores.
standard-count-bodies = { $count ->
    [one] organismo
    [many] de organismos
   *[other] organismos
}
standard-count-show = Mostrar estos organismos

## Filtros, mapa y tabla
standard-filter-status = Estado de adopción
standard-filter-status-all = Cualquier estado
standard-filter-clear = Borrar los filtros
standard-showing = { $total ->
    [one] Organismo que coincide con los filtros: { $shown } de { $total }.
    [many] Organismos que coinciden con los filtros: { $shown } de { $total }.
   *[other] Organismos que coinciden con los filtros: { $shown } de { $total }.
}
map-heading = Mapa
map-description = Mapa mundial: cada país aparece coloreado según el estado de adopción de la { $reference } por parte de su organismo. Los Estados pequeños se representan con círculos. Elija un país para abrir la página de su organismo; la tabla que figura a continuación contiene la misma información.
map-legend = Leyenda
map-country-status = { $country }: { $status }
map-no-body = Ningún miembro de ISO en el directorio
map-filtered-out = Fuera de los filtros actuales
map-hint = Señale un país con el puntero o llegue a él con la tecla Tab para ver su estado.
map-hint-touch = Toque un país para abrir la página de su organismo; la tabla de abajo indica el estado de cada país.
map-skip = Saltar el mapa
table-heading = Todos los organismos
table-caption = Adopción de la { $reference } por cada organismo, con su fuente. Seleccione el encabezado de una columna para ordenar.
column-status = Estado
column-designation = Designación nacional
column-adopted-on = Fecha de adopción
column-language = Idioma
column-source = Fuente
sort-ascending = orden de la A a la Z
sort-descending = orden de la Z a la A

## Versiones lingüísticas
translations-heading = Idiomas
translations-intro = Los idiomas en los que existe el texto de la norma, quién publicó cada versión y cuándo.
translation-kind-official = Edición oficial de ISO
translation-kind-national = Traducción nacional
translation-kind-draft = Borrador de traducción
translations-empty = Todavía no consta ninguna versión lingüística.
translation-publisher-year = { $publisher }, { $year }
translation-add = Añadir una versión lingüística
translation-add-language = Código de idioma
translation-add-button = Añadir

## Comité y miembros
committee-heading = Comité { $committee }
committee-explain = Los miembros P (participantes) deben votar en todas las votaciones, incluidas las revisiones sistemáticas; los miembros O (observadores) siguen los trabajos y pueden formular comentarios.
committee-p-members = { $count ->
    [one] { $count } miembro P
    [many] { $count } de miembros P
   *[other] { $count } miembros P
}
committee-o-members = { $count ->
    [one] { $count } miembro O
    [many] { $count } de miembros O
   *[other] { $count } miembros O
}
committee-members-empty = Todavía no consta ningún miembro. ISO publica los miembros de cada comité en la página de este; un coordinador puede añadirlos aquí citando esa fuente.
committee-add-member = Registrar un miembro
membership-p = Miembro P
membership-o = Miembro O
membership-none = No es miembro

## Las normas en la página de un organismo
body-standards-heading = Normas
body-standard-about = Sobre la { $reference }
body-sells = Vende la edición propia de ISO
sells-yes = Sí
sells-no = No
body-language-versions = Versiones en los idiomas de este país
body-no-version = No consta ninguna versión en { $language }.
body-membership = Condición de miembro en el comité { $committee }

## Campos de las adopciones, las versiones lingüísticas y las normas (formularios e historial)
field-status = Estado
field-degree = Grado de correspondencia
field-designation = Designación nacional
field-adopted-on = Fecha de adopción
field-method = Método de adopción
field-lang = Idioma
field-sells = Vende la edición propia de ISO
field-confidence = Fiabilidad de la fuente
field-note = Nota
field-title = Título
field-kind = Tipo de versión
field-publisher = Editor
field-year = Año
field-reference = Referencia
field-committee = Comité
field-published = Fecha de publicación
field-edition = Edición
field-stage = Código de etapa
field-last-confirmed = Última confirmación
field-membership = Condición de miembro
choice-unknown = No consta
degree-idt = IDT: idéntica
degree-mod = MOD: modificada
degree-neq = NEQ: no equivalente
method-endorsement = Ratificación
method-cover-sheet = Portada
method-reprint = Reimpresión
method-translation = Traducción
method-redraft = Nueva redacción
confidence-high = Alta
confidence-medium-high = Media a alta
confidence-medium = Media
confidence-low = Baja
adoption-state-adopted = Adoptada
adoption-state-in-progress = En curso
adoption-state-not-adopted = No adoptada
date-hint = Un año, un mes o un día: 2017, 2017-04 o 2017-04-19.

## Formularios de los coordinadores
edit-adoption-link = Editar la ficha de adopción
edit-adoption-for = Editar el registro de adopción de { $country }
adoption-edit-title = { $reference } en { $country }
adoption-edit-intro = Registre lo que el organismo ha hecho con la norma. Deje un campo en blanco cuando ninguna fuente lo indique. La fuente y la fecha que figuran a continuación se aplican a toda la ficha y quedan en su historial.
edit-translation-link = Editar
translation-edit-title = { $reference } en { $language }
translation-edit-intro = Registre una versión de la norma en un idioma. La fuente y la fecha que figuran a continuación quedan en el historial de la ficha.
edit-standard-link = Editar la norma
standard-edit-title = Editar { $reference }
standard-edit-intro = Modifique lo que haya verificado. La fuente y la fecha que figuran a continuación quedan en el historial de la ficha.
edit-membership-link = Editar la condición de miembro
membership-edit-title = { $body } en el comité { $committee }
membership-edit-intro = Indique si el organismo es miembro participante (P) u observador (O) del comité, tal como figura en la página del comité en el sitio web de ISO.
record-save = Guardar
record-saved = Guardado. El cambio figura en el historial de la ficha.
record-history-heading = Historial de esta ficha
edit-error-choice = Elija uno de los valores propuestos.
edit-error-partial-date = Escriba un año, un mes o un día (2017, 2017-04 o 2017-04-19); no puede ser una fecha futura.
edit-error-required = Este campo no puede quedar en blanco.
edit-error-language = Escriba un código de idioma como pt, zh-Hans o sr-Latn.

## Every standard ISO publishes (ISO Open Data) and the ones coordinators follow
standards-search-label = Buscar entre todas las normas ISO
standards-search-placeholder = Referencia, número, palabras del título o comité
standards-search-hint = Quorum conoce todas las normas que publica ISO gracias a ISO Open Data. Solo las normas que siguen los coordinadores tienen adopciones, cartas y revisiones.
standards-followed-heading = Normas seguidas
standards-results-heading = Normas encontradas
# $count (number) standards match; $query is what the reader typed.
standards-results-count = { $count ->
    [0] Ninguna norma coincide con «{ $query }».
    [one] Una norma coincide con «{ $query }».
    [many] { $count } de normas coinciden con «{ $query }».
   *[other] { $count } normas coinciden con «{ $query }».
}
# $stage is a harmonized stage code such as 90.93.
standards-result-stage = etapa { $stage }
standards-followed-badge = Seguida
# $date is a formatted date.
standard-due-by-short = Plazo de la próxima revisión: { $date } (deducido)
standard-field-type = Tipo
standard-field-developed-by = Elaborada por
standard-field-due-by = Plazo de la próxima revisión sistemática
standard-due-by-derived = Fecha deducida por Quorum, no publicada por ISO: cinco años después de la publicación o de la última confirmación. ISO envía las votaciones de revisión por lotes, por lo que la votación puede abrirse antes.
standard-field-iso-languages = Idiomas en los que ISO la publica
standard-field-replaces = Sustituye a
standard-field-replaced-by = Sustituida por
standard-iso-page = Esta norma en iso.org
standard-not-followed = Los coordinadores no siguen esta norma: Quorum conserva lo que ISO publica sobre ella, pero no registra sus adopciones, cartas ni revisiones.
standard-follow = Seguir esta norma
standard-unfollow = Dejar de seguir
standard-follow-explain = Al seguir esta norma, se añade a la lista de normas, con su tabla de adopciones, su mapa, sus cartas y el seguimiento de sus revisiones.
standard-unfollow-explain = Sus fichas se conservan; la norma sale de la lista de normas, de las cartas y del seguimiento de las revisiones.

## Figures others publish about a standard, quoted as theirs
standard-claims-heading = Lo que dicen otros
# $source is who published the figures, $date when.
standard-claims-by-dated = { $source } ({ $date }) afirma:
standard-claims-by = { $source } afirma:
standard-claim-adopted = { $count ->
    [one] un país la ha adoptado
    [many] { $count } de países la han adoptado
   *[other] { $count } países la han adoptado
}
standard-claim-selling = { $count ->
    [one] un organismo nacional la vende
    [many] { $count } de organismos nacionales la venden
   *[other] { $count } organismos nacionales la venden
}
standard-claim-languages = { $count ->
    [one] existe en un idioma
    [many] existe en { $count } de idiomas
   *[other] existe en { $count } idiomas
}
standard-claims-explain = Son cifras de la propia fuente, citadas tal como se publicaron. Las cifras propias de Quorum que aparecen más arriba se calculan solo a partir de los registros de esta página, cada uno con su fuente.
