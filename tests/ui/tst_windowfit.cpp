// The window fits a 1024-pixel-wide screen whatever region its connection is on: a support agent
// on a small laptop must see the whole connection bar, not a window wider than the screen.
#include "mainwindow/mainwindow.h"

#include "appinfo/appinfo.h"
#include "connections/connectionprofilestore.h"
#include "credentials/memorysecretstore.h"
#include "regions/regioncatalogue.h"
#include "support/temporaryhome.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QSettings>
#include <QTest>
#include <QTimer>

class TestWindowFit final : public QObject
{
    Q_OBJECT

    TemporaryHome m_home;

private Q_SLOTS:
    void initTestCase()
    {
        m_home.applyToThisProcess();
        AppInfo::applyToApplication();
    }

    void fitsA1024PixelScreenOnEveryRegion_data()
    {
        QTest::addColumn<QString>("regionId");
        for (const Region &region : RegionCatalogue::regions()) {
            QTest::newRow(qPrintable(region.id)) << region.id;
        }
    }

    void fitsA1024PixelScreenOnEveryRegion()
    {
        QFETCH(QString, regionId);
        ConnectionProfile profile;
        profile.id = ConnectionProfileStore::newId();
        profile.regionId = regionId;
        profile.customEndpoint = QStringLiteral("https://gateway.example.com");
        profile.sdkAppId = 1400000000;
        profile.adminIdentifier = QStringLiteral("administrator");
        {
            ConnectionProfileStore store;
            store.save({ profile });
            store.setLastUsedId(profile.id);
            store.sync();
        }
        MainWindow window(std::make_unique<MemorySecretStore>());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.minimumSizeHint().width() <= 1024,
            qPrintable(QStringLiteral("%1 px wide at least").arg(window.minimumSizeHint().width())));
    }

    // While the first-launch Sandbox asks whether to change its region, the bar already shows the
    // picked region beside the Sandbox's own texts: the widest the window gets.
    void fitsWhilePickingAnotherRegion_data()
    {
        QTest::addColumn<QString>("regionId");
        for (const QString &id : RegionCatalogue::tencentRegionIds()) {
            QTest::newRow(qPrintable(id)) << id;
        }
    }

    void fitsWhilePickingAnotherRegion()
    {
        QFETCH(QString, regionId);
        QSettings().clear(); // the first launch: the Sandbox demo
        QSettings().sync();
        MainWindow window(std::make_unique<MemorySecretStore>());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *regions = window.findChild<QComboBox *>(QStringLiteral("regionCombo"));
        QVERIFY(regions);
        int widthWhileAsked = 0;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                widthWhileAsked = window.minimumSizeHint().width();
                box->reject();
            }
        });
        answer.start(10);
        regions->setCurrentIndex(regions->findData(regionId));
        QTRY_VERIFY(widthWhileAsked > 0);
        QVERIFY2(
            widthWhileAsked <= 1024, qPrintable(QStringLiteral("%1 px wide at least").arg(widthWhileAsked)));
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
