# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = ქართული
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
letter-subject-review = თხოვნა: { $standard } სტანდარტის სისტემური გადახედვისას მისი დადასტურების მხარდასაჭერად ხმის მიცემის შესახებ
letter-subject-adopt = { $country_kind ->
    [territory] თხოვნა: { $standard } სტანდარტის ადგილობრივ სტანდარტად მიღების შესახებ (ტერიტორია: { $country })
   *[country] თხოვნა: { $standard } სტანდარტის ეროვნულ სტანდარტად მიღების შესახებ (ქვეყანა: { $country })
}
letter-subject-translate = თხოვნა: { $standard } სტანდარტის { $language } თარგმანის გამოცემის შესახებ
letter-subject-translate-exists = თხოვნა: { $standard } სტანდარტის { $language } გამოცემის ({ $edition }) ფართოდ გაცნობის შესახებ
letter-greeting = პატივცემულო ქალბატონებო და ბატონებო,
letter-review-opening = { $has_title ->
    [yes] მოგმართავთ { $standard } „{ $title }“ სტანდარტისა და მისი სისტემური გადახედვისას თქვენი ორგანიზაციის ({ $body }) მიერ ხმის მიცემის თაობაზე. გთხოვთ, ხმა მისცეთ სტანდარტის მოქმედი სახით დადასტურებას.
   *[no] მოგმართავთ { $standard } სტანდარტისა და მისი სისტემური გადახედვისას თქვენი ორგანიზაციის ({ $body }) მიერ ხმის მიცემის თაობაზე. გთხოვთ, ხმა მისცეთ სტანდარტის მოქმედი სახით დადასტურებას.
}
letter-review-why = ISO 20400 ნებისმიერი ზომისა და დარგის ორგანიზაციებს მდგრადი შესყიდვების საერთო ჩარჩოს სთავაზობს: ის აჩვენებს, როგორ შეფასდეს შესყიდული საქონლისა და მომსახურების გარემოსდაცვითი, სოციალური და ეკონომიკური ზემოქმედება მთელი მიწოდების ჯაჭვის მასშტაბით და როგორ აისახოს ეს პოლიტიკაში, პროცესებსა და ყოველდღიურ პრაქტიკაში. სტანდარტის გამოქვეყნების შემდეგ კლიმატის ცვლილება, ცირკულარული ეკონომიკა, ადამიანის უფლებები და ბიზნესეთიკა დღის წესრიგის სათავეში მოექცა, ამ საქმის დიდი ნაწილი კი სწორედ მიწოდების ჯაჭვებში კეთდება. სტანდარტი სწორედ ამ საკითხებისთვის შეიქმნა და მათთვის კვლავ სანდო ჩარჩოდ რჩება.
letter-review-evidence = { $adopted ->
    [0] ბოლო სისტემური გადახედვის შედეგად (დასრულების თარიღი: { $confirmed }) ISO-მ სტანდარტი ცვლილებების გარეშე დაადასტურა.
    [one] სულ მცირე { $adopted } სტანდარტიზაციის ეროვნულმა ორგანომ მიიღო ეს სტანდარტი ეროვნულ სტანდარტად, ხოლო ბოლო სისტემურმა გადახედვამ (დასრულების თარიღი: { $confirmed }) ის ცვლილებების გარეშე დაადასტურა.
   *[other] სულ მცირე { $adopted } სტანდარტიზაციის ეროვნულმა ორგანომ მიიღო ეს სტანდარტი ეროვნულ სტანდარტად, ხოლო ბოლო სისტემურმა გადახედვამ (დასრულების თარიღი: { $confirmed }) ის ცვლილებების გარეშე დაადასტურა.
}
letter-review-ask = { $has_deadline ->
    [yes] მიმდინარე კენჭისყრის დასრულების თარიღია { $deadline }. სტანდარტის გადამუშავებას ტექნიკური კომიტეტის მრავალწლიანი მუშაობა დასჭირდებოდა; გაცილებით უმჯობესია, ეს დრო დაეთმოს ორგანიზაციების დახმარებას, რათა მათ სტანდარტში უკვე მოცემული რეკომენდაციები გამოიყენონ. ამიტომ პატივისცემით გთხოვთ, რომ თქვენმა ორგანიზაციამ ({ $acronym }) ხმა მისცეს { $standard } სტანდარტის დადასტურებას.
    [due] სტანდარტის მომდევნო სისტემური გადახედვის ბოლო ვადაა { $due_by }. სტანდარტის გადამუშავებას ტექნიკური კომიტეტის მრავალწლიანი მუშაობა დასჭირდებოდა; გაცილებით უმჯობესია, ეს დრო დაეთმოს ორგანიზაციების დახმარებას, რათა მათ სტანდარტში უკვე მოცემული რეკომენდაციები გამოიყენონ. ამიტომ პატივისცემით გთხოვთ, რომ კენჭისყრის დაწყებისას თქვენმა ორგანიზაციამ ({ $acronym }) ხმა მისცეს { $standard } სტანდარტის დადასტურებას.
   *[other] სტანდარტის გადამუშავებას ტექნიკური კომიტეტის მრავალწლიანი მუშაობა დასჭირდებოდა; გაცილებით უმჯობესია, ეს დრო დაეთმოს ორგანიზაციების დახმარებას, რათა მათ სტანდარტში უკვე მოცემული რეკომენდაციები გამოიყენონ. ამიტომ პატივისცემით გთხოვთ, რომ კენჭისყრის დაწყებისას თქვენმა ორგანიზაციამ ({ $acronym }) ხმა მისცეს { $standard } სტანდარტის დადასტურებას.
}
letter-review-closing = გმადლობთ ამ თხოვნის განხილვისთვის. მოხარული ვიქნებოდი, გავიგო, როგორ აპირებს თქვენი ორგანიზაცია ({ $acronym }) ხმის მიცემას, და გაგიზიაროთ ის, რაც ვიცი { $in_country } სტანდარტის გამოყენების შესახებ.
letter-adopt-opening = { $country_kind ->
    [territory] მოგმართავთ თხოვნით, რომ თქვენმა ორგანიზაციამ ({ $body }) { $has_title ->
        [yes] { $standard } „{ $title }“ სტანდარტი
       *[no] { $standard } სტანდარტი
    } ადგილობრივ სტანდარტად მიიღოს და ამით { $country } საერთაშორისო დონეზე შეთანხმებული სახელმძღვანელო დოკუმენტით უზრუნველყოს.
   *[country] მოგმართავთ თხოვნით, რომ თქვენმა ორგანიზაციამ ({ $body }) { $has_title ->
        [yes] { $standard } „{ $title }“ სტანდარტი
       *[no] { $standard } სტანდარტი
    } ეროვნულ სტანდარტად მიიღოს და ამით { $country } საერთაშორისო დონეზე შეთანხმებული სახელმძღვანელო დოკუმენტით უზრუნველყოს.
}
letter-adopt-why = სახელმწიფო დაწესებულებები და კომპანიები ეროვნული შემოსავლის დიდ ნაწილს საქონელზე, სამუშაოებსა და მომსახურებაზე ხარჯავენ, და ის, თუ როგორ ახორციელებენ ისინი შესყიდვებს, მიწოდების ჯაჭვის ყველაზე შორეულ რგოლებამდე განსაზღვრავს შრომის პირობებს, ემისიებსა და ადგილობრივ ეკონომიკას. ISO 20400 მათ ამ ზემოქმედების გასათვალისწინებლად საერთაშორისო დონეზე შეთანხმებულ რეკომენდაციებს აძლევს — შესყიდვების პოლიტიკიდან და ხელმძღვანელობის ვალდებულებიდან დაწყებული, მომწოდებლების შერჩევითა და ხელშეკრულებების მართვით დამთავრებული. სტანდარტი გამოსადეგია ნებისმიერი ზომისა და დარგის ორგანიზაციებისთვის — როგორც საჯარო, ისე კერძო სექტორში.
letter-adopt-evidence = { $adopted ->
    [0] ISO-მ სტანდარტი ბოლო სისტემური გადახედვის შედეგად (დასრულების თარიღი: { $confirmed }) დაადასტურა, ამიტომ ის აქტუალური და სტაბილურია.
    [one] სულ მცირე { $adopted } სტანდარტიზაციის ეროვნულმა ორგანომ უკვე მიიღო ეს სტანდარტი, ხოლო ISO-მ ის ბოლო სისტემური გადახედვის შედეგად (დასრულების თარიღი: { $confirmed }) დაადასტურა, ამიტომ სტანდარტი აქტუალური და სტაბილურია.
   *[other] სულ მცირე { $adopted } სტანდარტიზაციის ეროვნულმა ორგანომ უკვე მიიღო ეს სტანდარტი, ხოლო ISO-მ ის ბოლო სისტემური გადახედვის შედეგად (დასრულების თარიღი: { $confirmed }) დაადასტურა, ამიტომ სტანდარტი აქტუალური და სტაბილურია.
}
letter-adopt-ask = სტანდარტის საერთაშორისო ტექსტის იდენტური სახით მიღება { $in_country } შემსყიდველებსა და მომწოდებლებს მისცემდა აღიარებულ საფუძველს, რომელზეც მითითება შესაძლებელი იქნებოდა სახელმწიფო შესყიდვების დოკუმენტაციასა და კომპანიების პოლიტიკაში, და გაუადვილებდა მათ საქმიანობის შეთანხმებას იმ სავაჭრო პარტნიორებთან, რომლებიც ამ სტანდარტს უკვე იყენებენ. პატივისცემით გთხოვთ, რომ თქვენმა ორგანიზაციამ ({ $acronym }) დაიწყოს { $standard } სტანდარტის მიღების პროცესი და, შესაძლებლობის შემთხვევაში, გამოსცეს ის { $language } თარგმანით.
letter-adopt-ask-in-progress = როგორც ვიცი, თქვენი ორგანიზაცია ({ $acronym }) უკვე ახორციელებს { $standard } სტანდარტის მიღების პროცესს. საერთაშორისო ტექსტის იდენტური გამოცემა { $in_country } შემსყიდველებსა და მომწოდებლებს მისცემდა აღიარებულ საფუძველს, რომელზეც მითითება შესაძლებელი იქნებოდა სახელმწიფო შესყიდვების დოკუმენტაციასა და კომპანიების პოლიტიკაში. პატივისცემით გთხოვთ, დაასრულოთ მიღების პროცესი, გამოსცეთ სტანდარტი, შესაძლებლობის შემთხვევაში — { $language } თარგმანით, და მისი ხელმისაწვდომობის შესახებ აცნობოთ მათ, ვინც მას გამოიყენებს.
letter-adopt-closing = გმადლობთ ამ თხოვნის განხილვისთვის. სიამოვნებით მოგიყვებოდით უფრო დაწვრილებით { $in_country } ამ სტანდარტისადმი არსებული ინტერესის შესახებ და მოხარული ვიქნებოდი, გავიგო, როგორი შეიძლება იყოს შემდგომი ნაბიჯები.
letter-translate-opening = მოგმართავთ თხოვნით, რომ თქვენმა ორგანიზაციამ ({ $body }) ხელმისაწვდომი გახადოს { $has_title ->
    [yes] { $standard } „{ $title }“ სტანდარტის
   *[no] { $standard } სტანდარტის
} { $language } თარგმანი.
letter-translate-opening-exists = მოგმართავთ { $edition } გამოცემის თაობაზე, რომელიც { $has_title ->
    [yes] { $standard } „{ $title }“ სტანდარტის
   *[no] { $standard } სტანდარტის
} { $language } გამოცემაა და რომელსაც თქვენი ორგანიზაცია ({ $acronym }) გამოსცემს.
letter-translate-why = მდგრადი შესყიდვები შემსყიდველების, მომწოდებლების, ხელშეკრულებების მართვის სპეციალისტებისა და საჯარო მოხელეების ყოველდღიური საქმეა, და მათგან ბევრი მეთოდურ დოკუმენტებს მხოლოდ საკუთარ ენაზე კითხულობს. ISO 20400 ხელმისაწვდომია ISO-ს ოფიციალურ ინგლისურ და ფრანგულ გამოცემებში, ასევე ოფიციალურ ესპანურ თარგმანში; { $in_country } იმ ადამიანებისთვის, რომელთა სამუშაო ენაც { $language } არის, ეროვნული გამოცემა საერთაშორისო ტექსტს პრაქტიკულ ინსტრუმენტად აქცევდა, რომელსაც ისინი თავიანთ გუნდებსა და მომწოდებლებს გაუზიარებდნენ.
letter-translate-why-exists = მდგრადი შესყიდვები შემსყიდველების, მომწოდებლების, ხელშეკრულებების მართვის სპეციალისტებისა და საჯარო მოხელეების ყოველდღიური საქმეა, და მათგან ბევრი მეთოდურ დოკუმენტებს მხოლოდ საკუთარ ენაზე კითხულობს. { $edition } გამოცემის წყალობით { $in_country } იმ ადამიანებს, რომელთა სამუშაო ენაც { $language } არის, სტანდარტი უკვე საკუთარ ენაზე აქვთ; ახლა მთავარია, რომ მათ იცოდნენ მისი არსებობის შესახებ და გამოიყენონ ის თავიანთ გუნდებთან და მომწოდებლებთან ერთად.
letter-translate-evidence = { $adopted ->
    [0] ISO-მ სტანდარტი ბოლო სისტემური გადახედვის შედეგად (დასრულების თარიღი: { $confirmed }) დაადასტურა, ამიტომ ახლა შესრულებული თარგმანი მრავალი წლის განმავლობაში შეინარჩუნებს აქტუალობას.
    [one] სულ მცირე { $adopted } სტანდარტიზაციის ეროვნულმა ორგანომ მიიღო ეს სტანდარტი, ხოლო ISO-მ ის ბოლო სისტემური გადახედვის შედეგად (დასრულების თარიღი: { $confirmed }) დაადასტურა, ამიტომ ახლა შესრულებული თარგმანი მრავალი წლის განმავლობაში შეინარჩუნებს აქტუალობას.
   *[other] სულ მცირე { $adopted } სტანდარტიზაციის ეროვნულმა ორგანომ მიიღო ეს სტანდარტი, ხოლო ISO-მ ის ბოლო სისტემური გადახედვის შედეგად (დასრულების თარიღი: { $confirmed }) დაადასტურა, ამიტომ ახლა შესრულებული თარგმანი მრავალი წლის განმავლობაში შეინარჩუნებს აქტუალობას.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO-მ სტანდარტი ბოლო სისტემური გადახედვის შედეგად (დასრულების თარიღი: { $confirmed }) დაადასტურა, ამიტომ { $edition } გამოცემა მრავალი წლის განმავლობაში აქტუალური დარჩება.
    [one] სულ მცირე { $adopted } სტანდარტიზაციის ეროვნულმა ორგანომ მიიღო ეს სტანდარტი, ხოლო ISO-მ ის ბოლო სისტემური გადახედვის შედეგად (დასრულების თარიღი: { $confirmed }) დაადასტურა, ამიტომ { $edition } გამოცემა მრავალი წლის განმავლობაში აქტუალური დარჩება.
   *[other] სულ მცირე { $adopted } სტანდარტიზაციის ეროვნულმა ორგანომ მიიღო ეს სტანდარტი, ხოლო ISO-მ ის ბოლო სისტემური გადახედვის შედეგად (დასრულების თარიღი: { $confirmed }) დაადასტურა, ამიტომ { $edition } გამოცემა მრავალი წლის განმავლობაში აქტუალური დარჩება.
}
letter-translate-ask = პატივისცემით გთხოვთ, რომ თქვენმა ორგანიზაციამ ({ $acronym }) მოამზადოს და გამოსცეს { $standard } სტანდარტის { $language } გამოცემა — ეროვნული სტანდარტის სახით ან საერთაშორისო ტექსტთან ერთად გასაყიდი თარგმანის სახით — და მისი ხელმისაწვდომობის შესახებ აცნობოს მათ, ვინც მას გამოიყენებს.
letter-translate-ask-exists = მადლობას ვუხდი თქვენს ორგანიზაციას ({ $acronym }) იმისთვის, რომ { $edition } — სტანდარტის { $language } გამოცემა — ხელმისაწვდომი გახადა. პატივისცემით გთხოვთ, ფართოდ გააცნოთ ის შემსყიდველებს, მომწოდებლებსა და საჯარო მოხელეებს { $in_country } და, როდესაც ISO სტანდარტს მომდევნო ჯერზე გადაამუშავებს, შეუსაბამოთ ის განახლებულ საერთაშორისო ტექსტს.
letter-translate-closing = გმადლობთ ამ თხოვნის განხილვისთვის. თარგმანის გამოქვეყნების შემდეგ სიამოვნებით დაგეხმარებით, რომ ის { $in_country } ფართოდ გახდეს ცნობილი.
letter-sign-off = პატივისცემით,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = თქვენს ქვეყანაში ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = თქვენი ქვეყნის სტანდარტიზაციის ეროვნული ორგანო
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = თქვენი ქვეყანა
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = თქვენს ქვეყანაში
open-letter-generic-deadline = კენჭისყრის დასრულების თარიღი
open-letter-generic-committee = სტანდარტზე პასუხისმგებელი ISO-ს კომიტეტი
