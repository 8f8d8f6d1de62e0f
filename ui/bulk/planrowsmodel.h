#pragma once

#include "bulk/changeplan.h"

#include <QAbstractTableModel>
#include <QHash>

// The rows of a bulk edit's input as read: ticked when the row can be sent, unticked and marked
// with its problems when not (the user fixes the input, or leaves those rows out).
class PlanRowsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SendColumn, LineColumn, AccountColumn, ValuesColumn, ProblemsColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPlan(const ChangePlan &plan);
    // The model row of an input line, or -1 (the header, a line without a row).
    int rowOfLine(int line) const { return m_rowOfLine.value(line, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ChangePlan m_plan;
    QHash<int, int> m_rowOfLine;
    QHash<int, QString> m_problemsOfLine;
};
