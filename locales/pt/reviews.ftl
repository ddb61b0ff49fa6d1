## Systematic reviews: cycles, positions, the projected outcome
nav-reviews = Análises

reviews-title = Análises sistemáticas
reviews-intro = Toda norma passa por análise no máximo cinco anos após a sua publicação ou a sua última confirmação. Os organismos nacionais membros recomendam confirmá-la, revisá-la, emendá-la ou cancelá-la; os membros participantes do comitê são obrigados a votar. Veja aqui a posição de cada organismo.
reviews-empty = Nenhuma análise foi registrada ainda.
review-page-title = Análise { $cycle } da norma { $reference }
review-heading = Análise sistemática da norma { $reference }
review-cycle-id = Análise { $cycle }

## Cycle status
review-status-planned = Prevista
review-status-open = Votação aberta
review-status-closed = Votação encerrada, decisão pendente
review-status-decided = Decisão tomada
review-result-heading = Resultado
review-result-decided = Esta revisão está decidida. As projeções e a lista de quem pode mudar o resultado só aparecem enquanto uma revisão está aberta.
review-result-pending = A votação fechou e a decisão ainda não está registrada.
review-field-status = Situação
review-field-opens = Abertura da votação
review-field-closes = Encerramento da votação
review-field-outcome = Decisão
review-field-notes = Observações
review-outcome-confirmed = Confirmada
review-outcome-revised = Será revisada
review-outcome-withdrawn = Cancelada
review-outcome-stage = { $outcome } (estágio { $stage }), { $date }
review-days-left = { $days ->
    [0] A votação se encerra hoje.
    [one] A votação se encerra amanhã.
    [many] Faltam { $days } dias para o encerramento da votação.
   *[other] Faltam { $days } dias para o encerramento da votação.
}
review-closed-ago = A votação foi encerrada em { $date }.

## Positions
position-confirm = Confirmar
position-revise = Revisar
position-amend = Emendar
position-withdraw = Cancelar
position-abstain = Abster-se
position-none = Ainda sem posição
kind-intention = Intenção declarada
kind-vote = Voto emitido
kind-result = Resultado publicado
voter-obliged = Membro P: deve votar
voter-optional = Membro pleno: pode votar
voter-non-voting = Não vota

## Tally
tally-heading = A posição dos organismos
tally-intro = A última posição registrada de cada organismo. Os membros P do comitê devem votar; os demais membros plenos podem votar; os membros correspondentes e assinantes não votam.
tally-position = Posição
tally-obliged = Membros P
tally-optional = Demais membros plenos
tally-non-voting = Membros sem direito a voto

## The projection
projection-heading = Resultado projetado
projection-disclaimer = Quem decide é o comitê. Esta projeção é uma estimativa feita a partir das posições registradas aqui, segundo as regras abaixo; não é um resultado.
projection-outcome-confirm = Confirmar
projection-outcome-revise = Revisar
projection-outcome-amend = Emendar
projection-outcome-withdraw = Cancelar
projection-outcome-committee = O comitê decide
projection-low-usage = Países que adotaram a norma: { $usage }, menos de { $threshold }. O cancelamento é o desfecho provável, qualquer que seja a votação.
projection-majority = { $margin ->
    [one] Entre os membros P que votaram, esta opção está { $margin } voto à frente da seguinte.
    [many] Entre os membros P que votaram, esta opção está { $margin } votos à frente da seguinte.
   *[other] Entre os membros P que votaram, esta opção está { $margin } votos à frente da seguinte.
}
projection-tie = Os membros P que votaram estão divididos igualmente.
projection-no-majority = Nenhuma opção tem ainda a maioria dos votos dos membros P.
projection-undecided = { $count ->
    [one] { $count } membro P não tem posição registrada.
    [many] { $count } membros P não têm posição registrada.
   *[other] { $count } membros P não têm posição registrada.
}
projection-rules = Regras: uma norma adotada em menos de { $threshold } países é candidata ao cancelamento; nos demais casos, decide a maioria simples dos membros P que votam, sem contar as abstenções; em caso de empate, a decisão cabe ao comitê.
projection-outcome-not-enough = Não há registros suficientes para projetar um resultado
projection-usage-unknown = { $usage ->
    [one] Há { $usage } adoção registrada e { $unknown } de { $bodies } organismos são desconhecidos: os registros não dizem se menos de { $threshold } países usam a norma, por isso nenhuma regra pode ainda ser aplicada.
   *[other] Há { $usage } adoções registradas e { $unknown } de { $bodies } organismos são desconhecidos: os registros não dizem se menos de { $threshold } países usam a norma, por isso nenhuma regra pode ainda ser aplicada.
}
projection-votes-unknown = { $undecided ->
    [one] { $undecided } de { $obliged } membros P não tem posição registrada e ainda pode mudar a maioria.
   *[other] { $undecided } de { $obliged } membros P não têm posição registrada e ainda podem mudar a maioria.
}
projection-voters-unknown = Nenhum membro P do comité está registado, por isso os registros não dizem quem tem de votar.

## Swing list
swing-heading = Quem ainda pode mudar o resultado
swing-intro = Os membros P sem posição definitiva, começando por aqueles cujo voto pela confirmação mais mudaria o resultado.
swing-empty = Pelos registros, nenhum membro P ainda pode mudar de posição.
swing-decisive = Decisivo: o voto deste membro bastaria para tornar a confirmação o resultado projetado.
swing-gain = { $gain ->
    [one] Um voto pela confirmação aumenta a vantagem dela em { $gain } voto.
    [many] Um voto pela confirmação aumenta a vantagem dela em { $gain } votos.
   *[other] Um voto pela confirmação aumenta a vantagem dela em { $gain } votos.
}

## Table and map
review-table-heading = Todos os organismos
review-table-caption = A última posição registrada de cada organismo nesta análise, com a respectiva fonte.
column-voter = Voto
column-position = Posição
column-kind = Tipo
review-map-description = Mapa-múndi: cada país está colorido conforme a última posição do seu organismo na análise { $cycle }. Escolha um país para abrir a página do organismo; a tabela abaixo traz as mesmas informações.

## On a body's page
body-reviews-heading = Análises sistemáticas
body-reviews-empty = Nenhuma posição deste organismo foi registrada em nenhuma análise.
body-review-position = { $date }: { $position } ({ $kind })

## Coordinators record positions
edit-position-link = Registrar uma posição
edit-position-for = Registrar a posição de { $country }
position-edit-title = { $country } na análise { $cycle }
position-edit-intro = Registre o que você soube sobre a posição deste organismo: o que ele declarou que faria, o voto que emitiu ou o resultado publicado. As posições anteriores continuam no histórico; vale a mais recente pela data.
field-position = Posição
field-kind-position = Tipo de informação
field-confidence-position = Confiabilidade
position-save = Registrar a posição
position-recorded = A posição foi registrada.
position-history-heading = Posições registradas nesta análise
position-history-empty = Nenhuma posição foi registrada ainda.
position-conflict = Enquanto isso, alguém registrou uma posição mais recente para este organismo: { $position }. Confira-a antes de registrar a sua.

## Filters of the review page
review-filter-position = Posição
review-filter-position-all = Qualquer posição
review-filter-voter = Voto
review-filter-voter-all = Todos
review-showing = { $total ->
    [one] Organismo que corresponde aos filtros: { $shown } de { $total }.
    [many] Organismos que correspondem aos filtros: { $shown } de { $total }.
   *[other] Organismos que correspondem aos filtros: { $shown } de { $total }.
}

review-voters-board = Esta norma está diretamente a cargo do Conselho de Gestão Técnica da ISO (ISO/TMBG), que não tem membros P listados. O Quorum não encontrou a regra que a ISO aplica à votação de análise nesse caso; por isso, considera todos os membros plenos como votantes.

## The ballot radar: reviews running now and due in the next twelve months
radar-title = Radar de votações
radar-intro = As análises sistemáticas em andamento e, em seguida, as normas cuja próxima análise vence nos próximos doze meses, para todas as normas que a ISO publica, cada uma com o número de organismos obrigados a votar.
radar-filter-committee = Comitê
radar-filter-ics = Campo ICS
radar-filter-scope = Normas
radar-scope-all = Todas as normas
radar-scope-followed = Apenas as normas acompanhadas
radar-apply = Mostrar
# $count (number) reviews; $until is a formatted date.
radar-count = { $count ->
    [0] Nenhuma análise está em andamento ou vence antes de { $until }.
    [one] Uma análise está em andamento ou vence antes de { $until }.
    [many] { $count } de análises estão em andamento ou vencem antes de { $until }.
   *[other] { $count } análises estão em andamento ou vencem antes de { $until }.
}
radar-derived-note = As datas de “Prazo” são deduzidas pelo Quorum, não publicadas pela ISO: cinco anos após a publicação ou a última confirmação. A ISO envia as votações de análise em lotes, então uma votação pode abrir antes.
# The radar as a calendar feed (/api/v1/reviews/upcoming.ics): its name, and each event's
# summary and description. $reference: ISO 20400:2017; $title: the standard's title; $date: a formatted date.
radar-ics-calendar = Quorum: radar de votações
radar-ics-closes = { $reference }: encerramento da votação de análise sistemática
radar-ics-closes-detail = { $title } — a votação se encerra em { $date }.
radar-ics-due = { $reference }: prazo da análise sistemática (deduzido)
radar-ics-due-detail = { $title } — vence cinco anos após a publicação ou a última confirmação; prazo deduzido pelo Quorum, não publicado pela ISO.
radar-json = JSON
radar-csv = CSV
radar-calendar = Calendário (iCalendar)
radar-col-standard = Norma
radar-col-committee = Comitê
radar-col-what = Análise
radar-col-date = Data
radar-col-voters = Obrigados a votar
radar-running = Votação em andamento (encerramento)
radar-due = Prazo (deduzido)
radar-closes-unknown = Data de encerramento não registrada
radar-voters-every = Todos os membros plenos
radar-link = Radar de votações: todas as análises em andamento ou que vencem nos próximos doze meses
# $body is a body's two-letter code.
radar-for-body = Apenas as análises em que { $body } é obrigado a votar.

## A body's page: the ballots it must vote in
body-ballots-heading = Próximas votações
body-ballots-none = Pelos registros, nenhuma análise em que este organismo é obrigado a votar está em andamento ou vence nos próximos doze meses.
# $count is a number.
body-ballots-count = { $count ->
    [one] Uma análise em que este organismo é obrigado a votar está em andamento ou vence nos próximos doze meses:
    [many] { $count } análises em que este organismo é obrigado a votar estão em andamento ou vencem nos próximos doze meses:
   *[other] { $count } análises em que este organismo é obrigado a votar estão em andamento ou vencem nos próximos doze meses:
}
# $date is a formatted date.
body-ballot-closes = a votação se encerra em { $date }
body-ballot-running = votação em andamento (data de encerramento não registrada)
body-ballot-due = prazo: { $date } (deduzido)
body-ballots-all = Ver todas no radar de votações
