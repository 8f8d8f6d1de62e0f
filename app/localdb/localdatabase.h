#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlQuery;

// One of the console's own SQLite files (the change history, the job store), opened the same way
// for all of them:
// - Private: the file and its -wal/-shm/-journal side files are 0600 (PrivateFiles).
// - Shared: WAL mode and a busy timeout, so two console windows and a CLI script can write the
//   same file at once; synchronous=FULL, so a committed transaction survives a power cut.
// - Versioned: PRAGMA user_version is the schema version; an older file is migrated in one
//   transaction, keeping its rows; a file from a newer version is refused, never rewritten.
// - Lazy: nothing is opened before the first use, so start-up does not pay for SQLite.
// Never throws: every failure leaves a translated errorString() and a false return.
class LocalDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(LocalDatabase)

public:
    // migrations[i] holds the statements that bring a file from version i to i + 1, so the schema
    // version is migrations.size(). what names the file for messages ("the job store").
    LocalDatabase(QString path, QString what, QList<QStringList> migrations);
    ~LocalDatabase();
    Q_DISABLE_COPY_MOVE(LocalDatabase)

    QString path() const { return m_path; }
    bool open() const;
    QString errorString() const;
    QSqlDatabase database() const;

    // Runs work in one transaction and commits it; rolls back when work returns false or a query
    // fails. failure is the message's start ("Cannot record the job").
    bool transaction(const QString &failure, const std::function<bool(QSqlQuery &)> &work) const;
    // Records a failure (what happened, and the driver's detail); always returns false.
    bool fail(const QString &failure, const QString &detail) const;

private:
    bool migrate() const;

    QString m_path;
    QString m_what;
    QList<QStringList> m_migrations;
    QString m_connectionName; // of the QSqlDatabase, unique per instance
    mutable bool m_tried = false;
    mutable bool m_open = false;
    mutable QString m_error;
};
