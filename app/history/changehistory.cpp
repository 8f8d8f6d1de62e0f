#include "history/changehistory.h"

#include "privatefiles/privatefiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <tuple>

namespace {

// 1: the first release. 2: where each write went (connection id, region id, base URL, admin) and
// what its read-back found. 3: the write job (Apply, bulk job, revert) each write belongs to.
const int kSchemaVersion = 3;

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

} // namespace

QString ChangeRecord::resultText() const
{
    switch (readBack) {
    case ReadBack::NotVerified:
        return ChangeHistory::tr("%1, not read back").arg(outcome);
    case ReadBack::DidNotStick:
        return ChangeHistory::tr("%1, but did not stick").arg(outcome);
    case ReadBack::Stuck:
        if (errorCode == -1) {
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
            r.adminIdentifier, r.account, r.tag, r.oldValue, r.newValue, r.errorCode, r.outcome, r.random,
            r.readBack, r.jobId);
    };
    return fields(*this) == fields(other);
}

QString ChangeHistory::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("history.sqlite"));
}

ChangeHistory::ChangeHistory(const QString &path)
    : m_path(path)
    , m_connectionName(QStringLiteral("cpc-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

bool ChangeHistory::isOpen() const
{
    return open();
}

QString ChangeHistory::errorString() const
{
    open();
    return m_error;
}

bool ChangeHistory::open() const
{
    if (m_tried) {
        return m_open;
    }
    m_tried = true;
    // The history names accounts and their values: the user's alone (#11.8). SQLite gives its
    // -wal, -shm and -journal files the database file's permissions; ones left by an earlier
    // version are tightened too.
    QString problem;
    if (!PrivateFiles::prepareFile(m_path, &problem)) {
        fail(tr("Cannot create the change history"), problem);
        return false;
    }
    for (const QLatin1String suffix :
        { QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal") }) {
        PrivateFiles::restrictExisting(m_path + suffix);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        fail(tr("Cannot open the change history"), db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    // A damaged file fails here, before anything is written to it.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        fail(tr("The change history file is damaged"), query.lastError().text());
        return false;
    }
    const int version = query.value(0).toInt();
    if (version > kSchemaVersion) {
        fail(tr("The change history was written by a newer version of the console"), m_path);
        return false;
    }
    if (version < kSchemaVersion && !migrate(version)) {
        return false;
    }
    m_open = true;
    return true;
}

// Brings the file from fromVersion to kSchemaVersion in one transaction; rows already there are
// kept as they are (their new columns stay NULL: "not recorded then").
bool ChangeHistory::migrate(int fromVersion) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        return fail(tr("Cannot prepare the change history"), db.lastError().text());
    }
    QSqlQuery query(db);
    QStringList steps;
    if (fromVersion < 1) {
        steps << QStringLiteral("CREATE TABLE IF NOT EXISTS changes ("
                                " id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, connection TEXT,"
                                " region TEXT, sdkappid INTEGER, account TEXT NOT NULL, tag TEXT NOT NULL,"
                                " old_value TEXT, new_value TEXT, error_code INTEGER, outcome TEXT,"
                                " random INTEGER)")
              << QStringLiteral("CREATE INDEX IF NOT EXISTS changes_account ON changes(account)");
    }
    if (fromVersion < 2) {
        for (const char *column : { "connection_id", "region_id", "base_url", "admin", "read_back" }) {
            steps << QStringLiteral("ALTER TABLE changes ADD COLUMN %1 TEXT").arg(QLatin1String(column));
        }
    }
    if (fromVersion < 3) {
        steps << QStringLiteral("ALTER TABLE changes ADD COLUMN job_id INTEGER")
              << QStringLiteral("CREATE INDEX IF NOT EXISTS changes_job ON changes(job_id)");
    }
    steps << QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion);
    for (const QString &step : std::as_const(steps)) {
        if (!query.exec(step)) {
            const QString error = query.lastError().text();
            db.rollback();
            return fail(tr("Cannot prepare the change history"), error);
        }
    }
    if (!db.commit()) {
        db.rollback();
        return fail(tr("Cannot prepare the change history"), db.lastError().text());
    }
    return true;
}

ChangeHistory::~ChangeHistory()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ChangeHistory::append(const QList<ChangeRecord> &records, QList<qint64> *ids)
{
    if (!open()) {
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // One transaction per Apply: all of its fields are recorded, or none.
    if (!db.transaction()) {
        return fail(tr("Cannot write the change history"), db.lastError().text());
    }
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO changes (at, connection, region, sdkappid, account, tag, old_value,"
                       " new_value, error_code, outcome, random, connection_id, region_id, base_url, admin,"
                       " read_back, job_id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QList<qint64> inserted;
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
        // NULL for "no job", as rows written before jobs have.
        query.addBindValue(r.jobId == 0 ? QVariant() : QVariant::fromValue(r.jobId));
        if (!query.exec()) {
            db.rollback();
            return fail(tr("Cannot write the change history"), query.lastError().text());
        }
        inserted.append(query.lastInsertId().toLongLong());
    }
    if (!db.commit()) {
        db.rollback();
        return fail(tr("Cannot write the change history"), db.lastError().text());
    }
    if (ids) {
        *ids = inserted;
    }
    return true;
}

bool ChangeHistory::setReadBack(const QHash<qint64, ChangeRecord::ReadBack> &results)
{
    if (!open()) {
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        return fail(tr("Cannot write the change history"), db.lastError().text());
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE changes SET read_back = ? WHERE id = ?"));
    for (auto it = results.cbegin(); it != results.cend(); ++it) {
        query.addBindValue(encodeReadBack(it.value()));
        query.addBindValue(it.key());
        if (!query.exec()) {
            db.rollback();
            return fail(tr("Cannot write the change history"), query.lastError().text());
        }
    }
    if (!db.commit()) {
        db.rollback();
        return fail(tr("Cannot write the change history"), db.lastError().text());
    }
    return true;
}

QList<ChangeRecord> ChangeHistory::recent(int limit, const QString &account) const
{
    QList<ChangeRecord> records;
    if (!open()) {
        return records;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("SELECT at, connection, region, sdkappid, account, tag, old_value, new_value,"
                       " error_code, outcome, random, connection_id, region_id, base_url, admin, read_back,"
                       " job_id FROM changes")
        + (account.isEmpty() ? QString() : QStringLiteral(" WHERE account = ?"))
        + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    if (!account.isEmpty()) {
        query.addBindValue(account);
    }
    query.addBindValue(limit);
    if (!query.exec()) {
        return records;
    }
    while (query.next()) {
        ChangeRecord r;
        r.at = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        r.connection = query.value(1).toString();
        r.region = query.value(2).toString();
        r.sdkAppId = query.value(3).toULongLong();
        r.account = query.value(4).toString();
        r.tag = query.value(5).toString();
        r.oldValue = decode(query.value(6));
        r.newValue = decode(query.value(7));
        r.errorCode = query.value(8).toInt();
        r.outcome = query.value(9).toString();
        r.random = query.value(10).toUInt();
        r.connectionId = query.value(11).toString();
        r.regionId = query.value(12).toString();
        r.baseUrl = query.value(13).toString();
        r.adminIdentifier = query.value(14).toString();
        r.readBack = decodeReadBack(query.value(15));
        r.jobId = query.value(16).toLongLong();
        records.append(r);
    }
    return records;
}

bool ChangeHistory::fail(const QString &what, const QString &detail) const
{
    m_open = false;
    m_error = tr("%1: %2. Profiles can still be edited; this session's changes are not recorded.")
                  .arg(what, detail);
    return false;
}
