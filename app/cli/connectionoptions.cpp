#include "cli/connectionoptions.h"

#include "api/restclient.h"
#include "cli/secretinput.h"
#include "connections/connectiontarget.h"
#include "regions/regioncatalogue.h"
#include "usersig/usersig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace {

const char kUserSigVariable[] = "CHAT_PROFILE_USERSIG";
constexpr int kMaxRetries = 10;

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

ConnectionOptions::ConnectionOptions()
    : m_region(QStringLiteral("region"),
        tr("Data centre of the app: %1.").arg(RegionCatalogue::tencentRegionIds().join(QStringLiteral(", "))),
        QStringLiteral("NAME"))
    , m_backupDomain(QStringLiteral("backup-domain"),
          tr("Use the region's backup domain (*.my-imcloud.com), e.g. when DNS of the primary is hijacked."))
    , m_endpoint(QStringLiteral("endpoint"),
          tr("Any base URL instead of a region, e.g. https://gateway.example.com or the Sandbox's "
             "http://127.0.0.1:PORT. Plain http:// is only accepted for loopback addresses."),
          QStringLiteral("URL"))
    , m_sdkAppId(QStringLiteral("sdkappid"), tr("The app's SDKAppID."), QStringLiteral("N"))
    , m_identifier(
          QStringLiteral("identifier"), tr("The App admin account to act as."), QStringLiteral("ADMIN"))
    , m_userSigFile(QStringLiteral("usersig-file"),
          tr("File holding a ready UserSig for the admin, instead of a secret key. Default: the %1 "
             "environment variable.")
              .arg(QLatin1String(kUserSigVariable)),
          QStringLiteral("FILE"))
    , m_timeout(QStringLiteral("timeout"),
          tr("Give up on an unanswered request after this long (default 10)."), QStringLiteral("SECONDS"),
          QStringLiteral("10"))
    , m_retries(QStringLiteral("retries"),
          tr("Retries after network errors, HTTP 5xx, internal errors and rate limits (default 2)."),
          QStringLiteral("N"), QStringLiteral("2"))
    , m_jsonOption(QStringLiteral("json"), tr("Print the response as JSON instead of text."))
{ }

void ConnectionOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({ m_region, m_backupDomain, m_endpoint, m_sdkAppId, m_identifier });
    m_secret.addTo(parser);
    parser.addOptions({ m_userSigFile, m_timeout, m_retries, m_jsonOption });
}

bool ConnectionOptions::read(const QCommandLineParser &parser, QString *problem)
{
    m_json = parser.isSet(m_jsonOption);
    if (parser.isSet(m_region) == parser.isSet(m_endpoint)) {
        *problem = tr("Give either --region NAME or --endpoint URL.");
        return false;
    }
    if (parser.isSet(m_endpoint) && parser.isSet(m_backupDomain)) {
        *problem = tr("--backup-domain goes with --region, not with --endpoint.");
        return false;
    }
    // The same resolver as the window's, so the same input is refused with the same words.
    const ConnectionTarget where = parser.isSet(m_region)
        ? ConnectionTarget::forRegion(parser.value(m_region), parser.isSet(m_backupDomain))
        : ConnectionTarget::forEndpoint(parser.value(m_endpoint));
    if (!where.isValid()) {
        *problem = where.problem;
        return false;
    }
    m_baseUrl = where.baseUrl;
    m_regionId = parser.isSet(m_region) ? parser.value(m_region) : QStringLiteral("custom");
    m_regionName = where.displayName;

    bool ok = false;
    const double seconds = parser.value(m_timeout).toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 3600) {
        *problem = tr("--timeout wants a number of seconds between 0 and 3600, not \"%1\".")
                       .arg(parser.value(m_timeout));
        return false;
    }
    m_timeoutValue = std::chrono::milliseconds(std::llround(seconds * 1000));
    m_retriesValue = parser.value(m_retries).toInt(&ok);
    if (!ok || m_retriesValue < 0 || m_retriesValue > kMaxRetries) {
        *problem = tr("--retries wants a whole number from 0 to %1, not \"%2\".")
                       .arg(kMaxRetries)
                       .arg(parser.value(m_retries));
        return false;
    }
    return readCredentials(parser, problem);
}

bool ConnectionOptions::readCredentials(const QCommandLineParser &parser, QString *problem)
{
    bool ok = false;
    const quint64 sdkAppId = parser.value(m_sdkAppId).toULongLong(&ok);
    if (!ok || sdkAppId == 0) {
        *problem = parser.isSet(m_sdkAppId)
            ? tr("--sdkappid wants the app's numeric SDKAppID, not \"%1\".").arg(parser.value(m_sdkAppId))
            : tr("Give the app's SDKAppID with --sdkappid.");
        return false;
    }
    const QString identifier = parser.value(m_identifier);
    if (identifier.isEmpty()) {
        *problem = tr("Give the App admin account with --identifier.");
        return false;
    }
    if (const QString refusal = m_secret.refusal(parser); !refusal.isEmpty()) {
        *problem = refusal;
        return false;
    }
    const bool keyFileGiven = parser.isSet(QStringLiteral("key-file"));
    if (keyFileGiven && parser.isSet(m_userSigFile)) {
        *problem = tr("Give either --key-file or --usersig-file, not both.");
        return false;
    }
    // Flags win over the environment, so an exported variable never overrides what was typed.
    const QByteArray sigFromEnvironment = qgetenv(kUserSigVariable).trimmed();
    std::optional<QByteArray> key;
    std::optional<QByteArray> sig;
    if (parser.isSet(m_userSigFile)) {
        const SecretInput::Result fromFile = SecretInput::fromFile(parser.value(m_userSigFile));
        *problem = fromFile.problem;
        sig = fromFile.secret;
    } else {
        const SecretInput::Result secretKey = m_secret.secretKey(parser);
        *problem = secretKey.problem;
        key = secretKey.secret;
        if (key && !keyFileGiven && !sigFromEnvironment.isEmpty()) {
            *problem
                = tr("Both %1 and %2 are set; unset one, or choose with --key-file or --usersig-file.")
                      .arg(QLatin1String(SecretInput::secretKeyVariable), QLatin1String(kUserSigVariable));
            return false;
        }
        if (!key && problem->isEmpty() && !sigFromEnvironment.isEmpty()) {
            sig = sigFromEnvironment;
        }
    }
    if (!problem->isEmpty()) {
        return false;
    }
    if (!key && !sig) {
        *problem
            = tr("Give the app's secret key (--key-file or %1) or a ready UserSig (--usersig-file or %2).")
                  .arg(QLatin1String(SecretInput::secretKeyVariable), QLatin1String(kUserSigVariable));
        return false;
    }
    if (key) {
        m_credentials = Credentials::fromSecretKey(sdkAppId, identifier, *key);
    } else if (sig) {
        m_credentials = Credentials::fromUserSig(sdkAppId, identifier, QString::fromLatin1(*sig));
    }
    return m_credentials.has_value();
}

ApiTarget ConnectionOptions::target()
{
    return { m_baseUrl, m_credentials->sdkAppId(), m_credentials->identifier(),
        m_credentials->userSigForRequest(now()) };
}

void ConnectionOptions::configure(RestClient &client) const
{
    client.setTimeout(m_timeoutValue);
    RetryPolicy policy = client.retryPolicy();
    policy.maxAttempts = m_retriesValue + 1;
    client.setRetryPolicy(policy);
}

QList<CredentialWarning> ConnectionOptions::warnings() const
{
    return m_credentials->warnings(now());
}

DiagnosisContext ConnectionOptions::diagnosisContext(const QString &sentUserSig) const
{
    DiagnosisContext context;
    context.regionName = m_regionName;
    context.requestIdentifier = m_credentials->identifier();
    context.requestSdkAppId = m_credentials->sdkAppId();
    if (const UserSig::Decoded decoded = UserSig::decode(sentUserSig); decoded.content) {
        context.signedIdentifier = decoded.content->identifier;
        context.signedSdkAppId = decoded.content->sdkAppId;
    }
    return context;
}

RequestContext ConnectionOptions::context()
{
    RequestContext context;
    context.connectionName = tr("command line");
    context.regionId = m_regionId;
    context.target = target();
    context.diagnosis = diagnosisContext(context.target.userSig);
    return context;
}

QStringList ConnectionOptions::givenArguments(const QCommandLineParser &parser) const
{
    QStringList arguments;
    const QCommandLineOption keyFile(QStringLiteral("key-file"), {}, QStringLiteral("FILE"));
    for (const QCommandLineOption &option : { m_region, m_backupDomain, m_endpoint, m_sdkAppId, m_identifier,
             keyFile, m_userSigFile, m_timeout, m_retries }) {
        const QString name = option.names().constFirst();
        if (!parser.isSet(name)) {
            continue;
        }
        arguments << QStringLiteral("--") + name;
        if (!option.valueName().isEmpty()) {
            arguments << parser.value(name);
        }
    }
    return arguments;
}

namespace ApiCommandOutput {

ExitCode exitCode(ApiOutcome outcome)
{
    switch (outcome) {
    case ApiOutcome::Success:
        return ExitCode::Success;
    case ApiOutcome::Partial:
    case ApiOutcome::ApiError:
        return ExitCode::Failed;
    case ApiOutcome::Refused:
        return ExitCode::BadInput;
    case ApiOutcome::NetworkError:
    case ApiOutcome::Timeout:
    case ApiOutcome::TlsError:
    case ApiOutcome::ProtocolError:
    case ApiOutcome::Cancelled:
    case ApiOutcome::Unknown: // sent, but unanswered: a script must check before repeating it
        break;
    }
    return ExitCode::Transport;
}

void printEnvelope(QTextStream &stream, const ApiResult &result, const Explanation &explanation)
{
    // The wire names stay untranslated: support compares them with Tencent's documentation.
    stream << "ActionStatus: " << result.actionStatus << '\n'
           << "ErrorCode: " << result.errorCode << '\n'
           << "ErrorInfo: " << result.errorInfo << '\n'
           << "ErrorDisplay: " << result.errorDisplay << '\n'
           << "random: " << result.random << '\n';
    if (result.attempts.size() > 1) {
        stream << QCoreApplication::translate("ApiCommandOutput", "Attempts: %1").arg(result.attempts.size())
               << '\n';
    }
    stream << QCoreApplication::translate("ApiCommandOutput", "Result: %1").arg(explanation.title) << '\n';
    if (result.errorCode != 0) {
        stream
            << QCoreApplication::translate("ApiCommandOutput", "Explanation: %1").arg(explanation.explanation)
            << '\n'
            << QCoreApplication::translate("ApiCommandOutput", "Next step: %1").arg(explanation.nextStep)
            << '\n';
    }
    stream.flush();
}

void printProblem(QTextStream &stream, const QString &command, const ApiResult &result)
{
    stream << "chat-profile " << command << ": " << result.problem << '\n';
    if (result.attempts.size() > 1) {
        for (qsizetype i = 0; i < result.attempts.size(); ++i) {
            const ApiAttempt &attempt = result.attempts.at(i);
            const QString what = attempt.problem.isEmpty()
                ? QStringLiteral("ErrorCode %1").arg(attempt.errorCode)
                : attempt.problem;
            stream << QCoreApplication::translate("ApiCommandOutput", "  attempt %1 (random %2, %3 ms): %4")
                          .arg(i + 1)
                          .arg(attempt.random)
                          .arg(attempt.latencyMs)
                          .arg(what)
                   << '\n';
        }
    }
    stream.flush();
}

void printUnknownOutcome(QTextStream &stream, const ApiResult &result, const QString &checkCommand)
{
    //: "unknown" stays in English, for scripts that look for it, like the wire names.
    stream << QCoreApplication::translate("ApiCommandOutput",
        "Outcome: unknown (random %1). The write may have reached the server and been stored, or not.")
                  .arg(result.random)
           << '\n';
    if (!checkCommand.isEmpty()) {
        stream << QCoreApplication::translate(
            "ApiCommandOutput", "Check what the server holds before you try again:")
               << "\n  " << checkCommand << '\n';
    }
    stream.flush();
}

} // namespace ApiCommandOutput
