# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = 日本語
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
letter-subject-review = ご協力のお願い：{ $standard }の定期見直しにおける「確認」への投票
letter-subject-adopt = { $country_kind ->
    [territory] ご協力のお願い：{ $standard }の{ $country }の規格としての採用
   *[country] ご協力のお願い：{ $standard }の{ $country }の国家規格としての採用
}
letter-subject-translate = ご協力のお願い：{ $standard }の{ $language }版の発行
letter-subject-translate-exists = ご協力のお願い：{ $edition }（{ $standard }の{ $language }版）の周知
letter-greeting = 拝啓　時下ますますご清栄のこととお慶び申し上げます。
letter-review-opening = さて、本状は、{ $has_title ->
    [yes] { $standard }「{ $title }」
   *[no] { $standard }
}の定期見直しにおける{ $body }の投票について、お願いを申し上げるものです。同規格を現行のまま「確認」とする票を投じていただきたく存じます。
letter-review-why = ISO 20400は、あらゆる規模・業種の組織に、持続可能な調達のための共通の枠組みを提供しています。購入する製品やサービスが環境・社会・経済に及ぼす影響をサプライチェーン全体にわたってどのように評価するか、そしてそれを方針、プロセス、日々の業務にどのように組み込むかを示すものです。同規格の発行以降、気候変動、サーキュラーエコノミー、人権、企業倫理は最重要課題となり、その取り組みの多くはサプライチェーンの中で行われています。同規格はまさにこうした課題のために作成されたものであり、今なおそれらに対処するための確かな枠組みです。
letter-review-evidence = { $adopted ->
    [0] ISOは、{ $confirmed }に完了した前回の定期見直しにおいて、同規格を変更なしで確認しました。
   *[other] 少なくとも{ $adopted }か国の国家標準化機関が同規格を国家規格として採用しており、{ $confirmed }に完了した前回の定期見直しでも、同規格は変更なしで確認されています。
}
letter-review-ask = { $has_deadline ->
    [yes] 現在の投票は{ $deadline }に締め切られます。規格を改訂するとなれば、委員会による数年がかりの作業が必要となります。その時間は、同規格がすでに示している指針を各組織が実践できるよう支援することに充てるほうが、はるかに有意義であると考えます。以上の理由から、{ $acronym }におかれましては、{ $standard }の「確認」に投票していただきますよう、謹んでお願い申し上げます。
    [due] 同規格の次回の定期見直しは、{ $due_by }までに実施されることとなっています。規格を改訂するとなれば、委員会による数年がかりの作業が必要となります。その時間は、同規格がすでに示している指針を各組織が実践できるよう支援することに充てるほうが、はるかに有意義であると考えます。以上の理由から、{ $acronym }におかれましては、投票が開始された際に{ $standard }の「確認」に投票していただきますよう、謹んでお願い申し上げます。
   *[other] 規格を改訂するとなれば、委員会による数年がかりの作業が必要となります。その時間は、同規格がすでに示している指針を各組織が実践できるよう支援することに充てるほうが、はるかに有意義であると考えます。以上の理由から、{ $acronym }におかれましては、投票が開始された際に{ $standard }の「確認」に投票していただきますよう、謹んでお願い申し上げます。
}
letter-review-closing = 本件についてご検討いただけますと幸いです。{ $acronym }の投票方針をお聞かせいただければありがたく存じます。また、{ $in_country }同規格がどのように活用されているかについて、私の知る限りのことを喜んでお伝えいたします。何卒よろしくお願い申し上げます。
letter-adopt-opening = さて、本状は、{ $has_title ->
    [yes] { $standard }「{ $title }」
   *[no] { $standard }
}を{ $country_kind ->
    [territory] { $country }の規格として
   *[country] { $country }の国家規格として
}採用していただきたく、{ $body }にお願いを申し上げるものです。
letter-adopt-why = 公的機関や企業は、国民所得の大きな割合を物品、工事、サービスの調達に支出しており、その調達のあり方は、サプライチェーンの隅々にまで及んで、労働条件、排出量、地域経済を左右します。ISO 20400は、調達方針や経営層のコミットメントから、サプライヤーの選定、契約管理に至るまで、こうした影響を考慮するための国際的に合意された指針を提供しています。公共・民間を問わず、あらゆる規模・業種の組織に適用できます。
letter-adopt-evidence = { $adopted ->
    [0] ISOは、{ $confirmed }に完了した前回の定期見直しにおいて同規格を確認しており、同規格は現行の安定した規格です。
   *[other] すでに少なくとも{ $adopted }か国の国家標準化機関が同規格を採用しており、ISOも{ $confirmed }に完了した前回の定期見直しにおいて同規格を確認しています。同規格は現行の安定した規格です。
}
letter-adopt-ask = 国際規格に一致した形で採用されれば、{ $in_country }調達に携わる購買担当者やサプライヤーにとって、公共調達の入札や企業方針で引用できる公認の拠り所となり、すでに同規格を活用している取引相手との整合も図りやすくなります。つきましては、{ $acronym }におかれましては、{ $standard }の採用手続きを開始し、可能であれば{ $language }で発行していただきますよう、謹んでお願い申し上げます。
letter-adopt-ask-in-progress = { $standard }につきましては、{ $acronym }においてすでに採用手続きに着手されていると伺っております。国際規格に一致した規格が発行されれば、{ $in_country }調達に携わる購買担当者やサプライヤーにとって、公共調達の入札や企業方針で引用できる公認の拠り所となります。つきましては、{ $acronym }におかれましては、採用手続きを完了し、同規格を可能であれば{ $language }で発行するとともに、入手可能となった際には、利用を望む人々にその旨をお知らせいただきますよう、謹んでお願い申し上げます。
letter-adopt-closing = 本件についてご検討いただけますと幸いです。{ $in_country }同規格に寄せられている関心について詳しくご説明する機会をいただき、今後考えられる進め方についてお聞かせいただければ、大変ありがたく存じます。何卒よろしくお願い申し上げます。
letter-translate-opening = さて、本状は、{ $has_title ->
    [yes] { $standard }「{ $title }」
   *[no] { $standard }
}を{ $language }で利用できるようにしていただきたく、{ $body }にお願いを申し上げるものです。
letter-translate-opening-exists = さて、本状は、{ $acronym }が発行されている{ $has_title ->
    [yes] { $standard }「{ $title }」
   *[no] { $standard }
}の{ $language }版である{ $edition }について、ご連絡申し上げるものです。
letter-translate-why = 持続可能な調達は、調達担当者、サプライヤー、契約管理者、公務員が日々担う実務であり、その多くは母語で書かれた指針しか読みません。ISO 20400には、ISOの公式版である英語版とフランス語版、および公式のスペイン語訳があります。{ $in_country }{ $language }を使って働く人々にとって、国内版が発行されれば、国際的な文書が、チームやサプライヤーと共有できる実用的なツールとなります。
letter-translate-why-exists = 持続可能な調達は、調達担当者、サプライヤー、契約管理者、公務員が日々担う実務であり、その多くは母語で書かれた指針しか読みません。{ $edition }の発行により、{ $in_country }{ $language }を使って働く人々は、すでに母語で同規格を読むことができます。今求められているのは、こうした人々がその存在を知り、チームやサプライヤーとともに実際に活用することです。
letter-translate-evidence = { $adopted ->
    [0] ISOは、{ $confirmed }に完了した前回の定期見直しにおいて同規格を確認しています。そのため、今翻訳すれば、今後何年にもわたって役立つものとなります。
   *[other] 少なくとも{ $adopted }か国の国家標準化機関が同規格を採用しており、ISOも{ $confirmed }に完了した前回の定期見直しにおいて同規格を確認しています。そのため、今翻訳すれば、今後何年にもわたって役立つものとなります。
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISOは、{ $confirmed }に完了した前回の定期見直しにおいて同規格を確認しています。そのため、{ $edition }は今後何年にもわたって有効な規格であり続けます。
   *[other] 少なくとも{ $adopted }か国の国家標準化機関が同規格を採用しており、ISOも{ $confirmed }に完了した前回の定期見直しにおいて同規格を確認しています。そのため、{ $edition }は今後何年にもわたって有効な規格であり続けます。
}
letter-translate-ask = つきましては、{ $acronym }におかれましては、国家規格としての採用、または国際規格と併せて販売する翻訳版のいずれかの形で{ $standard }の{ $language }版を作成・発行し、入手可能となった際には、利用を望む人々にその旨をお知らせいただきますよう、謹んでお願い申し上げます。
letter-translate-ask-exists = { $acronym }におかれましては、{ $edition }を{ $language }でご提供いただいておりますこと、厚く御礼申し上げます。つきましては、{ $in_country }調達に携わる担当者、サプライヤー、公務員に{ $edition }を広く周知していただくとともに、ISOが次に同規格を改訂した際には、これに合わせて速やかに改訂していただきますよう、謹んでお願い申し上げます。
letter-translate-closing = 本件についてご検討いただけますと幸いです。翻訳版が発行された暁には、{ $in_country }広く知られるよう、喜んで協力いたします。何卒よろしくお願い申し上げます。
letter-sign-off = 敬具
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = 貴国（{ $country }）において
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $organisation }　{ $role }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $date }　{ $city }にて

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = 貴国の国家標準化機関
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = 貴国
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = 貴国において
open-letter-generic-deadline = 投票締切日
open-letter-generic-committee = 当該規格を担当するISOの委員会
