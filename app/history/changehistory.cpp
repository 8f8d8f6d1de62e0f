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
            " read_back, job_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
    QList<ChangeRecord> records;
    if (!m_db->open()) {
        return records;
    }
    QSqlQuery query(m_db->database());
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
