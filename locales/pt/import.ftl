# /import: coordinators import spreadsheets (CSV).
nav-import = Importar uma planilha
import-title = Importar uma planilha
import-intro = Envie um arquivo CSV de organismos, adoções ou posições em análises. De início, nada é salvo: você vê, linha por linha, o que o arquivo acrescentaria, alteraria ou deixaria como está, e cada linha recusada, com o número da linha e o motivo. Só quando nenhuma linha for recusada você poderá confirmar; então o arquivo inteiro é salvo de uma só vez, ou nada é salvo. Toda alteração entra no histórico com a sua conta e o arquivo.
import-limits = Arquivos de até { $megabytes } MB e { $rows } linhas, em UTF-8, com uma linha de cabeçalho. As colunas que a importação não reconhece são ignoradas.
import-kind-bodies = Organismos
import-kind-adoptions = Adoções
import-kind-positions = Posições em análises
import-columns-bodies = Uma linha por organismo, identificado pelo código do país (alpha2). Só as colunas presentes são comparadas; um valor alterado precisa de uma fonte e da respectiva data (source e as_of ou, campo a campo, acronym_source e acronym_as_of…). A exportação do diretório segue este formato.
import-columns-adoptions = Uma linha por norma e organismo. status é adopted, in_progress, not_adopted ou unknown (em uma exportação, ele fica na coluna record_status); degree é IDT, MOD ou NEQ; as datas, como 2017, 2017-04 ou 2017-04-19. Uma alteração precisa de source e as_of.
import-columns-positions = Uma linha por ciclo de análise e organismo. position é confirm, revise, amend, withdraw, abstain ou none; kind é intention, vote ou result; confidence é high, medium-high, medium ou low. Cada posição diferente é acrescentada ao histórico do organismo.
import-template = Baixar o modelo
import-export-current = Baixar os dados atuais
import-file-label = Arquivo CSV
import-upload = Verificar o arquivo
import-error-too-large = O arquivo ultrapassa o tamanho máximo.
import-error-too-many-rows = O arquivo tem mais linhas do que o máximo permitido.
import-error-encoding = O arquivo não é um texto em UTF-8. Salve-o como “CSV UTF-8” e envie-o novamente.
import-error-csv = Não foi possível ler o arquivo como CSV (alguma aspa sem fechar?).
import-error-empty = O arquivo não tem linhas para importar.
import-error-missing-column = O arquivo não tem a coluna “{ $column }”, necessária para este tipo de importação.
import-error-separator = As colunas do arquivo não estão separadas por vírgulas, ponto e vírgula nem tabulações, por isso o cabeçalho é lido como uma única coluna. Salve-o novamente como CSV (separado por vírgulas ou ponto e vírgula) e envie-o.
import-error-choice = Este valor não é permitido aqui. Use um destes valores: { $detail } (maiúsculas ou minúsculas, tanto faz).
import-error-kind = Escolha o que o arquivo contém: organismos, adoções ou posições em análises.
import-error-unknown-country = Nenhum organismo tem este código de país.
import-error-duplicate = Uma linha anterior do arquivo se refere ao mesmo registro.
import-error-unknown-standard = Nenhuma norma acompanhada tem este identificador.
import-error-unknown-cycle = Nenhum ciclo de análise tem este identificador.
import-error-applied = Este arquivo já foi importado.
import-error-changed = Os registros mudaram desde esta pré-visualização. Veja a nova pré-visualização abaixo antes de confirmar.
import-error-nothing = Não há nada para importar: uma linha foi recusada ou nada mudaria.
import-preview-title = Importação de { $file }
import-count-add = { $count ->
    [one] { $count } linha acrescenta um registro
    [many] { $count } linhas acrescentam registros
   *[other] { $count } linhas acrescentam registros
}
import-count-change = { $count ->
    [one] { $count } linha altera um registro
    [many] { $count } linhas alteram registros
   *[other] { $count } linhas alteram registros
}
import-count-same = { $count ->
    [one] { $count } linha deixa o seu registro como está
    [many] { $count } linhas deixam os seus registros como estão
   *[other] { $count } linhas deixam os seus registros como estão
}
import-count-refused = { $count ->
    [one] { $count } linha foi recusada
    [many] { $count } linhas foram recusadas
   *[other] { $count } linhas foram recusadas
}
import-refused-notice = Algumas linhas foram recusadas, por isso nada pode ser importado. Corrija-as no seu arquivo e envie-o novamente.
import-nothing-notice = O arquivo não alteraria nada.
import-confirm-intro = Nada foi salvo ainda. Confirme para salvar de uma só vez todas as alterações abaixo.
import-confirm = { $count ->
    [one] Importar { $count } linha
    [many] Importar { $count } linhas
   *[other] Importar { $count } linhas
}
import-applied = Importado em { $date }.
import-column-line = Linha
import-column-record = Registro
import-column-action = O que acontece
import-column-details = Detalhes
import-action-add = Adicionado
import-action-change = Alterado
import-action-same = Mantido como está
import-action-refused = Recusado
import-rows-more = { $count ->
    [one] Mais { $count } linha não está listada.
    [many] Mais { $count } linhas não estão listadas.
   *[other] Mais { $count } linhas não estão listadas.
}
import-again = Enviar outro arquivo
import-running = Gravando a importação: { $done } de { $total } linhas…
import-running-start = Gravando a importação…
import-error-storage = Não foi possível guardar o arquivo; nada foi importado. Tente novamente.

## ISO Open Data files (admins)
import-iso-heading = ISO Open Data
import-iso-intro = A ISO publica seus comitês (com os respectivos membros P e O) e todas as suas publicações como dados abertos (ODC-By). Envie o arquivo da ISO tal como foi publicado — CSV ou JSON Lines, compactado com gzip ou não: o Quorum primeiro o verifica e mostra o que ele acrescentaria, alteraria e deixaria como está; depois, salva-o quando você confirmar. Todo valor mantém a fonte “ISO Open Data, <conjunto de dados>, <data>”.
# $megabytes is a number.
import-iso-limits = No máximo { $megabytes } MB.
import-iso-dataset = Conjunto de dados
import-iso-committees = Comitês (iso_technical_committees)
import-iso-deliverables = Publicações (iso_deliverables_metadata)
import-iso-date = Data do arquivo
import-iso-check = Enviar e verificar
import-iso-error-dataset = Escolha a qual conjunto de dados da ISO o arquivo corresponde.
import-iso-error-format = O nome do arquivo deve terminar em .csv ou .jsonl (ou .csv.gz, .jsonl.gz), como os arquivos da ISO.
import-iso-error-date = A data do arquivo não é uma data válida.
import-iso-error-gone = O arquivo enviado não está mais no servidor (ele foi reiniciado). Envie-o novamente.
import-iso-error-changed = Não foi possível salvar o arquivo: algumas linhas não puderam ser lidas. Nada foi salvo.
import-iso-checking = Verificando o arquivo…
import-iso-writing = Gravando os registros…
import-iso-applied = Salvo. Todas as alterações estão no histórico.
# $count is a number; $source names the dataset and date.
import-iso-read = { $count ->
    [one] { $count } registro lido ({ $source }).
    [many] { $count } registros lidos ({ $source }).
   *[other] { $count } registros lidos ({ $source }).
}
import-iso-problems = Algumas linhas não podem ser lidas, por isso nada pode ser salvo. Corrija o arquivo e envie-o novamente:
# $line is a line number of the file.
import-iso-problem = Linha { $line }:

## Why a line of an ISO Open Data file cannot be read. $column, $columns, $ids and
## $acronyms are the file's own column names (title.en, pMembers.id…), quoted as they are;
## $cell is the value found, cut short; $detail is the file reader's own words (English).
iso-line-unreadable = Não foi possível ler o arquivo a partir desta linha: { $detail }
iso-line-too-long = A linha tem mais de { $bytes } bytes.
iso-line-not-number = “{ $column }” deve ser um número inteiro, não “{ $cell }”.
iso-line-not-list = “{ $column }” deve ser uma lista entre colchetes, não “{ $cell }”.
iso-line-missing-columns = O cabeçalho não tem a coluna { $columns }.
iso-line-cell-count = Número de células: { $count } neste registro e { $expected } no cabeçalho.
iso-line-not-utf8 = O registro não está em UTF-8 válido.
iso-line-csv = Não é possível ler o registro como CSV: { $detail }
iso-line-unpaired = Não é possível emparelhar “{ $ids }” e “{ $acronyms }”, pois não têm o mesmo número de itens ({ $ids_count } e { $acronyms_count }, respectivamente).
iso-line-bad-id = O identificador deve ser um número positivo, não { $cell }.
iso-line-no-id = O registro não tem identificador.
iso-line-no-reference = O registro não tem referência.
iso-line-no-status = O comitê não tem status.
iso-line-reference = A referência “{ $cell }” não contém nenhuma letra nem algarismo.
iso-line-stage-format = “currentStage” deve ser um código de estágio como 9093 ou 90.93, não “{ $cell }”.
iso-line-unknown-stage = O valor { $cell } de “currentStage” não é um código de estágio.
iso-line-date = “publicationDate” deve ser uma data como 2017-04-21, não “{ $cell }”.
iso-line-not-committee = A linha não é um comitê no formato em que a ISO os publica: { $detail } (coluna { $column }).
iso-line-not-deliverable = A linha não é uma publicação no formato em que a ISO as publica: { $detail } (coluna { $column }).
import-iso-records = Registros
import-iso-added = Adicionados
import-iso-changed = Alterados
import-iso-same = Inalterados
import-iso-row-committees = Comitês
import-iso-row-memberships = Participações em comitês
import-iso-row-standards = Normas
# $count is a number.
import-iso-unmatched = { $count ->
    [0] Todos os membros listados correspondem a um organismo do diretório.
    [one] Um identificador de membro não corresponde a nenhum organismo do diretório; veja os membros sem correspondência.
    [many] { $count } identificadores de membro não correspondem a nenhum organismo do diretório; veja os membros sem correspondência.
   *[other] { $count } identificadores de membro não correspondem a nenhum organismo do diretório; veja os membros sem correspondência.
}
# $opened and $closed are numbers.
import-iso-reviews = Ciclos de análise abertos: { $opened }; encerrados ou decididos: { $closed }.
import-iso-confirm-intro = O arquivo inteiro é salvo em uma única transação: tudo ou nada.
import-iso-confirm = Importar estes registros

## ISO member ids that match no body (admins)
unmatched-title = Membros da ISO sem correspondência
unmatched-intro = Os dados de comitês da ISO listam estes identificadores de membro, mas nenhum organismo do diretório os possui. Crie o organismo do país ao qual pertence um identificador de membro (ou acrescente o identificador ao registro de um organismo existente): as participações dele em comitês são registradas imediatamente, com o arquivo de comitês como fonte.
unmatched-none = Todos os identificadores de membro dos dados de comitês correspondem a um organismo do diretório.
# $id is ISO's member id.
unmatched-id = Identificador de membro da ISO { $id }
# $p and $o are numbers of committees.
unmatched-counts = { $p ->
    [0] Membro P de nenhum comitê, membro O de { $o }:
    [one] Membro P de { $p } comitê, membro O de { $o }:
    [many] Membro P de { $p } comitês, membro O de { $o }:
   *[other] Membro P de { $p } comitês, membro O de { $o }:
}
unmatched-country = País
unmatched-country-choose = Escolha o país (entre os que não têm organismo)
unmatched-create = Criar o organismo com as suas participações em comitês
unmatched-error-country = Escolha o país do organismo.
unmatched-error-taken = Esse país já tem um organismo; em vez disso, acrescente o identificador de membro ao registro dele.
unmatched-link = Membros da ISO sem correspondência
