#pragma once

#include "profile/profiletablemodel.h"

#include <QStyledItemDelegate>

// Edits and paints the cells of a ProfileTableModel: the right editor for each field kind (labelled
// combo boxes for enums, a date editor for BirthDay, full-range uint32 spin boxes, a checkbox for
// MsgSettings bit 0, byte-counting text fields), and each row's state by colour AND icon, next to
// the model's text, tooltip and accessible text, so colour is never the only signal.
class ProfileFieldDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    // Writes nothing when the user left the editor untouched, so merely opening a cell never turns
    // a field into a change (or rewrites a value the server holds in a form the editor cannot show).
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    // Tooltips quote values as the server holds them: shown as typed, never as HTML.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    // Translucent, so it reads on light and dark palettes alike; invalid QColor for "no tint".
    static QColor stateBackground(ProfileTableModel::RowState state);
    // The model's freedesktop icon name, with a style icon when the theme has none.
    static QIcon stateIcon(const QString &iconName, const QStyle *style);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    static QVariant editorValue(const QWidget *editor);
};
