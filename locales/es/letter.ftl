# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Español
# Writing direction: ltr or rtl.
locale-direction = ltr

## The letters. A formal register fit for writing to a national institution.
## Every placeable is inserted as it is, never inflected: each note below says the form
## (case, article) the value comes in. Write each sentence so that this form is
## grammatical where it stands; where your grammar needs another case, use the placeable
## made for it ($in_country) or a construction that takes the form as it is (an
## apposition, a colon).
## $body: the body's full name as the body writes it (nominative, no article added).
## $acronym: its short name (nominative), or the full name when no acronym is known.
## $country: the country as it stands in a sentence, nominative, with the article your
##   language puts before it ("the United Kingdom", "Brazil"; countries.ftl).
## $in_country: "in <the country>", preposition and case included ("in the United
##   Kingdom"; countries.ftl, attribute .in). Use it for every "in <country>".
## $country_kind: country, or territory for Hong Kong and Macao, which are not states:
##   never call what a territory publishes a *national* standard.
## $standard: the reference, invariable (ISO 20400:2017).
## $edition: the national edition's designation, invariable (NBR ISO 20400).
## $title: the standard's title as published in this language (a quotation); blank when
##   no title in this language is recorded: then $has_title is no, and the letter names
##   the standard by $standard alone (never a title in another language).
## $has_title: yes or no.
## $language: the country's main language named in this language, in its dictionary form
##   (CLDR: "portugais", "polski"): write "the { $language } language" style
##   constructions where your grammar would inflect it.
## $adopted: how many national adoptions Quorum records (a number: plural categories).
## $confirmed: the date the last systematic review was completed (a formatted date, as it
##   stands after "on": French "1er mars 2027").
## $deadline: the date the current ballot closes (a formatted date).
## $due_by: with no ballot open, the date the next systematic review is due by, five years
##   after the last confirmation (a formatted date).
## $has_deadline: yes (a ballot is open), due (none is; the review is due by $due_by), or
##   no (neither is known).
letter-subject-review = Solicitud de voto a favor de la confirmación de la norma { $standard } en su revisión sistemática
letter-subject-adopt = { $country_kind ->
    [territory] Solicitud de adopción de la norma { $standard } como norma de { $country }
   *[country] Solicitud de adopción de la norma { $standard } como norma nacional para { $country }
}
letter-subject-translate = Solicitud de publicación de la norma { $standard } en { $language }
letter-subject-translate-exists = Solicitud de amplia difusión de la norma { $edition }, edición en { $language } de la norma { $standard }
letter-greeting = Estimados señores:
letter-review-opening = Me dirijo a ustedes en relación con la norma { $has_title ->
    [yes] { $standard }, «{ $title }»,
   *[no] { $standard }
} y con el voto que ese organismo, { $body }, emitirá en su revisión sistemática. Quisiera solicitarles que voten a favor de confirmar la norma en su forma actual.
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
letter-review-closing = Les agradezco la atención que presten a esta solicitud. Me complacería conocer la intención de voto de { $acronym } y compartir con ustedes lo que sé sobre el uso de la norma { $in_country }.
letter-adopt-opening = Me dirijo a ustedes para solicitar a ese organismo, { $body }, que adopte la norma { $has_title ->
    [yes] { $standard }, «{ $title }»,
   *[no] { $standard }
} { $country_kind ->
    [territory] como norma de { $country }.
   *[country] como norma nacional para { $country }.
}
letter-adopt-why = Los organismos públicos y las empresas destinan una parte considerable de la renta nacional a la adquisición de bienes, obras y servicios, y su manera de comprar influye en las condiciones laborales, en las emisiones y en las economías locales hasta los eslabones más lejanos de sus cadenas de suministro. La norma ISO 20400 les ofrece orientaciones acordadas internacionalmente para tener en cuenta estos efectos, desde la política de compras y el compromiso de la dirección hasta la selección de proveedores y la gestión de los contratos. Es aplicable a organizaciones de cualquier tamaño y sector, tanto públicas como privadas.
letter-adopt-evidence = { $adopted ->
    [0] ISO confirmó la norma en su última revisión sistemática, concluida el { $confirmed }, por lo que se trata de un texto vigente y estable.
    [one] Al menos { $adopted } organismo nacional de normalización ya la ha adoptado, e ISO la confirmó en su última revisión sistemática, concluida el { $confirmed }, por lo que se trata de un texto vigente y estable.
    [many] Al menos { $adopted } de organismos nacionales de normalización ya la han adoptado, e ISO la confirmó en su última revisión sistemática, concluida el { $confirmed }, por lo que se trata de un texto vigente y estable.
   *[other] Al menos { $adopted } organismos nacionales de normalización ya la han adoptado, e ISO la confirmó en su última revisión sistemática, concluida el { $confirmed }, por lo que se trata de un texto vigente y estable.
}
letter-adopt-ask = Una adopción idéntica al texto internacional proporcionaría a compradores y proveedores { $in_country } una referencia reconocida que podría citarse en licitaciones públicas y en políticas empresariales, y facilitaría la armonización con los socios comerciales que ya la utilizan. Solicito respetuosamente a { $acronym } que inicie el proceso de adopción de la norma { $standard } y, en la medida de lo posible, que la publique en { $language }.
letter-adopt-ask-in-progress = Tengo entendido que { $acronym } ya ha iniciado el proceso de adopción de la norma { $standard }. Una edición idéntica al texto internacional proporcionaría a compradores y proveedores { $in_country } una referencia reconocida que podría citarse en licitaciones públicas y en políticas empresariales. Solicito respetuosamente a { $acronym } que culmine el proceso de adopción y publique la norma, en la medida de lo posible en { $language }, y que informe a sus posibles usuarios en cuanto esté disponible.
letter-adopt-closing = Les agradezco la atención que presten a esta solicitud. Me complacería tener la oportunidad de exponerles con más detalle el interés que suscita la norma { $in_country } y conocer cuáles podrían ser los próximos pasos.
letter-translate-opening = Me dirijo a ustedes para solicitar a ese organismo, { $body }, que ponga la norma { $has_title ->
    [yes] { $standard }, «{ $title }»,
   *[no] { $standard }
} a disposición de sus usuarios en { $language }.
letter-translate-opening-exists = Me dirijo a ustedes en relación con la norma { $edition }, edición en { $language } de la norma internacional { $has_title ->
    [yes] { $standard }, «{ $title }»,
   *[no] { $standard },
} publicada por { $acronym }.
letter-translate-why = Las compras sostenibles forman parte del trabajo diario de compradores, proveedores, gestores de contratos y funcionarios públicos, muchos de los cuales solo leen documentos de orientación en su propio idioma. La norma ISO 20400 existe en las ediciones oficiales de ISO en inglés y en francés, así como en una traducción oficial al español; para las personas que, { $in_country }, trabajan en { $language }, una edición nacional convertiría un texto internacional en una herramienta práctica que podrían compartir con sus equipos y sus proveedores.
letter-translate-why-exists = Las compras sostenibles forman parte del trabajo diario de compradores, proveedores, gestores de contratos y funcionarios públicos, muchos de los cuales solo leen documentos de orientación en su propio idioma. Con la norma { $edition }, las personas que, { $in_country }, trabajan en { $language } ya cuentan con este texto en su propio idioma; lo importante ahora es que sepan que existe y lo pongan en práctica con sus equipos y sus proveedores.
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
letter-translate-ask-exists = Agradezco a { $acronym } que haya puesto a disposición la norma { $edition } en { $language }. Les solicito respetuosamente que la den a conocer ampliamente entre compradores, proveedores y funcionarios públicos { $in_country }, y que la mantengan en consonancia con el texto internacional cuando ISO vuelva a revisar la norma.
letter-translate-closing = Les agradezco la atención que presten a esta solicitud. Una vez publicada la traducción, con mucho gusto contribuiré a darla a conocer { $in_country }.
letter-sign-off = Atentamente,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = en su país ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = su organismo nacional de normalización
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = su país
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = en su país
open-letter-generic-deadline = la fecha de cierre de la votación
open-letter-generic-committee = el comité de ISO responsable de la norma
