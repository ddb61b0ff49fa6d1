## Site frame
app-name = Quorum
page-title = { $page } · Quorum
# What search engines and link previews show under a page's title (meta description).
site-description = O Quorum acompanha os organismos nacionais de normalização: adoções de normas, idiomas em que existem, votos nas análises sistemáticas da ISO e cartas no idioma de cada um.
meta-body = { $body } ({ $country }): contato, categoria de membro da ISO, adoções e posições em análises, cada dado com fonte e data, e uma carta para enviar ao organismo.
meta-standard = { $reference }: quais organismos nacionais de normalização a adotaram, em quais idiomas ela existe e as suas análises sistemáticas.
meta-review = A análise sistemática da norma { $reference }: a posição registrada de cada organismo nacional de normalização, o resultado projetado e quem ainda pode mudá-lo.
meta-open-letter = Uma carta aberta aos organismos nacionais de normalização: leia-a, assine-a ou envie-a ao organismo do seu país.
skip-to-content = Ir para o conteúdo principal
nav-label = Principal
nav-home = Início
nav-directory = Organismos de normalização
language-switcher-label = Idioma
footer-provenance = Cada informação indica a sua fonte e a data da última verificação. Um campo em branco significa que o dado é desconhecido, nunca uma suposição.
footer-licence = O Quorum é software livre. Dados de contato extraídos das páginas de membros do iso.org (coleta StanDat, 2021/22), do ISO Open Data (2026) e das demais fontes indicadas ao lado de cada valor.
loading = Carregando…
back-to-directory = Voltar ao diretório
breadcrumb-label = Trilha de navegação

## Errors
error-not-found = Não encontramos essa página.
error-invalid-input = Parte do que foi digitado não pôde ser usada. Verifique as informações e tente novamente.
error-storage = O Quorum não conseguiu ler os dados neste momento. Tente novamente em instantes.
error-transport = A solicitação não chegou ao Quorum. Verifique a sua conexão e tente novamente.
error-body-too-large = Esta solicitação é grande demais para o Quorum (mais de { $size } KB). Encurte o que você digitou e tente novamente.
not-found-title = Página não encontrada
not-found-body = Não há nenhuma página neste endereço. Se você seguiu um link para um organismo de normalização, o código do país pode estar digitado incorretamente: os códigos têm duas letras, como BR para o Brasil.
not-found-standard = O Quorum não acompanha nenhuma norma neste endereço. O endereço de uma norma usa o seu número, como /standards/iso-20400 para a ISO 20400; a lista mostra todas as normas acompanhadas pelo Quorum.
not-found-review = O Quorum não tem nenhuma análise neste endereço. O endereço de uma análise indica a norma e o ano, como /reviews/iso-20400-2022; a lista mostra todas as análises registradas pelo Quorum.
not-found-open-letter = Não há nenhuma carta aberta publicada neste endereço. Ela pode ter sido retirada ou ainda não ter sido publicada; a lista mostra todas as cartas abertas.

## Home
home-title = Encontre o organismo nacional de normalização do seu país
home-heading = Encontre o organismo nacional de normalização do seu país e defenda a sua causa
home-intro = O Quorum reúne todos os organismos nacionais de normalização que são membros da ISO, com os seus dados de contato e a origem de cada informação. Ele ajuda quem defende normas como a ISO 20400, sobre compras sustentáveis, a chegar ao organismo que toma as decisões no seu país.
search-label = País, código ou organismo de normalização
search-placeholder = ex.: Brasil, BR, ABNT
search-button = Pesquisar
home-stats-heading = Membros da ISO no diretório
home-stats-total = { $count ->
    [one] { $count } organismo de normalização no diretório, por categoria de membro da ISO:
    [many] { $count } organismos de normalização no diretório, por categoria de membro da ISO:
   *[other] { $count } organismos de normalização no diretório, por categoria de membro da ISO:
}
home-browse-all = Ver todos os organismos de normalização
home-next-heading = O que você pode fazer agora
home-step-find = Encontre o organismo de normalização do seu país usando a pesquisa acima.
home-step-write = Escreva para o organismo
home-step-write-note = — o Quorum redige a carta no idioma do organismo, com o endereço dele.
home-step-review = A próxima análise:
home-review-closes = — a votação se encerra em { $date }.
home-review-undated = — a data de encerramento da votação ainda não foi registrada.
home-step-no-review = No momento, não há nenhuma análise aberta ou prevista.
home-step-reviews-link = Ver todas as análises

## ISO membership categories
category-member-body = Membro pleno
category-correspondent = Membro correspondente
category-subscriber = Membro assinante
category-unknown = Categoria desconhecida
category-member-body-count = { $count ->
    [one] membro pleno
    [many] membros plenos
   *[other] membros plenos
}
category-correspondent-count = { $count ->
    [one] membro correspondente
    [many] membros correspondentes
   *[other] membros correspondentes
}
category-subscriber-count = { $count ->
    [one] membro assinante
    [many] membros assinantes
   *[other] membros assinantes
}
category-unknown-count = { $count ->
    [one] organismo cuja categoria nenhuma fonte informa
    [many] organismos cuja categoria nenhuma fonte informa
   *[other] organismos cuja categoria nenhuma fonte informa
}
category-member-body-rights = Vota nas normas ISO e pode adotá-las e vendê-las no seu país.
category-correspondent-rights = Acompanha os trabalhos como observador, sem direito a voto, e pode adotar e vender normas ISO no seu país.
category-subscriber-rights = Mantém-se informado sobre os trabalhos da ISO; não vota, não adota nem vende normas ISO.
category-unknown-note = Nenhuma das nossas fontes informa ainda a categoria destes organismos.

## Directory
directory-title = Organismos de normalização
directory-heading = Organismos nacionais de normalização
directory-intro = Pesquise pelo nome do país em qualquer idioma, pelo código ISO do país, pela sigla ou pelo nome do organismo. Escolha um organismo para ver como entrar em contato com ele.
filter-category = Categoria ISO
filter-category-all = Todas as categorias
filter-region = Região
filter-region-all = Todas as regiões
filter-apply = Mostrar resultados
search-truncated = A sua pesquisa era longa; por isso, apenas os primeiros 100 caracteres foram usados.
directory-count = { $total ->
    [one] Exibindo { $shown } de { $total } organismo de normalização.
    [many] Exibindo { $shown } de { $total } organismos de normalização.
   *[other] Exibindo { $shown } de { $total } organismos de normalização.
}
directory-no-match = Nenhum organismo de normalização corresponde à sua pesquisa. Verifique a grafia, tente o código de duas letras do país ou limpe os filtros.
directory-clear-filters = Limpar pesquisa e filtros
column-country = País
column-acronym = Sigla
column-body-name = Organismo de normalização
column-category = Categoria ISO
column-region = Região

## Body page
body-page-title = { $body } – { $country }
body-name-with-acronym = { $name } ({ $acronym })
contact-line = { $label }: { $value }
value-unknown = desconhecido
field-source-dated = Fonte: { $source } (dados de { $date })
field-source-undated = Fonte: { $source } (data não registrada)
body-name-unknown = Nome do organismo de normalização desconhecido
field-body-name-en = Nome em inglês
field-body-name-native = Nome no idioma nacional
field-acronym = Sigla
field-country = País
field-category = Categoria de membro da ISO
dataset-note = Observação do conjunto de dados:
field-website = Site
field-email = E-mail
field-phone = Telefone
field-fax = Fax
field-address = Endereço postal
field-iso-member-id = Identificador de membro da ISO
card-footnote = Os dados de contato mudam. Antes de enviar uma carta importante, confira-os no site do próprio organismo.
copy-contact = Copiar contato
contact-copied = Contato copiado
download-vcard = Baixar vCard
write-letter = Escrever para este organismo
write-letter-hint = O Quorum redige, no idioma do próprio organismo, uma carta formal dirigida à entidade { $body }, pronta para copiar, enviar por e-mail ou imprimir.

## Letter composer page
nav-letters = Escrever uma carta
letters-title = Escrever a um organismo de normalização
letters-heading = Escreva a um organismo nacional de normalização
letters-intro = Escolha o organismo, o que você deseja solicitar e o idioma. O Quorum redige uma carta formal que você pode copiar, enviar por e-mail, baixar ou imprimir.
letters-privacy = O seu nome e os seus dados servem apenas para preencher a carta. O Quorum não os armazena; eles só são incluídos no link se você pedir isso abaixo.
letter-field-recipient = Organismo de normalização
letter-field-recipient-choose = Escolha um país
letter-field-purpose = O que a carta solicita
letter-purpose-review = Votar pela confirmação da norma na análise sistemática
letter-purpose-adopt = Adotar a norma como norma nacional
letter-purpose-translate = Publicar a norma no idioma nacional
letter-purpose-suggested = Sugerido para este organismo, com base no que o Quorum registrou sobre ele.
letter-field-language = Idioma da carta
letter-language-automatic = Idioma principal do país
letter-field-second-language = Segundo idioma, lado a lado (opcional)
letter-second-language-none = Nenhum
letter-language-default = Por padrão, usa-se o idioma principal do país ({ $country }) quando o Quorum dispõe de cartas nesse idioma; caso contrário, o inglês.
# $language: the country's first language, named in the page's language.
letter-language-missing = O Quorum ainda não tem cartas em { $language }, por isso esta carta está em inglês. Você pode escolher outro idioma para ela em “Idioma da carta”.
# $language: the letter's language, in its own name.
letter-drafted-notice = Esta tradução ({ $language }) ainda não foi revisada por um falante nativo.
letter-drafted-help = Ajude a revisá-la.
letter-sender-heading = Sobre você (tudo opcional)
letter-field-sender-name = Seu nome
letter-field-organisation = Organização
letter-field-role = Cargo ou função
letter-field-city = Cidade
letter-field-email = Seu endereço de e-mail
letter-field-personal = Um parágrafo com as suas próprias palavras
letter-field-personal-hint = Por que isso é importante para você ou para a sua organização. O texto entra na carta exatamente como você o escrever, no idioma em que o escrever.
letter-field-share-details = Incluir também o meu nome e os meus dados no link
letter-field-limit = No máximo { $max } caracteres.
letter-update = Atualizar a carta
letter-preview-heading = A sua carta
letter-preview-live = A carta é atualizada à medida que você digita.
letter-to = Para: { $recipient }
letter-subject = Assunto: { $subject }
letter-copy = Copiar a carta
letter-copied = Carta copiada
letter-mailto = Abrir no meu programa de e-mail
letter-mailto-no-address = Não há endereço de e-mail registrado para este organismo, por isso a carta não pode ser aberta no seu programa de e-mail. Copie-a ou baixe-a.
letter-mailto-too-long = Esta carta gera um link de { $length } caracteres, mais longo do que alguns programas de e-mail aceitam. Se a mensagem chegar cortada, copie a carta e cole-a em um novo e-mail.
letter-download = Baixar como texto
letter-print = Versão para impressão
letter-share = Link para esta carta
letter-share-hint = Abre o editor com o mesmo organismo, a mesma finalidade e os mesmos idiomas. Nada é armazenado no servidor do Quorum.
letter-facts-heading = Em que a carta se baseia
letter-fact-adopted = { $count ->
    [one] { $count } adoção nacional da norma { $standard } registrada no Quorum.
    [many] { $count } adoções nacionais da norma { $standard } registradas no Quorum.
   *[other] { $count } adoções nacionais da norma { $standard } registradas no Quorum.
}
letter-fact-confirmed = Última análise sistemática concluída em { $date }: norma confirmada.
letter-fact-ballot = A votação da análise sistemática se encerra em { $date }.
letter-fact-no-ballot = Não há registro de votação de análise sistemática em aberto; por isso, a carta não indica data de encerramento.
letter-fact-title = Título usado: { $title }
letter-choose-body = Escolha um organismo de normalização acima para ver a sua carta.

## Letter input errors. $field is the label of the field.
letter-error-too-long = { $field }: no máximo { $max } caracteres, por favor. Este campo tem { $length }.
letter-error-control = { $field }: use uma única linha, sem tabulações nem caracteres de controle.
letter-error-email = O seu endereço de e-mail deve ter o formato nome@example.org.
letter-error-purpose = Escolha o que a carta solicita: confirmação na análise sistemática, adoção ou tradução.
letter-error-language = O Quorum não tem cartas nesse idioma; escolha um da lista.
letter-error-body = Não há organismo de normalização com esse código de país; escolha um da lista.
letter-error-summary = A carta não foi atualizada. Corrija os itens indicados abaixo.

## Print page
letter-print-title = Carta — { $body }
letter-print-back = Voltar ao editor
letter-print-button = Imprimir
letter-print-hint = Impressão em papel A4. Assine à mão acima do seu nome.
letter-signature-line = Assinatura

## Accounts. The public never needs one; coordinators and admins sign in to record data.
nav-sign-in = Coordenadores: entrar
nav-account = Sua conta
nav-signed-in-as = Sessão iniciada como
signin-title = Entrar
signin-heading = Entrar no Quorum
signin-intro = Coordenadores e administradores fazem login para registrar o que descobrem sobre os organismos de normalização. Qualquer outra pessoa pode usar o Quorum sem uma conta.
signin-email = Endereço de e-mail
signin-password = Senha
signin-submit = Entrar
signin-already = Você já iniciou a sessão como { $email }.
account-title = Sua conta
account-heading = Sua conta
account-signed-in-as = Sessão iniciada como { $email } ({ $role }).
account-sign-out = Sair
account-sign-in-needed = Esta página é destinada a coordenadores e administradores. Faça login primeiro.
account-go-sign-in = Ir para a página de login
role-admin = administrador
role-coordinator = coordenador
error-unauthorized = Faça login primeiro.
error-forbidden = Sua conta não tem permissão para fazer isso.
error-bad-credentials = O endereço de e-mail ou a senha não estão corretos.
error-busy = O Quorum está ocupado verificando outros acessos. Nada foi verificado; tente novamente em alguns segundos.
error-rate-limited = { $minutes ->
    [one] Muitas tentativas sem sucesso. Tente novamente em { $minutes } minuto.
    [many] Muitas tentativas sem sucesso. Tente novamente em { $minutes } minutos.
   *[other] Muitas tentativas sem sucesso. Tente novamente em { $minutes } minutos.
}
error-cross-origin = Esta solicitação veio de outro site, por isso o Quorum não a executou.

## Editing the directory (coordinators) and the record's history
nav-changes = Alterações recentes
edit-link = Editar este registro
edit-title = Editar { $body }
edit-heading = Editar o registro do organismo { $body }
edit-intro = Altere o que você verificou e deixe um campo em branco quando o dado for desconhecido. Cada alteração é salva com a fonte e a data que você informar e aparece no histórico do registro.
edit-source = Fonte dos novos valores
edit-source-hint = Um endereço da web ou uma breve descrição, como “site da ABNT, página de contato”.
edit-as-of = Data em que você os verificou
edit-save = Salvar alterações
edit-category-unknown = Desconhecida
edit-saved = Suas alterações foram salvas.
edit-error-too-long = No máximo { $max } caracteres, por favor.
edit-error-control = Use uma única linha, sem tabulações nem caracteres de controle.
edit-error-email = Digite os endereços de e-mail no formato nome@example.org, separados por ponto e vírgula.
edit-error-website = Digite um endereço da web como www.example.org.
edit-error-category = Escolha uma das categorias de membro da ISO.
edit-error-source-required = Informe de onde vêm os novos valores.
edit-error-date = Digite a data no formato YYYY-MM-DD; ela não pode estar no futuro.
edit-error-no-change = Nada foi alterado, por isso nada foi salvo.
error-invalid-fields = Alguns campos precisam ser corrigidos, por isso nada foi salvo. Veja as mensagens ao lado deles.
error-edit-conflict = Outra pessoa alterou este registro enquanto você o editava, por isso nada foi salvo. As alterações dessa pessoa estão listadas abaixo; recarregue a página para editar a versão mais recente.
edit-conflict-field = { $field }: agora { $value }
history-heading = Histórico deste registro
history-empty = Nenhuma alteração desde a importação do conjunto de dados.
history-entry = { $field }: { $before } → { $after }
history-by = { $date }, por { $who }
history-by-coordinator = um coordenador
history-source = Fonte: { $source }; dados verificados em { $date }
changes-title = Alterações recentes
changes-heading = Alterações recentes no diretório
changes-filter-nsb = Código do país
changes-filter-field = Campo
changes-filter-who = E-mail do coordenador
changes-filter-any = Qualquer campo
changes-apply = Filtrar
changes-empty = Nenhuma alteração corresponde a esses filtros.

## Corrections from the public, and the coordinators' queue
report-heading = Sugerir uma correção
report-intro = Alguma informação aqui está errada ou desatualizada? Informe o valor correto e de onde ele vem. Um coordenador verifica a informação antes de ela ser publicada. Não é preciso ter uma conta.
report-field = Campo a corrigir
report-value = O valor correto (deixe em branco se o campo deve indicar “desconhecido”)
report-source = De onde vem a informação
report-source-hint = Um endereço da web ou uma breve descrição, como “site da ABNT, página de contato”.
report-email = Seu endereço de e-mail (opcional; apenas se você aceitar que um coordenador entre em contato sobre isso)
report-submit = Enviar a correção
report-thanks = Obrigado. Um coordenador verificará sua correção antes que ela seja publicada.
report-error-too-many = Você enviou várias correções em pouco tempo. Tente novamente daqui a uma hora.
report-error-field = Escolha o campo a corrigir.
corrections-title = Correções
corrections-heading = Correções sugeridas pelo público
corrections-open-count = { $count ->
    [one] { $count } correção em aberto aguarda a análise de um coordenador.
    [many] { $count } correções em aberto aguardam a análise de um coordenador.
   *[other] { $count } correções em aberto aguardam a análise de um coordenador.
}
corrections-empty = Nenhuma correção em aberto. Obrigado!
corrections-current = Valor atual: { $value }
corrections-proposed = Valor proposto: { $value }
corrections-source = Fonte informada: { $source }
corrections-reporter = Sugerida em { $date } por { $email }
corrections-reporter-anonymous = Sugerida em { $date }, sem endereço de e-mail
corrections-accept = Aceitar
corrections-edit-accept = Editar e aceitar
corrections-reject = Rejeitar
corrections-reason = Motivo da rejeição
corrections-error-reason = Informe o motivo da rejeição.
corrections-error-closed = Esta correção já foi tratada por outra pessoa.
corrections-accepted = A correção foi aplicada e registrada no histórico.
corrections-rejected = A correção foi rejeitada.

## Managing accounts (admins) and one-time links
nav-accounts = Gerenciar contas
accounts-title = Contas
accounts-heading = Coordenadores e administradores
accounts-intro = { $hours ->
    [one] Convide pessoas pelo endereço de e-mail: o Quorum gera um link de uso único, que você mesmo precisa enviar a elas. O link só pode ser usado uma vez e vale por { $hours } hora.
    [many] Convide pessoas pelo endereço de e-mail: o Quorum gera um link de uso único, que você mesmo precisa enviar a elas. O link só pode ser usado uma vez e vale por { $hours } horas.
   *[other] Convide pessoas pelo endereço de e-mail: o Quorum gera um link de uso único, que você mesmo precisa enviar a elas. O link só pode ser usado uma vez e vale por { $hours } horas.
}
accounts-email = Endereço de e-mail
accounts-role = Função
accounts-status-active = ativa
accounts-status-disabled = desativada
accounts-invite = Gerar link de convite
accounts-link-invite = { $hours ->
    [one] Link de convite para { $email } (envie-o você mesmo; ele só pode ser usado uma vez e vale por { $hours } hora):
    [many] Link de convite para { $email } (envie-o você mesmo; ele só pode ser usado uma vez e vale por { $hours } horas):
   *[other] Link de convite para { $email } (envie-o você mesmo; ele só pode ser usado uma vez e vale por { $hours } horas):
}
accounts-link-reset = { $hours ->
    [one] Link de redefinição de senha para { $email } (envie-o você mesmo; ele só pode ser usado uma vez e vale por { $hours } hora):
    [many] Link de redefinição de senha para { $email } (envie-o você mesmo; ele só pode ser usado uma vez e vale por { $hours } horas):
   *[other] Link de redefinição de senha para { $email } (envie-o você mesmo; ele só pode ser usado uma vez e vale por { $hours } horas):
}
accounts-disable = Desativar
accounts-enable = Reativar
accounts-reset = Gerar link de redefinição de senha
accounts-you = (você)
accounts-error-self = Você não pode desativar a sua própria conta.
accounts-error-exists = Já existe uma conta com este endereço de e-mail.
invitation-title = Defina sua senha
invitation-heading-invite = Boas-vindas ao Quorum
invitation-heading-reset = Escolha uma nova senha
invitation-intro = { $min ->
    [one] Defina uma senha para { $email } ({ $role }). Ela precisa ter pelo menos { $min } caractere.
    [many] Defina uma senha para { $email } ({ $role }). Ela precisa ter pelo menos { $min } caracteres.
   *[other] Defina uma senha para { $email } ({ $role }). Ela precisa ter pelo menos { $min } caracteres.
}
invitation-password = Nova senha
invitation-password-again = Repita a senha
invitation-submit = Salvar a senha e entrar
invitation-error-invalid = Este link não é mais válido: ele já foi usado ou expirou. Peça um novo a um administrador.
invitation-error-mismatch = As duas senhas não são iguais.
invitation-error-short = { $min ->
    [one] A senha precisa ter pelo menos { $min } caractere.
    [many] A senha precisa ter pelo menos { $min } caracteres.
   *[other] A senha precisa ter pelo menos { $min } caracteres.
}

## Sources: each cited source's kind, shown after its name.
source-kind-official = (oficial)
source-kind-secondary = (secundária)
source-kind-derived = (deduzida pelo Quorum)
source-secondary-only = Apenas fontes secundárias: nem a ISO nem o organismo o confirmaram.
source-separator = {"; "}
directory-relevance = Os resultados mais relevantes aparecem primeiro. Para ordenar por uma coluna, selecione o cabeçalho dela.

## Pages of a long list
pager-label = Páginas
pager-previous = Página anterior
pager-next = Próxima página
# $page and $pages are numbers.
pager-position = Página { $page } de { $pages }

## The composer's facts: the review deadline Quorum derives, the owner committee
# $date is a formatted date.
letter-fact-due-by = Não há votação de análise em aberto; o prazo da próxima análise sistemática vence em { $date } (data deduzida pelo Quorum: cinco anos após a última confirmação; a ISO pode abri-la antes). A carta não indica data de encerramento.
# $committee is a committee's reference, such as ISO/TMBG.
letter-fact-committee = Comitê responsável: { $committee }.

## A body's category against ISO's committee data
# $count is a number of committees, $committees some of their references, $recorded the recorded category.
category-evidence = { $count ->
    [one] Segundo os dados de comitês da ISO, este organismo é membro P de um comitê ({ $committees }); somente membros plenos podem ser membros P, mas a categoria registrada é “{ $recorded }”.
    [many] Segundo os dados de comitês da ISO, este organismo é membro P de { $count } comitês ({ $committees }…); somente membros plenos podem ser membros P, mas a categoria registrada é “{ $recorded }”.
   *[other] Segundo os dados de comitês da ISO, este organismo é membro P de { $count } comitês ({ $committees }…); somente membros plenos podem ser membros P, mas a categoria registrada é “{ $recorded }”.
}
category-evidence-confirm = Registrar como membro pleno, com esta evidência como fonte
