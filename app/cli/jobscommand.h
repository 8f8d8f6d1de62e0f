#pragma once

#include "cli/clicommand.h"

// `chat-profile jobs [--json]`: the stored bulk jobs, newest first, with their totals, so a user
// can see what is unfinished and which ID to resume.
class JobsCommand final : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;
};
