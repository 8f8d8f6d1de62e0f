#include "cli/sandboxcommand.h"

#include "api/profileapi.h"
#include "profile/fieldschema.h"
#include "profile/fieldvalidator.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHostAddress>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// Written by the signal handler, read by the event loop: only async-signal-safe write() runs in
// the handler, everything else (saving, printing, quitting) happens back in Qt.
int signalSockets[2] = { -1, -1 };

void onShutdownSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalSockets[0], &byte, 1);
}

struct ListenAddress
{
    QHostAddress host;
    quint16 port = 0;
};

// "HOST:PORT", "[IPv6]:PORT" or "localhost:PORT".
std::optional<ListenAddress> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return std::nullopt;
    }
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2);
    }
    bool portOk = false;
    const uint port = text.mid(colon + 1).toUInt(&portOk);
    if (!portOk || port > 65535) {
        return std::nullopt;
    }
    const QHostAddress address
        = host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (address.isNull()) {
        return std::nullopt;
    }
    return ListenAddress { address, quint16(port) };
}

// Fault kinds as the CLI spells them: the code or status the client sees, or what happens.
double *faultRate(SandboxFaults &faults, QStringView kind)
{
    if (kind == u"40006") {
        return &faults.internalErrorRate;
    }
    if (kind == u"502") {
        return &faults.badGatewayRate;
    }
    if (kind == u"drop") {
        return &faults.dropRate;
    }
    if (kind == u"malformed") {
        return &faults.malformedRate;
    }
    return nullptr;
}

} // namespace

SandboxCommand::SandboxCommand(QObject *parent)
    : CliCommand(parent)
{ }

SandboxCommand::~SandboxCommand()
{
    if (m_signalNotifier) {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        ::close(signalSockets[0]);
        ::close(signalSockets[1]);
        signalSockets[0] = signalSockets[1] = -1;
    }
}

QString SandboxCommand::name() const
{
    return QStringLiteral("sandbox");
}

QString SandboxCommand::summary() const
{
    return tr("Run the Sandbox, a local emulation of the profile REST API.");
}

void SandboxCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serves v4/profile/portrait_set and portrait_get on plain HTTP, with the real service's URL, "
           "envelope and error codes, until SIGINT or SIGTERM. Without --sdkappid and --key-file it runs the "
           "demo app. Once listening it prints one line, \"listening on http://HOST:PORT\", on stdout."));
    parser.addHelpOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"),
        tr("Address and port to listen on; port 0 picks a free one (default 127.0.0.1:0)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption allowRemoteOption(QStringLiteral("allow-remote"),
        tr("Allow --listen on an address other networks can reach. Anyone there can then read and change "
           "the Sandbox's profiles."));
    const QCommandLineOption sdkAppIdOption(QStringLiteral("sdkappid"),
        tr("SDKAppID of the emulated app (needs --key-file)."), QStringLiteral("N"));
    const QCommandLineOption keyFileOption(QStringLiteral("key-file"),
        tr("File holding the emulated app's secret key (needs --sdkappid)."), QStringLiteral("FILE"));
    const QCommandLineOption adminOption(QStringLiteral("admin"),
        tr("An admin account that may call the API; repeatable (default: administrator)."),
        QStringLiteral("ID"));
    const QCommandLineOption accountsOption(QStringLiteral("accounts-file"),
        tr("File listing account IDs to import, one per line (# starts a comment)."), QStringLiteral("FILE"));
    const QCommandLineOption generateOption(QStringLiteral("generate-accounts"),
        tr("Also create accounts user000001 to userN (at most %1), each with a nickname, gender, birthday "
           "and level, the same on every run: for bulk demos and benchmarks.")
            .arg(SandboxDemo::MaxGeneratedAccounts),
        QStringLiteral("N"));
    const QCommandLineOption customTagOption(QStringLiteral("custom-tag"),
        tr("A custom profile field and the admin's access to it (default rw); repeatable."),
        QStringLiteral("TAG[:rw|:r|:w|:none]"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
        tr("Keep accounts and profiles in FILE across runs (default: in memory only)."),
        QStringLiteral("FILE"));
    const QCommandLineOption rateOption(QStringLiteral("rate-limit"),
        tr("Calls per sliding second before 60007; 0 for no limit (default %1).")
            .arg(ProfileApi::MaxCallsPerSecond),
        QStringLiteral("N"), QString::number(ProfileApi::MaxCallsPerSecond));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
        tr("Delay every answer by N milliseconds (default 0)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption faultOption(QStringLiteral("fault-rate"),
        tr("Share P (0 to 1) of calls that fail on purpose: KIND is 40006 (internal error), 502 (bad "
           "gateway), "
           "drop (connection closed) or malformed (truncated JSON); repeatable."),
        QStringLiteral("KIND=P"));
    parser.addOptions(
        { listenOption, allowRemoteOption, sdkAppIdOption, keyFileOption, adminOption, accountsOption,
            generateOption, customTagOption, dataOption, rateOption, latencyOption, faultOption });

    const auto refuse = [this](const QString &message) {
        Console::err() << "chat-profile sandbox: " << message << Qt::endl;
        finishLater(ExitCode::BadInput);
    };
    if (!parser.parse(arguments)) {
        refuse(parser.errorText());
        return;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Console::out() << helpText(parser, arguments.at(0)) << Qt::flush;
        finishLater(ExitCode::Success);
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        refuse(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
        return;
    }

    const std::optional<ListenAddress> listen = parseListen(parser.value(listenOption));
    if (!listen) {
        refuse(
            tr("--listen wants HOST:PORT, e.g. 127.0.0.1:8080, not \"%1\".").arg(parser.value(listenOption)));
        return;
    }
    if (!listen->host.isLoopback() && !parser.isSet(allowRemoteOption)) {
        refuse(tr("%1 is reachable from other machines. Add --allow-remote if that is what you want.")
                   .arg(listen->host.toString()));
        return;
    }

    const bool demo = !parser.isSet(sdkAppIdOption) && !parser.isSet(keyFileOption);
    if (!demo && !(parser.isSet(sdkAppIdOption) && parser.isSet(keyFileOption))) {
        refuse(tr("--sdkappid and --key-file go together; leave both out to run the demo app."));
        return;
    }
    SandboxConfig config = demo ? SandboxDemo::get().config : SandboxConfig();
    SandboxStore store = demo ? SandboxDemo::get().store : SandboxStore();
    if (!demo) {
        bool ok = false;
        config.sdkAppId = parser.value(sdkAppIdOption).toULongLong(&ok);
        if (!ok || config.sdkAppId == 0) {
            refuse(tr("--sdkappid wants a positive number, not \"%1\".").arg(parser.value(sdkAppIdOption)));
            return;
        }
        QFile keyFile(parser.value(keyFileOption));
        if (!keyFile.open(QIODevice::ReadOnly)) {
            refuse(tr("cannot read the key file %1: %2").arg(keyFile.fileName(), keyFile.errorString()));
            return;
        }
        config.secretKey = keyFile.readAll().trimmed();
        if (config.secretKey.isEmpty()) {
            refuse(tr("the key file %1 is empty; put the app's secret key in it.").arg(keyFile.fileName()));
            return;
        }
        config.admins = QStringList { QStringLiteral("administrator") };
    }
    if (parser.isSet(adminOption)) {
        config.admins = parser.values(adminOption);
    }
    if (parser.isSet(accountsOption)) {
        QFile accounts(parser.value(accountsOption));
        if (!accounts.open(QIODevice::ReadOnly | QIODevice::Text)) {
            refuse(
                tr("cannot read the accounts file %1: %2").arg(accounts.fileName(), accounts.errorString()));
            return;
        }
        while (!accounts.atEnd()) {
            const QString account = QString::fromUtf8(accounts.readLine()).trimmed();
            if (!account.isEmpty() && !account.startsWith(QLatin1Char('#'))) {
                store.addAccount(account);
            }
        }
    }
    int generated = 0;
    if (parser.isSet(generateOption)) {
        bool numberOk = false;
        generated = parser.value(generateOption).toInt(&numberOk);
        if (!numberOk || generated < 1 || generated > SandboxDemo::MaxGeneratedAccounts) {
            refuse(tr("--generate-accounts wants a number of accounts from 1 to %1, not \"%2\".")
                       .arg(SandboxDemo::MaxGeneratedAccounts)
                       .arg(parser.value(generateOption)));
            return;
        }
        SandboxDemo::addGeneratedAccounts(store, generated);
    }
    for (const QString &spec : parser.values(customTagOption)) {
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        const QString tag = colon < 0 ? spec : spec.left(colon);
        const std::optional<CustomTagAccess> access
            = CustomTagAccessText::parse(colon < 0 ? QStringView(u"rw") : QStringView(spec).mid(colon + 1));
        const FieldCheck keyword = FieldValidator::checkCustomKeyword(FieldSchema::customKeyword(tag));
        if (!FieldSchema::isCustomTag(tag) || keyword.isInvalid()) {
            refuse(tr("--custom-tag wants Tag_Profile_Custom_<keyword>, not \"%1\". %2")
                       .arg(tag, keyword.message));
            return;
        }
        if (!access) {
            refuse(tr("--custom-tag %1: the access is rw, r, w or none.").arg(spec));
            return;
        }
        config.customTags.insert(tag, *access);
    }
    bool ok = false;
    config.rateLimitPerSecond = parser.value(rateOption).toInt(&ok);
    if (!ok || config.rateLimitPerSecond < 0) {
        refuse(tr("--rate-limit wants a number of calls per second, 0 for none."));
        return;
    }
    config.faults.latencyMs = parser.value(latencyOption).toInt(&ok);
    if (!ok || config.faults.latencyMs < 0) {
        refuse(tr("--latency-ms wants a number of milliseconds."));
        return;
    }
    double totalRate = 0;
    for (const QString &spec : parser.values(faultOption)) {
        const QStringList parts = spec.split(QLatin1Char('='));
        double *rate = parts.size() == 2 ? faultRate(config.faults, parts.at(0)) : nullptr;
        const double value = parts.size() == 2 ? parts.at(1).toDouble(&ok) : -1;
        if (!rate || !ok || value < 0 || value > 1) {
            refuse(
                tr("--fault-rate wants KIND=P with KIND 40006, 502, drop or malformed and P from 0 to 1, not "
                   "\"%1\".")
                    .arg(spec));
            return;
        }
        totalRate += value - *rate;
        *rate = value;
    }
    if (totalRate > 1) {
        refuse(tr("the --fault-rate shares add up to more than 1."));
        return;
    }
    config.dataFile = parser.value(dataOption);

    m_server = std::make_unique<SandboxServer>(config, std::move(store));
    connect(m_server.get(), &SandboxServer::saveFailed, this,
        [](const QString &message) { Console::err() << "chat-profile sandbox: " << message << Qt::endl; });
    if (!m_server->listen(listen->host, listen->port)) {
        Console::err() << "chat-profile sandbox: " << m_server->errorString() << Qt::endl;
        m_server.reset();
        finishLater(ExitCode::Failed);
        return;
    }
    if (!watchShutdownSignals()) {
        Console::err() << "chat-profile sandbox: " << tr("cannot watch for SIGINT/SIGTERM.") << Qt::endl;
        m_server.reset();
        finishLater(ExitCode::Failed);
        return;
    }
    if (!listen->host.isLoopback()) {
        Console::err() << tr(
            "Warning: the Sandbox is reachable from other machines on plain HTTP, and anyone "
            "holding the key can change its profiles.")
                       << Qt::endl;
    }
    if (demo) {
        // The demo key is published on purpose (it opens nothing but this Sandbox), so it is shown.
        Console::err() << tr("Demo app: SDKAppID %1, admin %2, secret key %3.")
                              .arg(config.sdkAppId)
                              .arg(SandboxDemo::get().admin, QString::fromLatin1(config.secretKey))
                       << Qt::endl;
    }
    if (generated > 0) {
        Console::err() << tr("Generated accounts: %1 to %2.")
                              .arg(SandboxDemo::generatedAccount(1), SandboxDemo::generatedAccount(generated))
                       << Qt::endl;
    }
    // Machine-readable (scripts and tests wait for it), so never translated; endl flushes it.
    Console::out() << "listening on " << m_server->baseUrl().toString() << Qt::endl;
}

bool SandboxCommand::watchShutdownSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalSockets) != 0) {
        return false;
    }
    m_signalNotifier = new QSocketNotifier(signalSockets[1], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, &SandboxCommand::stop);
    struct sigaction action = {};
    action.sa_handler = onShutdownSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

void SandboxCommand::stop()
{
    m_signalNotifier->setEnabled(false);
    char byte = 0;
    [[maybe_unused]] const ssize_t read = ::read(signalSockets[1], &byte, 1);
    const bool saved = m_server->save();
    if (!saved) {
        Console::err() << "chat-profile sandbox: " << m_server->errorString() << Qt::endl;
    }
    m_server.reset();
    Q_EMIT finished(static_cast<int>(saved ? ExitCode::Success : ExitCode::Failed));
}
