# /import: coordinators import spreadsheets (CSV).
nav-import = スプレッドシートの取り込み
import-title = スプレッドシートの取り込み
import-intro = 機関、採用状況、または見直しにおける立場を記載したCSVファイルをアップロードしてください。最初の段階では何も書き込まれません。ファイルによって追加・変更される内容とそのまま残る内容が1行ずつ表示され、拒否された行はすべて、その行番号と理由とともに表示されます。拒否された行が1つもない場合にのみ確定でき、その際はファイル全体が一度に書き込まれるか、何も書き込まれないかのどちらかです。すべての変更は、あなたのアカウントとファイルとともに変更履歴に記録されます。
import-limits = ファイルは{ $megabytes } MB以下、{ $rows }行以下で、UTF-8形式かつ見出し行のあるものに限ります。取り込みで認識されない列は無視されます。
import-kind-bodies = 機関
import-kind-adoptions = 採用状況
import-kind-positions = 見直しにおける立場
import-columns-bodies = 1機関につき1行で、国コード（alpha2）で指定します。ファイルにある列だけを比較します。値を変更するには出典とその日付が必要です（sourceとas_of、または項目ごとにacronym_sourceとacronym_as_of…）。機関一覧のエクスポートはこの形式になっています。
import-columns-adoptions = 規格と機関の組み合わせごとに1行です。statusはadopted、in_progress、not_adopted、unknownのいずれかです（エクスポートではrecord_status列に入っています）。degreeはIDT、MOD、NEQのいずれかで、日付は2017、2017-04、2017-04-19の形式です。変更にはsourceとas_ofが必要です。
import-columns-positions = 見直しサイクルと機関の組み合わせごとに1行です。positionはconfirm、revise、amend、withdraw、abstain、noneのいずれか、kindはintention、vote、resultのいずれか、confidenceはhigh、medium-high、medium、lowのいずれかです。異なる立場はそれぞれ、その機関の履歴に追加されます。
import-template = テンプレートをダウンロード
import-export-current = 現在のデータをダウンロード
import-file-label = CSVファイル
import-upload = ファイルをチェック
import-error-too-large = ファイルのサイズが上限を超えています。
import-error-too-many-rows = ファイルの行数が上限を超えています。
import-error-encoding = ファイルがUTF-8のテキストではありません。“CSV UTF-8”形式で保存してから、もう一度アップロードしてください。
import-error-csv = ファイルをCSVとして読み取れませんでした（閉じられていない引用符はありませんか？）。
import-error-empty = ファイルに取り込む行がありません。
import-error-missing-column = この種類の取り込みに必要な列「{ $column }」がファイルにありません。
import-error-separator = ファイルの列がカンマ、セミコロン、タブのいずれでも区切られていないため、見出し行が1つの列として読み取られています。CSV（カンマ区切りまたはセミコロン区切り）形式で保存し直してから、アップロードしてください。
import-error-choice = この値はここでは使用できません。次のいずれかを使用してください：{ $detail }（大文字・小文字は区別されません）。
import-error-kind = ファイルの内容を選んでください：機関、採用状況、見直しにおける立場のいずれかです。
import-error-unknown-country = この国コードの機関はありません。
import-error-duplicate = ファイル内のこれより前の行で、同じ登録情報が指定されています。
import-error-unknown-standard = このスラッグ（slug）の追跡中の規格はありません。
import-error-unknown-cycle = このスラッグ（slug）の見直しサイクルはありません。
import-error-applied = このファイルはすでに取り込まれています。
import-error-changed = このプレビューの作成後に登録情報が変更されました。確定する前に、下の新しいプレビューをご確認ください。
import-error-nothing = 取り込むものがありません。拒否された行があるか、何も変更されないかのどちらかです。
import-preview-title = { $file }の取り込み
import-count-add = { $count ->
   *[other] 登録情報を追加する行：{ $count }行
}
import-count-change = { $count ->
   *[other] 登録情報を変更する行：{ $count }行
}
import-count-same = { $count ->
   *[other] 登録情報がそのまま残る行：{ $count }行
}
import-count-refused = { $count ->
   *[other] 拒否された行：{ $count }行
}
import-refused-notice = 拒否された行があるため、何も取り込めません。ファイルの該当する行を修正し、もう一度アップロードしてください。
import-nothing-notice = このファイルで変更されるものはありません。
import-confirm-intro = まだ何も書き込まれていません。確定すると、以下のすべての変更が一度に書き込まれます。
import-confirm = { $count ->
   *[other] { $count }行を取り込む
}
import-applied = { $date }に取り込みました。
import-column-line = 行番号
import-column-record = 登録情報
import-column-action = 処理内容
import-column-details = 詳細
import-action-add = 追加
import-action-change = 変更
import-action-same = 変更なし
import-action-refused = 拒否
import-rows-more = { $count ->
   *[other] ほかに{ $count }行ありますが、一覧には表示していません。
}
import-again = 別のファイルをアップロード
import-running = 取り込みを書き込んでいます：{ $total } 行中 { $done } 行…
import-running-start = 取り込みを書き込んでいます…
import-error-storage = ファイルを保存できませんでした。何も取り込まれていません。もう一度お試しください。

## ISO Open Data files (admins)
import-iso-heading = ISOオープンデータ
import-iso-intro = ISOは、委員会（そのPメンバーとOメンバーを含む）とすべての発行文書をオープンデータ（ODC-By）として公開しています。ISOが公開しているファイルをそのままアップロードしてください。形式はCSVまたはJSON Linesで、gzip圧縮の有無は問いません。Quorumはまずファイルをチェックして、追加・変更される内容とそのまま残る内容を表示し、確定すると書き込みます。各値には出典「ISO Open Data, <データセット>, <日付>」が記録されます。
# $megabytes is a number.
import-iso-limits = ファイルサイズは{ $megabytes } MBまでです。
import-iso-dataset = データセット
import-iso-committees = 委員会（iso_technical_committees）
import-iso-deliverables = 発行文書（iso_deliverables_metadata）
import-iso-date = ファイルの日付
import-iso-check = アップロードしてチェック
import-iso-error-dataset = ファイルがISOのどのデータセットかを選んでください。
import-iso-error-format = ファイル名は、ISOのファイルと同じく、.csvまたは.jsonl（あるいは.csv.gz、.jsonl.gz）で終わる必要があります。
import-iso-error-date = ファイルの日付が正しい日付ではありません。
import-iso-error-gone = アップロードされたファイルがサーバー上にありません（サーバーが再起動されました）。もう一度アップロードしてください。
import-iso-error-changed = ファイルを書き込めませんでした。読み取れない行があります。何も書き込まれていません。
import-iso-checking = ファイルをチェックしています…
import-iso-writing = 登録情報を書き込んでいます…
import-iso-applied = 書き込みました。すべての変更は変更履歴に記録されています。
# $count is a number; $source names the dataset and date.
import-iso-read = { $count }件の登録情報を読み取りました（{ $source }）。
import-iso-problems = 読み取れない行があるため、何も書き込めません。ファイルを修正して、もう一度アップロードしてください：
# $line is a line number of the file.
import-iso-problem = { $line }行目：

## Why a line of an ISO Open Data file cannot be read. $column, $columns, $ids and
## $acronyms are the file's own column names (title.en, pMembers.id…), quoted as they are;
## $cell is the value found, cut short; $detail is the file reader's own words (English).
iso-line-unreadable = この行以降、ファイルを読み取れませんでした：{ $detail }
iso-line-too-long = 行が{ $bytes }バイトを超えています。
iso-line-not-number = 「{ $column }」には整数が必要ですが、「{ $cell }」となっています。
iso-line-not-list = 「{ $column }」には角かっこで囲んだリストが必要ですが、「{ $cell }」となっています。
iso-line-missing-columns = ヘッダーに列{ $columns }がありません。
iso-line-cell-count = このレコードのセル数は{ $count }ですが、ヘッダーの列数は{ $expected }です。
iso-line-not-utf8 = レコードが正しいUTF-8ではありません。
iso-line-csv = レコードをCSVとして読み取れません：{ $detail }
iso-line-unpaired = 「{ $ids }」の項目数は{ $ids_count }、「{ $acronyms }」の項目数は{ $acronyms_count }で、数が一致しないため対応付けられません。
iso-line-bad-id = IDは正の数である必要がありますが、{ $cell }となっています。
iso-line-no-id = レコードにIDがありません。
iso-line-no-reference = レコードに番号がありません。
iso-line-no-status = 委員会にステータスがありません。
iso-line-reference = 番号「{ $cell }」に文字も数字も含まれていません。
iso-line-stage-format = 「currentStage」には9093や90.93のような段階コードが必要ですが、「{ $cell }」となっています。
iso-line-unknown-stage = 「currentStage」の値{ $cell }は段階コードではありません。
iso-line-date = 「publicationDate」には2017-04-21のような日付が必要ですが、「{ $cell }」となっています。
iso-line-not-committee = この行は、ISOが公開している形式の委員会データではありません：{ $detail }（{ $column }列目）。
iso-line-not-deliverable = この行は、ISOが公開している形式の発行文書データではありません：{ $detail }（{ $column }列目）。
import-iso-records = 登録情報
import-iso-added = 追加
import-iso-changed = 変更
import-iso-same = 変更なし
import-iso-row-committees = 委員会
import-iso-row-memberships = 委員会のメンバーシップ
import-iso-row-standards = 規格
# $count is a number.
import-iso-unmatched = { $count ->
    [0] 記載されているメンバーはすべて、機関一覧の機関と一致しています。
   *[other] { $count }件の会員IDが、機関一覧のどの機関とも一致しません。照合できないISO会員の一覧をご確認ください。
}
# $opened and $closed are numbers.
import-iso-reviews = 開始された見直しサイクル：{ $opened }件、終了または決定済みの見直しサイクル：{ $closed }件。
import-iso-confirm-intro = ファイル全体が1つのトランザクションで書き込まれます。すべて書き込まれるか、何も書き込まれないかのどちらかです。
import-iso-confirm = これらの登録情報を取り込む

## ISO member ids that match no body (admins)
unmatched-title = 照合できないISO会員
unmatched-intro = ISOの委員会データにはこれらの会員IDが記載されていますが、機関一覧のどの機関にも登録されていません。会員IDが属する国の機関を作成してください（または、既存の機関の登録情報にそのIDを追加してください）。その機関の委員会メンバーシップが、委員会ファイルを出典としてただちに記録されます。
unmatched-none = 委員会データの会員IDはすべて、機関一覧の機関と一致しています。
# $id is ISO's member id.
unmatched-id = ISO会員ID { $id }
# $p and $o are numbers of committees.
unmatched-counts = Pメンバーとして{ $p }委員会、Oメンバーとして{ $o }委員会に参加：
unmatched-country = 国・地域
unmatched-country-choose = 国・地域を選択（機関が未登録のもの）
unmatched-create = メンバーシップとともに機関を作成
unmatched-error-country = 機関の国・地域を選んでください。
unmatched-error-taken = その国・地域にはすでに機関があります。代わりに、その機関の登録情報に会員IDを追加してください。
unmatched-link = 照合できないISO会員
