// The window and the CLI turn the same endpoint text into the same request target, or refuse it
// with the same words: both go through ConnectionTarget. The window is the real MainWindow,
// offscreen, on a saved connection with that custom endpoint; the CLI is the real chat-profile. A
// loopback server counts what reaches it. Both also name the place alike in their explanations.
// Expected texts are written out here.
#include "../cli/clirun.h"

#include "connections/connectionprofilestore.h"
#include "credentials/memorysecretstore.h"
#include "mainwindow/mainwindow.h"
#include "sandbox/sandboxdemo.h"
#include "support/testhttpserver.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Answer
    = QStringLiteral(R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","UserProfileItem":[]})");

QString notAUrl(const QString &text)
{
    return QStringLiteral("The endpoint \"%1\" is not a valid URL. Give it as https://HOST.").arg(text);
}

} // namespace

class TestConnectionTargetParity final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_keyFile;
    QString m_lastExplanation;

    // What the window does with endpoint: the reason it shows for not sending, or an empty string
    // when the Load it sent reached server.
    QString windowAnswer(const QString &endpoint, const TestHttpServer &server)
    {
        QSettings().clear();
        QSettings().sync();
        {
            MainWindow first(std::make_unique<MemorySecretStore>()); // saves the first-launch connection
        }
        ConnectionProfileStore store;
        QList<ConnectionProfile> profiles = store.load();
        if (profiles.size() != 1) {
            return QStringLiteral("no first-launch connection");
        }
        profiles.first().regionId = QStringLiteral("custom");
        profiles.first().customEndpoint = endpoint;
        store.save(profiles);
        store.sync();

        MainWindow window(std::make_unique<MemorySecretStore>());
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            return QStringLiteral("window not shown");
        }
        // The key of a connection that is not the Sandbox's stays in memory only: type it in.
        auto *key = window.findChild<QLineEdit *>(QStringLiteral("secretKeyEdit"));
        key->clear();
        QTest::keyClicks(key, QString::fromLatin1(SandboxDemo::get().config.secretKey));
        auto *load = window.findChild<QPushButton *>(QStringLiteral("loadButton"));
        auto *explanation = window.findChild<QLabel *>(QStringLiteral("explanationValue"));
        auto *headline = window.findChild<QLabel *>(QStringLiteral("resultHeadline"));
        QTest::mouseClick(load, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return load->isEnabled() && !headline->text().isEmpty(); }, 15000)) {
            return QStringLiteral("no answer");
        }
        m_lastExplanation = explanation->text();
        return server.requests().isEmpty() ? explanation->text() : QString();
    }

    // The explanation the window shows for the answer to a Load from endpoint.
    QString windowExplanation(const QString &endpoint, const TestHttpServer &server)
    {
        windowAnswer(endpoint, server);
        return m_lastExplanation;
    }

    CliRun cliAnswer(const QString &endpoint) const
    {
        return CliRun::run({ QStringLiteral("get"), QStringLiteral("--endpoint"), endpoint,
            QStringLiteral("--sdkappid"), QString::number(SandboxDemo::get().config.sdkAppId),
            QStringLiteral("--identifier"), SandboxDemo::get().admin, QStringLiteral("--key-file"), m_keyFile,
            QStringLiteral("--tag"), QStringLiteral("Nick"), SandboxDemo::get().demoAccount });
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("cpc-parity-test"));
        QCoreApplication::setApplicationName(QStringLiteral("cpc-parity-test"));
        m_keyFile = m_home.filePath(QStringLiteral("key"));
        QFile key(m_keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(SandboxDemo::get().config.secretKey);
    }

    void sameInputSameAnswer_data()
    {
        QTest::addColumn<QString>("endpoint"); // PORT stands for the loopback server's port
        QTest::addColumn<QString>("problem"); // empty: accepted, so the request reaches the server
        QTest::newRow("loopback http URL") << "http://127.0.0.1:PORT" << QString();
        QTest::newRow("loopback URL with spaces") << "  http://127.0.0.1:PORT " << QString();
        QTest::newRow("bare loopback host and port")
            << "127.0.0.1:PORT" << notAUrl(QStringLiteral("127.0.0.1:PORT"));
        QTest::newRow("bare host") << "gateway.example.com" << notAUrl(QStringLiteral("gateway.example.com"));
        QTest::newRow("plain http to the network")
            << "http://gateway.example.com"
            << "Refusing plain http:// to gateway.example.com: the UserSig travels in the URL and would "
               "cross the network unencrypted. Use https://, or a loopback address for a local server.";
        QTest::newRow("other scheme") << "ftp://gateway.example.com"
                                      << "The endpoint must start with https://.";
    }

    void sameInputSameAnswer()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, problem);
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler(
            [](const TestHttpServer::Request &) { return TestHttpServer::Response::json(Answer.toUtf8()); });
        const QString port = QString::number(server.port());
        endpoint.replace(QLatin1String("PORT"), port);
        problem.replace(QLatin1String("PORT"), port);

        QCOMPARE(windowAnswer(endpoint, server), problem);
        QCOMPARE(server.requests().size(), problem.isEmpty() ? 1 : 0);

        const CliRun cli = cliAnswer(endpoint);
        QCOMPARE(cli.exitCode, problem.isEmpty() ? 0 : 2);
        if (!problem.isEmpty()) {
            QVERIFY2(cli.err.contains(problem), qPrintable(cli.err));
        }
        QCOMPARE(server.requests().size(), problem.isEmpty() ? 2 : 0);
    }

    // The name of where a request went, in the wrong-region explanation, is the same in both.
    void sameNameForWhereTheRequestWent()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestHttpServer::Request &) {
            return TestHttpServer::Response::json(
                R"({"ActionStatus":"FAIL","ErrorCode":70016,"ErrorInfo":"key not exist","ErrorDisplay":""})");
        });
        const QString endpoint = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        const QString sentence = QStringLiteral("the request went to 127.0.0.1:%1.").arg(server.port());

        const QString shown = windowExplanation(endpoint, server);
        QVERIFY2(shown.contains(sentence), qPrintable(shown));
        const CliRun cli = cliAnswer(endpoint);
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.out.contains(sentence), qPrintable(cli.out));
        QCOMPARE(server.requests().size(), 2);
    }
};

QTEST_MAIN(TestConnectionTargetParity)
#include "tst_connectiontargetparity.moc"
