# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Italiano
# Writing direction: ltr or rtl.
locale-direction = ltr

## The letters. A formal register fit for writing to a national institution.
## Placeables: $body (the body's full name), $acronym (short name, or full name when no
## acronym is known), $country, $standard (ISO 20400:2017), $title (the standard's title in
## this language when an official one is recorded, otherwise in English), $language (the
## country's main language, in this language), $adopted (how many national adoptions
## Quorum records), $confirmed (date the last systematic review was completed),
## $deadline (date the current ballot closes), $due_by (no ballot open: the date the next
## systematic review is due, five years after the last confirmation) and $has_deadline
## (yes: a ballot is open; due: none is, the review is due by $due_by; no: neither is known).
letter-subject-review = Richiesta di voto per la conferma di { $standard } nel riesame sistematico
letter-subject-adopt = Richiesta di adozione di { $standard } come norma nazionale in { $country }
letter-subject-translate = Richiesta di pubblicazione di { $standard } in { $language }
letter-subject-translate-exists = Richiesta di ampia diffusione di { $edition }, l'edizione in { $language } della norma { $standard }
letter-greeting = Gentili Signore e Signori,
letter-review-opening = Vi scrivo in merito alla norma { $standard }, «{ $title }», e al voto che { $body } esprimerà nel suo riesame sistematico. Desidero chiedervi di votare per la conferma della norma nella sua forma attuale.
letter-review-why = La ISO 20400 offre alle organizzazioni di ogni dimensione e settore un quadro di riferimento comune per acquistare in modo sostenibile: spiega come valutare gli effetti ambientali, sociali ed economici degli acquisti lungo l'intera catena di fornitura e come integrare tale valutazione nelle politiche, nei processi e nella pratica quotidiana. Dalla sua pubblicazione, il cambiamento climatico, l'economia circolare, i diritti umani e l'etica d'impresa sono diventati temi prioritari, e gran parte di questo lavoro si svolge proprio lungo le catene di fornitura. La norma è stata concepita esattamente per questi temi e rimane un quadro solido per affrontarli.
letter-review-evidence = { $adopted ->
    [0] Nel suo ultimo riesame sistematico, concluso il { $confirmed }, l'ISO ha confermato la norma senza modifiche.
    [one] Almeno { $adopted } ente nazionale di normazione l'ha adottata come norma nazionale e l'ultimo riesame sistematico, concluso il { $confirmed }, l'ha confermata senza modifiche.
    [many] Almeno { $adopted } di enti nazionali di normazione l'hanno adottata come norma nazionale e l'ultimo riesame sistematico, concluso il { $confirmed }, l'ha confermata senza modifiche.
   *[other] Almeno { $adopted } enti nazionali di normazione l'hanno adottata come norma nazionale e l'ultimo riesame sistematico, concluso il { $confirmed }, l'ha confermata senza modifiche.
}
letter-review-ask = { $has_deadline ->
    [yes] La votazione in corso si chiuderà il { $deadline }. Una revisione della norma richiederebbe anni di lavoro in comitato, tempo che sarebbe molto più utile dedicare ad aiutare le organizzazioni ad applicare le indicazioni che essa già fornisce. Chiedo pertanto cortesemente a { $acronym } di votare per la conferma della norma { $standard }.
    [due] Il prossimo riesame sistematico della norma è previsto entro il { $due_by }. Una revisione della norma richiederebbe anni di lavoro in comitato, tempo che sarebbe molto più utile dedicare ad aiutare le organizzazioni ad applicare le indicazioni che essa già fornisce. Chiedo pertanto cortesemente a { $acronym } di votare per la conferma della norma { $standard } all'apertura della votazione.
   *[other] Una revisione della norma richiederebbe anni di lavoro in comitato, tempo che sarebbe molto più utile dedicare ad aiutare le organizzazioni ad applicare le indicazioni che essa già fornisce. Chiedo pertanto cortesemente a { $acronym } di votare per la conferma della norma { $standard } all'apertura della votazione.
}
letter-review-closing = Vi ringrazio per l'attenzione che vorrete riservare a questa richiesta. Sarei felice di conoscere l'orientamento di voto di { $acronym } e di condividere quanto so sull'utilizzo della norma in { $country }.
letter-adopt-opening = Vi scrivo per chiedere a { $body } di adottare la norma { $standard }, «{ $title }», come norma nazionale in { $country }.
letter-adopt-why = Enti pubblici e imprese destinano all'acquisto di beni, lavori e servizi una quota rilevante del reddito nazionale, e il modo in cui acquistano incide sulle condizioni di lavoro, sulle emissioni e sulle economie locali fino agli anelli più lontani delle loro catene di fornitura. La ISO 20400 fornisce loro linee guida concordate a livello internazionale per tenere conto di questi effetti: dalla politica di approvvigionamento e dall'impegno dei vertici fino alla scelta dei fornitori e alla gestione dei contratti. Si applica a organizzazioni di qualsiasi dimensione e settore, pubbliche o private.
letter-adopt-evidence = { $adopted ->
    [0] L'ISO ha confermato la norma nel suo ultimo riesame sistematico, concluso il { $confirmed }: si tratta quindi di un testo attuale e stabile.
    [one] Almeno { $adopted } ente nazionale di normazione l'ha già adottata e l'ISO l'ha confermata nel suo ultimo riesame sistematico, concluso il { $confirmed }: si tratta quindi di un testo attuale e stabile.
    [many] Almeno { $adopted } di enti nazionali di normazione l'hanno già adottata e l'ISO l'ha confermata nel suo ultimo riesame sistematico, concluso il { $confirmed }: si tratta quindi di un testo attuale e stabile.
   *[other] Almeno { $adopted } enti nazionali di normazione l'hanno già adottata e l'ISO l'ha confermata nel suo ultimo riesame sistematico, concluso il { $confirmed }: si tratta quindi di un testo attuale e stabile.
}
letter-adopt-ask = Un'adozione nazionale identica al testo internazionale offrirebbe ad acquirenti e fornitori in { $country } un riferimento riconosciuto, richiamabile nei bandi di gara pubblici e nelle politiche aziendali, e renderebbe più facile allinearsi ai partner commerciali che già la utilizzano. Chiedo cortesemente a { $acronym } di avviare l'adozione della norma { $standard } e, ove possibile, di pubblicarla in { $language }.
letter-adopt-ask-in-progress = Mi risulta che { $acronym } abbia già avviato l'adozione della norma { $standard }. Una norma nazionale identica al testo internazionale offrirebbe ad acquirenti e fornitori in { $country } un riferimento riconosciuto, richiamabile nei bandi di gara pubblici e nelle politiche aziendali. Chiedo cortesemente a { $acronym } di portare a termine l'adozione e di pubblicare la norma nazionale, ove possibile in { $language }, informandone i potenziali utilizzatori non appena sarà disponibile.
letter-adopt-closing = Vi ringrazio per l'attenzione che vorrete riservare a questa richiesta. Sarei felice di avere l'occasione di illustrarvi più in dettaglio l'interesse per la norma in { $country } e di conoscere quali potrebbero essere i prossimi passi.
letter-translate-opening = Vi scrivo per chiedere a { $body } di rendere disponibile la norma { $standard }, «{ $title }», in { $language }.
letter-translate-opening-exists = Vi scrivo in merito alla norma { $edition }, l'edizione in { $language } della norma internazionale { $standard }, «{ $title }», pubblicata da { $acronym }.
letter-translate-why = Gli acquisti sostenibili fanno parte del lavoro quotidiano di addetti agli acquisti, fornitori, gestori dei contratti e funzionari pubblici, molti dei quali leggono documenti di orientamento soltanto nella propria lingua. La ISO 20400 esiste nelle edizioni ufficiali ISO in inglese e in francese e in una traduzione ufficiale in spagnolo; per chi in { $country } lavora in { $language }, un'edizione nazionale trasformerebbe un testo internazionale in uno strumento pratico da condividere con i propri gruppi di lavoro e fornitori.
letter-translate-why-exists = Gli acquisti sostenibili fanno parte del lavoro quotidiano di addetti agli acquisti, fornitori, gestori dei contratti e funzionari pubblici, molti dei quali leggono documenti di orientamento soltanto nella propria lingua. Con la norma { $edition }, chi in { $country } lavora in { $language } dispone già di questo testo nella propria lingua; ciò che conta ora è che ne conosca l'esistenza e lo metta in pratica con i propri gruppi di lavoro e fornitori.
letter-translate-evidence = { $adopted ->
    [0] L'ISO ha confermato la norma nel suo ultimo riesame sistematico, concluso il { $confirmed }: una traduzione realizzata ora resterà quindi utile per anni.
    [one] Almeno { $adopted } ente nazionale di normazione l'ha adottata e l'ISO l'ha confermata nel suo ultimo riesame sistematico, concluso il { $confirmed }: una traduzione realizzata ora resterà quindi utile per anni.
    [many] Almeno { $adopted } di enti nazionali di normazione l'hanno adottata e l'ISO l'ha confermata nel suo ultimo riesame sistematico, concluso il { $confirmed }: una traduzione realizzata ora resterà quindi utile per anni.
   *[other] Almeno { $adopted } enti nazionali di normazione l'hanno adottata e l'ISO l'ha confermata nel suo ultimo riesame sistematico, concluso il { $confirmed }: una traduzione realizzata ora resterà quindi utile per anni.
}
letter-translate-evidence-exists = { $adopted ->
    [0] L'ISO ha confermato la norma internazionale nel suo ultimo riesame sistematico, concluso il { $confirmed }: la norma { $edition } resterà quindi attuale per anni.
    [one] Almeno { $adopted } ente nazionale di normazione l'ha adottata e l'ISO l'ha confermata nel suo ultimo riesame sistematico, concluso il { $confirmed }: la norma { $edition } resterà quindi attuale per anni.
    [many] Almeno { $adopted } di enti nazionali di normazione l'hanno adottata e l'ISO l'ha confermata nel suo ultimo riesame sistematico, concluso il { $confirmed }: la norma { $edition } resterà quindi attuale per anni.
   *[other] Almeno { $adopted } enti nazionali di normazione l'hanno adottata e l'ISO l'ha confermata nel suo ultimo riesame sistematico, concluso il { $confirmed }: la norma { $edition } resterà quindi attuale per anni.
}
letter-translate-ask = Chiedo cortesemente a { $acronym } di preparare e pubblicare un'edizione in { $language } della norma { $standard }, come adozione nazionale oppure come traduzione venduta insieme al testo internazionale, e di informarne i potenziali utilizzatori non appena sarà disponibile.
letter-translate-ask-exists = Ringrazio { $acronym } per aver reso disponibile la norma { $edition } in { $language }. Vi chiedo cortesemente di farla conoscere ampiamente ad acquirenti, fornitori e funzionari pubblici in { $country } e di mantenerla allineata al testo internazionale in occasione della prossima revisione della norma da parte dell'ISO.
letter-translate-closing = Vi ringrazio per l'attenzione che vorrete riservare a questa richiesta. Una volta pubblicata la traduzione, sarò felice di contribuire a farla conoscere in { $country }.
letter-sign-off = Distinti saluti
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = il vostro ente nazionale di normazione
open-letter-generic-country = il vostro Paese
open-letter-generic-deadline = la data di chiusura della votazione
open-letter-generic-committee = il comitato dell'ISO responsabile della norma
