#pragma once

#include "api/restclient.h"
#include "api/retrypolicy.h"
#include "bulk/callpacer.h"
#include "bulk/changeplan.h"
#include "bulk/pacerclock.h"
#include "cli/apicommand.h"
#include "cli/progressline.h"
#include "jobs/jobrunner.h"

#include <memory>
#include <optional>

class ChangeHistory;
class JobStore;
class PlanPreview;

// `chat-profile bulk FILE | --accounts-file FILE --set TAG=VALUE… | --resume [ID]`: a bulk edit
// (issue #12). The input is read and checked whole before anything is sent; then the current
// values are read (the preview; --dry-run stops there and prints it), the job is stored, and the
// JobRunner writes it at --rate, with a progress line, a report and an exit code that tells a
// script whether every row is as asked.
class BulkCommand final : public ApiCommand
{
    Q_OBJECT

public:
    explicit BulkCommand(QObject *parent = nullptr);
    ~BulkCommand() override;

    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    std::optional<ChangePlan> readPlan(const QCommandLineParser &parser);
    bool acceptPlan(const ChangePlan &plan);
    void startPreview();
    void previewFinished();
    void printPreview() const;
    void printPreviewJson() const;
    void resume(const QString &idArgument);
    void run(const WriteJob &job);
    void runFinished(JobRunner::End end, const QString &message);
    void finishJob(const WriteJob &job, JobRunner::End end, const QString &message);
    void printResult(const WriteJob &job) const;
    void openStores();
    RequestContext jobContext();
    QString resumeCommand(qint64 jobId) const;
    QString progressText(const JobProgress &progress) const;

    ElapsedTimerClock m_clock;
    CallPacer m_pacer;
    // The job's calls are retried by the preview and the runner alone (under m_retry, each attempt
    // paced), never by the client: a transport re-send could store a write twice.
    RestClient m_jobClient;
    RetryPolicy m_retry;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<ChangeHistory> m_history;
    std::unique_ptr<PlanPreview> m_preview;
    std::unique_ptr<JobRunner> m_runner;
    std::unique_ptr<ProgressLine> m_progress;

    ChangePlan m_plan;
    ChangePlan::InvalidRows m_mode = ChangePlan::InvalidRows::Refuse;
    bool m_dryRun = false;
    bool m_rateGiven = false;
    QString m_source; // the input file's name, as the job shows it
    QString m_reportPath;
    QString m_connectionId; // the resumed job's, so its target compares equal; empty for a new job
    QStringList m_followUpArguments; // the options a resume repeats: connection, --rate, --report…
};
