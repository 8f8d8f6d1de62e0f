// "Copy as cURL with the full UserSig", driven through the real window: the command repeats the
// request exactly as it went out (over a loopback server that records what it received), and the
// clipboard forgets the UserSig after a while unless the user copied something else since.
#include "mainwindow/mainwindow.h"

#include "appinfo/appinfo.h"
#include "credentials/memorysecretstore.h"
#include "results/clipboardguard.h"
#include "screenwalk.h"
#include "support/testhttpserver.h"
#include "support/windowdriver.h"

#include <QClipboard>
#include <QListView>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>

using WindowDriver::child;

namespace {

// The URL of a `curl … 'URL' …` line as the shell would pass it on.
QString curlUrl(const QString &command)
{
    const qsizetype start = command.indexOf(QLatin1Char('\''));
    const qsizetype end = command.indexOf(QLatin1Char('\''), start + 1);
    return start < 0 || end < 0 ? QString() : command.mid(start + 1, end - start - 1);
}

} // namespace

class TestCopyCurl final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<MainWindow> m_window;

    MainWindow *window() const { return m_window.get(); }
    QPushButton *loadButton() const { return child<QPushButton>(window(), "loadButton"); }
    void waitIdle() { WindowDriver::waitIdle(window()); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(std::make_unique<MemorySecretStore>());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void useEndpoint(const QUrl &url) { WindowDriver::useEndpoint(window(), url); }

    // Pastes sig in the UserSig field (typed, as a paste arrives) in place of what was there.
    void pasteUserSig(const QString &sig)
    {
        auto *mode = child<QComboBox>(window(), "authModeCombo");
        mode->setCurrentIndex(1);
        auto *edit = child<QLineEdit>(window(), "userSigEdit");
        edit->clear();
        QTest::keyClicks(edit, sig);
    }

    // Load, sending anyway when the console warns that the server will refuse the sig.
    void loadSendingAnyway()
    {
        QTest::mouseClick(loadButton(), Qt::LeftButton);
        auto *box = WindowDriver::waitForDialog<QMessageBox>(window(), "userSigWarningBox");
        QVERIFY(box);
        QVERIFY(WindowDriver::clickButtonWithRole(box, QMessageBox::AcceptRole));
        waitIdle();
    }

    // Copy as cURL with the full UserSig, confirmed in the dialog; returns the confirmation text.
    QString copyWithFullUserSig()
    {
        child<QAction>(window(), "copyCurlWithUserSigAction")->trigger();
        auto *box = WindowDriver::waitForDialog<QMessageBox>(window(), "confirmCurlWithUserSig");
        if (!box) {
            return {};
        }
        const QString said = box->text() + QLatin1Char('\n') + box->informativeText();
        WindowDriver::clickButtonWithRole(box, QMessageBox::AcceptRole);
        return said;
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
        QApplication::clipboard()->clear();
    }

    void cleanup() { m_window.reset(); }

    void fullCommandRepeatsTheSelectedRequestByteForByte()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        openWindow();
        useEndpoint(server.baseUrl());
        // Characters that URL encoders disagree about: a server reads a bare '+' as a space.
        const QString firstSig = QStringLiteral("eJx+first/sig+with=padding==");
        pasteUserSig(firstSig);
        loadSendingAnyway();
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().at(0).queryValue(QStringLiteral("usersig")), firstSig);

        // Other credentials now, and a newer request made with them.
        pasteUserSig(QStringLiteral("eJx+second/sig="));
        loadSendingAnyway();
        QCOMPARE(server.requests().size(), 2);

        // The user picks the first request in the session log and copies it with its UserSig.
        auto *tabs = child<QTabWidget>(window(), "resultTabs");
        auto *log = child<QListView>(window(), "sessionLogView");
        tabs->setCurrentWidget(log);
        QTest::mouseClick(
            log->viewport(), Qt::LeftButton, {}, log->visualRect(log->model()->index(0, 0)).center());
        QCOMPARE(log->currentIndex().row(), 0);
        copyWithFullUserSig();

        const QString copied = curlUrl(QApplication::clipboard()->text());
        const QString received
            = server.baseUrl().toString() + QString::fromLatin1(server.requests().at(0).target);
        QCOMPARE(copied, received);
    }

    void clipboardForgetsTheUserSigUnlessTheUserCopiedSinceThen()
    {
        openWindow();
        QTest::mouseClick(loadButton(), Qt::LeftButton);
        waitIdle();
        auto *guard = window()->findChild<ClipboardGuard *>();
        QVERIFY(guard);

        // The confirmation says how long the UserSig stays.
        const QString said = copyWithFullUserSig();
        QVERIFY2(said.contains(QStringLiteral("30 seconds")), qPrintable(said));
        const QString full = QApplication::clipboard()->text();
        QVERIFY(full.contains(QStringLiteral("usersig=eJ")));
        // Clipboard managers that honour the hint keep it out of their history.
        QCOMPARE(QApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
            QByteArray("secret"));

        guard->setClearInterval(std::chrono::milliseconds(200));
        copyWithFullUserSig();
        QCOMPARE(QApplication::clipboard()->text(), full);
        QTRY_VERIFY(QApplication::clipboard()->text().isEmpty());

        // Copied again, then the user copies something of their own: that stays.
        QSignalSpy expired(guard, &ClipboardGuard::expired);
        copyWithFullUserSig();
        QCOMPARE(QApplication::clipboard()->text(), full);
        QApplication::clipboard()->setText(QStringLiteral("the user's own text"));
        QVERIFY(expired.wait());
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("the user's own text"));
    }

    void closingTheWindowTakesTheUserSigOffTheClipboard()
    {
        openWindow();
        QTest::mouseClick(loadButton(), Qt::LeftButton);
        waitIdle();
        copyWithFullUserSig();
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("usersig=eJ")));
        m_window.reset();
        QVERIFY(QApplication::clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(TestCopyCurl)
#include "tst_copycurl.moc"
