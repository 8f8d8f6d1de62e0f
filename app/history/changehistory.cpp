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

namespace {

const int kSchemaVersion = 1;

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

bool ChangeRecord::operator==(const ChangeRecord &other) const
{
    return at == other.at && connection == other.connection && region == other.region
        && sdkAppId == other.sdkAppId && account == other.account && tag == other.tag
        && oldValue == other.oldValue && newValue == other.newValue && errorCode == other.errorCode
        && outcome == other.outcome && random == other.random;
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
    if (version < kSchemaVersion) {
        const bool created = query.exec(QStringLiteral(
                                 "CREATE TABLE IF NOT EXISTS changes ("
                                 " id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, connection TEXT,"
                                 " region TEXT, sdkappid INTEGER, account TEXT NOT NULL, tag TEXT NOT NULL,"
                                 " old_value TEXT, new_value TEXT, error_code INTEGER, outcome TEXT,"
                                 " random INTEGER)"))
            && query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS changes_account ON changes(account)"))
            && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
        if (!created) {
            fail(tr("Cannot prepare the change history"), query.lastError().text());
            return false;
        }
    }
    m_open = true;
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

bool ChangeHistory::append(const QList<ChangeRecord> &records)
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
                       " new_value, error_code, outcome, random)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
                       " error_code, outcome, random FROM changes")
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
