#pragma once

#include "api/restclient.h"
#include "api/retrypolicy.h"
#include "bulk/callpacer.h"
#include "bulk/pacerclock.h"
#include "cli/apicommand.h"
#include "cli/progressline.h"
#include "jobs/jobrunner.h"

#include <memory>

class ChangeHistory;
class JobStore;
class PlanPreview;

// What the commands that write profiles share (`set`, `bulk`, `revert`): the one write path of
// app/jobs. A PlanPreview reads the current values, the WriteJob it yields is stored in the
// JobStore, and a JobRunner sends it, recording every write in the ChangeHistory before it leaves.
// The preview and the runner share one pacer and one client that sends each request once: they
// retry under m_retry themselves, each attempt paced, because a transport re-send could store a
// write twice.
class WriteCommand : public ApiCommand
{
    Q_OBJECT

public:
    explicit WriteCommand(QObject *parent = nullptr);
    ~WriteCommand() override;

protected:
    // After parseArguments(): takes the retry policy and timeout the options ask for into
    // m_retry and the job client, which itself tries each request once.
    void setUpJobClient();
    // The job store and the change history, in the data folder (XDG_DATA_HOME moves it).
    void openStores();
    // The context of every call of the preview and the job: the options' target, with the
    // connection id of the recorded target adoptTarget() accepted (the command line has none).
    RequestContext jobContext();
    // Whether the options go to `recorded` (the endpoint, SDKAppID and admin; the connection id
    // aside, since the command line has no saved connections). When they do, the job's calls
    // carry recorded.connectionId, so the runner finds them going to the job's target.
    bool adoptTarget(const RequestTarget &recorded);
    // The target the options go to, for a message that compares it with a recorded one.
    RequestTarget givenTarget();
    // The progress line on stderr (none with quiet) that makePreview() and makeRunner() feed.
    void makeProgressLine(bool quiet);
    // A preview on the job's client, pacer and context, in m_preview (not started), its reads
    // shown on the progress line if there is one.
    PlanPreview &makePreview();
    // Stores job (setting its id); when the store cannot, says why, ends the command with exit
    // code 1 and returns false: nothing was written.
    bool storeJob(WriteJob &job);
    // A runner on the job's client, stores and pacer, in m_runner, with the options' retry
    // policy, its progress shown on the progress line if there is one; the caller connects its
    // other signals and starts it.
    JobRunner &makeRunner(bool readBack = true);

    // Ends the command after the preview failed: nothing was written. (A slot for
    // PlanPreview::failed.)
    void previewFailed(const ApiResult &result, const QString &message);

    // "12/40 done, 11 ok, 0 failed, 1 unknown, 98 calls/s, 1 second left"
    QString progressText(const JobProgress &progress) const;
    // One line per row that failed, is unknown or did not stick: what the server answered, with
    // the catalogue's title for its ErrorCode. Rows with a line are named by it.
    void printRowProblems(const WriteJob &job) const;
    static bool anyDidNotStick(const WriteJob &job);
    // 3 when the job stopped before every row had its result; 1 when a row failed, is unknown or
    // did not stick; else 0.
    static ExitCode exitCodeOf(const WriteJob &job, JobRunner::End end);

    ElapsedTimerClock m_clock;
    CallPacer m_pacer;
    RestClient m_jobClient;
    RetryPolicy m_retry;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<ChangeHistory> m_history;
    std::unique_ptr<PlanPreview> m_preview;
    std::unique_ptr<JobRunner> m_runner;
    std::unique_ptr<ProgressLine> m_progress; // none until makeProgressLine()

private:
    QString m_connectionId; // the recorded target's, so the job's target compares equal
};
