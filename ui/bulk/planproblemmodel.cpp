#include "bulk/planproblemmodel.h"

void PlanProblemModel::setPlan(const ChangePlan &plan)
{
    beginResetModel();
    m_problems = plan.problems();
    endResetModel();
}

int PlanProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int PlanProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanProblemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const PlanProblem &problem = m_problems.at(index.row());
    switch (index.column()) {
    case WhereColumn:
        return ChangePlan::location(problem);
    case ProblemColumn:
        return problem.message;
    }
    return {};
}

QVariant PlanProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case WhereColumn:
        return tr("Where");
    case ProblemColumn:
        return tr("Problem");
    }
    return {};
}
