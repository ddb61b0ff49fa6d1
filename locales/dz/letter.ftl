# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = རྫོང་ཁ
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
letter-subject-review = ཞུ་བ། ལམ་ལུགས་ཅན་གྱི་བསྐྱར་ཞིབ་ནང་ ཚད་གཞི་ { $standard } གཏན་འཁེལ་འབད་ནིའི་དོན་ལུ་ ཚོགས་རྟགས་བཀོད་ནི།
letter-subject-adopt = { $country_kind ->
    [territory] ཞུ་བ། ཚད་གཞི་ { $standard } འདི་ { $country }་ལུ་ ཚད་གཞི་སྦེ་ ངོས་ལེན་འབད་ནི།
   *[country] ཞུ་བ། ཚད་གཞི་ { $standard } འདི་ { $country }་ལུ་ རྒྱལ་ཡོངས་ཚད་གཞི་སྦེ་ ངོས་ལེན་འབད་ནི།
}
letter-subject-translate = ཞུ་བ། ཚད་གཞི་ { $standard } འདི་ { $language } ཐོག་ལུ་ དཔར་བསྐྲུན་འབད་ནི།
letter-subject-translate-exists = ཞུ་བ། ཚད་གཞི་ { $standard } འདི་གི་ { $language } ཐོན་རིམ་ { $edition } འདི་ རྒྱ་ཆེ་སྦེ་ ཁྱབ་སྤེལ་འབད་ནི།
letter-greeting = གུས་བཀུར་ལྡན་པའི་ འགོ་དཔོན་ཚུ་ལུ།
letter-review-opening = { $has_title ->
    [yes] ཚད་གཞི་ { $standard } “{ $title }”
   *[no] ཚད་གཞི་ { $standard }
} དང་ ཚད་གཞི་འདི་གི་ ལམ་ལུགས་ཅན་གྱི་བསྐྱར་ཞིབ་ནང་ { $body } ལས་ བཀོད་ནི་ཡོད་པའི་ ཚོགས་རྟགས་དང་འབྲེལ་ཏེ་ ཞུ་བ་འདི་ ཕུལ་ནི་ཨིན། ཚད་གཞི་འདི་ ད་ལྟོ་ཡོད་མི་བཟུམ་སྦེ་ གཏན་འཁེལ་འབད་ནིའི་དོན་ལུ་ ཚོགས་རྟགས་བཀོད་གནང་ཟེར་ ཞུ་བ་ཕུལ་ནི་ཨིན།
letter-review-why = ISO 20400 གིས་ ཆེ་ཆུང་དང་ ལས་ཁུངས་ག་ཅི་ར་ཨིན་རུང་ ལས་སྡེ་ཆ་མཉམ་ལུ་ ཡུན་བརྟན་ཉོ་སྒྲུབ་ཀྱི་དོན་ལུ་ སྤྱིར་བཏང་གི་ གཞི་རྟེན་ཅིག་ བྱིནམ་ཨིན། ཚད་གཞི་འདི་གིས་ ཉོ་སྒྲུབ་འབད་མི་ ཅ་ཆས་དང་ ཞབས་ཏོག་ཚུ་གི་ མཐའ་འཁོར་དང་ སྤྱི་ཚོགས་ དེ་ལས་ དཔལ་འབྱོར་གྱི་ ཤུགས་རྐྱེན་ཚུ་ མཁོ་སྒྲུབ་རྒྱུད་རིམ་ཧྲིལ་བུམ་ནང་ ག་དེ་སྦེ་ བརྟག་ཞིབ་འབད་དགོཔ་ཨིན་ན་དང་ དེ་ཚུ་ སྲིད་བྱུས་དང་ ལཱ་གི་བྱ་རིམ་ དེ་ལས་ ཉིན་བསྟར་གྱི་ལག་ལེན་ནང་ ག་དེ་སྦེ་ བཙུགས་དགོཔ་ཨིན་ན་ སྟོནམ་ཨིན། ཚད་གཞི་འདི་ དཔར་བསྐྲུན་འབད་ཞིནམ་ལས་ཚུར་ གནམ་གཤིས་འགྱུར་བ་དང་ འཁོར་རིམ་དཔལ་འབྱོར་ མི་ཡི་ཐོབ་དབང་ དེ་ལས་ ཚོང་ལས་ཀྱི་ཀུན་སྤྱོད་ཚུ་ གཙོ་རིམ་ཐོག་མ་ཅིག་ལུ་ གྱུར་ཏེ་ཡོདཔ་ད་ ལཱ་དེ་ཚུ་གི་ ཆ་ཤས་མང་ཤོས་ཅིག་ མཁོ་སྒྲུབ་རྒྱུད་རིམ་ནང་ འབདཝ་ཨིན། ཚད་གཞི་འདི་ དྲི་བ་དེ་ཚུ་ཁོ་རང་གི་དོན་ལུ་ བཟོ་ཡོདཔ་ཨིནམ་ལས་ ད་ལྟོ་ཡང་ དེ་ཚུ་གི་དོན་ལུ་ བློ་གཏད་ཚུགས་པའི་ གཞི་རྟེན་ཅིག་ཨིན།
letter-review-evidence = { $adopted ->
    [0] ISO གིས་ { $confirmed } ལུ་ མཇུག་བསྡུ་མི་ ལམ་ལུགས་ཅན་གྱི་བསྐྱར་ཞིབ་ མཇུག་མམ་འདི་ནང་ ཚད་གཞི་འདི་ བསྒྱུར་བཅོས་མེད་པར་ གཏན་འཁེལ་འབད་ཡོདཔ་ཨིན།
   *[other] ཚད་གཞི་འདི་ རྒྱལ་ཡོངས་ཚད་གཞི་སྦེ་ ངོས་ལེན་འབད་མི་ རྒྱལ་ཡོངས་ཚད་གཞི་ལས་སྡེ་ ཉུང་མཐའ་ཡང་ { $adopted } ཡོདཔ་ད་ { $confirmed } ལུ་ མཇུག་བསྡུ་མི་ ལམ་ལུགས་ཅན་གྱི་བསྐྱར་ཞིབ་ མཇུག་མམ་འདི་ནང་ཡང་ ཚད་གཞི་འདི་ བསྒྱུར་བཅོས་མེད་པར་ གཏན་འཁེལ་འབད་ཡོདཔ་ཨིན།
}
letter-review-ask = { $has_deadline ->
    [yes] ད་ལྟོ་འབད་དོ་ཡོད་པའི་ ཚོགས་རྟགས་འདི་ { $deadline } ལུ་ མཇུག་བསྡུ་འོང་། ཚད་གཞི་འདི་ བསྐྱར་བཅོས་འབད་ནི་ལུ་ ཚོགས་ཆུང་ནང་ ལོ་ལེ་ཤ་གི་རིང་ ལཱ་འབད་དགོཔ་འོང་། དུས་ཚོད་དེ་ ཚད་གཞི་འདི་ནང་ ཧེ་མ་ལས་ཡོད་པའི་ ལམ་སྟོན་ཚུ་ ལག་ལེན་འཐབ་ནི་ལུ་ ལས་སྡེ་ཚུ་ལུ་ རྒྱབ་སྐྱོར་འབད་ནི་ལུ་ བཏང་བ་ཅིན་ ལྷག་པར་ ཕན་ཐོགས་ཅན་ཨིན། དེ་འབདཝ་ལས་ { $acronym } ལུ་ ཚད་གཞི་ { $standard } གཏན་འཁེལ་འབད་ནིའི་དོན་ལུ་ ཚོགས་རྟགས་བཀོད་གནང་ཟེར་ གུས་ཞབས་ཐོག་ལས་ ཞུ་བ་ཕུལ་ནི་ཨིན།
    [due] ཚད་གཞི་འདི་གི་ ལམ་ལུགས་ཅན་གྱི་བསྐྱར་ཞིབ་ ཤུལ་མམ་འདི་ { $due_by } ཚུན་ཚོད་ འབད་དགོཔ་ཨིན། ཚད་གཞི་འདི་ བསྐྱར་བཅོས་འབད་ནི་ལུ་ ཚོགས་ཆུང་ནང་ ལོ་ལེ་ཤ་གི་རིང་ ལཱ་འབད་དགོཔ་འོང་། དུས་ཚོད་དེ་ ཚད་གཞི་འདི་ནང་ ཧེ་མ་ལས་ཡོད་པའི་ ལམ་སྟོན་ཚུ་ ལག་ལེན་འཐབ་ནི་ལུ་ ལས་སྡེ་ཚུ་ལུ་ རྒྱབ་སྐྱོར་འབད་ནི་ལུ་ བཏང་བ་ཅིན་ ལྷག་པར་ ཕན་ཐོགས་ཅན་ཨིན། དེ་འབདཝ་ལས་ { $acronym } ལུ་ ཚོགས་རྟགས་འགོ་བཙུགས་པའི་སྐབས་ ཚད་གཞི་ { $standard } གཏན་འཁེལ་འབད་ནིའི་དོན་ལུ་ ཚོགས་རྟགས་བཀོད་གནང་ཟེར་ གུས་ཞབས་ཐོག་ལས་ ཞུ་བ་ཕུལ་ནི་ཨིན།
   *[other] ཚད་གཞི་འདི་ བསྐྱར་བཅོས་འབད་ནི་ལུ་ ཚོགས་ཆུང་ནང་ ལོ་ལེ་ཤ་གི་རིང་ ལཱ་འབད་དགོཔ་འོང་། དུས་ཚོད་དེ་ ཚད་གཞི་འདི་ནང་ ཧེ་མ་ལས་ཡོད་པའི་ ལམ་སྟོན་ཚུ་ ལག་ལེན་འཐབ་ནི་ལུ་ ལས་སྡེ་ཚུ་ལུ་ རྒྱབ་སྐྱོར་འབད་ནི་ལུ་ བཏང་བ་ཅིན་ ལྷག་པར་ ཕན་ཐོགས་ཅན་ཨིན། དེ་འབདཝ་ལས་ { $acronym } ལུ་ ཚོགས་རྟགས་འགོ་བཙུགས་པའི་སྐབས་ ཚད་གཞི་ { $standard } གཏན་འཁེལ་འབད་ནིའི་དོན་ལུ་ ཚོགས་རྟགས་བཀོད་གནང་ཟེར་ གུས་ཞབས་ཐོག་ལས་ ཞུ་བ་ཕུལ་ནི་ཨིན།
}
letter-review-closing = ཞུ་བ་འདི་ལུ་ ཞིབ་དཔྱད་གནང་མི་ལུ་ བཀའ་དྲིན་ཆེ། { $acronym } ལས་ ཚོགས་རྟགས་ ག་དེ་སྦེ་ བཀོད་ནི་ཨིན་ན་ ཤེས་ཚུགས་པ་ཅིན་ དགའ་བ་ཨིན་པའི་ཁར་ { $in_country } ཚད་གཞི་འདི་ ག་དེ་སྦེ་ ལག་ལེན་འཐབ་དོ་ཡོདཔ་ཨིན་ན་ ང་གིས་ ཤེས་མི་ཚུ་ཡང་ བརྗེ་སོར་འབད་ནི་ལུ་ དགའ་བ་ཨིན།
letter-adopt-opening = { $has_title ->
    [yes] ཚད་གཞི་ { $standard } “{ $title }”
   *[no] ཚད་གཞི་ { $standard }
} འདི་ { $country_kind ->
    [territory] { $country }་ལུ་ ཚད་གཞི་སྦེ་
   *[country] { $country }་ལུ་ རྒྱལ་ཡོངས་ཚད་གཞི་སྦེ་
} ངོས་ལེན་འབད་གནང་ཟེར་ { $body } ལུ་ ཞུ་བ་ཕུལ་ནི་ཨིན།
letter-adopt-why = གཞུང་གི་ལས་སྡེ་དང་ ཚོང་སྡེ་ཚུ་གིས་ རྒྱལ་ཡོངས་འོང་འབབ་ཀྱི་ ཆ་ཤས་ཆེ་ཤོས་ཅིག་ ཅ་ཆས་དང་ གཟོ་ལཱ་ དེ་ལས་ ཞབས་ཏོག་ཚུ་ལུ་ གྲོན་འགྲོ་གཏངམ་ཨིན། ཁོང་ཚུ་གིས་ ཉོ་སྒྲུབ་འབད་ཐངས་འདི་གིས་ ཁོང་རའི་ མཁོ་སྒྲུབ་རྒྱུད་རིམ་ཚུ་ནང་ ཐག་རིང་ས་ཚུན་ཚོད་ ལཱ་གི་གནས་སྟངས་དང་ ཐོན་རླངས་ དེ་ལས་ ས་གནས་ཀྱི་དཔལ་འབྱོར་ཚུ་ལུ་ ཤུགས་རྐྱེན་ཡོདཔ་ཨིན། ISO 20400 གིས་ ཤུགས་རྐྱེན་དེ་ཚུ་ བརྩི་འཇོག་འབད་ནིའི་དོན་ལུ་ རྒྱལ་སྤྱིའི་ཐོག་ལས་ མོས་མཐུན་བྱུང་བའི་ ལམ་སྟོན་ བྱིནམ་ཨིན། དེ་ཡང་ ཉོ་སྒྲུབ་སྲིད་བྱུས་དང་ འགོ་ཁྲིདཔ་ཚུ་གི་ ཁས་བླངས་ལས་ འགོ་བཟུང་སྟེ་ མཁོ་སྒྲུབ་པ་ གདམ་ཁ་རྐྱབ་ནི་དང་ གན་རྒྱ་འཛིན་སྐྱོང་ཚུན་ཚོད་ཨིན། ཚད་གཞི་འདི་ ཆེ་ཆུང་དང་ ལས་ཁུངས་ག་ཅི་ར་ཨིན་རུང་ གཞུང་དང་ སྒེར་གྱི་ ལས་སྡེ་ཆ་མཉམ་ལུ་ ལག་ལེན་འཐབ་ཚུགས་ཨིན།
letter-adopt-evidence = { $adopted ->
    [0] ISO གིས་ { $confirmed } ལུ་ མཇུག་བསྡུ་མི་ ལམ་ལུགས་ཅན་གྱི་བསྐྱར་ཞིབ་ མཇུག་མམ་འདི་ནང་ ཚད་གཞི་འདི་ གཏན་འཁེལ་འབད་ཡོདཔ་ལས་ ཚད་གཞི་འདི་ དུས་དང་འཁྲིལ་བའི་ བརྟན་ཏོག་ཏོ་ཅིག་ཨིན།
   *[other] ཚད་གཞི་འདི་ ཧེ་མ་ལས་ ངོས་ལེན་འབད་མི་ རྒྱལ་ཡོངས་ཚད་གཞི་ལས་སྡེ་ ཉུང་མཐའ་ཡང་ { $adopted } ཡོདཔ་ད་ ISO གིས་ཡང་ { $confirmed } ལུ་ མཇུག་བསྡུ་མི་ ལམ་ལུགས་ཅན་གྱི་བསྐྱར་ཞིབ་ མཇུག་མམ་འདི་ནང་ ཚད་གཞི་འདི་ གཏན་འཁེལ་འབད་ཡོདཔ་ལས་ ཚད་གཞི་འདི་ དུས་དང་འཁྲིལ་བའི་ བརྟན་ཏོག་ཏོ་ཅིག་ཨིན།
}
letter-adopt-ask = རྒྱལ་སྤྱིའི་ཡིག་ཆ་དང་ ཆ་མཚུངས་པའི་ ངོས་ལེན་ཅིག་གིས་ { $in_country }གི་ ཉོ་མི་དང་ མཁོ་སྒྲུབ་པ་ཚུ་ལུ་ གཞུང་གི་ཉོ་སྒྲུབ་ཡིག་ཆ་དང་ ཚོང་སྡེའི་སྲིད་བྱུས་ཚུ་ནང་ གཞི་བཞག་འབད་ཚུགས་པའི་ ངོས་ལེན་ཅན་གྱི་ གཞི་རྟེན་ཅིག་ བྱིན་འོང་། དེ་མ་ཚད་ ཚད་གཞི་འདི་ ཧེ་མ་ལས་ ལག་ལེན་འཐབ་དོ་ཡོད་པའི་ ཚོང་འབྲེལ་མཉམ་འབྲེལ་པ་ཚུ་དང་ ཆ་མཐུན་འབད་ནི་ལུ་ཡང་ ལཱ་སླ་འོང་། དེ་འབདཝ་ལས་ { $acronym } ལུ་ ཚད་གཞི་ { $standard } ངོས་ལེན་འབད་ནིའི་ ལཱ་འགོ་བཙུགས་ཏེ་ འབད་ཚུགས་པ་ཅིན་ { $language } ཐོག་ལུ་ དཔར་བསྐྲུན་འབད་གནང་ཟེར་ གུས་ཞབས་ཐོག་ལས་ ཞུ་བ་ཕུལ་ནི་ཨིན།
letter-adopt-ask-in-progress = { $acronym } ནང་ ཚད་གཞི་ { $standard } ངོས་ལེན་འབད་ནིའི་ལཱ་ ཧེ་མ་ལས་ འགོ་བཙུགས་ཡོདཔ་ ང་གིས་ ཧ་གོ་ཡི། རྒྱལ་སྤྱིའི་ཡིག་ཆ་དང་ ཆ་མཚུངས་པའི་ ཐོན་རིམ་ཅིག་གིས་ { $in_country }གི་ ཉོ་མི་དང་ མཁོ་སྒྲུབ་པ་ཚུ་ལུ་ གཞུང་གི་ཉོ་སྒྲུབ་ཡིག་ཆ་དང་ ཚོང་སྡེའི་སྲིད་བྱུས་ཚུ་ནང་ གཞི་བཞག་འབད་ཚུགས་པའི་ ངོས་ལེན་ཅན་གྱི་ གཞི་རྟེན་ཅིག་ བྱིན་འོང་། དེ་འབདཝ་ལས་ { $acronym } ལུ་ ངོས་ལེན་གྱི་ལཱ་ མཇུག་བསྡུ་སྟེ་ ཚད་གཞི་འདི་ འབད་ཚུགས་པ་ཅིན་ { $language } ཐོག་ལུ་ དཔར་བསྐྲུན་འབད་ནི་དང་ ཚད་གཞི་འདི་ ཐོབ་ཚུགས་པའི་སྐབས་ ལག་ལེན་འཐབ་མི་ཚུ་ལུ་ བརྡ་སྤྲོད་འབད་གནང་ཟེར་ གུས་ཞབས་ཐོག་ལས་ ཞུ་བ་ཕུལ་ནི་ཨིན།
letter-adopt-closing = ཞུ་བ་འདི་ལུ་ ཞིབ་དཔྱད་གནང་མི་ལུ་ བཀའ་དྲིན་ཆེ། { $in_country } ཚད་གཞི་འདི་ལུ་ ཡོད་པའི་ དོ་སྣང་གི་སྐོར་ལས་ ཁ་གསལ་སྦེ་ ཞུ་ནི་དང་ ཤུལ་མའི་གོ་རིམ་ཚུ་ ག་ཅི་ཨིན་ན་ ཤེས་ཚུགས་པ་ཅིན་ དགའ་བ་ཨིན།
letter-translate-opening = { $has_title ->
    [yes] ཚད་གཞི་ { $standard } “{ $title }”
   *[no] ཚད་གཞི་ { $standard }
} འདི་ { $language } ཐོག་ལུ་ ཐོབ་ཚུགས་པ་བཟོ་གནང་ཟེར་ { $body } ལུ་ ཞུ་བ་ཕུལ་ནི་ཨིན།
letter-translate-opening-exists = { $acronym } ལས་ དཔར་བསྐྲུན་འབད་མི་ { $edition } དང་འབྲེལ་ཏེ་ ཞུ་བ་འདི་ ཕུལ་ནི་ཨིན། དེ་ཡང་ { $has_title ->
    [yes] ཚད་གཞི་ { $standard } “{ $title }”
   *[no] ཚད་གཞི་ { $standard }
} འདི་གི་ { $language } ཐོན་རིམ་ཨིན།
letter-translate-why = ཡུན་བརྟན་ཉོ་སྒྲུབ་འདི་ ཉོ་མི་དང་ མཁོ་སྒྲུབ་པ་ གན་རྒྱ་འཛིན་སྐྱོང་པ་ དེ་ལས་ གཞུང་འབྲེལ་འགོ་དཔོན་ཚུ་གི་ ཉིན་བསྟར་གྱི་ལཱ་ཨིནམ་ད་ ཁོང་ཚུ་ལས་ མང་ཤོས་ཅིག་གིས་ ལམ་སྟོན་ཚུ་ ཁོང་རའི་སྐད་ཡིག་ཐོག་ལུ་རྐྱངམ་ཅིག་ ལྷགཔ་ཨིན། ISO 20400 འདི་ ISO གི་ ཨིང་ལིཤ་ཁ་དང་ ཕྲནཅ་ཁའི་ གཞུང་འབྲེལ་ཐོན་རིམ་དང་ ཨིས་པེ་ནིཤ་ཁའི་ གཞུང་འབྲེལ་སྐད་བསྒྱུར་ནང་ ཡོདཔ་ཨིན། { $in_country } { $language } ཐོག་ལུ་ ལཱ་འབད་མི་ཚུ་གི་དོན་ལུ་ རྒྱལ་ཡོངས་ཐོན་རིམ་ཅིག་གིས་ རྒྱལ་སྤྱིའི་ཡིག་ཆ་འདི་ ཁོང་ཚུ་གིས་ ཁོང་རའི་ ལཱ་གི་སྡེ་ཚན་དང་ མཁོ་སྒྲུབ་པ་ཚུ་དང་ བརྗེ་སོར་འབད་ཚུགས་པའི་ ལག་ལེན་གྱི་ལག་ཆས་ཅིག་ལུ་ གྱུར་བཅུག་འོང་།
letter-translate-why-exists = ཡུན་བརྟན་ཉོ་སྒྲུབ་འདི་ ཉོ་མི་དང་ མཁོ་སྒྲུབ་པ་ གན་རྒྱ་འཛིན་སྐྱོང་པ་ དེ་ལས་ གཞུང་འབྲེལ་འགོ་དཔོན་ཚུ་གི་ ཉིན་བསྟར་གྱི་ལཱ་ཨིནམ་ད་ ཁོང་ཚུ་ལས་ མང་ཤོས་ཅིག་གིས་ ལམ་སྟོན་ཚུ་ ཁོང་རའི་སྐད་ཡིག་ཐོག་ལུ་རྐྱངམ་ཅིག་ ལྷགཔ་ཨིན། { $edition } ཡོདཔ་ལས་ { $in_country } { $language } ཐོག་ལུ་ ལཱ་འབད་མི་ཚུ་ལུ་ ཚད་གཞི་འདི་ ཁོང་རའི་སྐད་ཡིག་ཐོག་ལུ་ ཧེ་མ་ལས་ ཡོདཔ་ཨིན། ད་ གལ་ཆེ་ཤོས་འདི་ ཁོང་ཚུ་གིས་ ཐོན་རིམ་འདི་ ཡོདཔ་ ཤེས་ཏེ་ ཁོང་རའི་ ལཱ་གི་སྡེ་ཚན་དང་ མཁོ་སྒྲུབ་པ་ཚུ་དང་གཅིག་ཁར་ ལག་ལེན་འཐབ་ནི་འདི་ཨིན།
letter-translate-evidence = { $adopted ->
    [0] ISO གིས་ { $confirmed } ལུ་ མཇུག་བསྡུ་མི་ ལམ་ལུགས་ཅན་གྱི་བསྐྱར་ཞིབ་ མཇུག་མམ་འདི་ནང་ ཚད་གཞི་འདི་ གཏན་འཁེལ་འབད་ཡོདཔ་ལས་ ད་ལྟོ་ བསྒྱུར་མི་ སྐད་བསྒྱུར་འདི་ ལོ་ལེ་ཤ་གི་རིང་ ཕན་ཐོགས་ཅན་སྦེ་ སྡོད་འོང་།
   *[other] ཚད་གཞི་འདི་ ངོས་ལེན་འབད་མི་ རྒྱལ་ཡོངས་ཚད་གཞི་ལས་སྡེ་ ཉུང་མཐའ་ཡང་ { $adopted } ཡོདཔ་ད་ ISO གིས་ཡང་ { $confirmed } ལུ་ མཇུག་བསྡུ་མི་ ལམ་ལུགས་ཅན་གྱི་བསྐྱར་ཞིབ་ མཇུག་མམ་འདི་ནང་ ཚད་གཞི་འདི་ གཏན་འཁེལ་འབད་ཡོདཔ་ལས་ ད་ལྟོ་ བསྒྱུར་མི་ སྐད་བསྒྱུར་འདི་ ལོ་ལེ་ཤ་གི་རིང་ ཕན་ཐོགས་ཅན་སྦེ་ སྡོད་འོང་།
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO གིས་ { $confirmed } ལུ་ མཇུག་བསྡུ་མི་ ལམ་ལུགས་ཅན་གྱི་བསྐྱར་ཞིབ་ མཇུག་མམ་འདི་ནང་ ཚད་གཞི་འདི་ གཏན་འཁེལ་འབད་ཡོདཔ་ལས་ { $edition } འདི་ ལོ་ལེ་ཤ་གི་རིང་ དུས་དང་འཁྲིལ་ཏེ་ སྡོད་འོང་།
   *[other] ཚད་གཞི་འདི་ ངོས་ལེན་འབད་མི་ རྒྱལ་ཡོངས་ཚད་གཞི་ལས་སྡེ་ ཉུང་མཐའ་ཡང་ { $adopted } ཡོདཔ་ད་ ISO གིས་ཡང་ { $confirmed } ལུ་ མཇུག་བསྡུ་མི་ ལམ་ལུགས་ཅན་གྱི་བསྐྱར་ཞིབ་ མཇུག་མམ་འདི་ནང་ ཚད་གཞི་འདི་ གཏན་འཁེལ་འབད་ཡོདཔ་ལས་ { $edition } འདི་ ལོ་ལེ་ཤ་གི་རིང་ དུས་དང་འཁྲིལ་ཏེ་ སྡོད་འོང་།
}
letter-translate-ask = { $acronym } ལུ་ ཚད་གཞི་ { $standard } འདི་གི་ { $language } ཐོན་རིམ་ཅིག་ རྒྱལ་ཡོངས་ངོས་ལེན་སྦེ་ཨིན་རུང་ ཡང་ན་ རྒྱལ་སྤྱིའི་ཡིག་ཆ་དང་གཅིག་ཁར་ བཙོང་མི་ སྐད་བསྒྱུར་སྦེ་ཨིན་རུང་ གྲ་སྒྲིག་འབད་དེ་ དཔར་བསྐྲུན་འབད་ནི་དང་ ཐོབ་ཚུགས་པའི་སྐབས་ ལག་ལེན་འཐབ་མི་ཚུ་ལུ་ བརྡ་སྤྲོད་འབད་གནང་ཟེར་ གུས་ཞབས་ཐོག་ལས་ ཞུ་བ་ཕུལ་ནི་ཨིན།
letter-translate-ask-exists = { $edition } འདི་ { $language } ཐོག་ལུ་ ཐོབ་ཚུགས་པ་བཟོ་གནང་མི་ལུ་ { $acronym } ལུ་ བཀའ་དྲིན་ཆེ། ཐོན་རིམ་འདི་ { $in_country }གི་ ཉོ་མི་དང་ མཁོ་སྒྲུབ་པ་ གཞུང་འབྲེལ་འགོ་དཔོན་ཚུ་ལུ་ རྒྱ་ཆེ་སྦེ་ ཁྱབ་སྤེལ་འབད་གནང་ནི་དང་ ཤུལ་མར་ ISO གིས་ ཚད་གཞི་འདི་ བསྐྱར་བཅོས་འབད་བའི་སྐབས་ ཐོན་རིམ་འདི་ཡང་ རྒྱལ་སྤྱིའི་ཡིག་ཆ་དང་འཁྲིལ་ཏེ་ དུས་མཐུན་བཟོ་གནང་ཟེར་ གུས་ཞབས་ཐོག་ལས་ ཞུ་བ་ཕུལ་ནི་ཨིན།
letter-translate-closing = ཞུ་བ་འདི་ལུ་ ཞིབ་དཔྱད་གནང་མི་ལུ་ བཀའ་དྲིན་ཆེ། སྐད་བསྒྱུར་འདི་ དཔར་བསྐྲུན་འབད་ཞིནམ་ལས་ { $in_country } ཁྱབ་སྤེལ་འབད་ནིའི་ རྒྱབ་སྐྱོར་ ཞུ་ནི་ལུ་ དགའ་བ་ཨིན།
letter-sign-off = ཞུ་བ་ཕུལ་མི།
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = ཁྱེད་ཀྱི་རྒྱལ་ཁབ་ ({ $country }) ནང་
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }། { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }། { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = ཁྱེད་ཀྱི་རྒྱལ་ཁབ་ཀྱི་ རྒྱལ་ཡོངས་ཚད་གཞི་ལས་སྡེ
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = ཁྱེད་ཀྱི་རྒྱལ་ཁབ
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = ཁྱེད་ཀྱི་རྒྱལ་ཁབ་ནང་
open-letter-generic-deadline = ཚོགས་རྟགས་མཇུག་བསྡུ་བའི་ཚེས་གྲངས
open-letter-generic-committee = ཚད་གཞི་འདི་གི་ འགན་འཁུར་འབག་མི་ ISO ཚོགས་ཆུང
