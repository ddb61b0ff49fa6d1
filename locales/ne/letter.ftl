# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = नेपाली
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
letter-subject-review = अनुरोध: व्यवस्थित पुनरावलोकनमा { $standard } मापदण्डलाई पुष्टि गर्ने पक्षमा मतदान गरिदिने सम्बन्धमा
letter-subject-adopt = { $country_kind ->
    [territory] अनुरोध: { $standard } मापदण्डलाई { $country }को मापदण्डका रूपमा अवलम्बन गरिदिने सम्बन्धमा
   *[country] अनुरोध: { $standard } मापदण्डलाई { $country }को राष्ट्रिय मापदण्डका रूपमा अवलम्बन गरिदिने सम्बन्धमा
}
letter-subject-translate = अनुरोध: { $standard } मापदण्ड { $language } भाषामा प्रकाशित गरिदिने सम्बन्धमा
letter-subject-translate-exists = अनुरोध: { $standard } मापदण्डको { $language } संस्करण, { $edition }, व्यापक रूपमा प्रचार गरिदिने सम्बन्धमा
letter-greeting = आदरणीय महोदय/महोदया,
letter-review-opening = { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} मापदण्ड तथा यसको व्यवस्थित पुनरावलोकनमा { $body }ले दिने मतका सम्बन्धमा म यो पत्र लेख्दै छु। यस मापदण्डलाई हालकै स्वरूपमा पुष्टि गर्ने पक्षमा मतदान गरिदिनुहुन अनुरोध गर्दछु।
letter-review-why = ISO 20400 मापदण्डले सबै आकार र क्षेत्रका संस्थाहरूलाई दिगो खरिदका लागि साझा ढाँचा प्रदान गर्दछ: संस्थाहरूले खरिद गर्ने वस्तु तथा सेवाका वातावरणीय, सामाजिक र आर्थिक प्रभावहरूलाई सम्पूर्ण आपूर्ति शृङ्खलाभरि कसरी मूल्याङ्कन गर्ने, र त्यसलाई नीति, प्रक्रिया तथा दैनिक अभ्यासमा कसरी समाहित गर्ने भन्ने कुरा यसले देखाउँछ। यसको प्रकाशनपछि जलवायु परिवर्तन, चक्रीय अर्थतन्त्र, मानव अधिकार र व्यावसायिक नैतिकता प्राथमिकताको शीर्षमा पुगेका छन्, र यससम्बन्धी कामको ठूलो हिस्सा आपूर्ति शृङ्खलामै हुन्छ। यो मापदण्ड ठिक यिनै प्रश्नहरूका लागि तयार गरिएको थियो र अझै पनि यिनका लागि सुदृढ ढाँचा हो।
letter-review-evidence = { $adopted ->
    [0] मिति { $confirmed } मा सम्पन्न पछिल्लो व्यवस्थित पुनरावलोकनमा ISOले यस मापदण्डलाई कुनै परिवर्तनबिना पुष्टि गरेको थियो।
    [one] कम्तीमा { $adopted } राष्ट्रिय मापदण्ड निकायले यसलाई राष्ट्रिय मापदण्डका रूपमा अवलम्बन गरेको छ, र मिति { $confirmed } मा सम्पन्न यसको पछिल्लो व्यवस्थित पुनरावलोकनमा यसलाई कुनै परिवर्तनबिना पुष्टि गरिएको थियो।
   *[other] कम्तीमा { $adopted } वटा राष्ट्रिय मापदण्ड निकायहरूले यसलाई राष्ट्रिय मापदण्डका रूपमा अवलम्बन गरेका छन्, र मिति { $confirmed } मा सम्पन्न यसको पछिल्लो व्यवस्थित पुनरावलोकनमा यसलाई कुनै परिवर्तनबिना पुष्टि गरिएको थियो।
}
letter-review-ask = { $has_deadline ->
    [yes] हाल चलिरहेको मतदान मिति { $deadline } मा समाप्त हुनेछ। मापदण्ड परिमार्जन गर्न समितिलाई वर्षौँ लाग्नेछ; त्यो समय संस्थाहरूलाई यस मापदण्डले पहिले नै दिएको मार्गदर्शन लागू गर्न सहयोग गर्नमा लगाउनु कहीँ बढी उपयोगी हुनेछ। त्यसैले { $acronym }ले { $standard } मापदण्डलाई पुष्टि गर्ने पक्षमा मतदान गरिदिनुहुन विनम्र अनुरोध गर्दछु।
    [due] यस मापदण्डको अर्को व्यवस्थित पुनरावलोकन मिति { $due_by } भित्र हुनुपर्नेछ। मापदण्ड परिमार्जन गर्न समितिलाई वर्षौँ लाग्नेछ; त्यो समय संस्थाहरूलाई यस मापदण्डले पहिले नै दिएको मार्गदर्शन लागू गर्न सहयोग गर्नमा लगाउनु कहीँ बढी उपयोगी हुनेछ। त्यसैले मतदान सुरु भएपछि { $acronym }ले { $standard } मापदण्डलाई पुष्टि गर्ने पक्षमा मतदान गरिदिनुहुन विनम्र अनुरोध गर्दछु।
   *[other] मापदण्ड परिमार्जन गर्न समितिलाई वर्षौँ लाग्नेछ; त्यो समय संस्थाहरूलाई यस मापदण्डले पहिले नै दिएको मार्गदर्शन लागू गर्न सहयोग गर्नमा लगाउनु कहीँ बढी उपयोगी हुनेछ। त्यसैले मतदान सुरु भएपछि { $acronym }ले { $standard } मापदण्डलाई पुष्टि गर्ने पक्षमा मतदान गरिदिनुहुन विनम्र अनुरोध गर्दछु।
}
letter-review-closing = यस अनुरोधमाथि विचार गरिदिनुभएकोमा हार्दिक धन्यवाद। { $acronym }ले कसरी मतदान गर्ने सोच बनाएको छ भन्ने थाहा पाउन पाए म खुसी हुनेछु, साथै { $in_country } यस मापदण्डको प्रयोगबारे मलाई थाहा भएका कुरा पनि सहर्ष साझा गर्नेछु।
letter-adopt-opening = { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} मापदण्डलाई { $country_kind ->
    [territory] { $country }को मापदण्डका रूपमा अवलम्बन गरिदिन { $body }समक्ष अनुरोध गर्न म यो पत्र लेख्दै छु।
   *[country] { $country }को राष्ट्रिय मापदण्डका रूपमा अवलम्बन गरिदिन { $body }समक्ष अनुरोध गर्न म यो पत्र लेख्दै छु।
}
letter-adopt-why = सार्वजनिक निकाय र कम्पनीहरूले राष्ट्रिय आयको ठूलो हिस्सा मालसामान, निर्माण कार्य र सेवामा खर्च गर्छन्, र उनीहरूले गर्ने खरिदको तरिकाले आपूर्ति शृङ्खलाको धेरै तलसम्म श्रमको अवस्था, उत्सर्जन र स्थानीय अर्थतन्त्रमा प्रभाव पार्छ। ISO 20400 मापदण्डले यी प्रभावहरूलाई ध्यानमा राख्न अन्तर्राष्ट्रिय रूपमा सहमत मार्गदर्शन प्रदान गर्दछ: खरिद नीति र नेतृत्वको प्रतिबद्धतादेखि आपूर्तिकर्ता छनोट र सम्झौता व्यवस्थापनसम्म। यो मापदण्ड सार्वजनिक होस् वा निजी, जुनसुकै आकार र क्षेत्रका संस्थाहरूमा लागू हुन्छ।
letter-adopt-evidence = { $adopted ->
    [0] मिति { $confirmed } मा सम्पन्न पछिल्लो व्यवस्थित पुनरावलोकनमा ISOले यस मापदण्डलाई पुष्टि गरेकाले यो अद्यावधिक र स्थिर छ।
    [one] कम्तीमा { $adopted } राष्ट्रिय मापदण्ड निकायले यसलाई पहिले नै अवलम्बन गरिसकेको छ, र मिति { $confirmed } मा सम्पन्न पछिल्लो व्यवस्थित पुनरावलोकनमा ISOले यसलाई पुष्टि गरेकाले यो अद्यावधिक र स्थिर छ।
   *[other] कम्तीमा { $adopted } वटा राष्ट्रिय मापदण्ड निकायहरूले यसलाई पहिले नै अवलम्बन गरिसकेका छन्, र मिति { $confirmed } मा सम्पन्न पछिल्लो व्यवस्थित पुनरावलोकनमा ISOले यसलाई पुष्टि गरेकाले यो अद्यावधिक र स्थिर छ।
}
letter-adopt-ask = अन्तर्राष्ट्रिय पाठसँग समरूप अवलम्बनले { $in_country } रहेका क्रेता र आपूर्तिकर्ताहरूलाई सार्वजनिक बोलपत्र र कम्पनीका नीतिहरूमा उल्लेख गर्न सकिने मान्यताप्राप्त सन्दर्भ उपलब्ध गराउनेछ, र यसलाई पहिले नै प्रयोग गरिरहेका व्यापारिक साझेदारहरूसँग तालमेल मिलाउन पनि सजिलो बनाउनेछ। त्यसैले { $acronym }ले { $standard } मापदण्डको अवलम्बन प्रक्रिया सुरु गरिदिनुहुन र सम्भव भएसम्म यसलाई { $language } भाषामा प्रकाशित गरिदिनुहुन विनम्र अनुरोध गर्दछु।
letter-adopt-ask-in-progress = { $acronym }ले { $standard } मापदण्डको अवलम्बन प्रक्रिया सुरु गरिसकेको मैले बुझेको छु। अन्तर्राष्ट्रिय पाठसँग समरूप संस्करणले { $in_country } रहेका क्रेता र आपूर्तिकर्ताहरूलाई सार्वजनिक बोलपत्र र कम्पनीका नीतिहरूमा उल्लेख गर्न सकिने मान्यताप्राप्त सन्दर्भ उपलब्ध गराउनेछ। त्यसैले { $acronym }ले अवलम्बन प्रक्रिया पूरा गरी मापदण्ड, सम्भव भएसम्म { $language } भाषामा, प्रकाशित गरिदिनुहुन र उपलब्ध भएपछि यसका सम्भावित प्रयोगकर्ताहरूलाई जानकारी गराइदिनुहुन विनम्र अनुरोध गर्दछु।
letter-adopt-closing = यस अनुरोधमाथि विचार गरिदिनुभएकोमा हार्दिक धन्यवाद। { $in_country } यस मापदण्डप्रतिको चासोबारे थप जानकारी दिने र आगामी सम्भावित कदमहरूबारे जान्ने अवसर पाए म खुसी हुनेछु।
letter-translate-opening = { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} मापदण्ड { $language } भाषामा उपलब्ध गराइदिन { $body }समक्ष अनुरोध गर्न म यो पत्र लेख्दै छु।
letter-translate-opening-exists = { $acronym }ले प्रकाशित गर्ने { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} मापदण्डको { $language } संस्करणका सम्बन्धमा म यो पत्र लेख्दै छु, जुन { $edition } नामले प्रकाशित छ।
letter-translate-why = दिगो खरिद क्रेता, आपूर्तिकर्ता, सम्झौता व्यवस्थापक र सार्वजनिक पदाधिकारीहरूको दैनिक काम हो, र तीमध्ये धेरैले मार्गदर्शन आफ्नै भाषामा मात्र पढ्छन्। ISO 20400 मापदण्ड ISOका आधिकारिक अङ्ग्रेजी र फ्रान्सेली संस्करण तथा आधिकारिक स्पेनिस अनुवादमा उपलब्ध छ; { $in_country } { $language } भाषामा काम गर्नेहरूका लागि राष्ट्रिय संस्करणले यस अन्तर्राष्ट्रिय पाठलाई आफ्ना टोली र आपूर्तिकर्तासँग बाँड्न सकिने व्यावहारिक साधनमा रूपान्तरण गर्नेछ।
letter-translate-why-exists = दिगो खरिद क्रेता, आपूर्तिकर्ता, सम्झौता व्यवस्थापक र सार्वजनिक पदाधिकारीहरूको दैनिक काम हो, र तीमध्ये धेरैले मार्गदर्शन आफ्नै भाषामा मात्र पढ्छन्। { $edition } संस्करणका कारण { $in_country } { $language } भाषामा काम गर्नेहरूसँग यो मापदण्ड पहिले नै आफ्नै भाषामा उपलब्ध छ; अब महत्त्वपूर्ण कुरा के हो भने उनीहरूले यसबारे थाहा पाऊन् र आफ्ना टोली तथा आपूर्तिकर्तासँग यसको प्रयोग गरून्।
letter-translate-evidence = { $adopted ->
    [0] मिति { $confirmed } मा सम्पन्न पछिल्लो व्यवस्थित पुनरावलोकनमा ISOले यस मापदण्डलाई पुष्टि गरेकाले अहिले गरिएको अनुवाद वर्षौँसम्म उपयोगी रहनेछ।
    [one] कम्तीमा { $adopted } राष्ट्रिय मापदण्ड निकायले यसलाई अवलम्बन गरेको छ, र मिति { $confirmed } मा सम्पन्न पछिल्लो व्यवस्थित पुनरावलोकनमा ISOले यसलाई पुष्टि गरेकाले अहिले गरिएको अनुवाद वर्षौँसम्म उपयोगी रहनेछ।
   *[other] कम्तीमा { $adopted } वटा राष्ट्रिय मापदण्ड निकायहरूले यसलाई अवलम्बन गरेका छन्, र मिति { $confirmed } मा सम्पन्न पछिल्लो व्यवस्थित पुनरावलोकनमा ISOले यसलाई पुष्टि गरेकाले अहिले गरिएको अनुवाद वर्षौँसम्म उपयोगी रहनेछ।
}
letter-translate-evidence-exists = { $adopted ->
    [0] मिति { $confirmed } मा सम्पन्न पछिल्लो व्यवस्थित पुनरावलोकनमा ISOले यस मापदण्डलाई पुष्टि गरेकाले { $edition } संस्करण वर्षौँसम्म अद्यावधिक रहनेछ।
    [one] कम्तीमा { $adopted } राष्ट्रिय मापदण्ड निकायले यसलाई अवलम्बन गरेको छ, र मिति { $confirmed } मा सम्पन्न पछिल्लो व्यवस्थित पुनरावलोकनमा ISOले यसलाई पुष्टि गरेकाले { $edition } संस्करण वर्षौँसम्म अद्यावधिक रहनेछ।
   *[other] कम्तीमा { $adopted } वटा राष्ट्रिय मापदण्ड निकायहरूले यसलाई अवलम्बन गरेका छन्, र मिति { $confirmed } मा सम्पन्न पछिल्लो व्यवस्थित पुनरावलोकनमा ISOले यसलाई पुष्टि गरेकाले { $edition } संस्करण वर्षौँसम्म अद्यावधिक रहनेछ।
}
letter-translate-ask = { $acronym }ले राष्ट्रिय अवलम्बनका रूपमा वा अन्तर्राष्ट्रिय पाठसँगै बिक्री गरिने अनुवादका रूपमा { $standard } मापदण्डको { $language } संस्करण तयार गरी प्रकाशित गरिदिनुहुन र उपलब्ध भएपछि यसका सम्भावित प्रयोगकर्ताहरूलाई जानकारी गराइदिनुहुन विनम्र अनुरोध गर्दछु।
letter-translate-ask-exists = { $edition } संस्करण { $language } भाषामा उपलब्ध गराइदिनुभएकोमा { $acronym }प्रति हार्दिक आभार व्यक्त गर्दछु। यसलाई { $in_country } रहेका क्रेता, आपूर्तिकर्ता र सार्वजनिक पदाधिकारीहरूमाझ व्यापक रूपमा प्रचार गरिदिनुहुन, र ISOले अर्को पटक यो मापदण्ड परिमार्जन गर्दा यसलाई पनि अन्तर्राष्ट्रिय पाठअनुरूप अद्यावधिक गरिदिनुहुन विनम्र अनुरोध गर्दछु।
letter-translate-closing = यस अनुरोधमाथि विचार गरिदिनुभएकोमा हार्दिक धन्यवाद। अनुवाद प्रकाशित भएपछि { $in_country } यसको प्रचारमा सहयोग गर्न पाए म खुसी हुनेछु।
letter-sign-off = भवदीय,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = तपाईंको देशमा ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = तपाईंको राष्ट्रिय मापदण्ड निकाय
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = तपाईंको देश
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = तपाईंको देशमा
open-letter-generic-deadline = मतदान समाप्त हुने मिति
open-letter-generic-committee = यस मापदण्डका लागि जिम्मेवार ISO समिति
