# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Íslenska
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
letter-subject-review = Beiðni um atkvæði með staðfestingu staðalsins { $standard } í kerfisbundinni rýni
letter-subject-adopt = { $country_kind ->
    [territory] Beiðni um að staðallinn { $standard } verði tekinn upp sem staðall fyrir { $country }
   *[country] Beiðni um að staðallinn { $standard } verði tekinn upp sem landsstaðall ({ $country })
}
letter-subject-translate = Beiðni um útgáfu staðalsins { $standard } á þjóðtungunni ({ $language })
letter-subject-translate-exists = Beiðni um víðtæka kynningu á útgáfunni { $edition }, sem er staðallinn { $standard } á þjóðtungunni ({ $language })
letter-greeting = Ágæti viðtakandi,
letter-review-opening = Ég skrifa ykkur vegna staðalsins { $has_title ->
    [yes] { $standard }, „{ $title }“,
   *[no] { $standard }
} og atkvæðisins sem { $body } greiðir í kerfisbundinni rýni hans. Ég vil fara þess á leit við ykkur að þið greiðið atkvæði með því að staðallinn verði staðfestur óbreyttur.
letter-review-why = ISO 20400 veitir fyrirtækjum og stofnunum af öllum stærðum og í öllum geirum sameiginlegan ramma um sjálfbær innkaup: staðallinn sýnir hvernig meta má umhverfisleg, félagsleg og efnahagsleg áhrif þess sem keypt er í allri aðfangakeðjunni og hvernig flétta má það inn í stefnu, verklag og daglegt starf. Frá því að staðallinn kom út hafa loftslagsbreytingar, hringrásarhagkerfið, mannréttindi og viðskiptasiðferði færst efst á dagskrá, og stór hluti þeirrar vinnu fer einmitt fram í aðfangakeðjunum. Staðallinn var saminn fyrir nákvæmlega þessi viðfangsefni og er enn traustur rammi um þau.
letter-review-evidence = { $adopted ->
    [0] Í síðustu kerfisbundnu rýni, sem lauk { $confirmed }, staðfesti ISO staðalinn óbreyttan.
    [one] Að minnsta kosti { $adopted } staðlastofnun hefur tekið staðalinn upp sem landsstaðal, og í síðustu kerfisbundnu rýni, sem lauk { $confirmed }, var hann staðfestur óbreyttur.
   *[other] Að minnsta kosti { $adopted } staðlastofnanir hafa tekið staðalinn upp sem landsstaðal, og í síðustu kerfisbundnu rýni, sem lauk { $confirmed }, var hann staðfestur óbreyttur.
}
letter-review-ask = { $has_deadline ->
    [yes] Yfirstandandi atkvæðagreiðslu lýkur { $deadline }. Endurskoðun staðalsins myndi kalla á margra ára nefndarstarf; þeim tíma er mun betur varið í að aðstoða fyrirtæki og stofnanir við að beita þeim leiðbeiningum sem staðallinn veitir nú þegar. Ég fer því vinsamlega fram á að { $acronym } greiði atkvæði með staðfestingu staðalsins { $standard }.
    [due] Næsta kerfisbundna rýni staðalsins á að fara fram eigi síðar en { $due_by }. Endurskoðun staðalsins myndi kalla á margra ára nefndarstarf; þeim tíma er mun betur varið í að aðstoða fyrirtæki og stofnanir við að beita þeim leiðbeiningum sem staðallinn veitir nú þegar. Ég fer því vinsamlega fram á að { $acronym } greiði atkvæði með staðfestingu staðalsins { $standard } þegar atkvæðagreiðslan hefst.
   *[other] Endurskoðun staðalsins myndi kalla á margra ára nefndarstarf; þeim tíma er mun betur varið í að aðstoða fyrirtæki og stofnanir við að beita þeim leiðbeiningum sem staðallinn veitir nú þegar. Ég fer því vinsamlega fram á að { $acronym } greiði atkvæði með staðfestingu staðalsins { $standard } þegar atkvæðagreiðslan hefst.
}
letter-review-closing = Ég þakka ykkur fyrir að taka þessa beiðni til athugunar. Mér þætti vænt um að vita hvernig { $acronym } hyggst greiða atkvæði, og ég deili gjarnan því sem ég veit um notkun staðalsins { $in_country }.
letter-adopt-opening = Ég skrifa ykkur til að fara þess á leit að { $body } taki staðalinn { $has_title ->
    [yes] { $standard }, „{ $title }“,
   *[no] { $standard }
} { $country_kind ->
    [territory] upp sem staðal fyrir { $country }.
   *[country] upp sem landsstaðal. Landið ykkar, { $country }, fengi þannig viðurkennda landsútgáfu þessara alþjóðlegu leiðbeininga.
}
letter-adopt-why = Opinberir aðilar og fyrirtæki verja stórum hluta þjóðartekna til kaupa á vörum, verkum og þjónustu, og það hvernig þau standa að innkaupum mótar vinnuaðstæður, losun og staðbundin hagkerfi langt niður eftir aðfangakeðjunum. ISO 20400 veitir þeim alþjóðlega samþykktar leiðbeiningar um hvernig taka megi tillit til þessara áhrifa: allt frá innkaupastefnu og skuldbindingu stjórnenda til vals á birgjum og samningsstjórnunar. Staðallinn á við um fyrirtæki og stofnanir af öllum stærðum og í öllum geirum, hvort sem um er að ræða opinbera aðila eða einkaaðila.
letter-adopt-evidence = { $adopted ->
    [0] ISO staðfesti staðalinn í síðustu kerfisbundnu rýni, sem lauk { $confirmed }; hann er því í fullu gildi og stöðugur.
    [one] Að minnsta kosti { $adopted } staðlastofnun hefur þegar tekið staðalinn upp, og ISO staðfesti hann í síðustu kerfisbundnu rýni, sem lauk { $confirmed }; hann er því í fullu gildi og stöðugur.
   *[other] Að minnsta kosti { $adopted } staðlastofnanir hafa þegar tekið staðalinn upp, og ISO staðfesti hann í síðustu kerfisbundnu rýni, sem lauk { $confirmed }; hann er því í fullu gildi og stöðugur.
}
letter-adopt-ask = Upptaka staðalsins, samhljóða alþjóðlega textanum, myndi veita kaupendum og birgjum { $in_country } viðurkennt viðmið sem vísa má til í opinberum útboðum og stefnu fyrirtækja, og auðvelda samræmingu við viðskiptaaðila sem nota staðalinn nú þegar. Ég fer vinsamlega fram á að { $acronym } hefji upptöku staðalsins { $standard } og gefi hann út á þjóðtungunni ({ $language }) ef þess er kostur.
letter-adopt-ask-in-progress = Mér skilst að { $acronym } hafi þegar hafið upptöku staðalsins { $standard }. Útgáfa samhljóða alþjóðlega textanum myndi veita kaupendum og birgjum { $in_country } viðurkennt viðmið sem vísa má til í opinberum útboðum og stefnu fyrirtækja. Ég fer vinsamlega fram á að { $acronym } ljúki upptökunni og gefi staðalinn út, ef þess er kostur á þjóðtungunni ({ $language }), og láti þá sem munu nota hann vita þegar hann verður fáanlegur.
letter-adopt-closing = Ég þakka ykkur fyrir að taka þessa beiðni til athugunar. Ég segi ykkur gjarnan nánar frá áhuganum á staðlinum { $in_country } og þætti vænt um að heyra hver næstu skref gætu orðið.
letter-translate-opening = Ég skrifa ykkur til að fara þess á leit að { $body } geri staðalinn { $has_title ->
    [yes] { $standard }, „{ $title }“,
   *[no] { $standard }
} aðgengilegan á þjóðtungunni ({ $language }).
letter-translate-opening-exists = Ég skrifa ykkur vegna útgáfunnar { $edition }, sem { $acronym } gefur út og hefur að geyma staðalinn { $has_title ->
    [yes] { $standard }, „{ $title }“,
   *[no] { $standard }
} á þjóðtungunni ({ $language }).
letter-translate-why = Sjálfbær innkaup eru daglegt starf kaupenda, birgja, samningsstjóra og opinberra starfsmanna, og margir þeirra lesa leiðbeiningar aðeins á eigin tungumáli. ISO 20400 er til í opinberum útgáfum ISO á ensku og frönsku og í opinberri spænskri þýðingu; fyrir þá { $in_country } sem starfa á þjóðtungunni ({ $language }) myndi landsútgáfa gera alþjóðlegan texta að hagnýtu verkfæri sem þeir geta deilt með samstarfsfólki sínu og birgjum.
letter-translate-why-exists = Sjálfbær innkaup eru daglegt starf kaupenda, birgja, samningsstjóra og opinberra starfsmanna, og margir þeirra lesa leiðbeiningar aðeins á eigin tungumáli. Með útgáfunni { $edition } hafa þeir { $in_country } sem starfa á þjóðtungunni ({ $language }) þegar aðgang að staðlinum á eigin tungumáli; nú skiptir mestu að þeir viti af honum og taki hann í notkun með samstarfsfólki sínu og birgjum.
letter-translate-evidence = { $adopted ->
    [0] ISO staðfesti staðalinn í síðustu kerfisbundnu rýni, sem lauk { $confirmed }, og þýðing sem gerð er nú mun því nýtast um árabil.
    [one] Að minnsta kosti { $adopted } staðlastofnun hefur tekið staðalinn upp, og ISO staðfesti hann í síðustu kerfisbundnu rýni, sem lauk { $confirmed }; þýðing sem gerð er nú mun því nýtast um árabil.
   *[other] Að minnsta kosti { $adopted } staðlastofnanir hafa tekið staðalinn upp, og ISO staðfesti hann í síðustu kerfisbundnu rýni, sem lauk { $confirmed }; þýðing sem gerð er nú mun því nýtast um árabil.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO staðfesti staðalinn í síðustu kerfisbundnu rýni, sem lauk { $confirmed }, og útgáfan { $edition } verður því í fullu gildi um árabil.
    [one] Að minnsta kosti { $adopted } staðlastofnun hefur tekið staðalinn upp, og ISO staðfesti hann í síðustu kerfisbundnu rýni, sem lauk { $confirmed }; útgáfan { $edition } verður því í fullu gildi um árabil.
   *[other] Að minnsta kosti { $adopted } staðlastofnanir hafa tekið staðalinn upp, og ISO staðfesti hann í síðustu kerfisbundnu rýni, sem lauk { $confirmed }; útgáfan { $edition } verður því í fullu gildi um árabil.
}
letter-translate-ask = Ég fer vinsamlega fram á að { $acronym } láti þýða staðalinn { $standard } á þjóðtunguna ({ $language }) og gefi þýðinguna út, annaðhvort sem landsstaðal eða samhliða alþjóðlega textanum, og láti þá sem munu nota hana vita þegar hún verður fáanleg.
letter-translate-ask-exists = Ég þakka fyrir að { $acronym } hefur gert útgáfuna { $edition } aðgengilega á þjóðtungunni ({ $language }). Ég fer vinsamlega fram á að þið kynnið hana vel fyrir kaupendum, birgjum og opinberum starfsmönnum { $in_country } og að þið haldið henni í samræmi við alþjóðlega textann þegar ISO endurskoðar staðalinn næst.
letter-translate-closing = Ég þakka ykkur fyrir að taka þessa beiðni til athugunar. Ég aðstoða gjarnan við að kynna þýðinguna { $in_country } þegar hún er komin út.
letter-sign-off = Virðingarfyllst
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = í landi ykkar ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = staðlastofnunin í landi ykkar
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = landið ykkar
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = í landi ykkar
open-letter-generic-deadline = lokadagur atkvæðagreiðslunnar
open-letter-generic-committee = sú nefnd ISO sem ber ábyrgð á staðlinum
