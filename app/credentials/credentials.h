#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Something about a pasted UserSig that the user should hear before a request goes out.
struct CredentialWarning
{
    enum class Kind { Unreadable, Expired, ExpiresSoon, WrongIdentifier, WrongSdkAppId };
    Kind kind;
    QString text; // translated, one sentence with what to do
};

// Who the console acts as: an app's SDKAppID and administrator, authenticated either by the app's
// secret key (the console then signs short-lived UserSigs itself) or by a UserSig pasted by the
// user. The secret key lives only in this object's memory: nothing here saves or serialises it.
class Credentials final
{
public:
    // Lifetime of the sigs made from a secret key: short, because the console can always make a new one.
    static constexpr qint64 generatedLifetime = 3600;
    // A generated sig is replaced once it has less than this left, so no request races its expiry.
    static constexpr qint64 renewalMargin = 600;
    // A pasted sig expiring sooner than this gets a warning.
    static constexpr qint64 expiryWarningWindow = 24 * 3600;

    static Credentials fromSecretKey(
        quint64 sdkAppId, const QString &identifier, const QByteArray &secretKey);
    static Credentials fromUserSig(quint64 sdkAppId, const QString &identifier, const QString &userSig);

    quint64 sdkAppId() const { return m_sdkAppId; }
    QString identifier() const { return m_identifier; }
    bool usesSecretKey() const { return !m_secretKey.isEmpty(); }

    // The sig to send with a request made at `now` (unix seconds): the pasted one as it is, or a
    // generated one, renewed when it has less than renewalMargin left.
    QString userSigForRequest(qint64 now);

    // What is wrong with a pasted sig at `now`; always empty with a secret key, whose sigs are
    // made to fit.
    QList<CredentialWarning> warnings(qint64 now) const;

    // One line for a status bar, e.g. "signed for administrator in app 1400000000, expires in 3 h".
    QString statusText(qint64 now) const;

private:
    Credentials(quint64 sdkAppId, const QString &identifier);

    quint64 m_sdkAppId = 0;
    QString m_identifier;
    QByteArray m_secretKey;
    QString m_userSig; // pasted, or the last one generated
    qint64 m_generatedAt = 0;
};
