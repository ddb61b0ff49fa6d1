## Normas: adoções por organismo, versões linguísticas, mapa-múndi
nav-standards = Normas

standards-title = Normas acompanhadas pelo Quorum
standards-intro = Para cada norma: quais organismos nacionais a adotaram, quais apenas vendem a edição da própria ISO e em quais idiomas ela existe. Todos os números são contados a partir dos registros da página da norma.
standards-adoptions = { $count ->
    [one] { $count } adoção nacional
    [many] { $count } adoções nacionais
   *[other] { $count } adoções nacionais
}
standards-languages = { $count ->
    [one] disponível em { $count } idioma
    [many] disponível em { $count } idiomas
   *[other] disponível em { $count } idiomas
}
standards-open = Adoções, mapa e idiomas
standards-empty = Nenhuma norma é acompanhada ainda.

standard-page-title = { $reference }: adoções e idiomas
standard-facts-heading = Sobre a norma
standard-field-reference = Referência
standard-field-title = Título
standard-field-published = Publicação
standard-field-edition = Edição
standard-field-committee = Comitê
standard-field-stage = Estágio atual
standard-field-last-confirmed = Última confirmação em análise sistemática

## Situação da adoção (graus de correspondência do Guia ISO/IEC 21-1)
status-adopted-idt = Adotada, idêntica (IDT)
status-adopted-idt-def = Publicada como norma nacional idêntica ao texto da ISO.
status-adopted-mod = Adotada, modificada (MOD)
status-adopted-mod-def = Publicada como norma nacional com desvios técnicos identificados e explicados.
status-adopted = Adotada, grau não registrado
status-adopted-def = Publicada como norma nacional; nenhuma fonte registrada até agora informa se ela é idêntica ou modificada.
status-neq = Norma nacional não equivalente (NEQ)
status-neq-def = Uma norma nacional sobre o mesmo tema que não é equivalente ao texto da ISO. Uma norma NEQ não é uma adoção e não é contada como tal.
status-in-progress = Adoção em andamento
status-in-progress-def = O organismo começou a adotar a norma, por exemplo submetendo uma edição nacional a consulta pública, mas ainda não a publicou.
status-sells-only = Vende apenas a norma ISO
status-sells-only-def = O organismo vende a edição da própria ISO sem publicar uma adoção nacional.
status-not-adopted = Não adotada
status-not-adopted-def = Uma fonte informa que o organismo não adotou a norma e não a vende.
status-unknown = Desconhecido
status-unknown-def = Ainda não há nada registrado para este organismo. “Desconhecido” não significa “não adotada”.
status-adopted-any = Adotada (IDT, MOD ou grau não registrado)

standard-counts-heading = Visão geral
standard-count-adoptions = { $count ->
    [one] adoção nacional
    [many] adoções nacionais
   *[other] adoções nacionais
}
standard-count-adoptions-def = Organismos que publicaram a norma como norma nacional: IDT, MOD ou grau não registrado. Normas NEQ não são contadas.
standard-count-languages = { $count ->
    [one] idioma
    [many] idiomas
   *[other] idiomas
}
standard-count-languages-def = Idiomas em que o texto existe: edições oficiais da ISO e traduções nacionais, incluindo versões preliminares.
standard-count-bodies = { $count ->
    [one] organismo
    [many] organismos
   *[other] organismos
}
standard-count-show = Mostrar estes organismos

## Filtros, mapa e tabela
standard-filter-status = Situação da adoção
standard-filter-status-all = Qualquer situação
standard-filter-clear = Limpar filtros
standard-showing = { $total ->
    [one] Organismo que corresponde aos filtros: { $shown } de { $total }.
    [many] Organismos que correspondem aos filtros: { $shown } de { $total }.
   *[other] Organismos que correspondem aos filtros: { $shown } de { $total }.
}
map-heading = Mapa
map-description = Mapa-múndi: cada país está colorido conforme a situação de adoção da norma { $reference } pelo seu organismo. Países pequenos aparecem como círculos. Escolha um país para abrir a página do organismo; a tabela abaixo traz as mesmas informações.
map-legend = Legenda
map-country-status = { $country }: { $status }
map-no-body = Nenhum membro da ISO no diretório
map-filtered-out = Fora dos filtros atuais
map-hint = Aponte para um país ou chegue até ele com a tecla Tab para ver a situação.
map-hint-touch = Toque em um país para abrir a página do organismo; a tabela abaixo mostra a situação de cada país.
map-skip = Pular o mapa
table-heading = Todos os organismos
table-caption = Adoção da norma { $reference } por organismo, com a respectiva fonte. Selecione o cabeçalho de uma coluna para ordenar.
column-status = Situação
column-designation = Designação nacional
column-adopted-on = Data de adoção
column-language = Idioma
column-source = Fonte
sort-ascending = em ordem de A a Z
sort-descending = em ordem de Z a A

## Versões linguísticas
translations-heading = Idiomas
translations-intro = Os idiomas em que o texto da norma existe, quem publicou cada versão e quando.
translation-kind-official = Edição oficial da ISO
translation-kind-national = Tradução nacional
translation-kind-draft = Tradução preliminar
translations-empty = Nenhuma versão linguística foi registrada ainda.
translation-publisher-year = { $publisher }, { $year }
translation-add = Adicionar uma versão linguística
translation-add-language = Código do idioma
translation-add-button = Adicionar

## Comitê e membros
committee-heading = Comitê { $committee }
committee-explain = Os membros P (participantes) devem votar em todas as votações, inclusive nas análises sistemáticas; os membros O (observadores) acompanham os trabalhos e podem enviar comentários.
committee-p-members = { $count ->
    [one] { $count } membro P
    [many] { $count } membros P
   *[other] { $count } membros P
}
committee-o-members = { $count ->
    [one] { $count } membro O
    [many] { $count } membros O
   *[other] { $count } membros O
}
committee-members-empty = Nenhum membro foi registrado ainda. A ISO lista os membros de cada comitê na página dele; um coordenador pode adicioná-los aqui citando essa fonte.
committee-add-member = Registrar um membro
membership-p = Membro P
membership-o = Membro O
membership-none = Não é membro

## As normas na página de um organismo
body-standards-heading = Normas
body-standard-about = Sobre a norma { $reference }
body-sells = Vende a edição da própria ISO
sells-yes = Sim
sells-no = Não
body-language-versions = Versões nos idiomas deste país
body-no-version = Nenhuma versão em { $language } foi registrada.
body-membership = Condição de membro no comitê { $committee }

## Campos de adoções, versões linguísticas e normas (formulários e histórico)
field-status = Situação
field-degree = Grau de correspondência
field-designation = Designação nacional
field-adopted-on = Data de adoção
field-method = Método de adoção
field-lang = Idioma
field-sells = Vende a edição da própria ISO
field-confidence = Confiabilidade da fonte
field-note = Observação
field-title = Título
field-kind = Tipo de versão
field-publisher = Editora
field-year = Ano
field-reference = Referência
field-committee = Comitê
field-published = Data de publicação
field-edition = Edição
field-stage = Código do estágio
field-last-confirmed = Última confirmação
field-membership = Condição de membro
choice-unknown = Desconhecido
degree-idt = IDT: idêntica
degree-mod = MOD: modificada
degree-neq = NEQ: não equivalente
method-endorsement = Endosso
method-cover-sheet = Folha de capa
method-reprint = Reimpressão
method-translation = Tradução
method-redraft = Reelaboração
confidence-high = Alta
confidence-medium-high = Média a alta
confidence-medium = Média
confidence-low = Baixa
adoption-state-adopted = Adotada
adoption-state-in-progress = Em andamento
adoption-state-not-adopted = Não adotada
date-hint = Um ano, um mês ou um dia: 2017, 2017-04 ou 2017-04-19.

## Formulários dos coordenadores
edit-adoption-link = Editar o registro de adoção
edit-adoption-for = Editar o registro de adoção de { $country }
adoption-edit-title = { $reference } – { $country }
adoption-edit-intro = Registre o que o organismo fez com a norma. Deixe um campo em branco quando nenhuma fonte informar o dado. A fonte e a data abaixo valem para todo o registro e entram no histórico dele.
edit-translation-link = Editar
translation-edit-title = { $reference } em { $language }
translation-edit-intro = Registre uma versão da norma em um idioma. A fonte e a data abaixo entram no histórico do registro.
edit-standard-link = Editar a norma
standard-edit-title = Editar { $reference }
standard-edit-intro = Altere o que você verificou. A fonte e a data abaixo entram no histórico do registro.
edit-membership-link = Editar a condição de membro
membership-edit-title = { $body } no comitê { $committee }
membership-edit-intro = Registre se o organismo é membro participante (P) ou observador (O) do comitê, conforme consta na página do comitê no site da ISO.
record-save = Salvar
record-saved = Salvo. A alteração consta no histórico do registro.
record-history-heading = Histórico deste registro
edit-error-choice = Escolha um dos valores oferecidos.
edit-error-partial-date = Digite um ano, um mês ou um dia (2017, 2017-04 ou 2017-04-19); a data não pode estar no futuro.
edit-error-required = Este campo não pode ficar em branco.
edit-error-language = Digite um código de idioma como pt, zh-Hans ou sr-Latn.

## Every standard ISO publishes (ISO Open Data) and the ones coordinators follow
standards-search-label = Pesquisar em todas as normas ISO
standards-search-placeholder = Referência, número, palavras do título ou comitê
standards-search-hint = O Quorum conhece todas as normas publicadas pela ISO, a partir do ISO Open Data. Só as normas acompanhadas pelos coordenadores têm adoções, cartas e análises.
standards-followed-heading = Normas acompanhadas
standards-results-heading = Normas encontradas
# $count (number) standards match; $query is what the reader typed.
standards-results-count = { $count ->
    [0] Nenhuma norma corresponde a “{ $query }”.
    [one] Uma norma corresponde a “{ $query }”.
    [many] { $count } de normas correspondem a “{ $query }”.
   *[other] { $count } normas correspondem a “{ $query }”.
}
# $stage is a harmonized stage code such as 90.93.
standards-result-stage = estágio { $stage }
standards-followed-badge = Acompanhada
# $date is a formatted date.
standard-due-by-short = Prazo da próxima análise: { $date } (deduzido)
standard-field-type = Tipo
standard-field-developed-by = Elaborada por
standard-field-due-by = Prazo da próxima análise sistemática
standard-due-by-derived = Data deduzida pelo Quorum, não publicada pela ISO: cinco anos após a publicação ou a última confirmação. A ISO envia as votações de análise em lotes, então a votação pode abrir antes.
standard-field-iso-languages = Idiomas em que a ISO a publica
standard-field-replaces = Substitui
standard-field-replaced-by = Substituída por
standard-iso-page = Esta norma no iso.org
standard-not-followed = Os coordenadores não acompanham esta norma: o Quorum guarda o que a ISO publica sobre ela, mas não registra adoções, cartas nem análises dela.
standard-follow = Acompanhar esta norma
standard-unfollow = Deixar de acompanhar
standard-follow-explain = Ao ser acompanhada, esta norma entra na lista de normas, com a tabela de adoções, o mapa, as cartas e o acompanhamento das análises.
standard-unfollow-explain = Os registros dela são mantidos; a norma sai da lista de normas, das cartas e do acompanhamento das análises.

## Figures others publish about a standard, quoted as theirs
standard-claims-heading = O que outros dizem
# $source is who published the figures, $date when.
standard-claims-by-dated = { $source } ({ $date }) afirma:
standard-claims-by = { $source } afirma:
standard-claim-adopted = { $count ->
    [one] { $count } país a adotou
    [many] { $count } de países a adotaram
   *[other] { $count } países a adotaram
}
standard-claim-selling = { $count ->
    [one] { $count } organismo nacional a vende
    [many] { $count } de organismos nacionais a vendem
   *[other] { $count } organismos nacionais a vendem
}
standard-claim-languages = { $count ->
    [one] ela existe em { $count } idioma
    [many] ela existe em { $count } de idiomas
   *[other] ela existe em { $count } idiomas
}
standard-claims-explain = São números da própria fonte, citados tal como foram publicados. As contagens do próprio Quorum, mais acima, vêm apenas dos registros desta página, cada um com sua fonte.
