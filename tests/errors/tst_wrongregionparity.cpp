// The "wrong region" codes are one set: the results pane offers "Find the app's region" after
// exactly the codes the region probe reads as "the app is not in this data centre". The expected set
// is Tencent's documented one, written out here: 70016 and 70020 "check the SDKAppID and the data
// centre" (https://cloud.tencent.com/document/product/269/1671); 60006 "SDKAppID invalid" is about
// the SDKAppID itself, so a data centre answering it still counts as one that answered.
#include "api/regionprobe.h"
#include "presentation/presentationmasker.h"
#include "results/resultspane.h"
#include "session/sessionlog.h"
#include "support/testhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(QList<RegionProbe::Finding>)

class TestWrongRegionParity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<RegionProbe::Finding>>(); }

    void paneAndProbeAgree_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("wrongRegion");
        QTest::newRow("70016 key not found") << 70016 << true;
        QTest::newRow("70020 SDKAppID not found") << 70020 << true;
        QTest::newRow("60006 SDKAppID invalid") << 60006 << false;
        QTest::newRow("70009 signed with another key") << 70009 << false;
        QTest::newRow("40003 no such account") << 40003 << false;
    }

    void paneAndProbeAgree()
    {
        QFETCH(int, code);
        QFETCH(bool, wrongRegion);

        SessionLog log;
        SessionEntry entry;
        entry.result.outcome = ApiOutcome::ApiError;
        entry.result.actionStatus = QStringLiteral("FAIL");
        entry.result.errorCode = code;
        const PresentationMasker notPresenting;
        ResultsPane pane(&log, nullptr, &notPresenting);
        pane.showEntry(log.append(entry));
        const auto *findRegion = pane.findChild<QPushButton *>(QStringLiteral("findRegionButton"));
        QVERIFY(findRegion);
        QCOMPARE(!findRegion->isHidden(), wrongRegion);

        TestHttpServer region;
        QVERIFY(region.listen());
        region.setHandler([code](const TestHttpServer::Request &) {
            return TestHttpServer::Response::json(QJsonDocument(
                QJsonObject { { QStringLiteral("ActionStatus"), QStringLiteral("FAIL") },
                    { QStringLiteral("ErrorCode"), code }, { QStringLiteral("ErrorInfo"), QString() },
                    { QStringLiteral("ErrorDisplay"),
                        QString() } }).toJson(QJsonDocument::Compact));
        });
        QNetworkAccessManager network;
        RegionProbe probe(&network);
        QSignalSpy finished(&probe, &RegionProbe::finished);
        RegionProbe::Candidate candidate;
        candidate.regionId = QStringLiteral("seoul");
        candidate.name = QStringLiteral("Seoul");
        candidate.target
            = { region.baseUrl(), 1400000000, QStringLiteral("administrator"), QStringLiteral("sig") };
        probe.start({ candidate });
        QVERIFY(finished.wait(15000));
        const auto findings = finished.first().first().value<QList<RegionProbe::Finding>>();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().errorCode, code);
        QCOMPARE(findings.first().verdict,
            wrongRegion ? RegionProbe::Verdict::AppUnknown : RegionProbe::Verdict::AppFound);
    }
};

QTEST_MAIN(TestWrongRegionParity)
#include "tst_wrongregionparity.moc"
