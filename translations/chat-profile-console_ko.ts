<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ApiCall</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 bytes, far more than any profile answer, so it was not read. Check the endpoint.</source>
        <translation>응답이 %1바이트를 넘어 어떤 프로필 응답보다도 훨씬 크므로 읽지 않았습니다. 엔드포인트를 확인하세요.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2. Nothing was sent; check the endpoint, or the system&apos;s clock and certificates.</source>
        <translation>%1과(와)의 보안 연결이 거부되었습니다: %2. 아무것도 보내지 않았습니다. 엔드포인트나 시스템 시계와 인증서를 확인하세요.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>네트워크 오류: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of 200: %2</source>
        <translation>서버가 200이 아닌 HTTP %1(으)로 응답했습니다: %2</translation>
    </message>
    <message>
        <source>The request had been sent, so the change may have reached the server. It was not sent again: read the account back to see whether it was stored.</source>
        <translation>요청이 이미 전송되었으므로 변경이 서버에 도달했을 수 있습니다. 다시 보내지 않았습니다. 계정을 다시 읽어 저장되었는지 확인하세요.</translation>
    </message>
    <message>
        <source>The server or the network may be down; try again, or try the backup domain.</source>
        <translation>서버나 네트워크가 중단되었을 수 있습니다. 다시 시도하거나 백업 도메인을 사용해 보세요.</translation>
    </message>
    <message>
        <source>No complete answer from %1 within %2 ms.</source>
        <translation>%1에서 %2ms 안에 완전한 응답이 오지 않았습니다.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before any answer.</source>
        <translation>%1와(과)의 연결이 응답 전에 닫혔습니다.</translation>
    </message>
</context>
<context>
    <name>ApiCommand</name>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
</context>
<context>
    <name>ApiCommandOutput</name>
    <message>
        <source>Attempts: %1</source>
        <translation>시도 횟수: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>결과: %1</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>설명: %1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>다음 단계: %1</translation>
    </message>
    <message>
        <source>  attempt %1 (random %2, %3 ms): %4</source>
        <translation>  %1번째 시도(random %2, %3ms): %4</translation>
    </message>
    <message>
        <source>Outcome: unknown (random %1). The write may have reached the server and been stored, or not.</source>
        <extracomment>&quot;unknown&quot; stays in English, for scripts that look for it, like the wire names.</extracomment>
        <translation>결과: unknown (random %1). 쓰기가 서버에 도달해 저장되었을 수도, 아닐 수도 있습니다.</translation>
    </message>
    <message>
        <source>Check what the server holds before you try again:</source>
        <translation>다시 시도하기 전에 서버에 저장된 값을 확인하세요:</translation>
    </message>
</context>
<context>
    <name>BulkCommand</name>
    <message>
        <source>Change many accounts from a CSV/TSV file or an accounts list, resumably.</source>
        <translation>CSV/TSV 파일이나 계정 목록으로 여러 계정을 한 번에 변경합니다. 중단되어도 이어서 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Checks the whole input first (every problem with its line and column), reads the current values, then sends one portrait_set per account with only the fields that change, at most --rate calls per second. The job is stored before the first write, so an interrupted job can be resumed with --resume. Exit codes: 0 every row ok or unchanged; 1 a row failed or its outcome is unknown; 2 bad input, nothing sent; 3 a network failure stopped the job (resume it).</source>
        <translation>먼저 입력 전체를 검사하고(모든 문제를 행, 열과 함께 표시), 현재 값을 읽은 다음, 계정마다 바뀌는 필드만 담아 portrait_set을 한 번씩 보냅니다. 호출은 초당 최대 --rate회입니다. 작업은 첫 쓰기 전에 저장되므로 중단된 작업은 --resume으로 이어서 할 수 있습니다. 종료 코드: 0 모든 행이 성공했거나 변경 없음, 1 실패했거나 결과를 알 수 없는 행이 있음, 2 잘못된 입력으로 아무것도 보내지 않음, 3 네트워크 장애로 작업이 중지됨(작업을 이어서 하세요).</translation>
    </message>
    <message>
        <source>A CSV or TSV file with a header row: an account column (account, UserID, From_Account or To_Account) and one column per field; or, with --resume, the job&apos;s ID.</source>
        <translation>머리글 행이 있는 CSV 또는 TSV 파일: 계정 열 하나(account, UserID, From_Account 또는 To_Account)와 필드마다 열 하나. 또는 --resume과 함께 쓸 때는 작업 ID.</translation>
    </message>
    <message>
        <source>A file with one account per line, to set the --set values on each.</source>
        <translation>한 줄에 계정 하나씩 적힌 파일입니다. 각 계정에 --set 값을 설정합니다.</translation>
    </message>
    <message>
        <source>With --accounts-file: a field and its value for every account, e.g. Level=3. Repeat for several fields.</source>
        <translation>--accounts-file과 함께 사용: 모든 계정에 설정할 필드와 값(예: Level=3). 여러 필드는 이 옵션을 반복하세요.</translation>
    </message>
    <message>
        <source>Continue the latest unfinished bulk job, or the job whose ID is given.</source>
        <translation>가장 최근의 완료되지 않은 일괄 작업이나 ID로 지정한 작업을 이어서 합니다.</translation>
    </message>
    <message>
        <source>Read the current values and print what would change; write nothing.</source>
        <translation>현재 값을 읽고 바뀔 내용을 출력합니다. 아무것도 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Calls per second, reads included, from 1 to %1 (default %2: the app&apos;s budget is shared with its own backend).</source>
        <translation>읽기를 포함한 초당 호출 수로, 1부터 %1까지입니다(기본값 %2: 앱의 호출 한도는 앱 자체 백엔드와 공유됩니다).</translation>
    </message>
    <message>
        <source>Leave rows with problems out (reported as skipped) instead of refusing the whole input.</source>
        <translation>입력 전체를 거부하는 대신 문제가 있는 행을 제외합니다(건너뜀으로 보고).</translation>
    </message>
    <message>
        <source>The file&apos;s delimiter: a comma, a semicolon or &quot;tab&quot; (default: detected from the header).</source>
        <translation>파일의 구분자: 쉼표, 세미콜론 또는 &quot;tab&quot;(기본값: 머리글에서 감지).</translation>
    </message>
    <message>
        <source>The file&apos;s encoding when it is not UTF-8 or UTF-16 with a BOM, e.g. GB18030, Shift_JIS or EUC-KR.</source>
        <translation>파일이 UTF-8이나 BOM이 있는 UTF-16이 아닐 때의 인코딩(예: GB18030, Shift_JIS, EUC-KR).</translation>
    </message>
    <message>
        <source>Write the result of every row to this CSV file (UTF-8 with BOM).</source>
        <translation>모든 행의 결과를 이 CSV 파일에 씁니다(BOM이 있는 UTF-8).</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>진행 상황을 출력하지 않습니다.</translation>
    </message>
    <message>
        <source>--rate wants a whole number of calls per second from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--rate에는 1부터 %1까지의 초당 호출 수를 정수로 지정해야 합니다. &quot;%2&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>--resume continues a stored job with its own input; --%1 does not go with it.</source>
        <translation>--resume은 저장된 작업을 그 작업 자체의 입력으로 이어서 합니다. --%1은(는) 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>--resume takes at most one job ID.</source>
        <translation>--resume에는 작업 ID를 하나까지만 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Give either a CSV/TSV FILE or --accounts-file FILE with --set TAG=VALUE.</source>
        <translation>CSV/TSV FILE 하나를 지정하거나, --accounts-file FILE과 --set TAG=VALUE를 함께 지정하세요.</translation>
    </message>
    <message>
        <source>Give one input file; to edit several, run one job per file.</source>
        <translation>입력 파일은 하나만 지정하세요. 여러 파일을 편집하려면 파일마다 작업을 하나씩 실행하세요.</translation>
    </message>
    <message>
        <source>Give at least one --set TAG=VALUE to set on every account of --accounts-file.</source>
        <translation>--accounts-file의 모든 계정에 설정할 --set TAG=VALUE를 하나 이상 지정하세요.</translation>
    </message>
    <message>
        <source>--report records what a run did; a --dry-run writes nothing to report.</source>
        <translation>--report는 실행에서 한 일을 기록합니다. --dry-run은 아무것도 쓰지 않으므로 보고할 내용이 없습니다.</translation>
    </message>
    <message>
        <source>--set goes with --accounts-file; in a CSV/TSV file the columns name the fields.</source>
        <translation>--set은 --accounts-file과 함께 씁니다. CSV/TSV 파일에서는 열이 필드를 지정합니다.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: give a name such as UTF-8, GB18030, Shift_JIS or EUC-KR.</source>
        <translation>알 수 없는 인코딩 &quot;%1&quot;: UTF-8, GB18030, Shift_JIS, EUC-KR 같은 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>--delimiter wants one character, or &quot;tab&quot;, not &quot;%1&quot;.</source>
        <translation>--delimiter에는 문자 하나 또는 &quot;tab&quot;을 지정해야 합니다. &quot;%1&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>--delimiter is for a CSV/TSV file; an accounts file has one account per line.</source>
        <translation>--delimiter는 CSV/TSV 파일용입니다. 계정 파일은 한 줄에 계정이 하나입니다.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as UTF-8, or name its encoding with --encoding (e.g. --encoding GB18030).</source>
        <translation>%1은(는) UTF-8 텍스트가 아닙니다. UTF-8로 저장하거나 --encoding으로 인코딩을 지정하세요(예: --encoding GB18030).</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text. Name the encoding it was saved in with --encoding, or save it as UTF-8.</source>
        <translation>%1은(는) 올바른 %2 텍스트가 아닙니다. 저장할 때 사용한 인코딩을 --encoding으로 지정하거나 UTF-8로 저장하세요.</translation>
    </message>
    <message>
        <source>To read the file in the encoding it was saved in, name it with --encoding, e.g. --encoding GB18030, --encoding Shift_JIS or --encoding EUC-KR.</source>
        <translation>파일을 저장할 때 사용한 인코딩으로 읽으려면 --encoding으로 인코딩을 지정하세요. 예: --encoding GB18030, --encoding Shift_JIS, --encoding EUC-KR.</translation>
    </message>
    <message>
        <source>Nothing was sent. Problems: %1. Fix them, or leave the invalid rows out with --skip-invalid.</source>
        <translation>아무것도 보내지 않았습니다. 문제: %1. 문제를 고치거나 --skip-invalid로 잘못된 행을 제외하세요.</translation>
    </message>
    <message>
        <source>Nothing was sent. Problems: %1. Fix them first.</source>
        <translation>아무것도 보내지 않았습니다. 문제: %1. 먼저 문제를 고치세요.</translation>
    </message>
    <message>
        <source>Rows left out because of their problems (reported as skipped): %1.</source>
        <translation>문제가 있어 제외한 행(건너뜀으로 보고): %1.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>the account does not exist</source>
        <translation>계정이 존재하지 않음</translation>
    </message>
    <message>
        <source>already as asked: %1</source>
        <translation>이미 요청한 값임: %1</translation>
    </message>
    <message>
        <source>refused by the server: %1</source>
        <translation>서버가 거부함: %1</translation>
    </message>
    <message>
        <source>skipped: the row has problems (see above)</source>
        <translation>건너뜀: 행에 문제가 있음(위 참조)</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>시험 실행: 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>--resume wants a job ID (see chat-profile jobs), not &quot;%1&quot;.</source>
        <translation>--resume에는 작업 ID(chat-profile jobs 참조)를 지정해야 합니다. &quot;%1&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no unfinished bulk job to resume; chat-profile jobs lists the jobs.</source>
        <translation>이어서 할 완료되지 않은 일괄 작업이 없습니다. 작업 목록은 chat-profile jobs로 확인하세요.</translation>
    </message>
    <message>
        <source>There is no job %1; chat-profile jobs lists the jobs.</source>
        <translation>작업 %1이(가) 없습니다. 작업 목록은 chat-profile jobs로 확인하세요.</translation>
    </message>
    <message>
        <source>Job %1 is finished: every row has its result, nothing is left to send.</source>
        <translation>작업 %1은(는) 완료되었습니다. 모든 행에 결과가 있으며 보낼 것이 남아 있지 않습니다.</translation>
    </message>
    <message>
        <source>Job %1 belongs to SDKAppID %2 (admin %3) at %4, but these options go to SDKAppID %5 (admin %6) at %7. A job writes only where its old values were read: give the job&apos;s connection options. Nothing was sent.</source>
        <translation>작업 %1은(는) %4의 SDKAppID %2(관리자 %3)에 속하지만, 이 옵션은 %7의 SDKAppID %5(관리자 %6)을(를) 가리킵니다. 작업은 이전 값을 읽은 곳에만 씁니다. 작업의 연결 옵션을 지정하세요. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Job %1: accounts to write: %2 (fields: %3), at %4 calls/s.</source>
        <translation>작업 %1: 쓸 계정: %2(필드: %3), 속도 %4회/초.</translation>
    </message>
    <message>
        <source>If it is interrupted, continue it with:</source>
        <translation>중단되면 다음 명령으로 이어서 하세요:</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>보고서를 %1에 썼습니다.</translation>
    </message>
    <message>
        <source>The job stopped before every row had its result; rows confirmed OK are not sent again. Continue it with:</source>
        <translation>모든 행의 결과가 나오기 전에 작업이 중지되었습니다. 성공이 확인된 행은 다시 보내지 않습니다. 다음 명령으로 이어서 하세요:</translation>
    </message>
    <message>
        <source>Job %1: %2 ok, %3 unchanged, %4 failed, %5 skipped, %6 unknown, %7 not sent yet (of %8 rows).</source>
        <translation>작업 %1: 성공 %2, 변경 없음 %3, 실패 %4, 건너뜀 %5, 알 수 없음 %6, 아직 보내지 않음 %7(전체 %8행).</translation>
    </message>
    <message>
        <source>Job %1 is not a bulk job; only bulk jobs are resumed. Nothing was sent.</source>
        <translation>작업 %1은(는) 일괄 작업이 아닙니다. 일괄 작업만 재개할 수 있습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message>
        <source>Confirm bulk write</source>
        <translation>일괄 쓰기 확인</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field</source>
        <translation>
            <numerusform>필드 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields</source>
        <translation>
            <numerusform>필드 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write %1 to %Ln account on connection &quot;%2&quot;?</source>
        <extracomment>%1 is the number of fields (&quot;3 fields&quot;), %2 the connection&apos;s name.</extracomment>
        <translation>
            <numerusform>연결 &quot;%2&quot;의 계정 %Ln개에 %1을(를) 쓸까요?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write %1 to %Ln accounts on connection &quot;%2&quot;?</source>
        <translation>
            <numerusform>연결 &quot;%2&quot;의 계정 %Ln개에 %1을(를) 쓸까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>A sample of the changes</source>
        <translation>변경 사항 예시</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Now → new</source>
        <translation>현재 → 새 값</translation>
    </message>
    <message>
        <source>A sample of the changes, the first accounts of the job:</source>
        <translation>변경 사항 예시(작업의 처음 몇 개 계정):</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Write %Ln account</source>
        <translation>
            <numerusform>계정 %Ln개 쓰기(&amp;W)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Write %Ln accounts</source>
        <translation>
            <numerusform>계정 %Ln개 쓰기(&amp;W)</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm revert</source>
        <translation>되돌리기 확인</translation>
    </message>
</context>
<context>
    <name>BulkEditWindow</name>
    <message>
        <source>Bulk edit — Chat Profile Console</source>
        <translation>일괄 편집 — Chat Profile Console</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>&amp;1 Input</source>
        <translation>&amp;1 입력</translation>
    </message>
    <message>
        <source>&amp;2 Preview</source>
        <translation>&amp;2 미리 보기</translation>
    </message>
    <message>
        <source>&amp;3 Run and results</source>
        <translation>&amp;3 실행 및 결과</translation>
    </message>
    <message>
        <source>Paste cells</source>
        <translation>셀 붙여넣기</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>파일 열기…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Paused: no new call starts. The answers on their way are still recorded.</source>
        <translation>일시 중지됨: 새 호출을 시작하지 않습니다. 오고 있는 응답은 계속 기록됩니다.</translation>
    </message>
    <message>
        <source>Cancelling: nothing new is sent; waiting for the answers on their way…</source>
        <translation>취소하는 중: 더 이상 새로 보내지 않습니다. 오고 있는 응답을 기다리는 중…</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>연결: %1</translation>
    </message>
    <message>
        <source>read-only: bulk jobs are refused</source>
        <translation>읽기 전용: 일괄 작업을 거부함</translation>
    </message>
    <message>
        <source>every job is confirmed before it writes</source>
        <translation>모든 작업은 쓰기 전에 확인을 거침</translation>
    </message>
    <message>
        <source>This connection is read-only: it refuses bulk jobs. Pick a connection that may write in the main window.</source>
        <translation>이 연결은 읽기 전용이라 일괄 작업을 거부합니다. 주 창에서 쓰기가 허용된 연결을 고르세요.</translation>
    </message>
    <message>
        <source>A job is running; wait for it or cancel it.</source>
        <translation>작업이 실행 중입니다. 끝날 때까지 기다리거나 취소하세요.</translation>
    </message>
    <message>
        <source>Reading the current values…</source>
        <translation>현재 값을 읽는 중…</translation>
    </message>
    <message>
        <source>Preview first: Run writes what the preview shows.</source>
        <translation>먼저 미리 보기를 하세요. &quot;실행&quot;은 미리 보기에 표시된 내용을 씁니다.</translation>
    </message>
    <message>
        <source>Nothing to write: every account is already as asked or cannot be written.</source>
        <translation>쓸 내용이 없습니다. 모든 계정이 이미 요청한 값이거나 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>This connection is read-only: the job was not started.</source>
        <translation>이 연결은 읽기 전용이라 작업을 시작하지 않았습니다.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>스프레드시트용 CSV (*.csv)</translation>
    </message>
    <message>
        <source>bulk-job-%1-report.csv</source>
        <extracomment>The suggested file name of a bulk job&apos;s report; %1 is the job&apos;s number.</extracomment>
        <translation>일괄작업-%1-보고서.csv</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>보고서를 쓰는 중…</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>보고서를 %1(으)로 저장했습니다.</translation>
    </message>
    <message>
        <source>The job could not be stored, so nothing was sent: %1</source>
        <translation>작업을 저장할 수 없어 아무것도 보내지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The job could not be read: %1</source>
        <translation>작업을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Job of %1 from %2: press Resume to send the rows not sent yet; rows that were sent without an answer are read back first.</source>
        <translation>%2에 시작한 %1의 작업: 아직 보내지 않은 행을 보내려면 &quot;재개&quot;를 누르세요. 보냈지만 응답이 없던 행은 먼저 다시 읽습니다.</translation>
    </message>
    <message>
        <source>Storing the job…</source>
        <translation>작업을 저장하는 중…</translation>
    </message>
</context>
<context>
    <name>BulkInputPane</name>
    <message>
        <source>Copy the cells in a spreadsheet, header row included, and paste them here (Ctrl+V), or open a CSV or TSV file. One column names the account (account, UserID, From_Account or To_Account); every other column is a field, such as Nick, Gender or Tag_Profile_IM_Level. An empty cell changes nothing; #CLEAR# empties a text field.</source>
        <translation>스프레드시트에서 머리글 행을 포함해 셀을 복사한 뒤 여기에 붙여넣거나(Ctrl+V), CSV 또는 TSV 파일을 여세요. 한 열은 계정을 나타내고(account, UserID, From_Account 또는 To_Account), 나머지 각 열은 Nick, Gender, Tag_Profile_IM_Level 같은 필드입니다. 빈 셀은 아무것도 바꾸지 않으며, #CLEAR#는 텍스트 필드를 비웁니다.</translation>
    </message>
    <message>
        <source>&amp;Paste cells</source>
        <translation>셀 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Paste cells copied from a spreadsheet (Ctrl+V)</source>
        <translation>스프레드시트에서 복사한 셀 붙여넣기(Ctrl+V)</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>파일 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a CSV or TSV file (Ctrl+O)</source>
        <translation>CSV 또는 TSV 파일 열기(Ctrl+O)</translation>
    </message>
    <message>
        <source>File encoding</source>
        <translation>파일 인코딩</translation>
    </message>
    <message>
        <source>Automatic (UTF-8, or UTF-16 with BOM)</source>
        <translation>자동(UTF-8 또는 BOM이 있는 UTF-16)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>인코딩(&amp;E):</translation>
    </message>
    <message>
        <source>Spreadsheet cells or file</source>
        <translation>스프레드시트 셀 또는 파일</translation>
    </message>
    <message>
        <source>Accounts, one per line</source>
        <translation>계정(한 줄에 하나씩)</translation>
    </message>
    <message>
        <source>One account per line</source>
        <translation>한 줄에 계정 하나</translation>
    </message>
    <message>
        <source>Fields to set for every account, one FIELD=VALUE per line</source>
        <translation>모든 계정에 설정할 필드(한 줄에 필드=값 하나)</translation>
    </message>
    <message>
        <source>One FIELD=VALUE per line, such as Tag_Profile_IM_Level=3</source>
        <translation>한 줄에 필드=값 하나(예: Tag_Profile_IM_Level=3)</translation>
    </message>
    <message>
        <source>&amp;Use this list</source>
        <translation>이 목록 사용(&amp;U)</translation>
    </message>
    <message>
        <source>A&amp;ccounts:</source>
        <translation>계정(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Fields for all:</source>
        <translation>모든 계정의 필드(&amp;F):</translation>
    </message>
    <message>
        <source>Accounts list</source>
        <translation>계정 목록</translation>
    </message>
    <message>
        <source>No input yet.</source>
        <translation>아직 입력이 없습니다.</translation>
    </message>
    <message>
        <source>Problems in the input</source>
        <translation>입력의 문제</translation>
    </message>
    <message>
        <source>Rows of the input</source>
        <translation>입력의 행</translation>
    </message>
    <message>
        <source>&amp;Leave out invalid rows (they are reported as skipped)</source>
        <translation>잘못된 행 제외(건너뜀으로 보고)(&amp;L)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>미리 보기(&amp;V)</translation>
    </message>
    <message>
        <source>Read the accounts&apos; current values and show what will change; nothing is written</source>
        <translation>계정의 현재 값을 읽고 바뀔 내용을 보여 줍니다. 아무것도 쓰지 않습니다</translation>
    </message>
    <message>
        <source>Checking the pasted cells…</source>
        <translation>붙여넣은 셀을 검사하는 중…</translation>
    </message>
    <message>
        <source>pasted cells</source>
        <translation>붙여넣은 셀</translation>
    </message>
    <message>
        <source>Open a CSV or TSV file</source>
        <translation>CSV 또는 TSV 파일 열기</translation>
    </message>
    <message>
        <source>Spreadsheet text (*.csv *.tsv *.txt)</source>
        <translation>스프레드시트 텍스트 (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <source>Checking the list…</source>
        <translation>목록을 검사하는 중…</translation>
    </message>
    <message>
        <source>accounts list</source>
        <translation>계정 목록</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row.</source>
        <translation>
            <numerusform>%1: %Ln행.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rows.</source>
        <translation>
            <numerusform>%1: %Ln행.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem, listed with its line and column.</source>
        <translation>
            <numerusform>문제 %Ln개를 행, 열과 함께 표시했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems, listed with their line and column.</source>
        <translation>
            <numerusform>문제 %Ln개를 행, 열과 함께 표시했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the input: a problem concerns all of it.</source>
        <translation>입력을 고치세요. 입력 전체에 관련된 문제가 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Fix it, or leave out the %Ln invalid row to go on.</source>
        <translation>
            <numerusform>문제를 고치거나, 잘못된 행 %Ln개를 제외하고 계속하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix them, or leave out the %Ln invalid rows to go on.</source>
        <translation>
            <numerusform>문제를 고치거나, 잘못된 행 %Ln개를 제외하고 계속하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row will be left out.</source>
        <translation>
            <numerusform>잘못된 행 %Ln개를 제외합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid rows will be left out.</source>
        <translation>
            <numerusform>잘못된 행 %Ln개를 제외합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkPreviewPane</name>
    <message>
        <source>Preview the input to see what will change.</source>
        <translation>입력을 미리 보기하여 바뀔 내용을 확인하세요.</translation>
    </message>
    <message>
        <source>Preview: what changes per account</source>
        <translation>미리 보기: 계정별 변경 내용</translation>
    </message>
    <message>
        <source> calls/s</source>
        <extracomment>The unit after the bulk edit&apos;s rate.</extracomment>
        <translation> 회/초</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>Calls per second, reads included. The service allows %1 per app, shared with the app&apos;s own backend; %2 leaves it half.</source>
        <translation>읽기를 포함한 초당 호출 수입니다. 서비스는 앱마다 초당 %1회를 허용하며, 이는 앱 자체 백엔드와 공유됩니다. %2(으)로 하면 절반을 백엔드에 남깁니다.</translation>
    </message>
    <message>
        <source>R&amp;ate:</source>
        <translation>속도(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>Reading the current values: %1 of %2 accounts…</source>
        <translation>현재 값을 읽는 중: 계정 %2개 중 %1개…</translation>
    </message>
    <message>
        <source>Write the changes shown, paced at the rate set</source>
        <translation>표시된 변경 사항을 설정한 속도에 맞춰 씁니다</translation>
    </message>
</context>
<context>
    <name>BulkRunPane</name>
    <message>
        <source>Rows done</source>
        <translation>완료된 행</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <extracomment>The bulk job&apos;s progress bar: rows done of all rows.</extracomment>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>건수</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 중지(&amp;P)</translation>
    </message>
    <message>
        <source>Start no new call; the answers on their way are awaited</source>
        <translation>새 호출을 시작하지 않고, 오고 있는 응답을 기다립니다</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>재개(&amp;U)</translation>
    </message>
    <message>
        <source>Go on with the rows not sent yet</source>
        <translation>아직 보내지 않은 행을 계속 보냅니다</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>작업 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Send nothing more; the answers on their way are awaited and recorded</source>
        <translation>더 이상 보내지 않고, 오고 있는 응답을 기다려 기록합니다</translation>
    </message>
    <message>
        <source>&amp;Only failed and unknown rows</source>
        <translation>실패 및 알 수 없는 행만(&amp;O)</translation>
    </message>
    <message>
        <source>Result per row</source>
        <translation>행별 결과</translation>
    </message>
    <message>
        <source>Retry &amp;failed rows</source>
        <translation>실패한 행 다시 시도(&amp;F)</translation>
    </message>
    <message>
        <source>A new job of the rows that failed, through the same checks and pace</source>
        <translation>실패한 행으로 새 작업을 만들어 같은 검사와 속도로 실행합니다</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>보고서 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save one line per input row as CSV (UTF-8 with BOM, for Excel)</source>
        <translation>입력 행마다 한 줄씩 CSV로 저장(Excel용, BOM이 있는 UTF-8)</translation>
    </message>
    <message>
        <source>OK %1</source>
        <translation>성공 %1</translation>
    </message>
    <message>
        <source>unchanged %1</source>
        <translation>변경 없음 %1</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>실패 %1</translation>
    </message>
    <message>
        <source>unknown %1</source>
        <translation>알 수 없음 %1</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>건너뜀 %1</translation>
    </message>
    <message>
        <source>%1 calls/s</source>
        <translation>%1회/초</translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>남은 시간 알 수 없음</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>약 %1 남음</translation>
    </message>
</context>
<context>
    <name>ByteCountingLineEdit</name>
    <message>
        <source>%1 / %2 bytes, over %3</source>
        <translation>%1 / %2바이트, %3 초과</translation>
    </message>
    <message>
        <source>%1 / %2 bytes</source>
        <translation>%1 / %2바이트</translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <source>Cannot write the change history</source>
        <translation>변경 기록을 쓸 수 없음</translation>
    </message>
    <message>
        <source>%1, not read back</source>
        <translation>%1, 다시 읽지 않음</translation>
    </message>
    <message>
        <source>%1, but did not stick</source>
        <translation>%1, 그러나 반영되지 않음</translation>
    </message>
    <message>
        <source>%1, read back: stored</source>
        <extracomment>A write that got no answer, read back later: the server holds what was sent.</extracomment>
        <translation>%1, 다시 읽음: 저장됨</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>FAIL %1</source>
        <translation>실패 %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>보내지 않음</translation>
    </message>
    <message>
        <source>Outcome unknown: no answer recorded</source>
        <extracomment>A write recorded before it was sent, whose answer was never recorded (the console or the CLI was closed or killed): it may or may not have been stored.</extracomment>
        <translation>결과 알 수 없음: 기록된 응답 없음</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>결과 알 수 없음</translation>
    </message>
    <message>
        <source>the change history</source>
        <translation>변경 기록</translation>
    </message>
    <message>
        <source>%1 Profiles can still be edited; this session&apos;s changes are not recorded.</source>
        <translation>%1 프로필은 계속 편집할 수 있지만 이번 세션의 변경은 기록되지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot clear the change history</source>
        <translation>변경 기록을 지울 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message>
        <source>Value %1 for all accounts</source>
        <translation>모든 계정에 쓰는 %1번째 값</translation>
    </message>
    <message>
        <source>The values for all accounts</source>
        <translation>모든 계정에 쓰는 값</translation>
    </message>
</context>
<context>
    <name>ChangePlanBuilder</name>
    <message>
        <source>%1 holds a number and cannot be cleared. Write the number it should hold instead (for a birthday, 0 means not set), or leave the cell empty to keep it unchanged.</source>
        <translation>%1에는 숫자가 들어 있어 지울 수 없습니다. 대신 들어가야 할 숫자를 쓰거나(생일은 0이 미설정), 셀을 비워 두어 그대로 두세요.</translation>
    </message>
    <message>
        <source>%1 holds one of a fixed set of values and cannot be cleared. Write one of: %2; or leave the cell empty to keep it unchanged.</source>
        <translation>%1은(는) 정해진 값 중 하나만 가질 수 있어 지울 수 없습니다. 다음 중 하나를 쓰거나(%2), 셀을 비워 두어 그대로 두세요.</translation>
    </message>
    <message>
        <source>To clear %1 write exactly %2, in capitals and without spaces. Any other spelling is refused, so that a typo neither clears the field nor becomes its text.</source>
        <translation>%1을(를) 지우려면 대문자로, 공백 없이 정확히 %2라고 쓰세요. 다른 표기는 모두 거부되므로, 오타로 필드가 지워지거나 오타가 값이 되는 일은 없습니다.</translation>
    </message>
    <message>
        <source>The account %1 is on lines %2. Keep one row per account: merge these rows into one.</source>
        <translation>계정 %1이(가) %2행에 있습니다. 계정마다 한 행만 두세요. 이 행들을 하나로 합치세요.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 both name the account. Keep one of them.</source>
        <translation>%1열과 %2열이 모두 계정을 나타냅니다. 하나만 남기세요.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 both set %3. Keep one of them.</source>
        <translation>%1열과 %2열이 모두 %3을(를) 설정합니다. 하나만 남기세요.</translation>
    </message>
    <message>
        <source>No column names the account. Name the column that holds the accounts account, UserID, From_Account or To_Account.</source>
        <translation>계정을 나타내는 열이 없습니다. 계정이 든 열의 이름을 account, UserID, From_Account 또는 To_Account로 하세요.</translation>
    </message>
    <message>
        <source>This row has values but no account. Fill in the account, or delete the row.</source>
        <translation>이 행에는 값은 있지만 계정이 없습니다. 계정을 채우거나 행을 지우세요.</translation>
    </message>
    <message>
        <source>This cell is in a column without a name, so it is not known which field it sets. Name the column in the header line, or empty the cell.</source>
        <translation>이 셀은 이름 없는 열에 있어 어떤 필드를 설정하는지 알 수 없습니다. 머리글 행에서 열 이름을 정하거나 셀을 비우세요.</translation>
    </message>
    <message>
        <source>This row names an account but every field cell is empty, so nothing would change. Fill in the values to set, or delete the row.</source>
        <translation>이 행에는 계정이 있지만 필드 셀이 모두 비어 있어 아무것도 바뀌지 않습니다. 설정할 값을 채우거나 행을 지우세요.</translation>
    </message>
    <message>
        <source>Every row below the header is empty. Add one row per account under the header.</source>
        <translation>머리글 아래의 행이 모두 비어 있습니다. 머리글 아래에 계정마다 한 행을 추가하세요.</translation>
    </message>
    <message>
        <source>%1 is set twice; give each field once.</source>
        <translation>%1이(가) 두 번 설정되었습니다. 필드마다 한 번만 주세요.</translation>
    </message>
    <message>
        <source>%1 has no value. Give the value to set, or %2 to clear the field.</source>
        <translation>%1에 값이 없습니다. 설정할 값을 주거나, 필드를 지우려면 %2를 쓰세요.</translation>
    </message>
    <message>
        <source>Give at least one field and the value to set on every account, for example Nick=Anna.</source>
        <translation>모든 계정에 설정할 필드와 값을 하나 이상 주세요(예: Nick=Anna).</translation>
    </message>
    <message>
        <source>The list of accounts is empty. Give one account per line.</source>
        <translation>계정 목록이 비어 있습니다. 한 줄에 계정 하나씩 쓰세요.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>chat-profile: unknown command &quot;%1&quot;. Run chat-profile --help to see the commands.</source>
        <translation>chat-profile: 알 수 없는 명령 &quot;%1&quot;. 명령 목록은 chat-profile --help로 확인하세요.</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>실행할 명령(위 참조).</translation>
    </message>
    <message>
        <source>Chat Profile Console on the command line: UserSigs, and reading and writing Tencent Cloud Chat user profiles.</source>
        <translation>명령줄용 Chat Profile Console: UserSig 다루기와 Tencent Cloud Chat 사용자 프로필 읽기/쓰기.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Run &quot;chat-profile &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>명령별 옵션은 &quot;chat-profile &lt;command&gt; --help&quot;로 확인하세요.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 the check or the request failed; 2 bad input, nothing sent; 3 network, TLS, timeout or protocol failure, or a write whose outcome is unknown.</source>
        <translation>종료 코드: 0 성공, 1 검사 또는 요청 실패, 2 잘못된 입력(아무것도 보내지 않음), 3 네트워크·TLS·시간 초과·프로토콜 오류 또는 결과를 알 수 없는 쓰기.</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>(not set)</source>
        <translation>(설정 안 됨)</translation>
    </message>
</context>
<context>
    <name>ConfirmWriteDialog</name>
    <message>
        <source>Confirm write</source>
        <translation>쓰기 확인</translation>
    </message>
    <message>
        <source>Write these changes to account &quot;%1&quot; on connection &quot;%2&quot;?</source>
        <translation>연결 &quot;%2&quot;의 계정 &quot;%1&quot;에 이 변경 사항을 쓸까요?</translation>
    </message>
    <message>
        <source>Changes to write</source>
        <translation>쓸 변경 사항</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>현재 서버 값</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>새 값</translation>
    </message>
    <message>
        <source>&amp;Write changes</source>
        <translation>변경 사항 쓰기(&amp;W)</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Use &amp;backup domain</source>
        <translation>백업 도메인 사용(&amp;B)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>The saved connection to use: app, region and admin.</source>
        <translation>사용할 저장된 연결: 앱, 리전, 관리자.</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>연결…</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>연결 관리</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <source>The data centre of your app. A wrong region answers 70016 or 70020.</source>
        <translation>앱이 있는 데이터 센터입니다. 리전이 잘못되면 70016 또는 70020으로 응답합니다.</translation>
    </message>
    <message>
        <source>Send to the *.my-imcloud.com backup host, for networks where the primary domain does not resolve.</source>
        <translation>기본 도메인이 조회되지 않는 네트워크에서는 *.my-imcloud.com 백업 호스트로 보냅니다.</translation>
    </message>
    <message>
        <source>https://your-gateway.example.com</source>
        <translation>https://your-gateway.example.com</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>사용자 지정 엔드포인트</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>리전(&amp;R):</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>연결(&amp;N):</translation>
    </message>
    <message>
        <source>Local demo server on this computer; nothing leaves it.</source>
        <translation>이 컴퓨터의 로컬 데모 서버입니다. 아무것도 밖으로 나가지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ConnectionManagerDialog</name>
    <message>
        <source>&amp;Read-only: never write to this app</source>
        <translation>읽기 전용: 이 앱에는 절대 쓰지 않음(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Confirm every write, showing old and new values</source>
        <translation>쓸 때마다 이전 값과 새 값을 보여 주고 확인(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>저장된 연결</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>연결 이름</translation>
    </message>
    <message>
        <source>Colour label</source>
        <translation>색상 라벨</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Colour &amp;label:</source>
        <translation>색상 라벨(&amp;L):</translation>
    </message>
    <message>
        <source>Region, SDKAppID, admin and key are set in the main window for the selected connection. Secret keys are never saved in the settings file.</source>
        <translation>선택한 연결의 리전, SDKAppID, 관리자, 비밀 키는 기본 창에서 설정합니다. 비밀 키는 설정 파일에 절대 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>새 연결</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>개발 환경</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>테스트 환경</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>운영 환경</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>Data centre of the app: %1.</source>
        <translation>앱이 있는 데이터 센터: %1.</translation>
    </message>
    <message>
        <source>Use the region&apos;s backup domain (*.my-imcloud.com), e.g. when DNS of the primary is hijacked.</source>
        <translation>리전의 백업 도메인(*.my-imcloud.com)을 사용합니다. 예: 기본 도메인의 DNS가 하이재킹된 경우.</translation>
    </message>
    <message>
        <source>Any base URL instead of a region, e.g. https://gateway.example.com or the Sandbox&apos;s http://127.0.0.1:PORT. Plain http:// is only accepted for loopback addresses.</source>
        <translation>리전 대신 임의의 기본 URL을 사용합니다. 예: https://gateway.example.com 또는 샌드박스의 http://127.0.0.1:PORT. 암호화되지 않은 http://는 루프백 주소에만 허용됩니다.</translation>
    </message>
    <message>
        <source>The app&apos;s SDKAppID.</source>
        <translation>앱의 SDKAppID.</translation>
    </message>
    <message>
        <source>The App admin account to act as.</source>
        <translation>호출에 사용할 앱 관리자 계정.</translation>
    </message>
    <message>
        <source>File holding a ready UserSig for the admin, instead of a secret key. Default: the %1 environment variable.</source>
        <translation>비밀 키 대신 관리자용으로 미리 만든 UserSig가 담긴 파일. 기본값: 환경 변수 %1.</translation>
    </message>
    <message>
        <source>Give up on an unanswered request after this long (default 10).</source>
        <translation>요청에 응답이 없으면 이 시간이 지난 뒤 포기합니다(기본값 10).</translation>
    </message>
    <message>
        <source>Retries after network errors, HTTP 5xx, internal errors and rate limits (default 2).</source>
        <translation>네트워크 오류, HTTP 5xx, 내부 오류, 호출 빈도 제한 후 재시도 횟수(기본값 2).</translation>
    </message>
    <message>
        <source>Print the response as JSON instead of text.</source>
        <translation>응답을 텍스트 대신 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Give either --region NAME or --endpoint URL.</source>
        <translation>--region NAME 또는 --endpoint URL 중 하나를 지정하세요.</translation>
    </message>
    <message>
        <source>--backup-domain goes with --region, not with --endpoint.</source>
        <translation>--backup-domain은 --endpoint가 아니라 --region과 함께 씁니다.</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation>--timeout에는 &quot;%1&quot;이(가) 아니라 0에서 3600 사이의 초를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--retries wants a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--retries에는 &quot;%2&quot;이(가) 아니라 0에서 %1 사이의 정수를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--sdkappid wants the app&apos;s numeric SDKAppID, not &quot;%1&quot;.</source>
        <translation>--sdkappid에는 &quot;%1&quot;이(가) 아니라 앱의 숫자 SDKAppID를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Give the app&apos;s SDKAppID with --sdkappid.</source>
        <translation>--sdkappid로 앱의 SDKAppID를 지정하세요.</translation>
    </message>
    <message>
        <source>Give the App admin account with --identifier.</source>
        <translation>--identifier로 앱 관리자 계정을 지정하세요.</translation>
    </message>
    <message>
        <source>Give either --key-file or --usersig-file, not both.</source>
        <translation>--key-file과 --usersig-file 중 하나만 지정하세요.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are set; unset one, or choose with --key-file or --usersig-file.</source>
        <translation>%1과(와) %2이(가) 모두 설정되어 있습니다. 하나를 해제하거나 --key-file 또는 --usersig-file로 선택하세요.</translation>
    </message>
    <message>
        <source>Give the app&apos;s secret key (--key-file or %1) or a ready UserSig (--usersig-file or %2).</source>
        <translation>앱의 비밀 키(--key-file 또는 %1)나 미리 만든 UserSig(--usersig-file 또는 %2)를 지정하세요.</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>명령줄</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Sandbox demo</source>
        <translation>샌드박스 데모</translation>
    </message>
    <message>
        <source>Unnamed connection</source>
        <translation>이름 없는 연결</translation>
    </message>
</context>
<context>
    <name>ConnectionTarget</name>
    <message>
        <source>Unknown region &quot;%1&quot;. Choose one of: %2.</source>
        <translation>알 수 없는 지역 &quot;%1&quot;입니다. 다음 중에서 고르세요: %2.</translation>
    </message>
    <message>
        <source>The Sandbox is not running.</source>
        <translation>샌드박스가 실행 중이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>The pasted UserSig was made for app %1, not for app %2: the server would refuse it with error %3. Check the SDKAppID, or paste a sig made for this app.</source>
        <translation>붙여 넣은 UserSig는 앱 %2가 아닌 앱 %1용으로 만들어져 서버가 오류 %3(으)로 거부할 것입니다. SDKAppID를 확인하거나 이 앱용으로 만든 UserSig를 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>The pasted UserSig was made for the account “%1”, not for “%2”: the server would refuse it with error %3. Use “%1” as the administrator, or paste a sig made for “%2”.</source>
        <translation>붙여 넣은 UserSig는 &quot;%2&quot;이(가) 아닌 계정 &quot;%1&quot;용으로 만들어져 서버가 오류 %3(으)로 거부할 것입니다. &quot;%1&quot;을(를) 관리자로 사용하거나 &quot;%2&quot;용으로 만든 UserSig를 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>The pasted UserSig expired %1 ago, at %2: the server would refuse it with error %3. Paste a new one, or use the secret key so the console makes its own.</source>
        <translation>붙여 넣은 UserSig는 %1 전인 %2에 만료되어 서버가 오류 %3(으)로 거부할 것입니다. 새 UserSig를 붙여 넣거나, 콘솔이 직접 만들도록 비밀 키를 사용하세요.</translation>
    </message>
    <message>
        <source>The pasted UserSig expires in %1, at %2. Have a new one ready, or use the secret key so the console makes its own.</source>
        <translation>붙여 넣은 UserSig는 %1 후인 %2에 만료됩니다. 새 UserSig를 준비하거나, 콘솔이 직접 만들도록 비밀 키를 사용하세요.</translation>
    </message>
    <message>
        <source>signed for %1 in app %2 with the secret key, renewed automatically</source>
        <translation>앱 %2의 %1에 대해 비밀 키로 서명, 자동 갱신</translation>
    </message>
    <message>
        <source>the pasted UserSig cannot be read</source>
        <translation>붙여 넣은 UserSig를 읽을 수 없음</translation>
    </message>
    <message>
        <source>signed for %1 in app %2, expired %3 ago</source>
        <translation>앱 %2의 %1에 대해 서명됨, %3 전에 만료</translation>
    </message>
    <message>
        <source>signed for %1 in app %2, expires in %3</source>
        <translation>앱 %2의 %1에 대해 서명됨, %3 후 만료</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>시스템 키체인에 기억(&amp;K)</translation>
    </message>
    <message>
        <source>e.g. 1400000000</source>
        <translation>예: 1400000000</translation>
    </message>
    <message>
        <source>SDKAppID</source>
        <translation>SDKAppID</translation>
    </message>
    <message>
        <source>The app&apos;s SDKAppID from the Chat console.</source>
        <translation>Chat 콘솔에 있는 앱의 SDKAppID입니다.</translation>
    </message>
    <message>
        <source>e.g. administrator</source>
        <translation>예: administrator</translation>
    </message>
    <message>
        <source>Admin identifier</source>
        <translation>관리자 identifier</translation>
    </message>
    <message>
        <source>An App admin account; REST calls are made as this account.</source>
        <translation>앱 관리자 계정입니다. REST 호출은 이 계정으로 이루어집니다.</translation>
    </message>
    <message>
        <source>Secret key (signs UserSigs here)</source>
        <translation>비밀 키(여기서 UserSig 서명)</translation>
    </message>
    <message>
        <source>Pasted UserSig</source>
        <translation>붙여 넣은 UserSig</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>인증</translation>
    </message>
    <message>
        <source>The app&apos;s secret key; kept in memory, never in a file</source>
        <translation>앱의 비밀 키. 메모리에만 보관하며 파일에는 저장하지 않습니다</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>비밀 키</translation>
    </message>
    <message>
        <source>Used only to sign short-lived UserSigs on this computer. It is never sent anywhere.</source>
        <translation>이 컴퓨터에서 유효 기간이 짧은 UserSig에 서명하는 데만 쓰이며, 어디로도 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain (GNOME Keyring, KWallet) so you need not paste it again.</source>
        <translation>비밀 키를 시스템 키체인(GNOME Keyring, KWallet)에 보관해 다시 붙여 넣지 않아도 되게 합니다.</translation>
    </message>
    <message>
        <source>Paste an admin UserSig</source>
        <translation>관리자 UserSig 붙여 넣기</translation>
    </message>
    <message>
        <source>UserSig</source>
        <translation>UserSig</translation>
    </message>
    <message>
        <source>Admin &amp;identifier:</source>
        <translation>관리자 identifier(&amp;I):</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>인증(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;SDKAppID:</source>
        <translation>SDKAppID(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Key or UserSig:</source>
        <translation>키 또는 UserSig(&amp;K):</translation>
    </message>
    <message>
        <source>Show or hide</source>
        <translation>표시 또는 숨기기</translation>
    </message>
    <message>
        <source>Enter the app&apos;s SDKAppID (a number from the Chat console).</source>
        <translation>앱의 SDKAppID(Chat 콘솔에 있는 숫자)를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the admin identifier: an App admin account of this app.</source>
        <translation>관리자 identifier를 입력하세요. 이 앱의 앱 관리자 계정입니다.</translation>
    </message>
    <message>
        <source>Paste an admin UserSig, or switch to the secret key.</source>
        <translation>관리자 UserSig를 붙여 넣거나 비밀 키로 전환하세요.</translation>
    </message>
    <message>
        <source>Enter the app&apos;s secret key, or switch to a pasted UserSig.</source>
        <translation>앱의 비밀 키를 입력하거나 UserSig 붙여 넣기로 전환하세요.</translation>
    </message>
    <message>
        <source>Credentials ready (hidden for presenting).</source>
        <translation>자격 증명 준비됨(발표 중이라 숨김).</translation>
    </message>
    <message>
        <source>Check the UserSig (details hidden for presenting).</source>
        <translation>UserSig를 확인하세요(발표 중이라 세부 정보 숨김).</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <source>Custom fields of this connection</source>
        <translation>이 연결의 사용자 지정 필드</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>사용자 지정 필드</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Admin may read</source>
        <translation>관리자 읽기 가능</translation>
    </message>
    <message>
        <source>Admin may write</source>
        <translation>관리자 쓰기 가능</translation>
    </message>
    <message>
        <source>&amp;Forget selected</source>
        <translation>선택 항목 잊기(&amp;F)</translation>
    </message>
    <message>
        <source>Remove the field from this list; it stays on the server.</source>
        <translation>이 목록에서 필드를 뺍니다. 서버에는 그대로 남습니다.</translation>
    </message>
</context>
<context>
    <name>CustomTagRegistry</name>
    <message>
        <source>%1 is already in the list. Change its permissions instead.</source>
        <translation>%1은(는) 이미 목록에 있습니다. 대신 권한을 변경하세요.</translation>
    </message>
    <message>
        <source>%1 is not in this connection&apos;s list of custom fields. If it was never created in the Chat console, the server answers 40009; add it to the list once it exists.</source>
        <translation>%1은(는) 이 연결의 사용자 지정 필드 목록에 없습니다. Chat 콘솔에서 만든 적이 없다면 서버가 40009로 응답합니다. 필드가 생긴 뒤 목록에 추가하세요.</translation>
    </message>
    <message>
        <source>%1 is not writable by the App admin. Allow &quot;App admin can write&quot; for it in the Chat console, then tick it here.</source>
        <translation>앱 관리자는 %1에 쓸 수 없습니다. Chat 콘솔에서 이 필드의 &quot;앱 관리자 쓰기 가능&quot;을 허용한 뒤 여기서 체크하세요.</translation>
    </message>
    <message>
        <source>%1 is not in this connection&apos;s list of custom fields; the server answers 40009 if it does not exist.</source>
        <translation>%1은(는) 이 연결의 사용자 지정 필드 목록에 없습니다. 필드가 존재하지 않으면 서버가 40009로 응답합니다.</translation>
    </message>
    <message>
        <source>%1 is not readable by the App admin. Allow &quot;App admin can read&quot; for it in the Chat console, then tick it here.</source>
        <translation>앱 관리자는 %1을(를) 읽을 수 없습니다. Chat 콘솔에서 이 필드의 &quot;앱 관리자 읽기 가능&quot;을 허용한 뒤 여기서 체크하세요.</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 d</source>
        <translation>%1일</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL. Give it as https://HOST.</source>
        <translation>엔드포인트 &quot;%1&quot;은(는) 올바른 URL이 아닙니다. https://HOST 형식으로 지정하세요.</translation>
    </message>
    <message>
        <source>The endpoint must be a bare base URL such as https://HOST, without user, query or fragment.</source>
        <translation>엔드포인트는 사용자, 쿼리, 프래그먼트 없이 https://HOST 같은 기본 URL만이어야 합니다.</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: the UserSig travels in the URL and would cross the network unencrypted. Use https://, or a loopback address for a local server.</source>
        <translation>%1에 대한 암호화되지 않은 http://를 거부합니다. UserSig가 URL에 담겨 암호화되지 않은 채 네트워크를 지나게 됩니다. https://를 쓰거나, 로컬 서버라면 루프백 주소를 사용하세요.</translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation>엔드포인트는 https://로 시작해야 합니다.</translation>
    </message>
</context>
<context>
    <name>ErrorCatalogue</name>
    <message>
        <source>Request parameter error</source>
        <translation>요청 매개변수 오류</translation>
    </message>
    <message>
        <source>The server could not decode the request: a field is missing, misspelled or has the wrong shape.</source>
        <translation>서버가 요청을 해석하지 못했습니다. 필드가 빠졌거나, 철자가 틀렸거나, 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <source>Compare the request body with the ErrorInfo text. If this console built the request, report it together with the random value.</source>
        <translation>ErrorInfo 내용과 요청 본문을 비교해 보세요. 이 콘솔이 만든 요청이라면 random 값과 함께 신고해 주세요.</translation>
    </message>
    <message>
        <source>No account given</source>
        <translation>계정이 지정되지 않음</translation>
    </message>
    <message>
        <source>The request did not name any account to read (To_Account is missing or empty).</source>
        <translation>요청에 읽을 계정이 없습니다(To_Account가 없거나 비어 있음).</translation>
    </message>
    <message>
        <source>Give at least one account ID.</source>
        <translation>계정 ID를 하나 이상 입력하세요.</translation>
    </message>
    <message>
        <source>Account does not exist</source>
        <translation>계정이 존재하지 않음</translation>
    </message>
    <message>
        <source>The account has not been imported into this app, or its ID is spelled differently (account IDs are case-sensitive).</source>
        <translation>이 계정이 앱에 가져오기되지 않았거나 계정 ID의 철자가 다릅니다(계정 ID는 대소문자를 구분합니다).</translation>
    </message>
    <message>
        <source>Check the account ID, or import the account first.</source>
        <translation>계정 ID를 확인하거나 먼저 계정을 가져오세요.</translation>
    </message>
    <message>
        <source>App admin required</source>
        <translation>앱 관리자 필요</translation>
    </message>
    <message>
        <source>The identifier in the request is not an App admin of this SDKAppID, and only an App admin may call this API.</source>
        <translation>요청의 identifier가 이 SDKAppID의 앱 관리자가 아닙니다. 이 API는 앱 관리자만 호출할 수 있습니다.</translation>
    </message>
    <message>
        <source>Use the App admin account (Chat console, Application info) as identifier and generate its UserSig.</source>
        <translation>앱 관리자 계정(Chat 콘솔 &gt; 애플리케이션 정보)을 identifier로 사용하고 그 계정의 UserSig를 생성하세요.</translation>
    </message>
    <message>
        <source>Sensitive words</source>
        <translation>민감한 단어 포함</translation>
    </message>
    <message>
        <source>A profile value contains words blocked by content moderation.</source>
        <translation>프로필 값에 콘텐츠 검수에서 차단된 단어가 들어 있습니다.</translation>
    </message>
    <message>
        <source>Change the wording of the value and send it again.</source>
        <translation>값의 표현을 바꾼 뒤 다시 보내세요.</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>서버 내부 오류</translation>
    </message>
    <message>
        <source>The profile service failed internally; the request itself may well be fine.</source>
        <translation>프로필 서비스 내부에서 오류가 발생했습니다. 요청 자체에는 문제가 없을 가능성이 높습니다.</translation>
    </message>
    <message>
        <source>Retry in a moment. If it keeps failing, contact Tencent Cloud support and quote the random value.</source>
        <translation>잠시 후 다시 시도하세요. 계속 실패하면 random 값을 알려 Tencent Cloud 고객 지원에 문의하세요.</translation>
    </message>
    <message>
        <source>No read permission</source>
        <translation>읽기 권한 없음</translation>
    </message>
    <message>
        <source>The App admin is not allowed to read this profile field.</source>
        <translation>앱 관리자에게 이 프로필 필드를 읽을 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Enable &quot;App admin readable&quot; for the field in the Chat console, or leave the field out of the request.</source>
        <translation>Chat 콘솔에서 이 필드의 &quot;앱 관리자 읽기 가능&quot;을 켜거나 요청에서 이 필드를 빼세요.</translation>
    </message>
    <message>
        <source>No write permission</source>
        <translation>쓰기 권한 없음</translation>
    </message>
    <message>
        <source>The App admin is not allowed to write this profile field.</source>
        <translation>앱 관리자에게 이 프로필 필드에 쓸 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Enable &quot;App admin writable&quot; for the field in the Chat console&apos;s custom profile field settings.</source>
        <translation>Chat 콘솔의 사용자 지정 프로필 필드 설정에서 이 필드의 &quot;앱 관리자 쓰기 가능&quot;을 켜세요.</translation>
    </message>
    <message>
        <source>Profile field does not exist</source>
        <translation>프로필 필드가 존재하지 않음</translation>
    </message>
    <message>
        <source>The server does not know this profile field tag.</source>
        <translation>서버가 이 프로필 필드 태그를 알지 못합니다.</translation>
    </message>
    <message>
        <source>Create the custom field in the Chat console first, or correct the tag&apos;s spelling (tags are case-sensitive).</source>
        <translation>먼저 Chat 콘솔에서 사용자 지정 필드를 만들거나 태그의 철자를 바로잡으세요(태그는 대소문자를 구분합니다).</translation>
    </message>
    <message>
        <source>Value too long</source>
        <translation>값이 너무 김</translation>
    </message>
    <message>
        <source>A profile value is longer than 500 bytes. The limit counts UTF-8 bytes, so one Chinese character uses three.</source>
        <translation>프로필 값이 500바이트를 넘습니다. 제한은 UTF-8 바이트 기준이므로 한글 한 글자는 3바이트를 차지합니다.</translation>
    </message>
    <message>
        <source>Shorten the value to at most 500 bytes.</source>
        <translation>값을 500바이트 이하로 줄이세요.</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>잘못된 값</translation>
    </message>
    <message>
        <source>A standard profile field got a value it does not accept, for example an unknown Gender or AllowType string.</source>
        <translation>표준 프로필 필드에 허용되지 않는 값이 들어왔습니다. 예: 알 수 없는 Gender 또는 AllowType 문자열.</translation>
    </message>
    <message>
        <source>Pick one of the documented values for the field.</source>
        <translation>이 필드에 대해 문서에 나온 값 중 하나를 고르세요.</translation>
    </message>
    <message>
        <source>Wrong value type</source>
        <translation>값 형식 오류</translation>
    </message>
    <message>
        <source>A standard profile field got the wrong JSON type, for example text where a whole number is expected.</source>
        <translation>표준 프로필 필드에 잘못된 JSON 형식이 들어왔습니다. 예: 정수가 필요한 곳에 텍스트를 보냄.</translation>
    </message>
    <message>
        <source>Send BirthDay, Language, Level, Role and MsgSettings as whole numbers and every other field as text.</source>
        <translation>BirthDay, Language, Level, Role, MsgSettings는 정수로, 나머지 필드는 모두 텍스트로 보내세요.</translation>
    </message>
    <message>
        <source>HTTP request not understood</source>
        <translation>HTTP 요청을 이해할 수 없음</translation>
    </message>
    <message>
        <source>The server could not parse the HTTP request.</source>
        <translation>서버가 HTTP 요청을 해석하지 못했습니다.</translation>
    </message>
    <message>
        <source>Check the endpoint URL: a custom endpoint must be the bare https://host, without a path.</source>
        <translation>엔드포인트 URL을 확인하세요. 사용자 지정 엔드포인트는 경로 없이 https://호스트 형태여야 합니다.</translation>
    </message>
    <message>
        <source>Request JSON invalid</source>
        <translation>요청 JSON이 올바르지 않음</translation>
    </message>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation>요청 본문이 올바른 JSON이 아닙니다.</translation>
    </message>
    <message>
        <source>Check the JSON format of the request body.</source>
        <translation>요청 본문의 JSON 형식을 확인하세요.</translation>
    </message>
    <message>
        <source>Identifier or UserSig rejected</source>
        <translation>identifier 또는 UserSig가 거부됨</translation>
    </message>
    <message>
        <source>The server rejected the account or the signature (identifier or usersig) of the request.</source>
        <translation>서버가 요청의 계정 또는 서명(identifier 또는 usersig)을 거부했습니다.</translation>
    </message>
    <message>
        <source>Check the admin identifier and generate a fresh UserSig for it with this app&apos;s secret key.</source>
        <translation>관리자 identifier를 확인하고 이 앱의 비밀 키로 새 UserSig를 생성하세요.</translation>
    </message>
    <message>
        <source>The account or the signature of the request does not check out.</source>
        <translation>요청의 계정 또는 서명이 검증을 통과하지 못했습니다.</translation>
    </message>
    <message>
        <source>SDKAppID invalid</source>
        <translation>SDKAppID가 올바르지 않음</translation>
    </message>
    <message>
        <source>The server does not accept this SDKAppID.</source>
        <translation>서버가 이 SDKAppID를 받아들이지 않습니다.</translation>
    </message>
    <message>
        <source>Copy the SDKAppID from the Chat console again.</source>
        <translation>Chat 콘솔에서 SDKAppID를 다시 복사하세요.</translation>
    </message>
    <message>
        <source>REST API rate limit reached</source>
        <translation>REST API 호출 빈도 제한에 도달함</translation>
    </message>
    <message>
        <source>Too many REST API calls were made in a short time.</source>
        <translation>짧은 시간에 REST API를 너무 많이 호출했습니다.</translation>
    </message>
    <message>
        <source>Wait a moment and retry; lower the request rate if it happens often.</source>
        <translation>잠시 기다렸다가 다시 시도하세요. 자주 발생하면 요청 빈도를 낮추세요.</translation>
    </message>
    <message>
        <source>Service timeout or malformed request</source>
        <translation>서비스 시간 초과 또는 잘못된 요청</translation>
    </message>
    <message>
        <source>The service timed out, or the HTTP request was malformed.</source>
        <translation>서비스 시간이 초과되었거나 HTTP 요청 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <source>Check the request, then send it again.</source>
        <translation>요청을 확인한 뒤 다시 보내세요.</translation>
    </message>
    <message>
        <source>Wrong API resource</source>
        <translation>잘못된 API 리소스</translation>
    </message>
    <message>
        <source>The request URL names an API that does not exist.</source>
        <translation>요청 URL이 가리키는 API가 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Check the path of the URL (v4/profile/portrait_set or portrait_get) and of a custom endpoint.</source>
        <translation>URL 경로(v4/profile/portrait_set 또는 portrait_get)와 사용자 지정 엔드포인트의 경로를 확인하세요.</translation>
    </message>
    <message>
        <source>App admin permission required</source>
        <translation>앱 관리자 권한 필요</translation>
    </message>
    <message>
        <source>The request needs App admin permission, and the identifier is not an App admin.</source>
        <translation>이 요청에는 앱 관리자 권한이 필요한데 identifier가 앱 관리자가 아닙니다.</translation>
    </message>
    <message>
        <source>Use the App admin account as identifier and generate its UserSig.</source>
        <translation>앱 관리자 계정을 identifier로 사용하고 그 계정의 UserSig를 생성하세요.</translation>
    </message>
    <message>
        <source>SDKAppID rate limit reached</source>
        <translation>SDKAppID 호출 빈도 제한에 도달함</translation>
    </message>
    <message>
        <source>This SDKAppID sent too many requests in a short time.</source>
        <translation>이 SDKAppID가 짧은 시간에 너무 많은 요청을 보냈습니다.</translation>
    </message>
    <message>
        <source>Wait a moment and retry; spread bulk edits over time.</source>
        <translation>잠시 기다렸다가 다시 시도하세요. 대량 편집은 시간을 두고 나눠서 하세요.</translation>
    </message>
    <message>
        <source>SDKAppID missing</source>
        <translation>SDKAppID 없음</translation>
    </message>
    <message>
        <source>The request carries no SDKAppID.</source>
        <translation>요청에 SDKAppID가 없습니다.</translation>
    </message>
    <message>
        <source>Enter the app&apos;s SDKAppID.</source>
        <translation>앱의 SDKAppID를 입력하세요.</translation>
    </message>
    <message>
        <source>Server could not parse a response</source>
        <translation>서버가 응답을 해석하지 못함</translation>
    </message>
    <message>
        <source>A JSON response failed to parse inside the Chat service.</source>
        <translation>Chat 서비스 내부에서 JSON 응답을 해석하지 못했습니다.</translation>
    </message>
    <message>
        <source>Retry later; report it to Tencent Cloud support if it persists.</source>
        <translation>나중에 다시 시도하세요. 계속되면 Tencent Cloud 고객 지원에 알리세요.</translation>
    </message>
    <message>
        <source>Account exchange timed out</source>
        <translation>계정 변환 시간 초과</translation>
    </message>
    <message>
        <source>Exchanging the account inside the Chat service timed out.</source>
        <translation>Chat 서비스 내부에서 계정을 변환하다가 시간이 초과되었습니다.</translation>
    </message>
    <message>
        <source>Retry later.</source>
        <translation>나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Wrong account type</source>
        <translation>계정 형식 오류</translation>
    </message>
    <message>
        <source>An account in the request body is not a JSON string.</source>
        <translation>요청 본문의 계정 중 하나가 JSON 문자열이 아닙니다.</translation>
    </message>
    <message>
        <source>Send account IDs as strings.</source>
        <translation>계정 ID는 문자열로 보내세요.</translation>
    </message>
    <message>
        <source>SDKAppID disabled</source>
        <translation>SDKAppID가 비활성화됨</translation>
    </message>
    <message>
        <source>This SDKAppID has been disabled.</source>
        <translation>이 SDKAppID는 비활성화되었습니다.</translation>
    </message>
    <message>
        <source>Check the app&apos;s status in the Chat console.</source>
        <translation>Chat 콘솔에서 앱 상태를 확인하세요.</translation>
    </message>
    <message>
        <source>Request disabled</source>
        <translation>요청이 비활성화됨</translation>
    </message>
    <message>
        <source>This kind of request is disabled for the app.</source>
        <translation>이 앱에서는 이런 종류의 요청이 비활성화되어 있습니다.</translation>
    </message>
    <message>
        <source>Open a ticket with Tencent Cloud support.</source>
        <translation>Tencent Cloud 고객 지원에 티켓을 제출하세요.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>요청이 너무 많음</translation>
    </message>
    <message>
        <source>The service is receiving too many requests from this app right now.</source>
        <translation>지금 서비스가 이 앱에서 너무 많은 요청을 받고 있습니다.</translation>
    </message>
    <message>
        <source>Wait a few seconds and retry.</source>
        <translation>몇 초 기다렸다가 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Too many requests, try later</source>
        <translation>요청이 너무 많음, 나중에 다시 시도</translation>
    </message>
    <message>
        <source>The service throttled the request because too many arrived in a short time.</source>
        <translation>짧은 시간에 요청이 너무 많이 도착해 서비스가 요청을 제한했습니다.</translation>
    </message>
    <message>
        <source>Retry later, at a lower rate.</source>
        <translation>나중에 더 낮은 빈도로 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Pro edition expired</source>
        <translation>Pro 에디션 만료</translation>
    </message>
    <message>
        <source>The app&apos;s paid package expired and the app was deactivated.</source>
        <translation>앱의 유료 패키지가 만료되어 앱이 비활성화되었습니다.</translation>
    </message>
    <message>
        <source>Renew the package; it takes effect about five minutes after purchase.</source>
        <translation>패키지를 갱신하세요. 구매 후 약 5분 뒤에 적용됩니다.</translation>
    </message>
    <message>
        <source>Caller IP not allowed</source>
        <translation>호출자 IP가 허용되지 않음</translation>
    </message>
    <message>
        <source>The IP address this request came from is not on the app&apos;s REST API allowlist.</source>
        <translation>이 요청을 보낸 IP 주소가 앱의 REST API 허용 목록에 없습니다.</translation>
    </message>
    <message>
        <source>Add this machine&apos;s public IP address to the allowlist in the Chat console, then retry.</source>
        <translation>Chat 콘솔에서 이 컴퓨터의 공인 IP 주소를 허용 목록에 추가한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>UserSig expired</source>
        <translation>UserSig 만료됨</translation>
    </message>
    <message>
        <source>The UserSig is past the end of its validity.</source>
        <translation>UserSig의 유효 기간이 지났습니다.</translation>
    </message>
    <message>
        <source>Generate a new UserSig; a validity of at least 24 hours is recommended.</source>
        <translation>새 UserSig를 생성하세요. 유효 기간은 24시간 이상을 권장합니다.</translation>
    </message>
    <message>
        <source>UserSig empty</source>
        <translation>UserSig가 비어 있음</translation>
    </message>
    <message>
        <source>The request carried an empty UserSig.</source>
        <translation>요청에 담긴 UserSig가 비어 있습니다.</translation>
    </message>
    <message>
        <source>Provide the app&apos;s secret key or a ready UserSig.</source>
        <translation>앱의 비밀 키 또는 미리 만든 UserSig를 입력하세요.</translation>
    </message>
    <message>
        <source>UserSig unreadable</source>
        <translation>UserSig를 읽을 수 없음</translation>
    </message>
    <message>
        <source>The UserSig could not be parsed; it is often truncated by copy and paste.</source>
        <translation>UserSig를 해석할 수 없습니다. 복사해서 붙여 넣는 과정에서 잘린 경우가 많습니다.</translation>
    </message>
    <message>
        <source>Generate the UserSig again and copy it whole.</source>
        <translation>UserSig를 다시 생성하고 전체를 복사하세요.</translation>
    </message>
    <message>
        <source>UserSig invalid</source>
        <translation>UserSig가 올바르지 않음</translation>
    </message>
    <message>
        <source>The UserSig is not a valid signature.</source>
        <translation>이 UserSig는 올바른 서명이 아닙니다.</translation>
    </message>
    <message>
        <source>Generate a new UserSig with this app&apos;s secret key.</source>
        <translation>이 앱의 비밀 키로 새 UserSig를 생성하세요.</translation>
    </message>
    <message>
        <source>UserSig signed with another key</source>
        <translation>UserSig가 다른 키로 서명됨</translation>
    </message>
    <message>
        <source>The UserSig&apos;s signature does not match: it was made with another app&apos;s secret key.</source>
        <translation>UserSig의 서명이 일치하지 않습니다. 다른 앱의 비밀 키로 만들어졌습니다.</translation>
    </message>
    <message>
        <source>Copy this SDKAppID&apos;s secret key from the Chat console and generate the UserSig again.</source>
        <translation>Chat 콘솔에서 이 SDKAppID의 비밀 키를 복사한 뒤 UserSig를 다시 생성하세요.</translation>
    </message>
    <message>
        <source>Identifier does not match the UserSig</source>
        <translation>identifier가 UserSig와 일치하지 않음</translation>
    </message>
    <message>
        <source>The identifier in the request differs from the one the UserSig was generated for.</source>
        <translation>요청의 identifier가 UserSig를 생성할 때 사용한 것과 다릅니다.</translation>
    </message>
    <message>
        <source>Generate the UserSig for the identifier you send, or send the identifier it was made for.</source>
        <translation>보낼 identifier로 UserSig를 생성하거나, UserSig를 만들 때 쓴 identifier를 보내세요.</translation>
    </message>
    <message>
        <source>SDKAppID does not match the UserSig</source>
        <translation>SDKAppID가 UserSig와 일치하지 않음</translation>
    </message>
    <message>
        <source>The SDKAppID in the request differs from the one the UserSig was generated for.</source>
        <translation>요청의 SDKAppID가 UserSig를 생성할 때 사용한 것과 다릅니다.</translation>
    </message>
    <message>
        <source>Generate the UserSig with this SDKAppID and its own secret key.</source>
        <translation>이 SDKAppID와 그 SDKAppID의 비밀 키로 UserSig를 생성하세요.</translation>
    </message>
    <message>
        <source>Key not found: wrong region?</source>
        <translation>키를 찾을 수 없음: 리전이 잘못되었나요?</translation>
    </message>
    <message>
        <source>The server has no key for this SDKAppID. This usually means the app lives in another data centre (region).</source>
        <translation>서버에 이 SDKAppID의 키가 없습니다. 보통 앱이 다른 데이터 센터(리전)에 있다는 뜻입니다.</translation>
    </message>
    <message>
        <source>Pick the region the app was created in (shown in the Chat console), or check the SDKAppID.</source>
        <translation>앱을 만든 리전(Chat 콘솔에 표시됨)을 선택하거나 SDKAppID를 확인하세요.</translation>
    </message>
    <message>
        <source>SDKAppID not found: wrong region?</source>
        <translation>SDKAppID를 찾을 수 없음: 리전이 잘못되었나요?</translation>
    </message>
    <message>
        <source>The server does not know this SDKAppID. This usually means the app lives in another data centre (region).</source>
        <translation>서버가 이 SDKAppID를 알지 못합니다. 보통 앱이 다른 데이터 센터(리전)에 있다는 뜻입니다.</translation>
    </message>
    <message>
        <source>Too many failed signature checks</source>
        <translation>서명 검증 실패가 너무 많음</translation>
    </message>
    <message>
        <source>UserSig checks failed too often, so the server blocks this identifier for a while.</source>
        <translation>UserSig 검증이 너무 자주 실패해 서버가 이 identifier를 잠시 차단했습니다.</translation>
    </message>
    <message>
        <source>Fix the UserSig, then retry after one minute.</source>
        <translation>UserSig를 고친 뒤 1분 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Account blacklisted</source>
        <translation>계정이 차단 목록에 있음</translation>
    </message>
    <message>
        <source>The account is on the blacklist.</source>
        <translation>이 계정은 차단 목록에 올라 있습니다.</translation>
    </message>
    <message>
        <source>Contact Tencent Cloud support to find out why.</source>
        <translation>원인은 Tencent Cloud 고객 지원에 문의하세요.</translation>
    </message>
    <message>
        <source>UserSig has expired</source>
        <translation>UserSig가 만료되었음</translation>
    </message>
    <message>
        <source>The UserSig&apos;s validity has run out.</source>
        <translation>UserSig의 유효 기간이 끝났습니다.</translation>
    </message>
    <message>
        <source>Generate a new UserSig and send the request again.</source>
        <translation>새 UserSig를 생성하고 요청을 다시 보내세요.</translation>
    </message>
    <message>
        <source>User does not exist</source>
        <translation>사용자가 존재하지 않음</translation>
    </message>
    <message>
        <source>The requested UserID does not exist or was never imported.</source>
        <translation>요청한 UserID가 존재하지 않거나 가져오기된 적이 없습니다.</translation>
    </message>
    <message>
        <source>Check the UserID, or import the account first.</source>
        <translation>UserID를 확인하거나 먼저 계정을 가져오세요.</translation>
    </message>
    <message>
        <source>Login restricted</source>
        <translation>로그인 제한됨</translation>
    </message>
    <message>
        <source>Logins were restricted for security reasons because they came too often.</source>
        <translation>로그인이 너무 잦아 보안상의 이유로 제한되었습니다.</translation>
    </message>
    <message>
        <source>Wait before trying again.</source>
        <translation>잠시 기다린 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Server timeout</source>
        <translation>서버 시간 초과</translation>
    </message>
    <message>
        <source>A service inside the Chat backend timed out.</source>
        <translation>Chat 백엔드 내부의 서비스에서 시간이 초과되었습니다.</translation>
    </message>
    <message>
        <source>Retry in a moment.</source>
        <translation>잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Server busy, timed out</source>
        <translation>서버 사용량 많음, 시간 초과</translation>
    </message>
    <message>
        <source>The Chat backend did not answer in time internally.</source>
        <translation>Chat 백엔드 내부에서 제시간에 응답하지 못했습니다.</translation>
    </message>
    <message>
        <source>Retry the request.</source>
        <translation>요청을 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Invalid batch size</source>
        <translation>일괄 처리 개수가 올바르지 않음</translation>
    </message>
    <message>
        <source>The request has an invalid number of items for a batch.</source>
        <translation>요청의 일괄 처리 항목 수가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Send fewer items per request.</source>
        <translation>요청당 항목 수를 줄이세요.</translation>
    </message>
    <message>
        <source>Account limit reached</source>
        <translation>계정 수 한도 도달</translation>
    </message>
    <message>
        <source>The app has more accounts than its edition allows (100 on the free trial).</source>
        <translation>앱의 계정 수가 에디션 허용치를 넘었습니다(무료 체험판은 100개).</translation>
    </message>
    <message>
        <source>Upgrade the app&apos;s edition in the Chat console.</source>
        <translation>Chat 콘솔에서 앱의 에디션을 업그레이드하세요.</translation>
    </message>
    <message>
        <source>Invalid parameter</source>
        <translation>잘못된 매개변수</translation>
    </message>
    <message>
        <source>A required field is missing or has the wrong format.</source>
        <translation>필수 필드가 없거나 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <source>Check the required fields and their format.</source>
        <translation>필수 필드와 그 형식을 확인하세요.</translation>
    </message>
    <message>
        <source>Admin permission needed</source>
        <translation>관리자 권한 필요</translation>
    </message>
    <message>
        <source>Only an App admin may make this request.</source>
        <translation>이 요청은 앱 관리자만 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Use the App admin account as identifier.</source>
        <translation>앱 관리자 계정을 identifier로 사용하세요.</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>서버 오류</translation>
    </message>
    <message>
        <source>The Chat backend failed internally.</source>
        <translation>Chat 백엔드 내부에서 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>Retry later; contact Tencent Cloud support with the random value if it persists.</source>
        <translation>나중에 다시 시도하세요. 계속되면 random 값을 알려 Tencent Cloud 고객 지원에 문의하세요.</translation>
    </message>
    <message>
        <source>Account deletion refused</source>
        <translation>계정 삭제 거부됨</translation>
    </message>
    <message>
        <source>Only accounts of trial-edition apps can be deleted.</source>
        <translation>체험판 앱의 계정만 삭제할 수 있습니다.</translation>
    </message>
    <message>
        <source>Leave the account in place, or check the app&apos;s edition.</source>
        <translation>계정을 그대로 두거나 앱의 에디션을 확인하세요.</translation>
    </message>
    <message>
        <source>Text blocked by security filter</source>
        <translation>텍스트가 보안 필터에 차단됨</translation>
    </message>
    <message>
        <source>The text was blocked by Tencent Cloud&apos;s security filtering.</source>
        <translation>이 텍스트는 Tencent Cloud 보안 필터에 차단되었습니다.</translation>
    </message>
    <message>
        <source>Reword the text and send it again.</source>
        <translation>텍스트 표현을 바꾼 뒤 다시 보내세요.</translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation>메시지가 너무 큼</translation>
    </message>
    <message>
        <source>The outgoing packet is larger than 8 KB.</source>
        <translation>보내는 패킷이 8KB를 넘습니다.</translation>
    </message>
    <message>
        <source>Send less data in one request.</source>
        <translation>요청 하나에 보내는 데이터를 줄이세요.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Check which %1 the UserSig was generated for: it must be exactly the one in the request.</source>
        <translation>UserSig를 생성할 때 사용한 %1을(를) 확인하세요. 요청에 있는 값과 정확히 같아야 합니다.</translation>
    </message>
    <message>
        <source>The UserSig was signed for the %1 %2, but the request sends %3.</source>
        <translation>UserSig는 %1 %2에 대해 서명되었지만, 요청은 %3을(를) 보냈습니다.</translation>
    </message>
    <message>
        <source>The UserSig was signed for the same %1 as the request (%2), so it was probably generated with another SDKAppID&apos;s key or has been altered.</source>
        <translation>UserSig는 요청과 같은 %1(%2)에 대해 서명되었으므로, 다른 SDKAppID의 키로 생성되었거나 변조되었을 가능성이 높습니다.</translation>
    </message>
    <message>
        <source>This SDKAppID probably lives in another region than the one the request went to.</source>
        <translation>이 SDKAppID는 요청을 보낸 곳과 다른 리전에 있을 가능성이 높습니다.</translation>
    </message>
    <message>
        <source>This SDKAppID probably lives in another region: the request went to %1. Pick the region where the app was created.</source>
        <translation>이 SDKAppID는 다른 리전에 있을 가능성이 높습니다. 요청은 %1(으)로 보냈습니다. 앱을 만든 리전을 선택하세요.</translation>
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
        <translation>사용자 지정 필드 %1이(가) Chat 콘솔에서 만들어지지 않았거나 이름의 철자가 틀렸습니다.</translation>
    </message>
    <message>
        <source>The field %1 is not writable by the App admin: its write permission in the Chat console does not include &quot;App admin writable&quot;.</source>
        <translation>앱 관리자는 필드 %1에 쓸 수 없습니다. Chat 콘솔의 쓰기 권한에 &quot;앱 관리자 쓰기 가능&quot;이 포함되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The caller&apos;s IP address is not on the app&apos;s IP allowlist, so every REST call from this machine is refused whatever the credentials.</source>
        <translation>호출자의 IP 주소가 앱의 IP 허용 목록에 없으므로, 자격 증명과 관계없이 이 컴퓨터에서 보내는 모든 REST 호출이 거부됩니다.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>The server accepted the request.</source>
        <translation>서버가 요청을 받아들였습니다.</translation>
    </message>
    <message>
        <source>(no ErrorInfo)</source>
        <translation>(ErrorInfo 없음)</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>오류 %1</translation>
    </message>
    <message>
        <source>This console does not know error code %1. The server said: %2</source>
        <translation>이 콘솔은 오류 코드 %1을(를) 알지 못합니다. 서버 응답: %2</translation>
    </message>
    <message>
        <source>Look the code up in the Tencent Cloud Chat error code list, or contact support quoting the code and the random value.</source>
        <translation>Tencent Cloud Chat 오류 코드 목록에서 이 코드를 찾아보거나, 코드와 random 값을 알려 고객 지원에 문의하세요.</translation>
    </message>
</context>
<context>
    <name>FieldSchema</name>
    <message>
        <source>Location</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Where the user lives. Apps usually store four numbers (country, province, city, district) that they map to place names themselves.</source>
        <translation>사용자가 사는 곳입니다. 앱은 보통 숫자 4개(국가, 시/도, 시, 구)를 저장하고 지명으로의 변환은 앱이 직접 합니다.</translation>
    </message>
    <message>
        <source>The English documentation and the Web SDK limit Location to 16 bytes, the Chinese documentation to 500 bytes. Keep it within 16 bytes so every client can read it.</source>
        <translation>영문 문서와 Web SDK는 지역을 16바이트로, 중국어 문서는 500바이트로 제한합니다. 모든 클라이언트가 읽을 수 있도록 16바이트 이내로 유지하세요.</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>닉네임</translation>
    </message>
    <message>
        <source>The name other users see. Text up to 500 bytes.</source>
        <translation>다른 사용자에게 보이는 이름입니다. 최대 500바이트의 텍스트.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>The user&apos;s gender, or not set.</source>
        <translation>사용자의 성별 또는 설정 안 함.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>설정 안 함</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <source>The date of birth as the number YYYYMMDD, e.g. 19900521; 0 means not set.</source>
        <translation>생년월일을 YYYYMMDD 형식의 숫자로 입력합니다(예: 19900521). 0은 설정 안 함을 뜻합니다.</translation>
    </message>
    <message>
        <source>Personal signature</source>
        <translation>개인 서명</translation>
    </message>
    <message>
        <source>A short status line. Text up to 500 bytes.</source>
        <translation>짧은 상태 메시지입니다. 최대 500바이트의 텍스트.</translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation>친구 추가 방식</translation>
    </message>
    <message>
        <source>Whether others may add this user as a friend.</source>
        <translation>다른 사람이 이 사용자를 친구로 추가할 수 있는지 여부.</translation>
    </message>
    <message>
        <source>Need approval</source>
        <translation>승인 필요</translation>
    </message>
    <message>
        <source>Anyone may add</source>
        <translation>누구나 추가 가능</translation>
    </message>
    <message>
        <source>Nobody may add</source>
        <translation>아무도 추가 불가</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>A number from 0 to 4294967295; each app defines which language each number means.</source>
        <translation>0부터 4294967295 사이의 숫자이며, 각 숫자가 어떤 언어를 뜻하는지는 앱이 정합니다.</translation>
    </message>
    <message>
        <source>Avatar URL</source>
        <translation>프로필 사진 URL</translation>
    </message>
    <message>
        <source>The address of the user&apos;s picture. Up to 500 bytes.</source>
        <translation>사용자 사진의 주소입니다. 최대 500바이트.</translation>
    </message>
    <message>
        <source>Message settings</source>
        <translation>메시지 설정</translation>
    </message>
    <message>
        <source>Bit flags. Bit 0 set means the user does not receive messages; the other bits are kept as they are.</source>
        <translation>비트 플래그입니다. 0번 비트가 1이면 사용자가 메시지를 받지 않습니다. 나머지 비트는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Friend requests by admin</source>
        <translation>관리자가 정한 친구 요청 권한</translation>
    </message>
    <message>
        <source>Set by an administrator only: whether this user may send friend requests.</source>
        <translation>관리자만 설정할 수 있습니다: 이 사용자가 친구 요청을 보낼 수 있는지 여부.</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>허용</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>금지</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>레벨</translation>
    </message>
    <message>
        <source>A number from 0 to 4294967295 whose meaning the app defines.</source>
        <translation>0부터 4294967295 사이의 숫자이며, 의미는 앱이 정합니다.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>A custom field: text up to %1 bytes. It must exist in the Chat console and be readable and writable by the App admin.</source>
        <translation>사용자 지정 필드: 최대 %1바이트의 텍스트. Chat 콘솔에 만들어져 있어야 하며 앱 관리자가 읽고 쓸 수 있어야 합니다.</translation>
    </message>
    <message>
        <source>Create the field in the Chat console first (Feature Configuration &gt; User Custom Field) with read and write permission for the App admin. A new field takes up to 10 minutes to work, and it cannot be renamed or deleted afterwards; only its permissions can be changed.</source>
        <translation>먼저 Chat 콘솔(기능 설정 &gt; 사용자 지정 필드)에서 앱 관리자에게 읽기/쓰기 권한을 주고 필드를 만드세요. 새 필드가 작동하기까지 최대 10분이 걸리며, 만든 뒤에는 이름을 바꾸거나 삭제할 수 없고 권한만 바꿀 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>&quot;%1&quot; cannot be a custom field name: use 1 to %2 letters, digits or underscores, not starting with a digit.</source>
        <translation>&quot;%1&quot;은(는) 사용자 지정 필드 이름으로 쓸 수 없습니다. 숫자로 시작하지 않는 영문자, 숫자, 밑줄 1~%2자를 사용하세요.</translation>
    </message>
    <message>
        <source>The documentation asks for custom field names of at most %1 English letters; the Chat console has been seen to accept up to %2 letters, digits and underscores. &quot;%3&quot; only works if the console accepted it.</source>
        <translation>문서에는 사용자 지정 필드 이름이 영문자 최대 %1자로 되어 있지만, Chat 콘솔은 영문자, 숫자, 밑줄 최대 %2자까지 받아들이는 것으로 확인되었습니다. &quot;%3&quot;은(는) 콘솔이 받아들인 경우에만 작동합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an assignment. Write FIELD=VALUE, e.g. Nick=Anna, Gender=Female, BirthDay=19900521 or Tag_Profile_Custom_Hobby=chess.</source>
        <translation>&quot;%1&quot;은(는) 대입 형식이 아닙니다. 필드=값 형식으로 쓰세요. 예: Nick=Anna, Gender=Female, BirthDay=19900521, Tag_Profile_Custom_Hobby=chess.</translation>
    </message>
    <message>
        <source>%1 is not a standard profile field. Check the spelling; the standard fields are: %2.</source>
        <translation>%1은(는) 표준 프로필 필드가 아닙니다. 철자를 확인하세요. 표준 필드: %2.</translation>
    </message>
    <message>
        <source>%1 is not a profile tag. Use a standard tag (Tag_Profile_IM_…), its short name (e.g. Nick), or a custom tag (Tag_Profile_Custom_…).</source>
        <translation>%1은(는) 프로필 태그가 아닙니다. 표준 태그(Tag_Profile_IM_…), 그 짧은 이름(예: Nick) 또는 사용자 지정 태그(Tag_Profile_Custom_…)를 사용하세요.</translation>
    </message>
    <message>
        <source>%1 takes text, but the value is %2. Send it as a JSON string.</source>
        <translation>%1은(는) 텍스트를 받지만 값이 %2입니다. JSON 문자열로 보내세요.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long in UTF-8; the server accepts at most %3. Shorten it by %4 bytes.</source>
        <translation>%1의 길이는 UTF-8로 %2바이트이며, 서버는 최대 %3바이트까지 받습니다. %4바이트를 줄이세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2. Choose one of: %3.</source>
        <translation>&quot;%1&quot;은(는) %2에 올바른 값이 아닙니다. 다음 중에서 고르세요: %3.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long, more than %3. %4</source>
        <translation>%1의 길이가 %2바이트로 %3을(를) 넘습니다. %4</translation>
    </message>
    <message>
        <source>%1 takes a whole number from 0 to 4294967295 sent as a JSON number, but the value is %2.</source>
        <translation>%1은(는) JSON 숫자로 보낸 0에서 4294967295 사이의 정수를 받지만 값이 %2입니다.</translation>
    </message>
    <message>
        <source>%1 takes a whole number, but the value is %2. Remove the fraction.</source>
        <translation>%1은(는) 정수를 받지만 값이 %2입니다. 소수 부분을 없애세요.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 4294967295; %2 is out of range.</source>
        <translation>%1은(는) 0에서 4294967295 사이여야 합니다. %2은(는) 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <source>%1 is not a calendar date. Write the birthday as YYYYMMDD, e.g. 19900521, or 0 for not set.</source>
        <translation>%1은(는) 달력에 있는 날짜가 아닙니다. 생일은 YYYYMMDD 형식(예: 19900521)으로 쓰고, 설정하지 않으려면 0을 쓰세요.</translation>
    </message>
</context>
<context>
    <name>GetCommand</name>
    <message>
        <source>Read user profiles (portrait_get).</source>
        <translation>사용자 프로필 읽기(portrait_get).</translation>
    </message>
    <message>
        <source>Reads the profiles of the given accounts and prints each account&apos;s fields. Exit codes: 0 every account read; 1 the API answered FAIL or some accounts failed; 2 bad input, nothing sent; 3 network, TLS, timeout or protocol failure.</source>
        <translation>지정한 계정의 프로필을 읽고 계정별 필드를 출력합니다. 종료 코드: 0 모든 계정 읽음, 1 API가 FAIL로 응답했거나 일부 계정 실패, 2 잘못된 입력(아무것도 보내지 않음), 3 네트워크·TLS·시간 초과·프로토콜 오류.</translation>
    </message>
    <message>
        <source>Account IDs to read.</source>
        <translation>읽을 계정 ID.</translation>
    </message>
    <message>
        <source>A field to read: a standard field&apos;s short name (Nick, Gender, BirthDay…), its full tag, or Tag_Profile_Custom_NAME. Repeat for several; default: every standard field.</source>
        <translation>읽을 필드: 표준 필드의 짧은 이름(Nick, Gender, BirthDay…), 전체 태그 또는 Tag_Profile_Custom_NAME. 여러 개면 반복해서 지정합니다. 기본값: 모든 표준 필드.</translation>
    </message>
    <message>
        <source>Name at least one account to read.</source>
        <translation>읽을 계정을 하나 이상 지정하세요.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;: use a standard field name such as Nick or Gender, or Tag_Profile_Custom_NAME.</source>
        <translation>알 수 없는 필드 &quot;%1&quot;: Nick이나 Gender 같은 표준 필드 이름 또는 Tag_Profile_Custom_NAME을 사용하세요.</translation>
    </message>
    <message>
        <source>failed, ResultCode %1 %2</source>
        <translation>실패, ResultCode %1 %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(설정 안 됨)</translation>
    </message>
    <message numerus="yes">
        <source>Accounts that could not be read: %n.</source>
        <translation>
            <numerusform>읽을 수 없는 계정 수: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>(not set)</source>
        <translation>(설정 안 됨)</translation>
    </message>
    <message>
        <source>Show the change history: every profile write of the console and the CLI.</source>
        <translation>변경 기록 표시: 콘솔과 CLI의 모든 프로필 쓰기.</translation>
    </message>
    <message>
        <source>Lists the profile writes recorded on this computer, newest first, by the console and the CLI alike. Each write is recorded before it is sent; one whose answer never came is shown as unknown. The history is kept in %1.</source>
        <translation>이 컴퓨터에 기록된 프로필 쓰기를 최신순으로 보여 줍니다(콘솔과 CLI 모두). 모든 쓰기는 보내기 전에 기록되며, 응답이 오지 않은 쓰기는 알 수 없음으로 표시됩니다. 기록은 %1에 보관됩니다.</translation>
    </message>
    <message>
        <source>Only the changes of this account.</source>
        <translation>이 계정의 변경만 표시합니다.</translation>
    </message>
    <message>
        <source>Only the changes of this operation (an Apply, a set, a bulk job, a revert).</source>
        <translation>이 작업의 변경만 표시합니다(적용, set, 일괄 작업, 되돌리기).</translation>
    </message>
    <message>
        <source>Only changes at or after this time: a date (2026-12-01, midnight UTC) or an ISO time.</source>
        <translation>이 시각 이후의 변경만 표시합니다: 날짜(2026-12-01, UTC 자정) 또는 ISO 시각.</translation>
    </message>
    <message>
        <source>Print the changes as a JSON array.</source>
        <translation>변경을 JSON 배열로 출력합니다.</translation>
    </message>
    <message>
        <source>history takes no arguments; filter with --account, --job or --since.</source>
        <translation>history는 인수를 받지 않습니다. --account, --job 또는 --since로 거르세요.</translation>
    </message>
    <message>
        <source>--job takes an operation&apos;s number, as history and jobs list them.</source>
        <translation>--job에는 history와 jobs가 보여 주는 작업 번호를 지정합니다.</translation>
    </message>
    <message>
        <source>--since takes a date such as 2026-12-01 or a time such as 2026-12-01T08:30:00Z.</source>
        <translation>--since에는 2026-12-01 같은 날짜나 2026-12-01T08:30:00Z 같은 시각을 지정합니다.</translation>
    </message>
    <message>
        <source>No changes are recorded.</source>
        <translation>기록된 변경이 없습니다.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>시각(UTC)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>이전 값</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 값</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>%1 accounts</source>
        <translation>계정 %1개</translation>
    </message>
    <message>
        <source>bulk: %1 accounts</source>
        <translation>일괄: 계정 %1개</translation>
    </message>
    <message>
        <source>1 field on 1 account</source>
        <translation>계정 1개의 필드 1개</translation>
    </message>
    <message>
        <source>%1 fields on 1 account</source>
        <translation>계정 1개의 필드 %1개</translation>
    </message>
    <message>
        <source>%1 OK</source>
        <translation>성공 %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>실패 %1</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>알 수 없음 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(설정 안 됨)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>변경 전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>변경 후</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Only the loaded account</source>
        <translation>불러온 계정만</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>변경 기록</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>%1만</translation>
    </message>
    <message>
        <source>No change history in this session.</source>
        <translation>이번 세션에는 변경 기록이 없습니다.</translation>
    </message>
    <message>
        <source>No profile has been written from this computer yet.</source>
        <translation>이 컴퓨터에서 아직 프로필을 쓴 적이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>변경 기록 지우기(&amp;L)…</translation>
    </message>
    <message>
        <source>The change history was cleared.</source>
        <translation>변경 기록을 지웠습니다.</translation>
    </message>
    <message>
        <source>bulk: %1 accounts</source>
        <translation>일괄: 계정 %1개</translation>
    </message>
    <message>
        <source>Where the change history is kept</source>
        <translation>변경 기록이 저장되는 위치</translation>
    </message>
    <message>
        <source>Search accounts, fields, values</source>
        <translation>계정, 필드, 값 검색</translation>
    </message>
    <message>
        <source>Search the change history</source>
        <translation>변경 기록 검색</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>최근 1시간</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>모든 결과</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Unknown: sent, and no answer came; the write may have been stored</source>
        <translation>알 수 없음: 보냈지만 응답이 오지 않았습니다. 쓰기가 저장되었을 수 있습니다</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>모든 계정</translation>
    </message>
    <message>
        <source>Save the changes shown as a CSV file</source>
        <translation>표시된 변경 사항을 CSV 파일로 저장</translation>
    </message>
    <message>
        <source>Delete every recorded change from this computer</source>
        <translation>이 컴퓨터에서 기록된 모든 변경을 삭제</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>저장 위치: %1</translation>
    </message>
    <message>
        <source>No change matches these filters.</source>
        <translation>이 필터에 맞는 변경이 없습니다.</translation>
    </message>
    <message>
        <source>Showing the newest %1 changes; narrow the filters to see older ones.</source>
        <translation>최근 변경 %1개를 표시합니다. 이전 변경을 보려면 필터 범위를 좁히세요.</translation>
    </message>
    <message>
        <source>Any field</source>
        <translation>모든 필드</translation>
    </message>
    <message>
        <source>Any connection</source>
        <translation>모든 연결</translation>
    </message>
    <message>
        <source>Clear the change history</source>
        <translation>변경 기록 지우기</translation>
    </message>
    <message>
        <source>Delete every recorded change from this computer?</source>
        <translation>이 컴퓨터에서 기록된 모든 변경을 삭제할까요?</translation>
    </message>
    <message>
        <source>What was written to which account, and how to put it back, is lost; the profiles on the server stay as they are. Export the history first to keep a copy.</source>
        <translation>어느 계정에 무엇을 썼는지, 어떻게 되돌리는지에 대한 정보가 사라집니다. 서버의 프로필은 그대로 유지됩니다. 사본을 남기려면 먼저 기록을 내보내세요.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>기록 지우기</translation>
    </message>
    <message>
        <source>Export the change history</source>
        <translation>변경 기록 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Exported 1 change to %1.</source>
        <translation>변경 1개를 %1(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Exported %1 changes to %2.</source>
        <translation>변경 %1개를 %2(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Rever&amp;t…</source>
        <translation>되돌리기(&amp;T)…</translation>
    </message>
    <message>
        <source>Only the newest changes are shown: narrow the filters to revert.</source>
        <translation>최근 변경만 표시됩니다. 되돌리려면 필터 범위를 좁히세요.</translation>
    </message>
    <message>
        <source>Put back what the selected operations or changes overwrote, after a look at what the server holds now</source>
        <translation>서버의 현재 값을 확인한 뒤, 선택한 작업 또는 변경이 덮어쓴 값을 되돌립니다</translation>
    </message>
    <message>
        <source>Revert all shown…</source>
        <translation>표시된 변경 모두 되돌리기…</translation>
    </message>
    <message>
        <source>Revert all shown for %1…</source>
        <translation>%1의 표시된 변경 모두 되돌리기…</translation>
    </message>
    <message>
        <source>Filter the history to one account (and a time span) to revert all its changes shown</source>
        <translation>기록을 한 계정(및 기간)으로 거르면 표시된 그 계정의 변경을 모두 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <source>Put back every change shown: this account&apos;s, within the filters and time span chosen</source>
        <translation>표시된 모든 변경을 되돌립니다(선택한 필터와 기간 안에 있는 이 계정의 변경)</translation>
    </message>
</context>
<context>
    <name>JobResultModel</name>
    <message>
        <source>the account does not exist</source>
        <translation>계정이 존재하지 않음</translation>
    </message>
    <message>
        <source>the server refuses a field</source>
        <translation>서버가 필드를 거부함</translation>
    </message>
    <message>
        <source>invalid input row</source>
        <translation>잘못된 입력 행</translation>
    </message>
    <message>
        <source>the server answered with an HTTP error</source>
        <translation>서버가 HTTP 오류로 응답함</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Sent, no answer yet</source>
        <translation>보냄, 아직 응답 없음</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>OK, but did not stick: %1</source>
        <translation>성공했지만 반영되지 않음: %1</translation>
    </message>
    <message>
        <source>Unchanged (already as asked)</source>
        <translation>변경 없음(이미 요청한 값)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>건너뜀: %1</translation>
    </message>
    <message>
        <source>Unknown: sent, but no answer came</source>
        <translation>알 수 없음: 보냈지만 응답이 오지 않음</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Fields written</source>
        <translation>쓴 필드</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>A job is running already.</source>
        <translation>이미 작업이 실행 중입니다.</translation>
    </message>
    <message>
        <source>The job was not stored, so it cannot be sent.</source>
        <translation>작업이 저장되지 않아 보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>The job is finished: every row has its outcome.</source>
        <translation>작업이 끝났습니다. 모든 행에 결과가 있습니다.</translation>
    </message>
    <message>
        <source>The job&apos;s rows are damaged: row %1 is numbered %2.</source>
        <translation>작업의 행이 손상되었습니다. %1번째 행의 번호가 %2입니다.</translation>
    </message>
    <message>
        <source>This job belongs to another app, admin or endpoint than the connection in use: it writes only where its old values were read from (app %1 at %2).</source>
        <translation>이 작업은 사용 중인 연결과 다른 앱, 관리자 또는 엔드포인트의 것입니다. 이전 값을 읽은 곳(%2의 앱 %1)에만 씁니다.</translation>
    </message>
    <message>
        <source>Cancelled: nothing more was sent, and the answers on their way were awaited.</source>
        <translation>취소됨: 더 이상 보내지 않았고, 오는 중이던 응답은 기다렸습니다.</translation>
    </message>
    <message>
        <source>The connection changed while the job ran: it now goes to another app, admin or endpoint than the job&apos;s. Nothing more was sent.</source>
        <translation>작업 중에 연결이 바뀌어 이제 작업과 다른 앱, 관리자 또는 엔드포인트로 갑니다. 더 이상 보내지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in a row got no answer: the network or the server seems down. The job stopped; resume it later.</source>
        <translation>
            <numerusform>요청 %n개가 연속으로 응답을 받지 못했습니다. 네트워크나 서버가 멈춘 것 같습니다. 작업을 멈췄으니 나중에 이어서 하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows sent before could not be read back (%1), so they were not sent again. Resume the job later.</source>
        <translation>이전에 보낸 행을 다시 읽을 수 없어(%1) 다시 보내지 않았습니다. 나중에 작업을 이어서 하세요.</translation>
    </message>
    <message>
        <source>Some rows could not be sent: the network failed each time. Resume the job to send them.</source>
        <translation>일부 행을 보내지 못했습니다. 매번 네트워크가 실패했습니다. 작업을 이어서 하면 보냅니다.</translation>
    </message>
    <message>
        <source>Done: %1 OK, %2 unchanged, %3 failed, %4 skipped, %5 unknown.</source>
        <translation>완료: 성공 %1, 변경 없음 %2, 실패 %3, 건너뜀 %4, 알 수 없음 %5.</translation>
    </message>
    <message>
        <source>The job could not be stored, so nothing was sent: %1</source>
        <translation>작업을 저장할 수 없어 아무것도 보내지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>아무것도 보내기 전에 취소했습니다.</translation>
    </message>
    <message>
        <source>Cancelled: nothing more was sent, and the requests on their way were cut off; a write among them may or may not have been stored.</source>
        <translation>취소했습니다: 더 이상 아무것도 보내지 않았고, 전송 중인 요청은 중단했습니다. 그중 쓰기는 저장되었을 수도, 아닐 수도 있습니다.</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>the job store</source>
        <translation>작업 저장소</translation>
    </message>
    <message>
        <source>Cannot store the job</source>
        <translation>작업을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot record the job&apos;s progress</source>
        <translation>작업 진행 상황을 기록할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <source>List the stored bulk jobs and what became of their rows.</source>
        <translation>저장된 일괄 작업과 각 행의 결과를 나열합니다.</translation>
    </message>
    <message>
        <source>Lists the bulk jobs stored on this computer, newest first. An unfinished job can be continued with chat-profile bulk --resume ID.</source>
        <translation>이 컴퓨터에 저장된 일괄 작업을 최신순으로 나열합니다. 완료되지 않은 작업은 chat-profile bulk --resume ID로 이어서 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Print the jobs as a JSON array.</source>
        <translation>작업을 JSON 배열로 출력합니다.</translation>
    </message>
    <message>
        <source>jobs takes no arguments.</source>
        <translation>jobs는 인수를 받지 않습니다.</translation>
    </message>
    <message>
        <source>No bulk jobs are stored.</source>
        <translation>저장된 일괄 작업이 없습니다.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>생성 시각(UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행 수</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>보내지 않음</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>미완료</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>시스템 키체인에서 오류를 보고했습니다: %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>시스템 언어(&amp;S)</translation>
    </message>
    <message>
        <source>Applies the next time the console starts</source>
        <translation>다음에 콘솔을 시작할 때 적용됩니다</translation>
    </message>
</context>
<context>
    <name>LoadedProfile</name>
    <message>
        <source>Load an account first, then change its fields and apply.</source>
        <translation>먼저 계정을 불러온 다음 필드를 바꾸고 적용하세요.</translation>
    </message>
    <message>
        <source>The connection changed since %1 was loaded: its values belong to the app and region they were loaded from. Load the account again on this connection, then apply.</source>
        <translation>%1을(를) 불러온 뒤 연결이 바뀌었습니다. 이 값들은 불러온 앱과 지역의 것입니다. 이 연결에서 계정을 다시 불러온 다음 적용하세요.</translation>
    </message>
</context>
<context>
    <name>LocalDatabase</name>
    <message>
        <source>Cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <source>The file of %1 is damaged</source>
        <translation>%1 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the console</source>
        <translation>%1은(는) 더 새로운 버전의 콘솔이 기록했습니다</translation>
    </message>
    <message>
        <source>Cannot prepare %1</source>
        <translation>%1을(를) 준비할 수 없습니다</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
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
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Chat Profile Console</source>
        <translation>Chat Profile Console 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Chat Profile Console</source>
        <translation>Chat Profile Console 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chat Profile Console %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Chat Profile Console %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Edit Tencent Cloud Chat user profiles by hand, safely.&lt;br&gt;Built with Qt %1, running on Qt %2.</source>
        <translation>Tencent Cloud Chat 사용자 프로필을 안전하게 직접 편집합니다.&lt;br&gt;Qt %1(으)로 빌드, Qt %2에서 실행 중.</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>운영 환경</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>테스트 환경</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>개발 환경</translation>
    </message>
    <message>
        <source>read-only: writing is disabled</source>
        <translation>읽기 전용: 쓰기 사용 안 함</translation>
    </message>
    <message>
        <source>every write is confirmed</source>
        <translation>쓸 때마다 확인함</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>%1을(를) 불러왔습니다.</translation>
    </message>
    <message>
        <source>Saved and read back: every field stuck.</source>
        <translation>저장 후 다시 읽음: 모든 필드가 반영되었습니다.</translation>
    </message>
    <message>
        <source>Connection guard</source>
        <translation>연결 보호 표시</translation>
    </message>
    <message>
        <source>You are on the Sandbox, a demo Chat server running inside this console: nothing you do here reaches Tencent. Press Load, change a field, then Apply. To work on a real app, pick its region and enter its SDKAppID, admin and secret key (Connections… keeps several).</source>
        <translation>지금은 이 콘솔 안에서 실행되는 데모 Chat 서버인 샌드박스를 사용 중입니다. 여기서 하는 일은 Tencent에 전달되지 않습니다. 불러오기를 누르고 필드를 바꾼 뒤 적용을 누르세요. 실제 앱에서 작업하려면 리전을 고르고 SDKAppID, 관리자, 비밀 키를 입력하세요(연결…에 여러 개를 저장할 수 있습니다).</translation>
    </message>
    <message>
        <source>UserID whose profile to edit</source>
        <translation>프로필을 편집할 UserID</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>The UserID whose profile is loaded and edited. Press Enter to load.</source>
        <translation>프로필을 불러와 편집할 UserID입니다. Enter 키를 누르면 불러옵니다.</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>불러오기(&amp;L)</translation>
    </message>
    <message>
        <source>Load the account&apos;s profile (Ctrl+L)</source>
        <translation>계정의 프로필 불러오기(Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>Send the changed fields (Ctrl+Enter)</source>
        <translation>변경된 필드 보내기(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop the running request (Esc)</source>
        <translation>진행 중인 요청 중지(Esc)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>계정(&amp;C):</translation>
    </message>
    <message>
        <source>Request running</source>
        <translation>요청 진행 중</translation>
    </message>
    <message>
        <source>&amp;Load profile</source>
        <translation>프로필 불러오기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>변경 사항 적용(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>요청 취소(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;onnections…</source>
        <translation>연결(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <source>Hide SDKAppID, admin, key and UserSig and enlarge the text, for screen sharing and demos</source>
        <translation>화면 공유와 데모를 위해 SDKAppID, 관리자, 비밀 키, UserSig를 숨기고 글자를 키웁니다</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>시스템(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>이 연결은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>%1 — Chat Profile Console</source>
        <translation>%1 — Chat Profile Console</translation>
    </message>
    <message>
        <source>The server will likely refuse this UserSig</source>
        <translation>서버가 이 UserSig를 거부할 가능성이 높습니다</translation>
    </message>
    <message>
        <source>Send anyway, for example to reproduce what a customer sees?</source>
        <translation>그래도 보낼까요? 예를 들어 고객이 본 상황을 재현하려는 경우.</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>그래도 보내기</translation>
    </message>
    <message>
        <source>The Sandbox could not start: %1</source>
        <translation>샌드박스를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Waiting for the server… (Esc cancels)</source>
        <translation>서버를 기다리는 중…(Esc로 취소)</translation>
    </message>
    <message>
        <source>Value not accepted</source>
        <translation>값이 받아들여지지 않음</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>보내지 않음</translation>
    </message>
    <message>
        <source>Where the app lives</source>
        <translation>앱이 있는 곳</translation>
    </message>
    <message>
        <source>This app answers in %1.</source>
        <translation>이 앱은 %1에서 응답합니다.</translation>
    </message>
    <message>
        <source>Switch the connection to %1 and send again.</source>
        <translation>연결을 %1(으)로 바꾸고 다시 보내세요.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>%1(으)로 전환</translation>
    </message>
    <message>
        <source>No other data centre said it knows this app.</source>
        <translation>이 앱을 안다고 답한 다른 데이터 센터가 없습니다.</translation>
    </message>
    <message>
        <source>Check the SDKAppID in the Chat console; the app may also have been deleted.</source>
        <translation>Chat 콘솔에서 SDKAppID를 확인하세요. 앱이 삭제되었을 수도 있습니다.</translation>
    </message>
    <message>
        <source>Could not be reached: %1</source>
        <translation>연결할 수 없음: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved, but fields did not stick: %n. See the marked rows.</source>
        <translation>
            <numerusform>저장했지만 반영되지 않은 필드 수: %n. 표시된 행을 확인하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asking the other data centres (%n) whether they know this app…</source>
        <translation>
            <numerusform>다른 데이터 센터(%n곳)에 이 앱을 아는지 묻는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Status bar after a request: the operation (Load, Apply, Read back), then how it ended.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Closing once the server answers the write… (close again to quit without waiting)</source>
        <translation>서버가 쓰기에 응답하면 닫습니다… (기다리지 않고 종료하려면 다시 닫으세요)</translation>
    </message>
    <message>
        <source>&amp;Bulk edit…</source>
        <translation>일괄 편집(&amp;B)…</translation>
    </message>
    <message>
        <source>Change many accounts from pasted cells, a CSV file or a list</source>
        <translation>붙여넣은 셀, CSV 파일 또는 목록으로 여러 계정을 변경</translation>
    </message>
    <message>
        <source>%1 was reverted; Load it to see the values put back (your unsent edits are kept until then).</source>
        <translation>%1의 변경을 되돌렸습니다. 되돌린 값을 보려면 계정을 불러오세요(그때까지 보내지 않은 편집 내용은 유지됩니다).</translation>
    </message>
</context>
<context>
    <name>PendingEditsQuestion</name>
    <message>
        <source>Discard changes?</source>
        <translation>변경 사항을 버릴까요?</translation>
    </message>
    <message>
        <source>The table holds unsent changes to a profile loaded from this connection. They can only be sent to where they were loaded from: switching discards them.</source>
        <translation>표에 이 연결에서 불러온 프로필의 보내지 않은 변경 사항이 있습니다. 변경 사항은 불러온 곳으로만 보낼 수 있으므로, 전환하면 버려집니다.</translation>
    </message>
    <message>
        <source>&amp;Discard and switch</source>
        <translation>버리고 전환(&amp;D)</translation>
    </message>
    <message>
        <source>Loading replaces the table, and your unsent changes would be lost.</source>
        <translation>불러오면 표가 바뀌어 보내지 않은 변경 사항이 사라집니다.</translation>
    </message>
    <message>
        <source>&amp;Discard and load</source>
        <translation>버리고 불러오기(&amp;D)</translation>
    </message>
    <message>
        <source>You have unsent changes. Quitting now loses them.</source>
        <translation>보내지 않은 변경 사항이 있습니다. 지금 종료하면 사라집니다.</translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation>버리고 종료(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>계속 편집(&amp;K)</translation>
    </message>
</context>
<context>
    <name>PlanLoader</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message numerus="yes">
        <source>%Ln field</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>필드 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>필드 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account will change (%1)</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>계정 %Ln개가 바뀝니다(%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts will change (%1)</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>계정 %Ln개가 바뀝니다(%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already as asked</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>%Ln개는 이미 요청한 값입니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account does not exist</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>계정 %Ln개가 없습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts do not exist</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>계정 %Ln개가 없습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln field the server refuses</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>서버가 거부하는 필드 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields the server refuses</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>서버가 거부하는 필드 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row left out</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>잘못된 행 %Ln개 제외</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid rows left out</source>
        <comment>preview totals</comment>
        <translation>
            <numerusform>잘못된 행 %Ln개 제외</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the parts of the preview totals.</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>There is no valid row to preview.</source>
        <translation>미리 볼 유효한 행이 없습니다.</translation>
    </message>
    <message>
        <source>The connection changed during the preview: its values were read from another app or endpoint. Preview again.</source>
        <translation>미리 보기 중에 연결이 바뀌어 값을 다른 앱이나 엔드포인트에서 읽었습니다. 다시 미리 보세요.</translation>
    </message>
    <message>
        <source>The server refuses a profile field of these accounts but not one of them alone.</source>
        <translation>서버가 이 계정들의 프로필 필드를 거부하지만, 하나씩 물으면 어느 것도 거부하지 않습니다.</translation>
    </message>
    <message>
        <source>Reading the current values failed: %1 (%2). %3</source>
        <translation>현재 값을 읽지 못했습니다: %1(%2). %3</translation>
    </message>
    <message>
        <source>Reading the current values failed: %1</source>
        <translation>현재 값을 읽지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>PlanProblemModel</name>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>PlanRowsModel</name>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>잘못됨</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <extracomment>A value a bulk edit row sets: the field&apos;s name, then the value.</extracomment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Values to set</source>
        <translation>설정할 값</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>(not set)</source>
        <translation>(설정 안 됨)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A field in the bulk edit preview: what the server holds now, then what will be written.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Account does not exist</source>
        <translation>계정이 존재하지 않음</translation>
    </message>
    <message>
        <source>Fields refused by the server: %1</source>
        <translation>서버가 거부한 필드: %1</translation>
    </message>
    <message>
        <source>Already as asked</source>
        <translation>이미 요청한 값</translation>
    </message>
    <message numerus="yes">
        <source>Will change %Ln field</source>
        <translation>
            <numerusform>필드 %Ln개 변경 예정</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will change %Ln fields</source>
        <translation>
            <numerusform>필드 %Ln개 변경 예정</numerusform>
        </translation>
    </message>
    <message>
        <source>= %1</source>
        <extracomment>A preview cell whose field already holds the value asked for (nothing is sent).</extracomment>
        <translation>= %1</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Add field</source>
        <translation>필드 추가</translation>
    </message>
    <message>
        <source>Show another standard profile field</source>
        <translation>다른 표준 프로필 필드 표시</translation>
    </message>
    <message>
        <source>Add custom field…</source>
        <translation>사용자 지정 필드 추가…</translation>
    </message>
    <message>
        <source>Edit a Tag_Profile_Custom_ field created in the Chat console</source>
        <translation>Chat 콘솔에서 만든 Tag_Profile_Custom_ 필드 편집</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Hide the selected fields from the table (nothing is deleted on the server)</source>
        <translation>선택한 필드를 표에서 숨김(서버에서는 아무것도 삭제하지 않음)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Put the selected fields back to the loaded values</source>
        <translation>선택한 필드를 불러왔을 때의 값으로 되돌림</translation>
    </message>
    <message>
        <source>Revert all</source>
        <translation>모두 되돌리기</translation>
    </message>
    <message>
        <source>Discard every change since the last load</source>
        <translation>마지막으로 불러온 뒤의 모든 변경 사항을 버림</translation>
    </message>
    <message>
        <source>Preview JSON…</source>
        <translation>JSON 미리 보기…</translation>
    </message>
    <message>
        <source>Show the exact request body Apply would send</source>
        <translation>적용 시 보낼 요청 본문을 그대로 표시</translation>
    </message>
    <message>
        <source>Profile fields</source>
        <translation>프로필 필드</translation>
    </message>
    <message>
        <source>One row per profile field: its value, the value on the server and its state.</source>
        <translation>프로필 필드마다 한 행: 값, 서버 값, 상태.</translation>
    </message>
    <message>
        <source>Double-click a value to edit it. Only changed fields are sent.</source>
        <translation>값을 두 번 클릭하면 편집할 수 있습니다. 변경된 필드만 보냅니다.</translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation>사용자 지정 필드 추가</translation>
    </message>
    <message>
        <source>e.g. Hobby for Tag_Profile_Custom_Hobby</source>
        <translation>예: Tag_Profile_Custom_Hobby라면 Hobby</translation>
    </message>
    <message>
        <source>The app admin may read it</source>
        <translation>앱 관리자가 읽을 수 있음</translation>
    </message>
    <message>
        <source>The app admin may write it</source>
        <translation>앱 관리자가 쓸 수 있음</translation>
    </message>
    <message>
        <source>Field name:</source>
        <translation>필드 이름:</translation>
    </message>
    <message>
        <source>Request body of Apply</source>
        <translation>적용 요청 본문</translation>
    </message>
    <message>
        <source>Some fields are invalid: Apply will refuse to send until they are fixed.</source>
        <translation>일부 필드가 잘못되었습니다. 고칠 때까지 적용은 전송을 거부합니다.</translation>
    </message>
    <message>
        <source>This is exactly what Apply sends to v4/profile/portrait_set.</source>
        <translation>적용 시 v4/profile/portrait_set에 보내는 내용 그대로입니다.</translation>
    </message>
    <message>
        <source>Profile of %1. Double-click a value to edit it; only changed fields are sent.</source>
        <translation>%1의 프로필. 값을 두 번 클릭하면 편집할 수 있으며, 변경된 필드만 보냅니다.</translation>
    </message>
    <message>
        <source>Edit the list of custom fields…</source>
        <translation>사용자 지정 필드 목록 편집…</translation>
    </message>
</context>
<context>
    <name>ProfileFieldDelegate</name>
    <message>
        <source>Not set</source>
        <translation>설정 안 함</translation>
    </message>
    <message>
        <source>Do not receive messages</source>
        <translation>메시지 받지 않음</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <source>A request is still running. Wait for it or cancel it first.</source>
        <translation>아직 요청이 진행 중입니다. 끝날 때까지 기다리거나 먼저 취소하세요.</translation>
    </message>
    <message>
        <source>Enter the account (UserID) whose profile you want to load.</source>
        <translation>프로필을 불러올 계정(UserID)을 입력하세요.</translation>
    </message>
    <message>
        <source>This connection is read-only: changes cannot be applied. Edit the connection profile to allow writing.</source>
        <translation>이 연결은 읽기 전용이라 변경 사항을 적용할 수 없습니다. 쓰기를 허용하도록 연결 프로필을 편집하세요.</translation>
    </message>
    <message>
        <source>Load an account first, then change its fields and apply.</source>
        <translation>먼저 계정을 불러온 다음 필드를 바꾸고 적용하세요.</translation>
    </message>
    <message>
        <source>Some fields have invalid values (marked in the table). Correct or revert them, then apply again.</source>
        <translation>일부 필드에 잘못된 값이 있습니다(표에 표시됨). 고치거나 되돌린 뒤 다시 적용하세요.</translation>
    </message>
    <message>
        <source>Nothing has changed, so there is nothing to apply.</source>
        <translation>바뀐 것이 없어 적용할 내용이 없습니다.</translation>
    </message>
    <message>
        <source>This write went to another connection, or its account is no longer loaded: it can be read back only from where it was sent. Switch back to that connection and load the account to see what it holds.</source>
        <translation>이 쓰기는 다른 연결로 갔거나 그 계정이 더 이상 불러와져 있지 않습니다. 보낸 곳에서만 다시 읽을 수 있습니다. 그 연결로 돌아가 계정을 불러와 저장된 값을 확인하세요.</translation>
    </message>
    <message>
        <source>There is no job store to record the write in first, so it was not sent.</source>
        <translation>쓰기를 먼저 기록할 작업 저장소가 없어 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Cancelled before the write was sent.</source>
        <translation>쓰기를 보내기 전에 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>ProfileTableModel</name>
    <message>
        <source>You sent %1, but the server now holds %2. Check the value and the field&apos;s permissions, then apply again or revert.</source>
        <translation>%1을(를) 보냈지만 서버에는 지금 %2이(가) 있습니다. 값과 필드 권한을 확인한 뒤 다시 적용하거나 되돌리세요.</translation>
    </message>
    <message>
        <source>New value; the server has none yet.</source>
        <translation>새 값입니다. 서버에는 아직 값이 없습니다.</translation>
    </message>
    <message>
        <source>Was %1 on the server.</source>
        <translation>서버의 원래 값: %1.</translation>
    </message>
    <message>
        <source>The server returned no value for this field.</source>
        <translation>서버가 이 필드의 값을 돌려주지 않았습니다.</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <source>%1 (does not receive messages)</source>
        <translation>%1 (메시지 받지 않음)</translation>
    </message>
    <message>
        <source>%1 (receives messages)</source>
        <translation>%1 (메시지 받음)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1: %2, %3: %4</source>
        <translation>%1: %2, %3: %4</translation>
    </message>
    <message>
        <source>%1 on the server: %2</source>
        <translation>서버의 %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1 / %2 bytes</source>
        <translation>%1 / %2바이트</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>잘못됨</translation>
    </message>
    <message>
        <source>Not set on server</source>
        <translation>서버에 설정 안 됨</translation>
    </message>
    <message>
        <source>Did not stick</source>
        <translation>반영 안 됨</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>On server</source>
        <translation>서버 값</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1에 값이 필요합니다.</translation>
    </message>
    <message>
        <source>%1 is already in the table.</source>
        <translation>%1은(는) 이미 표에 있습니다.</translation>
    </message>
    <message>
        <source>The server refused this with %1 (%2): %3 %4</source>
        <translation>서버가 %1(%2)(으)로 거부했습니다: %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>The server did not say which of these %n fields it means. %1</source>
        <translation>
            <numerusform>서버가 이 필드 %n개 중 어느 것을 뜻하는지 밝히지 않았습니다. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitAnywayQuestion</name>
    <message>
        <source>Quit without the server&apos;s answer?</source>
        <translation>서버 응답 없이 종료할까요?</translation>
    </message>
    <message>
        <source>A write was sent and its answer has not come yet. If you quit now, nobody will know whether the change was stored: its outcome will be unknown. Read the account back after you start again to find out.</source>
        <translation>쓰기를 보냈지만 아직 응답이 오지 않았습니다. 지금 종료하면 변경이 저장되었는지 알 수 없고, 결과는 알 수 없음이 됩니다. 다시 시작한 뒤 계정을 다시 읽어 확인하세요.</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>계속 기다리기(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>그래도 종료(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>China</source>
        <translation>중국</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>싱가포르</translation>
    </message>
    <message>
        <source>Seoul</source>
        <translation>서울</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>도쿄</translation>
    </message>
    <message>
        <source>Frankfurt</source>
        <translation>프랑크푸르트</translation>
    </message>
    <message>
        <source>Mumbai</source>
        <translation>뭄바이</translation>
    </message>
    <message>
        <source>Silicon Valley</source>
        <translation>실리콘밸리</translation>
    </message>
    <message>
        <source>Jakarta</source>
        <translation>자카르타</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>사용자 지정 엔드포인트</translation>
    </message>
    <message>
        <source>Sandbox (local demo)</source>
        <translation>샌드박스(로컬 데모)</translation>
    </message>
</context>
<context>
    <name>RegionChangeQuestion</name>
    <message>
        <source>Change the region?</source>
        <translation>지역을 바꿀까요?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a saved connection. Change its region to %2, or keep it as it is and make a new connection on %2?</source>
        <translation>&quot;%1&quot;은(는) 저장된 연결입니다. 지역을 %2(으)로 바꿀까요, 아니면 그대로 두고 %2에 새 연결을 만들까요?</translation>
    </message>
    <message>
        <source>Either way, the unsent changes in the table are discarded: they can only be sent to where they were loaded from.</source>
        <translation>어느 쪽이든 표의 보내지 않은 변경 사항은 버려집니다. 변경 사항은 불러온 곳으로만 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Change this connection&apos;s region</source>
        <translation>이 연결의 지역 변경(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New connection on %1</source>
        <translation>%1에 새 연결(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>The server&apos;s answer is not a JSON object: %1</source>
        <translation>서버 응답이 JSON 객체가 아닙니다: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no ActionStatus, so it is not a Chat REST API response: %1</source>
        <translation>서버 응답에 ActionStatus가 없으므로 Chat REST API 응답이 아닙니다: %1</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(빈 본문)</translation>
    </message>
</context>
<context>
    <name>RestClient</name>
    <message>
        <source>Give the app&apos;s SDKAppID.</source>
        <translation>앱의 SDKAppID를 지정하세요.</translation>
    </message>
    <message>
        <source>Give the App admin identifier.</source>
        <translation>앱 관리자 identifier를 지정하세요.</translation>
    </message>
    <message>
        <source>There is no UserSig: give the secret key or a ready UserSig.</source>
        <translation>UserSig가 없습니다. 비밀 키나 미리 만든 UserSig를 지정하세요.</translation>
    </message>
    <message>
        <source>Give the account whose profile to set.</source>
        <translation>프로필을 설정할 계정을 지정하세요.</translation>
    </message>
    <message>
        <source>Give at least one field to set.</source>
        <translation>설정할 필드를 하나 이상 지정하세요.</translation>
    </message>
    <message>
        <source>Give at least one account, and no empty account IDs.</source>
        <translation>계정을 하나 이상 지정하고, 빈 계정 ID는 넣지 마세요.</translation>
    </message>
    <message>
        <source>Give at least one profile tag to read.</source>
        <translation>읽을 프로필 태그를 하나 이상 지정하세요.</translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <source>Explanation</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>요청 세부 정보</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>원본 응답</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>세션 로그</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>cURL로 복사</translation>
    </message>
    <message>
        <source>Copy the request as a curl command, with the UserSig hidden</source>
        <translation>UserSig를 숨긴 채 요청을 curl 명령으로 복사</translation>
    </message>
    <message>
        <source>Copy as cURL with the full UserSig…</source>
        <translation>전체 UserSig를 포함해 cURL로 복사…</translation>
    </message>
    <message>
        <source>Include the UserSig?</source>
        <translation>UserSig를 포함할까요?</translation>
    </message>
    <message>
        <source>The command will contain a working admin UserSig. Anyone who sees it can act as the admin of this app until it expires. Copy it anyway?</source>
        <translation>이 명령에는 사용 가능한 관리자 UserSig가 들어갑니다. 만료될 때까지 이를 본 누구나 이 앱의 관리자로 행동할 수 있습니다. 그래도 복사할까요?</translation>
    </message>
    <message>
        <source>Copy with UserSig</source>
        <translation>UserSig 포함해 복사</translation>
    </message>
    <message>
        <source>What it means:</source>
        <translation>의미:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>조치 방법:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>세부 정보:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>No request yet. Load an account to begin.</source>
        <translation>아직 요청이 없습니다. 계정을 불러와 시작하세요.</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(응답 없음)</translation>
    </message>
    <message>
        <source>The server accepted the request.</source>
        <translation>서버가 요청을 받아들였습니다.</translation>
    </message>
    <message>
        <source>Some accounts could not be read.</source>
        <translation>일부 계정을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Check the network and the region, then try again.</source>
        <translation>네트워크와 리전을 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>변경 기록</translation>
    </message>
    <message>
        <source>Find the app&apos;s region</source>
        <translation>앱의 리전 찾기</translation>
    </message>
    <message>
        <source>Ask every other data centre, read-only, whether it knows this SDKAppID</source>
        <translation>다른 모든 데이터 센터에 이 SDKAppID를 아는지 읽기 전용으로 묻습니다</translation>
    </message>
    <message numerus="yes">
        <source>random %1 · %2 ms · attempts: %n (random %3) · HTTP %4 · %5</source>
        <translation>
            <numerusform>random %1 · %2ms · 시도 횟수: %n(random %3) · HTTP %4 · %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the account back</source>
        <translation>계정 다시 읽기</translation>
    </message>
    <message>
        <source>Read the account back to see what the server holds before you apply again.</source>
        <translation>다시 적용하기 전에 계정을 다시 읽어 서버에 저장된 값을 확인하세요.</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard is cleared after %n seconds if it still holds the command.</source>
        <translation>
            <numerusform>클립보드에 이 명령이 그대로 있으면 %n초 뒤에 지웁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the fields this write sent back from where it went, to see whether it was stored</source>
        <translation>이 쓰기가 보낸 필드를 보낸 곳에서 다시 읽어 저장되었는지 확인합니다</translation>
    </message>
</context>
<context>
    <name>RevertCommand</name>
    <message>
        <source>SDKAppID %1 (admin %2) at %3</source>
        <translation>%3의 SDKAppID %1(관리자 %2)</translation>
    </message>
    <message>
        <source>Put back the values recorded changes replaced: an operation, a change, an account&apos;s.</source>
        <translation>기록된 변경이 바꾼 값을 되돌립니다(작업, 변경, 계정 단위).</translation>
    </message>
    <message>
        <source>Writes back the values that the selected changes of the change history replaced, on the app they were made on (other connection options are refused). The current values are read first: a field that no longer holds what was written (someone changed it since) is a conflict, skipped unless --force. A field that was not set before gets its empty value (&quot;&quot;, 0, or the default), since portrait_set cannot unset it. The revert is an operation of its own and can be reverted. Exit codes: 0 everything was put back; 1 a conflict was skipped, or a write failed or its outcome is unknown; 2 bad input or another app, nothing sent; 3 a network failure stopped it.</source>
        <translation>변경 기록에서 선택한 변경이 바꾼 값을, 변경이 이루어진 앱에 다시 씁니다(다른 연결 옵션은 거부합니다). 먼저 현재 값을 읽습니다. 쓴 값이 더 이상 들어 있지 않은 필드(이후 누군가 바꾼 필드)는 충돌이며, --force가 없으면 건너뜁니다. 이전에 설정되지 않았던 필드에는 빈 값(&quot;&quot;, 0 또는 기본값)을 씁니다. portrait_set으로는 설정을 해제할 수 없기 때문입니다. 되돌리기는 그 자체로 하나의 작업이며 다시 되돌릴 수 있습니다. 종료 코드: 0 모두 되돌림, 1 충돌을 건너뛰었거나 쓰기가 실패했거나 결과를 알 수 없음, 2 잘못된 입력 또는 다른 앱(아무것도 보내지 않음), 3 네트워크 장애로 중지됨.</translation>
    </message>
    <message>
        <source>Revert every change of this operation (an Apply, a set, a bulk job, a revert).</source>
        <translation>이 작업의 모든 변경을 되돌립니다(적용, set, 일괄 작업, 되돌리기).</translation>
    </message>
    <message>
        <source>Revert this one change (its id in chat-profile history).</source>
        <translation>이 변경 하나를 되돌립니다(chat-profile history에 표시되는 ID).</translation>
    </message>
    <message>
        <source>Revert every change of this account (with --since: from then on).</source>
        <translation>이 계정의 모든 변경을 되돌립니다(--since와 함께 쓰면 그 시각 이후).</translation>
    </message>
    <message>
        <source>With --account: only changes at or after this time: a date (2026-12-01, midnight UTC) or an ISO time.</source>
        <translation>--account와 함께 사용: 이 시각 이후의 변경만. 날짜(2026-12-01, UTC 자정) 또는 ISO 시각.</translation>
    </message>
    <message>
        <source>Read the current values and print what the revert would do; write nothing.</source>
        <translation>현재 값을 읽고 되돌리기가 할 일을 출력합니다. 아무것도 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Overwrite conflicts too: fields someone changed since the selected changes.</source>
        <translation>충돌도 덮어씁니다. 충돌은 선택한 변경 이후 누군가 바꾼 필드입니다.</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>진행 상황을 출력하지 않습니다.</translation>
    </message>
    <message>
        <source>revert takes no arguments; select the changes with --job, --change or --account.</source>
        <translation>revert는 인수를 받지 않습니다. --job, --change 또는 --account로 변경을 선택하세요.</translation>
    </message>
    <message>
        <source>Select the changes to revert with one of --job ID, --change ID or --account ACCOUNT.</source>
        <translation>되돌릴 변경을 --job ID, --change ID, --account ACCOUNT 중 하나로 선택하세요.</translation>
    </message>
    <message>
        <source>--since goes with --account: an operation or a change is reverted whole.</source>
        <translation>--since는 --account와 함께 씁니다. 작업이나 변경은 통째로 되돌립니다.</translation>
    </message>
    <message>
        <source>--%1 takes an id as chat-profile history lists it, not &quot;%2&quot;.</source>
        <translation>--%1에는 chat-profile history에 표시되는 ID를 지정해야 합니다. &quot;%2&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>--account wants the account whose changes to revert.</source>
        <translation>--account에는 변경을 되돌릴 계정을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--since takes a date such as 2026-12-01 or a time such as 2026-12-01T08:30:00Z.</source>
        <translation>--since에는 2026-12-01 같은 날짜나 2026-12-01T08:30:00Z 같은 시각을 지정합니다.</translation>
    </message>
    <message>
        <source>The change history has no change of operation %1.</source>
        <translation>변경 기록에 작업 %1의 변경이 없습니다.</translation>
    </message>
    <message>
        <source>The change history has no change %1.</source>
        <translation>변경 기록에 변경 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The change history has no change of %1 in that time.</source>
        <translation>변경 기록에 해당 기간의 %1 변경이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The changes were made on %1, but these options go to %2. A revert writes only where the changes were made: give their connection options. Nothing was sent.</source>
        <translation>변경은 %1에서 이루어졌지만, 이 옵션은 %2을(를) 가리킵니다. 되돌리기는 변경이 이루어진 곳에만 씁니다. 그 연결 옵션을 지정하세요. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>시험 실행: 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>The revert was refused before anything was sent.</source>
        <translation>되돌리기가 아무것도 보내기 전에 거부되었습니다.</translation>
    </message>
    <message>
        <source>the account does not exist</source>
        <translation>계정이 존재하지 않음</translation>
    </message>
    <message>
        <source>was not set: writes its empty value (&quot;&quot;, 0, or the default)</source>
        <translation>설정되지 않았었음: 빈 값(&quot;&quot;, 0 또는 기본값)을 씀</translation>
    </message>
    <message>
        <source>already back to %1</source>
        <translation>이미 %1(으)로 되돌려져 있음</translation>
    </message>
    <message>
        <source>CONFLICT: we wrote %1, now there: %2, revert would write: %3</source>
        <translation>충돌: 쓴 값 %1, 현재 값 %2, 되돌리면 쓸 값 %3</translation>
    </message>
    <message>
        <source>overwritten (--force)</source>
        <translation>덮어씀(--force)</translation>
    </message>
    <message>
        <source>skipped (--force overwrites it)</source>
        <translation>건너뜀(--force로 덮어쓸 수 있음)</translation>
    </message>
    <message>
        <source>the server refuses to read it for this app</source>
        <translation>서버가 이 앱에서 읽기를 거부함</translation>
    </message>
    <message>
        <source>Fields to put back: %1; already back: %2; conflicts: %3 (%4).</source>
        <translation>되돌릴 필드: %1, 이미 되돌려짐: %2, 충돌: %3(%4).</translation>
    </message>
    <message>
        <source>overwritten</source>
        <translation>덮어씀</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Failed writes left out, since they changed nothing: %1.</source>
        <translation>아무것도 바꾸지 않아 제외한 실패한 쓰기: %1.</translation>
    </message>
    <message>
        <source>Revert job %1: accounts written: %2, already back: %3, only conflicts: %4, failed: %5, unknown: %6, not sent yet: %7 (of %8).</source>
        <translation>되돌리기 작업 %1: 쓴 계정: %2, 이미 되돌려짐: %3, 충돌만 있음: %4, 실패: %5, 알 수 없음: %6, 아직 보내지 않음: %7(전체 %8).</translation>
    </message>
    <message>
        <source>Conflicts skipped: %1 (listed above); --force overwrites them.</source>
        <translation>건너뛴 충돌: %1(위 참조). --force를 지정하면 덮어씁니다.</translation>
    </message>
    <message>
        <source>The revert stopped before every account had its result. Run it again: fields already back are not written again.</source>
        <translation>모든 계정의 결과가 나오기 전에 되돌리기가 중지되었습니다. 다시 실행하세요. 이미 되돌려진 필드는 다시 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Recorded as operation %1; chat-profile revert --job %1 undoes this revert.</source>
        <translation>작업 %1(으)로 기록했습니다. chat-profile revert --job %1로 이 되돌리기를 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>RevertDialog</name>
    <message>
        <source>What the revert puts back</source>
        <translation>되돌리기로 되돌릴 내용</translation>
    </message>
    <message>
        <source>&amp;Overwrite changes made since</source>
        <translation>이후 변경도 덮어쓰기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>되돌리기(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>변경 되돌리기</translation>
    </message>
    <message>
        <source>A field that was not set before cannot be removed through the API: the revert writes its empty value instead (&quot;&quot; for text, 0 for numbers, the default of a choice).</source>
        <translation>이전에 설정되지 않았던 필드는 API로 제거할 수 없으므로, 되돌리기는 대신 빈 값을 씁니다(텍스트는 &quot;&quot;, 숫자는 0, 선택 항목은 기본값).</translation>
    </message>
    <message>
        <source>Write the old value also where someone changed the field after we wrote it</source>
        <translation>쓴 뒤에 누군가 바꾼 필드에도 이전 값을 씁니다</translation>
    </message>
    <message>
        <source>The current values could not be read, so nothing was written: %1</source>
        <translation>현재 값을 읽을 수 없어 아무것도 쓰지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Puts back what the selected changes overwrote: %1 on %2, in SDKAppID %3 as %4 at %5.</source>
        <translation>선택한 변경이 덮어쓴 값을 되돌립니다: %2의 %1, %5의 SDKAppID %3(관리자 %4).</translation>
    </message>
    <message>
        <source>1 field</source>
        <translation>필드 1개</translation>
    </message>
    <message>
        <source>%1 fields</source>
        <translation>필드 %1개</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>계정 1개</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>계정 %1개</translation>
    </message>
    <message>
        <source>1 failed write is left out: it changed nothing.</source>
        <translation>실패한 쓰기 1건은 아무것도 바꾸지 않았으므로 제외했습니다.</translation>
    </message>
    <message>
        <source>%1 failed writes are left out: they changed nothing.</source>
        <translation>실패한 쓰기 %1건은 아무것도 바꾸지 않았으므로 제외했습니다.</translation>
    </message>
    <message>
        <source>These changes were made in SDKAppID %1 as %2 at %3, but the window&apos;s connection goes to SDKAppID %4 as %5 at %6. A revert writes only where the changes were made: pick that app, region and admin in the main window, then Revert… again. Nothing was read or sent.</source>
        <translation>이 변경은 %3의 SDKAppID %1(관리자 %2)에서 이루어졌지만, 이 창의 연결 대상은 %6의 SDKAppID %4(관리자 %5)입니다. 되돌리기는 변경이 이루어진 곳에만 씁니다. 주 창에서 그 앱, 리전, 관리자를 선택한 뒤 다시 &quot;되돌리기…&quot;를 누르세요. 아무것도 읽거나 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The current values cannot be read: %1</source>
        <translation>현재 값을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Reading the current values…</source>
        <translation>현재 값을 읽는 중…</translation>
    </message>
    <message>
        <source>1 field will be put back.</source>
        <translation>필드 1개를 되돌립니다.</translation>
    </message>
    <message>
        <source>%1 fields will be put back.</source>
        <translation>필드 %1개를 되돌립니다.</translation>
    </message>
    <message>
        <source>1 conflict (changed since we wrote it) is skipped.</source>
        <translation>충돌 1건(쓴 뒤에 바뀐 필드)은 건너뜁니다.</translation>
    </message>
    <message>
        <source>%1 conflicts (changed since we wrote them) are skipped.</source>
        <translation>충돌 %1건(쓴 뒤에 바뀐 필드)은 건너뜁니다.</translation>
    </message>
    <message>
        <source>1 conflict will be overwritten.</source>
        <translation>충돌 1건을 덮어씁니다.</translation>
    </message>
    <message>
        <source>%1 conflicts will be overwritten.</source>
        <translation>충돌 %1건을 덮어씁니다.</translation>
    </message>
    <message>
        <source>1 field already holds its old value.</source>
        <translation>필드 1개는 이미 이전 값입니다.</translation>
    </message>
    <message>
        <source>%1 fields already hold their old value.</source>
        <translation>필드 %1개는 이미 이전 값입니다.</translation>
    </message>
    <message>
        <source>1 field cannot be written.</source>
        <translation>필드 1개는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 fields cannot be written.</source>
        <translation>필드 %1개는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>This connection is read-only: it refuses reverts. Pick a connection that may write in the main window.</source>
        <translation>이 연결은 읽기 전용이라 되돌리기를 거부합니다. 주 창에서 쓰기가 허용된 연결을 고르세요.</translation>
    </message>
    <message>
        <source>The revert is running.</source>
        <translation>되돌리기가 실행 중입니다.</translation>
    </message>
    <message>
        <source>This revert has run. Pick the changes in the history again to see what is left.</source>
        <translation>이 되돌리기는 이미 실행되었습니다. 남은 것을 보려면 기록에서 변경을 다시 선택하세요.</translation>
    </message>
    <message>
        <source>The current values are needed first.</source>
        <translation>먼저 현재 값을 읽어야 합니다.</translation>
    </message>
    <message>
        <source>Nothing to write: every field holds its old value or cannot be written.</source>
        <translation>쓸 내용이 없습니다. 모든 필드가 이미 이전 값이거나 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Nothing to write but conflicts: tick &quot;Overwrite changes made since&quot; to write them.</source>
        <translation>충돌 외에는 쓸 내용이 없습니다. 충돌을 쓰려면 &quot;이후 변경도 덮어쓰기&quot;를 체크하세요.</translation>
    </message>
    <message>
        <source>Cancel revert</source>
        <translation>되돌리기 취소</translation>
    </message>
    <message>
        <source>This connection is read-only: the revert was not started.</source>
        <translation>이 연결은 읽기 전용이라 되돌리기를 시작하지 않았습니다.</translation>
    </message>
    <message>
        <source>Storing the revert…</source>
        <translation>되돌리기를 저장하는 중…</translation>
    </message>
    <message>
        <source>The revert could not be stored, so nothing was sent: %1</source>
        <translation>되돌리기를 저장할 수 없어 아무것도 보내지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation>되돌리는 중…</translation>
    </message>
    <message>
        <source>Revert ended: %1 put back, %2 failed, %3 unknown (sent, no answer), %4 not sent.</source>
        <translation>되돌리기 종료: 되돌림 %1, 실패 %2, 알 수 없음 %3(보냈지만 응답 없음), 보내지 않음 %4.</translation>
    </message>
    <message>
        <source>1 field did not stick.</source>
        <translation>필드 1개가 반영되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 fields did not stick.</source>
        <translation>필드 %1개가 반영되지 않았습니다.</translation>
    </message>
    <message>
        <source>Cancelling: nothing new is sent; waiting for the answers on their way…</source>
        <translation>취소하는 중: 더 이상 새로 보내지 않습니다. 오고 있는 응답을 기다리는 중…</translation>
    </message>
</context>
<context>
    <name>RevertPlan</name>
    <message>
        <source>Select the changes to revert.</source>
        <translation>되돌릴 변경을 선택하세요.</translation>
    </message>
    <message>
        <source>None of the selected writes was stored (they all failed), so there is nothing to revert.</source>
        <translation>선택한 쓰기는 모두 실패해 저장되지 않았으므로 되돌릴 것이 없습니다.</translation>
    </message>
    <message>
        <source>The selected changes were made on different apps, regions or admins. Revert the changes of one connection at a time.</source>
        <translation>선택한 변경은 서로 다른 앱, 리전 또는 관리자에서 이루어졌습니다. 한 번에 한 연결의 변경만 되돌리세요.</translation>
    </message>
    <message>
        <source>revert</source>
        <translation>되돌리기</translation>
    </message>
</context>
<context>
    <name>RevertPreviewModel</name>
    <message>
        <source>(not set)</source>
        <translation>(설정 안 됨)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>A profile value that is empty text, in the revert preview.</extracomment>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>FAIL %1 %2</source>
        <translation>실패 %1 %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>보내지 않음</translation>
    </message>
    <message>
        <source>%1 (was not set: its empty value is written)</source>
        <extracomment>A field that had no value before: portrait_set cannot remove it, so its empty value is written.</extracomment>
        <translation>%1(설정되지 않았었음: 빈 값을 씀)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <source>Will be put back</source>
        <translation>되돌릴 예정</translation>
    </message>
    <message>
        <source>Conflict: changed since; skipped</source>
        <translation>충돌: 이후 변경됨, 건너뜀</translation>
    </message>
    <message>
        <source>Conflict: changed since; will be overwritten</source>
        <translation>충돌: 이후 변경됨, 덮어쓸 예정</translation>
    </message>
    <message>
        <source>Already holds the old value</source>
        <translation>이미 이전 값</translation>
    </message>
    <message>
        <source>The account does not exist</source>
        <translation>계정이 존재하지 않음</translation>
    </message>
    <message>
        <source>The server refuses this field</source>
        <translation>서버가 이 필드를 거부함</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>되돌림</translation>
    </message>
    <message>
        <source>Written, but the server holds something else</source>
        <translation>썼지만 서버의 값이 다름</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>Unknown: sent, and no answer came</source>
        <translation>알 수 없음: 보냈지만 응답이 오지 않음</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>We wrote</source>
        <translation>쓴 값</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>현재 서버 값</translation>
    </message>
    <message>
        <source>Revert writes</source>
        <translation>되돌리면 쓸 값</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>처리 내용</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Run the Sandbox, a local emulation of the profile REST API.</source>
        <translation>샌드박스 실행: 프로필 REST API의 로컬 에뮬레이션.</translation>
    </message>
    <message>
        <source>Serves v4/profile/portrait_set and portrait_get on plain HTTP, with the real service&apos;s URL, envelope and error codes, until SIGINT or SIGTERM. Without --sdkappid and --key-file it runs the demo app. Once listening it prints one line, &quot;listening on http://HOST:PORT&quot;, on stdout.</source>
        <translation>암호화되지 않은 HTTP로 v4/profile/portrait_set과 portrait_get을 실제 서비스와 같은 URL, 응답 구조, 오류 코드로 제공하며, SIGINT나 SIGTERM을 받을 때까지 실행됩니다. --sdkappid와 --key-file이 없으면 데모 앱을 실행합니다. 수신 대기를 시작하면 표준 출력에 &quot;listening on http://HOST:PORT&quot; 한 줄을 출력합니다.</translation>
    </message>
    <message>
        <source>Address and port to listen on; port 0 picks a free one (default 127.0.0.1:0).</source>
        <translation>수신 대기할 주소와 포트. 포트 0은 빈 포트를 고릅니다(기본값 127.0.0.1:0).</translation>
    </message>
    <message>
        <source>Allow --listen on an address other networks can reach. Anyone there can then read and change the Sandbox&apos;s profiles.</source>
        <translation>다른 네트워크에서 접근할 수 있는 주소로 --listen을 허용합니다. 그러면 그 네트워크의 누구나 샌드박스의 프로필을 읽고 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>SDKAppID of the emulated app (needs --key-file).</source>
        <translation>에뮬레이션할 앱의 SDKAppID(--key-file 필요).</translation>
    </message>
    <message>
        <source>File holding the emulated app&apos;s secret key (needs --sdkappid).</source>
        <translation>에뮬레이션할 앱의 비밀 키가 담긴 파일(--sdkappid 필요).</translation>
    </message>
    <message>
        <source>An admin account that may call the API; repeatable (default: administrator).</source>
        <translation>API를 호출할 수 있는 관리자 계정. 반복 지정 가능(기본값: administrator).</translation>
    </message>
    <message>
        <source>File listing account IDs to import, one per line (# starts a comment).</source>
        <translation>가져올 계정 ID 목록 파일, 한 줄에 하나(#으로 시작하면 주석).</translation>
    </message>
    <message>
        <source>A custom profile field and the admin&apos;s access to it (default rw); repeatable.</source>
        <translation>사용자 지정 프로필 필드와 그에 대한 관리자의 접근 권한(기본값 rw). 반복 지정 가능.</translation>
    </message>
    <message>
        <source>Keep accounts and profiles in FILE across runs (default: in memory only).</source>
        <translation>계정과 프로필을 FILE에 보관해 실행 간에 유지합니다(기본값: 메모리에만 보관).</translation>
    </message>
    <message>
        <source>Delay every answer by N milliseconds (default 0).</source>
        <translation>모든 응답을 N밀리초 지연합니다(기본값 0).</translation>
    </message>
    <message>
        <source>Share P (0 to 1) of calls that fail on purpose: KIND is 40006 (internal error), 502 (bad gateway), drop (connection closed) or malformed (truncated JSON); repeatable.</source>
        <translation>일부러 실패시킬 호출의 비율 P(0~1). KIND는 40006(내부 오류), 502(잘못된 게이트웨이), drop(연결 끊김), malformed(잘린 JSON) 중 하나. 반복 지정 가능.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>예상치 못한 인수 &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--listen wants HOST:PORT, e.g. 127.0.0.1:8080, not &quot;%1&quot;.</source>
        <translation>--listen에는 &quot;%1&quot;이(가) 아니라 127.0.0.1:8080 같은 HOST:PORT를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>%1 is reachable from other machines. Add --allow-remote if that is what you want.</source>
        <translation>%1은(는) 다른 컴퓨터에서 접근할 수 있습니다. 의도한 것이라면 --allow-remote를 추가하세요.</translation>
    </message>
    <message>
        <source>--sdkappid and --key-file go together; leave both out to run the demo app.</source>
        <translation>--sdkappid와 --key-file은 함께 씁니다. 둘 다 빼면 데모 앱을 실행합니다.</translation>
    </message>
    <message>
        <source>--sdkappid wants a positive number, not &quot;%1&quot;.</source>
        <translation>--sdkappid에는 &quot;%1&quot;이(가) 아니라 양수를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>cannot read the key file %1: %2</source>
        <translation>키 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the key file %1 is empty; put the app&apos;s secret key in it.</source>
        <translation>키 파일 %1이(가) 비어 있습니다. 앱의 비밀 키를 넣으세요.</translation>
    </message>
    <message>
        <source>cannot read the accounts file %1: %2</source>
        <translation>계정 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>--custom-tag wants Tag_Profile_Custom_&lt;keyword&gt;, not &quot;%1&quot;. %2</source>
        <translation>--custom-tag에는 &quot;%1&quot;이(가) 아니라 Tag_Profile_Custom_&lt;keyword&gt;를 지정해야 합니다. %2</translation>
    </message>
    <message>
        <source>--custom-tag %1: the access is rw, r, w or none.</source>
        <translation>--custom-tag %1: 접근 권한은 rw, r, w, none 중 하나입니다.</translation>
    </message>
    <message>
        <source>--rate-limit wants a number of calls per second, 0 for none.</source>
        <translation>--rate-limit에는 초당 호출 수를 지정합니다. 0은 제한 없음입니다.</translation>
    </message>
    <message>
        <source>--latency-ms wants a number of milliseconds.</source>
        <translation>--latency-ms에는 밀리초 값을 지정합니다.</translation>
    </message>
    <message>
        <source>--fault-rate wants KIND=P with KIND 40006, 502, drop or malformed and P from 0 to 1, not &quot;%1&quot;.</source>
        <translation>--fault-rate에는 &quot;%1&quot;이(가) 아니라 KIND=P를 지정해야 합니다. KIND는 40006, 502, drop, malformed 중 하나이고 P는 0~1입니다.</translation>
    </message>
    <message>
        <source>the --fault-rate shares add up to more than 1.</source>
        <translation>--fault-rate 비율의 합이 1을 넘습니다.</translation>
    </message>
    <message>
        <source>cannot watch for SIGINT/SIGTERM.</source>
        <translation>SIGINT/SIGTERM을 감지할 수 없습니다.</translation>
    </message>
    <message>
        <source>Warning: the Sandbox is reachable from other machines on plain HTTP, and anyone holding the key can change its profiles.</source>
        <translation>경고: 다른 컴퓨터에서 암호화되지 않은 HTTP로 샌드박스에 접근할 수 있으며, 키를 가진 누구나 프로필을 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Demo app: SDKAppID %1, admin %2, secret key %3.</source>
        <translation>데모 앱: SDKAppID %1, 관리자 %2, 비밀 키 %3.</translation>
    </message>
    <message>
        <source>Calls per sliding second before 60007; 0 for no limit (default %1).</source>
        <translation>슬라이딩 1초당 호출 수가 이를 넘으면 60007, 0이면 제한 없음(기본값 %1).</translation>
    </message>
    <message>
        <source>Also create accounts user000001 to userN (at most %1), each with a nickname, gender, birthday and level, the same on every run: for bulk demos and benchmarks.</source>
        <translation>계정 user000001부터 userN까지(최대 %1개)도 만듭니다. 각 계정에는 닉네임, 성별, 생일, 레벨이 있으며 실행할 때마다 같습니다. 일괄 편집 데모와 벤치마크용입니다.</translation>
    </message>
    <message>
        <source>--generate-accounts wants a number of accounts from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--generate-accounts에는 1부터 %1까지의 계정 수를 지정해야 합니다. &quot;%2&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Generated accounts: %1 to %2.</source>
        <translation>생성한 계정: %1부터 %2까지.</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The Sandbox cannot listen on %1 port %2: %3. Pick another address or port.</source>
        <translation>샌드박스가 %1 포트 %2에서 수신 대기할 수 없습니다: %3. 다른 주소나 포트를 고르세요.</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>올바른 JSON이 아닙니다(%2바이트 위치: %1)</translation>
    </message>
    <message>
        <source>it is not a Sandbox data file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>샌드박스 데이터 파일이 아닙니다(&quot;format&quot;: &quot;%1&quot; 없음)</translation>
    </message>
    <message>
        <source>it has version %1, this Sandbox reads version %2</source>
        <translation>버전이 %1인데, 이 샌드박스는 버전 %2를 읽습니다</translation>
    </message>
    <message>
        <source>&quot;accounts&quot; is missing or not an object</source>
        <translation>&quot;accounts&quot;가 없거나 객체가 아닙니다</translation>
    </message>
    <message>
        <source>the profile of account &quot;%1&quot; is not an object</source>
        <translation>계정 &quot;%1&quot;의 프로필이 객체가 아닙니다</translation>
    </message>
    <message>
        <source>the value of %1 for account &quot;%2&quot; is neither a string nor a number</source>
        <translation>계정 &quot;%2&quot;의 %1 값이 문자열도 숫자도 아닙니다</translation>
    </message>
    <message>
        <source>Cannot write the Sandbox data file %1: %2</source>
        <translation>샌드박스 데이터 파일 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read the Sandbox data file %1: %2</source>
        <translation>샌드박스 데이터 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The Sandbox data file %1 cannot be loaded: %2. It was left untouched; repair it, or move it away to start with an empty store.</source>
        <translation>샌드박스 데이터 파일 %1을(를) 불러올 수 없습니다: %2. 파일은 건드리지 않았습니다. 고치거나, 빈 저장소로 시작하려면 다른 곳으로 옮기세요.</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>File holding the app&apos;s secret key (first line). Default: the %1 environment variable. The key itself is never accepted on the command line, where other users could see it.</source>
        <translation>앱의 비밀 키가 담긴 파일(첫 줄). 기본값: 환경 변수 %1. 다른 사용자가 볼 수 있으므로 비밀 키 자체는 명령줄에서 절대 받지 않습니다.</translation>
    </message>
    <message>
        <source>The secret key is not accepted on the command line, where every user of this machine can read it (ps, shell history). Put it in a file readable only by you and pass --key-file FILE, or set %1.</source>
        <translation>명령줄의 비밀 키는 받지 않습니다. 이 컴퓨터의 모든 사용자가 명령줄을 읽을 수 있기 때문입니다(ps, 셸 기록). 본인만 읽을 수 있는 파일에 넣고 --key-file FILE로 전달하거나 %1을(를) 설정하세요.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; it should hold only the key or UserSig.</source>
        <translation>%1이(가) %2KiB보다 큽니다. 비밀 키나 UserSig만 들어 있어야 합니다.</translation>
    </message>
    <message>
        <source>%1 is empty; it should hold the key or UserSig on its first line.</source>
        <translation>%1이(가) 비어 있습니다. 첫 줄에 비밀 키나 UserSig가 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret key is stored for this connection.</source>
        <translation>이 연결에 저장된 비밀 키가 없습니다.</translation>
    </message>
    <message>
        <source>No system keychain is available (such as GNOME Keyring or KWallet), so the secret key cannot be remembered. It is kept in memory until you quit; you will need to enter it again next time.</source>
        <translation>사용할 수 있는 시스템 키체인(GNOME Keyring, KWallet 등)이 없어 비밀 키를 기억할 수 없습니다. 종료할 때까지 메모리에 보관하며, 다음에는 다시 입력해야 합니다.</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(키체인 메시지: %1)</translation>
    </message>
</context>
<context>
    <name>SessionEntry</name>
    <message>
        <source>Load</source>
        <translation>불러오기</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Read back</source>
        <extracomment>The automatic portrait_get after a successful write, to check what was stored.</extracomment>
        <translation>다시 읽기</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>보내지 않음</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>네트워크 오류</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 오류</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>예상치 못한 응답</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <extracomment>A write was sent but no answer came: it may or may not have been stored.</extracomment>
        <translation>결과 알 수 없음</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>%1  %2  %3  %4  (%5 ms)</source>
        <translation>%1  %2  %3  %4  (%5ms)</translation>
    </message>
</context>
<context>
    <name>SetCommand</name>
    <message>
        <source>Change one user&apos;s profile fields (portrait_set).</source>
        <translation>한 사용자의 프로필 필드 변경(portrait_set).</translation>
    </message>
    <message>
        <source>The account whose profile to change.</source>
        <translation>프로필을 변경할 계정.</translation>
    </message>
    <message>
        <source>A field and its new value, e.g. Nick=Anna, Gender=Female, BirthDay=19900521 or Tag_Profile_Custom_Hobby=chess. Repeat for several fields.</source>
        <translation>필드와 새 값. 예: Nick=Anna, Gender=Female, BirthDay=19900521, Tag_Profile_Custom_Hobby=chess. 여러 필드는 반복해서 지정합니다.</translation>
    </message>
    <message>
        <source>Give the account to change with --account.</source>
        <translation>--account로 변경할 계정을 지정하세요.</translation>
    </message>
    <message>
        <source>Give at least one --set TAG=VALUE.</source>
        <translation>--set TAG=VALUE를 하나 이상 지정하세요.</translation>
    </message>
    <message>
        <source>%1 is set twice; give each field once.</source>
        <translation>%1이(가) 두 번 지정되었습니다. 필드마다 한 번만 지정하세요.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Checks every field against the profile rules, reads the current values, then sends one portrait_set with the fields that change and prints ActionStatus, ErrorCode, ErrorInfo, ErrorDisplay, an explanation and the request&apos;s random; nothing is sent when every field already holds its value. The write is recorded in the change history (old and new values) before it is sent, as an operation that chat-profile revert --job can undo. A write whose answer never came is not sent again: its outcome is unknown, and the command to check it is printed. Exit codes: 0 set (or already so); 1 the API answered FAIL, the account does not exist, or the value did not stick; 2 bad input, nothing sent; 3 network, TLS, timeout or protocol failure, or the outcome is unknown.</source>
        <translation>모든 필드를 프로필 규칙으로 검사하고 현재 값을 읽은 다음, 바뀌는 필드를 담은 portrait_set을 한 번 보내고 ActionStatus, ErrorCode, ErrorInfo, ErrorDisplay, 설명, 요청의 random을 출력합니다. 모든 필드가 이미 그 값이면 아무것도 보내지 않습니다. 쓰기는 보내기 전에 chat-profile revert --job으로 되돌릴 수 있는 작업으로서 변경 기록에 기록됩니다(이전 값과 새 값). 응답이 오지 않은 쓰기는 다시 보내지 않습니다. 결과는 알 수 없음이 되며, 확인할 명령이 출력됩니다. 종료 코드: 0 설정함(또는 이미 그 값), 1 API가 FAIL로 응답했거나 계정이 존재하지 않거나 값이 반영되지 않음, 2 잘못된 입력(아무것도 보내지 않음), 3 네트워크·TLS·시간 초과·프로토콜 오류 또는 결과를 알 수 없음.</translation>
    </message>
    <message>
        <source>The current values could not be read, so nothing was sent.</source>
        <translation>현재 값을 읽을 수 없어 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Reading the current values: the account %1 does not exist (ErrorCode %2).</source>
        <translation>현재 값 읽기: 계정 %1이(가) 존재하지 않습니다(ErrorCode %2).</translation>
    </message>
    <message>
        <source>Reading the current values: the server refuses %1 (ErrorCode %2).</source>
        <translation>현재 값 읽기: 서버가 %1을(를) 거부했습니다(ErrorCode %2).</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 already holds every value asked for (%2).</source>
        <translation>아무것도 보내지 않았습니다. %1에는 이미 요청한 값이 모두 들어 있습니다(%2).</translation>
    </message>
    <message>
        <source>The server answered OK, but reading it back found something else for %1.</source>
        <translation>서버가 OK로 응답했지만, 다시 읽어 보니 %1의 값이 달랐습니다.</translation>
    </message>
    <message>
        <source>Recorded as operation %1 in the change history; chat-profile revert --job %1 puts the old values back.</source>
        <translation>변경 기록에 작업 %1(으)로 기록했습니다. chat-profile revert --job %1로 이전 값을 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>In Excel use File &gt; Save As and choose &quot;CSV UTF-8 (Comma delimited)&quot;; in LibreOffice tick &quot;Edit filter settings&quot; and choose &quot;Unicode (UTF-8)&quot;.</source>
        <translation>Excel에서는 파일 &gt; 다른 이름으로 저장에서 &quot;CSV UTF-8(쉼표로 분리)&quot;을 고르고, LibreOffice에서는 &quot;필터 설정 편집&quot;을 선택한 뒤 &quot;Unicode (UTF-8)&quot;을 고르세요.</translation>
    </message>
    <message>
        <source>This cell has text after its closing quote. Put the whole cell in quotes and write every quote inside it twice (&quot;&quot;).</source>
        <translation>이 셀에는 닫는 따옴표 뒤에 텍스트가 있습니다. 셀 전체를 따옴표로 감싸고, 안의 따옴표는 모두 두 번(&quot;&quot;) 쓰세요.</translation>
    </message>
    <message>
        <source>The quote that opens this cell is never closed, so everything after it was read into this cell. Add the closing quote (&quot;), or write the quote twice (&quot;&quot;) if it is part of the text.</source>
        <translation>이 셀을 여는 따옴표가 닫히지 않아 그 뒤의 모든 내용이 이 셀로 읽혔습니다. 닫는 따옴표(&quot;)를 추가하거나, 따옴표가 텍스트의 일부라면 두 번(&quot;&quot;) 쓰세요.</translation>
    </message>
    <message>
        <source>The encoding &quot;%1&quot; is not known. Choose one such as UTF-8, GB18030, Shift_JIS or EUC-KR, or save the file as UTF-8. %2</source>
        <translation>알 수 없는 인코딩 &quot;%1&quot;입니다. UTF-8, GB18030, Shift_JIS, EUC-KR 같은 인코딩을 고르거나 파일을 UTF-8로 저장하세요. %2</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text: this cell holds the first byte that is not. Save the file as UTF-8, or choose the encoding it was saved in (for example GB18030, Shift_JIS or EUC-KR). %1</source>
        <translation>이 파일은 UTF-8 텍스트가 아닙니다. 처음으로 맞지 않는 바이트가 이 셀에 있습니다. 파일을 UTF-8로 저장하거나, 저장할 때 쓴 인코딩(예: GB18030, Shift_JIS, EUC-KR)을 고르세요. %1</translation>
    </message>
    <message>
        <source>This file is not valid %1 text: this cell holds the first byte that is not. Choose the encoding the file was saved in, or save it as UTF-8. %2</source>
        <translation>이 파일은 올바른 %1 텍스트가 아닙니다. 처음으로 맞지 않는 바이트가 이 셀에 있습니다. 파일을 저장할 때 쓴 인코딩을 고르거나 UTF-8로 저장하세요. %2</translation>
    </message>
    <message>
        <source>This cell holds a NUL character, which text files do not contain: the file is probably UTF-16 without a byte-order mark, or not a text file. Save it as UTF-8. %1</source>
        <translation>이 셀에는 텍스트 파일에 없는 NUL 문자가 있습니다. 바이트 순서 표시가 없는 UTF-16 파일이거나 텍스트 파일이 아닐 수 있습니다. UTF-8로 저장하세요. %1</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate cells. Choose a comma, a semicolon, a tab or another character that the cells do not contain.</source>
        <translation>따옴표나 줄바꿈으로는 셀을 구분할 수 없습니다. 쉼표, 세미콜론, 탭 또는 셀에 없는 다른 문자를 고르세요.</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n cell(s) but the header names %1 columns. Add the missing cells (an empty cell leaves a field unchanged), or check that a cell holding the delimiter is quoted.</source>
        <translation>
            <numerusform>이 행에는 셀이 %n개 있지만 머리글에는 열이 %1개 있습니다. 빠진 셀을 추가하거나(빈 셀은 필드를 바꾸지 않습니다), 구분 문자가 든 셀이 따옴표로 감싸져 있는지 확인하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n cell(s) but the header names only %1 columns. Remove the extra cells or name their column in the header, and check that a cell holding the delimiter is quoted.</source>
        <translation>
            <numerusform>이 행에는 셀이 %n개 있지만 머리글에는 열이 %1개뿐입니다. 남는 셀을 지우거나 머리글에 그 열의 이름을 적고, 구분 문자가 든 셀이 따옴표로 감싸져 있는지 확인하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to read. Give a header row naming the columns (for example account,Nick) and one row per account below it.</source>
        <translation>읽을 내용이 없습니다. 열 이름을 적은 머리글 행(예: account,Nick)과 그 아래에 계정마다 한 행을 넣으세요.</translation>
    </message>
    <message>
        <source>There is a header row but no rows below it. Add one row per account under the header.</source>
        <translation>머리글 행은 있지만 그 아래에 행이 없습니다. 머리글 아래에 계정마다 한 행을 추가하세요.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>%1행, %2열</translation>
    </message>
</context>
<context>
    <name>UnfinishedJobBar</name>
    <message>
        <source>Unfinished bulk job</source>
        <translation>완료되지 않은 일괄 작업</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>재개(&amp;M)</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>검토(&amp;W)</translation>
    </message>
    <message>
        <source>Aban&amp;don</source>
        <translation>포기(&amp;D)</translation>
    </message>
    <message>
        <source>Stop offering this job; the rows not sent stay unsent</source>
        <translation>이 작업을 더 이상 제안하지 않습니다. 보내지 않은 행은 보내지 않은 채로 남습니다</translation>
    </message>
    <message>
        <source>A bulk job was not finished: %1, started %2; %3 of %4 rows done.</source>
        <translation>완료되지 않은 일괄 작업이 있습니다: %1, %2에 시작, %4행 중 %3행 완료.</translation>
    </message>
</context>
<context>
    <name>UserSig</name>
    <message>
        <source>character “%1” at position %2 is not part of a UserSig (only A–Z, a–z, 0–9, *, - and _ are)</source>
        <translation>%2번째 위치의 문자 &quot;%1&quot;은(는) UserSig에 쓰이지 않습니다(A–Z, a–z, 0–9, *, -, _만 허용)</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>비어 있습니다</translation>
    </message>
    <message>
        <source>it is not valid base64: the padding “_” appears before the end</source>
        <translation>올바른 base64가 아닙니다. 채움 문자 &quot;_&quot;가 끝나기 전에 나옵니다</translation>
    </message>
    <message>
        <source>it is not valid base64: its length is impossible, so characters are missing</source>
        <translation>올바른 base64가 아닙니다. 길이가 맞지 않아 문자가 빠져 있습니다</translation>
    </message>
    <message>
        <source>it is not valid base64: its last character does not fit, so it was changed</source>
        <translation>올바른 base64가 아닙니다. 마지막 문자가 맞지 않아 변경된 것으로 보입니다</translation>
    </message>
    <message>
        <source>it does not contain zlib-compressed data</source>
        <translation>zlib로 압축된 데이터가 들어 있지 않습니다</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>압축 해제기를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>there is unexpected data after its compressed content</source>
        <translation>압축된 내용 뒤에 예상치 못한 데이터가 있습니다</translation>
    </message>
    <message>
        <source>its content is larger than %1 KiB, far more than any UserSig</source>
        <translation>내용이 %1KiB를 넘어 어떤 UserSig보다도 훨씬 큽니다</translation>
    </message>
    <message>
        <source>its compressed data ends early: the sig is truncated</source>
        <translation>압축 데이터가 일찍 끝납니다. UserSig가 잘렸습니다</translation>
    </message>
    <message>
        <source>its compressed data is damaged</source>
        <translation>압축 데이터가 손상되었습니다</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>불리언 값</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>the field %1 is missing</source>
        <translation>필드 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>the field %1 should be %2 but is %3</source>
        <translation>필드 %1은(는) %2이어야 하지만 %3입니다</translation>
    </message>
    <message>
        <source>a whole number from 0 to %1</source>
        <translation>0부터 %1 사이의 정수</translation>
    </message>
    <message>
        <source>it is version “%1”; only version 2.0 (HMAC-SHA256) sigs can be read</source>
        <translation>버전이 &quot;%1&quot;입니다. 2.0 버전(HMAC-SHA256) UserSig만 읽을 수 있습니다</translation>
    </message>
    <message>
        <source>the field %1 is not valid text</source>
        <translation>필드 %1이(가) 올바른 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>the field %1 is not a base64 HMAC-SHA256</source>
        <translation>필드 %1이(가) base64로 인코딩된 HMAC-SHA256이 아닙니다</translation>
    </message>
    <message>
        <source>The UserSig cannot be read: %1.</source>
        <translation>UserSig를 읽을 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>it is %1 characters long, far longer than any UserSig</source>
        <translation>길이가 %1자로 어떤 UserSig보다도 훨씬 깁니다</translation>
    </message>
    <message>
        <source>its content is not valid JSON (%1 at byte %2)</source>
        <translation>내용이 올바른 JSON이 아닙니다(%2바이트 위치: %1)</translation>
    </message>
    <message>
        <source>its content is not a JSON object</source>
        <translation>내용이 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>The UserSig was made for SDKAppID %1, but the request is for SDKAppID %2.</source>
        <translation>이 UserSig는 SDKAppID %1용으로 만들어졌지만 요청은 SDKAppID %2에 대한 것입니다.</translation>
    </message>
    <message>
        <source>The UserSig was made for the account “%1”, but the request is sent as “%2”.</source>
        <translation>이 UserSig는 계정 &quot;%1&quot;용으로 만들어졌지만 요청은 &quot;%2&quot;(으)로 보내집니다.</translation>
    </message>
    <message>
        <source>The signature inside the UserSig does not match this secret key: it was made with another key, or changed after signing.</source>
        <translation>UserSig 안의 서명이 이 비밀 키와 맞지 않습니다. 다른 키로 만들어졌거나 서명 후 변경되었습니다.</translation>
    </message>
    <message>
        <source>The UserSig expired at %1, %2 ago.</source>
        <translation>이 UserSig는 %1에 만료되었습니다(%2 전).</translation>
    </message>
    <message>
        <source>The UserSig is valid: it was signed with this app&apos;s secret key, for this account and this app, and it has not expired.</source>
        <translation>이 UserSig는 유효합니다. 이 앱의 비밀 키로 이 계정과 이 앱에 대해 서명되었고 아직 만료되지 않았습니다.</translation>
    </message>
    <message>
        <source>The UserSig has expired; the server refuses it with error %1. Make a new one from the secret key, or ask for a sig with a longer lifetime.</source>
        <translation>이 UserSig는 만료되어 서버가 오류 %1로 거부합니다. 비밀 키로 새로 만들거나 유효 기간이 더 긴 UserSig를 요청하세요.</translation>
    </message>
    <message>
        <source>The UserSig was not signed with this app&apos;s secret key, usually because it was made with another app&apos;s key or with a key that has since been reset; the server refuses it with error %1. Use the secret key shown for this SDKAppID in the Chat console.</source>
        <translation>이 UserSig는 이 앱의 비밀 키로 서명되지 않았습니다. 보통 다른 앱의 키나 이후 재설정된 키로 만들어진 경우이며, 서버가 오류 %1로 거부합니다. Chat 콘솔에서 이 SDKAppID에 표시된 비밀 키를 사용하세요.</translation>
    </message>
    <message>
        <source>The UserSig belongs to another account than the one sending the request; the server refuses it with error %1. Send as the account the sig was made for, or make a sig for this account.</source>
        <translation>이 UserSig는 요청을 보내는 계정이 아닌 다른 계정의 것이므로 서버가 오류 %1로 거부합니다. UserSig를 만든 계정으로 보내거나 이 계정용 UserSig를 만드세요.</translation>
    </message>
    <message>
        <source>The UserSig was made for another app (another SDKAppID); the server refuses it with error %1. Check the SDKAppID, or make a sig for this app.</source>
        <translation>이 UserSig는 다른 앱(다른 SDKAppID)용으로 만들어져 서버가 오류 %1로 거부합니다. SDKAppID를 확인하거나 이 앱용 UserSig를 만드세요.</translation>
    </message>
    <message>
        <source>The UserSig is damaged or incomplete, often because it was cut off while copying; the server refuses it with error %1. Copy the whole sig again.</source>
        <translation>이 UserSig는 손상되었거나 불완전합니다. 복사하다가 잘린 경우가 많으며, 서버가 오류 %1로 거부합니다. UserSig 전체를 다시 복사하세요.</translation>
    </message>
</context>
<context>
    <name>UserSigCommand</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>예상치 못한 인수 &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give exactly one UserSig.</source>
        <translation>UserSig를 정확히 하나만 지정하세요.</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the options.</source>
        <translation>옵션은 &quot;%1 --help&quot;로 확인하세요.</translation>
    </message>
    <message>
        <source>The app&apos;s SDKAppID.</source>
        <translation>앱의 SDKAppID.</translation>
    </message>
    <message>
        <source>The administrator account the sig is for.</source>
        <translation>UserSig를 발급할 관리자 계정.</translation>
    </message>
    <message>
        <source>--sdkappid wants the app&apos;s numeric SDKAppID, not &quot;%1&quot;.</source>
        <translation>--sdkappid에는 &quot;%1&quot;이(가) 아니라 앱의 숫자 SDKAppID를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--identifier must not be empty.</source>
        <translation>--identifier는 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>유효</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>잘못된 서명</translation>
    </message>
    <message>
        <source>wrong identifier</source>
        <translation>identifier 불일치</translation>
    </message>
    <message>
        <source>wrong SDKAppID</source>
        <translation>SDKAppID 불일치</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>형식 오류</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>계정:</translation>
    </message>
    <message>
        <source>SDKAppID:</source>
        <translation>SDKAppID:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>발급 시각:</translation>
    </message>
    <message>
        <source>Lifetime:</source>
        <translation>유효 기간:</translation>
    </message>
    <message>
        <source>%1 seconds (%2)</source>
        <translation>%1초(%2)</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>만료 시각:</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 전</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 후</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>판정:</translation>
    </message>
    <message>
        <source>not checked: no secret key given (--key-file or %1)</source>
        <translation>검사 안 함: 비밀 키가 없음(--key-file 또는 %1)</translation>
    </message>
    <message>
        <source>It has expired: the server would refuse it with error %1.</source>
        <translation>만료됨: 서버가 오류 %1로 거부할 것입니다.</translation>
    </message>
    <message>
        <source>(server error %1)</source>
        <translation>(서버 오류 %1)</translation>
    </message>
    <message>
        <source>Make a UserSig from the secret key (gen), or explain one (inspect).</source>
        <translation>비밀 키로 UserSig 만들기(gen) 또는 UserSig 해석하기(inspect).</translation>
    </message>
    <message>
        <source>Usage: %1 gen|inspect [options]
  gen      Sign a UserSig with the app&apos;s secret key and print it.
  inspect  Show who a UserSig is for and when it expires, and with the secret key whether the server would accept it.
Run &quot;%1 gen --help&quot; or &quot;%1 inspect --help&quot; for the options.</source>
        <translation>사용법: %1 gen|inspect [옵션]
  gen      앱의 비밀 키로 UserSig에 서명하고 출력합니다.
  inspect  UserSig가 누구용이며 언제 만료되는지 보여 주고, 비밀 키가 있으면 서버가 받아들일지도 알려 줍니다.
옵션은 &quot;%1 gen --help&quot; 또는 &quot;%1 inspect --help&quot;로 확인하세요.</translation>
    </message>
    <message>
        <source>Signs a UserSig with the app&apos;s secret key, exactly like Tencent&apos;s TLSSigAPIv2 libraries, and prints only the UserSig on standard output.</source>
        <translation>Tencent의 TLSSigAPIv2 라이브러리와 똑같이 앱의 비밀 키로 UserSig에 서명하고, 표준 출력에는 UserSig만 출력합니다.</translation>
    </message>
    <message>
        <source>Lifetime in seconds, at most 50 years. Default: 86400 (one day).</source>
        <translation>유효 기간(초), 최대 50년. 기본값: 86400(하루).</translation>
    </message>
    <message>
        <source>Issue time in unix seconds, for reproducible output. Default: now.</source>
        <translation>발급 시각(유닉스 초). 재현 가능한 출력을 위해 씁니다. 기본값: 현재.</translation>
    </message>
    <message>
        <source>Give the app with --sdkappid and the account with --identifier.</source>
        <translation>--sdkappid로 앱을, --identifier로 계정을 지정하세요.</translation>
    </message>
    <message>
        <source>--expire wants a lifetime in seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--expire에는 &quot;%2&quot;이(가) 아니라 1에서 %1 사이의 유효 기간(초)을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--time wants unix seconds, not &quot;%1&quot;.</source>
        <translation>--time에는 &quot;%1&quot;이(가) 아니라 유닉스 초를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Give the app&apos;s secret key with --key-file FILE or the %1 environment variable.</source>
        <translation>--key-file FILE 또는 환경 변수 %1로 앱의 비밀 키를 지정하세요.</translation>
    </message>
    <message>
        <source>Reads a UserSig without sending anything: who and which app it was made for and when it expires. With the secret key (and optionally --sdkappid and --identifier) it also says whether the server would accept it, and if not why, with the server&apos;s error code. The report goes to standard output.
Exit code: 0 when the sig is valid, or readable and no key was given; 1 when it is malformed or would be refused; 2 for bad usage.</source>
        <translation>아무것도 보내지 않고 UserSig를 읽어, 누구와 어떤 앱용으로 만들어졌는지와 언제 만료되는지 보여 줍니다. 비밀 키(그리고 선택적으로 --sdkappid와 --identifier)가 있으면 서버가 받아들일지, 아니라면 그 이유와 서버 오류 코드도 알려 줍니다. 결과는 표준 출력으로 나갑니다.
종료 코드: 0 UserSig가 유효하거나, 읽을 수 있고 키가 주어지지 않음, 1 형식이 잘못되었거나 거부될 것임, 2 잘못된 사용법.</translation>
    </message>
    <message>
        <source>The UserSig, or - to read it from standard input (which keeps it out of the process list).</source>
        <translation>UserSig. -를 주면 표준 입력에서 읽습니다(프로세스 목록에 나타나지 않음).</translation>
    </message>
    <message>
        <source>Judge expiry at this unix time instead of now.</source>
        <translation>현재 대신 이 유닉스 시각을 기준으로 만료 여부를 판단합니다.</translation>
    </message>
    <message>
        <source>Print one JSON object: identifier, sdkappid, time, expire, expiresAt, expired, now, valid (null when no key was given), reason (null, expired, bad_signature, wrong_identifier, wrong_sdkappid or malformed), serverErrorCode, detail, explanation. Fields a malformed sig does not have are null.</source>
        <translation>JSON 객체 하나를 출력합니다: identifier, sdkappid, time, expire, expiresAt, expired, now, valid(키가 없으면 null), reason(null, expired, bad_signature, wrong_identifier, wrong_sdkappid, malformed 중 하나), serverErrorCode, detail, explanation. 형식이 잘못된 UserSig에 없는 필드는 null입니다.</translation>
    </message>
    <message>
        <source>--now wants unix seconds, not &quot;%1&quot;.</source>
        <translation>--now에는 &quot;%1&quot;이(가) 아니라 유닉스 초를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Cannot read the UserSig from standard input.</source>
        <translation>표준 입력에서 UserSig를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>chat-profile usersig: unknown subcommand &quot;%1&quot;.</source>
        <translation>chat-profile usersig: 알 수 없는 하위 명령 &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>WriteCommand</name>
    <message>
        <source>Reading the current values: %1/%2 accounts</source>
        <translation>현재 값 읽는 중: 계정 %1/%2</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>남은 시간 알 수 없음</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 남음</translation>
    </message>
    <message>
        <source>%1/%2 done, %3 ok, %4 failed, %5 unknown, %6 calls/s, %7</source>
        <translation>%1/%2 완료, 성공 %3, 실패 %4, 알 수 없음 %5, %6회/초, %7</translation>
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation>%1행: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2: ok, but the server holds something else for %3</source>
        <translation>%1행: %2: ok, 그러나 서버의 %3 값이 다릅니다</translation>
    </message>
    <message>
        <source>%1: ok, but the server holds something else for %2</source>
        <translation>%1: ok, 그러나 서버의 %2 값이 다릅니다</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit Tencent Cloud Chat user profiles by hand.</source>
        <translation>Tencent Cloud Chat 사용자 프로필을 직접 편집합니다.</translation>
    </message>
</context>
</TS>
