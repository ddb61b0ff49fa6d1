# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Հայերեն
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
letter-subject-review = Խնդրանք՝ { $standard } ստանդարտի պարբերական վերանայման ժամանակ քվեարկել դրա հաստատման օգտին
letter-subject-adopt = { $country_kind ->
    [territory] Խնդրանք՝ ընդունել { $standard } ստանդարտը, որպեսզի { $country } կիրառի այն որպես իր ստանդարտ
   *[country] Խնդրանք՝ ընդունել { $standard } ստանդարտը, որպեսզի { $country } կիրառի այն որպես ազգային ստանդարտ
}
letter-subject-translate = Խնդրանք՝ հրատարակել { $standard } ստանդարտի { $language } տարբերակը
letter-subject-translate-exists = Խնդրանք՝ լայնորեն ներկայացնել { $standard } ստանդարտի { $language } տարբերակը՝ { $edition } հրատարակությունը
letter-greeting = Հարգելի՛ տիկնայք և պարոնայք,
letter-review-opening = { $has_title ->
    [yes] Դիմում եմ Ձեզ { $standard } «{ $title }» ստանդարտի և դրա պարբերական վերանայման ժամանակ Ձեր կազմակերպության ({ $body }) քվեարկության առնչությամբ։ Խնդրում եմ քվեարկել ստանդարտը գործող խմբագրությամբ հաստատելու օգտին։
   *[no] Դիմում եմ Ձեզ { $standard } ստանդարտի և դրա պարբերական վերանայման ժամանակ Ձեր կազմակերպության ({ $body }) քվեարկության առնչությամբ։ Խնդրում եմ քվեարկել ստանդարտը գործող խմբագրությամբ հաստատելու օգտին։
}
letter-review-why = ISO 20400-ը ցանկացած չափի և ոլորտի կազմակերպություններին տրամադրում է կայուն գնումների ընդհանուր շրջանակ․ այն ցույց է տալիս, թե ինչպես գնահատել գնվող ապրանքների և ծառայությունների բնապահպանական, սոցիալական և տնտեսական ազդեցությունը ողջ մատակարարման շղթայում և ինչպես դա ներառել քաղաքականության, գործընթացների ու ամենօրյա պրակտիկայի մեջ։ Ստանդարտի հրապարակումից ի վեր կլիմայի փոփոխությունը, շրջանաձև տնտեսությունը, մարդու իրավունքները և գործարար էթիկան դարձել են օրակարգի առաջնային հարցեր, և այդ ոլորտներում աշխատանքի զգալի մասն իրականացվում է հենց մատակարարման շղթաներում։ Ստանդարտը մշակվել է հենց այս հարցերի համար և շարունակում է մնալ դրանց համար հուսալի շրջանակ։
letter-review-evidence = { $adopted ->
    [0] Վերջին պարբերական վերանայման արդյունքում (ավարտման ամսաթիվը՝ { $confirmed }) ISO-ն ստանդարտը հաստատել է առանց փոփոխությունների։
    [one] Առնվազն { $adopted } ստանդարտացման ազգային մարմին այն ընդունել է որպես ազգային ստանդարտ, իսկ վերջին պարբերական վերանայումը (ավարտման ամսաթիվը՝ { $confirmed }) այն հաստատել է առանց փոփոխությունների։
   *[other] Առնվազն { $adopted } ստանդարտացման ազգային մարմիններ այն ընդունել են որպես ազգային ստանդարտ, իսկ վերջին պարբերական վերանայումը (ավարտման ամսաթիվը՝ { $confirmed }) այն հաստատել է առանց փոփոխությունների։
}
letter-review-ask = { $has_deadline ->
    [yes] Ընթացիկ քվեարկության ավարտի ժամկետը՝ { $deadline }։ Ստանդարտի վերամշակումը կպահանջեր տեխնիկական կոմիտեի երկարամյա աշխատանք, մինչդեռ այդ ժամանակը շատ ավելի օգտակար է ծախսել՝ օգնելով կազմակերպություններին կիրառել ստանդարտում արդեն տրված ուղեցույցները։ Ուստի հարգանքով խնդրում եմ, որ Ձեր կազմակերպությունը ({ $acronym }) քվեարկի { $standard } ստանդարտի հաստատման օգտին։
    [due] Ստանդարտի հաջորդ պարբերական վերանայման վերջնաժամկետը՝ { $due_by }։ Ստանդարտի վերամշակումը կպահանջեր տեխնիկական կոմիտեի երկարամյա աշխատանք, մինչդեռ այդ ժամանակը շատ ավելի օգտակար է ծախսել՝ օգնելով կազմակերպություններին կիրառել ստանդարտում արդեն տրված ուղեցույցները։ Ուստի հարգանքով խնդրում եմ, որ քվեարկության մեկնարկից հետո Ձեր կազմակերպությունը ({ $acronym }) քվեարկի { $standard } ստանդարտի հաստատման օգտին։
   *[other] Ստանդարտի վերամշակումը կպահանջեր տեխնիկական կոմիտեի երկարամյա աշխատանք, մինչդեռ այդ ժամանակը շատ ավելի օգտակար է ծախսել՝ օգնելով կազմակերպություններին կիրառել ստանդարտում արդեն տրված ուղեցույցները։ Ուստի հարգանքով խնդրում եմ, որ քվեարկության մեկնարկից հետո Ձեր կազմակերպությունը ({ $acronym }) քվեարկի { $standard } ստանդարտի հաստատման օգտին։
}
letter-review-closing = Շնորհակալություն այս խնդրանքը քննարկելու համար։ Ուրախ կլինեի իմանալ, թե ինչպես է Ձեր կազմակերպությունը ({ $acronym }) մտադիր քվեարկել, և Ձեզ հետ կիսվել այն տեղեկություններով, որոնք ունեմ { $in_country } ստանդարտի կիրառման մասին։
letter-adopt-opening = Դիմում եմ Ձեզ՝ խնդրելով, որ Ձեր կազմակերպությունը ({ $body }) ընդունի { $has_title ->
    [yes] { $standard } «{ $title }» ստանդարտը
   *[no] { $standard } ստանդարտը
}, որպեսզի { $country_kind ->
    [territory] { $country } կիրառի այն որպես իր ստանդարտ։
   *[country] { $country } կիրառի այն որպես իր ազգային ստանդարտ։
}
letter-adopt-why = Պետական մարմիններն ու ընկերությունները ազգային եկամտի զգալի մասը ծախսում են ապրանքների, աշխատանքների և ծառայությունների վրա, և այն, թե ինչպես են նրանք գնումներ կատարում, մատակարարման շղթաների ամենահեռավոր օղակներում անգամ ազդում է աշխատանքային պայմանների, արտանետումների և տեղական տնտեսությունների վրա։ ISO 20400-ը տալիս է միջազգայնորեն համաձայնեցված ուղեցույց այդ ազդեցությունները հաշվի առնելու համար՝ գնումների քաղաքականությունից և ղեկավարության հանձնառությունից մինչև մատակարարների ընտրությունն ու պայմանագրերի կառավարումը։ Ստանդարտը կիրառելի է ցանկացած չափի և ոլորտի կազմակերպությունների համար՝ թե՛ պետական, թե՛ մասնավոր։
letter-adopt-evidence = { $adopted ->
    [0] ISO-ն ստանդարտը հաստատել է վերջին պարբերական վերանայման արդյունքում (ավարտման ամսաթիվը՝ { $confirmed }), ուստի այն արդիական է և կայուն։
    [one] Առնվազն { $adopted } ստանդարտացման ազգային մարմին արդեն ընդունել է այն, իսկ ISO-ն այն հաստատել է վերջին պարբերական վերանայման արդյունքում (ավարտման ամսաթիվը՝ { $confirmed }), ուստի ստանդարտն արդիական է և կայուն։
   *[other] Առնվազն { $adopted } ստանդարտացման ազգային մարմիններ արդեն ընդունել են այն, իսկ ISO-ն այն հաստատել է վերջին պարբերական վերանայման արդյունքում (ավարտման ամսաթիվը՝ { $confirmed }), ուստի ստանդարտն արդիական է և կայուն։
}
letter-adopt-ask = Ստանդարտի ընդունումը՝ միջազգային տեքստին նույնական տեսքով, { $in_country } գործող գնորդներին և մատակարարներին կտար ճանաչված հենք, որին կարող են հղում կատարել պետական գնումների մրցույթների փաստաթղթերը և ընկերությունների քաղաքականությունները, ինչպես նաև կհեշտացներ համահունչ գործելը այն առևտրային գործընկերների հետ, որոնք արդեն կիրառում են այս ստանդարտը։ Հարգանքով խնդրում եմ, որ Ձեր կազմակերպությունը ({ $acronym }) սկսի { $standard } ստանդարտի ընդունման գործընթացը և, հնարավորության դեպքում, հրատարակի այն { $language } թարգմանությամբ։
letter-adopt-ask-in-progress = Որքան ինձ հայտնի է, Ձեր կազմակերպությունը ({ $acronym }) արդեն սկսել է { $standard } ստանդարտի ընդունման գործընթացը։ Միջազգային տեքստին նույնական հրատարակությունը { $in_country } գործող գնորդներին և մատակարարներին կտար ճանաչված հենք, որին կարող են հղում կատարել պետական գնումների մրցույթների փաստաթղթերը և ընկերությունների քաղաքականությունները։ Հարգանքով խնդրում եմ ավարտել ընդունման գործընթացը, հրատարակել ստանդարտը՝ հնարավորության դեպքում { $language } թարգմանությամբ, և այն հասանելի դառնալուն պես տեղեկացնել դրա հնարավոր օգտվողներին։
letter-adopt-closing = Շնորհակալություն այս խնդրանքը քննարկելու համար։ Ուրախ կլինեի ավելի մանրամասն պատմել { $in_country } այս ստանդարտի նկատմամբ առկա հետաքրքրության մասին և իմանալ, թե որոնք կարող են լինել հաջորդ քայլերը։
letter-translate-opening = Դիմում եմ Ձեզ՝ խնդրելով, որ Ձեր կազմակերպությունը ({ $body }) հասանելի դարձնի { $has_title ->
    [yes] { $standard } «{ $title }» ստանդարտի
   *[no] { $standard } ստանդարտի
} { $language } տարբերակը։
letter-translate-opening-exists = Դիմում եմ Ձեզ { $edition } հրատարակության առնչությամբ, որը { $has_title ->
    [yes] { $standard } «{ $title }» ստանդարտի
   *[no] { $standard } ստանդարտի
} { $language } տարբերակն է և որը հրատարակում է Ձեր կազմակերպությունը ({ $acronym })։
letter-translate-why = Կայուն գնումները գնորդների, մատակարարների, պայմանագրերի կառավարման մասնագետների և պետական ծառայողների ամենօրյա աշխատանքն են, և նրանցից շատերը մեթոդական փաստաթղթերը կարդում են միայն իրենց լեզվով։ ISO 20400-ը հասանելի է ISO-ի պաշտոնական անգլերեն և ֆրանսերեն հրատարակություններով, ինչպես նաև պաշտոնական իսպաներեն թարգմանությամբ։ { $in_country } այն մարդկանց համար, որոնց աշխատանքային լեզուն { $language } է, ազգային հրատարակությունը միջազգային տեքստը կվերածեր գործնական գործիքի, որը նրանք կարող են կիսել իրենց թիմերի և մատակարարների հետ։
letter-translate-why-exists = Կայուն գնումները գնորդների, մատակարարների, պայմանագրերի կառավարման մասնագետների և պետական ծառայողների ամենօրյա աշխատանքն են, և նրանցից շատերը մեթոդական փաստաթղթերը կարդում են միայն իրենց լեզվով։ { $edition } հրատարակության շնորհիվ { $in_country } այն մարդիկ, որոնց աշխատանքային լեզուն { $language } է, արդեն ունեն ստանդարտն իրենց լեզվով․ այժմ կարևոր է, որ նրանք իմանան դրա մասին և կիրառեն այն իրենց թիմերի և մատակարարների հետ աշխատանքում։
letter-translate-evidence = { $adopted ->
    [0] ISO-ն ստանդարտը հաստատել է վերջին պարբերական վերանայման արդյունքում (ավարտման ամսաթիվը՝ { $confirmed }), ուստի այժմ կատարված թարգմանությունը երկար տարիներ օգտակար կմնա։
    [one] Առնվազն { $adopted } ստանդարտացման ազգային մարմին ընդունել է այն, իսկ ISO-ն այն հաստատել է վերջին պարբերական վերանայման արդյունքում (ավարտման ամսաթիվը՝ { $confirmed }), ուստի այժմ կատարված թարգմանությունը երկար տարիներ օգտակար կմնա։
   *[other] Առնվազն { $adopted } ստանդարտացման ազգային մարմիններ ընդունել են այն, իսկ ISO-ն այն հաստատել է վերջին պարբերական վերանայման արդյունքում (ավարտման ամսաթիվը՝ { $confirmed }), ուստի այժմ կատարված թարգմանությունը երկար տարիներ օգտակար կմնա։
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO-ն ստանդարտը հաստատել է վերջին պարբերական վերանայման արդյունքում (ավարտման ամսաթիվը՝ { $confirmed }), ուստի { $edition } հրատարակությունը երկար տարիներ արդիական կմնա։
    [one] Առնվազն { $adopted } ստանդարտացման ազգային մարմին ընդունել է այն, իսկ ISO-ն այն հաստատել է վերջին պարբերական վերանայման արդյունքում (ավարտման ամսաթիվը՝ { $confirmed }), ուստի { $edition } հրատարակությունը երկար տարիներ արդիական կմնա։
   *[other] Առնվազն { $adopted } ստանդարտացման ազգային մարմիններ ընդունել են այն, իսկ ISO-ն այն հաստատել է վերջին պարբերական վերանայման արդյունքում (ավարտման ամսաթիվը՝ { $confirmed }), ուստի { $edition } հրատարակությունը երկար տարիներ արդիական կմնա։
}
letter-translate-ask = Հարգանքով խնդրում եմ, որ Ձեր կազմակերպությունը ({ $acronym }) պատրաստի և հրատարակի { $standard } ստանդարտի { $language } տարբերակը՝ կա՛մ որպես ազգային ստանդարտ, կա՛մ որպես միջազգային տեքստի հետ միասին վաճառվող թարգմանություն, և այն հասանելի դառնալուն պես տեղեկացնի դրա հնարավոր օգտվողներին։
letter-translate-ask-exists = Շնորհակալ եմ Ձեր կազմակերպությանը ({ $acronym }) { $edition } հրատարակությունը՝ ստանդարտի { $language } տարբերակը, հասանելի դարձնելու համար։ Հարգանքով խնդրում եմ այն լայնորեն ներկայացնել { $in_country } գործող գնորդներին, մատակարարներին և պետական ծառայողներին, ինչպես նաև, երբ ISO-ն հաջորդ անգամ վերամշակի ստանդարտը, այն համապատասխանեցնել նոր միջազգային տեքստին։
letter-translate-closing = Շնորհակալություն այս խնդրանքը քննարկելու համար։ Թարգմանության հրատարակումից հետո սիրով կօգնեմ, որ այն ճանաչելի դառնա { $in_country }։
letter-sign-off = Հարգանքով՝
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = Ձեր երկրում ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = Ձեր երկրի ստանդարտացման ազգային մարմինը
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = Ձեր երկիրը
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = Ձեր երկրում
open-letter-generic-deadline = քվեարկության ավարտի ամսաթիվը
open-letter-generic-committee = ստանդարտի համար պատասխանատու ISO-ի կոմիտեն
