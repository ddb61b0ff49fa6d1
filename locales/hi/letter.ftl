# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = हिन्दी
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
letter-subject-review = व्यवस्थित समीक्षा में मानक { $standard } की पुष्टि के पक्ष में मतदान हेतु अनुरोध
letter-subject-adopt = { $country_kind ->
    [territory] मानक { $standard } को { $country } के मानक के रूप में अंगीकार करने हेतु अनुरोध
   *[country] मानक { $standard } को { $country } के राष्ट्रीय मानक के रूप में अंगीकार करने हेतु अनुरोध
}
letter-subject-translate = मानक { $standard } को { $language } भाषा में प्रकाशित करने हेतु अनुरोध
letter-subject-translate-exists = मानक { $standard } के { $language } संस्करण { $edition } के व्यापक प्रचार हेतु अनुरोध
letter-greeting = महोदय/महोदया,
letter-review-opening = यह पत्र मानक { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} तथा उसकी व्यवस्थित समीक्षा में { $body } द्वारा दिए जाने वाले मत के संबंध में है। मेरा अनुरोध है कि आप इस मानक की उसके वर्तमान स्वरूप में पुष्टि के पक्ष में मत दें।
letter-review-why = ISO 20400 हर आकार और क्षेत्र के संगठनों को सतत खरीद के लिए एक साझा ढाँचा प्रदान करता है: यह बताता है कि संगठन जो कुछ खरीदते हैं, उसके पर्यावरणीय, सामाजिक और आर्थिक प्रभावों का संपूर्ण आपूर्ति श्रृंखला में आकलन कैसे करें, और इसे नीति, प्रक्रिया तथा दैनिक कार्यप्रणाली में कैसे शामिल करें। इसके प्रकाशन के बाद से जलवायु परिवर्तन, चक्रीय अर्थव्यवस्था, मानवाधिकार और व्यावसायिक नैतिकता प्राथमिकताओं में सबसे ऊपर आ गए हैं, और इस दिशा में होने वाले कार्य का बड़ा हिस्सा आपूर्ति श्रृंखलाओं में ही होता है। यह मानक ठीक इन्हीं प्रश्नों के लिए तैयार किया गया था और आज भी इनके लिए एक सुदृढ़ ढाँचा है।
letter-review-evidence = { $adopted ->
    [0] अपनी पिछली व्यवस्थित समीक्षा में, जो { $confirmed } को पूर्ण हुई, ISO ने इस मानक की बिना किसी परिवर्तन के पुष्टि की।
    [one] कम से कम { $adopted } राष्ट्रीय मानक निकाय ने इसे राष्ट्रीय मानक के रूप में अंगीकार किया है, और इसकी पिछली व्यवस्थित समीक्षा में, जो { $confirmed } को पूर्ण हुई, बिना किसी परिवर्तन के इसकी पुष्टि की गई।
   *[other] कम से कम { $adopted } राष्ट्रीय मानक निकायों ने इसे राष्ट्रीय मानक के रूप में अंगीकार किया है, और इसकी पिछली व्यवस्थित समीक्षा में, जो { $confirmed } को पूर्ण हुई, बिना किसी परिवर्तन के इसकी पुष्टि की गई।
}
letter-review-ask = { $has_deadline ->
    [yes] वर्तमान मतदान { $deadline } को समाप्त होगा। मानक के पुनरीक्षण में समिति को वर्षों तक कार्य करना पड़ेगा; यह समय संगठनों को इस मानक में पहले से दिए गए मार्गदर्शन को लागू करने में सहायता देने में लगाना कहीं अधिक उपयोगी होगा। अतः मेरा सविनय अनुरोध है कि { $acronym } मानक { $standard } की पुष्टि के पक्ष में मत दे।
    [due] इस मानक की अगली व्यवस्थित समीक्षा { $due_by } तक होनी है। मानक के पुनरीक्षण में समिति को वर्षों तक कार्य करना पड़ेगा; यह समय संगठनों को इस मानक में पहले से दिए गए मार्गदर्शन को लागू करने में सहायता देने में लगाना कहीं अधिक उपयोगी होगा। अतः मेरा सविनय अनुरोध है कि मतदान आरंभ होने पर { $acronym } मानक { $standard } की पुष्टि के पक्ष में मत दे।
   *[other] मानक के पुनरीक्षण में समिति को वर्षों तक कार्य करना पड़ेगा; यह समय संगठनों को इस मानक में पहले से दिए गए मार्गदर्शन को लागू करने में सहायता देने में लगाना कहीं अधिक उपयोगी होगा। अतः मेरा सविनय अनुरोध है कि मतदान आरंभ होने पर { $acronym } मानक { $standard } की पुष्टि के पक्ष में मत दे।
}
letter-review-closing = इस अनुरोध पर विचार करने के लिए धन्यवाद। मुझे यह जानकर प्रसन्नता होगी कि इस मतदान में { $acronym } का क्या मत रहेगा; साथ ही { $in_country } इस मानक के उपयोग के बारे में मेरी जानकारी आपके साथ साझा करने में भी मुझे प्रसन्नता होगी।
letter-adopt-opening = इस पत्र के माध्यम से { $body } से अनुरोध है कि वह मानक { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} को { $country_kind ->
    [territory] { $country } के मानक के रूप में अंगीकार करे।
   *[country] { $country } के राष्ट्रीय मानक के रूप में अंगीकार करे।
}
letter-adopt-why = सार्वजनिक निकाय और कंपनियाँ राष्ट्रीय आय का एक बड़ा हिस्सा माल, निर्माण कार्यों और सेवाओं पर व्यय करती हैं, और उनकी खरीद का तरीका उनकी आपूर्ति श्रृंखलाओं में दूर तक कार्य-परिस्थितियों, उत्सर्जन और स्थानीय अर्थव्यवस्थाओं को प्रभावित करता है। ISO 20400 उन्हें इन प्रभावों को ध्यान में रखने के लिए अंतरराष्ट्रीय स्तर पर सहमत मार्गदर्शन प्रदान करता है: खरीद नीति और शीर्ष नेतृत्व की प्रतिबद्धता से लेकर आपूर्तिकर्ताओं के चयन और अनुबंधों के प्रबंधन तक। यह किसी भी आकार और क्षेत्र के संगठनों पर लागू होता है, चाहे वे सार्वजनिक हों या निजी।
letter-adopt-evidence = { $adopted ->
    [0] ISO ने अपनी पिछली व्यवस्थित समीक्षा में, जो { $confirmed } को पूर्ण हुई, इस मानक की पुष्टि की है; अतः यह एक अद्यतन और स्थिर मानक है।
    [one] कम से कम { $adopted } राष्ट्रीय मानक निकाय इसे पहले ही अंगीकार कर चुका है, और ISO ने अपनी पिछली व्यवस्थित समीक्षा में, जो { $confirmed } को पूर्ण हुई, इसकी पुष्टि की है; अतः यह एक अद्यतन और स्थिर मानक है।
   *[other] कम से कम { $adopted } राष्ट्रीय मानक निकाय इसे पहले ही अंगीकार कर चुके हैं, और ISO ने अपनी पिछली व्यवस्थित समीक्षा में, जो { $confirmed } को पूर्ण हुई, इसकी पुष्टि की है; अतः यह एक अद्यतन और स्थिर मानक है।
}
letter-adopt-ask = अंतरराष्ट्रीय पाठ के समरूप अंगीकरण से { $in_country } क्रेताओं और आपूर्तिकर्ताओं को एक मान्यता-प्राप्त संदर्भ मिलेगा, जिसका उल्लेख सार्वजनिक निविदाओं और कंपनियों की नीतियों में किया जा सकेगा, और उन व्यापारिक भागीदारों के साथ तालमेल बिठाना भी आसान होगा जो इसका पहले से उपयोग कर रहे हैं। अतः मेरा सविनय अनुरोध है कि { $acronym } मानक { $standard } के अंगीकरण की प्रक्रिया आरंभ करे और, जहाँ संभव हो, इसे { $language } भाषा में प्रकाशित करे।
letter-adopt-ask-in-progress = मेरी जानकारी के अनुसार { $acronym } ने मानक { $standard } के अंगीकरण की प्रक्रिया पहले ही आरंभ कर दी है। अंतरराष्ट्रीय पाठ के समरूप संस्करण से { $in_country } क्रेताओं और आपूर्तिकर्ताओं को एक मान्यता-प्राप्त संदर्भ मिलेगा, जिसका उल्लेख सार्वजनिक निविदाओं और कंपनियों की नीतियों में किया जा सकेगा। अतः मेरा सविनय अनुरोध है कि { $acronym } अंगीकरण की प्रक्रिया पूरी करे, मानक को, जहाँ संभव हो { $language } भाषा में, प्रकाशित करे, और उसके उपलब्ध होने पर उसके संभावित उपयोगकर्ताओं को सूचित करे।
letter-adopt-closing = इस अनुरोध पर विचार करने के लिए धन्यवाद। { $in_country } इस मानक के प्रति रुचि के बारे में आपको विस्तार से बताने और आगे के संभावित कदमों के बारे में जानने का अवसर मिलने पर मुझे प्रसन्नता होगी।
letter-translate-opening = इस पत्र के माध्यम से { $body } से अनुरोध है कि वह मानक { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} को { $language } भाषा में उपलब्ध कराए।
letter-translate-opening-exists = यह पत्र { $edition } के संबंध में है, जो { $acronym } द्वारा प्रकाशित मानक { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} का { $language } संस्करण है।
letter-translate-why = सतत खरीद क्रेताओं, आपूर्तिकर्ताओं, अनुबंध प्रबंधकों और सरकारी अधिकारियों का दैनिक कार्य है, जिनमें से अनेक लोग मार्गदर्शन केवल अपनी भाषा में ही पढ़ते हैं। ISO 20400, ISO के आधिकारिक अंग्रेज़ी और फ़्रेंच संस्करणों तथा एक आधिकारिक स्पेनिश अनुवाद में उपलब्ध है; { $in_country } { $language } भाषा में कार्य करने वाले लोगों के लिए एक राष्ट्रीय संस्करण इस अंतरराष्ट्रीय पाठ को एक व्यावहारिक साधन में बदल देगा, जिसे वे अपनी टीमों और आपूर्तिकर्ताओं के साथ साझा कर सकेंगे।
letter-translate-why-exists = सतत खरीद क्रेताओं, आपूर्तिकर्ताओं, अनुबंध प्रबंधकों और सरकारी अधिकारियों का दैनिक कार्य है, जिनमें से अनेक लोग मार्गदर्शन केवल अपनी भाषा में ही पढ़ते हैं। { $edition } के माध्यम से { $in_country } { $language } भाषा में कार्य करने वाले लोगों के पास यह मानक पहले से ही अपनी भाषा में उपलब्ध है; अब आवश्यक यह है कि उन्हें इसकी जानकारी हो और वे अपनी टीमों और आपूर्तिकर्ताओं के साथ इसका उपयोग करें।
letter-translate-evidence = { $adopted ->
    [0] ISO ने अपनी पिछली व्यवस्थित समीक्षा में, जो { $confirmed } को पूर्ण हुई, इस मानक की पुष्टि की है; अतः अभी किया गया अनुवाद वर्षों तक उपयोगी रहेगा।
    [one] कम से कम { $adopted } राष्ट्रीय मानक निकाय ने इसे अंगीकार किया है, और ISO ने अपनी पिछली व्यवस्थित समीक्षा में, जो { $confirmed } को पूर्ण हुई, इसकी पुष्टि की है; अतः अभी किया गया अनुवाद वर्षों तक उपयोगी रहेगा।
   *[other] कम से कम { $adopted } राष्ट्रीय मानक निकायों ने इसे अंगीकार किया है, और ISO ने अपनी पिछली व्यवस्थित समीक्षा में, जो { $confirmed } को पूर्ण हुई, इसकी पुष्टि की है; अतः अभी किया गया अनुवाद वर्षों तक उपयोगी रहेगा।
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO ने अपनी पिछली व्यवस्थित समीक्षा में, जो { $confirmed } को पूर्ण हुई, इस मानक की पुष्टि की है; अतः संस्करण { $edition } वर्षों तक अद्यतन बना रहेगा।
    [one] कम से कम { $adopted } राष्ट्रीय मानक निकाय ने इसे अंगीकार किया है, और ISO ने अपनी पिछली व्यवस्थित समीक्षा में, जो { $confirmed } को पूर्ण हुई, इसकी पुष्टि की है; अतः संस्करण { $edition } वर्षों तक अद्यतन बना रहेगा।
   *[other] कम से कम { $adopted } राष्ट्रीय मानक निकायों ने इसे अंगीकार किया है, और ISO ने अपनी पिछली व्यवस्थित समीक्षा में, जो { $confirmed } को पूर्ण हुई, इसकी पुष्टि की है; अतः संस्करण { $edition } वर्षों तक अद्यतन बना रहेगा।
}
letter-translate-ask = मेरा सविनय अनुरोध है कि { $acronym } मानक { $standard } का { $language } संस्करण तैयार करके प्रकाशित करे, चाहे राष्ट्रीय अंगीकरण के रूप में या अंतरराष्ट्रीय पाठ के साथ बेचे जाने वाले अनुवाद के रूप में, और उसके उपलब्ध होने पर उसके संभावित उपयोगकर्ताओं को सूचित करे।
letter-translate-ask-exists = { $edition } को { $language } भाषा में उपलब्ध कराने के लिए { $acronym } का हार्दिक आभार। आपसे सविनय अनुरोध है कि इसे { $in_country } क्रेताओं, आपूर्तिकर्ताओं और सरकारी अधिकारियों के बीच व्यापक रूप से प्रचारित करें, और जब ISO अगली बार इस मानक का पुनरीक्षण करे, तब इसे अंतरराष्ट्रीय पाठ के अनुरूप अद्यतन करें।
letter-translate-closing = इस अनुरोध पर विचार करने के लिए धन्यवाद। अनुवाद प्रकाशित होने के बाद { $in_country } उसके प्रचार में सहायता करने में मुझे प्रसन्नता होगी।
letter-sign-off = सादर,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = आपके देश ({ $country }) में
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = आपका राष्ट्रीय मानक निकाय
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = आपका देश
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = आपके देश में
open-letter-generic-deadline = मतदान की अंतिम तिथि
open-letter-generic-committee = इस मानक के लिए उत्तरदायी ISO समिति
