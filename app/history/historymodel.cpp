#include "history/historymodel.h"

#include "profile/fieldschema.h"
#include "profile/fieldvalidator.h"

#include <QLocale>
#include <QSet>

namespace {

// A child's internal id is its operation's row + 1; an operation's is 0.
constexpr quintptr kOperationId = 0;

QString timeText(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

// Records written by one Apply before operations had ids.
bool sameLegacyApply(const ChangeRecord &a, const ChangeRecord &b)
{
    return a.jobId == 0 && b.jobId == 0 && a.at == b.at && a.connectionId == b.connectionId
        && a.connection == b.connection && a.account == b.account;
}

} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void HistoryModel::setRecords(QList<ChangeRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    m_operations.clear();
    QHash<qint64, int> operationOfJob;
    for (int i = 0; i < m_records.size(); ++i) {
        const ChangeRecord &r = m_records.at(i);
        int operation = -1;
        if (r.jobId != 0) {
            operation = operationOfJob.value(r.jobId, -1);
        } else if (i > 0 && sameLegacyApply(m_records.at(i - 1), r)) {
            operation = static_cast<int>(m_operations.size()) - 1;
        }
        if (operation < 0) {
            operation = static_cast<int>(m_operations.size());
            m_operations.append(Operation {});
            if (r.jobId != 0) {
                operationOfJob.insert(r.jobId, operation);
            }
        }
        Operation &o = m_operations[operation];
        o.changes.append(i);
        switch (r.state) {
        case ChangeRecord::State::Ok:
            ++o.ok;
            break;
        case ChangeRecord::State::Failed:
            ++o.failed;
            break;
        case ChangeRecord::State::Pending:
        case ChangeRecord::State::Unknown:
            ++o.unknown;
            break;
        }
    }
    for (Operation &o : m_operations) {
        QSet<QString> accounts;
        for (int i : std::as_const(o.changes)) {
            accounts.insert(m_records.at(i).account);
        }
        o.accounts = static_cast<int>(accounts.size());
    }
    endResetModel();
}

QList<ChangeRecord> HistoryModel::changesAt(const QModelIndex &index) const
{
    QList<ChangeRecord> changes;
    if (!index.isValid() || index.model() != this) {
        return changes;
    }
    if (index.internalId() != kOperationId) {
        changes.append(
            m_records.at(m_operations.at(static_cast<int>(index.internalId() - 1)).changes.at(index.row())));
        return changes;
    }
    for (int i : m_operations.at(index.row()).changes) {
        changes.append(m_records.at(i));
    }
    return changes;
}

bool HistoryModel::isOperation(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == kOperationId;
}

QString HistoryModel::fieldName(const QString &tag)
{
    const std::optional<FieldSpec> spec = FieldSchema::fieldFor(tag);
    return spec && !spec->custom ? spec->displayName() : tag;
}

QString HistoryModel::operationKey(int row) const
{
    const ChangeRecord &newest = m_records.at(m_operations.at(row).changes.constFirst());
    return newest.jobId != 0 ? QStringLiteral("job %1").arg(newest.jobId)
                             : QStringLiteral("change %1").arg(newest.id);
}

QModelIndex HistoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    return parent.isValid() ? createIndex(row, column, static_cast<quintptr>(parent.row()) + 1)
                            : createIndex(row, column, kOperationId);
}

QModelIndex HistoryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kOperationId) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kOperationId);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_operations.size());
    }
    if (parent.column() != 0 || parent.internalId() != kOperationId) {
        return 0;
    }
    return static_cast<int>(m_operations.at(parent.row()).changes.size());
}

int HistoryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    if (index.internalId() == kOperationId) {
        return operationText(m_operations.at(index.row()), index.column());
    }
    const ChangeRecord &r
        = m_records.at(m_operations.at(static_cast<int>(index.internalId() - 1)).changes.at(index.row()));
    if (role == Qt::ToolTipRole && index.column() == FieldColumn) {
        return r.tag;
    }
    return changeText(r, index.column());
}

QString HistoryModel::operationText(const Operation &operation, int column) const
{
    const ChangeRecord &newest = m_records.at(operation.changes.constFirst());
    const int changes = static_cast<int>(operation.changes.size());
    switch (column) {
    case WhenColumn:
        return timeText(newest.at);
    case ConnectionColumn:
        return newest.connection;
    case AccountColumn:
        return operation.accounts == 1 ? newest.account
                                       : tr("%1 accounts").arg(QLocale().toString(operation.accounts));
    case FieldColumn:
        // Spelled out rather than with %n: English has no translation file to pick the plural.
        if (operation.accounts > 1) {
            return tr("bulk: %1 accounts").arg(QLocale().toString(operation.accounts));
        }
        return changes == 1 ? tr("1 field on 1 account")
                            : tr("%1 fields on 1 account").arg(QLocale().toString(changes));
    case ResultColumn: {
        QStringList counts;
        if (operation.ok > 0) {
            counts << tr("%1 OK").arg(QLocale().toString(operation.ok));
        }
        if (operation.failed > 0) {
            counts << tr("%1 failed").arg(QLocale().toString(operation.failed));
        }
        if (operation.unknown > 0) {
            counts << tr("%1 unknown").arg(QLocale().toString(operation.unknown));
        }
        return counts.join(tr(", "));
    }
    default:
        return {};
    }
}

QString HistoryModel::changeText(const ChangeRecord &r, int column)
{
    const auto value = [&r](const QJsonValue &v) {
        return v.isUndefined() ? tr("(not set)") : FieldValidator::displayText(r.tag, v);
    };
    switch (column) {
    case WhenColumn:
        return timeText(r.at);
    case ConnectionColumn:
        return r.connection;
    case AccountColumn:
        return r.account;
    case FieldColumn:
        return fieldName(r.tag);
    case BeforeColumn:
        return value(r.oldValue);
    case AfterColumn:
        return value(r.newValue);
    case ResultColumn:
        return r.resultText();
    case RandomColumn:
        return QString::number(r.random);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ConnectionColumn:
        return tr("Connection");
    case AccountColumn:
        return tr("Account");
    case FieldColumn:
        return tr("Field");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case ResultColumn:
        return tr("Result");
    case RandomColumn:
        return QStringLiteral("random"); // the API's name, quoted in tickets
    default:
        return {};
    }
}
