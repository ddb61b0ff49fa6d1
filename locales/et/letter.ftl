# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Eesti
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
letter-subject-review = Palve hääletada süstemaatilisel ülevaatusel standardi { $standard } kinnitamise poolt
letter-subject-adopt = Palve võtta standard { $standard } üle rahvusliku standardina ({ $country })
letter-subject-translate = Palve avaldada standard { $standard } { $language } keeles
letter-subject-translate-exists = Palve tutvustada laialdaselt väljaannet { $edition }, standardi { $standard } väljaannet { $language } keeles
letter-greeting = Lugupeetud daamid ja härrad!
letter-review-opening = Pöördun teie poole seoses standardiga { $standard } „{ $title }“ ja häälega, mille { $body } annab selle süstemaatilisel ülevaatusel. Palun teid hääletada selle poolt, et standard kinnitataks muutmata kujul.
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
letter-review-closing = Tänan teid selle palve läbivaatamise eest. Oleksin tänulik, kui annaksite teada, kuidas { $acronym } kavatseb hääletada, ning jagan hea meelega oma teadmisi standardi kasutamisest teie riigis ({ $country }).
letter-adopt-opening = Pöördun teie poole palvega, et { $body } võtaks standardi { $standard } „{ $title }“ üle teie riigi ({ $country }) rahvusliku standardina.
letter-adopt-why = Avaliku sektori asutused ja ettevõtted kulutavad suure osa rahvatulust asjadele, ehitustöödele ja teenustele ning see, kuidas nad hangivad, mõjutab töötingimusi, heitkoguseid ja kohalikku majandust kuni tarneahelate kaugemate lülideni välja. ISO 20400 annab neile rahvusvaheliselt kokku lepitud juhised nende mõjude arvessevõtmiseks alates hankepoliitikast ja juhtkonna pühendumusest kuni tarnijate valiku ja lepingute haldamiseni. Standard sobib kõigile organisatsioonidele olenemata nende suurusest ja tegevusvaldkonnast, nii avalikus kui ka erasektoris.
letter-adopt-evidence = { $adopted ->
    [0] ISO kinnitas standardi viimasel süstemaatilisel ülevaatusel, mille lõppkuupäev oli { $confirmed }, seega on see ajakohane ja stabiilne.
    [one] Vähemalt { $adopted } rahvuslik standardiorganisatsioon on selle juba üle võtnud ning ISO kinnitas standardi viimasel süstemaatilisel ülevaatusel, mille lõppkuupäev oli { $confirmed }, seega on see ajakohane ja stabiilne.
   *[other] Vähemalt { $adopted } rahvuslikku standardiorganisatsiooni on selle juba üle võtnud ning ISO kinnitas standardi viimasel süstemaatilisel ülevaatusel, mille lõppkuupäev oli { $confirmed }, seega on see ajakohane ja stabiilne.
}
letter-adopt-ask = Rahvusvahelise tekstiga identne rahvuslik standard annaks hankijatele ja tarnijatele teie riigis ({ $country }) tunnustatud alusdokumendi, millele saavad viidata hankedokumendid ja ettevõtete põhimõtted, ning lihtsustaks kooskõla saavutamist kaubanduspartneritega, kes standardit juba kasutavad. Palun lugupidavalt, et { $acronym } algataks standardi { $standard } ülevõtmise ja avaldaks selle võimaluse korral { $language } keeles.
letter-adopt-ask-in-progress = Minu teada on { $acronym } standardi { $standard } ülevõtmist juba alustanud. Rahvusvahelise tekstiga identne rahvuslik standard annaks hankijatele ja tarnijatele teie riigis ({ $country }) tunnustatud alusdokumendi, millele saavad viidata hankedokumendid ja ettevõtete põhimõtted. Palun lugupidavalt, et { $acronym } viiks ülevõtmise lõpule, avaldaks rahvusliku standardi võimaluse korral { $language } keeles ning teavitaks selle võimalikke kasutajaid, kui standard on kättesaadav.
letter-adopt-closing = Tänan teid selle palve läbivaatamise eest. Räägiksin hea meelega lähemalt huvist standardi vastu teie riigis ({ $country }) ja kuuleksin meeleldi, millised võiksid olla järgmised sammud.
letter-translate-opening = Pöördun teie poole palvega, et { $body } teeks standardi { $standard } „{ $title }“ kättesaadavaks { $language } keeles.
letter-translate-opening-exists = Pöördun teie poole seoses väljaandega { $edition }, mille avaldab { $acronym } ja mis on standardi { $standard } „{ $title }“ väljaanne { $language } keeles.
letter-translate-why = Kestlik hankimine on hankijate, tarnijate, lepingujuhtide ja avaliku sektori ametnike igapäevatöö ning paljud neist loevad juhendeid ainult oma keeles. ISO 20400 on olemas ISO ametlike inglis- ja prantsuskeelsete väljaannetena ning ametliku hispaaniakeelse tõlkena; inimestele, kes töötavad teie riigis ({ $country }) { $language } keeles, muudaks rahvuslik väljaanne rahvusvahelise teksti praktiliseks tööriistaks, mida nad saavad jagada oma meeskondade ja tarnijatega.
letter-translate-why-exists = Kestlik hankimine on hankijate, tarnijate, lepingujuhtide ja avaliku sektori ametnike igapäevatöö ning paljud neist loevad juhendeid ainult oma keeles. Tänu väljaandele { $edition } on inimestel, kes töötavad teie riigis ({ $country }) { $language } keeles, standard juba nende oma keeles olemas; nüüd on oluline, et nad teaksid selle olemasolust ja rakendaksid seda koos oma meeskondade ja tarnijatega.
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
letter-translate-ask-exists = Tänan, et { $acronym } on teinud väljaande { $edition } kättesaadavaks { $language } keeles. Palun teid lugupidavalt seda laialdaselt tutvustada hankijatele, tarnijatele ja avaliku sektori ametnikele teie riigis ({ $country }) ning hoida see kooskõlas rahvusvahelise tekstiga, kui ISO standardit järgmine kord uustöötleb.
letter-translate-closing = Tänan teid selle palve läbivaatamise eest. Kui tõlge on avaldatud, aitan hea meelega seda teie riigis ({ $country }) tutvustada.
letter-sign-off = Lugupidamisega
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = teie rahvuslik standardiorganisatsioon
open-letter-generic-country = teie riik
open-letter-generic-deadline = hääletuse lõppkuupäev
open-letter-generic-committee = standardi eest vastutav ISO komitee
