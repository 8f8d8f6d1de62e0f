#pragma once

#include "cli/writecommand.h"
#include "revert/revertplan.h"

#include <QJsonObject>

// `chat-profile revert --job ID | --change ID | --account A [--since ISO-DATE] [--dry-run]
// [--force]` (issue #13): puts back the values the selected changes of the history replaced.
// The changes make a RevertPlan, which writes only to the target they were made on (refused, exit
// 2, when the connection options go elsewhere); PlanPreview reads the current values, a field
// that no longer holds what we wrote is a conflict (skipped unless --force), and the job, of kind
// Revert, is stored and run by the JobRunner like every write: recorded in the history under the
// revert's own job id, so a revert can be reverted.
class RevertCommand final : public WriteCommand
{
    Q_OBJECT

public:
    using WriteCommand::WriteCommand;

    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void previewFinished();
    void printPreview() const;
    QJsonObject previewJson() const;
    void finishJob(const WriteJob &job, JobRunner::End end, const QString &message);

    RevertPlan m_plan;
    RevertPlan::Built m_built;
    bool m_dryRun = false;
    bool m_force = false;
};
