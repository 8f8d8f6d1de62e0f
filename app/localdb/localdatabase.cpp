#include "localdb/localdatabase.h"

#include "privatefiles/privatefiles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

LocalDatabase::LocalDatabase(QString path, QString what, QList<QStringList> migrations)
    : m_path(std::move(path))
    , m_what(std::move(what))
    , m_migrations(std::move(migrations))
    , m_connectionName(QStringLiteral("cpc-db-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

LocalDatabase::~LocalDatabase()
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

QSqlDatabase LocalDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString LocalDatabase::errorString() const
{
    open();
    return m_error;
}

bool LocalDatabase::open() const
{
    if (m_tried) {
        return m_open;
    }
    m_tried = true;
    QString problem;
    if (!PrivateFiles::prepareFile(m_path, &problem)) {
        return fail(tr("Cannot create %1").arg(m_what), problem);
    }
    for (const QLatin1String suffix :
        { QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal") }) {
        PrivateFiles::restrictExisting(m_path + suffix);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // Another process holding the write lock (a CLI script next to the window) is waited for,
    // not failed: its transactions are a few milliseconds long.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return fail(tr("Cannot open %1").arg(m_what), db.lastError().text());
    }
    QSqlQuery query(db);
    // A damaged file fails here, before anything is written to it.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return fail(tr("The file of %1 is damaged").arg(m_what), query.lastError().text());
    }
    const int version = query.value(0).toInt();
    const int current = int(m_migrations.size());
    if (version > current) {
        return fail(tr("%1 was written by a newer version of the console").arg(m_what), m_path);
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        || !query.exec(QStringLiteral("PRAGMA synchronous=FULL"))) {
        return fail(tr("Cannot open %1").arg(m_what), query.lastError().text());
    }
    m_open = true;
    if (version < current && !migrate()) {
        return false;
    }
    return true;
}

bool LocalDatabase::migrate() const
{
    // Two processes may open a new or old file at the same moment: the write lock is taken first
    // and the version read again under it, so the second finds the work done instead of adding
    // the same columns twice.
    QSqlQuery query(database());
    const QString failure = tr("Cannot prepare %1").arg(m_what);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return fail(failure, query.lastError().text());
    }
    const auto rollBack = [&] {
        const QString detail = query.lastError().text();
        query.exec(QStringLiteral("ROLLBACK"));
        return fail(failure, detail);
    };
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return rollBack();
    }
    const int fromVersion = query.value(0).toInt();
    if (fromVersion > int(m_migrations.size())) {
        // A newer console migrated it meanwhile: never write an older version over it.
        query.exec(QStringLiteral("ROLLBACK"));
        return fail(tr("%1 was written by a newer version of the console").arg(m_what), m_path);
    }
    for (int version = fromVersion; version < int(m_migrations.size()); ++version) {
        for (const QString &step : m_migrations.at(version)) {
            if (!query.exec(step)) {
                return rollBack();
            }
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(m_migrations.size()))
        || !query.exec(QStringLiteral("COMMIT"))) {
        return rollBack();
    }
    return true;
}

bool LocalDatabase::transaction(const QString &failure, const std::function<bool(QSqlQuery &)> &work) const
{
    if (!open()) {
        return false;
    }
    QSqlDatabase db = database();
    if (!db.transaction()) {
        return fail(failure, db.lastError().text());
    }
    QSqlQuery query(db);
    if (!work(query)) {
        const QString detail = query.lastError().text();
        db.rollback();
        return fail(failure, detail);
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return fail(failure, detail);
    }
    return true;
}

bool LocalDatabase::fail(const QString &failure, const QString &detail) const
{
    m_open = false;
    m_error = tr("%1: %2.").arg(failure, detail);
    return false;
}
