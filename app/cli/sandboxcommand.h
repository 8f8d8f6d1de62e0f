#pragma once

#include "cli/clicommand.h"

#include <memory>

class QSocketNotifier;
class SandboxServer;
struct SandboxConfig;
class SandboxStore;

// `chat-profile sandbox`: runs the Sandbox (a local emulation of the profile REST API) until
// SIGINT or SIGTERM, then saves its data file and exits 0.
class SandboxCommand final : public CliCommand
{
    Q_OBJECT

public:
    explicit SandboxCommand(QObject *parent = nullptr);
    ~SandboxCommand() override;

    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    bool watchShutdownSignals();
    void stop();

    std::unique_ptr<SandboxServer> m_server;
    QSocketNotifier *m_signalNotifier = nullptr;
};
