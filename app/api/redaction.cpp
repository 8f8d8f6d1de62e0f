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

// "%2A" or "%2a": a percent-encoded byte, its hex digits in either case.
QString percentEncoded(uchar byte)
{
    QString pattern = QStringLiteral("%");
    for (const int nibble : { byte >> 4, byte & 0xf }) {
        const QChar digit = QLatin1Char("0123456789ABCDEF"[nibble]);
        pattern += nibble < 10 ? QString(digit) : QStringLiteral("[%1%2]").arg(digit, digit.toLower());
    }
    return pattern;
}

// One byte of the sig as a text can show it: itself or percent-encoded, and a '/' also as JSON's
// "\/". Matched against text holding one character per byte (Latin-1), so any byte is literal.
QString spellingsOf(uchar byte)
{
    QStringList spellings { QRegularExpression::escape(QString(QChar(byte))), percentEncoded(byte) };
    if (byte == '/') {
        spellings.append(QStringLiteral("\\\\/"));
    }
    return QStringLiteral("(?:%1)").arg(spellings.join(QLatin1Char('|')));
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

UserSigMask::UserSigMask(const QString &userSig)
{
    if (userSig.size() < MinimumLength) {
        return;
    }
    QString pattern;
    for (const char byte : userSig.toUtf8()) {
        pattern += spellingsOf(static_cast<uchar>(byte));
    }
    m_spellings.setPattern(pattern); // every byte escaped, so always valid
    m_active = true;
}

QString UserSigMask::apply(const QString &text) const
{
    return QString::fromUtf8(apply(text.toUtf8()));
}

QByteArray UserSigMask::apply(const QByteArray &bytes) const
{
    QString perByte = QString::fromLatin1(bytes);
    if (m_active) {
        perByte.replace(m_spellings, Redaction::Mask);
    }
    return Redaction::text(perByte).toLatin1();
}
