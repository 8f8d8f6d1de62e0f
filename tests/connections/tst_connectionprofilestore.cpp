#include "connections/connectionprofilestore.h"
#include "support/releasedsettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestConnectionProfileStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
    }

    static ConnectionProfile production()
    {
        ConnectionProfile p;
        p.id = ConnectionProfileStore::newId();
        p.name = QStringLiteral("Production (Singapore)");
        p.regionId = QStringLiteral("singapore");
        p.useBackupDomain = true;
        p.sdkAppId = 1400000000;
        p.adminIdentifier = QStringLiteral("管理员");
        p.lastAccount = QStringLiteral("user_1");
        p.authMode = ConnectionProfile::AuthMode::PastedUserSig;
        p.rememberSecretKey = true;
        p.label = ConnectionProfile::Label::Production;
        p.readOnly = true;
        p.confirmBeforeWrite = true;
        return p;
    }

private Q_SLOTS:
    void init() { QFile::remove(iniPath()); }

    void saveThenLoad_roundTripsEveryField()
    {
        ConnectionProfile custom;
        custom.id = ConnectionProfileStore::newId();
        custom.name = QStringLiteral("Staging");
        custom.regionId = QStringLiteral("custom");
        custom.customEndpoint = QStringLiteral("https://staging.example.com");
        const QList<ConnectionProfile> profiles { production(), custom };
        {
            ConnectionProfileStore store(settings());
            store.save(profiles);
            store.setLastUsedId(custom.id);
        }
        ConnectionProfileStore reloaded(settings());
        QCOMPARE(reloaded.load(), profiles);
        QCOMPARE(reloaded.lastUsedId(), custom.id);
    }

    void savingAShorterListLeavesNoStaleEntries()
    {
        ConnectionProfileStore store(settings());
        store.save({ production(), production(), production() });
        const ConnectionProfile only = production();
        store.save({ only });
        QCOMPARE(ConnectionProfileStore(settings()).load(), QList<ConnectionProfile> { only });
    }

    void loadSkipsDamagedEntriesAndUnknownWords()
    {
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.beginWriteArray(QStringLiteral("connections"), 2);
            raw.setArrayIndex(0);
            raw.setValue(QStringLiteral("name"), QStringLiteral("no id"));
            raw.setArrayIndex(1);
            raw.setValue(QStringLiteral("id"), QStringLiteral("abc"));
            raw.setValue(QStringLiteral("label"), QStringLiteral("purple"));
            raw.endArray();
        }
        const QList<ConnectionProfile> loaded = ConnectionProfileStore(settings()).load();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().id, QStringLiteral("abc"));
        QCOMPARE(loaded.first().label, ConnectionProfile::Label::None);
    }

    void unnamedConnectionsShowADefaultName()
    {
        ConnectionProfile sandbox;
        sandbox.regionId = QStringLiteral("sandbox");
        QCOMPARE(sandbox.displayName(), QStringLiteral("Sandbox demo"));
        ConnectionProfile other;
        other.regionId = QStringLiteral("seoul");
        QCOMPARE(other.displayName(), QStringLiteral("Unnamed connection"));
        other.name = QStringLiteral("Seoul production");
        QCOMPARE(other.displayName(), other.name);
    }

    // The previous release always wrote confirmBeforeWrite, false unless ticked: its Production
    // connections confirm once migrated, and a later untick is the user's choice and stays.
    void olderFileMigratesProductionToConfirmOnce()
    {
        ConnectionProfile prod = production();
        prod.readOnly = false;
        prod.confirmBeforeWrite = false;
        ConnectionProfile testing = production();
        testing.id = ConnectionProfileStore::newId();
        testing.label = ConnectionProfile::Label::Testing;
        testing.confirmBeforeWrite = false;
        {
            QSettings old(iniPath(), QSettings::IniFormat);
            saveAsRelease071912f(old, { prod, testing });
        }
        QList<ConnectionProfile> loaded = ConnectionProfileStore(settings()).load();
        QCOMPARE(loaded.size(), 2);
        QVERIFY(loaded.at(0).confirmBeforeWrite);
        QVERIFY(!loaded.at(1).confirmBeforeWrite); // only Production changes

        loaded[0].confirmBeforeWrite = false;
        {
            ConnectionProfileStore store(settings());
            store.save(loaded);
            store.sync();
        }
        // Opened again, the file is of this format: nothing is migrated a second time.
        QVERIFY(!ConnectionProfileStore(settings()).load().at(0).confirmBeforeWrite);
    }

    void newIdsAreUnique() { QVERIFY(ConnectionProfileStore::newId() != ConnectionProfileStore::newId()); }
};

QTEST_GUILESS_MAIN(TestConnectionProfileStore)
#include "tst_connectionprofilestore.moc"
