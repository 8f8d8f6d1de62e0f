#include "usersig/usersig.h"

#include "usersig/durationtext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <zlib.h>

qint64 UserSigContent::expiresAt() const
{
    return time + expire;
}

namespace UserSig {
namespace {

// Real sigs are about 200 characters; anything far longer is not a sig, and bounding the input
// and the inflated JSON keeps a hostile paste from costing memory (decode is fuzzed).
constexpr qsizetype maxSigLength = 8192;
constexpr uInt maxJsonBytes = 64 * 1024;
// Integers beyond 2^53 do not survive the JSON of every producer; bounding them also keeps
// time + expire far from overflow.
constexpr qint64 maxInteger = (qint64(1) << 53) - 1;
constexpr int hmacSha256Bytes = 32;

const auto fieldVersion = QLatin1String("TLS.ver");
const auto fieldIdentifier = QLatin1String("TLS.identifier");
const auto fieldSdkAppId = QLatin1String("TLS.sdkappid");
const auto fieldTime = QLatin1String("TLS.time");
const auto fieldExpire = QLatin1String("TLS.expire");
const auto fieldUserBuf = QLatin1String("TLS.userbuf");
const auto fieldSignature = QLatin1String("TLS.sig");

// Gives the free functions below a Text::tr() that lupdate files under the "UserSig" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UserSig)
};

bool isSigCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'*'
        || u == u'-' || u == u'_';
}

// The signed text (TLSSigAPIv2.py's __hmacsha256): every line ends in \n; the key is the key
// string's own bytes.
QByteArray hmac(const UserSigContent &content, const QByteArray &secretKey)
{
    QByteArray text = "TLS.identifier:" + content.identifier.toUtf8() + '\n' //
        + "TLS.sdkappid:" + QByteArray::number(content.sdkAppId) + '\n' //
        + "TLS.time:" + QByteArray::number(content.time) + '\n' //
        + "TLS.expire:" + QByteArray::number(content.expire) + '\n';
    if (content.userBuf) {
        text += "TLS.userbuf:" + *content.userBuf + '\n';
    }
    return QMessageAuthenticationCode::hash(text, secretKey, QCryptographicHash::Sha256);
}

struct Bytes
{
    QByteArray data;
    QString error;
};

// "*-_" back to "+/=", then standard base64; the `_` padding may be missing.
Bytes decodeOuter(QStringView sig)
{
    QByteArray base64;
    base64.reserve(sig.size());
    for (qsizetype i = 0; i < sig.size(); ++i) {
        const QChar c = sig.at(i);
        if (c.isSpace()) {
            continue; // pasted sigs are often wrapped; the official C++ verifier strips whitespace too
        }
        if (!isSigCharacter(c)) {
            return { {},
                Text::tr("character “%1” at position %2 is not part of a UserSig (only A–Z, a–z, 0–9, *, - "
                         "and _ are)")
                    .arg(c)
                    .arg(i + 1) };
        }
        base64 += c == u'*' ? '+' : c == u'-' ? '/' : c == u'_' ? '=' : static_cast<char>(c.unicode());
    }
    if (base64.isEmpty()) {
        return { {}, Text::tr("it is empty") };
    }
    qsizetype padding = 0;
    while (base64.endsWith('=') && padding < 2) {
        base64.chop(1);
        ++padding;
    }
    if (base64.contains('=')) {
        return { {}, Text::tr("it is not valid base64: the padding “_” appears before the end") };
    }
    if (base64.size() % 4 == 1) {
        return { {},
            Text::tr("it is not valid base64: its length is impossible, so characters are missing") };
    }
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    // A last character whose unused low bits are set decodes like its neighbour; refusing it
    // means no changed character can slip through unnoticed.
    if (!decoded || decoded.decoded.toBase64(QByteArray::OmitTrailingEquals) != base64) {
        return { {}, Text::tr("it is not valid base64: its last character does not fit, so it was changed") };
    }
    return { std::move(decoded.decoded), {} };
}

// zlib-wrapped deflate (RFC 1950), as every official producer writes it, bounded to maxJsonBytes.
Bytes inflateBounded(const QByteArray &compressed)
{
    const auto header = [&](int i) { return static_cast<unsigned char>(compressed.at(i)); };
    const bool zlibHeader = compressed.size() >= 2 && (header(0) & 0x0f) == Z_DEFLATED
        && (header(0) * 256 + header(1)) % 31 == 0 && (header(1) & 0x20) == 0; // no preset dictionary
    if (!zlibHeader) {
        return { {}, Text::tr("it does not contain zlib-compressed data") };
    }
    z_stream stream {};
    if (inflateInit(&stream) != Z_OK) {
        return { {}, Text::tr("the decompressor could not start") };
    }
    // One byte more than allowed, so "exactly full" and "too large" can be told apart.
    QByteArray output(maxJsonBytes + 1, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    stream.next_out = reinterpret_cast<Bytef *>(output.data());
    stream.avail_out = static_cast<uInt>(output.size());
    const int result = inflate(&stream, Z_FINISH);
    const uLong produced = stream.total_out;
    const bool outputFull = stream.avail_out == 0;
    const bool inputLeft = stream.avail_in != 0;
    inflateEnd(&stream);
    if (result == Z_STREAM_END && inputLeft) {
        return { {}, Text::tr("there is unexpected data after its compressed content") };
    }
    if (result == Z_STREAM_END && produced <= maxJsonBytes) {
        output.truncate(static_cast<qsizetype>(produced));
        return { output, {} };
    }
    if (outputFull) {
        return {
            {},
            Text::tr("its content is larger than %1 KiB, far more than any UserSig").arg(maxJsonBytes / 1024)
        };
    }
    if (result == Z_BUF_ERROR) {
        return { {}, Text::tr("its compressed data ends early: the sig is truncated") };
    }
    return { {}, Text::tr("its compressed data is damaged") };
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Bool:
        return Text::tr("a boolean");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Array:
        return Text::tr("a list");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("missing");
}

QString missingField(QLatin1String name)
{
    return Text::tr("the field %1 is missing").arg(name);
}

QString mistypedField(QLatin1String name, const QString &expected, const QJsonValue &value)
{
    return Text::tr("the field %1 should be %2 but is %3").arg(name, expected, jsonTypeName(value));
}

std::optional<qint64> readInteger(const QJsonObject &object, QLatin1String name, QString *error)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined()) {
        *error = missingField(name);
        return std::nullopt;
    }
    const qint64 number = value.isDouble() ? value.toInteger(-1) : -1;
    if (number < 0 || number > maxInteger) {
        *error = mistypedField(name, Text::tr("a whole number from 0 to %1").arg(maxInteger), value);
        return std::nullopt;
    }
    return number;
}

std::optional<QString> readString(const QJsonObject &object, QLatin1String name, QString *error)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined()) {
        *error = missingField(name);
        return std::nullopt;
    }
    if (!value.isString()) {
        *error = mistypedField(name, Text::tr("a string"), value);
        return std::nullopt;
    }
    return value.toString();
}

Decoded readContent(const QJsonObject &object)
{
    QString error;
    if (object.contains(fieldVersion)) {
        const std::optional<QString> version = readString(object, fieldVersion, &error);
        if (!version) {
            return { std::nullopt, error };
        }
        if (*version != QLatin1String("2.0")) {
            return {
                std::nullopt,
                Text::tr("it is version “%1”; only version 2.0 (HMAC-SHA256) sigs can be read").arg(*version)
            };
        }
    }
    const std::optional<QString> identifier = readString(object, fieldIdentifier, &error);
    if (!identifier) {
        return { std::nullopt, error };
    }
    if (!identifier->isValidUtf16()) {
        // JSON can spell a lone surrogate (\ud800); no producer signs one and UTF-8 cannot carry it.
        return { std::nullopt, Text::tr("the field %1 is not valid text").arg(fieldIdentifier) };
    }
    const std::optional<qint64> sdkAppId = readInteger(object, fieldSdkAppId, &error);
    if (!sdkAppId) {
        return { std::nullopt, error };
    }
    const std::optional<qint64> time = readInteger(object, fieldTime, &error);
    if (!time) {
        return { std::nullopt, error };
    }
    const std::optional<qint64> expire = readInteger(object, fieldExpire, &error);
    if (!expire) {
        return { std::nullopt, error };
    }
    const std::optional<QString> signature = readString(object, fieldSignature, &error);
    if (!signature) {
        return { std::nullopt, error };
    }
    const QByteArray signatureBytes = signature->toLatin1();
    const auto digest
        = QByteArray::fromBase64Encoding(signatureBytes, QByteArray::AbortOnBase64DecodingErrors);
    if (!digest || digest.decoded.size() != hmacSha256Bytes) {
        return { std::nullopt, Text::tr("the field %1 is not a base64 HMAC-SHA256").arg(fieldSignature) };
    }
    UserSigContent content;
    content.identifier = *identifier;
    content.sdkAppId = static_cast<quint64>(*sdkAppId);
    content.time = *time;
    content.expire = *expire;
    content.signature = signatureBytes;
    if (object.contains(fieldUserBuf)) {
        const std::optional<QString> userBuf = readString(object, fieldUserBuf, &error);
        if (!userBuf) {
            return { std::nullopt, error };
        }
        content.userBuf = userBuf->toUtf8();
    }
    return { content, {} };
}

QByteArray compress(const QByteArray &data)
{
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    QByteArray output(static_cast<qsizetype>(size), Qt::Uninitialized);
    // Level 6 like the Python, Node and PHP libraries; every level decodes the same.
    const int result = compress2(reinterpret_cast<Bytef *>(output.data()), &size,
        reinterpret_cast<const Bytef *>(data.constData()), static_cast<uLong>(data.size()),
        Z_DEFAULT_COMPRESSION);
    // compress2 only fails for lack of memory or a too small buffer, and compressBound rules that out.
    Q_ASSERT(result == Z_OK);
    Q_UNUSED(result);
    output.truncate(static_cast<qsizetype>(size));
    return output;
}

Check failed(UserSigVerdict verdict, const UserSigContent &content, const QString &detail)
{
    return { verdict, content, detail };
}

} // namespace

QString generate(quint64 sdkAppId, const QString &identifier, const QByteArray &secretKey,
    qint64 expireSeconds, qint64 now)
{
    UserSigContent content;
    content.identifier = identifier;
    content.sdkAppId = sdkAppId;
    content.time = now;
    content.expire = expireSeconds;
    const QJsonObject document {
        { fieldVersion, QStringLiteral("2.0") },
        { fieldIdentifier, identifier },
        { fieldSdkAppId, static_cast<qint64>(sdkAppId) },
        { fieldExpire, expireSeconds },
        { fieldTime, now },
        { fieldSignature, QString::fromLatin1(hmac(content, secretKey).toBase64()) },
    };
    QByteArray sig = compress(QJsonDocument(document).toJson(QJsonDocument::Compact)).toBase64();
    sig.replace('+', '*').replace('/', '-').replace('=', '_');
    return QString::fromLatin1(sig);
}

Decoded decode(QStringView sig)
{
    const auto malformed = [](const QString &reason) {
        return Decoded { std::nullopt, Text::tr("The UserSig cannot be read: %1.").arg(reason) };
    };
    if (sig.size() > maxSigLength) {
        return malformed(Text::tr("it is %1 characters long, far longer than any UserSig").arg(sig.size()));
    }
    const Bytes compressed = decodeOuter(sig);
    if (!compressed.error.isEmpty()) {
        return malformed(compressed.error);
    }
    const Bytes json = inflateBounded(compressed.data);
    if (!json.error.isEmpty()) {
        return malformed(json.error);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return malformed(Text::tr("its content is not valid JSON (%1 at byte %2)")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return malformed(Text::tr("its content is not a JSON object"));
    }
    Decoded decoded = readContent(document.object());
    if (!decoded.content) {
        return malformed(decoded.error);
    }
    return decoded;
}

Check verify(
    QStringView sig, quint64 sdkAppId, const QString &identifier, const QByteArray &secretKey, qint64 now)
{
    const Decoded decoded = decode(sig);
    if (!decoded.content) {
        return { UserSigVerdict::Malformed, std::nullopt, decoded.error };
    }
    const UserSigContent &content = *decoded.content;
    if (content.sdkAppId != sdkAppId) {
        return failed(UserSigVerdict::WrongSdkAppId, content,
            Text::tr("The UserSig was made for SDKAppID %1, but the request is for SDKAppID %2.")
                .arg(QString::number(content.sdkAppId), QString::number(sdkAppId)));
    }
    if (content.identifier != identifier) {
        return failed(UserSigVerdict::WrongIdentifier, content,
            Text::tr("The UserSig was made for the account “%1”, but the request is sent as “%2”.")
                .arg(content.identifier, identifier));
    }
    const QByteArray claimed = QByteArray::fromBase64(content.signature);
    if (claimed != hmac(content, secretKey)) {
        return failed(UserSigVerdict::BadSignature, content,
            Text::tr("The signature inside the UserSig does not match this secret key: it was made with "
                     "another key, or changed after signing."));
    }
    if (now > content.expiresAt()) {
        return failed(UserSigVerdict::Expired, content,
            Text::tr("The UserSig expired at %1, %2 ago.")
                .arg(DurationText::utc(content.expiresAt()),
                    DurationText::approximate(now - content.expiresAt())));
    }
    return { UserSigVerdict::Valid, content, {} };
}

int serverErrorCode(UserSigVerdict verdict)
{
    switch (verdict) {
    case UserSigVerdict::Valid:
        return 0;
    case UserSigVerdict::Expired:
        return 70001;
    case UserSigVerdict::BadSignature:
        return 70009;
    case UserSigVerdict::WrongIdentifier:
        return 70013;
    case UserSigVerdict::WrongSdkAppId:
        return 70014;
    case UserSigVerdict::Malformed:
        break;
    }
    return 70003;
}

QString reasonKey(UserSigVerdict verdict)
{
    switch (verdict) {
    case UserSigVerdict::Valid:
        return {};
    case UserSigVerdict::Expired:
        return QStringLiteral("expired");
    case UserSigVerdict::BadSignature:
        return QStringLiteral("bad_signature");
    case UserSigVerdict::WrongIdentifier:
        return QStringLiteral("wrong_identifier");
    case UserSigVerdict::WrongSdkAppId:
        return QStringLiteral("wrong_sdkappid");
    case UserSigVerdict::Malformed:
        break;
    }
    return QStringLiteral("malformed");
}

QString explanation(UserSigVerdict verdict)
{
    const int code = serverErrorCode(verdict);
    switch (verdict) {
    case UserSigVerdict::Valid:
        return Text::tr(
            "The UserSig is valid: it was signed with this app's secret key, for this account and "
            "this app, and it has not expired.");
    case UserSigVerdict::Expired:
        return Text::tr(
            "The UserSig has expired; the server refuses it with error %1. Make a new one from the "
            "secret key, or ask for a sig with a longer lifetime.")
            .arg(code);
    case UserSigVerdict::BadSignature:
        return Text::tr(
            "The UserSig was not signed with this app's secret key, usually because it was made "
            "with another app's key or with a key that has since been reset; the server refuses it "
            "with error %1. Use the secret key shown for this SDKAppID in the Chat console.")
            .arg(code);
    case UserSigVerdict::WrongIdentifier:
        return Text::tr("The UserSig belongs to another account than the one sending the request; the server "
                        "refuses it with error %1. Send as the account the sig was made for, or make a sig "
                        "for this account.")
            .arg(code);
    case UserSigVerdict::WrongSdkAppId:
        return Text::tr("The UserSig was made for another app (another SDKAppID); the server refuses it with "
                        "error %1. Check the SDKAppID, or make a sig for this app.")
            .arg(code);
    case UserSigVerdict::Malformed:
        break;
    }
    return Text::tr("The UserSig is damaged or incomplete, often because it was cut off while copying; the "
                    "server refuses it with error %1. Copy the whole sig again.")
        .arg(code);
}

} // namespace UserSig
