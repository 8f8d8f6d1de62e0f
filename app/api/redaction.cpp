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

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if (u >= u'a' && u <= u'f') {
        return u - u'a' + 10;
    }
    if (u >= u'A' && u <= u'F') {
        return u - u'A' + 10;
    }
    return -1;
}

// Where one spelling of sig that starts at `at` in text (one character per byte, Latin-1) ends,
// or -1. Each byte of the sig may show as itself, percent-encoded with its hex digits in either
// case, or, for '/', as JSON's "\/"; a byte's spellings are tried in that order.
qsizetype spellingEnd(QStringView text, qsizetype at, QByteArrayView sig)
{
    if (sig.isEmpty()) {
        return at;
    }
    const uchar byte = uchar(sig.front());
    const QByteArrayView rest = sig.sliced(1);
    if (at < text.size() && text[at].unicode() == byte) {
        if (const qsizetype end = spellingEnd(text, at + 1, rest); end >= 0) {
            return end;
        }
    }
    if (at + 2 < text.size() && text[at] == u'%') {
        const int high = hexDigit(text[at + 1]);
        const int low = hexDigit(text[at + 2]);
        if (high >= 0 && low >= 0 && high * 16 + low == byte) {
            if (const qsizetype end = spellingEnd(text, at + 3, rest); end >= 0) {
                return end;
            }
        }
    }
    if (byte == '/' && at + 1 < text.size() && text[at] == u'\\' && text[at + 1] == u'/') {
        return spellingEnd(text, at + 2, rest);
    }
    return -1;
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
    if (userSig.size() >= MinimumLength) {
        m_userSig = userSig.toUtf8();
    }
}

QString UserSigMask::apply(const QString &text) const
{
    return QString::fromUtf8(apply(text.toUtf8()));
}

QByteArray UserSigMask::apply(const QByteArray &bytes) const
{
    const QString perByte = QString::fromLatin1(bytes);
    return Redaction::text(m_userSig.isEmpty() ? perByte : masked(perByte)).toLatin1();
}

// Every spelling of the sig, from left to right, replaced by the mask.
QString UserSigMask::masked(const QString &perByte) const
{
    QString result;
    result.reserve(perByte.size());
    for (qsizetype at = 0; at < perByte.size();) {
        if (const qsizetype end = spellingEnd(perByte, at, m_userSig); end >= 0) {
            result += Redaction::Mask;
            at = end;
        } else {
            result += perByte[at];
            ++at;
        }
    }
    return result;
}
