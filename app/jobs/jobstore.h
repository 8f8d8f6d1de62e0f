#pragma once

#include "jobs/writejob.h"
#include "localdb/localdatabase.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

// One line of `chat-profile jobs`: a stored job without its rows.
struct JobSummary
{
    qint64 id = 0;
    WriteJob::Kind kind = WriteJob::Kind::Bulk;
    QDateTime createdAt;
    RequestTarget target;
    QString regionId;
    QString source;
    bool finished = false;
    JobTotals totals;
};

// Write jobs in an SQLite file, so a job survives a crash, a kill or a power cut: the plan and
// the target are stored before the first write, every row is marked Sent before its request goes
// out, and answers are committed as they arrive. A file with account data: 0600 (privatefiles).
//
// Batched, never one transaction per call: markSent() and recordOutcomes() each take many rows
// in one transaction, so a 200 calls/s job costs a few commits a second on the GUI thread. Marking
// rows Sent ahead of sending them is safe: on resume, Sent rows are read back first and re-sent
// only when the server does not hold their new values.
//
// The file is a LocalDatabase: WAL mode and a busy timeout let the console and a CLI use it at
// the same time; opening or writing never throws; a broken file is reported (errorString()) and
// left untouched.
class JobStore final
{
    Q_DECLARE_TR_FUNCTIONS(JobStore)

public:
    // jobs.sqlite in the application's data folder (XDG_DATA_HOME moves it).
    static QString defaultPath();

    explicit JobStore(const QString &path = defaultPath()); // opens on first use
    ~JobStore();
    Q_DISABLE_COPY_MOVE(JobStore)

    bool isOpen() const;
    QString errorString() const; // translated; empty when fine

    // Stores job (plan, target, every row and its state) in one transaction and sets job.id.
    bool create(WriteJob &job);
    // Before sending: the rows' state becomes Sent.
    bool markSent(qint64 jobId, const QList<int> &rowIndexes);
    // After answers or read-backs: each row's state and answer fields as given.
    bool recordOutcomes(qint64 jobId, const QList<JobRow> &rows);
    bool setFinished(qint64 jobId, bool finished);

    std::optional<WriteJob> load(qint64 jobId) const;
    // The newest unfinished job of this kind, if any.
    std::optional<qint64> latestUnfinished(WriteJob::Kind kind = WriteJob::Kind::Bulk) const;
    // Newest first.
    QList<JobSummary> list(WriteJob::Kind kind = WriteJob::Kind::Bulk) const;

    QString path() const;

private:
    std::unique_ptr<LocalDatabase> m_db;
};
