#include "bulk/planrowsmodel.h"

#include "profile/fieldschema.h"
#include "profile/fieldvalidator.h"

#include <QBrush>
#include <QColor>

namespace {

// "Nick" for a standard field, the full tag for a custom one: as the input names them.
QString fieldName(const QString &tag)
{
    const FieldSpec *spec = FieldSchema::standardField(tag);
    return spec ? spec->shortName : tag;
}

} // namespace

void PlanRowsModel::setPlan(const ChangePlan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_rowOfLine.clear();
    for (int i = 0; i < m_plan.rows().size(); ++i) {
        m_rowOfLine.insert(m_plan.rows().at(i).line, i);
    }
    // Once, not per paint: a view asks for every visible cell on every repaint.
    m_problemsOfLine.clear();
    for (const PlanProblem &problem : m_plan.problems()) {
        QString &text = m_problemsOfLine[problem.line];
        text += text.isEmpty() ? problem.message : QLatin1Char(' ') + problem.message;
    }
    endResetModel();
}

int PlanRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.rows().size());
}

int PlanRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const PlanRow &row = m_plan.rows().at(index.row());
    if (role == Qt::CheckStateRole && index.column() == SendColumn) {
        return row.valid ? Qt::Checked : Qt::Unchecked;
    }
    if (role == Qt::BackgroundRole && !row.valid) {
        return QBrush(QColor(255, 205, 200)); // with the unticked box and the problem text, not alone
    }
    if (role == Qt::ForegroundRole && !row.valid) {
        return QBrush(Qt::black); // readable on the light mark in a dark theme too
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case SendColumn:
        return row.valid ? tr("Send") : tr("Invalid");
    case LineColumn:
        return role == Qt::DisplayRole ? QVariant(row.line) : QVariant(tr("Line %1").arg(row.line));
    case AccountColumn:
        return row.account;
    case ValuesColumn: {
        QStringList values;
        for (const PlanItem &item : row.items) {
            //: A value a bulk edit row sets: the field's name, then the value.
            values.append(
                tr("%1 = %2").arg(fieldName(item.tag), FieldValidator::displayText(item.tag, item.value)));
        }
        return values.join(QStringLiteral("; "));
    }
    case ProblemsColumn:
        return m_problemsOfLine.value(row.line);
    }
    return {};
}

QVariant PlanRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SendColumn:
        return tr("Send");
    case LineColumn:
        return tr("Line");
    case AccountColumn:
        return tr("Account");
    case ValuesColumn:
        return tr("Values to set");
    case ProblemsColumn:
        return tr("Problems");
    }
    return {};
}
