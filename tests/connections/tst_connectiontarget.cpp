// The one rule that turns a connection into a request target and its name, without a display:
// Tencent regions by id, a typed endpoint parsed strictly (a full URL; https, or http to loopback
// only), and the Sandbox at the address it listens on. The expected texts are written out, so a
// change of wording or of rule shows here first.
#include "connections/connectionprofile.h"
#include "connections/connectiontarget.h"

#include <QTest>

namespace {

const QString Regions
    = QStringLiteral("china, singapore, seoul, tokyo, frankfurt, mumbai, silicon-valley, jakarta");

QString notAUrl(const QString &text)
{
    return QStringLiteral("The endpoint \"%1\" is not a valid URL. Give it as https://HOST.").arg(text);
}

} // namespace

class TestConnectionTarget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regionsByIdOnEitherDomain()
    {
        const ConnectionTarget primary = ConnectionTarget::forRegion(QStringLiteral("singapore"), false);
        QVERIFY(primary.isValid());
        QCOMPARE(primary.baseUrl, QUrl(QStringLiteral("https://adminapisgp.im.qcloud.com")));
        QCOMPARE(primary.displayName, QStringLiteral("Singapore"));
        const ConnectionTarget backup = ConnectionTarget::forRegion(QStringLiteral("jakarta"), true);
        QCOMPARE(backup.baseUrl, QUrl(QStringLiteral("https://adminapiidn.my-imcloud.com")));
        QCOMPARE(backup.displayName, QStringLiteral("Jakarta"));
    }

    void onlyTencentRegionsAreRegions_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("unknown") << QStringLiteral("atlantis");
        QTest::newRow("custom") << QStringLiteral("custom");
        QTest::newRow("sandbox") << QStringLiteral("sandbox");
        QTest::newRow("empty") << QString();
    }

    void onlyTencentRegionsAreRegions()
    {
        QFETCH(QString, id);
        const ConnectionTarget target = ConnectionTarget::forRegion(id, false);
        QVERIFY(!target.isValid());
        QVERIFY(target.baseUrl.isEmpty());
        QCOMPARE(
            target.problem, QStringLiteral("Unknown region \"%1\". Choose one of: %2.").arg(id, Regions));
    }

    void endpointsAreParsedStrictly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("url"); // empty when refused
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem");
        QTest::newRow("https") << "https://gateway.example.com"
                               << "https://gateway.example.com"
                               << "gateway.example.com" << QString();
        QTest::newRow("https with a path prefix and port") << "https://gateway.example.com:8443/im/"
                                                           << "https://gateway.example.com:8443/im/"
                                                           << "gateway.example.com:8443" << QString();
        QTest::newRow("spaces around") << "  https://gateway.example.com  "
                                       << "https://gateway.example.com"
                                       << "gateway.example.com" << QString();
        QTest::newRow("http to loopback") << "http://127.0.0.1:8080"
                                          << "http://127.0.0.1:8080"
                                          << "127.0.0.1:8080" << QString();
        QTest::newRow("http to localhost") << "http://localhost:9000"
                                           << "http://localhost:9000"
                                           << "localhost:9000" << QString();
        // A bare host is not guessed into http://HOST, which would send the UserSig in clear.
        QTest::newRow("bare host") << "gateway.example.com" << QString() << QString()
                                   << notAUrl(QStringLiteral("gateway.example.com"));
        QTest::newRow("bare loopback with port")
            << "127.0.0.1:8080" << QString() << QString() << notAUrl(QStringLiteral("127.0.0.1:8080"));
        QTest::newRow("empty") << "" << QString() << QString() << notAUrl(QString());
        QTest::newRow("plain http to the network")
            << "http://gateway.example.com" << QString() << QString()
            << "Refusing plain http:// to gateway.example.com: the UserSig travels in the URL and would "
               "cross the network unencrypted. Use https://, or a loopback address for a local server.";
        QTest::newRow("other scheme") << "ftp://gateway.example.com" << QString() << QString()
                                      << "The endpoint must start with https://.";
        QTest::newRow("user info") << "https://user:pass@gateway.example.com" << QString() << QString()
                                   << "The endpoint must be a bare base URL such as https://HOST, without "
                                      "user, query or fragment.";
        QTest::newRow("query") << "https://gateway.example.com/?a=b" << QString() << QString()
                               << "The endpoint must be a bare base URL such as https://HOST, without user, "
                                  "query or fragment.";
    }

    void endpointsAreParsedStrictly()
    {
        QFETCH(QString, text);
        QFETCH(QString, url);
        QFETCH(QString, name);
        QFETCH(QString, problem);
        const ConnectionTarget target = ConnectionTarget::forEndpoint(text);
        QCOMPARE(target.problem, problem);
        QCOMPARE(target.isValid(), problem.isEmpty());
        QCOMPARE(target.baseUrl, url.isEmpty() ? QUrl() : QUrl(url));
        QCOMPARE(target.displayName, name);
    }

    void aConnectionResolvesByTheKindOfItsRegion()
    {
        ConnectionProfile profile;
        profile.regionId = QStringLiteral("frankfurt");
        profile.useBackupDomain = true;
        profile.customEndpoint = QStringLiteral("https://ignored.example.com");
        ConnectionTarget target = ConnectionTarget::resolve(profile);
        QCOMPARE(target.baseUrl, QUrl(QStringLiteral("https://adminapiger.my-imcloud.com")));
        QCOMPARE(target.displayName, QStringLiteral("Frankfurt"));

        profile.regionId = QStringLiteral("custom");
        profile.customEndpoint = QStringLiteral("gateway.example.com");
        target = ConnectionTarget::resolve(profile);
        QCOMPARE(target.problem, notAUrl(QStringLiteral("gateway.example.com")));
        profile.customEndpoint = QStringLiteral("https://gateway.example.com");
        target = ConnectionTarget::resolve(profile);
        QCOMPARE(target.baseUrl, QUrl(QStringLiteral("https://gateway.example.com")));
        QCOMPARE(target.displayName, QStringLiteral("gateway.example.com"));

        profile.regionId = QStringLiteral("atlantis");
        QCOMPARE(ConnectionTarget::resolve(profile).problem,
            QStringLiteral("Unknown region \"atlantis\". Choose one of: %1.").arg(Regions));
    }

    void theSandboxIsWhereItListens()
    {
        const QUrl listening(QStringLiteral("http://127.0.0.1:45678"));
        const ConnectionTarget target
            = ConnectionTarget::resolve(QStringLiteral("sandbox"), QString(), false, listening);
        QVERIFY(target.isValid());
        QCOMPARE(target.baseUrl, listening);
        QCOMPARE(target.displayName, QStringLiteral("Sandbox (local demo)"));
        const ConnectionTarget notRunning
            = ConnectionTarget::resolve(QStringLiteral("sandbox"), QString(), false);
        QCOMPARE(notRunning.problem, QStringLiteral("The Sandbox is not running."));
        QVERIFY(notRunning.baseUrl.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionTarget)
#include "tst_connectiontarget.moc"
