# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Português europeu
# Writing direction: ltr or rtl.
locale-direction = ltr

## The letters. A formal register fit for writing to a national institution.
## Every placeable is inserted as it is, never inflected: write each sentence so that the
## form below is grammatical where it stands (an apposition, a colon or "your country"
## where your grammar would need another case or an article).
## $body: the body's full name as the body writes it (nominative).
## $acronym: its short name (nominative), or the full name when no acronym is known.
## $country: the country's name standing alone, without article (CLDR; nominative).
## $standard: the reference, invariable (ISO 20400:2017).
## $edition: the national edition's designation, invariable (NBR ISO 20400).
## $title: the standard's title as published in this language, or in English (a quotation).
## $language: the country's main language named in this language, in its dictionary form
##   (CLDR: "portugais", "polski").
## $adopted: how many national adoptions Quorum records (a number: plural categories).
## $confirmed: the date the last systematic review was completed (a formatted date).
## $deadline: the date the current ballot closes (a formatted date).
## $due_by: with no ballot open, the date the next systematic review is due by, five years
##   after the last confirmation (a formatted date).
## $has_deadline: yes (a ballot is open), due (none is; the review is due by $due_by), or
##   no (neither is known).
letter-subject-review = Pedido de voto a favor da confirmação da norma { $standard } na revisão sistemática
letter-subject-adopt = Pedido de adoção da norma { $standard } como norma nacional do vosso país, { $country }
letter-subject-translate = Pedido de publicação da norma { $standard } em { $language }
letter-subject-translate-exists = Pedido de ampla divulgação da norma { $edition }, edição em { $language } da norma { $standard }
letter-greeting = Exmos. Senhores,
letter-review-opening = Dirijo-me a V. Exas. a propósito da norma { $standard }, «{ $title }», e do voto que essa entidade, { $body }, irá emitir na respetiva revisão sistemática. Venho solicitar que esse voto seja a favor da confirmação da norma na sua forma atual.
letter-review-why = A ISO 20400 proporciona às organizações de qualquer dimensão e setor um quadro de referência comum para comprar de forma sustentável: mostra como ponderar os impactos ambientais, sociais e económicos daquilo que adquirem ao longo de toda a cadeia de abastecimento e como integrar essa ponderação nas políticas, nos processos e na prática quotidiana. Desde a sua publicação, as alterações climáticas, a economia circular, os direitos humanos e a ética empresarial passaram a ocupar o topo da agenda, e é nas cadeias de abastecimento que grande parte desse trabalho se realiza. A norma foi concebida precisamente para estas questões e continua a ser um quadro de referência sólido para lhes dar resposta.
letter-review-evidence = { $adopted ->
    [0] Na última revisão sistemática, concluída em { $confirmed }, a ISO confirmou a norma sem alterações.
    [one] Pelo menos { $adopted } organismo nacional de normalização já a adotou como norma nacional, e a última revisão sistemática, concluída em { $confirmed }, confirmou-a sem alterações.
    [many] Pelo menos { $adopted } organismos nacionais de normalização já a adotaram como norma nacional, e a última revisão sistemática, concluída em { $confirmed }, confirmou-a sem alterações.
   *[other] Pelo menos { $adopted } organismos nacionais de normalização já a adotaram como norma nacional, e a última revisão sistemática, concluída em { $confirmed }, confirmou-a sem alterações.
}
letter-review-ask = { $has_deadline ->
    [yes] A votação em curso encerra em { $deadline }. Rever a norma exigiria anos de trabalho em comité técnico, tempo que seria muito mais bem aproveitado a ajudar as organizações a aplicar as orientações que ela já contém. Por conseguinte, solicito respeitosamente que essa entidade ({ $acronym }) vote a favor da confirmação da norma { $standard }.
    [due] A próxima revisão sistemática da norma deverá estar concluída até { $due_by }. Rever a norma exigiria anos de trabalho em comité técnico, tempo que seria muito mais bem aproveitado a ajudar as organizações a aplicar as orientações que ela já contém. Por conseguinte, solicito respeitosamente que, quando a votação for aberta, essa entidade ({ $acronym }) vote a favor da confirmação da norma { $standard }.
   *[other] Rever a norma exigiria anos de trabalho em comité técnico, tempo que seria muito mais bem aproveitado a ajudar as organizações a aplicar as orientações que ela já contém. Por conseguinte, solicito respeitosamente que, quando a votação for aberta, essa entidade ({ $acronym }) vote a favor da confirmação da norma { $standard }.
}
letter-review-closing = Agradeço a atenção que V. Exas. possam dar a este pedido. Teria todo o gosto em saber qual o sentido de voto que essa entidade ({ $acronym }) tenciona adotar e em partilhar o que sei sobre a utilização da norma no país ({ $country }).
letter-adopt-opening = Venho por este meio solicitar a essa entidade, { $body }, a adoção da norma { $standard }, «{ $title }», como norma nacional do vosso país, { $country }.
letter-adopt-why = As entidades públicas e as empresas despendem uma parte considerável do rendimento nacional na aquisição de bens, empreitadas e serviços, e a forma como compram molda as condições de trabalho, as emissões e as economias locais até aos elos mais distantes das suas cadeias de abastecimento. A ISO 20400 oferece-lhes orientações acordadas internacionalmente para terem em conta esses impactos, desde a política de compras e o compromisso da gestão de topo até à seleção de fornecedores e à gestão de contratos. Aplica-se a organizações de qualquer dimensão e setor, públicas ou privadas.
letter-adopt-evidence = { $adopted ->
    [0] A ISO confirmou a norma na última revisão sistemática, concluída em { $confirmed }; trata-se, portanto, de um texto atual e estável.
    [one] Pelo menos { $adopted } organismo nacional de normalização já adotou a norma, e a ISO confirmou-a na última revisão sistemática, concluída em { $confirmed }; trata-se, portanto, de um texto atual e estável.
    [many] Pelo menos { $adopted } organismos nacionais de normalização já adotaram a norma, e a ISO confirmou-a na última revisão sistemática, concluída em { $confirmed }; trata-se, portanto, de um texto atual e estável.
   *[other] Pelo menos { $adopted } organismos nacionais de normalização já adotaram a norma, e a ISO confirmou-a na última revisão sistemática, concluída em { $confirmed }; trata-se, portanto, de um texto atual e estável.
}
letter-adopt-ask = Uma adoção nacional idêntica ao texto internacional daria aos compradores e fornecedores do país ({ $country }) uma referência reconhecida, que os cadernos de encargos dos concursos públicos e as políticas das empresas poderiam citar, e facilitaria o alinhamento com parceiros comerciais que já a utilizam. Solicito respeitosamente que essa entidade ({ $acronym }) dê início à adoção da norma { $standard } e que, se possível, a publique em { $language }.
letter-adopt-ask-in-progress = Tenho conhecimento de que essa entidade ({ $acronym }) já deu início à adoção da norma { $standard }. Uma norma nacional idêntica ao texto internacional daria aos compradores e fornecedores do país ({ $country }) uma referência reconhecida, que os cadernos de encargos dos concursos públicos e as políticas das empresas poderiam citar. Solicito respeitosamente que concluam a adoção e publiquem a norma nacional, se possível em { $language }, e que informem os potenciais utilizadores quando esta estiver disponível.
letter-adopt-closing = Agradeço a atenção que V. Exas. possam dar a este pedido. Teria todo o gosto em dar a conhecer mais pormenores sobre o interesse que a norma suscita no país ({ $country }) e em saber quais poderão ser os próximos passos.
letter-translate-opening = Venho por este meio solicitar a essa entidade, { $body }, que disponibilize a norma { $standard }, «{ $title }», em { $language }.
letter-translate-opening-exists = Dirijo-me a V. Exas. a propósito da norma { $edition }, a edição em { $language } da norma { $standard }, «{ $title }», publicada por essa entidade ({ $acronym }).
letter-translate-why = As compras sustentáveis fazem parte do trabalho diário de compradores, fornecedores, gestores de contratos e funcionários públicos, muitos dos quais só leem orientações na sua própria língua. A ISO 20400 existe nas edições oficiais da ISO em inglês e em francês e numa tradução oficial para espanhol; para quem, no país ({ $country }), trabalha em { $language }, uma edição nacional transformaria um texto internacional numa ferramenta prática, que poderia partilhar com as suas equipas e os seus fornecedores.
letter-translate-why-exists = As compras sustentáveis fazem parte do trabalho diário de compradores, fornecedores, gestores de contratos e funcionários públicos, muitos dos quais só leem orientações na sua própria língua. Com a norma { $edition }, quem, no país ({ $country }), trabalha em { $language } já dispõe da norma na sua própria língua; importa agora que saiba que ela existe e que a ponha em prática com as suas equipas e os seus fornecedores.
letter-translate-evidence = { $adopted ->
    [0] A ISO confirmou a norma na última revisão sistemática, concluída em { $confirmed }; assim, uma tradução feita agora continuará a ser útil durante muitos anos.
    [one] Pelo menos { $adopted } organismo nacional de normalização adotou a norma, e a ISO confirmou-a na última revisão sistemática, concluída em { $confirmed }; assim, uma tradução feita agora continuará a ser útil durante muitos anos.
    [many] Pelo menos { $adopted } organismos nacionais de normalização adotaram a norma, e a ISO confirmou-a na última revisão sistemática, concluída em { $confirmed }; assim, uma tradução feita agora continuará a ser útil durante muitos anos.
   *[other] Pelo menos { $adopted } organismos nacionais de normalização adotaram a norma, e a ISO confirmou-a na última revisão sistemática, concluída em { $confirmed }; assim, uma tradução feita agora continuará a ser útil durante muitos anos.
}
letter-translate-evidence-exists = { $adopted ->
    [0] A ISO confirmou a norma internacional na última revisão sistemática, concluída em { $confirmed }; assim, a norma { $edition } manter-se-á atual durante muitos anos.
    [one] Pelo menos { $adopted } organismo nacional de normalização adotou a norma, e a ISO confirmou-a na última revisão sistemática, concluída em { $confirmed }; assim, a norma { $edition } manter-se-á atual durante muitos anos.
    [many] Pelo menos { $adopted } organismos nacionais de normalização adotaram a norma, e a ISO confirmou-a na última revisão sistemática, concluída em { $confirmed }; assim, a norma { $edition } manter-se-á atual durante muitos anos.
   *[other] Pelo menos { $adopted } organismos nacionais de normalização adotaram a norma, e a ISO confirmou-a na última revisão sistemática, concluída em { $confirmed }; assim, a norma { $edition } manter-se-á atual durante muitos anos.
}
letter-translate-ask = Solicito respeitosamente que essa entidade ({ $acronym }) prepare e publique uma edição em { $language } da norma { $standard }, quer como adoção nacional, quer como tradução comercializada juntamente com o texto internacional, e que informe os potenciais utilizadores quando esta estiver disponível.
letter-translate-ask-exists = Agradeço a essa entidade ({ $acronym }) o facto de ter disponibilizado a norma { $edition } em { $language }. Solicito respeitosamente que a divulguem amplamente junto dos compradores, fornecedores e funcionários públicos do país ({ $country }) e que a mantenham em consonância com o texto internacional quando a ISO proceder à próxima revisão da norma.
letter-translate-closing = Agradeço a atenção que V. Exas. possam dar a este pedido. Uma vez publicada a tradução, terei todo o gosto em ajudar a divulgá-la no país ({ $country }).
letter-sign-off = Com os melhores cumprimentos,
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = seu organismo nacional de normalização
open-letter-generic-country = seu país
open-letter-generic-deadline = a data de encerramento da votação
open-letter-generic-committee = o comité técnico da ISO responsável pela norma
