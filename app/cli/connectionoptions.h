#pragma once

#include "api/apiresult.h"
#include "api/apitarget.h"
#include "api/requestcontext.h"
#include "cli/exitcode.h"
#include "cli/secretinput.h"
#include "credentials/credentials.h"
#include "errors/errorcatalogue.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

class QCommandLineParser;
class QTextStream;
class RestClient;

// The options every network command shares: where to send (--region/--backup-domain or
// --endpoint), as whom (--sdkappid, --identifier, and a secret key or a ready UserSig, from a file
// or the environment), and how patiently (--timeout, --retries), plus --json.
class ConnectionOptions final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionOptions)

public:
    ConnectionOptions();

    void addTo(QCommandLineParser &parser) const;
    // Reads and checks the options; on failure returns false with a translated reason that says
    // what to fix. Nothing has been sent at that point (exit code 2).
    bool read(const QCommandLineParser &parser, QString *problem);

    // The target for a request made now, with a fresh UserSig when signing with the secret key.
    ApiTarget target();
    void configure(RestClient &client) const;
    bool json() const { return m_json; }
    // Warnings about a ready UserSig (expired, signed for someone else…), to show before sending.
    QList<CredentialWarning> warnings() const;
    // What the error explanations need to know about this request.
    DiagnosisContext diagnosisContext(const QString &sentUserSig) const;
    // target() with what a write job records about where it went: the region's id ("custom" for
    // --endpoint). The command line has no saved connection, so connectionId stays empty.
    RequestContext context();
    // The connection options as given (none of them holds a secret: keys and sigs come from files
    // or the environment), for a command to print a follow-up command that goes to the same place.
    QStringList givenArguments(const QCommandLineParser &parser) const;

private:
    bool readCredentials(const QCommandLineParser &parser, QString *problem);

    QCommandLineOption m_region;
    QCommandLineOption m_backupDomain;
    QCommandLineOption m_endpoint;
    QCommandLineOption m_sdkAppId;
    QCommandLineOption m_identifier;
    SecretInput m_secret; // --key-file and CHAT_PROFILE_SECRET_KEY
    QCommandLineOption m_userSigFile;
    QCommandLineOption m_timeout;
    QCommandLineOption m_retries;
    QCommandLineOption m_jsonOption;

    QUrl m_baseUrl;
    QString m_regionId;
    QString m_regionName;
    std::optional<Credentials> m_credentials;
    std::chrono::milliseconds m_timeoutValue { 10000 };
    int m_retriesValue = 2;
    bool m_json = false;
};

// What get and set do with a finished call: the exit code and the human-readable lines.
namespace ApiCommandOutput {
ExitCode exitCode(ApiOutcome outcome);
// "ActionStatus: …" … "random: …", with the explanation, to `stream`.
void printEnvelope(QTextStream &stream, const ApiResult &result, const Explanation &explanation);
// The transport, protocol or refusal problem, with every attempt when there were several.
void printProblem(QTextStream &stream, const QString &command, const ApiResult &result);
// That a write's outcome is unknown, and `checkCommand`, which shows what the server holds.
void printUnknownOutcome(QTextStream &stream, const ApiResult &result, const QString &checkCommand);
} // namespace ApiCommandOutput
