// `chat-profile revert` and the recording of `chat-profile set` end to end (issue #13, the CLI):
// the real executable against the Sandbox's REST emulation behind a counting loopback server,
// checking the values on the server after each revert, what reached it (every portrait_set
// counted), what is printed, the change history and the exit codes. Each test has its own
// XDG_DATA_HOME, so its history and jobs start empty.
#include "cli/clirun.h"
#include "sandbox/sandboxdemo.h"
#include "support/countingsandbox.h"
#include "support/testhttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Response = TestHttpServer::Response;

namespace {

const QString Nick = QStringLiteral("Tag_Profile_IM_Nick");
const QString Level = QStringLiteral("Tag_Profile_IM_Level");
const QString Gender = QStringLiteral("Tag_Profile_IM_Gender");

} // namespace

class TestCliRevert final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CountingSandbox> m_app;
    QString m_keyFile;

    CliRun run(const QStringList &arguments) const
    {
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
        return CliRun::run(arguments, extra);
    }

    QStringList connection(quint64 appId = 0) const
    {
        const SandboxDemo &demo = SandboxDemo::get();
        return { QStringLiteral("--endpoint"), m_app->baseUrl().toString(), QStringLiteral("--sdkappid"),
            QString::number(appId == 0 ? demo.config.sdkAppId : appId), QStringLiteral("--identifier"),
            demo.admin, QStringLiteral("--key-file"), m_keyFile };
    }

    CliRun revert(const QStringList &arguments, quint64 appId = 0) const
    {
        return run(QStringList { QStringLiteral("revert") } + arguments + connection(appId)
            + QStringList { QStringLiteral("--quiet") });
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        return CliRun::writeFile(m_dir->filePath(name), content);
    }

    QJsonArray history(const QStringList &filter = {}) const
    {
        const CliRun listed
            = run(QStringList { QStringLiteral("history"), QStringLiteral("--json") } + filter);
        if (listed.exitCode != 0) {
            qWarning() << listed.err;
        }
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }

    QJsonValue value(const QString &account, const QString &tag) const
    {
        return m_app->store().value(account, tag);
    }

    // r1 has a nickname only, r2 a nickname and a level; the bulk job gives both a new nickname
    // and level, and r1 a gender. Returns the job's id, 0 when it failed.
    qint64 runBulk() const
    {
        const QString file = writeFile(
            QStringLiteral("bulk.csv"), "account,Nick,Level,Gender\nr1,new 1,1,Female\nr2,new 2,2,\n");
        const CliRun bulk
            = run(QStringList { QStringLiteral("bulk"), file, QStringLiteral("--quiet") } + connection());
        if (bulk.exitCode != 0) {
            qWarning() << bulk.out << bulk.err;
            return 0;
        }
        const QJsonArray jobs
            = QJsonDocument::fromJson(run({ QStringLiteral("jobs"), QStringLiteral("--json") }).out.toUtf8())
                  .array();
        return jobs.isEmpty() ? 0 : jobs.at(0).toObject().value(u"id").toInteger();
    }

    void verifyBulkValues() const
    {
        QCOMPARE(value(QStringLiteral("r1"), Nick).toString(), QStringLiteral("new 1"));
        QCOMPARE(value(QStringLiteral("r1"), Level).toInt(), 1);
        QCOMPARE(value(QStringLiteral("r1"), Gender).toString(), QStringLiteral("Gender_Type_Female"));
        QCOMPARE(value(QStringLiteral("r2"), Nick).toString(), QStringLiteral("new 2"));
        QCOMPARE(value(QStringLiteral("r2"), Level).toInt(), 2);
    }

    // The values before the bulk job; r1's level and gender were not set, so revert wrote their
    // empty values.
    void verifyOriginalValues() const
    {
        QCOMPARE(value(QStringLiteral("r1"), Nick).toString(), QStringLiteral("old 1"));
        QCOMPARE(value(QStringLiteral("r1"), Level), QJsonValue(0));
        QCOMPARE(value(QStringLiteral("r1"), Gender).toString(), QStringLiteral("Gender_Type_Unknown"));
        QCOMPARE(value(QStringLiteral("r2"), Nick).toString(), QStringLiteral("old 2"));
        QCOMPARE(value(QStringLiteral("r2"), Level).toInt(), 5);
    }

    static qint64 revertJobId(const CliRun &result)
    {
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("Revert job (\\d+):")).match(result.out);
        return match.hasMatch() ? match.captured(1).toLongLong() : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_keyFile = writeFile(QStringLiteral("key"), SandboxDemo::get().config.secretKey + '\n');
        m_app = std::make_unique<CountingSandbox>();
        QVERIFY(m_app->listen());
        for (const QString &account : { QStringLiteral("r1"), QStringLiteral("r2") }) {
            m_app->store().addAccount(account);
        }
        m_app->store().setItems(QStringLiteral("r1"), { { Nick, QStringLiteral("old 1") } });
        m_app->store().setItems(QStringLiteral("r2"), { { Nick, QStringLiteral("old 2") }, { Level, 5 } });
    }

    void cleanup()
    {
        m_app.reset();
        m_dir.reset();
    }

    void revertOfABulkJobPutsTheOldValuesBack()
    {
        const qint64 job = runBulk();
        QVERIFY(job > 0);
        verifyBulkValues();

        const CliRun reverted = revert({ QStringLiteral("--job"), QString::number(job) });
        QVERIFY2(reverted.exitCode == 0, qPrintable(reverted.out + reverted.err));
        verifyOriginalValues();
        // The preview said what it would write, and that r1's level had no value to go back to.
        QVERIFY2(reverted.out.contains(QStringLiteral("Nick: new 1 \u2192 old 1")), qPrintable(reverted.out));
        QVERIFY2(
            reverted.out.contains(QStringLiteral("Level: 1 \u2192 0 (was not set: writes its empty value")),
            qPrintable(reverted.out));
        const qint64 revertJob = revertJobId(reverted);
        QVERIFY2(revertJob > job, qPrintable(reverted.out));

        // The revert is an operation of its own in the history, old → new as it wrote them.
        const QJsonArray changes = history({ QStringLiteral("--job"), QString::number(revertJob) });
        QCOMPARE(changes.size(), 5); // r1 Nick, Level, Gender; r2 Nick, Level
        for (const QJsonValue &change : changes) {
            QCOMPARE(change.toObject().value(u"outcome").toString(), QStringLiteral("ok"));
            if (change.toObject().value(u"account") == QStringLiteral("r2")
                && change.toObject().value(u"tag") == Level) {
                QCOMPARE(change.toObject().value(u"old"), QJsonValue(2));
                QCOMPARE(change.toObject().value(u"new"), QJsonValue(5));
            }
        }
    }

    void revertOfARevertPutsTheFirstChangesValuesBack()
    {
        const qint64 job = runBulk();
        QVERIFY(job > 0);
        const CliRun first = revert({ QStringLiteral("--job"), QString::number(job) });
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        verifyOriginalValues();

        const CliRun again = revert({ QStringLiteral("--job"), QString::number(revertJobId(first)) });
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        verifyBulkValues();
    }

    void revertOfOneChangeLeavesTheOthersAlone()
    {
        const qint64 job = runBulk();
        QVERIFY(job > 0);
        qint64 nickOfR1 = 0;
        for (const QJsonValue &change : history({ QStringLiteral("--job"), QString::number(job) })) {
            if (change.toObject().value(u"account") == QStringLiteral("r1")
                && change.toObject().value(u"tag") == Nick) {
                nickOfR1 = change.toObject().value(u"id").toInteger();
            }
        }
        QVERIFY(nickOfR1 > 0);
        const int writesBefore = m_app->writes();

        const CliRun reverted = revert({ QStringLiteral("--change"), QString::number(nickOfR1) });
        QVERIFY2(reverted.exitCode == 0, qPrintable(reverted.out + reverted.err));
        QCOMPARE(m_app->writes(), writesBefore + 1);
        QCOMPARE(value(QStringLiteral("r1"), Nick).toString(), QStringLiteral("old 1"));
        QCOMPARE(value(QStringLiteral("r1"), Level).toInt(), 1);
        QCOMPARE(value(QStringLiteral("r2"), Nick).toString(), QStringLiteral("new 2"));
    }

    void revertOfACliSetPutsTheOldValueBack()
    {
        const CliRun set = run(QStringList { QStringLiteral("set") } + connection()
            + QStringList { QStringLiteral("--account"), QStringLiteral("r2"), QStringLiteral("--set"),
                QStringLiteral("Nick=Anna"), QStringLiteral("--set"), QStringLiteral("Level=9") });
        QVERIFY2(set.exitCode == 0, qPrintable(set.out + set.err));
        QCOMPARE(value(QStringLiteral("r2"), Nick).toString(), QStringLiteral("Anna"));
        const QJsonArray changes = history();
        QCOMPARE(changes.size(), 2);
        const qint64 job = changes.at(0).toObject().value(u"job").toInteger();
        QVERIFY(job > 0);

        const CliRun reverted = revert({ QStringLiteral("--job"), QString::number(job) });
        QVERIFY2(reverted.exitCode == 0, qPrintable(reverted.out + reverted.err));
        QCOMPARE(value(QStringLiteral("r2"), Nick).toString(), QStringLiteral("old 2"));
        QCOMPARE(value(QStringLiteral("r2"), Level).toInt(), 5);
    }

    void aConflictIsSkippedAndNamedThenOverwrittenWithForce()
    {
        const qint64 job = runBulk();
        QVERIFY(job > 0);
        // Someone else changes r1's nickname after the job.
        m_app->store().setItems(QStringLiteral("r1"), { { Nick, QStringLiteral("someone else's") } });

        const CliRun skipped = revert({ QStringLiteral("--job"), QString::number(job) });
        QCOMPARE(skipped.exitCode, 1);
        QVERIFY2(skipped.out.contains(QStringLiteral("CONFLICT: we wrote new 1, now there: someone else's, "
                                                     "revert would write: old 1")),
            qPrintable(skipped.out));
        QVERIFY2(
            skipped.out.contains(QStringLiteral("skipped (--force overwrites it)")), qPrintable(skipped.out));
        QVERIFY2(skipped.out.contains(QStringLiteral("Conflicts skipped: 1")), qPrintable(skipped.out));
        QCOMPARE(value(QStringLiteral("r1"), Nick).toString(), QStringLiteral("someone else's"));
        // The rest of r1 and all of r2 were put back.
        QCOMPARE(value(QStringLiteral("r1"), Level), QJsonValue(0));
        QCOMPARE(value(QStringLiteral("r2"), Nick).toString(), QStringLiteral("old 2"));

        const CliRun forced
            = revert({ QStringLiteral("--job"), QString::number(job), QStringLiteral("--force") });
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.out + forced.err));
        QVERIFY2(forced.out.contains(QStringLiteral("overwritten (--force)")), qPrintable(forced.out));
        verifyOriginalValues();
    }

    void aRevertAgainstAnotherAppIsRefusedAndSendsNothing()
    {
        const qint64 job = runBulk();
        QVERIFY(job > 0);
        const qsizetype requestsBefore = m_app->server().requests().size();
        const quint64 recorded = SandboxDemo::get().config.sdkAppId;
        const CliRun refused = revert({ QStringLiteral("--job"), QString::number(job) }, recorded + 1);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("SDKAppID %1").arg(recorded))
                && refused.err.contains(QStringLiteral("SDKAppID %1").arg(recorded + 1))
                && refused.err.contains(QStringLiteral("Nothing was sent.")),
            qPrintable(refused.err));
        QCOMPARE(m_app->server().requests().size(), requestsBefore); // not even a read
        verifyBulkValues();
    }

    void aDryRunReadsAndPrintsButWritesNothing()
    {
        const qint64 job = runBulk();
        QVERIFY(job > 0);
        const int writesBefore = m_app->writes();
        const CliRun dry
            = revert({ QStringLiteral("--job"), QString::number(job), QStringLiteral("--dry-run") });
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
        QVERIFY2(dry.out.contains(QStringLiteral("Nick: new 2 \u2192 old 2")), qPrintable(dry.out));
        QVERIFY2(dry.out.contains(QStringLiteral("Dry run: nothing was written.")), qPrintable(dry.out));

        const CliRun json = revert({ QStringLiteral("--job"), QString::number(job),
            QStringLiteral("--dry-run"), QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject preview = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(preview.value(u"dry_run").toBool(), true);
        const QJsonArray fields = preview.value(u"fields").toArray();
        QCOMPARE(fields.size(), 5);
        for (const QJsonValue &field : fields) {
            QCOMPARE(field.toObject().value(u"action").toString(), QStringLiteral("write"));
        }
        QCOMPARE(m_app->writes(), writesBefore);
        verifyBulkValues();
    }

    void badSelectionsAreRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("no selection") << QStringList {} << "--job";
        QTest::newRow("two selections") << QStringList { "--job", "1", "--change", "2" } << "--change";
        QTest::newRow("--since without --account")
            << QStringList { "--job", "1", "--since", "2026-12-01" } << "--since";
        QTest::newRow("not an id") << QStringList { "--job", "latest" } << "latest";
        QTest::newRow("no such job") << QStringList { "--job", "999" } << "999";
        QTest::newRow("bad time") << QStringList { "--account", "r1", "--since", "yesterday" } << "--since";
    }

    void badSelectionsAreRefusedBeforeAnythingIsSent()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const CliRun refused = revert(arguments);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(named), qPrintable(refused.err));
        QCOMPARE(m_app->server().requests().size(), 0);
    }

    void anAccountsChangesSinceATimeAreReverted()
    {
        const CliRun set = run(QStringList { QStringLiteral("set") } + connection()
            + QStringList { QStringLiteral("--account"), QStringLiteral("r1"), QStringLiteral("--set"),
                QStringLiteral("Nick=Anna") });
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const qint64 job = runBulk();
        QVERIFY(job > 0);
        // Every change of r1 since the start of the day: the set and the bulk job, undone together
        // (r2's changes stay).
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        const CliRun reverted
            = revert({ QStringLiteral("--account"), QStringLiteral("r1"), QStringLiteral("--since"), today });
        QVERIFY2(reverted.exitCode == 0, qPrintable(reverted.out + reverted.err));
        QCOMPARE(value(QStringLiteral("r1"), Nick).toString(), QStringLiteral("old 1"));
        QCOMPARE(value(QStringLiteral("r2"), Nick).toString(), QStringLiteral("new 2"));
    }

    void aCliSetIsRecordedWithOldNewOutcomeAndJob()
    {
        const CliRun set = run(QStringList { QStringLiteral("set") } + connection()
            + QStringList { QStringLiteral("--account"), QStringLiteral("r1"), QStringLiteral("--set"),
                QStringLiteral("Nick=Anna") });
        QVERIFY2(set.exitCode == 0, qPrintable(set.out + set.err));
        QVERIFY2(set.out.contains(QStringLiteral("ActionStatus: OK")), qPrintable(set.out));
        const QJsonArray changes = history();
        QCOMPARE(changes.size(), 1);
        const QJsonObject change = changes.at(0).toObject();
        QCOMPARE(change.value(u"account").toString(), QStringLiteral("r1"));
        QCOMPARE(change.value(u"tag").toString(), Nick);
        QCOMPARE(change.value(u"old").toString(), QStringLiteral("old 1"));
        QCOMPARE(change.value(u"new").toString(), QStringLiteral("Anna"));
        QCOMPARE(change.value(u"outcome").toString(), QStringLiteral("ok"));
        QCOMPARE(change.value(u"errorCode"), QJsonValue(0));
        QVERIFY(change.value(u"job").toInteger() > 0);
        QCOMPARE(change.value(u"sdkAppId").toInteger(), qint64(SandboxDemo::get().config.sdkAppId));
        QVERIFY(set.err.contains(
            QStringLiteral("chat-profile revert --job %1").arg(change.value(u"job").toInteger())));

        // Asking again for what the server already holds sends and records nothing.
        const int writes = m_app->writes();
        const CliRun again = run(QStringList { QStringLiteral("set") } + connection()
            + QStringList { QStringLiteral("--account"), QStringLiteral("r1"), QStringLiteral("--set"),
                QStringLiteral("Nick=Anna") });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(
                     QStringLiteral("Nothing was sent: r1 already holds every value asked for (Nick)")),
            qPrintable(again.out));
        QCOMPARE(m_app->writes(), writes);
        QCOMPARE(history().size(), 1);
    }

    // The set is recorded before it is sent: killed while its request waits for an answer, the
    // history still has the change, as unknown, not as OK or failed.
    void aSetKilledBeforeItsAnswerIsRecordedAsUnknown()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        int writes = 0;
        server.setHandler([&writes](const TestHttpServer::Request &request) {
            if (request.url().path() == QLatin1String("/v4/profile/portrait_set")) {
                ++writes;
                return Response::hang();
            }
            return Response::json(R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","UserProfileItem":[)"
                                  R"({"To_Account":"user_1","ResultCode":0,"ProfileItem":[)"
                                  R"({"Tag":"Tag_Profile_IM_Nick","Value":"Old"}]}]})");
        });
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CLI_PATH),
            { QStringLiteral("set"), QStringLiteral("--endpoint"), server.baseUrl().toString(),
                QStringLiteral("--sdkappid"), QStringLiteral("1400000000"), QStringLiteral("--identifier"),
                QStringLiteral("administrator"), QStringLiteral("--key-file"), m_keyFile,
                QStringLiteral("--timeout"), QStringLiteral("60"), QStringLiteral("--account"),
                QStringLiteral("user_1"), QStringLiteral("--set"), QStringLiteral("Nick=New") });
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(writes == 1, 30000);
        process.kill(); // SIGKILL: no answer, nothing flushed or cleaned up
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        const QJsonArray changes = history();
        QCOMPARE(changes.size(), 1);
        const QJsonObject change = changes.at(0).toObject();
        QCOMPARE(change.value(u"account").toString(), QStringLiteral("user_1"));
        QCOMPARE(change.value(u"old").toString(), QStringLiteral("Old"));
        QCOMPARE(change.value(u"new").toString(), QStringLiteral("New"));
        QCOMPARE(change.value(u"outcome").toString(), QStringLiteral("unknown"));
        QCOMPARE(change.value(u"errorCode"), QJsonValue(QJsonValue::Null));
        QVERIFY(change.value(u"job").toInteger() > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliRevert)
#include "tst_clirevert.moc"
