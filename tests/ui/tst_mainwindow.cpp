// The real main window, driven offscreen with QTest events.
#include "mainwindow/mainwindow.h"

#include "appinfo/appinfo.h"

#include <QAction>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::applyToApplication();
    }

    void opensWithTitleMenusAndStatusBar()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Chat Profile Console"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionQuit")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionAbout")));
        QVERIFY(window.statusBar()->isVisible());
    }

    void aboutShowsTheVersionAndTheQtVersion()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"))) != nullptr);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(AppInfo::version()));
        QVERIFY(box->informativeText().contains(QString::fromLatin1(qVersion())));
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("aboutBox")));
    }

    void quitClosesTheWindow()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
