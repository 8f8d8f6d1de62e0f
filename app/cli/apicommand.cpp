#include "cli/apicommand.h"

#include <QCommandLineParser>
#include <QJsonDocument>

ApiCommand::ApiCommand(QObject *parent)
    : CliCommand(parent)
    , m_client(&m_network)
{ }

ApiCommand::~ApiCommand() = default;

bool ApiCommand::parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption helpOption = parser.addHelpOption();
    m_connection.addTo(parser);
    if (!parser.parse(arguments)) {
        refuse(parser.errorText());
        return false;
    }
    if (parser.isSet(helpOption)) {
        Console::out() << helpText(parser, arguments.at(0)) << Qt::flush;
        finishLater(ExitCode::Success);
        return false;
    }
    QString problem;
    if (!m_connection.read(parser, &problem)) {
        refuse(problem);
        return false;
    }
    m_connection.configure(m_client);
    return true;
}

void ApiCommand::refuse(const QString &message)
{
    Console::err() << "chat-profile " << name() << ": " << message << Qt::endl;
    finishLater(ExitCode::BadInput);
}

void ApiCommand::printCredentialWarnings()
{
    for (const CredentialWarning &warning : m_connection.warnings()) {
        Console::err() << tr("warning: %1").arg(warning.text) << Qt::endl;
    }
}

void ApiCommand::finishWhenDone(
    ApiCall *call, DiagnosisContext context, AnswerPrinter printAnswer, const QString &checkCommand)
{
    connect(call, &ApiCall::finished, this,
        [this, context = std::move(context), printAnswer = std::move(printAnswer), checkCommand](
            const ApiResult &result) { finishLater(report(result, context, printAnswer, checkCommand)); });
}

ExitCode ApiCommand::report(const ApiResult &result, DiagnosisContext context,
    const AnswerPrinter &printAnswer, const QString &checkCommand)
{
    if (result.outcome == ApiOutcome::Unknown) {
        ApiCommandOutput::printProblem(Console::err(), name(), result);
        ApiCommandOutput::printUnknownOutcome(Console::err(), result, checkCommand);
    } else if (result.outcome == ApiOutcome::Refused || result.isTransportFailure()) {
        ApiCommandOutput::printProblem(Console::err(), name(), result);
    } else {
        context.serverErrorInfo = result.errorInfo;
        printAnswer(result, ErrorCatalogue::explain(result.errorCode, context));
    }
    return ApiCommandOutput::exitCode(result.outcome);
}

QByteArray ApiCommand::jsonOutput(const ApiResult &result, bool split)
{
    if (split) {
        return QJsonDocument(result.response).toJson(QJsonDocument::Compact);
    }
    return result.rawResponse;
}
