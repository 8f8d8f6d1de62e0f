#pragma once

#include "history/changehistory.h"
#include "jobs/writejob.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

class JobRecorderWorker;

// Commits a running job's records (the job store's row states, the change history's records) on
// a thread of its own, so the thread that sends, the GUI thread in the console, never waits for
// an fsync: with synchronous=FULL a commit can take tens of milliseconds on a busy disk, and a
// 200 calls/s job commits several times a second.
//
// Requests are carried out in the order they are made, each in one transaction, through their own
// connections to the same files (WAL). "Recorded before sent" holds because the runner sends a
// row only after marked() confirmed its records.
class JobRecorder final : public QObject
{
    Q_OBJECT

public:
    // historyPath empty: no change history.
    JobRecorder(const QString &jobStorePath, const QString &historyPath, QObject *parent = nullptr);
    // Carries out what is queued, then stops the thread.
    ~JobRecorder() override;

    // Stores a new job (JobStore::create); created(token, id, error) follows, with id 0 and the
    // store's error when it could not be stored.
    void create(int token, const WriteJob &job);
    // Marks rows Sent in the store and appends pending history records; marked(token, ids) follows,
    // ids in the order of pending.
    void markSent(int token, qint64 jobId, const QList<int> &rows, const QList<ChangeRecord> &pending);
    // Row outcomes, history outcomes and read-back verdicts.
    void record(qint64 jobId, const QList<JobRow> &rows, const QList<ChangeRecord> &answers,
        const QHash<qint64, ChangeRecord::ReadBack> &readBacks);
    // Completes the history records of earlier attempts at an account's row whose answer never
    // came (state Unknown or Pending): still unknown, but with what the read-back found (stored:
    // the server holds the row's values). Looked up here, not where the runner runs: on resume,
    // a read of the history for every row that was in flight would hold up the GUI thread.
    void settleEarlierAttempts(qint64 jobId, const QString &account, bool stored);
    // The job's finished flag; done(token) follows once this and everything before it is committed.
    void setFinished(int token, qint64 jobId, bool finished);

Q_SIGNALS:
    void created(int token, qint64 jobId, const QString &error);
    void marked(int token, const QList<qint64> &historyIds);
    void done(int token);
    // The job store could not be written: the job must stop (what is not recorded is not sent).
    void storeFailed(const QString &message);
    // The history could not be written: the job goes on, the store has every row.
    void historyProblem(const QString &message);

private:
    QThread m_thread;
    JobRecorderWorker *m_worker; // lives in m_thread
};
