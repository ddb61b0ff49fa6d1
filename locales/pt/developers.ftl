# /developers: the open data API.
nav-developers = Dados abertos e API
developers-title = Dados abertos e API
developers-intro = Tudo o que o Quorum mostra ao público pode ser lido por programas: organismos, normas, adoções nacionais, versões linguísticas, análises, posições e cartas. Sem chave e sem login. Cada valor vem acompanhado da sua fonte e da data em que foi verificado.
developers-openapi = O documento OpenAPI (openapi.json)
developers-endpoints-heading = Endpoints
developers-column-path = Caminho
developers-column-what = O que fornece
developers-column-example = Exemplo
developers-nsbs = Todos os organismos nacionais de normalização com os seus dados de contato, cada valor com a sua fonte; os filtros do diretório (q, category, region, sort), em páginas.
developers-nsb = Um organismo, pelo código do país.
developers-nsbs-csv = Os mesmos organismos em forma de planilha, com cada campo seguido da sua fonte e data.
developers-standards = As normas acompanhadas, com os seus dados, o número de adoções e as versões linguísticas.
developers-standard = Uma norma; acrescente .csv para obter uma planilha.
developers-adoptions = A adoção da norma por cada organismo, filtrada como na página da norma (status, category, region, sort), em páginas.
developers-adoptions-csv = As mesmas adoções em forma de planilha.
developers-translations = As versões linguísticas da norma (título, tipo, editora, ano, fonte); acrescente .csv para obter uma planilha.
developers-reviews = Todos os ciclos de análise sistemática, com as suas datas, situação e decisão.
developers-review = Uma análise: a contagem por posição e por direito de voto, e o resultado projetado com a lista de quem ainda pode mudá-lo.
developers-positions = A última posição de cada organismo na análise, filtrada como na página da análise (position, voter, category, region), em páginas.
developers-positions-csv = As mesmas posições em forma de planilha.
developers-letters = Uma carta a um organismo, no idioma dele ou em qualquer outro, pronta para enviar.
developers-conventions-heading = Como a API responde
developers-envelope = As respostas JSON são um objeto: os dados em "data", a atribuição em "licence" e, nas listas que podem crescer, a página em "pagination". Nas planilhas, cada linha termina com uma coluna de licença.
developers-paging = As listas vêm em páginas de 50: peça outra com page=2 e até 500 itens com per_page=500. Uma página além da última vem vazia; uma página ou um tamanho que não seja um número dentro do intervalo permitido é recusado.
developers-filters = Os filtros aceitam os mesmos valores que os endereços das páginas, de modo que basta copiar a consulta de uma página filtrada para transformá-la em um download.
developers-errors = Um erro é um objeto "error" com os campos "code" e "message", enviado com o status correspondente (400, 404…); a mensagem vem no idioma do seu cabeçalho Accept-Language.
developers-caching = Cada resposta traz um ETag e uma data Last-Modified: envie-os de volta em If-None-Match ou If-Modified-Since e uma resposta inalterada volta como 304 Not Modified, sem corpo.
developers-cors = Qualquer site pode ler a API a partir do navegador (o CORS está aberto para GET).
developers-licence-heading = Licença e atribuição
developers-licence = Os dados do Quorum vêm de várias fontes, cada uma com os seus próprios termos; cada valor indica a sua fonte. Reutilize-os com atribuição ao Quorum e a essa fonte:
developers-open-letters = As cartas abertas publicadas pela campanha e seus idiomas.
developers-open-letter = Uma carta aberta no idioma escolhido (lang), lado a lado com outro (second) ou endereçada a um organismo (nsb).
developers-translations-api = Todos os idiomas em que o Quorum escreve: interface ou só cartas, quanto do texto em inglês eles cobrem, a situação da revisão das suas cartas e os países membros aos quais o Quorum escreve primeiro em cada um deles.

## /developers/translations
languages-title = Traduções
languages-intro = As páginas do Quorum estão nos idiomas da interface; as cartas são escritas em muitos outros. As cartas de cada idioma são primeiro redigidas e depois lidas e corrigidas por um falante nativo, cujo nome aparece aqui. Qualquer pessoa pode ajudar: o arquivo locales/README.md no código-fonte explica como.
languages-list-heading = Idiomas
languages-column-language = Idioma
languages-column-kind = Uso
languages-column-letters = Textos das cartas
languages-column-interface = Interface
languages-column-review = Revisão das cartas
languages-column-countries = Países membros aos quais o Quorum escreve primeiro neste idioma
languages-kind-interface = Páginas e cartas
languages-kind-letters = Cartas
# $done of $total messages translated.
languages-share = { $done } de { $total }
languages-status-source = O texto original
languages-status-drafted = Ainda não revisado por um falante nativo
# $who: the reviewer's name; $date: when.
languages-status-reviewed = Revisado por { $who } em { $date }
languages-uncovered-heading = Países aos quais o Quorum ainda escreve em inglês
languages-uncovered-intro = O primeiro idioma destes países membros ainda não tem cartas, por isso as cartas para eles são oferecidas primeiro em inglês, com um aviso:
languages-uncovered-none = Nenhum: todos os países membros recebem as cartas no seu primeiro idioma.

## The embeddable widget (/embed/write) and its snippet on /developers.
embed-title = Escreva ao organismo nacional de normalização do seu país
embed-lead = Escolha o seu país: o Quorum redige uma carta formal ao organismo de normalização desse país, no idioma dele, pronta para enviar.
embed-country = Seu país
embed-choose = Escolha o seu país
embed-write = Escrever a carta
embed-by = Quorum: quem decide sobre as normas internacionais e como contatá-los
developers-embed-heading = Coloque “Escreva ao organismo de normalização do seu país” no seu site
developers-embed-intro = Copie este trecho de código em uma página do seu site. Ele mostra uma lista de países no idioma que você definir com lang= (en, fr, pt…) e abre o editor de cartas do Quorum em uma nova aba. É a única página do Quorum que outros sites podem incorporar em um quadro; ela não grava nenhum cookie e não executa nenhum script.
developers-embed-preview = Veja como fica:
developers-embed-copy = Copiar o trecho
developers-embed-copied = Trecho copiado
developers-embed-frame-title = Escreva ao organismo nacional de normalização do seu país (Quorum)
