# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Português
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
letter-subject-review = Solicitação de voto pela confirmação de { $standard } na análise sistemática
letter-subject-adopt = Solicitação de adoção de { $standard } como norma nacional ({ $country })
letter-subject-translate = Solicitação de publicação de { $standard } em { $language }
letter-subject-translate-exists = Solicitação de ampla divulgação de { $edition }, a edição em { $language } da norma { $standard }
letter-greeting = Prezado(a) Senhor(a),
letter-review-opening = Dirijo-me a essa entidade, { $body }, a respeito da norma { $standard }, “{ $title }”, e do voto que lhe cabe na análise sistemática desse documento. Venho solicitar que esse voto seja pela confirmação da norma na sua forma atual.
letter-review-why = A ISO 20400 oferece a organizações de todos os portes e setores um referencial comum para comprar de forma sustentável: mostra como ponderar os impactos ambientais, sociais e econômicos do que adquirem ao longo de toda a cadeia de suprimentos e como incorporar essa avaliação às políticas, aos processos e à prática cotidiana. Desde a sua publicação, as mudanças climáticas, a economia circular, os direitos humanos e a ética empresarial passaram a ocupar o topo da agenda, e é nas cadeias de suprimentos que boa parte desse trabalho se realiza. A norma foi elaborada justamente para essas questões e continua a ser um referencial sólido para enfrentá-las.
letter-review-evidence = { $adopted ->
    [0] Na última análise sistemática da norma, concluída em { $confirmed }, a ISO a confirmou sem alterações.
    [one] Pelo menos { $adopted } organismo nacional de normalização já a adotou como norma nacional, e a última análise sistemática da norma, concluída em { $confirmed }, confirmou-a sem alterações.
    [many] Pelo menos { $adopted } organismos nacionais de normalização já a adotaram como norma nacional, e a última análise sistemática da norma, concluída em { $confirmed }, confirmou-a sem alterações.
   *[other] Pelo menos { $adopted } organismos nacionais de normalização já a adotaram como norma nacional, e a última análise sistemática da norma, concluída em { $confirmed }, confirmou-a sem alterações.
}
letter-review-ask = { $has_deadline ->
    [yes] A votação em curso será encerrada em { $deadline }. Revisar a norma exigiria anos de trabalho em comitê, tempo que seria muito mais bem aproveitado se dedicado a ajudar as organizações a aplicar as diretrizes que ela já oferece. Por esse motivo, solicito respeitosamente que a entidade { $acronym } vote pela confirmação da norma { $standard }.
    [due] A próxima análise sistemática da norma deve ocorrer até { $due_by }. Revisar a norma exigiria anos de trabalho em comitê, tempo que seria muito mais bem aproveitado se dedicado a ajudar as organizações a aplicar as diretrizes que ela já oferece. Por esse motivo, solicito respeitosamente que, quando a votação for aberta, a entidade { $acronym } vote pela confirmação da norma { $standard }.
   *[other] Revisar a norma exigiria anos de trabalho em comitê, tempo que seria muito mais bem aproveitado se dedicado a ajudar as organizações a aplicar as diretrizes que ela já oferece. Por esse motivo, solicito respeitosamente que, quando a votação for aberta, a entidade { $acronym } vote pela confirmação da norma { $standard }.
}
letter-review-closing = Agradeço a atenção dispensada a este pedido. Teria satisfação em saber como a entidade { $acronym } pretende votar e em compartilhar o que sei sobre o uso da norma no país ({ $country }).
letter-adopt-opening = Dirijo-me a essa entidade, { $body }, para solicitar a adoção da norma { $standard }, “{ $title }”, como norma nacional ({ $country }).
letter-adopt-why = Órgãos públicos e empresas destinam uma parcela expressiva da renda nacional à aquisição de bens, obras e serviços, e a forma como compram influencia as condições de trabalho, as emissões e as economias locais até os elos mais distantes das suas cadeias de suprimentos. A ISO 20400 oferece-lhes diretrizes acordadas internacionalmente para levar esses impactos em conta, desde a política de compras e o comprometimento da alta direção até a seleção de fornecedores e a gestão de contratos. Aplica-se a organizações de qualquer porte e setor, públicas ou privadas.
letter-adopt-evidence = { $adopted ->
    [0] A ISO confirmou a norma na última análise sistemática, concluída em { $confirmed }; trata-se, portanto, de um texto atual e estável.
    [one] Pelo menos { $adopted } organismo nacional de normalização já adotou a norma, e a ISO a confirmou na última análise sistemática, concluída em { $confirmed }; trata-se, portanto, de um texto atual e estável.
    [many] Pelo menos { $adopted } organismos nacionais de normalização já adotaram a norma, e a ISO a confirmou na última análise sistemática, concluída em { $confirmed }; trata-se, portanto, de um texto atual e estável.
   *[other] Pelo menos { $adopted } organismos nacionais de normalização já adotaram a norma, e a ISO a confirmou na última análise sistemática, concluída em { $confirmed }; trata-se, portanto, de um texto atual e estável.
}
letter-adopt-ask = Uma adoção nacional idêntica ao texto internacional daria aos compradores e fornecedores do país ({ $country }) uma referência reconhecida, que editais de compras públicas e políticas empresariais poderiam citar, além de facilitar o alinhamento com parceiros comerciais que já a utilizam. Solicito respeitosamente que a entidade { $acronym } dê início à adoção da norma { $standard } e que, se possível, a publique em { $language }.
letter-adopt-ask-in-progress = Tenho conhecimento de que a entidade { $acronym } já deu início à adoção da norma { $standard }. Uma norma nacional idêntica ao texto internacional daria aos compradores e fornecedores do país ({ $country }) uma referência reconhecida, que editais de compras públicas e políticas empresariais poderiam citar. Solicito respeitosamente que a entidade { $acronym } conclua a adoção e publique a norma nacional, se possível em { $language }, e que informe os seus potenciais usuários quando ela estiver disponível.
letter-adopt-closing = Agradeço a atenção dispensada a este pedido. Teria satisfação em apresentar mais detalhes sobre o interesse pela norma no país ({ $country }) e em conhecer os próximos passos possíveis.
letter-translate-opening = Dirijo-me a essa entidade, { $body }, para solicitar que a norma { $standard }, “{ $title }”, seja disponibilizada em { $language }.
letter-translate-opening-exists = Dirijo-me a essa entidade, { $acronym }, a respeito da norma { $edition }, edição em { $language } da norma internacional { $standard }, “{ $title }”, por ela publicada.
letter-translate-why = As compras sustentáveis fazem parte do trabalho diário de compradores, fornecedores, gestores de contratos e agentes públicos, muitos dos quais só leem orientações no próprio idioma. A ISO 20400 existe nas edições oficiais da ISO em inglês e em francês e numa tradução oficial para o espanhol; para quem, no país ({ $country }), trabalha em { $language }, uma edição nacional transformaria um texto internacional numa ferramenta prática, que poderia ser compartilhada com equipes e fornecedores.
letter-translate-why-exists = As compras sustentáveis fazem parte do trabalho diário de compradores, fornecedores, gestores de contratos e agentes públicos, muitos dos quais só leem orientações no próprio idioma. Com a norma { $edition }, quem, no país ({ $country }), trabalha em { $language } já dispõe desse texto no próprio idioma; o que importa agora é que saiba que ele existe e o coloque em prática com suas equipes e fornecedores.
letter-translate-evidence = { $adopted ->
    [0] A ISO confirmou a norma na última análise sistemática, concluída em { $confirmed }; assim, uma tradução feita agora continuará útil por muitos anos.
    [one] Pelo menos { $adopted } organismo nacional de normalização adotou a norma, e a ISO a confirmou na última análise sistemática, concluída em { $confirmed }; assim, uma tradução feita agora continuará útil por muitos anos.
    [many] Pelo menos { $adopted } organismos nacionais de normalização adotaram a norma, e a ISO a confirmou na última análise sistemática, concluída em { $confirmed }; assim, uma tradução feita agora continuará útil por muitos anos.
   *[other] Pelo menos { $adopted } organismos nacionais de normalização adotaram a norma, e a ISO a confirmou na última análise sistemática, concluída em { $confirmed }; assim, uma tradução feita agora continuará útil por muitos anos.
}
letter-translate-evidence-exists = { $adopted ->
    [0] A ISO confirmou a norma internacional na última análise sistemática, concluída em { $confirmed }; assim, a norma { $edition } continuará atual por muitos anos.
    [one] Pelo menos { $adopted } organismo nacional de normalização adotou a norma, e a ISO a confirmou na última análise sistemática, concluída em { $confirmed }; assim, a norma { $edition } continuará atual por muitos anos.
    [many] Pelo menos { $adopted } organismos nacionais de normalização adotaram a norma, e a ISO a confirmou na última análise sistemática, concluída em { $confirmed }; assim, a norma { $edition } continuará atual por muitos anos.
   *[other] Pelo menos { $adopted } organismos nacionais de normalização adotaram a norma, e a ISO a confirmou na última análise sistemática, concluída em { $confirmed }; assim, a norma { $edition } continuará atual por muitos anos.
}
letter-translate-ask = Solicito respeitosamente que a entidade { $acronym } prepare e publique uma edição em { $language } da norma { $standard }, seja como adoção nacional, seja como tradução comercializada juntamente com o texto internacional, e que informe os seus potenciais usuários quando ela estiver disponível.
letter-translate-ask-exists = Agradeço à entidade { $acronym } por ter disponibilizado a norma { $edition } em { $language }. Solicito respeitosamente que essa edição seja amplamente divulgada entre compradores, fornecedores e agentes públicos do país ({ $country }) e que seja mantida em consonância com o texto internacional na próxima revisão da norma pela ISO.
letter-translate-closing = Agradeço a atenção dispensada a este pedido. Uma vez publicada a tradução, terei satisfação em ajudar a divulgá-la no país ({ $country }).
letter-sign-off = Atenciosamente,
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = seu organismo nacional de normalização
open-letter-generic-country = seu país
open-letter-generic-deadline = a data de encerramento da votação
open-letter-generic-committee = o comitê da ISO responsável pela norma
