#include "profile/profilefielddelegate.h"

#include "presentation/plaintext.h"
#include "profile/bytecountinglineedit.h"
#include "profile/fieldschema.h"
#include "profile/uint32spinbox.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHelpEvent>
#include <QToolTip>

#include <limits>

namespace {

using Model = ProfileTableModel;

const char *const InitialValueProperty = "cpcInitialValue";
const char *const MessageSettingsProperty = "cpcMessageSettings";

// The date editor's minimum stands for 0, "not set"; real birthdays start the day after.
const QDate NotSetDate(999, 12, 31);

QDate dateFromNumber(qlonglong yyyymmdd)
{
    const QDate date(int(yyyymmdd / 10000), int(yyyymmdd / 100 % 100), int(yyyymmdd % 100));
    return date.isValid() && date > NotSetDate ? date : NotSetDate;
}

qlonglong numberFromDate(const QDate &date)
{
    return date <= NotSetDate ? 0 : qlonglong(date.year()) * 10000 + date.month() * 100 + date.day();
}

QWidget *createChoiceEditor(QWidget *parent, const QModelIndex &index)
{
    auto *combo = new QComboBox(parent);
    const QStringList values = index.data(Model::ChoiceValuesRole).toStringList();
    const QStringList labels = index.data(Model::ChoiceLabelsRole).toStringList();
    for (int i = 0; i < values.size(); ++i) {
        combo->addItem(labels.value(i, values.at(i)), values.at(i));
        combo->setItemData(i, values.at(i), Qt::ToolTipRole);
    }
    return combo;
}

QWidget *createDateEditor(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setDateRange(NotSetDate, QDate(9999, 12, 31));
    edit->setSpecialValueText(ProfileFieldDelegate::tr("Not set"));
    return edit;
}

QWidget *createTextEditor(QWidget *parent, const QModelIndex &index)
{
    auto *edit = new ByteCountingLineEdit(parent);
    const std::optional<FieldSpec> spec = FieldSchema::fieldFor(index.data(Model::TagRole).toString());
    edit->setLimits(index.data(Model::MaxBytesRole).toInt(), index.data(Model::WarningBytesRole).toInt(),
        spec ? spec->warningReason() : QString());
    return edit;
}

} // namespace

QWidget *ProfileFieldDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != Model::ValueColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    // createEditor is const by Qt's signature, but committing is a (non-const) signal.
    auto *self = const_cast<ProfileFieldDelegate *>(this);
    QWidget *editor = nullptr;
    switch (EditorKind(index.data(Model::EditorKindRole).toInt())) {
    case EditorKind::Choice: {
        auto *combo = static_cast<QComboBox *>(createChoiceEditor(parent, index));
        // A choice is complete the moment it is made: commit without waiting for Enter.
        connect(combo, &QComboBox::activated, self, [self, combo] { Q_EMIT self->commitData(combo); });
        editor = combo;
        break;
    }
    case EditorKind::Date:
        editor = createDateEditor(parent);
        break;
    case EditorKind::Number:
        editor = new UInt32SpinBox(parent);
        break;
    case EditorKind::MessageSettings: {
        auto *box = new QCheckBox(tr("Do not receive messages"), parent);
        box->setAutoFillBackground(true);
        connect(box, &QCheckBox::toggled, self, [self, box] { Q_EMIT self->commitData(box); });
        editor = box;
        break;
    }
    case EditorKind::Text:
        editor = createTextEditor(parent, index);
        break;
    }
    editor->setAccessibleName(index.siblingAtColumn(Model::FieldColumn).data().toString());
    editor->setToolTip(PlainText::toolTip(index.data(Qt::ToolTipRole).toString()));
    return editor;
}

void ProfileFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(combo->findData(value.toString()));
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        date->setDate(dateFromNumber(value.toLongLong()));
    } else if (auto *spin = qobject_cast<UInt32SpinBox *>(editor)) {
        const qlonglong number = value.toLongLong();
        spin->setValue(number >= 0 && number <= std::numeric_limits<quint32>::max() ? quint32(number) : 0);
    } else if (auto *box = qobject_cast<QCheckBox *>(editor)) {
        const QSignalBlocker blocker(box);
        box->setProperty(MessageSettingsProperty, value.toLongLong());
        box->setChecked(value.toLongLong() & FieldSchema::MessageSettingsRejectBit);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(value.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    editor->setProperty(InitialValueProperty, editorValue(editor));
}

QVariant ProfileFieldDelegate::editorValue(const QWidget *editor)
{
    if (auto *combo = qobject_cast<const QComboBox *>(editor))
        return combo->currentData();
    if (auto *date = qobject_cast<const QDateEdit *>(editor))
        return numberFromDate(date->date());
    if (auto *spin = qobject_cast<const UInt32SpinBox *>(editor))
        return qlonglong(spin->value());
    if (auto *box = qobject_cast<const QCheckBox *>(editor)) {
        // Only bit 0 is ours to change; the other flags go back exactly as loaded.
        const qlonglong others = box->property(MessageSettingsProperty).toLongLong()
            & ~qlonglong(FieldSchema::MessageSettingsRejectBit);
        return others | (box->isChecked() ? qlonglong(FieldSchema::MessageSettingsRejectBit) : 0);
    }
    if (auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text();
    return {};
}

void ProfileFieldDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QVariant initial = editor->property(InitialValueProperty);
    if (!initial.isValid()) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    const QVariant value = editorValue(editor);
    if (value == initial)
        return;
    if (model->setData(index, value, Qt::EditRole))
        editor->setProperty(InitialValueProperty, value);
}

QColor ProfileFieldDelegate::stateBackground(ProfileTableModel::RowState state)
{
    switch (state) {
    case ProfileTableModel::RowState::Invalid:
        return QColor(220, 40, 40, 90);
    case ProfileTableModel::RowState::DidNotStick:
        return QColor(240, 150, 0, 90);
    case ProfileTableModel::RowState::Changed:
        return QColor(40, 120, 230, 50);
    case ProfileTableModel::RowState::Unchanged:
    case ProfileTableModel::RowState::NotSetOnServer:
        break;
    }
    return {};
}

QIcon ProfileFieldDelegate::stateIcon(const QString &iconName, const QStyle *style)
{
    if (iconName.isEmpty())
        return {};
    const QStyle::StandardPixmap fallback = iconName == QLatin1String("dialog-error")
        ? QStyle::SP_MessageBoxCritical
        : iconName == QLatin1String("dialog-warning") ? QStyle::SP_MessageBoxWarning
                                                      : QStyle::SP_FileDialogDetailedView;
    return QIcon::fromTheme(iconName, style->standardIcon(fallback));
}

void ProfileFieldDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant state = index.data(Model::StateRole);
    if (!state.isValid())
        return;
    if (const QColor tint = stateBackground(Model::RowState(state.toInt())); tint.isValid())
        option->backgroundBrush = tint;
    if (index.column() == Model::StateColumn) {
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = stateIcon(index.data(Model::StateIconRole).toString(), style);
        if (!option->icon.isNull())
            option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

bool ProfileFieldDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !view) {
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }
    const QString toolTip = index.data(Qt::ToolTipRole).toString();
    if (toolTip.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(event->globalPos(), PlainText::toolTip(toolTip), view->viewport(), option.rect);
    }
    return true;
}
