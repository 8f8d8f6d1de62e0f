// Finding the data centre an app lives in, over real loopback HTTP: each server stands in for a
// region and answers as a region that does or does not know the SDKAppID.
#include "api/regionprobe.h"

#include "support/testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

TestHttpServer::Response answer(int code)
{
    return TestHttpServer::Response::json(QJsonDocument(
        QJsonObject {
            { QStringLiteral("ActionStatus"), code == 0 ? QStringLiteral("OK") : QStringLiteral("FAIL") },
            { QStringLiteral("ErrorCode"), code }, { QStringLiteral("ErrorInfo"), QString() },
            { QStringLiteral("ErrorDisplay"),
                QString() } }).toJson(QJsonDocument::Compact));
}

RegionProbe::Candidate candidate(const QString &id, const TestHttpServer &server)
{
    RegionProbe::Candidate c;
    c.regionId = id;
    c.name = id;
    c.target.baseUrl = server.baseUrl();
    c.target.sdkAppId = 1400000000;
    c.target.identifier = QStringLiteral("administrator");
    c.target.userSig = QStringLiteral("sig");
    return c;
}

} // namespace

Q_DECLARE_METATYPE(QList<RegionProbe::Finding>)

class TestRegionProbe final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static const RegionProbe::Finding *find(const QList<RegionProbe::Finding> &findings, const QString &id)
    {
        for (const RegionProbe::Finding &f : findings) {
            if (f.regionId == id) {
                return &f;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<RegionProbe::Finding>>(); }

    void findsTheOneRegionThatKnowsTheApp()
    {
        TestHttpServer unknown, known, wrongKey, down;
        for (TestHttpServer *server : { &unknown, &known, &wrongKey, &down }) {
            QVERIFY(server->listen());
        }
        unknown.setHandler([](const TestHttpServer::Request &) { return answer(70016); });
        known.setHandler([](const TestHttpServer::Request &) { return answer(0); });
        down.setHandler([](const TestHttpServer::Request &) { return TestHttpServer::Response::drop(); });

        RegionProbe probe(&m_network);
        QSignalSpy finished(&probe, &RegionProbe::finished);
        probe.start({ candidate(QStringLiteral("singapore"), unknown),
            candidate(QStringLiteral("seoul"), known), candidate(QStringLiteral("tokyo"), down) });
        QVERIFY(probe.isRunning());
        QVERIFY(finished.wait(15000));
        QVERIFY(!probe.isRunning());
        const auto findings = finished.first().first().value<QList<RegionProbe::Finding>>();
        QCOMPARE(findings.size(), 3);
        QCOMPARE(find(findings, QStringLiteral("singapore"))->verdict, RegionProbe::Verdict::AppUnknown);
        QCOMPARE(find(findings, QStringLiteral("singapore"))->errorCode, 70016);
        QCOMPARE(find(findings, QStringLiteral("seoul"))->verdict, RegionProbe::Verdict::AppFound);
        QCOMPARE(find(findings, QStringLiteral("tokyo"))->verdict, RegionProbe::Verdict::Unreachable);
        QCOMPARE(RegionProbe::foundRegion(findings), QStringLiteral("seoul"));

        // The question is read-only, about the admin alone, and asked once per region.
        QCOMPARE(known.requests().size(), 1);
        QCOMPARE(known.requests().first().url().path(), QStringLiteral("/v4/profile/portrait_get"));
        const QJsonObject body = QJsonDocument::fromJson(known.requests().first().body).object();
        QCOMPARE(body.value(QLatin1String("To_Account")).toArray(),
            QJsonArray { QStringLiteral("administrator") });
    }

    void aRegionThatRejectsTheKeyStillKnowsTheApp()
    {
        TestHttpServer unknown, wrongKey;
        QVERIFY(unknown.listen() && wrongKey.listen());
        unknown.setHandler([](const TestHttpServer::Request &) { return answer(70020); });
        wrongKey.setHandler([](const TestHttpServer::Request &) { return answer(70009); });
        RegionProbe probe(&m_network);
        QSignalSpy finished(&probe, &RegionProbe::finished);
        probe.start(
            { candidate(QStringLiteral("china"), unknown), candidate(QStringLiteral("jakarta"), wrongKey) });
        QVERIFY(finished.wait(15000));
        const auto findings = finished.first().first().value<QList<RegionProbe::Finding>>();
        QCOMPARE(find(findings, QStringLiteral("jakarta"))->verdict, RegionProbe::Verdict::AppFound);
        QCOMPARE(find(findings, QStringLiteral("jakarta"))->errorCode, 70009);
        QCOMPARE(RegionProbe::foundRegion(findings), QStringLiteral("jakarta"));
    }

    void noAnswerOrSeveralAnswersNameNoRegion()
    {
        QCOMPARE(RegionProbe::foundRegion({}), QString());
        RegionProbe::Finding a { QStringLiteral("a"), QStringLiteral("a"), RegionProbe::Verdict::AppFound,
            0 };
        RegionProbe::Finding b { QStringLiteral("b"), QStringLiteral("b"), RegionProbe::Verdict::AppFound,
            0 };
        QCOMPARE(RegionProbe::foundRegion({ a, b }), QString());
    }

    void cancelAbortsEveryProbeAtTheServerWithoutAReport()
    {
        // Three data centres that read the question and never answer.
        TestHttpServer frankfurt, tokyo, jakarta;
        const QList<TestHttpServer *> servers { &frankfurt, &tokyo, &jakarta };
        const QStringList ids { QStringLiteral("frankfurt"), QStringLiteral("tokyo"),
            QStringLiteral("jakarta") };
        QList<RegionProbe::Candidate> candidates;
        for (qsizetype i = 0; i < servers.size(); ++i) {
            QVERIFY(servers.at(i)->listen());
            servers.at(i)->setHandler(
                [](const TestHttpServer::Request &) { return TestHttpServer::Response::hang(); });
            candidates.append(candidate(ids.at(i), *servers.at(i)));
        }
        RegionProbe probe(&m_network);
        QSignalSpy finished(&probe, &RegionProbe::finished);
        probe.start(candidates);
        for (TestHttpServer *server : servers) {
            QTRY_COMPARE(server->requests().size(), 1);
            QCOMPARE(server->abandonedConnections(), 0);
        }

        probe.cancel();
        QVERIFY(!probe.isRunning());
        // Each server sees its connection closed by the client. The probe's own timeout (5 s) would
        // also close them, so they must close well before it: within 2 s of the cancel.
        for (TestHttpServer *server : servers) {
            QTRY_COMPARE_WITH_TIMEOUT(server->abandonedConnections(), 1, 2000);
        }
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRegionProbe)
#include "tst_regionprobe.moc"
