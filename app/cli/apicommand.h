#pragma once

#include "api/restclient.h"
#include "cli/clicommand.h"
#include "cli/connectionoptions.h"

#include <QNetworkAccessManager>

#include <functional>

class QCommandLineParser;

// What `get` and `set` share: the connection options, one network manager and REST client for
// the process, and the way a finished call becomes output and an exit code.
class ApiCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit ApiCommand(QObject *parent = nullptr);
    ~ApiCommand() override;

protected:
    // Adds --help and the connection options, parses, and reads the connection. Returns false
    // when the command is already over (help printed, or bad usage reported with exit code 2).
    bool parseArguments(QCommandLineParser &parser, const QStringList &arguments);
    // Reports bad input and ends with exit code 2; nothing has been sent.
    void refuse(const QString &message);
    // Prints warnings about a ready UserSig before it is used.
    void printCredentialWarnings();

    using AnswerPrinter = std::function<void(const ApiResult &, const Explanation &)>;
    // Ends the command when `call` finishes: transport failures, refusals and unknown outcomes are
    // reported here (an unknown write with `checkCommand`, the command that shows what the server
    // holds); answers from the API go to `printAnswer`, explained with `context`.
    void finishWhenDone(
        ApiCall *call, DiagnosisContext context, AnswerPrinter printAnswer, const QString &checkCommand = {});
    // What finishWhenDone() does with the finished call's result, without ending the command: the
    // exit code its outcome means.
    ExitCode report(const ApiResult &result, DiagnosisContext context, const AnswerPrinter &printAnswer,
        const QString &checkCommand = {});
    // The response for --json: as received, or the merged object of a split call.
    static QByteArray jsonOutput(const ApiResult &result, bool split);

    ConnectionOptions m_connection;
    QNetworkAccessManager m_network;
    RestClient m_client;
};
