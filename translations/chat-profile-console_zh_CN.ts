<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiCall</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The answer is larger than %1 bytes, far more than any profile answer, so it was not read. Check the endpoint.</source>
        <translation>响应超过 %1 字节，远大于任何资料响应，因此未读取。请检查端点。</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2. Nothing was sent; check the endpoint, or the system&apos;s clock and certificates.</source>
        <translation>与 %1 的安全连接被拒绝：%2。未发送任何数据；请检查端点，或系统时钟和证书。</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of 200: %2</source>
        <translation>服务器返回了 HTTP %1，而不是 200：%2</translation>
    </message>
    <message>
        <source>The request had been sent, so the change may have reached the server. It was not sent again: read the account back to see whether it was stored.</source>
        <translation>请求已经发出，因此修改可能已到达服务器。它没有被再次发送：请回读该账号，确认是否已保存。</translation>
    </message>
    <message>
        <source>The server or the network may be down; try again, or try the backup domain.</source>
        <translation>服务器或网络可能不可用；请重试，或改用备用域名。</translation>
    </message>
    <message>
        <source>No complete answer from %1 within %2 ms.</source>
        <translation>%1 在 %2 毫秒内没有给出完整应答。</translation>
    </message>
    <message>
        <source>The connection to %1 closed before any answer.</source>
        <translation>与 %1 的连接在收到任何应答之前就已关闭。</translation>
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
        <translation>尝试次数：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>  attempt %1 (random %2, %3 ms): %4</source>
        <translation>  第 %1 次尝试（random %2，%3 毫秒）：%4</translation>
    </message>
    <message>
        <source>Outcome: unknown (random %1). The write may have reached the server and been stored, or not.</source>
        <extracomment>&quot;unknown&quot; stays in English, for scripts that look for it, like the wire names.</extracomment>
        <translation>结果：unknown（random %1）。这次写入可能已到达服务器并被保存，也可能没有。</translation>
    </message>
    <message>
        <source>Check what the server holds before you try again:</source>
        <translation>重试之前，请先查看服务器上保存的内容：</translation>
    </message>
</context>
<context>
    <name>BulkCommand</name>
    <message>
        <source>Change many accounts from a CSV/TSV file or an accounts list, resumably.</source>
        <translation>根据 CSV/TSV 文件或账号列表批量修改多个账号，中断后可以继续。</translation>
    </message>
    <message>
        <source>Checks the whole input first (every problem with its line and column), reads the current values, then sends one portrait_set per account with only the fields that change, at most --rate calls per second. The job is stored before the first write, so an interrupted job can be resumed with --resume. Exit codes: 0 every row ok or unchanged; 1 a row failed or its outcome is unknown; 2 bad input, nothing sent; 3 a network failure stopped the job (resume it).</source>
        <translation>先检查全部输入（列出每个问题及其行号和列号），读取当前值，然后对每个账号发送一次 portrait_set，只包含要修改的字段，每秒最多 --rate 次调用。任务在第一次写入前保存，因此中断的任务可以用 --resume 继续。退出码：0 每行都成功或未改变；1 有行失败或结果未知；2 输入有误，未发送任何内容；3 网络故障使任务停止（请继续该任务）。</translation>
    </message>
    <message>
        <source>A CSV or TSV file with a header row: an account column (account, UserID, From_Account or To_Account) and one column per field; or, with --resume, the job&apos;s ID.</source>
        <translation>带表头行的 CSV 或 TSV 文件：一个账号列（account、UserID、From_Account 或 To_Account），每个字段一列；或者在使用 --resume 时，填写任务的 ID。</translation>
    </message>
    <message>
        <source>A file with one account per line, to set the --set values on each.</source>
        <translation>每行一个账号的文件，对其中每个账号设置 --set 指定的值。</translation>
    </message>
    <message>
        <source>With --accounts-file: a field and its value for every account, e.g. Level=3. Repeat for several fields.</source>
        <translation>与 --accounts-file 一起使用：为每个账号设置的字段及其值，例如 Level=3。多个字段请重复此选项。</translation>
    </message>
    <message>
        <source>Continue the latest unfinished bulk job, or the job whose ID is given.</source>
        <translation>继续最近一个未完成的批量任务，或继续指定 ID 的任务。</translation>
    </message>
    <message>
        <source>Read the current values and print what would change; write nothing.</source>
        <translation>读取当前值并输出将要修改的内容；不写入任何内容。</translation>
    </message>
    <message>
        <source>Calls per second, reads included, from 1 to %1 (default %2: the app&apos;s budget is shared with its own backend).</source>
        <translation>每秒调用次数（含读取），范围为 1 到 %1（默认 %2：应用的调用额度与其自身的后台共享）。</translation>
    </message>
    <message>
        <source>Leave rows with problems out (reported as skipped) instead of refusing the whole input.</source>
        <translation>跳过有问题的行（报告为已跳过），而不是拒绝整个输入。</translation>
    </message>
    <message>
        <source>The file&apos;s delimiter: a comma, a semicolon or &quot;tab&quot; (default: detected from the header).</source>
        <translation>文件的分隔符：逗号、分号或“tab”（默认：根据表头自动检测）。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding when it is not UTF-8 or UTF-16 with a BOM, e.g. GB18030, Shift_JIS or EUC-KR.</source>
        <translation>文件不是 UTF-8 或带 BOM 的 UTF-16 时所用的编码，例如 GB18030、Shift_JIS 或 EUC-KR。</translation>
    </message>
    <message>
        <source>Write the result of every row to this CSV file (UTF-8 with BOM).</source>
        <translation>将每一行的结果写入此 CSV 文件（带 BOM 的 UTF-8）。</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>不输出进度。</translation>
    </message>
    <message>
        <source>--rate wants a whole number of calls per second from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--rate 需要 1 到 %1 之间的整数（每秒调用次数），而不是“%2”。</translation>
    </message>
    <message>
        <source>--resume continues a stored job with its own input; --%1 does not go with it.</source>
        <translation>--resume 使用已保存任务自身的输入继续该任务；--%1 不能与它一起使用。</translation>
    </message>
    <message>
        <source>--resume takes at most one job ID.</source>
        <translation>--resume 最多只接受一个任务 ID。</translation>
    </message>
    <message>
        <source>Give either a CSV/TSV FILE or --accounts-file FILE with --set TAG=VALUE.</source>
        <translation>请指定一个 CSV/TSV FILE，或者指定 --accounts-file FILE 并配合 --set TAG=VALUE。</translation>
    </message>
    <message>
        <source>Give one input file; to edit several, run one job per file.</source>
        <translation>请只指定一个输入文件；要编辑多个文件，请每个文件运行一个任务。</translation>
    </message>
    <message>
        <source>Give at least one --set TAG=VALUE to set on every account of --accounts-file.</source>
        <translation>请至少指定一个 --set TAG=VALUE，用于设置到 --accounts-file 中的每个账号。</translation>
    </message>
    <message>
        <source>--report records what a run did; a --dry-run writes nothing to report.</source>
        <translation>--report 记录一次运行所做的操作；--dry-run 不写入任何内容，因此没有可报告的内容。</translation>
    </message>
    <message>
        <source>--set goes with --accounts-file; in a CSV/TSV file the columns name the fields.</source>
        <translation>--set 需与 --accounts-file 一起使用；在 CSV/TSV 文件中，由各列指定字段。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: give a name such as UTF-8, GB18030, Shift_JIS or EUC-KR.</source>
        <translation>未知编码“%1”：请指定 UTF-8、GB18030、Shift_JIS 或 EUC-KR 等名称。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>--delimiter wants one character, or &quot;tab&quot;, not &quot;%1&quot;.</source>
        <translation>--delimiter 需要一个字符或“tab”，而不是“%1”。</translation>
    </message>
    <message>
        <source>--delimiter is for a CSV/TSV file; an accounts file has one account per line.</source>
        <translation>--delimiter 用于 CSV/TSV 文件；账号文件每行只有一个账号。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as UTF-8, or name its encoding with --encoding (e.g. --encoding GB18030).</source>
        <translation>%1 不是 UTF-8 文本。请将其另存为 UTF-8，或用 --encoding 指定其编码（例如 --encoding GB18030）。</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text. Name the encoding it was saved in with --encoding, or save it as UTF-8.</source>
        <translation>%1 不是有效的 %2 文本。请用 --encoding 指定它保存时所用的编码，或将其另存为 UTF-8。</translation>
    </message>
    <message>
        <source>To read the file in the encoding it was saved in, name it with --encoding, e.g. --encoding GB18030, --encoding Shift_JIS or --encoding EUC-KR.</source>
        <translation>要按文件保存时所用的编码读取它，请用 --encoding 指定该编码，例如 --encoding GB18030、--encoding Shift_JIS 或 --encoding EUC-KR。</translation>
    </message>
    <message>
        <source>Nothing was sent. Problems: %1. Fix them, or leave the invalid rows out with --skip-invalid.</source>
        <translation>未发送任何内容。问题：%1。请修正这些问题，或用 --skip-invalid 跳过无效行。</translation>
    </message>
    <message>
        <source>Nothing was sent. Problems: %1. Fix them first.</source>
        <translation>未发送任何内容。问题：%1。请先修正这些问题。</translation>
    </message>
    <message>
        <source>Rows left out because of their problems (reported as skipped): %1.</source>
        <translation>因存在问题而跳过的行（报告为已跳过）：%1。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the account does not exist</source>
        <translation>账号不存在</translation>
    </message>
    <message>
        <source>already as asked: %1</source>
        <translation>已是要求的值：%1</translation>
    </message>
    <message>
        <source>refused by the server: %1</source>
        <translation>被服务器拒绝：%1</translation>
    </message>
    <message>
        <source>skipped: the row has problems (see above)</source>
        <translation>已跳过：该行有问题（见上文）</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>--resume wants a job ID (see chat-profile jobs), not &quot;%1&quot;.</source>
        <translation>--resume 需要任务 ID（见 chat-profile jobs），而不是“%1”。</translation>
    </message>
    <message>
        <source>There is no unfinished bulk job to resume; chat-profile jobs lists the jobs.</source>
        <translation>没有可继续的未完成批量任务；chat-profile jobs 可列出所有任务。</translation>
    </message>
    <message>
        <source>There is no job %1; chat-profile jobs lists the jobs.</source>
        <translation>没有任务 %1；chat-profile jobs 可列出所有任务。</translation>
    </message>
    <message>
        <source>Job %1 is finished: every row has its result, nothing is left to send.</source>
        <translation>任务 %1 已完成：每一行都有结果，没有剩余要发送的内容。</translation>
    </message>
    <message>
        <source>Job %1 belongs to SDKAppID %2 (admin %3) at %4, but these options go to SDKAppID %5 (admin %6) at %7. A job writes only where its old values were read: give the job&apos;s connection options. Nothing was sent.</source>
        <translation>任务 %1 属于 %4 上的 SDKAppID %2（管理员 %3），但这些选项指向 %7 上的 SDKAppID %5（管理员 %6）。任务只会写入读取其旧值的位置：请提供该任务的连接选项。未发送任何内容。</translation>
    </message>
    <message>
        <source>Job %1: accounts to write: %2 (fields: %3), at %4 calls/s.</source>
        <translation>任务 %1：要写入的账号：%2（字段：%3），速率 %4 次/秒。</translation>
    </message>
    <message>
        <source>If it is interrupted, continue it with:</source>
        <translation>如果任务中断，可用以下命令继续：</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <source>The job stopped before every row had its result; rows confirmed OK are not sent again. Continue it with:</source>
        <translation>任务在所有行得到结果之前停止了；已确认成功的行不会再次发送。可用以下命令继续：</translation>
    </message>
    <message>
        <source>Job %1: %2 ok, %3 unchanged, %4 failed, %5 skipped, %6 unknown, %7 not sent yet (of %8 rows).</source>
        <translation>任务 %1：成功 %2，未改变 %3，失败 %4，跳过 %5，未知 %6，尚未发送 %7（共 %8 行）。</translation>
    </message>
    <message>
        <source>Job %1 is not a bulk job; only bulk jobs are resumed. Nothing was sent.</source>
        <translation>任务 %1 不是批量任务；只有批量任务可以继续。未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message>
        <source>Confirm bulk write</source>
        <translation>确认批量写入</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field</source>
        <translation>
            <numerusform>%Ln 个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields</source>
        <translation>
            <numerusform>%Ln 个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write %1 to %Ln account on connection &quot;%2&quot;?</source>
        <extracomment>%1 is the number of fields (&quot;3 fields&quot;), %2 the connection&apos;s name.</extracomment>
        <translation>
            <numerusform>要在连接“%2”上将 %1 写入 %Ln 个账号吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write %1 to %Ln accounts on connection &quot;%2&quot;?</source>
        <translation>
            <numerusform>要在连接“%2”上将 %1 写入 %Ln 个账号吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>A sample of the changes</source>
        <translation>修改示例</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Now → new</source>
        <translation>当前 → 新值</translation>
    </message>
    <message>
        <source>A sample of the changes, the first accounts of the job:</source>
        <translation>修改示例（任务中的前几个账号）：</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Write %Ln account</source>
        <translation>
            <numerusform>写入 %Ln 个账号(&amp;W)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Write %Ln accounts</source>
        <translation>
            <numerusform>写入 %Ln 个账号(&amp;W)</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm revert</source>
        <translation>确认撤销</translation>
    </message>
</context>
<context>
    <name>BulkEditWindow</name>
    <message>
        <source>Bulk edit — Chat Profile Console</source>
        <translation>批量编辑 — Chat Profile Console</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;1 Input</source>
        <translation>&amp;1 输入</translation>
    </message>
    <message>
        <source>&amp;2 Preview</source>
        <translation>&amp;2 预览</translation>
    </message>
    <message>
        <source>&amp;3 Run and results</source>
        <translation>&amp;3 运行与结果</translation>
    </message>
    <message>
        <source>Paste cells</source>
        <translation>粘贴单元格</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Paused: no new call starts. The answers on their way are still recorded.</source>
        <translation>已暂停：不会发起新的调用。正在返回的应答仍会被记录。</translation>
    </message>
    <message>
        <source>Cancelling: nothing new is sent; waiting for the answers on their way…</source>
        <translation>正在取消：不再发送新的内容；正在等待返回中的应答…</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>连接：%1</translation>
    </message>
    <message>
        <source>read-only: bulk jobs are refused</source>
        <translation>只读：拒绝批量任务</translation>
    </message>
    <message>
        <source>every job is confirmed before it writes</source>
        <translation>每个任务写入前都需确认</translation>
    </message>
    <message>
        <source>This connection is read-only: it refuses bulk jobs. Pick a connection that may write in the main window.</source>
        <translation>此连接为只读：它拒绝批量任务。请在主窗口中选择一个允许写入的连接。</translation>
    </message>
    <message>
        <source>A job is running; wait for it or cancel it.</source>
        <translation>有任务正在运行；请等待它完成或将其取消。</translation>
    </message>
    <message>
        <source>Reading the current values…</source>
        <translation>正在读取当前值…</translation>
    </message>
    <message>
        <source>Preview first: Run writes what the preview shows.</source>
        <translation>请先预览：“运行”会写入预览中显示的内容。</translation>
    </message>
    <message>
        <source>Nothing to write: every account is already as asked or cannot be written.</source>
        <translation>没有要写入的内容：每个账号要么已是要求的值，要么无法写入。</translation>
    </message>
    <message>
        <source>This connection is read-only: the job was not started.</source>
        <translation>此连接为只读：任务未启动。</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>电子表格用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>bulk-job-%1-report.csv</source>
        <extracomment>The suggested file name of a bulk job&apos;s report; %1 is the job&apos;s number.</extracomment>
        <translation>批量任务-%1-报告.csv</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>报告已保存为 %1。</translation>
    </message>
    <message>
        <source>The job could not be stored, so nothing was sent: %1</source>
        <translation>无法保存任务，因此未发送任何内容：%1</translation>
    </message>
    <message>
        <source>The job could not be read: %1</source>
        <translation>无法读取任务：%1</translation>
    </message>
    <message>
        <source>Job of %1 from %2: press Resume to send the rows not sent yet; rows that were sent without an answer are read back first.</source>
        <translation>来自 %1 的任务（%2）：要发送尚未发送的行，请按“继续”；已发送但没有应答的行会先回读。</translation>
    </message>
    <message>
        <source>Storing the job…</source>
        <translation>正在保存任务…</translation>
    </message>
</context>
<context>
    <name>BulkInputPane</name>
    <message>
        <source>Copy the cells in a spreadsheet, header row included, and paste them here (Ctrl+V), or open a CSV or TSV file. One column names the account (account, UserID, From_Account or To_Account); every other column is a field, such as Nick, Gender or Tag_Profile_IM_Level. An empty cell changes nothing; #CLEAR# empties a text field.</source>
        <translation>在电子表格中复制单元格（包括表头行）并粘贴到此处（Ctrl+V），或打开一个 CSV 或 TSV 文件。其中一列指定账号（account、UserID、From_Account 或 To_Account）；其他每一列都是一个字段，例如 Nick、Gender 或 Tag_Profile_IM_Level。空单元格不修改任何内容；#CLEAR# 会清空文本字段。</translation>
    </message>
    <message>
        <source>&amp;Paste cells</source>
        <translation>粘贴单元格(&amp;P)</translation>
    </message>
    <message>
        <source>Paste cells copied from a spreadsheet (Ctrl+V)</source>
        <translation>粘贴从电子表格复制的单元格（Ctrl+V）</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a CSV or TSV file (Ctrl+O)</source>
        <translation>打开 CSV 或 TSV 文件（Ctrl+O）</translation>
    </message>
    <message>
        <source>File encoding</source>
        <translation>文件编码</translation>
    </message>
    <message>
        <source>Automatic (UTF-8, or UTF-16 with BOM)</source>
        <translation>自动（UTF-8，或带 BOM 的 UTF-16）</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Spreadsheet cells or file</source>
        <translation>电子表格单元格或文件</translation>
    </message>
    <message>
        <source>Accounts, one per line</source>
        <translation>账号，每行一个</translation>
    </message>
    <message>
        <source>One account per line</source>
        <translation>每行一个账号</translation>
    </message>
    <message>
        <source>Fields to set for every account, one FIELD=VALUE per line</source>
        <translation>要为每个账号设置的字段，每行一个“字段=值”</translation>
    </message>
    <message>
        <source>One FIELD=VALUE per line, such as Tag_Profile_IM_Level=3</source>
        <translation>每行一个“字段=值”，例如 Tag_Profile_IM_Level=3</translation>
    </message>
    <message>
        <source>&amp;Use this list</source>
        <translation>使用此列表(&amp;U)</translation>
    </message>
    <message>
        <source>A&amp;ccounts:</source>
        <translation>账号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Fields for all:</source>
        <translation>所有账号的字段(&amp;F)：</translation>
    </message>
    <message>
        <source>Accounts list</source>
        <translation>账号列表</translation>
    </message>
    <message>
        <source>No input yet.</source>
        <translation>尚无输入。</translation>
    </message>
    <message>
        <source>Problems in the input</source>
        <translation>输入中的问题</translation>
    </message>
    <message>
        <source>Rows of the input</source>
        <translation>输入的行</translation>
    </message>
    <message>
        <source>&amp;Leave out invalid rows (they are reported as skipped)</source>
        <translation>跳过无效行（报告为已跳过）(&amp;L)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Read the accounts&apos; current values and show what will change; nothing is written</source>
        <translation>读取这些账号的当前值并显示将要修改的内容；不会写入任何内容</translation>
    </message>
    <message>
        <source>Checking the pasted cells…</source>
        <translation>正在检查粘贴的单元格…</translation>
    </message>
    <message>
        <source>pasted cells</source>
        <translation>粘贴的单元格</translation>
    </message>
    <message>
        <source>Open a CSV or TSV file</source>
        <translation>打开 CSV 或 TSV 文件</translation>
    </message>
    <message>
        <source>Spreadsheet text (*.csv *.tsv *.txt)</source>
        <translation>电子表格文本 (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Checking the list…</source>
        <translation>正在检查列表…</translation>
    </message>
    <message>
        <source>accounts list</source>
        <translation>账号列表</translation>
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
            <numerusform>%Ln 个问题，已连同所在的行和列一并列出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems, listed with their line and column.</source>
        <translation>
            <numerusform>%Ln 个问题，已连同所在的行和列一并列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the input: a problem concerns all of it.</source>
        <translation>请修正输入：有一个问题涉及整个输入。</translation>
    </message>
    <message numerus="yes">
        <source>Fix it, or leave out the %Ln invalid row to go on.</source>
        <translation>
            <numerusform>请修正，或跳过这 %Ln 个无效行以继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix them, or leave out the %Ln invalid rows to go on.</source>
        <translation>
            <numerusform>请修正，或跳过这 %Ln 个无效行以继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row will be left out.</source>
        <translation>
            <numerusform>将跳过 %Ln 个无效行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid rows will be left out.</source>
        <translation>
            <numerusform>将跳过 %Ln 个无效行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkPreviewPane</name>
    <message>
        <source>Preview the input to see what will change.</source>
        <translation>预览输入，查看将要修改的内容。</translation>
    </message>
    <message>
        <source>Preview: what changes per account</source>
        <translation>预览：每个账号要修改的内容</translation>
    </message>
    <message>
        <source> calls/s</source>
        <extracomment>The unit after the bulk edit&apos;s rate.</extracomment>
        <translation> 次/秒</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Calls per second, reads included. The service allows %1 per app, shared with the app&apos;s own backend; %2 leaves it half.</source>
        <translation>每秒调用次数（含读取）。服务允许每个应用每秒 %1 次，与应用自身的后台共享；设为 %2 可为后台留出一半。</translation>
    </message>
    <message>
        <source>R&amp;ate:</source>
        <translation>速率(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Reading the current values: %1 of %2 accounts…</source>
        <translation>正在读取当前值：%1/%2 个账号…</translation>
    </message>
    <message>
        <source>Write the changes shown, paced at the rate set</source>
        <translation>按设定的速率写入显示的修改</translation>
    </message>
</context>
<context>
    <name>BulkRunPane</name>
    <message>
        <source>Rows done</source>
        <translation>已完成的行</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <extracomment>The bulk job&apos;s progress bar: rows done of all rows.</extracomment>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Start no new call; the answers on their way are awaited</source>
        <translation>不再发起新的调用；等待正在返回的应答</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <source>Go on with the rows not sent yet</source>
        <translation>继续发送尚未发送的行</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>取消任务(&amp;C)</translation>
    </message>
    <message>
        <source>Send nothing more; the answers on their way are awaited and recorded</source>
        <translation>不再发送任何内容；等待并记录正在返回的应答</translation>
    </message>
    <message>
        <source>&amp;Only failed and unknown rows</source>
        <translation>仅显示失败和未知的行(&amp;O)</translation>
    </message>
    <message>
        <source>Result per row</source>
        <translation>每行的结果</translation>
    </message>
    <message>
        <source>Retry &amp;failed rows</source>
        <translation>重试失败的行(&amp;F)</translation>
    </message>
    <message>
        <source>A new job of the rows that failed, through the same checks and pace</source>
        <translation>用失败的行创建一个新任务，经过相同的检查并按相同的速率运行</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Save one line per input row as CSV (UTF-8 with BOM, for Excel)</source>
        <translation>将每个输入行保存为一行 CSV（带 BOM 的 UTF-8，适用于 Excel）</translation>
    </message>
    <message>
        <source>OK %1</source>
        <translation>成功 %1</translation>
    </message>
    <message>
        <source>unchanged %1</source>
        <translation>未改变 %1</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>失败 %1</translation>
    </message>
    <message>
        <source>unknown %1</source>
        <translation>未知 %1</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>跳过 %1</translation>
    </message>
    <message>
        <source>%1 calls/s</source>
        <translation>%1 次/秒</translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>剩余时间未知</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>剩余约 %1</translation>
    </message>
</context>
<context>
    <name>ByteCountingLineEdit</name>
    <message>
        <source>%1 / %2 bytes, over %3</source>
        <translation>%1 / %2 字节，超出 %3</translation>
    </message>
    <message>
        <source>%1 / %2 bytes</source>
        <translation>%1 / %2 字节</translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <source>Cannot write the change history</source>
        <translation>无法写入修改历史</translation>
    </message>
    <message>
        <source>%1, not read back</source>
        <translation>%1，未回读</translation>
    </message>
    <message>
        <source>%1, but did not stick</source>
        <translation>%1，但未生效</translation>
    </message>
    <message>
        <source>%1, read back: stored</source>
        <extracomment>A write that got no answer, read back later: the server holds what was sent.</extracomment>
        <translation>%1，回读：已保存</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>FAIL %1</source>
        <translation>失败 %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Outcome unknown: no answer recorded</source>
        <extracomment>A write recorded before it was sent, whose answer was never recorded (the console or the CLI was closed or killed): it may or may not have been stored.</extracomment>
        <translation>结果未知：没有记录到应答</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>the change history</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>%1 Profiles can still be edited; this session&apos;s changes are not recorded.</source>
        <translation>%1 仍可编辑资料，但本次会话的修改不会被记录。</translation>
    </message>
    <message>
        <source>Cannot clear the change history</source>
        <translation>无法清除修改历史</translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message>
        <source>Value %1 for all accounts</source>
        <translation>适用于所有账号的第 %1 个值</translation>
    </message>
    <message>
        <source>The values for all accounts</source>
        <translation>适用于所有账号的值</translation>
    </message>
</context>
<context>
    <name>ChangePlanBuilder</name>
    <message>
        <source>%1 holds a number and cannot be cleared. Write the number it should hold instead (for a birthday, 0 means not set), or leave the cell empty to keep it unchanged.</source>
        <translation>%1 保存的是数字，不能清空。请写上它应有的数字（生日写 0 表示未设置），或让单元格留空以保持不变。</translation>
    </message>
    <message>
        <source>%1 holds one of a fixed set of values and cannot be cleared. Write one of: %2; or leave the cell empty to keep it unchanged.</source>
        <translation>%1 只能取固定的几个值之一，不能清空。请写其中之一：%2；或让单元格留空以保持不变。</translation>
    </message>
    <message>
        <source>To clear %1 write exactly %2, in capitals and without spaces. Any other spelling is refused, so that a typo neither clears the field nor becomes its text.</source>
        <translation>要清空 %1，请准确写 %2（大写，无空格）。其他任何写法都会被拒绝，以免输错字既清空了字段又变成了它的文字。</translation>
    </message>
    <message>
        <source>The account %1 is on lines %2. Keep one row per account: merge these rows into one.</source>
        <translation>账号 %1 出现在第 %2 行。每个账号只保留一行：请把这些行合并为一行。</translation>
    </message>
    <message>
        <source>Columns %1 and %2 both name the account. Keep one of them.</source>
        <translation>第 %1 列和第 %2 列都表示账号。请只保留其中一列。</translation>
    </message>
    <message>
        <source>Columns %1 and %2 both set %3. Keep one of them.</source>
        <translation>第 %1 列和第 %2 列都设置 %3。请只保留其中一列。</translation>
    </message>
    <message>
        <source>No column names the account. Name the column that holds the accounts account, UserID, From_Account or To_Account.</source>
        <translation>没有表示账号的列。请把存放账号的列命名为 account、UserID、From_Account 或 To_Account。</translation>
    </message>
    <message>
        <source>This row has values but no account. Fill in the account, or delete the row.</source>
        <translation>此行有值但没有账号。请填写账号，或删除此行。</translation>
    </message>
    <message>
        <source>This cell is in a column without a name, so it is not known which field it sets. Name the column in the header line, or empty the cell.</source>
        <translation>此单元格所在的列没有名称，因此不知道它设置哪个字段。请在标题行中为该列命名，或清空此单元格。</translation>
    </message>
    <message>
        <source>This row names an account but every field cell is empty, so nothing would change. Fill in the values to set, or delete the row.</source>
        <translation>此行写了账号，但所有字段单元格都为空，因此不会有任何修改。请填写要设置的值，或删除此行。</translation>
    </message>
    <message>
        <source>Every row below the header is empty. Add one row per account under the header.</source>
        <translation>标题行下的所有行都为空。请在标题行下为每个账号添加一行。</translation>
    </message>
    <message>
        <source>%1 is set twice; give each field once.</source>
        <translation>%1 被设置了两次；每个字段只能给一次。</translation>
    </message>
    <message>
        <source>%1 has no value. Give the value to set, or %2 to clear the field.</source>
        <translation>%1 没有值。请给出要设置的值，或写 %2 以清空该字段。</translation>
    </message>
    <message>
        <source>Give at least one field and the value to set on every account, for example Nick=Anna.</source>
        <translation>请至少给出一个字段以及要为每个账号设置的值，例如 Nick=Anna。</translation>
    </message>
    <message>
        <source>The list of accounts is empty. Give one account per line.</source>
        <translation>账号列表为空。请每行写一个账号。</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>chat-profile: unknown command &quot;%1&quot;. Run chat-profile --help to see the commands.</source>
        <translation>chat-profile：未知命令“%1”。运行 chat-profile --help 查看命令列表。</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>要运行的命令（见上文）。</translation>
    </message>
    <message>
        <source>Chat Profile Console on the command line: UserSigs, and reading and writing Tencent Cloud Chat user profiles.</source>
        <translation>Chat Profile Console 命令行版：生成和检查 UserSig，读写腾讯云即时通信 IM 用户资料。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &quot;chat-profile &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>运行“chat-profile &lt;command&gt; --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 the check or the request failed; 2 bad input, nothing sent; 3 network, TLS, timeout or protocol failure, or a write whose outcome is unknown.</source>
        <translation>退出码：0 成功；1 检查或请求失败；2 输入有误，未发送任何内容；3 网络、TLS、超时或协议故障，或某次写入的结果未知。</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
</context>
<context>
    <name>ConfirmWriteDialog</name>
    <message>
        <source>Confirm write</source>
        <translation>确认写入</translation>
    </message>
    <message>
        <source>Write these changes to account &quot;%1&quot; on connection &quot;%2&quot;?</source>
        <translation>要将这些修改写入连接“%2”上的账号“%1”吗？</translation>
    </message>
    <message>
        <source>Changes to write</source>
        <translation>要写入的修改</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>服务器上的当前值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>&amp;Write changes</source>
        <translation>写入修改(&amp;W)</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Use &amp;backup domain</source>
        <translation>使用备用域名(&amp;B)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>The saved connection to use: app, region and admin.</source>
        <translation>要使用的已保存连接：应用、地域和管理员。</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>连接…</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>管理连接</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>The data centre of your app. A wrong region answers 70016 or 70020.</source>
        <translation>应用所在的数据中心。地域选错时会返回 70016 或 70020。</translation>
    </message>
    <message>
        <source>Send to the *.my-imcloud.com backup host, for networks where the primary domain does not resolve.</source>
        <translation>发送到 *.my-imcloud.com 备用主机，适用于主域名无法解析的网络。</translation>
    </message>
    <message>
        <source>https://your-gateway.example.com</source>
        <translation>https://your-gateway.example.com</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>自定义端点</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>连接(&amp;N)：</translation>
    </message>
    <message>
        <source>Local demo server on this computer; nothing leaves it.</source>
        <translation>本机上的本地演示服务器；数据不会离开本机。</translation>
    </message>
</context>
<context>
    <name>ConnectionManagerDialog</name>
    <message>
        <source>&amp;Read-only: never write to this app</source>
        <translation>只读：绝不写入此应用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Confirm every write, showing old and new values</source>
        <translation>每次写入前确认，并显示旧值和新值(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>已保存的连接</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>连接名称</translation>
    </message>
    <message>
        <source>Colour label</source>
        <translation>颜色标签</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Colour &amp;label:</source>
        <translation>颜色标签(&amp;L)：</translation>
    </message>
    <message>
        <source>Region, SDKAppID, admin and key are set in the main window for the selected connection. Secret keys are never saved in the settings file.</source>
        <translation>所选连接的地域、SDKAppID、管理员和密钥在主窗口中设置。密钥绝不会保存到设置文件中。</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>开发环境</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>测试环境</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产环境</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>Data centre of the app: %1.</source>
        <translation>应用所在的数据中心：%1。</translation>
    </message>
    <message>
        <source>Use the region&apos;s backup domain (*.my-imcloud.com), e.g. when DNS of the primary is hijacked.</source>
        <translation>使用该地域的备用域名（*.my-imcloud.com），例如主域名的 DNS 被劫持时。</translation>
    </message>
    <message>
        <source>Any base URL instead of a region, e.g. https://gateway.example.com or the Sandbox&apos;s http://127.0.0.1:PORT. Plain http:// is only accepted for loopback addresses.</source>
        <translation>用任意基础 URL 代替地域，例如 https://gateway.example.com 或沙盒的 http://127.0.0.1:PORT。只有环回地址才接受明文 http://。</translation>
    </message>
    <message>
        <source>The app&apos;s SDKAppID.</source>
        <translation>应用的 SDKAppID。</translation>
    </message>
    <message>
        <source>The App admin account to act as.</source>
        <translation>以其身份调用的 App 管理员账号。</translation>
    </message>
    <message>
        <source>File holding a ready UserSig for the admin, instead of a secret key. Default: the %1 environment variable.</source>
        <translation>保存管理员现成 UserSig 的文件，用于代替密钥。默认：环境变量 %1。</translation>
    </message>
    <message>
        <source>Give up on an unanswered request after this long (default 10).</source>
        <translation>请求在这么长时间内没有响应就放弃（默认 10）。</translation>
    </message>
    <message>
        <source>Retries after network errors, HTTP 5xx, internal errors and rate limits (default 2).</source>
        <translation>在网络错误、HTTP 5xx、内部错误和频率限制后重试的次数（默认 2）。</translation>
    </message>
    <message>
        <source>Print the response as JSON instead of text.</source>
        <translation>以 JSON 而不是文本输出响应。</translation>
    </message>
    <message>
        <source>Give either --region NAME or --endpoint URL.</source>
        <translation>请指定 --region NAME 或 --endpoint URL 之一。</translation>
    </message>
    <message>
        <source>--backup-domain goes with --region, not with --endpoint.</source>
        <translation>--backup-domain 需与 --region 一起使用，不能与 --endpoint 一起使用。</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation>--timeout 需要 0 到 3600 之间的秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--retries wants a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--retries 需要 0 到 %1 之间的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>--sdkappid wants the app&apos;s numeric SDKAppID, not &quot;%1&quot;.</source>
        <translation>--sdkappid 需要应用的数字 SDKAppID，而不是“%1”。</translation>
    </message>
    <message>
        <source>Give the app&apos;s SDKAppID with --sdkappid.</source>
        <translation>请用 --sdkappid 指定应用的 SDKAppID。</translation>
    </message>
    <message>
        <source>Give the App admin account with --identifier.</source>
        <translation>请用 --identifier 指定 App 管理员账号。</translation>
    </message>
    <message>
        <source>Give either --key-file or --usersig-file, not both.</source>
        <translation>请只指定 --key-file 或 --usersig-file 之一，不要同时指定。</translation>
    </message>
    <message>
        <source>Both %1 and %2 are set; unset one, or choose with --key-file or --usersig-file.</source>
        <translation>%1 和 %2 都已设置；请取消其中一个，或用 --key-file 或 --usersig-file 选择。</translation>
    </message>
    <message>
        <source>Give the app&apos;s secret key (--key-file or %1) or a ready UserSig (--usersig-file or %2).</source>
        <translation>请提供应用的密钥（--key-file 或 %1）或现成的 UserSig（--usersig-file 或 %2）。</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Sandbox demo</source>
        <translation>沙盒演示</translation>
    </message>
    <message>
        <source>Unnamed connection</source>
        <translation>未命名连接</translation>
    </message>
</context>
<context>
    <name>ConnectionTarget</name>
    <message>
        <source>Unknown region &quot;%1&quot;. Choose one of: %2.</source>
        <translation>未知地域“%1”。请从以下选择：%2。</translation>
    </message>
    <message>
        <source>The Sandbox is not running.</source>
        <translation>沙盒未在运行。</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>The pasted UserSig was made for app %1, not for app %2: the server would refuse it with error %3. Check the SDKAppID, or paste a sig made for this app.</source>
        <translation>粘贴的 UserSig 是为应用 %1 生成的，而不是应用 %2：服务器会以错误 %3 拒绝它。请检查 SDKAppID，或粘贴为此应用生成的 UserSig。</translation>
    </message>
    <message>
        <source>The pasted UserSig was made for the account “%1”, not for “%2”: the server would refuse it with error %3. Use “%1” as the administrator, or paste a sig made for “%2”.</source>
        <translation>粘贴的 UserSig 是为账号“%1”生成的，而不是“%2”：服务器会以错误 %3 拒绝它。请使用“%1”作为管理员，或粘贴为“%2”生成的 UserSig。</translation>
    </message>
    <message>
        <source>The pasted UserSig expired %1 ago, at %2: the server would refuse it with error %3. Paste a new one, or use the secret key so the console makes its own.</source>
        <translation>粘贴的 UserSig 已于 %2 过期（%1 前）：服务器会以错误 %3 拒绝它。请粘贴新的 UserSig，或使用密钥让控制台自行生成。</translation>
    </message>
    <message>
        <source>The pasted UserSig expires in %1, at %2. Have a new one ready, or use the secret key so the console makes its own.</source>
        <translation>粘贴的 UserSig 将在 %1 后（%2）过期。请准备好新的 UserSig，或使用密钥让控制台自行生成。</translation>
    </message>
    <message>
        <source>signed for %1 in app %2 with the secret key, renewed automatically</source>
        <translation>用密钥为应用 %2 中的 %1 签发，自动续期</translation>
    </message>
    <message>
        <source>the pasted UserSig cannot be read</source>
        <translation>无法读取粘贴的 UserSig</translation>
    </message>
    <message>
        <source>signed for %1 in app %2, expired %3 ago</source>
        <translation>为应用 %2 中的 %1 签发，已于 %3 前过期</translation>
    </message>
    <message>
        <source>signed for %1 in app %2, expires in %3</source>
        <translation>为应用 %2 中的 %1 签发，%3 后过期</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>保存到系统钥匙串(&amp;K)</translation>
    </message>
    <message>
        <source>e.g. 1400000000</source>
        <translation>例如 1400000000</translation>
    </message>
    <message>
        <source>SDKAppID</source>
        <translation>SDKAppID</translation>
    </message>
    <message>
        <source>The app&apos;s SDKAppID from the Chat console.</source>
        <translation>应用的 SDKAppID，可在即时通信 IM 控制台中找到。</translation>
    </message>
    <message>
        <source>e.g. administrator</source>
        <translation>例如 administrator</translation>
    </message>
    <message>
        <source>Admin identifier</source>
        <translation>管理员账号</translation>
    </message>
    <message>
        <source>An App admin account; REST calls are made as this account.</source>
        <translation>一个 App 管理员账号；REST 调用以此账号的身份发出。</translation>
    </message>
    <message>
        <source>Secret key (signs UserSigs here)</source>
        <translation>密钥（在本机签发 UserSig）</translation>
    </message>
    <message>
        <source>Pasted UserSig</source>
        <translation>粘贴的 UserSig</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>鉴权方式</translation>
    </message>
    <message>
        <source>The app&apos;s secret key; kept in memory, never in a file</source>
        <translation>应用的密钥；只保存在内存中，绝不写入文件</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Used only to sign short-lived UserSigs on this computer. It is never sent anywhere.</source>
        <translation>仅用于在本机签发短期有效的 UserSig，绝不会被发送到任何地方。</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain (GNOME Keyring, KWallet) so you need not paste it again.</source>
        <translation>将密钥保存在系统钥匙串（GNOME 密钥环、KWallet）中，以后无需再次粘贴。</translation>
    </message>
    <message>
        <source>Paste an admin UserSig</source>
        <translation>粘贴管理员的 UserSig</translation>
    </message>
    <message>
        <source>UserSig</source>
        <translation>UserSig</translation>
    </message>
    <message>
        <source>Admin &amp;identifier:</source>
        <translation>管理员账号(&amp;I)：</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>鉴权方式(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;SDKAppID:</source>
        <translation>SDKAppID(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Key or UserSig:</source>
        <translation>密钥或 UserSig(&amp;K)：</translation>
    </message>
    <message>
        <source>Show or hide</source>
        <translation>显示或隐藏</translation>
    </message>
    <message>
        <source>Enter the app&apos;s SDKAppID (a number from the Chat console).</source>
        <translation>请输入应用的 SDKAppID（即时通信 IM 控制台中的数字）。</translation>
    </message>
    <message>
        <source>Enter the admin identifier: an App admin account of this app.</source>
        <translation>请输入管理员账号：此应用的一个 App 管理员账号。</translation>
    </message>
    <message>
        <source>Paste an admin UserSig, or switch to the secret key.</source>
        <translation>请粘贴管理员的 UserSig，或切换为使用密钥。</translation>
    </message>
    <message>
        <source>Enter the app&apos;s secret key, or switch to a pasted UserSig.</source>
        <translation>请输入应用的密钥，或切换为粘贴 UserSig。</translation>
    </message>
    <message>
        <source>Credentials ready (hidden for presenting).</source>
        <translation>凭据已就绪（演示时已隐藏）。</translation>
    </message>
    <message>
        <source>Check the UserSig (details hidden for presenting).</source>
        <translation>请检查 UserSig（演示时已隐藏详情）。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <source>Custom fields of this connection</source>
        <translation>此连接的自定义字段</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Admin may read</source>
        <translation>管理员可读</translation>
    </message>
    <message>
        <source>Admin may write</source>
        <translation>管理员可写</translation>
    </message>
    <message>
        <source>&amp;Forget selected</source>
        <translation>移除所选(&amp;F)</translation>
    </message>
    <message>
        <source>Remove the field from this list; it stays on the server.</source>
        <translation>从此列表中移除该字段；它仍保留在服务器上。</translation>
    </message>
</context>
<context>
    <name>CustomTagRegistry</name>
    <message>
        <source>%1 is already in the list. Change its permissions instead.</source>
        <translation>%1 已在列表中。请改为修改它的权限。</translation>
    </message>
    <message>
        <source>%1 is not in this connection&apos;s list of custom fields. If it was never created in the Chat console, the server answers 40009; add it to the list once it exists.</source>
        <translation>%1 不在此连接的自定义字段列表中。如果它从未在即时通信 IM 控制台中创建，服务器会返回 40009；创建后再把它加入列表。</translation>
    </message>
    <message>
        <source>%1 is not writable by the App admin. Allow &quot;App admin can write&quot; for it in the Chat console, then tick it here.</source>
        <translation>App 管理员无权写入 %1。请先在即时通信 IM 控制台中为它开启“App 管理员可写”，再在这里勾选。</translation>
    </message>
    <message>
        <source>%1 is not in this connection&apos;s list of custom fields; the server answers 40009 if it does not exist.</source>
        <translation>%1 不在此连接的自定义字段列表中；如果该字段不存在，服务器会返回 40009。</translation>
    </message>
    <message>
        <source>%1 is not readable by the App admin. Allow &quot;App admin can read&quot; for it in the Chat console, then tick it here.</source>
        <translation>App 管理员无权读取 %1。请先在即时通信 IM 控制台中为它开启“App 管理员可读”，再在这里勾选。</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
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
        <translation>端点“%1”不是有效的 URL。请写成 https://HOST。</translation>
    </message>
    <message>
        <source>The endpoint must be a bare base URL such as https://HOST, without user, query or fragment.</source>
        <translation>端点必须是 https://HOST 这样的纯基础 URL，不能包含用户名、查询参数或片段。</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: the UserSig travels in the URL and would cross the network unencrypted. Use https://, or a loopback address for a local server.</source>
        <translation>拒绝使用明文 http:// 连接 %1：UserSig 在 URL 中传输，会以未加密的形式经过网络。请使用 https://，或对本地服务器使用环回地址。</translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation>端点必须以 https:// 开头。</translation>
    </message>
</context>
<context>
    <name>ErrorCatalogue</name>
    <message>
        <source>Request parameter error</source>
        <translation>请求参数错误</translation>
    </message>
    <message>
        <source>The server could not decode the request: a field is missing, misspelled or has the wrong shape.</source>
        <translation>服务器无法解析请求：某个字段缺失、拼写错误或格式不对。</translation>
    </message>
    <message>
        <source>Compare the request body with the ErrorInfo text. If this console built the request, report it together with the random value.</source>
        <translation>请对照 ErrorInfo 文本检查请求体。如果请求是本控制台生成的，请连同 random 值一起报告。</translation>
    </message>
    <message>
        <source>No account given</source>
        <translation>未指定账号</translation>
    </message>
    <message>
        <source>The request did not name any account to read (To_Account is missing or empty).</source>
        <translation>请求中没有要读取的账号（To_Account 缺失或为空）。</translation>
    </message>
    <message>
        <source>Give at least one account ID.</source>
        <translation>请至少填写一个账号 ID。</translation>
    </message>
    <message>
        <source>Account does not exist</source>
        <translation>账号不存在</translation>
    </message>
    <message>
        <source>The account has not been imported into this app, or its ID is spelled differently (account IDs are case-sensitive).</source>
        <translation>该账号尚未导入此应用，或账号 ID 拼写不同（账号 ID 区分大小写）。</translation>
    </message>
    <message>
        <source>Check the account ID, or import the account first.</source>
        <translation>请检查账号 ID，或先导入该账号。</translation>
    </message>
    <message>
        <source>App admin required</source>
        <translation>需要 App 管理员</translation>
    </message>
    <message>
        <source>The identifier in the request is not an App admin of this SDKAppID, and only an App admin may call this API.</source>
        <translation>请求中的 identifier 不是此 SDKAppID 的 App 管理员，而只有 App 管理员才能调用此 API。</translation>
    </message>
    <message>
        <source>Use the App admin account (Chat console, Application info) as identifier and generate its UserSig.</source>
        <translation>请使用 App 管理员账号（即时通信 IM 控制台 &gt; 应用信息）作为 identifier，并为其生成 UserSig。</translation>
    </message>
    <message>
        <source>Sensitive words</source>
        <translation>包含敏感词</translation>
    </message>
    <message>
        <source>A profile value contains words blocked by content moderation.</source>
        <translation>某个资料值包含被内容审核拦截的词语。</translation>
    </message>
    <message>
        <source>Change the wording of the value and send it again.</source>
        <translation>请修改该值的措辞后重新发送。</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>服务器内部错误</translation>
    </message>
    <message>
        <source>The profile service failed internally; the request itself may well be fine.</source>
        <translation>资料服务内部出错，请求本身很可能没有问题。</translation>
    </message>
    <message>
        <source>Retry in a moment. If it keeps failing, contact Tencent Cloud support and quote the random value.</source>
        <translation>请稍后重试。如果一直失败，请联系腾讯云技术支持并提供 random 值。</translation>
    </message>
    <message>
        <source>No read permission</source>
        <translation>无读取权限</translation>
    </message>
    <message>
        <source>The App admin is not allowed to read this profile field.</source>
        <translation>App 管理员无权读取此资料字段。</translation>
    </message>
    <message>
        <source>Enable &quot;App admin readable&quot; for the field in the Chat console, or leave the field out of the request.</source>
        <translation>请在即时通信 IM 控制台中为该字段开启“App 管理员可读”，或在请求中去掉该字段。</translation>
    </message>
    <message>
        <source>No write permission</source>
        <translation>无写入权限</translation>
    </message>
    <message>
        <source>The App admin is not allowed to write this profile field.</source>
        <translation>App 管理员无权写入此资料字段。</translation>
    </message>
    <message>
        <source>Enable &quot;App admin writable&quot; for the field in the Chat console&apos;s custom profile field settings.</source>
        <translation>请在即时通信 IM 控制台的自定义资料字段设置中为该字段开启“App 管理员可写”。</translation>
    </message>
    <message>
        <source>Profile field does not exist</source>
        <translation>资料字段不存在</translation>
    </message>
    <message>
        <source>The server does not know this profile field tag.</source>
        <translation>服务器不认识这个资料字段标签。</translation>
    </message>
    <message>
        <source>Create the custom field in the Chat console first, or correct the tag&apos;s spelling (tags are case-sensitive).</source>
        <translation>请先在即时通信 IM 控制台中创建该自定义字段，或更正标签的拼写（标签区分大小写）。</translation>
    </message>
    <message>
        <source>Value too long</source>
        <translation>值过长</translation>
    </message>
    <message>
        <source>A profile value is longer than 500 bytes. The limit counts UTF-8 bytes, so one Chinese character uses three.</source>
        <translation>某个资料值超过 500 字节。限制按 UTF-8 字节计算，一个汉字占 3 个字节。</translation>
    </message>
    <message>
        <source>Shorten the value to at most 500 bytes.</source>
        <translation>请将该值缩短到 500 字节以内。</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>值无效</translation>
    </message>
    <message>
        <source>A standard profile field got a value it does not accept, for example an unknown Gender or AllowType string.</source>
        <translation>某个标准资料字段收到了不接受的值，例如未知的 Gender 或 AllowType 字符串。</translation>
    </message>
    <message>
        <source>Pick one of the documented values for the field.</source>
        <translation>请从文档列出的取值中为该字段选择一个。</translation>
    </message>
    <message>
        <source>Wrong value type</source>
        <translation>值类型错误</translation>
    </message>
    <message>
        <source>A standard profile field got the wrong JSON type, for example text where a whole number is expected.</source>
        <translation>某个标准资料字段收到了错误的 JSON 类型，例如应为整数的地方传了文本。</translation>
    </message>
    <message>
        <source>Send BirthDay, Language, Level, Role and MsgSettings as whole numbers and every other field as text.</source>
        <translation>BirthDay、Language、Level、Role 和 MsgSettings 请以整数发送，其他字段一律以文本发送。</translation>
    </message>
    <message>
        <source>HTTP request not understood</source>
        <translation>无法理解 HTTP 请求</translation>
    </message>
    <message>
        <source>The server could not parse the HTTP request.</source>
        <translation>服务器无法解析该 HTTP 请求。</translation>
    </message>
    <message>
        <source>Check the endpoint URL: a custom endpoint must be the bare https://host, without a path.</source>
        <translation>请检查端点 URL：自定义端点只能是 https://主机名，不带路径。</translation>
    </message>
    <message>
        <source>Request JSON invalid</source>
        <translation>请求 JSON 无效</translation>
    </message>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation>请求体不是有效的 JSON。</translation>
    </message>
    <message>
        <source>Check the JSON format of the request body.</source>
        <translation>请检查请求体的 JSON 格式。</translation>
    </message>
    <message>
        <source>Identifier or UserSig rejected</source>
        <translation>identifier 或 UserSig 被拒绝</translation>
    </message>
    <message>
        <source>The server rejected the account or the signature (identifier or usersig) of the request.</source>
        <translation>服务器拒绝了请求中的账号或签名（identifier 或 usersig）。</translation>
    </message>
    <message>
        <source>Check the admin identifier and generate a fresh UserSig for it with this app&apos;s secret key.</source>
        <translation>请检查管理员账号，并用此应用的密钥为它生成新的 UserSig。</translation>
    </message>
    <message>
        <source>The account or the signature of the request does not check out.</source>
        <translation>请求的账号或签名校验不通过。</translation>
    </message>
    <message>
        <source>SDKAppID invalid</source>
        <translation>SDKAppID 无效</translation>
    </message>
    <message>
        <source>The server does not accept this SDKAppID.</source>
        <translation>服务器不接受此 SDKAppID。</translation>
    </message>
    <message>
        <source>Copy the SDKAppID from the Chat console again.</source>
        <translation>请从即时通信 IM 控制台重新复制 SDKAppID。</translation>
    </message>
    <message>
        <source>REST API rate limit reached</source>
        <translation>已达到 REST API 频率限制</translation>
    </message>
    <message>
        <source>Too many REST API calls were made in a short time.</source>
        <translation>短时间内调用 REST API 的次数过多。</translation>
    </message>
    <message>
        <source>Wait a moment and retry; lower the request rate if it happens often.</source>
        <translation>请稍等片刻后重试；如果经常发生，请降低请求频率。</translation>
    </message>
    <message>
        <source>Service timeout or malformed request</source>
        <translation>服务超时或请求格式错误</translation>
    </message>
    <message>
        <source>The service timed out, or the HTTP request was malformed.</source>
        <translation>服务超时，或 HTTP 请求格式错误。</translation>
    </message>
    <message>
        <source>Check the request, then send it again.</source>
        <translation>请检查请求后重新发送。</translation>
    </message>
    <message>
        <source>Wrong API resource</source>
        <translation>API 资源错误</translation>
    </message>
    <message>
        <source>The request URL names an API that does not exist.</source>
        <translation>请求 URL 指向的 API 不存在。</translation>
    </message>
    <message>
        <source>Check the path of the URL (v4/profile/portrait_set or portrait_get) and of a custom endpoint.</source>
        <translation>请检查 URL 的路径（v4/profile/portrait_set 或 portrait_get）以及自定义端点的路径。</translation>
    </message>
    <message>
        <source>App admin permission required</source>
        <translation>需要 App 管理员权限</translation>
    </message>
    <message>
        <source>The request needs App admin permission, and the identifier is not an App admin.</source>
        <translation>该请求需要 App 管理员权限，而 identifier 不是 App 管理员。</translation>
    </message>
    <message>
        <source>Use the App admin account as identifier and generate its UserSig.</source>
        <translation>请使用 App 管理员账号作为 identifier，并为其生成 UserSig。</translation>
    </message>
    <message>
        <source>SDKAppID rate limit reached</source>
        <translation>已达到 SDKAppID 频率限制</translation>
    </message>
    <message>
        <source>This SDKAppID sent too many requests in a short time.</source>
        <translation>此 SDKAppID 在短时间内发送的请求过多。</translation>
    </message>
    <message>
        <source>Wait a moment and retry; spread bulk edits over time.</source>
        <translation>请稍等片刻后重试；批量修改请分散进行。</translation>
    </message>
    <message>
        <source>SDKAppID missing</source>
        <translation>缺少 SDKAppID</translation>
    </message>
    <message>
        <source>The request carries no SDKAppID.</source>
        <translation>请求中没有 SDKAppID。</translation>
    </message>
    <message>
        <source>Enter the app&apos;s SDKAppID.</source>
        <translation>请输入应用的 SDKAppID。</translation>
    </message>
    <message>
        <source>Server could not parse a response</source>
        <translation>服务器无法解析响应</translation>
    </message>
    <message>
        <source>A JSON response failed to parse inside the Chat service.</source>
        <translation>即时通信服务内部解析某个 JSON 响应失败。</translation>
    </message>
    <message>
        <source>Retry later; report it to Tencent Cloud support if it persists.</source>
        <translation>请稍后重试；如果问题持续，请报告给腾讯云技术支持。</translation>
    </message>
    <message>
        <source>Account exchange timed out</source>
        <translation>账号转换超时</translation>
    </message>
    <message>
        <source>Exchanging the account inside the Chat service timed out.</source>
        <translation>即时通信服务内部转换账号时超时。</translation>
    </message>
    <message>
        <source>Retry later.</source>
        <translation>请稍后重试。</translation>
    </message>
    <message>
        <source>Wrong account type</source>
        <translation>账号类型错误</translation>
    </message>
    <message>
        <source>An account in the request body is not a JSON string.</source>
        <translation>请求体中的某个账号不是 JSON 字符串。</translation>
    </message>
    <message>
        <source>Send account IDs as strings.</source>
        <translation>请以字符串形式发送账号 ID。</translation>
    </message>
    <message>
        <source>SDKAppID disabled</source>
        <translation>SDKAppID 已被禁用</translation>
    </message>
    <message>
        <source>This SDKAppID has been disabled.</source>
        <translation>此 SDKAppID 已被禁用。</translation>
    </message>
    <message>
        <source>Check the app&apos;s status in the Chat console.</source>
        <translation>请在即时通信 IM 控制台中查看应用状态。</translation>
    </message>
    <message>
        <source>Request disabled</source>
        <translation>请求已被禁用</translation>
    </message>
    <message>
        <source>This kind of request is disabled for the app.</source>
        <translation>此应用已禁用这类请求。</translation>
    </message>
    <message>
        <source>Open a ticket with Tencent Cloud support.</source>
        <translation>请向腾讯云技术支持提交工单。</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>请求过多</translation>
    </message>
    <message>
        <source>The service is receiving too many requests from this app right now.</source>
        <translation>服务当前从此应用收到的请求过多。</translation>
    </message>
    <message>
        <source>Wait a few seconds and retry.</source>
        <translation>请等待几秒后重试。</translation>
    </message>
    <message>
        <source>Too many requests, try later</source>
        <translation>请求过多，请稍后再试</translation>
    </message>
    <message>
        <source>The service throttled the request because too many arrived in a short time.</source>
        <translation>短时间内到达的请求过多，服务对该请求进行了限流。</translation>
    </message>
    <message>
        <source>Retry later, at a lower rate.</source>
        <translation>请稍后以较低的频率重试。</translation>
    </message>
    <message>
        <source>Pro edition expired</source>
        <translation>专业版已到期</translation>
    </message>
    <message>
        <source>The app&apos;s paid package expired and the app was deactivated.</source>
        <translation>该应用的付费套餐已到期，应用已被停用。</translation>
    </message>
    <message>
        <source>Renew the package; it takes effect about five minutes after purchase.</source>
        <translation>请续费套餐；购买后约五分钟生效。</translation>
    </message>
    <message>
        <source>Caller IP not allowed</source>
        <translation>调用方 IP 不在允许范围内</translation>
    </message>
    <message>
        <source>The IP address this request came from is not on the app&apos;s REST API allowlist.</source>
        <translation>发出此请求的 IP 地址不在应用的 REST API 白名单中。</translation>
    </message>
    <message>
        <source>Add this machine&apos;s public IP address to the allowlist in the Chat console, then retry.</source>
        <translation>请在即时通信 IM 控制台中将本机的公网 IP 地址加入白名单，然后重试。</translation>
    </message>
    <message>
        <source>UserSig expired</source>
        <translation>UserSig 已过期</translation>
    </message>
    <message>
        <source>The UserSig is past the end of its validity.</source>
        <translation>UserSig 已超过有效期。</translation>
    </message>
    <message>
        <source>Generate a new UserSig; a validity of at least 24 hours is recommended.</source>
        <translation>请生成新的 UserSig；建议有效期至少为 24 小时。</translation>
    </message>
    <message>
        <source>UserSig empty</source>
        <translation>UserSig 为空</translation>
    </message>
    <message>
        <source>The request carried an empty UserSig.</source>
        <translation>请求中携带的 UserSig 为空。</translation>
    </message>
    <message>
        <source>Provide the app&apos;s secret key or a ready UserSig.</source>
        <translation>请提供应用的密钥或现成的 UserSig。</translation>
    </message>
    <message>
        <source>UserSig unreadable</source>
        <translation>UserSig 无法读取</translation>
    </message>
    <message>
        <source>The UserSig could not be parsed; it is often truncated by copy and paste.</source>
        <translation>无法解析该 UserSig，通常是复制粘贴时被截断了。</translation>
    </message>
    <message>
        <source>Generate the UserSig again and copy it whole.</source>
        <translation>请重新生成 UserSig 并完整复制。</translation>
    </message>
    <message>
        <source>UserSig invalid</source>
        <translation>UserSig 无效</translation>
    </message>
    <message>
        <source>The UserSig is not a valid signature.</source>
        <translation>该 UserSig 不是有效的签名。</translation>
    </message>
    <message>
        <source>Generate a new UserSig with this app&apos;s secret key.</source>
        <translation>请用此应用的密钥生成新的 UserSig。</translation>
    </message>
    <message>
        <source>UserSig signed with another key</source>
        <translation>UserSig 是用其他密钥签名的</translation>
    </message>
    <message>
        <source>The UserSig&apos;s signature does not match: it was made with another app&apos;s secret key.</source>
        <translation>UserSig 的签名不匹配：它是用其他应用的密钥生成的。</translation>
    </message>
    <message>
        <source>Copy this SDKAppID&apos;s secret key from the Chat console and generate the UserSig again.</source>
        <translation>请从即时通信 IM 控制台复制此 SDKAppID 的密钥，然后重新生成 UserSig。</translation>
    </message>
    <message>
        <source>Identifier does not match the UserSig</source>
        <translation>identifier 与 UserSig 不匹配</translation>
    </message>
    <message>
        <source>The identifier in the request differs from the one the UserSig was generated for.</source>
        <translation>请求中的 identifier 与生成 UserSig 时使用的不同。</translation>
    </message>
    <message>
        <source>Generate the UserSig for the identifier you send, or send the identifier it was made for.</source>
        <translation>请为要发送的 identifier 生成 UserSig，或发送生成 UserSig 时所用的 identifier。</translation>
    </message>
    <message>
        <source>SDKAppID does not match the UserSig</source>
        <translation>SDKAppID 与 UserSig 不匹配</translation>
    </message>
    <message>
        <source>The SDKAppID in the request differs from the one the UserSig was generated for.</source>
        <translation>请求中的 SDKAppID 与生成 UserSig 时使用的不同。</translation>
    </message>
    <message>
        <source>Generate the UserSig with this SDKAppID and its own secret key.</source>
        <translation>请用此 SDKAppID 及其自己的密钥生成 UserSig。</translation>
    </message>
    <message>
        <source>Key not found: wrong region?</source>
        <translation>找不到密钥：地域选错了？</translation>
    </message>
    <message>
        <source>The server has no key for this SDKAppID. This usually means the app lives in another data centre (region).</source>
        <translation>服务器上没有此 SDKAppID 的密钥。这通常意味着该应用位于另一个数据中心（地域）。</translation>
    </message>
    <message>
        <source>Pick the region the app was created in (shown in the Chat console), or check the SDKAppID.</source>
        <translation>请选择创建应用时所在的地域（可在即时通信 IM 控制台中查看），或检查 SDKAppID。</translation>
    </message>
    <message>
        <source>SDKAppID not found: wrong region?</source>
        <translation>找不到 SDKAppID：地域选错了？</translation>
    </message>
    <message>
        <source>The server does not know this SDKAppID. This usually means the app lives in another data centre (region).</source>
        <translation>服务器不认识此 SDKAppID。这通常意味着该应用位于另一个数据中心（地域）。</translation>
    </message>
    <message>
        <source>Too many failed signature checks</source>
        <translation>签名校验失败次数过多</translation>
    </message>
    <message>
        <source>UserSig checks failed too often, so the server blocks this identifier for a while.</source>
        <translation>UserSig 校验失败次数过多，服务器暂时封禁了此 identifier。</translation>
    </message>
    <message>
        <source>Fix the UserSig, then retry after one minute.</source>
        <translation>请修正 UserSig，一分钟后再重试。</translation>
    </message>
    <message>
        <source>Account blacklisted</source>
        <translation>账号已被列入黑名单</translation>
    </message>
    <message>
        <source>The account is on the blacklist.</source>
        <translation>该账号在黑名单中。</translation>
    </message>
    <message>
        <source>Contact Tencent Cloud support to find out why.</source>
        <translation>请联系腾讯云技术支持了解原因。</translation>
    </message>
    <message>
        <source>UserSig has expired</source>
        <translation>UserSig 已失效</translation>
    </message>
    <message>
        <source>The UserSig&apos;s validity has run out.</source>
        <translation>UserSig 的有效期已用完。</translation>
    </message>
    <message>
        <source>Generate a new UserSig and send the request again.</source>
        <translation>请生成新的 UserSig 并重新发送请求。</translation>
    </message>
    <message>
        <source>User does not exist</source>
        <translation>用户不存在</translation>
    </message>
    <message>
        <source>The requested UserID does not exist or was never imported.</source>
        <translation>请求的 UserID 不存在，或从未导入。</translation>
    </message>
    <message>
        <source>Check the UserID, or import the account first.</source>
        <translation>请检查 UserID，或先导入该账号。</translation>
    </message>
    <message>
        <source>Login restricted</source>
        <translation>登录受限</translation>
    </message>
    <message>
        <source>Logins were restricted for security reasons because they came too often.</source>
        <translation>登录过于频繁，出于安全原因已被限制。</translation>
    </message>
    <message>
        <source>Wait before trying again.</source>
        <translation>请稍候再试。</translation>
    </message>
    <message>
        <source>Server timeout</source>
        <translation>服务器超时</translation>
    </message>
    <message>
        <source>A service inside the Chat backend timed out.</source>
        <translation>即时通信后台内部的某个服务超时。</translation>
    </message>
    <message>
        <source>Retry in a moment.</source>
        <translation>请稍后重试。</translation>
    </message>
    <message>
        <source>Server busy, timed out</source>
        <translation>服务器繁忙，已超时</translation>
    </message>
    <message>
        <source>The Chat backend did not answer in time internally.</source>
        <translation>即时通信后台内部未能及时响应。</translation>
    </message>
    <message>
        <source>Retry the request.</source>
        <translation>请重试该请求。</translation>
    </message>
    <message>
        <source>Invalid batch size</source>
        <translation>批量数量无效</translation>
    </message>
    <message>
        <source>The request has an invalid number of items for a batch.</source>
        <translation>请求中批量处理的条目数量无效。</translation>
    </message>
    <message>
        <source>Send fewer items per request.</source>
        <translation>请减少每个请求中的条目数。</translation>
    </message>
    <message>
        <source>Account limit reached</source>
        <translation>已达到账号数量上限</translation>
    </message>
    <message>
        <source>The app has more accounts than its edition allows (100 on the free trial).</source>
        <translation>应用的账号数超过了其版本允许的数量（免费体验版为 100 个）。</translation>
    </message>
    <message>
        <source>Upgrade the app&apos;s edition in the Chat console.</source>
        <translation>请在即时通信 IM 控制台中升级应用的版本。</translation>
    </message>
    <message>
        <source>Invalid parameter</source>
        <translation>参数无效</translation>
    </message>
    <message>
        <source>A required field is missing or has the wrong format.</source>
        <translation>某个必填字段缺失或格式错误。</translation>
    </message>
    <message>
        <source>Check the required fields and their format.</source>
        <translation>请检查必填字段及其格式。</translation>
    </message>
    <message>
        <source>Admin permission needed</source>
        <translation>需要管理员权限</translation>
    </message>
    <message>
        <source>Only an App admin may make this request.</source>
        <translation>只有 App 管理员才能发出此请求。</translation>
    </message>
    <message>
        <source>Use the App admin account as identifier.</source>
        <translation>请使用 App 管理员账号作为 identifier。</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>The Chat backend failed internally.</source>
        <translation>即时通信后台内部出错。</translation>
    </message>
    <message>
        <source>Retry later; contact Tencent Cloud support with the random value if it persists.</source>
        <translation>请稍后重试；如果问题持续，请联系腾讯云技术支持并提供 random 值。</translation>
    </message>
    <message>
        <source>Account deletion refused</source>
        <translation>拒绝删除账号</translation>
    </message>
    <message>
        <source>Only accounts of trial-edition apps can be deleted.</source>
        <translation>只有体验版应用的账号才能删除。</translation>
    </message>
    <message>
        <source>Leave the account in place, or check the app&apos;s edition.</source>
        <translation>请保留该账号，或检查应用的版本。</translation>
    </message>
    <message>
        <source>Text blocked by security filter</source>
        <translation>文本被安全过滤拦截</translation>
    </message>
    <message>
        <source>The text was blocked by Tencent Cloud&apos;s security filtering.</source>
        <translation>该文本被腾讯云安全过滤拦截。</translation>
    </message>
    <message>
        <source>Reword the text and send it again.</source>
        <translation>请修改文本措辞后重新发送。</translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation>消息过大</translation>
    </message>
    <message>
        <source>The outgoing packet is larger than 8 KB.</source>
        <translation>发出的数据包超过 8 KB。</translation>
    </message>
    <message>
        <source>Send less data in one request.</source>
        <translation>请减少单个请求中发送的数据。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Check which %1 the UserSig was generated for: it must be exactly the one in the request.</source>
        <translation>请检查生成 UserSig 时所用的 %1：它必须与请求中的完全一致。</translation>
    </message>
    <message>
        <source>The UserSig was signed for the %1 %2, but the request sends %3.</source>
        <translation>UserSig 是为 %1%2签名的，但请求发送的是%3。</translation>
    </message>
    <message>
        <source>The UserSig was signed for the same %1 as the request (%2), so it was probably generated with another SDKAppID&apos;s key or has been altered.</source>
        <translation>UserSig 签名时所用的 %1 与请求中的相同（%2），因此它很可能是用其他 SDKAppID 的密钥生成的，或已被篡改。</translation>
    </message>
    <message>
        <source>This SDKAppID probably lives in another region than the one the request went to.</source>
        <translation>此 SDKAppID 很可能位于另一个地域，而不是请求发往的地域。</translation>
    </message>
    <message>
        <source>This SDKAppID probably lives in another region: the request went to %1. Pick the region where the app was created.</source>
        <translation>此 SDKAppID 很可能位于另一个地域：请求发往了 %1。请选择创建应用时所在的地域。</translation>
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
        <translation>自定义字段%1尚未在即时通信 IM 控制台中创建，或名称拼写错误。</translation>
    </message>
    <message>
        <source>The field %1 is not writable by the App admin: its write permission in the Chat console does not include &quot;App admin writable&quot;.</source>
        <translation>App 管理员无权写入字段%1：它在即时通信 IM 控制台中的写权限不包含“App 管理员可写”。</translation>
    </message>
    <message>
        <source>The caller&apos;s IP address is not on the app&apos;s IP allowlist, so every REST call from this machine is refused whatever the credentials.</source>
        <translation>调用方的 IP 地址不在应用的 IP 白名单中，因此无论凭据是否正确，本机发出的所有 REST 调用都会被拒绝。</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>The server accepted the request.</source>
        <translation>服务器已接受该请求。</translation>
    </message>
    <message>
        <source>(no ErrorInfo)</source>
        <translation>（无 ErrorInfo）</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>This console does not know error code %1. The server said: %2</source>
        <translation>本控制台不认识错误码 %1。服务器返回：%2</translation>
    </message>
    <message>
        <source>Look the code up in the Tencent Cloud Chat error code list, or contact support quoting the code and the random value.</source>
        <translation>请在腾讯云即时通信 IM 错误码列表中查找该错误码，或联系技术支持并提供错误码和 random 值。</translation>
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
        <translation>用户所在的地方。应用通常保存四个数字（国家、省份、城市、区县），再由应用自行映射为地名。</translation>
    </message>
    <message>
        <source>The English documentation and the Web SDK limit Location to 16 bytes, the Chinese documentation to 500 bytes. Keep it within 16 bytes so every client can read it.</source>
        <translation>英文文档和 Web SDK 将所在地限制为 16 字节，中文文档则为 500 字节。请控制在 16 字节以内，以便所有客户端都能读取。</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>The name other users see. Text up to 500 bytes.</source>
        <translation>其他用户看到的名称。最多 500 字节的文本。</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>The user&apos;s gender, or not set.</source>
        <translation>用户的性别，或未设置。</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>The date of birth as the number YYYYMMDD, e.g. 19900521; 0 means not set.</source>
        <translation>出生日期，格式为数字 YYYYMMDD，例如 19900521；0 表示未设置。</translation>
    </message>
    <message>
        <source>Personal signature</source>
        <translation>个性签名</translation>
    </message>
    <message>
        <source>A short status line. Text up to 500 bytes.</source>
        <translation>一行简短的状态文字。最多 500 字节的文本。</translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation>加好友验证方式</translation>
    </message>
    <message>
        <source>Whether others may add this user as a friend.</source>
        <translation>其他人能否添加该用户为好友。</translation>
    </message>
    <message>
        <source>Need approval</source>
        <translation>需要验证</translation>
    </message>
    <message>
        <source>Anyone may add</source>
        <translation>允许任何人添加</translation>
    </message>
    <message>
        <source>Nobody may add</source>
        <translation>不允许任何人添加</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A number from 0 to 4294967295; each app defines which language each number means.</source>
        <translation>0 到 4294967295 之间的数字；每个数字代表哪种语言由应用自行定义。</translation>
    </message>
    <message>
        <source>Avatar URL</source>
        <translation>头像 URL</translation>
    </message>
    <message>
        <source>The address of the user&apos;s picture. Up to 500 bytes.</source>
        <translation>用户头像图片的地址。最多 500 字节。</translation>
    </message>
    <message>
        <source>Message settings</source>
        <translation>消息设置</translation>
    </message>
    <message>
        <source>Bit flags. Bit 0 set means the user does not receive messages; the other bits are kept as they are.</source>
        <translation>位标志。第 0 位为 1 表示用户不接收消息；其余各位保持原样。</translation>
    </message>
    <message>
        <source>Friend requests by admin</source>
        <translation>管理员设置的加好友权限</translation>
    </message>
    <message>
        <source>Set by an administrator only: whether this user may send friend requests.</source>
        <translation>仅管理员可设置：该用户能否发送好友申请。</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>A number from 0 to 4294967295 whose meaning the app defines.</source>
        <translation>0 到 4294967295 之间的数字，含义由应用自行定义。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>A custom field: text up to %1 bytes. It must exist in the Chat console and be readable and writable by the App admin.</source>
        <translation>自定义字段：最多 %1 字节的文本。它必须已在即时通信 IM 控制台中创建，并且 App 管理员可读可写。</translation>
    </message>
    <message>
        <source>Create the field in the Chat console first (Feature Configuration &gt; User Custom Field) with read and write permission for the App admin. A new field takes up to 10 minutes to work, and it cannot be renamed or deleted afterwards; only its permissions can be changed.</source>
        <translation>请先在即时通信 IM 控制台（功能配置 &gt; 用户自定义字段）中创建该字段，并给予 App 管理员读写权限。新字段最多需要 10 分钟才能生效，创建后不能重命名或删除，只能修改权限。</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>&quot;%1&quot; cannot be a custom field name: use 1 to %2 letters, digits or underscores, not starting with a digit.</source>
        <translation>“%1”不能用作自定义字段名：请使用 1 到 %2 个字母、数字或下划线，且不能以数字开头。</translation>
    </message>
    <message>
        <source>The documentation asks for custom field names of at most %1 English letters; the Chat console has been seen to accept up to %2 letters, digits and underscores. &quot;%3&quot; only works if the console accepted it.</source>
        <translation>文档要求自定义字段名最多 %1 个英文字母；实际观察到即时通信 IM 控制台最多接受 %2 个字母、数字和下划线。只有控制台接受了“%3”，它才能使用。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an assignment. Write FIELD=VALUE, e.g. Nick=Anna, Gender=Female, BirthDay=19900521 or Tag_Profile_Custom_Hobby=chess.</source>
        <translation>“%1”不是赋值表达式。请写成 字段=值，例如 Nick=Anna、Gender=Female、BirthDay=19900521 或 Tag_Profile_Custom_Hobby=chess。</translation>
    </message>
    <message>
        <source>%1 is not a standard profile field. Check the spelling; the standard fields are: %2.</source>
        <translation>%1 不是标准资料字段。请检查拼写；标准字段有：%2。</translation>
    </message>
    <message>
        <source>%1 is not a profile tag. Use a standard tag (Tag_Profile_IM_…), its short name (e.g. Nick), or a custom tag (Tag_Profile_Custom_…).</source>
        <translation>%1 不是资料标签。请使用标准标签（Tag_Profile_IM_…）、其简称（如 Nick）或自定义标签（Tag_Profile_Custom_…）。</translation>
    </message>
    <message>
        <source>%1 takes text, but the value is %2. Send it as a JSON string.</source>
        <translation>%1 接受文本，但该值为 %2。请以 JSON 字符串发送。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long in UTF-8; the server accepts at most %3. Shorten it by %4 bytes.</source>
        <translation>%1 的 UTF-8 长度为 %2 字节；服务器最多接受 %3 字节。请缩短 %4 字节。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2. Choose one of: %3.</source>
        <translation>“%1”不是 %2 的有效值。请从以下值中选择：%3。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long, more than %3. %4</source>
        <translation>%1 长 %2 字节，超过了 %3。%4</translation>
    </message>
    <message>
        <source>%1 takes a whole number from 0 to 4294967295 sent as a JSON number, but the value is %2.</source>
        <translation>%1 接受以 JSON 数字发送的 0 到 4294967295 之间的整数，但该值为 %2。</translation>
    </message>
    <message>
        <source>%1 takes a whole number, but the value is %2. Remove the fraction.</source>
        <translation>%1 接受整数，但该值为 %2。请去掉小数部分。</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 4294967295; %2 is out of range.</source>
        <translation>%1 必须在 0 到 4294967295 之间；%2 超出了范围。</translation>
    </message>
    <message>
        <source>%1 is not a calendar date. Write the birthday as YYYYMMDD, e.g. 19900521, or 0 for not set.</source>
        <translation>%1 不是有效的日历日期。请将生日写成 YYYYMMDD，例如 19900521，或写 0 表示未设置。</translation>
    </message>
</context>
<context>
    <name>GetCommand</name>
    <message>
        <source>Read user profiles (portrait_get).</source>
        <translation>读取用户资料（portrait_get）。</translation>
    </message>
    <message>
        <source>Reads the profiles of the given accounts and prints each account&apos;s fields. Exit codes: 0 every account read; 1 the API answered FAIL or some accounts failed; 2 bad input, nothing sent; 3 network, TLS, timeout or protocol failure.</source>
        <translation>读取指定账号的资料，并输出每个账号的字段。退出码：0 所有账号均已读取；1 API 返回 FAIL 或部分账号失败；2 输入有误，未发送任何内容；3 网络、TLS、超时或协议错误。</translation>
    </message>
    <message>
        <source>Account IDs to read.</source>
        <translation>要读取的账号 ID。</translation>
    </message>
    <message>
        <source>A field to read: a standard field&apos;s short name (Nick, Gender, BirthDay…), its full tag, or Tag_Profile_Custom_NAME. Repeat for several; default: every standard field.</source>
        <translation>要读取的字段：标准字段的简称（Nick、Gender、BirthDay…）、完整标签，或 Tag_Profile_Custom_NAME。可重复指定多个；默认：所有标准字段。</translation>
    </message>
    <message>
        <source>Name at least one account to read.</source>
        <translation>请至少指定一个要读取的账号。</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;: use a standard field name such as Nick or Gender, or Tag_Profile_Custom_NAME.</source>
        <translation>未知字段“%1”：请使用 Nick、Gender 等标准字段名，或 Tag_Profile_Custom_NAME。</translation>
    </message>
    <message>
        <source>failed, ResultCode %1 %2</source>
        <translation>失败，ResultCode %1 %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message numerus="yes">
        <source>Accounts that could not be read: %n.</source>
        <translation>
            <numerusform>无法读取的账号数：%n。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Show the change history: every profile write of the console and the CLI.</source>
        <translation>显示修改历史：控制台和命令行的每一次资料写入。</translation>
    </message>
    <message>
        <source>Lists the profile writes recorded on this computer, newest first, by the console and the CLI alike. Each write is recorded before it is sent; one whose answer never came is shown as unknown. The history is kept in %1.</source>
        <translation>列出本机记录的资料写入（控制台和命令行的都包括），最新的在前。每次写入在发送前就会记录；没有收到应答的写入显示为未知。历史保存在 %1。</translation>
    </message>
    <message>
        <source>Only the changes of this account.</source>
        <translation>只显示该账号的修改。</translation>
    </message>
    <message>
        <source>Only the changes of this operation (an Apply, a set, a bulk job, a revert).</source>
        <translation>只显示该操作的修改（一次应用、一次 set、一个批量任务或一次撤销）。</translation>
    </message>
    <message>
        <source>Only changes at or after this time: a date (2026-12-01, midnight UTC) or an ISO time.</source>
        <translation>只显示此时间及之后的修改：日期（2026-12-01，UTC 零点）或 ISO 时间。</translation>
    </message>
    <message>
        <source>Print the changes as a JSON array.</source>
        <translation>以 JSON 数组输出修改。</translation>
    </message>
    <message>
        <source>history takes no arguments; filter with --account, --job or --since.</source>
        <translation>history 不接受参数；请用 --account、--job 或 --since 筛选。</translation>
    </message>
    <message>
        <source>--job takes an operation&apos;s number, as history and jobs list them.</source>
        <translation>--job 需要操作编号，即 history 和 jobs 列出的编号。</translation>
    </message>
    <message>
        <source>--since takes a date such as 2026-12-01 or a time such as 2026-12-01T08:30:00Z.</source>
        <translation>--since 需要日期（如 2026-12-01）或时间（如 2026-12-01T08:30:00Z）。</translation>
    </message>
    <message>
        <source>No changes are recorded.</source>
        <translation>没有记录任何修改。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>%1 accounts</source>
        <translation>%1 个账号</translation>
    </message>
    <message>
        <source>bulk: %1 accounts</source>
        <translation>批量：%1 个账号</translation>
    </message>
    <message>
        <source>1 field on 1 account</source>
        <translation>1 个账号的 1 个字段</translation>
    </message>
    <message>
        <source>%1 fields on 1 account</source>
        <translation>1 个账号的 %1 个字段</translation>
    </message>
    <message>
        <source>%1 OK</source>
        <translation>成功 %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>失败 %1</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>未知 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Only the loaded account</source>
        <translation>仅限已加载的账号</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>仅限 %1</translation>
    </message>
    <message>
        <source>No change history in this session.</source>
        <translation>本次会话中没有修改历史。</translation>
    </message>
    <message>
        <source>No profile has been written from this computer yet.</source>
        <translation>本机尚未写入过任何资料。</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>清除修改历史(&amp;L)…</translation>
    </message>
    <message>
        <source>The change history was cleared.</source>
        <translation>修改历史已清除。</translation>
    </message>
    <message>
        <source>bulk: %1 accounts</source>
        <translation>批量：%1 个账号</translation>
    </message>
    <message>
        <source>Where the change history is kept</source>
        <translation>修改历史的保存位置</translation>
    </message>
    <message>
        <source>Search accounts, fields, values</source>
        <translation>搜索账号、字段、值</translation>
    </message>
    <message>
        <source>Search the change history</source>
        <translation>搜索修改历史</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>任意结果</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Unknown: sent, and no answer came; the write may have been stored</source>
        <translation>未知：已发送，但没有收到应答；写入可能已被保存</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>任意账号</translation>
    </message>
    <message>
        <source>Save the changes shown as a CSV file</source>
        <translation>将显示的修改保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Delete every recorded change from this computer</source>
        <translation>从这台电脑上删除所有已记录的修改</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>保存在 %1</translation>
    </message>
    <message>
        <source>No change matches these filters.</source>
        <translation>没有符合这些筛选条件的修改。</translation>
    </message>
    <message>
        <source>Showing the newest %1 changes; narrow the filters to see older ones.</source>
        <translation>显示最新的 %1 条修改；请缩小筛选范围以查看更早的修改。</translation>
    </message>
    <message>
        <source>Any field</source>
        <translation>任意字段</translation>
    </message>
    <message>
        <source>Any connection</source>
        <translation>任意连接</translation>
    </message>
    <message>
        <source>Clear the change history</source>
        <translation>清除修改历史</translation>
    </message>
    <message>
        <source>Delete every recorded change from this computer?</source>
        <translation>要从这台电脑上删除所有已记录的修改吗？</translation>
    </message>
    <message>
        <source>What was written to which account, and how to put it back, is lost; the profiles on the server stay as they are. Export the history first to keep a copy.</source>
        <translation>向哪个账号写入了什么、以及如何恢复，这些信息都将丢失；服务器上的资料保持不变。如需保留副本，请先导出修改历史。</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>清除历史</translation>
    </message>
    <message>
        <source>Export the change history</source>
        <translation>导出修改历史</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exported 1 change to %1.</source>
        <translation>已将 1 条修改导出到 %1。</translation>
    </message>
    <message>
        <source>Exported %1 changes to %2.</source>
        <translation>已将 %1 条修改导出到 %2。</translation>
    </message>
    <message>
        <source>Rever&amp;t…</source>
        <translation>撤销(&amp;T)…</translation>
    </message>
    <message>
        <source>Only the newest changes are shown: narrow the filters to revert.</source>
        <translation>仅显示了最新的修改：请缩小筛选范围后再撤销。</translation>
    </message>
    <message>
        <source>Put back what the selected operations or changes overwrote, after a look at what the server holds now</source>
        <translation>先查看服务器上的当前值，再恢复所选操作或修改所覆盖的值</translation>
    </message>
    <message>
        <source>Revert all shown…</source>
        <translation>撤销显示的全部修改…</translation>
    </message>
    <message>
        <source>Revert all shown for %1…</source>
        <translation>撤销所显示的 %1 的全部修改…</translation>
    </message>
    <message>
        <source>Filter the history to one account (and a time span) to revert all its changes shown</source>
        <translation>将历史筛选到单个账号（及时间范围）后，即可撤销其显示的全部修改</translation>
    </message>
    <message>
        <source>Put back every change shown: this account&apos;s, within the filters and time span chosen</source>
        <translation>恢复显示的所有修改：即该账号在所选筛选条件和时间范围内的修改</translation>
    </message>
</context>
<context>
    <name>JobResultModel</name>
    <message>
        <source>the account does not exist</source>
        <translation>账号不存在</translation>
    </message>
    <message>
        <source>the server refuses a field</source>
        <translation>服务器拒绝了某个字段</translation>
    </message>
    <message>
        <source>invalid input row</source>
        <translation>无效的输入行</translation>
    </message>
    <message>
        <source>the server answered with an HTTP error</source>
        <translation>服务器返回了 HTTP 错误</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Sent, no answer yet</source>
        <translation>已发送，尚无应答</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>OK, but did not stick: %1</source>
        <translation>成功，但未生效：%1</translation>
    </message>
    <message>
        <source>Unchanged (already as asked)</source>
        <translation>未改变（已是要求的值）</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>Unknown: sent, but no answer came</source>
        <translation>未知：已发送，但没有收到应答</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Fields written</source>
        <translation>已写入的字段</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>A job is running already.</source>
        <translation>已有任务正在运行。</translation>
    </message>
    <message>
        <source>The job was not stored, so it cannot be sent.</source>
        <translation>任务未保存，因此无法发送。</translation>
    </message>
    <message>
        <source>The job is finished: every row has its outcome.</source>
        <translation>任务已完成：每一行都有结果。</translation>
    </message>
    <message>
        <source>The job&apos;s rows are damaged: row %1 is numbered %2.</source>
        <translation>任务的行已损坏：第 %1 行的编号是 %2。</translation>
    </message>
    <message>
        <source>This job belongs to another app, admin or endpoint than the connection in use: it writes only where its old values were read from (app %1 at %2).</source>
        <translation>此任务属于与当前连接不同的应用、管理员或端点：它只写入读取原值的位置（%2 上的应用 %1）。</translation>
    </message>
    <message>
        <source>Cancelled: nothing more was sent, and the answers on their way were awaited.</source>
        <translation>已取消：不再发送新请求，并已等待途中的应答。</translation>
    </message>
    <message>
        <source>The connection changed while the job ran: it now goes to another app, admin or endpoint than the job&apos;s. Nothing more was sent.</source>
        <translation>任务运行期间连接已改变：现在指向与任务不同的应用、管理员或端点。未再发送任何请求。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in a row got no answer: the network or the server seems down. The job stopped; resume it later.</source>
        <translation>
            <numerusform>连续 %n 个请求没有应答：网络或服务器似乎不可用。任务已停止，请稍后继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows sent before could not be read back (%1), so they were not sent again. Resume the job later.</source>
        <translation>之前发送的行无法读回（%1），因此没有重新发送。请稍后继续任务。</translation>
    </message>
    <message>
        <source>Some rows could not be sent: the network failed each time. Resume the job to send them.</source>
        <translation>部分行无法发送：每次网络都失败了。请继续任务以发送它们。</translation>
    </message>
    <message>
        <source>Done: %1 OK, %2 unchanged, %3 failed, %4 skipped, %5 unknown.</source>
        <translation>完成：成功 %1，未改变 %2，失败 %3，跳过 %4，未知 %5。</translation>
    </message>
    <message>
        <source>The job could not be stored, so nothing was sent: %1</source>
        <translation>无法保存任务，因此未发送任何内容：%1</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>已在发送任何内容之前取消。</translation>
    </message>
    <message>
        <source>Cancelled: nothing more was sent, and the requests on their way were cut off; a write among them may or may not have been stored.</source>
        <translation>已取消：不再发送任何内容，正在途中的请求已被中断；其中的写入可能已保存，也可能未保存。</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>the job store</source>
        <translation>任务存储</translation>
    </message>
    <message>
        <source>Cannot store the job</source>
        <translation>无法保存任务</translation>
    </message>
    <message>
        <source>Cannot record the job&apos;s progress</source>
        <translation>无法记录任务进度</translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <source>List the stored bulk jobs and what became of their rows.</source>
        <translation>列出已保存的批量任务及其各行的结果。</translation>
    </message>
    <message>
        <source>Lists the bulk jobs stored on this computer, newest first. An unfinished job can be continued with chat-profile bulk --resume ID.</source>
        <translation>列出这台电脑上保存的批量任务，最新的在前。未完成的任务可以用 chat-profile bulk --resume ID 继续。</translation>
    </message>
    <message>
        <source>Print the jobs as a JSON array.</source>
        <translation>以 JSON 数组输出任务。</translation>
    </message>
    <message>
        <source>jobs takes no arguments.</source>
        <translation>jobs 不接受参数。</translation>
    </message>
    <message>
        <source>No bulk jobs are stored.</source>
        <translation>没有已保存的批量任务。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>创建时间（UTC）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
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
        <translation>未改变</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>系统钥匙串报告了错误：%1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>Applies the next time the console starts</source>
        <translation>下次启动控制台时生效</translation>
    </message>
</context>
<context>
    <name>LoadedProfile</name>
    <message>
        <source>Load an account first, then change its fields and apply.</source>
        <translation>请先加载账号，再修改字段并应用。</translation>
    </message>
    <message>
        <source>The connection changed since %1 was loaded: its values belong to the app and region they were loaded from. Load the account again on this connection, then apply.</source>
        <translation>加载 %1 之后连接已改变：这些值属于它们被加载时的应用和地域。请在当前连接上重新加载该账号，然后再应用。</translation>
    </message>
</context>
<context>
    <name>LocalDatabase</name>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建%1</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>无法打开%1</translation>
    </message>
    <message>
        <source>The file of %1 is damaged</source>
        <translation>%1的文件已损坏</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the console</source>
        <translation>%1由更新版本的控制台写入</translation>
    </message>
    <message>
        <source>Cannot prepare %1</source>
        <translation>无法准备%1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Chat Profile Console</source>
        <translation>关于 Chat Profile Console(&amp;A)</translation>
    </message>
    <message>
        <source>About Chat Profile Console</source>
        <translation>关于 Chat Profile Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chat Profile Console %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Chat Profile Console %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Edit Tencent Cloud Chat user profiles by hand, safely.&lt;br&gt;Built with Qt %1, running on Qt %2.</source>
        <translation>安全地手动编辑腾讯云即时通信 IM 用户资料。&lt;br&gt;使用 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>生产环境</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>测试环境</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>开发环境</translation>
    </message>
    <message>
        <source>read-only: writing is disabled</source>
        <translation>只读：已禁止写入</translation>
    </message>
    <message>
        <source>every write is confirmed</source>
        <translation>每次写入都需确认</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>已加载 %1。</translation>
    </message>
    <message>
        <source>Saved and read back: every field stuck.</source>
        <translation>已保存并回读：所有字段均已生效。</translation>
    </message>
    <message>
        <source>Connection guard</source>
        <translation>连接防护提示</translation>
    </message>
    <message>
        <source>You are on the Sandbox, a demo Chat server running inside this console: nothing you do here reaches Tencent. Press Load, change a field, then Apply. To work on a real app, pick its region and enter its SDKAppID, admin and secret key (Connections… keeps several).</source>
        <translation>您正在使用沙盒，这是运行在本控制台内部的演示即时通信服务器：在这里的任何操作都不会到达腾讯云。点击“加载”，修改一个字段，然后点击“应用”。要操作真实应用，请选择其地域并输入其 SDKAppID、管理员和密钥（“连接…”可保存多个）。</translation>
    </message>
    <message>
        <source>UserID whose profile to edit</source>
        <translation>要编辑资料的 UserID</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>The UserID whose profile is loaded and edited. Press Enter to load.</source>
        <translation>要加载和编辑资料的 UserID。按回车键加载。</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>加载(&amp;L)</translation>
    </message>
    <message>
        <source>Load the account&apos;s profile (Ctrl+L)</source>
        <translation>加载该账号的资料（Ctrl+L）</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Send the changed fields (Ctrl+Enter)</source>
        <translation>发送已修改的字段（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the running request (Esc)</source>
        <translation>停止正在进行的请求（Esc）</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>账号(&amp;C)：</translation>
    </message>
    <message>
        <source>Request running</source>
        <translation>请求进行中</translation>
    </message>
    <message>
        <source>&amp;Load profile</source>
        <translation>加载资料(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>应用修改(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>取消请求(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;onnections…</source>
        <translation>连接(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Hide SDKAppID, admin, key and UserSig and enlarge the text, for screen sharing and demos</source>
        <translation>隐藏 SDKAppID、管理员、密钥和 UserSig，并放大文字，用于屏幕共享和演示</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>此连接为只读。</translation>
    </message>
    <message>
        <source>%1 — Chat Profile Console</source>
        <translation>%1 — Chat Profile Console</translation>
    </message>
    <message>
        <source>The server will likely refuse this UserSig</source>
        <translation>服务器很可能会拒绝此 UserSig</translation>
    </message>
    <message>
        <source>Send anyway, for example to reproduce what a customer sees?</source>
        <translation>仍要发送吗？例如为了重现客户看到的情况。</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <source>The Sandbox could not start: %1</source>
        <translation>沙盒无法启动：%1</translation>
    </message>
    <message>
        <source>Waiting for the server… (Esc cancels)</source>
        <translation>正在等待服务器…（按 Esc 取消）</translation>
    </message>
    <message>
        <source>Value not accepted</source>
        <translation>值未被接受</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Where the app lives</source>
        <translation>应用所在位置</translation>
    </message>
    <message>
        <source>This app answers in %1.</source>
        <translation>此应用在%1响应。</translation>
    </message>
    <message>
        <source>Switch the connection to %1 and send again.</source>
        <translation>将连接切换到%1并重新发送。</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>切换到%1</translation>
    </message>
    <message>
        <source>No other data centre said it knows this app.</source>
        <translation>没有其他数据中心表示认识此应用。</translation>
    </message>
    <message>
        <source>Check the SDKAppID in the Chat console; the app may also have been deleted.</source>
        <translation>请在即时通信 IM 控制台中检查 SDKAppID；该应用也可能已被删除。</translation>
    </message>
    <message>
        <source>Could not be reached: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved, but fields did not stick: %n. See the marked rows.</source>
        <translation>
            <numerusform>已保存，但未生效的字段数：%n。请查看已标记的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asking the other data centres (%n) whether they know this app…</source>
        <translation>
            <numerusform>正在询问其他数据中心（%n 个）是否认识此应用…</numerusform>
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
        <translation>服务器应答这次写入后即关闭…（再次关闭可不等待直接退出）</translation>
    </message>
    <message>
        <source>&amp;Bulk edit…</source>
        <translation>批量编辑(&amp;B)…</translation>
    </message>
    <message>
        <source>Change many accounts from pasted cells, a CSV file or a list</source>
        <translation>根据粘贴的单元格、CSV 文件或列表修改多个账号</translation>
    </message>
    <message>
        <source>%1 was reverted; Load it to see the values put back (your unsent edits are kept until then).</source>
        <translation>已撤销 %1 的修改；请加载该账号以查看恢复后的值（在此之前，您未发送的编辑会保留）。</translation>
    </message>
</context>
<context>
    <name>PendingEditsQuestion</name>
    <message>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>The table holds unsent changes to a profile loaded from this connection. They can only be sent to where they were loaded from: switching discards them.</source>
        <translation>表格中有从当前连接加载的资料的未发送修改。它们只能发送到加载它们的地方：切换会放弃这些修改。</translation>
    </message>
    <message>
        <source>&amp;Discard and switch</source>
        <translation>放弃并切换(&amp;D)</translation>
    </message>
    <message>
        <source>Loading replaces the table, and your unsent changes would be lost.</source>
        <translation>加载会替换表格，您未发送的修改将会丢失。</translation>
    </message>
    <message>
        <source>&amp;Discard and load</source>
        <translation>放弃并加载(&amp;D)</translation>
    </message>
    <message>
        <source>You have unsent changes. Quitting now loses them.</source>
        <translation>您有未发送的修改。现在退出会丢失它们。</translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation>放弃并退出(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>PlanLoader</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message numerus="yes">
        <source>%Ln field</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>%Ln 个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>%Ln 个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account will change (%1)</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>%Ln 个账号将被修改（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts will change (%1)</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>%Ln 个账号将被修改（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already as asked</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>%Ln 个已符合要求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account does not exist</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>%Ln 个账号不存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts do not exist</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>%Ln 个账号不存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln field the server refuses</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>服务器拒绝 %Ln 个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields the server refuses</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>服务器拒绝 %Ln 个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row left out</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>已略过 %Ln 个无效行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid rows left out</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>已略过 %Ln 个无效行</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the parts of the preview totals.</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>There is no valid row to preview.</source>
        <translation>没有可预览的有效行。</translation>
    </message>
    <message>
        <source>The connection changed during the preview: its values were read from another app or endpoint. Preview again.</source>
        <translation>预览期间连接已改变：数值是从其他应用或端点读取的。请重新预览。</translation>
    </message>
    <message>
        <source>The server refuses a profile field of these accounts but not one of them alone.</source>
        <translation>服务器拒绝这些账号的某个资料字段，但单独询问时每个字段都被接受。</translation>
    </message>
    <message>
        <source>Reading the current values failed: %1 (%2). %3</source>
        <translation>读取当前值失败：%1（%2）。%3</translation>
    </message>
    <message>
        <source>Reading the current values failed: %1</source>
        <translation>读取当前值失败：%1</translation>
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
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>PlanRowsModel</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
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
        <translation>账号</translation>
    </message>
    <message>
        <source>Values to set</source>
        <translation>要设置的值</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A field in the bulk edit preview: what the server holds now, then what will be written.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Account does not exist</source>
        <translation>账号不存在</translation>
    </message>
    <message>
        <source>Fields refused by the server: %1</source>
        <translation>被服务器拒绝的字段：%1</translation>
    </message>
    <message>
        <source>Already as asked</source>
        <translation>已是要求的值</translation>
    </message>
    <message numerus="yes">
        <source>Will change %Ln field</source>
        <translation>
            <numerusform>将修改 %Ln 个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will change %Ln fields</source>
        <translation>
            <numerusform>将修改 %Ln 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>= %1</source>
        <extracomment>A preview cell whose field already holds the value asked for (nothing is sent).</extracomment>
        <translation>= %1</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <source>Show another standard profile field</source>
        <translation>显示另一个标准资料字段</translation>
    </message>
    <message>
        <source>Add custom field…</source>
        <translation>添加自定义字段…</translation>
    </message>
    <message>
        <source>Edit a Tag_Profile_Custom_ field created in the Chat console</source>
        <translation>编辑在即时通信 IM 控制台中创建的 Tag_Profile_Custom_ 字段</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Hide the selected fields from the table (nothing is deleted on the server)</source>
        <translation>在表格中隐藏所选字段（不会删除服务器上的任何内容）</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Put the selected fields back to the loaded values</source>
        <translation>将所选字段恢复为加载时的值</translation>
    </message>
    <message>
        <source>Revert all</source>
        <translation>全部还原</translation>
    </message>
    <message>
        <source>Discard every change since the last load</source>
        <translation>放弃上次加载以来的所有修改</translation>
    </message>
    <message>
        <source>Preview JSON…</source>
        <translation>预览 JSON…</translation>
    </message>
    <message>
        <source>Show the exact request body Apply would send</source>
        <translation>显示“应用”将要发送的确切请求体</translation>
    </message>
    <message>
        <source>Profile fields</source>
        <translation>资料字段</translation>
    </message>
    <message>
        <source>One row per profile field: its value, the value on the server and its state.</source>
        <translation>每行一个资料字段：其值、服务器上的值及其状态。</translation>
    </message>
    <message>
        <source>Double-click a value to edit it. Only changed fields are sent.</source>
        <translation>双击某个值即可编辑。只会发送已修改的字段。</translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation>添加自定义字段</translation>
    </message>
    <message>
        <source>e.g. Hobby for Tag_Profile_Custom_Hobby</source>
        <translation>例如 Hobby 对应 Tag_Profile_Custom_Hobby</translation>
    </message>
    <message>
        <source>The app admin may read it</source>
        <translation>App 管理员可读</translation>
    </message>
    <message>
        <source>The app admin may write it</source>
        <translation>App 管理员可写</translation>
    </message>
    <message>
        <source>Field name:</source>
        <translation>字段名称：</translation>
    </message>
    <message>
        <source>Request body of Apply</source>
        <translation>“应用”的请求体</translation>
    </message>
    <message>
        <source>Some fields are invalid: Apply will refuse to send until they are fixed.</source>
        <translation>部分字段无效：修正之前，“应用”将拒绝发送。</translation>
    </message>
    <message>
        <source>This is exactly what Apply sends to v4/profile/portrait_set.</source>
        <translation>这正是“应用”发送到 v4/profile/portrait_set 的内容。</translation>
    </message>
    <message>
        <source>Profile of %1. Double-click a value to edit it; only changed fields are sent.</source>
        <translation>%1 的资料。双击某个值即可编辑；只会发送已修改的字段。</translation>
    </message>
    <message>
        <source>Edit the list of custom fields…</source>
        <translation>编辑自定义字段列表…</translation>
    </message>
</context>
<context>
    <name>ProfileFieldDelegate</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Do not receive messages</source>
        <translation>不接收消息</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <source>A request is still running. Wait for it or cancel it first.</source>
        <translation>仍有请求正在进行。请等待其完成或先取消它。</translation>
    </message>
    <message>
        <source>Enter the account (UserID) whose profile you want to load.</source>
        <translation>请输入要加载其资料的账号（UserID）。</translation>
    </message>
    <message>
        <source>This connection is read-only: changes cannot be applied. Edit the connection profile to allow writing.</source>
        <translation>此连接为只读：无法应用修改。请编辑连接配置以允许写入。</translation>
    </message>
    <message>
        <source>Load an account first, then change its fields and apply.</source>
        <translation>请先加载一个账号，再修改其字段并应用。</translation>
    </message>
    <message>
        <source>Some fields have invalid values (marked in the table). Correct or revert them, then apply again.</source>
        <translation>有些字段的值无效（已在表格中标出）。请更正或还原它们，然后再次应用。</translation>
    </message>
    <message>
        <source>Nothing has changed, so there is nothing to apply.</source>
        <translation>没有任何修改，无需应用。</translation>
    </message>
    <message>
        <source>This write went to another connection, or its account is no longer loaded: it can be read back only from where it was sent. Switch back to that connection and load the account to see what it holds.</source>
        <translation>这次写入发往的是另一个连接，或者其账号已不再加载：只能从它发往的地方回读。请切换回该连接并加载该账号，查看其中保存的内容。</translation>
    </message>
    <message>
        <source>There is no job store to record the write in first, so it was not sent.</source>
        <translation>没有可先记录此写入的任务存储，因此未发送。</translation>
    </message>
    <message>
        <source>Cancelled before the write was sent.</source>
        <translation>已在发送写入之前取消。</translation>
    </message>
</context>
<context>
    <name>ProfileTableModel</name>
    <message>
        <source>You sent %1, but the server now holds %2. Check the value and the field&apos;s permissions, then apply again or revert.</source>
        <translation>您发送的是 %1，但服务器上现在是 %2。请检查该值和字段权限，然后重新应用或还原。</translation>
    </message>
    <message>
        <source>New value; the server has none yet.</source>
        <translation>新值；服务器上尚无此值。</translation>
    </message>
    <message>
        <source>Was %1 on the server.</source>
        <translation>服务器上原为 %1。</translation>
    </message>
    <message>
        <source>The server returned no value for this field.</source>
        <translation>服务器没有返回此字段的值。</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>无值</translation>
    </message>
    <message>
        <source>%1 (does not receive messages)</source>
        <translation>%1（不接收消息）</translation>
    </message>
    <message>
        <source>%1 (receives messages)</source>
        <translation>%1（接收消息）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>%1: %2, %3: %4</source>
        <translation>%1：%2，%3：%4</translation>
    </message>
    <message>
        <source>%1 on the server: %2</source>
        <translation>%1 在服务器上：%2</translation>
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
        <translation>%1 / %2 字节</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未修改</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Not set on server</source>
        <translation>服务器上未设置</translation>
    </message>
    <message>
        <source>Did not stick</source>
        <translation>未生效</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>On server</source>
        <translation>服务器上的值</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要填写一个值。</translation>
    </message>
    <message>
        <source>%1 is already in the table.</source>
        <translation>%1 已在表格中。</translation>
    </message>
    <message>
        <source>The server refused this with %1 (%2): %3 %4</source>
        <translation>服务器以 %1（%2）拒绝了此项：%3 %4</translation>
    </message>
    <message numerus="yes">
        <source>The server did not say which of these %n fields it means. %1</source>
        <translation>
            <numerusform>服务器没有说明指的是这 %n 个字段中的哪一个。%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitAnywayQuestion</name>
    <message>
        <source>Quit without the server&apos;s answer?</source>
        <translation>不等服务器应答就退出？</translation>
    </message>
    <message>
        <source>A write was sent and its answer has not come yet. If you quit now, nobody will know whether the change was stored: its outcome will be unknown. Read the account back after you start again to find out.</source>
        <translation>一次写入已经发出，但应答还没有到达。如果现在退出，就无法知道修改是否已保存：其结果将为未知。重新启动后请回读该账号来确认。</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>继续等待(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>仍然退出(&amp;Q)</translation>
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
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Seoul</source>
        <translation>首尔</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>东京</translation>
    </message>
    <message>
        <source>Frankfurt</source>
        <translation>法兰克福</translation>
    </message>
    <message>
        <source>Mumbai</source>
        <translation>孟买</translation>
    </message>
    <message>
        <source>Silicon Valley</source>
        <translation>硅谷</translation>
    </message>
    <message>
        <source>Jakarta</source>
        <translation>雅加达</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>自定义端点</translation>
    </message>
    <message>
        <source>Sandbox (local demo)</source>
        <translation>沙盒（本地演示）</translation>
    </message>
</context>
<context>
    <name>RegionChangeQuestion</name>
    <message>
        <source>Change the region?</source>
        <translation>更改地域？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a saved connection. Change its region to %2, or keep it as it is and make a new connection on %2?</source>
        <translation>“%1”是已保存的连接。要把它的地域改为%2，还是保持不变并在%2上新建一个连接？</translation>
    </message>
    <message>
        <source>Either way, the unsent changes in the table are discarded: they can only be sent to where they were loaded from.</source>
        <translation>无论哪种方式，表格中未发送的修改都会被放弃：它们只能发送到加载它们的地方。</translation>
    </message>
    <message>
        <source>&amp;Change this connection&apos;s region</source>
        <translation>更改此连接的地域(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New connection on %1</source>
        <translation>在%1上新建连接(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>The server&apos;s answer is not a JSON object: %1</source>
        <translation>服务器的响应不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no ActionStatus, so it is not a Chat REST API response: %1</source>
        <translation>服务器的响应中没有 ActionStatus，因此不是即时通信 IM REST API 响应：%1</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>（空响应体）</translation>
    </message>
</context>
<context>
    <name>RestClient</name>
    <message>
        <source>Give the app&apos;s SDKAppID.</source>
        <translation>请提供应用的 SDKAppID。</translation>
    </message>
    <message>
        <source>Give the App admin identifier.</source>
        <translation>请提供 App 管理员账号。</translation>
    </message>
    <message>
        <source>There is no UserSig: give the secret key or a ready UserSig.</source>
        <translation>没有 UserSig：请提供密钥或现成的 UserSig。</translation>
    </message>
    <message>
        <source>Give the account whose profile to set.</source>
        <translation>请指定要设置资料的账号。</translation>
    </message>
    <message>
        <source>Give at least one field to set.</source>
        <translation>请至少指定一个要设置的字段。</translation>
    </message>
    <message>
        <source>Give at least one account, and no empty account IDs.</source>
        <translation>请至少指定一个账号，且账号 ID 不能为空。</translation>
    </message>
    <message>
        <source>Give at least one profile tag to read.</source>
        <translation>请至少指定一个要读取的资料标签。</translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>请求详情</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>原始响应</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>会话日志</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>复制为 cURL</translation>
    </message>
    <message>
        <source>Copy the request as a curl command, with the UserSig hidden</source>
        <translation>将请求复制为 curl 命令，UserSig 已隐藏</translation>
    </message>
    <message>
        <source>Copy as cURL with the full UserSig…</source>
        <translation>复制为包含完整 UserSig 的 cURL…</translation>
    </message>
    <message>
        <source>Include the UserSig?</source>
        <translation>包含 UserSig？</translation>
    </message>
    <message>
        <source>The command will contain a working admin UserSig. Anyone who sees it can act as the admin of this app until it expires. Copy it anyway?</source>
        <translation>该命令将包含一个可用的管理员 UserSig。在其过期之前，任何看到它的人都能以此应用管理员的身份进行操作。仍要复制吗？</translation>
    </message>
    <message>
        <source>Copy with UserSig</source>
        <translation>连同 UserSig 复制</translation>
    </message>
    <message>
        <source>What it means:</source>
        <translation>含义：</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>处理方法：</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>详情：</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>No request yet. Load an account to begin.</source>
        <translation>尚无请求。请加载一个账号开始。</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（无响应）</translation>
    </message>
    <message>
        <source>The server accepted the request.</source>
        <translation>服务器已接受该请求。</translation>
    </message>
    <message>
        <source>Some accounts could not be read.</source>
        <translation>部分账号无法读取。</translation>
    </message>
    <message>
        <source>Check the network and the region, then try again.</source>
        <translation>请检查网络和地域，然后重试。</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>Find the app&apos;s region</source>
        <translation>查找应用所在地域</translation>
    </message>
    <message>
        <source>Ask every other data centre, read-only, whether it knows this SDKAppID</source>
        <translation>以只读方式询问其他所有数据中心是否认识此 SDKAppID</translation>
    </message>
    <message numerus="yes">
        <source>random %1 · %2 ms · attempts: %n (random %3) · HTTP %4 · %5</source>
        <translation>
            <numerusform>random %1 · %2 毫秒 · 尝试次数：%n（random %3）· HTTP %4 · %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the account back</source>
        <translation>回读该账号</translation>
    </message>
    <message>
        <source>Read the account back to see what the server holds before you apply again.</source>
        <translation>再次应用之前，请回读该账号，查看服务器上保存的内容。</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard is cleared after %n seconds if it still holds the command.</source>
        <translation>
            <numerusform>如果剪贴板中仍是该命令，将在 %n 秒后清除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the fields this write sent back from where it went, to see whether it was stored</source>
        <translation>从这次写入发往的地方回读它发送的字段，查看是否已保存</translation>
    </message>
</context>
<context>
    <name>RevertCommand</name>
    <message>
        <source>SDKAppID %1 (admin %2) at %3</source>
        <translation>%3 上的 SDKAppID %1（管理员 %2）</translation>
    </message>
    <message>
        <source>Put back the values recorded changes replaced: an operation, a change, an account&apos;s.</source>
        <translation>恢复已记录的修改所替换的值：可按操作、单条修改或账号。</translation>
    </message>
    <message>
        <source>Writes back the values that the selected changes of the change history replaced, on the app they were made on (other connection options are refused). The current values are read first: a field that no longer holds what was written (someone changed it since) is a conflict, skipped unless --force. A field that was not set before gets its empty value (&quot;&quot;, 0, or the default), since portrait_set cannot unset it. The revert is an operation of its own and can be reverted. Exit codes: 0 everything was put back; 1 a conflict was skipped, or a write failed or its outcome is unknown; 2 bad input or another app, nothing sent; 3 a network failure stopped it.</source>
        <translation>将修改历史中所选修改所替换的值写回到这些修改所在的应用（其他连接选项会被拒绝）。先读取当前值：如果某个字段已不再是当初写入的值（之后有人修改过），即为冲突，除非指定 --force，否则跳过。之前未设置的字段会写入其空值（&quot;&quot;、0 或默认值），因为 portrait_set 无法取消设置。撤销本身也是一次操作，同样可以撤销。退出码：0 全部已恢复；1 跳过了冲突，或有写入失败或结果未知；2 输入有误或属于其他应用，未发送任何内容；3 网络故障使其停止。</translation>
    </message>
    <message>
        <source>Revert every change of this operation (an Apply, a set, a bulk job, a revert).</source>
        <translation>撤销该操作的所有修改（一次应用、一次 set、一个批量任务或一次撤销）。</translation>
    </message>
    <message>
        <source>Revert this one change (its id in chat-profile history).</source>
        <translation>撤销这一条修改（即它在 chat-profile history 中的 ID）。</translation>
    </message>
    <message>
        <source>Revert every change of this account (with --since: from then on).</source>
        <translation>撤销该账号的所有修改（配合 --since 时：从该时间起）。</translation>
    </message>
    <message>
        <source>With --account: only changes at or after this time: a date (2026-12-01, midnight UTC) or an ISO time.</source>
        <translation>与 --account 一起使用：只包括此时间及之后的修改：日期（2026-12-01，UTC 零点）或 ISO 时间。</translation>
    </message>
    <message>
        <source>Read the current values and print what the revert would do; write nothing.</source>
        <translation>读取当前值并输出撤销将执行的操作；不写入任何内容。</translation>
    </message>
    <message>
        <source>Overwrite conflicts too: fields someone changed since the selected changes.</source>
        <translation>也覆盖冲突：即所选修改之后被他人修改过的字段。</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>不输出进度。</translation>
    </message>
    <message>
        <source>revert takes no arguments; select the changes with --job, --change or --account.</source>
        <translation>revert 不接受参数；请用 --job、--change 或 --account 选择修改。</translation>
    </message>
    <message>
        <source>Select the changes to revert with one of --job ID, --change ID or --account ACCOUNT.</source>
        <translation>请用 --job ID、--change ID 或 --account ACCOUNT 中的一个选择要撤销的修改。</translation>
    </message>
    <message>
        <source>--since goes with --account: an operation or a change is reverted whole.</source>
        <translation>--since 需与 --account 一起使用：操作或单条修改总是整体撤销。</translation>
    </message>
    <message>
        <source>--%1 takes an id as chat-profile history lists it, not &quot;%2&quot;.</source>
        <translation>--%1 需要 chat-profile history 列出的 ID，而不是“%2”。</translation>
    </message>
    <message>
        <source>--account wants the account whose changes to revert.</source>
        <translation>--account 需要指定要撤销其修改的账号。</translation>
    </message>
    <message>
        <source>--since takes a date such as 2026-12-01 or a time such as 2026-12-01T08:30:00Z.</source>
        <translation>--since 需要日期（如 2026-12-01）或时间（如 2026-12-01T08:30:00Z）。</translation>
    </message>
    <message>
        <source>The change history has no change of operation %1.</source>
        <translation>修改历史中没有操作 %1 的修改。</translation>
    </message>
    <message>
        <source>The change history has no change %1.</source>
        <translation>修改历史中没有修改 %1。</translation>
    </message>
    <message>
        <source>The change history has no change of %1 in that time.</source>
        <translation>修改历史中没有 %1 在该时间段内的修改。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <source>The changes were made on %1, but these options go to %2. A revert writes only where the changes were made: give their connection options. Nothing was sent.</source>
        <translation>这些修改是在 %1 上进行的，但这些选项指向 %2。撤销只会写入修改所在的位置：请提供其连接选项。未发送任何内容。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>The revert was refused before anything was sent.</source>
        <translation>撤销在发送任何内容之前被拒绝。</translation>
    </message>
    <message>
        <source>the account does not exist</source>
        <translation>账号不存在</translation>
    </message>
    <message>
        <source>was not set: writes its empty value (&quot;&quot;, 0, or the default)</source>
        <translation>原先未设置：写入其空值（&quot;&quot;、0 或默认值）</translation>
    </message>
    <message>
        <source>already back to %1</source>
        <translation>已恢复为 %1</translation>
    </message>
    <message>
        <source>CONFLICT: we wrote %1, now there: %2, revert would write: %3</source>
        <translation>冲突：我们写入的是 %1，现在是 %2，撤销将写入 %3</translation>
    </message>
    <message>
        <source>overwritten (--force)</source>
        <translation>覆盖（--force）</translation>
    </message>
    <message>
        <source>skipped (--force overwrites it)</source>
        <translation>跳过（--force 可覆盖）</translation>
    </message>
    <message>
        <source>the server refuses to read it for this app</source>
        <translation>服务器拒绝为此应用读取该字段</translation>
    </message>
    <message>
        <source>Fields to put back: %1; already back: %2; conflicts: %3 (%4).</source>
        <translation>要恢复的字段：%1；已恢复：%2；冲突：%3（%4）。</translation>
    </message>
    <message>
        <source>overwritten</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Failed writes left out, since they changed nothing: %1.</source>
        <translation>失败的写入未做任何修改，因此已略过：%1。</translation>
    </message>
    <message>
        <source>Revert job %1: accounts written: %2, already back: %3, only conflicts: %4, failed: %5, unknown: %6, not sent yet: %7 (of %8).</source>
        <translation>撤销任务 %1：已写入的账号：%2，已恢复：%3，仅有冲突：%4，失败：%5，未知：%6，尚未发送：%7（共 %8 个）。</translation>
    </message>
    <message>
        <source>Conflicts skipped: %1 (listed above); --force overwrites them.</source>
        <translation>已跳过的冲突：%1（见上文）；--force 可覆盖它们。</translation>
    </message>
    <message>
        <source>The revert stopped before every account had its result. Run it again: fields already back are not written again.</source>
        <translation>撤销在所有账号得到结果之前停止了。请再次运行：已恢复的字段不会再次写入。</translation>
    </message>
    <message>
        <source>Recorded as operation %1; chat-profile revert --job %1 undoes this revert.</source>
        <translation>已记录为操作 %1；chat-profile revert --job %1 可撤销此次撤销。</translation>
    </message>
</context>
<context>
    <name>RevertDialog</name>
    <message>
        <source>What the revert puts back</source>
        <translation>撤销将恢复的内容</translation>
    </message>
    <message>
        <source>&amp;Overwrite changes made since</source>
        <translation>覆盖此后的修改(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>撤销(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>A field that was not set before cannot be removed through the API: the revert writes its empty value instead (&quot;&quot; for text, 0 for numbers, the default of a choice).</source>
        <translation>之前未设置的字段无法通过 API 删除：撤销会改为写入其空值（文本为 &quot;&quot;，数字为 0，选项为默认值）。</translation>
    </message>
    <message>
        <source>Write the old value also where someone changed the field after we wrote it</source>
        <translation>即使在我们写入后有人修改了该字段，也写入原值</translation>
    </message>
    <message>
        <source>The current values could not be read, so nothing was written: %1</source>
        <translation>无法读取当前值，因此未写入任何内容：%1</translation>
    </message>
    <message>
        <source>Puts back what the selected changes overwrote: %1 on %2, in SDKAppID %3 as %4 at %5.</source>
        <translation>恢复所选修改所覆盖的值：%2 的 %1，位于 %5 上的 SDKAppID %3（管理员 %4）。</translation>
    </message>
    <message>
        <source>1 field</source>
        <translation>1 个字段</translation>
    </message>
    <message>
        <source>%1 fields</source>
        <translation>%1 个字段</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 个账号</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 个账号</translation>
    </message>
    <message>
        <source>1 failed write is left out: it changed nothing.</source>
        <translation>已略过 1 次失败的写入：它未做任何修改。</translation>
    </message>
    <message>
        <source>%1 failed writes are left out: they changed nothing.</source>
        <translation>已略过 %1 次失败的写入：它们未做任何修改。</translation>
    </message>
    <message>
        <source>These changes were made in SDKAppID %1 as %2 at %3, but the window&apos;s connection goes to SDKAppID %4 as %5 at %6. A revert writes only where the changes were made: pick that app, region and admin in the main window, then Revert… again. Nothing was read or sent.</source>
        <translation>这些修改是在 %3 上的 SDKAppID %1（管理员 %2）中进行的，但此窗口的连接指向 %6 上的 SDKAppID %4（管理员 %5）。撤销只会写入修改所在的位置：请在主窗口中选择该应用、地域和管理员，然后再次点击“撤销…”。未读取也未发送任何内容。</translation>
    </message>
    <message>
        <source>The current values cannot be read: %1</source>
        <translation>无法读取当前值：%1</translation>
    </message>
    <message>
        <source>Reading the current values…</source>
        <translation>正在读取当前值…</translation>
    </message>
    <message>
        <source>1 field will be put back.</source>
        <translation>将恢复 1 个字段。</translation>
    </message>
    <message>
        <source>%1 fields will be put back.</source>
        <translation>将恢复 %1 个字段。</translation>
    </message>
    <message>
        <source>1 conflict (changed since we wrote it) is skipped.</source>
        <translation>将跳过 1 个冲突（我们写入后又被修改过）。</translation>
    </message>
    <message>
        <source>%1 conflicts (changed since we wrote them) are skipped.</source>
        <translation>将跳过 %1 个冲突（我们写入后又被修改过）。</translation>
    </message>
    <message>
        <source>1 conflict will be overwritten.</source>
        <translation>将覆盖 1 个冲突。</translation>
    </message>
    <message>
        <source>%1 conflicts will be overwritten.</source>
        <translation>将覆盖 %1 个冲突。</translation>
    </message>
    <message>
        <source>1 field already holds its old value.</source>
        <translation>1 个字段已是原值。</translation>
    </message>
    <message>
        <source>%1 fields already hold their old value.</source>
        <translation>%1 个字段已是原值。</translation>
    </message>
    <message>
        <source>1 field cannot be written.</source>
        <translation>1 个字段无法写入。</translation>
    </message>
    <message>
        <source>%1 fields cannot be written.</source>
        <translation>%1 个字段无法写入。</translation>
    </message>
    <message>
        <source>This connection is read-only: it refuses reverts. Pick a connection that may write in the main window.</source>
        <translation>此连接为只读：它拒绝撤销。请在主窗口中选择一个允许写入的连接。</translation>
    </message>
    <message>
        <source>The revert is running.</source>
        <translation>正在执行撤销。</translation>
    </message>
    <message>
        <source>This revert has run. Pick the changes in the history again to see what is left.</source>
        <translation>此次撤销已执行。请在历史中重新选择这些修改，以查看剩余的内容。</translation>
    </message>
    <message>
        <source>The current values are needed first.</source>
        <translation>需要先读取当前值。</translation>
    </message>
    <message>
        <source>Nothing to write: every field holds its old value or cannot be written.</source>
        <translation>没有要写入的内容：每个字段要么已是原值，要么无法写入。</translation>
    </message>
    <message>
        <source>Nothing to write but conflicts: tick &quot;Overwrite changes made since&quot; to write them.</source>
        <translation>除冲突外没有要写入的内容：如需写入，请勾选“覆盖此后的修改”。</translation>
    </message>
    <message>
        <source>Cancel revert</source>
        <translation>中止撤销</translation>
    </message>
    <message>
        <source>This connection is read-only: the revert was not started.</source>
        <translation>此连接为只读：撤销未启动。</translation>
    </message>
    <message>
        <source>Storing the revert…</source>
        <translation>正在保存撤销…</translation>
    </message>
    <message>
        <source>The revert could not be stored, so nothing was sent: %1</source>
        <translation>无法保存撤销，因此未发送任何内容：%1</translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation>正在撤销…</translation>
    </message>
    <message>
        <source>Revert ended: %1 put back, %2 failed, %3 unknown (sent, no answer), %4 not sent.</source>
        <translation>撤销结束：已恢复 %1，失败 %2，未知 %3（已发送，无应答），未发送 %4。</translation>
    </message>
    <message>
        <source>1 field did not stick.</source>
        <translation>1 个字段未生效。</translation>
    </message>
    <message>
        <source>%1 fields did not stick.</source>
        <translation>%1 个字段未生效。</translation>
    </message>
    <message>
        <source>Cancelling: nothing new is sent; waiting for the answers on their way…</source>
        <translation>正在取消：不再发送新的内容；正在等待返回中的应答…</translation>
    </message>
</context>
<context>
    <name>RevertPlan</name>
    <message>
        <source>Select the changes to revert.</source>
        <translation>请选择要撤销的修改。</translation>
    </message>
    <message>
        <source>None of the selected writes was stored (they all failed), so there is nothing to revert.</source>
        <translation>所选写入都没有保存（全部失败），因此没有可撤销的内容。</translation>
    </message>
    <message>
        <source>The selected changes were made on different apps, regions or admins. Revert the changes of one connection at a time.</source>
        <translation>所选修改来自不同的应用、地域或管理员。请一次只撤销一个连接的修改。</translation>
    </message>
    <message>
        <source>revert</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>RevertPreviewModel</name>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>A profile value that is empty text, in the revert preview.</extracomment>
        <translation>（空）</translation>
    </message>
    <message>
        <source>FAIL %1 %2</source>
        <translation>失败 %1 %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>%1 (was not set: its empty value is written)</source>
        <extracomment>A field that had no value before: portrait_set cannot remove it, so its empty value is written.</extracomment>
        <translation>%1（原先未设置：写入其空值）</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Will be put back</source>
        <translation>将恢复</translation>
    </message>
    <message>
        <source>Conflict: changed since; skipped</source>
        <translation>冲突：之后已被修改；跳过</translation>
    </message>
    <message>
        <source>Conflict: changed since; will be overwritten</source>
        <translation>冲突：之后已被修改；将覆盖</translation>
    </message>
    <message>
        <source>Already holds the old value</source>
        <translation>已是原值</translation>
    </message>
    <message>
        <source>The account does not exist</source>
        <translation>账号不存在</translation>
    </message>
    <message>
        <source>The server refuses this field</source>
        <translation>服务器拒绝此字段</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Written, but the server holds something else</source>
        <translation>已写入，但服务器上的值不同</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Unknown: sent, and no answer came</source>
        <translation>未知：已发送，但没有收到应答</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>We wrote</source>
        <translation>我们写入的值</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>服务器上的当前值</translation>
    </message>
    <message>
        <source>Revert writes</source>
        <translation>撤销将写入的值</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理情况</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Run the Sandbox, a local emulation of the profile REST API.</source>
        <translation>运行沙盒：在本地模拟资料 REST API。</translation>
    </message>
    <message>
        <source>Serves v4/profile/portrait_set and portrait_get on plain HTTP, with the real service&apos;s URL, envelope and error codes, until SIGINT or SIGTERM. Without --sdkappid and --key-file it runs the demo app. Once listening it prints one line, &quot;listening on http://HOST:PORT&quot;, on stdout.</source>
        <translation>以明文 HTTP 提供 v4/profile/portrait_set 和 portrait_get，URL、响应结构和错误码与真实服务一致，直到收到 SIGINT 或 SIGTERM。未指定 --sdkappid 和 --key-file 时运行演示应用。开始监听后，会在标准输出打印一行“listening on http://HOST:PORT”。</translation>
    </message>
    <message>
        <source>Address and port to listen on; port 0 picks a free one (default 127.0.0.1:0).</source>
        <translation>监听的地址和端口；端口 0 表示自动选择空闲端口（默认 127.0.0.1:0）。</translation>
    </message>
    <message>
        <source>Allow --listen on an address other networks can reach. Anyone there can then read and change the Sandbox&apos;s profiles.</source>
        <translation>允许 --listen 使用其他网络可访问的地址。届时该网络中的任何人都能读取和修改沙盒中的资料。</translation>
    </message>
    <message>
        <source>SDKAppID of the emulated app (needs --key-file).</source>
        <translation>模拟应用的 SDKAppID（需要 --key-file）。</translation>
    </message>
    <message>
        <source>File holding the emulated app&apos;s secret key (needs --sdkappid).</source>
        <translation>保存模拟应用密钥的文件（需要 --sdkappid）。</translation>
    </message>
    <message>
        <source>An admin account that may call the API; repeatable (default: administrator).</source>
        <translation>可以调用 API 的管理员账号；可重复指定（默认：administrator）。</translation>
    </message>
    <message>
        <source>File listing account IDs to import, one per line (# starts a comment).</source>
        <translation>列出要导入的账号 ID 的文件，每行一个（# 开头为注释）。</translation>
    </message>
    <message>
        <source>A custom profile field and the admin&apos;s access to it (default rw); repeatable.</source>
        <translation>一个自定义资料字段及管理员对它的访问权限（默认 rw）；可重复指定。</translation>
    </message>
    <message>
        <source>Keep accounts and profiles in FILE across runs (default: in memory only).</source>
        <translation>将账号和资料保存在 FILE 中，跨多次运行保留（默认：仅保存在内存中）。</translation>
    </message>
    <message>
        <source>Delay every answer by N milliseconds (default 0).</source>
        <translation>每个响应延迟 N 毫秒（默认 0）。</translation>
    </message>
    <message>
        <source>Share P (0 to 1) of calls that fail on purpose: KIND is 40006 (internal error), 502 (bad gateway), drop (connection closed) or malformed (truncated JSON); repeatable.</source>
        <translation>故意失败的调用所占比例 P（0 到 1）：KIND 为 40006（内部错误）、502（网关错误）、drop（断开连接）或 malformed（截断的 JSON）；可重复指定。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>--listen wants HOST:PORT, e.g. 127.0.0.1:8080, not &quot;%1&quot;.</source>
        <translation>--listen 需要 HOST:PORT 格式，例如 127.0.0.1:8080，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 is reachable from other machines. Add --allow-remote if that is what you want.</source>
        <translation>%1 可被其他机器访问。如果这正是您想要的，请加上 --allow-remote。</translation>
    </message>
    <message>
        <source>--sdkappid and --key-file go together; leave both out to run the demo app.</source>
        <translation>--sdkappid 和 --key-file 需一起使用；两者都不指定则运行演示应用。</translation>
    </message>
    <message>
        <source>--sdkappid wants a positive number, not &quot;%1&quot;.</source>
        <translation>--sdkappid 需要一个正数，而不是“%1”。</translation>
    </message>
    <message>
        <source>cannot read the key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>the key file %1 is empty; put the app&apos;s secret key in it.</source>
        <translation>密钥文件 %1 为空；请在其中写入应用的密钥。</translation>
    </message>
    <message>
        <source>cannot read the accounts file %1: %2</source>
        <translation>无法读取账号文件 %1：%2</translation>
    </message>
    <message>
        <source>--custom-tag wants Tag_Profile_Custom_&lt;keyword&gt;, not &quot;%1&quot;. %2</source>
        <translation>--custom-tag 需要 Tag_Profile_Custom_&lt;keyword&gt; 格式，而不是“%1”。%2</translation>
    </message>
    <message>
        <source>--custom-tag %1: the access is rw, r, w or none.</source>
        <translation>--custom-tag %1：访问权限只能是 rw、r、w 或 none。</translation>
    </message>
    <message>
        <source>--rate-limit wants a number of calls per second, 0 for none.</source>
        <translation>--rate-limit 需要每秒调用次数，0 表示不限制。</translation>
    </message>
    <message>
        <source>--latency-ms wants a number of milliseconds.</source>
        <translation>--latency-ms 需要毫秒数。</translation>
    </message>
    <message>
        <source>--fault-rate wants KIND=P with KIND 40006, 502, drop or malformed and P from 0 to 1, not &quot;%1&quot;.</source>
        <translation>--fault-rate 需要 KIND=P 格式，KIND 为 40006、502、drop 或 malformed，P 为 0 到 1，而不是“%1”。</translation>
    </message>
    <message>
        <source>the --fault-rate shares add up to more than 1.</source>
        <translation>各 --fault-rate 比例之和超过了 1。</translation>
    </message>
    <message>
        <source>cannot watch for SIGINT/SIGTERM.</source>
        <translation>无法监听 SIGINT/SIGTERM 信号。</translation>
    </message>
    <message>
        <source>Warning: the Sandbox is reachable from other machines on plain HTTP, and anyone holding the key can change its profiles.</source>
        <translation>警告：其他机器可通过明文 HTTP 访问此沙盒，任何持有密钥的人都能修改其中的资料。</translation>
    </message>
    <message>
        <source>Demo app: SDKAppID %1, admin %2, secret key %3.</source>
        <translation>演示应用：SDKAppID %1，管理员 %2，密钥 %3。</translation>
    </message>
    <message>
        <source>Calls per sliding second before 60007; 0 for no limit (default %1).</source>
        <translation>任意一秒内超过多少次调用即返回 60007；0 表示不限制（默认 %1）。</translation>
    </message>
    <message>
        <source>Also create accounts user000001 to userN (at most %1), each with a nickname, gender, birthday and level, the same on every run: for bulk demos and benchmarks.</source>
        <translation>同时创建账号 user000001 到 userN（最多 %1 个），每个账号都有昵称、性别、生日和等级，每次运行都相同：用于批量编辑演示和基准测试。</translation>
    </message>
    <message>
        <source>--generate-accounts wants a number of accounts from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--generate-accounts 需要 1 到 %1 之间的账号数量，而不是“%2”。</translation>
    </message>
    <message>
        <source>Generated accounts: %1 to %2.</source>
        <translation>已生成账号：%1 到 %2。</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The Sandbox cannot listen on %1 port %2: %3. Pick another address or port.</source>
        <translation>沙盒无法在 %1 的端口 %2 上监听：%3。请选择其他地址或端口。</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>it is not a Sandbox data file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>不是沙盒数据文件（没有 &quot;format&quot;: &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>it has version %1, this Sandbox reads version %2</source>
        <translation>其版本为 %1，而此沙盒只能读取版本 %2</translation>
    </message>
    <message>
        <source>&quot;accounts&quot; is missing or not an object</source>
        <translation>&quot;accounts&quot; 缺失或不是对象</translation>
    </message>
    <message>
        <source>the profile of account &quot;%1&quot; is not an object</source>
        <translation>账号“%1”的资料不是对象</translation>
    </message>
    <message>
        <source>the value of %1 for account &quot;%2&quot; is neither a string nor a number</source>
        <translation>账号“%2”的 %1 的值既不是字符串也不是数字</translation>
    </message>
    <message>
        <source>Cannot write the Sandbox data file %1: %2</source>
        <translation>无法写入沙盒数据文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the Sandbox data file %1: %2</source>
        <translation>无法读取沙盒数据文件 %1：%2</translation>
    </message>
    <message>
        <source>The Sandbox data file %1 cannot be loaded: %2. It was left untouched; repair it, or move it away to start with an empty store.</source>
        <translation>无法加载沙盒数据文件 %1：%2。该文件未被改动；请修复它，或将其移走以便从空数据开始。</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>File holding the app&apos;s secret key (first line). Default: the %1 environment variable. The key itself is never accepted on the command line, where other users could see it.</source>
        <translation>保存应用密钥的文件（第一行）。默认：环境变量 %1。出于安全考虑，绝不接受在命令行上直接给出密钥，否则其他用户可能看到它。</translation>
    </message>
    <message>
        <source>The secret key is not accepted on the command line, where every user of this machine can read it (ps, shell history). Put it in a file readable only by you and pass --key-file FILE, or set %1.</source>
        <translation>命令行上不接受密钥，因为本机的所有用户都能读取命令行（ps、shell 历史记录）。请将密钥放入只有您能读取的文件并传入 --key-file FILE，或设置 %1。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; it should hold only the key or UserSig.</source>
        <translation>%1 超过 %2 KiB；它应该只包含密钥或 UserSig。</translation>
    </message>
    <message>
        <source>%1 is empty; it should hold the key or UserSig on its first line.</source>
        <translation>%1 为空；它的第一行应为密钥或 UserSig。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret key is stored for this connection.</source>
        <translation>此连接没有保存密钥。</translation>
    </message>
    <message>
        <source>No system keychain is available (such as GNOME Keyring or KWallet), so the secret key cannot be remembered. It is kept in memory until you quit; you will need to enter it again next time.</source>
        <translation>没有可用的系统钥匙串（如 GNOME 密钥环或 KWallet），因此无法记住密钥。密钥会保存在内存中直到您退出；下次需要重新输入。</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>（钥匙串返回：%1）</translation>
    </message>
</context>
<context>
    <name>SessionEntry</name>
    <message>
        <source>Load</source>
        <translation>加载</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Read back</source>
        <extracomment>The automatic portrait_get after a successful write, to check what was stored.</extracomment>
        <translation>回读</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 错误</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>意外的响应</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <extracomment>A write was sent but no answer came: it may or may not have been stored.</extracomment>
        <translation>结果未知</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>%1  %2  %3  %4  (%5 ms)</source>
        <translation>%1  %2  %3  %4  （%5 毫秒）</translation>
    </message>
</context>
<context>
    <name>SetCommand</name>
    <message>
        <source>Change one user&apos;s profile fields (portrait_set).</source>
        <translation>修改一个用户的资料字段（portrait_set）。</translation>
    </message>
    <message>
        <source>The account whose profile to change.</source>
        <translation>要修改资料的账号。</translation>
    </message>
    <message>
        <source>A field and its new value, e.g. Nick=Anna, Gender=Female, BirthDay=19900521 or Tag_Profile_Custom_Hobby=chess. Repeat for several fields.</source>
        <translation>一个字段及其新值，例如 Nick=Anna、Gender=Female、BirthDay=19900521 或 Tag_Profile_Custom_Hobby=chess。多个字段请重复指定。</translation>
    </message>
    <message>
        <source>Give the account to change with --account.</source>
        <translation>请用 --account 指定要修改的账号。</translation>
    </message>
    <message>
        <source>Give at least one --set TAG=VALUE.</source>
        <translation>请至少指定一个 --set TAG=VALUE。</translation>
    </message>
    <message>
        <source>%1 is set twice; give each field once.</source>
        <translation>%1 被设置了两次；每个字段只能指定一次。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <source>Checks every field against the profile rules, reads the current values, then sends one portrait_set with the fields that change and prints ActionStatus, ErrorCode, ErrorInfo, ErrorDisplay, an explanation and the request&apos;s random; nothing is sent when every field already holds its value. The write is recorded in the change history (old and new values) before it is sent, as an operation that chat-profile revert --job can undo. A write whose answer never came is not sent again: its outcome is unknown, and the command to check it is printed. Exit codes: 0 set (or already so); 1 the API answered FAIL, the account does not exist, or the value did not stick; 2 bad input, nothing sent; 3 network, TLS, timeout or protocol failure, or the outcome is unknown.</source>
        <translation>按资料规则检查每个字段，读取当前值，然后发送一次只包含要修改字段的 portrait_set，并输出 ActionStatus、ErrorCode、ErrorInfo、ErrorDisplay、说明以及请求的 random；如果每个字段都已是要设置的值，则不发送任何内容。写入在发送前就会记录到修改历史中（含原值和新值），作为一次可用 chat-profile revert --job 撤销的操作。没有收到应答的写入不会再次发送：其结果为未知，并会输出用于检查它的命令。退出码：0 已设置（或已是该值）；1 API 返回 FAIL、账号不存在或值未生效；2 输入有误，未发送任何内容；3 网络、TLS、超时或协议故障，或结果未知。</translation>
    </message>
    <message>
        <source>The current values could not be read, so nothing was sent.</source>
        <translation>无法读取当前值，因此未发送任何内容。</translation>
    </message>
    <message>
        <source>Reading the current values: the account %1 does not exist (ErrorCode %2).</source>
        <translation>读取当前值：账号 %1 不存在（ErrorCode %2）。</translation>
    </message>
    <message>
        <source>Reading the current values: the server refuses %1 (ErrorCode %2).</source>
        <translation>读取当前值：服务器拒绝了 %1（ErrorCode %2）。</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 already holds every value asked for (%2).</source>
        <translation>未发送任何内容：%1 已是要求的所有值（%2）。</translation>
    </message>
    <message>
        <source>The server answered OK, but reading it back found something else for %1.</source>
        <translation>服务器返回了 OK，但回读发现 %1 的值与写入的不同。</translation>
    </message>
    <message>
        <source>Recorded as operation %1 in the change history; chat-profile revert --job %1 puts the old values back.</source>
        <translation>已在修改历史中记录为操作 %1；chat-profile revert --job %1 可恢复原值。</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>In Excel use File &gt; Save As and choose &quot;CSV UTF-8 (Comma delimited)&quot;; in LibreOffice tick &quot;Edit filter settings&quot; and choose &quot;Unicode (UTF-8)&quot;.</source>
        <translation>在 Excel 中选择“文件 &gt; 另存为”，然后选“CSV UTF-8（逗号分隔）”；在 LibreOffice 中勾选“编辑筛选器设置”，然后选“Unicode (UTF-8)”。</translation>
    </message>
    <message>
        <source>This cell has text after its closing quote. Put the whole cell in quotes and write every quote inside it twice (&quot;&quot;).</source>
        <translation>此单元格在结束引号之后还有文字。请把整个单元格放在引号中，并把其中的每个引号写两次（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>The quote that opens this cell is never closed, so everything after it was read into this cell. Add the closing quote (&quot;), or write the quote twice (&quot;&quot;) if it is part of the text.</source>
        <translation>此单元格开头的引号没有闭合，因此其后的所有内容都被读入了此单元格。请补上结束引号（&quot;），如果引号是文字的一部分，请把它写两次（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>The encoding &quot;%1&quot; is not known. Choose one such as UTF-8, GB18030, Shift_JIS or EUC-KR, or save the file as UTF-8. %2</source>
        <translation>未知的编码“%1”。请选择 UTF-8、GB18030、Shift_JIS 或 EUC-KR 等编码，或把文件另存为 UTF-8。%2</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text: this cell holds the first byte that is not. Save the file as UTF-8, or choose the encoding it was saved in (for example GB18030, Shift_JIS or EUC-KR). %1</source>
        <translation>此文件不是 UTF-8 文本：第一个不符合的字节就在此单元格中。请把文件另存为 UTF-8，或选择它保存时使用的编码（例如 GB18030、Shift_JIS 或 EUC-KR）。%1</translation>
    </message>
    <message>
        <source>This file is not valid %1 text: this cell holds the first byte that is not. Choose the encoding the file was saved in, or save it as UTF-8. %2</source>
        <translation>此文件不是有效的 %1 文本：第一个不符合的字节就在此单元格中。请选择文件保存时使用的编码，或把它另存为 UTF-8。%2</translation>
    </message>
    <message>
        <source>This cell holds a NUL character, which text files do not contain: the file is probably UTF-16 without a byte-order mark, or not a text file. Save it as UTF-8. %1</source>
        <translation>此单元格含有 NUL 字符，文本文件中不会出现它：该文件可能是没有字节顺序标记的 UTF-16，或者不是文本文件。请把它另存为 UTF-8。%1</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate cells. Choose a comma, a semicolon, a tab or another character that the cells do not contain.</source>
        <translation>引号或换行符不能用来分隔单元格。请选择逗号、分号、制表符或单元格中不包含的其他字符。</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n cell(s) but the header names %1 columns. Add the missing cells (an empty cell leaves a field unchanged), or check that a cell holding the delimiter is quoted.</source>
        <translation>
            <numerusform>此行有 %n 个单元格，但标题行有 %1 列。请补上缺少的单元格（空单元格表示不修改该字段），或检查含有分隔符的单元格是否加了引号。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n cell(s) but the header names only %1 columns. Remove the extra cells or name their column in the header, and check that a cell holding the delimiter is quoted.</source>
        <translation>
            <numerusform>此行有 %n 个单元格，但标题行只有 %1 列。请删除多余的单元格或在标题行中为其命名，并检查含有分隔符的单元格是否加了引号。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to read. Give a header row naming the columns (for example account,Nick) and one row per account below it.</source>
        <translation>没有可读取的内容。请提供一行列名作为标题（例如 account,Nick），并在其下为每个账号写一行。</translation>
    </message>
    <message>
        <source>There is a header row but no rows below it. Add one row per account under the header.</source>
        <translation>有标题行，但其下没有任何行。请在标题行下为每个账号添加一行。</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
</context>
<context>
    <name>UnfinishedJobBar</name>
    <message>
        <source>Unfinished bulk job</source>
        <translation>未完成的批量任务</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>继续(&amp;M)</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>查看(&amp;W)</translation>
    </message>
    <message>
        <source>Aban&amp;don</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Stop offering this job; the rows not sent stay unsent</source>
        <translation>不再提示此任务；未发送的行将保持未发送</translation>
    </message>
    <message>
        <source>A bulk job was not finished: %1, started %2; %3 of %4 rows done.</source>
        <translation>有一个批量任务未完成：%1，开始于 %2；已完成 %3/%4 行。</translation>
    </message>
</context>
<context>
    <name>UserSig</name>
    <message>
        <source>character “%1” at position %2 is not part of a UserSig (only A–Z, a–z, 0–9, *, - and _ are)</source>
        <translation>第 %2 位的字符“%1”不属于 UserSig（只允许 A–Z、a–z、0–9、*、- 和 _）</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <source>it is not valid base64: the padding “_” appears before the end</source>
        <translation>不是有效的 base64：填充符“_”出现在末尾之前</translation>
    </message>
    <message>
        <source>it is not valid base64: its length is impossible, so characters are missing</source>
        <translation>不是有效的 base64：长度不可能成立，说明缺少字符</translation>
    </message>
    <message>
        <source>it is not valid base64: its last character does not fit, so it was changed</source>
        <translation>不是有效的 base64：最后一个字符不匹配，说明已被修改</translation>
    </message>
    <message>
        <source>it does not contain zlib-compressed data</source>
        <translation>不包含 zlib 压缩数据</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>解压程序无法启动</translation>
    </message>
    <message>
        <source>there is unexpected data after its compressed content</source>
        <translation>压缩内容之后还有多余的数据</translation>
    </message>
    <message>
        <source>its content is larger than %1 KiB, far more than any UserSig</source>
        <translation>内容超过 %1 KiB，远大于任何 UserSig</translation>
    </message>
    <message>
        <source>its compressed data ends early: the sig is truncated</source>
        <translation>压缩数据提前结束：该 UserSig 被截断了</translation>
    </message>
    <message>
        <source>its compressed data is damaged</source>
        <translation>压缩数据已损坏</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>the field %1 is missing</source>
        <translation>缺少字段 %1</translation>
    </message>
    <message>
        <source>the field %1 should be %2 but is %3</source>
        <translation>字段 %1 应为%2，实际为%3</translation>
    </message>
    <message>
        <source>a whole number from 0 to %1</source>
        <translation>0 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>it is version “%1”; only version 2.0 (HMAC-SHA256) sigs can be read</source>
        <translation>版本为“%1”；只能读取 2.0 版（HMAC-SHA256）的 UserSig</translation>
    </message>
    <message>
        <source>the field %1 is not valid text</source>
        <translation>字段 %1 不是有效的文本</translation>
    </message>
    <message>
        <source>the field %1 is not a base64 HMAC-SHA256</source>
        <translation>字段 %1 不是 base64 编码的 HMAC-SHA256</translation>
    </message>
    <message>
        <source>The UserSig cannot be read: %1.</source>
        <translation>无法读取 UserSig：%1。</translation>
    </message>
    <message>
        <source>it is %1 characters long, far longer than any UserSig</source>
        <translation>长度为 %1 个字符，远长于任何 UserSig</translation>
    </message>
    <message>
        <source>its content is not valid JSON (%1 at byte %2)</source>
        <translation>内容不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>its content is not a JSON object</source>
        <translation>内容不是 JSON 对象</translation>
    </message>
    <message>
        <source>The UserSig was made for SDKAppID %1, but the request is for SDKAppID %2.</source>
        <translation>该 UserSig 是为 SDKAppID %1 生成的，但请求针对的是 SDKAppID %2。</translation>
    </message>
    <message>
        <source>The UserSig was made for the account “%1”, but the request is sent as “%2”.</source>
        <translation>该 UserSig 是为账号“%1”生成的，但请求以“%2”的身份发送。</translation>
    </message>
    <message>
        <source>The signature inside the UserSig does not match this secret key: it was made with another key, or changed after signing.</source>
        <translation>UserSig 中的签名与此密钥不匹配：它是用其他密钥生成的，或在签名后被修改过。</translation>
    </message>
    <message>
        <source>The UserSig expired at %1, %2 ago.</source>
        <translation>该 UserSig 已于 %1 过期，距今 %2。</translation>
    </message>
    <message>
        <source>The UserSig is valid: it was signed with this app&apos;s secret key, for this account and this app, and it has not expired.</source>
        <translation>该 UserSig 有效：它是用此应用的密钥、为此账号和此应用签名的，且尚未过期。</translation>
    </message>
    <message>
        <source>The UserSig has expired; the server refuses it with error %1. Make a new one from the secret key, or ask for a sig with a longer lifetime.</source>
        <translation>该 UserSig 已过期，服务器会以错误 %1 拒绝它。请用密钥生成新的 UserSig，或索取有效期更长的 UserSig。</translation>
    </message>
    <message>
        <source>The UserSig was not signed with this app&apos;s secret key, usually because it was made with another app&apos;s key or with a key that has since been reset; the server refuses it with error %1. Use the secret key shown for this SDKAppID in the Chat console.</source>
        <translation>该 UserSig 不是用此应用的密钥签名的，通常是因为它用其他应用的密钥或已重置的密钥生成；服务器会以错误 %1 拒绝它。请使用即时通信 IM 控制台中此 SDKAppID 对应的密钥。</translation>
    </message>
    <message>
        <source>The UserSig belongs to another account than the one sending the request; the server refuses it with error %1. Send as the account the sig was made for, or make a sig for this account.</source>
        <translation>该 UserSig 属于另一个账号，而不是发送请求的账号；服务器会以错误 %1 拒绝它。请以生成该 UserSig 时的账号发送，或为此账号生成 UserSig。</translation>
    </message>
    <message>
        <source>The UserSig was made for another app (another SDKAppID); the server refuses it with error %1. Check the SDKAppID, or make a sig for this app.</source>
        <translation>该 UserSig 是为另一个应用（另一个 SDKAppID）生成的；服务器会以错误 %1 拒绝它。请检查 SDKAppID，或为此应用生成 UserSig。</translation>
    </message>
    <message>
        <source>The UserSig is damaged or incomplete, often because it was cut off while copying; the server refuses it with error %1. Copy the whole sig again.</source>
        <translation>该 UserSig 已损坏或不完整，常见原因是复制时被截断；服务器会以错误 %1 拒绝它。请重新完整复制。</translation>
    </message>
</context>
<context>
    <name>UserSigCommand</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>Give exactly one UserSig.</source>
        <translation>请只提供一个 UserSig。</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the options.</source>
        <translation>运行“%1 --help”查看选项。</translation>
    </message>
    <message>
        <source>The app&apos;s SDKAppID.</source>
        <translation>应用的 SDKAppID。</translation>
    </message>
    <message>
        <source>The administrator account the sig is for.</source>
        <translation>UserSig 所属的管理员账号。</translation>
    </message>
    <message>
        <source>--sdkappid wants the app&apos;s numeric SDKAppID, not &quot;%1&quot;.</source>
        <translation>--sdkappid 需要应用的数字 SDKAppID，而不是“%1”。</translation>
    </message>
    <message>
        <source>--identifier must not be empty.</source>
        <translation>--identifier 不能为空。</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>签名错误</translation>
    </message>
    <message>
        <source>wrong identifier</source>
        <translation>identifier 不符</translation>
    </message>
    <message>
        <source>wrong SDKAppID</source>
        <translation>SDKAppID 不符</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>SDKAppID:</source>
        <translation>SDKAppID：</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>签发时间：</translation>
    </message>
    <message>
        <source>Lifetime:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>%1 seconds (%2)</source>
        <translation>%1 秒（%2）</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>过期时间：</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 后</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <source>not checked: no secret key given (--key-file or %1)</source>
        <translation>未检查：未提供密钥（--key-file 或 %1）</translation>
    </message>
    <message>
        <source>It has expired: the server would refuse it with error %1.</source>
        <translation>已过期：服务器会以错误 %1 拒绝它。</translation>
    </message>
    <message>
        <source>(server error %1)</source>
        <translation>（服务器错误 %1）</translation>
    </message>
    <message>
        <source>Make a UserSig from the secret key (gen), or explain one (inspect).</source>
        <translation>用密钥生成 UserSig（gen），或解读一个 UserSig（inspect）。</translation>
    </message>
    <message>
        <source>Usage: %1 gen|inspect [options]
  gen      Sign a UserSig with the app&apos;s secret key and print it.
  inspect  Show who a UserSig is for and when it expires, and with the secret key whether the server would accept it.
Run &quot;%1 gen --help&quot; or &quot;%1 inspect --help&quot; for the options.</source>
        <translation>用法：%1 gen|inspect [选项]
  gen      用应用的密钥签发 UserSig 并输出。
  inspect  显示 UserSig 的所属账号和过期时间；提供密钥时还会判断服务器是否会接受它。
运行“%1 gen --help”或“%1 inspect --help”查看选项。</translation>
    </message>
    <message>
        <source>Signs a UserSig with the app&apos;s secret key, exactly like Tencent&apos;s TLSSigAPIv2 libraries, and prints only the UserSig on standard output.</source>
        <translation>用应用的密钥签发 UserSig，算法与腾讯云 TLSSigAPIv2 库完全一致，并且只在标准输出打印 UserSig。</translation>
    </message>
    <message>
        <source>Lifetime in seconds, at most 50 years. Default: 86400 (one day).</source>
        <translation>有效期（秒），最长 50 年。默认：86400（一天）。</translation>
    </message>
    <message>
        <source>Issue time in unix seconds, for reproducible output. Default: now.</source>
        <translation>签发时间（Unix 秒），用于得到可复现的输出。默认：当前时间。</translation>
    </message>
    <message>
        <source>Give the app with --sdkappid and the account with --identifier.</source>
        <translation>请用 --sdkappid 指定应用，用 --identifier 指定账号。</translation>
    </message>
    <message>
        <source>--expire wants a lifetime in seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--expire 需要 1 到 %1 之间的有效期秒数，而不是“%2”。</translation>
    </message>
    <message>
        <source>--time wants unix seconds, not &quot;%1&quot;.</source>
        <translation>--time 需要 Unix 秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Give the app&apos;s secret key with --key-file FILE or the %1 environment variable.</source>
        <translation>请用 --key-file FILE 或环境变量 %1 提供应用的密钥。</translation>
    </message>
    <message>
        <source>Reads a UserSig without sending anything: who and which app it was made for and when it expires. With the secret key (and optionally --sdkappid and --identifier) it also says whether the server would accept it, and if not why, with the server&apos;s error code. The report goes to standard output.
Exit code: 0 when the sig is valid, or readable and no key was given; 1 when it is malformed or would be refused; 2 for bad usage.</source>
        <translation>读取 UserSig 而不发送任何内容：它为哪个账号和哪个应用生成、何时过期。提供密钥（以及可选的 --sdkappid 和 --identifier）时，还会说明服务器是否会接受它；如果不接受，会说明原因及服务器错误码。报告输出到标准输出。
退出码：0 UserSig 有效，或可读取且未提供密钥；1 格式错误或会被拒绝；2 用法错误。</translation>
    </message>
    <message>
        <source>The UserSig, or - to read it from standard input (which keeps it out of the process list).</source>
        <translation>UserSig，或用 - 从标准输入读取（这样它不会出现在进程列表中）。</translation>
    </message>
    <message>
        <source>Judge expiry at this unix time instead of now.</source>
        <translation>以此 Unix 时间而不是当前时间判断是否过期。</translation>
    </message>
    <message>
        <source>Print one JSON object: identifier, sdkappid, time, expire, expiresAt, expired, now, valid (null when no key was given), reason (null, expired, bad_signature, wrong_identifier, wrong_sdkappid or malformed), serverErrorCode, detail, explanation. Fields a malformed sig does not have are null.</source>
        <translation>输出一个 JSON 对象：identifier、sdkappid、time、expire、expiresAt、expired、now、valid（未提供密钥时为 null）、reason（null、expired、bad_signature、wrong_identifier、wrong_sdkappid 或 malformed）、serverErrorCode、detail、explanation。格式错误的 UserSig 所缺少的字段为 null。</translation>
    </message>
    <message>
        <source>--now wants unix seconds, not &quot;%1&quot;.</source>
        <translation>--now 需要 Unix 秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Cannot read the UserSig from standard input.</source>
        <translation>无法从标准输入读取 UserSig。</translation>
    </message>
    <message>
        <source>chat-profile usersig: unknown subcommand &quot;%1&quot;.</source>
        <translation>chat-profile usersig：未知子命令“%1”。</translation>
    </message>
</context>
<context>
    <name>WriteCommand</name>
    <message>
        <source>Reading the current values: %1/%2 accounts</source>
        <translation>正在读取当前值：%1/%2 个账号</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>剩余时间未知</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>%1/%2 done, %3 ok, %4 failed, %5 unknown, %6 calls/s, %7</source>
        <translation>已完成 %1/%2，成功 %3，失败 %4，未知 %5，%6 次/秒，%7</translation>
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation>第 %1 行：%2：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Line %1: %2: ok, but the server holds something else for %3</source>
        <translation>第 %1 行：%2：ok，但服务器上 %3 的值与写入的不同</translation>
    </message>
    <message>
        <source>%1: ok, but the server holds something else for %2</source>
        <translation>%1：ok，但服务器上 %2 的值与写入的不同</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit Tencent Cloud Chat user profiles by hand.</source>
        <translation>手动编辑腾讯云即时通信 IM 用户资料。</translation>
    </message>
</context>
</TS>
