#include "jobs/jobstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace {

// Version 1: jobs and their rows (issue #12).
QList<QStringList> migrations()
{
    return { {
        QStringLiteral("CREATE TABLE jobs ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, created_at TEXT NOT NULL,"
                       " connection_id TEXT, region_id TEXT, base_url TEXT, sdkappid INTEGER,"
                       " admin TEXT, source TEXT, rate INTEGER, finished INTEGER NOT NULL DEFAULT 0)"),
        // changes: [{"tag": …, "old": …, "new": …}], "old" absent when the field was not set, so
        // values keep their JSON type (the string "3" is not the number 3).
        QStringLiteral("CREATE TABLE job_rows ("
                       " job_id INTEGER NOT NULL REFERENCES jobs(id), idx INTEGER NOT NULL,"
                       " line INTEGER, account TEXT, changes TEXT NOT NULL, fields INTEGER NOT NULL,"
                       " state TEXT NOT NULL, error_code INTEGER, error_info TEXT, error_display TEXT,"
                       " random INTEGER, http_status INTEGER, reason TEXT, did_not_stick TEXT,"
                       " read_back INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (job_id, idx)) WITHOUT ROWID"),
    } };
}

QString encodeChanges(const QList<FieldChange> &changes)
{
    QJsonArray array;
    for (const FieldChange &change : changes) {
        QJsonObject object { { QStringLiteral("tag"), change.tag },
            { QStringLiteral("new"), change.newValue } };
        if (!change.oldValue.isUndefined()) {
            object.insert(QStringLiteral("old"), change.oldValue);
        }
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<FieldChange> decodeChanges(const QString &stored)
{
    QList<FieldChange> changes;
    const QJsonArray array = QJsonDocument::fromJson(stored.toUtf8()).array();
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        changes.append({ object.value(QStringLiteral("tag")).toString(), object.value(QStringLiteral("old")),
            object.value(QStringLiteral("new")) });
    }
    return changes;
}

std::optional<WriteJob::Kind> kindFromName(const QString &name)
{
    for (const WriteJob::Kind kind :
        { WriteJob::Kind::Apply, WriteJob::Kind::Bulk, WriteJob::Kind::Revert }) {
        if (jobKindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

void bindOutcome(QSqlQuery &query, const JobRow &row)
{
    query.addBindValue(rowStateName(row.state));
    query.addBindValue(row.errorCode);
    query.addBindValue(row.errorInfo);
    query.addBindValue(row.errorDisplay);
    query.addBindValue(QVariant::fromValue(qint64(row.random)));
    query.addBindValue(row.httpStatus);
    query.addBindValue(row.reason);
    query.addBindValue(row.didNotStick.join(QLatin1Char('\n')));
    query.addBindValue(row.readBack ? 1 : 0);
}

// The columns of a job's head, in the order readHead() takes them.
const char kHeadColumns[]
    = "id, kind, created_at, connection_id, region_id, base_url, sdkappid, admin, source,"
      " rate, finished";

bool readHead(const QSqlQuery &query, JobSummary *head)
{
    const std::optional<WriteJob::Kind> kind = kindFromName(query.value(1).toString());
    if (!kind) {
        return false; // written by a newer version: not ours to read
    }
    head->id = query.value(0).toLongLong();
    head->kind = *kind;
    head->createdAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    head->target.connectionId = query.value(3).toString();
    head->regionId = query.value(4).toString();
    head->target.baseUrl = QUrl(query.value(5).toString());
    head->target.sdkAppId = query.value(6).toULongLong();
    head->target.identifier = query.value(7).toString();
    head->source = query.value(8).toString();
    head->finished = query.value(10).toBool();
    return true;
}

} // namespace

QString JobStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("jobs.sqlite"));
}

JobStore::JobStore(const QString &path)
    : m_db(std::make_unique<LocalDatabase>(path, tr("the job store"), migrations()))
{ }

JobStore::~JobStore() = default;

QString JobStore::path() const
{
    return m_db->path();
}

bool JobStore::isOpen() const
{
    return m_db->open();
}

QString JobStore::errorString() const
{
    return m_db->errorString();
}

bool JobStore::create(WriteJob &job)
{
    qint64 id = 0;
    const bool stored = m_db->transaction(tr("Cannot store the job"), [&](QSqlQuery &query) {
        query.prepare(QStringLiteral(
            "INSERT INTO jobs (kind, created_at, connection_id, region_id, base_url,"
            " sdkappid, admin, source, rate, finished) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(jobKindName(job.kind));
        query.addBindValue(job.createdAt.toUTC().toString(Qt::ISODateWithMs));
        query.addBindValue(job.target.connectionId);
        query.addBindValue(job.regionId);
        query.addBindValue(job.target.baseUrl.toString());
        query.addBindValue(QVariant::fromValue(qint64(job.target.sdkAppId)));
        query.addBindValue(job.target.identifier);
        query.addBindValue(job.source);
        query.addBindValue(job.rate);
        query.addBindValue(job.finished ? 1 : 0);
        if (!query.exec()) {
            return false;
        }
        id = query.lastInsertId().toLongLong();
        query.prepare(QStringLiteral(
            "INSERT INTO job_rows (job_id, idx, line, account, changes, fields, state,"
            " error_code, error_info, error_display, random, http_status, reason,"
            " did_not_stick, read_back) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const JobRow &row : std::as_const(job.rows)) {
            query.addBindValue(id);
            query.addBindValue(row.index);
            query.addBindValue(row.line);
            query.addBindValue(row.account);
            query.addBindValue(encodeChanges(row.changes));
            query.addBindValue(int(row.changes.size()));
            bindOutcome(query, row);
            if (!query.exec()) {
                return false;
            }
        }
        return true;
    });
    if (stored) {
        job.id = id;
    }
    return stored;
}

bool JobStore::markSent(qint64 jobId, const QList<int> &rowIndexes)
{
    return m_db->transaction(tr("Cannot record the job's progress"), [&](QSqlQuery &query) {
        query.prepare(QStringLiteral("UPDATE job_rows SET state = ? WHERE job_id = ? AND idx = ?"));
        for (const int index : rowIndexes) {
            query.addBindValue(rowStateName(RowState::Sent));
            query.addBindValue(jobId);
            query.addBindValue(index);
            if (!query.exec()) {
                return false;
            }
        }
        return true;
    });
}

bool JobStore::recordOutcomes(qint64 jobId, const QList<JobRow> &rows)
{
    return m_db->transaction(tr("Cannot record the job's progress"), [&](QSqlQuery &query) {
        query.prepare(QStringLiteral("UPDATE job_rows SET state = ?, error_code = ?, error_info = ?,"
                                     " error_display = ?, random = ?, http_status = ?, reason = ?,"
                                     " did_not_stick = ?, read_back = ? WHERE job_id = ? AND idx = ?"));
        for (const JobRow &row : rows) {
            bindOutcome(query, row);
            query.addBindValue(jobId);
            query.addBindValue(row.index);
            if (!query.exec()) {
                return false;
            }
        }
        return true;
    });
}

bool JobStore::setFinished(qint64 jobId, bool finished)
{
    return m_db->transaction(tr("Cannot record the job's progress"), [&](QSqlQuery &query) {
        query.prepare(QStringLiteral("UPDATE jobs SET finished = ? WHERE id = ?"));
        query.addBindValue(finished ? 1 : 0);
        query.addBindValue(jobId);
        return query.exec();
    });
}

std::optional<WriteJob> JobStore::load(qint64 jobId) const
{
    if (!m_db->open()) {
        return std::nullopt;
    }
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(QLatin1String(kHeadColumns)));
    query.addBindValue(jobId);
    JobSummary head;
    if (!query.exec() || !query.next() || !readHead(query, &head)) {
        return std::nullopt;
    }
    WriteJob job;
    job.id = head.id;
    job.kind = head.kind;
    job.createdAt = head.createdAt;
    job.target = head.target;
    job.regionId = head.regionId;
    job.source = head.source;
    job.rate = query.value(9).toInt();
    job.finished = head.finished;
    query.prepare(
        QStringLiteral("SELECT idx, line, account, changes, state, error_code, error_info, error_display,"
                       " random, http_status, reason, did_not_stick, read_back FROM job_rows"
                       " WHERE job_id = ? ORDER BY idx"));
    query.addBindValue(jobId);
    if (!query.exec()) {
        return std::nullopt;
    }
    while (query.next()) {
        JobRow row;
        row.index = query.value(0).toInt();
        row.line = query.value(1).toInt();
        row.account = query.value(2).toString();
        row.changes = decodeChanges(query.value(3).toString());
        const std::optional<RowState> state = rowStateFromName(query.value(4).toString());
        if (!state) {
            return std::nullopt;
        }
        row.state = *state;
        row.errorCode = query.value(5).toInt();
        row.errorInfo = query.value(6).toString();
        row.errorDisplay = query.value(7).toString();
        row.random = query.value(8).toUInt();
        row.httpStatus = query.value(9).toInt();
        row.reason = query.value(10).toString();
        const QString didNotStick = query.value(11).toString();
        row.didNotStick = didNotStick.isEmpty() ? QStringList() : didNotStick.split(QLatin1Char('\n'));
        row.readBack = query.value(12).toBool();
        job.rows.append(row);
    }
    return job;
}

std::optional<qint64> JobStore::latestUnfinished(WriteJob::Kind kind) const
{
    if (!m_db->open()) {
        return std::nullopt;
    }
    QSqlQuery query(m_db->database());
    query.prepare(
        QStringLiteral("SELECT id FROM jobs WHERE kind = ? AND finished = 0 ORDER BY id DESC LIMIT 1"));
    query.addBindValue(jobKindName(kind));
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

QList<JobSummary> JobStore::list(WriteJob::Kind kind) const
{
    QList<JobSummary> jobs;
    if (!m_db->open()) {
        return jobs;
    }
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE kind = ? ORDER BY id DESC")
                      .arg(QLatin1String(kHeadColumns)));
    query.addBindValue(jobKindName(kind));
    if (!query.exec()) {
        return jobs;
    }
    while (query.next()) {
        JobSummary head;
        if (readHead(query, &head)) {
            jobs.append(head);
        }
    }
    // The totals in one pass over the rows of every listed job.
    QSqlQuery counts(m_db->database());
    counts.prepare(
        QStringLiteral("SELECT state, COUNT(*), SUM(fields) FROM job_rows WHERE job_id = ? GROUP BY state"));
    for (JobSummary &head : jobs) {
        counts.addBindValue(head.id);
        if (!counts.exec()) {
            continue;
        }
        while (counts.next()) {
            const std::optional<RowState> state = rowStateFromName(counts.value(0).toString());
            if (!state) {
                continue;
            }
            const int count = counts.value(1).toInt();
            const int fields = counts.value(2).toInt();
            head.totals.add(*state, count, fields);
        }
    }
    return jobs;
}
