#include "history/changehistory.h"

#include "localdb/localdatabase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <tuple>

namespace {

// migrations()[v] brings a file of version v to v + 1. Rows already there are kept as they are
// (their new columns stay NULL: "not recorded then").
QList<QStringList> migrations()
{
    QStringList toVersion2;
    for (const char *column : { "connection_id", "region_id", "base_url", "admin", "read_back" }) {
        toVersion2 << QStringLiteral("ALTER TABLE changes ADD COLUMN %1 TEXT").arg(QLatin1String(column));
    }
    return {
        // 1: the first release.
        { QStringLiteral("CREATE TABLE IF NOT EXISTS changes ("
                         " id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, connection TEXT,"
                         " region TEXT, sdkappid INTEGER, account TEXT NOT NULL, tag TEXT NOT NULL,"
                         " old_value TEXT, new_value TEXT, error_code INTEGER, outcome TEXT,"
                         " random INTEGER)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS changes_account ON changes(account)") },
        // 2: where each write went (connection id, region id, base URL, admin) and what its
        // read-back found.
        toVersion2,
        // 3: the write job (Apply, bulk job, revert) each write belongs to.
        { QStringLiteral("ALTER TABLE changes ADD COLUMN job_id INTEGER"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS changes_job ON changes(job_id)") },
        // 4: records made before sending; the outcome stored as facts (state, ErrorInfo, HTTP
        // status), untranslated. Older rows get their state from their ErrorCode.
        { QStringLiteral("ALTER TABLE changes ADD COLUMN state TEXT"),
            QStringLiteral("ALTER TABLE changes ADD COLUMN error_info TEXT"),
            QStringLiteral("ALTER TABLE changes ADD COLUMN http_status INTEGER"),
            QStringLiteral("UPDATE changes SET state = CASE WHEN error_code = 0 THEN 'ok'"
                           " WHEN error_code = -1 THEN 'unknown' ELSE 'failed' END") },
    };
}

const QStringList &readBackNames()
{
    // Indexed by ChangeRecord::ReadBack; NotApplicable is stored as NULL.
    static const QStringList names { QString(), QStringLiteral("unverified"), QStringLiteral("stuck"),
        QStringLiteral("did_not_stick") };
    return names;
}

QVariant encodeReadBack(ChangeRecord::ReadBack readBack)
{
    return readBack == ChangeRecord::ReadBack::NotApplicable
        ? QVariant()
        : QVariant(readBackNames().at(static_cast<int>(readBack)));
}

ChangeRecord::ReadBack decodeReadBack(const QVariant &stored)
{
    const int index = stored.isNull() ? -1 : readBackNames().indexOf(stored.toString());
    return index <= 0 ? ChangeRecord::ReadBack::NotApplicable : static_cast<ChangeRecord::ReadBack>(index);
}

// Values keep their JSON type in the file: wrapped in a one-element array so a string "3" and a
// number 3 stay different; NULL for "not set".
QVariant encode(const QJsonValue &value)
{
    if (value.isUndefined()) {
        return QVariant();
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
}

QJsonValue decode(const QVariant &stored)
{
    if (stored.isNull()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    return QJsonDocument::fromJson(stored.toString().toUtf8()).array().at(0);
}

const char *const kStateNames[] = { "pending", "ok", "failed", "unknown" }; // by ChangeRecord::State

ChangeRecord::State decodeState(const QVariant &stored)
{
    for (int i = 0; i < 4; ++i) {
        if (stored.toString() == QLatin1String(kStateNames[i])) {
            return static_cast<ChangeRecord::State>(i);
        }
    }
    return ChangeRecord::State::Unknown; // written by a newer version: claim nothing
}

// The columns find() reads, in the order readRecord() takes them.
const char kColumns[]
    = "id, at, connection, region, sdkappid, account, tag, old_value, new_value, error_code,"
      " outcome, random, connection_id, region_id, base_url, admin, read_back, job_id, state,"
      " error_info, http_status";

ChangeRecord readRecord(const QSqlQuery &query)
{
    ChangeRecord r;
    r.id = query.value(0).toLongLong();
    r.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    r.connection = query.value(2).toString();
    r.region = query.value(3).toString();
    r.sdkAppId = query.value(4).toULongLong();
    r.account = query.value(5).toString();
    r.tag = query.value(6).toString();
    r.oldValue = decode(query.value(7));
    r.newValue = decode(query.value(8));
    r.errorCode = query.value(9).toInt();
    r.outcome = query.value(10).toString();
    r.random = query.value(11).toUInt();
    r.connectionId = query.value(12).toString();
    r.regionId = query.value(13).toString();
    r.baseUrl = query.value(14).toString();
    r.adminIdentifier = query.value(15).toString();
    r.readBack = decodeReadBack(query.value(16));
    r.jobId = query.value(17).toLongLong();
    r.state = decodeState(query.value(18));
    r.errorInfo = query.value(19).toString();
    r.httpStatus = query.value(20).toInt();
    return r;
}

} // namespace

QString ChangeRecord::stateName(State state)
{
    return QLatin1String(kStateNames[static_cast<int>(state)]);
}

ChangeRecord ChangeRecord::pending(const RequestContext &context, const QString &account, const QString &tag,
    const QJsonValue &oldValue, const QJsonValue &newValue)
{
    ChangeRecord r;
    r.at = QDateTime::currentDateTimeUtc();
    r.connection = context.connectionName;
    r.connectionId = context.connectionId;
    r.region = context.diagnosis.regionName;
    r.regionId = context.regionId;
    r.baseUrl = context.target.baseUrl.toString();
    r.sdkAppId = context.target.sdkAppId;
    r.adminIdentifier = context.target.identifier;
    r.account = account;
    r.tag = tag;
    r.oldValue = oldValue;
    r.newValue = newValue;
    r.state = State::Pending;
    r.errorCode = -1;
    return r;
}

QString ChangeRecord::outcomeText() const
{
    switch (state) {
    case State::Ok:
        return ChangeHistory::tr("OK");
    case State::Failed:
        if (!outcome.isEmpty()) {
            return outcome; // a row from before states were recorded
        }
        return errorCode > 0 ? ChangeHistory::tr("FAIL %1").arg(errorCode) : ChangeHistory::tr("Not sent");
    case State::Pending:
        //: A write recorded before it was sent, whose answer was never recorded (the console or
        //: the CLI was closed or killed): it may or may not have been stored.
        return ChangeHistory::tr("Outcome unknown: no answer recorded");
    case State::Unknown:
        // A row from before states were recorded says what stopped it ("Timed out").
        return outcome.isEmpty() ? ChangeHistory::tr("Outcome unknown") : outcome;
    }
    Q_UNREACHABLE();
}

QString ChangeRecord::resultText() const
{
    const QString outcome = outcomeText();
    switch (readBack) {
    case ReadBack::NotVerified:
        return ChangeHistory::tr("%1, not read back").arg(outcome);
    case ReadBack::DidNotStick:
        return ChangeHistory::tr("%1, but did not stick").arg(outcome);
    case ReadBack::Stuck:
        if (state != State::Ok) {
            //: A write that got no answer, read back later: the server holds what was sent.
            return ChangeHistory::tr("%1, read back: stored").arg(outcome);
        }
        break;
    case ReadBack::NotApplicable:
        break;
    }
    return outcome;
}

bool ChangeRecord::operator==(const ChangeRecord &other) const
{
    const auto fields = [](const ChangeRecord &r) {
        return std::tie(r.at, r.connection, r.connectionId, r.region, r.regionId, r.baseUrl, r.sdkAppId,
            r.adminIdentifier, r.account, r.tag, r.oldValue, r.newValue, r.state, r.errorCode, r.errorInfo,
            r.httpStatus, r.outcome, r.random, r.readBack, r.jobId);
    };
    return fields(*this) == fields(other);
}

QString ChangeHistory::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("history.sqlite"));
}

ChangeHistory::ChangeHistory(const QString &path)
    : m_db(std::make_unique<LocalDatabase>(path, tr("the change history"), migrations()))
{ }

ChangeHistory::~ChangeHistory() = default;

bool ChangeHistory::isOpen() const
{
    return m_db->open();
}

QString ChangeHistory::errorString() const
{
    const QString error = m_db->errorString();
    return error.isEmpty()
        ? error
        : tr("%1 Profiles can still be edited; this session's changes are not recorded.").arg(error);
}

bool ChangeHistory::append(const QList<ChangeRecord> &records, QList<qint64> *ids)
{
    QList<qint64> inserted;
    // One transaction per Apply: all of its fields are recorded, or none.
    const bool written = m_db->transaction(tr("Cannot write the change history"), [&](QSqlQuery &query) {
        query.prepare(QStringLiteral(
            "INSERT INTO changes (at, connection, region, sdkappid, account, tag, old_value,"
            " new_value, error_code, outcome, random, connection_id, region_id, base_url, admin,"
            " read_back, job_id, state, error_info, http_status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const ChangeRecord &r : records) {
            query.addBindValue(r.at.toUTC().toString(Qt::ISODateWithMs));
            query.addBindValue(r.connection);
            query.addBindValue(r.region);
            query.addBindValue(QVariant::fromValue(static_cast<qint64>(r.sdkAppId)));
            query.addBindValue(r.account);
            query.addBindValue(r.tag);
            query.addBindValue(encode(r.oldValue));
            query.addBindValue(encode(r.newValue));
            query.addBindValue(r.errorCode);
            query.addBindValue(r.outcome);
            query.addBindValue(QVariant::fromValue(static_cast<qint64>(r.random)));
            query.addBindValue(r.connectionId);
            query.addBindValue(r.regionId);
            query.addBindValue(r.baseUrl);
            query.addBindValue(r.adminIdentifier);
            query.addBindValue(encodeReadBack(r.readBack));
            query.addBindValue(r.jobId == 0 ? QVariant() : QVariant::fromValue(r.jobId));
            query.addBindValue(ChangeRecord::stateName(r.state));
            query.addBindValue(r.errorInfo);
            query.addBindValue(r.httpStatus);
            if (!query.exec()) {
                return false;
            }
            inserted.append(query.lastInsertId().toLongLong());
        }
        return true;
    });
    if (written && ids) {
        *ids = inserted;
    }
    return written;
}

bool ChangeHistory::setOutcomes(const QList<ChangeRecord> &answered)
{
    return m_db->transaction(tr("Cannot write the change history"), [&](QSqlQuery &query) {
        query.prepare(
            QStringLiteral("UPDATE changes SET state = ?, error_code = ?, error_info = ?, random = ?,"
                           " http_status = ?, outcome = ?, read_back = ? WHERE id = ?"));
        for (const ChangeRecord &r : answered) {
            query.addBindValue(ChangeRecord::stateName(r.state));
            query.addBindValue(r.errorCode);
            query.addBindValue(r.errorInfo);
            query.addBindValue(QVariant::fromValue(static_cast<qint64>(r.random)));
            query.addBindValue(r.httpStatus);
            query.addBindValue(r.outcome);
            query.addBindValue(encodeReadBack(r.readBack));
            query.addBindValue(r.id);
            if (!query.exec()) {
                return false;
            }
        }
        return true;
    });
}

bool ChangeHistory::setReadBack(const QHash<qint64, ChangeRecord::ReadBack> &results)
{
    return m_db->transaction(tr("Cannot write the change history"), [&](QSqlQuery &query) {
        query.prepare(QStringLiteral("UPDATE changes SET read_back = ? WHERE id = ?"));
        for (auto it = results.cbegin(); it != results.cend(); ++it) {
            query.addBindValue(encodeReadBack(it.value()));
            query.addBindValue(it.key());
            if (!query.exec()) {
                return false;
            }
        }
        return true;
    });
}

QList<ChangeRecord> ChangeHistory::recent(int limit, const QString &account) const
{
    HistoryFilter filter;
    filter.account = account;
    return find(filter, limit);
}

QList<ChangeRecord> ChangeHistory::find(const HistoryFilter &filter, int limit) const
{
    QList<ChangeRecord> records;
    if (!m_db->open()) {
        return records;
    }
    QStringList conditions;
    QVariantList values;
    const auto where = [&](const char *condition, const QVariant &value) {
        conditions.append(QLatin1String(condition));
        values.append(value);
    };
    if (filter.changeId != 0) {
        where("id = ?", filter.changeId);
    }
    if (filter.jobId != 0) {
        where("job_id = ?", filter.jobId);
    }
    if (!filter.account.isEmpty()) {
        where("account = ?", filter.account);
    }
    if (!filter.tag.isEmpty()) {
        where("tag = ?", filter.tag);
    }
    if (!filter.connectionId.isEmpty()) {
        where("connection_id = ?", filter.connectionId);
    }
    // Times are stored as UTC ISO text with milliseconds, so text order is time order.
    if (filter.since.isValid()) {
        where("at >= ?", filter.since.toUTC().toString(Qt::ISODateWithMs));
    }
    if (filter.until.isValid()) {
        where("at < ?", filter.until.toUTC().toString(Qt::ISODateWithMs));
    }
    if (filter.state) {
        if (*filter.state == ChangeRecord::State::Pending || *filter.state == ChangeRecord::State::Unknown) {
            conditions.append(QStringLiteral("state IN ('pending', 'unknown')"));
        } else {
            where("state = ?", ChangeRecord::stateName(*filter.state));
        }
    }
    if (!filter.search.isEmpty()) {
        conditions.append(QStringLiteral("(instr(lower(account), ?) OR instr(lower(tag), ?) OR"
                                         " instr(lower(old_value), ?) OR instr(lower(new_value), ?) OR"
                                         " instr(lower(connection), ?))"));
        for (int i = 0; i < 5; ++i) {
            values.append(filter.search.toLower());
        }
    }
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("SELECT %1 FROM changes").arg(QLatin1String(kColumns))
        + (conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    for (const QVariant &value : std::as_const(values)) {
        query.addBindValue(value);
    }
    query.addBindValue(limit);
    if (!query.exec()) {
        return records;
    }
    while (query.next()) {
        records.append(readRecord(query));
    }
    return records;
}

HistoryFacets ChangeHistory::facets() const
{
    HistoryFacets facets;
    if (!m_db->open()) {
        return facets;
    }
    QSqlQuery query(m_db->database());
    // Rows older than schema 2 have no connection id; the name is all there is to tell them apart.
    if (query.exec(
            QStringLiteral("SELECT connection_id, connection FROM changes WHERE id IN"
                           " (SELECT MAX(id) FROM changes GROUP BY connection_id)"
                           " AND connection_id IS NOT NULL AND connection_id != '' ORDER BY id DESC"))) {
        while (query.next()) {
            facets.connections.append({ query.value(0).toString(), query.value(1).toString() });
        }
    }
    if (query.exec(QStringLiteral("SELECT DISTINCT tag FROM changes ORDER BY tag"))) {
        while (query.next()) {
            facets.tags.append(query.value(0).toString());
        }
    }
    return facets;
}

bool ChangeHistory::clear()
{
    return m_db->transaction(tr("Cannot clear the change history"),
        [](QSqlQuery &query) { return query.exec(QStringLiteral("DELETE FROM changes")); });
}

QString ChangeHistory::path() const
{
    return m_db->path();
}
