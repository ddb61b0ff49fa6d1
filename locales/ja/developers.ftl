# /developers: the open data API.
nav-developers = オープンデータとAPI
developers-title = オープンデータとAPI
developers-intro = Quorumが一般に公開している情報は、すべてプログラムから読み取れます。機関、規格、国家採用、言語版、見直し、立場、書簡が対象です。キーもログインも不要です。すべての値に出典と確認日が付いています。
developers-openapi = OpenAPIドキュメント（openapi.json）
developers-endpoints-heading = エンドポイント
developers-column-path = パス
developers-column-what = 提供内容
developers-column-example = 例
developers-nsbs = すべての国家標準化機関とその連絡先（各値に出典付き）。機関一覧と同じ絞り込み（q、category、region、sort）が使え、ページ単位で返します。
developers-nsb = 国コードで指定した1つの機関。
developers-nsbs-csv = 同じ機関のスプレッドシート版。各項目の後に出典と日付が続きます。
developers-standards = 追跡している規格と、その基本情報、採用件数、言語版。
developers-standard = 1つの規格。.csvを付けるとスプレッドシート形式になります。
developers-adoptions = 各機関による規格の採用状況。規格のページと同じ絞り込み（status、category、region、sort）が使え、ページ単位で返します。
developers-adoptions-csv = 同じ採用状況のスプレッドシート版。
developers-translations = 規格の言語版（名称、種類、発行者、年、出典）。.csvを付けるとスプレッドシート形式になります。
developers-reviews = すべての定期見直しサイクルと、その日程、状況、結果。
developers-review = 1つの見直し：立場と投票資格ごとの集計、予測される結果、そして結果をまだ変えられるPメンバーの一覧。
developers-positions = 見直しにおける各機関の最新の立場。見直しのページと同じ絞り込み（position、voter、category、region）が使え、ページ単位で返します。
developers-positions-csv = 同じ立場のスプレッドシート版。
developers-letters = 機関宛ての書簡。その機関の言語でも他のどの言語でも作成でき、そのまま送れます。
developers-conventions-heading = APIの応答形式
developers-envelope = JSONの応答はオブジェクトです。データは"data"に、帰属表示は"licence"に入り、件数が増え得る一覧ではページ情報が"pagination"に入ります。スプレッドシートでは、各行の末尾にライセンス列があります。
developers-paging = 一覧は1ページ50件です。別のページはpage=2のように、最大500件まではper_page=500のように指定します。最後を越えたページは空になり、範囲内の数値でないページ番号や件数は拒否されます。
developers-filters = 絞り込みには各ページのアドレスと同じ値を使えます。そのため、絞り込んだページのクエリをコピーすれば、そのままダウンロードに使えます。
developers-errors = エラーは"code"と"message"を持つ"error"オブジェクトで、対応するステータスコード（400、404…）とともに返されます。メッセージは、Accept-Languageヘッダーで指定した言語になります。
developers-caching = 各応答にはETagとLast-Modifiedの日付が付きます。これらをIf-None-MatchまたはIf-Modified-Sinceで送り返すと、変更のない応答は本文なしの304 Not Modifiedとして返ります。
developers-cors = どのウェブサイトも、ブラウザーからAPIを読み取れます（GETに対してCORSを許可しています）。
developers-licence-heading = ライセンスと帰属表示
developers-licence = Quorumのデータは複数の情報源に由来し、それぞれに独自の条件が適用されます。すべての値に出典が記載されています。再利用する際は、Quorumとその出典の両方を表示してください：
developers-open-letters = キャンペーンが公開した公開書簡とその言語。
developers-open-letter = 選んだ言語（lang）、別の言語との並列表示（second）、または特定の機関宛て（nsb）の公開書簡。
developers-translations-api = Quorumが使用するすべての言語。インターフェースにも対応しているか書簡のみか、英語の原文をどれだけカバーしているか、書簡の校閲状況、その言語で最初に書簡を作成する加盟国を示します。

## /developers/translations
languages-title = 翻訳
languages-intro = Quorumのページはインターフェース言語で表示され、書簡はさらに多くの言語で作成されます。各言語の書簡は、まず草案が作られ、その後、ここに名前を掲載している母語話者が読んで校閲します。どなたでもご協力いただけます。方法はソースコードのlocales/README.mdに記載しています。
languages-list-heading = 言語
languages-column-language = 言語
languages-column-kind = 用途
languages-column-letters = 書簡の文面
languages-column-interface = インターフェース
languages-column-review = 書簡の校閲
languages-column-countries = この言語で最初に書簡を作成する加盟国
languages-kind-interface = ページと書簡
languages-kind-letters = 書簡
# $done of $total messages translated.
languages-share = { $done } / { $total }
languages-status-source = 原文
languages-status-drafted = 母語話者による校閲前
# $who: the reviewer's name; $date: when.
languages-status-reviewed = { $who }が{ $date }に校閲
languages-uncovered-heading = まだ英語で書簡を作成している国
languages-uncovered-intro = これらの加盟国の第一言語の書簡はまだないため、書簡は注記を添えて英語で作成されます：
languages-uncovered-none = なし：すべての加盟国が、その国の第一言語で書簡を受け取ります。

## The embeddable widget (/embed/write) and its snippet on /developers.
embed-title = 自国の国家標準化機関に書簡を送る
embed-lead = 国を選択してください。Quorumがその国の標準化機関宛ての正式な書簡を同機関の言語で作成します。そのまま送ることができます。
embed-country = あなたの国
embed-choose = 国を選択してください
embed-write = 書簡を作成
embed-by = Quorum：国際規格を決めるのは誰か、どう連絡を取るか
developers-embed-heading = 「標準化機関に書簡を送る」をあなたのサイトに設置する
developers-embed-intro = このコードスニペットをあなたのサイトのページに貼り付けてください。lang=で指定した言語（en、fr、pt…）で国の一覧を表示し、Quorumの書簡作成画面を新しいタブで開きます。他のサイトがフレームに埋め込めるQuorumのページはこれだけです。Cookieを設定せず、スクリプトも実行しません。
developers-embed-preview = 表示例：
developers-embed-copy = スニペットをコピー
developers-embed-copied = スニペットをコピーしました
developers-embed-frame-title = 自国の国家標準化機関に書簡を送る（Quorum）
