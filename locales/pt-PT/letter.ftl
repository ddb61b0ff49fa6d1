# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Português europeu
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
letter-subject-review = Pedido de voto a favor da confirmação da norma { $standard } na revisão sistemática
letter-subject-adopt = { $country_kind ->
    [territory] Pedido de adoção da norma { $standard } como norma de { $country }
   *[country] Pedido de adoção da norma { $standard } como norma nacional para { $country }
}
letter-subject-translate = Pedido de publicação da norma { $standard } em { $language }
letter-subject-translate-exists = Pedido de ampla divulgação da norma { $edition }, edição em { $language } da norma { $standard }
letter-greeting = Exmos. Senhores,
letter-review-opening = Dirijo-me a V. Exas. a propósito da norma { $has_title ->
    [yes] { $standard }, «{ $title }»,
   *[no] { $standard }
} e do voto que essa entidade, { $body }, irá emitir na respetiva revisão sistemática. Venho solicitar que esse voto seja a favor da confirmação da norma na sua forma atual.
letter-review-why = A ISO 20400 proporciona às organizações de qualquer dimensão e setor um quadro de referência comum para comprar de forma sustentável: mostra como ponderar os impactos ambientais, sociais e económicos daquilo que adquirem ao longo de toda a cadeia de abastecimento e como integrar essa ponderação nas políticas, nos processos e na prática quotidiana. Desde a sua publicação, as alterações climáticas, a economia circular, os direitos humanos e a ética empresarial passaram a ocupar o topo da agenda, e é nas cadeias de abastecimento que grande parte desse trabalho se realiza. A norma foi concebida precisamente para estas questões e continua a ser um quadro de referência sólido para lhes dar resposta.
letter-review-evidence = { $adopted ->
    [0] Na última revisão sistemática, concluída em { $confirmed }, a ISO confirmou a norma sem alterações.
    [one] Pelo menos { $adopted } organismo nacional de normalização já a adotou como norma nacional, e a última revisão sistemática, concluída em { $confirmed }, confirmou-a sem alterações.
    [many] Pelo menos { $adopted } de organismos nacionais de normalização já a adotaram como norma nacional, e a última revisão sistemática, concluída em { $confirmed }, confirmou-a sem alterações.
   *[other] Pelo menos { $adopted } organismos nacionais de normalização já a adotaram como norma nacional, e a última revisão sistemática, concluída em { $confirmed }, confirmou-a sem alterações.
}
letter-review-ask = { $has_deadline ->
    [yes] A votação em curso encerra em { $deadline }. Rever a norma exigiria anos de trabalho em comité técnico, tempo que seria muito mais bem aproveitado a ajudar as organizações a aplicar as orientações que ela já contém. Por conseguinte, solicito respeitosamente que essa entidade ({ $acronym }) vote a favor da confirmação da norma { $standard }.
    [due] A próxima revisão sistemática da norma deverá estar concluída até { $due_by }. Rever a norma exigiria anos de trabalho em comité técnico, tempo que seria muito mais bem aproveitado a ajudar as organizações a aplicar as orientações que ela já contém. Por conseguinte, solicito respeitosamente que, quando a votação for aberta, essa entidade ({ $acronym }) vote a favor da confirmação da norma { $standard }.
   *[other] Rever a norma exigiria anos de trabalho em comité técnico, tempo que seria muito mais bem aproveitado a ajudar as organizações a aplicar as orientações que ela já contém. Por conseguinte, solicito respeitosamente que, quando a votação for aberta, essa entidade ({ $acronym }) vote a favor da confirmação da norma { $standard }.
}
letter-review-closing = Agradeço a atenção que V. Exas. possam dar a este pedido. Teria todo o gosto em saber qual o sentido de voto que essa entidade ({ $acronym }) tenciona adotar e em partilhar o que sei sobre a utilização da norma { $in_country }.
letter-adopt-opening = Venho por este meio solicitar a essa entidade, { $body }, a adoção da norma { $has_title ->
    [yes] { $standard }, «{ $title }»,
   *[no] { $standard }
} { $country_kind ->
    [territory] como norma de { $country }.
   *[country] como norma nacional para { $country }.
}
letter-adopt-why = As entidades públicas e as empresas despendem uma parte considerável do rendimento nacional na aquisição de bens, empreitadas e serviços, e a forma como compram molda as condições de trabalho, as emissões e as economias locais até aos elos mais distantes das suas cadeias de abastecimento. A ISO 20400 oferece-lhes orientações acordadas internacionalmente para terem em conta esses impactos, desde a política de compras e o compromisso da gestão de topo até à seleção de fornecedores e à gestão de contratos. Aplica-se a organizações de qualquer dimensão e setor, públicas ou privadas.
letter-adopt-evidence = { $adopted ->
    [0] A ISO confirmou a norma na última revisão sistemática, concluída em { $confirmed }; trata-se, portanto, de um texto atual e estável.
    [one] Pelo menos { $adopted } organismo nacional de normalização já adotou a norma, e a ISO confirmou-a na última revisão sistemática, concluída em { $confirmed }; trata-se, portanto, de um texto atual e estável.
    [many] Pelo menos { $adopted } de organismos nacionais de normalização já adotaram a norma, e a ISO confirmou-a na última revisão sistemática, concluída em { $confirmed }; trata-se, portanto, de um texto atual e estável.
   *[other] Pelo menos { $adopted } organismos nacionais de normalização já adotaram a norma, e a ISO confirmou-a na última revisão sistemática, concluída em { $confirmed }; trata-se, portanto, de um texto atual e estável.
}
letter-adopt-ask = Uma adoção idêntica ao texto internacional daria aos compradores e fornecedores { $in_country } uma referência reconhecida, que os cadernos de encargos dos concursos públicos e as políticas das empresas poderiam citar, e facilitaria o alinhamento com parceiros comerciais que já a utilizam. Solicito respeitosamente que essa entidade ({ $acronym }) dê início à adoção da norma { $standard } e que, se possível, a publique em { $language }.
letter-adopt-ask-in-progress = Tenho conhecimento de que essa entidade ({ $acronym }) já deu início à adoção da norma { $standard }. Uma edição idêntica ao texto internacional daria aos compradores e fornecedores { $in_country } uma referência reconhecida, que os cadernos de encargos dos concursos públicos e as políticas das empresas poderiam citar. Solicito respeitosamente que concluam a adoção e publiquem a norma, se possível em { $language }, e que informem os potenciais utilizadores quando esta estiver disponível.
letter-adopt-closing = Agradeço a atenção que V. Exas. possam dar a este pedido. Teria todo o gosto em dar a conhecer mais pormenores sobre o interesse que a norma suscita { $in_country } e em saber quais poderão ser os próximos passos.
letter-translate-opening = Venho por este meio solicitar a essa entidade, { $body }, que disponibilize a norma { $has_title ->
    [yes] { $standard }, «{ $title }»,
   *[no] { $standard }
} em { $language }.
letter-translate-opening-exists = Dirijo-me a V. Exas. a propósito da norma { $edition }, a edição em { $language } da norma { $has_title ->
    [yes] { $standard }, «{ $title }»,
   *[no] { $standard },
} publicada por essa entidade ({ $acronym }).
letter-translate-why = As compras sustentáveis fazem parte do trabalho diário de compradores, fornecedores, gestores de contratos e funcionários públicos, muitos dos quais só leem orientações na sua própria língua. A ISO 20400 existe nas edições oficiais da ISO em inglês e em francês e numa tradução oficial para espanhol; para quem, { $in_country }, trabalha em { $language }, uma edição nacional transformaria um texto internacional numa ferramenta prática, que poderia partilhar com as suas equipas e os seus fornecedores.
letter-translate-why-exists = As compras sustentáveis fazem parte do trabalho diário de compradores, fornecedores, gestores de contratos e funcionários públicos, muitos dos quais só leem orientações na sua própria língua. Com a norma { $edition }, quem, { $in_country }, trabalha em { $language } já dispõe da norma na sua própria língua; importa agora que saiba que ela existe e que a ponha em prática com as suas equipas e os seus fornecedores.
letter-translate-evidence = { $adopted ->
    [0] A ISO confirmou a norma na última revisão sistemática, concluída em { $confirmed }; assim, uma tradução feita agora continuará a ser útil durante muitos anos.
    [one] Pelo menos { $adopted } organismo nacional de normalização adotou a norma, e a ISO confirmou-a na última revisão sistemática, concluída em { $confirmed }; assim, uma tradução feita agora continuará a ser útil durante muitos anos.
    [many] Pelo menos { $adopted } de organismos nacionais de normalização adotaram a norma, e a ISO confirmou-a na última revisão sistemática, concluída em { $confirmed }; assim, uma tradução feita agora continuará a ser útil durante muitos anos.
   *[other] Pelo menos { $adopted } organismos nacionais de normalização adotaram a norma, e a ISO confirmou-a na última revisão sistemática, concluída em { $confirmed }; assim, uma tradução feita agora continuará a ser útil durante muitos anos.
}
letter-translate-evidence-exists = { $adopted ->
    [0] A ISO confirmou a norma internacional na última revisão sistemática, concluída em { $confirmed }; assim, a norma { $edition } manter-se-á atual durante muitos anos.
    [one] Pelo menos { $adopted } organismo nacional de normalização adotou a norma, e a ISO confirmou-a na última revisão sistemática, concluída em { $confirmed }; assim, a norma { $edition } manter-se-á atual durante muitos anos.
    [many] Pelo menos { $adopted } de organismos nacionais de normalização adotaram a norma, e a ISO confirmou-a na última revisão sistemática, concluída em { $confirmed }; assim, a norma { $edition } manter-se-á atual durante muitos anos.
   *[other] Pelo menos { $adopted } organismos nacionais de normalização adotaram a norma, e a ISO confirmou-a na última revisão sistemática, concluída em { $confirmed }; assim, a norma { $edition } manter-se-á atual durante muitos anos.
}
letter-translate-ask = Solicito respeitosamente que essa entidade ({ $acronym }) prepare e publique uma edição em { $language } da norma { $standard }, quer como adoção nacional, quer como tradução comercializada juntamente com o texto internacional, e que informe os potenciais utilizadores quando esta estiver disponível.
letter-translate-ask-exists = Agradeço a essa entidade ({ $acronym }) o facto de ter disponibilizado a norma { $edition } em { $language }. Solicito respeitosamente que a divulguem amplamente junto dos compradores, fornecedores e funcionários públicos { $in_country } e que a mantenham em consonância com o texto internacional quando a ISO proceder à próxima revisão da norma.
letter-translate-closing = Agradeço a atenção que V. Exas. possam dar a este pedido. Uma vez publicada a tradução, terei todo o gosto em ajudar a divulgá-la { $in_country }.
letter-sign-off = Com os melhores cumprimentos,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = no vosso país ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = o seu organismo nacional de normalização
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = o seu país
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = no seu país
open-letter-generic-deadline = a data de encerramento da votação
open-letter-generic-committee = o comité técnico da ISO responsável pela norma
