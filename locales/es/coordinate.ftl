# Coordinators: the advocacy pipeline, the dashboard and review cycles.

## The advocacy pipeline (coordinators only)
stage-not-contacted = Sin contactar
stage-contacted = Contactado
stage-replied = Ha respondido
stage-committed = Se ha comprometido
stage-voted = Ha votado
column-stage = Etapa del proceso
column-owner = Responsable
column-letters = Cartas
column-cycle = Revisión
owner-nobody = Nadie
owner-me = Yo
review-filter-stage = Etapa del proceso
review-filter-stage-all = Cualquier etapa
review-filter-owner = Responsable
review-filter-owner-all = Cualquiera
pipeline-move-heading = Avanzar en el proceso
pipeline-move-to = Pasar { $country } a la etapa «{ $stage }»
pipeline-moved = Se ha actualizado el proceso.
pipeline-heading = Proceso de incidencia
pipeline-intro = En qué punto está la campaña con este organismo en esta revisión y quién mantiene el contacto con él. Solo los coordinadores ven esta información.
pipeline-letters = { $count ->
    [one] Quorum redactó { $count } carta dirigida a este organismo mientras la votación estuvo abierta.
    [many] Quorum redactó { $count } de cartas dirigidas a este organismo mientras la votación estuvo abierta.
   *[other] Quorum redactó { $count } cartas dirigidas a este organismo mientras la votación estuvo abierta.
}
field-pipeline-stage = Etapa del proceso
field-owner = Responsable
pipeline-save = Guardar el proceso
pipeline-notes-heading = Notas de actividad
pipeline-notes-empty = Todavía no hay ninguna nota.
pipeline-noted = Se ha añadido la nota.
field-noted-on = Fecha (YYYY-MM-DD)
field-note-text = Nota
pipeline-note-add = Añadir la nota
pipeline-note-by = { $date }, { $who }

## The coordinators' dashboard
nav-coordinate = Panel de los coordinadores
coordinate-title = Panel de los coordinadores
coordinate-cycles-heading = Revisiones abiertas y previstas
coordinate-cycles-empty = No hay ninguna revisión abierta ni prevista.
coordinate-closes = La votación se cierra el { $date }
coordinate-stages-label = Organismos miembros por etapa del proceso
coordinate-mine-count = { $count ->
    [one] { $count } organismo a su cargo
    [many] { $count } de organismos a su cargo
   *[other] { $count } organismos a su cargo
}
coordinate-mine-heading = Mis organismos
coordinate-mine-empty = No tiene a su cargo ningún organismo en una revisión abierta o prevista. Elija organismos en la tabla de una revisión y desígnese como su responsable.
coordinate-corrections-heading = Correcciones propuestas
coordinate-corrections = { $count ->
    [one] { $count } corrección espera una decisión.
    [many] { $count } de correcciones esperan una decisión.
   *[other] { $count } correcciones esperan una decisión.
}
coordinate-corrections-link = Abrir la cola
coordinate-signatures = { $count ->
    [one] { $count } firma de una carta abierta espera revisión.
    [many] { $count } de firmas de cartas abiertas esperan revisión.
   *[other] { $count } firmas de cartas abiertas esperan revisión.
}
coordinate-changes-heading = Cambios recientes
coordinate-changes-link = Todos los cambios en el directorio

## Review cycles
cycle-edit-link = Editar este ciclo de revisión
cycle-edit-title = Ciclo de revisión { $cycle } de la { $reference }
cycle-edit-intro = Las fechas de la votación, el estado de la revisión y, una vez que el comité haya decidido, su decisión. Las fechas tienen el formato YYYY-MM-DD; una fecha de cierre prevista puede ser futura.
cycle-new-heading = Iniciar un ciclo de revisión
cycle-new-intro = Un ciclo se denomina según su norma y el año en que se abre su votación, por ejemplo iso-20400-2027.
cycle-new-for = Nueva revisión de la { $reference }
cycle-new-year = Año de apertura de la votación
cycle-new-open = Abrir el formulario
field-opens-on = Apertura de la votación
field-closes-on = Cierre de la votación
field-cycle-status = Estado
field-outcome = Decisión
outcome-none = Sin decisión todavía
field-decided-on = Fecha de la decisión
field-cycle-notes = Notas
edit-error-full-date = Escriba la fecha con el formato YYYY-MM-DD.
edit-error-closes-before-opens = La votación no puede cerrarse antes de abrirse.
edit-error-outcome-required = Una revisión ya decidida debe indicar su decisión.
edit-error-outcome-needs-decision = Solo una revisión ya decidida tiene decisión: cambie el estado a «Decisión tomada» o deje la decisión en blanco.
history-note = { $field }: { $note }
