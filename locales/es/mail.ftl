# E-mail: the messages Quorum sends (subjects, bodies, footers), the alert forms and
# pages, and the outbox as admins see it. Placeables are plain text; $what is a phrase
# from the alert-what-* messages, $label a standard's reference or a body's acronym
# with its country.

## Every message

mail-footer = Enviado por Quorum, que sigue cómo deciden los organismos nacionales de normalización sobre las normas ISO.
mail-unsubscribe = Dejar de recibir estos correos
mail-link-action = Establecer su contraseña
mail-link-ignore = Si no esperaba este mensaje, ignórelo: no ocurrirá nada a menos que se utilice el enlace.

## Invitations and password resets (the admin's language)

mail-invite-subject = Su invitación a Quorum
mail-invite-body = { $hours ->
    [one] Un administrador le ha invitado a registrar lo que los coordinadores averiguan sobre los organismos nacionales de normalización. Elija una contraseña para abrir su cuenta. El enlace solo puede usarse una vez y es válido durante { $hours } hora.
    [many] Un administrador le ha invitado a registrar lo que los coordinadores averiguan sobre los organismos nacionales de normalización. Elija una contraseña para abrir su cuenta. El enlace solo puede usarse una vez y es válido durante { $hours } de horas.
   *[other] Un administrador le ha invitado a registrar lo que los coordinadores averiguan sobre los organismos nacionales de normalización. Elija una contraseña para abrir su cuenta. El enlace solo puede usarse una vez y es válido durante { $hours } horas.
}
mail-reset-subject = Restablezca su contraseña de Quorum
mail-reset-body = { $hours ->
    [one] Un administrador ha generado un enlace para establecer una nueva contraseña para su cuenta. Solo puede usarse una vez y es válido durante { $hours } hora; al usarlo, se cierran todas las demás sesiones.
    [many] Un administrador ha generado un enlace para establecer una nueva contraseña para su cuenta. Solo puede usarse una vez y es válido durante { $hours } de horas; al usarlo, se cierran todas las demás sesiones.
   *[other] Un administrador ha generado un enlace para establecer una nueva contraseña para su cuenta. Solo puede usarse una vez y es válido durante { $hours } horas; al usarlo, se cierran todas las demás sesiones.
}

## Co-signatures

mail-signature-subject = Confirme su firma: { $title }
mail-signature-body = { $hours ->
    [one] Ha firmado la carta abierta «{ $title }». Su firma contará en cuanto la confirme, y un coordinador la revisará antes de publicarla. El enlace es válido durante { $hours } hora; pasado ese plazo, se eliminarán la firma y su dirección.
    [many] Ha firmado la carta abierta «{ $title }». Su firma contará en cuanto la confirme, y un coordinador la revisará antes de publicarla. El enlace es válido durante { $hours } de horas; pasado ese plazo, se eliminarán la firma y su dirección.
   *[other] Ha firmado la carta abierta «{ $title }». Su firma contará en cuanto la confirme, y un coordinador la revisará antes de publicarla. El enlace es válido durante { $hours } horas; pasado ese plazo, se eliminarán la firma y su dirección.
}
mail-signature-action = Confirmar mi firma
signature-thanks-confirm = Gracias. Le hemos enviado un correo electrónico: su firma contará en cuanto la confirme mediante el enlace de ese mensaje.
signature-email-hint-confirm = Necesaria para confirmar su firma; nunca se muestra ni se comparte.
signature-confirm-title = Confirme su firma
signature-confirm-lead = Pulse el botón para confirmar su firma de la carta abierta. Después, un coordinador la revisará antes de publicarla.
signature-confirm-button = Confirmar mi firma
signature-confirm-invalid = Este enlace ya no es válido: ya se ha utilizado o ha caducado. Si lo desea, vuelva a firmar la carta.
signature-confirmed = Su firma está confirmada. Se publicará cuando un coordinador la haya revisado.

## Alerts

alert-heading = Alertas por correo electrónico
alert-intro-standard = Reciba un correo electrónico cuando cambien las revisiones o las adopciones de esta norma.
alert-intro-body = Reciba un correo electrónico cuando cambie la ficha pública de este organismo.
alert-intro-review = Reciba un recordatorio 7 días y 1 día antes del cierre de esta votación.
alert-email = Su dirección de correo electrónico
alert-email-hint = Primero le enviamos un enlace de confirmación; cada mensaje incluye un enlace para cancelar las alertas y eliminar su dirección.
alert-button = Enviarme alertas
alert-button-review = Recordármelo
alert-no-mail = Este sitio no envía correos electrónicos. Use el calendario o el canal de arriba para seguir estos datos.
alert-sent = Revise su bandeja de entrada: le hemos enviado un enlace de confirmación. No se le enviará nada más hasta que lo utilice.
alert-error-no-mail = Este sitio no envía correos electrónicos.
alert-error-too-many = Se han solicitado demasiadas alertas desde esta conexión o para esta dirección. Inténtelo de nuevo más tarde.
alert-what-standard = las revisiones y las adopciones de la { $label }
alert-what-body = la ficha pública de { $label }
alert-what-review = los recordatorios del cierre de la votación de { $label }
alert-label-review = la revisión sistemática de la { $reference }
alert-page-title = Su alerta por correo electrónico
alert-page-lead = Alertas sobre { $what }, enviadas a { $email }.
alert-state-confirmed = Confirmada: recibe estas alertas.
alert-state-waiting = Aún sin confirmar: no se envía nada hasta que la confirme.
alert-confirm-button = Confirmar mi alerta
alert-confirmed = Su alerta está confirmada.
alert-unsubscribe-button = Cancelar y eliminar mi dirección
alert-privacy = Quorum conserva su dirección solo para esta alerta. Si la cancela, la dirección se elimina.
alert-unsubscribe-title = Dejar de recibir estos correos
alert-unsubscribe-lead = Pulse el botón para dejar de recibir estos correos. Su dirección se eliminará de inmediato.
alert-unsubscribed = Hecho: ya no recibirá estos correos, y su dirección se ha eliminado.
alert-unknown = Este enlace ya no es válido: la alerta ya se había cancelado.

## The messages of an alert

mail-alert-confirm-subject = Confirme su alerta: { $what }
mail-alert-confirm-body = Alguien, probablemente usted, ha pedido a Quorum alertas por correo electrónico sobre { $what }. Confírmelo para empezar a recibirlas.
mail-alert-confirm-action = Confirmar mi alerta
mail-alert-confirm-ignore = Si no lo ha pedido usted, ignore este mensaje: no se enviará nada más y la dirección no se utilizará.
mail-reminder-subject = { $days ->
    [0] La votación se cierra hoy: { $reference }
    [one] La votación se cierra mañana: { $reference }
    [many] La votación se cierra dentro de { $days } de días: { $reference }
   *[other] La votación se cierra dentro de { $days } días: { $reference }
}
mail-reminder-body = La votación de la revisión sistemática de la { $reference } se cierra el { $date }. Todavía puede escribir a los organismos nacionales que aún no han decidido.
mail-reminder-action = Ver la revisión y quién puede decidir todavía
mail-changes-subject = { $count ->
    [one] Un cambio: { $what }
    [many] { $count } de cambios: { $what }
   *[other] { $count } cambios: { $what }
}
mail-changes-body = { $count ->
    [one] Hay un cambio nuevo en { $what }:
    [many] Hay { $count } de cambios nuevos en { $what }:
   *[other] Hay { $count } cambios nuevos en { $what }:
}

## The coordinators' weekly digest

mail-digest-subject = Quorum: su resumen de la semana
mail-digest-intro = Lo que requiere atención esta semana.
mail-digest-no-reviews = No hay ninguna revisión abierta ni prevista.
mail-digest-closes = { $days ->
    [0] la votación se cierra el { $date } (hoy)
    [one] la votación se cierra el { $date } (mañana)
    [many] la votación se cierra el { $date } (dentro de { $days } de días)
   *[other] la votación se cierra el { $date } (dentro de { $days } días)
}
mail-digest-closes-unknown = fecha de cierre desconocida
mail-digest-review = { $reference }: { $closing }; organismos miembros sin contactar: { $not_contacted }; etapas del proceso sin cambios desde hace tres semanas: { $stale }
mail-digest-queues = Pendiente: correcciones propuestas ({ $corrections }) y firmas por revisar ({ $signatures }).
mail-digest-action = Abrir el panel de los coordinadores

## Admins

accounts-link-mailed = El enlace se ha enviado por correo electrónico a esa dirección.
mail-admin-heading = Correo electrónico
mail-admin-enabled = El correo electrónico está configurado: las invitaciones, los restablecimientos de contraseña, las confirmaciones de firma de cartas abiertas, las alertas y el resumen semanal se envían a través de la bandeja de salida.
mail-admin-disabled = El correo electrónico no está configurado (QUORUM_SMTP_URL no está definido): los enlaces se muestran aquí para que usted los envíe, las firmas de cartas abiertas no requieren confirmación y no se ofrecen alertas.
mail-admin-counts = Bandeja de salida — en espera: { $queued }; enviados: { $sent }; con error: { $failed }.
mail-admin-kind = Tipo
mail-admin-status = Estado
mail-admin-attempts = Intentos
mail-admin-when = Fecha
mail-admin-error = Último error
mail-status-queued = en espera
mail-status-sent = enviado
mail-status-failed = con error

## The digest on the account page

digest-heading = Resumen semanal
digest-on = Recibe el resumen semanal por correo electrónico los lunes.
digest-off = No recibe el resumen semanal.
digest-turn-on = Enviarme el resumen semanal
digest-turn-off = Dejar de recibir el resumen semanal
digest-no-mail = Este sitio no envía correos electrónicos, por lo que no hay resumen semanal.
