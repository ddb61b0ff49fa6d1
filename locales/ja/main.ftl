## Site frame
app-name = Quorum
page-title = { $page } · Quorum
# What search engines and link previews show under a page's title (meta description).
site-description = Quorumは、すべての国家標準化機関について、規格を採用したか、規格がどの言語で存在するか、ISOの定期見直しでどう投票するかを追跡し、その機関の言語で書簡を送れるようにします。
meta-body = { $body }（{ $country }）：連絡先、ISO会員区分、採用状況、見直しでの立場（いずれも出典と日付付き）と、この機関に送る書簡。
meta-standard = { $reference }：この規格を採用した国家標準化機関、規格が存在する言語、および定期見直し。
meta-review = { $reference }の定期見直し：記録された各国家標準化機関の立場、予測される結果、まだ結果を変えられる機関。
meta-open-letter = 国家標準化機関に宛てた公開書簡です。読んだり、署名したり、自国の標準化機関に送ったりできます。
skip-to-content = 本文へスキップ
nav-label = メイン
nav-home = ホーム
nav-directory = 標準化機関
language-switcher-label = 言語
footer-provenance = すべての情報に出典と最終確認日を表示しています。空欄は「不明」を意味し、推測で埋めることはありません。
footer-licence = Quorumはフリーソフトウェアです。連絡先データの出典：iso.orgの会員ページ（StanDatによる収集、2021/22年）、ISOオープンデータ（2026年）、および各値の横に記載したその他の情報源。
loading = 読み込み中…
back-to-directory = 機関一覧に戻る
breadcrumb-label = パンくずリスト

## Errors
error-not-found = ページが見つかりませんでした。
error-invalid-input = 入力内容の一部を使用できませんでした。内容をご確認のうえ、もう一度お試しください。
error-storage = Quorumは現在データを読み込めません。しばらくしてから、もう一度お試しください。
error-transport = リクエストがQuorumに届きませんでした。接続状況をご確認のうえ、もう一度お試しください。
error-body-too-large = このリクエストはQuorumで処理できる上限（{ $size }KB）を超えています。入力内容を短くしたうえで、もう一度お試しください。
not-found-title = ページが見つかりません
not-found-body = このアドレスのページはありません。標準化機関へのリンクからアクセスされた場合は、国コードが誤っている可能性があります。国コードは、ブラジルならBRのように、アルファベット2文字です。
not-found-standard = このアドレスには、Quorumが追跡している規格はありません。規格のアドレスには規格番号が入ります（例：ISO 20400なら/standards/iso-20400）。一覧には、Quorumが追跡しているすべての規格が表示されます。
not-found-review = このアドレスには、Quorumに記録された見直しはありません。見直しのアドレスには規格と年が入ります（例：/reviews/iso-20400-2022）。一覧には、Quorumが記録しているすべての見直しが表示されます。
not-found-open-letter = このアドレスで公開されている公開書簡はありません。取り下げられたか、まだ公開されていない可能性があります。一覧には、すべての公開書簡が表示されます。

## Home
home-title = 自国の国家標準化機関を探す
home-heading = 自国の国家標準化機関を見つけ、声を届けましょう
home-intro = Quorumは、ISOに加盟するすべての国家標準化機関を、連絡先および各情報の出典とともに掲載しています。持続可能な調達に関するISO 20400などの規格を推進する方々が、自国で決定権を持つ機関に働きかけられるよう支援します。
search-label = 国名、コード、または標準化機関
search-placeholder = 例：ブラジル、BR、ABNT
search-button = 検索
home-stats-heading = 掲載中のISO会員
home-stats-total = { $count ->
   *[other] 掲載されている標準化機関は{ $count }機関です。ISOの会員区分別の内訳は次のとおりです。
}
home-browse-all = すべての標準化機関を見る
home-next-heading = 今すぐできること
home-step-find = 上の検索欄で、自国の標準化機関を探しましょう。
home-step-write = その機関に書簡を送る
home-step-write-note = （Quorumが機関の言語で、宛先住所入りの書簡の文案を作成します）
home-step-review = 次の見直し：
home-review-closes = （投票締切：{ $date }）
home-review-undated = （投票締切日はまだ記録されていません）
home-step-no-review = 現在、受付中または予定されている見直しはありません。
home-step-reviews-link = すべての見直しを見る

## ISO membership categories
category-member-body = 正会員
category-correspondent = 通信会員
category-subscriber = 購読会員
category-unknown = 区分不明
category-member-body-count = { $count ->
   *[other] 正会員
}
category-correspondent-count = { $count ->
   *[other] 通信会員
}
category-subscriber-count = { $count ->
   *[other] 購読会員
}
category-unknown-count = { $count ->
   *[other] いずれの情報源にも区分の記載がない機関
}
category-member-body-rights = ISO規格の投票権を持ち、自国でISO規格を採用・販売できます。
category-correspondent-rights = 投票権を持たないオブザーバーとして参加し、自国でISO規格を採用・販売できます。
category-subscriber-rights = ISOの活動について情報提供を受けます。投票権はなく、ISO規格の採用・販売も行いません。
category-unknown-note = これらの機関の会員区分は、現時点ではいずれの情報源にも記載されていません。

## Directory
directory-title = 標準化機関
directory-heading = 国家標準化機関
directory-intro = 国名（言語は問いません）、ISO国コード、略称、機関名で検索できます。機関を選ぶと、連絡方法が表示されます。
filter-category = ISO会員区分
filter-category-all = すべての区分
filter-region = 地域
filter-region-all = すべての地域
filter-apply = 結果を表示
search-truncated = 検索語が長いため、最初の100文字のみを使用しました。
directory-count = { $total ->
   *[other] { $total }機関のうち{ $shown }機関を表示しています。
}
directory-no-match = 検索条件に一致する標準化機関はありません。綴りを確認するか、アルファベット2文字の国コードで検索するか、絞り込みを解除してください。
directory-clear-filters = 検索と絞り込みをクリア
column-country = 国・地域
column-acronym = 略称
column-body-name = 標準化機関
column-category = ISO会員区分
column-region = 地域

## Body page
body-page-title = { $body } – { $country }
body-name-with-acronym = { $name }（{ $acronym }）
contact-line = { $label }：{ $value }
value-unknown = 不明
field-source-dated = 出典：{ $source }（{ $date }時点）
field-source-undated = 出典：{ $source }（日付の記録なし）
body-name-unknown = 標準化機関の名称は不明です
field-body-name-en = 英語名称
field-body-name-native = 現地語名称
field-acronym = 略称
field-country = 国・地域
field-category = ISO会員区分
dataset-note = データセットの注記：
field-website = ウェブサイト
field-email = メール
field-phone = 電話
field-fax = FAX
field-address = 郵送先住所
field-iso-member-id = ISO会員ID
card-footnote = 連絡先は変更されることがあります。重要な書簡を送る前に、その機関の公式ウェブサイトでご確認ください。
copy-contact = 連絡先をコピー
contact-copied = 連絡先をコピーしました
download-vcard = vCardをダウンロード
write-letter = この機関に書簡を送る
write-letter-hint = Quorumが{ $body }宛ての正式な書簡を同機関の言語で作成します。そのままコピー、メール送信、印刷ができます。

## Letter composer page
nav-letters = 書簡を作成
letters-title = 標準化機関への書簡
letters-heading = 国家標準化機関への書簡を作成
letters-intro = 宛先の機関、依頼内容、言語を選んでください。Quorumが正式な書簡の文案を作成します。コピー、メール送信、ダウンロード、印刷ができます。
letters-privacy = お名前などの情報は、書簡への記入にのみ使用します。Quorumはこれらを保存しません。下で指定した場合に限り、リンクに含まれます。
letter-field-recipient = 宛先の標準化機関
letter-field-recipient-choose = 国を選択してください
letter-field-purpose = 依頼内容
letter-purpose-review = 定期見直しで規格の「確認」に投票するよう依頼する
letter-purpose-adopt = 規格を国家規格として採用するよう依頼する
letter-purpose-translate = 規格を自国語で発行するよう依頼する
letter-purpose-suggested = Quorumが記録している情報に基づく、この機関へのおすすめです。
letter-field-language = 書簡の言語
letter-language-automatic = その国の主な言語
letter-field-second-language = 対訳として並べる第2言語（任意）
letter-second-language-none = なし
letter-language-default = 既定の言語は、Quorumに{ $country }の主要言語の書簡があればその言語、なければ英語です。
# $language: the country's first language, named in the page's language.
letter-language-missing = Quorumには{ $language }の書簡がまだないため、この書簡は英語で作成されています。「書簡の言語」で別の言語を選ぶこともできます。
# $language: the letter's language, in its own name.
letter-drafted-notice = この翻訳（{ $language }）は、まだ母語話者による校閲を受けていません。
letter-drafted-help = 校閲にご協力ください。
letter-sender-heading = 差出人情報（すべて任意）
letter-field-sender-name = お名前
letter-field-organisation = 所属組織
letter-field-role = 役職・肩書
letter-field-city = 都市名
letter-field-email = メールアドレス
letter-field-personal = ご自身の言葉で書く段落
letter-field-personal-hint = この件があなたやあなたの組織にとってなぜ重要なのかをお書きください。入力した文章は、入力した言語のまま、そのとおりに書簡に挿入されます。
letter-field-share-details = 氏名などの情報もリンクに含める
letter-field-limit = { $max }文字以内。
letter-update = 書簡を更新
letter-preview-heading = 書簡のプレビュー
letter-preview-live = 入力に合わせて書簡が更新されます。
letter-to = 宛先：{ $recipient }
letter-subject = 件名：{ $subject }
letter-copy = 書簡をコピー
letter-copied = 書簡をコピーしました
letter-mailto = メールソフトで開く
letter-mailto-no-address = この機関のメールアドレスが記録されていないため、書簡をメールソフトで開くことはできません。代わりにコピーまたはダウンロードしてください。
letter-mailto-too-long = この書簡のリンクは{ $length }文字になり、一部のメールソフトが扱える長さを超えています。本文が途中で切れて届いた場合は、書簡をコピーして新規メールに貼り付けてください。
letter-download = テキストとしてダウンロード
letter-print = 印刷用ページ
letter-share = この書簡へのリンク
letter-share-hint = 同じ機関、依頼内容、言語で作成画面を開きます。Quorumのサーバーには何も保存されません。
letter-facts-heading = 書簡の根拠となる情報
letter-fact-adopted = { $count ->
   *[other] Quorumには、{ $standard }の国家規格としての採用が{ $count }件記録されています。
}
letter-fact-confirmed = 前回の定期見直しは{ $date }に完了し、結果は「確認」でした。
letter-fact-ballot = 定期見直しの投票締切は{ $date }です。
letter-fact-no-ballot = 受付中の定期見直し投票が記録されていないため、書簡には締切日を記載していません。
letter-fact-title = 使用する規格名称：{ $title }
letter-choose-body = 上で標準化機関を選ぶと、書簡が表示されます。

## Letter input errors. $field is the label of the field.
letter-error-too-long = { $field }：{ $max }文字以内で入力してください（現在{ $length }文字）。
letter-error-control = { $field }：タブや制御文字を使わず、1行で入力してください。
letter-error-email = メールアドレスは、name@example.orgのような形式で入力してください。
letter-error-purpose = 依頼内容を選んでください（定期見直しでの確認、採用、翻訳のいずれか）。
letter-error-language = その言語の書簡はQuorumにありません。一覧から選んでください。
letter-error-body = その国コードの標準化機関はありません。一覧から選んでください。
letter-error-summary = 書簡は更新されませんでした。下記の指摘箇所を修正してください。

## Print page
letter-print-title = { $body }宛ての書簡
letter-print-back = 作成画面に戻る
letter-print-button = 印刷
letter-print-hint = A4サイズで印刷されます。お名前の上に手書きで署名してください。
letter-signature-line = 署名

## Accounts. The public never needs one; coordinators and admins sign in to record data.
nav-sign-in = コーディネーター用ログイン
nav-account = アカウント
nav-signed-in-as = ログイン中のアカウント：
signin-title = ログイン
signin-heading = Quorumにログイン
signin-intro = コーディネーターと管理者は、ログインして標準化機関について得た情報を記録します。それ以外の方は、アカウントなしでQuorumをご利用いただけます。
signin-email = メールアドレス
signin-password = パスワード
signin-submit = ログイン
signin-already = すでに{ $email }としてログインしています。
account-title = アカウント
account-heading = アカウント
account-signed-in-as = { $email }（{ $role }）としてログインしています。
account-sign-out = ログアウト
account-sign-in-needed = このページはコーディネーターと管理者向けです。先にログインしてください。
account-go-sign-in = ログイン画面へ
role-admin = 管理者
role-coordinator = コーディネーター
error-unauthorized = 先にログインしてください。
error-forbidden = このアカウントには、この操作を行う権限がありません。
error-bad-credentials = メールアドレスまたはパスワードが正しくありません。
error-busy = Quorum は他のサインインを確認中です。何も確認されていません。数秒後にもう一度お試しください。
error-rate-limited = { $minutes ->
   *[other] 失敗した回数が多すぎます。{ $minutes }分後にもう一度お試しください。
}
error-cross-origin = このリクエストは別のウェブサイトから送信されたため、Quorumは実行しませんでした。

## Editing the directory (coordinators) and the record's history
nav-changes = 最近の変更
edit-link = この登録情報を編集
edit-title = { $body }の編集
edit-heading = { $body }の登録情報を編集
edit-intro = 確認済みの内容を変更し、不明な項目は空欄のままにしてください。各変更は、入力された出典と日付とともに保存され、この登録情報の変更履歴に表示されます。
edit-source = 新しい情報の出典
edit-source-hint = ウェブアドレスまたは簡単な説明（例：「ABNTウェブサイト、お問い合わせページ」）。
edit-as-of = 確認した日付
edit-save = 変更を保存
edit-category-unknown = 不明
edit-saved = 変更を保存しました。
edit-error-too-long = { $max }文字以内で入力してください。
edit-error-control = タブや制御文字を使わず、1行で入力してください。
edit-error-email = メールアドレスは、name@example.orgのような形式で入力し、複数ある場合は半角セミコロン（;）で区切ってください。
edit-error-website = ウェブアドレスは、www.example.orgのような形式で入力してください。
edit-error-category = ISOの会員区分から1つ選んでください。
edit-error-source-required = 新しい情報の出典を入力してください。
edit-error-date = 日付はYYYY-MM-DDの形式で入力してください。未来の日付は入力できません。
edit-error-no-change = 変更がないため、何も保存されませんでした。
error-invalid-fields = 修正が必要な項目があるため、何も保存されませんでした。各項目の横に表示されたメッセージをご確認ください。
error-edit-conflict = 編集中に他の方がこの登録情報を変更したため、何も保存されませんでした。その変更内容を以下に示します。最新の内容を編集するには、ページを再読み込みしてください。
edit-conflict-field = { $field }：現在は{ $value }
history-heading = この登録情報の変更履歴
history-empty = データセットの取り込み以降、変更はありません。
history-entry = { $field }：{ $before } → { $after }
history-by = { $date }、{ $who }による変更
history-by-coordinator = コーディネーター
history-source = 出典：{ $source }（{ $date }に確認）
changes-title = 最近の変更
changes-heading = 機関一覧の最近の変更
changes-filter-nsb = 国コード
changes-filter-field = 項目
changes-filter-who = コーディネーターのメールアドレス
changes-filter-any = すべての項目
changes-apply = 絞り込む
changes-empty = この条件に一致する変更はありません。

## Corrections from the public, and the coordinators' queue
report-heading = 修正を報告
report-intro = 誤っている情報や古くなった情報はありませんか？正しい値とその出典をお知らせください。公開前にコーディネーターが確認します。アカウントは不要です。
report-field = 修正する項目
report-value = 正しい値（「不明」と表示すべき場合は空欄のままにしてください）
report-source = 出典
report-source-hint = ウェブアドレスまたは簡単な説明（例：「ABNTウェブサイト、お問い合わせページ」）。
report-email = メールアドレス（任意。この件についてコーディネーターから問い合わせてもよい場合のみ）
report-submit = 修正を送信
report-thanks = ありがとうございます。お送りいただいた修正は、公開前にコーディネーターが確認します。
report-error-too-many = 短時間に複数の修正が送信されました。1時間後にもう一度お試しください。
report-error-field = 修正する項目を選んでください。
corrections-title = 修正報告
corrections-heading = 一般の方から寄せられた修正報告
corrections-open-count = { $count ->
   *[other] 未処理の修正報告が{ $count }件あり、コーディネーターの対応を待っています。
}
corrections-empty = 未処理の修正報告はありません。ありがとうございます。
corrections-current = 現在の値：{ $value }
corrections-proposed = 修正案：{ $value }
corrections-source = 記載された出典：{ $source }
corrections-reporter = { $date }、{ $email }による報告
corrections-reporter-anonymous = { $date }の報告（メールアドレスなし）
corrections-accept = 承認
corrections-edit-accept = 編集して承認
corrections-reject = 却下
corrections-reason = 却下の理由
corrections-error-reason = 却下の理由を入力してください。
corrections-error-closed = この修正報告は、すでに他の方が処理しました。
corrections-accepted = 修正を反映し、変更履歴に記録しました。
corrections-rejected = 修正報告を却下しました。

## Managing accounts (admins) and one-time links
nav-accounts = アカウント管理
accounts-title = アカウント
accounts-heading = コーディネーターと管理者
accounts-intro = メールアドレスを指定して招待できます。Quorumが1回限り有効なリンクを作成しますので、ご自身で相手に送ってください。リンクの有効期間は{ $hours }時間で、1回だけ使用できます。
accounts-email = メールアドレス
accounts-role = 役割
accounts-status-active = 有効
accounts-status-disabled = 無効
accounts-invite = 招待リンクを作成
accounts-link-invite = { $email }宛ての招待リンク（ご自身で送信してください。有効期間は{ $hours }時間で、1回だけ使用できます）：
accounts-link-reset = { $email }のパスワード再設定リンク（ご自身で送信してください。有効期間は{ $hours }時間で、1回だけ使用できます）：
accounts-disable = 無効にする
accounts-enable = 有効にする
accounts-reset = パスワード再設定リンクを作成
accounts-you = （あなた）
accounts-error-self = ご自身のアカウントを無効にすることはできません。
accounts-error-exists = このメールアドレスのアカウントはすでに存在します。
invitation-title = パスワードの設定
invitation-heading-invite = Quorumへようこそ
invitation-heading-reset = 新しいパスワードの設定
invitation-intro = { $email }（{ $role }）のパスワードを設定してください。{ $min }文字以上必要です。
invitation-password = 新しいパスワード
invitation-password-again = 新しいパスワード（確認用）
invitation-submit = パスワードを保存してログイン
invitation-error-invalid = このリンクは無効です。すでに使用されたか、有効期限が切れています。管理者に新しいリンクを依頼してください。
invitation-error-mismatch = 2つのパスワードが一致しません。
invitation-error-short = パスワードは{ $min }文字以上にしてください。

## Sources: each cited source's kind, shown after its name.
source-kind-official = （公式）
source-kind-secondary = （二次情報源）
source-kind-derived = （Quorumが算出）
source-secondary-only = 二次情報源のみ：ISOや当該国家標準化機関による確認はありません。
source-separator = {"；"}
directory-relevance = 検索に最も合う結果から順に表示しています。列見出しを選ぶと、その列で並べ替えられます。

## Pages of a long list
pager-label = ページ
pager-previous = 前のページ
pager-next = 次のページ
# $page and $pages are numbers.
pager-position = { $pages }ページ中{ $page }ページ目

## The composer's facts: the review deadline Quorum derives, the owner committee
# $date is a formatted date.
letter-fact-due-by = 受付中の見直し投票はありません。次回の定期見直しの期限は{ $date }です（Quorumが算出：前回の確認から5年後。ISOがこれより早く開始することもあります）。書簡には締切日を記載していません。
# $committee is a committee's reference, such as ISO/TMBG.
letter-fact-committee = 担当委員会：{ $committee }

## A body's category against ISO's committee data
# $count is a number of committees, $committees some of their references, $recorded the recorded category.
category-evidence = { $count ->
    [1] ISOの委員会データでは、この機関は1つの委員会（{ $committees }）のPメンバーとして記載されています。Pメンバーになれるのは正会員だけですが、記録されている会員区分は「{ $recorded }」です。
   *[other] ISOの委員会データでは、この機関は{ $count }の委員会（{ $committees }…）のPメンバーとして記載されています。Pメンバーになれるのは正会員だけですが、記録されている会員区分は「{ $recorded }」です。
}
category-evidence-confirm = この根拠を出典として正会員に記録する
