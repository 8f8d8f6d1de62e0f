#pragma once

#include "cli/clicommand.h"

// `chat-profile history`: the change history the console and the CLI share, newest first, as a
// table or as JSON for scripts.
class HistoryCommand final : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    ExitCode run(const QStringList &arguments);
};
