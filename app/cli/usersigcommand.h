#pragma once

#include "cli/clicommand.h"

// `chat-profile usersig gen|inspect`: sign a UserSig with the app's secret key, or read a pasted
// one and say, in words and with the server's error code, whether the server would accept it.
class UserSigCommand final : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    ExitCode generate(const QStringList &arguments);
    ExitCode inspect(const QStringList &arguments);
    ExitCode overview(const QStringList &arguments);
};
