# After the letter: advocates tell what happened (no account), coordinators decide on
# their reports, and everyone sees the counts. $body is a body's acronym with its
# country ("ABNT (Brazil)"); $date a formatted date; $answer one of the
# outcome-stance-* phrases.

## "I sent it"

outcome-sent-heading = Você enviou a carta?
outcome-sent-intro = Avise-nos quando a sua carta tiver sido enviada: ela passa a contar entre as cartas a este organismo, e você recebe um link privado para nos contar depois o que ele respondeu. Nada do que você escreveu é guardado.
outcome-sent-email = Seu endereço de e-mail (opcional)
outcome-sent-email-hint = Enviamos o link privado por e-mail uma única vez e não guardamos o endereço.
outcome-sent-button = Enviei a carta
outcome-error-too-many = Muitos relatos foram enviados daqui na última hora. Tente novamente mais tarde.
outcome-error-closed = Este relato não pode mais ser alterado: um coordenador já o analisou.
outcome-error-no-position = Este relato não contém uma resposta que possa ser registrada como posição.

## The advocate's private page

outcome-title = Sua carta e a resposta
outcome-new = Obrigado. Esta página é o seu link privado: guarde-o para nos avisar quando o organismo responder. Qualquer pessoa com o link pode alterar o relato.
outcome-copy = Copiar o link
outcome-copied = Link copiado
outcome-thanks = Obrigado: seu relato chegou aos coordenadores.
outcome-sent-on = Você enviou sua carta ao organismo { $body } em { $date }.
outcome-replied-on = Resposta de { $date }: { $answer }
outcome-reply-heading = O organismo respondeu
outcome-reply-intro = O que o organismo disse que vai fazer na análise? Seu relato chega aos coordenadores, nunca ao público: o público vê apenas quantas cartas foram enviadas e respondidas.
outcome-reply-stance = Resposta do organismo
outcome-reply-text = O que o organismo escreveu (opcional)
outcome-reply-text-hint = Só os coordenadores leem este texto; ele nunca é publicado.
outcome-reply-button = Enviar a resposta
outcome-unknown = Este link não é válido.
outcome-stance-confirm = vai votar pela confirmação da norma
outcome-stance-revise = vai votar pela revisão
outcome-stance-withdraw = vai votar pelo cancelamento
outcome-stance-undecided = ainda não decidiu
outcome-stance-no-answer = sem indicação de voto

## Coordinators

outcome-reports-heading = Relatos do público
outcome-reports-intro = O que relataram as pessoas que escreveram a este organismo. Confiabilidade baixa: registre uma posição apenas se a resposta for crível; o relato passa a ser a sua fonte.
outcome-reports-decided = O relato foi analisado.
outcome-reports-none = Ninguém relatou ter escrito a este organismo nesta análise.
outcome-reports-no-reply = nenhuma resposta relatada
outcome-via-letter = Carta do editor
outcome-via-open-letter = Carta aberta
outcome-status-open = a decidir
outcome-status-recorded = registrado como posição
outcome-status-dismissed = descartado
outcome-reports-open = { $count ->
    [one] { $count } relato a decidir
    [many] { $count } relatos a decidir
   *[other] { $count } relatos a decidir
}
outcome-record-button = Registrar como posição (intenção, confiabilidade baixa)
outcome-dismiss-button = Descartar

## Public counts

outcome-counts-heading = Cartas aos organismos
outcome-counts = { $letters ->
    [one] { $letters } carta iniciada
    [many] { $letters } cartas iniciadas
   *[other] { $letters } cartas iniciadas
}, { $sent ->
    [one] { $sent } com envio relatado
    [many] { $sent } com envio relatado
   *[other] { $sent } com envio relatado
}, { $replies ->
    [one] { $replies } com resposta
    [many] { $replies } com resposta
   *[other] { $replies } com resposta
}.
outcome-counts-hint = Cartas iniciadas no editor do Quorum enquanto a análise estava aberta, e o que os remetentes nos contaram depois. Só contagens: quem escreveu e o que escreveu continua privado.
outcome-counts-country = País
outcome-counts-letters = Cartas iniciadas
outcome-counts-sent = Envio relatado
outcome-counts-replies = Respostas

## E-mail

mail-outcome-subject = Seu link privado: a carta ao organismo { $body }
mail-outcome-body = Obrigado por escrever ao organismo { $body }. Quando ele responder, use este link para nos contar o que disse. Guarde-o só para você: qualquer pessoa com o link pode alterar o relato.
mail-outcome-action = Contar o que o organismo respondeu

## The letters layer of a review's map

outcome-map-description = Mapa-múndi: cada país está colorido conforme as cartas ao seu organismo nacional que os usuários do Quorum iniciaram ou relataram ter enviado nesta análise.
outcome-map-layer = Colorir o mapa por
outcome-map-positions = posições
outcome-map-letters = cartas
outcome-map-bucket-0 = nenhuma carta
outcome-map-bucket-1 = 1 ou 2 cartas
outcome-map-bucket-2 = de 3 a 9 cartas
outcome-map-bucket-3 = 10 cartas ou mais
