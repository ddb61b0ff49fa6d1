# /developers: the open data API.
nav-developers = Datos abiertos y API
developers-title = Datos abiertos y API
developers-intro = Todo lo que Quorum muestra al público puede leerse mediante programas: organismos, normas, adopciones nacionales, versiones lingüísticas, revisiones, posiciones y cartas. Sin clave y sin iniciar sesión. Cada valor va acompañado de su fuente y de la fecha en que se verificó.
developers-openapi = El documento OpenAPI (openapi.json)
developers-endpoints-heading = Puntos de acceso
developers-column-path = Ruta
developers-column-what = Qué ofrece
developers-column-example = Ejemplo
developers-nsbs = Todos los organismos nacionales de normalización con sus datos de contacto, cada valor con su fuente; los filtros del directorio (q, category, region, sort), por páginas.
developers-nsb = Un organismo, por su código de país.
developers-nsbs-csv = Los mismos organismos como hoja de cálculo, con cada campo seguido de su fuente y su fecha.
developers-standards = Las normas que se siguen, con sus datos, su número de adopciones y sus versiones lingüísticas.
developers-standard = Una norma; añada .csv para obtener una hoja de cálculo.
developers-adoptions = La adopción de la norma por cada organismo, filtrada como en la página de la norma (status, category, region, sort), por páginas.
developers-adoptions-csv = Las mismas adopciones como hoja de cálculo.
developers-translations = Las versiones lingüísticas de la norma (título, tipo, editor, año, fuente); añada .csv para obtener una hoja de cálculo.
developers-reviews = Todos los ciclos de revisión sistemática, con sus fechas, su estado y su decisión.
developers-review = Una revisión: el recuento por posición y por derecho a voto, y el resultado previsto con la lista de quienes aún pueden cambiarlo.
developers-positions = La última posición de cada organismo en la revisión, filtrada como en la página de la revisión (position, voter, category, region), por páginas.
developers-positions-csv = Las mismas posiciones como hoja de cálculo.
developers-letters = Una carta a un organismo, en su idioma o en cualquier otro, lista para enviar.
developers-conventions-heading = Cómo responde la API
developers-envelope = Las respuestas JSON son un objeto: los datos bajo "data", la atribución bajo "licence" y, en las listas que pueden crecer, la página bajo "pagination". En las hojas de cálculo, cada fila termina con una columna de licencia.
developers-paging = Las listas se sirven en páginas de 50: pida otra con page=2 y hasta 500 elementos con per_page=500. Una página posterior a la última está vacía; se rechaza toda página o tamaño que no sea un número dentro del intervalo admitido.
developers-filters = Los filtros admiten los mismos valores que las direcciones de las páginas, de modo que basta con copiar la consulta de una página filtrada para convertirla en una descarga.
developers-errors = Un error es un objeto "error" con un "code" y un "message", enviado con el código de estado correspondiente (400, 404…); el mensaje está en el idioma de su cabecera Accept-Language.
developers-caching = Cada respuesta incluye un ETag y una fecha Last-Modified: reenvíelos en If-None-Match o If-Modified-Since y, si la respuesta no ha cambiado, recibirá 304 Not Modified, sin cuerpo.
developers-cors = Cualquier sitio web puede leer la API desde el navegador (CORS está abierto para GET).
developers-licence-heading = Licencia y atribución
developers-licence = Los datos de Quorum proceden de varias fuentes, cada una con sus propias condiciones; cada valor indica su fuente. Puede reutilizarlos con atribución a Quorum y a esa fuente:
developers-open-letters = Las cartas abiertas publicadas por la campaña y sus idiomas.
developers-open-letter = Una carta abierta en el idioma elegido (lang), junto a otro (second) o dirigida a un organismo (nsb).
developers-translations-api = Todos los idiomas en los que escribe Quorum: interfaz o solo cartas, qué parte del texto en inglés cubren, el estado de revisión de sus cartas y los países miembros a los que Quorum escribe primero en cada uno.

## /developers/translations
languages-title = Traducciones
languages-intro = Las páginas de Quorum están en los idiomas de la interfaz; las cartas se escriben en muchos más. Las cartas de cada idioma se redactan primero como borrador y después las lee y corrige un hablante nativo, cuyo nombre figura aquí. Cualquiera puede ayudar: el archivo locales/README.md del código fuente explica cómo.
languages-list-heading = Idiomas
languages-column-language = Idioma
languages-column-kind = Uso
languages-column-letters = Textos de las cartas
languages-column-interface = Interfaz
languages-column-review = Revisión de las cartas
languages-column-countries = Países miembros a los que Quorum escribe primero en este idioma
languages-kind-interface = Páginas y cartas
languages-kind-letters = Cartas
# $done of $total messages translated.
languages-share = { $done } de { $total }
languages-status-source = El texto original
languages-status-drafted = Aún sin revisar por un hablante nativo
# $who: the reviewer's name; $date: when.
languages-status-reviewed = Revisado por { $who } el { $date }
languages-uncovered-heading = Países a los que Quorum aún escribe en inglés
languages-uncovered-intro = El primer idioma de estos países miembros aún no tiene cartas, así que sus cartas se ofrecen primero en inglés, con un aviso:
languages-uncovered-none = Ninguno: todos los países miembros reciben sus cartas en su primer idioma.

## The embeddable widget (/embed/write) and its snippet on /developers.
embed-title = Escriba a su organismo nacional de normalización
embed-lead = Elija su país: Quorum redacta una carta formal al organismo de normalización de ese país, en su idioma, lista para enviar.
embed-country = Su país
embed-choose = Elija su país
embed-write = Escribir la carta
embed-by = Quorum: quién decide sobre las normas internacionales y cómo dirigirse a ellos
developers-embed-heading = Ponga «Escriba a su organismo de normalización» en su sitio web
developers-embed-intro = Copie este fragmento de código en una página de su sitio web. Muestra una lista de países en el idioma que indique con lang= (en, fr, pt…) y abre el editor de cartas de Quorum en una pestaña nueva. Es la única página de Quorum que otros sitios pueden insertar en un marco; no instala ninguna cookie ni ejecuta ningún script.
developers-embed-preview = Así se ve:
developers-embed-copy = Copiar el fragmento
developers-embed-copied = Fragmento copiado
developers-embed-frame-title = Escriba a su organismo nacional de normalización (Quorum)
