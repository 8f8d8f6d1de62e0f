// `chat-profile history` end to end: the real executable reading the history file the console
// writes, found through XDG_DATA_HOME as everywhere on Linux.
#include "cli/clirun.h"
#include "history/changehistory.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliHistory final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dataHome;
    QList<qint64> m_ids;

    CliRun run(const QStringList &arguments) const
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome.path());
        return CliRun::run(QStringList { QStringLiteral("history") } + arguments, environment);
    }

    static QJsonArray jsonOf(const CliRun &result)
    {
        return QJsonDocument::fromJson(result.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Where the console keeps it: $XDG_DATA_HOME/<organisation>/<application>/history.sqlite.
        ChangeHistory history(
            QDir(m_dataHome.path())
                .filePath(QStringLiteral("chat-profile-console/chat-profile-console/history.sqlite")));
        ChangeRecord r;
        r.connectionId = QStringLiteral("conn-a");
        r.regionId = QStringLiteral("singapore");
        r.baseUrl = QStringLiteral("https://adminapisgp.im.qcloud.com");
        r.sdkAppId = 1400000001;
        r.adminIdentifier = QStringLiteral("administrator");

        ChangeRecord nick = r;
        nick.at = QDateTime(QDate(2026, 11, 30), QTime(23, 0), Qt::UTC);
        nick.account = QStringLiteral("zhang_wei");
        nick.tag = QStringLiteral("Tag_Profile_IM_Nick");
        nick.oldValue = QJsonValue(QJsonValue::Undefined);
        nick.newValue = QStringLiteral("张伟");
        nick.state = ChangeRecord::State::Ok;
        nick.jobId = 7;
        nick.random = 42;

        ChangeRecord level = r;
        level.at = QDateTime(QDate(2026, 12, 1), QTime(8, 30), Qt::UTC);
        level.account = QStringLiteral("zhang_wei");
        level.tag = QStringLiteral("Tag_Profile_IM_Level");
        level.oldValue = 1;
        level.newValue = 3;
        level.state = ChangeRecord::State::Pending; // recorded, then the process was killed
        level.errorCode = -1;
        level.jobId = 8;

        ChangeRecord failed = r;
        failed.at = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        failed.account = QStringLiteral("li_na");
        failed.tag = QStringLiteral("Tag_Profile_IM_Gender");
        failed.oldValue = QStringLiteral("Gender_Type_Male");
        failed.newValue = QStringLiteral("Gender_Type_Female");
        failed.state = ChangeRecord::State::Failed;
        failed.errorCode = 40001;
        failed.errorInfo = QStringLiteral("Err_Profile_Comm_Decode_Fail");
        failed.httpStatus = 200;
        failed.jobId = 9;
        QVERIFY2(history.append({ nick, level, failed }, &m_ids), qPrintable(history.errorString()));
    }

    void jsonHasEveryChangeWithWireValues()
    {
        const CliRun result = run({ QStringLiteral("--json") });
        QCOMPARE(result.exitCode, 0);
        const QJsonArray changes = jsonOf(result);
        QCOMPARE(changes.size(), 3);
        const QJsonObject failed = changes.at(0).toObject(); // newest first
        QCOMPARE(failed.value(u"id").toInteger(), m_ids.at(2));
        QCOMPARE(failed.value(u"job").toInteger(), 9);
        QCOMPARE(failed.value(u"outcome").toString(), QStringLiteral("failed"));
        QCOMPARE(failed.value(u"errorCode").toInt(), 40001);
        QCOMPARE(failed.value(u"errorInfo").toString(), QStringLiteral("Err_Profile_Comm_Decode_Fail"));
        QCOMPARE(failed.value(u"at").toString(), QStringLiteral("2026-12-01T09:00:00.000Z"));

        const QJsonObject level = changes.at(1).toObject();
        QCOMPARE(level.value(u"outcome").toString(), QStringLiteral("unknown")); // no answer recorded
        QVERIFY(level.value(u"errorCode").isNull());
        QVERIFY(level.value(u"old").isDouble()); // numbers as on the wire
        QCOMPARE(level.value(u"new").toInt(), 3);

        const QJsonObject nick = changes.at(2).toObject();
        QVERIFY(nick.value(u"old").isNull()); // was not set
        QCOMPARE(nick.value(u"new").toString(), QStringLiteral("张伟"));
        QCOMPARE(nick.value(u"errorCode").toInt(), 0);
        QCOMPARE(nick.value(u"outcome").toString(), QStringLiteral("ok"));
        QCOMPARE(nick.value(u"account").toString(), QStringLiteral("zhang_wei"));
        QCOMPARE(nick.value(u"tag").toString(), QStringLiteral("Tag_Profile_IM_Nick"));
    }

    void filtersByAccountJobAndTime()
    {
        QCOMPARE(
            jsonOf(run({ QStringLiteral("--json"), QStringLiteral("--account"), QStringLiteral("li_na") }))
                .size(),
            1);
        const QJsonArray job
            = jsonOf(run({ QStringLiteral("--json"), QStringLiteral("--job"), QStringLiteral("8") }));
        QCOMPARE(job.size(), 1);
        QCOMPARE(job.at(0).toObject().value(u"tag").toString(), QStringLiteral("Tag_Profile_IM_Level"));
        QCOMPARE(
            jsonOf(run({ QStringLiteral("--json"), QStringLiteral("--since"), QStringLiteral("2026-12-01") }))
                .size(),
            2);
        QCOMPARE(jsonOf(run({ QStringLiteral("--json"), QStringLiteral("--since"),
                            QStringLiteral("2026-12-01T08:45:00Z") }))
                     .size(),
            1);
    }

    void textShowsTheOutcomeInWords()
    {
        const CliRun result = run({});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Outcome unknown: no answer recorded")),
            qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("FAIL 40001")));
        QVERIFY(result.out.contains(QStringLiteral("(not set)")));
        QVERIFY(result.out.contains(QStringLiteral("张伟")));
    }

    void helpNamesTheFile()
    {
        const CliRun result = run({ QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(m_dataHome.path()
                     + QStringLiteral("/chat-profile-console/chat-profile-console/history.sqlite")),
            qPrintable(result.out));
    }

    void badFiltersAreRefused()
    {
        for (const QStringList &arguments :
            { QStringList { QStringLiteral("--since"), QStringLiteral("yesterday") },
                QStringList { QStringLiteral("--job"), QStringLiteral("x") } }) {
            const CliRun result = run(arguments);
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(arguments.first()), qPrintable(result.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_clihistory.moc"
