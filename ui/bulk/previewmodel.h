#pragma once

#include "jobs/planpreview.h"

#include <QAbstractTableModel>
#include <QHash>

// A bulk edit's dry run, one row per account: what it holds now and what it will hold, per
// field ("Anna → Ann"), fields already as asked, accounts that do not exist and refused tags.
class PreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, AccountColumn, OutcomeColumn, FirstFieldColumn };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<PreviewRow> &rows);
    void clear() { setRows({}); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Anna → Ann" as the cells show a change, for dialogs that sample a few.
    static QString changeText(const FieldChange &change);

private:
    QString outcomeText(const PreviewRow &row) const;
    QString fieldText(const PreviewRow &row, const QString &tag) const;

    QList<PreviewRow> m_rows;
    QStringList m_tags; // one column each, in the order the input names them
};
