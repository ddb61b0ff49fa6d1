# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Azərbaycan dili
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
letter-subject-review = Müraciət: sistemli nəzərdən keçirmə zamanı { $standard } standartının təsdiqlənməsi lehinə səs verilməsi haqqında
letter-subject-adopt = { $country_kind ->
    [territory] Müraciət: { $standard } standartının { $country } üçün standart kimi qəbul edilməsi haqqında
   *[country] Müraciət: { $standard } standartının { $country } üçün milli standart kimi qəbul edilməsi haqqında
}
letter-subject-translate = Müraciət: { $standard } standartının { $language } dilində nəşr edilməsi haqqında
letter-subject-translate-exists = Müraciət: { $standard } standartının { $language } dilindəki { $edition } nəşrinin geniş tanıdılması haqqında
letter-greeting = Hörmətli xanımlar və cənablar!
letter-review-opening = { $has_title ->
    [yes] Sizə { $standard } «{ $title }» standartı və onun sistemli nəzərdən keçirilməsi zamanı { $body } tərəfindən veriləcək səs barədə müraciət edirəm. Standartın qüvvədə olan redaksiyasında təsdiqlənməsi lehinə səs verməyinizi xahiş edirəm.
   *[no] Sizə { $standard } standartı və onun sistemli nəzərdən keçirilməsi zamanı { $body } tərəfindən veriləcək səs barədə müraciət edirəm. Standartın qüvvədə olan redaksiyasında təsdiqlənməsi lehinə səs verməyinizi xahiş edirəm.
}
letter-review-why = ISO 20400 istənilən ölçüdə və istənilən sahədə fəaliyyət göstərən təşkilatlara dayanıqlı satınalma üçün ümumi çərçivə təqdim edir: o, alınan mal və xidmətlərin ekoloji, sosial və iqtisadi təsirlərinin bütün təchizat zənciri boyunca necə qiymətləndirilməsini və bunun siyasətə, proseslərə və gündəlik təcrübəyə necə daxil edilməsini göstərir. Standart nəşr olunduqdan bəri iqlim dəyişikliyi, dövri iqtisadiyyat, insan hüquqları və işgüzar etika gündəliyin ön sıralarına çıxmışdır, bu sahələrdəki işin böyük hissəsi isə məhz təchizat zəncirlərində görülür. Standart məhz bu məsələlər üçün hazırlanmışdır və onlar üçün etibarlı çərçivə olaraq qalır.
letter-review-evidence = { $adopted ->
    [0] ISO { $confirmed } tarixində başa çatmış sonuncu sistemli nəzərdən keçirmədə standartı heç bir dəyişiklik etmədən təsdiqləmişdir.
    [one] Ən azı { $adopted } milli standartlaşdırma orqanı bu standartı milli standart kimi qəbul etmişdir, { $confirmed } tarixində başa çatmış sonuncu sistemli nəzərdən keçirmə isə onu heç bir dəyişiklik etmədən təsdiqləmişdir.
   *[other] Ən azı { $adopted } milli standartlaşdırma orqanı bu standartı milli standart kimi qəbul etmişdir, { $confirmed } tarixində başa çatmış sonuncu sistemli nəzərdən keçirmə isə onu heç bir dəyişiklik etmədən təsdiqləmişdir.
}
letter-review-ask = { $has_deadline ->
    [yes] Cari səsvermə { $deadline } tarixində başa çatır. Standartın yenidən işlənməsi texniki komitədə illər boyu sürən iş tələb edərdi; bu vaxtı təşkilatlara standartın artıq təqdim etdiyi tövsiyələri tətbiq etməkdə kömək göstərməyə sərf etmək qat-qat faydalıdır. Buna görə də { $acronym } olaraq { $standard } standartının təsdiqlənməsi lehinə səs verməyinizi hörmətlə xahiş edirəm.
    [due] Standartın növbəti sistemli nəzərdən keçirilməsi ən gec { $due_by } tarixinədək aparılmalıdır. Standartın yenidən işlənməsi texniki komitədə illər boyu sürən iş tələb edərdi; bu vaxtı təşkilatlara standartın artıq təqdim etdiyi tövsiyələri tətbiq etməkdə kömək göstərməyə sərf etmək qat-qat faydalıdır. Buna görə də səsvermə başladıqda { $acronym } olaraq { $standard } standartının təsdiqlənməsi lehinə səs verməyinizi hörmətlə xahiş edirəm.
   *[other] Standartın yenidən işlənməsi texniki komitədə illər boyu sürən iş tələb edərdi; bu vaxtı təşkilatlara standartın artıq təqdim etdiyi tövsiyələri tətbiq etməkdə kömək göstərməyə sərf etmək qat-qat faydalıdır. Buna görə də səsvermə başladıqda { $acronym } olaraq { $standard } standartının təsdiqlənməsi lehinə səs verməyinizi hörmətlə xahiş edirəm.
}
letter-review-closing = Bu müraciəti nəzərdən keçirdiyiniz üçün təşəkkür edirəm. { $acronym } olaraq necə səs verməyi planlaşdırdığınızı öyrənməkdən və standartın { $in_country } necə tətbiq edildiyi barədə bildiklərimi sizinlə bölüşməkdən məmnun olaram.
letter-adopt-opening = { $country_kind ->
    [territory] Bu məktubla { $has_title ->
        [yes] { $standard } «{ $title }» standartının
       *[no] { $standard } standartının
    } { $body } tərəfindən { $country } üçün standart kimi qəbul edilməsini xahiş edirəm.
   *[country] Bu məktubla { $has_title ->
        [yes] { $standard } «{ $title }» standartının
       *[no] { $standard } standartının
    } { $body } tərəfindən { $country } üçün milli standart kimi qəbul edilməsini xahiş edirəm.
}
letter-adopt-why = Dövlət qurumları və şirkətlər milli gəlirin böyük hissəsini mallara, işlərə və xidmətlərə xərcləyir, onların satınalma üsulu isə təchizat zəncirlərinin ən uzaq həlqələrinədək əmək şəraitinə, emissiyalara və yerli iqtisadiyyata təsir göstərir. ISO 20400 bu təsirlərin nəzərə alınması üçün beynəlxalq səviyyədə razılaşdırılmış tövsiyələr verir: satınalma siyasətindən və rəhbərliyin öhdəliyindən başlayaraq təchizatçıların seçilməsinə və müqavilələrin idarə edilməsinədək. Standart dövlət və ya özəl, istənilən ölçüdə və istənilən sahədə fəaliyyət göstərən təşkilatlara şamil edilir.
letter-adopt-evidence = { $adopted ->
    [0] ISO { $confirmed } tarixində başa çatmış sonuncu sistemli nəzərdən keçirmədə standartı təsdiqləmişdir, bu da onun aktual və sabit olduğunu göstərir.
    [one] Ən azı { $adopted } milli standartlaşdırma orqanı bu standartı artıq qəbul etmişdir, ISO isə onu { $confirmed } tarixində başa çatmış sonuncu sistemli nəzərdən keçirmədə təsdiqləmişdir; bu da standartın aktual və sabit olduğunu göstərir.
   *[other] Ən azı { $adopted } milli standartlaşdırma orqanı bu standartı artıq qəbul etmişdir, ISO isə onu { $confirmed } tarixində başa çatmış sonuncu sistemli nəzərdən keçirmədə təsdiqləmişdir; bu da standartın aktual və sabit olduğunu göstərir.
}
letter-adopt-ask = Standartın beynəlxalq mətnə identik şəkildə qəbul edilməsi { $in_country } sifarişçilərə və təchizatçılara dövlət satınalmalarına dair sənədlərdə və korporativ siyasətlərdə istinad edilə bilən tanınmış bir mənbə verər, habelə bu standartı artıq tətbiq edən ticarət tərəfdaşları ilə uyğunlaşmanı asanlaşdırardı. { $acronym } olaraq { $standard } standartının qəbulu prosesinə başlamağınızı və mümkün olduqda onu { $language } dilində nəşr etməyinizi hörmətlə xahiş edirəm.
letter-adopt-ask-in-progress = Məlumatıma görə, { $acronym } { $standard } standartının qəbulu prosesinə artıq başlamışdır. Beynəlxalq mətnə identik nəşr { $in_country } sifarişçilərə və təchizatçılara dövlət satınalmalarına dair sənədlərdə və korporativ siyasətlərdə istinad edilə bilən tanınmış bir mənbə verərdi. { $acronym } olaraq qəbul prosesini başa çatdırmağınızı, standartı mümkün olduqda { $language } dilində nəşr etməyinizi və standart əlçatan olduqda ondan istifadə edəcək şəxsləri məlumatlandırmağınızı hörmətlə xahiş edirəm.
letter-adopt-closing = Bu müraciəti nəzərdən keçirdiyiniz üçün təşəkkür edirəm. Sizə { $in_country } standarta olan maraq barədə daha ətraflı məlumat verməkdən və növbəti addımların nə ola biləcəyini öyrənməkdən məmnun olaram.
letter-translate-opening = Bu məktubla { $has_title ->
    [yes] { $standard } «{ $title }» standartının
   *[no] { $standard } standartının
} { $body } tərəfindən { $language } dilində əlçatan edilməsini xahiş edirəm.
letter-translate-opening-exists = Sizə { $acronym } tərəfindən nəşr edilən { $edition } — { $has_title ->
    [yes] { $standard } «{ $title }» standartının
   *[no] { $standard } standartının
} { $language } dilindəki nəşri barədə müraciət edirəm.
letter-translate-why = Dayanıqlı satınalma sifarişçilərin, təchizatçıların, müqavilələrin idarə edilməsi üzrə mütəxəssislərin və dövlət qulluqçularının gündəlik işidir və onların çoxu metodiki sənədləri yalnız öz ana dilində oxuyur. ISO 20400 ISO-nun ingilis və fransız dillərindəki rəsmi nəşrlərində, habelə ispan dilinə rəsmi tərcüməsində mövcuddur; { $in_country } { $language } dilində çalışan insanlar üçün milli nəşr beynəlxalq mətni komandaları və təchizatçıları ilə bölüşə biləcəkləri praktik vasitəyə çevirərdi.
letter-translate-why-exists = Dayanıqlı satınalma sifarişçilərin, təchizatçıların, müqavilələrin idarə edilməsi üzrə mütəxəssislərin və dövlət qulluqçularının gündəlik işidir və onların çoxu metodiki sənədləri yalnız öz ana dilində oxuyur. { $edition } sayəsində { $in_country } { $language } dilində çalışan insanların artıq öz dillərində standartı var; indi əsas məsələ onların bu nəşrdən xəbərdar olması və onu komandaları və təchizatçıları ilə birlikdə tətbiq etməsidir.
letter-translate-evidence = { $adopted ->
    [0] ISO { $confirmed } tarixində başa çatmış sonuncu sistemli nəzərdən keçirmədə standartı təsdiqləmişdir, buna görə də indi hazırlanan tərcümə uzun illər aktual qalacaqdır.
    [one] Ən azı { $adopted } milli standartlaşdırma orqanı bu standartı qəbul etmişdir, ISO isə onu { $confirmed } tarixində başa çatmış sonuncu sistemli nəzərdən keçirmədə təsdiqləmişdir; buna görə də indi hazırlanan tərcümə uzun illər aktual qalacaqdır.
   *[other] Ən azı { $adopted } milli standartlaşdırma orqanı bu standartı qəbul etmişdir, ISO isə onu { $confirmed } tarixində başa çatmış sonuncu sistemli nəzərdən keçirmədə təsdiqləmişdir; buna görə də indi hazırlanan tərcümə uzun illər aktual qalacaqdır.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO { $confirmed } tarixində başa çatmış sonuncu sistemli nəzərdən keçirmədə standartı təsdiqləmişdir, buna görə də { $edition } uzun illər aktual qalacaqdır.
    [one] Ən azı { $adopted } milli standartlaşdırma orqanı bu standartı qəbul etmişdir, ISO isə onu { $confirmed } tarixində başa çatmış sonuncu sistemli nəzərdən keçirmədə təsdiqləmişdir; buna görə də { $edition } uzun illər aktual qalacaqdır.
   *[other] Ən azı { $adopted } milli standartlaşdırma orqanı bu standartı qəbul etmişdir, ISO isə onu { $confirmed } tarixində başa çatmış sonuncu sistemli nəzərdən keçirmədə təsdiqləmişdir; buna görə də { $edition } uzun illər aktual qalacaqdır.
}
letter-translate-ask = { $acronym } olaraq { $standard } standartının { $language } dilində nəşrini — milli standart kimi və ya beynəlxalq mətnlə yanaşı satılan tərcümə şəklində — hazırlayıb nəşr etməyinizi və nəşr əlçatan olduqda ondan istifadə edəcək şəxsləri məlumatlandırmağınızı hörmətlə xahiş edirəm.
letter-translate-ask-exists = { $acronym } olaraq { $edition } nəşrini { $language } dilində əlçatan etdiyiniz üçün sizə təşəkkür edirəm. Bu nəşri { $in_country } sifarişçilər, təchizatçılar və dövlət qulluqçuları arasında geniş tanıtmağınızı və ISO standartı növbəti dəfə yenidən işlədikdə onu yenilənmiş beynəlxalq mətnə uyğunlaşdırmağınızı hörmətlə xahiş edirəm.
letter-translate-closing = Bu müraciəti nəzərdən keçirdiyiniz üçün təşəkkür edirəm. Tərcümə nəşr olunduqdan sonra onun { $in_country } tanıdılmasına kömək etməkdən məmnun olaram.
letter-sign-off = Hörmətlə,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = ölkənizdə ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = ölkənizin milli standartlaşdırma orqanı
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = ölkəniz
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = ölkənizdə
open-letter-generic-deadline = səsvermənin başa çatma tarixi
open-letter-generic-committee = standarta cavabdeh olan ISO komitəsi
