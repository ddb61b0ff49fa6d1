# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Tiếng Việt
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
letter-subject-review = Đề nghị bỏ phiếu xác nhận { $standard } trong đợt xem xét định kỳ
letter-subject-adopt = { $country_kind ->
    [territory] Đề nghị chấp nhận { $standard } thành tiêu chuẩn của { $country }
   *[country] Đề nghị chấp nhận { $standard } thành tiêu chuẩn quốc gia của { $country }
}
letter-subject-translate = Đề nghị xuất bản { $standard } bằng { $language }
letter-subject-translate-exists = Đề nghị phổ biến rộng rãi { $edition }, ấn bản { $language } của { $standard }
letter-greeting = Kính gửi Quý Cơ quan,
letter-review-opening = Tôi viết thư này gửi Quý Cơ quan về { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} và lá phiếu mà { $body } sẽ bỏ trong đợt xem xét định kỳ tiêu chuẩn này. Tôi kính đề nghị Quý Cơ quan bỏ phiếu xác nhận tiêu chuẩn ở dạng hiện hành.
letter-review-why = ISO 20400 cung cấp cho các tổ chức thuộc mọi quy mô và lĩnh vực một khuôn khổ chung cho mua sắm bền vững: tiêu chuẩn chỉ ra cách cân nhắc các tác động về môi trường, xã hội và kinh tế của những gì tổ chức mua trong toàn bộ chuỗi cung ứng, và cách đưa những cân nhắc đó vào chính sách, quy trình và thực tiễn hằng ngày. Kể từ khi tiêu chuẩn được ban hành, biến đổi khí hậu, kinh tế tuần hoàn, quyền con người và đạo đức kinh doanh đã trở thành những vấn đề ưu tiên hàng đầu, và phần lớn công việc liên quan được thực hiện trong chuỗi cung ứng. Tiêu chuẩn được xây dựng chính là để giải quyết những vấn đề này và đến nay vẫn là một khuôn khổ vững chắc cho các vấn đề đó.
letter-review-evidence = { $adopted ->
    [0] Trong đợt xem xét định kỳ gần nhất, hoàn thành vào ngày { $confirmed }, ISO đã xác nhận tiêu chuẩn mà không có thay đổi nào.
   *[other] Đã có ít nhất { $adopted } cơ quan tiêu chuẩn quốc gia chấp nhận tiêu chuẩn này thành tiêu chuẩn quốc gia, và đợt xem xét định kỳ gần nhất, hoàn thành vào ngày { $confirmed }, đã xác nhận tiêu chuẩn mà không có thay đổi nào.
}
letter-review-ask = { $has_deadline ->
    [yes] Đợt bỏ phiếu hiện nay sẽ kết thúc vào ngày { $deadline }. Việc soát xét tiêu chuẩn sẽ đòi hỏi nhiều năm làm việc của ban kỹ thuật; khoảng thời gian đó sẽ hữu ích hơn nhiều nếu được dành để giúp các tổ chức áp dụng những hướng dẫn mà tiêu chuẩn đã đưa ra. Vì vậy, tôi trân trọng đề nghị { $acronym } bỏ phiếu xác nhận { $standard }.
    [due] Đợt xem xét định kỳ tiếp theo của tiêu chuẩn phải được tiến hành chậm nhất vào ngày { $due_by }. Việc soát xét tiêu chuẩn sẽ đòi hỏi nhiều năm làm việc của ban kỹ thuật; khoảng thời gian đó sẽ hữu ích hơn nhiều nếu được dành để giúp các tổ chức áp dụng những hướng dẫn mà tiêu chuẩn đã đưa ra. Vì vậy, tôi trân trọng đề nghị { $acronym } bỏ phiếu xác nhận { $standard } khi đợt bỏ phiếu được mở.
   *[other] Việc soát xét tiêu chuẩn sẽ đòi hỏi nhiều năm làm việc của ban kỹ thuật; khoảng thời gian đó sẽ hữu ích hơn nhiều nếu được dành để giúp các tổ chức áp dụng những hướng dẫn mà tiêu chuẩn đã đưa ra. Vì vậy, tôi trân trọng đề nghị { $acronym } bỏ phiếu xác nhận { $standard } khi đợt bỏ phiếu được mở.
}
letter-review-closing = Xin trân trọng cảm ơn Quý Cơ quan đã xem xét đề nghị này. Tôi rất mong được biết { $acronym } dự định bỏ phiếu như thế nào, và sẵn lòng chia sẻ những gì tôi biết về việc sử dụng tiêu chuẩn này { $in_country }.
letter-adopt-opening = Tôi viết thư này để đề nghị { $body } chấp nhận { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} { $country_kind ->
    [territory] thành tiêu chuẩn của { $country }.
   *[country] thành tiêu chuẩn quốc gia của { $country }.
}
letter-adopt-why = Các cơ quan nhà nước và doanh nghiệp chi một phần lớn thu nhập quốc dân cho hàng hóa, xây lắp và dịch vụ, và cách họ mua sắm định hình điều kiện lao động, lượng phát thải và kinh tế địa phương tới tận những mắt xích xa trong chuỗi cung ứng. ISO 20400 cung cấp cho họ hướng dẫn được thống nhất ở cấp quốc tế để tính đến những tác động này: từ chính sách mua sắm và cam kết của lãnh đạo đến việc lựa chọn nhà cung cấp và quản lý hợp đồng. Tiêu chuẩn áp dụng cho các tổ chức thuộc mọi quy mô và lĩnh vực, dù là khu vực công hay khu vực tư nhân.
letter-adopt-evidence = { $adopted ->
    [0] ISO đã xác nhận tiêu chuẩn trong đợt xem xét định kỳ gần nhất, hoàn thành vào ngày { $confirmed }, vì vậy tiêu chuẩn vẫn hiện hành và ổn định.
   *[other] Đã có ít nhất { $adopted } cơ quan tiêu chuẩn quốc gia chấp nhận tiêu chuẩn này, và ISO đã xác nhận tiêu chuẩn trong đợt xem xét định kỳ gần nhất, hoàn thành vào ngày { $confirmed }, vì vậy tiêu chuẩn vẫn hiện hành và ổn định.
}
letter-adopt-ask = Việc chấp nhận tiêu chuẩn ở dạng hoàn toàn tương đương với văn bản quốc tế sẽ mang lại cho bên mua và nhà cung cấp { $in_country } một tài liệu tham chiếu được thừa nhận mà hồ sơ mời thầu công và chính sách của doanh nghiệp có thể viện dẫn, đồng thời giúp việc hài hòa với các đối tác thương mại đã sử dụng tiêu chuẩn này trở nên dễ dàng hơn. Tôi trân trọng đề nghị { $acronym } tiến hành việc chấp nhận { $standard } và, nếu có thể, xuất bản tiêu chuẩn bằng { $language }.
letter-adopt-ask-in-progress = Tôi được biết { $acronym } đã bắt đầu việc chấp nhận { $standard }. Một ấn bản hoàn toàn tương đương với văn bản quốc tế sẽ mang lại cho bên mua và nhà cung cấp { $in_country } một tài liệu tham chiếu được thừa nhận mà hồ sơ mời thầu công và chính sách của doanh nghiệp có thể viện dẫn. Tôi trân trọng đề nghị { $acronym } hoàn tất việc chấp nhận và công bố tiêu chuẩn, nếu có thể bằng { $language }, đồng thời thông báo cho những người sẽ sử dụng tiêu chuẩn khi tiêu chuẩn được phát hành.
letter-adopt-closing = Xin trân trọng cảm ơn Quý Cơ quan đã xem xét đề nghị này. Tôi rất mong có dịp trình bày thêm với Quý Cơ quan về mối quan tâm đối với tiêu chuẩn này { $in_country }, cũng như được biết các bước tiếp theo có thể thực hiện.
letter-translate-opening = Tôi viết thư này để đề nghị { $body } cung cấp { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard }
} bằng { $language }.
letter-translate-opening-exists = Tôi viết thư này gửi Quý Cơ quan về { $edition }, ấn bản { $language } của { $has_title ->
    [yes] { $standard }, “{ $title }”,
   *[no] { $standard },
} do { $acronym } phát hành.
letter-translate-why = Mua sắm bền vững là công việc hằng ngày của bên mua, nhà cung cấp, người quản lý hợp đồng và cán bộ, công chức, nhiều người trong số họ chỉ đọc tài liệu hướng dẫn bằng ngôn ngữ của chính mình. ISO 20400 hiện có các ấn bản chính thức của ISO bằng tiếng Anh và tiếng Pháp, cùng một bản dịch chính thức sang tiếng Tây Ban Nha; đối với những người { $in_country } làm việc bằng { $language }, một ấn bản quốc gia sẽ biến văn bản quốc tế này thành một công cụ thiết thực mà họ có thể chia sẻ với đội ngũ và nhà cung cấp của mình.
letter-translate-why-exists = Mua sắm bền vững là công việc hằng ngày của bên mua, nhà cung cấp, người quản lý hợp đồng và cán bộ, công chức, nhiều người trong số họ chỉ đọc tài liệu hướng dẫn bằng ngôn ngữ của chính mình. Với { $edition }, những người { $in_country } làm việc bằng { $language } đã có tiêu chuẩn này bằng ngôn ngữ của chính mình; điều quan trọng hiện nay là họ biết đến ấn bản này và đưa nó vào áp dụng cùng đội ngũ và nhà cung cấp của mình.
letter-translate-evidence = { $adopted ->
    [0] ISO đã xác nhận tiêu chuẩn trong đợt xem xét định kỳ gần nhất, hoàn thành vào ngày { $confirmed }, vì vậy một bản dịch được thực hiện ngay bây giờ sẽ còn hữu ích trong nhiều năm.
   *[other] Đã có ít nhất { $adopted } cơ quan tiêu chuẩn quốc gia chấp nhận tiêu chuẩn này, và ISO đã xác nhận tiêu chuẩn trong đợt xem xét định kỳ gần nhất, hoàn thành vào ngày { $confirmed }, vì vậy một bản dịch được thực hiện ngay bây giờ sẽ còn hữu ích trong nhiều năm.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO đã xác nhận tiêu chuẩn trong đợt xem xét định kỳ gần nhất, hoàn thành vào ngày { $confirmed }, vì vậy { $edition } sẽ còn hiện hành trong nhiều năm.
   *[other] Đã có ít nhất { $adopted } cơ quan tiêu chuẩn quốc gia chấp nhận tiêu chuẩn này, và ISO đã xác nhận tiêu chuẩn trong đợt xem xét định kỳ gần nhất, hoàn thành vào ngày { $confirmed }, vì vậy { $edition } sẽ còn hiện hành trong nhiều năm.
}
letter-translate-ask = Tôi trân trọng đề nghị { $acronym } biên soạn và xuất bản ấn bản { $language } của { $standard }, dưới hình thức chấp nhận thành tiêu chuẩn quốc gia hoặc bản dịch được bán kèm theo văn bản quốc tế, đồng thời thông báo cho những người sẽ sử dụng khi ấn bản này được phát hành.
letter-translate-ask-exists = Tôi xin cảm ơn { $acronym } đã cung cấp { $edition } bằng { $language }. Tôi trân trọng đề nghị Quý Cơ quan phổ biến rộng rãi ấn bản này tới bên mua, nhà cung cấp và cán bộ, công chức { $in_country }, và cập nhật ấn bản cho phù hợp với văn bản quốc tế khi ISO soát xét tiêu chuẩn trong lần tới.
letter-translate-closing = Xin trân trọng cảm ơn Quý Cơ quan đã xem xét đề nghị này. Tôi rất sẵn lòng góp phần phổ biến bản dịch { $in_country } khi bản dịch được xuất bản.
letter-sign-off = Trân trọng,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = tại quốc gia của Quý Cơ quan ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, ngày { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = cơ quan tiêu chuẩn quốc gia của quý vị
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = quốc gia của quý vị
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = tại quốc gia của quý vị
open-letter-generic-deadline = ngày kết thúc bỏ phiếu
open-letter-generic-committee = ban kỹ thuật ISO phụ trách tiêu chuẩn này
