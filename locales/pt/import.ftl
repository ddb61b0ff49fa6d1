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
