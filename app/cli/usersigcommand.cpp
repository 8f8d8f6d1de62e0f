#include "cli/usersigcommand.h"

#include "cli/secretinput.h"
#include "usersig/durationtext.h"
#include "usersig/usersig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace {

// Tencent documents 50 years as the longest lifetime; anything longer is a typo.
constexpr qint64 maxLifetime = 1577880000;
// The bound UserSig::decode accepts for the sig's numbers, so every sig made here reads back.
constexpr qint64 maxUnixTime = (qint64(1) << 53) - 1 - maxLifetime;
constexpr qint64 maxStdinBytes = 64 * 1024;

std::optional<qint64> parseWhole(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max) {
        return std::nullopt;
    }
    return value;
}

// What every subcommand's parser needs: --help, the refused plain key, and no stray words.
class SubcommandParser final
{
public:
    SubcommandParser(const QString &description, SecretInput &secret)
        : m_help(m_parser.addHelpOption())
        , m_secret(secret)
    {
        m_parser.setApplicationDescription(description);
        m_secret.addTo(m_parser);
    }

    QCommandLineParser &parser() { return m_parser; }

    // Nothing when the command should go on; otherwise its exit code, having printed the help or
    // the problem.
    std::optional<ExitCode> parse(const QStringList &arguments, int positionals)
    {
        if (!m_parser.parse(arguments)) {
            return refuse(arguments.at(0), m_parser.errorText());
        }
        if (m_parser.isSet(m_help)) {
            Console::out() << CliCommand::helpText(m_parser, arguments.at(0)) << Qt::flush;
            return ExitCode::Success;
        }
        if (const QString refusal = m_secret.refusal(m_parser); !refusal.isEmpty()) {
            return refuse(arguments.at(0), refusal);
        }
        if (m_parser.positionalArguments().size() != positionals) {
            return refuse(arguments.at(0),
                positionals == 0 ? UserSigCommand::tr("Unexpected argument \"%1\".")
                                       .arg(m_parser.positionalArguments().value(0))
                                 : UserSigCommand::tr("Give exactly one UserSig."));
        }
        return std::nullopt;
    }

    static ExitCode refuse(const QString &command, const QString &problem)
    {
        Console::err() << command << ": " << problem << Qt::endl
                       << UserSigCommand::tr("Run \"%1 --help\" for the options.").arg(command) << Qt::endl;
        return ExitCode::BadInput;
    }

private:
    QCommandLineParser m_parser;
    const QCommandLineOption m_help;
    SecretInput &m_secret;
};

// --sdkappid and --identifier, shared by gen and inspect.
struct AccountOptions
{
    QCommandLineOption sdkAppIdOption { QStringLiteral("sdkappid"), UserSigCommand::tr("The app's SDKAppID."),
        QStringLiteral("N") };
    QCommandLineOption identifierOption { QStringLiteral("identifier"),
        UserSigCommand::tr("The administrator account the sig is for."), QStringLiteral("ID") };
    std::optional<quint64> sdkAppId;
    std::optional<QString> identifier;

    void addTo(QCommandLineParser &parser) const { parser.addOptions({ sdkAppIdOption, identifierOption }); }

    QString read(const QCommandLineParser &parser)
    {
        if (parser.isSet(sdkAppIdOption)) {
            const std::optional<qint64> value = parseWhole(parser.value(sdkAppIdOption), 1, UINT32_MAX);
            if (!value) {
                return UserSigCommand::tr("--sdkappid wants the app's numeric SDKAppID, not \"%1\".")
                    .arg(parser.value(sdkAppIdOption));
            }
            sdkAppId = static_cast<quint64>(*value);
        }
        if (parser.isSet(identifierOption)) {
            identifier = parser.value(identifierOption);
            if (identifier->isEmpty()) {
                return UserSigCommand::tr("--identifier must not be empty.");
            }
        }
        return {};
    }
};

QString verdictName(UserSigVerdict verdict)
{
    switch (verdict) {
    case UserSigVerdict::Valid:
        return UserSigCommand::tr("valid");
    case UserSigVerdict::Expired:
        return UserSigCommand::tr("expired");
    case UserSigVerdict::BadSignature:
        return UserSigCommand::tr("bad signature");
    case UserSigVerdict::WrongIdentifier:
        return UserSigCommand::tr("wrong identifier");
    case UserSigVerdict::WrongSdkAppId:
        return UserSigCommand::tr("wrong SDKAppID");
    case UserSigVerdict::Malformed:
        break;
    }
    return UserSigCommand::tr("malformed");
}

// What inspect found: the content when the sig decodes, and a verdict unless there was nothing
// to check it against.
struct Inspection
{
    std::optional<UserSigContent> content;
    std::optional<UserSigVerdict> verdict;
    QString detail;
    qint64 now = 0;
    bool keyGiven = false;

    bool expired() const { return content && now > content->expiresAt(); }
    bool failed() const { return verdict && *verdict != UserSigVerdict::Valid; }
};

Inspection inspectSig(
    const QString &sig, const AccountOptions &account, const std::optional<QByteArray> &key, qint64 now)
{
    Inspection result;
    result.now = now;
    result.keyGiven = key.has_value();
    const UserSig::Decoded decoded = UserSig::decode(sig);
    if (!decoded.content) {
        result.verdict = UserSigVerdict::Malformed;
        result.detail = decoded.error;
        return result;
    }
    result.content = decoded.content;
    // Without --sdkappid or --identifier the sig is checked against its own: the signature and
    // the expiry are still worth knowing.
    const UserSig::Check check = UserSig::verify(sig, account.sdkAppId.value_or(decoded.content->sdkAppId),
        account.identifier.value_or(decoded.content->identifier), key.value_or(QByteArray()), now);
    // The SDKAppID and identifier checks come before the signature, so they hold even without a key.
    const bool decidedWithoutKey
        = check.verdict == UserSigVerdict::WrongSdkAppId || check.verdict == UserSigVerdict::WrongIdentifier;
    if (key || decidedWithoutKey) {
        result.verdict = check.verdict;
        result.detail = check.detail;
    }
    return result;
}

QJsonObject toJson(const Inspection &inspection)
{
    const QJsonValue null(QJsonValue::Null);
    const auto &content = inspection.content;
    const std::optional<UserSigVerdict> &verdict = inspection.verdict;
    return {
        { QStringLiteral("identifier"), content ? QJsonValue(content->identifier) : null },
        { QStringLiteral("sdkappid"), content ? QJsonValue(static_cast<qint64>(content->sdkAppId)) : null },
        { QStringLiteral("time"), content ? QJsonValue(content->time) : null },
        { QStringLiteral("expire"), content ? QJsonValue(content->expire) : null },
        { QStringLiteral("expiresAt"), content ? QJsonValue(content->expiresAt()) : null },
        { QStringLiteral("expired"), content ? QJsonValue(inspection.expired()) : null },
        { QStringLiteral("now"), inspection.now },
        { QStringLiteral("valid"), verdict ? QJsonValue(*verdict == UserSigVerdict::Valid) : null },
        { QStringLiteral("reason"), inspection.failed() ? QJsonValue(UserSig::reasonKey(*verdict)) : null },
        { QStringLiteral("serverErrorCode"),
            verdict ? QJsonValue(UserSig::serverErrorCode(*verdict)) : null },
        { QStringLiteral("detail"), inspection.detail.isEmpty() ? null : QJsonValue(inspection.detail) },
        { QStringLiteral("explanation"), verdict ? QJsonValue(UserSig::explanation(*verdict)) : null },
    };
}

void printReport(QTextStream &out, const Inspection &inspection)
{
    const QList<QPair<QString, QString>> facts = [&]() -> QList<QPair<QString, QString>> {
        if (!inspection.content) {
            return {};
        }
        const UserSigContent &c = *inspection.content;
        const qint64 left = c.expiresAt() - inspection.now;
        return {
            { UserSigCommand::tr("Identifier:"), c.identifier },
            { UserSigCommand::tr("SDKAppID:"), QString::number(c.sdkAppId) },
            { UserSigCommand::tr("Issued:"),
                QStringLiteral("%1 (%2)").arg(DurationText::utc(c.time)).arg(c.time) },
            { UserSigCommand::tr("Lifetime:"),
                UserSigCommand::tr("%1 seconds (%2)")
                    .arg(QString::number(c.expire), DurationText::approximate(c.expire)) },
            { UserSigCommand::tr("Expires:"),
                QStringLiteral("%1 (%2), ").arg(DurationText::utc(c.expiresAt())).arg(c.expiresAt())
                    + (left < 0 ? UserSigCommand::tr("%1 ago").arg(DurationText::approximate(left))
                                : UserSigCommand::tr("in %1").arg(DurationText::approximate(left))) },
        };
    }();
    const QString verdictLabel = UserSigCommand::tr("Verdict:");
    qsizetype width = verdictLabel.size();
    for (const auto &fact : facts) {
        width = qMax(width, fact.first.size());
    }
    for (const auto &fact : facts) {
        out << fact.first.leftJustified(width + 1) << fact.second << '\n';
    }

    const std::optional<UserSigVerdict> &verdict = inspection.verdict;
    if (!verdict) {
        out << verdictLabel.leftJustified(width + 1)
            << UserSigCommand::tr("not checked: no secret key given (--key-file or %1)")
                   .arg(QLatin1String(SecretInput::secretKeyVariable))
            << '\n';
        if (inspection.expired()) {
            out << UserSigCommand::tr("It has expired: the server would refuse it with error %1.")
                       .arg(UserSig::serverErrorCode(UserSigVerdict::Expired))
                << '\n';
        }
        out << Qt::flush;
        return;
    }
    out << verdictLabel.leftJustified(width + 1) << verdictName(*verdict);
    if (*verdict != UserSigVerdict::Valid) {
        out << ' ' << UserSigCommand::tr("(server error %1)").arg(UserSig::serverErrorCode(*verdict));
    }
    out << '\n';
    if (!inspection.detail.isEmpty()) {
        out << inspection.detail << '\n';
    }
    out << UserSig::explanation(*verdict) << '\n' << Qt::flush;
}

} // namespace

QString UserSigCommand::name() const
{
    return QStringLiteral("usersig");
}

QString UserSigCommand::summary() const
{
    return tr("Make a UserSig from the secret key (gen), or explain one (inspect).");
}

void UserSigCommand::start(const QStringList &arguments)
{
    // Messages name the command as the user types it, not by the executable's full path.
    const QString subcommand = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(QStringLiteral("chat-profile usersig ") + subcommand);
    if (subcommand == QLatin1String("gen")) {
        finishLater(generate(rest));
    } else if (subcommand == QLatin1String("inspect")) {
        finishLater(inspect(rest));
    } else {
        finishLater(overview(arguments));
    }
}

ExitCode UserSigCommand::overview(const QStringList &arguments)
{
    const QString text
        = tr("Usage: %1 gen|inspect [options]\n"
             "  gen      Sign a UserSig with the app's secret key and print it.\n"
             "  inspect  Show who a UserSig is for and when it expires, and with the secret key "
             "whether the server would accept it.\n"
             "Run \"%1 gen --help\" or \"%1 inspect --help\" for the options.")
              .arg(QStringLiteral("chat-profile usersig"));
    const QString first = arguments.value(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        Console::out() << text << Qt::endl;
        return ExitCode::Success;
    }
    if (!first.isEmpty()) {
        Console::err() << tr("chat-profile usersig: unknown subcommand \"%1\".").arg(first) << Qt::endl;
    }
    Console::err() << text << Qt::endl;
    return ExitCode::BadInput;
}

ExitCode UserSigCommand::generate(const QStringList &arguments)
{
    SecretInput secret;
    SubcommandParser command(
        tr("Signs a UserSig with the app's secret key, exactly like Tencent's TLSSigAPIv2 "
           "libraries, and prints only the UserSig on standard output."),
        secret);
    AccountOptions account;
    account.addTo(command.parser());
    const QCommandLineOption expireOption(QStringLiteral("expire"),
        tr("Lifetime in seconds, at most 50 years. Default: 86400 (one day)."), QStringLiteral("SECONDS"),
        QStringLiteral("86400"));
    const QCommandLineOption timeOption(QStringLiteral("time"),
        tr("Issue time in unix seconds, for reproducible output. Default: now."), QStringLiteral("UNIX"));
    command.parser().addOptions({ expireOption, timeOption });
    if (const std::optional<ExitCode> done = command.parse(arguments, 0)) {
        return *done;
    }

    const QCommandLineParser &parser = command.parser();
    if (const QString problem = account.read(parser); !problem.isEmpty()) {
        return SubcommandParser::refuse(arguments.at(0), problem);
    }
    if (!account.sdkAppId || !account.identifier) {
        return SubcommandParser::refuse(
            arguments.at(0), tr("Give the app with --sdkappid and the account with --identifier."));
    }
    const std::optional<qint64> expire = parseWhole(parser.value(expireOption), 1, maxLifetime);
    if (!expire) {
        return SubcommandParser::refuse(arguments.at(0),
            tr("--expire wants a lifetime in seconds from 1 to %1, not \"%2\".")
                .arg(QString::number(maxLifetime), parser.value(expireOption)));
    }
    std::optional<qint64> time = QDateTime::currentSecsSinceEpoch();
    if (parser.isSet(timeOption)) {
        time = parseWhole(parser.value(timeOption), 0, maxUnixTime);
        if (!time) {
            return SubcommandParser::refuse(
                arguments.at(0), tr("--time wants unix seconds, not \"%1\".").arg(parser.value(timeOption)));
        }
    }
    const SecretInput::Result key = secret.secretKey(parser);
    if (!key.problem.isEmpty()) {
        return SubcommandParser::refuse(arguments.at(0), key.problem);
    }
    if (!key.secret) {
        return SubcommandParser::refuse(arguments.at(0),
            tr("Give the app's secret key with --key-file FILE or the %1 environment variable.")
                .arg(QLatin1String(SecretInput::secretKeyVariable)));
    }
    Console::out() << UserSig::generate(*account.sdkAppId, *account.identifier, *key.secret, *expire, *time)
                   << Qt::endl;
    return ExitCode::Success;
}

ExitCode UserSigCommand::inspect(const QStringList &arguments)
{
    SecretInput secret;
    SubcommandParser command(
        tr("Reads a UserSig without sending anything: who and which app it was made for and when it expires. "
           "With the secret key (and optionally --sdkappid and --identifier) it also says whether the server "
           "would accept it, and if not why, with the server's error code. The report goes to standard "
           "output.\n"
           "Exit code: 0 when the sig is valid, or readable and no key was given; 1 when it is malformed or "
           "would be refused; 2 for bad usage."),
        secret);
    command.parser().addPositionalArgument(QStringLiteral("SIG"),
        tr("The UserSig, or - to read it from standard input (which keeps it out of the process list)."));
    AccountOptions account;
    account.addTo(command.parser());
    const QCommandLineOption nowOption(
        QStringLiteral("now"), tr("Judge expiry at this unix time instead of now."), QStringLiteral("UNIX"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        tr("Print one JSON object: identifier, sdkappid, time, expire, expiresAt, expired, now, valid (null "
           "when no key was given), reason (null, expired, bad_signature, wrong_identifier, wrong_sdkappid "
           "or "
           "malformed), serverErrorCode, detail, explanation. Fields a malformed sig does not have are "
           "null."));
    command.parser().addOptions({ nowOption, jsonOption });
    if (const std::optional<ExitCode> done = command.parse(arguments, 1)) {
        return *done;
    }

    const QCommandLineParser &parser = command.parser();
    if (const QString problem = account.read(parser); !problem.isEmpty()) {
        return SubcommandParser::refuse(arguments.at(0), problem);
    }
    qint64 now = QDateTime::currentSecsSinceEpoch();
    if (parser.isSet(nowOption)) {
        const std::optional<qint64> given = parseWhole(parser.value(nowOption), 0, maxUnixTime);
        if (!given) {
            return SubcommandParser::refuse(
                arguments.at(0), tr("--now wants unix seconds, not \"%1\".").arg(parser.value(nowOption)));
        }
        now = *given;
    }
    const SecretInput::Result key = secret.secretKey(parser);
    if (!key.problem.isEmpty()) {
        return SubcommandParser::refuse(arguments.at(0), key.problem);
    }
    QString sig = parser.positionalArguments().at(0);
    if (sig == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            return SubcommandParser::refuse(
                arguments.at(0), tr("Cannot read the UserSig from standard input."));
        }
        sig = QString::fromUtf8(in.read(maxStdinBytes));
    }

    const Inspection inspection = inspectSig(sig, account, key.secret, now);
    if (parser.isSet(jsonOption)) {
        Console::out() << QString::fromUtf8(QJsonDocument(toJson(inspection)).toJson(QJsonDocument::Indented))
                       << Qt::flush;
    } else {
        printReport(Console::out(), inspection);
    }
    return inspection.failed() ? ExitCode::Failed : ExitCode::Success;
}
