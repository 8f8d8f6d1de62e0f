#include "history/changehistory.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

ChangeRecord record(const QString &account, const QString &tag, const QJsonValue &oldValue,
    const QJsonValue &newValue, qint64 msecs)
{
    ChangeRecord r;
    r.at = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    r.connection = QStringLiteral("Production (Singapore)");
    r.region = QStringLiteral("Singapore");
    r.sdkAppId = 1400000000;
    r.account = account;
    r.tag = tag;
    r.oldValue = oldValue;
    r.newValue = newValue;
    r.errorCode = 0;
    r.outcome = QStringLiteral("OK");
    r.random = 4294967295u;
    r.connectionId = QStringLiteral("9d2e");
    r.regionId = QStringLiteral("singapore");
    r.baseUrl = QStringLiteral("https://adminapisgp.im.qcloud.com");
    r.adminIdentifier = QStringLiteral("administrator");
    r.readBack = ChangeRecord::ReadBack::Stuck;
    return r;
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestChangeHistory final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void appendThenReadKeepsEveryFieldAndJsonType()
    {
        const QList<ChangeRecord> written {
            record(QStringLiteral("user_1"), QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("Anna"),
                QStringLiteral("安娜"), 1700000000000),
            // A number stays a number, a numeric string stays a string, and "not set" stays unset.
            record(QStringLiteral("user_1"), QStringLiteral("Tag_Profile_IM_Level"),
                QJsonValue(QJsonValue::Undefined), 3, 1700000000001),
            record(QStringLiteral("user_2"), QStringLiteral("Tag_Profile_Custom_Code"), QStringLiteral("3"),
                QStringLiteral(""), 1700000000002),
        };
        {
            ChangeHistory history(path("a/history.sqlite"));
            QVERIFY2(history.isOpen(), qPrintable(history.errorString()));
            QVERIFY(history.append(written));
        }
        ChangeHistory reopened(path("a/history.sqlite"));
        const QList<ChangeRecord> read = reopened.recent(10);
        QCOMPARE(read.size(), 3);
        // Newest first.
        QCOMPARE(read.at(0), written.at(2));
        QCOMPARE(read.at(1), written.at(1));
        QCOMPARE(read.at(2), written.at(0));
        QVERIFY(read.at(1).oldValue.isUndefined());
        QVERIFY(read.at(1).newValue.isDouble());
        QVERIFY(read.at(0).oldValue.isString());
    }

    // A file written by the first release (schema 1) keeps its rows and gains the new columns.
    void firstReleaseFileIsMigratedWithItsRows()
    {
        const QString old = path("v1.sqlite");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(old);
            QVERIFY(db.open());
            QSqlQuery query(db);
            // The schema exactly as version 1 created it.
            QVERIFY(query.exec(
                QStringLiteral("CREATE TABLE IF NOT EXISTS changes ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, connection TEXT,"
                               " region TEXT, sdkappid INTEGER, account TEXT NOT NULL, tag TEXT NOT NULL,"
                               " old_value TEXT, new_value TEXT, error_code INTEGER, outcome TEXT,"
                               " random INTEGER)")));
            QVERIFY(
                query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS changes_account ON changes(account)")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO changes (at, connection, region, sdkappid, account, tag, old_value, new_value,"
                " error_code, outcome, random) VALUES ('2024-03-01T10:00:00.000Z', 'Old prod', 'Singapore',"
                " 1400000000, 'user_7', 'Tag_Profile_IM_Nick', '[\"Ann\"]', '[\"Anna\"]', 0, 'OK', 77)")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        ChangeRecord written
            = record(QStringLiteral("user_8"), QStringLiteral("Tag_Profile_IM_Level"), 1, 2, 1700000000000);
        written.connectionId = QStringLiteral("4f1c");
        written.regionId = QStringLiteral("custom");
        written.baseUrl = QStringLiteral("https://gateway.example.com");
        written.adminIdentifier = QStringLiteral("ops_admin");
        written.readBack = ChangeRecord::ReadBack::NotVerified;
        {
            ChangeHistory history(old);
            QVERIFY2(history.isOpen(), qPrintable(history.errorString()));
            const QList<ChangeRecord> before = history.recent(10);
            QCOMPARE(before.size(), 1);
            const ChangeRecord &kept = before.first();
            QCOMPARE(kept.at, QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC));
            QCOMPARE(kept.connection, QStringLiteral("Old prod"));
            QCOMPARE(kept.sdkAppId, quint64(1400000000));
            QCOMPARE(kept.account, QStringLiteral("user_7"));
            QCOMPARE(kept.oldValue.toString(), QStringLiteral("Ann"));
            QCOMPARE(kept.newValue.toString(), QStringLiteral("Anna"));
            QCOMPARE(kept.random, 77u);
            QCOMPARE(kept.readBack, ChangeRecord::ReadBack::NotApplicable);
            QCOMPARE(kept.resultText(), QStringLiteral("OK"));
            QVERIFY(kept.baseUrl.isEmpty());
            QList<qint64> ids;
            QVERIFY2(history.append({ written }, &ids), qPrintable(history.errorString()));
            QCOMPARE(ids.size(), 1);
            QCOMPARE(history.recent(1).first().resultText(), QStringLiteral("OK, not read back"));
            QVERIFY(history.setReadBack({ { ids.first(), ChangeRecord::ReadBack::DidNotStick } }));
        }
        ChangeHistory reopened(old);
        const QList<ChangeRecord> after = reopened.recent(10);
        QCOMPARE(after.size(), 2);
        written.readBack = ChangeRecord::ReadBack::DidNotStick;
        QCOMPARE(after.at(0), written);
        QCOMPARE(after.at(0).resultText(), QStringLiteral("OK, but did not stick"));
        QCOMPARE(after.at(1).account, QStringLiteral("user_7"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(old);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), 2);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void recentFiltersByAccountAndLimits()
    {
        ChangeHistory history(path("b.sqlite"));
        for (int i = 0; i < 5; ++i) {
            QVERIFY(history.append({ record(i % 2 ? QStringLiteral("odd") : QStringLiteral("even"),
                QStringLiteral("Tag_Profile_IM_Level"), i, i + 1, 1700000000000 + i) }));
        }
        const QList<ChangeRecord> odd = history.recent(10, QStringLiteral("odd"));
        QCOMPARE(odd.size(), 2);
        QCOMPARE(odd.first().newValue.toInt(), 4);
        QCOMPARE(history.recent(3).size(), 3);
    }

    void damagedFileIsReportedAndLeftAlone()
    {
        const QString damaged = path("damaged.sqlite");
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, '\x5a'));
        }
        const QByteArray before = digest(damaged);
        ChangeHistory history(damaged);
        QVERIFY(!history.isOpen());
        QVERIFY(history.errorString().contains(QStringLiteral("damaged")));
        QVERIFY(
            !history.append({ record(QStringLiteral("x"), QStringLiteral("Tag_Profile_IM_Nick"), 1, 2, 0) }));
        QVERIFY(history.recent(10).isEmpty());
        QCOMPARE(digest(damaged), before);
    }

    void newerFileIsNotTouched()
    {
        const QString newer = path("newer.sqlite");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("prep"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("prep"));
        ChangeHistory history(newer);
        QVERIFY(!history.isOpen());
        QVERIFY(history.errorString().contains(QStringLiteral("newer")));
    }

    void twoInstancesCoexist()
    {
        ChangeHistory first(path("c.sqlite"));
        ChangeHistory second(path("d.sqlite"));
        QVERIFY(first.isOpen() && second.isOpen());
        QVERIFY(
            first.append({ record(QStringLiteral("u"), QStringLiteral("Tag_Profile_IM_Nick"), 1, 2, 0) }));
        QCOMPARE(first.recent(10).size(), 1);
        QCOMPARE(second.recent(10).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChangeHistory)
#include "tst_changehistory.moc"
