#include "history/changehistory.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSet>
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
    r.state = ChangeRecord::State::Ok;
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

// The schema version a file says it has, read with plain SQL (-1 when it cannot be read).
int userVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
                version = query.value(0).toInt();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version"));
    return version;
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
        QList<ChangeRecord> written {
            record(QStringLiteral("user_1"), QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("Anna"),
                QStringLiteral("安娜"), 1700000000000),
            // A number stays a number, a numeric string stays a string, and "not set" stays unset.
            record(QStringLiteral("user_1"), QStringLiteral("Tag_Profile_IM_Level"),
                QJsonValue(QJsonValue::Undefined), 3, 1700000000001),
            record(QStringLiteral("user_2"), QStringLiteral("Tag_Profile_Custom_Code"), QStringLiteral("3"),
                QStringLiteral(""), 1700000000002),
        };
        // Written by bulk job 7 (the other two by no job).
        written[2].jobId = 7;
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
        QCOMPARE(read.at(0).jobId, qint64(7));
        QCOMPARE(read.at(1).jobId, qint64(0));
    }

    // tests/history/data/history-v2.sqlite was written by ChangeHistory::append() of schema 2 (commit
    // 22b7ec0, the release before job ids) with the five records below, in three appends: upgrading
    // keeps every one of them, as written by no job, and new rows carry their job.
    void schemaTwoFileIsMigratedWithItsRows()
    {
        const QString copy = path("v2.sqlite");
        QVERIFY(QFile::copy(QStringLiteral(HISTORY_TEST_DATA "/history-v2.sqlite"), copy));
        QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(userVersion(copy), 2);

        const QString singaporeId = QStringLiteral("5b0c3a3e-1f4e-4d7a-9a53-2f6d0e7c41a1");
        const QString gatewayId = QStringLiteral("0e9d7f52-8b6a-4c1e-b7f3-6a2c9d4e8f10");
        ChangeRecord nick;
        nick.at = QDateTime(QDate(2026, 11, 20), QTime(9, 30, 0, 125), Qt::UTC);
        nick.connection = QStringLiteral("Production (Singapore)");
        nick.connectionId = singaporeId;
        nick.region = QStringLiteral("Singapore");
        nick.regionId = QStringLiteral("singapore");
        nick.baseUrl = QStringLiteral("https://adminapisgp.im.qcloud.com");
        nick.sdkAppId = 1400000001;
        nick.adminIdentifier = QStringLiteral("administrator");
        nick.account = QStringLiteral("user_1");
        nick.tag = QStringLiteral("Tag_Profile_IM_Nick");
        nick.oldValue = QStringLiteral("Anna");
        nick.newValue = QStringLiteral("安娜");
        nick.errorCode = 0;
        nick.state = ChangeRecord::State::Ok; // the migration's reading of ErrorCode 0
        nick.outcome = QStringLiteral("OK");
        nick.random = 4294967295u;
        nick.readBack = ChangeRecord::ReadBack::Stuck;

        ChangeRecord level = nick;
        level.tag = QStringLiteral("Tag_Profile_IM_Level");
        level.oldValue = QJsonValue(QJsonValue::Undefined);
        level.newValue = 3;
        level.readBack = ChangeRecord::ReadBack::DidNotStick;

        ChangeRecord code;
        code.at = QDateTime(QDate(2026, 11, 21), QTime(17, 5, 42, 7), Qt::UTC);
        code.connection = QStringLiteral("Gateway");
        code.connectionId = gatewayId;
        code.region = QStringLiteral("gateway.example.com");
        code.regionId = QStringLiteral("custom");
        code.baseUrl = QStringLiteral("https://gateway.example.com");
        code.sdkAppId = 1400000002;
        code.adminIdentifier = QStringLiteral("ops_admin");
        code.account = QStringLiteral("user_2");
        code.tag = QStringLiteral("Tag_Profile_Custom_Code");
        code.oldValue = QStringLiteral("3");
        code.newValue = QStringLiteral("");
        code.errorCode = -1;
        code.state = ChangeRecord::State::Unknown;
        code.outcome = QStringLiteral("Timed out");
        code.random = 12345;

        ChangeRecord gender = code;
        gender.at = QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);
        gender.account = QStringLiteral("user_3");
        gender.tag = QStringLiteral("Tag_Profile_IM_Gender");
        gender.oldValue = QStringLiteral("Gender_Type_Male");
        gender.newValue = QStringLiteral("Gender_Type_Female");
        gender.errorCode = 0;
        gender.state = ChangeRecord::State::Ok;
        gender.outcome = QStringLiteral("OK");
        gender.random = 1;
        gender.readBack = ChangeRecord::ReadBack::NotVerified;

        ChangeRecord allowType = nick;
        allowType.at = QDateTime(QDate(2026, 11, 23), QTime(23, 59, 59, 999), Qt::UTC);
        allowType.account = QStringLiteral("user_4");
        allowType.tag = QStringLiteral("Tag_Profile_IM_AllowType");
        allowType.oldValue = QStringLiteral("AllowType_Type_NeedConfirm");
        allowType.newValue = QStringLiteral("AllowType_Type_Bogus");
        allowType.errorCode = 40001;
        allowType.state = ChangeRecord::State::Failed;
        allowType.outcome = QStringLiteral("FAIL 40001");
        allowType.random = 2718281828u;
        allowType.readBack = ChangeRecord::ReadBack::NotApplicable;

        const QList<ChangeRecord> newestFirst { allowType, gender, code, level, nick };
        ChangeRecord bulk
            = record(QStringLiteral("user_9"), QStringLiteral("Tag_Profile_IM_Level"), 1, 2, 1800000000000);
        bulk.jobId = 4242;
        {
            ChangeHistory history(copy);
            QVERIFY2(history.isOpen(), qPrintable(history.errorString()));
            QCOMPARE(history.recent(10), newestFirst);
            for (const ChangeRecord &kept : history.recent(10)) {
                QCOMPARE(kept.jobId, qint64(0));
            }
            QCOMPARE(history.recent(10).at(2).resultText(), QStringLiteral("Timed out"));
            QCOMPARE(history.recent(10).at(0).resultText(), QStringLiteral("FAIL 40001"));
            QVERIFY2(history.append({ bulk }), qPrintable(history.errorString()));
        }
        QCOMPARE(userVersion(copy), 4);
        ChangeHistory reopened(copy);
        QCOMPARE(reopened.recent(10), QList<ChangeRecord> { bulk } + newestFirst);
        QCOMPARE(reopened.recent(1).first().jobId, qint64(4242));
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
        QCOMPARE(after.at(1).jobId, qint64(0));
        QCOMPARE(userVersion(old), 4);
    }

    // Recorded before sending, completed when the answer came: a record whose answer never came
    // (the process was killed in between) says so instead of claiming anything.
    void pendingRecordsAreCompletedByTheirAnswer()
    {
        const QString file = path("pending.sqlite");
        ChangeRecord pending = record(QStringLiteral("user_5"), QStringLiteral("Tag_Profile_IM_Nick"),
            QStringLiteral("Ann"), QStringLiteral("Anna"), 1764640000000);
        pending.state = ChangeRecord::State::Pending;
        pending.errorCode = -1;
        pending.random = 0;
        pending.readBack = ChangeRecord::ReadBack::NotApplicable;
        ChangeRecord second = pending;
        second.account = QStringLiteral("user_6");
        QList<qint64> ids;
        {
            ChangeHistory history(file);
            QVERIFY(history.append({ pending, second }, &ids));
        }
        ChangeHistory history(file); // as after a crash
        QCOMPARE(history.recent(10).at(1).state, ChangeRecord::State::Pending);
        QCOMPARE(
            history.recent(10).at(1).resultText(), QStringLiteral("Outcome unknown: no answer recorded"));

        ChangeRecord answered = pending;
        answered.id = ids.at(0);
        answered.state = ChangeRecord::State::Failed;
        answered.errorCode = 40601;
        answered.errorInfo = QStringLiteral("Err_Profile_Nick_Too_Long");
        answered.httpStatus = 200;
        answered.random = 99;
        QVERIFY(history.setOutcomes({ answered }));
        const ChangeRecord stored = history.recent(10).at(1);
        QCOMPARE(stored.id, ids.at(0));
        QCOMPARE(stored, answered);
        QCOMPARE(stored.resultText(), QStringLiteral("FAIL 40601"));
        QCOMPARE(history.recent(10).at(0).state, ChangeRecord::State::Pending); // the other one untouched
    }

    void findFiltersByEveryFact()
    {
        ChangeHistory history(path("find.sqlite"));
        QList<ChangeRecord> records;
        for (int i = 0; i < 6; ++i) {
            ChangeRecord r = record(i % 2 ? QStringLiteral("odd") : QStringLiteral("even_张"),
                i < 3 ? QStringLiteral("Tag_Profile_IM_Level") : QStringLiteral("Tag_Profile_IM_Nick"), i,
                i + 1, 1700000000000 + i * 1000);
            r.jobId = i < 4 ? 7 : 8;
            r.connectionId = i == 5 ? QStringLiteral("other") : QStringLiteral("9d2e");
            r.state = i == 4 ? ChangeRecord::State::Pending
                : i == 5     ? ChangeRecord::State::Unknown
                             : ChangeRecord::State::Ok;
            records.append(r);
        }
        QList<qint64> ids;
        QVERIFY(history.append(records, &ids));
        const auto found = [&](const HistoryFilter &filter) {
            QList<qint64> result;
            for (const ChangeRecord &r : history.find(filter)) {
                result.append(r.id);
            }
            return result;
        };
        HistoryFilter byJob;
        byJob.jobId = 8;
        QCOMPARE(found(byJob), (QList<qint64> { ids[5], ids[4] }));
        HistoryFilter byChange;
        byChange.changeId = ids[2];
        QCOMPARE(found(byChange), QList<qint64> { ids[2] });
        HistoryFilter span;
        span.since = QDateTime::fromMSecsSinceEpoch(1700000001000, Qt::UTC);
        span.until = QDateTime::fromMSecsSinceEpoch(1700000003000, Qt::UTC);
        QCOMPARE(found(span), (QList<qint64> { ids[2], ids[1] }));
        HistoryFilter unanswered;
        unanswered.state = ChangeRecord::State::Unknown;
        QCOMPARE(found(unanswered), (QList<qint64> { ids[5], ids[4] }));
        HistoryFilter tagAndAccount;
        tagAndAccount.tag = QStringLiteral("Tag_Profile_IM_Nick");
        tagAndAccount.account = QStringLiteral("odd");
        QCOMPARE(found(tagAndAccount), (QList<qint64> { ids[5], ids[3] }));
        HistoryFilter connection;
        connection.connectionId = QStringLiteral("other");
        QCOMPARE(found(connection), QList<qint64> { ids[5] });
        HistoryFilter search;
        search.search = QStringLiteral("EVEN_张");
        QCOMPARE(found(search), (QList<qint64> { ids[4], ids[2], ids[0] }));
        QCOMPARE(history.find({}, 2).size(), 2);
        QVERIFY(history.clear());
        QVERIFY(history.find({}).isEmpty());
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

    // Two console windows, or the console and a CLI script, writing one file at the same moment:
    // WAL and the busy timeout make the later writer wait instead of failing, and nothing is lost.
    void twoProcessesAppendingAtOnceLoseNothing()
    {
        const QString file = path("shared.sqlite");
        constexpr int kEach = 300;
        QProcess window;
        QProcess script;
        window.start(
            QStringLiteral(HISTORY_WRITER), { file, QStringLiteral("window"), QString::number(kEach) });
        script.start(
            QStringLiteral(HISTORY_WRITER), { file, QStringLiteral("script"), QString::number(kEach) });
        // Meanwhile this process reads, as the history tab does.
        ChangeHistory reader(file);
        int seen = 0;
        while (window.state() != QProcess::NotRunning || script.state() != QProcess::NotRunning) {
            seen = std::max(seen, int(reader.find({}).size()));
            window.waitForFinished(10);
            script.waitForFinished(10);
        }
        QCOMPARE(window.exitStatus(), QProcess::NormalExit);
        QCOMPARE(script.exitStatus(), QProcess::NormalExit);
        QVERIFY2(window.exitCode() == 0, window.readAllStandardError().constData());
        QVERIFY2(script.exitCode() == 0, script.readAllStandardError().constData());
        QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
        const QList<ChangeRecord> all = reader.find({});
        QCOMPARE(all.size(), 2 * kEach);
        QSet<QString> accounts;
        for (const ChangeRecord &r : all) {
            accounts.insert(r.account);
        }
        QCOMPARE(accounts.size(), 2 * kEach);
        QVERIFY(
            accounts.contains(QStringLiteral("window_0")) && accounts.contains(QStringLiteral("script_299")));
    }
};

QTEST_GUILESS_MAIN(TestChangeHistory)
#include "tst_changehistory.moc"
