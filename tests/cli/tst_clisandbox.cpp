// `chat-profile sandbox` as a user runs it: a separate process, a line to read, real HTTP, a signal
// to stop it.
#include "sandboxclient.h"

#include "sandbox/sandboxdemo.h"
#include "usersig/usersig.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace {

const QString GetPath = QStringLiteral("/v4/profile/portrait_get");
const QString SetPath = QStringLiteral("/v4/profile/portrait_set");
const QString Nick = QStringLiteral("Tag_Profile_IM_Nick");
constexpr quint64 AppId = 1400000000;
const QByteArray Key = QByteArrayLiteral("5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e");

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray getBody(const QString &account, const QStringList &tags)
{
    return json({ { QStringLiteral("To_Account"), QJsonArray { account } },
        { QStringLiteral("TagList"), QJsonArray::fromStringList(tags) } });
}

QByteArray setBody(const QString &account, const QString &tag, const QJsonValue &value)
{
    return json({ { QStringLiteral("From_Account"), account },
        { QStringLiteral("ProfileItem"),
            QJsonArray {
                QJsonObject { { QStringLiteral("Tag"), tag }, { QStringLiteral("Value"), value } } } } });
}

QUrlQuery adminQuery(quint64 appId, const QByteArray &key, const QString &admin)
{
    return SandboxClient::query(
        appId, admin, UserSig::generate(appId, admin, key, 3600, QDateTime::currentSecsSinceEpoch()));
}

// One running `chat-profile sandbox`.
class SandboxProcess final
{
public:
    explicit SandboxProcess(const QStringList &arguments)
    {
        m_process.start(QStringLiteral(CLI_PATH), QStringList { QStringLiteral("sandbox") } + arguments);
        m_process.waitForStarted();
    }
    ~SandboxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    // The URL from the one line printed once listening; empty if the process ended first.
    QUrl waitForUrl()
    {
        while (!m_process.canReadLine() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(20000);
        }
        const QString line = QString::fromUtf8(m_process.readLine());
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("^listening on (http://\\S+:\\d+)\\n$")).match(line);
        return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
    }

    // Sends the signal and returns the exit code (-1 on a crash or a hang).
    int stopWith(int signal)
    {
        ::kill(static_cast<pid_t>(m_process.processId()), signal);
        if (!m_process.waitForFinished(20000) || m_process.exitStatus() != QProcess::NormalExit) {
            return -1;
        }
        return m_process.exitCode();
    }

    int waitForExit()
    {
        return m_process.waitForFinished(20000) && m_process.exitStatus() == QProcess::NormalExit
            ? m_process.exitCode()
            : -1;
    }

    QByteArray remainingStdout() { return m_process.readAllStandardOutput(); }
    QString stderrText() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
};

struct CliRun
{
    int exitCode = -1;
    QString out;
};

// Runs another chat-profile command to the end.
CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CLI_PATH), arguments);
    if (!process.waitForFinished(20000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()) };
}

} // namespace

class TestCliSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsTheDemoAppUntilSigterm()
    {
        SandboxProcess sandbox({});
        const QUrl url = sandbox.waitForUrl();
        QVERIFY2(url.isValid() && url.port() > 0, qPrintable(sandbox.stderrText()));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));

        const SandboxDemo &demo = SandboxDemo::get();
        SandboxClient client(url);
        const QUrlQuery query = adminQuery(demo.config.sdkAppId, demo.config.secretKey, demo.admin);
        const SandboxClient::Result got = client.post(GetPath, query, getBody(demo.demoAccount, { Nick }));
        QCOMPARE(got.httpStatus, 200);
        QCOMPARE(got.errorCode(), 0);
        const QJsonObject user = got.json.value(QStringLiteral("UserProfileItem")).toArray().at(0).toObject();
        QCOMPARE(user.value(QStringLiteral("ProfileItem"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("Value")),
            demo.store.value(demo.demoAccount, Nick));
        // The read-only custom field of the demo shows 40008.
        QCOMPARE(
            client
                .post(SetPath, query,
                    setBody(demo.demoAccount, QStringLiteral("Tag_Profile_Custom_Tier"), QStringLiteral("x")))
                .errorCode(),
            40008);

        QCOMPARE(sandbox.stopWith(SIGTERM), 0);
        QVERIFY(sandbox.remainingStdout().isEmpty()); // exactly one line on stdout
    }

    void answersChatProfileSetAndGet()
    {
        SandboxProcess sandbox({});
        const QUrl url = sandbox.waitForUrl();
        QVERIFY(url.isValid());
        const SandboxDemo &demo = SandboxDemo::get();
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("key"));
        {
            QFile key(keyFile);
            QVERIFY(key.open(QIODevice::WriteOnly));
            key.write(demo.config.secretKey);
        }
        const QStringList connection { QStringLiteral("--endpoint"), url.toString(),
            QStringLiteral("--sdkappid"), QString::number(demo.config.sdkAppId),
            QStringLiteral("--identifier"), demo.admin, QStringLiteral("--key-file"), keyFile };

        const CliRun set
            = runCli(QStringList { QStringLiteral("set"), QStringLiteral("--account"), demo.demoAccount,
                         QStringLiteral("--set"), QStringLiteral("Tag_Profile_Custom_Hobby=象棋") }
                + connection);
        QCOMPARE(set.exitCode, 0);
        const CliRun refused
            = runCli(QStringList { QStringLiteral("set"), QStringLiteral("--account"), demo.demoAccount,
                         QStringLiteral("--set"), QStringLiteral("Tag_Profile_Custom_Tier=x") }
                + connection);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(QStringLiteral("40008")), qPrintable(refused.out));
        const CliRun get
            = runCli(QStringList { QStringLiteral("get"), QStringLiteral("--json"), QStringLiteral("--tag"),
                         QStringLiteral("Tag_Profile_Custom_Hobby"), demo.demoAccount }
                + connection);
        QCOMPARE(get.exitCode, 0);
        QVERIFY2(get.out.contains(QStringLiteral("象棋")), qPrintable(get.out));
        QCOMPARE(sandbox.stopWith(SIGTERM), 0);
    }

    void ownAppWithDataFileSurvivesSigintAndRestart()
    {
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("key"));
        const QString accountsFile = dir.filePath(QStringLiteral("accounts.txt"));
        const QString dataFile = dir.filePath(QStringLiteral("sandbox.json"));
        {
            QFile key(keyFile);
            QVERIFY(key.open(QIODevice::WriteOnly));
            key.write(Key + '\n');
            QFile accounts(accountsFile);
            QVERIFY(accounts.open(QIODevice::WriteOnly));
            accounts.write("# imported\nalice\n\nbob\n");
        }
        const QStringList arguments { QStringLiteral("--sdkappid"), QString::number(AppId),
            QStringLiteral("--key-file"), keyFile, QStringLiteral("--admin"), QStringLiteral("ops"),
            QStringLiteral("--accounts-file"), accountsFile, QStringLiteral("--custom-tag"),
            QStringLiteral("Tag_Profile_Custom_Team:rw"), QStringLiteral("--data"), dataFile };
        const QUrlQuery query = adminQuery(AppId, Key, QStringLiteral("ops"));
        {
            SandboxProcess sandbox(arguments);
            const QUrl url = sandbox.waitForUrl();
            QVERIFY2(url.isValid(), qPrintable(sandbox.stderrText()));
            SandboxClient client(url);
            QCOMPARE(client
                         .post(SetPath, query,
                             setBody(QStringLiteral("bob"), QStringLiteral("Tag_Profile_Custom_Team"),
                                 QStringLiteral("红队")))
                         .errorCode(),
                0);
            QCOMPARE(client.post(SetPath, query, setBody(QStringLiteral("carol"), Nick, QStringLiteral("C")))
                         .errorCode(),
                40003);
            // The demo app is not running: its admin is unknown here.
            QCOMPARE(client
                         .post(GetPath, adminQuery(AppId, Key, QStringLiteral("administrator")),
                             getBody(QStringLiteral("bob"), { Nick }))
                         .errorCode(),
                60010);
            QCOMPARE(sandbox.stopWith(SIGINT), 0);
        }
        QFile saved(dataFile);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("红队"));

        SandboxProcess restarted(arguments);
        const QUrl url = restarted.waitForUrl();
        QVERIFY(url.isValid());
        SandboxClient client(url);
        const SandboxClient::Result got = client.post(
            GetPath, query, getBody(QStringLiteral("bob"), { QStringLiteral("Tag_Profile_Custom_Team") }));
        QCOMPARE(got.errorCode(), 0);
        QCOMPARE(got.json.value(QStringLiteral("UserProfileItem"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("ProfileItem"))
                     .toArray(),
            (QJsonArray { QJsonObject { { QStringLiteral("Tag"), QStringLiteral("Tag_Profile_Custom_Team") },
                { QStringLiteral("Value"), QStringLiteral("红队") } } }));
        QCOMPARE(restarted.stopWith(SIGTERM), 0);
    }

    void faultsAndRateLimitFromTheCommandLine()
    {
        const SandboxDemo &demo = SandboxDemo::get();
        const QUrlQuery query = adminQuery(demo.config.sdkAppId, demo.config.secretKey, demo.admin);
        {
            SandboxProcess sandbox({ QStringLiteral("--fault-rate"), QStringLiteral("40006=1") });
            SandboxClient client(sandbox.waitForUrl());
            QCOMPARE(client.post(GetPath, query, getBody(demo.demoAccount, { Nick })).errorCode(), 40006);
            QCOMPARE(sandbox.stopWith(SIGTERM), 0);
        }
        SandboxProcess sandbox({ QStringLiteral("--rate-limit"), QStringLiteral("1") });
        SandboxClient client(sandbox.waitForUrl());
        QCOMPARE(client.post(GetPath, query, getBody(demo.demoAccount, { Nick })).errorCode(), 0);
        QCOMPARE(client.post(GetPath, query, getBody(demo.demoAccount, { Nick })).errorCode(), 60007);
        QCOMPARE(sandbox.stopWith(SIGTERM), 0);
    }

    void generatesAccountsOnRequest()
    {
        const SandboxDemo &demo = SandboxDemo::get();
        SandboxProcess sandbox({ QStringLiteral("--generate-accounts"), QStringLiteral("1500") });
        const QUrl url = sandbox.waitForUrl();
        QVERIFY(url.isValid());
        SandboxClient client(url);
        const QUrlQuery query = adminQuery(demo.config.sdkAppId, demo.config.secretKey, demo.admin);
        const SandboxClient::Result got = client.post(GetPath, query,
            json({ { QStringLiteral("To_Account"),
                       QJsonArray {
                           QStringLiteral("user001500"), QStringLiteral("user001501"), demo.demoAccount } },
                { QStringLiteral("TagList"),
                    QJsonArray { Nick, QStringLiteral("Tag_Profile_IM_Level"),
                        QStringLiteral("Tag_Profile_IM_BirthDay") } } }));
        QCOMPARE(got.errorCode(), 0); // one unknown account fails alone
        const QJsonArray users = got.json.value(QStringLiteral("UserProfileItem")).toArray();
        QCOMPARE(users.size(), 3);
        QCOMPARE(users.at(0).toObject().value(QStringLiteral("ResultCode")).toInt(), 0);
        QCOMPARE(users.at(0).toObject().value(QStringLiteral("ProfileItem")).toArray(),
            (QJsonArray { QJsonObject { { QStringLiteral("Tag"), Nick },
                              { QStringLiteral("Value"), QStringLiteral("さくら 1500") } },
                QJsonObject { { QStringLiteral("Tag"), QStringLiteral("Tag_Profile_IM_Level") },
                    { QStringLiteral("Value"), 0 } },
                QJsonObject { { QStringLiteral("Tag"), QStringLiteral("Tag_Profile_IM_BirthDay") },
                    { QStringLiteral("Value"), 19750117 } } }));
        QCOMPARE(users.at(1).toObject().value(QStringLiteral("ResultCode")).toInt(), 40003);
        // The demo's own accounts are still there.
        QCOMPARE(users.at(2).toObject().value(QStringLiteral("ResultCode")).toInt(), 0);
        QCOMPARE(sandbox.stopWith(SIGTERM), 0);
        const QString said = sandbox.stderrText();
        QVERIFY2(said.contains(QStringLiteral("user000001 to user001500")), qPrintable(said));
    }

    void nonLoopbackNeedsAnExplicitFlag()
    {
        SandboxProcess refused({ QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0") });
        QCOMPARE(refused.waitForExit(), 2);
        QVERIFY(refused.remainingStdout().isEmpty());
        QVERIFY(refused.stderrText().contains(QStringLiteral("--allow-remote")));

        SandboxProcess allowed(
            { QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"), QStringLiteral("--allow-remote") });
        QCOMPARE(allowed.waitForUrl().host(), QStringLiteral("0.0.0.0"));
        QCOMPARE(allowed.stopWith(SIGTERM), 0);
        QVERIFY(allowed.stderrText().contains(QStringLiteral("Warning")));
    }

    void refusesBadInputWithExitCode2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("sdkappid without key file")
            << QStringList { QStringLiteral("--sdkappid"), QStringLiteral("1400000000") };
        QTest::newRow("key file missing") << QStringList { QStringLiteral("--sdkappid"), QStringLiteral("1"),
            QStringLiteral("--key-file"), QStringLiteral("/nonexistent/key") };
        QTest::newRow("listen without port")
            << QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1") };
        QTest::newRow("unknown fault kind")
            << QStringList { QStringLiteral("--fault-rate"), QStringLiteral("teapot=0.5") };
        QTest::newRow("fault rate above 1")
            << QStringList { QStringLiteral("--fault-rate"), QStringLiteral("drop=1.5") };
        QTest::newRow("fault shares above 1") << QStringList { QStringLiteral("--fault-rate"),
            QStringLiteral("drop=0.6"), QStringLiteral("--fault-rate"), QStringLiteral("502=0.6") };
        QTest::newRow("not a custom tag")
            << QStringList { QStringLiteral("--custom-tag"), QStringLiteral("Tag_Profile_IM_Nick") };
        QTest::newRow("unknown access")
            << QStringList { QStringLiteral("--custom-tag"), QStringLiteral("Tag_Profile_Custom_Team:rx") };
        QTest::newRow("negative rate limit")
            << QStringList { QStringLiteral("--rate-limit"), QStringLiteral("-1") };
        QTest::newRow("no generated accounts")
            << QStringList { QStringLiteral("--generate-accounts"), QStringLiteral("0") };
        QTest::newRow("too many generated accounts")
            << QStringList { QStringLiteral("--generate-accounts"), QStringLiteral("1000000") };
        QTest::newRow("generated accounts not a number")
            << QStringList { QStringLiteral("--generate-accounts"), QStringLiteral("many") };
    }

    void refusesBadInputWithExitCode2()
    {
        QFETCH(QStringList, arguments);
        SandboxProcess sandbox(arguments);
        QCOMPARE(sandbox.waitForExit(), 2);
        QVERIFY(sandbox.remainingStdout().isEmpty());
        QVERIFY(sandbox.stderrText().startsWith(QStringLiteral("chat-profile sandbox: ")));
    }

    void brokenDataFileStopsTheStartAndIsKept()
    {
        QTemporaryDir dir;
        const QString dataFile = dir.filePath(QStringLiteral("sandbox.json"));
        {
            QFile file(dataFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{ broken");
        }
        SandboxProcess sandbox({ QStringLiteral("--data"), dataFile });
        QCOMPARE(sandbox.waitForExit(), 1);
        QVERIFY(sandbox.remainingStdout().isEmpty());
        QVERIFY(sandbox.stderrText().contains(dataFile));
        QFile file(dataFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ broken"));
    }
};

QTEST_GUILESS_MAIN(TestCliSandbox)
#include "tst_clisandbox.moc"
