// UserSig generate/decode/verify against the outputs of Tencent's official Python, Node and C++
// libraries (plus a Go-layout vector), and every way a sig goes wrong in support tickets.
#include "usersig/usersig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

#include <zlib.h>

namespace {

const QByteArray referenceKey = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const QByteArray otherKey = "0000000000000000000000000000000000000000000000000000000000000000";
constexpr quint64 appId = 1400000000;
constexpr qint64 issued = 1700000000;

QJsonObject readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonArray vectors()
{
    return readJsonFile(QStringLiteral(USERSIG_VECTORS)).value(QLatin1String("vectors")).toArray();
}

// Wraps JSON text the way a producer does (zlib at `level`, base64, "+/=" → "*-_"), so the tests
// can feed layouts that no vector has.
QString encodeOuter(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64()).replace(u'+', u'*').replace(u'/', u'-').replace(u'=', u'_');
}

QByteArray zlibCompress(const QByteArray &json, int level = Z_DEFAULT_COMPRESSION)
{
    uLongf size = compressBound(static_cast<uLong>(json.size()));
    QByteArray compressed(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(compressed.data()), &size,
            reinterpret_cast<const Bytef *>(json.constData()), static_cast<uLong>(json.size()), level)
        != Z_OK) {
        return {};
    }
    compressed.truncate(static_cast<qsizetype>(size));
    return compressed;
}

QString pack(const QByteArray &json, int level = Z_DEFAULT_COMPRESSION)
{
    return encodeOuter(zlibCompress(json, level));
}

QByteArray unpackedJson(const QString &sig)
{
    QByteArray base64 = sig.toLatin1();
    base64.replace('*', '+').replace('-', '/').replace('_', '=');
    const QByteArray compressed = QByteArray::fromBase64(base64);
    QByteArray json(64 * 1024, Qt::Uninitialized);
    uLongf size = static_cast<uLongf>(json.size());
    if (uncompress(reinterpret_cast<Bytef *>(json.data()), &size,
            reinterpret_cast<const Bytef *>(compressed.constData()), static_cast<uLong>(compressed.size()))
        != Z_OK) {
        return {};
    }
    json.truncate(static_cast<qsizetype>(size));
    return json;
}

// The text TLSSigAPIv2 signs (tls-sig-api-v2-python's __hmacsha256), written out independently of the code
// under test.
QByteArray referenceHmacBase64(const QByteArray &text, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(text, key, QCryptographicHash::Sha256).toBase64();
}

const QByteArray pythonLayout
    = "{\"TLS.ver\": \"2.0\", \"TLS.identifier\": \"administrator\", \"TLS.sdkappid\": 1400000000, "
      "\"TLS.expire\": 86400, \"TLS.time\": 1700000000, \"TLS.sig\": \"%SIG%\"}";
const QByteArray administratorSig = "yLAe+w7WUeUuqbV9h/TX78u21oTGi+i9Zp1u3PpnY60=";

QByteArray withField(const QByteArray &replaceWhat, const QByteArray &replaceWith)
{
    return QByteArray(pythonLayout).replace("%SIG%", administratorSig).replace(replaceWhat, replaceWith);
}

} // namespace

class TestUserSig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectorsCoverEveryProducer()
    {
        QSet<QString> producers;
        for (const QJsonValue &vector : vectors()) {
            producers.insert(vector[QLatin1String("impl")].toString());
        }
        QCOMPARE(vectors().size(), 24);
        QCOMPARE(producers,
            (QSet<QString> { QStringLiteral("python"), QStringLiteral("node"), QStringLiteral("cpp"),
                QStringLiteral("synthetic-go-layout") }));
    }

    void decodesAndVerifiesEveryVector_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        for (const QJsonValue &vector : vectors()) {
            const QJsonObject v = vector.toObject();
            const QString name = v[QLatin1String("impl")].toString() + QLatin1Char(' ')
                + v[QLatin1String("identifier")].toString() + QLatin1Char(' ')
                + QString::number(v[QLatin1String("expire")].toInteger());
            QTest::newRow(qPrintable(name)) << v;
        }
    }

    void decodesAndVerifiesEveryVector()
    {
        QFETCH(QJsonObject, vector);
        const QString sig = vector[QLatin1String("sig")].toString();
        const QByteArray key = vector[QLatin1String("key")].toString().toLatin1();
        const QJsonObject expected = vector[QLatin1String("decoded_json")].toObject();
        const qint64 time = vector[QLatin1String("time")].toInteger();
        const qint64 expiresAt = vector[QLatin1String("expires_at")].toInteger();

        const UserSig::Decoded decoded = UserSig::decode(sig);
        QVERIFY2(decoded.content, qPrintable(decoded.error));
        QVERIFY(decoded.error.isEmpty());
        const UserSigContent &content = *decoded.content;
        QCOMPARE(content.identifier, expected[QLatin1String("TLS.identifier")].toString());
        QCOMPARE(content.identifier.toUtf8().toHex(),
            vector[QLatin1String("identifier_utf8_hex")].toString().toLatin1());
        QCOMPARE(content.sdkAppId, static_cast<quint64>(expected[QLatin1String("TLS.sdkappid")].toInteger()));
        QCOMPARE(content.time, expected[QLatin1String("TLS.time")].toInteger());
        QCOMPARE(content.expire, expected[QLatin1String("TLS.expire")].toInteger());
        QCOMPARE(content.expiresAt(), expiresAt);
        QCOMPARE(content.signature, vector[QLatin1String("hmac_sha256_base64")].toString().toLatin1());
        QVERIFY(!content.userBuf);

        const QString identifier = vector[QLatin1String("identifier")].toString();
        const quint64 sdkAppId = static_cast<quint64>(vector[QLatin1String("sdkappid")].toInteger());
        QCOMPARE(UserSig::verify(sig, sdkAppId, identifier, key, time).verdict, UserSigVerdict::Valid);
        QCOMPARE(UserSig::verify(sig, sdkAppId, identifier, key, expiresAt).verdict, UserSigVerdict::Valid);
        QCOMPARE(
            UserSig::verify(sig, sdkAppId, identifier, key, expiresAt + 1).verdict, UserSigVerdict::Expired);
        QCOMPARE(
            UserSig::verify(sig, sdkAppId, identifier, otherKey, time).verdict, UserSigVerdict::BadSignature);
        QCOMPARE(
            UserSig::verify(sig, sdkAppId + 1, identifier, key, time).verdict, UserSigVerdict::WrongSdkAppId);
        QCOMPARE(UserSig::verify(sig, sdkAppId, identifier + QLatin1Char('x'), key, time).verdict,
            UserSigVerdict::WrongIdentifier);
    }

    void generatedSigCarriesTheReferenceHmac_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        for (const QJsonValue &vector : vectors()) {
            const QJsonObject v = vector.toObject();
            if (v[QLatin1String("impl")].toString() == QLatin1String("python")) {
                QTest::newRow(qPrintable(v[QLatin1String("identifier")].toString() + QLatin1Char(' ')
                    + QString::number(v[QLatin1String("expire")].toInteger())))
                    << v;
            }
        }
    }

    void generatedSigCarriesTheReferenceHmac()
    {
        QFETCH(QJsonObject, vector);
        const QString identifier = vector[QLatin1String("identifier")].toString();
        const qint64 expire = vector[QLatin1String("expire")].toInteger();
        const QString sig = UserSig::generate(appId, identifier, referenceKey, expire, issued);

        const QJsonObject inner = QJsonDocument::fromJson(unpackedJson(sig)).object();
        QCOMPARE(inner, vector[QLatin1String("decoded_json")].toObject());
        QCOMPARE(inner[QLatin1String("TLS.sig")].toString().toLatin1(),
            referenceHmacBase64(vector[QLatin1String("hmac_input")].toString().toUtf8(), referenceKey));
        QCOMPARE(
            UserSig::verify(sig, appId, identifier, referenceKey, issued).verdict, UserSigVerdict::Valid);
    }

    void generatedSigUsesTheUrlSafeAlphabetAndAZlibStream()
    {
        const QString sig
            = UserSig::generate(appId, QStringLiteral("administrator"), referenceKey, 86400, issued);
        for (const QChar c : sig) {
            QVERIFY2(c.isLetterOrNumber() || c == u'*' || c == u'-' || c == u'_', qPrintable(sig));
            QVERIFY(c.unicode() < 128);
        }
        QVERIFY(sig.startsWith(QLatin1String("eJ")) || sig.startsWith(QLatin1String("eA"))); // 0x78 header
        QVERIFY(!unpackedJson(sig).isEmpty());
    }

    void generatedSigsVerifyForManyInputs_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<qint64>("expire");
        QTest::newRow("admin, one hour") << QStringLiteral("administrator") << qint64(3600);
        QTest::newRow("chinese") << QStringLiteral("管理员") << qint64(86400);
        QTest::newRow("accented") << QStringLiteral("José-Ñandú_1") << qint64(180 * 86400);
        QTest::newRow("emoji") << QStringLiteral("admin🙂") << qint64(1);
        QTest::newRow("json specials") << QStringLiteral("a\"b\\c/d<e>&") << qint64(60);
        QTest::newRow("zero lifetime") << QStringLiteral("x") << qint64(0);
    }

    void generatedSigsVerifyForManyInputs()
    {
        QFETCH(QString, identifier);
        QFETCH(qint64, expire);
        const QString sig = UserSig::generate(appId, identifier, referenceKey, expire, issued);
        const UserSig::Check check = UserSig::verify(sig, appId, identifier, referenceKey, issued + expire);
        QCOMPARE(check.verdict, UserSigVerdict::Valid);
        QVERIFY(check.detail.isEmpty());
        QVERIFY(check.content);
        QCOMPARE(check.content->identifier, identifier);
        QCOMPARE(check.content->expiresAt(), issued + expire);
        QCOMPARE(UserSig::verify(sig, appId, identifier, referenceKey, issued + expire + 1).verdict,
            UserSigVerdict::Expired);
    }

    void nonAsciiIdentifierIsSignedAsUtf8()
    {
        const QString identifier = QStringLiteral("管理员");
        const QString sig = UserSig::generate(appId, identifier, referenceKey, 86400, issued);
        const QByteArray text
            = "TLS.identifier:\xe7\xae\xa1\xe7\x90\x86\xe5\x91\x98\nTLS.sdkappid:1400000000\n"
              "TLS.time:1700000000\nTLS.expire:86400\n";
        QCOMPARE(QJsonDocument::fromJson(unpackedJson(sig))
                     .object()[QLatin1String("TLS.sig")]
                     .toString()
                     .toLatin1(),
            referenceHmacBase64(text, referenceKey));
        QCOMPARE(UserSig::verify(sig, appId, QStringLiteral("管理员"), referenceKey, issued).verdict,
            UserSigVerdict::Valid);
        QCOMPARE(UserSig::verify(sig, appId, QStringLiteral("管理"), referenceKey, issued).verdict,
            UserSigVerdict::WrongIdentifier);
    }

    void toleratesWhatOfficialProducersEmit_data()
    {
        QTest::addColumn<QString>("sig");
        const QByteArray json = QByteArray(pythonLayout).replace("%SIG%", administratorSig);
        QTest::newRow("zlib level 0") << pack(json, 0);
        QTest::newRow("zlib level 1") << pack(json, 1);
        QTest::newRow("zlib level 6") << pack(json, 6);
        QTest::newRow("zlib level 9") << pack(json, 9);
        QTest::newRow("escaped slashes (PHP)") << pack(QByteArray(json).replace("/", "\\/"));
        QTest::newRow("\\u escapes") << pack(
            QByteArray(json).replace("administrator", "\\u0061dministrator"));
        QTest::newRow("trailing newline in JSON (Go)") << pack(json + '\n');
        QTest::newRow("reordered keys (C++)")
            << pack(QByteArray("{\"TLS.ver\":\"2.0\",\"TLS.sdkappid\":1400000000,"
                               "\"TLS.identifier\":\"administrator\",\"TLS.time\":"
                               "1700000000,\"TLS.expire\":86400,\"TLS.sig\":\"")
                   + administratorSig + "\"}");
        const QString padded = pack(json);
        QVERIFY(padded.endsWith(u'_'));
        QString unpadded = padded;
        while (unpadded.endsWith(u'_')) {
            unpadded.chop(1);
        }
        QTest::newRow("missing _ padding") << unpadded;
        QTest::newRow("trailing newline after the sig") << padded + QLatin1Char('\n');
        QTest::newRow("wrapped and indented") << QLatin1String("  ") + padded.left(40) + QLatin1String("\r\n")
                + padded.mid(40) + QLatin1Char(' ');
    }

    void toleratesWhatOfficialProducersEmit()
    {
        QFETCH(QString, sig);
        const UserSig::Check check
            = UserSig::verify(sig, appId, QStringLiteral("administrator"), referenceKey, issued);
        QVERIFY2(check.verdict == UserSigVerdict::Valid, qPrintable(check.detail));
    }

    void malformedSigsSayPreciselyWhy_data()
    {
        QTest::addColumn<QString>("sig");
        QTest::addColumn<QString>("reason");
        const QString valid = pack(QByteArray(pythonLayout).replace("%SIG%", administratorSig));
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("only spaces") << QStringLiteral(" \n") << QStringLiteral("empty");
        QTest::newRow("standard base64 +")
            << QString(valid).insert(10, u'+') << QStringLiteral("position 11");
        QTest::newRow("url-encoded") << QString(valid).replace(u'*', QLatin1String("%2A"))
                                     << QStringLiteral("not part of a UserSig");
        QTest::newRow("padding in the middle") << QString(valid).insert(8, u'_') << QStringLiteral("padding");
        QTest::newRow("impossible length")
            << valid.left((valid.size() / 4 - 1) * 4 + 1) << QStringLiteral("length");
        QTest::newRow("not zlib") << QStringLiteral("aGVsbG8gd29ybGQ_") << QStringLiteral("zlib");
        QTest::newRow("truncated") << valid.left(valid.size() / 2) << QStringLiteral("truncated");
        QTest::newRow("damaged deflate")
            << pack("{}", 0).left(4) + QLatin1String("AAAAAAAA") << QStringLiteral("damaged");
        QTest::newRow("data after the zlib stream")
            << encodeOuter(zlibCompress(QByteArray(pythonLayout).replace("%SIG%", administratorSig)) + "x")
            << QStringLiteral("unexpected data after");
        QTest::newRow("unused bits set in the last character")
            << QStringLiteral("YR__") << QStringLiteral("does not fit");
        QTest::newRow("not json") << pack("{\"TLS.ver\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("json array") << pack("[1, 2]") << QStringLiteral("not a JSON object");
        QTest::newRow("too large") << pack(QByteArray(100 * 1024, ' '))
                                   << QStringLiteral("larger than 64 KiB");
        QTest::newRow("too long") << QString(9000, u'A') << QStringLiteral("far longer");
        QTest::newRow("missing time")
            << pack(withField("\"TLS.time\": 1700000000, ", "")) << QStringLiteral("TLS.time is missing");
        QTest::newRow("missing sig") << pack(withField(", \"TLS.sig\": \"" + administratorSig + "\"", ""))
                                     << QStringLiteral("TLS.sig is missing");
        QTest::newRow("missing identifier") << pack(withField("\"TLS.identifier\": \"administrator\", ", ""))
                                            << QStringLiteral("TLS.identifier is missing");
        QTest::newRow("sdkappid as string") << pack(withField("1400000000", "\"1400000000\""))
                                            << QStringLiteral("TLS.sdkappid should be a whole number");
        QTest::newRow("expire is null (Node without expire)")
            << pack(withField("86400", "null")) << QStringLiteral("TLS.expire should be");
        QTest::newRow("negative time")
            << pack(withField("1700000000", "-1")) << QStringLiteral("TLS.time should be");
        QTest::newRow("fractional expire")
            << pack(withField("86400", "86400.5")) << QStringLiteral("TLS.expire");
        QTest::newRow("huge expire") << pack(withField("86400", "1e300")) << QStringLiteral("TLS.expire");
        QTest::newRow("identifier as number")
            << pack(withField("\"administrator\"", "7"))
            << QStringLiteral("TLS.identifier should be a string but is a number");
        QTest::newRow("lone surrogate in identifier")
            << pack(withField("\"administrator\"", "\"admin\\ud800\""))
            << QStringLiteral("TLS.identifier is not valid text");
        QTest::newRow("sig not an hmac") << pack(withField(administratorSig, "abc"))
                                         << QStringLiteral("TLS.sig is not a base64 HMAC-SHA256");
        QTest::newRow("version 1") << pack(withField("\"2.0\"", "\"1.0\"")) << QStringLiteral("version");
    }

    void malformedSigsSayPreciselyWhy()
    {
        QFETCH(QString, sig);
        QFETCH(QString, reason);
        const UserSig::Decoded decoded = UserSig::decode(sig);
        QVERIFY(!decoded.content);
        QVERIFY2(decoded.error.contains(reason), qPrintable(decoded.error));
        QVERIFY2(
            decoded.error.startsWith(QLatin1String("The UserSig cannot be read")), qPrintable(decoded.error));

        const UserSig::Check check
            = UserSig::verify(sig, appId, QStringLiteral("administrator"), referenceKey, issued);
        QCOMPARE(check.verdict, UserSigVerdict::Malformed);
        QVERIFY(!check.content);
        QCOMPARE(check.detail, decoded.error);
    }

    void everyTruncationIsMalformed()
    {
        const QString sig
            = UserSig::generate(appId, QStringLiteral("administrator"), referenceKey, 86400, issued);
        QString unpadded = sig;
        while (unpadded.endsWith(u'_')) {
            unpadded.chop(1);
        }
        for (qsizetype length = 0; length < unpadded.size(); ++length) {
            QCOMPARE(UserSig::verify(
                         sig.left(length), appId, QStringLiteral("administrator"), referenceKey, issued)
                         .verdict,
                UserSigVerdict::Malformed);
        }
    }

    void noSingleCharacterChangeStaysValid()
    {
        const QString sig
            = UserSig::generate(appId, QStringLiteral("administrator"), referenceKey, 86400, issued);
        for (qsizetype i = 0; i < sig.size(); ++i) {
            QString tampered = sig;
            tampered[i] = sig.at(i) == u'A' ? u'B' : u'A';
            const UserSigVerdict verdict
                = UserSig::verify(tampered, appId, QStringLiteral("administrator"), referenceKey, issued)
                      .verdict;
            QVERIFY2(verdict != UserSigVerdict::Valid, qPrintable(QString::number(i)));
        }
    }

    void forgedLifetimeIsABadSignatureNotExpired()
    {
        // Someone stretched an old sig's lifetime without the key: it is both forged and, for the
        // stretched-by-nothing case, expired; the forgery must win.
        const QString stretched = pack(withField("\"TLS.expire\": 86400", "\"TLS.expire\": 1"));
        const UserSig::Check check
            = UserSig::verify(stretched, appId, QStringLiteral("administrator"), referenceKey, issued + 10);
        QCOMPARE(check.verdict, UserSigVerdict::BadSignature);
        QVERIFY(check.content);
        QCOMPARE(check.content->expire, 1);
        QVERIFY(check.detail.contains(QLatin1String("does not match this secret key")));

        const QString renamed = pack(withField("\"administrator\"", "\"user_1\""));
        QCOMPARE(UserSig::verify(renamed, appId, QStringLiteral("user_1"), referenceKey, issued).verdict,
            UserSigVerdict::BadSignature);
    }

    void checksRunInTheServersOrder()
    {
        const QString expired
            = UserSig::generate(appId, QStringLiteral("administrator"), otherKey, 10, issued);
        const qint64 later = issued + 100;
        QCOMPARE(UserSig::verify(expired, appId + 1, QStringLiteral("someone"), referenceKey, later).verdict,
            UserSigVerdict::WrongSdkAppId);
        QCOMPARE(UserSig::verify(expired, appId, QStringLiteral("someone"), referenceKey, later).verdict,
            UserSigVerdict::WrongIdentifier);
        QCOMPARE(
            UserSig::verify(expired, appId, QStringLiteral("administrator"), referenceKey, later).verdict,
            UserSigVerdict::BadSignature);
        QCOMPARE(UserSig::verify(expired, appId, QStringLiteral("administrator"), otherKey, later).verdict,
            UserSigVerdict::Expired);
    }

    void expiryBoundaryIsInclusive()
    {
        const QString sig
            = UserSig::generate(appId, QStringLiteral("administrator"), referenceKey, 3600, issued);
        const auto verdictAt = [&](qint64 now) {
            return UserSig::verify(sig, appId, QStringLiteral("administrator"), referenceKey, now).verdict;
        };
        QCOMPARE(verdictAt(issued + 3600), UserSigVerdict::Valid);
        QCOMPARE(verdictAt(issued + 3601), UserSigVerdict::Expired);
        // A clock behind the issue time is the server's business; the sig itself is fine.
        QCOMPARE(verdictAt(issued - 60), UserSigVerdict::Valid);
        const UserSig::Check expired
            = UserSig::verify(sig, appId, QStringLiteral("administrator"), referenceKey, issued + 3601);
        QVERIFY2(
            expired.detail.contains(QLatin1String("2023-11-14 23:13:20 UTC")), qPrintable(expired.detail));
        QVERIFY2(expired.detail.contains(QLatin1String("1 s ago")), qPrintable(expired.detail));
    }

    void mismatchDetailsNameBothSides()
    {
        const QString sig
            = UserSig::generate(appId, QStringLiteral("administrator"), referenceKey, 3600, issued);
        const QString app
            = UserSig::verify(sig, 1400000001, QStringLiteral("administrator"), referenceKey, issued).detail;
        QVERIFY2(app.contains(QLatin1String("1400000000")) && app.contains(QLatin1String("1400000001")),
            qPrintable(app));
        const QString who = UserSig::verify(sig, appId, QStringLiteral("ops"), referenceKey, issued).detail;
        QVERIFY2(who.contains(QLatin1String("administrator")) && who.contains(QLatin1String("ops")),
            qPrintable(who));
    }

    void userBufIsPartOfTheSignedText()
    {
        const QByteArray userBuf = "AAAAAQ==";
        const QByteArray text = "TLS.identifier:administrator\nTLS.sdkappid:1400000000\nTLS.time:1700000000\n"
                                "TLS.expire:86400\nTLS.userbuf:"
            + userBuf + '\n';
        const QByteArray json
            = QByteArray(pythonLayout)
                  .replace("%SIG%", referenceHmacBase64(text, referenceKey))
                  .replace("\"TLS.sig\"", QByteArray("\"TLS.userbuf\": \"" + userBuf + "\", \"TLS.sig\""));
        const UserSig::Check check
            = UserSig::verify(pack(json), appId, QStringLiteral("administrator"), referenceKey, issued);
        QCOMPARE(check.verdict, UserSigVerdict::Valid);
        QCOMPARE(check.content->userBuf, std::optional<QByteArray>(userBuf));

        const QByteArray withoutUserBufInHmac
            = QByteArray(json).replace(referenceHmacBase64(text, referenceKey), administratorSig);
        QCOMPARE(UserSig::verify(
                     pack(withoutUserBufInHmac), appId, QStringLiteral("administrator"), referenceKey, issued)
                     .verdict,
            UserSigVerdict::BadSignature);
    }

    void everyVerdictNamesItsServerCode_data()
    {
        QTest::addColumn<UserSigVerdict>("verdict");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("words");
        QTest::newRow("valid") << UserSigVerdict::Valid << 0 << QString() << QStringLiteral("valid");
        QTest::newRow("expired") << UserSigVerdict::Expired << 70001 << QStringLiteral("expired")
                                 << QStringLiteral("expired");
        QTest::newRow("bad signature") << UserSigVerdict::BadSignature << 70009
                                       << QStringLiteral("bad_signature") << QStringLiteral("secret key");
        QTest::newRow("wrong identifier")
            << UserSigVerdict::WrongIdentifier << 70013 << QStringLiteral("wrong_identifier")
            << QStringLiteral("another account");
        QTest::newRow("wrong sdkappid") << UserSigVerdict::WrongSdkAppId << 70014
                                        << QStringLiteral("wrong_sdkappid") << QStringLiteral("another app");
        QTest::newRow("malformed") << UserSigVerdict::Malformed << 70003 << QStringLiteral("malformed")
                                   << QStringLiteral("cut off");
    }

    void everyVerdictNamesItsServerCode()
    {
        QFETCH(UserSigVerdict, verdict);
        QFETCH(int, code);
        QFETCH(QString, key);
        QFETCH(QString, words);
        QCOMPARE(UserSig::serverErrorCode(verdict), code);
        QCOMPARE(UserSig::reasonKey(verdict), key);
        const QString text = UserSig::explanation(verdict);
        QVERIFY2(text.contains(words), qPrintable(text));
        if (code != 0) {
            QVERIFY2(text.contains(QString::number(code)), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestUserSig)
#include "tst_usersig.moc"
