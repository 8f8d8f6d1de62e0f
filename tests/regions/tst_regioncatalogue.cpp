// The region list carries every documented data centre with the right hosts, keeps Mumbai (ind)
// and Jakarta (idn) apart, and gives every entry a translatable name.
#include "i18n/translator.h"
#include "regions/regioncatalogue.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

namespace {

class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        return qstrcmp(context, "Region") == 0 ? QStringLiteral("\u00bb") + QString::fromUtf8(sourceText)
                                               : QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestRegionCatalogue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRegionHasItsDocumentedHosts_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("primary");
        QTest::addColumn<QString>("backup");
        // "Domains by region" of https://www.tencentcloud.com/document/product/1047/34620.
        QTest::newRow("china") << "china"
                               << "China"
                               << "https://console.tim.qq.com"
                               << "https://adminapi.my-imcloud.com";
        QTest::newRow("singapore") << "singapore"
                                   << "Singapore"
                                   << "https://adminapisgp.im.qcloud.com"
                                   << "https://adminapisgp.my-imcloud.com";
        QTest::newRow("seoul") << "seoul"
                               << "Seoul"
                               << "https://adminapikr.im.qcloud.com"
                               << "https://adminapikr.my-imcloud.com";
        QTest::newRow("tokyo") << "tokyo"
                               << "Tokyo"
                               << "https://adminapijpn.im.qcloud.com"
                               << "https://adminapijpn.my-imcloud.com";
        QTest::newRow("frankfurt") << "frankfurt"
                                   << "Frankfurt"
                                   << "https://adminapiger.im.qcloud.com"
                                   << "https://adminapiger.my-imcloud.com";
        QTest::newRow("mumbai") << "mumbai"
                                << "Mumbai"
                                << "https://adminapiind.im.qcloud.com"
                                << "https://adminapiind.my-imcloud.com";
        QTest::newRow("silicon-valley") << "silicon-valley"
                                        << "Silicon Valley"
                                        << "https://adminapiusa.im.qcloud.com"
                                        << "https://adminapiusa.my-imcloud.com";
        QTest::newRow("jakarta") << "jakarta"
                                 << "Jakarta"
                                 << "https://adminapiidn.im.qcloud.com"
                                 << "https://adminapiidn.my-imcloud.com";
    }

    void everyRegionHasItsDocumentedHosts()
    {
        QFETCH(QString, id);
        QFETCH(QString, displayName);
        QFETCH(QString, primary);
        QFETCH(QString, backup);
        const Region *region = RegionCatalogue::find(id);
        QVERIFY(region);
        QCOMPARE(region->kind, Region::Kind::Tencent);
        QCOMPARE(region->displayName(), displayName);
        QCOMPARE(RegionCatalogue::baseUrl(id, false), QUrl(primary));
        QCOMPARE(RegionCatalogue::baseUrl(id, true), QUrl(backup));
    }

    void cliNamesAreTheEightDataCentres()
    {
        const QStringList expected { QStringLiteral("china"), QStringLiteral("singapore"),
            QStringLiteral("seoul"), QStringLiteral("tokyo"), QStringLiteral("frankfurt"),
            QStringLiteral("mumbai"), QStringLiteral("silicon-valley"), QStringLiteral("jakarta") };
        QCOMPARE(RegionCatalogue::tencentRegionIds(), expected);
    }

    void mumbaiIsIndAndJakartaIsIdn()
    {
        const Region *mumbai = RegionCatalogue::find(QStringLiteral("mumbai"));
        const Region *jakarta = RegionCatalogue::find(QStringLiteral("jakarta"));
        QVERIFY(mumbai && jakarta);
        QVERIFY(mumbai->primaryHost.contains(QStringLiteral("adminapiind.")));
        QVERIFY(mumbai->backupHost.contains(QStringLiteral("adminapiind.")));
        QVERIFY(jakarta->primaryHost.contains(QStringLiteral("adminapiidn.")));
        QVERIFY(jakarta->backupHost.contains(QStringLiteral("adminapiidn.")));
    }

    void backupHostsAreTheMyImcloudDomain()
    {
        for (const QString &id : RegionCatalogue::tencentRegionIds()) {
            const QUrl backup = RegionCatalogue::baseUrl(id, true);
            QVERIFY2(backup.host().endsWith(QStringLiteral(".my-imcloud.com")), qPrintable(id));
            QCOMPARE(backup.scheme(), QStringLiteral("https"));
            QVERIFY(backup.host() != RegionCatalogue::baseUrl(id, false).host());
        }
    }

    void customAndSandboxAreKindsWithoutFixedHosts()
    {
        const Region *custom = RegionCatalogue::find(QStringLiteral("custom"));
        const Region *sandbox = RegionCatalogue::find(QStringLiteral("sandbox"));
        QVERIFY(custom && sandbox);
        QCOMPARE(custom->kind, Region::Kind::Custom);
        QCOMPARE(sandbox->kind, Region::Kind::Sandbox);
        QCOMPARE(custom->displayName(), QStringLiteral("Custom endpoint"));
        QCOMPARE(sandbox->displayName(), QStringLiteral("Sandbox (local demo)"));
        QVERIFY(RegionCatalogue::baseUrl(QStringLiteral("custom"), false).isEmpty());
        QVERIFY(RegionCatalogue::baseUrl(QStringLiteral("sandbox"), false).isEmpty());
    }

    void unknownIdIsRefused()
    {
        QVERIFY(!RegionCatalogue::find(QStringLiteral("india")));
        QVERIFY(RegionCatalogue::baseUrl(QStringLiteral("india"), false).isEmpty());
    }

    void everyDisplayNameIsTranslatable()
    {
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(RegionCatalogue::regions().size(), 10);
        for (const Region &region : RegionCatalogue::regions()) {
            QVERIFY2(region.displayName().startsWith(QStringLiteral("\u00bb")), qPrintable(region.id));
        }
        QCoreApplication::removeTranslator(&translator);
    }

    // The names live in regions.json alone; lupdate gets them through app/regions/regionnames.cmake.
    // Each shipped catalogue translates every one, so none shows in English in a translated window.
    void everyNameIsInTheShippedCatalogues_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("ko") << QStringLiteral("ko");
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    void everyNameIsInTheShippedCatalogues()
    {
        QFETCH(QString, language);
        const Translator translator { QLocale(language) };
        QVERIFY(translator.hasMessages());
        for (const Region &region : RegionCatalogue::regions()) {
            QVERIFY2(!region.name.isEmpty() && region.displayName() != region.name, qPrintable(region.id));
        }
    }

    void theSandboxAndTheDefaultForANewConnectionComeFromTheList()
    {
        QCOMPARE(RegionCatalogue::sandboxId(), QStringLiteral("sandbox"));
        QVERIFY(RegionCatalogue::isSandbox(QStringLiteral("sandbox")));
        QVERIFY(!RegionCatalogue::isSandbox(QStringLiteral("custom")));
        QVERIFY(!RegionCatalogue::isSandbox(QStringLiteral("atlantis")));
        // Tencent's international console opens on Singapore.
        QCOMPARE(RegionCatalogue::defaultRegionId(), QStringLiteral("singapore"));
    }
};

QTEST_GUILESS_MAIN(TestRegionCatalogue)
#include "tst_regioncatalogue.moc"
