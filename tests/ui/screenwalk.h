// Reads everything the application puts on screen, in every window and dialog, hidden tabs
// included, to look for what must not be there.
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>

namespace ScreenWalk {

// One piece of text a person (or a screen reader) can get from the screen, and where it is.
struct ScreenText
{
    QString where;
    QString text;
};

inline void addItemViewTexts(
    QAbstractItemModel *model, const QModelIndex &parent, const QString &where, QList<ScreenText> *out)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (const int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                     int(Qt::StatusTipRole), int(Qt::WhatsThisRole) }) {
                out->append({ QStringLiteral("%1 [%2,%3] role %4").arg(where).arg(row).arg(column).arg(role),
                    index.data(role).toString() });
            }
            if (model->hasChildren(index)) {
                addItemViewTexts(model, index, where, out);
            }
        }
    }
    for (const Qt::Orientation orientation : { Qt::Horizontal, Qt::Vertical }) {
        const int count
            = orientation == Qt::Horizontal ? model->columnCount(parent) : model->rowCount(parent);
        for (int section = 0; section < count && !parent.isValid(); ++section) {
            for (const int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) }) {
                out->append({ where + QStringLiteral(" header"),
                    model->headerData(section, orientation, role).toString() });
            }
        }
    }
}

inline void addActionTexts(QAction *action, const QString &where, QList<ScreenText> *out)
{
    out->append({ where + QStringLiteral(" action text"), action->text() });
    out->append({ where + QStringLiteral(" action toolTip"), action->toolTip() });
    out->append({ where + QStringLiteral(" action statusTip"), action->statusTip() });
    out->append({ where + QStringLiteral(" action whatsThis"), action->whatsThis() });
}

// Every text one widget shows or tells: its own text in whatever form the class has one, its
// title, tooltip, status tip, "What's this", accessible name and description, its actions, and
// for item views every cell's display, tooltip and accessible text.
inline void addWidgetTexts(QWidget *widget, QList<ScreenText> *out)
{
    const QString where
        = QStringLiteral("%1 \"%2\"")
              .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    const auto add = [&](const char *what, const QString &text) {
        out->append({ where + QLatin1Char(' ') + QLatin1String(what), text });
    };
    add("windowTitle", widget->windowTitle());
    add("toolTip", widget->toolTip());
    add("statusTip", widget->statusTip());
    add("whatsThis", widget->whatsThis());
    add("accessibleName", widget->accessibleName());
    add("accessibleDescription", widget->accessibleDescription());
    if (auto *label = qobject_cast<QLabel *>(widget)) {
        add("text", label->text());
    } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        add("displayText", edit->displayText()); // what is drawn: dots for a password field
        if (edit->text().isEmpty()) {
            add("placeholderText", edit->placeholderText());
        }
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        add("plainText", plain->toPlainText());
    } else if (auto *rich = qobject_cast<QTextEdit *>(widget)) {
        add("plainText", rich->toPlainText());
    } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        add("text", button->text());
    } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
        add("title", group->title());
    } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i) {
            add("tabText", tabs->tabText(i));
            add("tabToolTip", tabs->tabToolTip(i));
        }
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        add("currentText", combo->currentText());
    } else if (auto *status = qobject_cast<QStatusBar *>(widget)) {
        add("currentMessage", status->currentMessage());
    }
    if (auto *box = qobject_cast<QMessageBox *>(widget)) {
        add("text", box->text());
        add("informativeText", box->informativeText());
        add("detailedText", box->detailedText());
    }
    // A header view shows its table's model: its sections are read with the table.
    if (auto *view = qobject_cast<QAbstractItemView *>(widget);
        view && view->model() && !qobject_cast<QHeaderView *>(view)) {
        addItemViewTexts(view->model(), view->rootIndex(), where, out);
    }
    for (QAction *action : widget->actions()) {
        addActionTexts(action, where, out);
        if (action->menu()) {
            for (QAction *item : action->menu()->actions()) {
                addActionTexts(item, where, out);
            }
        }
    }
}

// Every text of every top-level widget of the application (the window, its dialogs and message
// boxes) and of all their children, hidden ones included: a hidden tab is one click away.
inline QList<ScreenText> screenTexts()
{
    QList<ScreenText> texts;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        addWidgetTexts(top, &texts);
        for (QWidget *widget : top->findChildren<QWidget *>()) {
            addWidgetTexts(widget, &texts);
        }
    }
    return texts;
}

// The places where needle appears on screen, one per line; empty when it appears nowhere.
inline QString placesShowing(const QString &needle)
{
    QStringList places;
    for (const ScreenText &text : screenTexts()) {
        if (text.text.contains(needle)) {
            places.append(text.where + QStringLiteral(": ") + text.text.left(200));
        }
    }
    return places.join(QLatin1Char('\n'));
}

// What a tooltip shows: QToolTip renders text that looks like rich text as HTML.
inline QString renderedToolTip(const QString &toolTip)
{
    if (!Qt::mightBeRichText(toolTip)) {
        return toolTip;
    }
    QTextDocument document;
    document.setHtml(toolTip);
    return document.toPlainText();
}

} // namespace ScreenWalk
