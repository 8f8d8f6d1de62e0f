#pragma once

#include "profile/fieldschema.h"
#include "profile/fieldvalidator.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>

#include <functional>

class CustomTagRegistry;

// The profile being edited: one row per field shown, holding the value loaded from the server and
// the value being edited. It refuses values the server would reject, so nothing invalid can be
// sent, and it builds the portrait_set ProfileItem from changed rows only.
// Colours and icons are the view's business (the core has no QtGui): invalid state is carried by
// text, StateIconRole (a freedesktop icon name), tooltips and accessible text.
class ProfileTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FieldColumn,
        TagColumn,
        ValueColumn,
        ServerValueColumn,
        SizeColumn,
        StateColumn,
        ColumnCount
    };
    enum class RowState { Unchanged, Changed, Invalid, NotSetOnServer, DidNotStick };
    Q_ENUM(RowState)
    enum Role {
        TagRole = Qt::UserRole + 1, // QString, the wire tag
        EditorKindRole, // int(EditorKind)
        ValueTypeRole, // int(ValueType)
        ChoiceValuesRole, // QStringList of wire values, for Choice editors
        ChoiceLabelsRole, // QStringList of translated labels, same order
        MaxBytesRole, // int, hard limit for text values; 0 for numbers
        WarningBytesRole, // int, stricter limit that only warns; 0 when none
        ByteCountRole, // int, UTF-8 bytes of the edited text value
        StateRole, // int(RowState)
        StateTextRole, // QString, translated state name
        StateReasonRole, // QString, why the row is in its state (empty when nothing to say)
        StateIconRole, // QString, freedesktop icon name; empty for no icon
        CheckLevelRole, // int(FieldCheck::Level) of the edited value, warnings included
        JsonValueRole, // QJsonValue being edited (Undefined when none)
        ServerJsonValueRole, // QJsonValue loaded from the server (Undefined when not set)
    };

    explicit ProfileTableModel(QObject *parent = nullptr);
    ~ProfileTableModel() override;

    // Not owned; must outlive the model or be reset to nullptr. Custom rows are checked against it
    // (40008 when the admin may not write the field). Without one, custom tags are not checked.
    void setCustomTagRegistry(const CustomTagRegistry *registry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // ValueColumn, EditRole: accepts a QJsonValue, a number, or text (parsed like the CLI, so
    // "Female" and "1990-05-21" work). Refuses invalid values: returns false, sets lastError() and
    // emits editRejected().
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // Adds a row for a standard tag, its short name, or a Tag_Profile_Custom_* tag. Refuses unknown
    // or malformed tags and tags already shown (false + lastError()).
    bool addField(const QString &tagOrShortName);
    int rowOfTag(QStringView tag) const;
    QString tagAt(int row) const;
    QStringList tags() const;
    RowState state(int row) const;
    QString stateReason(int row) const;
    void revertRow(int row);
    void revertAll();

    // Replaces every row with requestedTags plus any other tag the server returned, filling the
    // loaded values; a requested tag missing from profileItems is "not set on server". Discards
    // edits: ask the user first when hasChanges().
    void loadFromServer(const QJsonArray &profileItems, const QStringList &requestedTags);
    // portrait_set's ProfileItem: changed rows only, each with its wire JSON type. Check
    // hasInvalidRows() first; invalid rows must never be sent.
    QJsonArray changedItems() const;
    // The Tag of each item of a ProfileItem array such as changedItems(), in order.
    static QStringList tagsOf(const QJsonArray &items);
    bool hasChanges() const;
    bool hasInvalidRows() const;

    // After an OK portrait_set, compares what the server now holds with what was sent. A sent field
    // whose stored value differs (or is missing) is marked "did not stick" and stays a pending
    // change; the others become unchanged. Returns the tags that did not stick.
    QStringList markReadBack(const QJsonArray &itemsReadBack, const QJsonArray &itemsSent);
    // Maps a field error of portrait_set back to the rows it is about (40009 the unknown tag,
    // 40601 the long value, 40605/40610 the standard field, 40008 the custom field), marking them
    // invalid with the explanation. itemsSent empty means changedItems(). Returns the rows marked;
    // empty for codes that are not about a field.
    QList<int> markServerError(int code, const QString &errorInfo = {}, const QJsonArray &itemsSent = {});

    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void editRejected(const QModelIndex &index, const QString &reason);

private:
    struct Row
    {
        FieldSpec spec;
        QJsonValue loaded = QJsonValue(QJsonValue::Undefined); // not set on the server
        QJsonValue edited = QJsonValue(QJsonValue::Undefined); // no value
        FieldCheck serverError; // set by markServerError, cleared by any edit
        bool didNotStick = false;
    };

    static bool isChanged(const Row &row);
    FieldCheck checkValue(const Row &row, const QJsonValue &value) const;
    RowState stateOf(const Row &row) const;
    QString reasonOf(const Row &row) const;
    QString valueText(const Row &row, const QJsonValue &value) const;
    QVariant cellData(const Row &row, int column, int role) const;
    QString accessibleText(const Row &row, int column) const;
    QJsonValue toJson(const Row &row, const QVariant &value) const;
    bool refuse(const QString &reason, const QModelIndex &index = {});
    void emitRowChanged(int row);
    QList<int> rowsMatching(const QStringList &tags, const std::function<bool(const Row &)> &predicate) const;

    QList<Row> m_rows;
    const CustomTagRegistry *m_registry = nullptr;
    QString m_lastError;
};
