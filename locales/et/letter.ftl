# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Eesti
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
letter-subject-review = Palve hääletada süstemaatilisel ülevaatusel standardi { $standard } kinnitamise poolt
letter-subject-adopt = { $country_kind ->
    [territory] Palve võtta üle standard { $standard } piirkonna standardina ({ $country })
   *[country] Palve võtta üle standard { $standard } rahvusliku standardina ({ $country })
}
letter-subject-translate = Palve avaldada standard { $standard } { $language } keeles
letter-subject-translate-exists = Palve tutvustada laialdaselt väljaannet { $edition }, standardi { $standard } väljaannet { $language } keeles
letter-greeting = Lugupeetud daamid ja härrad!
letter-review-opening = Pöördun teie poole seoses standardiga { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} ja häälega, mille { $body } annab selle süstemaatilisel ülevaatusel. Palun teid hääletada selle poolt, et standard kinnitataks muutmata kujul.
letter-review-why = ISO 20400 annab igas suuruses ja igast valdkonnast organisatsioonidele ühise raamistiku kestlikuks hankimiseks: see näitab, kuidas hinnata hangete keskkonnamõju, sotsiaalset ja majanduslikku mõju kogu tarneahelas ning kuidas see lõimida põhimõtetesse, protsessidesse ja igapäevatöösse. Pärast standardi avaldamist on kliimamuutus, ringmajandus, inimõigused ja ärieetika tõusnud päevakorra tippu ning suur osa sellest tööst tehakse just tarneahelates. Standard loodi just nende küsimuste jaoks ja on nende lahendamiseks endiselt usaldusväärne raamistik.
letter-review-evidence = { $adopted ->
    [0] ISO viimasel süstemaatilisel ülevaatusel, mille lõppkuupäev oli { $confirmed }, kinnitati standard muutmata kujul.
    [one] Vähemalt { $adopted } rahvuslik standardiorganisatsioon on selle rahvusliku standardina üle võtnud ning viimasel süstemaatilisel ülevaatusel, mille lõppkuupäev oli { $confirmed }, kinnitati standard muutmata kujul.
   *[other] Vähemalt { $adopted } rahvuslikku standardiorganisatsiooni on selle rahvusliku standardina üle võtnud ning viimasel süstemaatilisel ülevaatusel, mille lõppkuupäev oli { $confirmed }, kinnitati standard muutmata kujul.
}
letter-review-ask = { $has_deadline ->
    [yes] Käimasoleva hääletuse lõppkuupäev on { $deadline }. Standardi uustöötlus nõuaks aastatepikkust komiteetööd; see aeg on palju kasulikum kulutada sellele, et aidata organisatsioonidel rakendada juhiseid, mida standard juba annab. Seetõttu palun lugupidavalt, et { $acronym } hääletaks standardi { $standard } kinnitamise poolt.
    [due] Standardi järgmise süstemaatilise ülevaatuse tähtaeg on { $due_by }. Standardi uustöötlus nõuaks aastatepikkust komiteetööd; see aeg on palju kasulikum kulutada sellele, et aidata organisatsioonidel rakendada juhiseid, mida standard juba annab. Seetõttu palun lugupidavalt, et { $acronym } hääletaks hääletuse avanemisel standardi { $standard } kinnitamise poolt.
   *[other] Standardi uustöötlus nõuaks aastatepikkust komiteetööd; see aeg on palju kasulikum kulutada sellele, et aidata organisatsioonidel rakendada juhiseid, mida standard juba annab. Seetõttu palun lugupidavalt, et { $acronym } hääletaks hääletuse avanemisel standardi { $standard } kinnitamise poolt.
}
letter-review-closing = Tänan teid selle palve läbivaatamise eest. Oleksin tänulik, kui annaksite teada, kuidas { $acronym } kavatseb hääletada, ning jagan hea meelega oma teadmisi standardi kasutamisest { $in_country }.
letter-adopt-opening = Pöördun teie poole palvega, et { $body } võtaks üle standardi { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} { $country_kind ->
    [territory] teie piirkonna ({ $country }) standardina.
   *[country] teie riigi ({ $country }) rahvusliku standardina.
}
letter-adopt-why = Avaliku sektori asutused ja ettevõtted kulutavad suure osa rahvatulust asjadele, ehitustöödele ja teenustele ning see, kuidas nad hangivad, mõjutab töötingimusi, heitkoguseid ja kohalikku majandust kuni tarneahelate kaugemate lülideni välja. ISO 20400 annab neile rahvusvaheliselt kokku lepitud juhised nende mõjude arvessevõtmiseks alates hankepoliitikast ja juhtkonna pühendumusest kuni tarnijate valiku ja lepingute haldamiseni. Standard sobib kõigile organisatsioonidele olenemata nende suurusest ja tegevusvaldkonnast, nii avalikus kui ka erasektoris.
letter-adopt-evidence = { $adopted ->
    [0] ISO kinnitas standardi viimasel süstemaatilisel ülevaatusel, mille lõppkuupäev oli { $confirmed }, seega on see ajakohane ja stabiilne.
    [one] Vähemalt { $adopted } rahvuslik standardiorganisatsioon on selle juba üle võtnud ning ISO kinnitas standardi viimasel süstemaatilisel ülevaatusel, mille lõppkuupäev oli { $confirmed }, seega on see ajakohane ja stabiilne.
   *[other] Vähemalt { $adopted } rahvuslikku standardiorganisatsiooni on selle juba üle võtnud ning ISO kinnitas standardi viimasel süstemaatilisel ülevaatusel, mille lõppkuupäev oli { $confirmed }, seega on see ajakohane ja stabiilne.
}
letter-adopt-ask = Rahvusvahelise tekstiga identsena ülevõetud standard annaks hankijatele ja tarnijatele { $in_country } tunnustatud alusdokumendi, millele saavad viidata hankedokumendid ja ettevõtete põhimõtted, ning lihtsustaks kooskõla saavutamist kaubanduspartneritega, kes standardit juba kasutavad. Palun lugupidavalt, et { $acronym } algataks standardi { $standard } ülevõtmise ja avaldaks selle võimaluse korral { $language } keeles.
letter-adopt-ask-in-progress = Minu teada on { $acronym } standardi { $standard } ülevõtmist juba alustanud. Rahvusvahelise tekstiga identne väljaanne annaks hankijatele ja tarnijatele { $in_country } tunnustatud alusdokumendi, millele saavad viidata hankedokumendid ja ettevõtete põhimõtted. Palun lugupidavalt, et { $acronym } viiks ülevõtmise lõpule, avaldaks standardi võimaluse korral { $language } keeles ning teavitaks selle võimalikke kasutajaid, kui standard on kättesaadav.
letter-adopt-closing = Tänan teid selle palve läbivaatamise eest. Räägiksin hea meelega lähemalt huvist standardi vastu { $in_country } ja kuuleksin meeleldi, millised võiksid olla järgmised sammud.
letter-translate-opening = Pöördun teie poole palvega, et { $body } teeks standardi { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} kättesaadavaks { $language } keeles.
letter-translate-opening-exists = Pöördun teie poole seoses väljaandega { $edition }, mille avaldab { $acronym } ja mis on standardi { $has_title ->
    [yes] { $standard } „{ $title }“
   *[no] { $standard }
} väljaanne { $language } keeles.
letter-translate-why = Kestlik hankimine on hankijate, tarnijate, lepingujuhtide ja avaliku sektori ametnike igapäevatöö ning paljud neist loevad juhendeid ainult oma keeles. ISO 20400 on olemas ISO ametlike inglis- ja prantsuskeelsete väljaannetena ning ametliku hispaaniakeelse tõlkena; inimestele, kes töötavad { $in_country } { $language } keeles, muudaks rahvuslik väljaanne rahvusvahelise teksti praktiliseks tööriistaks, mida nad saavad jagada oma meeskondade ja tarnijatega.
letter-translate-why-exists = Kestlik hankimine on hankijate, tarnijate, lepingujuhtide ja avaliku sektori ametnike igapäevatöö ning paljud neist loevad juhendeid ainult oma keeles. Tänu väljaandele { $edition } on inimestel, kes töötavad { $in_country } { $language } keeles, standard juba nende oma keeles olemas; nüüd on oluline, et nad teaksid selle olemasolust ja rakendaksid seda koos oma meeskondade ja tarnijatega.
letter-translate-evidence = { $adopted ->
    [0] ISO kinnitas standardi viimasel süstemaatilisel ülevaatusel, mille lõppkuupäev oli { $confirmed }, seega jääb praegu tehtud tõlge kasulikuks veel aastateks.
    [one] Vähemalt { $adopted } rahvuslik standardiorganisatsioon on selle üle võtnud ning ISO kinnitas standardi viimasel süstemaatilisel ülevaatusel, mille lõppkuupäev oli { $confirmed }, seega jääb praegu tehtud tõlge kasulikuks veel aastateks.
   *[other] Vähemalt { $adopted } rahvuslikku standardiorganisatsiooni on selle üle võtnud ning ISO kinnitas standardi viimasel süstemaatilisel ülevaatusel, mille lõppkuupäev oli { $confirmed }, seega jääb praegu tehtud tõlge kasulikuks veel aastateks.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO kinnitas standardi viimasel süstemaatilisel ülevaatusel, mille lõppkuupäev oli { $confirmed }, seega püsib { $edition } ajakohasena veel aastaid.
    [one] Vähemalt { $adopted } rahvuslik standardiorganisatsioon on selle üle võtnud ning ISO kinnitas standardi viimasel süstemaatilisel ülevaatusel, mille lõppkuupäev oli { $confirmed }, seega püsib { $edition } ajakohasena veel aastaid.
   *[other] Vähemalt { $adopted } rahvuslikku standardiorganisatsiooni on selle üle võtnud ning ISO kinnitas standardi viimasel süstemaatilisel ülevaatusel, mille lõppkuupäev oli { $confirmed }, seega püsib { $edition } ajakohasena veel aastaid.
}
letter-translate-ask = Palun lugupidavalt, et { $acronym } koostaks ja avaldaks standardi { $standard } väljaande { $language } keeles – kas rahvusliku standardina või rahvusvahelise teksti kõrval müüdava tõlkena – ning teavitaks selle võimalikke kasutajaid, kui väljaanne on kättesaadav.
letter-translate-ask-exists = Tänan, et { $acronym } on teinud väljaande { $edition } kättesaadavaks { $language } keeles. Palun teid lugupidavalt seda laialdaselt tutvustada hankijatele, tarnijatele ja avaliku sektori ametnikele { $in_country } ning hoida see kooskõlas rahvusvahelise tekstiga, kui ISO standardit järgmine kord uustöötleb.
letter-translate-closing = Tänan teid selle palve läbivaatamise eest. Kui tõlge on avaldatud, aitan hea meelega seda { $in_country } tutvustada.
letter-sign-off = Lugupidamisega
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = teie riigis ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = teie rahvuslik standardiorganisatsioon
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = teie riik
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = teie riigis
open-letter-generic-deadline = hääletuse lõppkuupäev
open-letter-generic-committee = standardi eest vastutav ISO komitee
