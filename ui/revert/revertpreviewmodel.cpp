#include "revert/revertpreviewmodel.h"

#include "history/historymodel.h"
#include "profile/fieldvalidator.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace {

QString valueText(const QString &tag, const QJsonValue &value)
{
    if (value.isUndefined()) {
        return RevertPreviewModel::tr("(not set)");
    }
    const QString text = FieldValidator::displayText(tag, value);
    //: A profile value that is empty text, in the revert preview.
    return text.isEmpty() ? RevertPreviewModel::tr("(empty)") : text;
}

} // namespace

void RevertPreviewModel::setPlan(const RevertPlan &plan)
{
    beginResetModel();
    m_lines.clear();
    m_linesOfAccount.clear();
    for (const RevertField &field : plan.fields()) {
        m_linesOfAccount[field.account].append(int(m_lines.size()));
        m_lines.append({ field, QJsonValue(QJsonValue::Undefined), Status::Reading, {} });
    }
    endResetModel();
}

void RevertPreviewModel::setPreview(
    const RevertPlan &plan, const QList<PreviewRow> &preview, const RevertPlan::Built &built)
{
    const QList<RevertStep> steps = plan.steps(preview, built); // one per field, in the plan's order
    for (int index = 0; index < m_lines.size() && index < steps.size(); ++index) {
        const RevertStep &step = steps.at(index);
        Line &line = m_lines[index];
        line.now = step.now;
        line.answer.clear();
        switch (step.action) {
        case RevertStep::Action::Write:
            line.status = Status::Write;
            break;
        case RevertStep::Action::AlreadyBack:
            line.status = Status::AlreadyBack;
            break;
        case RevertStep::Action::Conflict:
            line.status = step.overwritten ? Status::Overwrite : Status::Conflict;
            break;
        case RevertStep::Action::AccountMissing:
            line.status = Status::AccountMissing;
            break;
        case RevertStep::Action::FieldRefused:
            line.status = Status::FieldRefused;
            break;
        }
    }
    if (!m_lines.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void RevertPreviewModel::updateRows(const WriteJob &job, const QList<int> &rowIndexes, bool ended)
{
    for (const int rowIndex : rowIndexes) {
        const JobRow &row = job.rows.at(rowIndex);
        for (const int index : m_linesOfAccount.value(row.account)) {
            Line &line = m_lines[index];
            if (!findChange(row.changes, line.field.tag)) {
                continue; // not written: a conflict left out, or already back
            }
            switch (row.state) {
            case RowState::Pending:
                line.status = ended ? Status::NotSent : line.status;
                break;
            case RowState::Sent:
                // Sent and not answered when the job ended: it may have been stored.
                line.status = ended ? Status::Unknown : line.status;
                break;
            case RowState::Ok:
                line.status = row.didNotStick.contains(line.field.tag) ? Status::DidNotStick : Status::Ok;
                break;
            case RowState::Failed:
                line.status = Status::Failed;
                line.answer = row.errorCode > 0
                    ? tr("FAIL %1 %2").arg(row.errorCode).arg(row.errorInfo).trimmed()
                    : (row.httpStatus > 0 ? tr("HTTP %1").arg(row.httpStatus) : tr("Not sent"));
                break;
            case RowState::Unknown:
                line.status = Status::Unknown;
                break;
            case RowState::Unchanged:
            case RowState::Skipped:
                break;
            }
            Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
        }
    }
}

int RevertPreviewModel::count(Status status) const
{
    return int(std::count_if(
        m_lines.cbegin(), m_lines.cend(), [status](const Line &line) { return line.status == status; }));
}

bool RevertPreviewModel::hasUnsetRestores() const
{
    return std::any_of(
        m_lines.cbegin(), m_lines.cend(), [](const Line &line) { return line.field.wasNotSet; });
}

int RevertPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int RevertPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RevertPreviewModel::restoreText(const Line &line) const
{
    const QString value = valueText(line.field.tag, line.field.restore);
    //: A field that had no value before: portrait_set cannot remove it, so its empty value is written.
    return line.field.wasNotSet ? tr("%1 (was not set: its empty value is written)").arg(value) : value;
}

QString RevertPreviewModel::statusText(const Line &line) const
{
    switch (line.status) {
    case Status::Reading:
        return tr("Reading…");
    case Status::Write:
        return tr("Will be put back");
    case Status::Conflict:
        return tr("Conflict: changed since; skipped");
    case Status::Overwrite:
        return tr("Conflict: changed since; will be overwritten");
    case Status::AlreadyBack:
        return tr("Already holds the old value");
    case Status::AccountMissing:
        return tr("The account does not exist");
    case Status::FieldRefused:
        return tr("The server refuses this field");
    case Status::Ok:
        return tr("Put back");
    case Status::DidNotStick:
        return tr("Written, but the server holds something else");
    case Status::Failed:
        return tr("Failed: %1").arg(line.answer);
    case Status::Unknown:
        return tr("Unknown: sent, and no answer came");
    case Status::NotSent:
        return tr("Not sent");
    }
    Q_UNREACHABLE();
}

QVariant RevertPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const Line &line = m_lines.at(index.row());
    const bool conflict = line.status == Status::Conflict || line.status == Status::Overwrite;
    const bool problem = line.status == Status::Failed || line.status == Status::Unknown
        || line.status == Status::DidNotStick || line.status == Status::AccountMissing
        || line.status == Status::FieldRefused;
    if (role == Qt::BackgroundRole && (conflict || problem)) {
        // The words say it too (the Status column); the colour only draws the eye.
        return QBrush(conflict ? QColor(255, 230, 160) : QColor(255, 205, 200));
    }
    if (role == Qt::ForegroundRole && (conflict || problem)) {
        return QBrush(Qt::black);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case AccountColumn:
        return line.field.account;
    case FieldColumn:
        return role == Qt::ToolTipRole ? line.field.tag : HistoryModel::fieldName(line.field.tag);
    case WroteColumn:
        return valueText(line.field.tag, line.field.weWrote);
    case NowColumn:
        return line.status == Status::Reading ? QString() : valueText(line.field.tag, line.now);
    case WouldWriteColumn:
        return restoreText(line);
    case StatusColumn:
        return statusText(line);
    default:
        return {};
    }
}

QVariant RevertPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case FieldColumn:
        return tr("Field");
    case WroteColumn:
        return tr("We wrote");
    case NowColumn:
        return tr("Now on the server");
    case WouldWriteColumn:
        return tr("Revert writes");
    case StatusColumn:
        return tr("What happens");
    default:
        return {};
    }
}
