<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApiCall</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>The answer is larger than %1 bytes, far more than any profile answer, so it was not read. Check the endpoint.</source>
        <translation>応答が %1 バイトを超えており、どのプロフィール応答よりもはるかに大きいため、読み取りませんでした。エンドポイントを確認してください。</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2. Nothing was sent; check the endpoint, or the system&apos;s clock and certificates.</source>
        <translation>%1 とのセキュアな接続が拒否されました：%2。何も送信していません。エンドポイント、またはシステムの時計と証明書を確認してください。</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>ネットワークエラー：%1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of 200: %2</source>
        <translation>サーバーが 200 ではなく HTTP %1 を返しました：%2</translation>
    </message>
    <message>
        <source>The request had been sent, so the change may have reached the server. It was not sent again: read the account back to see whether it was stored.</source>
        <translation>リクエストは送信済みのため、変更がサーバーに届いている可能性があります。再送はしていません。アカウントを読み戻して、保存されたかどうかを確認してください。</translation>
    </message>
    <message>
        <source>The server or the network may be down; try again, or try the backup domain.</source>
        <translation>サーバーまたはネットワークが停止している可能性があります。再試行するか、バックアップドメインを試してください。</translation>
    </message>
    <message>
        <source>No complete answer from %1 within %2 ms.</source>
        <translation>%1 から %2 ミリ秒以内に完全な応答がありませんでした。</translation>
    </message>
    <message>
        <source>The connection to %1 closed before any answer.</source>
        <translation>%1 との接続が応答の前に閉じられました。</translation>
    </message>
</context>
<context>
    <name>ApiCommand</name>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>ApiCommandOutput</name>
    <message>
        <source>Attempts: %1</source>
        <translation>試行回数：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果：%1</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>説明：%1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>次の手順：%1</translation>
    </message>
    <message>
        <source>  attempt %1 (random %2, %3 ms): %4</source>
        <translation>  %1 回目の試行（random %2、%3 ミリ秒）：%4</translation>
    </message>
    <message>
        <source>Outcome: unknown (random %1). The write may have reached the server and been stored, or not.</source>
        <extracomment>&quot;unknown&quot; stays in English, for scripts that look for it, like the wire names.</extracomment>
        <translation>結果：unknown（random %1）。書き込みはサーバーに届いて保存された可能性も、そうでない可能性もあります。</translation>
    </message>
    <message>
        <source>Check what the server holds before you try again:</source>
        <translation>再試行する前に、サーバーが保持している値を確認してください：</translation>
    </message>
</context>
<context>
    <name>BulkCommand</name>
    <message>
        <source>Change many accounts from a CSV/TSV file or an accounts list, resumably.</source>
        <translation>CSV/TSV ファイルまたはアカウントリストから多数のアカウントをまとめて変更します。中断しても再開できます。</translation>
    </message>
    <message>
        <source>Checks the whole input first (every problem with its line and column), reads the current values, then sends one portrait_set per account with only the fields that change, at most --rate calls per second. The job is stored before the first write, so an interrupted job can be resumed with --resume. Exit codes: 0 every row ok or unchanged; 1 a row failed or its outcome is unknown; 2 bad input, nothing sent; 3 a network failure stopped the job (resume it).</source>
        <translation>まず入力全体を検査し（すべての問題を行と列とともに示します）、現在の値を読み取ってから、変更するフィールドだけを含めた portrait_set をアカウントごとに 1 回送信します。呼び出しは毎秒最大 --rate 回です。ジョブは最初の書き込みの前に保存されるため、中断されたジョブは --resume で再開できます。終了コード：0 すべての行が成功または変更なし、1 失敗した行または結果不明の行がある、2 入力に誤りがあり何も送信していない、3 ネットワーク障害でジョブが停止した（ジョブを再開してください）。</translation>
    </message>
    <message>
        <source>A CSV or TSV file with a header row: an account column (account, UserID, From_Account or To_Account) and one column per field; or, with --resume, the job&apos;s ID.</source>
        <translation>ヘッダー行のある CSV または TSV ファイル：アカウント列（account、UserID、From_Account または To_Account）が 1 つと、フィールドごとに 1 列。または --resume を指定した場合はジョブの ID。</translation>
    </message>
    <message>
        <source>A file with one account per line, to set the --set values on each.</source>
        <translation>1 行に 1 アカウントを記したファイル。各アカウントに --set の値を設定します。</translation>
    </message>
    <message>
        <source>With --accounts-file: a field and its value for every account, e.g. Level=3. Repeat for several fields.</source>
        <translation>--accounts-file と併用：すべてのアカウントに設定するフィールドとその値（例：Level=3）。複数のフィールドにはこのオプションを繰り返してください。</translation>
    </message>
    <message>
        <source>Continue the latest unfinished bulk job, or the job whose ID is given.</source>
        <translation>最新の未完了の一括ジョブ、または ID を指定したジョブを再開します。</translation>
    </message>
    <message>
        <source>Read the current values and print what would change; write nothing.</source>
        <translation>現在の値を読み取り、変更される内容を出力します。何も書き込みません。</translation>
    </message>
    <message>
        <source>Calls per second, reads included, from 1 to %1 (default %2: the app&apos;s budget is shared with its own backend).</source>
        <translation>読み取りを含む毎秒の呼び出し回数。1 から %1 まで（既定値 %2：アプリの呼び出し枠はアプリ自身のバックエンドと共有されます）。</translation>
    </message>
    <message>
        <source>Leave rows with problems out (reported as skipped) instead of refusing the whole input.</source>
        <translation>入力全体を拒否する代わりに、問題のある行を除外します（スキップとして報告）。</translation>
    </message>
    <message>
        <source>The file&apos;s delimiter: a comma, a semicolon or &quot;tab&quot; (default: detected from the header).</source>
        <translation>ファイルの区切り文字：カンマ、セミコロン、または「tab」（既定：ヘッダーから検出）。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding when it is not UTF-8 or UTF-16 with a BOM, e.g. GB18030, Shift_JIS or EUC-KR.</source>
        <translation>ファイルが UTF-8 でも BOM 付き UTF-16 でもない場合のエンコーディング（例：GB18030、Shift_JIS、EUC-KR）。</translation>
    </message>
    <message>
        <source>Write the result of every row to this CSV file (UTF-8 with BOM).</source>
        <translation>すべての行の結果をこの CSV ファイルに書き込みます（BOM 付き UTF-8）。</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>進行状況を出力しません。</translation>
    </message>
    <message>
        <source>--rate wants a whole number of calls per second from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--rate には 1 から %1 までの整数で毎秒の呼び出し回数を指定してください。「%2」は使えません。</translation>
    </message>
    <message>
        <source>--resume continues a stored job with its own input; --%1 does not go with it.</source>
        <translation>--resume は保存されたジョブをそのジョブ自身の入力で再開します。--%1 は併用できません。</translation>
    </message>
    <message>
        <source>--resume takes at most one job ID.</source>
        <translation>--resume に指定できるジョブ ID は 1 つまでです。</translation>
    </message>
    <message>
        <source>Give either a CSV/TSV FILE or --accounts-file FILE with --set TAG=VALUE.</source>
        <translation>CSV/TSV の FILE か、--accounts-file FILE と --set TAG=VALUE のどちらかを指定してください。</translation>
    </message>
    <message>
        <source>Give one input file; to edit several, run one job per file.</source>
        <translation>入力ファイルは 1 つだけ指定してください。複数を編集するには、ファイルごとに 1 つのジョブを実行してください。</translation>
    </message>
    <message>
        <source>Give at least one --set TAG=VALUE to set on every account of --accounts-file.</source>
        <translation>--accounts-file のすべてのアカウントに設定する --set TAG=VALUE を 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>--report records what a run did; a --dry-run writes nothing to report.</source>
        <translation>--report は実行で行ったことを記録します。--dry-run は何も書き込まないため、報告する内容がありません。</translation>
    </message>
    <message>
        <source>--set goes with --accounts-file; in a CSV/TSV file the columns name the fields.</source>
        <translation>--set は --accounts-file と併用します。CSV/TSV ファイルでは列がフィールドを指定します。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: give a name such as UTF-8, GB18030, Shift_JIS or EUC-KR.</source>
        <translation>不明なエンコーディング「%1」です。UTF-8、GB18030、Shift_JIS、EUC-KR などの名前を指定してください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません：%2</translation>
    </message>
    <message>
        <source>--delimiter wants one character, or &quot;tab&quot;, not &quot;%1&quot;.</source>
        <translation>--delimiter には 1 文字または「tab」を指定してください。「%1」は使えません。</translation>
    </message>
    <message>
        <source>--delimiter is for a CSV/TSV file; an accounts file has one account per line.</source>
        <translation>--delimiter は CSV/TSV ファイル用です。アカウントファイルは 1 行に 1 アカウントです。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as UTF-8, or name its encoding with --encoding (e.g. --encoding GB18030).</source>
        <translation>%1 は UTF-8 のテキストではありません。UTF-8 で保存し直すか、--encoding でエンコーディングを指定してください（例：--encoding GB18030）。</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text. Name the encoding it was saved in with --encoding, or save it as UTF-8.</source>
        <translation>%1 は有効な %2 のテキストではありません。保存時のエンコーディングを --encoding で指定するか、UTF-8 で保存し直してください。</translation>
    </message>
    <message>
        <source>To read the file in the encoding it was saved in, name it with --encoding, e.g. --encoding GB18030, --encoding Shift_JIS or --encoding EUC-KR.</source>
        <translation>ファイルを保存時のエンコーディングで読み取るには、--encoding でそのエンコーディングを指定してください（例：--encoding GB18030、--encoding Shift_JIS、--encoding EUC-KR）。</translation>
    </message>
    <message>
        <source>Nothing was sent. Problems: %1. Fix them, or leave the invalid rows out with --skip-invalid.</source>
        <translation>何も送信していません。問題：%1。問題を修正するか、--skip-invalid で無効な行を除外してください。</translation>
    </message>
    <message>
        <source>Nothing was sent. Problems: %1. Fix them first.</source>
        <translation>何も送信していません。問題：%1。先に問題を修正してください。</translation>
    </message>
    <message>
        <source>Rows left out because of their problems (reported as skipped): %1.</source>
        <translation>問題があるため除外した行（スキップとして報告）：%1。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目：%2</translation>
    </message>
    <message>
        <source>the account does not exist</source>
        <translation>アカウントが存在しない</translation>
    </message>
    <message>
        <source>already as asked: %1</source>
        <translation>すでに指定どおり：%1</translation>
    </message>
    <message>
        <source>refused by the server: %1</source>
        <translation>サーバーが拒否：%1</translation>
    </message>
    <message>
        <source>skipped: the row has problems (see above)</source>
        <translation>スキップ：この行には問題がある（上記参照）</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>ドライラン：何も書き込んでいません。</translation>
    </message>
    <message>
        <source>--resume wants a job ID (see chat-profile jobs), not &quot;%1&quot;.</source>
        <translation>--resume にはジョブ ID（chat-profile jobs を参照）を指定してください。「%1」は使えません。</translation>
    </message>
    <message>
        <source>There is no unfinished bulk job to resume; chat-profile jobs lists the jobs.</source>
        <translation>再開できる未完了の一括ジョブはありません。ジョブの一覧は chat-profile jobs で確認できます。</translation>
    </message>
    <message>
        <source>There is no job %1; chat-profile jobs lists the jobs.</source>
        <translation>ジョブ %1 はありません。ジョブの一覧は chat-profile jobs で確認できます。</translation>
    </message>
    <message>
        <source>Job %1 is finished: every row has its result, nothing is left to send.</source>
        <translation>ジョブ %1 は完了しています。すべての行に結果があり、送信するものは残っていません。</translation>
    </message>
    <message>
        <source>Job %1 belongs to SDKAppID %2 (admin %3) at %4, but these options go to SDKAppID %5 (admin %6) at %7. A job writes only where its old values were read: give the job&apos;s connection options. Nothing was sent.</source>
        <translation>ジョブ %1 は %4 の SDKAppID %2（管理者 %3）のものですが、これらのオプションの宛先は %7 の SDKAppID %5（管理者 %6）です。ジョブは古い値を読み取った場所にだけ書き込みます。ジョブの接続オプションを指定してください。何も送信していません。</translation>
    </message>
    <message>
        <source>Job %1: accounts to write: %2 (fields: %3), at %4 calls/s.</source>
        <translation>ジョブ %1：書き込むアカウント：%2（フィールド：%3）、速度 %4 回/秒。</translation>
    </message>
    <message>
        <source>If it is interrupted, continue it with:</source>
        <translation>中断された場合は、次のコマンドで再開してください：</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信していません。</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>レポートを %1 に書き込みました。</translation>
    </message>
    <message>
        <source>The job stopped before every row had its result; rows confirmed OK are not sent again. Continue it with:</source>
        <translation>すべての行の結果が出る前にジョブが停止しました。成功が確認された行は再送信されません。次のコマンドで再開してください：</translation>
    </message>
    <message>
        <source>Job %1: %2 ok, %3 unchanged, %4 failed, %5 skipped, %6 unknown, %7 not sent yet (of %8 rows).</source>
        <translation>ジョブ %1：成功 %2、変更なし %3、失敗 %4、スキップ %5、不明 %6、未送信 %7（全 %8 行）。</translation>
    </message>
    <message>
        <source>Job %1 is not a bulk job; only bulk jobs are resumed. Nothing was sent.</source>
        <translation>ジョブ %1 は一括ジョブではありません。再開できるのは一括ジョブだけです。何も送信していません。</translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message>
        <source>Confirm bulk write</source>
        <translation>一括書き込みの確認</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field</source>
        <translation>
            <numerusform>%Ln 個のフィールド</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields</source>
        <translation>
            <numerusform>%Ln 個のフィールド</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write %1 to %Ln account on connection &quot;%2&quot;?</source>
        <extracomment>%1 is the number of fields (&quot;3 fields&quot;), %2 the connection&apos;s name.</extracomment>
        <translation>
            <numerusform>接続「%2」で %Ln 件のアカウントに %1 を書き込みますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write %1 to %Ln accounts on connection &quot;%2&quot;?</source>
        <translation>
            <numerusform>接続「%2」で %Ln 件のアカウントに %1 を書き込みますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>A sample of the changes</source>
        <translation>変更の例</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Now → new</source>
        <translation>現在 → 新しい値</translation>
    </message>
    <message>
        <source>A sample of the changes, the first accounts of the job:</source>
        <translation>変更の例（ジョブの最初のいくつかのアカウント）：</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Write %Ln account</source>
        <translation>
            <numerusform>%Ln 件のアカウントに書き込む(&amp;W)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Write %Ln accounts</source>
        <translation>
            <numerusform>%Ln 件のアカウントに書き込む(&amp;W)</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm revert</source>
        <translation>取り消しの確認</translation>
    </message>
</context>
<context>
    <name>BulkEditWindow</name>
    <message>
        <source>Bulk edit — Chat Profile Console</source>
        <translation>一括編集 — Chat Profile Console</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>&amp;1 Input</source>
        <translation>&amp;1 入力</translation>
    </message>
    <message>
        <source>&amp;2 Preview</source>
        <translation>&amp;2 プレビュー</translation>
    </message>
    <message>
        <source>&amp;3 Run and results</source>
        <translation>&amp;3 実行と結果</translation>
    </message>
    <message>
        <source>Paste cells</source>
        <translation>セルを貼り付け</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Paused: no new call starts. The answers on their way are still recorded.</source>
        <translation>一時停止中：新しい呼び出しは開始しません。到着途中の応答は引き続き記録されます。</translation>
    </message>
    <message>
        <source>Cancelling: nothing new is sent; waiting for the answers on their way…</source>
        <translation>キャンセル中：新たな送信は行いません。到着途中の応答を待っています…</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>接続：%1</translation>
    </message>
    <message>
        <source>read-only: bulk jobs are refused</source>
        <translation>読み取り専用：一括ジョブは拒否されます</translation>
    </message>
    <message>
        <source>every job is confirmed before it writes</source>
        <translation>すべてのジョブは書き込み前に確認されます</translation>
    </message>
    <message>
        <source>This connection is read-only: it refuses bulk jobs. Pick a connection that may write in the main window.</source>
        <translation>この接続は読み取り専用のため、一括ジョブを拒否します。メインウィンドウで書き込み可能な接続を選んでください。</translation>
    </message>
    <message>
        <source>A job is running; wait for it or cancel it.</source>
        <translation>ジョブが実行中です。終了を待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>Reading the current values…</source>
        <translation>現在の値を読み取り中…</translation>
    </message>
    <message>
        <source>Preview first: Run writes what the preview shows.</source>
        <translation>先にプレビューしてください。「実行」はプレビューに表示された内容を書き込みます。</translation>
    </message>
    <message>
        <source>Nothing to write: every account is already as asked or cannot be written.</source>
        <translation>書き込む内容はありません。すべてのアカウントがすでに指定どおりか、書き込めない状態です。</translation>
    </message>
    <message>
        <source>This connection is read-only: the job was not started.</source>
        <translation>この接続は読み取り専用のため、ジョブを開始しませんでした。</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>スプレッドシート用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>bulk-job-%1-report.csv</source>
        <extracomment>The suggested file name of a bulk job&apos;s report; %1 is the job&apos;s number.</extracomment>
        <translation>一括ジョブ-%1-レポート.csv</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>レポートを書き込み中…</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>レポートを %1 として保存しました。</translation>
    </message>
    <message>
        <source>The job could not be stored, so nothing was sent: %1</source>
        <translation>ジョブを保存できなかったため、何も送信していません：%1</translation>
    </message>
    <message>
        <source>The job could not be read: %1</source>
        <translation>ジョブを読み取れません：%1</translation>
    </message>
    <message>
        <source>Job of %1 from %2: press Resume to send the rows not sent yet; rows that were sent without an answer are read back first.</source>
        <translation>%2 に開始した %1 のジョブ：未送信の行を送信するには「再開」を押してください。送信したものの応答がなかった行は、先に読み戻します。</translation>
    </message>
    <message>
        <source>Storing the job…</source>
        <translation>ジョブを保存しています…</translation>
    </message>
</context>
<context>
    <name>BulkInputPane</name>
    <message>
        <source>Copy the cells in a spreadsheet, header row included, and paste them here (Ctrl+V), or open a CSV or TSV file. One column names the account (account, UserID, From_Account or To_Account); every other column is a field, such as Nick, Gender or Tag_Profile_IM_Level. An empty cell changes nothing; #CLEAR# empties a text field.</source>
        <translation>スプレッドシートでヘッダー行を含めてセルをコピーし、ここに貼り付ける（Ctrl+V）か、CSV または TSV ファイルを開いてください。1 つの列がアカウントを表し（account、UserID、From_Account または To_Account）、ほかの各列は Nick、Gender、Tag_Profile_IM_Level などのフィールドです。空のセルは何も変更しません。#CLEAR# はテキストフィールドを空にします。</translation>
    </message>
    <message>
        <source>&amp;Paste cells</source>
        <translation>セルを貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Paste cells copied from a spreadsheet (Ctrl+V)</source>
        <translation>スプレッドシートからコピーしたセルを貼り付けます（Ctrl+V）</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a CSV or TSV file (Ctrl+O)</source>
        <translation>CSV または TSV ファイルを開きます（Ctrl+O）</translation>
    </message>
    <message>
        <source>File encoding</source>
        <translation>ファイルのエンコーディング</translation>
    </message>
    <message>
        <source>Automatic (UTF-8, or UTF-16 with BOM)</source>
        <translation>自動（UTF-8、または BOM 付き UTF-16）</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>エンコーディング(&amp;E)：</translation>
    </message>
    <message>
        <source>Spreadsheet cells or file</source>
        <translation>スプレッドシートのセルまたはファイル</translation>
    </message>
    <message>
        <source>Accounts, one per line</source>
        <translation>アカウント（1 行に 1 つ）</translation>
    </message>
    <message>
        <source>One account per line</source>
        <translation>1 行に 1 アカウント</translation>
    </message>
    <message>
        <source>Fields to set for every account, one FIELD=VALUE per line</source>
        <translation>すべてのアカウントに設定するフィールド（1 行に「フィールド=値」を 1 つ）</translation>
    </message>
    <message>
        <source>One FIELD=VALUE per line, such as Tag_Profile_IM_Level=3</source>
        <translation>1 行に「フィールド=値」を 1 つ（例：Tag_Profile_IM_Level=3）</translation>
    </message>
    <message>
        <source>&amp;Use this list</source>
        <translation>このリストを使用(&amp;U)</translation>
    </message>
    <message>
        <source>A&amp;ccounts:</source>
        <translation>アカウント(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Fields for all:</source>
        <translation>全アカウント共通のフィールド(&amp;F)：</translation>
    </message>
    <message>
        <source>Accounts list</source>
        <translation>アカウントリスト</translation>
    </message>
    <message>
        <source>No input yet.</source>
        <translation>まだ入力がありません。</translation>
    </message>
    <message>
        <source>Problems in the input</source>
        <translation>入力の問題</translation>
    </message>
    <message>
        <source>Rows of the input</source>
        <translation>入力の行</translation>
    </message>
    <message>
        <source>&amp;Leave out invalid rows (they are reported as skipped)</source>
        <translation>無効な行を除外（スキップとして報告）(&amp;L)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>プレビュー(&amp;V)</translation>
    </message>
    <message>
        <source>Read the accounts&apos; current values and show what will change; nothing is written</source>
        <translation>アカウントの現在の値を読み取り、変更される内容を表示します。何も書き込みません</translation>
    </message>
    <message>
        <source>Checking the pasted cells…</source>
        <translation>貼り付けたセルを検査中…</translation>
    </message>
    <message>
        <source>pasted cells</source>
        <translation>貼り付けたセル</translation>
    </message>
    <message>
        <source>Open a CSV or TSV file</source>
        <translation>CSV または TSV ファイルを開く</translation>
    </message>
    <message>
        <source>Spreadsheet text (*.csv *.tsv *.txt)</source>
        <translation>スプレッドシートのテキスト (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み取り中…</translation>
    </message>
    <message>
        <source>Checking the list…</source>
        <translation>リストを検査中…</translation>
    </message>
    <message>
        <source>accounts list</source>
        <translation>アカウントリスト</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row.</source>
        <translation>
            <numerusform>%1：%Ln 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rows.</source>
        <translation>
            <numerusform>%1：%Ln 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem, listed with its line and column.</source>
        <translation>
            <numerusform>%Ln 件の問題を、行と列とともに一覧表示しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems, listed with their line and column.</source>
        <translation>
            <numerusform>%Ln 件の問題を、行と列とともに一覧表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the input: a problem concerns all of it.</source>
        <translation>入力を修正してください。入力全体にかかわる問題があります。</translation>
    </message>
    <message numerus="yes">
        <source>Fix it, or leave out the %Ln invalid row to go on.</source>
        <translation>
            <numerusform>修正するか、無効な %Ln 行を除外して続行してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix them, or leave out the %Ln invalid rows to go on.</source>
        <translation>
            <numerusform>修正するか、無効な %Ln 行を除外して続行してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row will be left out.</source>
        <translation>
            <numerusform>無効な %Ln 行を除外します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid rows will be left out.</source>
        <translation>
            <numerusform>無効な %Ln 行を除外します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkPreviewPane</name>
    <message>
        <source>Preview the input to see what will change.</source>
        <translation>入力をプレビューして、変更される内容を確認してください。</translation>
    </message>
    <message>
        <source>Preview: what changes per account</source>
        <translation>プレビュー：アカウントごとの変更内容</translation>
    </message>
    <message>
        <source> calls/s</source>
        <extracomment>The unit after the bulk edit&apos;s rate.</extracomment>
        <translation> 回/秒</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Calls per second, reads included. The service allows %1 per app, shared with the app&apos;s own backend; %2 leaves it half.</source>
        <translation>読み取りを含む毎秒の呼び出し回数です。サービスが許可するのはアプリごとに毎秒 %1 回で、アプリ自身のバックエンドと共有されます。%2 にすると半分をバックエンドに残します。</translation>
    </message>
    <message>
        <source>R&amp;ate:</source>
        <translation>速度(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Reading the current values: %1 of %2 accounts…</source>
        <translation>現在の値を読み取り中：%2 アカウント中 %1…</translation>
    </message>
    <message>
        <source>Write the changes shown, paced at the rate set</source>
        <translation>表示された変更を、設定した速度で書き込みます</translation>
    </message>
</context>
<context>
    <name>BulkRunPane</name>
    <message>
        <source>Rows done</source>
        <translation>完了した行</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <extracomment>The bulk job&apos;s progress bar: rows done of all rows.</extracomment>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Start no new call; the answers on their way are awaited</source>
        <translation>新しい呼び出しを開始せず、到着途中の応答を待ちます</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <source>Go on with the rows not sent yet</source>
        <translation>未送信の行の送信を続けます</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>ジョブをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Send nothing more; the answers on their way are awaited and recorded</source>
        <translation>これ以上送信せず、到着途中の応答を待って記録します</translation>
    </message>
    <message>
        <source>&amp;Only failed and unknown rows</source>
        <translation>失敗と不明の行のみ(&amp;O)</translation>
    </message>
    <message>
        <source>Result per row</source>
        <translation>行ごとの結果</translation>
    </message>
    <message>
        <source>Retry &amp;failed rows</source>
        <translation>失敗した行を再試行(&amp;F)</translation>
    </message>
    <message>
        <source>A new job of the rows that failed, through the same checks and pace</source>
        <translation>失敗した行で新しいジョブを作成し、同じ検査と速度で実行します</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>レポートをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save one line per input row as CSV (UTF-8 with BOM, for Excel)</source>
        <translation>入力の各行を 1 行ずつ CSV として保存します（Excel 用、BOM 付き UTF-8）</translation>
    </message>
    <message>
        <source>OK %1</source>
        <translation>成功 %1</translation>
    </message>
    <message>
        <source>unchanged %1</source>
        <translation>変更なし %1</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>失敗 %1</translation>
    </message>
    <message>
        <source>unknown %1</source>
        <translation>不明 %1</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>スキップ %1</translation>
    </message>
    <message>
        <source>%1 calls/s</source>
        <translation>%1 回/秒</translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>残り時間不明</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>残り約 %1</translation>
    </message>
</context>
<context>
    <name>ByteCountingLineEdit</name>
    <message>
        <source>%1 / %2 bytes, over %3</source>
        <translation>%1 / %2 バイト、%3 超過</translation>
    </message>
    <message>
        <source>%1 / %2 bytes</source>
        <translation>%1 / %2 バイト</translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <source>Cannot write the change history</source>
        <translation>変更履歴に書き込めません</translation>
    </message>
    <message>
        <source>%1, not read back</source>
        <translation>%1、読み戻しなし</translation>
    </message>
    <message>
        <source>%1, but did not stick</source>
        <translation>%1、ただし反映されず</translation>
    </message>
    <message>
        <source>%1, read back: stored</source>
        <extracomment>A write that got no answer, read back later: the server holds what was sent.</extracomment>
        <translation>%1、読み戻し：保存済み</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>FAIL %1</source>
        <translation>失敗 %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Outcome unknown: no answer recorded</source>
        <extracomment>A write recorded before it was sent, whose answer was never recorded (the console or the CLI was closed or killed): it may or may not have been stored.</extracomment>
        <translation>結果不明: 応答が記録されていません</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>結果不明</translation>
    </message>
    <message>
        <source>the change history</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>%1 Profiles can still be edited; this session&apos;s changes are not recorded.</source>
        <translation>%1 プロフィールは引き続き編集できますが、このセッションの変更は記録されません。</translation>
    </message>
    <message>
        <source>Cannot clear the change history</source>
        <translation>変更履歴を消去できません</translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message>
        <source>Value %1 for all accounts</source>
        <translation>全アカウント共通の %1 番目の値</translation>
    </message>
    <message>
        <source>The values for all accounts</source>
        <translation>全アカウント共通の値</translation>
    </message>
</context>
<context>
    <name>ChangePlanBuilder</name>
    <message>
        <source>%1 holds a number and cannot be cleared. Write the number it should hold instead (for a birthday, 0 means not set), or leave the cell empty to keep it unchanged.</source>
        <translation>%1 は数値なので消去できません。代わりに設定する数値を書くか（誕生日の 0 は未設定）、セルを空のままにして変更しないでください。</translation>
    </message>
    <message>
        <source>%1 holds one of a fixed set of values and cannot be cleared. Write one of: %2; or leave the cell empty to keep it unchanged.</source>
        <translation>%1 は決められた値のいずれかなので消去できません。次のいずれかを書くか（%2）、セルを空のままにして変更しないでください。</translation>
    </message>
    <message>
        <source>To clear %1 write exactly %2, in capitals and without spaces. Any other spelling is refused, so that a typo neither clears the field nor becomes its text.</source>
        <translation>%1 を消去するには、大文字・空白なしで正確に %2 と書いてください。それ以外の書き方はすべて拒否されるので、入力ミスでフィールドが消えたり、ミスがそのまま値になったりすることはありません。</translation>
    </message>
    <message>
        <source>The account %1 is on lines %2. Keep one row per account: merge these rows into one.</source>
        <translation>アカウント %1 は %2 行目にあります。1 アカウントにつき 1 行にしてください。これらの行を 1 行にまとめてください。</translation>
    </message>
    <message>
        <source>Columns %1 and %2 both name the account. Keep one of them.</source>
        <translation>%1 列と %2 列の両方がアカウントを表しています。どちらか一方だけにしてください。</translation>
    </message>
    <message>
        <source>Columns %1 and %2 both set %3. Keep one of them.</source>
        <translation>%1 列と %2 列の両方が %3 を設定しています。どちらか一方だけにしてください。</translation>
    </message>
    <message>
        <source>No column names the account. Name the column that holds the accounts account, UserID, From_Account or To_Account.</source>
        <translation>アカウントを表す列がありません。アカウントが入った列の名前を account、UserID、From_Account、To_Account のいずれかにしてください。</translation>
    </message>
    <message>
        <source>This row has values but no account. Fill in the account, or delete the row.</source>
        <translation>この行には値がありますが、アカウントがありません。アカウントを記入するか、行を削除してください。</translation>
    </message>
    <message>
        <source>This cell is in a column without a name, so it is not known which field it sets. Name the column in the header line, or empty the cell.</source>
        <translation>このセルは名前のない列にあるため、どのフィールドを設定するのか分かりません。ヘッダー行で列に名前を付けるか、セルを空にしてください。</translation>
    </message>
    <message>
        <source>This row names an account but every field cell is empty, so nothing would change. Fill in the values to set, or delete the row.</source>
        <translation>この行にはアカウントがありますが、フィールドのセルがすべて空なので何も変わりません。設定する値を記入するか、行を削除してください。</translation>
    </message>
    <message>
        <source>Every row below the header is empty. Add one row per account under the header.</source>
        <translation>ヘッダーの下の行がすべて空です。ヘッダーの下にアカウントごとに 1 行を追加してください。</translation>
    </message>
    <message>
        <source>%1 is set twice; give each field once.</source>
        <translation>%1 が 2 回設定されています。各フィールドは 1 回だけ指定してください。</translation>
    </message>
    <message>
        <source>%1 has no value. Give the value to set, or %2 to clear the field.</source>
        <translation>%1 に値がありません。設定する値を指定するか、フィールドを消去するには %2 と書いてください。</translation>
    </message>
    <message>
        <source>Give at least one field and the value to set on every account, for example Nick=Anna.</source>
        <translation>全アカウントに設定するフィールドと値を 1 つ以上指定してください（例：Nick=Anna）。</translation>
    </message>
    <message>
        <source>The list of accounts is empty. Give one account per line.</source>
        <translation>アカウントの一覧が空です。1 行に 1 アカウントずつ書いてください。</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>chat-profile: unknown command &quot;%1&quot;. Run chat-profile --help to see the commands.</source>
        <translation>chat-profile: 不明なコマンド「%1」です。chat-profile --help でコマンドの一覧を確認してください。</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>実行するコマンド（上記を参照）。</translation>
    </message>
    <message>
        <source>Chat Profile Console on the command line: UserSigs, and reading and writing Tencent Cloud Chat user profiles.</source>
        <translation>コマンドライン版 Chat Profile Console：UserSig の扱いと、Tencent Cloud Chat のユーザープロフィールの読み書き。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド：</translation>
    </message>
    <message>
        <source>Run &quot;chat-profile &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>各コマンドのオプションは「chat-profile &lt;command&gt; --help」で確認できます。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 the check or the request failed; 2 bad input, nothing sent; 3 network, TLS, timeout or protocol failure, or a write whose outcome is unknown.</source>
        <translation>終了コード：0 成功、1 チェックまたはリクエストの失敗、2 入力の誤り（何も送信していません）、3 ネットワーク・TLS・タイムアウト・プロトコルの障害、または結果が不明な書き込み。</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
</context>
<context>
    <name>ConfirmWriteDialog</name>
    <message>
        <source>Confirm write</source>
        <translation>書き込みの確認</translation>
    </message>
    <message>
        <source>Write these changes to account &quot;%1&quot; on connection &quot;%2&quot;?</source>
        <translation>接続「%2」のアカウント「%1」に、これらの変更を書き込みますか？</translation>
    </message>
    <message>
        <source>Changes to write</source>
        <translation>書き込む変更</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>サーバー上の現在の値</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新しい値</translation>
    </message>
    <message>
        <source>&amp;Write changes</source>
        <translation>変更を書き込む(&amp;W)</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Use &amp;backup domain</source>
        <translation>バックアップドメインを使用(&amp;B)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>The saved connection to use: app, region and admin.</source>
        <translation>使用する保存済みの接続：アプリ、リージョン、管理者。</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>接続…</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>接続の管理</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>The data centre of your app. A wrong region answers 70016 or 70020.</source>
        <translation>アプリがあるデータセンターです。リージョンが違うと 70016 または 70020 が返されます。</translation>
    </message>
    <message>
        <source>Send to the *.my-imcloud.com backup host, for networks where the primary domain does not resolve.</source>
        <translation>メインのドメインが名前解決できないネットワーク向けに、*.my-imcloud.com のバックアップホストへ送信します。</translation>
    </message>
    <message>
        <source>https://your-gateway.example.com</source>
        <translation>https://your-gateway.example.com</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>カスタムエンドポイント</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R)：</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>接続(&amp;N)：</translation>
    </message>
    <message>
        <source>Local demo server on this computer; nothing leaves it.</source>
        <translation>このコンピューター上のローカルデモサーバーです。データが外部に出ることはありません。</translation>
    </message>
</context>
<context>
    <name>ConnectionManagerDialog</name>
    <message>
        <source>&amp;Read-only: never write to this app</source>
        <translation>読み取り専用：このアプリには書き込まない(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Confirm every write, showing old and new values</source>
        <translation>書き込みのたびに新旧の値を表示して確認する(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>保存済みの接続</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>接続名</translation>
    </message>
    <message>
        <source>Colour label</source>
        <translation>色ラベル</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <source>Colour &amp;label:</source>
        <translation>色ラベル(&amp;L)：</translation>
    </message>
    <message>
        <source>Region, SDKAppID, admin and key are set in the main window for the selected connection. Secret keys are never saved in the settings file.</source>
        <translation>選択した接続のリージョン、SDKAppID、管理者、秘密鍵はメインウィンドウで設定します。秘密鍵が設定ファイルに保存されることはありません。</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>開発環境</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>テスト環境</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>本番環境</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>Data centre of the app: %1.</source>
        <translation>アプリがあるデータセンター：%1。</translation>
    </message>
    <message>
        <source>Use the region&apos;s backup domain (*.my-imcloud.com), e.g. when DNS of the primary is hijacked.</source>
        <translation>リージョンのバックアップドメイン（*.my-imcloud.com）を使います。たとえば、メインドメインの DNS が乗っ取られている場合です。</translation>
    </message>
    <message>
        <source>Any base URL instead of a region, e.g. https://gateway.example.com or the Sandbox&apos;s http://127.0.0.1:PORT. Plain http:// is only accepted for loopback addresses.</source>
        <translation>リージョンの代わりに任意のベース URL を使います。例: https://gateway.example.com、またはサンドボックスの http://127.0.0.1:PORT。暗号化なしの http:// はループバックアドレスに対してのみ使えます。</translation>
    </message>
    <message>
        <source>The app&apos;s SDKAppID.</source>
        <translation>アプリの SDKAppID。</translation>
    </message>
    <message>
        <source>The App admin account to act as.</source>
        <translation>呼び出しに使うアプリ管理者アカウント。</translation>
    </message>
    <message>
        <source>File holding a ready UserSig for the admin, instead of a secret key. Default: the %1 environment variable.</source>
        <translation>秘密鍵の代わりに、管理者用の生成済み UserSig を格納したファイル。既定値：環境変数 %1。</translation>
    </message>
    <message>
        <source>Give up on an unanswered request after this long (default 10).</source>
        <translation>応答のないリクエストをこの時間で打ち切ります（既定値 10）。</translation>
    </message>
    <message>
        <source>Retries after network errors, HTTP 5xx, internal errors and rate limits (default 2).</source>
        <translation>ネットワークエラー、HTTP 5xx、内部エラー、呼び出し頻度制限の後に再試行する回数（既定値 2）。</translation>
    </message>
    <message>
        <source>Print the response as JSON instead of text.</source>
        <translation>応答をテキストではなく JSON で出力します。</translation>
    </message>
    <message>
        <source>Give either --region NAME or --endpoint URL.</source>
        <translation>--region NAME か --endpoint URL のどちらかを指定してください。</translation>
    </message>
    <message>
        <source>--backup-domain goes with --region, not with --endpoint.</source>
        <translation>--backup-domain は --endpoint ではなく --region と一緒に使います。</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation>--timeout には「%1」ではなく、0 から 3600 までの秒数を指定してください。</translation>
    </message>
    <message>
        <source>--retries wants a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--retries には「%2」ではなく、0 から %1 までの整数を指定してください。</translation>
    </message>
    <message>
        <source>--sdkappid wants the app&apos;s numeric SDKAppID, not &quot;%1&quot;.</source>
        <translation>--sdkappid には「%1」ではなく、アプリの数値の SDKAppID を指定してください。</translation>
    </message>
    <message>
        <source>Give the app&apos;s SDKAppID with --sdkappid.</source>
        <translation>--sdkappid でアプリの SDKAppID を指定してください。</translation>
    </message>
    <message>
        <source>Give the App admin account with --identifier.</source>
        <translation>--identifier でアプリ管理者アカウントを指定してください。</translation>
    </message>
    <message>
        <source>Give either --key-file or --usersig-file, not both.</source>
        <translation>--key-file と --usersig-file は、どちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>Both %1 and %2 are set; unset one, or choose with --key-file or --usersig-file.</source>
        <translation>%1 と %2 の両方が設定されています。どちらかを解除するか、--key-file または --usersig-file で選んでください。</translation>
    </message>
    <message>
        <source>Give the app&apos;s secret key (--key-file or %1) or a ready UserSig (--usersig-file or %2).</source>
        <translation>アプリの秘密鍵（--key-file または %1）か、生成済みの UserSig（--usersig-file または %2）を指定してください。</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>コマンドライン</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Sandbox demo</source>
        <translation>サンドボックスのデモ</translation>
    </message>
    <message>
        <source>Unnamed connection</source>
        <translation>名前のない接続</translation>
    </message>
</context>
<context>
    <name>ConnectionTarget</name>
    <message>
        <source>Unknown region &quot;%1&quot;. Choose one of: %2.</source>
        <translation>不明なリージョン「%1」です。次から選んでください：%2。</translation>
    </message>
    <message>
        <source>The Sandbox is not running.</source>
        <translation>サンドボックスが起動していません。</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>The pasted UserSig was made for app %1, not for app %2: the server would refuse it with error %3. Check the SDKAppID, or paste a sig made for this app.</source>
        <translation>貼り付けた UserSig はアプリ %2 ではなくアプリ %1 用に作成されているため、サーバーはエラー %3 で拒否します。SDKAppID を確認するか、このアプリ用の UserSig を貼り付けてください。</translation>
    </message>
    <message>
        <source>The pasted UserSig was made for the account “%1”, not for “%2”: the server would refuse it with error %3. Use “%1” as the administrator, or paste a sig made for “%2”.</source>
        <translation>貼り付けた UserSig は「%2」ではなくアカウント「%1」用に作成されているため、サーバーはエラー %3 で拒否します。「%1」を管理者として使うか、「%2」用の UserSig を貼り付けてください。</translation>
    </message>
    <message>
        <source>The pasted UserSig expired %1 ago, at %2: the server would refuse it with error %3. Paste a new one, or use the secret key so the console makes its own.</source>
        <translation>貼り付けた UserSig は %1 前（%2）に期限が切れているため、サーバーはエラー %3 で拒否します。新しい UserSig を貼り付けるか、コンソールが自分で作成できるよう秘密鍵を使ってください。</translation>
    </message>
    <message>
        <source>The pasted UserSig expires in %1, at %2. Have a new one ready, or use the secret key so the console makes its own.</source>
        <translation>貼り付けた UserSig は %1 後（%2）に期限が切れます。新しい UserSig を用意するか、コンソールが自分で作成できるよう秘密鍵を使ってください。</translation>
    </message>
    <message>
        <source>signed for %1 in app %2 with the secret key, renewed automatically</source>
        <translation>アプリ %2 の %1 に対して秘密鍵で署名、自動更新</translation>
    </message>
    <message>
        <source>the pasted UserSig cannot be read</source>
        <translation>貼り付けた UserSig を読み取れません</translation>
    </message>
    <message>
        <source>signed for %1 in app %2, expired %3 ago</source>
        <translation>アプリ %2 の %1 に対して署名、%3 前に期限切れ</translation>
    </message>
    <message>
        <source>signed for %1 in app %2, expires in %3</source>
        <translation>アプリ %2 の %1 に対して署名、%3 後に期限切れ</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>システムのキーチェーンに保存(&amp;K)</translation>
    </message>
    <message>
        <source>e.g. 1400000000</source>
        <translation>例: 1400000000</translation>
    </message>
    <message>
        <source>SDKAppID</source>
        <translation>SDKAppID</translation>
    </message>
    <message>
        <source>The app&apos;s SDKAppID from the Chat console.</source>
        <translation>Chat コンソールに表示されるアプリの SDKAppID です。</translation>
    </message>
    <message>
        <source>e.g. administrator</source>
        <translation>例: administrator</translation>
    </message>
    <message>
        <source>Admin identifier</source>
        <translation>管理者 identifier</translation>
    </message>
    <message>
        <source>An App admin account; REST calls are made as this account.</source>
        <translation>アプリ管理者アカウントです。REST 呼び出しはこのアカウントとして行われます。</translation>
    </message>
    <message>
        <source>Secret key (signs UserSigs here)</source>
        <translation>秘密鍵（ここで UserSig に署名）</translation>
    </message>
    <message>
        <source>Pasted UserSig</source>
        <translation>貼り付けた UserSig</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>The app&apos;s secret key; kept in memory, never in a file</source>
        <translation>アプリの秘密鍵。メモリ上にのみ保持し、ファイルには保存しません</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <source>Used only to sign short-lived UserSigs on this computer. It is never sent anywhere.</source>
        <translation>このコンピューターで有効期間の短い UserSig に署名するためだけに使われ、どこにも送信されません。</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain (GNOME Keyring, KWallet) so you need not paste it again.</source>
        <translation>秘密鍵をシステムのキーチェーン（GNOME Keyring、KWallet）に保存し、再度貼り付けなくて済むようにします。</translation>
    </message>
    <message>
        <source>Paste an admin UserSig</source>
        <translation>管理者の UserSig を貼り付け</translation>
    </message>
    <message>
        <source>UserSig</source>
        <translation>UserSig</translation>
    </message>
    <message>
        <source>Admin &amp;identifier:</source>
        <translation>管理者 identifier(&amp;I)：</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>認証(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;SDKAppID:</source>
        <translation>SDKAppID(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Key or UserSig:</source>
        <translation>鍵または UserSig(&amp;K)：</translation>
    </message>
    <message>
        <source>Show or hide</source>
        <translation>表示／非表示</translation>
    </message>
    <message>
        <source>Enter the app&apos;s SDKAppID (a number from the Chat console).</source>
        <translation>アプリの SDKAppID（Chat コンソールに表示される数値）を入力してください。</translation>
    </message>
    <message>
        <source>Enter the admin identifier: an App admin account of this app.</source>
        <translation>管理者 identifier を入力してください。このアプリのアプリ管理者アカウントです。</translation>
    </message>
    <message>
        <source>Paste an admin UserSig, or switch to the secret key.</source>
        <translation>管理者の UserSig を貼り付けるか、秘密鍵に切り替えてください。</translation>
    </message>
    <message>
        <source>Enter the app&apos;s secret key, or switch to a pasted UserSig.</source>
        <translation>アプリの秘密鍵を入力するか、UserSig の貼り付けに切り替えてください。</translation>
    </message>
    <message>
        <source>Credentials ready (hidden for presenting).</source>
        <translation>認証情報の準備ができました（プレゼンテーション中のため非表示）。</translation>
    </message>
    <message>
        <source>Check the UserSig (details hidden for presenting).</source>
        <translation>UserSig を確認してください（プレゼンテーション中のため詳細は非表示）。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <source>Custom fields of this connection</source>
        <translation>この接続のカスタムフィールド</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>カスタムフィールド</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Admin may read</source>
        <translation>管理者が読み取り可能</translation>
    </message>
    <message>
        <source>Admin may write</source>
        <translation>管理者が書き込み可能</translation>
    </message>
    <message>
        <source>&amp;Forget selected</source>
        <translation>選択した項目を削除(&amp;F)</translation>
    </message>
    <message>
        <source>Remove the field from this list; it stays on the server.</source>
        <translation>このフィールドを一覧から外します。サーバー上には残ります。</translation>
    </message>
</context>
<context>
    <name>CustomTagRegistry</name>
    <message>
        <source>%1 is already in the list. Change its permissions instead.</source>
        <translation>%1 はすでに一覧にあります。代わりに権限を変更してください。</translation>
    </message>
    <message>
        <source>%1 is not in this connection&apos;s list of custom fields. If it was never created in the Chat console, the server answers 40009; add it to the list once it exists.</source>
        <translation>%1 はこの接続のカスタムフィールド一覧にありません。Chat コンソールで作成されていなければ、サーバーは 40009 を返します。作成後に一覧へ追加してください。</translation>
    </message>
    <message>
        <source>%1 is not writable by the App admin. Allow &quot;App admin can write&quot; for it in the Chat console, then tick it here.</source>
        <translation>アプリ管理者は %1 に書き込めません。Chat コンソールでこのフィールドの「アプリ管理者が書き込み可能」を許可してから、ここでチェックを入れてください。</translation>
    </message>
    <message>
        <source>%1 is not in this connection&apos;s list of custom fields; the server answers 40009 if it does not exist.</source>
        <translation>%1 はこの接続のカスタムフィールド一覧にありません。フィールドが存在しない場合、サーバーは 40009 を返します。</translation>
    </message>
    <message>
        <source>%1 is not readable by the App admin. Allow &quot;App admin can read&quot; for it in the Chat console, then tick it here.</source>
        <translation>アプリ管理者は %1 を読み取れません。Chat コンソールでこのフィールドの「アプリ管理者が読み取り可能」を許可してから、ここでチェックを入れてください。</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 d</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL. Give it as https://HOST.</source>
        <translation>エンドポイント「%1」は有効な URL ではありません。https://HOST の形で指定してください。</translation>
    </message>
    <message>
        <source>The endpoint must be a bare base URL such as https://HOST, without user, query or fragment.</source>
        <translation>エンドポイントは、ユーザー、クエリ、フラグメントを含まない https://HOST のようなベース URL でなければなりません。</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: the UserSig travels in the URL and would cross the network unencrypted. Use https://, or a loopback address for a local server.</source>
        <translation>%1 への暗号化なしの http:// は拒否します。UserSig は URL に含まれるため、暗号化されないままネットワークを通ることになります。https:// を使うか、ローカルサーバーにはループバックアドレスを使ってください。</translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation>エンドポイントは https:// で始まる必要があります。</translation>
    </message>
</context>
<context>
    <name>ErrorCatalogue</name>
    <message>
        <source>Request parameter error</source>
        <translation>リクエストパラメータエラー</translation>
    </message>
    <message>
        <source>The server could not decode the request: a field is missing, misspelled or has the wrong shape.</source>
        <translation>サーバーがリクエストを解釈できませんでした。フィールドが欠けているか、つづりが違うか、形式が正しくありません。</translation>
    </message>
    <message>
        <source>Compare the request body with the ErrorInfo text. If this console built the request, report it together with the random value.</source>
        <translation>ErrorInfo の内容とリクエストボディを照らし合わせてください。このコンソールが作成したリクエストであれば、random 値を添えて報告してください。</translation>
    </message>
    <message>
        <source>No account given</source>
        <translation>アカウントが指定されていません</translation>
    </message>
    <message>
        <source>The request did not name any account to read (To_Account is missing or empty).</source>
        <translation>リクエストに読み取るアカウントがありません（To_Account がないか空です）。</translation>
    </message>
    <message>
        <source>Give at least one account ID.</source>
        <translation>アカウント ID を 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>Account does not exist</source>
        <translation>アカウントが存在しません</translation>
    </message>
    <message>
        <source>The account has not been imported into this app, or its ID is spelled differently (account IDs are case-sensitive).</source>
        <translation>このアカウントはアプリにインポートされていないか、アカウント ID のつづりが異なります（アカウント ID は大文字と小文字を区別します）。</translation>
    </message>
    <message>
        <source>Check the account ID, or import the account first.</source>
        <translation>アカウント ID を確認するか、先にアカウントをインポートしてください。</translation>
    </message>
    <message>
        <source>App admin required</source>
        <translation>アプリ管理者が必要です</translation>
    </message>
    <message>
        <source>The identifier in the request is not an App admin of this SDKAppID, and only an App admin may call this API.</source>
        <translation>リクエストの identifier はこの SDKAppID のアプリ管理者ではありません。この API を呼び出せるのはアプリ管理者だけです。</translation>
    </message>
    <message>
        <source>Use the App admin account (Chat console, Application info) as identifier and generate its UserSig.</source>
        <translation>アプリ管理者アカウント（Chat コンソールの「アプリケーション情報」）を identifier に使い、そのアカウントの UserSig を生成してください。</translation>
    </message>
    <message>
        <source>Sensitive words</source>
        <translation>不適切な語句</translation>
    </message>
    <message>
        <source>A profile value contains words blocked by content moderation.</source>
        <translation>プロフィールの値に、コンテンツ審査でブロックされる語句が含まれています。</translation>
    </message>
    <message>
        <source>Change the wording of the value and send it again.</source>
        <translation>値の表現を変えてから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>サーバー内部エラー</translation>
    </message>
    <message>
        <source>The profile service failed internally; the request itself may well be fine.</source>
        <translation>プロフィールサービスの内部でエラーが発生しました。リクエスト自体には問題がない可能性が高いです。</translation>
    </message>
    <message>
        <source>Retry in a moment. If it keeps failing, contact Tencent Cloud support and quote the random value.</source>
        <translation>しばらくしてから再試行してください。失敗が続く場合は、random 値を添えて Tencent Cloud サポートに問い合わせてください。</translation>
    </message>
    <message>
        <source>No read permission</source>
        <translation>読み取り権限がありません</translation>
    </message>
    <message>
        <source>The App admin is not allowed to read this profile field.</source>
        <translation>アプリ管理者にはこのプロフィールフィールドを読み取る権限がありません。</translation>
    </message>
    <message>
        <source>Enable &quot;App admin readable&quot; for the field in the Chat console, or leave the field out of the request.</source>
        <translation>Chat コンソールでこのフィールドの「アプリ管理者が読み取り可能」を有効にするか、リクエストからこのフィールドを外してください。</translation>
    </message>
    <message>
        <source>No write permission</source>
        <translation>書き込み権限がありません</translation>
    </message>
    <message>
        <source>The App admin is not allowed to write this profile field.</source>
        <translation>アプリ管理者にはこのプロフィールフィールドに書き込む権限がありません。</translation>
    </message>
    <message>
        <source>Enable &quot;App admin writable&quot; for the field in the Chat console&apos;s custom profile field settings.</source>
        <translation>Chat コンソールのカスタムプロフィールフィールド設定で、このフィールドの「アプリ管理者が書き込み可能」を有効にしてください。</translation>
    </message>
    <message>
        <source>Profile field does not exist</source>
        <translation>プロフィールフィールドが存在しません</translation>
    </message>
    <message>
        <source>The server does not know this profile field tag.</source>
        <translation>サーバーはこのプロフィールフィールドのタグを認識できません。</translation>
    </message>
    <message>
        <source>Create the custom field in the Chat console first, or correct the tag&apos;s spelling (tags are case-sensitive).</source>
        <translation>先に Chat コンソールでカスタムフィールドを作成するか、タグのつづりを直してください（タグは大文字と小文字を区別します）。</translation>
    </message>
    <message>
        <source>Value too long</source>
        <translation>値が長すぎます</translation>
    </message>
    <message>
        <source>A profile value is longer than 500 bytes. The limit counts UTF-8 bytes, so one Chinese character uses three.</source>
        <translation>プロフィールの値が 500 バイトを超えています。上限は UTF-8 のバイト数で数えるため、漢字やかな 1 文字は 3 バイトになります。</translation>
    </message>
    <message>
        <source>Shorten the value to at most 500 bytes.</source>
        <translation>値を 500 バイト以内に短くしてください。</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>無効な値</translation>
    </message>
    <message>
        <source>A standard profile field got a value it does not accept, for example an unknown Gender or AllowType string.</source>
        <translation>標準プロフィールフィールドに受け付けられない値が送られました。たとえば、未知の Gender や AllowType の文字列です。</translation>
    </message>
    <message>
        <source>Pick one of the documented values for the field.</source>
        <translation>このフィールドには、ドキュメントに記載された値のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>Wrong value type</source>
        <translation>値の型が違います</translation>
    </message>
    <message>
        <source>A standard profile field got the wrong JSON type, for example text where a whole number is expected.</source>
        <translation>標準プロフィールフィールドに誤った JSON 型が送られました。たとえば、整数が必要な箇所にテキストを送っています。</translation>
    </message>
    <message>
        <source>Send BirthDay, Language, Level, Role and MsgSettings as whole numbers and every other field as text.</source>
        <translation>BirthDay、Language、Level、Role、MsgSettings は整数で、それ以外のフィールドはすべてテキストで送信してください。</translation>
    </message>
    <message>
        <source>HTTP request not understood</source>
        <translation>HTTP リクエストを解釈できません</translation>
    </message>
    <message>
        <source>The server could not parse the HTTP request.</source>
        <translation>サーバーが HTTP リクエストを解析できませんでした。</translation>
    </message>
    <message>
        <source>Check the endpoint URL: a custom endpoint must be the bare https://host, without a path.</source>
        <translation>エンドポイント URL を確認してください。カスタムエンドポイントはパスを含まない https://ホスト名 の形でなければなりません。</translation>
    </message>
    <message>
        <source>Request JSON invalid</source>
        <translation>リクエストの JSON が無効です</translation>
    </message>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation>リクエストボディが有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>Check the JSON format of the request body.</source>
        <translation>リクエストボディの JSON 形式を確認してください。</translation>
    </message>
    <message>
        <source>Identifier or UserSig rejected</source>
        <translation>identifier または UserSig が拒否されました</translation>
    </message>
    <message>
        <source>The server rejected the account or the signature (identifier or usersig) of the request.</source>
        <translation>サーバーがリクエストのアカウントまたは署名（identifier または usersig）を拒否しました。</translation>
    </message>
    <message>
        <source>Check the admin identifier and generate a fresh UserSig for it with this app&apos;s secret key.</source>
        <translation>管理者の identifier を確認し、このアプリの秘密鍵で新しい UserSig を生成してください。</translation>
    </message>
    <message>
        <source>The account or the signature of the request does not check out.</source>
        <translation>リクエストのアカウントまたは署名の検証に失敗しました。</translation>
    </message>
    <message>
        <source>SDKAppID invalid</source>
        <translation>SDKAppID が無効です</translation>
    </message>
    <message>
        <source>The server does not accept this SDKAppID.</source>
        <translation>サーバーはこの SDKAppID を受け付けません。</translation>
    </message>
    <message>
        <source>Copy the SDKAppID from the Chat console again.</source>
        <translation>Chat コンソールから SDKAppID をもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>REST API rate limit reached</source>
        <translation>REST API の呼び出し頻度制限に達しました</translation>
    </message>
    <message>
        <source>Too many REST API calls were made in a short time.</source>
        <translation>短時間に REST API を呼び出しすぎました。</translation>
    </message>
    <message>
        <source>Wait a moment and retry; lower the request rate if it happens often.</source>
        <translation>少し待ってから再試行してください。頻繁に起こる場合はリクエストの頻度を下げてください。</translation>
    </message>
    <message>
        <source>Service timeout or malformed request</source>
        <translation>サービスのタイムアウト、または不正なリクエスト</translation>
    </message>
    <message>
        <source>The service timed out, or the HTTP request was malformed.</source>
        <translation>サービスがタイムアウトしたか、HTTP リクエストの形式が正しくありません。</translation>
    </message>
    <message>
        <source>Check the request, then send it again.</source>
        <translation>リクエストを確認してから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>Wrong API resource</source>
        <translation>API リソースが違います</translation>
    </message>
    <message>
        <source>The request URL names an API that does not exist.</source>
        <translation>リクエスト URL が指す API は存在しません。</translation>
    </message>
    <message>
        <source>Check the path of the URL (v4/profile/portrait_set or portrait_get) and of a custom endpoint.</source>
        <translation>URL のパス（v4/profile/portrait_set または portrait_get）と、カスタムエンドポイントのパスを確認してください。</translation>
    </message>
    <message>
        <source>App admin permission required</source>
        <translation>アプリ管理者の権限が必要です</translation>
    </message>
    <message>
        <source>The request needs App admin permission, and the identifier is not an App admin.</source>
        <translation>このリクエストにはアプリ管理者の権限が必要ですが、identifier はアプリ管理者ではありません。</translation>
    </message>
    <message>
        <source>Use the App admin account as identifier and generate its UserSig.</source>
        <translation>アプリ管理者アカウントを identifier に使い、そのアカウントの UserSig を生成してください。</translation>
    </message>
    <message>
        <source>SDKAppID rate limit reached</source>
        <translation>SDKAppID の呼び出し頻度制限に達しました</translation>
    </message>
    <message>
        <source>This SDKAppID sent too many requests in a short time.</source>
        <translation>この SDKAppID から短時間に送られたリクエストが多すぎます。</translation>
    </message>
    <message>
        <source>Wait a moment and retry; spread bulk edits over time.</source>
        <translation>少し待ってから再試行してください。一括編集は時間を分けて行ってください。</translation>
    </message>
    <message>
        <source>SDKAppID missing</source>
        <translation>SDKAppID がありません</translation>
    </message>
    <message>
        <source>The request carries no SDKAppID.</source>
        <translation>リクエストに SDKAppID が含まれていません。</translation>
    </message>
    <message>
        <source>Enter the app&apos;s SDKAppID.</source>
        <translation>アプリの SDKAppID を入力してください。</translation>
    </message>
    <message>
        <source>Server could not parse a response</source>
        <translation>サーバーが応答を解析できませんでした</translation>
    </message>
    <message>
        <source>A JSON response failed to parse inside the Chat service.</source>
        <translation>Chat サービスの内部で JSON 応答の解析に失敗しました。</translation>
    </message>
    <message>
        <source>Retry later; report it to Tencent Cloud support if it persists.</source>
        <translation>後で再試行してください。解決しない場合は Tencent Cloud サポートに報告してください。</translation>
    </message>
    <message>
        <source>Account exchange timed out</source>
        <translation>アカウント変換がタイムアウトしました</translation>
    </message>
    <message>
        <source>Exchanging the account inside the Chat service timed out.</source>
        <translation>Chat サービスの内部でアカウントを変換中にタイムアウトしました。</translation>
    </message>
    <message>
        <source>Retry later.</source>
        <translation>後で再試行してください。</translation>
    </message>
    <message>
        <source>Wrong account type</source>
        <translation>アカウントの型が違います</translation>
    </message>
    <message>
        <source>An account in the request body is not a JSON string.</source>
        <translation>リクエストボディ内のアカウントが JSON 文字列ではありません。</translation>
    </message>
    <message>
        <source>Send account IDs as strings.</source>
        <translation>アカウント ID は文字列として送信してください。</translation>
    </message>
    <message>
        <source>SDKAppID disabled</source>
        <translation>SDKAppID が無効化されています</translation>
    </message>
    <message>
        <source>This SDKAppID has been disabled.</source>
        <translation>この SDKAppID は無効化されています。</translation>
    </message>
    <message>
        <source>Check the app&apos;s status in the Chat console.</source>
        <translation>Chat コンソールでアプリの状態を確認してください。</translation>
    </message>
    <message>
        <source>Request disabled</source>
        <translation>リクエストが無効化されています</translation>
    </message>
    <message>
        <source>This kind of request is disabled for the app.</source>
        <translation>このアプリでは、この種類のリクエストが無効化されています。</translation>
    </message>
    <message>
        <source>Open a ticket with Tencent Cloud support.</source>
        <translation>Tencent Cloud サポートにチケットを提出してください。</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>リクエストが多すぎます</translation>
    </message>
    <message>
        <source>The service is receiving too many requests from this app right now.</source>
        <translation>現在、このアプリからサービスへのリクエストが多すぎます。</translation>
    </message>
    <message>
        <source>Wait a few seconds and retry.</source>
        <translation>数秒待ってから再試行してください。</translation>
    </message>
    <message>
        <source>Too many requests, try later</source>
        <translation>リクエストが多すぎます。後で再試行してください</translation>
    </message>
    <message>
        <source>The service throttled the request because too many arrived in a short time.</source>
        <translation>短時間にリクエストが集中したため、サービスがリクエストを制限しました。</translation>
    </message>
    <message>
        <source>Retry later, at a lower rate.</source>
        <translation>後で、頻度を下げて再試行してください。</translation>
    </message>
    <message>
        <source>Pro edition expired</source>
        <translation>Pro エディションの期限切れ</translation>
    </message>
    <message>
        <source>The app&apos;s paid package expired and the app was deactivated.</source>
        <translation>アプリの有料パッケージの期限が切れ、アプリが停止されました。</translation>
    </message>
    <message>
        <source>Renew the package; it takes effect about five minutes after purchase.</source>
        <translation>パッケージを更新してください。購入から約 5 分後に有効になります。</translation>
    </message>
    <message>
        <source>Caller IP not allowed</source>
        <translation>呼び出し元の IP が許可されていません</translation>
    </message>
    <message>
        <source>The IP address this request came from is not on the app&apos;s REST API allowlist.</source>
        <translation>このリクエストの送信元 IP アドレスが、アプリの REST API 許可リストにありません。</translation>
    </message>
    <message>
        <source>Add this machine&apos;s public IP address to the allowlist in the Chat console, then retry.</source>
        <translation>Chat コンソールでこのマシンのパブリック IP アドレスを許可リストに追加してから、再試行してください。</translation>
    </message>
    <message>
        <source>UserSig expired</source>
        <translation>UserSig の有効期限切れ</translation>
    </message>
    <message>
        <source>The UserSig is past the end of its validity.</source>
        <translation>UserSig の有効期限が過ぎています。</translation>
    </message>
    <message>
        <source>Generate a new UserSig; a validity of at least 24 hours is recommended.</source>
        <translation>新しい UserSig を生成してください。有効期間は 24 時間以上をお勧めします。</translation>
    </message>
    <message>
        <source>UserSig empty</source>
        <translation>UserSig が空です</translation>
    </message>
    <message>
        <source>The request carried an empty UserSig.</source>
        <translation>リクエストの UserSig が空です。</translation>
    </message>
    <message>
        <source>Provide the app&apos;s secret key or a ready UserSig.</source>
        <translation>アプリの秘密鍵か、生成済みの UserSig を指定してください。</translation>
    </message>
    <message>
        <source>UserSig unreadable</source>
        <translation>UserSig を読み取れません</translation>
    </message>
    <message>
        <source>The UserSig could not be parsed; it is often truncated by copy and paste.</source>
        <translation>UserSig を解析できませんでした。コピー＆ペーストの際に途中で切れていることがよくあります。</translation>
    </message>
    <message>
        <source>Generate the UserSig again and copy it whole.</source>
        <translation>UserSig を生成し直し、全体をコピーしてください。</translation>
    </message>
    <message>
        <source>UserSig invalid</source>
        <translation>UserSig が無効です</translation>
    </message>
    <message>
        <source>The UserSig is not a valid signature.</source>
        <translation>この UserSig は有効な署名ではありません。</translation>
    </message>
    <message>
        <source>Generate a new UserSig with this app&apos;s secret key.</source>
        <translation>このアプリの秘密鍵で新しい UserSig を生成してください。</translation>
    </message>
    <message>
        <source>UserSig signed with another key</source>
        <translation>UserSig が別の鍵で署名されています</translation>
    </message>
    <message>
        <source>The UserSig&apos;s signature does not match: it was made with another app&apos;s secret key.</source>
        <translation>UserSig の署名が一致しません。別のアプリの秘密鍵で作成されています。</translation>
    </message>
    <message>
        <source>Copy this SDKAppID&apos;s secret key from the Chat console and generate the UserSig again.</source>
        <translation>Chat コンソールからこの SDKAppID の秘密鍵をコピーし、UserSig を生成し直してください。</translation>
    </message>
    <message>
        <source>Identifier does not match the UserSig</source>
        <translation>identifier が UserSig と一致しません</translation>
    </message>
    <message>
        <source>The identifier in the request differs from the one the UserSig was generated for.</source>
        <translation>リクエストの identifier が、UserSig の生成に使われたものと異なります。</translation>
    </message>
    <message>
        <source>Generate the UserSig for the identifier you send, or send the identifier it was made for.</source>
        <translation>送信する identifier で UserSig を生成するか、UserSig の生成に使った identifier を送信してください。</translation>
    </message>
    <message>
        <source>SDKAppID does not match the UserSig</source>
        <translation>SDKAppID が UserSig と一致しません</translation>
    </message>
    <message>
        <source>The SDKAppID in the request differs from the one the UserSig was generated for.</source>
        <translation>リクエストの SDKAppID が、UserSig の生成に使われたものと異なります。</translation>
    </message>
    <message>
        <source>Generate the UserSig with this SDKAppID and its own secret key.</source>
        <translation>この SDKAppID と、その SDKAppID 自身の秘密鍵で UserSig を生成してください。</translation>
    </message>
    <message>
        <source>Key not found: wrong region?</source>
        <translation>鍵が見つかりません：リージョンの選択ミス？</translation>
    </message>
    <message>
        <source>The server has no key for this SDKAppID. This usually means the app lives in another data centre (region).</source>
        <translation>サーバーにこの SDKAppID の鍵がありません。通常、アプリが別のデータセンター（リージョン）にあることを意味します。</translation>
    </message>
    <message>
        <source>Pick the region the app was created in (shown in the Chat console), or check the SDKAppID.</source>
        <translation>アプリを作成したリージョン（Chat コンソールに表示されます）を選ぶか、SDKAppID を確認してください。</translation>
    </message>
    <message>
        <source>SDKAppID not found: wrong region?</source>
        <translation>SDKAppID が見つかりません：リージョンの選択ミス？</translation>
    </message>
    <message>
        <source>The server does not know this SDKAppID. This usually means the app lives in another data centre (region).</source>
        <translation>サーバーはこの SDKAppID を認識していません。通常、アプリが別のデータセンター（リージョン）にあることを意味します。</translation>
    </message>
    <message>
        <source>Too many failed signature checks</source>
        <translation>署名の検証失敗が多すぎます</translation>
    </message>
    <message>
        <source>UserSig checks failed too often, so the server blocks this identifier for a while.</source>
        <translation>UserSig の検証失敗が多すぎるため、サーバーがこの identifier を一時的にブロックしています。</translation>
    </message>
    <message>
        <source>Fix the UserSig, then retry after one minute.</source>
        <translation>UserSig を修正し、1 分後に再試行してください。</translation>
    </message>
    <message>
        <source>Account blacklisted</source>
        <translation>アカウントがブラックリストに登録されています</translation>
    </message>
    <message>
        <source>The account is on the blacklist.</source>
        <translation>このアカウントはブラックリストに登録されています。</translation>
    </message>
    <message>
        <source>Contact Tencent Cloud support to find out why.</source>
        <translation>理由は Tencent Cloud サポートに問い合わせてください。</translation>
    </message>
    <message>
        <source>UserSig has expired</source>
        <translation>UserSig の有効期限が切れています</translation>
    </message>
    <message>
        <source>The UserSig&apos;s validity has run out.</source>
        <translation>UserSig の有効期間が終了しました。</translation>
    </message>
    <message>
        <source>Generate a new UserSig and send the request again.</source>
        <translation>新しい UserSig を生成し、リクエストを送信し直してください。</translation>
    </message>
    <message>
        <source>User does not exist</source>
        <translation>ユーザーが存在しません</translation>
    </message>
    <message>
        <source>The requested UserID does not exist or was never imported.</source>
        <translation>指定された UserID は存在しないか、インポートされていません。</translation>
    </message>
    <message>
        <source>Check the UserID, or import the account first.</source>
        <translation>UserID を確認するか、先にアカウントをインポートしてください。</translation>
    </message>
    <message>
        <source>Login restricted</source>
        <translation>ログインが制限されています</translation>
    </message>
    <message>
        <source>Logins were restricted for security reasons because they came too often.</source>
        <translation>ログインの頻度が高すぎるため、セキュリティ上の理由で制限されました。</translation>
    </message>
    <message>
        <source>Wait before trying again.</source>
        <translation>しばらく待ってから再試行してください。</translation>
    </message>
    <message>
        <source>Server timeout</source>
        <translation>サーバーのタイムアウト</translation>
    </message>
    <message>
        <source>A service inside the Chat backend timed out.</source>
        <translation>Chat バックエンド内部のサービスがタイムアウトしました。</translation>
    </message>
    <message>
        <source>Retry in a moment.</source>
        <translation>しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>Server busy, timed out</source>
        <translation>サーバーがビジー状態でタイムアウトしました</translation>
    </message>
    <message>
        <source>The Chat backend did not answer in time internally.</source>
        <translation>Chat バックエンドの内部で時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>Retry the request.</source>
        <translation>リクエストを再試行してください。</translation>
    </message>
    <message>
        <source>Invalid batch size</source>
        <translation>一括処理の件数が無効です</translation>
    </message>
    <message>
        <source>The request has an invalid number of items for a batch.</source>
        <translation>リクエストに含まれる一括処理の項目数が無効です。</translation>
    </message>
    <message>
        <source>Send fewer items per request.</source>
        <translation>1 回のリクエストの項目数を減らしてください。</translation>
    </message>
    <message>
        <source>Account limit reached</source>
        <translation>アカウント数の上限に達しました</translation>
    </message>
    <message>
        <source>The app has more accounts than its edition allows (100 on the free trial).</source>
        <translation>アプリのアカウント数がエディションの上限を超えています（無料トライアルは 100 個）。</translation>
    </message>
    <message>
        <source>Upgrade the app&apos;s edition in the Chat console.</source>
        <translation>Chat コンソールでアプリのエディションをアップグレードしてください。</translation>
    </message>
    <message>
        <source>Invalid parameter</source>
        <translation>無効なパラメータ</translation>
    </message>
    <message>
        <source>A required field is missing or has the wrong format.</source>
        <translation>必須フィールドがないか、形式が正しくありません。</translation>
    </message>
    <message>
        <source>Check the required fields and their format.</source>
        <translation>必須フィールドとその形式を確認してください。</translation>
    </message>
    <message>
        <source>Admin permission needed</source>
        <translation>管理者権限が必要です</translation>
    </message>
    <message>
        <source>Only an App admin may make this request.</source>
        <translation>このリクエストを送信できるのはアプリ管理者だけです。</translation>
    </message>
    <message>
        <source>Use the App admin account as identifier.</source>
        <translation>アプリ管理者アカウントを identifier に使ってください。</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>The Chat backend failed internally.</source>
        <translation>Chat バックエンドの内部でエラーが発生しました。</translation>
    </message>
    <message>
        <source>Retry later; contact Tencent Cloud support with the random value if it persists.</source>
        <translation>後で再試行してください。解決しない場合は random 値を添えて Tencent Cloud サポートに問い合わせてください。</translation>
    </message>
    <message>
        <source>Account deletion refused</source>
        <translation>アカウントの削除が拒否されました</translation>
    </message>
    <message>
        <source>Only accounts of trial-edition apps can be deleted.</source>
        <translation>削除できるのはトライアル版アプリのアカウントだけです。</translation>
    </message>
    <message>
        <source>Leave the account in place, or check the app&apos;s edition.</source>
        <translation>アカウントはそのままにするか、アプリのエディションを確認してください。</translation>
    </message>
    <message>
        <source>Text blocked by security filter</source>
        <translation>テキストがセキュリティフィルターでブロックされました</translation>
    </message>
    <message>
        <source>The text was blocked by Tencent Cloud&apos;s security filtering.</source>
        <translation>このテキストは Tencent Cloud のセキュリティフィルターでブロックされました。</translation>
    </message>
    <message>
        <source>Reword the text and send it again.</source>
        <translation>テキストの表現を変えてから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation>メッセージが大きすぎます</translation>
    </message>
    <message>
        <source>The outgoing packet is larger than 8 KB.</source>
        <translation>送信パケットが 8 KB を超えています。</translation>
    </message>
    <message>
        <source>Send less data in one request.</source>
        <translation>1 回のリクエストで送るデータを減らしてください。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Check which %1 the UserSig was generated for: it must be exactly the one in the request.</source>
        <translation>UserSig の生成に使われた %1 を確認してください。リクエストのものと完全に一致している必要があります。</translation>
    </message>
    <message>
        <source>The UserSig was signed for the %1 %2, but the request sends %3.</source>
        <translation>UserSig は %1%2に対して署名されていますが、リクエストは%3を送信しています。</translation>
    </message>
    <message>
        <source>The UserSig was signed for the same %1 as the request (%2), so it was probably generated with another SDKAppID&apos;s key or has been altered.</source>
        <translation>UserSig はリクエストと同じ %1（%2）に対して署名されているため、別の SDKAppID の鍵で生成されたか、改ざんされた可能性があります。</translation>
    </message>
    <message>
        <source>This SDKAppID probably lives in another region than the one the request went to.</source>
        <translation>この SDKAppID は、リクエストの送信先とは別のリージョンにある可能性があります。</translation>
    </message>
    <message>
        <source>This SDKAppID probably lives in another region: the request went to %1. Pick the region where the app was created.</source>
        <translation>この SDKAppID は別のリージョンにある可能性があります。リクエストの送信先は %1 でした。アプリを作成したリージョンを選んでください。</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>identifier</translation>
    </message>
    <message>
        <source>SDKAppID</source>
        <translation>SDKAppID</translation>
    </message>
    <message>
        <source>The custom field %1 was not created in the Chat console, or its name is misspelled.</source>
        <translation>カスタムフィールド%1が Chat コンソールで作成されていないか、名前のつづりが間違っています。</translation>
    </message>
    <message>
        <source>The field %1 is not writable by the App admin: its write permission in the Chat console does not include &quot;App admin writable&quot;.</source>
        <translation>アプリ管理者はフィールド%1に書き込めません。Chat コンソールでの書き込み権限に「アプリ管理者が書き込み可能」が含まれていません。</translation>
    </message>
    <message>
        <source>The caller&apos;s IP address is not on the app&apos;s IP allowlist, so every REST call from this machine is refused whatever the credentials.</source>
        <translation>呼び出し元の IP アドレスがアプリの IP 許可リストにないため、認証情報にかかわらず、このマシンからの REST 呼び出しはすべて拒否されます。</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>The server accepted the request.</source>
        <translation>サーバーがリクエストを受け付けました。</translation>
    </message>
    <message>
        <source>(no ErrorInfo)</source>
        <translation>（ErrorInfo なし）</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>エラー %1</translation>
    </message>
    <message>
        <source>This console does not know error code %1. The server said: %2</source>
        <translation>このコンソールはエラーコード %1 を認識していません。サーバーの応答: %2</translation>
    </message>
    <message>
        <source>Look the code up in the Tencent Cloud Chat error code list, or contact support quoting the code and the random value.</source>
        <translation>Tencent Cloud Chat のエラーコード一覧でこのコードを調べるか、コードと random 値を添えてサポートに問い合わせてください。</translation>
    </message>
</context>
<context>
    <name>FieldSchema</name>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Where the user lives. Apps usually store four numbers (country, province, city, district) that they map to place names themselves.</source>
        <translation>ユーザーが住んでいる場所です。アプリは通常 4 つの数値（国、省・州、市、区）を保存し、地名への対応付けはアプリ自身が行います。</translation>
    </message>
    <message>
        <source>The English documentation and the Web SDK limit Location to 16 bytes, the Chinese documentation to 500 bytes. Keep it within 16 bytes so every client can read it.</source>
        <translation>英語のドキュメントと Web SDK では所在地の上限は 16 バイト、中国語のドキュメントでは 500 バイトです。すべてのクライアントで読めるよう、16 バイト以内にしてください。</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>ニックネーム</translation>
    </message>
    <message>
        <source>The name other users see. Text up to 500 bytes.</source>
        <translation>他のユーザーに表示される名前です。最大 500 バイトのテキスト。</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>The user&apos;s gender, or not set.</source>
        <translation>ユーザーの性別、または未設定。</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>誕生日</translation>
    </message>
    <message>
        <source>The date of birth as the number YYYYMMDD, e.g. 19900521; 0 means not set.</source>
        <translation>生年月日を YYYYMMDD 形式の数値で表します（例: 19900521）。0 は未設定を意味します。</translation>
    </message>
    <message>
        <source>Personal signature</source>
        <translation>個人署名</translation>
    </message>
    <message>
        <source>A short status line. Text up to 500 bytes.</source>
        <translation>短いステータスメッセージです。最大 500 バイトのテキスト。</translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation>友達追加の方法</translation>
    </message>
    <message>
        <source>Whether others may add this user as a friend.</source>
        <translation>他のユーザーがこのユーザーを友達に追加できるかどうか。</translation>
    </message>
    <message>
        <source>Need approval</source>
        <translation>承認が必要</translation>
    </message>
    <message>
        <source>Anyone may add</source>
        <translation>誰でも追加可能</translation>
    </message>
    <message>
        <source>Nobody may add</source>
        <translation>誰も追加できない</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>A number from 0 to 4294967295; each app defines which language each number means.</source>
        <translation>0 から 4294967295 までの数値です。どの数値がどの言語を表すかはアプリが定義します。</translation>
    </message>
    <message>
        <source>Avatar URL</source>
        <translation>アバター URL</translation>
    </message>
    <message>
        <source>The address of the user&apos;s picture. Up to 500 bytes.</source>
        <translation>ユーザーの画像のアドレスです。最大 500 バイト。</translation>
    </message>
    <message>
        <source>Message settings</source>
        <translation>メッセージ設定</translation>
    </message>
    <message>
        <source>Bit flags. Bit 0 set means the user does not receive messages; the other bits are kept as they are.</source>
        <translation>ビットフラグです。ビット 0 が立っていると、ユーザーはメッセージを受信しません。その他のビットはそのまま保持されます。</translation>
    </message>
    <message>
        <source>Friend requests by admin</source>
        <translation>管理者による友達申請の設定</translation>
    </message>
    <message>
        <source>Set by an administrator only: whether this user may send friend requests.</source>
        <translation>管理者だけが設定できます：このユーザーが友達申請を送れるかどうか。</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>A number from 0 to 4294967295 whose meaning the app defines.</source>
        <translation>0 から 4294967295 までの数値で、意味はアプリが定義します。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>A custom field: text up to %1 bytes. It must exist in the Chat console and be readable and writable by the App admin.</source>
        <translation>カスタムフィールド：最大 %1 バイトのテキスト。Chat コンソールで作成済みで、アプリ管理者が読み書きできる必要があります。</translation>
    </message>
    <message>
        <source>Create the field in the Chat console first (Feature Configuration &gt; User Custom Field) with read and write permission for the App admin. A new field takes up to 10 minutes to work, and it cannot be renamed or deleted afterwards; only its permissions can be changed.</source>
        <translation>先に Chat コンソール（機能設定 &gt; ユーザーカスタムフィールド）で、アプリ管理者に読み書き権限を与えてフィールドを作成してください。新しいフィールドが使えるようになるまで最大 10 分かかり、作成後は名前の変更や削除はできず、権限だけを変更できます。</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>&quot;%1&quot; cannot be a custom field name: use 1 to %2 letters, digits or underscores, not starting with a digit.</source>
        <translation>「%1」はカスタムフィールド名に使えません。数字で始まらない、1～%2 文字の英字・数字・アンダースコアを使ってください。</translation>
    </message>
    <message>
        <source>The documentation asks for custom field names of at most %1 English letters; the Chat console has been seen to accept up to %2 letters, digits and underscores. &quot;%3&quot; only works if the console accepted it.</source>
        <translation>ドキュメントではカスタムフィールド名は英字 %1 文字までとされていますが、Chat コンソールは英字・数字・アンダースコアを %2 文字まで受け付けることが確認されています。「%3」はコンソールが受け付けた場合にのみ使えます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an assignment. Write FIELD=VALUE, e.g. Nick=Anna, Gender=Female, BirthDay=19900521 or Tag_Profile_Custom_Hobby=chess.</source>
        <translation>「%1」は代入の形式になっていません。フィールド=値 の形で書いてください。例: Nick=Anna、Gender=Female、BirthDay=19900521、Tag_Profile_Custom_Hobby=chess。</translation>
    </message>
    <message>
        <source>%1 is not a standard profile field. Check the spelling; the standard fields are: %2.</source>
        <translation>%1 は標準プロフィールフィールドではありません。つづりを確認してください。標準フィールド：%2。</translation>
    </message>
    <message>
        <source>%1 is not a profile tag. Use a standard tag (Tag_Profile_IM_…), its short name (e.g. Nick), or a custom tag (Tag_Profile_Custom_…).</source>
        <translation>%1 はプロフィールタグではありません。標準タグ（Tag_Profile_IM_…）、その短い名前（例: Nick）、またはカスタムタグ（Tag_Profile_Custom_…）を使ってください。</translation>
    </message>
    <message>
        <source>%1 takes text, but the value is %2. Send it as a JSON string.</source>
        <translation>%1 はテキストを受け付けますが、値が %2 です。JSON 文字列として送信してください。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long in UTF-8; the server accepts at most %3. Shorten it by %4 bytes.</source>
        <translation>%1 は UTF-8 で %2 バイトありますが、サーバーが受け付けるのは最大 %3 バイトです。%4 バイト短くしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2. Choose one of: %3.</source>
        <translation>「%1」は %2 の有効な値ではありません。次のいずれかを選んでください：%3。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long, more than %3. %4</source>
        <translation>%1 は %2 バイトあり、%3 を超えています。%4</translation>
    </message>
    <message>
        <source>%1 takes a whole number from 0 to 4294967295 sent as a JSON number, but the value is %2.</source>
        <translation>%1 は JSON の数値として送る 0 から 4294967295 までの整数を受け付けますが、値が %2 です。</translation>
    </message>
    <message>
        <source>%1 takes a whole number, but the value is %2. Remove the fraction.</source>
        <translation>%1 は整数を受け付けますが、値が %2 です。小数部分を取り除いてください。</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 4294967295; %2 is out of range.</source>
        <translation>%1 は 0 から 4294967295 の範囲でなければなりません。%2 は範囲外です。</translation>
    </message>
    <message>
        <source>%1 is not a calendar date. Write the birthday as YYYYMMDD, e.g. 19900521, or 0 for not set.</source>
        <translation>%1 は実在する日付ではありません。誕生日は YYYYMMDD の形（例: 19900521）で書き、未設定にする場合は 0 と書いてください。</translation>
    </message>
</context>
<context>
    <name>GetCommand</name>
    <message>
        <source>Read user profiles (portrait_get).</source>
        <translation>ユーザープロフィールを読み取ります（portrait_get）。</translation>
    </message>
    <message>
        <source>Reads the profiles of the given accounts and prints each account&apos;s fields. Exit codes: 0 every account read; 1 the API answered FAIL or some accounts failed; 2 bad input, nothing sent; 3 network, TLS, timeout or protocol failure.</source>
        <translation>指定したアカウントのプロフィールを読み取り、アカウントごとのフィールドを出力します。終了コード：0 すべてのアカウントを読み取り、1 API が FAIL を返したか一部のアカウントが失敗、2 入力の誤り（何も送信していない）、3 ネットワーク・TLS・タイムアウト・プロトコルの障害。</translation>
    </message>
    <message>
        <source>Account IDs to read.</source>
        <translation>読み取るアカウント ID。</translation>
    </message>
    <message>
        <source>A field to read: a standard field&apos;s short name (Nick, Gender, BirthDay…), its full tag, or Tag_Profile_Custom_NAME. Repeat for several; default: every standard field.</source>
        <translation>読み取るフィールド：標準フィールドの短い名前（Nick、Gender、BirthDay…）、完全なタグ、または Tag_Profile_Custom_NAME。複数指定するときは繰り返します。既定値：すべての標準フィールド。</translation>
    </message>
    <message>
        <source>Name at least one account to read.</source>
        <translation>読み取るアカウントを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;: use a standard field name such as Nick or Gender, or Tag_Profile_Custom_NAME.</source>
        <translation>不明なフィールド「%1」です。Nick や Gender などの標準フィールド名か、Tag_Profile_Custom_NAME を使ってください。</translation>
    </message>
    <message>
        <source>failed, ResultCode %1 %2</source>
        <translation>失敗、ResultCode %1 %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message numerus="yes">
        <source>Accounts that could not be read: %n.</source>
        <translation>
            <numerusform>読み取れなかったアカウント数：%n。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>Show the change history: every profile write of the console and the CLI.</source>
        <translation>変更履歴を表示します: コンソールと CLI によるすべてのプロフィール書き込み。</translation>
    </message>
    <message>
        <source>Lists the profile writes recorded on this computer, newest first, by the console and the CLI alike. Each write is recorded before it is sent; one whose answer never came is shown as unknown. The history is kept in %1.</source>
        <translation>このコンピューターに記録されたプロフィールの書き込みを新しい順に表示します（コンソールと CLI の両方）。書き込みは送信前に記録され、応答がなかったものは不明と表示されます。履歴は %1 に保存されています。</translation>
    </message>
    <message>
        <source>Only the changes of this account.</source>
        <translation>このアカウントの変更のみ。</translation>
    </message>
    <message>
        <source>Only the changes of this operation (an Apply, a set, a bulk job, a revert).</source>
        <translation>この操作の変更のみ（適用、set、一括ジョブ、取り消し）。</translation>
    </message>
    <message>
        <source>Only changes at or after this time: a date (2026-12-01, midnight UTC) or an ISO time.</source>
        <translation>この時刻以降の変更のみ: 日付（2026-12-01、UTC の午前 0 時）または ISO 形式の時刻。</translation>
    </message>
    <message>
        <source>Print the changes as a JSON array.</source>
        <translation>変更を JSON 配列として出力します。</translation>
    </message>
    <message>
        <source>history takes no arguments; filter with --account, --job or --since.</source>
        <translation>history は引数を取りません。--account、--job、--since で絞り込んでください。</translation>
    </message>
    <message>
        <source>--job takes an operation&apos;s number, as history and jobs list them.</source>
        <translation>--job には history と jobs が表示する操作番号を指定します。</translation>
    </message>
    <message>
        <source>--since takes a date such as 2026-12-01 or a time such as 2026-12-01T08:30:00Z.</source>
        <translation>--since には 2026-12-01 のような日付か 2026-12-01T08:30:00Z のような時刻を指定します。</translation>
    </message>
    <message>
        <source>No changes are recorded.</source>
        <translation>記録された変更はありません。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻（UTC）</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>New</source>
        <translation>変更後</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>%1 accounts</source>
        <translation>%1 アカウント</translation>
    </message>
    <message>
        <source>bulk: %1 accounts</source>
        <translation>一括：%1 アカウント</translation>
    </message>
    <message>
        <source>1 field on 1 account</source>
        <translation>1 アカウントの 1 フィールド</translation>
    </message>
    <message>
        <source>%1 fields on 1 account</source>
        <translation>1 アカウントの %1 フィールド</translation>
    </message>
    <message>
        <source>%1 OK</source>
        <translation>成功 %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>失敗 %1</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>不明 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Only the loaded account</source>
        <translation>読み込んだアカウントのみ</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>%1 のみ</translation>
    </message>
    <message>
        <source>No change history in this session.</source>
        <translation>このセッションの変更履歴はありません。</translation>
    </message>
    <message>
        <source>No profile has been written from this computer yet.</source>
        <translation>このコンピューターからはまだプロフィールを書き込んでいません。</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>変更履歴を消去(&amp;L)…</translation>
    </message>
    <message>
        <source>The change history was cleared.</source>
        <translation>変更履歴を消去しました。</translation>
    </message>
    <message>
        <source>bulk: %1 accounts</source>
        <translation>一括：%1 アカウント</translation>
    </message>
    <message>
        <source>Where the change history is kept</source>
        <translation>変更履歴の保存場所</translation>
    </message>
    <message>
        <source>Search accounts, fields, values</source>
        <translation>アカウント、フィールド、値を検索</translation>
    </message>
    <message>
        <source>Search the change history</source>
        <translation>変更履歴を検索</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>すべての結果</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Unknown: sent, and no answer came; the write may have been stored</source>
        <translation>不明：送信しましたが応答がありませんでした。書き込みは保存された可能性があります</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>すべてのアカウント</translation>
    </message>
    <message>
        <source>Save the changes shown as a CSV file</source>
        <translation>表示されている変更を CSV ファイルとして保存</translation>
    </message>
    <message>
        <source>Delete every recorded change from this computer</source>
        <translation>記録されたすべての変更をこのコンピューターから削除</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>保存場所：%1</translation>
    </message>
    <message>
        <source>No change matches these filters.</source>
        <translation>これらのフィルターに一致する変更はありません。</translation>
    </message>
    <message>
        <source>Showing the newest %1 changes; narrow the filters to see older ones.</source>
        <translation>最新の %1 件の変更を表示しています。古い変更を見るには、フィルターで絞り込んでください。</translation>
    </message>
    <message>
        <source>Any field</source>
        <translation>すべてのフィールド</translation>
    </message>
    <message>
        <source>Any connection</source>
        <translation>すべての接続</translation>
    </message>
    <message>
        <source>Clear the change history</source>
        <translation>変更履歴の消去</translation>
    </message>
    <message>
        <source>Delete every recorded change from this computer?</source>
        <translation>記録されたすべての変更をこのコンピューターから削除しますか？</translation>
    </message>
    <message>
        <source>What was written to which account, and how to put it back, is lost; the profiles on the server stay as they are. Export the history first to keep a copy.</source>
        <translation>どのアカウントに何を書き込んだか、またそれを元に戻す方法が失われます。サーバー上のプロフィールはそのまま残ります。控えを残すには、先に履歴をエクスポートしてください。</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>履歴を消去</translation>
    </message>
    <message>
        <source>Export the change history</source>
        <translation>変更履歴のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Exported 1 change to %1.</source>
        <translation>1 件の変更を %1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Exported %1 changes to %2.</source>
        <translation>%1 件の変更を %2 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Rever&amp;t…</source>
        <translation>取り消し(&amp;T)…</translation>
    </message>
    <message>
        <source>Only the newest changes are shown: narrow the filters to revert.</source>
        <translation>最新の変更のみを表示しています。取り消すには、フィルターで絞り込んでください。</translation>
    </message>
    <message>
        <source>Put back what the selected operations or changes overwrote, after a look at what the server holds now</source>
        <translation>サーバー上の現在の値を確認したうえで、選択した操作または変更で上書きされた値を元に戻します</translation>
    </message>
    <message>
        <source>Revert all shown…</source>
        <translation>表示中の変更をすべて取り消し…</translation>
    </message>
    <message>
        <source>Revert all shown for %1…</source>
        <translation>%1 の表示中の変更をすべて取り消し…</translation>
    </message>
    <message>
        <source>Filter the history to one account (and a time span) to revert all its changes shown</source>
        <translation>表示中の変更をすべて取り消すには、履歴を 1 つのアカウント（と期間）で絞り込んでください</translation>
    </message>
    <message>
        <source>Put back every change shown: this account&apos;s, within the filters and time span chosen</source>
        <translation>表示中のすべての変更を元に戻します（選択したフィルターと期間内の、このアカウントの変更）</translation>
    </message>
</context>
<context>
    <name>JobResultModel</name>
    <message>
        <source>the account does not exist</source>
        <translation>アカウントが存在しない</translation>
    </message>
    <message>
        <source>the server refuses a field</source>
        <translation>サーバーがフィールドを拒否</translation>
    </message>
    <message>
        <source>invalid input row</source>
        <translation>無効な入力行</translation>
    </message>
    <message>
        <source>the server answered with an HTTP error</source>
        <translation>サーバーが HTTP エラーを返した</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Sent, no answer yet</source>
        <translation>送信済み、まだ応答なし</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>OK, but did not stick: %1</source>
        <translation>成功、ただし反映されず：%1</translation>
    </message>
    <message>
        <source>Unchanged (already as asked)</source>
        <translation>変更なし（すでに指定どおり）</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>スキップ：%1</translation>
    </message>
    <message>
        <source>Unknown: sent, but no answer came</source>
        <translation>不明：送信したが応答なし</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Fields written</source>
        <translation>書き込んだフィールド</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>A job is running already.</source>
        <translation>すでにジョブが実行中です。</translation>
    </message>
    <message>
        <source>The job was not stored, so it cannot be sent.</source>
        <translation>ジョブが保存されていないため送信できません。</translation>
    </message>
    <message>
        <source>The job is finished: every row has its outcome.</source>
        <translation>ジョブは完了しています。すべての行に結果があります。</translation>
    </message>
    <message>
        <source>The job&apos;s rows are damaged: row %1 is numbered %2.</source>
        <translation>ジョブの行が壊れています。%1 行目の番号が %2 です。</translation>
    </message>
    <message>
        <source>This job belongs to another app, admin or endpoint than the connection in use: it writes only where its old values were read from (app %1 at %2).</source>
        <translation>このジョブは使用中の接続とは別のアプリ、管理者、またはエンドポイントのものです。元の値を読んだ場所（%2 のアプリ %1）にだけ書き込みます。</translation>
    </message>
    <message>
        <source>Cancelled: nothing more was sent, and the answers on their way were awaited.</source>
        <translation>キャンセルしました。新たな送信は行わず、途中の応答は待ちました。</translation>
    </message>
    <message>
        <source>The connection changed while the job ran: it now goes to another app, admin or endpoint than the job&apos;s. Nothing more was sent.</source>
        <translation>ジョブの実行中に接続が変わり、ジョブとは別のアプリ、管理者、またはエンドポイントを指しています。これ以上は送信していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in a row got no answer: the network or the server seems down. The job stopped; resume it later.</source>
        <translation>
            <numerusform>%n 件の要求が続けて応答を得られませんでした。ネットワークかサーバーが停止しているようです。ジョブを停止しました。後で再開してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows sent before could not be read back (%1), so they were not sent again. Resume the job later.</source>
        <translation>以前に送信した行を読み戻せなかったため（%1）、再送信していません。後でジョブを再開してください。</translation>
    </message>
    <message>
        <source>Some rows could not be sent: the network failed each time. Resume the job to send them.</source>
        <translation>一部の行を送信できませんでした。毎回ネットワークが失敗しました。ジョブを再開すると送信します。</translation>
    </message>
    <message>
        <source>Done: %1 OK, %2 unchanged, %3 failed, %4 skipped, %5 unknown.</source>
        <translation>完了: 成功 %1、変更なし %2、失敗 %3、スキップ %4、不明 %5。</translation>
    </message>
    <message>
        <source>The job could not be stored, so nothing was sent: %1</source>
        <translation>ジョブを保存できなかったため、何も送信していません：%1</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>何も送信する前にキャンセルしました。</translation>
    </message>
    <message>
        <source>Cancelled: nothing more was sent, and the requests on their way were cut off; a write among them may or may not have been stored.</source>
        <translation>キャンセルしました：これ以上は何も送信せず、送信中のリクエストは打ち切りました。その中の書き込みは保存された可能性も、されていない可能性もあります。</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>the job store</source>
        <translation>ジョブの保存先</translation>
    </message>
    <message>
        <source>Cannot store the job</source>
        <translation>ジョブを保存できません</translation>
    </message>
    <message>
        <source>Cannot record the job&apos;s progress</source>
        <translation>ジョブの進行状況を記録できません</translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <source>List the stored bulk jobs and what became of their rows.</source>
        <translation>保存されている一括ジョブと、その各行の結果を一覧表示します。</translation>
    </message>
    <message>
        <source>Lists the bulk jobs stored on this computer, newest first. An unfinished job can be continued with chat-profile bulk --resume ID.</source>
        <translation>このコンピューターに保存されている一括ジョブを新しい順に一覧表示します。未完了のジョブは chat-profile bulk --resume ID で再開できます。</translation>
    </message>
    <message>
        <source>Print the jobs as a JSON array.</source>
        <translation>ジョブを JSON 配列として出力します。</translation>
    </message>
    <message>
        <source>jobs takes no arguments.</source>
        <translation>jobs は引数を取りません。</translation>
    </message>
    <message>
        <source>No bulk jobs are stored.</source>
        <translation>保存されている一括ジョブはありません。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>作成日時（UTC）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>入力元</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>書き込み先</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完了</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>システムのキーチェーンがエラーを報告しました：%1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>システムの言語(&amp;S)</translation>
    </message>
    <message>
        <source>Applies the next time the console starts</source>
        <translation>次回コンソールを起動したときに適用されます</translation>
    </message>
</context>
<context>
    <name>LoadedProfile</name>
    <message>
        <source>Load an account first, then change its fields and apply.</source>
        <translation>まずアカウントを読み込み、フィールドを変更してから適用してください。</translation>
    </message>
    <message>
        <source>The connection changed since %1 was loaded: its values belong to the app and region they were loaded from. Load the account again on this connection, then apply.</source>
        <translation>%1 を読み込んだ後に接続が変わりました。これらの値は読み込み元のアプリとリージョンのものです。この接続でアカウントを読み込み直してから適用してください。</translation>
    </message>
</context>
<context>
    <name>LocalDatabase</name>
    <message>
        <source>Cannot create %1</source>
        <translation>%1を作成できません</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1を開けません</translation>
    </message>
    <message>
        <source>The file of %1 is damaged</source>
        <translation>%1のファイルが壊れています</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the console</source>
        <translation>%1は新しいバージョンのコンソールで書き込まれています</translation>
    </message>
    <message>
        <source>Cannot prepare %1</source>
        <translation>%1を準備できません</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chat Profile Console</source>
        <translation>Chat Profile Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Chat Profile Console</source>
        <translation>Chat Profile Console について(&amp;A)</translation>
    </message>
    <message>
        <source>About Chat Profile Console</source>
        <translation>Chat Profile Console について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chat Profile Console %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Chat Profile Console %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Edit Tencent Cloud Chat user profiles by hand, safely.&lt;br&gt;Built with Qt %1, running on Qt %2.</source>
        <translation>Tencent Cloud Chat のユーザープロフィールを安全に手作業で編集します。&lt;br&gt;Qt %1 でビルド、Qt %2 で実行中。</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>本番環境</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>テスト環境</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>開発環境</translation>
    </message>
    <message>
        <source>read-only: writing is disabled</source>
        <translation>読み取り専用：書き込みは無効です</translation>
    </message>
    <message>
        <source>every write is confirmed</source>
        <translation>書き込みのたびに確認します</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>%1 を読み込みました。</translation>
    </message>
    <message>
        <source>Saved and read back: every field stuck.</source>
        <translation>保存して読み戻しました：すべてのフィールドが反映されています。</translation>
    </message>
    <message>
        <source>Connection guard</source>
        <translation>接続の保護表示</translation>
    </message>
    <message>
        <source>You are on the Sandbox, a demo Chat server running inside this console: nothing you do here reaches Tencent. Press Load, change a field, then Apply. To work on a real app, pick its region and enter its SDKAppID, admin and secret key (Connections… keeps several).</source>
        <translation>現在、このコンソール内で動作するデモ用 Chat サーバーであるサンドボックスを使用しています。ここでの操作が Tencent に届くことはありません。「読み込み」を押し、フィールドを変更してから「適用」を押してください。実際のアプリで作業するには、リージョンを選び、SDKAppID、管理者、秘密鍵を入力してください（「接続…」で複数を保存できます）。</translation>
    </message>
    <message>
        <source>UserID whose profile to edit</source>
        <translation>プロフィールを編集する UserID</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>The UserID whose profile is loaded and edited. Press Enter to load.</source>
        <translation>プロフィールを読み込んで編集する UserID です。Enter キーで読み込みます。</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Load the account&apos;s profile (Ctrl+L)</source>
        <translation>アカウントのプロフィールを読み込む（Ctrl+L）</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Send the changed fields (Ctrl+Enter)</source>
        <translation>変更したフィールドを送信する（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the running request (Esc)</source>
        <translation>実行中のリクエストを中止する（Esc）</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>アカウント(&amp;C)：</translation>
    </message>
    <message>
        <source>Request running</source>
        <translation>リクエスト実行中</translation>
    </message>
    <message>
        <source>&amp;Load profile</source>
        <translation>プロフィールを読み込む(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>変更を適用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>リクエストをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;onnections…</source>
        <translation>接続(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>プレゼンテーションモード(&amp;P)</translation>
    </message>
    <message>
        <source>Hide SDKAppID, admin, key and UserSig and enlarge the text, for screen sharing and demos</source>
        <translation>画面共有やデモのために、SDKAppID、管理者、秘密鍵、UserSig を隠し、文字を大きくします</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>この接続は読み取り専用です。</translation>
    </message>
    <message>
        <source>%1 — Chat Profile Console</source>
        <translation>%1 — Chat Profile Console</translation>
    </message>
    <message>
        <source>The server will likely refuse this UserSig</source>
        <translation>サーバーはこの UserSig を拒否する可能性が高いです</translation>
    </message>
    <message>
        <source>Send anyway, for example to reproduce what a customer sees?</source>
        <translation>それでも送信しますか？たとえば、顧客が見ている状況を再現する場合など。</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>送信する</translation>
    </message>
    <message>
        <source>The Sandbox could not start: %1</source>
        <translation>サンドボックスを起動できません：%1</translation>
    </message>
    <message>
        <source>Waiting for the server… (Esc cancels)</source>
        <translation>サーバーを待っています…（Esc でキャンセル）</translation>
    </message>
    <message>
        <source>Value not accepted</source>
        <translation>値が受け付けられませんでした</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Where the app lives</source>
        <translation>アプリの所在</translation>
    </message>
    <message>
        <source>This app answers in %1.</source>
        <translation>このアプリは %1 で応答します。</translation>
    </message>
    <message>
        <source>Switch the connection to %1 and send again.</source>
        <translation>接続を %1 に切り替えて、もう一度送信してください。</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>%1 に切り替え</translation>
    </message>
    <message>
        <source>No other data centre said it knows this app.</source>
        <translation>このアプリを知っていると答えたデータセンターは他にありませんでした。</translation>
    </message>
    <message>
        <source>Check the SDKAppID in the Chat console; the app may also have been deleted.</source>
        <translation>Chat コンソールで SDKAppID を確認してください。アプリが削除されている可能性もあります。</translation>
    </message>
    <message>
        <source>Could not be reached: %1</source>
        <translation>到達できません：%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved, but fields did not stick: %n. See the marked rows.</source>
        <translation>
            <numerusform>保存しましたが、反映されなかったフィールド数：%n。印の付いた行を確認してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asking the other data centres (%n) whether they know this app…</source>
        <translation>
            <numerusform>他のデータセンター（%n か所）に、このアプリを知っているか問い合わせています…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Status bar after a request: the operation (Load, Apply, Read back), then how it ended.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Closing once the server answers the write… (close again to quit without waiting)</source>
        <translation>サーバーが書き込みに応答したら閉じます…（待たずに終了するにはもう一度閉じてください）</translation>
    </message>
    <message>
        <source>&amp;Bulk edit…</source>
        <translation>一括編集(&amp;B)…</translation>
    </message>
    <message>
        <source>Change many accounts from pasted cells, a CSV file or a list</source>
        <translation>貼り付けたセル、CSV ファイル、またはリストから多数のアカウントを変更</translation>
    </message>
    <message>
        <source>%1 was reverted; Load it to see the values put back (your unsent edits are kept until then).</source>
        <translation>%1 の変更を取り消しました。元に戻した値を確認するには、アカウントを読み込んでください（それまで未送信の編集は保持されます）。</translation>
    </message>
</context>
<context>
    <name>PendingEditsQuestion</name>
    <message>
        <source>Discard changes?</source>
        <translation>変更を破棄しますか？</translation>
    </message>
    <message>
        <source>The table holds unsent changes to a profile loaded from this connection. They can only be sent to where they were loaded from: switching discards them.</source>
        <translation>表には、この接続から読み込んだプロフィールへの未送信の変更があります。変更は読み込み元にしか送信できないため、切り替えると破棄されます。</translation>
    </message>
    <message>
        <source>&amp;Discard and switch</source>
        <translation>破棄して切り替え(&amp;D)</translation>
    </message>
    <message>
        <source>Loading replaces the table, and your unsent changes would be lost.</source>
        <translation>読み込むと表が置き換わり、未送信の変更は失われます。</translation>
    </message>
    <message>
        <source>&amp;Discard and load</source>
        <translation>破棄して読み込み(&amp;D)</translation>
    </message>
    <message>
        <source>You have unsent changes. Quitting now loses them.</source>
        <translation>未送信の変更があります。今終了すると失われます。</translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation>破棄して終了(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
</context>
<context>
    <name>PlanLoader</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 を開けません：%2</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message numerus="yes">
        <source>%Ln field</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>%Ln 個のフィールド</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>%Ln 個のフィールド</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account will change (%1)</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>%Ln 件のアカウントが変更されます（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts will change (%1)</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>%Ln 件のアカウントが変更されます（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already as asked</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>%Ln 件はすでに指定どおり</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account does not exist</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>%Ln 件のアカウントが存在しません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts do not exist</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>%Ln 件のアカウントが存在しません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln field the server refuses</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>サーバーが拒否するフィールド %Ln 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields the server refuses</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>サーバーが拒否するフィールド %Ln 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row left out</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>無効な行 %Ln 件を除外</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid rows left out</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>無効な行 %Ln 件を除外</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the parts of the preview totals.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>There is no valid row to preview.</source>
        <translation>プレビューできる有効な行がありません。</translation>
    </message>
    <message>
        <source>The connection changed during the preview: its values were read from another app or endpoint. Preview again.</source>
        <translation>プレビュー中に接続が変わり、値を別のアプリかエンドポイントから読みました。もう一度プレビューしてください。</translation>
    </message>
    <message>
        <source>The server refuses a profile field of these accounts but not one of them alone.</source>
        <translation>サーバーはこれらのアカウントのプロフィールフィールドを拒否しますが、個別に尋ねるとどれも拒否しません。</translation>
    </message>
    <message>
        <source>Reading the current values failed: %1 (%2). %3</source>
        <translation>現在の値を読めませんでした: %1（%2）。%3</translation>
    </message>
    <message>
        <source>Reading the current values failed: %1</source>
        <translation>現在の値を読めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>PlanProblemModel</name>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>PlanRowsModel</name>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <extracomment>A value a bulk edit row sets: the field&apos;s name, then the value.</extracomment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Values to set</source>
        <translation>設定する値</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A field in the bulk edit preview: what the server holds now, then what will be written.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Account does not exist</source>
        <translation>アカウントが存在しません</translation>
    </message>
    <message>
        <source>Fields refused by the server: %1</source>
        <translation>サーバーが拒否したフィールド：%1</translation>
    </message>
    <message>
        <source>Already as asked</source>
        <translation>すでに指定どおり</translation>
    </message>
    <message numerus="yes">
        <source>Will change %Ln field</source>
        <translation>
            <numerusform>%Ln 個のフィールドを変更予定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will change %Ln fields</source>
        <translation>
            <numerusform>%Ln 個のフィールドを変更予定</numerusform>
        </translation>
    </message>
    <message>
        <source>= %1</source>
        <extracomment>A preview cell whose field already holds the value asked for (nothing is sent).</extracomment>
        <translation>= %1</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Add field</source>
        <translation>フィールドを追加</translation>
    </message>
    <message>
        <source>Show another standard profile field</source>
        <translation>別の標準プロフィールフィールドを表示</translation>
    </message>
    <message>
        <source>Add custom field…</source>
        <translation>カスタムフィールドを追加…</translation>
    </message>
    <message>
        <source>Edit a Tag_Profile_Custom_ field created in the Chat console</source>
        <translation>Chat コンソールで作成した Tag_Profile_Custom_ フィールドを編集</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Hide the selected fields from the table (nothing is deleted on the server)</source>
        <translation>選択したフィールドを表から隠します（サーバー上では何も削除されません）</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Put the selected fields back to the loaded values</source>
        <translation>選択したフィールドを読み込み時の値に戻します</translation>
    </message>
    <message>
        <source>Revert all</source>
        <translation>すべて元に戻す</translation>
    </message>
    <message>
        <source>Discard every change since the last load</source>
        <translation>前回の読み込み以降の変更をすべて破棄します</translation>
    </message>
    <message>
        <source>Preview JSON…</source>
        <translation>JSON をプレビュー…</translation>
    </message>
    <message>
        <source>Show the exact request body Apply would send</source>
        <translation>「適用」で送信されるリクエストボディをそのまま表示します</translation>
    </message>
    <message>
        <source>Profile fields</source>
        <translation>プロフィールフィールド</translation>
    </message>
    <message>
        <source>One row per profile field: its value, the value on the server and its state.</source>
        <translation>1 行に 1 つのプロフィールフィールド：値、サーバー上の値、状態。</translation>
    </message>
    <message>
        <source>Double-click a value to edit it. Only changed fields are sent.</source>
        <translation>値をダブルクリックすると編集できます。変更したフィールドだけが送信されます。</translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation>カスタムフィールドを追加</translation>
    </message>
    <message>
        <source>e.g. Hobby for Tag_Profile_Custom_Hobby</source>
        <translation>例: Tag_Profile_Custom_Hobby なら Hobby</translation>
    </message>
    <message>
        <source>The app admin may read it</source>
        <translation>アプリ管理者が読み取り可能</translation>
    </message>
    <message>
        <source>The app admin may write it</source>
        <translation>アプリ管理者が書き込み可能</translation>
    </message>
    <message>
        <source>Field name:</source>
        <translation>フィールド名：</translation>
    </message>
    <message>
        <source>Request body of Apply</source>
        <translation>「適用」のリクエストボディ</translation>
    </message>
    <message>
        <source>Some fields are invalid: Apply will refuse to send until they are fixed.</source>
        <translation>一部のフィールドが無効です。修正するまで「適用」は送信を拒否します。</translation>
    </message>
    <message>
        <source>This is exactly what Apply sends to v4/profile/portrait_set.</source>
        <translation>これは「適用」が v4/profile/portrait_set に送信する内容そのものです。</translation>
    </message>
    <message>
        <source>Profile of %1. Double-click a value to edit it; only changed fields are sent.</source>
        <translation>%1 のプロフィール。値をダブルクリックすると編集できます。変更したフィールドだけが送信されます。</translation>
    </message>
    <message>
        <source>Edit the list of custom fields…</source>
        <translation>カスタムフィールドの一覧を編集…</translation>
    </message>
</context>
<context>
    <name>ProfileFieldDelegate</name>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Do not receive messages</source>
        <translation>メッセージを受信しない</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <source>A request is still running. Wait for it or cancel it first.</source>
        <translation>リクエストがまだ実行中です。完了を待つか、先にキャンセルしてください。</translation>
    </message>
    <message>
        <source>Enter the account (UserID) whose profile you want to load.</source>
        <translation>プロフィールを読み込むアカウント（UserID）を入力してください。</translation>
    </message>
    <message>
        <source>This connection is read-only: changes cannot be applied. Edit the connection profile to allow writing.</source>
        <translation>この接続は読み取り専用のため、変更を適用できません。書き込みを許可するよう接続プロファイルを編集してください。</translation>
    </message>
    <message>
        <source>Load an account first, then change its fields and apply.</source>
        <translation>先にアカウントを読み込んでから、フィールドを変更して適用してください。</translation>
    </message>
    <message>
        <source>Some fields have invalid values (marked in the table). Correct or revert them, then apply again.</source>
        <translation>一部のフィールドの値が無効です（表に印が付いています）。修正するか元に戻してから、もう一度適用してください。</translation>
    </message>
    <message>
        <source>Nothing has changed, so there is nothing to apply.</source>
        <translation>変更がないため、適用するものはありません。</translation>
    </message>
    <message>
        <source>This write went to another connection, or its account is no longer loaded: it can be read back only from where it was sent. Switch back to that connection and load the account to see what it holds.</source>
        <translation>この書き込みは別の接続に送られたか、そのアカウントはもう読み込まれていません。送信先からしか読み戻せません。その接続に戻ってアカウントを読み込み、保持されている値を確認してください。</translation>
    </message>
    <message>
        <source>There is no job store to record the write in first, so it was not sent.</source>
        <translation>書き込みを先に記録するジョブストアがないため、送信していません。</translation>
    </message>
    <message>
        <source>Cancelled before the write was sent.</source>
        <translation>書き込みを送信する前にキャンセルしました。</translation>
    </message>
</context>
<context>
    <name>ProfileTableModel</name>
    <message>
        <source>You sent %1, but the server now holds %2. Check the value and the field&apos;s permissions, then apply again or revert.</source>
        <translation>%1 を送信しましたが、サーバー上の値は現在 %2 です。値とフィールドの権限を確認してから、再度適用するか元に戻してください。</translation>
    </message>
    <message>
        <source>New value; the server has none yet.</source>
        <translation>新しい値です。サーバーにはまだ値がありません。</translation>
    </message>
    <message>
        <source>Was %1 on the server.</source>
        <translation>サーバー上の元の値は %1 です。</translation>
    </message>
    <message>
        <source>The server returned no value for this field.</source>
        <translation>サーバーはこのフィールドの値を返しませんでした。</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>%1 (does not receive messages)</source>
        <translation>%1（メッセージを受信しない）</translation>
    </message>
    <message>
        <source>%1 (receives messages)</source>
        <translation>%1（メッセージを受信する）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2、%3</translation>
    </message>
    <message>
        <source>%1: %2, %3: %4</source>
        <translation>%1：%2、%3：%4</translation>
    </message>
    <message>
        <source>%1 on the server: %2</source>
        <translation>サーバー上の %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>%1 / %2 bytes</source>
        <translation>%1 / %2 バイト</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未変更</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更済み</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Not set on server</source>
        <translation>サーバー上で未設定</translation>
    </message>
    <message>
        <source>Did not stick</source>
        <translation>反映されず</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>On server</source>
        <translation>サーバー上の値</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 には値が必要です。</translation>
    </message>
    <message>
        <source>%1 is already in the table.</source>
        <translation>%1 はすでに表にあります。</translation>
    </message>
    <message>
        <source>The server refused this with %1 (%2): %3 %4</source>
        <translation>サーバーは %1（%2）で拒否しました：%3 %4</translation>
    </message>
    <message numerus="yes">
        <source>The server did not say which of these %n fields it means. %1</source>
        <translation>
            <numerusform>サーバーは、これら %n 個のフィールドのどれを指すのかを示しませんでした。%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitAnywayQuestion</name>
    <message>
        <source>Quit without the server&apos;s answer?</source>
        <translation>サーバーの応答を待たずに終了しますか？</translation>
    </message>
    <message>
        <source>A write was sent and its answer has not come yet. If you quit now, nobody will know whether the change was stored: its outcome will be unknown. Read the account back after you start again to find out.</source>
        <translation>書き込みは送信済みですが、まだ応答がありません。今終了すると変更が保存されたかどうか分からず、結果は不明になります。再起動後にアカウントを読み戻して確認してください。</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>待ち続ける(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>それでも終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>シンガポール</translation>
    </message>
    <message>
        <source>Seoul</source>
        <translation>ソウル</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>東京</translation>
    </message>
    <message>
        <source>Frankfurt</source>
        <translation>フランクフルト</translation>
    </message>
    <message>
        <source>Mumbai</source>
        <translation>ムンバイ</translation>
    </message>
    <message>
        <source>Silicon Valley</source>
        <translation>シリコンバレー</translation>
    </message>
    <message>
        <source>Jakarta</source>
        <translation>ジャカルタ</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>カスタムエンドポイント</translation>
    </message>
    <message>
        <source>Sandbox (local demo)</source>
        <translation>サンドボックス（ローカルデモ）</translation>
    </message>
</context>
<context>
    <name>RegionChangeQuestion</name>
    <message>
        <source>Change the region?</source>
        <translation>リージョンを変更しますか？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a saved connection. Change its region to %2, or keep it as it is and make a new connection on %2?</source>
        <translation>「%1」は保存済みの接続です。リージョンを %2 に変更しますか？それともそのままにして %2 に新しい接続を作りますか？</translation>
    </message>
    <message>
        <source>Either way, the unsent changes in the table are discarded: they can only be sent to where they were loaded from.</source>
        <translation>どちらの場合も、表の未送信の変更は破棄されます。変更は読み込み元にしか送信できません。</translation>
    </message>
    <message>
        <source>&amp;Change this connection&apos;s region</source>
        <translation>この接続のリージョンを変更(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New connection on %1</source>
        <translation>%1 に新しい接続(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>The server&apos;s answer is not a JSON object: %1</source>
        <translation>サーバーの応答が JSON オブジェクトではありません：%1</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no ActionStatus, so it is not a Chat REST API response: %1</source>
        <translation>サーバーの応答に ActionStatus がないため、Chat REST API の応答ではありません：%1</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>（空の本文）</translation>
    </message>
</context>
<context>
    <name>RestClient</name>
    <message>
        <source>Give the app&apos;s SDKAppID.</source>
        <translation>アプリの SDKAppID を指定してください。</translation>
    </message>
    <message>
        <source>Give the App admin identifier.</source>
        <translation>アプリ管理者の identifier を指定してください。</translation>
    </message>
    <message>
        <source>There is no UserSig: give the secret key or a ready UserSig.</source>
        <translation>UserSig がありません。秘密鍵か生成済みの UserSig を指定してください。</translation>
    </message>
    <message>
        <source>Give the account whose profile to set.</source>
        <translation>プロフィールを設定するアカウントを指定してください。</translation>
    </message>
    <message>
        <source>Give at least one field to set.</source>
        <translation>設定するフィールドを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>Give at least one account, and no empty account IDs.</source>
        <translation>アカウントを 1 つ以上指定し、空のアカウント ID は含めないでください。</translation>
    </message>
    <message>
        <source>Give at least one profile tag to read.</source>
        <translation>読み取るプロフィールタグを 1 つ以上指定してください。</translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次の手順</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>リクエストの詳細</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>生の応答</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>セッションログ</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>cURL としてコピー</translation>
    </message>
    <message>
        <source>Copy the request as a curl command, with the UserSig hidden</source>
        <translation>UserSig を隠した状態で、リクエストを curl コマンドとしてコピーします</translation>
    </message>
    <message>
        <source>Copy as cURL with the full UserSig…</source>
        <translation>完全な UserSig を含めて cURL としてコピー…</translation>
    </message>
    <message>
        <source>Include the UserSig?</source>
        <translation>UserSig を含めますか？</translation>
    </message>
    <message>
        <source>The command will contain a working admin UserSig. Anyone who sees it can act as the admin of this app until it expires. Copy it anyway?</source>
        <translation>このコマンドには有効な管理者の UserSig が含まれます。期限が切れるまで、これを見た人は誰でもこのアプリの管理者として操作できます。それでもコピーしますか？</translation>
    </message>
    <message>
        <source>Copy with UserSig</source>
        <translation>UserSig を含めてコピー</translation>
    </message>
    <message>
        <source>What it means:</source>
        <translation>意味：</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対処方法：</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>詳細：</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>No request yet. Load an account to begin.</source>
        <translation>まだリクエストはありません。アカウントを読み込んで始めてください。</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（応答なし）</translation>
    </message>
    <message>
        <source>The server accepted the request.</source>
        <translation>サーバーがリクエストを受け付けました。</translation>
    </message>
    <message>
        <source>Some accounts could not be read.</source>
        <translation>一部のアカウントを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Check the network and the region, then try again.</source>
        <translation>ネットワークとリージョンを確認してから、再試行してください。</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>Find the app&apos;s region</source>
        <translation>アプリのリージョンを探す</translation>
    </message>
    <message>
        <source>Ask every other data centre, read-only, whether it knows this SDKAppID</source>
        <translation>他のすべてのデータセンターに、読み取り専用でこの SDKAppID を知っているか問い合わせます</translation>
    </message>
    <message numerus="yes">
        <source>random %1 · %2 ms · attempts: %n (random %3) · HTTP %4 · %5</source>
        <translation>
            <numerusform>random %1 · %2 ミリ秒 · 試行回数：%n（random %3）· HTTP %4 · %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the account back</source>
        <translation>アカウントを読み戻す</translation>
    </message>
    <message>
        <source>Read the account back to see what the server holds before you apply again.</source>
        <translation>もう一度適用する前に、アカウントを読み戻してサーバーが保持している値を確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard is cleared after %n seconds if it still holds the command.</source>
        <translation>
            <numerusform>クリップボードにこのコマンドが残っていれば、%n 秒後に消去します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the fields this write sent back from where it went, to see whether it was stored</source>
        <translation>この書き込みが送ったフィールドを送信先から読み戻し、保存されたかどうかを確認します</translation>
    </message>
</context>
<context>
    <name>RevertCommand</name>
    <message>
        <source>SDKAppID %1 (admin %2) at %3</source>
        <translation>%3 の SDKAppID %1（管理者 %2）</translation>
    </message>
    <message>
        <source>Put back the values recorded changes replaced: an operation, a change, an account&apos;s.</source>
        <translation>記録された変更で置き換えられた値を元に戻します（操作、変更、アカウント単位）。</translation>
    </message>
    <message>
        <source>Writes back the values that the selected changes of the change history replaced, on the app they were made on (other connection options are refused). The current values are read first: a field that no longer holds what was written (someone changed it since) is a conflict, skipped unless --force. A field that was not set before gets its empty value (&quot;&quot;, 0, or the default), since portrait_set cannot unset it. The revert is an operation of its own and can be reverted. Exit codes: 0 everything was put back; 1 a conflict was skipped, or a write failed or its outcome is unknown; 2 bad input or another app, nothing sent; 3 a network failure stopped it.</source>
        <translation>変更履歴で選んだ変更が置き換えた値を、変更が行われたアプリに書き戻します（それ以外の接続オプションは拒否します）。まず現在の値を読み取ります。書き込んだ値がもう入っていないフィールド（その後に誰かが変更したもの）は競合となり、--force を指定しない限りスキップします。以前は未設定だったフィールドには空の値（&quot;&quot;、0、または既定値）を書き込みます。portrait_set では設定を解除できないためです。取り消しはそれ自体が 1 つの操作であり、取り消すこともできます。終了コード：0 すべて元に戻した、1 競合をスキップした、または書き込みが失敗したか結果が不明、2 入力の誤りまたは別のアプリ（何も送信していない）、3 ネットワーク障害で停止した。</translation>
    </message>
    <message>
        <source>Revert every change of this operation (an Apply, a set, a bulk job, a revert).</source>
        <translation>この操作のすべての変更を取り消します（適用、set、一括ジョブ、取り消し）。</translation>
    </message>
    <message>
        <source>Revert this one change (its id in chat-profile history).</source>
        <translation>この 1 件の変更を取り消します（chat-profile history に表示される ID）。</translation>
    </message>
    <message>
        <source>Revert every change of this account (with --since: from then on).</source>
        <translation>このアカウントのすべての変更を取り消します（--since を指定した場合はその時刻以降）。</translation>
    </message>
    <message>
        <source>With --account: only changes at or after this time: a date (2026-12-01, midnight UTC) or an ISO time.</source>
        <translation>--account と併用：この時刻以降の変更のみ。日付（2026-12-01、UTC の午前 0 時）または ISO 形式の時刻。</translation>
    </message>
    <message>
        <source>Read the current values and print what the revert would do; write nothing.</source>
        <translation>現在の値を読み取り、取り消しで行われる内容を出力します。何も書き込みません。</translation>
    </message>
    <message>
        <source>Overwrite conflicts too: fields someone changed since the selected changes.</source>
        <translation>競合も上書きします。競合とは、選んだ変更の後に誰かが変更したフィールドです。</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>進行状況を出力しません。</translation>
    </message>
    <message>
        <source>revert takes no arguments; select the changes with --job, --change or --account.</source>
        <translation>revert は引数を取りません。--job、--change、--account で変更を選んでください。</translation>
    </message>
    <message>
        <source>Select the changes to revert with one of --job ID, --change ID or --account ACCOUNT.</source>
        <translation>取り消す変更を --job ID、--change ID、--account ACCOUNT のいずれか 1 つで選んでください。</translation>
    </message>
    <message>
        <source>--since goes with --account: an operation or a change is reverted whole.</source>
        <translation>--since は --account と併用します。操作や変更は全体が取り消されます。</translation>
    </message>
    <message>
        <source>--%1 takes an id as chat-profile history lists it, not &quot;%2&quot;.</source>
        <translation>--%1 には chat-profile history に表示される ID を指定してください。「%2」は使えません。</translation>
    </message>
    <message>
        <source>--account wants the account whose changes to revert.</source>
        <translation>--account には変更を取り消すアカウントを指定してください。</translation>
    </message>
    <message>
        <source>--since takes a date such as 2026-12-01 or a time such as 2026-12-01T08:30:00Z.</source>
        <translation>--since には 2026-12-01 のような日付か 2026-12-01T08:30:00Z のような時刻を指定します。</translation>
    </message>
    <message>
        <source>The change history has no change of operation %1.</source>
        <translation>変更履歴に操作 %1 の変更はありません。</translation>
    </message>
    <message>
        <source>The change history has no change %1.</source>
        <translation>変更履歴に変更 %1 はありません。</translation>
    </message>
    <message>
        <source>The change history has no change of %1 in that time.</source>
        <translation>変更履歴に、その期間の %1 の変更はありません。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信していません。</translation>
    </message>
    <message>
        <source>The changes were made on %1, but these options go to %2. A revert writes only where the changes were made: give their connection options. Nothing was sent.</source>
        <translation>変更は %1 で行われましたが、これらのオプションの宛先は %2 です。取り消しは変更が行われた場所にだけ書き込みます。その接続オプションを指定してください。何も送信していません。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>ドライラン：何も書き込んでいません。</translation>
    </message>
    <message>
        <source>The revert was refused before anything was sent.</source>
        <translation>取り消しは送信前に拒否されました。</translation>
    </message>
    <message>
        <source>the account does not exist</source>
        <translation>アカウントが存在しない</translation>
    </message>
    <message>
        <source>was not set: writes its empty value (&quot;&quot;, 0, or the default)</source>
        <translation>未設定だった：空の値（&quot;&quot;、0、または既定値）を書き込む</translation>
    </message>
    <message>
        <source>already back to %1</source>
        <translation>すでに %1 に戻っている</translation>
    </message>
    <message>
        <source>CONFLICT: we wrote %1, now there: %2, revert would write: %3</source>
        <translation>競合：書き込んだ値 %1、現在の値 %2、取り消しで書き込む値 %3</translation>
    </message>
    <message>
        <source>overwritten (--force)</source>
        <translation>上書き（--force）</translation>
    </message>
    <message>
        <source>skipped (--force overwrites it)</source>
        <translation>スキップ（--force で上書き可能）</translation>
    </message>
    <message>
        <source>the server refuses to read it for this app</source>
        <translation>サーバーがこのアプリでの読み取りを拒否</translation>
    </message>
    <message>
        <source>Fields to put back: %1; already back: %2; conflicts: %3 (%4).</source>
        <translation>元に戻すフィールド：%1、すでに元どおり：%2、競合：%3（%4）。</translation>
    </message>
    <message>
        <source>overwritten</source>
        <translation>上書き</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Failed writes left out, since they changed nothing: %1.</source>
        <translation>何も変更しなかったため除外した失敗の書き込み：%1。</translation>
    </message>
    <message>
        <source>Revert job %1: accounts written: %2, already back: %3, only conflicts: %4, failed: %5, unknown: %6, not sent yet: %7 (of %8).</source>
        <translation>取り消しジョブ %1：書き込んだアカウント：%2、すでに元どおり：%3、競合のみ：%4、失敗：%5、不明：%6、未送信：%7（全 %8）。</translation>
    </message>
    <message>
        <source>Conflicts skipped: %1 (listed above); --force overwrites them.</source>
        <translation>スキップした競合：%1（上記参照）。--force を指定すると上書きします。</translation>
    </message>
    <message>
        <source>The revert stopped before every account had its result. Run it again: fields already back are not written again.</source>
        <translation>すべてのアカウントの結果が出る前に取り消しが停止しました。もう一度実行してください。すでに元どおりのフィールドは再度書き込まれません。</translation>
    </message>
    <message>
        <source>Recorded as operation %1; chat-profile revert --job %1 undoes this revert.</source>
        <translation>操作 %1 として記録しました。chat-profile revert --job %1 でこの取り消しを取り消せます。</translation>
    </message>
</context>
<context>
    <name>RevertDialog</name>
    <message>
        <source>What the revert puts back</source>
        <translation>取り消しで元に戻す内容</translation>
    </message>
    <message>
        <source>&amp;Overwrite changes made since</source>
        <translation>その後の変更も上書きする(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>取り消し(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>変更の取り消し</translation>
    </message>
    <message>
        <source>A field that was not set before cannot be removed through the API: the revert writes its empty value instead (&quot;&quot; for text, 0 for numbers, the default of a choice).</source>
        <translation>以前は未設定だったフィールドは API で削除できないため、取り消しでは代わりに空の値を書き込みます（テキストは &quot;&quot;、数値は 0、選択肢は既定値）。</translation>
    </message>
    <message>
        <source>Write the old value also where someone changed the field after we wrote it</source>
        <translation>書き込んだ後に誰かが変更したフィールドにも元の値を書き込みます</translation>
    </message>
    <message>
        <source>The current values could not be read, so nothing was written: %1</source>
        <translation>現在の値を読み取れなかったため、何も書き込んでいません：%1</translation>
    </message>
    <message>
        <source>Puts back what the selected changes overwrote: %1 on %2, in SDKAppID %3 as %4 at %5.</source>
        <translation>選択した変更で上書きされた値を元に戻します：%2 の %1、%5 の SDKAppID %3（管理者 %4）。</translation>
    </message>
    <message>
        <source>1 field</source>
        <translation>1 フィールド</translation>
    </message>
    <message>
        <source>%1 fields</source>
        <translation>%1 フィールド</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 アカウント</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 アカウント</translation>
    </message>
    <message>
        <source>1 failed write is left out: it changed nothing.</source>
        <translation>失敗した書き込み 1 件は、何も変更していないため除外しています。</translation>
    </message>
    <message>
        <source>%1 failed writes are left out: they changed nothing.</source>
        <translation>失敗した書き込み %1 件は、何も変更していないため除外しています。</translation>
    </message>
    <message>
        <source>These changes were made in SDKAppID %1 as %2 at %3, but the window&apos;s connection goes to SDKAppID %4 as %5 at %6. A revert writes only where the changes were made: pick that app, region and admin in the main window, then Revert… again. Nothing was read or sent.</source>
        <translation>これらの変更は %3 の SDKAppID %1（管理者 %2）で行われましたが、このウィンドウの接続の宛先は %6 の SDKAppID %4（管理者 %5）です。取り消しは変更が行われた場所にだけ書き込みます。メインウィンドウでそのアプリ、リージョン、管理者を選んでから、もう一度「取り消し…」を押してください。何も読み取っておらず、送信もしていません。</translation>
    </message>
    <message>
        <source>The current values cannot be read: %1</source>
        <translation>現在の値を読み取れません：%1</translation>
    </message>
    <message>
        <source>Reading the current values…</source>
        <translation>現在の値を読み取り中…</translation>
    </message>
    <message>
        <source>1 field will be put back.</source>
        <translation>1 フィールドを元に戻します。</translation>
    </message>
    <message>
        <source>%1 fields will be put back.</source>
        <translation>%1 フィールドを元に戻します。</translation>
    </message>
    <message>
        <source>1 conflict (changed since we wrote it) is skipped.</source>
        <translation>競合 1 件（書き込んだ後に変更されたもの）はスキップします。</translation>
    </message>
    <message>
        <source>%1 conflicts (changed since we wrote them) are skipped.</source>
        <translation>競合 %1 件（書き込んだ後に変更されたもの）はスキップします。</translation>
    </message>
    <message>
        <source>1 conflict will be overwritten.</source>
        <translation>競合 1 件を上書きします。</translation>
    </message>
    <message>
        <source>%1 conflicts will be overwritten.</source>
        <translation>競合 %1 件を上書きします。</translation>
    </message>
    <message>
        <source>1 field already holds its old value.</source>
        <translation>1 フィールドはすでに元の値です。</translation>
    </message>
    <message>
        <source>%1 fields already hold their old value.</source>
        <translation>%1 フィールドはすでに元の値です。</translation>
    </message>
    <message>
        <source>1 field cannot be written.</source>
        <translation>1 フィールドは書き込めません。</translation>
    </message>
    <message>
        <source>%1 fields cannot be written.</source>
        <translation>%1 フィールドは書き込めません。</translation>
    </message>
    <message>
        <source>This connection is read-only: it refuses reverts. Pick a connection that may write in the main window.</source>
        <translation>この接続は読み取り専用のため、取り消しを拒否します。メインウィンドウで書き込み可能な接続を選んでください。</translation>
    </message>
    <message>
        <source>The revert is running.</source>
        <translation>取り消しを実行中です。</translation>
    </message>
    <message>
        <source>This revert has run. Pick the changes in the history again to see what is left.</source>
        <translation>この取り消しは実行済みです。残りを確認するには、履歴で変更をもう一度選んでください。</translation>
    </message>
    <message>
        <source>The current values are needed first.</source>
        <translation>先に現在の値を読み取る必要があります。</translation>
    </message>
    <message>
        <source>Nothing to write: every field holds its old value or cannot be written.</source>
        <translation>書き込む内容はありません。すべてのフィールドがすでに元の値か、書き込めない状態です。</translation>
    </message>
    <message>
        <source>Nothing to write but conflicts: tick &quot;Overwrite changes made since&quot; to write them.</source>
        <translation>書き込む内容は競合のみです。書き込むには「その後の変更も上書きする」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>Cancel revert</source>
        <translation>取り消しを中止</translation>
    </message>
    <message>
        <source>This connection is read-only: the revert was not started.</source>
        <translation>この接続は読み取り専用のため、取り消しを開始しませんでした。</translation>
    </message>
    <message>
        <source>Storing the revert…</source>
        <translation>取り消しを保存しています…</translation>
    </message>
    <message>
        <source>The revert could not be stored, so nothing was sent: %1</source>
        <translation>取り消しを保存できなかったため、何も送信していません：%1</translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation>取り消し中…</translation>
    </message>
    <message>
        <source>Revert ended: %1 put back, %2 failed, %3 unknown (sent, no answer), %4 not sent.</source>
        <translation>取り消し終了：元に戻した %1、失敗 %2、不明 %3（送信済み、応答なし）、未送信 %4。</translation>
    </message>
    <message>
        <source>1 field did not stick.</source>
        <translation>1 フィールドが反映されませんでした。</translation>
    </message>
    <message>
        <source>%1 fields did not stick.</source>
        <translation>%1 フィールドが反映されませんでした。</translation>
    </message>
    <message>
        <source>Cancelling: nothing new is sent; waiting for the answers on their way…</source>
        <translation>キャンセル中：新たな送信は行いません。到着途中の応答を待っています…</translation>
    </message>
</context>
<context>
    <name>RevertPlan</name>
    <message>
        <source>Select the changes to revert.</source>
        <translation>取り消す変更を選んでください。</translation>
    </message>
    <message>
        <source>None of the selected writes was stored (they all failed), so there is nothing to revert.</source>
        <translation>選んだ書き込みはどれも保存されていない（すべて失敗した）ため、取り消すものはありません。</translation>
    </message>
    <message>
        <source>The selected changes were made on different apps, regions or admins. Revert the changes of one connection at a time.</source>
        <translation>選んだ変更は別々のアプリ、リージョン、または管理者で行われました。一度に 1 つの接続の変更だけを取り消してください。</translation>
    </message>
    <message>
        <source>revert</source>
        <translation>取り消し</translation>
    </message>
</context>
<context>
    <name>RevertPreviewModel</name>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>A profile value that is empty text, in the revert preview.</extracomment>
        <translation>（空）</translation>
    </message>
    <message>
        <source>FAIL %1 %2</source>
        <translation>失敗 %1 %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>%1 (was not set: its empty value is written)</source>
        <extracomment>A field that had no value before: portrait_set cannot remove it, so its empty value is written.</extracomment>
        <translation>%1（未設定だった：空の値を書き込む）</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み取り中…</translation>
    </message>
    <message>
        <source>Will be put back</source>
        <translation>元に戻す予定</translation>
    </message>
    <message>
        <source>Conflict: changed since; skipped</source>
        <translation>競合：その後に変更あり、スキップ</translation>
    </message>
    <message>
        <source>Conflict: changed since; will be overwritten</source>
        <translation>競合：その後に変更あり、上書き予定</translation>
    </message>
    <message>
        <source>Already holds the old value</source>
        <translation>すでに元の値</translation>
    </message>
    <message>
        <source>The account does not exist</source>
        <translation>アカウントが存在しません</translation>
    </message>
    <message>
        <source>The server refuses this field</source>
        <translation>サーバーがこのフィールドを拒否</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>元に戻し済み</translation>
    </message>
    <message>
        <source>Written, but the server holds something else</source>
        <translation>書き込み済み、ただしサーバー上の値が異なる</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>Unknown: sent, and no answer came</source>
        <translation>不明：送信したが応答なし</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>We wrote</source>
        <translation>書き込んだ値</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>サーバー上の現在の値</translation>
    </message>
    <message>
        <source>Revert writes</source>
        <translation>取り消しで書き込む値</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>処理内容</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Run the Sandbox, a local emulation of the profile REST API.</source>
        <translation>サンドボックスを実行します。プロフィール REST API をローカルで再現します。</translation>
    </message>
    <message>
        <source>Serves v4/profile/portrait_set and portrait_get on plain HTTP, with the real service&apos;s URL, envelope and error codes, until SIGINT or SIGTERM. Without --sdkappid and --key-file it runs the demo app. Once listening it prints one line, &quot;listening on http://HOST:PORT&quot;, on stdout.</source>
        <translation>暗号化なしの HTTP で v4/profile/portrait_set と portrait_get を、本物のサービスと同じ URL、応答形式、エラーコードで提供し、SIGINT または SIGTERM を受け取るまで動作します。--sdkappid と --key-file がなければデモアプリを実行します。待ち受けを開始すると、標準出力に「listening on http://HOST:PORT」という 1 行を出力します。</translation>
    </message>
    <message>
        <source>Address and port to listen on; port 0 picks a free one (default 127.0.0.1:0).</source>
        <translation>待ち受けるアドレスとポート。ポート 0 は空いているポートを選びます（既定値 127.0.0.1:0）。</translation>
    </message>
    <message>
        <source>Allow --listen on an address other networks can reach. Anyone there can then read and change the Sandbox&apos;s profiles.</source>
        <translation>他のネットワークから到達できるアドレスでの --listen を許可します。その場合、そこにいる誰もがサンドボックスのプロフィールを読み書きできます。</translation>
    </message>
    <message>
        <source>SDKAppID of the emulated app (needs --key-file).</source>
        <translation>再現するアプリの SDKAppID（--key-file が必要）。</translation>
    </message>
    <message>
        <source>File holding the emulated app&apos;s secret key (needs --sdkappid).</source>
        <translation>再現するアプリの秘密鍵を格納したファイル（--sdkappid が必要）。</translation>
    </message>
    <message>
        <source>An admin account that may call the API; repeatable (default: administrator).</source>
        <translation>API を呼び出せる管理者アカウント。繰り返し指定できます（既定値：administrator）。</translation>
    </message>
    <message>
        <source>File listing account IDs to import, one per line (# starts a comment).</source>
        <translation>インポートするアカウント ID を 1 行に 1 つずつ書いたファイル（# で始まる行はコメント）。</translation>
    </message>
    <message>
        <source>A custom profile field and the admin&apos;s access to it (default rw); repeatable.</source>
        <translation>カスタムプロフィールフィールドと、それに対する管理者のアクセス権（既定値 rw）。繰り返し指定できます。</translation>
    </message>
    <message>
        <source>Keep accounts and profiles in FILE across runs (default: in memory only).</source>
        <translation>アカウントとプロフィールを FILE に保存し、実行をまたいで保持します（既定値：メモリ上のみ）。</translation>
    </message>
    <message>
        <source>Delay every answer by N milliseconds (default 0).</source>
        <translation>すべての応答を N ミリ秒遅らせます（既定値 0）。</translation>
    </message>
    <message>
        <source>Share P (0 to 1) of calls that fail on purpose: KIND is 40006 (internal error), 502 (bad gateway), drop (connection closed) or malformed (truncated JSON); repeatable.</source>
        <translation>意図的に失敗させる呼び出しの割合 P（0～1）。KIND は 40006（内部エラー）、502（不正なゲートウェイ）、drop（接続の切断）、malformed（途中で切れた JSON）のいずれか。繰り返し指定できます。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数「%1」です。</translation>
    </message>
    <message>
        <source>--listen wants HOST:PORT, e.g. 127.0.0.1:8080, not &quot;%1&quot;.</source>
        <translation>--listen には「%1」ではなく、127.0.0.1:8080 のような HOST:PORT を指定してください。</translation>
    </message>
    <message>
        <source>%1 is reachable from other machines. Add --allow-remote if that is what you want.</source>
        <translation>%1 は他のマシンから到達できます。意図どおりであれば --allow-remote を追加してください。</translation>
    </message>
    <message>
        <source>--sdkappid and --key-file go together; leave both out to run the demo app.</source>
        <translation>--sdkappid と --key-file は一緒に使います。両方とも省略するとデモアプリを実行します。</translation>
    </message>
    <message>
        <source>--sdkappid wants a positive number, not &quot;%1&quot;.</source>
        <translation>--sdkappid には「%1」ではなく正の数を指定してください。</translation>
    </message>
    <message>
        <source>cannot read the key file %1: %2</source>
        <translation>鍵ファイル %1 を読み取れません：%2</translation>
    </message>
    <message>
        <source>the key file %1 is empty; put the app&apos;s secret key in it.</source>
        <translation>鍵ファイル %1 が空です。アプリの秘密鍵を書き込んでください。</translation>
    </message>
    <message>
        <source>cannot read the accounts file %1: %2</source>
        <translation>アカウントファイル %1 を読み取れません：%2</translation>
    </message>
    <message>
        <source>--custom-tag wants Tag_Profile_Custom_&lt;keyword&gt;, not &quot;%1&quot;. %2</source>
        <translation>--custom-tag には「%1」ではなく Tag_Profile_Custom_&lt;keyword&gt; を指定してください。%2</translation>
    </message>
    <message>
        <source>--custom-tag %1: the access is rw, r, w or none.</source>
        <translation>--custom-tag %1：アクセス権は rw、r、w、none のいずれかです。</translation>
    </message>
    <message>
        <source>--rate-limit wants a number of calls per second, 0 for none.</source>
        <translation>--rate-limit には 1 秒あたりの呼び出し回数を指定します。0 は無制限です。</translation>
    </message>
    <message>
        <source>--latency-ms wants a number of milliseconds.</source>
        <translation>--latency-ms にはミリ秒数を指定します。</translation>
    </message>
    <message>
        <source>--fault-rate wants KIND=P with KIND 40006, 502, drop or malformed and P from 0 to 1, not &quot;%1&quot;.</source>
        <translation>--fault-rate には「%1」ではなく KIND=P を指定してください。KIND は 40006、502、drop、malformed のいずれかで、P は 0～1 です。</translation>
    </message>
    <message>
        <source>the --fault-rate shares add up to more than 1.</source>
        <translation>--fault-rate の割合の合計が 1 を超えています。</translation>
    </message>
    <message>
        <source>cannot watch for SIGINT/SIGTERM.</source>
        <translation>SIGINT/SIGTERM を監視できません。</translation>
    </message>
    <message>
        <source>Warning: the Sandbox is reachable from other machines on plain HTTP, and anyone holding the key can change its profiles.</source>
        <translation>警告：他のマシンから暗号化なしの HTTP でサンドボックスに到達でき、鍵を持っていれば誰でもプロフィールを変更できます。</translation>
    </message>
    <message>
        <source>Demo app: SDKAppID %1, admin %2, secret key %3.</source>
        <translation>デモアプリ：SDKAppID %1、管理者 %2、秘密鍵 %3。</translation>
    </message>
    <message>
        <source>Calls per sliding second before 60007; 0 for no limit (default %1).</source>
        <translation>任意の 1 秒間の呼び出し数がこれを超えると 60007。0 で無制限（既定値 %1）。</translation>
    </message>
    <message>
        <source>Also create accounts user000001 to userN (at most %1), each with a nickname, gender, birthday and level, the same on every run: for bulk demos and benchmarks.</source>
        <translation>アカウント user000001 から userN まで（最大 %1 個）も作成します。各アカウントにはニックネーム、性別、誕生日、レベルがあり、毎回同じ内容になります。一括編集のデモやベンチマーク用です。</translation>
    </message>
    <message>
        <source>--generate-accounts wants a number of accounts from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--generate-accounts には 1 から %1 までのアカウント数を指定してください。「%2」は使えません。</translation>
    </message>
    <message>
        <source>Generated accounts: %1 to %2.</source>
        <translation>生成したアカウント：%1 から %2 まで。</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The Sandbox cannot listen on %1 port %2: %3. Pick another address or port.</source>
        <translation>サンドボックスは %1 のポート %2 で待ち受けできません：%3。別のアドレスかポートを選んでください。</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>有効な JSON ではありません（%2 バイト目: %1）</translation>
    </message>
    <message>
        <source>it is not a Sandbox data file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>サンドボックスのデータファイルではありません（&quot;format&quot;: &quot;%1&quot; がありません）</translation>
    </message>
    <message>
        <source>it has version %1, this Sandbox reads version %2</source>
        <translation>バージョンが %1 ですが、このサンドボックスが読めるのはバージョン %2 です</translation>
    </message>
    <message>
        <source>&quot;accounts&quot; is missing or not an object</source>
        <translation>&quot;accounts&quot; がないか、オブジェクトではありません</translation>
    </message>
    <message>
        <source>the profile of account &quot;%1&quot; is not an object</source>
        <translation>アカウント「%1」のプロフィールがオブジェクトではありません</translation>
    </message>
    <message>
        <source>the value of %1 for account &quot;%2&quot; is neither a string nor a number</source>
        <translation>アカウント「%2」の %1 の値が文字列でも数値でもありません</translation>
    </message>
    <message>
        <source>Cannot write the Sandbox data file %1: %2</source>
        <translation>サンドボックスのデータファイル %1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Cannot read the Sandbox data file %1: %2</source>
        <translation>サンドボックスのデータファイル %1 を読み取れません：%2</translation>
    </message>
    <message>
        <source>The Sandbox data file %1 cannot be loaded: %2. It was left untouched; repair it, or move it away to start with an empty store.</source>
        <translation>サンドボックスのデータファイル %1 を読み込めません：%2。ファイルには手を加えていません。修復するか、空の状態から始めるために別の場所へ移動してください。</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 を読み取れません：%2。</translation>
    </message>
    <message>
        <source>File holding the app&apos;s secret key (first line). Default: the %1 environment variable. The key itself is never accepted on the command line, where other users could see it.</source>
        <translation>アプリの秘密鍵を格納したファイル（1 行目）。既定値：環境変数 %1。他のユーザーに見られるおそれがあるため、秘密鍵そのものをコマンドラインで受け取ることはありません。</translation>
    </message>
    <message>
        <source>The secret key is not accepted on the command line, where every user of this machine can read it (ps, shell history). Put it in a file readable only by you and pass --key-file FILE, or set %1.</source>
        <translation>コマンドラインの秘密鍵は受け付けません。このマシンのすべてのユーザーがコマンドラインを読めるためです（ps、シェルの履歴）。自分だけが読めるファイルに入れて --key-file FILE で渡すか、%1 を設定してください。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; it should hold only the key or UserSig.</source>
        <translation>%1 が %2 KiB を超えています。秘密鍵または UserSig だけを含めてください。</translation>
    </message>
    <message>
        <source>%1 is empty; it should hold the key or UserSig on its first line.</source>
        <translation>%1 が空です。1 行目に秘密鍵または UserSig を書いてください。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret key is stored for this connection.</source>
        <translation>この接続には秘密鍵が保存されていません。</translation>
    </message>
    <message>
        <source>No system keychain is available (such as GNOME Keyring or KWallet), so the secret key cannot be remembered. It is kept in memory until you quit; you will need to enter it again next time.</source>
        <translation>利用できるシステムのキーチェーン（GNOME Keyring や KWallet など）がないため、秘密鍵を記憶できません。終了するまでメモリ上に保持されるので、次回は再度入力する必要があります。</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>（キーチェーンの応答：%1）</translation>
    </message>
</context>
<context>
    <name>SessionEntry</name>
    <message>
        <source>Load</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Read back</source>
        <extracomment>The automatic portrait_get after a successful write, to check what was stored.</extracomment>
        <translation>読み戻し</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS エラー</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>予期しない応答</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <extracomment>A write was sent but no answer came: it may or may not have been stored.</extracomment>
        <translation>結果不明</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>%1  %2  %3  %4  (%5 ms)</source>
        <translation>%1  %2  %3  %4  （%5 ミリ秒）</translation>
    </message>
</context>
<context>
    <name>SetCommand</name>
    <message>
        <source>Change one user&apos;s profile fields (portrait_set).</source>
        <translation>1 人のユーザーのプロフィールフィールドを変更します（portrait_set）。</translation>
    </message>
    <message>
        <source>The account whose profile to change.</source>
        <translation>プロフィールを変更するアカウント。</translation>
    </message>
    <message>
        <source>A field and its new value, e.g. Nick=Anna, Gender=Female, BirthDay=19900521 or Tag_Profile_Custom_Hobby=chess. Repeat for several fields.</source>
        <translation>フィールドとその新しい値。例: Nick=Anna、Gender=Female、BirthDay=19900521、Tag_Profile_Custom_Hobby=chess。複数のフィールドは繰り返して指定します。</translation>
    </message>
    <message>
        <source>Give the account to change with --account.</source>
        <translation>--account で変更するアカウントを指定してください。</translation>
    </message>
    <message>
        <source>Give at least one --set TAG=VALUE.</source>
        <translation>--set TAG=VALUE を 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>%1 is set twice; give each field once.</source>
        <translation>%1 が 2 回指定されています。各フィールドは 1 回だけ指定してください。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信していません。</translation>
    </message>
    <message>
        <source>Checks every field against the profile rules, reads the current values, then sends one portrait_set with the fields that change and prints ActionStatus, ErrorCode, ErrorInfo, ErrorDisplay, an explanation and the request&apos;s random; nothing is sent when every field already holds its value. The write is recorded in the change history (old and new values) before it is sent, as an operation that chat-profile revert --job can undo. A write whose answer never came is not sent again: its outcome is unknown, and the command to check it is printed. Exit codes: 0 set (or already so); 1 the API answered FAIL, the account does not exist, or the value did not stick; 2 bad input, nothing sent; 3 network, TLS, timeout or protocol failure, or the outcome is unknown.</source>
        <translation>すべてのフィールドをプロフィールの規則で検査し、現在の値を読み取ってから、変更するフィールドを含めた portrait_set を 1 回送信し、ActionStatus、ErrorCode、ErrorInfo、ErrorDisplay、説明、リクエストの random を出力します。すべてのフィールドがすでにその値であれば何も送信しません。書き込みは送信前に、chat-profile revert --job で取り消せる操作として変更履歴に記録されます（変更前と変更後の値）。応答がなかった書き込みは再送信しません。その結果は不明となり、確認するためのコマンドが出力されます。終了コード：0 設定した（またはすでにその値）、1 API が FAIL を返した、アカウントが存在しない、または値が反映されなかった、2 入力の誤り（何も送信していない）、3 ネットワーク・TLS・タイムアウト・プロトコルの障害、または結果が不明。</translation>
    </message>
    <message>
        <source>The current values could not be read, so nothing was sent.</source>
        <translation>現在の値を読み取れなかったため、何も送信していません。</translation>
    </message>
    <message>
        <source>Reading the current values: the account %1 does not exist (ErrorCode %2).</source>
        <translation>現在の値の読み取り：アカウント %1 は存在しません（ErrorCode %2）。</translation>
    </message>
    <message>
        <source>Reading the current values: the server refuses %1 (ErrorCode %2).</source>
        <translation>現在の値の読み取り：サーバーが %1 を拒否しました（ErrorCode %2）。</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 already holds every value asked for (%2).</source>
        <translation>何も送信していません。%1 はすでに指定されたすべての値になっています（%2）。</translation>
    </message>
    <message>
        <source>The server answered OK, but reading it back found something else for %1.</source>
        <translation>サーバーは OK を返しましたが、読み戻すと %1 の値が異なっていました。</translation>
    </message>
    <message>
        <source>Recorded as operation %1 in the change history; chat-profile revert --job %1 puts the old values back.</source>
        <translation>変更履歴に操作 %1 として記録しました。chat-profile revert --job %1 で元の値に戻せます。</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>In Excel use File &gt; Save As and choose &quot;CSV UTF-8 (Comma delimited)&quot;; in LibreOffice tick &quot;Edit filter settings&quot; and choose &quot;Unicode (UTF-8)&quot;.</source>
        <translation>Excel では［ファイル］&gt;［名前を付けて保存］で「CSV UTF-8 (コンマ区切り)」を選び、LibreOffice では「フィルター設定を編集」にチェックを入れて「Unicode (UTF-8)」を選んでください。</translation>
    </message>
    <message>
        <source>This cell has text after its closing quote. Put the whole cell in quotes and write every quote inside it twice (&quot;&quot;).</source>
        <translation>このセルには閉じ引用符の後に文字があります。セル全体を引用符で囲み、中の引用符はすべて 2 回（&quot;&quot;）書いてください。</translation>
    </message>
    <message>
        <source>The quote that opens this cell is never closed, so everything after it was read into this cell. Add the closing quote (&quot;), or write the quote twice (&quot;&quot;) if it is part of the text.</source>
        <translation>このセルを開く引用符が閉じられていないため、その後のすべてがこのセルとして読み込まれました。閉じ引用符（&quot;）を追加するか、引用符が文字の一部なら 2 回（&quot;&quot;）書いてください。</translation>
    </message>
    <message>
        <source>The encoding &quot;%1&quot; is not known. Choose one such as UTF-8, GB18030, Shift_JIS or EUC-KR, or save the file as UTF-8. %2</source>
        <translation>エンコーディング「%1」は不明です。UTF-8、GB18030、Shift_JIS、EUC-KR などを選ぶか、ファイルを UTF-8 で保存してください。%2</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text: this cell holds the first byte that is not. Save the file as UTF-8, or choose the encoding it was saved in (for example GB18030, Shift_JIS or EUC-KR). %1</source>
        <translation>このファイルは UTF-8 のテキストではありません。最初に該当しないバイトがこのセルにあります。ファイルを UTF-8 で保存するか、保存時のエンコーディング（GB18030、Shift_JIS、EUC-KR など）を選んでください。%1</translation>
    </message>
    <message>
        <source>This file is not valid %1 text: this cell holds the first byte that is not. Choose the encoding the file was saved in, or save it as UTF-8. %2</source>
        <translation>このファイルは正しい %1 のテキストではありません。最初に該当しないバイトがこのセルにあります。保存時のエンコーディングを選ぶか、UTF-8 で保存してください。%2</translation>
    </message>
    <message>
        <source>This cell holds a NUL character, which text files do not contain: the file is probably UTF-16 without a byte-order mark, or not a text file. Save it as UTF-8. %1</source>
        <translation>このセルには、テキストファイルに含まれない NUL 文字があります。バイト順マークのない UTF-16 か、テキストファイルではない可能性があります。UTF-8 で保存してください。%1</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate cells. Choose a comma, a semicolon, a tab or another character that the cells do not contain.</source>
        <translation>引用符や改行ではセルを区切れません。コンマ、セミコロン、タブ、またはセルに含まれない別の文字を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n cell(s) but the header names %1 columns. Add the missing cells (an empty cell leaves a field unchanged), or check that a cell holding the delimiter is quoted.</source>
        <translation>
            <numerusform>この行のセルは %n 個ですが、ヘッダーには %1 列あります。足りないセルを追加するか（空のセルはフィールドを変更しません）、区切り文字を含むセルが引用符で囲まれているか確認してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n cell(s) but the header names only %1 columns. Remove the extra cells or name their column in the header, and check that a cell holding the delimiter is quoted.</source>
        <translation>
            <numerusform>この行のセルは %n 個ですが、ヘッダーには %1 列しかありません。余分なセルを削除するかヘッダーで列に名前を付け、区切り文字を含むセルが引用符で囲まれているか確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to read. Give a header row naming the columns (for example account,Nick) and one row per account below it.</source>
        <translation>読み込む内容がありません。列名を並べたヘッダー行（例：account,Nick）と、その下にアカウントごとに 1 行を用意してください。</translation>
    </message>
    <message>
        <source>There is a header row but no rows below it. Add one row per account under the header.</source>
        <translation>ヘッダー行はありますが、その下に行がありません。ヘッダーの下にアカウントごとに 1 行を追加してください。</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>%1 行目、%2 列</translation>
    </message>
</context>
<context>
    <name>UnfinishedJobBar</name>
    <message>
        <source>Unfinished bulk job</source>
        <translation>未完了の一括ジョブ</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>再開(&amp;M)</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>確認(&amp;W)</translation>
    </message>
    <message>
        <source>Aban&amp;don</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Stop offering this job; the rows not sent stay unsent</source>
        <translation>このジョブを今後表示しません。未送信の行は未送信のまま残ります</translation>
    </message>
    <message>
        <source>A bulk job was not finished: %1, started %2; %3 of %4 rows done.</source>
        <translation>未完了の一括ジョブがあります：%1、%2 に開始、%4 行中 %3 行完了。</translation>
    </message>
</context>
<context>
    <name>UserSig</name>
    <message>
        <source>character “%1” at position %2 is not part of a UserSig (only A–Z, a–z, 0–9, *, - and _ are)</source>
        <translation>位置 %2 の文字「%1」は UserSig に使われません（使えるのは A–Z、a–z、0–9、*、-、_ のみ）</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>it is not valid base64: the padding “_” appears before the end</source>
        <translation>有効な base64 ではありません。パディング「_」が末尾より前にあります</translation>
    </message>
    <message>
        <source>it is not valid base64: its length is impossible, so characters are missing</source>
        <translation>有効な base64 ではありません。長さがありえない値で、文字が欠けています</translation>
    </message>
    <message>
        <source>it is not valid base64: its last character does not fit, so it was changed</source>
        <translation>有効な base64 ではありません。最後の文字が合わず、変更されています</translation>
    </message>
    <message>
        <source>it does not contain zlib-compressed data</source>
        <translation>zlib で圧縮されたデータが含まれていません</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>展開処理を開始できませんでした</translation>
    </message>
    <message>
        <source>there is unexpected data after its compressed content</source>
        <translation>圧縮データの後に予期しないデータがあります</translation>
    </message>
    <message>
        <source>its content is larger than %1 KiB, far more than any UserSig</source>
        <translation>内容が %1 KiB を超えており、どんな UserSig よりもはるかに大きいです</translation>
    </message>
    <message>
        <source>its compressed data ends early: the sig is truncated</source>
        <translation>圧縮データが途中で終わっています。UserSig が切れています</translation>
    </message>
    <message>
        <source>its compressed data is damaged</source>
        <translation>圧縮データが壊れています</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>the field %1 is missing</source>
        <translation>フィールド %1 がありません</translation>
    </message>
    <message>
        <source>the field %1 should be %2 but is %3</source>
        <translation>フィールド %1 は %2 であるべきですが、%3 です</translation>
    </message>
    <message>
        <source>a whole number from 0 to %1</source>
        <translation>0 から %1 までの整数</translation>
    </message>
    <message>
        <source>it is version “%1”; only version 2.0 (HMAC-SHA256) sigs can be read</source>
        <translation>バージョンが「%1」です。読み取れるのはバージョン 2.0（HMAC-SHA256）の UserSig だけです</translation>
    </message>
    <message>
        <source>the field %1 is not valid text</source>
        <translation>フィールド %1 が有効なテキストではありません</translation>
    </message>
    <message>
        <source>the field %1 is not a base64 HMAC-SHA256</source>
        <translation>フィールド %1 が base64 形式の HMAC-SHA256 ではありません</translation>
    </message>
    <message>
        <source>The UserSig cannot be read: %1.</source>
        <translation>UserSig を読み取れません：%1。</translation>
    </message>
    <message>
        <source>it is %1 characters long, far longer than any UserSig</source>
        <translation>長さが %1 文字あり、どんな UserSig よりもはるかに長いです</translation>
    </message>
    <message>
        <source>its content is not valid JSON (%1 at byte %2)</source>
        <translation>内容が有効な JSON ではありません（%2 バイト目: %1）</translation>
    </message>
    <message>
        <source>its content is not a JSON object</source>
        <translation>内容が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>The UserSig was made for SDKAppID %1, but the request is for SDKAppID %2.</source>
        <translation>この UserSig は SDKAppID %1 用に作成されましたが、リクエストは SDKAppID %2 宛てです。</translation>
    </message>
    <message>
        <source>The UserSig was made for the account “%1”, but the request is sent as “%2”.</source>
        <translation>この UserSig はアカウント「%1」用に作成されましたが、リクエストは「%2」として送信されます。</translation>
    </message>
    <message>
        <source>The signature inside the UserSig does not match this secret key: it was made with another key, or changed after signing.</source>
        <translation>UserSig 内の署名がこの秘密鍵と一致しません。別の鍵で作成されたか、署名後に変更されています。</translation>
    </message>
    <message>
        <source>The UserSig expired at %1, %2 ago.</source>
        <translation>この UserSig は %1 に期限が切れました（%2 前）。</translation>
    </message>
    <message>
        <source>The UserSig is valid: it was signed with this app&apos;s secret key, for this account and this app, and it has not expired.</source>
        <translation>この UserSig は有効です。このアプリの秘密鍵で、このアカウントとこのアプリに対して署名されており、期限も切れていません。</translation>
    </message>
    <message>
        <source>The UserSig has expired; the server refuses it with error %1. Make a new one from the secret key, or ask for a sig with a longer lifetime.</source>
        <translation>この UserSig は期限切れのため、サーバーはエラー %1 で拒否します。秘密鍵から新しく作成するか、有効期間の長い UserSig を依頼してください。</translation>
    </message>
    <message>
        <source>The UserSig was not signed with this app&apos;s secret key, usually because it was made with another app&apos;s key or with a key that has since been reset; the server refuses it with error %1. Use the secret key shown for this SDKAppID in the Chat console.</source>
        <translation>この UserSig はこのアプリの秘密鍵で署名されていません。通常、別のアプリの鍵か、その後リセットされた鍵で作成されたためで、サーバーはエラー %1 で拒否します。Chat コンソールでこの SDKAppID に表示される秘密鍵を使ってください。</translation>
    </message>
    <message>
        <source>The UserSig belongs to another account than the one sending the request; the server refuses it with error %1. Send as the account the sig was made for, or make a sig for this account.</source>
        <translation>この UserSig はリクエストを送信するアカウントとは別のアカウントのものなので、サーバーはエラー %1 で拒否します。UserSig を作成したアカウントとして送信するか、このアカウント用の UserSig を作成してください。</translation>
    </message>
    <message>
        <source>The UserSig was made for another app (another SDKAppID); the server refuses it with error %1. Check the SDKAppID, or make a sig for this app.</source>
        <translation>この UserSig は別のアプリ（別の SDKAppID）用に作成されたため、サーバーはエラー %1 で拒否します。SDKAppID を確認するか、このアプリ用の UserSig を作成してください。</translation>
    </message>
    <message>
        <source>The UserSig is damaged or incomplete, often because it was cut off while copying; the server refuses it with error %1. Copy the whole sig again.</source>
        <translation>この UserSig は壊れているか不完全です。コピー中に切れていることが多く、サーバーはエラー %1 で拒否します。UserSig 全体をコピーし直してください。</translation>
    </message>
</context>
<context>
    <name>UserSigCommand</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数「%1」です。</translation>
    </message>
    <message>
        <source>Give exactly one UserSig.</source>
        <translation>UserSig をちょうど 1 つ指定してください。</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the options.</source>
        <translation>オプションは「%1 --help」で確認できます。</translation>
    </message>
    <message>
        <source>The app&apos;s SDKAppID.</source>
        <translation>アプリの SDKAppID。</translation>
    </message>
    <message>
        <source>The administrator account the sig is for.</source>
        <translation>UserSig の対象となる管理者アカウント。</translation>
    </message>
    <message>
        <source>--sdkappid wants the app&apos;s numeric SDKAppID, not &quot;%1&quot;.</source>
        <translation>--sdkappid には「%1」ではなく、アプリの数値の SDKAppID を指定してください。</translation>
    </message>
    <message>
        <source>--identifier must not be empty.</source>
        <translation>--identifier は空にできません。</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>署名が不正</translation>
    </message>
    <message>
        <source>wrong identifier</source>
        <translation>identifier の不一致</translation>
    </message>
    <message>
        <source>wrong SDKAppID</source>
        <translation>SDKAppID の不一致</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>形式が不正</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>アカウント：</translation>
    </message>
    <message>
        <source>SDKAppID:</source>
        <translation>SDKAppID：</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>発行日時：</translation>
    </message>
    <message>
        <source>Lifetime:</source>
        <translation>有効期間：</translation>
    </message>
    <message>
        <source>%1 seconds (%2)</source>
        <translation>%1 秒（%2）</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 後</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>判定：</translation>
    </message>
    <message>
        <source>not checked: no secret key given (--key-file or %1)</source>
        <translation>未確認：秘密鍵が指定されていません（--key-file または %1）</translation>
    </message>
    <message>
        <source>It has expired: the server would refuse it with error %1.</source>
        <translation>期限切れです。サーバーはエラー %1 で拒否します。</translation>
    </message>
    <message>
        <source>(server error %1)</source>
        <translation>（サーバーエラー %1）</translation>
    </message>
    <message>
        <source>Make a UserSig from the secret key (gen), or explain one (inspect).</source>
        <translation>秘密鍵から UserSig を作成する（gen）か、UserSig を解説します（inspect）。</translation>
    </message>
    <message>
        <source>Usage: %1 gen|inspect [options]
  gen      Sign a UserSig with the app&apos;s secret key and print it.
  inspect  Show who a UserSig is for and when it expires, and with the secret key whether the server would accept it.
Run &quot;%1 gen --help&quot; or &quot;%1 inspect --help&quot; for the options.</source>
        <translation>使い方: %1 gen|inspect [オプション]
  gen      アプリの秘密鍵で UserSig に署名して出力します。
  inspect  UserSig の対象と期限を表示し、秘密鍵があればサーバーが受け付けるかどうかも示します。
オプションは「%1 gen --help」または「%1 inspect --help」で確認できます。</translation>
    </message>
    <message>
        <source>Signs a UserSig with the app&apos;s secret key, exactly like Tencent&apos;s TLSSigAPIv2 libraries, and prints only the UserSig on standard output.</source>
        <translation>Tencent の TLSSigAPIv2 ライブラリとまったく同じ方法でアプリの秘密鍵を使って UserSig に署名し、標準出力には UserSig だけを出力します。</translation>
    </message>
    <message>
        <source>Lifetime in seconds, at most 50 years. Default: 86400 (one day).</source>
        <translation>有効期間（秒）。最長 50 年。既定値：86400（1 日）。</translation>
    </message>
    <message>
        <source>Issue time in unix seconds, for reproducible output. Default: now.</source>
        <translation>発行日時（Unix 秒）。再現可能な出力のために使います。既定値：現在。</translation>
    </message>
    <message>
        <source>Give the app with --sdkappid and the account with --identifier.</source>
        <translation>--sdkappid でアプリを、--identifier でアカウントを指定してください。</translation>
    </message>
    <message>
        <source>--expire wants a lifetime in seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--expire には「%2」ではなく、1 から %1 までの有効期間（秒）を指定してください。</translation>
    </message>
    <message>
        <source>--time wants unix seconds, not &quot;%1&quot;.</source>
        <translation>--time には「%1」ではなく Unix 秒を指定してください。</translation>
    </message>
    <message>
        <source>Give the app&apos;s secret key with --key-file FILE or the %1 environment variable.</source>
        <translation>--key-file FILE または環境変数 %1 でアプリの秘密鍵を指定してください。</translation>
    </message>
    <message>
        <source>Reads a UserSig without sending anything: who and which app it was made for and when it expires. With the secret key (and optionally --sdkappid and --identifier) it also says whether the server would accept it, and if not why, with the server&apos;s error code. The report goes to standard output.
Exit code: 0 when the sig is valid, or readable and no key was given; 1 when it is malformed or would be refused; 2 for bad usage.</source>
        <translation>何も送信せずに UserSig を読み取り、誰とどのアプリ用に作成されたか、いつ期限が切れるかを示します。秘密鍵（と、必要に応じて --sdkappid と --identifier）があれば、サーバーが受け付けるかどうか、受け付けない場合はその理由とサーバーのエラーコードも示します。結果は標準出力に出力されます。
終了コード：0 UserSig が有効、または読み取れて鍵が指定されていない、1 形式が不正または拒否される、2 使い方の誤り。</translation>
    </message>
    <message>
        <source>The UserSig, or - to read it from standard input (which keeps it out of the process list).</source>
        <translation>UserSig。- を指定すると標準入力から読み取ります（プロセス一覧に表示されません）。</translation>
    </message>
    <message>
        <source>Judge expiry at this unix time instead of now.</source>
        <translation>現在ではなく、この Unix 時刻で期限切れかどうかを判定します。</translation>
    </message>
    <message>
        <source>Print one JSON object: identifier, sdkappid, time, expire, expiresAt, expired, now, valid (null when no key was given), reason (null, expired, bad_signature, wrong_identifier, wrong_sdkappid or malformed), serverErrorCode, detail, explanation. Fields a malformed sig does not have are null.</source>
        <translation>JSON オブジェクトを 1 つ出力します：identifier、sdkappid、time、expire、expiresAt、expired、now、valid（鍵がない場合は null）、reason（null、expired、bad_signature、wrong_identifier、wrong_sdkappid、malformed のいずれか）、serverErrorCode、detail、explanation。形式が不正な UserSig にないフィールドは null になります。</translation>
    </message>
    <message>
        <source>--now wants unix seconds, not &quot;%1&quot;.</source>
        <translation>--now には「%1」ではなく Unix 秒を指定してください。</translation>
    </message>
    <message>
        <source>Cannot read the UserSig from standard input.</source>
        <translation>標準入力から UserSig を読み取れません。</translation>
    </message>
    <message>
        <source>chat-profile usersig: unknown subcommand &quot;%1&quot;.</source>
        <translation>chat-profile usersig: 不明なサブコマンド「%1」です。</translation>
    </message>
</context>
<context>
    <name>WriteCommand</name>
    <message>
        <source>Reading the current values: %1/%2 accounts</source>
        <translation>現在の値を読み取り中：%1/%2 アカウント</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>何も書き込んでいません。</translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>残り時間不明</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <source>%1/%2 done, %3 ok, %4 failed, %5 unknown, %6 calls/s, %7</source>
        <translation>%1/%2 完了、成功 %3、失敗 %4、不明 %5、%6 回/秒、%7</translation>
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation>%1 行目：%2：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Line %1: %2: ok, but the server holds something else for %3</source>
        <translation>%1 行目：%2：ok、ただしサーバー上の %3 の値が異なります</translation>
    </message>
    <message>
        <source>%1: ok, but the server holds something else for %2</source>
        <translation>%1：ok、ただしサーバー上の %2 の値が異なります</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit Tencent Cloud Chat user profiles by hand.</source>
        <translation>Tencent Cloud Chat のユーザープロフィールを手作業で編集します。</translation>
    </message>
</context>
</TS>
