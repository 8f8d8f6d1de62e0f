#pragma once

#include "bulk/changeplan.h"
#include "cli/writecommand.h"

#include <memory>
#include <optional>

// `chat-profile bulk FILE | --accounts-file FILE --set TAG=VALUE… | --resume [ID]`: a bulk edit
// (issue #12). The input is read and checked whole before anything is sent; then the current
// values are read (the preview; --dry-run stops there and prints it), the job is stored, and the
// JobRunner writes it at --rate, with a progress line, a report and an exit code that tells a
// script whether every row is as asked.
class BulkCommand final : public WriteCommand
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
    QString resumeCommand(qint64 jobId) const;

    ChangePlan m_plan;
    ChangePlan::InvalidRows m_mode = ChangePlan::InvalidRows::Refuse;
    bool m_dryRun = false;
    bool m_rateGiven = false;
    QString m_source; // the input file's name, as the job shows it
    QString m_reportPath;
    QStringList m_followUpArguments; // the options a resume repeats: connection, --rate, --report…
};
