// `chat-profile bulk` and `chat-profile jobs` end to end (issue #12, "The CLI"): the real
// executable against a loopback app, checking what reaches the server (every portrait_set counted
// per account), what is printed, the report file, the stored job and every exit code, including a
// job killed with SIGKILL half way and resumed. The job store lives in a temporary XDG_DATA_HOME.
#include "cli/clirun.h"
#include "jobs/jobstore.h"
#include "sandbox/sandboxserver.h"
#include "spreadsheet/spreadsheetreader.h"
#include "support/testhttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

using Response = TestHttpServer::Response;

namespace {

const QByteArray kSecretKey = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const QString Nick = QStringLiteral("Tag_Profile_IM_Nick");
const QString Level = QStringLiteral("Tag_Profile_IM_Level");
const QString GetPath = QStringLiteral("/v4/profile/portrait_get");
const QString SetPath = QStringLiteral("/v4/profile/portrait_set");
constexpr quint64 AppId = 1400000000;

QJsonObject envelope(const QString &status = QStringLiteral("OK"), int code = 0, const QString &info = {})
{
    return { { QStringLiteral("ActionStatus"), status }, { QStringLiteral("ErrorCode"), code },
        { QStringLiteral("ErrorInfo"), info }, { QStringLiteral("ErrorDisplay"), QString() } };
}

Response jsonResponse(const QJsonObject &object)
{
    return Response::json(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A loopback Chat app as the REST API documents it: portrait_get answers from its profiles (a
// missing account fails with ResultCode 40003), portrait_set stores the items and counts the
// writes each account received. writeAnswer can script a write's answer instead (it is then not
// stored, as the server would not store a refused or unanswered write).
class FakeApp final
{
public:
    FakeApp()
    {
        m_server.setHandler([this](const TestHttpServer::Request &request) { return answer(request); });
    }

    bool listen() { return m_server.listen(); }
    QUrl baseUrl() const { return m_server.baseUrl(); }
    const TestHttpServer &server() const { return m_server; }

    QHash<QString, QJsonObject> profiles; // account → {tag: value}
    QHash<QString, int> writes; // account → portrait_set requests received
    std::function<std::optional<Response>(const QString &account)> writeAnswer;

    int requestsTo(const QString &path) const
    {
        int count = 0;
        for (const TestHttpServer::Request &request : m_server.requests()) {
            count += request.url().path() == path ? 1 : 0;
        }
        return count;
    }
    int totalWrites() const
    {
        int total = 0;
        for (const int count : writes) {
            total += count;
        }
        return total;
    }

private:
    Response answer(const TestHttpServer::Request &request)
    {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (request.url().path() == GetPath) {
            QJsonArray users;
            QJsonArray failed;
            const QJsonArray tags = body.value(u"TagList").toArray();
            for (const QJsonValue &accountValue : body.value(u"To_Account").toArray()) {
                const QString account = accountValue.toString();
                if (!profiles.contains(account)) {
                    failed.append(account);
                    users.append(QJsonObject { { QStringLiteral("To_Account"), account },
                        { QStringLiteral("ResultCode"), 40003 },
                        { QStringLiteral("ResultInfo"), QStringLiteral("Err_Profile_Account_Not_Exist") } });
                    continue;
                }
                QJsonArray items;
                for (const QJsonValue &tag : tags) {
                    if (profiles.value(account).contains(tag.toString())) {
                        items.append(QJsonObject { { QStringLiteral("Tag"), tag },
                            { QStringLiteral("Value"), profiles.value(account).value(tag.toString()) } });
                    }
                }
                users.append(QJsonObject { { QStringLiteral("To_Account"), account },
                    { QStringLiteral("ProfileItem"), items }, { QStringLiteral("ResultCode"), 0 },
                    { QStringLiteral("ResultInfo"), QString() } });
            }
            QJsonObject reply = envelope();
            reply.insert(QStringLiteral("UserProfileItem"), users);
            if (!failed.isEmpty()) {
                reply.insert(QStringLiteral("Fail_Account"), failed);
            }
            return jsonResponse(reply);
        }
        const QString account = body.value(u"From_Account").toString();
        ++writes[account];
        if (writeAnswer) {
            if (const std::optional<Response> scripted = writeAnswer(account)) {
                return *scripted;
            }
        }
        QJsonObject &profile = profiles[account];
        for (const QJsonValue &item : body.value(u"ProfileItem").toArray()) {
            profile.insert(item.toObject().value(u"Tag").toString(), item.toObject().value(u"Value"));
        }
        return jsonResponse(envelope());
    }

    TestHttpServer m_server;
};

QString accountName(int i)
{
    return QStringLiteral("user_%1").arg(i, 3, 10, QLatin1Char('0'));
}

} // namespace

class TestCliBulk final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_keyFile;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
        return extra;
    }

    CliRun run(const QStringList &arguments) const { return CliRun::run(arguments, environment()); }

    QStringList connection(const QUrl &endpoint, quint64 appId = AppId) const
    {
        return { QStringLiteral("--endpoint"), endpoint.toString(), QStringLiteral("--sdkappid"),
            QString::number(appId), QStringLiteral("--identifier"), QStringLiteral("administrator"),
            QStringLiteral("--key-file"), m_keyFile };
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        return CliRun::writeFile(m_dir->filePath(name), content);
    }

    QByteArray readFile(const QString &path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString reportPath() const { return m_dir->filePath(QStringLiteral("report.csv")); }

    QJsonArray jobs() const
    {
        const CliRun listed = run({ QStringLiteral("jobs"), QStringLiteral("--json") });
        if (listed.exitCode != 0) {
            qWarning() << listed.err;
        }
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }

    // n accounts user_001… with Nick "old N", and a CSV that sets Nick "new N" and Level N on each.
    QString seedAndWriteCsv(FakeApp &app, int n) const
    {
        QByteArray csv = "account,Nick,Level\r\n";
        for (int i = 1; i <= n; ++i) {
            app.profiles.insert(accountName(i), { { Nick, QStringLiteral("old %1").arg(i) } });
            csv += accountName(i).toUtf8() + ",new " + QByteArray::number(i) + ',' + QByteArray::number(i)
                + "\r\n";
        }
        return writeFile(QStringLiteral("accounts.csv"), csv);
    }

    static void verifyPlannedValues(const FakeApp &app, int n)
    {
        for (int i = 1; i <= n; ++i) {
            const QJsonObject profile = app.profiles.value(accountName(i));
            QCOMPARE(profile.value(Nick).toString(), QStringLiteral("new %1").arg(i));
            QCOMPARE(profile.value(Level).toInt(), i);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_keyFile = writeFile(QStringLiteral("key"), kSecretKey + '\n');
    }

    void cleanup() { m_dir.reset(); }

    void invalidInputIsRefusedWithLineAndColumnAndNothingIsSent()
    {
        FakeApp app;
        QVERIFY(app.listen());
        app.profiles.insert(QStringLiteral("u1"), {});
        app.profiles.insert(QStringLiteral("u2"), {});
        const QString file = writeFile(
            QStringLiteral("bad.csv"), "account,Nick,Gender\r\nu1,Anna,Female\r\nu2,Bob,Robot\r\n");
        const CliRun result = run(QStringList { QStringLiteral("bulk"), file } + connection(app.baseUrl()));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("Line 3, column C")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("Robot")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("--skip-invalid")), qPrintable(result.err));
        QCOMPARE(app.server().requests().size(), 0);
        QCOMPARE(jobs().size(), 0); // nothing stored either
    }

    void anUnreadableEncodingSaysHowToSaveAsUtf8()
    {
        FakeApp app;
        QVERIFY(app.listen());
        app.profiles.insert(QStringLiteral("u1"), { { Nick, QStringLiteral("x") } });
        QStringEncoder gb18030("GB18030");
        const QByteArray bytes = gb18030.encode(QStringLiteral("account,Nick\r\nu1,张三\r\n"));
        QVERIFY(!gb18030.hasError());
        const QString file = writeFile(QStringLiteral("gb.csv"), bytes);

        const CliRun refused = run(QStringList { QStringLiteral("bulk"), file } + connection(app.baseUrl()));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("UTF-8"))
                && refused.err.contains(QStringLiteral("--encoding")),
            qPrintable(refused.err));
        QCOMPARE(app.server().requests().size(), 0);

        const CliRun named = run(QStringList { QStringLiteral("bulk"), file, QStringLiteral("--encoding"),
                                     QStringLiteral("GB18030"), QStringLiteral("--dry-run") }
            + connection(app.baseUrl()));
        QCOMPARE(named.exitCode, 0);
        QVERIFY2(named.out.contains(QStringLiteral("张三")), qPrintable(named.out));
    }

    void badUsageIsRefusedBeforeAnythingIsSent_data()
    {
        // FILE stands for the input file; each row's error names the option to fix.
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("rate zero") << QStringList { "FILE", "--rate", "0" } << "--rate";
        QTest::newRow("rate above the service's 200") << QStringList { "FILE", "--rate", "201" } << "--rate";
        QTest::newRow("rate not a number") << QStringList { "FILE", "--rate", "fast" } << "--rate";
        QTest::newRow("report of a dry run")
            << QStringList { "FILE", "--dry-run", "--report", "r.csv" } << "--report";
        QTest::newRow("--set without an accounts file")
            << QStringList { "FILE", "--set", "Nick=x" } << "--set";
        QTest::newRow("accounts file without --set") << QStringList { "--accounts-file", "FILE" } << "--set";
        QTest::newRow("resume with an input option")
            << QStringList { "--resume", "--skip-invalid" } << "--skip-invalid";
        QTest::newRow("two-character delimiter")
            << QStringList { "FILE", "--delimiter", "ab" } << "--delimiter";
        QTest::newRow("unknown encoding") << QStringList { "FILE", "--encoding", "KLINGON-8" } << "KLINGON-8";
        QTest::newRow("no input") << QStringList {} << "--accounts-file";
    }

    void badUsageIsRefusedBeforeAnythingIsSent()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        FakeApp app;
        QVERIFY(app.listen());
        const QString file = seedAndWriteCsv(app, 2);
        arguments.replaceInStrings(QRegularExpression(QStringLiteral("^FILE$")), file);
        const CliRun result
            = run(QStringList { QStringLiteral("bulk") } + arguments + connection(app.baseUrl()));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(named), qPrintable(result.err));
        QCOMPARE(app.server().requests().size(), 0);
    }

    void dryRunShowsWhatWouldChangeAndWritesNothing()
    {
        FakeApp app;
        QVERIFY(app.listen());
        app.profiles.insert(QStringLiteral("anna"), { { Nick, QStringLiteral("Ann") } });
        app.profiles.insert(QStringLiteral("bob"), { { Nick, QStringLiteral("Bob") } });
        const QString file
            = writeFile(QStringLiteral("dry.csv"), "account,Nick\nanna,Anna\nbob,Bob\nghost,Casper\n");
        const CliRun result = run(QStringList { QStringLiteral("bulk"), file, QStringLiteral("--dry-run") }
            + connection(app.baseUrl()));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(app.requestsTo(SetPath), 0);
        QVERIFY(app.requestsTo(GetPath) >= 1);
        QVERIFY2(result.out.contains(QStringLiteral("Nick: Ann \u2192 Anna")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("already as asked: Nick")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("ghost"))
                && result.out.contains(QStringLiteral("does not exist")),
            qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("will change")), qPrintable(result.out)); // the totals
        QCOMPARE(app.profiles.value(QStringLiteral("anna")).value(Nick).toString(), QStringLiteral("Ann"));
        QCOMPARE(jobs().size(), 0);
    }

    void aRunWritesEveryAccountOfTheSandboxAndReportsEveryRow()
    {
        SandboxConfig config;
        config.sdkAppId = AppId;
        config.secretKey = kSecretKey;
        config.admins = QStringList { QStringLiteral("administrator") };
        SandboxStore store;
        for (int i = 1; i <= 4; ++i) {
            store.addAccount(accountName(i));
        }
        SandboxServer sandbox(config, store);
        QVERIFY2(sandbox.listen(), qPrintable(sandbox.errorString()));
        // Values a spreadsheet would run as formulas, and a cell with the delimiter in it.
        const QString file = writeFile(QStringLiteral("run.csv"),
            "account,Nick,Level\n"
            "user_001,=1+1,1\n"
            "user_002,@SUM(A1),2\n"
            "user_003,\"Smith, Jo\",3\n"
            "user_004,-x,4\n");
        const CliRun result
            = run(QStringList { QStringLiteral("bulk"), file, QStringLiteral("--report"), reportPath() }
                + connection(sandbox.baseUrl()));
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QStringList nicks { QStringLiteral("=1+1"), QStringLiteral("@SUM(A1)"),
            QStringLiteral("Smith, Jo"), QStringLiteral("-x") };
        for (int i = 1; i <= 4; ++i) {
            QCOMPARE(sandbox.store().value(accountName(i), Nick).toString(), nicks.at(i - 1));
            QCOMPARE(sandbox.store().value(accountName(i), Level).toInt(), i);
        }

        const QByteArray report = readFile(reportPath());
        QVERIFY(report.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(
            QFile(reportPath()).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const SpreadsheetTable table = SpreadsheetReader::read(report);
        QVERIFY(!table.hasProblems());
        QCOMPARE(table.header.mid(0, 7),
            QStringList(
                { "line", "account", "outcome", "error_code", "error_info", "error_display", "random" }));
        const qsizetype nickColumn = table.header.indexOf(Nick);
        QVERIFY(nickColumn > 0);
        QCOMPARE(table.rows.size(), 4);
        const QStringList written { QStringLiteral("'=1+1"), QStringLiteral("'@SUM(A1)"),
            QStringLiteral("Smith, Jo"), QStringLiteral("'-x") };
        for (int i = 0; i < 4; ++i) {
            const QStringList &cells = table.rows.at(i).cells;
            QCOMPARE(cells.at(0), QString::number(i + 2));
            QCOMPARE(cells.at(1), accountName(i + 1));
            QCOMPARE(cells.at(2), QStringLiteral("ok"));
            QCOMPARE(cells.at(3), QStringLiteral("0"));
            QVERIFY(cells.at(6).toUInt() > 0); // random
            QCOMPARE(cells.at(nickColumn), written.at(i));
        }

        // Not a terminal: plain progress lines, never a carriage return, and the last state at the end.
        QVERIFY2(!result.err.contains(QLatin1Char('\r')), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("4/4 done")), qPrintable(result.err));

        const QJsonArray listed = jobs();
        QCOMPARE(listed.size(), 1);
        const QJsonObject job = listed.at(0).toObject();
        QCOMPARE(job.value(u"state").toString(), QStringLiteral("finished"));
        QCOMPARE(job.value(u"total").toInt(), 4);
        QCOMPARE(job.value(u"ok").toInt(), 4);
        for (const char *key : { "unchanged", "failed", "skipped", "unknown" }) {
            QCOMPARE(job.value(QLatin1String(key)).toInt(), 0);
        }
        QVERIFY(job.value(u"id").toInteger() > 0);
        // Every write is in the change history, with the job's id.
        const qint64 jobId = job.value(u"id").toInteger();
        const CliRun history = run({ QStringLiteral("history"), QStringLiteral("--job"),
            QString::number(jobId), QStringLiteral("--json") });
        QCOMPARE(history.exitCode, 0);
        const QJsonArray changes = QJsonDocument::fromJson(history.out.toUtf8()).array();
        QCOMPARE(changes.size(), 8); // 4 accounts × Nick and Level
        for (const QJsonValue &change : changes) {
            QCOMPARE(change.toObject().value(u"job").toInteger(), jobId);
            QCOMPARE(change.toObject().value(u"outcome").toString(), QStringLiteral("ok"));
        }

        const CliRun text = run({ QStringLiteral("jobs") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(
            text.out.contains(QStringLiteral("run.csv")) && text.out.contains(QStringLiteral("finished")),
            qPrintable(text.out));
    }

    void skipInvalidLeavesTheInvalidRowsOutAndReportsThem()
    {
        FakeApp app;
        QVERIFY(app.listen());
        app.profiles.insert(QStringLiteral("u1"), {});
        app.profiles.insert(QStringLiteral("u2"), {});
        app.profiles.insert(QStringLiteral("u3"), {});
        const QString file = writeFile(
            QStringLiteral("skip.csv"), "account,Nick,Gender\nu1,Anna,Female\nu2,Bob,Robot\nu3,Cy,Male\n");
        const CliRun result = run(QStringList { QStringLiteral("bulk"), file,
                                      QStringLiteral("--skip-invalid"), QStringLiteral("--report"),
                                      reportPath(), QStringLiteral("--quiet"), QStringLiteral("--json") }
            + connection(app.baseUrl()));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(app.writes.value(QStringLiteral("u1")), 1);
        QCOMPARE(app.writes.value(QStringLiteral("u2")), 0);
        QCOMPARE(app.writes.value(QStringLiteral("u3")), 1);
        QVERIFY2(result.err.contains(QStringLiteral("Line 3, column C")), qPrintable(result.err));
        QVERIFY2(!result.err.contains(QStringLiteral(" done")), qPrintable(result.err)); // --quiet

        const SpreadsheetTable table = SpreadsheetReader::read(readFile(reportPath()));
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows.at(1).cells.mid(0, 3), QStringList({ "3", "u2", "skipped" }));
        QCOMPARE(table.rows.at(0).cells.at(2), QStringLiteral("ok"));
        QCOMPARE(table.rows.at(2).cells.at(2), QStringLiteral("ok"));

        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value(u"skipped").toInt(), 1);
        QCOMPARE(json.value(u"ok").toInt(), 2);
        QCOMPARE(json.value(u"rows").toArray().size(), 3);
    }

    void accountsFileSetsTheSameValuesOnEveryAccount()
    {
        FakeApp app;
        QVERIFY(app.listen());
        app.profiles.insert(QStringLiteral("u1"), {});
        app.profiles.insert(QStringLiteral("u2"), {});
        // As Notepad saves it: a byte-order mark, which is not part of the first account.
        const QString file = writeFile(QStringLiteral("accounts.txt"), "\xEF\xBB\xBFu1\r\n\r\nu2\r\n");
        const CliRun result = run(QStringList { QStringLiteral("bulk"), QStringLiteral("--accounts-file"),
                                      file, QStringLiteral("--set"), QStringLiteral("Level=3") }
            + connection(app.baseUrl()));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(app.profiles.value(QStringLiteral("u1")).value(Level).toInt(), 3);
        QCOMPARE(app.profiles.value(QStringLiteral("u2")).value(Level).toInt(), 3);
    }

    void aFailedRowExitsOneAndIsReportedWithItsError()
    {
        FakeApp app;
        QVERIFY(app.listen());
        const QString file = seedAndWriteCsv(app, 3);
        app.writeAnswer = [](const QString &account) -> std::optional<Response> {
            if (account != accountName(2)) {
                return std::nullopt;
            }
            return jsonResponse(
                envelope(QStringLiteral("FAIL"), 40001, QStringLiteral("Err_Profile_Comm_Decode_Fail")));
        };
        const CliRun result
            = run(QStringList { QStringLiteral("bulk"), file, QStringLiteral("--report"), reportPath() }
                + connection(app.baseUrl()));
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(app.writes.value(accountName(2)), 1); // a permanent error is not retried
        QVERIFY2(result.out.contains(accountName(2)) && result.out.contains(QStringLiteral("40001")),
            qPrintable(result.out));
        const SpreadsheetTable table = SpreadsheetReader::read(readFile(reportPath()));
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows.at(1).cells.mid(1, 5),
            QStringList({ accountName(2), "failed", "40001", "Err_Profile_Comm_Decode_Fail", "" }));
        QCOMPARE(table.rows.at(0).cells.at(2), QStringLiteral("ok"));
        QCOMPARE(table.rows.at(2).cells.at(2), QStringLiteral("ok"));
    }

    void aWriteThatDidNotStickExitsOneAndIsReported()
    {
        FakeApp app;
        QVERIFY(app.listen());
        const QString file = seedAndWriteCsv(app, 2);
        // The server says OK to user_002's write but keeps what it had: only the read-back sees it.
        app.writeAnswer = [](const QString &account) -> std::optional<Response> {
            return account == accountName(2) ? std::optional<Response>(jsonResponse(envelope()))
                                             : std::nullopt;
        };
        const CliRun result
            = run(QStringList { QStringLiteral("bulk"), file, QStringLiteral("--report"), reportPath() }
                + connection(app.baseUrl()));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(accountName(2)), qPrintable(result.out));
        const SpreadsheetTable table = SpreadsheetReader::read(readFile(reportPath()));
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows.at(0).cells.at(8), QString());
        QCOMPARE(table.rows.at(1).cells.at(2), QStringLiteral("ok")); // the server did answer OK
        QVERIFY2(table.rows.at(1).cells.at(8).contains(Nick), qPrintable(table.rows.at(1).cells.at(8)));
    }

    void aNetworkFailureStopsTheJobWithExitThreeAndItResumesWhereItStopped()
    {
        FakeApp app;
        QVERIFY(app.listen());
        const int n = 12;
        const QString file = seedAndWriteCsv(app, n);
        // Every write is cut off before an answer: the server never stores it.
        app.writeAnswer = [](const QString &) -> std::optional<Response> { return Response::drop(); };
        const CliRun stopped = run(QStringList { QStringLiteral("bulk"), file } + connection(app.baseUrl()));
        QCOMPARE(stopped.exitCode, 3);
        const QRegularExpressionMatch command
            = QRegularExpression(QStringLiteral("\n  (chat-profile bulk --resume (\\d+) [^\n]*)\n?$"))
                  .match(stopped.err);
        QVERIFY2(command.hasMatch(), qPrintable(stopped.err));
        QVERIFY(app.totalWrites() < n); // it stopped instead of trying every row

        QJsonArray listed = jobs();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).toObject().value(u"state").toString(), QStringLiteral("unfinished"));
        QCOMPARE(QString::number(listed.at(0).toObject().value(u"id").toInteger()), command.captured(2));

        // Another app is refused before anything is sent.
        const int requestsBefore = int(app.server().requests().size());
        const CliRun otherApp = run(QStringList { QStringLiteral("bulk"), QStringLiteral("--resume") }
            + connection(app.baseUrl(), AppId + 1));
        QCOMPARE(otherApp.exitCode, 2);
        // Refused up front with a message that names both apps, before the job is even started.
        QVERIFY2(otherApp.err.contains(QStringLiteral("SDKAppID %1").arg(AppId))
                && otherApp.err.contains(QStringLiteral("SDKAppID %1").arg(AppId + 1)),
            qPrintable(otherApp.err));
        QVERIFY2(!otherApp.err.contains(QStringLiteral("accounts to write")), qPrintable(otherApp.err));
        QCOMPARE(app.server().requests().size(), requestsBefore);

        // The printed command, as printed, finishes the job once the network is back.
        app.writeAnswer = nullptr;
        const QStringList words = command.captured(1).split(QLatin1Char(' '));
        const CliRun resumed = run(words.mid(1));
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        verifyPlannedValues(app, n);
        listed = jobs();
        QCOMPARE(listed.at(0).toObject().value(u"state").toString(), QStringLiteral("finished"));
        QCOMPARE(listed.at(0).toObject().value(u"ok").toInt(), n);
    }

    void aJobKilledHalfWayResumesWithoutSendingAConfirmedRowAgain()
    {
        FakeApp app;
        QVERIFY(app.listen());
        const int n = 40;
        const QString file = seedAndWriteCsv(app, n);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(this->environment());
        QProcess process;
        process.setProcessEnvironment(environment);
        // 10 calls a second: the job takes about four seconds, long enough to be killed in it.
        process.start(QStringLiteral(CLI_PATH),
            QStringList { QStringLiteral("bulk"), file, QStringLiteral("--rate"), QStringLiteral("10") }
                + connection(app.baseUrl()));
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(app.totalWrites() >= 10, 30000);
        process.kill(); // SIGKILL: nothing is flushed, nothing is cleaned up
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        const int writesAtKill = app.totalWrites();
        QVERIFY2(writesAtKill < n, "the job ended before it was killed");

        // What the killed process had committed: some rows confirmed, the rest still to do.
        // Where the README says the console keeps its data, below XDG_DATA_HOME.
        JobStore store(
            m_dir->filePath(QStringLiteral("data/chat-profile-console/chat-profile-console/jobs.sqlite")));
        const std::optional<qint64> unfinished = store.latestUnfinished();
        QVERIFY2(unfinished.has_value(), qPrintable(store.errorString()));
        const std::optional<WriteJob> atKill = store.load(*unfinished);
        QVERIFY(atKill.has_value());
        QStringList confirmed;
        for (const JobRow &row : atKill->rows) {
            if (row.state == RowState::Ok) {
                confirmed.append(row.account);
            }
        }
        QVERIFY(!confirmed.isEmpty());
        QVERIFY(atKill->totals().pending > 0);

        const CliRun resumed = run(QStringList { QStringLiteral("bulk"), QStringLiteral("--resume"),
                                       QStringLiteral("--rate"), QStringLiteral("200") }
            + connection(app.baseUrl()));
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        verifyPlannedValues(app, n);
        for (const QString &account : confirmed) {
            QCOMPARE(app.writes.value(account), 1);
        }
        // A row sent but not confirmed when the process died was read back, found holding its
        // values and not sent again: every account was written exactly once.
        for (int i = 1; i <= n; ++i) {
            QCOMPARE(app.writes.value(accountName(i)), 1);
        }
        const QJsonArray listed = jobs();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).toObject().value(u"state").toString(), QStringLiteral("finished"));
        QCOMPARE(listed.at(0).toObject().value(u"ok").toInt(), n);
    }

    // An Apply or a revert that was stored and never sent is not a bulk job: resuming it later would
    // write values read long ago.
    void onlyBulkJobsAreResumed()
    {
        FakeApp app;
        QVERIFY(app.listen());
        JobStore store(
            m_dir->filePath(QStringLiteral("data/chat-profile-console/chat-profile-console/jobs.sqlite")));
        WriteJob apply;
        apply.kind = WriteJob::Kind::Apply;
        apply.createdAt = QDateTime::currentDateTimeUtc();
        apply.target.baseUrl = app.baseUrl();
        apply.target.sdkAppId = AppId; // connection()'s app and admin: only the kind differs
        apply.target.identifier = QStringLiteral("administrator");
        JobRow row;
        row.account = accountName(1);
        row.changes = { { Nick, QStringLiteral("old 1"), QStringLiteral("stale") } };
        apply.rows = { row };
        QVERIFY2(store.create(apply), qPrintable(store.errorString()));

        const CliRun resumed = run(
            QStringList { QStringLiteral("bulk"), QStringLiteral("--resume"), QString::number(apply.id) }
            + connection(app.baseUrl()));
        QCOMPARE(resumed.exitCode, 2);
        QVERIFY2(resumed.err.contains(QStringLiteral("not a bulk job")), qPrintable(resumed.err));
        QCOMPARE(app.totalWrites(), 0);
    }

    void jobsWithoutAnyJobIsAnEmptyArray()
    {
        QCOMPARE(jobs(), QJsonArray());
        const CliRun text = run({ QStringLiteral("jobs") });
        QCOMPARE(text.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliBulk)
#include "tst_clibulk.moc"
