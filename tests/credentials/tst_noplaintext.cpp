// The secret key and the full UserSigs never land in a file. The real window is driven as a user
// does (type a key, tick "remember", load, edit, apply, copy as cURL with the full UserSig, quit)
// against a loopback Sandbox that knows only this run's key, with a keychain kept in memory; then
// every file under the temporary HOME, the change history included, is searched byte for byte.
#include "mainwindow/mainwindow.h"

#include "appinfo/appinfo.h"
#include "connections/connectionprofilestore.h"
#include "credentials/credentials.h"
#include "history/changehistory.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxserver.h"
#include "support/countingsecretstore.h"
#include "support/temporaryhome.h"
#include "support/windowdriver.h"
#include "usersig/usersig.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <QUrl>
#include <QUuid>

using WindowDriver::child;

namespace {

// Every spelling in which a secret could be written: raw, UTF-16 (QSettings' and QDataStream's
// strings), base64 (a serialised QByteArray), percent-encoded (a URL) and hex.
QList<QByteArray> spellings(const QByteArray &secret)
{
    const QString text = QString::fromLatin1(secret);
    return { secret, QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2),
        secret.toBase64(), secret.toBase64(QByteArray::Base64UrlEncoding), secret.toPercentEncoding(),
        secret.toHex() };
}

} // namespace

class TestNoPlaintext final : public QObject
{
    Q_OBJECT

private:
    TemporaryHome m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_home.applyToThisProcess();
        AppInfo::applyToApplication();
    }

    void neitherTheKeyNorAnyUserSigReachAFile()
    {
        // Unique per run, and with characters that each encoding changes (+ / = and a space).
        const QByteArray key = "no plaintext+key/" + QUuid::createUuid().toByteArray(QUuid::Id128) + "==";
        const QString nick = QStringLiteral("Nick ") + QUuid::createUuid().toString(QUuid::Id128);
        const SandboxDemo &demo = SandboxDemo::get();
        SandboxConfig config = demo.config;
        config.sdkAppId = 1400000000 + QDateTime::currentMSecsSinceEpoch() % 90000000;
        config.secretKey = key;
        SandboxServer sandbox(config, demo.store);
        QVERIFY2(sandbox.listen(), qPrintable(sandbox.errorString()));

        ConnectionProfile profile;
        profile.id = ConnectionProfileStore::newId();
        profile.name = QStringLiteral("No plaintext");
        profile.regionId = QStringLiteral("custom");
        profile.customEndpoint = sandbox.baseUrl().toString();
        profile.sdkAppId = config.sdkAppId;
        profile.adminIdentifier = demo.admin;
        profile.lastAccount = demo.demoAccount;
        {
            ConnectionProfileStore store;
            store.save({ profile });
            store.setLastUsedId(profile.id);
            store.sync();
        }

        auto keychain = std::make_unique<CountingSecretStore>();
        CountingSecretStore *remembered = keychain.get();
        const qint64 startedAt = QDateTime::currentSecsSinceEpoch();
        QString copiedSig;
        {
            MainWindow window(std::move(keychain));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));

            auto *keyEdit = child<QLineEdit>(&window, "secretKeyEdit");
            QTest::keyClicks(keyEdit, QString::fromLatin1(key));
            QTest::mouseClick(child<QCheckBox>(&window, "rememberKeyCheck"), Qt::LeftButton);
            QCOMPARE(remembered->held(profile.id), key); // the keychain, and only it, keeps the key

            WindowDriver::load(&window);
            QVERIFY(!QTest::currentTestFailed());
            WindowDriver::editValue(&window, QStringLiteral("Tag_Profile_IM_Nick"), nick);
            QVERIFY(!QTest::currentTestFailed());
            WindowDriver::apply(&window);
            QVERIFY(!QTest::currentTestFailed());

            child<QAction>(&window, "copyCurlWithUserSigAction")->trigger();
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("confirmCurlWithUserSig")))
                && box->isVisible());
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole) {
                    QTest::mouseClick(button, Qt::LeftButton);
                }
            }
            const QRegularExpressionMatch sig = QRegularExpression(QStringLiteral("usersig=([^&'\" ]+)"))
                                                    .match(QApplication::clipboard()->text());
            QVERIFY2(sig.hasMatch(), qPrintable(QApplication::clipboard()->text()));
            copiedSig = QUrl::fromPercentEncoding(sig.captured(1).toLatin1());
            QVERIFY(UserSig::decode(copiedSig).content.has_value());

            QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
            QTRY_VERIFY(!window.isVisible());
        }
        QApplication::clipboard()->clear();
        QSettings().sync();
        const qint64 endedAt = QDateTime::currentSecsSinceEpoch();

        // Every sig the session can have made: one per second it ran, as the console signs them.
        QList<QByteArray> secrets = spellings(key) + spellings(copiedSig.toLatin1());
        for (qint64 at = startedAt; at <= endedAt; ++at) {
            secrets += spellings(
                UserSig::generate(config.sdkAppId, demo.admin, key, Credentials::generatedLifetime, at)
                    .toLatin1());
        }

        QStringList searched;
        bool profileSeen = false;
        bool historySeen = false;
        for (const QString &path : m_home.entries()) {
            QFile file(path);
            if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QByteArray content = file.readAll();
            searched.append(path);
            profileSeen = profileSeen || content.contains(profile.id.toUtf8());
            historySeen
                = historySeen || (path == ChangeHistory::defaultPath() && content.contains(nick.toUtf8()));
            for (const QByteArray &secret : std::as_const(secrets)) {
                QVERIFY2(!content.contains(secret), qPrintable(path + QLatin1String(" holds a secret")));
            }
        }
        // The search must have read what the session wrote, or it proves nothing.
        QVERIFY2(profileSeen, qPrintable(searched.join(u'\n')));
        QVERIFY2(historySeen, qPrintable(searched.join(u'\n')));
    }
};

QTEST_MAIN(TestNoPlaintext)
#include "tst_noplaintext.moc"
