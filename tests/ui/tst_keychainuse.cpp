// The keychain is asked only about connections whose user ticked "remember the secret key": every
// keychain call may raise a keyring-unlock prompt, so the real window is driven offscreen against a
// keychain that counts what it is asked, per connection.
#include "mainwindow/mainwindow.h"

#include "appinfo/appinfo.h"
#include "connections/connectionprofilestore.h"
#include "support/countingsecretstore.h"
#include "support/windowdriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using WindowDriver::child;

namespace {

const QString kRemembered = QStringLiteral("connection-remembered");
const QString kNotRemembered = QStringLiteral("connection-not-remembered");
const QString kAlsoNotRemembered = QStringLiteral("connection-also-not-remembered");
const QByteArray kRememberedKey = "key-remembered-in-an-earlier-session";

ConnectionProfile secretKeyConnection(const QString &id, const QString &name, quint64 sdkAppId, bool remember)
{
    ConnectionProfile p;
    p.id = id;
    p.name = name;
    p.regionId = QStringLiteral("singapore"); // nothing is sent in these tests
    p.sdkAppId = sdkAppId;
    p.adminIdentifier = QStringLiteral("administrator");
    p.authMode = ConnectionProfile::AuthMode::SecretKey;
    p.rememberSecretKey = remember;
    return p;
}

} // namespace

class TestKeychainUse final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<MainWindow> m_window;
    CountingSecretStore *m_keychain = nullptr; // owned by the window

    MainWindow *window() const { return m_window.get(); }
    QLineEdit *keyEdit() const { return child<QLineEdit>(window(), "secretKeyEdit"); }
    QCheckBox *rememberCheck() const { return child<QCheckBox>(window(), "rememberKeyCheck"); }
    QComboBox *connectionCombo() const { return child<QComboBox>(window(), "connectionCombo"); }

    // Three saved connections, the first remembered in an earlier session; the window opens on `lastUsed`.
    void openWindowOn(const QString &lastUsed)
    {
        {
            ConnectionProfileStore store;
            store.save({ secretKeyConnection(kRemembered, QStringLiteral("Remembered"), 1400000001, true),
                secretKeyConnection(kNotRemembered, QStringLiteral("Not remembered"), 1400000002, false),
                secretKeyConnection(
                    kAlsoNotRemembered, QStringLiteral("Also not remembered"), 1400000003, false) });
            store.setLastUsedId(lastUsed);
            store.sync();
        }
        auto keychain = std::make_unique<CountingSecretStore>();
        keychain->preload(kRemembered, kRememberedKey);
        m_keychain = keychain.get();
        m_window = std::make_unique<MainWindow>(std::move(keychain));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // Picks a saved connection with the keyboard, as a user does in the connection combo.
    void pickConnection(const QString &name)
    {
        QComboBox *combo = connectionCombo();
        const int target = combo->findText(name);
        QVERIFY(target >= 0);
        combo->setFocus();
        while (combo->currentIndex() != target) {
            QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        }
    }

    // Types into the key field and presses Enter, which stores the key at once instead of after
    // the typing pause.
    void typeKeyAndEnter(const QString &text)
    {
        QTest::keyClicks(keyEdit(), text);
        QTest::keyClick(keyEdit(), Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        AppInfo::applyToApplication();
    }

    void init()
    {
        QSettings().clear();
        QSettings().sync();
    }

    void cleanup()
    {
        m_window.reset();
        m_keychain = nullptr;
    }

    void selectingAConnectionNotRememberedReadsNothing()
    {
        openWindowOn(kNotRemembered);
        QCOMPARE(m_keychain->calls(kNotRemembered).reads, 0);

        // The remembered one is read once, and its key fills the field.
        pickConnection(QStringLiteral("Remembered"));
        QTRY_COMPARE(keyEdit()->text().toUtf8(), kRememberedKey);
        QCOMPARE(m_keychain->calls(kRemembered).reads, 1);

        pickConnection(QStringLiteral("Also not remembered"));
        QVERIFY(keyEdit()->text().isEmpty());
        pickConnection(QStringLiteral("Not remembered"));
        // Back on the remembered one: its key comes from memory, not from a second read.
        pickConnection(QStringLiteral("Remembered"));
        QTRY_COMPARE(keyEdit()->text().toUtf8(), kRememberedKey);
        QCOMPARE(m_keychain->calls(kRemembered).reads, 1);
        QCOMPARE(m_keychain->calls(kNotRemembered).total(), 0);
        QCOMPARE(m_keychain->calls(kAlsoNotRemembered).total(), 0);
    }

    void typingAKeyWithoutRememberTouchesNothing()
    {
        openWindowOn(kNotRemembered);
        QVERIFY(!rememberCheck()->isChecked());
        typeKeyAndEnter(QStringLiteral("typed-key"));
        QTest::keyClick(keyEdit(), Qt::Key_Backspace);
        typeKeyAndEnter(QStringLiteral("Y"));
        QCOMPARE(m_keychain->totalCalls(), 0);

        // The key was kept for the session all the same: it is back after a round trip.
        pickConnection(QStringLiteral("Also not remembered"));
        pickConnection(QStringLiteral("Not remembered"));
        QTRY_COMPARE(keyEdit()->text(), QStringLiteral("typed-keY"));
        QCOMPARE(m_keychain->calls(kNotRemembered).total(), 0);
        QCOMPARE(m_keychain->calls(kAlsoNotRemembered).total(), 0);
    }

    void tickingRememberWritesOnceAfterTypingPauses()
    {
        openWindowOn(kNotRemembered);
        typeKeyAndEnter(QStringLiteral("typed-key"));
        QTest::mouseClick(rememberCheck(), Qt::LeftButton);
        QVERIFY(rememberCheck()->isChecked());
        QCOMPARE(m_keychain->calls(kNotRemembered).writes, 1);
        QCOMPARE(m_keychain->held(kNotRemembered), QByteArray("typed-key"));

        // Typing on: nothing per keystroke, one write once the typing pauses.
        QTest::keyClicks(keyEdit(), QStringLiteral("-more"));
        QCOMPARE(m_keychain->calls(kNotRemembered).writes, 1);
        QTRY_COMPARE(m_keychain->calls(kNotRemembered).writes, 2);
        QCOMPARE(m_keychain->held(kNotRemembered), QByteArray("typed-key-more"));
        QCOMPARE(m_keychain->calls(kNotRemembered).reads, 0);
        QCOMPARE(m_keychain->calls(kNotRemembered).removes, 0);
        QCOMPARE(m_keychain->calls(kAlsoNotRemembered).total(), 0);
    }

    void untickingRememberDeletesOnce()
    {
        openWindowOn(kRemembered);
        QTRY_COMPARE(keyEdit()->text().toUtf8(), kRememberedKey);
        QTest::mouseClick(rememberCheck(), Qt::LeftButton);
        QVERIFY(!rememberCheck()->isChecked());
        QCOMPARE(m_keychain->calls(kRemembered).removes, 1);
        QVERIFY(m_keychain->held(kRemembered).isNull());

        // No longer remembered: more typing stays in memory.
        typeKeyAndEnter(QStringLiteral("-edited"));
        QCOMPARE(m_keychain->calls(kRemembered).removes, 1);
        QCOMPARE(m_keychain->calls(kRemembered).writes, 0);
        QVERIFY(m_keychain->held(kRemembered).isNull());
    }

    void deletingAConnectionDeletesItsKeyOnlyIfRemembered()
    {
        openWindowOn(kNotRemembered);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *list = child<QListWidget>(dialog, "connectionList");
            for (const QString &name :
                { QStringLiteral("Remembered"), QStringLiteral("Also not remembered") }) {
                const QList<QListWidgetItem *> found = list->findItems(name, Qt::MatchExactly);
                QCOMPARE(found.size(), 1);
                QTest::mouseClick(
                    list->viewport(), Qt::LeftButton, {}, list->visualItemRect(found.first()).center());
                QCOMPARE(list->currentItem(), found.first());
                QTest::mouseClick(child<QPushButton>(dialog, "deleteConnectionButton"), Qt::LeftButton);
            }
            QCOMPARE(list->count(), 1);
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QVERIFY(buttons);
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::mouseClick(child<QAbstractButton>(window(), "manageConnectionsButton"), Qt::LeftButton);
        QCOMPARE(connectionCombo()->count(), 1);
        QCOMPARE(m_keychain->calls(kRemembered).removes, 1);
        QVERIFY(m_keychain->held(kRemembered).isNull());
        QCOMPARE(m_keychain->calls(kAlsoNotRemembered).total(), 0);
        QCOMPARE(m_keychain->calls(kNotRemembered).total(), 0);
    }
};

QTEST_MAIN(TestKeychainUse)
#include "tst_keychainuse.moc"
