// `chat-profile usersig gen|inspect`, run as the real executable: what gen prints verifies, inspect
// explains each failure in words with the server's code, --json has its documented shape, exit
// codes follow the shared convention, and the secret key is never taken as a plain argument.
#include "cli/clirun.h"
#include "usersig/usersig.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray key = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const QByteArray otherKey = "0000000000000000000000000000000000000000000000000000000000000000";
constexpr qint64 issued = 1700000000;
const QString appIdText = QStringLiteral("1400000000");

QStringList genArguments(const QString &keyFile, const QStringList &extra = {})
{
    return QStringList { QStringLiteral("usersig"), QStringLiteral("gen"), QStringLiteral("--sdkappid"),
        appIdText, QStringLiteral("--identifier"), QStringLiteral("administrator"),
        QStringLiteral("--key-file"), keyFile }
    + extra;
}

QStringList inspectArguments(const QString &sig, const QStringList &extra = {})
{
    return QStringList { QStringLiteral("usersig"), QStringLiteral("inspect"), sig } + extra;
}

QJsonObject jsonOf(const CliRun &result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

} // namespace

class TestCliUserSig final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_keyFile;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            return {};
        }
        return path;
    }

    QString sig(const QByteArray &signingKey, const QString &identifier = QStringLiteral("administrator"),
        qint64 expire = 86400)
    {
        return UserSig::generate(1400000000, identifier, signingKey, expire, issued);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_keyFile = writeFile(QStringLiteral("key"), key + '\n');
        QVERIFY(!m_keyFile.isEmpty());
    }

    void genPrintsOnlyASigThatVerifies()
    {
        const CliRun result
            = CliRun::run(genArguments(m_keyFile, { QStringLiteral("--time"), QString::number(issued) }));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QVERIFY(result.out.endsWith(QLatin1Char('\n')));
        const QString printed = result.out.trimmed();
        QVERIFY(!printed.contains(QLatin1Char('\n')));
        const UserSig::Check check
            = UserSig::verify(printed, 1400000000, QStringLiteral("administrator"), key, issued + 86400);
        QCOMPARE(check.verdict, UserSigVerdict::Valid);
        QCOMPARE(check.content->time, issued);
        QCOMPARE(check.content->expire, 86400); // the documented default
        // The HMAC inside equals the one Tencent's official libraries produced for these inputs.
        QCOMPARE(check.content->signature, QByteArray("yLAe+w7WUeUuqbV9h/TX78u21oTGi+i9Zp1u3PpnY60="));
        QCOMPARE(UserSig::verify(printed, 1400000000, QStringLiteral("administrator"), key, issued + 86401)
                     .verdict,
            UserSigVerdict::Expired);
    }

    void genReadsOnlyTheFirstLineOfAKeyFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("no final newline") << otherKey;
        QTest::newRow("windows line end") << otherKey + "\r\n";
        QTest::newRow("indented, with a comment line after") << "  " + otherKey + "\n# app 1400000000\n";
    }

    void genReadsOnlyTheFirstLineOfAKeyFile()
    {
        QFETCH(QByteArray, content);
        const CliRun result = CliRun::run(genArguments(writeFile(QStringLiteral("key-variant"), content)));
        QCOMPARE(result.exitCode, 0);
        const UserSig::Decoded decoded = UserSig::decode(result.out.trimmed());
        QVERIFY2(decoded.content, qPrintable(result.err));
        QCOMPARE(UserSig::verify(result.out.trimmed(), 1400000000, QStringLiteral("administrator"), otherKey,
                     decoded.content->time)
                     .verdict,
            UserSigVerdict::Valid);
    }

    void genTakesTheKeyFromTheEnvironmentAndALifetime()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("CHAT_PROFILE_SECRET_KEY"), QString::fromLatin1(key));
        const CliRun result
            = CliRun::run({ QStringLiteral("usersig"), QStringLiteral("gen"), QStringLiteral("--sdkappid"),
                              appIdText, QStringLiteral("--identifier"), QStringLiteral("user_1"),
                              QStringLiteral("--expire"), QStringLiteral("3600") },
                environment);
        QCOMPARE(result.exitCode, 0);
        const UserSig::Decoded decoded = UserSig::decode(result.out.trimmed());
        QVERIFY2(decoded.content, qPrintable(decoded.error));
        QCOMPARE(decoded.content->expire, 3600);
        QCOMPARE(decoded.content->identifier, QStringLiteral("user_1"));
        // Without --time it is issued now.
        QVERIFY(qAbs(decoded.content->time - QDateTime::currentSecsSinceEpoch()) < 600);
        QCOMPARE(UserSig::verify(
                     result.out.trimmed(), 1400000000, QStringLiteral("user_1"), key, decoded.content->time)
                     .verdict,
            UserSigVerdict::Valid);
    }

    void keyOnTheCommandLineIsRefused_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--key") << QStringLiteral("--key");
        QTest::newRow("--secret-key") << QStringLiteral("--secret-key");
        QTest::newRow("--key=") << QStringLiteral("--key=") + QString::fromLatin1(key);
    }

    void keyOnTheCommandLineIsRefused()
    {
        QFETCH(QString, option);
        QStringList arguments = genArguments(m_keyFile);
        arguments << option;
        if (!option.contains(QLatin1Char('='))) {
            arguments << QString::fromLatin1(key);
        }
        const CliRun result = CliRun::run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(QLatin1String("not accepted on the command line"))
                && result.err.contains(QLatin1String("--key-file")),
            qPrintable(result.err));
        QVERIFY(!result.err.contains(QString::fromLatin1(key)));
    }

    void genRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("words");
        const QStringList base { QStringLiteral("usersig"), QStringLiteral("gen") };
        QTest::newRow("no key") << base
                + QStringList { QStringLiteral("--sdkappid"), appIdText, QStringLiteral("--identifier"),
                      QStringLiteral("a") }
                                << QStringLiteral("CHAT_PROFILE_SECRET_KEY");
        QTest::newRow("missing key file")
            << genArguments(m_dir.filePath(QStringLiteral("absent"))) << QStringLiteral("Cannot read");
        QTest::newRow("empty key file")
            << genArguments(writeFile(QStringLiteral("empty"), "\n")) << QStringLiteral("is empty");
        QTest::newRow("no sdkappid") << base
                + QStringList { QStringLiteral("--identifier"), QStringLiteral("a"),
                      QStringLiteral("--key-file"), m_keyFile }
                                     << QStringLiteral("--sdkappid");
        QTest::newRow("sdkappid not a number") << base
                + QStringList { QStringLiteral("--sdkappid"), QStringLiteral("14e8"),
                      QStringLiteral("--identifier"), QStringLiteral("a"), QStringLiteral("--key-file"),
                      m_keyFile } << QStringLiteral("14e8");
        QTest::newRow("zero lifetime")
            << genArguments(m_keyFile, { QStringLiteral("--expire"), QStringLiteral("0") })
            << QStringLiteral("--expire");
        QTest::newRow("negative lifetime")
            << genArguments(m_keyFile, { QStringLiteral("--expire"), QStringLiteral("-5") })
            << QStringLiteral("--expire");
        QTest::newRow("time not a number")
            << genArguments(m_keyFile, { QStringLiteral("--time"), QStringLiteral("yesterday") })
            << QStringLiteral("yesterday");
        QTest::newRow("stray argument")
            << genArguments(m_keyFile, { QStringLiteral("extra") }) << QStringLiteral("extra");
        QTest::newRow("unknown option")
            << genArguments(m_keyFile, { QStringLiteral("--bogus") }) << QStringLiteral("bogus");
    }

    void genRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, words);
        const CliRun result = CliRun::run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(words), qPrintable(result.err));
    }

    void inspectExplainsEachOutcome_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("words");
        const QStringList checkAsAdmin { QStringLiteral("--key-file"), m_keyFile,
            QStringLiteral("--sdkappid"), appIdText, QStringLiteral("--identifier"),
            QStringLiteral("administrator") };
        const QString now = QString::number(issued + 60);
        QTest::newRow("valid") << inspectArguments(
            sig(key), checkAsAdmin + QStringList { QStringLiteral("--now"), now })
                               << 0
                               << QStringList { QStringLiteral("Verdict:"), QStringLiteral("valid"),
                                      QStringLiteral("has not expired") };
        QTest::newRow("expired") << inspectArguments(sig(key, QStringLiteral("administrator"), 60),
            checkAsAdmin + QStringList { QStringLiteral("--now"), QString::number(issued + 61) })
                                 << 1
                                 << QStringList { QStringLiteral("expired"), QStringLiteral("70001"),
                                        QStringLiteral("1 s ago"), QStringLiteral("Make a new one") };
        QTest::newRow("bad signature")
            << inspectArguments(sig(otherKey), checkAsAdmin + QStringList { QStringLiteral("--now"), now })
            << 1
            << QStringList { QStringLiteral("bad signature"), QStringLiteral("70009"),
                   QStringLiteral("another app's key") };
        QTest::newRow("wrong identifier")
            << inspectArguments(sig(key, QStringLiteral("user_1")),
                   checkAsAdmin + QStringList { QStringLiteral("--now"), now })
            << 1
            << QStringList { QStringLiteral("wrong identifier"), QStringLiteral("70013"),
                   QStringLiteral("“user_1”"), QStringLiteral("another account") };
        QTest::newRow("wrong sdkappid")
            << inspectArguments(sig(key),
                   { QStringLiteral("--key-file"), m_keyFile, QStringLiteral("--sdkappid"),
                       QStringLiteral("1400000001"), QStringLiteral("--now"), now })
            << 1
            << QStringList { QStringLiteral("wrong SDKAppID"), QStringLiteral("70014"),
                   QStringLiteral("1400000001"), QStringLiteral("another app") };
        QTest::newRow("malformed") << inspectArguments(sig(key).left(60), checkAsAdmin) << 1
                                   << QStringList { QStringLiteral("malformed"), QStringLiteral("70003"),
                                          QStringLiteral("truncated"),
                                          QStringLiteral("Copy the whole sig again") };
        QTest::newRow("malformed without a key")
            << inspectArguments(QStringLiteral("abc$def")) << 1
            << QStringList { QStringLiteral("malformed"), QStringLiteral("70003"),
                   QStringLiteral("position 4") };
        QTest::newRow("no key: facts, not checked")
            << inspectArguments(sig(key), { QStringLiteral("--now"), now }) << 0
            << QStringList { QStringLiteral("administrator"), QStringLiteral("1400000000"),
                   QStringLiteral("2023-11-14 22:13:20 UTC"), QStringLiteral("86400 seconds"),
                   QStringLiteral("2023-11-15 22:13:20 UTC"), QStringLiteral("not checked") };
        QTest::newRow("no key, expired")
            << inspectArguments(sig(key), { QStringLiteral("--now"), QString::number(issued + 90000) }) << 0
            << QStringList { QStringLiteral("not checked"), QStringLiteral("It has expired"),
                   QStringLiteral("70001") };
        QTest::newRow("no key, other account")
            << inspectArguments(sig(key),
                   { QStringLiteral("--identifier"), QStringLiteral("ops"), QStringLiteral("--now"), now })
            << 1 << QStringList { QStringLiteral("wrong identifier"), QStringLiteral("70013") };
    }

    void inspectExplainsEachOutcome()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QStringList, words);
        const CliRun result = CliRun::run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        for (const QString &word : words) {
            QVERIFY2(result.out.contains(word), qPrintable(word + QLatin1String(" not in:\n") + result.out));
        }
        QVERIFY2(!result.out.contains(QString::fromLatin1(key)), "the key must never be printed");
    }

    void inspectJsonForAValidSig()
    {
        const CliRun result = CliRun::run(inspectArguments(sig(key),
            { QStringLiteral("--json"), QStringLiteral("--key-file"), m_keyFile, QStringLiteral("--now"),
                QString::number(issued + 1) }));
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = jsonOf(result);
        QCOMPARE(json.value(QLatin1String("identifier")), QJsonValue(QStringLiteral("administrator")));
        QCOMPARE(json.value(QLatin1String("sdkappid")).toInteger(), 1400000000);
        QCOMPARE(json.value(QLatin1String("time")).toInteger(), issued);
        QCOMPARE(json.value(QLatin1String("expire")).toInteger(), 86400);
        QCOMPARE(json.value(QLatin1String("expiresAt")).toInteger(), issued + 86400);
        QCOMPARE(json.value(QLatin1String("valid")), QJsonValue(true));
        QVERIFY(json.value(QLatin1String("reason")).isNull());
        QCOMPARE(json.value(QLatin1String("serverErrorCode")).toInteger(), 0);
        QCOMPARE(json.value(QLatin1String("expired")), QJsonValue(false));
    }

    void inspectJsonForAnExpiredSig()
    {
        const CliRun result = CliRun::run(inspectArguments(sig(key),
            { QStringLiteral("--json"), QStringLiteral("--key-file"), m_keyFile, QStringLiteral("--now"),
                QString::number(issued + 86401) }));
        QCOMPARE(result.exitCode, 1);
        const QJsonObject json = jsonOf(result);
        // The facts are there although verification failed.
        QCOMPARE(json.value(QLatin1String("identifier")), QJsonValue(QStringLiteral("administrator")));
        QCOMPARE(json.value(QLatin1String("expiresAt")).toInteger(), issued + 86400);
        QCOMPARE(json.value(QLatin1String("valid")), QJsonValue(false));
        QCOMPARE(json.value(QLatin1String("reason")), QJsonValue(QStringLiteral("expired")));
        QCOMPARE(json.value(QLatin1String("serverErrorCode")).toInteger(), 70001);
        QVERIFY(json.value(QLatin1String("explanation")).toString().contains(QLatin1String("70001")));
    }

    void inspectJsonForAMalformedSig()
    {
        const CliRun result = CliRun::run(inspectArguments(sig(key).left(40), { QStringLiteral("--json") }));
        QCOMPARE(result.exitCode, 1);
        const QJsonObject json = jsonOf(result);
        QVERIFY2(!json.isEmpty(), qPrintable(result.out));
        for (const char *field : { "identifier", "sdkappid", "time", "expire", "expiresAt" }) {
            QVERIFY2(json.contains(QLatin1String(field)) && json.value(QLatin1String(field)).isNull(), field);
        }
        QCOMPARE(json.value(QLatin1String("valid")), QJsonValue(false));
        QCOMPARE(json.value(QLatin1String("reason")), QJsonValue(QStringLiteral("malformed")));
        QCOMPARE(json.value(QLatin1String("serverErrorCode")).toInteger(), 70003);
        QVERIFY(json.value(QLatin1String("detail")).toString().contains(QLatin1String("cannot be read")));
    }

    void inspectJsonWithoutAKey()
    {
        const CliRun result = CliRun::run(inspectArguments(sig(key), { QStringLiteral("--json") }));
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = jsonOf(result);
        QCOMPARE(json.value(QLatin1String("identifier")), QJsonValue(QStringLiteral("administrator")));
        QVERIFY(json.contains(QLatin1String("valid")) && json.value(QLatin1String("valid")).isNull());
        QVERIFY(json.contains(QLatin1String("reason")) && json.value(QLatin1String("reason")).isNull());
        QCOMPARE(json.value(QLatin1String("expired")), QJsonValue(true)); // issued in 2023, judged now
    }

    void inspectReadsTheSigFromStandardInput()
    {
        const CliRun result = CliRun::run(inspectArguments(QStringLiteral("-"),
                                              { QStringLiteral("--key-file"), m_keyFile,
                                                  QStringLiteral("--now"), QString::number(issued) }),
            {}, sig(key).toLatin1() + '\n');
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QLatin1String("valid")), qPrintable(result.out));
    }

    void inspectRefusesBadUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no sig") << QStringList { QStringLiteral("usersig"), QStringLiteral("inspect") };
        QTest::newRow("two sigs") << inspectArguments(QStringLiteral("a"), { QStringLiteral("b") });
        QTest::newRow("bad --now") << inspectArguments(
            sig(key), { QStringLiteral("--now"), QStringLiteral("soon") });
        QTest::newRow("plain key") << inspectArguments(
            sig(key), { QStringLiteral("--key"), QString::fromLatin1(key) });
        QTest::newRow("no subcommand") << QStringList { QStringLiteral("usersig") };
        QTest::newRow("unknown subcommand")
            << QStringList { QStringLiteral("usersig"), QStringLiteral("make") };
    }

    void inspectRefusesBadUsage()
    {
        QFETCH(QStringList, arguments);
        const CliRun result = CliRun::run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY(!result.err.isEmpty());
    }

    void helpDocumentsBothSubcommands()
    {
        const CliRun overview = CliRun::run({ QStringLiteral("usersig"), QStringLiteral("--help") });
        QCOMPARE(overview.exitCode, 0);
        QVERIFY(
            overview.out.contains(QLatin1String("gen")) && overview.out.contains(QLatin1String("inspect")));
        const CliRun gen
            = CliRun::run({ QStringLiteral("usersig"), QStringLiteral("gen"), QStringLiteral("--help") });
        QCOMPARE(gen.exitCode, 0);
        for (const char *option :
            { "--sdkappid", "--identifier", "--key-file", "--expire", "--time", "CHAT_PROFILE_SECRET_KEY" }) {
            QVERIFY2(gen.out.contains(QLatin1String(option)), option);
        }
        const CliRun inspect
            = CliRun::run({ QStringLiteral("usersig"), QStringLiteral("inspect"), QStringLiteral("--help") });
        QCOMPARE(inspect.exitCode, 0);
        for (const char *option : { "--json", "--now", "--key-file", "expiresAt", "wrong_sdkappid" }) {
            QVERIFY2(inspect.out.contains(QLatin1String(option)), option);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliUserSig)
#include "tst_cliusersig.moc"
