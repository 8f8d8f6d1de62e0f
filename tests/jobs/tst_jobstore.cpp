#include "jobs/jobstore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

JobRow row(int index, const QString &account, QList<FieldChange> changes, RowState state = RowState::Pending)
{
    JobRow r;
    r.index = index;
    r.line = index + 2; // below the header
    r.account = account;
    r.changes = std::move(changes);
    r.state = state;
    return r;
}

WriteJob sampleJob(WriteJob::Kind kind = WriteJob::Kind::Bulk)
{
    WriteJob job;
    job.kind = kind;
    job.createdAt = QDateTime::fromMSecsSinceEpoch(1764640000123, Qt::UTC);
    job.target = { QStringLiteral("conn-7"), QUrl(QStringLiteral("https://adminapisgp.im.qcloud.com")),
        1400000001, QStringLiteral("administrator") };
    job.regionId = QStringLiteral("singapore");
    job.source = QStringLiteral("reported.csv");
    job.rate = 100;
    job.rows = {
        // "3" the string and 3 the number stay apart; a field that was not set has no old value.
        row(0, QStringLiteral("zhang_wei"),
            { { QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("3"), QStringLiteral("张伟") },
                { QStringLiteral("Tag_Profile_IM_Level"), QJsonValue(QJsonValue::Undefined), 3 } }),
        row(1, QStringLiteral("li_na"), {}, RowState::Unchanged),
        row(2, QString(), {}, RowState::Skipped), // a row without an account cell
    };
    job.rows[2].reason = QStringLiteral("invalid-input");
    return job;
}

} // namespace

class TestJobStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("jobs-%1.sqlite").arg(++m_files)); }

private Q_SLOTS:
    void createThenLoadKeepsThePlanAndTheTarget()
    {
        const QString path = freshPath();
        WriteJob job = sampleJob();
        {
            JobStore store(path);
            QVERIFY2(store.create(job), qPrintable(store.errorString()));
            QVERIFY(job.id > 0);
        }
        JobStore reopened(path); // another process, later
        const std::optional<WriteJob> loaded = reopened.load(job.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->kind, WriteJob::Kind::Bulk);
        QCOMPARE(loaded->createdAt, job.createdAt);
        QVERIFY(loaded->target == job.target);
        QCOMPARE(loaded->regionId, QStringLiteral("singapore"));
        QCOMPARE(loaded->source, QStringLiteral("reported.csv"));
        QCOMPARE(loaded->rate, 100);
        QCOMPARE(loaded->rows.size(), 3);
        QCOMPARE(loaded->rows.at(0).changes, job.rows.at(0).changes);
        QVERIFY(loaded->rows.at(0).changes.at(0).oldValue.isString());
        QVERIFY(loaded->rows.at(0).changes.at(1).oldValue.isUndefined());
        QVERIFY(loaded->rows.at(0).changes.at(1).newValue.isDouble());
        QCOMPARE(loaded->rows.at(0).line, 2);
        QCOMPARE(loaded->rows.at(1).state, RowState::Unchanged);
        QCOMPARE(loaded->rows.at(2).reason, QStringLiteral("invalid-input"));
    }

    void sentAndAnswersArePersistedAsRecorded()
    {
        const QString path = freshPath();
        WriteJob job = sampleJob();
        JobStore store(path);
        QVERIFY(store.create(job));
        QVERIFY(store.markSent(job.id, { 0 }));
        QCOMPARE(JobStore(path).load(job.id)->rows.at(0).state, RowState::Sent);

        JobRow answered = job.rows.at(0);
        answered.state = RowState::Failed;
        answered.errorCode = 40001;
        answered.errorInfo = QStringLiteral("Err_Profile_Comm_Decode_Fail");
        answered.errorDisplay = QStringLiteral("参数错误");
        answered.random = 4294967295u;
        answered.httpStatus = 200;
        answered.didNotStick
            = QStringList { QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("Tag_Profile_IM_Level") };
        answered.readBack = true;
        QVERIFY(store.recordOutcomes(job.id, { answered }));
        QVERIFY(store.setFinished(job.id, true));

        const WriteJob loaded = *JobStore(path).load(job.id);
        const JobRow &r = loaded.rows.at(0);
        QCOMPARE(r.state, RowState::Failed);
        QCOMPARE(r.errorCode, 40001);
        QCOMPARE(r.errorInfo, QStringLiteral("Err_Profile_Comm_Decode_Fail"));
        QCOMPARE(r.errorDisplay, QStringLiteral("参数错误"));
        QCOMPARE(r.random, 4294967295u);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.didNotStick, answered.didNotStick);
        QVERIFY(r.readBack);
        QCOMPARE(r.changes, job.rows.at(0).changes); // answers never touch the plan
        QVERIFY(loaded.finished);
    }

    void latestUnfinishedIsTheNewestUnfinishedJobOfItsKind()
    {
        JobStore store(freshPath());
        QVERIFY(!store.latestUnfinished());
        WriteJob older = sampleJob();
        WriteJob newer = sampleJob();
        WriteJob finished = sampleJob();
        WriteJob apply = sampleJob(WriteJob::Kind::Apply);
        QVERIFY(store.create(older));
        QVERIFY(store.create(newer));
        QVERIFY(store.create(finished));
        QVERIFY(store.setFinished(finished.id, true));
        QVERIFY(store.create(apply));
        QCOMPARE(store.latestUnfinished(), std::optional<qint64>(newer.id));
        QCOMPARE(store.latestUnfinished(WriteJob::Kind::Apply), std::optional<qint64>(apply.id));
    }

    void listCountsEveryRowOnce()
    {
        JobStore store(freshPath());
        WriteJob job = sampleJob();
        job.rows.append(row(3, QStringLiteral("wang_fang"),
            { { QStringLiteral("Tag_Profile_IM_Gender"), QStringLiteral("Gender_Type_Male"),
                QStringLiteral("Gender_Type_Female") } },
            RowState::Unknown));
        QVERIFY(store.create(job));
        const QList<JobSummary> jobs = store.list();
        QCOMPARE(jobs.size(), 1);
        const JobTotals &t = jobs.at(0).totals;
        QCOMPARE(t.total, 4);
        QCOMPARE(t.pending, 1);
        QCOMPARE(t.unchanged, 1);
        QCOMPARE(t.skipped, 1);
        QCOMPARE(t.unknown, 1);
        QCOMPARE(t.fields, 3); // 2 pending + 1 unknown; unchanged and skipped rows write nothing
        QVERIFY(!jobs.at(0).finished);
        QVERIFY(store.list(WriteJob::Kind::Revert).isEmpty());
    }

    void twoStoresOnOneFileSeeEachOthersJobs()
    {
        // The console and a CLI script at once: WAL and the busy timeout, no lost job.
        const QString path = freshPath();
        JobStore window(path);
        JobStore script(path);
        for (int i = 0; i < 20; ++i) {
            WriteJob a = sampleJob();
            WriteJob b = sampleJob();
            QVERIFY2(window.create(a), qPrintable(window.errorString()));
            QVERIFY2(script.create(b), qPrintable(script.errorString()));
        }
        QCOMPARE(window.list().size(), 40);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    }

    void theFileIsTheUsersAlone()
    {
        const QString path = freshPath();
        JobStore store(path);
        WriteJob job = sampleJob();
        QVERIFY(store.create(job));
        for (const QString &file : QStringList { path, path + QStringLiteral("-wal") }) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(QFile::permissions(file)
                    & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                QFile::Permissions());
        }
    }

    void aFileFromANewerVersionIsRefusedAndLeftAlone()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        JobStore store(path);
        WriteJob job = sampleJob();
        QVERIFY(!store.create(job));
        QVERIFY2(
            store.errorString().contains(QStringLiteral("newer version")), qPrintable(store.errorString()));
    }

    void aDamagedFileIsReportedNotOverwritten()
    {
        const QString path = freshPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray garbage(4096, 'x');
        file.write(garbage);
        file.close();
        JobStore store(path);
        QVERIFY(!store.isOpen());
        QVERIFY2(store.errorString().contains(QStringLiteral("damaged")), qPrintable(store.errorString()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
