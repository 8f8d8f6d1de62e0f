#pragma once

#include "api/apiresult.h"
#include "api/requestcontext.h"
#include "api/retrypolicy.h"
#include "history/changehistory.h"
#include "jobs/writejob.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>

class ApiCall;
class CallPacer;
class JobRecorder;
class JobStore;
class RestClient;

// Where a running job stands, for a progress bar or a progress line.
struct JobProgress
{
    JobTotals totals;
    int done = 0; // rows with a final state
    double currentRate = 0.0; // calls per second over the last few seconds
    std::chrono::seconds timeLeft { -1 }; // -1 while unknown
};
Q_DECLARE_METATYPE(JobProgress)

// The one path every profile write takes: a single Apply, a bulk job and a revert are each a
// stored WriteJob that a JobRunner sends. So every guarantee below holds for all of them:
// - Only to the job's target: every call's context must match job.target (RequestTarget), or the
//   job stops before sending and nothing more goes out.
// - Recorded before sent: rows are marked Sent in the JobStore and each field's write is recorded
//   as pending in the ChangeHistory (with the job's id), both batched, before the request leaves;
//   answers complete both as they arrive. A request retried after an answer gets new records.
// - Sent as often as the retry policy decides, no more: the RestClient it is given must not retry
//   on its own (maxAttempts 1); the runner retries a write only when it surely was not stored (a
//   retryable ErrorCode, or a request that never left), after the policy's delay and through the
//   pacer. Rate-limit answers (60007, 60011, 60018, 60019) slow the pacer down and put the row back,
//   never failing it by themselves. A write without an answer is Unknown, never retried.
// - Paced: every call (reads too) waits for the CallPacer; at most maxInFlight at a time (a
//   request waiting for its retry delay does not hold a place).
// - Resumable: start() on a stored job sends only Pending rows; Sent and Unknown rows are read
//   back first (chunks of 100) and count as Ok when the server holds their new values, otherwise
//   they are sent again.
// - Read back: after the writes, Ok rows are read back (chunks of 100, only the tags written)
//   and every field that did not stick is marked (JobRow::didNotStick).
// - A network failure that persists (every call failing without an answer for StopAfterFailures
//   rows in a row) stops the job as Stopped: the rest stays Pending, to resume later.
//
// In detail:
// - start() asks the context once and refuses (refused(), returns false) a job that is not
//   stored, is finished (WriteJob::finished), whose rows are not numbered 0, 1, 2… in order, or
//   whose target is not the context's. Then it runs from the event loop: nothing is sent before
//   start() returns. A job with nothing to send (every row Unchanged, Failed or Skipped) finishes
//   at once: finished(Finished), and the store records it finished.
// - A write's answers: OK → Ok (read back later); a rate-limit code
//   (ErrorCatalogue::rateLimitCodes()) → pacer.slowDown() and the row goes to the back of the
//   queue, not counting an attempt; a retryable ErrorCode (ErrorCatalogue::isRetryable(), e.g.
//   40006) or a request that never left (network error, timeout before sending) → sent again
//   after Options::retry's delay while attempts are left; any other ErrorCode → Failed with the
//   answer; HTTP 4xx → Failed (reason "http-status"); no answer after sending → Unknown
//   (errorCode -1). A row whose attempts all failed without leaving stays Pending, and a job that
//   ends with Pending rows ends Stopped (resumable).
// - "Without an answer" counts Unknown rows and rows that could not be sent; any answer resets
//   the count.
// - Sent marks: before a write leaves, the row and the next writes in the queue (up to
//   max(maxInFlight, a quarter second at the pacer's rate)) are marked Sent in one
//   JobStore::markSent(); rows so marked but not sent when the job ends are stored Pending again.
//   A store that cannot record stops the job (Stopped) before anything else is sent.
// - Outcomes go to JobStore::recordOutcomes() at most every 250 ms, before each phase and at
//   the end; the change history gets one ChangeRecord per field of each answered or unknown
//   write (with the job's id), and the read-back's verdicts (Stuck / DidNotStick).
// - Every call (write or read) asks the ContextProvider; a context with a problem, or one whose
//   RequestTarget is not job.target, stops the job: refused(reason), no more calls, the answers
//   in flight are awaited, then finished(Stopped).
// - Resume read-back: rows Sent (and Unknown, in a job not yet finished) are read back first; a
//   row whose server values all hold its new values (ProfileValues::holds()) becomes Ok with
//   readBack set (a Sent row's fields then go to the history as OK and stuck, with random 0: the
//   write's answer was never stored), any other goes back to Pending and is sent. A read-back that
//   fails after its
//   retries stops the job (Stopped): those rows cannot be re-sent unseen.
// - Final read-back: a failing read leaves its rows Ok with readBack false; it does not fail
//   the job.
// - storeAndStart() takes a job not stored yet (a single Apply): it is stored through the
//   recorder's connection, on its thread, and started only once stored, so nothing is sent before
//   the job is in the store and the caller never waits for SQLite. The runner counts as running
//   from the call on; a job that cannot be stored ends Stopped without a request, job().id 0.
// - pause() lets the calls in flight finish and sends nothing until resume(); cancel() sends
//   nothing new, awaits the answers in flight and ends Cancelled (the rest stays Pending).
//   abort() is cancel() for a user who will not wait: the requests in flight are cut off at
//   once, so a write among them that had left is Unknown (recorded so, never sent again) and one
//   that had not stays Pending; it ends Cancelled too. Both, while the job is being stored, end it
//   Cancelled once stored, with nothing sent.
// - finished() comes once per start() or storeAndStart() that returned true, after the last
//   rowsChanged() and progressChanged();
//   JobStore::setFinished() records whether every row has its final state.
class JobRunner final : public QObject
{
    Q_OBJECT

public:
    using ContextProvider = std::function<RequestContext()>;

    enum class End {
        Finished, // every row has its final state
        Cancelled, // by cancel(): nothing new was sent, the answers in flight were awaited
        Stopped, // by a network failure or a refused target; resumable
    };
    Q_ENUM(End)

    struct Options
    {
        RetryPolicy retry;
        int maxInFlight = 16;
        bool readBack = true;
    };
    static constexpr int StopAfterFailures = 5;

    // None owned; all must outlive the runner. history may be nullptr. The runner writes store's
    // and history's files through its own connections (JobRecorder), on a thread of its own.
    JobRunner(RestClient *client, JobStore *store, ChangeHistory *history, CallPacer *pacer,
        ContextProvider contextProvider, QObject *parent = nullptr);
    ~JobRunner() override;

    void setOptions(const Options &options);

    // job must be stored (job.id != 0). Returns false (and emits refused()) when nothing starts:
    // the job is finished, or the context does not go to job.target.
    bool start(const WriteJob &job);
    // job not stored yet (job.id 0): stores it, then starts it. Returns false (and emits refused())
    // for what start() refuses, the storing aside; otherwise finished() follows.
    bool storeAndStart(const WriteJob &job);
    void pause(); // no new call starts; the answers in flight are awaited
    void resume();
    void cancel();
    void abort(); // cancel(), cutting off the requests in flight: a write among them is Unknown
    bool isRunning() const; // from start() or storeAndStart() until finished()
    bool isPaused() const;

    const WriteJob &job() const; // with every row's current state
    // The change-history record of each field of row's last request (tag → id), empty when none; kept
    // after the job ends, until the next start, so a later read-back of an Unknown row can say what
    // that write did.
    QHash<QString, qint64> historyIds(int row) const;

Q_SIGNALS:
    // Rows whose state changed since the last emission (coalesced: at most every 100 ms).
    void rowsChanged(const QList<int> &rowIndexes);
    void progressChanged(const JobProgress &progress);
    // Every request of the job as it ended, for the session log and the results pane; row is the
    // JobRow index of a write, -1 for a read-back of several rows.
    void callFinished(int row, const ApiResult &result);
    void refused(const QString &reason);
    // The change history could not record a write (the job goes on: the job store has it).
    void historyProblem(const QString &message);
    void finished(JobRunner::End end, const QString &message);

private:
    enum class Phase { Verify, Write, ReadBack };
    struct Request
    {
        QList<int> rows; // a write: its row; a read: up to ProfileApi::MaxAccountsPerGet rows
        int attempt = 1;
    };

    bool refuse(const QString &reason);
    QString startProblem(const WriteJob &job, bool stored) const; // empty when it may start
    void begin(const WriteJob &job);
    void onCreated(int token, qint64 jobId, const QString &error);
    void pump();
    bool send(const Request &request);
    bool isMarked(int row) const;
    int markBatch() const;
    void markAhead(const RequestContext &context);
    void requestMarks(int row, const RequestContext &context);
    void onMarked(int token, const QList<qint64> &historyIds);
    void completeAsNotSent(int index);
    void onRecorded(int token);
    void onWriteAnswered(const Request &request, const ApiResult &result);
    void onReadAnswered(const Request &request, const ApiResult &result);
    void applyVerify(const Request &request, const ApiResult &result);
    void applyReadBack(const Request &request, const ApiResult &result);
    void retryLater(Request request);
    void countUnanswered();
    // Records the answer to a row's pending history records; forget when the row goes back to the
    // queue, so its next request gets records of its own.
    void completeHistory(const JobRow &row, const ApiResult &result, bool forget);
    void settleEarlierAttempts(const JobRow &row, bool stored);
    void enterPhase(Phase phase);
    void queueReads(const QList<int> &rows);
    void maybeAdvance();
    void halt(End end, const QString &message);
    void finish();
    void flush();
    void rowChanged(int row, bool store = true);
    void emitRowsChanged();
    JobProgress progress() const;

    RestClient *m_client;
    ChangeHistory *m_history;
    CallPacer *m_pacer;
    ContextProvider m_contextProvider;
    Options m_options;

    WriteJob m_job;
    Phase m_phase = Phase::Write;
    std::deque<Request> m_queue;
    int m_inFlight = 0;
    int m_retriesWaiting = 0;
    int m_retryGeneration = 0; // retries scheduled before a halt are dropped
    int m_unansweredInARow = 0;
    QList<int> m_okToReadBack;
    struct Marking
    {
        QList<int> rows;
        QList<QPair<int, QString>> keys; // row and tag of each pending history record, in order
    };
    std::unique_ptr<JobRecorder> m_recorder;
    QHash<int, Marking> m_markings; // by token: records on their way to the files
    QSet<int> m_marking; // rows in m_markings
    int m_lastToken = 0;
    int m_finishToken = 0; // the recorder's token of the finish under way, 0 when none
    QSet<int> m_storeSent; // rows the store holds as Sent
    QSet<int> m_dirty; // rows whose outcome the store does not have yet
    QSet<int> m_changed; // rows for the next rowsChanged()
    QList<ChangeRecord> m_answers; // outcomes for history records already written as pending
    QHash<int, QHash<QString, qint64>> m_historyIds; // row → tag → history row id
    QHash<qint64, ChangeRecord::ReadBack> m_readBacks; // verdicts for the history, to record

    QSet<ApiCall *> m_calls; // in flight, for abort()
    int m_storeToken = 0; // the recorder's token of the job being stored, 0 when none
    bool m_storeCancelled = false; // cancel() or abort() while it was being stored

    bool m_running = false;
    bool m_paused = false;
    bool m_halting = false;
    End m_end = End::Finished;
    QString m_message;

    QTimer m_paceTimer;
    QTimer m_flushTimer;
    QTimer m_rowsTimer;
    QElapsedTimer m_elapsed;
    std::deque<qint64> m_callTimes; // ms on m_elapsed of the calls started in the last seconds
};
