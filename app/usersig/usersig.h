#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

// What a UserSig (TLSSigAPIv2) carries in plain sight: anyone can read it without the secret key,
// only the HMAC in `signature` needs the key to check.
struct UserSigContent
{
    QString identifier;
    quint64 sdkAppId = 0;
    qint64 time = 0; // issue time, unix seconds
    qint64 expire = 0; // lifetime in seconds (not an absolute time)
    QByteArray signature; // TLS.sig, standard base64
    // TLS.userbuf as written in the sig (standard base64); only TRTC PrivateMapKeys carry one, and
    // it is part of the signed text when present.
    std::optional<QByteArray> userBuf;

    // The last second at which the server still accepts the sig (`now > time + expire` is expired).
    qint64 expiresAt() const;
};

enum class UserSigVerdict { Valid, Expired, BadSignature, WrongIdentifier, WrongSdkAppId, Malformed };

// The TLSSigAPIv2 algorithm as Tencent's official libraries implement it
// (github.com/tencentyun/tls-sig-api-v2-python, -node and -cpp).
namespace UserSig {

// A new sig signed with secretKey, the key string's own bytes (the hex is not decoded).
QString generate(quint64 sdkAppId, const QString &identifier, const QByteArray &secretKey,
    qint64 expireSeconds, qint64 now);

// Reads a sig without the key: its content, or a translated reason it cannot be read.
struct Decoded
{
    std::optional<UserSigContent> content;
    QString error;
};
Decoded decode(QStringView sig);

// Checks a sig the way the server does, in the order malformed, SDKAppID, identifier, signature,
// expiry, so a forged sig is never reported as merely expired. `content` is set whenever the sig
// decodes; `detail` says in one translated sentence what exactly is wrong (empty when valid).
struct Check
{
    UserSigVerdict verdict = UserSigVerdict::Malformed;
    std::optional<UserSigContent> content;
    QString detail;
};
Check verify(
    QStringView sig, quint64 sdkAppId, const QString &identifier, const QByteArray &secretKey, qint64 now);

// The REST API error code the server answers for this verdict (0 when valid).
int serverErrorCode(UserSigVerdict verdict);
// A stable machine-readable name: "expired", "bad_signature", … ("" when valid).
QString reasonKey(UserSigVerdict verdict);
// What the verdict means and what to do about it, for a support agent; names the server code.
QString explanation(UserSigVerdict verdict);

} // namespace UserSig
