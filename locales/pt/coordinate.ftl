# Coordinators: the advocacy pipeline, the dashboard and review cycles.

## The advocacy pipeline (coordinators only)
stage-not-contacted = Não contatado
stage-contacted = Contatado
stage-replied = Respondeu
stage-committed = Assumiu compromisso
stage-voted = Votou
column-stage = Etapa do funil
column-owner = Responsável
column-letters = Cartas
column-cycle = Análise
owner-nobody = Ninguém
owner-me = Eu
review-filter-stage = Etapa do funil
review-filter-stage-all = Qualquer etapa
review-filter-owner = Responsável
review-filter-owner-all = Qualquer pessoa
pipeline-move-heading = Avançar no funil
pipeline-move-to = Mover { $country } para “{ $stage }”
pipeline-moved = O funil foi atualizado.
pipeline-heading = Funil de advocacy
pipeline-intro = Em que ponto está a campanha com este organismo nesta análise e quem mantém contato com ele. Somente os coordenadores veem estas informações.
pipeline-letters = { $count ->
    [one] O Quorum redigiu { $count } carta para este organismo enquanto a votação estava aberta.
    [many] O Quorum redigiu { $count } cartas para este organismo enquanto a votação estava aberta.
   *[other] O Quorum redigiu { $count } cartas para este organismo enquanto a votação estava aberta.
}
field-pipeline-stage = Etapa do funil
field-owner = Responsável
pipeline-save = Salvar o funil
pipeline-notes-heading = Notas de atividade
pipeline-notes-empty = Nenhuma nota ainda.
pipeline-noted = A nota foi adicionada.
field-noted-on = Data (YYYY-MM-DD)
field-note-text = Nota
pipeline-note-add = Adicionar a nota
pipeline-note-by = { $date }, { $who }

## The coordinators' dashboard
nav-coordinate = Painel dos coordenadores
coordinate-title = Painel dos coordenadores
coordinate-cycles-heading = Análises abertas e previstas
coordinate-cycles-empty = Nenhuma análise está aberta ou prevista.
coordinate-closes = A votação se encerra em { $date }
coordinate-stages-label = Organismos membros por etapa do funil
coordinate-mine-count = { $count ->
    [one] { $count } organismo sob sua responsabilidade
    [many] { $count } organismos sob sua responsabilidade
   *[other] { $count } organismos sob sua responsabilidade
}
coordinate-mine-heading = Meus organismos
coordinate-mine-empty = Você não é responsável por nenhum organismo em uma análise aberta ou prevista. Escolha organismos na tabela de uma análise e indique você mesmo como responsável por eles.
coordinate-corrections-heading = Correções sugeridas
coordinate-corrections = { $count ->
    [one] { $count } correção aguarda uma decisão.
    [many] { $count } correções aguardam uma decisão.
   *[other] { $count } correções aguardam uma decisão.
}
coordinate-corrections-link = Abrir a fila
coordinate-signatures = { $count ->
    [one] { $count } assinatura de uma carta aberta aguarda verificação.
    [many] { $count } assinaturas de cartas abertas aguardam verificação.
   *[other] { $count } assinaturas de cartas abertas aguardam verificação.
}
coordinate-changes-heading = Alterações recentes
coordinate-changes-link = Todas as alterações no diretório

## Review cycles
cycle-edit-link = Editar este ciclo de análise
cycle-edit-title = Ciclo de análise { $cycle } da norma { $reference }
cycle-edit-intro = As datas da votação, a situação da análise e, depois que o comitê decidir, a sua decisão. As datas seguem o formato YYYY-MM-DD; uma data de encerramento prevista pode estar no futuro.
cycle-new-heading = Iniciar um ciclo de análise
cycle-new-intro = O nome de um ciclo é formado pela sua norma e pelo ano de abertura da votação, como iso-20400-2027.
cycle-new-for = Nova análise da norma { $reference }
cycle-new-year = Ano de abertura da votação
cycle-new-open = Abrir o formulário
field-opens-on = Abertura da votação
field-closes-on = Encerramento da votação
field-cycle-status = Situação
field-outcome = Decisão
outcome-none = Ainda sem decisão
field-decided-on = Data da decisão
field-cycle-notes = Observações
edit-error-full-date = Digite a data no formato YYYY-MM-DD.
edit-error-closes-before-opens = A votação não pode se encerrar antes de ser aberta.
edit-error-outcome-required = Uma análise já decidida precisa indicar a sua decisão.
edit-error-outcome-needs-decision = Só uma análise já decidida tem decisão: mude a situação para “Decisão tomada” ou deixe a decisão em branco.
history-note = { $field }: { $note }
