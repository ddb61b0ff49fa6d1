# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Čeština
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
letter-subject-review = Žádost o hlasování pro potvrzení normy { $standard } při systematickém přezkoumání
letter-subject-adopt = { $country_kind ->
    [territory] Žádost o převzetí normy { $standard } k používání ({ $country })
   *[country] Žádost o převzetí normy { $standard } jako národní normy ({ $country })
}
letter-subject-translate = Žádost o vydání normy { $standard } v národním jazyce ({ $language })
letter-subject-translate-exists = Žádost o širší propagaci normy { $edition }, překladu normy { $standard } do národního jazyka ({ $language })
letter-greeting = Vážené dámy, vážení pánové,
letter-review-opening = obracím se na vás v souvislosti s normou { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} a s hlasováním, kterého se { $body } zúčastní při jejím systematickém přezkoumání. Dovoluji si vás požádat, abyste hlasovali pro potvrzení normy v jejím stávajícím znění.
letter-review-why = Norma ISO 20400 poskytuje organizacím všech velikostí a odvětví společný rámec pro udržitelné nakupování: ukazuje, jak posuzovat environmentální, sociální a ekonomické dopady toho, co nakupují, v celém dodavatelském řetězci a jak to promítnout do politik, procesů a každodenní praxe. Od jejího vydání se změna klimatu, oběhové hospodářství, lidská práva a etika podnikání dostaly na přední místa agendy a velká část práce v těchto oblastech se odehrává právě v dodavatelských řetězcích. Norma byla napsána přesně pro tyto otázky a i nadále pro ně představuje spolehlivý rámec.
letter-review-evidence = { $adopted ->
    [0] Při posledním systematickém přezkoumání, dokončeném { $confirmed }, organizace ISO normu potvrdila beze změn.
    [one] Nejméně { $adopted } národní normalizační orgán převzal tuto normu do své soustavy národních norem a při posledním systematickém přezkoumání, dokončeném { $confirmed }, byla norma potvrzena beze změn.
    [few] Nejméně { $adopted } národní normalizační orgány převzaly tuto normu do svých soustav národních norem a při posledním systematickém přezkoumání, dokončeném { $confirmed }, byla norma potvrzena beze změn.
    [many] Nejméně { $adopted } národního normalizačního orgánu převzalo tuto normu do svých soustav národních norem a při posledním systematickém přezkoumání, dokončeném { $confirmed }, byla norma potvrzena beze změn.
   *[other] Nejméně { $adopted } národních normalizačních orgánů převzalo tuto normu do svých soustav národních norem a při posledním systematickém přezkoumání, dokončeném { $confirmed }, byla norma potvrzena beze změn.
}
letter-review-ask = { $has_deadline ->
    [yes] Probíhající hlasování končí { $deadline }. Revize normy by si vyžádala roky práce v technické komisi; tento čas je mnohem účelnější věnovat tomu, aby organizace dokázaly uplatňovat doporučení, která norma již obsahuje. Zdvořile proto žádám { $acronym } o hlas pro potvrzení normy { $standard }.
    [due] Příští systematické přezkoumání normy má proběhnout nejpozději do { $due_by }. Revize normy by si vyžádala roky práce v technické komisi; tento čas je mnohem účelnější věnovat tomu, aby organizace dokázaly uplatňovat doporučení, která norma již obsahuje. Zdvořile proto žádám { $acronym } o hlas pro potvrzení normy { $standard }, jakmile bude hlasování zahájeno.
   *[other] Revize normy by si vyžádala roky práce v technické komisi; tento čas je mnohem účelnější věnovat tomu, aby organizace dokázaly uplatňovat doporučení, která norma již obsahuje. Zdvořile proto žádám { $acronym } o hlas pro potvrzení normy { $standard }, jakmile bude hlasování zahájeno.
}
letter-review-closing = Děkuji za posouzení této žádosti. Uvítám informaci o tom, jak { $acronym } hodlá hlasovat, a velmi ochotně se s vámi podělím o své poznatky o používání normy { $in_country }.
letter-adopt-opening = tímto žádám { $body } o převzetí normy { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} { $country_kind ->
    [territory] jako normy platné na vašem území ({ $country }).
   *[country] jako národní normy vaší země ({ $country }).
}
letter-adopt-why = Veřejné instituce a podniky vynakládají na dodávky, služby a stavební práce velkou část národního důchodu a způsob, jakým nakupují, ovlivňuje pracovní podmínky, emise i místní ekonomiky hluboko v jejich dodavatelských řetězcích. Norma ISO 20400 jim poskytuje mezinárodně dohodnutá doporučení, jak tyto dopady zohlednit – od nákupní politiky a závazku vrcholového vedení až po výběr dodavatelů a řízení smluv. Je použitelná pro organizace všech velikostí a odvětví, veřejné i soukromé.
letter-adopt-evidence = { $adopted ->
    [0] Organizace ISO normu potvrdila při posledním systematickém přezkoumání, dokončeném { $confirmed }; norma je tedy aktuální a stabilní.
    [one] Nejméně { $adopted } národní normalizační orgán již tuto normu převzal a organizace ISO ji potvrdila při posledním systematickém přezkoumání, dokončeném { $confirmed }; norma je tedy aktuální a stabilní.
    [few] Nejméně { $adopted } národní normalizační orgány již tuto normu převzaly a organizace ISO ji potvrdila při posledním systematickém přezkoumání, dokončeném { $confirmed }; norma je tedy aktuální a stabilní.
    [many] Nejméně { $adopted } národního normalizačního orgánu již tuto normu převzalo a organizace ISO ji potvrdila při posledním systematickém přezkoumání, dokončeném { $confirmed }; norma je tedy aktuální a stabilní.
   *[other] Nejméně { $adopted } národních normalizačních orgánů již tuto normu převzalo a organizace ISO ji potvrdila při posledním systematickém přezkoumání, dokončeném { $confirmed }; norma je tedy aktuální a stabilní.
}
letter-adopt-ask = Převzetí normy ve znění identickém s mezinárodním textem by nakupujícím a dodavatelům { $in_country } poskytlo uznávaný referenční dokument, na který se mohou odvolávat zadávací dokumentace veřejných zakázek i firemní politiky, a usnadnilo by sladění s obchodními partnery, kteří normu již používají. Zdvořile žádám { $acronym } o zahájení převzetí normy { $standard } a pokud možno i o její vydání v národním jazyce ({ $language }).
letter-adopt-ask-in-progress = Podle mých informací { $acronym } již na převzetí normy { $standard } pracuje. Vydání identické s mezinárodním textem by nakupujícím a dodavatelům { $in_country } poskytlo uznávaný referenční dokument, na který se mohou odvolávat zadávací dokumentace veřejných zakázek i firemní politiky. Zdvořile žádám { $acronym } o dokončení převzetí a vydání normy, pokud možno v národním jazyce ({ $language }), a o informování budoucích uživatelů, jakmile bude k dispozici.
letter-adopt-closing = Děkuji za posouzení této žádosti. Velmi ochotně vám podrobněji přiblížím zájem o tuto normu { $in_country } a uvítám informaci o tom, jaké by mohly být další kroky.
letter-translate-opening = tímto žádám { $body } o zpřístupnění normy { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} v národním jazyce ({ $language }).
letter-translate-opening-exists = obracím se na vás v souvislosti s normou { $edition }, překladem normy { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} do národního jazyka ({ $language }), který vydává { $acronym }.
letter-translate-why = Udržitelné nakupování je každodenní prací nakupujících, dodavatelů, správců smluv a pracovníků veřejné správy, z nichž mnozí čtou metodické dokumenty pouze ve svém vlastním jazyce. Norma ISO 20400 existuje v oficiálních vydáních ISO v angličtině a francouzštině a v oficiálním překladu do španělštiny; pro lidi { $in_country }, jejichž pracovním jazykem je { $language }, by národní vydání proměnilo mezinárodní text v praktický nástroj, který mohou sdílet se svými týmy a dodavateli.
letter-translate-why-exists = Udržitelné nakupování je každodenní prací nakupujících, dodavatelů, správců smluv a pracovníků veřejné správy, z nichž mnozí čtou metodické dokumenty pouze ve svém vlastním jazyce. Díky normě { $edition } mají lidé { $in_country }, jejichž pracovním jazykem je { $language }, tuto normu již k dispozici ve svém jazyce; nyní jde o to, aby o ní věděli a využívali ji při práci se svými týmy a dodavateli.
letter-translate-evidence = { $adopted ->
    [0] Organizace ISO normu potvrdila při posledním systematickém přezkoumání, dokončeném { $confirmed }, takže překlad pořízený nyní zůstane užitečný po mnoho let.
    [one] Nejméně { $adopted } národní normalizační orgán tuto normu převzal a organizace ISO ji potvrdila při posledním systematickém přezkoumání, dokončeném { $confirmed }, takže překlad pořízený nyní zůstane užitečný po mnoho let.
    [few] Nejméně { $adopted } národní normalizační orgány tuto normu převzaly a organizace ISO ji potvrdila při posledním systematickém přezkoumání, dokončeném { $confirmed }, takže překlad pořízený nyní zůstane užitečný po mnoho let.
    [many] Nejméně { $adopted } národního normalizačního orgánu tuto normu převzalo a organizace ISO ji potvrdila při posledním systematickém přezkoumání, dokončeném { $confirmed }, takže překlad pořízený nyní zůstane užitečný po mnoho let.
   *[other] Nejméně { $adopted } národních normalizačních orgánů tuto normu převzalo a organizace ISO ji potvrdila při posledním systematickém přezkoumání, dokončeném { $confirmed }, takže překlad pořízený nyní zůstane užitečný po mnoho let.
}
letter-translate-evidence-exists = { $adopted ->
    [0] Organizace ISO normu potvrdila při posledním systematickém přezkoumání, dokončeném { $confirmed }, takže norma { $edition } zůstane aktuální po mnoho let.
    [one] Nejméně { $adopted } národní normalizační orgán tuto normu převzal a organizace ISO ji potvrdila při posledním systematickém přezkoumání, dokončeném { $confirmed }, takže norma { $edition } zůstane aktuální po mnoho let.
    [few] Nejméně { $adopted } národní normalizační orgány tuto normu převzaly a organizace ISO ji potvrdila při posledním systematickém přezkoumání, dokončeném { $confirmed }, takže norma { $edition } zůstane aktuální po mnoho let.
    [many] Nejméně { $adopted } národního normalizačního orgánu tuto normu převzalo a organizace ISO ji potvrdila při posledním systematickém přezkoumání, dokončeném { $confirmed }, takže norma { $edition } zůstane aktuální po mnoho let.
   *[other] Nejméně { $adopted } národních normalizačních orgánů tuto normu převzalo a organizace ISO ji potvrdila při posledním systematickém přezkoumání, dokončeném { $confirmed }, takže norma { $edition } zůstane aktuální po mnoho let.
}
letter-translate-ask = Zdvořile žádám { $acronym } o přípravu a vydání normy { $standard } v národním jazyce ({ $language }), ať už formou národního převzetí, nebo formou překladu prodávaného spolu s mezinárodním textem, a o informování budoucích uživatelů, jakmile bude k dispozici.
letter-translate-ask-exists = Děkuji za to, že { $acronym } zpřístupňuje normu { $edition } v národním jazyce ({ $language }). Zdvořile vás žádám, abyste ji široce propagovali mezi nakupujícími, dodavateli a pracovníky veřejné správy { $in_country } a abyste ji udržovali v souladu s mezinárodním textem, až organizace ISO normu příště zreviduje.
letter-translate-closing = Děkuji za posouzení této žádosti. Po vydání překladu velmi ochotně pomohu s jeho propagací { $in_country }.
letter-sign-off = S pozdravem
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = ve vaší zemi ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = národní normalizační orgán vaší země
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = vaše země
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = ve vaší zemi
open-letter-generic-deadline = datum ukončení hlasování
open-letter-generic-committee = technická komise ISO odpovědná za normu
