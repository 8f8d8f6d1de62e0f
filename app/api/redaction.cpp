#include "api/redaction.h"

#include "api/restrequest.h"

#include <QRegularExpression>

namespace {

// POSIX shells: inside single quotes nothing is special except the quote itself.
QString shellQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

namespace Redaction {

QString url(const QUrl &url, UserSig userSig)
{
    const QString full = url.toString(QUrl::FullyEncoded);
    return userSig == UserSig::Shown ? full : text(full);
}

QString text(const QString &text)
{
    static const QRegularExpression userSigValue(
        QStringLiteral("(usersig=)[^&\\s\"']*"), QRegularExpression::CaseInsensitiveOption);
    QString masked = text;
    masked.replace(userSigValue, QStringLiteral("\\1") + Mask);
    return masked;
}

QString curlCommand(const RestRequest &request, UserSig userSig)
{
    return QStringLiteral("curl -sS -X POST %1 -H 'Content-Type: application/json' --data-raw %2")
        .arg(shellQuoted(url(request.url, userSig)), shellQuoted(QString::fromUtf8(request.body)));
}

} // namespace Redaction
