#include "profile/profiletablemodel.h"

#include "errors/errorcatalogue.h"
#include "profile/customtagregistry.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// Sending "" or 0 and reading back nothing is not a lost write: the server may simply omit a
// field that holds its default.
bool sameStoredValue(const QJsonValue &sent, const QJsonValue &stored)
{
    if (stored.isUndefined())
        return sent == QJsonValue(QString()) || sent == QJsonValue(0);
    return sent == stored;
}

QJsonValue numberToJson(const QVariant &value)
{
    if (value.typeId() == QMetaType::ULongLong || value.typeId() == QMetaType::UInt) {
        const qulonglong number = value.toULongLong();
        return number <= qulonglong(std::numeric_limits<qint64>::max()) ? QJsonValue(qint64(number))
                                                                        : QJsonValue(double(number));
    }
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float)
        return value.toDouble();
    return value.toLongLong();
}

QVariant jsonToEditValue(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == std::floor(number) && std::abs(number) < 9.0e15)
            return qlonglong(number);
        return number;
    }
    if (value.isString())
        return value.toString();
    return {};
}

QHash<QString, QJsonValue> valuesByTag(const QJsonArray &items)
{
    QHash<QString, QJsonValue> values;
    for (const QJsonValue &item : items) {
        const QString tag = item.toObject().value(QLatin1String("Tag")).toString();
        if (!tag.isEmpty())
            values.insert(tag, item.toObject().value(QLatin1String("Value")));
    }
    return values;
}

} // namespace

ProfileTableModel::ProfileTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ProfileTableModel::~ProfileTableModel() = default;

void ProfileTableModel::setCustomTagRegistry(const CustomTagRegistry *registry)
{
    m_registry = registry;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProfileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ProfileTableModel::isChanged(const Row &row)
{
    return row.edited != row.loaded;
}

FieldCheck ProfileTableModel::checkValue(const Row &row, const QJsonValue &value) const
{
    const FieldCheck valueCheck = FieldValidator::check(row.spec.tag, value);
    if (valueCheck.isInvalid() || !row.spec.custom || !m_registry)
        return valueCheck;
    const FieldCheck permission = m_registry->checkWrite(row.spec.tag);
    return permission.level > valueCheck.level ? permission : valueCheck;
}

ProfileTableModel::RowState ProfileTableModel::stateOf(const Row &row) const
{
    if (row.serverError.isInvalid())
        return RowState::Invalid;
    if (!isChanged(row))
        return row.loaded.isUndefined() ? RowState::NotSetOnServer : RowState::Unchanged;
    if (checkValue(row, row.edited).isInvalid())
        return RowState::Invalid;
    return row.didNotStick ? RowState::DidNotStick : RowState::Changed;
}

QString ProfileTableModel::reasonOf(const Row &row) const
{
    switch (stateOf(row)) {
    case RowState::Invalid:
        return row.serverError.isInvalid() ? row.serverError.message : checkValue(row, row.edited).message;
    case RowState::DidNotStick:
        return tr(
            "You sent %1, but the server now holds %2. Check the value and the field's permissions, then "
            "apply again or revert.")
            .arg(valueText(row, row.edited), valueText(row, row.loaded));
    case RowState::Changed:
        if (const FieldCheck check = checkValue(row, row.edited); check.level == FieldCheck::Warning)
            return check.message;
        return row.loaded.isUndefined() ? tr("New value; the server has none yet.")
                                        : tr("Was %1 on the server.").arg(valueText(row, row.loaded));
    case RowState::NotSetOnServer:
        return tr("The server returned no value for this field.");
    case RowState::Unchanged:
        // A value stored by another tool may break the rules; say so, although it is not sent.
        return FieldValidator::check(row.spec.tag, row.loaded).message;
    }
    return {};
}

QString ProfileTableModel::valueText(const Row &row, const QJsonValue &value) const
{
    if (value.isUndefined())
        return tr("no value");
    const QString text = FieldValidator::displayText(row.spec.tag, value);
    if (row.spec.editor == EditorKind::MessageSettings && value.isDouble()) {
        const bool rejects = quint32(value.toDouble()) & FieldSchema::MessageSettingsRejectBit;
        return rejects ? tr("%1 (does not receive messages)").arg(text)
                       : tr("%1 (receives messages)").arg(text);
    }
    if (row.spec.type == ValueType::String && !row.spec.choices.isEmpty() && text != value.toString())
        return tr("%1 (%2)").arg(text, value.toString());
    return text;
}

QString ProfileTableModel::accessibleText(const Row &row, int column) const
{
    const QString state = cellData(row, StateColumn, Qt::DisplayRole).toString();
    const QString reason = reasonOf(row);
    switch (column) {
    case ValueColumn:
        return reason.isEmpty()
            ? tr("%1: %2, %3").arg(row.spec.displayName(), valueText(row, row.edited), state)
            : tr("%1: %2, %3: %4").arg(row.spec.displayName(), valueText(row, row.edited), state, reason);
    case ServerValueColumn:
        return tr("%1 on the server: %2").arg(row.spec.displayName(), valueText(row, row.loaded));
    case StateColumn:
        return reason.isEmpty() ? tr("%1: %2").arg(row.spec.displayName(), state)
                                : tr("%1: %2: %3").arg(row.spec.displayName(), state, reason);
    default:
        return cellData(row, column, Qt::DisplayRole).toString();
    }
}

QVariant ProfileTableModel::cellData(const Row &row, int column, int role) const
{
    const RowState state = stateOf(row);
    const qsizetype bytes = row.edited.isString() ? FieldValidator::utf8Bytes(row.edited.toString()) : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case FieldColumn:
            return row.spec.displayName();
        case TagColumn:
            return row.spec.tag;
        case ValueColumn:
            return row.edited.isUndefined() ? QString() : valueText(row, row.edited);
        case ServerValueColumn:
            return row.loaded.isUndefined() ? QString() : valueText(row, row.loaded);
        case SizeColumn:
            return row.spec.type == ValueType::String && row.spec.choices.isEmpty()
                ? tr("%1 / %2 bytes").arg(bytes).arg(row.spec.maxBytes)
                : QString();
        case StateColumn:
            switch (state) {
            case RowState::Unchanged:
                return tr("Unchanged");
            case RowState::Changed:
                return tr("Changed");
            case RowState::Invalid:
                return tr("Invalid");
            case RowState::NotSetOnServer:
                return tr("Not set on server");
            case RowState::DidNotStick:
                return tr("Did not stick");
            }
        }
        return {};
    case Qt::EditRole:
        return column == ValueColumn ? jsonToEditValue(row.edited) : cellData(row, column, Qt::DisplayRole);
    case Qt::ToolTipRole: {
        const QString reason = reasonOf(row);
        if (column == FieldColumn || column == TagColumn)
            return tr("%1\n%2").arg(row.spec.tag, row.spec.description());
        if (column == StateColumn || column == ValueColumn)
            return reason.isEmpty() ? row.spec.description() : reason;
        return {};
    }
    case Qt::AccessibleTextRole:
        return accessibleText(row, column);
    case TagRole:
        return row.spec.tag;
    case EditorKindRole:
        return int(row.spec.editor);
    case ValueTypeRole:
        return int(row.spec.type);
    case ChoiceValuesRole: {
        QStringList values;
        for (const FieldChoice &choice : row.spec.choices)
            values.append(choice.value);
        return values;
    }
    case ChoiceLabelsRole: {
        QStringList labels;
        for (const FieldChoice &choice : row.spec.choices)
            labels.append(choice.label());
        return labels;
    }
    case MaxBytesRole:
        return row.spec.maxBytes;
    case WarningBytesRole:
        return row.spec.warningBytes;
    case ByteCountRole:
        return int(bytes);
    case StateRole:
        return int(state);
    case StateTextRole:
        return cellData(row, StateColumn, Qt::DisplayRole);
    case StateReasonRole:
        return reasonOf(row);
    case StateIconRole:
        switch (state) {
        case RowState::Invalid:
            return QStringLiteral("dialog-error");
        case RowState::DidNotStick:
            return QStringLiteral("dialog-warning");
        case RowState::Changed:
            return checkValue(row, row.edited).level == FieldCheck::Warning ? QStringLiteral("dialog-warning")
                                                                            : QStringLiteral("document-edit");
        case RowState::Unchanged:
        case RowState::NotSetOnServer:
            return QString();
        }
        return {};
    case CheckLevelRole:
        return int(row.serverError.isInvalid() ? FieldCheck::Invalid : checkValue(row, row.edited).level);
    case JsonValueRole:
        return QVariant::fromValue(row.edited);
    case ServerJsonValueRole:
        return QVariant::fromValue(row.loaded);
    default:
        return {};
    }
}

QVariant ProfileTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cellData(m_rows.at(index.row()), index.column(), role);
}

QVariant ProfileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case TagColumn:
        return tr("Tag");
    case ValueColumn:
        return tr("Value");
    case ServerValueColumn:
        return tr("On server");
    case SizeColumn:
        return tr("Size");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

Qt::ItemFlags ProfileTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() && index.column() == ValueColumn ? base | Qt::ItemIsEditable : base;
}

QJsonValue ProfileTableModel::toJson(const Row &row, const QVariant &value) const
{
    if (value.metaType() == QMetaType::fromType<QJsonValue>())
        return value.value<QJsonValue>();
    if (value.typeId() == QMetaType::QString)
        return FieldValidator::valueFromText(row.spec.tag, value.toString());
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (value.canConvert<double>() && value.isValid())
        return numberToJson(value);
    return QJsonValue(QJsonValue::Undefined);
}

bool ProfileTableModel::refuse(const QString &reason, const QModelIndex &index)
{
    m_lastError = reason;
    if (index.isValid())
        Q_EMIT editRejected(index, reason);
    return false;
}

void ProfileTableModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool ProfileTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != ValueColumn)
        return false;
    Row &row = m_rows[index.row()];
    const QJsonValue json = toJson(row, value);
    if (json.isUndefined())
        return refuse(tr("%1 needs a value.").arg(row.spec.displayName()), index);
    if (const FieldCheck check = checkValue(row, json); check.isInvalid())
        return refuse(check.message, index);
    m_lastError.clear();
    if (json == row.edited && !row.serverError.isInvalid())
        return true;
    row.edited = json;
    row.serverError = {};
    row.didNotStick = false;
    emitRowChanged(index.row());
    return true;
}

bool ProfileTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

bool ProfileTableModel::addField(const QString &tagOrShortName)
{
    const FieldSpec *standard = FieldSchema::standardField(tagOrShortName);
    const QString tag = standard ? standard->tag : tagOrShortName.trimmed();
    if (!standard && !FieldSchema::isCustomTag(tag))
        return refuse(FieldValidator::check(tag, QJsonValue(QString())).message);
    if (const FieldCheck name = FieldValidator::checkCustomKeyword(FieldSchema::customKeyword(tag));
        !standard && name.isInvalid())
        return refuse(name.message);
    if (rowOfTag(tag) >= 0)
        return refuse(tr("%1 is already in the table.").arg(tag));
    m_lastError.clear();
    beginInsertRows({}, rowCount(), rowCount());
    Row row;
    row.spec = standard ? *standard : FieldSchema::customField(tag);
    m_rows.append(row);
    endInsertRows();
    return true;
}

int ProfileTableModel::rowOfTag(QStringView tag) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).spec.tag == tag)
            return i;
    }
    return -1;
}

QString ProfileTableModel::tagAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).spec.tag : QString();
}

QStringList ProfileTableModel::tags() const
{
    QStringList result;
    for (const Row &row : m_rows)
        result.append(row.spec.tag);
    return result;
}

ProfileTableModel::RowState ProfileTableModel::state(int row) const
{
    return stateOf(m_rows.at(row));
}

QString ProfileTableModel::stateReason(int row) const
{
    return reasonOf(m_rows.at(row));
}

void ProfileTableModel::revertRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    r.edited = r.loaded;
    r.serverError = {};
    r.didNotStick = false;
    emitRowChanged(row);
}

void ProfileTableModel::revertAll()
{
    for (int row = 0; row < m_rows.size(); ++row)
        revertRow(row);
}

void ProfileTableModel::loadFromServer(const QJsonArray &profileItems, const QStringList &requestedTags)
{
    const QHash<QString, QJsonValue> values = valuesByTag(profileItems);
    QStringList tags = requestedTags;
    for (const QString &tag : tagsOf(profileItems)) {
        if (!tags.contains(tag))
            tags.append(tag);
    }
    beginResetModel();
    m_rows.clear();
    for (const QString &tag : std::as_const(tags)) {
        const std::optional<FieldSpec> spec = FieldSchema::fieldFor(tag);
        if (!spec || rowOfTag(tag) >= 0)
            continue; // the server cannot hold a tag we cannot name; nothing to edit there
        const QJsonValue loaded = values.value(tag, QJsonValue(QJsonValue::Undefined));
        m_rows.append({ *spec, loaded, loaded, {}, false });
    }
    m_lastError.clear();
    endResetModel();
}

QJsonArray ProfileTableModel::changedItems() const
{
    QJsonArray items;
    for (const Row &row : m_rows) {
        if (isChanged(row) && !row.edited.isUndefined())
            items.append(QJsonObject {
                { QLatin1String("Tag"), row.spec.tag }, { QLatin1String("Value"), row.edited } });
    }
    return items;
}

QStringList ProfileTableModel::tagsOf(const QJsonArray &items)
{
    QStringList tags;
    for (const QJsonValue &item : items) {
        tags.append(item.toObject().value(QLatin1String("Tag")).toString());
    }
    return tags;
}

bool ProfileTableModel::hasChanges() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return isChanged(row); });
}

bool ProfileTableModel::hasInvalidRows() const
{
    return std::any_of(
        m_rows.cbegin(), m_rows.cend(), [this](const Row &row) { return stateOf(row) == RowState::Invalid; });
}

QStringList ProfileTableModel::markReadBack(const QJsonArray &itemsReadBack, const QJsonArray &itemsSent)
{
    const QHash<QString, QJsonValue> stored = valuesByTag(itemsReadBack);
    const QHash<QString, QJsonValue> sent = valuesByTag(itemsSent);
    QStringList lost;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const auto storedValue = stored.constFind(row.spec.tag);
        if (const auto sentValue = sent.constFind(row.spec.tag); sentValue != sent.cend()) {
            const QJsonValue now
                = storedValue == stored.cend() ? QJsonValue(QJsonValue::Undefined) : *storedValue;
            row.loaded = sameStoredValue(*sentValue, now) ? *sentValue : now;
            row.edited = *sentValue;
            row.didNotStick = row.loaded != row.edited;
            row.serverError = {};
            if (row.didNotStick)
                lost.append(row.spec.tag);
        } else if (storedValue != stored.cend() && !isChanged(row)) {
            // Not sent by us, but fresher than what we loaded (someone else may have written it).
            row.loaded = row.edited = *storedValue;
        } else {
            continue;
        }
        emitRowChanged(i);
    }
    return lost;
}

QList<int> ProfileTableModel::rowsMatching(
    const QStringList &tags, const std::function<bool(const Row &)> &predicate) const
{
    QList<int> rows;
    for (const QString &tag : tags) {
        const int row = rowOfTag(tag);
        if (row >= 0 && predicate(m_rows.at(row)))
            rows.append(row);
    }
    return rows;
}

QList<int> ProfileTableModel::markServerError(int code, const QString &errorInfo, const QJsonArray &itemsSent)
{
    const QStringList sentTags = tagsOf(itemsSent.isEmpty() ? changedItems() : itemsSent);
    const auto isCustom = [](const Row &row) { return row.spec.custom; };
    const auto isStandard = [](const Row &row) { return !row.spec.custom; };
    const auto all = [](const Row &) { return true; };

    std::function<bool(const Row &)> culprit;
    std::function<bool(const Row &)> suspect; // when no row is the obvious culprit
    switch (code) {
    case 40009:
        culprit = [this](const Row &row) {
            return row.spec.custom && m_registry && !m_registry->find(row.spec.tag);
        };
        suspect = isCustom;
        break;
    case 40601: {
        // The model never holds a value over the limit, so the server counted differently: the
        // longest text sent is the one it means.
        qsizetype longest = 0;
        for (int row : rowsMatching(sentTags, all))
            longest = std::max(longest, FieldValidator::utf8Bytes(m_rows.at(row).edited.toString()));
        culprit = [longest](const Row &row) {
            return row.edited.isString() && longest > 0
                && FieldValidator::utf8Bytes(row.edited.toString()) == longest;
        };
        suspect = [](const Row &row) { return row.edited.isString() && row.spec.choices.isEmpty(); };
        break;
    }
    case 40605:
    case 40610:
        culprit = [code](const Row &row) {
            return !row.spec.custom && FieldValidator::check(row.spec.tag, row.edited).serverCode == code;
        };
        suspect = isStandard;
        break;
    case 40008:
        culprit = [this](const Row &row) {
            return row.spec.custom && m_registry && m_registry->checkWrite(row.spec.tag).serverCode == 40008;
        };
        suspect = isCustom;
        break;
    default:
        return {};
    }

    // ErrorInfo sometimes names the tag; trust that first, then the rules, then the whole kind.
    const QList<int> named = rowsMatching(
        sentTags, [&](const Row &row) { return suspect(row) && errorInfo.contains(row.spec.tag); });
    QList<int> rows = named.isEmpty() ? rowsMatching(sentTags, culprit) : named;
    if (rows.isEmpty())
        rows = rowsMatching(sentTags, suspect);
    if (rows.isEmpty())
        rows = rowsMatching(sentTags, all);

    for (int row : std::as_const(rows)) {
        Row &r = m_rows[row];
        DiagnosisContext context;
        context.tag = r.spec.tag;
        context.serverErrorInfo = errorInfo;
        const Explanation explanation = ErrorCatalogue::explain(code, context);
        const QString text = tr("The server refused this with %1 (%2): %3 %4")
                                 .arg(code)
                                 .arg(explanation.title, explanation.explanation, explanation.nextStep);
        r.serverError = { FieldCheck::Invalid, code,
            rows.size() > 1 ? tr(
                "The server did not say which of these %n fields it means. %1", nullptr, int(rows.size()))
                                  .arg(text)
                            : text };
        emitRowChanged(row);
    }
    return rows;
}
