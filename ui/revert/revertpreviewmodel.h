#pragma once

#include "jobs/planpreview.h"
#include "revert/revertplan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonValue>

// A revert, one row per field it puts back, side by side: what we wrote, what the server holds
// now, what the revert would write, and what becomes of it: written, a conflict (someone changed
// it since: skipped, or overwritten when forced), already back, or not writable; after the run,
// how its write ended. Conflicts and failures are coloured and said in words.
class RevertPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        AccountColumn,
        FieldColumn,
        WroteColumn,
        NowColumn,
        WouldWriteColumn,
        StatusColumn,
        ColumnCount
    };

    // What becomes of a field: first as previewed, then as its write ended.
    enum class Status {
        Reading, // the current value is being read
        Write,
        Conflict, // skipped
        Overwrite, // a conflict, forced
        AlreadyBack, // the server holds the old value already: nothing to write
        AccountMissing,
        FieldRefused, // the server refuses to read (so to write) this field for this app
        Ok,
        DidNotStick, // answered OK, but the read-back found something else
        Failed,
        Unknown, // sent, no answer came
        NotSent, // the run stopped before it
    };

    using QAbstractTableModel::QAbstractTableModel;

    // The fields of the plan, their current values still being read.
    void setPlan(const RevertPlan &plan);
    // The preview read and what the plan built from it.
    void setPreview(const QList<PreviewRow> &preview, const RevertPlan::Built &built);
    // How the writes of these rows of job (the built job, stored and running) ended so far; once
    // the job ended, rows it did not send are Not sent.
    void updateRows(const WriteJob &job, const QList<int> &rowIndexes, bool ended);

    Status status(int row) const { return m_lines.at(row).status; }
    int count(Status status) const;
    bool hasUnsetRestores() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        RevertField field;
        QJsonValue now; // Undefined when the server does not return the field (or not read yet)
        Status status = Status::Reading;
        QString answer; // a failed write's ErrorCode and ErrorInfo, as received
    };

    QString statusText(const Line &line) const;
    QString restoreText(const Line &line) const;

    QList<Line> m_lines;
    QHash<QString, QList<int>> m_linesOfAccount;
};
