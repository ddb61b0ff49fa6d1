# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = 简体中文
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
letter-subject-review = 关于在定期复审中投票确认 { $standard } 的请求
letter-subject-adopt = { $country_kind ->
    [territory] 关于将 { $standard } 采用为{ $country }的标准的请求
   *[country] 关于将 { $standard } 采用为{ $country }国家标准的请求
}
letter-subject-translate = 关于出版 { $standard } 的{ $language }版本的请求
letter-subject-translate-exists = 关于广泛宣传 { $edition }（{ $standard } 的{ $language }版本）的请求
letter-greeting = 尊敬的先生/女士：
letter-review-opening = 我谨就 { $has_title ->
    [yes] { $standard }《{ $title }》的
   *[no] { $standard } 标准的
}定期复审以及 { $body } 在其中的投票事宜致函贵机构，恳请贵机构投票确认该标准，维持现行版本不变。
letter-review-why = ISO 20400 为各种规模、各个行业的组织提供了一套共同的可持续采购框架：它阐明了如何在整个供应链范围内权衡所购产品和服务对环境、社会和经济的影响，以及如何将这些考量融入政策、流程和日常实践。自该标准发布以来，气候变化、循环经济、人权和商业道德已跃居各方议程的首位，而其中大量工作正是在供应链中开展的。该标准正是针对这些问题而制定的，至今仍是应对这些问题的可靠框架。
letter-review-evidence = { $adopted ->
    [0] 在最近一次定期复审（于 { $confirmed } 完成）中，ISO 未作任何修改即确认了该标准。
   *[other] 目前至少已有 { $adopted } 个国家标准机构将其采用为国家标准；在最近一次定期复审（于 { $confirmed } 完成）中，该标准亦未经任何修改即获确认。
}
letter-review-ask = { $has_deadline ->
    [yes] 本轮投票将于 { $deadline } 截止。修订该标准需要委员会投入数年的工作时间，而将这些时间用于帮助各组织落实标准现有的指导内容，显然更有价值。因此，我谨恳请 { $acronym } 投票确认 { $standard }。
    [due] 该标准的下一次定期复审应于 { $due_by } 之前进行。修订该标准需要委员会投入数年的工作时间，而将这些时间用于帮助各组织落实标准现有的指导内容，显然更有价值。因此，我谨恳请 { $acronym } 在投票开启后投票确认 { $standard }。
   *[other] 修订该标准需要委员会投入数年的工作时间，而将这些时间用于帮助各组织落实标准现有的指导内容，显然更有价值。因此，我谨恳请 { $acronym } 在投票开启后投票确认 { $standard }。
}
letter-review-closing = 感谢贵机构对本请求的考虑。如蒙告知 { $acronym } 的投票意向，我将不胜感激；我也十分乐意分享我所了解的该标准{ $in_country }的应用情况。
letter-adopt-opening = 我谨致函，恳请 { $body } 将 { $has_title ->
    [yes] { $standard }《{ $title }》
   *[no] { $standard } 标准
}{ $country_kind ->
    [territory] 采用为{ $country }的标准。
   *[country] 采用为{ $country }国家标准。
}
letter-adopt-why = 公共机构和企业在货物、工程和服务上的支出占国民收入的很大比重，其采购方式深刻影响着供应链上下游乃至最末端的劳动条件、排放水平和地方经济。ISO 20400 为它们提供了国际公认的指南，帮助其将上述影响纳入考量，内容涵盖从采购政策和领导层承诺，到供应商选择和合同管理的各个环节。该标准适用于任何规模、任何行业的组织，无论是公共部门还是私营部门。
letter-adopt-evidence = { $adopted ->
    [0] ISO 在最近一次定期复审（于 { $confirmed } 完成）中确认了该标准，因此该标准现行有效，内容稳定。
   *[other] 目前至少已有 { $adopted } 个国家标准机构采用了该标准，且 ISO 在最近一次定期复审（于 { $confirmed } 完成）中确认了该标准，因此该标准现行有效，内容稳定。
}
letter-adopt-ask = 以等同方式采用该标准（即与国际文本完全一致），将为{ $in_country }开展业务的采购方和供应商提供一份公认的参考依据，可供公共招标文件和企业政策引用，也便于与已在使用该标准的贸易伙伴保持一致。我谨恳请 { $acronym } 启动 { $standard } 的采用程序，并在可能的情况下以{ $language }出版。
letter-adopt-ask-in-progress = 据我了解，{ $acronym } 已启动 { $standard } 的采用程序。与国际文本等同的版本将为{ $in_country }开展业务的采购方和供应商提供一份公认的参考依据，可供公共招标文件和企业政策引用。我谨恳请 { $acronym } 完成采用程序，尽可能以{ $language }出版该标准，并在其发布后告知潜在使用者。
letter-adopt-closing = 感谢贵机构对本请求的考虑。我期待有机会向贵机构进一步介绍该标准{ $in_country }受到的关注，也希望了解后续可能采取的步骤。
letter-translate-opening = 我谨致函，恳请 { $body } 提供 { $has_title ->
    [yes] { $standard }《{ $title }》
   *[no] { $standard } 标准
}的{ $language }版本。
letter-translate-opening-exists = 我谨就 { $acronym } 出版的 { $edition }，即 { $has_title ->
    [yes] { $standard }《{ $title }》
   *[no] { $standard } 标准
}的{ $language }版本，致函贵机构。
letter-translate-why = 可持续采购是采购人员、供应商、合同管理人员和公职人员的日常工作，而他们当中许多人只阅读以本国语言编写的指南。ISO 20400 目前有 ISO 官方英文版和法文版，以及一个官方西班牙文译本；对于{ $in_country }以{ $language }工作的人士而言，一个国家版本将使这份国际文本成为切实可用的工具，便于他们与团队和供应商共享。
letter-translate-why-exists = 可持续采购是采购人员、供应商、合同管理人员和公职人员的日常工作，而他们当中许多人只阅读以本国语言编写的指南。有了 { $edition }，{ $in_country }以{ $language }工作的人士已经能够以本国语言阅读该标准；现在重要的是让他们了解这一版本的存在，并与团队和供应商一起切实加以应用。
letter-translate-evidence = { $adopted ->
    [0] ISO 在最近一次定期复审（于 { $confirmed } 完成）中确认了该标准，因此现在翻译的版本在今后多年内仍将发挥作用。
   *[other] 目前至少已有 { $adopted } 个国家标准机构采用了该标准，且 ISO 在最近一次定期复审（于 { $confirmed } 完成）中确认了该标准，因此现在翻译的版本在今后多年内仍将发挥作用。
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO 在最近一次定期复审（于 { $confirmed } 完成）中确认了该标准，因此 { $edition } 在今后多年内仍将保持现行有效。
   *[other] 目前至少已有 { $adopted } 个国家标准机构采用了该标准，且 ISO 在最近一次定期复审（于 { $confirmed } 完成）中确认了该标准，因此 { $edition } 在今后多年内仍将保持现行有效。
}
letter-translate-ask = 我谨恳请 { $acronym } 编制并出版 { $standard } 的{ $language }版本，既可作为采用该标准的国家标准，也可作为与国际文本一同销售的译本，并在该版本发布后告知潜在使用者。
letter-translate-ask-exists = 感谢 { $acronym } 以{ $language }出版 { $edition }。我谨恳请贵机构向{ $in_country }的采购人员、供应商和公职人员广泛宣传该版本，并在 ISO 下次修订该标准时，使其与国际文本保持一致。
letter-translate-closing = 感谢贵机构对本请求的考虑。译本出版后，我十分乐意协助{ $in_country }推广该译本。
letter-sign-off =
    此致
    敬礼！
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = 在贵国（{ $country }）
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }，{ $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }，{ $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = 贵国国家标准机构
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = 贵国
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = 在贵国
open-letter-generic-deadline = 投票截止日期
open-letter-generic-committee = 负责该标准的 ISO 委员会
