# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = 繁體中文
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
letter-subject-review = 懇請於定期檢討中投票確認 { $standard }
letter-subject-adopt = { $country_kind ->
    [territory] 懇請將 { $standard } 採用為{ $country }的標準
   *[country] 懇請將 { $standard } 採用為{ $country }的國家標準
}
letter-subject-translate = 懇請以{ $language }出版 { $standard }
letter-subject-translate-exists = 懇請廣泛推廣 { $edition }（{ $standard } 的{ $language }版本）
letter-greeting = 敬啟者：
letter-review-opening = 本人謹就 { $has_title ->
    [yes] { $standard }《{ $title }》的
   *[no] { $standard } 標準的
}定期檢討，以及 { $body } 在是次檢討中的投票事宜致函貴機構，懇請貴機構投票確認該標準，維持現行版本不變。
letter-review-why = ISO 20400 為各種規模、各行各業的機構提供一套共通的可持續採購框架：它闡明如何在整條供應鏈中衡量所採購的貨品及服務對環境、社會和經濟的影響，以及如何將這些考量融入政策、程序和日常實務。自該標準發布以來，氣候變化、循環經濟、人權和商業道德已成為各方議程的重中之重，而當中大量工作正是在供應鏈中進行。該標準正是為應對這些問題而制訂，至今仍是處理這些問題的穩健框架。
letter-review-evidence = { $adopted ->
    [0] ISO 在最近一次定期檢討（於{ $confirmed }完成）中確認該標準，未作任何修改。
   *[other] 目前至少已有 { $adopted } 個國家標準機構將其採用為國家標準；而在最近一次定期檢討（於{ $confirmed }完成）中，該標準亦獲確認，未作任何修改。
}
letter-review-ask = { $has_deadline ->
    [yes] 是次投票將於{ $deadline }截止。修訂該標準須耗費委員會多年的工作時間；若將這些時間用於協助各機構應用標準現有的指引，將更具價值。因此，本人謹懇請 { $acronym } 投票確認 { $standard }。
    [due] 該標準的下一次定期檢討須於{ $due_by }或之前進行。修訂該標準須耗費委員會多年的工作時間；若將這些時間用於協助各機構應用標準現有的指引，將更具價值。因此，本人謹懇請 { $acronym } 在投票展開時投票確認 { $standard }。
   *[other] 修訂該標準須耗費委員會多年的工作時間；若將這些時間用於協助各機構應用標準現有的指引，將更具價值。因此，本人謹懇請 { $acronym } 在投票展開時投票確認 { $standard }。
}
letter-review-closing = 感謝貴機構垂注本請求。如蒙告知 { $acronym } 的投票取向，本人將不勝感激；本人亦樂意分享所知該標準{ $in_country }的應用情況。
letter-adopt-opening = 本人謹致函 { $body }，懇請貴機構將 { $has_title ->
    [yes] { $standard }《{ $title }》
   *[no] { $standard } 標準
}{ $country_kind ->
    [territory] 採用為{ $country }的標準。
   *[country] 採用為{ $country }的國家標準。
}
letter-adopt-why = 公營機構和企業在貨品、工程及服務方面的開支佔國民收入相當大的比重，而它們的採購方式，對供應鏈上下游以至最遠端的勞工狀況、排放量和本地經濟都有深遠影響。ISO 20400 為它們提供國際公認的指引，協助它們將上述影響納入考慮，涵蓋範圍由採購政策和最高管理層的承擔，以至供應商的甄選和合約管理。該標準適用於任何規模、任何行業的機構，不論公營或私營。
letter-adopt-evidence = { $adopted ->
    [0] ISO 在最近一次定期檢討（於{ $confirmed }完成）中確認了該標準，可見該標準現行有效，內容穩定。
   *[other] 目前至少已有 { $adopted } 個國家標準機構採用該標準，而 ISO 亦在最近一次定期檢討（於{ $confirmed }完成）中確認了該標準，可見該標準現行有效，內容穩定。
}
letter-adopt-ask = 若以等同方式採用該標準（即與國際文本完全一致），可為{ $in_country }營運的採購方和供應商提供公認的參考依據，供公開招標文件和企業政策引用，亦有助與已採用該標準的貿易夥伴接軌。本人謹懇請 { $acronym } 展開採用 { $standard } 的程序，並在可行情況下以{ $language }出版。
letter-adopt-ask-in-progress = 據本人了解，{ $acronym } 已展開採用 { $standard } 的程序。與國際文本等同的版本，可為{ $in_country }營運的採購方和供應商提供公認的參考依據，供公開招標文件和企業政策引用。本人謹懇請 { $acronym } 完成採用程序，在可行情況下以{ $language }出版該標準，並於標準推出後通知潛在使用者。
letter-adopt-closing = 感謝貴機構垂注本請求。本人期望有機會向貴機構進一步介紹該標準{ $in_country }所受的關注，並了解下一步可採取的措施。
letter-translate-opening = 本人謹致函 { $body }，懇請貴機構提供 { $has_title ->
    [yes] { $standard }《{ $title }》
   *[no] { $standard } 標準
}的{ $language }版本。
letter-translate-opening-exists = 本人謹就 { $acronym } 出版的 { $edition }，即 { $has_title ->
    [yes] { $standard }《{ $title }》
   *[no] { $standard } 標準
}的{ $language }版本，致函貴機構。
letter-translate-why = 可持續採購是採購人員、供應商、合約管理人員及公職人員的日常工作，而當中不少人只會閱讀以自己語言撰寫的指引。ISO 20400 現有 ISO 官方英文版及法文版，另有一個官方西班牙文譯本；對於{ $in_country }以{ $language }工作的人士而言，本地版本可把這份國際文本轉化為切實可用的工具，方便他們與團隊及供應商分享。
letter-translate-why-exists = 可持續採購是採購人員、供應商、合約管理人員及公職人員的日常工作，而當中不少人只會閱讀以自己語言撰寫的指引。有了 { $edition }，{ $in_country }以{ $language }工作的人士已可閱讀以自己語言撰寫的標準；現在最重要的，是讓他們知悉這個版本，並與團隊及供應商一同加以應用。
letter-translate-evidence = { $adopted ->
    [0] ISO 在最近一次定期檢討（於{ $confirmed }完成）中確認了該標準，因此現時翻譯的版本在未來多年仍將適用。
   *[other] 目前至少已有 { $adopted } 個國家標準機構採用該標準，而 ISO 亦在最近一次定期檢討（於{ $confirmed }完成）中確認了該標準，因此現時翻譯的版本在未來多年仍將適用。
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO 在最近一次定期檢討（於{ $confirmed }完成）中確認了該標準，因此 { $edition } 在未來多年仍將現行有效。
   *[other] 目前至少已有 { $adopted } 個國家標準機構採用該標準，而 ISO 亦在最近一次定期檢討（於{ $confirmed }完成）中確認了該標準，因此 { $edition } 在未來多年仍將現行有效。
}
letter-translate-ask = 本人謹懇請 { $acronym } 編製並出版 { $standard } 的{ $language }版本，可採用為本地標準，亦可作為與國際文本一併發售的譯本，並於該版本推出後通知潛在使用者。
letter-translate-ask-exists = 感謝 { $acronym } 以{ $language }出版 { $edition }。本人謹懇請貴機構向{ $in_country }的採購人員、供應商及公職人員廣泛推廣該版本，並於 ISO 下次修訂該標準時，使其與國際文本保持一致。
letter-translate-closing = 感謝貴機構垂注本請求。譯本出版後，本人樂意協助{ $in_country }推廣該譯本。
letter-sign-off =
    順頌
    台祺
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = 在貴國（{ $country }）
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }，{ $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }，{ $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = 貴國的國家標準機構
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = 貴國
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = 在貴國
open-letter-generic-deadline = 投票截止日期
open-letter-generic-committee = 負責該標準的 ISO 委員會
