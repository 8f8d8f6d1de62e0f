// The secret key and full UserSigs never land in a file: a key is typed in through the public API,
// a sig is made from it, everything a connection saves is saved, and then every file under the
// (test-mode) config, data and cache folders is searched for them.
#include "appinfo/appinfo.h"
#include "connections/connectionprofilestore.h"
#include "credentials/credentials.h"
#include "credentials/memorysecretstore.h"
#include "credentials/secretkeykeeper.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

class TestNoPlaintext final : public QObject
{
    Q_OBJECT

private:
    // Every spelling in which a secret could be written: raw, UTF-16 (QSettings/QDataStream),
    // base64 and hex (a serialised QByteArray).
    static QList<QByteArray> spellings(const QByteArray &secret)
    {
        const QString text = QString::fromLatin1(secret);
        return { secret, QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2),
            secret.toBase64(), secret.toHex() };
    }

    static QStringList writtenRoots()
    {
        QSet<QString> roots;
        for (const auto location : { QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation,
                 QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
                 QStandardPaths::GenericDataLocation, QStandardPaths::CacheLocation,
                 QStandardPaths::GenericCacheLocation }) {
            roots.insert(QStandardPaths::writableLocation(location));
        }
        return roots.values();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::applyToApplication();
    }

    void neitherTheKeyNorTheSigReachAFile()
    {
        // Unique per run, so nothing left by an earlier run can make the search pass or fail.
        const QByteArray key
            = QUuid::createUuid().toRfc4122().toHex() + QUuid::createUuid().toRfc4122().toHex();
        const QString identifier
            = QStringLiteral("noplaintext-") + QUuid::createUuid().toString(QUuid::Id128);

        ConnectionProfile profile;
        profile.id = ConnectionProfileStore::newId();
        profile.name = QStringLiteral("No plaintext");
        profile.regionId = QStringLiteral("singapore");
        profile.sdkAppId = 1400000000;
        profile.adminIdentifier = identifier;
        profile.authMode = ConnectionProfile::AuthMode::SecretKey;
        profile.rememberSecretKey = true;

        Credentials credentials = Credentials::fromSecretKey(profile.sdkAppId, profile.adminIdentifier, key);
        const QByteArray sig = credentials.userSigForRequest(QDateTime::currentSecsSinceEpoch()).toLatin1();
        QVERIFY(sig.size() > 100);

        MemorySecretStore keychain;
        SecretKeyKeeper keeper(&keychain);
        keeper.setKey(profile.id, key, profile.rememberSecretKey);

        {
            ConnectionProfileStore store;
            QList<ConnectionProfile> profiles = store.load();
            profiles.append(profile);
            store.save(profiles);
            store.setLastUsedId(profile.id);
            store.sync();
        }
        QSettings().sync();

        QStringList searched;
        bool profileFound = false;
        for (const QString &root : writtenRoots()) {
            QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString path = files.next();
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly)) {
                    continue; // another test's file, removed while we walked
                }
                const QByteArray content = file.readAll();
                searched.append(path);
                profileFound = profileFound || content.contains(identifier.toUtf8());
                for (const QByteArray &secret : spellings(key) + spellings(sig)) {
                    QVERIFY2(!content.contains(secret), qPrintable(path + QLatin1String(" holds a secret")));
                }
            }
        }
        // The search must have seen what the app wrote, or it proves nothing.
        QVERIFY2(profileFound, qPrintable(searched.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestNoPlaintext)
#include "tst_noplaintext.moc"
