// The bulk edit report (issue #12, "Results"): UTF-8 with a BOM, a header row, one row per input
// row with its outcome, cells that a spreadsheet would run as formulas escaped, RFC 4180 quoting
// that the real SpreadsheetReader reads back cell for cell, and a private file written atomically.
// Expected bytes are written out by hand from the issue's rules, not taken from the code.
#include "jobs/jobreport.h"
#include "spreadsheet/spreadsheetreader.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Nick = QStringLiteral("Tag_Profile_IM_Nick");
const QString Level = QStringLiteral("Tag_Profile_IM_Level");

JobRow row(int index, int line, const QString &account, RowState state)
{
    JobRow row;
    row.index = index;
    row.line = line;
    row.account = account;
    row.state = state;
    return row;
}

// Five input rows, one of each final outcome.
WriteJob finishedJob()
{
    WriteJob job;
    job.id = 7;
    job.kind = WriteJob::Kind::Bulk;
    job.createdAt = QDateTime(QDate(2026, 12, 2), QTime(1, 30), Qt::UTC);
    job.target.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    job.target.sdkAppId = 1400000000;
    job.target.identifier = QStringLiteral("administrator");
    job.regionId = QStringLiteral("custom");
    job.source = QStringLiteral("users.csv");
    job.rate = 100;
    job.finished = true;

    JobRow ok = row(0, 2, QStringLiteral("anna"), RowState::Ok);
    ok.changes = { { Nick, QJsonValue(QStringLiteral("Ann")), QJsonValue(QStringLiteral("Anna")) },
        { Level, QJsonValue(), QJsonValue(3) } };
    ok.random = 123456;
    ok.httpStatus = 200;
    JobRow unchanged = row(1, 3, QStringLiteral("bob"), RowState::Unchanged);
    JobRow failed = row(2, 4, QStringLiteral("carl"), RowState::Failed);
    failed.changes = { { Nick, QJsonValue(QStringLiteral("C")), QJsonValue(QStringLiteral("Carl")) } };
    failed.errorCode = 40001;
    failed.errorInfo = QStringLiteral("bad, \"quoted\"\nrequest");
    failed.errorDisplay = QStringLiteral("参数错误");
    failed.random = 42;
    JobRow skipped = row(3, 6, QStringLiteral("dora"), RowState::Skipped);
    skipped.reason = QStringLiteral("invalid");
    JobRow unknown = row(4, 7, QStringLiteral("emil"), RowState::Unknown);
    unknown.changes = { { Level, QJsonValue(1), QJsonValue(5) } };
    unknown.errorCode = -1;
    unknown.random = 99;
    job.rows = { ok, unchanged, failed, skipped, unknown };
    return job;
}

SpreadsheetTable readBack(const QByteArray &csv)
{
    return SpreadsheetReader::read(csv);
}

} // namespace

class TestJobReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithTheUtf8ByteOrderMarkAndAHeaderRow()
    {
        const QByteArray csv = JobReport::csv(finishedJob());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(csv.mid(3).startsWith("line,account,outcome,error_code,error_info,error_display,random,"
                                       "reason,did_not_stick,Tag_Profile_IM_Nick,Tag_Profile_IM_Nick old,"
                                       "Tag_Profile_IM_Level,Tag_Profile_IM_Level old\r\n"),
            csv.constData());
    }

    void hasOneRowPerInputRowWithItsOutcome()
    {
        const SpreadsheetTable table = readBack(JobReport::csv(finishedJob()));
        QVERIFY2(!table.hasProblems(), qPrintable(table.problems.value(0).message));
        QCOMPARE(table.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(table.rows.size(), 5);
        const QList<QStringList> expected {
            { "2", "anna", "ok", "0", "", "", "123456", "", "", "Anna", "Ann", "3", "" },
            { "3", "bob", "unchanged", "", "", "", "", "", "", "", "", "", "" },
            { "4", "carl", "failed", "40001", "bad, \"quoted\"\nrequest", "参数错误", "42", "", "", "Carl",
                "C", "", "" },
            { "6", "dora", "skipped", "", "", "", "", "invalid", "", "", "", "", "" },
            { "7", "emil", "unknown", "", "", "", "99", "", "", "", "", "5", "1" },
        };
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(table.rows.at(i).cells, expected.at(i));
        }
    }

    void quotesOnlyCellsThatNeedIt()
    {
        const QByteArray csv = JobReport::csv(finishedJob());
        QVERIFY2(csv.contains("4,carl,failed,40001,\"bad, \"\"quoted\"\"\nrequest\","), csv.constData());
        QVERIFY(csv.contains("\r\n2,anna,ok,0,,,123456,,,Anna,Ann,3,\r\n"));
    }

    void escapesCellsASpreadsheetWouldRunAsFormulas_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("=") << "=HYPERLINK(\"http://x\")"
                           << "'=HYPERLINK(\"http://x\")";
        QTest::newRow("+") << "+1+1"
                           << "'+1+1";
        QTest::newRow("-") << "-2+3"
                           << "'-2+3";
        QTest::newRow("@") << "@SUM(A1)"
                           << "'@SUM(A1)";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("carriage return") << "\r=1"
                                         << "'\r=1";
        QTest::newRow("inside is fine") << "a=b+c"
                                        << "a=b+c";
        QTest::newRow("plain") << "Anna"
                               << "Anna";
    }

    void escapesCellsASpreadsheetWouldRunAsFormulas()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        WriteJob job = finishedJob();
        JobRow &failed = job.rows[2];
        failed.account = value;
        failed.errorInfo = value;
        failed.errorDisplay = value;
        failed.changes[0].newValue = value;
        failed.changes[0].oldValue = value;
        const SpreadsheetTable table = readBack(JobReport::csv(job));
        QVERIFY(!table.hasProblems());
        const QStringList cells = table.rows.at(2).cells;
        QCOMPARE(cells.at(1), written); // account
        QCOMPARE(cells.at(4), written); // error_info
        QCOMPARE(cells.at(5), written); // error_display
        QCOMPARE(cells.at(9), written); // the value sent
        QCOMPARE(cells.at(10), written); // the value before
    }

    void stoppedJobsSayWhichRowsWereNotAnswered()
    {
        WriteJob job = finishedJob();
        job.finished = false;
        job.rows[1].state = RowState::Pending;
        job.rows[4].state = RowState::Sent;
        const SpreadsheetTable table = readBack(JobReport::csv(job));
        QCOMPARE(table.rows.at(1).cells.at(2), QStringLiteral("pending"));
        QCOMPARE(table.rows.at(4).cells.at(2), QStringLiteral("unknown"));
    }

    void fieldsThatDidNotStickAreListed()
    {
        WriteJob job = finishedJob();
        job.rows[0].didNotStick = QStringList { Nick, Level };
        job.rows[0].readBack = true;
        const SpreadsheetTable table = readBack(JobReport::csv(job));
        QCOMPARE(table.rows.at(0).cells.at(8), QStringLiteral("Tag_Profile_IM_Nick Tag_Profile_IM_Level"));
    }

    void writesAPrivateFileAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.csv"));
        QString error;
        QVERIFY2(JobReport::write(finishedJob(), path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), JobReport::csv(finishedJob()));
        QCOMPARE(file.permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
            QFile::ReadOwner | QFile::WriteOwner);

        // A folder that cannot be made (a file is in the way) is reported, naming the path.
        QFile blocker(dir.filePath(QStringLiteral("plain")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!JobReport::write(finishedJob(), dir.filePath(QStringLiteral("plain/report.csv")), &error));
        QVERIFY2(error.contains(QStringLiteral("plain/report.csv")), qPrintable(error));
    }

    void jsonHasTheJobsTotalsAndEveryRow()
    {
        const QJsonObject json = JobReport::toJson(finishedJob());
        QCOMPARE(json.value(u"id").toInteger(), 7);
        QCOMPARE(json.value(u"state").toString(), QStringLiteral("finished"));
        QCOMPARE(json.value(u"total").toInt(), 5);
        QCOMPARE(json.value(u"ok").toInt(), 1);
        QCOMPARE(json.value(u"unchanged").toInt(), 1);
        QCOMPARE(json.value(u"failed").toInt(), 1);
        QCOMPARE(json.value(u"skipped").toInt(), 1);
        QCOMPARE(json.value(u"unknown").toInt(), 1);
        QCOMPARE(json.value(u"sdkappid").toInteger(), 1400000000);
        QCOMPARE(json.value(u"endpoint").toString(), QStringLiteral("http://127.0.0.1:8080"));
        const QJsonArray rows = json.value(u"rows").toArray();
        QCOMPARE(rows.size(), 5);
        const QJsonObject failed = rows.at(2).toObject();
        QCOMPARE(failed.value(u"account").toString(), QStringLiteral("carl"));
        QCOMPARE(failed.value(u"outcome").toString(), QStringLiteral("failed"));
        QCOMPARE(failed.value(u"error_code").toInt(), 40001);
        QCOMPARE(failed.value(u"line").toInt(), 4);
        const QJsonObject change = failed.value(u"changes").toArray().at(0).toObject();
        QCOMPARE(change.value(u"tag").toString(), Nick);
        QCOMPARE(change.value(u"old").toString(), QStringLiteral("C"));
        QCOMPARE(change.value(u"new").toString(), QStringLiteral("Carl"));
        // JSON is not a spreadsheet: nothing is escaped there.
        WriteJob formula = finishedJob();
        formula.rows[0].account = QStringLiteral("=1");
        QCOMPARE(JobReport::toJson(formula).value(u"rows").toArray().at(0).toObject().value(u"account"),
            QStringLiteral("=1"));

        WriteJob unfinished = finishedJob();
        unfinished.finished = false;
        QCOMPARE(JobReport::toJson(unfinished).value(u"state").toString(), QStringLiteral("unfinished"));
    }
};

QTEST_GUILESS_MAIN(TestJobReport)
#include "tst_jobreport.moc"
