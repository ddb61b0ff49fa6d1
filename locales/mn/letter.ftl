# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Монгол
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
letter-subject-review = Хүсэлт: { $standard } стандартыг системтэй хянан үзэлтээр баталгаажуулах талаар санал өгөх тухай
letter-subject-adopt = { $country_kind ->
    [territory] Хүсэлт: { $standard } стандартыг батлан мөрдүүлэх тухай ({ $country })
   *[country] Хүсэлт: { $standard } стандартыг үндэсний стандартаар батлах тухай ({ $country })
}
letter-subject-translate = Хүсэлт: { $standard } стандартыг { $language } хэлээр хэвлэн нийтлэх тухай
letter-subject-translate-exists = Хүсэлт: { $standard } стандартын { $language } хэл дээрх хэвлэл болох { $edition } стандартыг өргөнөөр сурталчлах тухай
letter-greeting = Эрхэм хүндэт ноёд, хатагтай нар аа,
letter-review-opening = { $has_title ->
    [yes] { $standard } «{ $title }»
   *[no] { $standard }
} стандарт болон түүнийг системтэй хянан үзэх үед { $body } байгууллагын өгөх саналын талаар Танай байгууллагад хандаж байна. Стандартыг одоогийн хэвээр нь баталгаажуулах талаар санал өгөхийг Танаас хүсье.
letter-review-why = ISO 20400 нь ямар ч хэмжээ, салбарын байгууллагад тогтвортой худалдан авалт хийх нийтлэг тогтолцоог олгодог: худалдан авч буй бараа, үйлчилгээний байгаль орчин, нийгэм, эдийн засгийн нөлөөллийг нийлүүлэлтийн сүлжээ даяар хэрхэн үнэлэх, мөн үүнийг бодлого, үйл явц, өдөр тутмын практикт хэрхэн тусгахыг харуулдаг. Стандарт хэвлэгдсэнээс хойш уур амьсгалын өөрчлөлт, эргэлтийн эдийн засаг, хүний эрх, бизнесийн ёс зүй зэрэг асуудал нэн тэргүүний асуудал болсон бөгөөд эдгээр чиглэлийн ажлын ихээхэн хэсэг нийлүүлэлтийн сүлжээнд өрнөдөг. Стандарт яг эдгээр асуудалд зориулан боловсруулагдсан бөгөөд тэдгээрийг шийдвэрлэх найдвартай тогтолцоо хэвээр байна.
letter-review-evidence = { $adopted ->
    [0] ISO хамгийн сүүлийн системтэй хянан үзэлтээр (дууссан огноо: { $confirmed }) стандартыг ямар нэг өөрчлөлтгүйгээр баталгаажуулсан.
    [one] Наад зах нь { $adopted } үндэсний стандартчиллын байгууллага энэ стандартыг үндэсний стандартаар баталсан бөгөөд хамгийн сүүлийн системтэй хянан үзэлтээр (дууссан огноо: { $confirmed }) стандарт ямар нэг өөрчлөлтгүйгээр баталгаажсан.
   *[other] Наад зах нь { $adopted } үндэсний стандартчиллын байгууллага энэ стандартыг үндэсний стандартаар баталсан бөгөөд хамгийн сүүлийн системтэй хянан үзэлтээр (дууссан огноо: { $confirmed }) стандарт ямар нэг өөрчлөлтгүйгээр баталгаажсан.
}
letter-review-ask = { $has_deadline ->
    [yes] Одоогийн санал хураалт хаагдах огноо: { $deadline }. Стандартыг шинэчлэн боловсруулахад техникийн хорооны олон жилийн ажил шаардагдана; тэр цагийг байгууллагуудад стандартын өгч буй зөвлөмжийг хэрэгжүүлэхэд нь туслахад зарцуулах нь хамаагүй үр өгөөжтэй. Иймд { $standard } стандартыг баталгаажуулах талаар санал өгөхийг { $acronym } байгууллагаас хүндэтгэн хүсье.
    [due] Стандартын дараагийн системтэй хянан үзэлтийг хийх эцсийн хугацаа: { $due_by }. Стандартыг шинэчлэн боловсруулахад техникийн хорооны олон жилийн ажил шаардагдана; тэр цагийг байгууллагуудад стандартын өгч буй зөвлөмжийг хэрэгжүүлэхэд нь туслахад зарцуулах нь хамаагүй үр өгөөжтэй. Иймд санал хураалт нээгдэх үед { $standard } стандартыг баталгаажуулах талаар санал өгөхийг { $acronym } байгууллагаас хүндэтгэн хүсье.
   *[other] Стандартыг шинэчлэн боловсруулахад техникийн хорооны олон жилийн ажил шаардагдана; тэр цагийг байгууллагуудад стандартын өгч буй зөвлөмжийг хэрэгжүүлэхэд нь туслахад зарцуулах нь хамаагүй үр өгөөжтэй. Иймд санал хураалт нээгдэх үед { $standard } стандартыг баталгаажуулах талаар санал өгөхийг { $acronym } байгууллагаас хүндэтгэн хүсье.
}
letter-review-closing = Энэхүү хүсэлтийг авч үзэж байгаад талархал илэрхийлье. { $acronym } байгууллага хэрхэн санал өгөхөөр төлөвлөж байгааг мэдэхийг хүсэж байгаа бөгөөд { $in_country } стандартыг хэрхэн хэрэглэж буй талаар өөрийн мэдэх зүйлээ хуваалцахад таатай байх болно.
letter-adopt-opening = Энэхүү захидлаар { $has_title ->
    [yes] { $standard } «{ $title }»
   *[no] { $standard }
} стандартыг { $country_kind ->
    [territory] батлан мөрдүүлэхийг { $body } байгууллагаас хүсэж байна. Ингэснээр { $country } энэхүү стандартыг өөрийн стандарт болгон мөрдөх боломжтой болно.
   *[country] үндэсний стандартаар батлахыг { $body } байгууллагаас хүсэж байна. Ингэснээр { $country } энэхүү стандартыг үндэсний стандарт болгон мөрдөх боломжтой болно.
}
letter-adopt-why = Төрийн байгууллага, компаниуд үндэсний орлогын ихээхэн хэсгийг бараа, ажил, үйлчилгээнд зарцуулдаг бөгөөд тэдний худалдан авалт хийж буй арга хэлбэр нь нийлүүлэлтийн сүлжээний хамгийн алслагдсан шат хүртэл хөдөлмөрийн нөхцөл, хүлэмжийн хийн ялгарал, орон нутгийн эдийн засагт нөлөөлдөг. ISO 20400 нь эдгээр нөлөөллийг харгалзан үзэхэд зориулсан, олон улсын түвшинд тохиролцсон зөвлөмжийг өгдөг: худалдан авалтын бодлого, удирдлагын үүрэг амлалтаас эхлээд нийлүүлэгч сонгох, гэрээ удирдах хүртэл. Стандарт нь төрийн болон хувийн хэвшлийн, ямар ч хэмжээ, салбарын байгууллагад хамаарна.
letter-adopt-evidence = { $adopted ->
    [0] ISO хамгийн сүүлийн системтэй хянан үзэлтээр (дууссан огноо: { $confirmed }) стандартыг баталгаажуулсан тул энэ нь хүчин төгөлдөр бөгөөд тогтвортой стандарт юм.
    [one] Наад зах нь { $adopted } үндэсний стандартчиллын байгууллага энэ стандартыг аль хэдийн баталсан бөгөөд ISO хамгийн сүүлийн системтэй хянан үзэлтээр (дууссан огноо: { $confirmed }) түүнийг баталгаажуулсан тул энэ нь хүчин төгөлдөр бөгөөд тогтвортой стандарт юм.
   *[other] Наад зах нь { $adopted } үндэсний стандартчиллын байгууллага энэ стандартыг аль хэдийн баталсан бөгөөд ISO хамгийн сүүлийн системтэй хянан үзэлтээр (дууссан огноо: { $confirmed }) түүнийг баталгаажуулсан тул энэ нь хүчин төгөлдөр бөгөөд тогтвортой стандарт юм.
}
letter-adopt-ask = Стандартыг олон улсын эх бичвэртэй ижил байдлаар батлах нь { $in_country } үйл ажиллагаа явуулдаг худалдан авагч, нийлүүлэгчдэд төрийн худалдан авалтын тендерийн баримт бичиг, компанийн бодлогод иш татаж болох хүлээн зөвшөөрөгдсөн эх сурвалж болохоос гадна уг стандартыг аль хэдийн хэрэглэж буй худалдааны түншүүдтэй уялдахад дөхөм болно. { $standard } стандартыг батлах ажлыг эхлүүлж, боломжтой бол { $language } хэлээр хэвлэн нийтлэхийг { $acronym } байгууллагаас хүндэтгэн хүсье.
letter-adopt-ask-in-progress = { $acronym } байгууллага { $standard } стандартыг батлах ажлыг аль хэдийн эхлүүлсэн гэж ойлгож байна. Олон улсын эх бичвэртэй ижил хэвлэл нь { $in_country } үйл ажиллагаа явуулдаг худалдан авагч, нийлүүлэгчдэд төрийн худалдан авалтын тендерийн баримт бичиг, компанийн бодлогод иш татаж болох хүлээн зөвшөөрөгдсөн эх сурвалж болно. Батлах ажлыг дуусгаж, стандартыг боломжтой бол { $language } хэлээр хэвлэн нийтлэх, мөн стандарт хэрэглээнд гармагц түүнийг ашиглах хүмүүст мэдээлэхийг { $acronym } байгууллагаас хүндэтгэн хүсье.
letter-adopt-closing = Энэхүү хүсэлтийг авч үзэж байгаад талархал илэрхийлье. { $in_country } энэ стандартыг сонирхож буй байдлын талаар дэлгэрэнгүй мэдээлэх, цаашид ямар алхам хийж болох талаар сонсохдоо баяртай байх болно.
letter-translate-opening = Энэхүү захидлаар { $has_title ->
    [yes] { $standard } «{ $title }»
   *[no] { $standard }
} стандартыг { $language } хэлээр ашиглах боломжтой болгохыг { $body } байгууллагаас хүсэж байна.
letter-translate-opening-exists = { $acronym } байгууллагаас хэвлэн нийтэлдэг, { $has_title ->
    [yes] { $standard } «{ $title }»
   *[no] { $standard }
} стандартын { $language } хэл дээрх хэвлэл болох { $edition } стандартын талаар Танай байгууллагад хандаж байна.
letter-translate-why = Тогтвортой худалдан авалт бол худалдан авагч, нийлүүлэгч, гэрээний менежер, төрийн албан хаагчдын өдөр тутмын ажил бөгөөд тэдний олонх нь зөвлөмж, удирдамжийг зөвхөн эх хэлээрээ уншдаг. ISO 20400 нь ISO-ийн албан ёсны англи, франц хэвлэл болон испани хэл дээрх албан ёсны орчуулгаар бий; { $in_country } { $language } хэлээр ажилладаг хүмүүсийн хувьд үндэсний хэвлэл нь олон улсын бичвэрийг хамт олон, нийлүүлэгчидтэйгээ хуваалцах боломжтой практик хэрэгсэл болгон хувиргана.
letter-translate-why-exists = Тогтвортой худалдан авалт бол худалдан авагч, нийлүүлэгч, гэрээний менежер, төрийн албан хаагчдын өдөр тутмын ажил бөгөөд тэдний олонх нь зөвлөмж, удирдамжийг зөвхөн эх хэлээрээ уншдаг. { $edition } стандартын ачаар { $in_country } { $language } хэлээр ажилладаг хүмүүс стандартыг эх хэлээрээ ашиглах боломжтой болоод байна; одоо хамгийн чухал нь тэд энэ хэвлэлийн талаар мэдэж, хамт олон, нийлүүлэгчидтэйгээ хамтран хэрэгжүүлэх явдал юм.
letter-translate-evidence = { $adopted ->
    [0] ISO хамгийн сүүлийн системтэй хянан үзэлтээр (дууссан огноо: { $confirmed }) стандартыг баталгаажуулсан тул одоо хийсэн орчуулга олон жилийн турш ач холбогдлоо алдахгүй.
    [one] Наад зах нь { $adopted } үндэсний стандартчиллын байгууллага энэ стандартыг баталсан бөгөөд ISO хамгийн сүүлийн системтэй хянан үзэлтээр (дууссан огноо: { $confirmed }) түүнийг баталгаажуулсан тул одоо хийсэн орчуулга олон жилийн турш ач холбогдлоо алдахгүй.
   *[other] Наад зах нь { $adopted } үндэсний стандартчиллын байгууллага энэ стандартыг баталсан бөгөөд ISO хамгийн сүүлийн системтэй хянан үзэлтээр (дууссан огноо: { $confirmed }) түүнийг баталгаажуулсан тул одоо хийсэн орчуулга олон жилийн турш ач холбогдлоо алдахгүй.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO хамгийн сүүлийн системтэй хянан үзэлтээр (дууссан огноо: { $confirmed }) стандартыг баталгаажуулсан тул { $edition } стандарт олон жилийн турш хүчин төгөлдөр хэвээр байх болно.
    [one] Наад зах нь { $adopted } үндэсний стандартчиллын байгууллага энэ стандартыг баталсан бөгөөд ISO хамгийн сүүлийн системтэй хянан үзэлтээр (дууссан огноо: { $confirmed }) түүнийг баталгаажуулсан тул { $edition } стандарт олон жилийн турш хүчин төгөлдөр хэвээр байх болно.
   *[other] Наад зах нь { $adopted } үндэсний стандартчиллын байгууллага энэ стандартыг баталсан бөгөөд ISO хамгийн сүүлийн системтэй хянан үзэлтээр (дууссан огноо: { $confirmed }) түүнийг баталгаажуулсан тул { $edition } стандарт олон жилийн турш хүчин төгөлдөр хэвээр байх болно.
}
letter-translate-ask = { $standard } стандартын { $language } хэл дээрх хэвлэлийг үндэсний стандартаар батлах эсвэл олон улсын бичвэрийн хамт борлуулах орчуулга хэлбэрээр бэлтгэн хэвлэн нийтэлж, хэрэглээнд гармагц түүнийг ашиглах хүмүүст мэдээлэхийг { $acronym } байгууллагаас хүндэтгэн хүсье.
letter-translate-ask-exists = { $edition } стандартыг { $language } хэлээр ашиглах боломжтой болгосонд { $acronym } байгууллагад талархал илэрхийлье. Энэхүү хэвлэлийг { $in_country } ажиллаж буй худалдан авагч, нийлүүлэгч, төрийн албан хаагчдад өргөнөөр сурталчилж, ISO дараагийн удаа стандартыг шинэчлэх үед олон улсын шинэ бичвэртэй нийцүүлэн шинэчилж байхыг хүндэтгэн хүсье.
letter-translate-closing = Энэхүү хүсэлтийг авч үзэж байгаад талархал илэрхийлье. Орчуулга хэвлэгдсэний дараа түүнийг { $in_country } олонд таниулахад туслахдаа баяртай байх болно.
letter-sign-off = Хүндэтгэсэн,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = Танай улсад ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = Танай улсын үндэсний стандартчиллын байгууллага
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = Танай улс
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = Танай улсад
open-letter-generic-deadline = санал хураалт хаагдах огноо
open-letter-generic-committee = стандартыг хариуцсан ISO-ийн хороо
