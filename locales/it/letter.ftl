# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Italiano
# Writing direction: ltr or rtl.
locale-direction = ltr

## The letters. A formal register fit for writing to a national institution.
## Every placeable is inserted as it is, never inflected: each note below says the form
## (case, article) the value comes in. Write each sentence so that this form is
## grammatical where it stands; where your grammar needs another case, use the placeable
## made for it ($in_country) or a construction that takes the form as it is (an
## apposition, a colon).
## $body: the body's full name as the body writes it (nominative, no article added).
## $acronym: its short name (nominative), or the full name when no acronym is known.
## $country: the country as it stands in a sentence, nominative, with the article your
##   language puts before it ("the United Kingdom", "Brazil"; countries.ftl).
## $in_country: "in <the country>", preposition and case included ("in the United
##   Kingdom"; countries.ftl, attribute .in). Use it for every "in <country>".
## $country_kind: country, or territory for Hong Kong and Macao, which are not states:
##   never call what a territory publishes a *national* standard.
## $standard: the reference, invariable (ISO 20400:2017).
## $edition: the national edition's designation, invariable (NBR ISO 20400).
## $title: the standard's title as published in this language (a quotation); blank when
##   no title in this language is recorded: then $has_title is no, and the letter names
##   the standard by $standard alone (never a title in another language).
## $has_title: yes or no.
## $language: the country's main language named in this language, in its dictionary form
##   (CLDR: "portugais", "polski"): write "the { $language } language" style
##   constructions where your grammar would inflect it.
## $adopted: how many national adoptions Quorum records (a number: plural categories).
## $confirmed: the date the last systematic review was completed (a formatted date, as it
##   stands after "on": French "1er mars 2027").
## $deadline: the date the current ballot closes (a formatted date).
## $due_by: with no ballot open, the date the next systematic review is due by, five years
##   after the last confirmation (a formatted date).
## $has_deadline: yes (a ballot is open), due (none is; the review is due by $due_by), or
##   no (neither is known).
letter-subject-review = Richiesta di voto per la conferma della norma { $standard } nel riesame sistematico
letter-subject-adopt = { $country_kind ->
    [territory] Richiesta di adozione della norma { $standard } come norma di { $country }
   *[country] Richiesta di adozione della norma { $standard } come norma nazionale per { $country }
}
letter-subject-translate = Richiesta di pubblicazione della norma { $standard } in { $language }
letter-subject-translate-exists = Richiesta di ampia diffusione della norma { $edition }, edizione in { $language } della norma { $standard }
letter-greeting = Gentili Signore e Signori,
letter-review-opening = Vi scrivo in merito alla norma { $has_title ->
    [yes] { $standard }, «{ $title }»,
   *[no] { $standard }
} e al voto che il vostro ente, { $body }, esprimerà nel relativo riesame sistematico. Desidero chiedervi di votare per la conferma della norma nella sua forma attuale.
letter-review-why = La ISO 20400 offre alle organizzazioni di ogni dimensione e settore un quadro di riferimento comune per acquistare in modo sostenibile: spiega come valutare gli effetti ambientali, sociali ed economici degli acquisti lungo l'intera catena di fornitura e come integrare tale valutazione nelle politiche, nei processi e nella pratica quotidiana. Dalla sua pubblicazione, il cambiamento climatico, l'economia circolare, i diritti umani e l'etica d'impresa sono diventati temi prioritari, e gran parte di questo lavoro si svolge proprio lungo le catene di fornitura. La norma è stata concepita esattamente per questi temi e rimane un quadro solido per affrontarli.
letter-review-evidence = { $adopted ->
    [0] Nel suo ultimo riesame sistematico, concluso in data { $confirmed }, l'ISO ha confermato la norma senza modifiche.
    [one] Almeno { $adopted } ente nazionale di normazione l'ha adottata come norma nazionale e l'ultimo riesame sistematico, concluso in data { $confirmed }, l'ha confermata senza modifiche.
    [many] Almeno { $adopted } di enti nazionali di normazione l'hanno adottata come norma nazionale e l'ultimo riesame sistematico, concluso in data { $confirmed }, l'ha confermata senza modifiche.
   *[other] Almeno { $adopted } enti nazionali di normazione l'hanno adottata come norma nazionale e l'ultimo riesame sistematico, concluso in data { $confirmed }, l'ha confermata senza modifiche.
}
letter-review-ask = { $has_deadline ->
    [yes] La votazione in corso si chiuderà in data { $deadline }. Una revisione della norma richiederebbe anni di lavoro in comitato, tempo che sarebbe molto più utile dedicare ad aiutare le organizzazioni ad applicare le indicazioni che essa già fornisce. Chiedo pertanto cortesemente a { $acronym } di votare per la conferma della norma { $standard }.
    [due] Il prossimo riesame sistematico della norma è previsto entro il giorno { $due_by }. Una revisione della norma richiederebbe anni di lavoro in comitato, tempo che sarebbe molto più utile dedicare ad aiutare le organizzazioni ad applicare le indicazioni che essa già fornisce. Chiedo pertanto cortesemente a { $acronym } di votare per la conferma della norma { $standard } all'apertura della votazione.
   *[other] Una revisione della norma richiederebbe anni di lavoro in comitato, tempo che sarebbe molto più utile dedicare ad aiutare le organizzazioni ad applicare le indicazioni che essa già fornisce. Chiedo pertanto cortesemente a { $acronym } di votare per la conferma della norma { $standard } all'apertura della votazione.
}
letter-review-closing = Vi ringrazio per l'attenzione che vorrete riservare a questa richiesta. Sarei felice di conoscere l'orientamento di voto di { $acronym } e di condividere quanto so sull'utilizzo della norma { $in_country }.
letter-adopt-opening = Vi scrivo per chiedere al vostro ente, { $body }, di adottare la norma { $has_title ->
    [yes] { $standard }, «{ $title }»,
   *[no] { $standard }
} { $country_kind ->
    [territory] come norma di { $country }.
   *[country] come norma nazionale per { $country }.
}
letter-adopt-why = Enti pubblici e imprese destinano all'acquisto di beni, lavori e servizi una quota rilevante del reddito nazionale, e il modo in cui acquistano incide sulle condizioni di lavoro, sulle emissioni e sulle economie locali fino agli anelli più lontani delle loro catene di fornitura. La ISO 20400 fornisce loro linee guida concordate a livello internazionale per tenere conto di questi effetti: dalla politica di approvvigionamento e dall'impegno dei vertici fino alla scelta dei fornitori e alla gestione dei contratti. Si applica a organizzazioni di qualsiasi dimensione e settore, pubbliche o private.
letter-adopt-evidence = { $adopted ->
    [0] L'ISO ha confermato la norma nel suo ultimo riesame sistematico, concluso in data { $confirmed }: si tratta quindi di un testo attuale e stabile.
    [one] Almeno { $adopted } ente nazionale di normazione l'ha già adottata e l'ISO l'ha confermata nel suo ultimo riesame sistematico, concluso in data { $confirmed }: si tratta quindi di un testo attuale e stabile.
    [many] Almeno { $adopted } di enti nazionali di normazione l'hanno già adottata e l'ISO l'ha confermata nel suo ultimo riesame sistematico, concluso in data { $confirmed }: si tratta quindi di un testo attuale e stabile.
   *[other] Almeno { $adopted } enti nazionali di normazione l'hanno già adottata e l'ISO l'ha confermata nel suo ultimo riesame sistematico, concluso in data { $confirmed }: si tratta quindi di un testo attuale e stabile.
}
letter-adopt-ask = Un'adozione identica al testo internazionale offrirebbe ad acquirenti e fornitori { $in_country } un riferimento riconosciuto, richiamabile nei bandi di gara pubblici e nelle politiche aziendali, e renderebbe più facile allinearsi ai partner commerciali che già la utilizzano. Chiedo cortesemente a { $acronym } di avviare l'adozione della norma { $standard } e, ove possibile, di pubblicarla in { $language }.
letter-adopt-ask-in-progress = Mi risulta che { $acronym } abbia già avviato l'adozione della norma { $standard }. Un'edizione identica al testo internazionale offrirebbe ad acquirenti e fornitori { $in_country } un riferimento riconosciuto, richiamabile nei bandi di gara pubblici e nelle politiche aziendali. Chiedo cortesemente a { $acronym } di portare a termine l'adozione e di pubblicare la norma, ove possibile in { $language }, informandone i potenziali utilizzatori non appena sarà disponibile.
letter-adopt-closing = Vi ringrazio per l'attenzione che vorrete riservare a questa richiesta. Sarei felice di avere l'occasione di illustrarvi più in dettaglio l'interesse per la norma { $in_country } e di conoscere quali potrebbero essere i prossimi passi.
letter-translate-opening = Vi scrivo per chiedere al vostro ente, { $body }, di rendere disponibile la norma { $has_title ->
    [yes] { $standard }, «{ $title }»,
   *[no] { $standard }
} in { $language }.
letter-translate-opening-exists = Vi scrivo in merito alla norma { $edition }, l'edizione in { $language } della norma internazionale { $has_title ->
    [yes] { $standard }, «{ $title }»,
   *[no] { $standard },
} pubblicata da { $acronym }.
letter-translate-why = Gli acquisti sostenibili fanno parte del lavoro quotidiano di addetti agli acquisti, fornitori, gestori dei contratti e funzionari pubblici, molti dei quali leggono documenti di orientamento soltanto nella propria lingua. La ISO 20400 esiste nelle edizioni ufficiali ISO in inglese e in francese e in una traduzione ufficiale in spagnolo; per chi, { $in_country }, lavora in { $language }, un'edizione nazionale trasformerebbe un testo internazionale in uno strumento pratico da condividere con i propri gruppi di lavoro e fornitori.
letter-translate-why-exists = Gli acquisti sostenibili fanno parte del lavoro quotidiano di addetti agli acquisti, fornitori, gestori dei contratti e funzionari pubblici, molti dei quali leggono documenti di orientamento soltanto nella propria lingua. Con la norma { $edition }, chi, { $in_country }, lavora in { $language } dispone già di questo testo nella propria lingua; ciò che conta ora è che ne conosca l'esistenza e lo metta in pratica con i propri gruppi di lavoro e fornitori.
letter-translate-evidence = { $adopted ->
    [0] L'ISO ha confermato la norma nel suo ultimo riesame sistematico, concluso in data { $confirmed }: una traduzione realizzata ora resterà quindi utile per anni.
    [one] Almeno { $adopted } ente nazionale di normazione l'ha adottata e l'ISO l'ha confermata nel suo ultimo riesame sistematico, concluso in data { $confirmed }: una traduzione realizzata ora resterà quindi utile per anni.
    [many] Almeno { $adopted } di enti nazionali di normazione l'hanno adottata e l'ISO l'ha confermata nel suo ultimo riesame sistematico, concluso in data { $confirmed }: una traduzione realizzata ora resterà quindi utile per anni.
   *[other] Almeno { $adopted } enti nazionali di normazione l'hanno adottata e l'ISO l'ha confermata nel suo ultimo riesame sistematico, concluso in data { $confirmed }: una traduzione realizzata ora resterà quindi utile per anni.
}
letter-translate-evidence-exists = { $adopted ->
    [0] L'ISO ha confermato la norma internazionale nel suo ultimo riesame sistematico, concluso in data { $confirmed }: la norma { $edition } resterà quindi attuale per anni.
    [one] Almeno { $adopted } ente nazionale di normazione l'ha adottata e l'ISO l'ha confermata nel suo ultimo riesame sistematico, concluso in data { $confirmed }: la norma { $edition } resterà quindi attuale per anni.
    [many] Almeno { $adopted } di enti nazionali di normazione l'hanno adottata e l'ISO l'ha confermata nel suo ultimo riesame sistematico, concluso in data { $confirmed }: la norma { $edition } resterà quindi attuale per anni.
   *[other] Almeno { $adopted } enti nazionali di normazione l'hanno adottata e l'ISO l'ha confermata nel suo ultimo riesame sistematico, concluso in data { $confirmed }: la norma { $edition } resterà quindi attuale per anni.
}
letter-translate-ask = Chiedo cortesemente a { $acronym } di preparare e pubblicare un'edizione in { $language } della norma { $standard }, come adozione nazionale oppure come traduzione venduta insieme al testo internazionale, e di informarne i potenziali utilizzatori non appena sarà disponibile.
letter-translate-ask-exists = Ringrazio { $acronym } per aver reso disponibile la norma { $edition } in { $language }. Vi chiedo cortesemente di farla conoscere ampiamente ad acquirenti, fornitori e funzionari pubblici { $in_country } e di mantenerla allineata al testo internazionale in occasione della prossima revisione della norma da parte dell'ISO.
letter-translate-closing = Vi ringrazio per l'attenzione che vorrete riservare a questa richiesta. Una volta pubblicata la traduzione, sarò felice di contribuire a farla conoscere { $in_country }.
letter-sign-off = Distinti saluti
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = nel vostro Paese ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = il vostro ente nazionale di normazione
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = il vostro Paese
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = nel vostro Paese
open-letter-generic-deadline = la data di chiusura della votazione
open-letter-generic-committee = il comitato dell'ISO responsabile della norma
