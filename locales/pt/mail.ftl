# E-mail: the messages Quorum sends (subjects, bodies, footers), the alert forms and
# pages, and the outbox as admins see it. Placeables are plain text; $what is a phrase
# from the alert-what-* messages, $label a standard's reference or a body's acronym
# with its country.

## Every message

mail-footer = Enviado pelo Quorum, que acompanha como os organismos nacionais de normalização decidem sobre as normas ISO.
mail-unsubscribe = Parar de receber estes e-mails
mail-link-action = Definir sua senha
mail-link-ignore = Se você não esperava esta mensagem, ignore-a: nada acontece enquanto o link não for usado.

## Invitations and password resets (the admin's language)

mail-invite-subject = Seu convite para o Quorum
mail-invite-body = Um administrador convidou você para registrar o que os coordenadores descobrem sobre os organismos nacionais de normalização. Escolha uma senha para ativar sua conta. O link só pode ser usado uma vez e vale por { $hours } horas.
mail-reset-subject = Redefina sua senha do Quorum
mail-reset-body = Um administrador gerou um link para definir uma nova senha para sua conta. Ele só pode ser usado uma vez e vale por { $hours } horas; ao usá-lo, todas as outras sessões são encerradas.

## Co-signatures

mail-signature-subject = Confirme sua assinatura: { $title }
mail-signature-body = Você assinou a carta aberta “{ $title }”. Sua assinatura passa a contar quando você a confirmar, e um coordenador a verifica antes de ela ser publicada. O link vale por { $hours } horas; depois disso, a assinatura e o seu endereço são apagados.
mail-signature-action = Confirmar minha assinatura
signature-thanks-confirm = Obrigado. Enviamos um e-mail para você: sua assinatura passa a contar quando você a confirmar pelo link dessa mensagem.
signature-email-hint-confirm = Necessário para confirmar sua assinatura; nunca é exibido nem compartilhado.
signature-confirm-title = Confirme sua assinatura
signature-confirm-lead = Clique no botão para confirmar sua assinatura na carta aberta. Em seguida, um coordenador a verifica antes de ela ser publicada.
signature-confirm-button = Confirmar minha assinatura
signature-confirm-invalid = Este link não é mais válido: ele já foi usado ou expirou. Se quiser, assine a carta novamente.
signature-confirmed = Sua assinatura foi confirmada. Ela será publicada assim que um coordenador a verificar.

## Alerts

alert-heading = Alertas por e-mail
alert-intro-standard = Receba um e-mail quando as análises ou as adoções desta norma mudarem.
alert-intro-body = Receba um e-mail quando o registro público deste organismo mudar.
alert-intro-review = Receba um lembrete 7 dias e 1 dia antes do encerramento desta votação.
alert-email = Seu endereço de e-mail
alert-email-hint = Primeiro enviamos um link de confirmação; todas as mensagens trazem um link para cancelar o alerta e apagar o seu endereço.
alert-button = Receber alertas
alert-button-review = Receber lembretes
alert-no-mail = Este site não envia e-mails. Use o calendário ou o feed acima para acompanhar as novidades.
alert-sent = Verifique sua caixa de entrada: enviamos um link de confirmação. Nada mais será enviado até que você o use.
alert-error-no-mail = Este site não envia e-mails.
alert-error-too-many = Foram pedidos alertas demais a partir desta conexão ou para este endereço. Tente novamente mais tarde.
alert-what-standard = as análises e adoções da norma { $label }
alert-what-body = o registro público do organismo { $label }
alert-what-review = os lembretes de encerramento da votação da { $label }
alert-label-review = análise sistemática da norma { $reference }
alert-page-title = Seu alerta por e-mail
alert-page-lead = Alertas sobre { $what } para { $email }.
alert-state-confirmed = Confirmado: você recebe estes alertas.
alert-state-waiting = Ainda não confirmado: nada será enviado até que você confirme.
alert-confirm-button = Confirmar meu alerta
alert-confirmed = Seu alerta foi confirmado.
alert-unsubscribe-button = Cancelar e apagar meu endereço
alert-privacy = O Quorum guarda o seu endereço apenas para este alerta. Ao cancelá-lo, o endereço é apagado.
alert-unsubscribe-title = Parar de receber estes e-mails
alert-unsubscribe-lead = Clique no botão para parar de receber estes e-mails. O seu endereço é apagado imediatamente.
alert-unsubscribed = Pronto: você não receberá mais estes e-mails, e o seu endereço foi apagado.
alert-unknown = Este link não é mais válido: o alerta já foi cancelado.

## The messages of an alert

mail-alert-confirm-subject = Confirme seu alerta: { $what }
mail-alert-confirm-body = Alguém, provavelmente você, pediu ao Quorum alertas por e-mail sobre { $what }. Confirme para começar a recebê-los.
mail-alert-confirm-action = Confirmar meu alerta
mail-alert-confirm-ignore = Se não foi você quem pediu, ignore esta mensagem: nada mais será enviado, e o endereço não será usado.
mail-reminder-subject = { $days ->
    [0] A votação se encerra hoje: { $reference }
    [one] A votação se encerra amanhã: { $reference }
    [many] A votação se encerra daqui a { $days } dias: { $reference }
   *[other] A votação se encerra daqui a { $days } dias: { $reference }
}
mail-reminder-body = A votação sobre a norma { $reference } se encerra em { $date }. Ainda dá tempo de escrever aos organismos nacionais que não decidiram.
mail-reminder-action = Ver a análise e quem ainda pode decidir
mail-changes-subject = { $count ->
    [one] Uma alteração: { $what }
    [many] { $count } alterações: { $what }
   *[other] { $count } alterações: { $what }
}
mail-changes-body = { $count ->
    [one] Há uma nova alteração sobre { $what }:
    [many] Há { $count } novas alterações sobre { $what }:
   *[other] Há { $count } novas alterações sobre { $what }:
}

## The coordinators' weekly digest

mail-digest-subject = Quorum: seu resumo semanal
mail-digest-intro = O que precisa de atenção nesta semana.
mail-digest-no-reviews = Nenhuma análise está aberta ou prevista.
mail-digest-closes = { $days ->
    [0] encerramento em { $date } (hoje)
    [one] encerramento em { $date } (amanhã)
    [many] encerramento em { $date } (daqui a { $days } dias)
   *[other] encerramento em { $date } (daqui a { $days } dias)
}
mail-digest-closes-unknown = data de encerramento desconhecida
mail-digest-review = { $reference }: { $closing }; organismos membros não contatados: { $not_contacted }; etapas do funil sem alteração há três semanas: { $stale }
mail-digest-queues = Aguardando: correções sugeridas ({ $corrections }) e assinaturas a verificar ({ $signatures }).
mail-digest-action = Abrir o painel dos coordenadores

## Admins

accounts-link-mailed = O link foi enviado por e-mail para o endereço.
mail-admin-heading = E-mail
mail-admin-enabled = O e-mail está configurado: convites, redefinições de senha, confirmações de assinaturas, alertas e o resumo semanal são enviados pela caixa de saída.
mail-admin-disabled = O e-mail não está configurado (a variável QUORUM_SMTP_URL não está definida): os links aparecem aqui para que você mesmo os envie, as assinaturas de cartas abertas não precisam de confirmação e os alertas não são oferecidos.
mail-admin-counts = Caixa de saída — aguardando: { $queued }, enviados: { $sent }, com falha: { $failed }.
mail-admin-kind = Tipo
mail-admin-status = Situação
mail-admin-attempts = Tentativas
mail-admin-when = Data
mail-admin-error = Último erro
mail-status-queued = aguardando
mail-status-sent = enviado
mail-status-failed = com falha

## The digest on the account page

digest-heading = Resumo semanal
digest-on = Você recebe o resumo semanal por e-mail às segundas-feiras.
digest-off = Você não recebe o resumo semanal.
digest-turn-on = Receber o resumo semanal
digest-turn-off = Parar de receber o resumo semanal
digest-no-mail = Este site não envia e-mails, portanto não há resumo semanal.
