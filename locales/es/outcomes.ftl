# After the letter: advocates tell what happened (no account), coordinators decide on
# their reports, and everyone sees the counts. $body is a body's acronym with its
# country ("ABNT (Brazil)"); $date a formatted date; $answer one of the
# outcome-stance-* phrases.

## "I sent it"

outcome-sent-heading = ¿Ha enviado la carta?
outcome-sent-intro = Avísenos cuando haya enviado su carta: se sumará a las cartas dirigidas a este organismo y recibirá un enlace privado para contarnos más adelante qué le respondieron. No se guarda nada de lo que escribió.
outcome-sent-email = Su dirección de correo electrónico (opcional)
outcome-sent-email-hint = Le enviaremos el enlace privado una sola vez por correo electrónico y no guardaremos la dirección.
outcome-sent-button = Ya la he enviado
outcome-error-too-many = Se han enviado demasiados informes desde esta conexión en la última hora. Inténtelo de nuevo más tarde.
outcome-error-closed = Este informe ya no se puede modificar: un coordinador ya lo ha tenido en cuenta.
outcome-error-no-position = Este informe no contiene ninguna respuesta que pueda registrarse como posición.

## The advocate's private page

outcome-title = Su carta y la respuesta
outcome-new = Gracias. Esta página es su enlace privado: guárdelo para avisarnos cuando el organismo responda. Cualquier persona que tenga el enlace puede modificar el informe.
outcome-copy = Copiar el enlace
outcome-copied = Enlace copiado
outcome-thanks = Gracias: su informe ha llegado a los coordinadores.
outcome-sent-on = Envió su carta a { $body } el { $date }.
outcome-replied-on = Respuesta del { $date }: { $answer }
outcome-reply-heading = El organismo ha respondido
outcome-reply-intro = ¿Qué dijo el organismo que hará en la revisión? Su informe llega a los coordinadores, nunca al público: el público solo ve cuántas cartas se enviaron y cuántas recibieron respuesta.
outcome-reply-stance = La respuesta del organismo
outcome-reply-text = Lo que escribió el organismo (opcional)
outcome-reply-text-hint = Solo lo leen los coordinadores; nunca se publica.
outcome-reply-button = Enviar la respuesta
outcome-unknown = Este enlace no es válido.
outcome-stance-confirm = el organismo votará a favor de confirmar la norma
outcome-stance-revise = el organismo votará a favor de revisar la norma
outcome-stance-withdraw = el organismo votará a favor de anular la norma
outcome-stance-undecided = el organismo aún no ha decidido
outcome-stance-no-answer = sin indicación de voto

## Coordinators

outcome-reports-heading = Informes del público
outcome-reports-intro = Lo que contaron quienes escribieron a este organismo. Fiabilidad baja: registre una posición solo si la respuesta es creíble; el informe pasa a ser su fuente.
outcome-reports-decided = El informe se ha tenido en cuenta.
outcome-reports-none = En esta revisión, nadie ha informado todavía de ninguna carta a este organismo.
outcome-reports-no-reply = sin respuesta comunicada
outcome-via-letter = Carta del editor de cartas
outcome-via-open-letter = Carta abierta
outcome-status-open = pendiente de decisión
outcome-status-recorded = registrado como posición
outcome-status-dismissed = descartado
outcome-reports-open = { $count ->
    [one] un informe pendiente de decisión
    [many] { $count } de informes pendientes de decisión
   *[other] { $count } informes pendientes de decisión
}
outcome-record-button = Registrar como posición (intención, fiabilidad baja)
outcome-dismiss-button = Descartar

## Public counts

outcome-counts-heading = Cartas a los organismos
outcome-counts = { $letters ->
    [one] Una carta iniciada
    [many] { $letters } de cartas iniciadas
   *[other] { $letters } cartas iniciadas
}, { $sent ->
    [one] un envío comunicado
    [many] { $sent } de envíos comunicados
   *[other] { $sent } envíos comunicados
}, { $replies ->
    [one] una respuesta
    [many] { $replies } de respuestas
   *[other] { $replies } respuestas
}.
outcome-counts-hint = Cartas iniciadas en el editor de cartas de Quorum mientras la revisión estaba abierta, y lo que nos contaron después quienes las escribieron. Solo se publican cifras: quién escribió y qué escribió no se hace público.
outcome-counts-country = País
outcome-counts-letters = Cartas iniciadas
outcome-counts-sent = Envíos comunicados
outcome-counts-replies = Respuestas

## E-mail

mail-outcome-subject = Su enlace privado: la carta a { $body }
mail-outcome-body = Gracias por escribir a { $body }. Cuando le respondan, utilice este enlace para contarnos qué le dijeron. No lo comparta: cualquier persona que lo tenga puede modificar el informe.
mail-outcome-action = Comunicar la respuesta

## The letters layer of a review's map

outcome-map-description = Mapa mundial: cada país aparece coloreado según las cartas que los usuarios de Quorum iniciaron o comunicaron como enviadas a su organismo nacional en esta revisión.
outcome-map-layer = Colorear el mapa según
outcome-map-positions = las posiciones
outcome-map-letters = las cartas
outcome-map-bucket-0 = ninguna carta
outcome-map-bucket-1 = 1 o 2 cartas
outcome-map-bucket-2 = de 3 a 9 cartas
outcome-map-bucket-3 = 10 cartas o más
