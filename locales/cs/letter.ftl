# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Čeština
# Writing direction: ltr or rtl.
locale-direction = ltr

## The letters. A formal register fit for writing to a national institution.
## Every placeable is inserted as it is, never inflected: write each sentence so that the
## form below is grammatical where it stands (an apposition, a colon or "your country"
## where your grammar would need another case or an article).
## $body: the body's full name as the body writes it (nominative).
## $acronym: its short name (nominative), or the full name when no acronym is known.
## $country: the country's name standing alone, without article (CLDR; nominative).
## $standard: the reference, invariable (ISO 20400:2017).
## $edition: the national edition's designation, invariable (NBR ISO 20400).
## $title: the standard's title as published in this language, or in English (a quotation).
## $language: the country's main language named in this language, in its dictionary form
##   (CLDR: "portugais", "polski").
## $adopted: how many national adoptions Quorum records (a number: plural categories).
## $confirmed: the date the last systematic review was completed (a formatted date).
## $deadline: the date the current ballot closes (a formatted date).
## $due_by: with no ballot open, the date the next systematic review is due by, five years
##   after the last confirmation (a formatted date).
## $has_deadline: yes (a ballot is open), due (none is; the review is due by $due_by), or
##   no (neither is known).
letter-subject-review = Žádost o hlasování pro potvrzení normy { $standard } při systematickém přezkoumání
letter-subject-adopt = Žádost o převzetí normy { $standard } jako národní normy ({ $country })
letter-subject-translate = Žádost o vydání normy { $standard } v národním jazyce ({ $language })
letter-subject-translate-exists = Žádost o širší propagaci normy { $edition }, překladu normy { $standard } do národního jazyka ({ $language })
letter-greeting = Vážené dámy, vážení pánové,
letter-review-opening = obracím se na vás v souvislosti s normou { $standard } „{ $title }“ a s hlasováním, kterého se { $body } zúčastní při jejím systematickém přezkoumání. Dovoluji si vás požádat, abyste hlasovali pro potvrzení normy v jejím stávajícím znění.
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
letter-review-closing = Děkuji za posouzení této žádosti. Uvítám informaci o tom, jak { $acronym } hodlá hlasovat, a velmi ochotně se s vámi podělím o své poznatky o používání normy ve vaší zemi ({ $country }).
letter-adopt-opening = tímto žádám { $body } o převzetí normy { $standard } „{ $title }“ jako národní normy vaší země ({ $country }).
letter-adopt-why = Veřejné instituce a podniky vynakládají na dodávky, služby a stavební práce velkou část národního důchodu a způsob, jakým nakupují, ovlivňuje pracovní podmínky, emise i místní ekonomiky hluboko v jejich dodavatelských řetězcích. Norma ISO 20400 jim poskytuje mezinárodně dohodnutá doporučení, jak tyto dopady zohlednit – od nákupní politiky a závazku vrcholového vedení až po výběr dodavatelů a řízení smluv. Je použitelná pro organizace všech velikostí a odvětví, veřejné i soukromé.
letter-adopt-evidence = { $adopted ->
    [0] Organizace ISO normu potvrdila při posledním systematickém přezkoumání, dokončeném { $confirmed }; norma je tedy aktuální a stabilní.
    [one] Nejméně { $adopted } národní normalizační orgán již tuto normu převzal a organizace ISO ji potvrdila při posledním systematickém přezkoumání, dokončeném { $confirmed }; norma je tedy aktuální a stabilní.
    [few] Nejméně { $adopted } národní normalizační orgány již tuto normu převzaly a organizace ISO ji potvrdila při posledním systematickém přezkoumání, dokončeném { $confirmed }; norma je tedy aktuální a stabilní.
    [many] Nejméně { $adopted } národního normalizačního orgánu již tuto normu převzalo a organizace ISO ji potvrdila při posledním systematickém přezkoumání, dokončeném { $confirmed }; norma je tedy aktuální a stabilní.
   *[other] Nejméně { $adopted } národních normalizačních orgánů již tuto normu převzalo a organizace ISO ji potvrdila při posledním systematickém přezkoumání, dokončeném { $confirmed }; norma je tedy aktuální a stabilní.
}
letter-adopt-ask = Národní převzetí, identické s mezinárodním textem, by nakupujícím a dodavatelům ve vaší zemi ({ $country }) poskytlo uznávaný referenční dokument, na který se mohou odvolávat zadávací dokumentace veřejných zakázek i firemní politiky, a usnadnilo by sladění s obchodními partnery, kteří normu již používají. Zdvořile žádám { $acronym } o zahájení převzetí normy { $standard } a pokud možno i o její vydání v národním jazyce ({ $language }).
letter-adopt-ask-in-progress = Podle mých informací { $acronym } již na převzetí normy { $standard } pracuje. Národní norma identická s mezinárodním textem by nakupujícím a dodavatelům ve vaší zemi ({ $country }) poskytla uznávaný referenční dokument, na který se mohou odvolávat zadávací dokumentace veřejných zakázek i firemní politiky. Zdvořile žádám { $acronym } o dokončení převzetí a vydání národní normy, pokud možno v národním jazyce ({ $language }), a o informování budoucích uživatelů, jakmile bude k dispozici.
letter-adopt-closing = Děkuji za posouzení této žádosti. Velmi ochotně vám podrobněji přiblížím zájem o tuto normu ve vaší zemi ({ $country }) a uvítám informaci o tom, jaké by mohly být další kroky.
letter-translate-opening = tímto žádám { $body } o zpřístupnění normy { $standard } „{ $title }“ v národním jazyce ({ $language }).
letter-translate-opening-exists = obracím se na vás v souvislosti s normou { $edition }, překladem normy { $standard } „{ $title }“ do národního jazyka ({ $language }), který vydává { $acronym }.
letter-translate-why = Udržitelné nakupování je každodenní prací nakupujících, dodavatelů, správců smluv a pracovníků veřejné správy, z nichž mnozí čtou metodické dokumenty pouze ve svém vlastním jazyce. Norma ISO 20400 existuje v oficiálních vydáních ISO v angličtině a francouzštině a v oficiálním překladu do španělštiny; pro lidi ve vaší zemi ({ $country }), jejichž pracovním jazykem je { $language }, by národní vydání proměnilo mezinárodní text v praktický nástroj, který mohou sdílet se svými týmy a dodavateli.
letter-translate-why-exists = Udržitelné nakupování je každodenní prací nakupujících, dodavatelů, správců smluv a pracovníků veřejné správy, z nichž mnozí čtou metodické dokumenty pouze ve svém vlastním jazyce. Díky normě { $edition } mají lidé ve vaší zemi ({ $country }), jejichž pracovním jazykem je { $language }, tuto normu již k dispozici ve svém jazyce; nyní jde o to, aby o ní věděli a využívali ji při práci se svými týmy a dodavateli.
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
letter-translate-ask-exists = Děkuji za to, že { $acronym } zpřístupňuje normu { $edition } v národním jazyce ({ $language }). Zdvořile vás žádám, abyste ji široce propagovali mezi nakupujícími, dodavateli a pracovníky veřejné správy ve vaší zemi ({ $country }) a abyste ji udržovali v souladu s mezinárodním textem, až organizace ISO normu příště zreviduje.
letter-translate-closing = Děkuji za posouzení této žádosti. Po vydání překladu velmi ochotně pomohu s jeho propagací ve vaší zemi ({ $country }).
letter-sign-off = S pozdravem
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = národní normalizační orgán vaší země
open-letter-generic-country = vaše země
open-letter-generic-deadline = datum ukončení hlasování
open-letter-generic-committee = technická komise ISO odpovědná za normu
