#pragma once

#include "bulk/changeplan.h"

#include <QAbstractTableModel>

// Every problem of a bulk edit's input, where a spreadsheet user finds it ("Line 7, column C")
// and what to do, in the plan's order (by line, then column).
class PlanProblemModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhereColumn, ProblemColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPlan(const ChangePlan &plan);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int lineOf(int row) const { return m_problems.at(row).line; }

private:
    QList<PlanProblem> m_problems;
};
