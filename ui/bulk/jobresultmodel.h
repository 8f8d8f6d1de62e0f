#pragma once

#include "jobs/writejob.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

// Every row of a write job as it stands: the account, its outcome, the server's answer verbatim
// (ErrorCode, ErrorInfo, ErrorDisplay), the fields written and the `random` to quote in a ticket.
// A running job changes rows in batches (JobRunner::rowsChanged); each batch becomes one
// dataChanged per run of neighbouring rows, so 200 answers a second cost a few repaints.
class JobResultModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LineColumn,
        AccountColumn,
        OutcomeColumn,
        ErrorCodeColumn,
        ErrorInfoColumn,
        ErrorDisplayColumn,
        FieldsColumn,
        RandomColumn,
        ColumnCount
    };
    enum Role { StateRole = Qt::UserRole + 1 }; // the RowState as an int

    using QAbstractTableModel::QAbstractTableModel;

    void setJob(const WriteJob &job);
    // The rows at these indexes changed in job (the same job as set).
    void updateRows(const WriteJob &job, QList<int> rowIndexes);
    const QList<JobRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeText(const JobRow &row);

private:
    QList<JobRow> m_rows;
};

// The rows that need a person's attention: failed, or sent without an answer (unknown).
class FailedRowsFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setOnlyFailed(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyFailed = false;
};
