// The history tab's core: the tree of operations and their changes, the tab's filters as
// ChangeHistory::find() takes them, and the loader that reads off the calling thread.
#include "history/historycsv.h"
#include "history/historyloader.h"
#include "history/historymodel.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

const QDateTime kAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);

ChangeRecord change(qint64 jobId, const QString &account, const QString &tag, ChangeRecord::State state,
    const QDateTime &at = kAt)
{
    ChangeRecord r;
    r.at = at;
    r.connection = QStringLiteral("Production");
    r.connectionId = QStringLiteral("prod");
    r.regionId = QStringLiteral("singapore");
    r.sdkAppId = 1400000000;
    r.account = account;
    r.tag = tag;
    r.oldValue = QJsonValue(QJsonValue::Undefined);
    r.newValue = QStringLiteral("new %1").arg(account);
    r.state = state;
    r.errorCode = state == ChangeRecord::State::Ok ? 0 : state == ChangeRecord::State::Failed ? 40001 : -1;
    r.random = 77;
    r.jobId = jobId;
    return r;
}

const QString kNick = QStringLiteral("Tag_Profile_IM_Nick");
const QString kSign = QStringLiteral("Tag_Profile_IM_SelfSignature");

QString text(const QAbstractItemModel &model, int row, int column, const QModelIndex &parent = {},
    int role = Qt::DisplayRole)
{
    return model.index(row, column, parent).data(role).toString();
}

} // namespace

class TestHistoryModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // Newest first, as find() returns them: a bulk job interleaved with an Apply (two windows at
    // once), then two Applies recorded before operations had ids.
    void operationsGroupTheirChanges()
    {
        HistoryModel model;
        const QDateTime earlier = kAt.addSecs(-60);
        model.setRecords({ change(8, QStringLiteral("bob"), kNick, ChangeRecord::State::Ok),
            change(7, QStringLiteral("u1"), kNick, ChangeRecord::State::Ok),
            change(8, QStringLiteral("bob"), kSign, ChangeRecord::State::Pending),
            change(7, QStringLiteral("u2"), kNick, ChangeRecord::State::Failed),
            change(7, QStringLiteral("u3"), kNick, ChangeRecord::State::Ok),
            change(0, QStringLiteral("old"), kNick, ChangeRecord::State::Ok, earlier),
            change(0, QStringLiteral("old"), kSign, ChangeRecord::State::Ok, earlier),
            change(0, QStringLiteral("old"), kSign, ChangeRecord::State::Ok, earlier.addSecs(-1)) });

        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(text(model, 0, HistoryModel::AccountColumn), QStringLiteral("bob"));
        QCOMPARE(text(model, 0, HistoryModel::FieldColumn), QStringLiteral("2 fields on 1 account"));
        QCOMPARE(text(model, 0, HistoryModel::ResultColumn), QStringLiteral("1 OK, 1 unknown"));

        QCOMPARE(model.rowCount(model.index(1, 0)), 3);
        QCOMPARE(text(model, 1, HistoryModel::AccountColumn), QStringLiteral("3 accounts"));
        QCOMPARE(text(model, 1, HistoryModel::FieldColumn), QStringLiteral("bulk: 3 accounts"));
        QCOMPARE(text(model, 1, HistoryModel::ResultColumn), QStringLiteral("2 OK, 1 failed"));
        QCOMPARE(text(model, 1, HistoryModel::ConnectionColumn), QStringLiteral("Production"));

        // The two legacy Applies stay apart: one wrote two fields at once, the other later one.
        QCOMPARE(model.rowCount(model.index(2, 0)), 2);
        QCOMPARE(text(model, 2, HistoryModel::FieldColumn), QStringLiteral("2 fields on 1 account"));
        QCOMPARE(model.rowCount(model.index(3, 0)), 1);
        QCOMPARE(text(model, 3, HistoryModel::FieldColumn), QStringLiteral("1 field on 1 account"));

        // Changes have no children.
        QCOMPARE(model.rowCount(model.index(0, 0, model.index(1, 0))), 0);
        QVERIFY(model.isOperation(model.index(1, 0)));
        QVERIFY(!model.isOperation(model.index(0, 0, model.index(1, 0))));
        QCOMPARE(model.parent(model.index(2, 3, model.index(1, 0))), model.index(1, 0));
    }

    void changesShowTheirFieldValuesAndResult()
    {
        HistoryModel model;
        ChangeRecord r = change(
            7, QStringLiteral("u1"), QStringLiteral("Tag_Profile_IM_Gender"), ChangeRecord::State::Failed);
        r.oldValue = QStringLiteral("Gender_Type_Male");
        r.newValue = QStringLiteral("Gender_Type_Female");
        r.random = 123456;
        model.setRecords({ r, change(7, QStringLiteral("u2"), kNick, ChangeRecord::State::Ok) });
        const QModelIndex operation = model.index(0, 0);
        QCOMPARE(text(model, 0, HistoryModel::FieldColumn, operation), QStringLiteral("Gender"));
        QCOMPARE(text(model, 0, HistoryModel::FieldColumn, operation, Qt::ToolTipRole),
            QStringLiteral("Tag_Profile_IM_Gender"));
        QCOMPARE(text(model, 0, HistoryModel::BeforeColumn, operation), QStringLiteral("Male"));
        QCOMPARE(text(model, 0, HistoryModel::AfterColumn, operation), QStringLiteral("Female"));
        QCOMPARE(text(model, 0, HistoryModel::ResultColumn, operation), r.resultText());
        QCOMPARE(text(model, 0, HistoryModel::RandomColumn, operation), QStringLiteral("123456"));
        QCOMPARE(text(model, 0, HistoryModel::AccountColumn, operation), QStringLiteral("u1"));
        QCOMPARE(text(model, 1, HistoryModel::BeforeColumn, operation), QStringLiteral("(not set)"));
        QCOMPARE(text(model, 1, HistoryModel::AfterColumn, operation), QStringLiteral("new u2"));

        QCOMPARE(model.changesAt(operation).size(), 2);
        QCOMPARE(model.changesAt(model.index(1, 0, operation)), { model.records().at(1) });
    }

    void csvHasOneRowPerChangeWithFormulasDefused()
    {
        ChangeRecord r = change(7, QStringLiteral("=HYPERLINK(\"x\")"), kNick, ChangeRecord::State::Pending);
        r.id = 41;
        r.newValue = QStringLiteral("@SUM(1)");
        ChangeRecord failed = change(7, QStringLiteral("u2"), kNick, ChangeRecord::State::Failed);
        failed.id = 40;
        failed.errorInfo = QStringLiteral("bad, really");
        failed.httpStatus = 200;
        const QList<QByteArray> lines = HistoryCsv::document({ r, failed }).split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBFid,operation,at,connection,"));
        QVERIFY2(lines.at(1).startsWith(
                     "41,7,2026-03-04T05:06:07.000Z,Production,singapore,,1400000000,,"
                     "\"'=HYPERLINK(\"\"x\"\")\",Tag_Profile_IM_Nick,Nickname,(not set),'@SUM(1),"
                     "unknown,,,,"),
            lines.at(1).constData());
        QVERIFY2(lines.at(2).contains(",failed,40001,\"bad, really\",200,"), lines.at(2).constData());
    }

    void filtersAreWhatFindIsAsked()
    {
        QTemporaryDir dir;
        ChangeHistory history(dir.filePath(QStringLiteral("history.sqlite")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ChangeRecord other
            = change(2, QStringLiteral("eve"), kSign, ChangeRecord::State::Ok, now.addDays(-10));
        other.connectionId = QStringLiteral("staging");
        other.newValue = QStringLiteral("Hello =cmd");
        QVERIFY(history.append({ change(1, QStringLiteral("u1"), kNick, ChangeRecord::State::Ok,
                                     now.addSecs(-10)),
            change(1, QStringLiteral("u2"), kNick, ChangeRecord::State::Failed, now.addSecs(-10)),
            change(1, QStringLiteral("u3"), kNick, ChangeRecord::State::Pending, now.addSecs(-7200)),
            change(1, QStringLiteral("u4"), kNick, ChangeRecord::State::Unknown, now.addDays(-2)), other }));
        const auto accounts = [&](const HistoryQuery &query) {
            QStringList found;
            for (const ChangeRecord &r : history.find(query.filter(now))) {
                found << r.account;
            }
            return found.join(QLatin1Char(' '));
        };
        HistoryQuery query;
        QCOMPARE(accounts(query), QStringLiteral("eve u4 u3 u2 u1"));
        QVERIFY(!query.filtersAnything());
        query.outcome = HistoryQuery::Outcome::Unknown;
        QVERIFY(query.filtersAnything());
        QCOMPARE(accounts(query), QStringLiteral("u4 u3"));
        query.outcome = HistoryQuery::Outcome::Failed;
        QCOMPARE(accounts(query), QStringLiteral("u2"));
        query.outcome = HistoryQuery::Outcome::Ok;
        QCOMPARE(accounts(query), QStringLiteral("eve u1"));
        query.span = HistoryQuery::Span::LastHour;
        QCOMPARE(accounts(query), QStringLiteral("u1"));
        query = {};
        query.span = HistoryQuery::Span::Last7Days;
        QCOMPARE(accounts(query), QStringLiteral("u4 u3 u2 u1"));
        query.span = HistoryQuery::Span::Last30Days;
        QCOMPARE(accounts(query), QStringLiteral("eve u4 u3 u2 u1"));
        query = {};
        query.connectionId = QStringLiteral("staging");
        QCOMPARE(accounts(query), QStringLiteral("eve"));
        query = {};
        query.search = QStringLiteral("=CMD");
        QCOMPARE(accounts(query), QStringLiteral("eve"));
        query = {};
        query.tag = kSign;
        QCOMPARE(accounts(query), QStringLiteral("eve"));
        query = {};
        query.account = QStringLiteral("u2");
        QCOMPARE(accounts(query), QStringLiteral("u2"));

        const HistoryFacets facets = history.facets();
        QCOMPARE(facets.tags, QStringList({ kNick, kSign }));
        QCOMPARE(facets.connections.size(), 2);
        QCOMPARE(facets.connections.at(0).id, QStringLiteral("staging"));
    }

    void todayStartsAtLocalMidnight()
    {
        HistoryQuery query;
        query.span = HistoryQuery::Span::Today;
        const QDateTime now = QDateTime::currentDateTime();
        QCOMPARE(query.filter(now).since, QDateTime(now.date(), QTime(0, 0)));
    }

    // The worker reads in another thread; a request asked for while an older one still reads
    // supersedes it: only the newest answer arrives.
    void loaderReadsOffThisThreadAndTheNewestRequestWins()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(ChangeHistory(path).append({ change(1, QStringLiteral("u1"), kNick, ChangeRecord::State::Ok),
            change(2, QStringLiteral("u2"), kNick, ChangeRecord::State::Failed) }));
        HistoryLoader loader(path);
        QSemaphore firstMayRead;
        QAtomicPointer<QThread> readerThread;
        QAtomicInt reads = 0;
        loader.setWorkerHook([&] {
            readerThread.storeRelaxed(QThread::currentThread());
            if (reads.fetchAndAddRelaxed(1) == 0) {
                firstMayRead.acquire();
            }
        });
        QSignalSpy loaded(&loader, &HistoryLoader::loaded);
        HistoryQuery all;
        loader.load(all);
        QTRY_COMPARE(reads.loadRelaxed(), 1);
        HistoryQuery failed;
        failed.outcome = HistoryQuery::Outcome::Failed;
        loader.load(failed);
        QVERIFY(loaded.wait());
        firstMayRead.release();
        QTRY_VERIFY(!loader.isLoading());
        QCoreApplication::processEvents();
        QCOMPARE(loaded.size(), 1);
        const auto snapshot = loaded.at(0).at(0).value<HistorySnapshot>();
        QCOMPARE(snapshot.records.size(), 1);
        QCOMPARE(snapshot.records.at(0).account, QStringLiteral("u2"));
        QVERIFY(snapshot.error.isEmpty());
        QCOMPARE(snapshot.facets.tags, QStringList { kNick });
        QVERIFY(readerThread.loadRelaxed() != QThread::currentThread());
    }

    void loaderClearsAndReadsAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(
            ChangeHistory(path).append({ change(1, QStringLiteral("u1"), kNick, ChangeRecord::State::Ok) }));
        HistoryLoader loader(path);
        QSignalSpy cleared(&loader, &HistoryLoader::cleared);
        QSignalSpy loaded(&loader, &HistoryLoader::loaded);
        loader.clear();
        QVERIFY(cleared.wait());
        QCOMPARE(cleared.at(0).at(0).toString(), QString());
        QVERIFY(loaded.wait());
        QVERIFY(loaded.at(0).at(0).value<HistorySnapshot>().records.isEmpty());
        QVERIFY(ChangeHistory(path).find({}).isEmpty());
    }

    void unreadableFileIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        HistoryLoader loader(path);
        QSignalSpy loaded(&loader, &HistoryLoader::loaded);
        loader.load({});
        QVERIFY(loaded.wait());
        QVERIFY(!loaded.at(0).at(0).value<HistorySnapshot>().error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
