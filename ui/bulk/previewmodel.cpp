#include "bulk/previewmodel.h"

#include "profile/fieldschema.h"
#include "profile/fieldvalidator.h"

#include <QBrush>
#include <QColor>

namespace {

QString valueText(const QString &tag, const QJsonValue &value)
{
    return value.isUndefined() ? PreviewModel::tr("(not set)") : FieldValidator::displayText(tag, value);
}

void appendTag(QStringList *tags, const QString &tag)
{
    if (!tags->contains(tag)) {
        tags->append(tag);
    }
}

} // namespace

QString PreviewModel::changeText(const FieldChange &change)
{
    //: A field in the bulk edit preview: what the server holds now, then what will be written.
    return tr("%1 → %2").arg(valueText(change.tag, change.oldValue), valueText(change.tag, change.newValue));
}

void PreviewModel::setRows(const QList<PreviewRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_tags.clear();
    for (const PreviewRow &row : m_rows) {
        for (const FieldChange &change : row.changes) {
            appendTag(&m_tags, change.tag);
        }
        for (const FieldChange &equal : row.alreadyEqual) {
            appendTag(&m_tags, equal.tag);
        }
        for (const QString &tag : row.refusedTags) {
            appendTag(&m_tags, tag);
        }
    }
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFieldColumn + int(m_tags.size());
}

QString PreviewModel::outcomeText(const PreviewRow &row) const
{
    if (row.accountMissing) {
        return tr("Account does not exist");
    }
    if (!row.refusedTags.isEmpty()) {
        return tr("Fields refused by the server: %1").arg(row.refusedTags.join(QStringLiteral(", ")));
    }
    if (row.changes.isEmpty()) {
        return tr("Already as asked");
    }
    const int fields = int(row.changes.size());
    return fields == 1 ? tr("Will change %Ln field", nullptr, fields)
                       : tr("Will change %Ln fields", nullptr, fields);
}

QString PreviewModel::fieldText(const PreviewRow &row, const QString &tag) const
{
    for (const FieldChange &change : row.changes) {
        if (change.tag == tag) {
            return changeText(change);
        }
    }
    for (const FieldChange &equal : row.alreadyEqual) {
        if (equal.tag == tag) {
            //: A preview cell whose field already holds the value asked for (nothing is sent).
            return tr("= %1").arg(valueText(tag, equal.newValue));
        }
    }
    if (row.refusedTags.contains(tag)) {
        return tr("refused");
    }
    return {};
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const PreviewRow &row = m_rows.at(index.row());
    const bool problem = row.accountMissing || !row.refusedTags.isEmpty();
    if (role == Qt::BackgroundRole && problem) {
        return QBrush(QColor(255, 205, 200));
    }
    if (role == Qt::ForegroundRole && problem) {
        return QBrush(Qt::black);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case LineColumn:
        return role == Qt::DisplayRole ? QVariant(row.line) : QVariant(tr("Line %1").arg(row.line));
    case AccountColumn:
        return row.account;
    case OutcomeColumn:
        return outcomeText(row);
    default:
        return fieldText(row, m_tags.at(index.column() - FirstFieldColumn));
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LineColumn:
        return tr("Line");
    case AccountColumn:
        return tr("Account");
    case OutcomeColumn:
        return tr("Preview");
    default: {
        const QString &tag = m_tags.at(section - FirstFieldColumn);
        if (role == Qt::ToolTipRole) {
            return tag;
        }
        const FieldSpec *spec = FieldSchema::standardField(tag);
        return spec ? spec->displayName() : tag;
    }
    }
}
