# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Polski
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
letter-subject-review = Prośba o głosowanie za potwierdzeniem normy { $standard } w przeglądzie systematycznym
letter-subject-adopt = { $country_kind ->
    [territory] Prośba o przyjęcie normy { $standard } do stosowania ({ $country })
   *[country] Prośba o przyjęcie normy { $standard } jako normy krajowej ({ $country })
}
letter-subject-translate = Prośba o opublikowanie normy { $standard } w przekładzie na język { $language }
letter-subject-translate-exists = Upowszechnienie normy { $edition } – przekładu normy { $standard } na język { $language }
letter-greeting = Szanowni Państwo,
letter-review-opening = Zwracam się do Państwa w sprawie normy { $has_title ->
    [yes] { $standard } „{ $title }”
   *[no] { $standard }
} oraz głosu, który { $body } odda w jej przeglądzie systematycznym. Uprzejmie proszę o głosowanie za potwierdzeniem normy w jej obecnym brzmieniu.
letter-review-why = Norma ISO 20400 zapewnia organizacjom każdej wielkości i z każdego sektora wspólne ramy zrównoważonych zakupów: pokazuje, jak oceniać środowiskowe, społeczne i ekonomiczne skutki tego, co kupują, w całym łańcuchu dostaw oraz jak uwzględniać je w polityce, procesach i codziennej praktyce. Od czasu jej publikacji zmiana klimatu, gospodarka o obiegu zamkniętym, prawa człowieka i etyka biznesu znalazły się w centrum uwagi, a znaczna część związanych z nimi działań toczy się właśnie w łańcuchach dostaw. Norma powstała z myślą o dokładnie takich zagadnieniach i nadal stanowi dla nich solidne ramy.
letter-review-evidence = { $adopted ->
    [0] Podczas ostatniego przeglądu systematycznego, zakończonego { $confirmed }, norma została potwierdzona przez ISO bez zmian.
    [one] Co najmniej { $adopted } krajowa jednostka normalizacyjna przyjęła tę normę jako normę krajową, a ostatni przegląd systematyczny, zakończony { $confirmed }, potwierdził ją bez zmian.
    [few] Co najmniej { $adopted } krajowe jednostki normalizacyjne przyjęły tę normę jako normę krajową, a ostatni przegląd systematyczny, zakończony { $confirmed }, potwierdził ją bez zmian.
    [many] Co najmniej { $adopted } krajowych jednostek normalizacyjnych przyjęło tę normę jako normę krajową, a ostatni przegląd systematyczny, zakończony { $confirmed }, potwierdził ją bez zmian.
   *[other] Co najmniej { $adopted } krajowych jednostek normalizacyjnych przyjęło tę normę jako normę krajową, a ostatni przegląd systematyczny, zakończony { $confirmed }, potwierdził ją bez zmian.
}
letter-review-ask = { $has_deadline ->
    [yes] Trwające obecnie głosowanie zakończy się { $deadline }. Nowelizacja normy wymagałaby wielu lat pracy komitetu technicznego; ten czas znacznie lepiej przeznaczyć na pomoc organizacjom w stosowaniu wytycznych, które norma już zawiera. Dlatego uprzejmie proszę, aby głos, który { $acronym } odda w tym głosowaniu, był głosem za potwierdzeniem normy { $standard }.
    [due] Termin kolejnego przeglądu systematycznego normy upływa { $due_by }. Nowelizacja normy wymagałaby wielu lat pracy komitetu technicznego; ten czas znacznie lepiej przeznaczyć na pomoc organizacjom w stosowaniu wytycznych, które norma już zawiera. Dlatego uprzejmie proszę, aby głos, który { $acronym } odda po otwarciu głosowania, był głosem za potwierdzeniem normy { $standard }.
   *[other] Nowelizacja normy wymagałaby wielu lat pracy komitetu technicznego; ten czas znacznie lepiej przeznaczyć na pomoc organizacjom w stosowaniu wytycznych, które norma już zawiera. Dlatego uprzejmie proszę, aby głos, który { $acronym } odda po otwarciu głosowania, był głosem za potwierdzeniem normy { $standard }.
}
letter-review-closing = Dziękuję za rozpatrzenie tej prośby. Chętnie dowiem się, jak { $acronym } zamierza głosować, i podzielę się informacjami o tym, jak norma jest stosowana { $in_country }.
letter-adopt-opening = Zwracam się z uprzejmą prośbą o przyjęcie przez { $body } normy { $has_title ->
    [yes] { $standard } „{ $title }”
   *[no] { $standard }
} { $country_kind ->
    [territory] do stosowania na Państwa terytorium ({ $country }).
   *[country] jako normy krajowej w Państwa kraju ({ $country }).
}
letter-adopt-why = Instytucje publiczne i przedsiębiorstwa przeznaczają na dostawy, usługi i roboty budowlane znaczną część dochodu narodowego, a sposób, w jaki dokonują zakupów, kształtuje warunki pracy, poziom emisji i lokalne gospodarki daleko w głąb ich łańcuchów dostaw. Norma ISO 20400 zawiera uzgodnione na szczeblu międzynarodowym wytyczne dotyczące uwzględniania tych skutków – od polityki zakupowej i zaangażowania najwyższego kierownictwa po wybór dostawców i zarządzanie umowami. Ma zastosowanie do organizacji każdej wielkości i z każdego sektora, zarówno publicznych, jak i prywatnych.
letter-adopt-evidence = { $adopted ->
    [0] Norma została potwierdzona przez ISO podczas ostatniego przeglądu systematycznego, zakończonego { $confirmed }, jest więc aktualna i stabilna.
    [one] Co najmniej { $adopted } krajowa jednostka normalizacyjna już przyjęła tę normę, a podczas ostatniego przeglądu systematycznego, zakończonego { $confirmed }, została ona potwierdzona przez ISO; jest więc aktualna i stabilna.
    [few] Co najmniej { $adopted } krajowe jednostki normalizacyjne już przyjęły tę normę, a podczas ostatniego przeglądu systematycznego, zakończonego { $confirmed }, została ona potwierdzona przez ISO; jest więc aktualna i stabilna.
    [many] Co najmniej { $adopted } krajowych jednostek normalizacyjnych już przyjęło tę normę, a podczas ostatniego przeglądu systematycznego, zakończonego { $confirmed }, została ona potwierdzona przez ISO; jest więc aktualna i stabilna.
   *[other] Co najmniej { $adopted } krajowych jednostek normalizacyjnych już przyjęło tę normę, a podczas ostatniego przeglądu systematycznego, zakończonego { $confirmed }, została ona potwierdzona przez ISO; jest więc aktualna i stabilna.
}
letter-adopt-ask = Przyjęcie normy w brzmieniu identycznym z tekstem międzynarodowym dałoby nabywcom i dostawcom { $in_country } uznany punkt odniesienia, na który mogłyby się powoływać specyfikacje zamówień publicznych i polityki przedsiębiorstw, a także ułatwiłoby współpracę z partnerami handlowymi, którzy już stosują tę normę. Uprzejmie proszę { $acronym } o rozpoczęcie procesu przyjęcia normy { $standard } oraz, w miarę możliwości, o jej opublikowanie w przekładzie na język { $language }.
letter-adopt-ask-in-progress = O ile mi wiadomo, { $acronym } prowadzi już prace nad przyjęciem normy { $standard }. Wydanie identyczne z tekstem międzynarodowym dałoby nabywcom i dostawcom { $in_country } uznany punkt odniesienia, na który mogłyby się powoływać specyfikacje zamówień publicznych i polityki przedsiębiorstw. Uprzejmie proszę { $acronym } o zakończenie tego procesu i opublikowanie normy, w miarę możliwości w przekładzie na język { $language }, a także o poinformowanie jej przyszłych użytkowników, gdy tylko będzie dostępna.
letter-adopt-closing = Dziękuję za rozpatrzenie tej prośby. Chętnie opowiem więcej o zainteresowaniu normą { $in_country }, a będzie mi miło dowiedzieć się, jakie mogłyby być dalsze kroki.
letter-translate-opening = Zwracam się z uprzejmą prośbą o udostępnienie przez { $body } normy { $has_title ->
    [yes] { $standard } „{ $title }”
   *[no] { $standard }
} w przekładzie na język { $language }.
letter-translate-opening-exists = Zwracam się do Państwa w sprawie normy { $edition } – przekładu normy { $has_title ->
    [yes] { $standard } „{ $title }”
   *[no] { $standard }
} na język { $language } – którą wydaje { $acronym }.
letter-translate-why = Zrównoważone zakupy to codzienna praca nabywców, dostawców, osób zarządzających umowami i urzędników, z których wielu sięga po wytyczne wyłącznie we własnym języku. Norma ISO 20400 istnieje w oficjalnych wersjach ISO w języku angielskim i francuskim oraz w oficjalnym przekładzie na język hiszpański; dla osób { $in_country }, których językiem pracy jest język { $language }, wydanie krajowe przekształciłoby tekst międzynarodowy w praktyczne narzędzie, którym mogłyby dzielić się ze swoimi zespołami i dostawcami.
letter-translate-why-exists = Zrównoważone zakupy to codzienna praca nabywców, dostawców, osób zarządzających umowami i urzędników, z których wielu sięga po wytyczne wyłącznie we własnym języku. Dzięki normie { $edition } osoby { $in_country }, których językiem pracy jest język { $language }, mają już tę normę we własnym języku; teraz ważne jest, aby o niej wiedziały i stosowały ją w pracy ze swoimi zespołami i dostawcami.
letter-translate-evidence = { $adopted ->
    [0] Norma została potwierdzona przez ISO podczas ostatniego przeglądu systematycznego, zakończonego { $confirmed }, dlatego przygotowany teraz przekład pozostanie użyteczny przez wiele lat.
    [one] Co najmniej { $adopted } krajowa jednostka normalizacyjna przyjęła tę normę, a podczas ostatniego przeglądu systematycznego, zakończonego { $confirmed }, została ona potwierdzona przez ISO, dlatego przygotowany teraz przekład pozostanie użyteczny przez wiele lat.
    [few] Co najmniej { $adopted } krajowe jednostki normalizacyjne przyjęły tę normę, a podczas ostatniego przeglądu systematycznego, zakończonego { $confirmed }, została ona potwierdzona przez ISO, dlatego przygotowany teraz przekład pozostanie użyteczny przez wiele lat.
    [many] Co najmniej { $adopted } krajowych jednostek normalizacyjnych przyjęło tę normę, a podczas ostatniego przeglądu systematycznego, zakończonego { $confirmed }, została ona potwierdzona przez ISO, dlatego przygotowany teraz przekład pozostanie użyteczny przez wiele lat.
   *[other] Co najmniej { $adopted } krajowych jednostek normalizacyjnych przyjęło tę normę, a podczas ostatniego przeglądu systematycznego, zakończonego { $confirmed }, została ona potwierdzona przez ISO, dlatego przygotowany teraz przekład pozostanie użyteczny przez wiele lat.
}
letter-translate-evidence-exists = { $adopted ->
    [0] Norma została potwierdzona przez ISO podczas ostatniego przeglądu systematycznego, zakończonego { $confirmed }, dlatego norma { $edition } pozostanie aktualna przez wiele lat.
    [one] Co najmniej { $adopted } krajowa jednostka normalizacyjna przyjęła tę normę, a podczas ostatniego przeglądu systematycznego, zakończonego { $confirmed }, została ona potwierdzona przez ISO, dlatego norma { $edition } pozostanie aktualna przez wiele lat.
    [few] Co najmniej { $adopted } krajowe jednostki normalizacyjne przyjęły tę normę, a podczas ostatniego przeglądu systematycznego, zakończonego { $confirmed }, została ona potwierdzona przez ISO, dlatego norma { $edition } pozostanie aktualna przez wiele lat.
    [many] Co najmniej { $adopted } krajowych jednostek normalizacyjnych przyjęło tę normę, a podczas ostatniego przeglądu systematycznego, zakończonego { $confirmed }, została ona potwierdzona przez ISO, dlatego norma { $edition } pozostanie aktualna przez wiele lat.
   *[other] Co najmniej { $adopted } krajowych jednostek normalizacyjnych przyjęło tę normę, a podczas ostatniego przeglądu systematycznego, zakończonego { $confirmed }, została ona potwierdzona przez ISO, dlatego norma { $edition } pozostanie aktualna przez wiele lat.
}
letter-translate-ask = Uprzejmie proszę { $acronym } o przygotowanie i opublikowanie przekładu normy { $standard } na język { $language } – jako normy krajowej albo jako tłumaczenia sprzedawanego wraz z tekstem międzynarodowym – a także o poinformowanie jego przyszłych użytkowników, gdy tylko będzie dostępny.
letter-translate-ask-exists = Dziękuję za to, że { $acronym } udostępnia normę { $edition } w przekładzie na język { $language }. Uprzejmie proszę o jej szerokie upowszechnienie wśród nabywców, dostawców i urzędników { $in_country } oraz o dostosowanie jej do tekstu międzynarodowego, gdy ISO przeprowadzi kolejną nowelizację normy.
letter-translate-closing = Dziękuję za rozpatrzenie tej prośby. Po opublikowaniu przekładu chętnie pomogę w jego upowszechnieniu { $in_country }.
letter-sign-off = Z poważaniem
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = w Państwa kraju ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = krajowa jednostka normalizacyjna Państwa kraju
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = Państwa kraj
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = w Państwa kraju
open-letter-generic-deadline = termin zakończenia głosowania
open-letter-generic-committee = komitet techniczny ISO odpowiedzialny za normę
