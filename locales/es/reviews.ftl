## Systematic reviews: cycles, positions, the projected outcome
nav-reviews = Revisiones

reviews-title = Revisiones sistemáticas
reviews-intro = Toda norma se revisa a más tardar cinco años después de su publicación o de su última confirmación. Los organismos miembros nacionales recomiendan confirmarla, revisarla, modificarla o anularla; los miembros participantes del comité deben votar. Aquí puede ver la posición de cada organismo.
reviews-empty = Todavía no consta ninguna revisión.
review-page-title = Revisión { $cycle } de la { $reference }
review-heading = Revisión sistemática de la { $reference }
review-cycle-id = Revisión { $cycle }

## Cycle status
review-status-planned = Prevista
review-status-open = Votación abierta
review-status-closed = Votación cerrada, decisión pendiente
review-status-decided = Decisión tomada
review-result-heading = Resultado
review-result-decided = Esta revisión está decidida. Las proyecciones y la lista de quién puede cambiar el resultado solo se muestran mientras una revisión está abierta.
review-result-pending = La votación se ha cerrado y la decisión aún no está registrada.
review-field-status = Estado
review-field-opens = Apertura de la votación
review-field-closes = Cierre de la votación
review-field-outcome = Decisión
review-field-notes = Notas
review-outcome-confirmed = Confirmada
review-outcome-revised = Se revisará
review-outcome-withdrawn = Anulada
review-outcome-stage = { $outcome } (etapa { $stage }), { $date }
review-days-left = { $days ->
    [0] La votación se cierra hoy.
    [one] La votación se cierra mañana.
    [many] Quedan { $days } de días para el cierre de la votación.
   *[other] Quedan { $days } días para el cierre de la votación.
}
review-closed-ago = La votación se cerró el { $date }.

## Positions
position-confirm = Confirmar
position-revise = Revisar
position-amend = Modificar
position-withdraw = Anular
position-abstain = Abstenerse
position-none = Sin posición todavía
kind-intention = Intención declarada
kind-vote = Voto emitido
kind-result = Resultado publicado
voter-obliged = Miembro P: debe votar
voter-optional = Organismo miembro: puede votar
voter-non-voting = No vota

## Tally
tally-heading = La posición de los organismos
tally-intro = Última posición registrada de cada organismo. Los miembros P del comité deben votar; los demás organismos miembros pueden hacerlo; los miembros corresponsales y suscriptores no votan.
tally-position = Posición
tally-obliged = Miembros P
tally-optional = Otros organismos miembros
tally-non-voting = Miembros sin voto

## The projection
projection-heading = Resultado previsto
projection-disclaimer = La decisión corresponde al comité. Esta previsión es una estimación basada en las posiciones registradas aquí, según las reglas que figuran a continuación; no es un resultado.
projection-outcome-confirm = Confirmar
projection-outcome-revise = Revisar
projection-outcome-amend = Modificar
projection-outcome-withdraw = Anular
projection-outcome-committee = Decide el comité
projection-low-usage = Países que han adoptado la norma: { $usage }, menos de { $threshold }. Lo más probable es que se anule, sea cual sea el resultado de la votación.
projection-majority = { $margin ->
    [one] Entre los miembros P que han votado, esta opción aventaja a la siguiente en { $margin } voto.
    [many] Entre los miembros P que han votado, esta opción aventaja a la siguiente en { $margin } de votos.
   *[other] Entre los miembros P que han votado, esta opción aventaja a la siguiente en { $margin } votos.
}
projection-tie = Los miembros P que han votado están divididos a partes iguales.
projection-no-majority = Ninguna opción reúne todavía la mayoría de los votos de los miembros P.
projection-undecided = { $count ->
    [one] No consta la posición de { $count } miembro P.
    [many] No consta la posición de { $count } de miembros P.
   *[other] No consta la posición de { $count } miembros P.
}
projection-rules = Reglas: una norma adoptada en menos de { $threshold } países es candidata a la anulación; en los demás casos decide la mayoría simple de los miembros P que votan, sin contar las abstenciones; en caso de empate, decide el comité.
projection-outcome-not-enough = No hay datos suficientes para proyectar un resultado
projection-usage-unknown = { $usage ->
    [one] Hay { $usage } adopción registrada y { $unknown } de { $bodies } organismos son desconocidos: los datos no permiten saber si menos de { $threshold } países usan la norma, así que aún no se puede aplicar ninguna regla.
   *[other] Hay { $usage } adopciones registradas y { $unknown } de { $bodies } organismos son desconocidos: los datos no permiten saber si menos de { $threshold } países usan la norma, así que aún no se puede aplicar ninguna regla.
}
projection-votes-unknown = { $undecided ->
    [one] { $undecided } de { $obliged } miembros P no tiene posición registrada y aún podría cambiar la mayoría.
   *[other] { $undecided } de { $obliged } miembros P no tienen posición registrada y aún podrían cambiar la mayoría.
}
projection-voters-unknown = No hay ningún miembro P del comité registrado, así que los datos no dicen quién debe votar.

## Swing list
swing-heading = Quién puede cambiar todavía el resultado
swing-intro = Los miembros P sin posición definitiva, empezando por aquellos cuyo voto a favor de la confirmación más cambiaría el resultado.
swing-empty = Según los registros, ya no puede cambiar la posición de ningún miembro P.
swing-decisive = Decisivo: su voto bastaría para que la confirmación fuera el resultado previsto.
swing-gain = { $gain ->
    [one] Un voto a favor de confirmar amplía en { $gain } voto la ventaja de la confirmación.
    [many] Un voto a favor de confirmar amplía en { $gain } de votos la ventaja de la confirmación.
   *[other] Un voto a favor de confirmar amplía en { $gain } votos la ventaja de la confirmación.
}

## Table and map
review-table-heading = Todos los organismos
review-table-caption = Última posición registrada de cada organismo en esta revisión, con su fuente.
column-voter = Voto
column-position = Posición
column-kind = Tipo
review-map-description = Mapa mundial: cada país aparece coloreado según la última posición de su organismo en la revisión { $cycle }. Elija un país para abrir la página de su organismo; la tabla que figura a continuación contiene la misma información.

## On a body's page
body-reviews-heading = Revisiones sistemáticas
body-reviews-empty = No consta ninguna posición de este organismo en ninguna revisión.
body-review-position = { $date }: { $position } ({ $kind })

## Coordinators record positions
edit-position-link = Registrar una posición
edit-position-for = Registrar la posición de { $country }
position-edit-title = { $country } en la revisión { $cycle }
position-edit-intro = Registre lo que sepa de la posición de este organismo: lo que anunció que haría, el voto que emitió o el resultado publicado. Las posiciones anteriores se conservan en el historial; cuenta la más reciente por fecha.
field-position = Posición
field-kind-position = Tipo de información
field-confidence-position = Fiabilidad
position-save = Registrar la posición
position-recorded = La posición se ha registrado.
position-history-heading = Posiciones registradas en esta revisión
position-history-empty = Todavía no consta ninguna posición.
position-conflict = Mientras tanto, otra persona ha registrado una posición más reciente de este organismo: { $position }. Compruébela antes de registrar la suya.

## Filters of the review page
review-filter-position = Posición
review-filter-position-all = Cualquier posición
review-filter-voter = Voto
review-filter-voter-all = Todos
review-showing = { $total ->
    [one] Organismo que coincide con los filtros: { $shown } de { $total }.
    [many] Organismos que coinciden con los filtros: { $shown } de { $total }.
   *[other] Organismos que coinciden con los filtros: { $shown } de { $total }.
}

review-voters-board = Esta norma depende directamente del Consejo de Gestión Técnica de ISO (ISO/TMBG), para el que no figura ningún miembro P. Quorum no ha encontrado la regla que ISO aplica a la votación de revisión en este caso, por lo que cuenta a todos los organismos miembros como votantes.

## The ballot radar: reviews running now and due in the next twelve months
radar-title = Radar de votaciones
radar-intro = Las revisiones sistemáticas en curso y, a continuación, las normas cuya próxima revisión vence en los próximos doce meses, para todas las normas que publica ISO, cada una con el número de organismos obligados a votar.
radar-filter-committee = Comité
radar-filter-ics = Campo ICS
radar-filter-scope = Normas
radar-scope-all = Todas las normas
radar-scope-followed = Solo las normas seguidas
radar-apply = Mostrar
# $count (number) reviews; $until is a formatted date.
radar-count = { $count ->
    [0] Ninguna revisión está en curso ni vence antes del { $until }.
    [one] Una revisión está en curso o vence antes del { $until }.
    [many] { $count } de revisiones están en curso o vencen antes del { $until }.
   *[other] { $count } revisiones están en curso o vencen antes del { $until }.
}
radar-derived-note = Las fechas de «Plazo» las deduce Quorum; ISO no las publica: cinco años después de la publicación o de la última confirmación. ISO envía las votaciones de revisión por lotes, por lo que una votación puede abrirse antes.
# The radar as a calendar feed (/api/v1/reviews/upcoming.ics): its name, and each event's
# summary and description. $reference: ISO 20400:2017; $title: the standard's title; $date: a formatted date.
radar-ics-calendar = Quorum: radar de votaciones
radar-ics-closes = { $reference }: cierre de la votación de revisión sistemática
radar-ics-closes-detail = { $title } — la votación se cierra el { $date }.
radar-ics-due = { $reference }: plazo de la revisión sistemática (deducido)
radar-ics-due-detail = { $title } — vence cinco años después de su publicación o de su última confirmación; plazo deducido por Quorum, no publicado por ISO.
radar-json = JSON
radar-csv = CSV
radar-calendar = Calendario (iCalendar)
radar-col-standard = Norma
radar-col-committee = Comité
radar-col-what = Revisión
radar-col-date = Fecha
radar-col-voters = Obligados a votar
radar-running = Votación en curso (cierre)
radar-due = Plazo (deducido)
radar-closes-unknown = Fecha de cierre no registrada
radar-voters-every = Todos los organismos miembros
radar-link = Radar de votaciones: todas las revisiones en curso o que vencen en los próximos doce meses
# $body is a body's two-letter code.
radar-for-body = Solo las revisiones en las que { $body } está obligado a votar.

## A body's page: the ballots it must vote in
body-ballots-heading = Próximas votaciones
body-ballots-none = Según los registros, ninguna revisión en la que este organismo esté obligado a votar está en curso ni vence en los próximos doce meses.
# $count is a number.
body-ballots-count = { $count ->
    [one] Una revisión en la que este organismo está obligado a votar está en curso o vence en los próximos doce meses:
    [many] { $count } de revisiones en las que este organismo está obligado a votar están en curso o vencen en los próximos doce meses:
   *[other] { $count } revisiones en las que este organismo está obligado a votar están en curso o vencen en los próximos doce meses:
}
# $date is a formatted date.
body-ballot-closes = la votación se cierra el { $date }
body-ballot-running = votación en curso (fecha de cierre no registrada)
body-ballot-due = plazo: { $date } (deducido)
body-ballots-all = Verlas todas en el radar de votaciones
