## Standards: adoptions per body, language versions, the world map
nav-standards = 規格

standards-title = Quorumが追跡している規格
standards-intro = 規格ごとに、どの国家標準化機関が採用したか、どの機関がISOの原版を販売するだけか、どの言語で存在するかを示します。数値はすべて、その規格のページにある記録から集計しています。
standards-adoptions = { $count ->
   *[other] 国家採用{ $count }件
}
standards-languages = { $count ->
   *[other] { $count }言語で利用可能
}
standards-open = 採用状況・地図・言語
standards-empty = 追跡している規格はまだありません。

standard-page-title = { $reference }：採用状況と言語
standard-facts-heading = 規格の概要
standard-field-reference = 規格番号
standard-field-title = 規格名称
standard-field-published = 発行日
standard-field-edition = 版
standard-field-committee = 委員会
standard-field-stage = 現在の段階
standard-field-last-confirmed = 定期見直しで最後に確認された日

## Adoption status (ISO/IEC Guide 21-1 degrees of correspondence)
status-adopted-idt = 採用済み・一致（IDT）
status-adopted-idt-def = ISOの原文と一致する国家規格として発行されています。
status-adopted-mod = 採用済み・修正（MOD）
status-adopted-mod-def = 技術的差異を明示し、その理由を説明したうえで、国家規格として発行されています。
status-adopted = 採用済み・対応の程度は未記録
status-adopted-def = 国家規格として発行されていますが、一致か修正かを示す出典はまだ記録されていません。
status-neq = 国家規格・同等でない（NEQ）
status-neq-def = 同じ主題を扱う国家規格ですが、ISOの原文と同等ではありません。NEQは採用ではなく、採用として数えません。
status-in-progress = 採用手続き中
status-in-progress-def = 国内版の意見募集を行うなど、機関が規格の採用に着手していますが、まだ発行していません。
status-sells-only = ISO規格の販売のみ
status-sells-only-def = 国家規格として採用せず、ISOの原版を販売しています。
status-not-adopted = 未採用
status-not-adopted-def = この機関が規格を採用しておらず、販売もしていないことを示す出典があります。
status-unknown = 不明
status-unknown-def = この機関についての記録はまだありません。「不明」は「未採用」という意味ではありません。
status-adopted-any = 採用済み（IDT、MOD、または対応の程度は未記録）

standard-counts-heading = 概要
standard-count-adoptions = { $count ->
   *[other] 国家採用
}
standard-count-adoptions-def = 規格を国家規格として発行した機関（IDT、MOD、または対応の程度が未記録のもの）。NEQは数えません。
standard-count-languages = { $count ->
   *[other] 言語
}
standard-count-languages-def = 規格の本文が存在する言語。ISOの公式版と各国の翻訳版で、草案も含みます。
standard-count-bodies = { $count ->
   *[other] 機関
}
standard-count-show = これらの機関を表示

## Filters, map and table
standard-filter-status = 採用状況
standard-filter-status-all = すべての状況
standard-filter-clear = 絞り込みを解除
standard-showing = { $total ->
   *[other] { $total }機関のうち{ $shown }機関が条件に一致しています。
}
map-heading = 地図
map-description = 世界地図：各国・地域は、その機関による{ $reference }の採用状況に応じて色分けされています。小さな国は円で示しています。国・地域を選ぶと、その機関のページが開きます。下の表にも同じ情報があります。
map-legend = 凡例
map-country-status = { $country }：{ $status }
map-no-body = 一覧にISO会員がありません
map-filtered-out = 現在の絞り込み条件の対象外
map-hint = 国・地域にポインターを合わせるか、Tabキーで移動すると、採用状況が表示されます。
map-hint-touch = 国・地域をタップすると、その機関のページが開きます。下の表で、各国・地域の採用状況を確認できます。
map-skip = 地図をスキップ
table-heading = すべての機関
table-caption = 各機関による{ $reference }の採用状況と出典。列見出しを選ぶと並べ替えられます。
column-status = 状況
column-designation = 国家規格番号
column-adopted-on = 採用日
column-language = 言語
column-source = 出典
sort-ascending = 昇順に並べ替え済み
sort-descending = 降順に並べ替え済み

## Language versions
translations-heading = 言語
translations-intro = 規格の本文が存在する言語と、各版の発行者・発行時期です。
translation-kind-official = ISO公式版
translation-kind-national = 国内翻訳版
translation-kind-draft = 翻訳草案
translations-empty = 言語版はまだ記録されていません。
translation-publisher-year = { $publisher }、{ $year }年
translation-add = 言語版を追加
translation-add-language = 言語コード
translation-add-button = 追加

## Committee and members
committee-heading = 委員会 { $committee }
committee-explain = Pメンバー（積極的参加）は、定期見直しを含むすべての投票に参加しなければなりません。Oメンバー（オブザーバー）は作業を見守り、意見を提出できます。
committee-p-members = { $count ->
   *[other] Pメンバー{ $count }機関
}
committee-o-members = { $count ->
   *[other] Oメンバー{ $count }機関
}
committee-members-empty = メンバーはまだ記録されていません。ISOは委員会のページにメンバーを掲載しています。コーディネーターは、そのページを出典としてここに追加できます。
committee-add-member = メンバーシップを記録
membership-p = Pメンバー
membership-o = Oメンバー
membership-none = メンバーではない

## The standards on a body's page
body-standards-heading = 規格
body-standard-about = { $reference }について
body-sells = ISOの原版を販売
sells-yes = はい
sells-no = いいえ
body-language-versions = この国の言語による版
body-no-version = { $language }版は記録されていません。
body-membership = { $committee }のメンバーシップ

## Fields of adoptions, language versions and standards (forms and history)
field-status = 状況
field-degree = 対応の程度
field-designation = 国家規格番号
field-adopted-on = 採用日
field-method = 採用方法
field-lang = 言語
field-sells = ISOの原版を販売
field-confidence = 出典の信頼度
field-note = 備考
field-title = 名称
field-kind = 版の種類
field-publisher = 発行者
field-year = 年
field-reference = 規格番号
field-committee = 委員会
field-published = 発行日
field-edition = 版
field-stage = 段階コード
field-last-confirmed = 最終確認日
field-membership = メンバーシップ
choice-unknown = 不明
degree-idt = IDT：一致
degree-mod = MOD：修正
degree-neq = NEQ：同等でない
method-endorsement = 承認
method-cover-sheet = 表紙添付
method-reprint = 再印刷
method-translation = 翻訳
method-redraft = 書き直し
confidence-high = 高
confidence-medium-high = 中～高
confidence-medium = 中
confidence-low = 低
adoption-state-adopted = 採用済み
adoption-state-in-progress = 手続き中
adoption-state-not-adopted = 未採用
date-hint = 年、年月、年月日のいずれか：2017、2017-04、2017-04-19。

## Coordinators' forms
edit-adoption-link = 採用情報を編集
edit-adoption-for = { $country } の採用記録を編集
adoption-edit-title = { $country }における{ $reference }
adoption-edit-intro = この機関が規格をどう扱ったかを記録します。出典のない項目は空欄のままにしてください。下の出典と日付は登録情報全体に適用され、その変更履歴に記録されます。
edit-translation-link = 編集
translation-edit-title = { $reference }の{ $language }版
translation-edit-intro = 規格の言語版を1つ記録します。下の出典と日付は、この登録情報の変更履歴に記録されます。
edit-standard-link = 規格情報を編集
standard-edit-title = { $reference }の編集
standard-edit-intro = 確認済みの内容を変更してください。下の出典と日付は、この登録情報の変更履歴に記録されます。
edit-membership-link = メンバーシップを編集
membership-edit-title = { $committee }における{ $body }
membership-edit-intro = ISOの委員会ページの記載に従い、この機関がその委員会のPメンバー（積極的参加）かOメンバー（オブザーバー）かを記録します。
record-save = 保存
record-saved = 保存しました。変更は登録情報の変更履歴に記録されています。
record-history-heading = この登録情報の変更履歴
edit-error-choice = 表示された選択肢から選んでください。
edit-error-partial-date = 年、年月、年月日のいずれか（2017、2017-04、2017-04-19）を入力してください。未来の日付は入力できません。
edit-error-required = この項目は空欄にできません。
edit-error-language = pt、zh-Hans、sr-Latnのような言語コードを入力してください。

## Every standard ISO publishes (ISO Open Data) and the ones coordinators follow
standards-search-label = すべてのISO規格から検索
standards-search-placeholder = 規格番号、番号、タイトル中の語句、または委員会
standards-search-hint = Quorumは、ISOオープンデータにより、ISOが発行するすべての規格を把握しています。採用状況、書簡、見直しの情報があるのは、コーディネーターが追跡している規格だけです。
standards-followed-heading = 追跡中の規格
standards-results-heading = 検索結果
# $count (number) standards match; $query is what the reader typed.
standards-results-count = { $count ->
    [0] 「{ $query }」に一致する規格はありません。
   *[other] 「{ $query }」に一致する規格が{ $count }件あります。
}
# $stage is a harmonized stage code such as 90.93.
standards-result-stage = 段階 { $stage }
standards-followed-badge = 追跡中
# $date is a formatted date.
standard-due-by-short = 次回の見直し期限：{ $date }（Quorumが算出）
standard-field-type = 種類
standard-field-developed-by = 作成委員会
standard-field-due-by = 次回の定期見直しの期限
standard-due-by-derived = ISOが公表した日付ではなく、Quorumが算出した日付です（発行または前回の確認から5年後）。ISOは見直し投票をまとめて送付するため、投票がこれより早く始まることがあります。
standard-field-iso-languages = ISOが発行している言語
standard-field-replaces = 旧規格
standard-field-replaced-by = 後継規格
standard-iso-page = iso.orgのこの規格のページ
standard-not-followed = コーディネーターはこの規格を追跡していません。QuorumはISOが公表しているこの規格の情報を保持していますが、採用状況、書簡、見直しは記録していません。
standard-follow = この規格を追跡する
standard-unfollow = 追跡をやめる
standard-follow-explain = 追跡すると、この規格が規格一覧に加わり、採用状況の表、地図、書簡、見直しの追跡が利用できるようになります。
standard-unfollow-explain = 登録情報は残りますが、この規格は規格一覧、書簡、見直しの追跡から外れます。

## Figures others publish about a standard, quoted as theirs
standard-claims-heading = 外部の発表
# $source is who published the figures, $date when.
standard-claims-by-dated = { $source }（{ $date }）によると：
standard-claims-by = { $source }によると：
standard-claim-adopted = { $count ->
   *[other] { $count }か国が採用
}
standard-claim-selling = { $count ->
   *[other] { $count }の国家標準化機関が販売
}
standard-claim-languages = { $count ->
   *[other] { $count }言語で存在
}
standard-claims-explain = これらは発表元の数値を、公表されたとおりに引用したものです。上に示したQuorum独自の集計は、このページにある記録（それぞれ出典付き）のみに基づいています。
