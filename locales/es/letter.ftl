# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Español
# Writing direction: ltr or rtl.
locale-direction = ltr

## The letters. A formal register fit for writing to a national institution.
## Placeables: $body (the body's full name), $acronym (short name, or full name when no
## acronym is known), $country, $standard (ISO 20400:2017), $title (the standard's title in
## this language when an official one is recorded, otherwise in English), $language (the
## country's main language, in this language), $adopted (how many national adoptions
## Quorum records), $confirmed (date the last systematic review was completed),
## $deadline (date the current ballot closes), $due_by (no ballot open: the date the next
## systematic review is due, five years after the last confirmation) and $has_deadline
## (yes: a ballot is open; due: none is, the review is due by $due_by; no: neither is known).
letter-subject-review = Solicitud de voto a favor de la confirmación de { $standard } en su revisión sistemática
letter-subject-adopt = Solicitud de adopción de { $standard } como norma nacional de { $country }
letter-subject-translate = Solicitud de publicación de { $standard } en { $language }
letter-subject-translate-exists = Solicitud de amplia difusión de { $edition }, la edición en { $language } de la norma { $standard }
letter-greeting = Estimados señores:
letter-review-opening = Me dirijo a ustedes en relación con la norma { $standard }, «{ $title }», y con el voto que { $body } emitirá en su revisión sistemática. Quisiera solicitarles que voten a favor de confirmar la norma en su forma actual.
letter-review-why = La norma ISO 20400 ofrece a organizaciones de todos los tamaños y sectores un marco común para comprar de forma sostenible: explica cómo valorar los efectos ambientales, sociales y económicos de sus compras a lo largo de toda la cadena de suministro y cómo incorporar esa valoración a sus políticas, sus procesos y su práctica diaria. Desde su publicación, el cambio climático, la economía circular, los derechos humanos y la ética empresarial han pasado a ocupar un lugar prioritario en la agenda, y es en las cadenas de suministro donde se lleva a cabo buena parte de ese trabajo. La norma se concibió precisamente para estas cuestiones y sigue siendo un marco sólido para abordarlas.
letter-review-evidence = { $adopted ->
    [0] En su última revisión sistemática, concluida el { $confirmed }, ISO confirmó la norma sin cambios.
    [one] Al menos { $adopted } organismo nacional de normalización la ha adoptado como norma nacional, y su última revisión sistemática, concluida el { $confirmed }, la confirmó sin cambios.
    [many] Al menos { $adopted } de organismos nacionales de normalización la han adoptado como norma nacional, y su última revisión sistemática, concluida el { $confirmed }, la confirmó sin cambios.
   *[other] Al menos { $adopted } organismos nacionales de normalización la han adoptado como norma nacional, y su última revisión sistemática, concluida el { $confirmed }, la confirmó sin cambios.
}
letter-review-ask = { $has_deadline ->
    [yes] La votación en curso se cierra el { $deadline }. Revisar la norma exigiría años de trabajo en comité, un tiempo mucho mejor empleado en ayudar a las organizaciones a aplicar las orientaciones que ya ofrece. Por ello, solicito respetuosamente a { $acronym } que vote a favor de confirmar la norma { $standard }.
    [due] La próxima revisión sistemática de la norma debe realizarse a más tardar el { $due_by }. Revisar la norma exigiría años de trabajo en comité, un tiempo mucho mejor empleado en ayudar a las organizaciones a aplicar las orientaciones que ya ofrece. Por ello, solicito respetuosamente a { $acronym } que, cuando se abra la votación, vote a favor de confirmar la norma { $standard }.
   *[other] Revisar la norma exigiría años de trabajo en comité, un tiempo mucho mejor empleado en ayudar a las organizaciones a aplicar las orientaciones que ya ofrece. Por ello, solicito respetuosamente a { $acronym } que, cuando se abra la votación, vote a favor de confirmar la norma { $standard }.
}
letter-review-closing = Les agradezco la atención que presten a esta solicitud. Me complacería conocer la intención de voto de { $acronym } y compartir con ustedes lo que sé sobre el uso de la norma en { $country }.
letter-adopt-opening = Me dirijo a ustedes para solicitar a { $body } que adopte la norma { $standard }, «{ $title }», como norma nacional de { $country }.
letter-adopt-why = Los organismos públicos y las empresas destinan una parte considerable de la renta nacional a la adquisición de bienes, obras y servicios, y su manera de comprar influye en las condiciones laborales, en las emisiones y en las economías locales hasta los eslabones más lejanos de sus cadenas de suministro. La norma ISO 20400 les ofrece orientaciones acordadas internacionalmente para tener en cuenta estos efectos, desde la política de compras y el compromiso de la dirección hasta la selección de proveedores y la gestión de los contratos. Es aplicable a organizaciones de cualquier tamaño y sector, tanto públicas como privadas.
letter-adopt-evidence = { $adopted ->
    [0] ISO confirmó la norma en su última revisión sistemática, concluida el { $confirmed }, por lo que se trata de un texto vigente y estable.
    [one] Al menos { $adopted } organismo nacional de normalización ya la ha adoptado, e ISO la confirmó en su última revisión sistemática, concluida el { $confirmed }, por lo que se trata de un texto vigente y estable.
    [many] Al menos { $adopted } de organismos nacionales de normalización ya la han adoptado, e ISO la confirmó en su última revisión sistemática, concluida el { $confirmed }, por lo que se trata de un texto vigente y estable.
   *[other] Al menos { $adopted } organismos nacionales de normalización ya la han adoptado, e ISO la confirmó en su última revisión sistemática, concluida el { $confirmed }, por lo que se trata de un texto vigente y estable.
}
letter-adopt-ask = Una adopción nacional idéntica al texto internacional proporcionaría a compradores y proveedores de { $country } una referencia reconocida que podría citarse en licitaciones públicas y en políticas empresariales, y facilitaría la armonización con los socios comerciales que ya la utilizan. Solicito respetuosamente a { $acronym } que inicie el proceso de adopción de la norma { $standard } y, en la medida de lo posible, que la publique en { $language }.
letter-adopt-ask-in-progress = Tengo entendido que { $acronym } ya ha iniciado el proceso de adopción de la norma { $standard }. Una norma nacional idéntica al texto internacional proporcionaría a compradores y proveedores de { $country } una referencia reconocida que podría citarse en licitaciones públicas y en políticas empresariales. Solicito respetuosamente a { $acronym } que culmine el proceso de adopción y publique la norma nacional, en la medida de lo posible en { $language }, y que informe a sus posibles usuarios en cuanto esté disponible.
letter-adopt-closing = Les agradezco la atención que presten a esta solicitud. Me complacería tener la oportunidad de exponerles con más detalle el interés que suscita la norma en { $country } y conocer cuáles podrían ser los próximos pasos.
letter-translate-opening = Me dirijo a ustedes para solicitar a { $body } que ponga a disposición la norma { $standard }, «{ $title }», en { $language }.
letter-translate-opening-exists = Me dirijo a ustedes en relación con la norma { $edition }, edición en { $language } de la norma internacional { $standard }, «{ $title }», publicada por { $acronym }.
letter-translate-why = Las compras sostenibles forman parte del trabajo diario de compradores, proveedores, gestores de contratos y funcionarios públicos, muchos de los cuales solo leen documentos de orientación en su propio idioma. La norma ISO 20400 existe en las ediciones oficiales de ISO en inglés y en francés, así como en una traducción oficial al español; para las personas de { $country } que trabajan en { $language }, una edición nacional convertiría un texto internacional en una herramienta práctica que podrían compartir con sus equipos y sus proveedores.
letter-translate-why-exists = Las compras sostenibles forman parte del trabajo diario de compradores, proveedores, gestores de contratos y funcionarios públicos, muchos de los cuales solo leen documentos de orientación en su propio idioma. Con la norma { $edition }, las personas de { $country } que trabajan en { $language } ya cuentan con este texto en su propio idioma; lo importante ahora es que sepan que existe y lo pongan en práctica con sus equipos y sus proveedores.
letter-translate-evidence = { $adopted ->
    [0] ISO confirmó la norma en su última revisión sistemática, concluida el { $confirmed }, de modo que una traducción realizada ahora seguirá siendo útil durante años.
    [one] Al menos { $adopted } organismo nacional de normalización la ha adoptado, e ISO la confirmó en su última revisión sistemática, concluida el { $confirmed }, de modo que una traducción realizada ahora seguirá siendo útil durante años.
    [many] Al menos { $adopted } de organismos nacionales de normalización la han adoptado, e ISO la confirmó en su última revisión sistemática, concluida el { $confirmed }, de modo que una traducción realizada ahora seguirá siendo útil durante años.
   *[other] Al menos { $adopted } organismos nacionales de normalización la han adoptado, e ISO la confirmó en su última revisión sistemática, concluida el { $confirmed }, de modo que una traducción realizada ahora seguirá siendo útil durante años.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO confirmó la norma internacional en su última revisión sistemática, concluida el { $confirmed }, de modo que la norma { $edition } seguirá vigente durante años.
    [one] Al menos { $adopted } organismo nacional de normalización la ha adoptado, e ISO la confirmó en su última revisión sistemática, concluida el { $confirmed }, de modo que la norma { $edition } seguirá vigente durante años.
    [many] Al menos { $adopted } de organismos nacionales de normalización la han adoptado, e ISO la confirmó en su última revisión sistemática, concluida el { $confirmed }, de modo que la norma { $edition } seguirá vigente durante años.
   *[other] Al menos { $adopted } organismos nacionales de normalización la han adoptado, e ISO la confirmó en su última revisión sistemática, concluida el { $confirmed }, de modo que la norma { $edition } seguirá vigente durante años.
}
letter-translate-ask = Solicito respetuosamente a { $acronym } que prepare y publique una edición en { $language } de la norma { $standard }, ya sea como adopción nacional o como traducción comercializada junto con el texto internacional, y que informe a sus posibles usuarios en cuanto esté disponible.
letter-translate-ask-exists = Agradezco a { $acronym } que haya puesto a disposición la norma { $edition } en { $language }. Les solicito respetuosamente que la den a conocer ampliamente entre compradores, proveedores y funcionarios públicos de { $country }, y que la mantengan en consonancia con el texto internacional cuando ISO vuelva a revisar la norma.
letter-translate-closing = Les agradezco la atención que presten a esta solicitud. Una vez publicada la traducción, con mucho gusto contribuiré a darla a conocer en { $country }.
letter-sign-off = Atentamente,
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = su organismo nacional de normalización
open-letter-generic-country = su país
open-letter-generic-deadline = la fecha de cierre de la votación
open-letter-generic-committee = el comité de ISO responsable de la norma
