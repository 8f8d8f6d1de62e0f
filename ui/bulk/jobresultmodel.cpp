#include "bulk/jobresultmodel.h"

#include "profile/fieldschema.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace {

QString fieldName(const QString &tag)
{
    const FieldSpec *spec = FieldSchema::standardField(tag);
    return spec ? spec->shortName : tag;
}

// Why a row failed or was skipped before anything was sent (JobRow::reason is an untranslated key).
QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("account-missing")) {
        return JobResultModel::tr("the account does not exist");
    }
    if (reason == QLatin1String("tag-refused")) {
        return JobResultModel::tr("the server refuses a field");
    }
    if (reason == QLatin1String("invalid-input")) {
        return JobResultModel::tr("invalid input row");
    }
    if (reason == QLatin1String("http-status")) {
        return JobResultModel::tr("the server answered with an HTTP error");
    }
    return reason;
}

} // namespace

void JobResultModel::setJob(const WriteJob &job)
{
    beginResetModel();
    m_rows = job.rows;
    endResetModel();
}

void JobResultModel::updateRows(const WriteJob &job, QList<int> rowIndexes)
{
    std::sort(rowIndexes.begin(), rowIndexes.end());
    int first = -1;
    int last = -1;
    const auto flush = [this, &first, &last] {
        if (first >= 0) {
            Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
        }
    };
    for (const int row : std::as_const(rowIndexes)) {
        if (row < 0 || row >= m_rows.size() || row >= job.rows.size()) {
            continue;
        }
        m_rows[row] = job.rows.at(row);
        if (row == last + 1 && first >= 0) {
            last = row;
            continue;
        }
        if (row == last) {
            continue;
        }
        flush();
        first = last = row;
    }
    flush();
}

int JobResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobResultModel::outcomeText(const JobRow &row)
{
    switch (row.state) {
    case RowState::Pending:
        return tr("Waiting");
    case RowState::Sent:
        return tr("Sent, no answer yet");
    case RowState::Ok: {
        if (row.didNotStick.isEmpty()) {
            return tr("OK");
        }
        QStringList names;
        for (const QString &tag : row.didNotStick) {
            names.append(fieldName(tag));
        }
        return tr("OK, but did not stick: %1").arg(names.join(QStringLiteral(", ")));
    }
    case RowState::Unchanged:
        return tr("Unchanged (already as asked)");
    case RowState::Failed:
        return row.reason.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(reasonText(row.reason));
    case RowState::Skipped:
        return row.reason.isEmpty() ? tr("Skipped") : tr("Skipped: %1").arg(reasonText(row.reason));
    case RowState::Unknown:
        return tr("Unknown: sent, but no answer came");
    }
    return {};
}

QVariant JobResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const JobRow &row = m_rows.at(index.row());
    if (role == StateRole) {
        return int(row.state);
    }
    const bool bad
        = row.state == RowState::Failed || row.state == RowState::Unknown || !row.didNotStick.isEmpty();
    if (role == Qt::BackgroundRole && bad) {
        return QBrush(QColor(255, 205, 200)); // the outcome says it in words too
    }
    if (role == Qt::ForegroundRole && bad) {
        return QBrush(Qt::black);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    const bool answered = row.state == RowState::Ok || row.state == RowState::Failed;
    switch (index.column()) {
    case LineColumn:
        return row.line > 0 ? QVariant(row.line) : QVariant();
    case AccountColumn:
        return row.account;
    case OutcomeColumn:
        return outcomeText(row);
    case ErrorCodeColumn:
        return answered && row.reason.isEmpty() ? QVariant(row.errorCode) : QVariant();
    case ErrorInfoColumn:
        return row.errorInfo;
    case ErrorDisplayColumn:
        return row.errorDisplay;
    case FieldsColumn: {
        QStringList names;
        for (const FieldChange &change : row.changes) {
            names.append(fieldName(change.tag));
        }
        return names.join(QStringLiteral(", "));
    }
    case RandomColumn:
        return row.random != 0 ? QVariant(QString::number(row.random)) : QVariant();
    }
    return {};
}

QVariant JobResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LineColumn:
        return tr("Line");
    case AccountColumn:
        return tr("Account");
    case OutcomeColumn:
        return tr("Outcome");
    case ErrorCodeColumn:
        return QStringLiteral("ErrorCode"); // the API's own names, as the results pane shows them
    case ErrorInfoColumn:
        return QStringLiteral("ErrorInfo");
    case ErrorDisplayColumn:
        return QStringLiteral("ErrorDisplay");
    case FieldsColumn:
        return tr("Fields written");
    case RandomColumn:
        return QStringLiteral("random");
    }
    return {};
}

void FailedRowsFilter::setOnlyFailed(bool only)
{
    if (only == m_onlyFailed) {
        return;
    }
    m_onlyFailed = only;
    invalidateFilter();
}

bool FailedRowsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_onlyFailed) {
        return true;
    }
    const auto state
        = RowState(sourceModel()->index(sourceRow, 0, sourceParent).data(JobResultModel::StateRole).toInt());
    return state == RowState::Failed || state == RowState::Unknown;
}
