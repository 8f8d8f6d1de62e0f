#pragma once

#include "cli/clicommand.h"

#include <QObject>

#include <memory>
#include <vector>

// Dispatches `chat-profile [--help|--version] <command> …` to the registered commands.
class CliApplication final : public QObject
{
    Q_OBJECT

public:
    explicit CliApplication(QObject *parent = nullptr);
    ~CliApplication() override;

    // Starts the command named in arguments; emits finished() with the exit code.
    void start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    QString helpText() const;
    CliCommand *command(const QString &name) const;
    void finishLater(ExitCode code);

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
