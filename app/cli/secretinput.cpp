#include "cli/secretinput.h"

#include <QCommandLineParser>
#include <QFile>

namespace {
// Far more than any key or UserSig; a larger file is not what the user meant to give.
constexpr qint64 maxSecretFileBytes = 64 * 1024;
} // namespace

SecretInput::Result SecretInput::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return { std::nullopt, tr("Cannot read %1: %2.").arg(path, file.errorString()) };
    }
    const QByteArray content = file.read(maxSecretFileBytes + 1);
    if (content.size() > maxSecretFileBytes) {
        return { std::nullopt,
            tr("%1 is larger than %2 KiB; it should hold only the key or UserSig.")
                .arg(path, QString::number(maxSecretFileBytes / 1024)) };
    }
    const qsizetype lineEnd = content.indexOf('\n');
    const QByteArray line = (lineEnd < 0 ? content : content.left(lineEnd)).trimmed();
    if (line.isEmpty()) {
        return { std::nullopt,
            tr("%1 is empty; it should hold the key or UserSig on its first line.").arg(path) };
    }
    return { line, {} };
}

SecretInput::SecretInput()
    : m_keyFile(QStringLiteral("key-file"),
        tr("File holding the app's secret key (first line). Default: the %1 environment variable. The key "
           "itself is never accepted on the command line, where other users could see it.")
            .arg(QLatin1String(secretKeyVariable)),
        QStringLiteral("FILE"))
    , m_plainKey({ QStringLiteral("key"), QStringLiteral("secret-key"), QStringLiteral("secretkey") },
          QString(), QStringLiteral("KEY"))
{
    m_plainKey.setFlags(QCommandLineOption::HiddenFromHelp);
}

void SecretInput::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_keyFile);
    parser.addOption(m_plainKey);
}

QString SecretInput::refusal(const QCommandLineParser &parser) const
{
    if (!parser.isSet(m_plainKey)) {
        return {};
    }
    return tr("The secret key is not accepted on the command line, where every user of this machine can "
              "read it (ps, shell history). Put it in a file readable only by you and pass --key-file FILE, "
              "or set %1.")
        .arg(QLatin1String(secretKeyVariable));
}

SecretInput::Result SecretInput::secretKey(const QCommandLineParser &parser) const
{
    if (parser.isSet(m_keyFile)) {
        return fromFile(parser.value(m_keyFile));
    }
    const QByteArray fromEnvironment = qgetenv(secretKeyVariable).trimmed();
    if (fromEnvironment.isEmpty()) {
        return {};
    }
    return { fromEnvironment, {} };
}
