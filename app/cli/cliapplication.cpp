#include "cli/cliapplication.h"

#include "appinfo/appinfo.h"
#include "cli/bulkcommand.h"
#include "cli/getcommand.h"
#include "cli/historycommand.h"
#include "cli/jobscommand.h"
#include "cli/revertcommand.h"
#include "cli/sandboxcommand.h"
#include "cli/setcommand.h"
#include "cli/usersigcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

CliApplication::CliApplication(QObject *parent)
    : QObject(parent)
{
    m_commands.push_back(std::make_unique<GetCommand>());
    m_commands.push_back(std::make_unique<SetCommand>());
    m_commands.push_back(std::make_unique<BulkCommand>());
    m_commands.push_back(std::make_unique<JobsCommand>());
    m_commands.push_back(std::make_unique<HistoryCommand>());
    m_commands.push_back(std::make_unique<RevertCommand>());
    m_commands.push_back(std::make_unique<SandboxCommand>());
    m_commands.push_back(std::make_unique<UserSigCommand>());
    for (const auto &command : m_commands) {
        connect(command.get(), &CliCommand::finished, this, &CliApplication::finished);
    }
}

CliApplication::~CliApplication() = default;

void CliApplication::start(const QStringList &arguments)
{
    // A first argument that is not an option names the command; everything after it is the
    // command's own, parsed by its own QCommandLineParser.
    if (arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-'))) {
        const QString name = arguments.at(1);
        if (CliCommand *cmd = command(name)) {
            QStringList commandArguments = arguments.mid(2);
            commandArguments.prepend(QStringLiteral("chat-profile ") + name);
            cmd->start(commandArguments);
            return;
        }
        Console::err() << tr("chat-profile: unknown command \"%1\". Run chat-profile --help to "
                             "see the commands.")
                              .arg(name)
                       << Qt::endl;
        finishLater(ExitCode::BadInput);
        return;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(helpText());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see above)."),
        QStringLiteral("<command> [options]"));
    if (!parser.parse(arguments)) {
        Console::err() << "chat-profile: " << parser.errorText() << Qt::endl;
        finishLater(ExitCode::BadInput);
        return;
    }
    if (parser.isSet(versionOption)) {
        Console::out() << "chat-profile " << AppInfo::version() << Qt::endl;
        finishLater(ExitCode::Success);
        return;
    }
    if (parser.isSet(helpOption)) {
        Console::out() << parser.helpText() << Qt::flush;
        finishLater(ExitCode::Success);
        return;
    }
    Console::err() << parser.helpText() << Qt::flush;
    finishLater(ExitCode::BadInput);
}

QString CliApplication::helpText() const
{
    QString text = tr("Chat Profile Console on the command line: UserSigs, and reading and writing "
                      "Tencent Cloud Chat user profiles.");
    if (!m_commands.empty()) {
        text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
        for (const auto &cmd : m_commands) {
            text += QStringLiteral("  %1  %2\n").arg(cmd->name(), -10).arg(cmd->summary());
        }
        text += tr("Run \"chat-profile <command> --help\" for a command's options.");
    }
    text += QLatin1Char('\n')
        + tr("Exit codes: 0 success; 1 the check or the request failed; 2 bad input, nothing sent; "
             "3 network, TLS, timeout or protocol failure, or a write whose outcome is unknown.");
    return text;
}

CliCommand *CliApplication::command(const QString &name) const
{
    for (const auto &cmd : m_commands) {
        if (cmd->name() == name) {
            return cmd.get();
        }
    }
    return nullptr;
}

void CliApplication::finishLater(ExitCode code)
{
    QMetaObject::invokeMethod(
        this, [this, code] { Q_EMIT finished(static_cast<int>(code)); }, Qt::QueuedConnection);
}
