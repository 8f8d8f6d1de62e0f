#include "credentials/credentials.h"

#include "usersig/durationtext.h"
#include "usersig/usersig.h"

#include <QCoreApplication>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Credentials)
};
} // namespace

Credentials::Credentials(quint64 sdkAppId, const QString &identifier)
    : m_sdkAppId(sdkAppId)
    , m_identifier(identifier)
{ }

Credentials Credentials::fromSecretKey(
    quint64 sdkAppId, const QString &identifier, const QByteArray &secretKey)
{
    Credentials credentials(sdkAppId, identifier);
    credentials.m_secretKey = secretKey;
    return credentials;
}

Credentials Credentials::fromUserSig(quint64 sdkAppId, const QString &identifier, const QString &userSig)
{
    Credentials credentials(sdkAppId, identifier);
    credentials.m_userSig = userSig.trimmed();
    return credentials;
}

QString Credentials::userSigForRequest(qint64 now)
{
    if (!usesSecretKey()) {
        return m_userSig;
    }
    const qint64 left = m_generatedAt + generatedLifetime - now;
    // A clock that went backwards would make the cached sig look young while the server, whose
    // clock is right, may see it as expired; a fresh one is cheap.
    if (m_userSig.isEmpty() || left < renewalMargin || now < m_generatedAt) {
        m_userSig = UserSig::generate(m_sdkAppId, m_identifier, m_secretKey, generatedLifetime, now);
        m_generatedAt = now;
    }
    return m_userSig;
}

QList<CredentialWarning> Credentials::warnings(qint64 now) const
{
    if (usesSecretKey()) {
        return {};
    }
    using Kind = CredentialWarning::Kind;
    const UserSig::Decoded decoded = UserSig::decode(m_userSig);
    if (!decoded.content) {
        return { { Kind::Unreadable,
            decoded.error + QLatin1Char(' ') + UserSig::explanation(UserSigVerdict::Malformed) } };
    }
    const UserSigContent &sig = *decoded.content;
    QList<CredentialWarning> result;
    if (sig.sdkAppId != m_sdkAppId) {
        result.append({ Kind::WrongSdkAppId,
            Text::tr(
                "The pasted UserSig was made for app %1, not for app %2: the server would refuse it with "
                "error %3. Check the SDKAppID, or paste a sig made for this app.")
                .arg(QString::number(sig.sdkAppId), QString::number(m_sdkAppId),
                    QString::number(UserSig::serverErrorCode(UserSigVerdict::WrongSdkAppId))) });
    }
    if (sig.identifier != m_identifier) {
        result.append({ Kind::WrongIdentifier,
            Text::tr(
                "The pasted UserSig was made for the account “%1”, not for “%2”: the server would refuse "
                "it with error %3. Use “%1” as the administrator, or paste a sig made for “%2”.")
                .arg(sig.identifier, m_identifier,
                    QString::number(UserSig::serverErrorCode(UserSigVerdict::WrongIdentifier))) });
    }
    const qint64 left = sig.expiresAt() - now;
    if (left < 0) {
        result.append({ Kind::Expired,
            Text::tr(
                "The pasted UserSig expired %1 ago, at %2: the server would refuse it with error %3. Paste a "
                "new one, or use the secret key so the console makes its own.")
                .arg(DurationText::approximate(left), DurationText::utc(sig.expiresAt()),
                    QString::number(UserSig::serverErrorCode(UserSigVerdict::Expired))) });
    } else if (left < expiryWarningWindow) {
        result.append({ Kind::ExpiresSoon,
            Text::tr(
                "The pasted UserSig expires in %1, at %2. Have a new one ready, or use the secret key so the "
                "console makes its own.")
                .arg(DurationText::approximate(left), DurationText::utc(sig.expiresAt())) });
    }
    return result;
}

QString Credentials::statusText(qint64 now) const
{
    if (usesSecretKey()) {
        return Text::tr("signed for %1 in app %2 with the secret key, renewed automatically")
            .arg(m_identifier, QString::number(m_sdkAppId));
    }
    const UserSig::Decoded decoded = UserSig::decode(m_userSig);
    if (!decoded.content) {
        return Text::tr("the pasted UserSig cannot be read");
    }
    const UserSigContent &sig = *decoded.content;
    const qint64 left = sig.expiresAt() - now;
    if (left < 0) {
        return Text::tr("signed for %1 in app %2, expired %3 ago")
            .arg(sig.identifier, QString::number(sig.sdkAppId), DurationText::approximate(left));
    }
    return Text::tr("signed for %1 in app %2, expires in %3")
        .arg(sig.identifier, QString::number(sig.sdkAppId), DurationText::approximate(left));
}
