## Site frame
app-name = Quorum
page-title = { $page } · Quorum
# What search engines and link previews show under a page's title (meta description).
site-description = Quorum sigue a los organismos nacionales de normalización: adopciones de normas, idiomas en que existen, votos en las revisiones sistemáticas de ISO y cartas en su idioma.
meta-body = { $body } ({ $country }): contacto, categoría de miembro de ISO, adopciones y posiciones en revisiones, con fuente y fecha, y una carta para escribirle.
meta-standard = { $reference }: qué organismos nacionales de normalización la han adoptado, en qué idiomas existe y sus revisiones sistemáticas.
meta-review = Revisión sistemática de la { $reference }: posición registrada de cada organismo nacional de normalización, resultado previsto y quién puede aún cambiarlo.
meta-open-letter = Una carta abierta a los organismos nacionales de normalización: léala, fírmela o envíela al organismo de su país.
skip-to-content = Saltar al contenido
nav-label = Navegación principal
nav-home = Inicio
nav-directory = Organismos de normalización
language-switcher-label = Idioma
footer-provenance = Cada dato indica su fuente y la fecha de su última verificación. Un campo en blanco significa que el dato se desconoce; nunca se rellena con suposiciones.
footer-licence = Quorum es software libre. Datos de contacto procedentes de las páginas de miembros de iso.org (extracción de StanDat, 2021/22), de ISO Open Data (2026) y de las demás fuentes indicadas junto a cada valor.
loading = Cargando…
back-to-directory = Volver al directorio
breadcrumb-label = Ruta de navegación

## Errors
error-not-found = No hemos encontrado esa página.
error-invalid-input = Parte de los datos introducidos no se ha podido utilizar. Revíselos e inténtelo de nuevo.
error-storage = Quorum no ha podido leer sus datos en este momento. Inténtelo de nuevo dentro de unos instantes.
error-transport = La solicitud no ha llegado a Quorum. Compruebe su conexión e inténtelo de nuevo.
error-body-too-large = Esta solicitud es demasiado grande para Quorum (más de { $size } KB). Acorte lo que ha introducido e inténtelo de nuevo.
not-found-title = Página no encontrada
not-found-body = No hay ninguna página en esta dirección. Si ha seguido un enlace a un organismo de normalización, es posible que el código de país esté mal escrito: los códigos tienen dos letras, como BR para Brasil.
not-found-standard = Quorum no sigue ninguna norma en esta dirección. La dirección de una norma lleva su número, como /standards/iso-20400 para la ISO 20400; la lista muestra todas las normas que sigue Quorum.
not-found-review = Quorum no tiene ninguna revisión en esta dirección. La dirección de una revisión indica su norma y su año, como /reviews/iso-20400-2022; la lista muestra todas las revisiones que registra Quorum.
not-found-open-letter = No hay ninguna carta abierta publicada en esta dirección. Puede que se haya retirado o que aún no se haya publicado; la lista muestra todas las cartas abiertas.

## Home
home-title = Encuentre su organismo nacional de normalización
home-heading = Encuentre su organismo nacional de normalización y exponga sus argumentos
home-intro = Quorum recoge todos los organismos nacionales de normalización miembros de ISO, con sus datos de contacto y la procedencia de cada dato. Ayuda a quienes promueven normas como la ISO 20400 sobre compras sostenibles a dirigirse al organismo que toma las decisiones en su país.
search-label = País, código u organismo de normalización
search-placeholder = p. ej., Brasil, BR, ABNT
search-button = Buscar
home-stats-heading = Miembros de ISO en el directorio
home-stats-total = { $count ->
    [one] { $count } organismo de normalización en el directorio, por categoría de miembro de ISO:
    [many] { $count } de organismos de normalización en el directorio, por categoría de miembro de ISO:
   *[other] { $count } organismos de normalización en el directorio, por categoría de miembro de ISO:
}
home-browse-all = Ver todos los organismos de normalización
home-next-heading = Qué puede hacer ahora
home-step-find = Encuentre el organismo de normalización de su país con el buscador de arriba.
home-step-write = Escriba al organismo
home-step-write-note = — Quorum redacta la carta en el idioma del organismo, con su dirección.
home-step-review = La próxima revisión:
home-review-closes = — la votación se cierra el { $date }.
home-review-undated = — aún no consta la fecha de cierre de la votación.
home-step-no-review = En este momento no hay ninguna revisión abierta ni prevista.
home-step-reviews-link = Ver todas las revisiones

## ISO membership categories
category-member-body = Organismo miembro
category-correspondent = Miembro corresponsal
category-subscriber = Miembro suscriptor
category-unknown = Categoría desconocida
category-member-body-count = { $count ->
    [one] organismo miembro
    [many] de organismos miembros
   *[other] organismos miembros
}
category-correspondent-count = { $count ->
    [one] miembro corresponsal
    [many] de miembros corresponsales
   *[other] miembros corresponsales
}
category-subscriber-count = { $count ->
    [one] miembro suscriptor
    [many] de miembros suscriptores
   *[other] miembros suscriptores
}
category-unknown-count = { $count ->
    [one] organismo cuya categoría no consta en ninguna fuente
    [many] de organismos cuya categoría no consta en ninguna fuente
   *[other] organismos cuya categoría no consta en ninguna fuente
}
category-member-body-rights = Tiene voto sobre las normas ISO y puede adoptarlas y venderlas en su país.
category-correspondent-rights = Participa como observador, sin voto, y puede adoptar y vender normas ISO en su país.
category-subscriber-rights = Se mantiene informado de la labor de ISO; no vota, ni adopta ni vende normas ISO.
category-unknown-note = Ninguna de nuestras fuentes indica todavía la categoría de estos organismos.

## Directory
directory-title = Organismos de normalización
directory-heading = Organismos nacionales de normalización
directory-intro = Busque por el nombre del país en cualquier idioma, por el código de país ISO, por la sigla o por el nombre del organismo. Elija un organismo para ver cómo ponerse en contacto con él.
filter-category = Categoría ISO
filter-category-all = Todas las categorías
filter-region = Región
filter-region-all = Todas las regiones
filter-apply = Mostrar resultados
search-truncated = Su búsqueda era larga, por lo que solo se han utilizado sus primeros 100 caracteres.
directory-count = { $total ->
    [one] Resultados: { $shown } de { $total } organismo de normalización.
    [many] Resultados: { $shown } de { $total } de organismos de normalización.
   *[other] Resultados: { $shown } de { $total } organismos de normalización.
}
directory-no-match = Ningún organismo de normalización coincide con su búsqueda. Revise la ortografía, pruebe con el código de dos letras del país o borre los filtros.
directory-clear-filters = Borrar la búsqueda y los filtros
column-country = País
column-acronym = Sigla
column-body-name = Organismo de normalización
column-category = Categoría ISO
column-region = Región

## Body page
body-page-title = { $body } – { $country }
body-name-with-acronym = { $name } ({ $acronym })
contact-line = { $label }: { $value }
value-unknown = no consta
field-source-dated = Fuente: { $source }, a fecha de { $date }
field-source-undated = Fuente: { $source } (fecha no registrada)
body-name-unknown = Se desconoce el nombre del organismo de normalización
field-body-name-en = Nombre en inglés
field-body-name-native = Nombre en el idioma nacional
field-acronym = Sigla
field-country = País
field-category = Categoría de miembro de ISO
dataset-note = Nota del conjunto de datos:
field-website = Sitio web
field-email = Correo electrónico
field-phone = Teléfono
field-fax = Fax
field-address = Dirección postal
field-iso-member-id = Identificador de miembro de ISO
card-footnote = Los datos de contacto cambian. Antes de enviar una carta importante, compruébelos en el sitio web del propio organismo.
copy-contact = Copiar contacto
contact-copied = Contacto copiado
download-vcard = Descargar vCard
write-letter = Escribir a este organismo
write-letter-hint = Quorum redacta una carta formal a { $body } en su idioma, lista para copiar, enviar por correo electrónico o imprimir.

## Letter composer page
nav-letters = Escribir una carta
letters-title = Escribir a un organismo de normalización
letters-heading = Escribir a un organismo nacional de normalización
letters-intro = Elija el organismo, lo que desea solicitar y el idioma. Quorum redacta una carta formal que puede copiar, enviar por correo electrónico, descargar o imprimir.
letters-privacy = Su nombre y sus datos solo se utilizan para completar la carta. Quorum no los guarda; solo se incluyen en el enlace si usted lo solicita más abajo.
letter-field-recipient = Organismo de normalización
letter-field-recipient-choose = Elija un país
letter-field-purpose = Qué solicita la carta
letter-purpose-review = Votar a favor de confirmar la norma en su revisión sistemática
letter-purpose-adopt = Adoptar la norma como norma nacional
letter-purpose-translate = Publicar la norma en el idioma nacional
letter-purpose-suggested = Opción sugerida para este organismo, según lo que Quorum tiene registrado sobre él.
letter-field-language = Idioma de la carta
letter-language-automatic = Idioma principal del país
letter-field-second-language = Segundo idioma, en paralelo (opcional)
letter-second-language-none = Ninguno
letter-language-default = De forma predeterminada se usa el idioma principal de { $country } si Quorum dispone de cartas en ese idioma; de lo contrario, el inglés.
# $language: the country's first language, named in the page's language.
letter-language-missing = Quorum aún no dispone de cartas en { $language }, por lo que esta carta está en inglés. Puede elegir otro idioma para ella en «Idioma de la carta».
# $language: the letter's language, in its own name.
letter-drafted-notice = Esta traducción ({ $language }) aún no ha sido revisada por un hablante nativo.
letter-drafted-help = Ayude a revisarla.
letter-sender-heading = Sobre usted (todo opcional)
letter-field-sender-name = Su nombre
letter-field-organisation = Organización
letter-field-role = Cargo o puesto
letter-field-city = Ciudad
letter-field-email = Su dirección de correo electrónico
letter-field-personal = Un párrafo con sus propias palabras
letter-field-personal-hint = Por qué es importante para usted o para su organización. Se incluye en la carta tal como lo escriba y en el idioma en que lo escriba.
letter-field-share-details = Incluir también mi nombre y mis datos en el enlace
letter-field-limit = Máximo { $max } caracteres.
letter-update = Actualizar la carta
letter-preview-heading = Su carta
letter-preview-live = La carta se actualiza a medida que escribe.
letter-to = Destinatario: { $recipient }
letter-subject = Asunto: { $subject }
letter-copy = Copiar la carta
letter-copied = Carta copiada
letter-mailto = Abrir en mi programa de correo
letter-mailto-no-address = No consta ninguna dirección de correo electrónico de este organismo, por lo que la carta no puede abrirse en su programa de correo. Puede copiarla o descargarla.
letter-mailto-too-long = Esta carta genera un enlace de { $length } caracteres, más de lo que admiten algunos programas de correo. Si el mensaje llega incompleto, copie la carta y péguela en un correo nuevo.
letter-download = Descargar como texto
letter-print = Versión para imprimir
letter-share = Enlace a esta carta
letter-share-hint = Abre el editor de cartas con el mismo organismo, el mismo propósito y los mismos idiomas. No se guarda nada en el servidor de Quorum.
letter-facts-heading = Datos en los que se basa la carta
letter-fact-adopted = { $count ->
    [one] { $count } adopción nacional de la { $standard } registrada en Quorum.
    [many] { $count } de adopciones nacionales de la { $standard } registradas en Quorum.
   *[other] { $count } adopciones nacionales de la { $standard } registradas en Quorum.
}
letter-fact-confirmed = Última revisión sistemática concluida el { $date }: norma confirmada.
letter-fact-ballot = La votación de la revisión sistemática se cierra el { $date }.
letter-fact-no-ballot = No consta ninguna votación de revisión abierta, por lo que la carta no indica fecha de cierre.
letter-fact-title = Título utilizado: { $title }
letter-choose-body = Elija un organismo de normalización más arriba para ver su carta.

## Letter input errors. $field is the label of the field.
letter-error-too-long = { $field }: máximo { $max } caracteres, por favor. Este texto tiene { $length }.
letter-error-control = { $field }: utilice una sola línea, sin tabulaciones ni caracteres de control.
letter-error-email = Su dirección de correo electrónico debe tener un formato como nombre@example.org.
letter-error-purpose = Elija qué solicita la carta: confirmar la norma en la revisión, adoptarla o traducirla.
letter-error-language = Quorum no dispone de cartas en ese idioma; elija uno de la lista.
letter-error-body = No hay ningún organismo de normalización con ese código de país; elija uno de la lista.
letter-error-summary = La carta no se ha actualizado. Corrija lo que se indica a continuación.

## Print page
letter-print-title = Carta a { $body }
letter-print-back = Volver al editor de cartas
letter-print-button = Imprimir
letter-print-hint = Se imprime en tamaño A4. Firme a mano encima de su nombre.
letter-signature-line = Firma

## Accounts. The public never needs one; coordinators and admins sign in to record data.
nav-sign-in = Coordinadores: iniciar sesión
nav-account = Su cuenta
nav-signed-in-as = Sesión iniciada como
signin-title = Iniciar sesión
signin-heading = Iniciar sesión en Quorum
signin-intro = Los coordinadores y administradores inician sesión para registrar lo que averiguan sobre los organismos de normalización. Cualquier otra persona puede utilizar Quorum sin cuenta.
signin-email = Dirección de correo electrónico
signin-password = Contraseña
signin-submit = Iniciar sesión
signin-already = Ya ha iniciado sesión como { $email }.
account-title = Su cuenta
account-heading = Su cuenta
account-signed-in-as = Sesión iniciada como { $email } ({ $role }).
account-sign-out = Cerrar sesión
account-sign-in-needed = Esta página es para coordinadores y administradores. Inicie sesión primero.
account-go-sign-in = Ir a la página de inicio de sesión
role-admin = administrador
role-coordinator = coordinador
error-unauthorized = Inicie sesión primero.
error-forbidden = Su cuenta no tiene permiso para realizar esta acción.
error-bad-credentials = La dirección de correo electrónico o la contraseña no son correctas.
error-busy = Quorum está ocupado comprobando otros inicios de sesión. No se ha comprobado nada; vuelva a intentarlo en unos segundos.
error-rate-limited = { $minutes ->
    [one] Demasiados intentos fallidos. Inténtelo de nuevo dentro de { $minutes } minuto.
    [many] Demasiados intentos fallidos. Inténtelo de nuevo dentro de { $minutes } de minutos.
   *[other] Demasiados intentos fallidos. Inténtelo de nuevo dentro de { $minutes } minutos.
}
error-cross-origin = Esta solicitud procede de otro sitio web, por lo que Quorum no la ha ejecutado.

## Editing the directory (coordinators) and the record's history
nav-changes = Cambios recientes
edit-link = Editar esta ficha
edit-title = Editar { $body }
edit-heading = Editar la ficha de { $body }
edit-intro = Modifique lo que haya verificado y deje en blanco los campos cuyo dato se desconozca. Cada cambio se guarda con la fuente y la fecha que usted indique, y aparece en el historial de la ficha.
edit-source = Fuente de los nuevos valores
edit-source-hint = Una dirección web o una breve descripción, como «sitio web de ABNT, página de contacto».
edit-as-of = Fecha en que los verificó
edit-save = Guardar los cambios
edit-category-unknown = Desconocida
edit-saved = Sus cambios se han guardado.
edit-error-too-long = Máximo { $max } caracteres, por favor.
edit-error-control = Utilice una sola línea, sin tabulaciones ni caracteres de control.
edit-error-email = Escriba las direcciones de correo electrónico con un formato como nombre@example.org, separadas por punto y coma.
edit-error-website = Escriba una dirección web como www.example.org.
edit-error-category = Elija una de las categorías de miembro de ISO.
edit-error-source-required = Indique de dónde proceden los nuevos valores.
edit-error-date = Escriba la fecha con el formato YYYY-MM-DD; no puede ser una fecha futura.
edit-error-no-change = No se ha cambiado nada, por lo que no se ha guardado nada.
error-invalid-fields = Hay campos que deben corregirse, por lo que no se ha guardado nada. Consulte los mensajes que aparecen junto a ellos.
error-edit-conflict = Otra persona ha modificado esta ficha mientras usted la editaba, por lo que no se ha guardado nada. Los cambios de esa persona se indican a continuación; vuelva a cargar la página para editar la versión más reciente.
edit-conflict-field = { $field }: ahora { $value }
history-heading = Historial de esta ficha
history-empty = No hay cambios desde que se importó el conjunto de datos.
history-entry = { $field }: { $before } → { $after }
history-by = { $date }, por { $who }
history-by-coordinator = un coordinador
history-source = Fuente: { $source }; datos verificados el { $date }
changes-title = Cambios recientes
changes-heading = Cambios recientes en el directorio
changes-filter-nsb = Código de país
changes-filter-field = Campo
changes-filter-who = Correo electrónico del coordinador
changes-filter-any = Cualquier campo
changes-apply = Filtrar
changes-empty = Ningún cambio coincide con estos filtros.

## Corrections from the public, and the coordinators' queue
report-heading = Proponer una corrección
report-intro = ¿Hay aquí algún dato erróneo o desactualizado? Indíquenos el valor correcto y de dónde procede. Un coordinador lo revisa antes de publicarlo. No necesita cuenta.
report-field = Campo que desea corregir
report-value = El valor correcto (déjelo en blanco si debe figurar «no consta»)
report-source = De dónde procede el dato
report-source-hint = Una dirección web o una breve descripción, como «sitio web de ABNT, página de contacto».
report-email = Su dirección de correo electrónico (opcional; solo si acepta que un coordinador le consulte al respecto)
report-submit = Enviar la corrección
report-thanks = Gracias. Un coordinador revisará su corrección antes de publicarla.
report-error-too-many = Ha enviado varias correcciones en poco tiempo. Inténtelo de nuevo dentro de una hora.
report-error-field = Elija el campo que desea corregir.
corrections-title = Correcciones
corrections-heading = Correcciones propuestas por el público
corrections-open-count = { $count ->
    [one] { $count } corrección pendiente de revisión por parte de un coordinador.
    [many] { $count } de correcciones pendientes de revisión por parte de un coordinador.
   *[other] { $count } correcciones pendientes de revisión por parte de un coordinador.
}
corrections-empty = No hay correcciones pendientes. ¡Gracias!
corrections-current = Valor actual: { $value }
corrections-proposed = Valor propuesto: { $value }
corrections-source = Fuente indicada: { $source }
corrections-reporter = Propuesta el { $date } por { $email }
corrections-reporter-anonymous = Propuesta el { $date }, sin dirección de correo electrónico
corrections-accept = Aceptar
corrections-edit-accept = Editar y aceptar
corrections-reject = Rechazar
corrections-reason = Motivo del rechazo
corrections-error-reason = Indique el motivo del rechazo.
corrections-error-closed = Otra persona ya ha tramitado esta corrección.
corrections-accepted = La corrección se ha aplicado y ha quedado registrada en el historial.
corrections-rejected = La corrección se ha rechazado.

## Managing accounts (admins) and one-time links
nav-accounts = Gestionar cuentas
accounts-title = Cuentas
accounts-heading = Coordinadores y administradores
accounts-intro = { $hours ->
    [one] Invite a otras personas mediante su dirección de correo electrónico: Quorum genera un enlace de un solo uso que usted deberá enviarles personalmente. El enlace solo puede usarse una vez y es válido durante { $hours } hora.
    [many] Invite a otras personas mediante su dirección de correo electrónico: Quorum genera un enlace de un solo uso que usted deberá enviarles personalmente. El enlace solo puede usarse una vez y es válido durante { $hours } de horas.
   *[other] Invite a otras personas mediante su dirección de correo electrónico: Quorum genera un enlace de un solo uso que usted deberá enviarles personalmente. El enlace solo puede usarse una vez y es válido durante { $hours } horas.
}
accounts-email = Dirección de correo electrónico
accounts-role = Rol
accounts-status-active = activa
accounts-status-disabled = desactivada
accounts-invite = Generar un enlace de invitación
accounts-link-invite = { $hours ->
    [one] Enlace de invitación para { $email } (envíelo usted; solo puede usarse una vez y es válido durante { $hours } hora):
    [many] Enlace de invitación para { $email } (envíelo usted; solo puede usarse una vez y es válido durante { $hours } de horas):
   *[other] Enlace de invitación para { $email } (envíelo usted; solo puede usarse una vez y es válido durante { $hours } horas):
}
accounts-link-reset = { $hours ->
    [one] Enlace para restablecer la contraseña de { $email } (envíelo usted; solo puede usarse una vez y es válido durante { $hours } hora):
    [many] Enlace para restablecer la contraseña de { $email } (envíelo usted; solo puede usarse una vez y es válido durante { $hours } de horas):
   *[other] Enlace para restablecer la contraseña de { $email } (envíelo usted; solo puede usarse una vez y es válido durante { $hours } horas):
}
accounts-disable = Desactivar
accounts-enable = Reactivar
accounts-reset = Generar un enlace para restablecer la contraseña
accounts-you = (usted)
accounts-error-self = No puede desactivar su propia cuenta.
accounts-error-exists = Ya existe una cuenta con esta dirección de correo electrónico.
invitation-title = Establezca su contraseña
invitation-heading-invite = Le damos la bienvenida a Quorum
invitation-heading-reset = Elija una nueva contraseña
invitation-intro = { $min ->
    [one] Establezca una contraseña para { $email } ({ $role }). Debe tener al menos { $min } carácter.
    [many] Establezca una contraseña para { $email } ({ $role }). Debe tener al menos { $min } de caracteres.
   *[other] Establezca una contraseña para { $email } ({ $role }). Debe tener al menos { $min } caracteres.
}
invitation-password = Nueva contraseña
invitation-password-again = Repita la contraseña
invitation-submit = Guardar la contraseña e iniciar sesión
invitation-error-invalid = Este enlace ya no es válido: ya se ha utilizado o ha caducado. Pida uno nuevo a un administrador.
invitation-error-mismatch = Las dos contraseñas no coinciden.
invitation-error-short = { $min ->
    [one] La contraseña debe tener al menos { $min } carácter.
    [many] La contraseña debe tener al menos { $min } de caracteres.
   *[other] La contraseña debe tener al menos { $min } caracteres.
}

## Sources: each cited source's kind, shown after its name.
source-kind-official = (oficial)
source-kind-secondary = (secundaria)
source-kind-derived = (deducida por Quorum)
source-secondary-only = Solo fuentes secundarias: ni ISO ni el organismo lo han confirmado.
source-separator = {"; "}
directory-relevance = Primero aparecen los resultados más pertinentes. Para ordenar por una columna, seleccione su encabezado.

## Pages of a long list
pager-label = Páginas
pager-previous = Página anterior
pager-next = Página siguiente
# $page and $pages are numbers.
pager-position = Página { $page } de { $pages }

## The composer's facts: the review deadline Quorum derives, the owner committee
# $date is a formatted date.
letter-fact-due-by = No hay ninguna votación de revisión abierta; el plazo de la próxima revisión sistemática vence el { $date } (fecha deducida por Quorum: cinco años después de la última confirmación; ISO puede abrirla antes). La carta no indica fecha de cierre.
# $committee is a committee's reference, such as ISO/TMBG.
letter-fact-committee = Comité responsable: { $committee }.

## A body's category against ISO's committee data
# $count is a number of committees, $committees some of their references, $recorded the recorded category.
category-evidence = { $count ->
    [one] Según los datos de comités de ISO, este organismo es miembro P de un comité ({ $committees }); solo los organismos miembros pueden ser miembros P, pero la categoría registrada es «{ $recorded }».
    [many] Según los datos de comités de ISO, este organismo es miembro P de { $count } de comités ({ $committees }…); solo los organismos miembros pueden ser miembros P, pero la categoría registrada es «{ $recorded }».
   *[other] Según los datos de comités de ISO, este organismo es miembro P de { $count } comités ({ $committees }…); solo los organismos miembros pueden ser miembros P, pero la categoría registrada es «{ $recorded }».
}
category-evidence-confirm = Registrarlo como organismo miembro, con esta prueba como fuente
