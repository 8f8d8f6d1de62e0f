#pragma once

#include "history/changehistory.h"

#include <QAbstractItemModel>
#include <QList>

// The change history as a tree a person browses: one top-level row per operation (an Apply, a
// CLI `set`, a bulk job, a revert: the records of one ChangeRecord::jobId), with the field
// changes as its children. Records from before operations had ids (jobId 0) are grouped by what
// one Apply wrote: the same time, connection and account, next to each other.
// A core model (QtCore only), so it is tested without a display; the GUI shows it through its
// presentation masker. Texts are translated, values shown as the editor shows them.
class HistoryModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        ConnectionColumn,
        AccountColumn,
        FieldColumn, // an operation's summary ("3 fields on 1 account")
        BeforeColumn,
        AfterColumn,
        ResultColumn, // an operation's outcome counts ("2 OK, 1 failed")
        RandomColumn,
        ColumnCount
    };

    explicit HistoryModel(QObject *parent = nullptr);

    // Replaces everything shown; records newest first, as ChangeHistory::find() returns them.
    void setRecords(QList<ChangeRecord> records);
    const QList<ChangeRecord> &records() const { return m_records; }

    // An operation's every change, or the one change an index stands for; newest first.
    QList<ChangeRecord> changesAt(const QModelIndex &index) const;
    bool isOperation(const QModelIndex &index) const;
    // What names an operation across reloads (its job, or for older rows its newest change).
    QString operationKey(int row) const;

    // A change's text in a column, as the tree shows it.
    static QString changeText(const ChangeRecord &record, int column);
    // A standard field's display name ("Nickname"); a custom field's tag.
    static QString fieldName(const QString &tag);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Operation
    {
        QList<int> changes; // indices into m_records, newest first
        int accounts = 0;
        int ok = 0;
        int failed = 0;
        int unknown = 0; // pending or unknown: no answer came
    };

    QString operationText(const Operation &operation, int column) const;

    QList<ChangeRecord> m_records;
    QList<Operation> m_operations; // newest first
};
