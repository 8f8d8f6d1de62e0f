#include "jobs/jobrecorder.h"

#include "jobs/jobstore.h"

#include <memory>

// The part that runs on the recorder's thread: the files are opened there, on first use, since a
// QSqlDatabase connection belongs to the thread that made it.
class JobRecorderWorker final : public QObject
{
public:
    JobRecorderWorker(QString jobStorePath, QString historyPath)
        : m_jobStorePath(std::move(jobStorePath))
        , m_historyPath(std::move(historyPath))
    { }

    JobStore &store()
    {
        if (!m_store) {
            m_store = std::make_unique<JobStore>(m_jobStorePath);
        }
        return *m_store;
    }

    ChangeHistory *history()
    {
        if (!m_history && !m_historyPath.isEmpty()) {
            m_history = std::make_unique<ChangeHistory>(m_historyPath);
        }
        return m_history.get();
    }

private:
    QString m_jobStorePath;
    QString m_historyPath;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<ChangeHistory> m_history;
};

JobRecorder::JobRecorder(const QString &jobStorePath, const QString &historyPath, QObject *parent)
    : QObject(parent)
    , m_worker(new JobRecorderWorker(jobStorePath, historyPath))
{
    m_thread.setObjectName(QStringLiteral("JobRecorder"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

JobRecorder::~JobRecorder()
{
    // Queued requests run first; the files are closed on the thread that opened them.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            delete worker;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

void JobRecorder::create(int token, const WriteJob &job)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, token, job] {
            WriteJob copy = job;
            const bool stored = worker->store().create(copy);
            const QString error = stored ? QString() : worker->store().errorString();
            const qint64 id = stored ? copy.id : 0;
            QMetaObject::invokeMethod(this, [this, token, id, error] { Q_EMIT created(token, id, error); });
        },
        Qt::QueuedConnection);
}

void JobRecorder::markSent(
    int token, qint64 jobId, const QList<int> &rows, const QList<ChangeRecord> &pending)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, token, jobId, rows, pending] {
            if (!rows.isEmpty() && !worker->store().markSent(jobId, rows)) {
                const QString message = worker->store().errorString();
                QMetaObject::invokeMethod(this, [this, message] { Q_EMIT storeFailed(message); });
                return;
            }
            QList<qint64> ids;
            if (ChangeHistory *history = worker->history();
                history && !pending.isEmpty() && !history->append(pending, &ids)) {
                const QString message = history->errorString();
                QMetaObject::invokeMethod(this, [this, message] { Q_EMIT historyProblem(message); });
            }
            QMetaObject::invokeMethod(this, [this, token, ids] { Q_EMIT marked(token, ids); });
        },
        Qt::QueuedConnection);
}

void JobRecorder::record(qint64 jobId, const QList<JobRow> &rows, const QList<ChangeRecord> &answers,
    const QHash<qint64, ChangeRecord::ReadBack> &readBacks)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, jobId, rows, answers, readBacks] {
            if (!rows.isEmpty() && !worker->store().recordOutcomes(jobId, rows)) {
                const QString message = worker->store().errorString();
                QMetaObject::invokeMethod(this, [this, message] { Q_EMIT storeFailed(message); });
            }
            ChangeHistory *history = worker->history();
            if (!history) {
                return;
            }
            if ((!answers.isEmpty() && !history->setOutcomes(answers))
                || (!readBacks.isEmpty() && !history->setReadBack(readBacks))) {
                const QString message = history->errorString();
                QMetaObject::invokeMethod(this, [this, message] { Q_EMIT historyProblem(message); });
            }
        },
        Qt::QueuedConnection);
}

void JobRecorder::settleEarlierAttempts(qint64 jobId, const QString &account, bool stored)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, jobId, account, stored] {
            ChangeHistory *history = worker->history();
            if (!history) {
                return;
            }
            HistoryFilter filter;
            filter.jobId = jobId;
            filter.account = account;
            filter.state = ChangeRecord::State::Unknown; // and Pending
            QList<ChangeRecord> records = history->find(filter);
            for (ChangeRecord &record : records) {
                record.state = ChangeRecord::State::Unknown;
                record.readBack
                    = stored ? ChangeRecord::ReadBack::Stuck : ChangeRecord::ReadBack::DidNotStick;
            }
            if (!records.isEmpty() && !history->setOutcomes(records)) {
                const QString message = history->errorString();
                QMetaObject::invokeMethod(this, [this, message] { Q_EMIT historyProblem(message); });
            }
        },
        Qt::QueuedConnection);
}

void JobRecorder::setFinished(int token, qint64 jobId, bool finished)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, token, jobId, finished] {
            if (!worker->store().setFinished(jobId, finished)) {
                const QString message = worker->store().errorString();
                QMetaObject::invokeMethod(this, [this, message] { Q_EMIT storeFailed(message); });
            }
            QMetaObject::invokeMethod(this, [this, token] { Q_EMIT done(token); });
        },
        Qt::QueuedConnection);
}
