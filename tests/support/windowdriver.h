#pragma once

#include "mainwindow/mainwindow.h"
#include "profile/profiletablemodel.h"
#include "sandbox/sandboxdemo.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

// Drives the real main window with QTest events through the widgets a person touches, for tests
// that need a whole session to have happened (header-only, for tests that link cpc_ui). Each step
// is a void function that fails the running test; check QTest::currentTestFailed() after it.
namespace WindowDriver {

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found) {
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    }
    return found;
}

inline QString headline(QWidget *window)
{
    return child<QLabel>(window, "resultHeadline")->text();
}

inline void waitIdle(QWidget *window)
{
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(window, "loadButton")->isEnabled(), 15000);
}

// Clicks Load and waits for an OK answer.
inline void load(QWidget *window)
{
    QTest::mouseClick(child<QPushButton>(window, "loadButton"), Qt::LeftButton);
    waitIdle(window);
    QVERIFY2(headline(window).contains(QStringLiteral("OK")), qPrintable(headline(window)));
}

// Double-clicks the value cell of `tag`, types `text` over it and presses Enter.
inline void editValue(QWidget *window, const QString &tag, const QString &text)
{
    auto *table = child<QTableView>(window, "profileTable");
    auto *model = qobject_cast<ProfileTableModel *>(table->model());
    QVERIFY(model);
    const QModelIndex index = model->index(model->rowOfTag(tag), ProfileTableModel::ValueColumn);
    QVERIFY(index.isValid());
    table->scrollTo(index);
    const QPoint centre = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    auto *line = qobject_cast<QLineEdit *>(table->indexWidget(index));
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, text);
    const QPointer<QWidget> guard(line);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(model->state(model->rowOfTag(tag)), ProfileTableModel::RowState::Changed);
}

// Clicks Apply and waits for an OK answer.
inline void apply(QWidget *window)
{
    QTest::mouseClick(child<QPushButton>(window, "applyButton"), Qt::LeftButton);
    waitIdle(window);
    QVERIFY2(headline(window).startsWith(QStringLiteral("Apply")), qPrintable(headline(window)));
    QVERIFY2(headline(window).contains(QStringLiteral("OK")), qPrintable(headline(window)));
}

// The visible dialog or message box named `name`, once it is on screen; nullptr (and the running
// test failed) when it does not come.
template<typename Dialog> Dialog *waitForDialog(QWidget *window, const char *name)
{
    Dialog *dialog = nullptr;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = window->findChild<Dialog *>(QLatin1String(name))) && dialog->isVisible(), 10000);
    }();
    return dialog;
}

// Clicks the box's button with the given role, as a person does; false when it has none.
inline bool clickButtonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == role) {
            QTest::mouseClick(button, Qt::LeftButton);
            return true;
        }
    }
    return false;
}

// Presses the button named `button` of the modal box named `box` as soon as it shows, while the
// window waits in the box's exec(); the flag returned says whether it did. A box without that
// button is rejected, so the test fails on the flag instead of hanging.
inline std::shared_ptr<bool> answerWhenAsked(QObject *context, const QString &box, const QString &button)
{
    auto asked = std::make_shared<bool>(false);
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, box, button, asked] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != box) {
            return;
        }
        timer->stop();
        timer->deleteLater();
        if (auto *pressed = modal->findChild<QAbstractButton *>(button)) {
            *asked = true;
            QTest::mouseClick(pressed, Qt::LeftButton);
        } else if (auto *dialog = qobject_cast<QDialog *>(modal)) {
            dialog->reject();
        }
    });
    timer->start();
    return asked;
}

// Brings the results pane's tab with this (English) title to the front, as a user clicking it does.
inline void showResultTab(QWidget *window, const QString &title)
{
    QTabBar *bar = child<QTabWidget>(window, "resultTabs")->tabBar();
    int index = bar->count() - 1;
    while (index >= 0 && bar->tabText(index) != title) {
        --index;
    }
    QVERIFY2(index >= 0, qPrintable(title));
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
}

// Points the current connection at a loopback stand-in for a region: the user changes this
// connection's region to a custom endpoint (once), types the endpoint, and, since the published
// demo key stays with the Sandbox, types it again (the stand-ins accept the demo app's key).
inline void useEndpoint(QWidget *window, const QUrl &url)
{
    auto *region = child<QComboBox>(window, "regionCombo");
    const int custom = region->findData(QStringLiteral("custom"));
    if (region->currentIndex() != custom) {
        const auto asked = answerWhenAsked(
            window, QStringLiteral("regionChangeBox"), QStringLiteral("changeRegionButton"));
        region->setCurrentIndex(custom);
        QVERIFY(*asked);
    }
    auto *endpoint = child<QLineEdit>(window, "endpointEdit");
    endpoint->clear();
    QTest::keyClicks(endpoint, url.toString());
    auto *key = child<QLineEdit>(window, "secretKeyEdit");
    if (key->text().isEmpty()) {
        QTest::keyClicks(key, QString::fromUtf8(SandboxDemo::get().config.secretKey));
    }
}

} // namespace WindowDriver
