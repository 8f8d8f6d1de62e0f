#pragma once

#include "mainwindow/mainwindow.h"
#include "profile/profiletablemodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>

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

} // namespace WindowDriver
