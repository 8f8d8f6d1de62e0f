#pragma once

#include "api/apiresult.h"
#include "api/requestcontext.h"
#include "api/retrypolicy.h"
#include "jobs/writejob.h"

#include <QObject>

#include <chrono>
#include <functional>

class CallPacer;
class ChangeHistory;
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

// The one path every profile write takes: a single Apply, a bulk job and a revert are each a
// stored WriteJob that a JobRunner sends. So every guarantee below holds for all of them:
// - Only to the job's target: every call's context must match job.target (RequestTarget), or the
//   job stops before sending and nothing more goes out.
// - Recorded before sent: rows are marked Sent in the JobStore (batched) before their request
//   leaves; answers are committed as they arrive, and each field written is recorded in the
//   ChangeHistory with the job's id.
// - Sent as often as the retry policy decides, no more: the RestClient it is given must not retry
//   on its own (maxAttempts 1); the runner retries a write only when it surely was not stored (a
//   retryable ErrorCode, or a request that never left), after the policy's delay and through the
//   pacer. Rate-limit answers (60007, 60011, 60018, 60019) slow the pacer down and put the row back,
//   never failing it by themselves. A write without an answer is Unknown, never retried.
// - Paced: every call (reads too) waits for the CallPacer; at most maxInFlight at a time.
// - Resumable: start() on a stored job sends only Pending rows; Sent and Unknown rows are read
//   back first (chunks of 100) and count as Ok when the server holds their new values, otherwise
//   they are sent again.
// - Read back: after the writes, Ok rows are read back (chunks of 100, only the tags written)
//   and every field that did not stick is marked (JobRow::didNotStick).
// - A network failure that persists (every call failing without an answer for StopAfterFailures
//   rows in a row) stops the job as Stopped: the rest stays Pending, to resume later.
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

    struct Options
    {
        RetryPolicy retry;
        int maxInFlight = 16;
        bool readBack = true;
    };
    static constexpr int StopAfterFailures = 5;

    // None owned; all must outlive the runner. history may be nullptr.
    JobRunner(RestClient *client, JobStore *store, ChangeHistory *history, CallPacer *pacer,
        ContextProvider contextProvider, QObject *parent = nullptr);
    ~JobRunner() override;

    void setOptions(const Options &options);

    // job must be stored (job.id != 0). Returns false (and emits refused()) when nothing starts:
    // the job is finished, or the context does not go to job.target.
    bool start(const WriteJob &job);
    void pause(); // no new call starts; the answers in flight are awaited
    void resume();
    void cancel();
    bool isRunning() const;
    bool isPaused() const;

    const WriteJob &job() const; // with every row's current state

Q_SIGNALS:
    // Rows whose state changed since the last emission (coalesced: at most every 100 ms).
    void rowsChanged(const QList<int> &rowIndexes);
    void progressChanged(const JobProgress &progress);
    // Every request of the job as it ended, for the session log and the results pane; row is the
    // JobRow index of a write, -1 for a read-back of several rows.
    void callFinished(int row, const ApiResult &result);
    void refused(const QString &reason);
    void finished(JobRunner::End end, const QString &message);
};
