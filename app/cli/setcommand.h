#pragma once

#include "api/apiresult.h"
#include "cli/writecommand.h"
#include "errors/errorcatalogue.h"

// `chat-profile set [connection] --account ID --set TAG=VALUE [--set TAG=VALUE]…`: validates every
// item with the profile field rules first, then writes through the one write path (a one-account
// ChangePlan, PlanPreview, a WriteJob of kind Apply stored in the JobStore, the JobRunner with
// read-back), so the write is recorded in the change history, old → new and with its operation
// id, before it is sent. Prints the write's answer as `set` always has.
class SetCommand final : public WriteCommand
{
    Q_OBJECT

public:
    using WriteCommand::WriteCommand;

    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void readFailed(const ApiResult &result, const QString &message);
    void previewFinished();
    void runFinished(JobRunner::End end, const QString &message);
    void printAnswer(const ApiResult &result, const Explanation &explanation) const;

    QString m_account;
    DiagnosisContext m_context; // for the explanations: the custom tags, what the UserSig was signed for
    QString m_checkCommand; // what shows whether a write whose answer never came was stored
    ApiResult m_write; // the write's last answer, with the attempts of every try
    bool m_sent = false; // a write call ended, answered or not
    QString m_refusal; // why the runner refused to go on, if it did
};
