# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Português
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
letter-subject-review = Solicitação de voto pela confirmação da norma { $standard } na análise sistemática
letter-subject-adopt = { $country_kind ->
    [territory] Solicitação de adoção da norma { $standard } como norma de { $country }
   *[country] Solicitação de adoção da norma { $standard } como norma nacional para { $country }
}
letter-subject-translate = Solicitação de publicação da norma { $standard } em { $language }
letter-subject-translate-exists = Solicitação de ampla divulgação da norma { $edition }, edição em { $language } da norma { $standard }
letter-greeting = Prezados Senhores,
letter-review-opening = Dirijo-me a essa entidade, { $body }, a respeito da norma { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} e do voto que lhe cabe na análise sistemática desse documento. Venho solicitar que esse voto seja pela confirmação da norma na sua forma atual.
letter-review-why = A ISO 20400 oferece a organizações de todos os portes e setores um referencial comum para comprar de forma sustentável: mostra como ponderar os impactos ambientais, sociais e econômicos do que adquirem ao longo de toda a cadeia de suprimentos e como incorporar essa avaliação às políticas, aos processos e à prática cotidiana. Desde a sua publicação, as mudanças climáticas, a economia circular, os direitos humanos e a ética empresarial passaram a ocupar o topo da agenda, e é nas cadeias de suprimentos que boa parte desse trabalho se realiza. A norma foi elaborada justamente para essas questões e continua a ser um referencial sólido para enfrentá-las.
letter-review-evidence = { $adopted ->
    [0] Na última análise sistemática da norma, concluída em { $confirmed }, a ISO a confirmou sem alterações.
    [one] Pelo menos { $adopted } organismo nacional de normalização já a adotou como norma nacional, e a última análise sistemática da norma, concluída em { $confirmed }, confirmou-a sem alterações.
    [many] Pelo menos { $adopted } de organismos nacionais de normalização já a adotaram como norma nacional, e a última análise sistemática da norma, concluída em { $confirmed }, confirmou-a sem alterações.
   *[other] Pelo menos { $adopted } organismos nacionais de normalização já a adotaram como norma nacional, e a última análise sistemática da norma, concluída em { $confirmed }, confirmou-a sem alterações.
}
letter-review-ask = { $has_deadline ->
    [yes] A votação em curso será encerrada em { $deadline }. Revisar a norma exigiria anos de trabalho em comitê, tempo que seria muito mais bem aproveitado se dedicado a ajudar as organizações a aplicar as diretrizes que ela já oferece. Por esse motivo, solicito respeitosamente que a entidade { $acronym } vote pela confirmação da norma { $standard }.
    [due] A próxima análise sistemática da norma deve ocorrer até { $due_by }. Revisar a norma exigiria anos de trabalho em comitê, tempo que seria muito mais bem aproveitado se dedicado a ajudar as organizações a aplicar as diretrizes que ela já oferece. Por esse motivo, solicito respeitosamente que, quando a votação for aberta, a entidade { $acronym } vote pela confirmação da norma { $standard }.
   *[other] Revisar a norma exigiria anos de trabalho em comitê, tempo que seria muito mais bem aproveitado se dedicado a ajudar as organizações a aplicar as diretrizes que ela já oferece. Por esse motivo, solicito respeitosamente que, quando a votação for aberta, a entidade { $acronym } vote pela confirmação da norma { $standard }.
}
letter-review-closing = Agradeço a atenção dispensada a este pedido. Teria satisfação em saber como a entidade { $acronym } pretende votar e em compartilhar o que sei sobre o uso da norma { $in_country }.
letter-adopt-opening = Dirijo-me a essa entidade, { $body }, para solicitar a adoção da norma { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} { $country_kind ->
    [territory] como norma de { $country }.
   *[country] como norma nacional para { $country }.
}
letter-adopt-why = Órgãos públicos e empresas destinam uma parcela expressiva da renda nacional à aquisição de bens, obras e serviços, e a forma como compram influencia as condições de trabalho, as emissões e as economias locais até os elos mais distantes das suas cadeias de suprimentos. A ISO 20400 oferece-lhes diretrizes acordadas internacionalmente para levar esses impactos em conta, desde a política de compras e o comprometimento da alta direção até a seleção de fornecedores e a gestão de contratos. Aplica-se a organizações de qualquer porte e setor, públicas ou privadas.
letter-adopt-evidence = { $adopted ->
    [0] A ISO confirmou a norma na última análise sistemática, concluída em { $confirmed }; trata-se, portanto, de um texto atual e estável.
    [one] Pelo menos { $adopted } organismo nacional de normalização já adotou a norma, e a ISO a confirmou na última análise sistemática, concluída em { $confirmed }; trata-se, portanto, de um texto atual e estável.
    [many] Pelo menos { $adopted } de organismos nacionais de normalização já adotaram a norma, e a ISO a confirmou na última análise sistemática, concluída em { $confirmed }; trata-se, portanto, de um texto atual e estável.
   *[other] Pelo menos { $adopted } organismos nacionais de normalização já adotaram a norma, e a ISO a confirmou na última análise sistemática, concluída em { $confirmed }; trata-se, portanto, de um texto atual e estável.
}
letter-adopt-ask = Uma adoção idêntica ao texto internacional daria aos compradores e fornecedores { $in_country } uma referência reconhecida, que editais de compras públicas e políticas empresariais poderiam citar, além de facilitar o alinhamento com parceiros comerciais que já a utilizam. Solicito respeitosamente que a entidade { $acronym } dê início à adoção da norma { $standard } e que, se possível, a publique em { $language }.
letter-adopt-ask-in-progress = Tenho conhecimento de que a entidade { $acronym } já deu início à adoção da norma { $standard }. Uma edição idêntica ao texto internacional daria aos compradores e fornecedores { $in_country } uma referência reconhecida, que editais de compras públicas e políticas empresariais poderiam citar. Solicito respeitosamente que a entidade { $acronym } conclua a adoção e publique a norma, se possível em { $language }, e que informe os seus potenciais usuários quando ela estiver disponível.
letter-adopt-closing = Agradeço a atenção dispensada a este pedido. Teria satisfação em apresentar mais detalhes sobre o interesse pela norma { $in_country } e em conhecer os próximos passos possíveis.
letter-translate-opening = Dirijo-me a essa entidade, { $body }, para solicitar que a norma { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} seja disponibilizada em { $language }.
letter-translate-opening-exists = Dirijo-me a essa entidade, { $acronym }, a respeito da norma { $edition }, edição em { $language } da norma internacional { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard },
} por ela publicada.
letter-translate-why = As compras sustentáveis fazem parte do trabalho diário de compradores, fornecedores, gestores de contratos e agentes públicos, muitos dos quais só leem orientações no próprio idioma. A ISO 20400 existe nas edições oficiais da ISO em inglês e em francês e numa tradução oficial para o espanhol; para quem, { $in_country }, trabalha em { $language }, uma edição nacional transformaria um texto internacional numa ferramenta prática, que poderia ser compartilhada com equipes e fornecedores.
letter-translate-why-exists = As compras sustentáveis fazem parte do trabalho diário de compradores, fornecedores, gestores de contratos e agentes públicos, muitos dos quais só leem orientações no próprio idioma. Com a norma { $edition }, quem, { $in_country }, trabalha em { $language } já dispõe desse texto no próprio idioma; o que importa agora é que saiba que ele existe e o coloque em prática com suas equipes e fornecedores.
letter-translate-evidence = { $adopted ->
    [0] A ISO confirmou a norma na última análise sistemática, concluída em { $confirmed }; assim, uma tradução feita agora continuará útil por muitos anos.
    [one] Pelo menos { $adopted } organismo nacional de normalização adotou a norma, e a ISO a confirmou na última análise sistemática, concluída em { $confirmed }; assim, uma tradução feita agora continuará útil por muitos anos.
    [many] Pelo menos { $adopted } de organismos nacionais de normalização adotaram a norma, e a ISO a confirmou na última análise sistemática, concluída em { $confirmed }; assim, uma tradução feita agora continuará útil por muitos anos.
   *[other] Pelo menos { $adopted } organismos nacionais de normalização adotaram a norma, e a ISO a confirmou na última análise sistemática, concluída em { $confirmed }; assim, uma tradução feita agora continuará útil por muitos anos.
}
letter-translate-evidence-exists = { $adopted ->
    [0] A ISO confirmou a norma internacional na última análise sistemática, concluída em { $confirmed }; assim, a norma { $edition } continuará atual por muitos anos.
    [one] Pelo menos { $adopted } organismo nacional de normalização adotou a norma, e a ISO a confirmou na última análise sistemática, concluída em { $confirmed }; assim, a norma { $edition } continuará atual por muitos anos.
    [many] Pelo menos { $adopted } de organismos nacionais de normalização adotaram a norma, e a ISO a confirmou na última análise sistemática, concluída em { $confirmed }; assim, a norma { $edition } continuará atual por muitos anos.
   *[other] Pelo menos { $adopted } organismos nacionais de normalização adotaram a norma, e a ISO a confirmou na última análise sistemática, concluída em { $confirmed }; assim, a norma { $edition } continuará atual por muitos anos.
}
letter-translate-ask = Solicito respeitosamente que a entidade { $acronym } prepare e publique uma edição em { $language } da norma { $standard }, seja como adoção nacional, seja como tradução comercializada juntamente com o texto internacional, e que informe os seus potenciais usuários quando ela estiver disponível.
letter-translate-ask-exists = Agradeço à entidade { $acronym } por ter disponibilizado a norma { $edition } em { $language }. Solicito respeitosamente que essa edição seja amplamente divulgada entre compradores, fornecedores e agentes públicos { $in_country } e que seja mantida em consonância com o texto internacional na próxima revisão da norma pela ISO.
letter-translate-closing = Agradeço a atenção dispensada a este pedido. Uma vez publicada a tradução, terei satisfação em ajudar a divulgá-la { $in_country }.
letter-sign-off = Atenciosamente,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = no seu país ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = seu organismo nacional de normalização
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = o seu país
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = no seu país
open-letter-generic-deadline = a data de encerramento da votação
open-letter-generic-committee = o comitê da ISO responsável pela norma
