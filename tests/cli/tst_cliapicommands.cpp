// `chat-profile get` and `set` end to end: the real executable against a loopback server,
// checking what goes on the wire, what is printed and every exit code. `set` writes through the
// one write path: it reads the current values first (portrait_get) and reads its write back, so
// the loopback server answers reads like an app that holds what was written, and the tests count
// the portrait_set requests among the others. Each test has its own XDG_DATA_HOME, since every
// set is recorded in the change history there.
#include "cli/clirun.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxserver.h"
#include "support/testhttpserver.h"
#include "usersig/usersig.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Response = TestHttpServer::Response;

namespace {

const QByteArray kSecretKey = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const QByteArray kOk = R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""})";

} // namespace

class TestCliApiCommands final : public QObject
{
    Q_OBJECT

private:
    TestHttpServer *m_server = nullptr;
    QTemporaryDir *m_dir = nullptr;
    QString m_keyFile;
    QHash<QString, QJsonObject> m_profiles; // account → {tag: value}, as the loopback app holds them

    CliRun run(const QStringList &arguments, const QHash<QString, QString> &environment = {}) const
    {
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
        for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
            extra.insert(it.key(), it.value());
        }
        return CliRun::run(arguments, extra);
    }

    static bool isWrite(const TestHttpServer::Request &request)
    {
        return request.url().path() == QLatin1String("/v4/profile/portrait_set");
    }

    // As an app answers: portrait_get from the profiles (every account exists), portrait_set
    // stored and answered OK.
    Response appAnswer(const TestHttpServer::Request &request)
    {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (isWrite(request)) {
            QJsonObject &profile = m_profiles[body.value(u"From_Account").toString()];
            for (const QJsonValue &item : body.value(u"ProfileItem").toArray()) {
                profile.insert(item.toObject().value(u"Tag").toString(), item.toObject().value(u"Value"));
            }
            return Response::json(kOk);
        }
        QJsonArray users;
        for (const QJsonValue &account : body.value(u"To_Account").toArray()) {
            QJsonArray items;
            const QJsonObject profile = m_profiles.value(account.toString());
            for (auto it = profile.constBegin(); it != profile.constEnd(); ++it) {
                items.append(
                    QJsonObject { { QStringLiteral("Tag"), it.key() }, { QStringLiteral("Value"), *it } });
            }
            users.append(QJsonObject { { QStringLiteral("To_Account"), account },
                { QStringLiteral("ResultCode"), 0 }, { QStringLiteral("ProfileItem"), items } });
        }
        return Response::json(QJsonDocument(
            QJsonObject { { QStringLiteral("ActionStatus"), QStringLiteral("OK") },
                { QStringLiteral("ErrorCode"), 0 },
                { QStringLiteral("UserProfileItem"),
                    users } }).toJson(QJsonDocument::Compact));
    }

    // Reads answered as the app does; every portrait_set gets `answer` (the test's subject), and
    // is stored when `stored` (an OK answer the read-back then confirms).
    void answerWritesWith(const Response &answer, bool stored = false)
    {
        m_server->setHandler([this, answer, stored](const TestHttpServer::Request &request) {
            if (!isWrite(request)) {
                return appAnswer(request);
            }
            if (stored) {
                appAnswer(request);
            }
            return answer;
        });
    }

    QList<TestHttpServer::Request> writes() const
    {
        QList<TestHttpServer::Request> found;
        for (const TestHttpServer::Request &request : m_server->requests()) {
            if (isWrite(request)) {
                found.append(request);
            }
        }
        return found;
    }

    QStringList connection(const QUrl &endpoint) const
    {
        return { QStringLiteral("--endpoint"), endpoint.toString(), QStringLiteral("--sdkappid"),
            QStringLiteral("1400000000"), QStringLiteral("--identifier"), QStringLiteral("administrator"),
            QStringLiteral("--key-file"), m_keyFile };
    }

    QStringList connection() const { return connection(m_server->baseUrl()); }

    QStringList setNick(const QStringList &extra = {}) const
    {
        return QStringList { QStringLiteral("set") } + connection()
            + QStringList { QStringLiteral("--account"), QStringLiteral("user_1"), QStringLiteral("--set"),
                  QStringLiteral("Nick=Anna") }
        + extra;
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        return CliRun::writeFile(m_dir->filePath(name), content);
    }

    QString sentUserSig() const
    {
        return m_server->requests().constLast().queryValue(QStringLiteral("usersig"));
    }

private Q_SLOTS:
    void init()
    {
        m_server = new TestHttpServer;
        QVERIFY(m_server->listen());
        m_profiles.clear();
        m_server->setHandler([this](const TestHttpServer::Request &request) { return appAnswer(request); });
        m_dir = new QTemporaryDir;
        m_keyFile = writeFile(QStringLiteral("key"), kSecretKey + '\n');
    }

    void cleanup()
    {
        delete m_server;
        delete m_dir;
    }

    void setSendsValidatedItemsWithWireTypesAndExitsZero()
    {
        const CliRun result = run(QStringList { QStringLiteral("set") } + connection()
            + QStringList { QStringLiteral("--account"), QStringLiteral("user_1"), QStringLiteral("--set"),
                QStringLiteral("Nick=Anna"), QStringLiteral("--set"), QStringLiteral("Gender=Female"),
                QStringLiteral("--set"), QStringLiteral("Level=4294967295") });
        QCOMPARE(result.exitCode, 0);
        // One write, between the read of the old values (for the history) and the read-back.
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(writes().size(), 1);
        const TestHttpServer::Request request = writes().constFirst();
        QVERIFY(request.target.startsWith(
            "/v4/profile/portrait_set?sdkappid=1400000000&identifier=administrator"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(u"From_Account").toString(), QStringLiteral("user_1"));
        const QJsonArray items = body.value(u"ProfileItem").toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(1).toObject().value(u"Value").toString(), QStringLiteral("Gender_Type_Female"));
        QVERIFY(request.body.contains(R"("Value":4294967295)"));

        QVERIFY(result.out.contains(QStringLiteral("ActionStatus: OK")));
        QVERIFY(result.out.contains(QStringLiteral("ErrorCode: 0")));
        QVERIFY2(
            result.out.contains(QStringLiteral("random: ") + request.queryValue(QStringLiteral("random"))),
            qPrintable(result.out));

        // The sig was signed from the key file for exactly this app and admin.
        const UserSig::Check check = UserSig::verify(sentUserSig(), 1400000000,
            QStringLiteral("administrator"), kSecretKey, QDateTime::currentSecsSinceEpoch());
        QCOMPARE(check.verdict, UserSigVerdict::Valid);
        QVERIFY(!result.out.contains(sentUserSig()));
        QVERIFY(!result.err.contains(sentUserSig()));
    }

    void setPrintsTheFailureVerbatimWithAnExplanationAndExitsOne()
    {
        answerWritesWith(
            Response::json(R"({"ActionStatus":"FAIL","ErrorCode":40009,)"
                           R"("ErrorInfo":"Err_Profile_Tag_Not_Exist","ErrorDisplay":"no such tag"})"));
        const CliRun result = run(QStringList { QStringLiteral("set") } + connection()
            + QStringList { QStringLiteral("--account"), QStringLiteral("user_1"), QStringLiteral("--set"),
                QStringLiteral("Tag_Profile_Custom_Hobby=chess") });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.contains(QStringLiteral("ActionStatus: FAIL")));
        QVERIFY(result.out.contains(QStringLiteral("ErrorCode: 40009")));
        QVERIFY(result.out.contains(QStringLiteral("ErrorInfo: Err_Profile_Tag_Not_Exist")));
        QVERIFY(result.out.contains(QStringLiteral("ErrorDisplay: no such tag")));
        QVERIFY2(result.out.contains(QStringLiteral("Tag_Profile_Custom_Hobby"))
                && result.out.contains(QStringLiteral("not created")),
            qPrintable(result.out));
        QCOMPARE(writes().size(), 1); // 40009 is not retried
    }

    // The read of the old values finds no such account: nothing is written, since neither the
    // history nor a revert could say what the write replaced.
    void setOfAMissingAccountSendsNothingAndExitsOne()
    {
        m_server->setHandler([this](const TestHttpServer::Request &request) {
            return isWrite(request)
                ? appAnswer(request)
                : Response::json(R"({"ActionStatus":"OK","ErrorCode":0,"Fail_Account":["user_1"],)"
                                 R"("UserProfileItem":[{"To_Account":"user_1","ResultCode":40003,)"
                                 R"("ResultInfo":"Err_Profile_Account_Not_Exist"}]})");
        });
        const CliRun result = run(setNick());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("user_1 does not exist (ErrorCode 40003)"))
                && result.err.contains(QStringLiteral("Nothing was sent.")),
            qPrintable(result.err));
        QCOMPARE(writes().size(), 0);
    }

    void wrongRegionCodeNamesTheRegionProblem()
    {
        m_server->enqueue(Response::json(R"({"ActionStatus":"FAIL","ErrorCode":70016,"ErrorInfo":"x"})"));
        const CliRun result = run(setNick());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QStringLiteral("another region")), qPrintable(result.out));
    }

    void signatureMismatchComparesWithWhatTheUserSigWasSignedFor()
    {
        const QString otherSig = UserSig::generate(1400000000, QStringLiteral("someone_else"), kSecretKey,
            86400, QDateTime::currentSecsSinceEpoch());
        QStringList arguments = setNick();
        arguments.replace(arguments.indexOf(QStringLiteral("--key-file")), QStringLiteral("--usersig-file"));
        arguments.replace(
            arguments.indexOf(m_keyFile), writeFile(QStringLiteral("sig"), otherSig.toLatin1()));
        m_server->enqueue(Response::json(R"({"ActionStatus":"FAIL","ErrorCode":70013,"ErrorInfo":"x"})"));
        const CliRun result = run(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QStringLiteral("someone_else"))
                && result.out.contains(QStringLiteral("administrator")),
            qPrintable(result.out));
        QVERIFY2(
            result.err.contains(QStringLiteral("warning: ")), qPrintable(result.err)); // said before sending
        QVERIFY(!result.out.contains(otherSig) && !result.err.contains(otherSig));
    }

    void setJsonPrintsTheResponseAsReceived()
    {
        const QByteArray answer
            = R"({"ErrorCode":0,"ActionStatus":"OK","ErrorInfo":"","ErrorDisplay":"","New":1})";
        answerWritesWith(Response::json(answer), true);
        const CliRun result = run(setNick({ QStringLiteral("--json") }));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed().toUtf8(), answer);
    }

    void invalidItemsAreRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("mentioned");
        QTest::newRow("uint32 out of range") << "Level=4294967296"
                                             << "Level";
        QTest::newRow("not a number") << "Role=admin"
                                      << "Role";
        QTest::newRow("enum") << "Gender=Robot"
                              << "Robot";
        QTest::newRow("too long") << QStringLiteral("Nick=") + QString(501, QLatin1Char('a')) << "500";
        QTest::newRow("too long in UTF-8") << QStringLiteral("Nick=") + QString(167, QChar(0x7ba1)) << "500";
        QTest::newRow("not an assignment") << "Nick"
                                           << "FIELD=VALUE";
    }

    void invalidItemsAreRefusedBeforeSending()
    {
        QFETCH(QString, assignment);
        QFETCH(QString, mentioned);
        const CliRun result = run(QStringList { QStringLiteral("set") } + connection()
            + QStringList { QStringLiteral("--account"), QStringLiteral("user_1"), QStringLiteral("--set"),
                QStringLiteral("Nick=fine"), QStringLiteral("--set"), assignment });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(mentioned), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void badUsageIsRefusedBeforeSending_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentioned");
        const QStringList item { QStringLiteral("--account"), QStringLiteral("u"), QStringLiteral("--set"),
            QStringLiteral("Nick=x") };
        const QStringList app { QStringLiteral("--sdkappid"), QStringLiteral("1400000000"),
            QStringLiteral("--identifier"), QStringLiteral("administrator"), QStringLiteral("--key-file") };
        QTest::newRow("no destination")
            << QStringList { QStringLiteral("set") } + app + QStringList { "KEY" } + item << "--region";
        QTest::newRow("plain http elsewhere") << QStringList { QStringLiteral("set"),
            QStringLiteral("--endpoint"), QStringLiteral("http://example.com") }
                + app + QStringList { "KEY" }
                + item << "http://";
        QTest::newRow("unknown region")
            << QStringList { QStringLiteral("set"), QStringLiteral("--region"), QStringLiteral("india") }
                + app + QStringList { "KEY" } + item
            << "mumbai";
        QTest::newRow("region and endpoint")
            << QStringList { QStringLiteral("set"), QStringLiteral("--region"), QStringLiteral("tokyo"),
                   QStringLiteral("--endpoint"), QStringLiteral("https://x.example") }
                + app + QStringList { "KEY" } + item
            << "--endpoint";
        QTest::newRow("no account") << QStringList { QStringLiteral("set"), QStringLiteral("ENDPOINT") }
                                    << "--account";
        QTest::newRow("no item") << QStringList { QStringLiteral("set"), QStringLiteral("ENDPOINT"),
            QStringLiteral("--account"), QStringLiteral("u") }
                                 << "--set";
        QTest::newRow("missing file") << QStringList { QStringLiteral("set"), QStringLiteral("--endpoint"),
            QStringLiteral("http://127.0.0.1:9") }
                + app + QStringList { "/nonexistent/key" }
                + item << "/nonexistent/key";
        QTest::newRow("bad timeout") << QStringList { QStringLiteral("set"), QStringLiteral("ENDPOINT"),
            QStringLiteral("--timeout"), QStringLiteral("soon") }
                + item << "--timeout";
        QTest::newRow("bad retries") << QStringList { QStringLiteral("set"), QStringLiteral("ENDPOINT"),
            QStringLiteral("--retries"), QStringLiteral("-1") }
                + item << "--retries";
        QTest::newRow("get without account")
            << QStringList { QStringLiteral("get"), QStringLiteral("ENDPOINT") } << "account";
        QTest::newRow("get unknown tag") << QStringList { QStringLiteral("get"), QStringLiteral("ENDPOINT"),
            QStringLiteral("u"), QStringLiteral("--tag"), QStringLiteral("Nickname") }
                                         << "Nickname";
    }

    void badUsageIsRefusedBeforeSending()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentioned);
        // Placeholders for what only exists at run time.
        arguments.replaceInStrings(QStringLiteral("KEY"), m_keyFile);
        const qsizetype endpoint = arguments.indexOf(QStringLiteral("ENDPOINT"));
        if (endpoint >= 0) {
            arguments.removeAt(endpoint);
            const QStringList options = connection();
            for (qsizetype i = 0; i < options.size(); ++i) {
                arguments.insert(endpoint + i, options.at(i));
            }
        }
        const CliRun result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(mentioned), qPrintable(result.err));
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void credentialsComeFromTheEnvironmentOrAUserSigFile()
    {
        QStringList noKey = setNick();
        const qsizetype keyFlag = noKey.indexOf(QStringLiteral("--key-file"));
        noKey.remove(keyFlag, 2);

        QCOMPARE(run(noKey).exitCode, 2); // nothing given at all
        QCOMPARE(m_server->connectionCount(), 0);

        QCOMPARE(
            run(noKey, { { QStringLiteral("CHAT_PROFILE_SECRET_KEY"), QString::fromLatin1(kSecretKey) } })
                .exitCode,
            0);
        QCOMPARE(UserSig::verify(sentUserSig(), 1400000000, QStringLiteral("administrator"), kSecretKey,
                     QDateTime::currentSecsSinceEpoch())
                     .verdict,
            UserSigVerdict::Valid);

        const QString readySig = UserSig::generate(1400000000, QStringLiteral("administrator"), kSecretKey,
            86400, QDateTime::currentSecsSinceEpoch());
        const QString sigFile = writeFile(QStringLiteral("sig"), readySig.toLatin1() + "\n");
        m_profiles.clear(); // a set of what the server holds sends nothing
        QCOMPARE(run(noKey + QStringList { QStringLiteral("--usersig-file"), sigFile }).exitCode, 0);
        QCOMPARE(sentUserSig(), readySig);

        m_profiles.clear(); // so the next set has a value to change, and is sent
        QCOMPARE(run(noKey, { { QStringLiteral("CHAT_PROFILE_USERSIG"), readySig } }).exitCode, 0);
        QCOMPARE(sentUserSig(), readySig);

        const CliRun both = run(noKey,
            { { QStringLiteral("CHAT_PROFILE_USERSIG"), readySig },
                { QStringLiteral("CHAT_PROFILE_SECRET_KEY"), QString::fromLatin1(kSecretKey) } });
        QCOMPARE(both.exitCode, 2);
        QCOMPARE(writes().size(), 3);
    }

    void keyFileWithoutFinalNewlineIsRead()
    {
        // `printf %s "$KEY" > key` leaves no newline; the key is still the file's first line.
        m_keyFile = writeFile(QStringLiteral("key-no-newline"), kSecretKey);
        const CliRun result = run(setNick());
        QCOMPARE(result.exitCode, 0);
    }

    void transportFailuresExitThree_data()
    {
        QTest::addColumn<Response>("response");
        QTest::newRow("HTTP 502") << Response::json("<html>502 Bad Gateway</html>", 502);
        QTest::newRow("not json") << Response::json("<html>hello</html>");
        QTest::newRow("dropped") << Response::drop();
        QTest::newRow("hanging") << Response::hang();
    }

    void transportFailuresExitThree()
    {
        QFETCH(Response, response);
        answerWritesWith(response);
        const CliRun result = run(setNick({ QStringLiteral("--timeout"), QStringLiteral("0.5"),
            QStringLiteral("--retries"), QStringLiteral("1") }));
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.startsWith(QStringLiteral("chat-profile set: ")));
        QVERIFY(result.out.isEmpty());
        QVERIFY(!result.err.contains(sentUserSig()));
    }

    // A server that reads the portrait_set and closes without a byte of answer: the write goes out
    // once whatever --retries says (it may have been stored), exits 3, and the user is told the
    // outcome is unknown and given the command that shows what the server holds.
    void unansweredSetIsSentOnceAndReportedUnknown_data()
    {
        QTest::addColumn<Response>("unanswered");
        QTest::addColumn<QString>("retries");
        QTest::addColumn<QString>("account");
        const QString user = QStringLiteral("user_1");
        QTest::newRow("reset, --retries 0") << Response::drop() << QStringLiteral("0") << user;
        QTest::newRow("closed, --retries 0") << Response::close() << QStringLiteral("0") << user;
        QTest::newRow("reset, --retries 2") << Response::drop() << QStringLiteral("2") << user;
        // The suggested check must read it as an account, not as an option.
        QTest::newRow("account starting with -")
            << Response::drop() << QStringLiteral("0") << QStringLiteral("-dash_user");
    }

    void unansweredSetIsSentOnceAndReportedUnknown()
    {
        QFETCH(Response, unanswered);
        QFETCH(QString, retries);
        QFETCH(QString, account);
        answerWritesWith(unanswered);
        const CliRun result
            = run(setNick({ QStringLiteral("--retries"), retries, QStringLiteral("--account=") + account }));
        // The read of the old values, and the write once: an unknown write is not read back.
        QCOMPARE(writes().size(), 1);
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->connectionCount(), 2);
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(QStringLiteral("Outcome: unknown")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("may have reached the server")), qPrintable(result.err));
        QVERIFY(!result.err.contains(sentUserSig()));

        // The check it suggests reads the same account and field from the same server.
        const qsizetype at = result.err.indexOf(QStringLiteral("chat-profile get "));
        QVERIFY2(at >= 0, qPrintable(result.err));
        QStringList check = QProcess::splitCommand(result.err.mid(at, result.err.indexOf(u'\n', at) - at));
        QCOMPARE(check.takeFirst(), QStringLiteral("chat-profile"));
        m_server->setHandler([account](const TestHttpServer::Request &) {
            return Response::json(R"({"ActionStatus":"OK","ErrorCode":0,"UserProfileItem":[{"To_Account":")"
                + account.toUtf8()
                + R"(","ResultCode":0,"ProfileItem":[{"Tag":"Tag_Profile_IM_Nick","Value":"Anna"}]}]})");
        });
        const CliRun checked = run(check);
        QCOMPARE(checked.exitCode, 0);
        QCOMPARE(m_server->requests().size(), 3);
        const TestHttpServer::Request &read = m_server->requests().at(2);
        QVERIFY2(
            read.target.startsWith("/v4/profile/portrait_get?sdkappid=1400000000&identifier=administrator&"),
            read.target.constData());
        const QJsonObject body = QJsonDocument::fromJson(read.body).object();
        QCOMPARE(body.value(u"To_Account").toArray(), QJsonArray { account });
        QCOMPARE(body.value(u"TagList").toArray(), QJsonArray { QStringLiteral("Tag_Profile_IM_Nick") });
        QVERIFY2(checked.out.contains(QStringLiteral("Nick: Anna")), qPrintable(checked.out));
    }

    // Pages that quote the request back (the usersig raw and percent-encoded): neither the output,
    // nor the errors, nor the API log (switched on) show any of the sig.
    void answersQuotingTheUserSigNeverShowIt_data()
    {
        QTest::addColumn<bool>("write");
        QTest::addColumn<int>("status");
        QTest::newRow("set, 502 page") << true << 502;
        QTest::newRow("set, 200 page") << true << 200;
        QTest::newRow("get, 502 page") << false << 502;
        QTest::newRow("get, 200 page") << false << 200;
    }

    void answersQuotingTheUserSigNeverShowIt()
    {
        QFETCH(bool, write);
        QFETCH(int, status);
        // For set, the read of the old values is answered; the write gets the page.
        m_server->setHandler([this, write, status](const TestHttpServer::Request &request) {
            return write && !isWrite(request) ? appAnswer(request) : Response::echoPage(request, status);
        });
        const QStringList arguments = write ? setNick({ QStringLiteral("--retries"), QStringLiteral("0") })
                                            : QStringList { QStringLiteral("get") } + connection()
                + QStringList { QStringLiteral("user_1"), QStringLiteral("--retries"), QStringLiteral("0") };
        const CliRun result
            = run(arguments, { { QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("cpc.api.*=true") } });
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(m_server->requests().size(), write ? 2 : 1);
        const QString sig = sentUserSig();
        QVERIFY(sig.size() > 100);
        QVERIFY2(result.err.contains(QStringLiteral("attempt 1")), qPrintable(result.err)); // the log is on
        QVERIFY2(result.err.contains(QStringLiteral("usersig=***")), qPrintable(result.err));
        for (qsizetype i = 0; i + 16 <= sig.size(); ++i) {
            const QString piece = sig.mid(i, 16);
            QVERIFY2(!result.out.contains(piece), qPrintable(result.out));
            QVERIFY2(!result.err.contains(piece), qPrintable(result.err));
        }
    }

    void retriedAttemptsAreListed()
    {
        m_server->setHandler([](const TestHttpServer::Request &) { return Response::json("down", 503); });
        const CliRun result = run(QStringList { QStringLiteral("get") } + connection()
            + QStringList { QStringLiteral("user_1"), QStringLiteral("--retries"), QStringLiteral("2") });
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(m_server->requests().size(), 3);
        for (const TestHttpServer::Request &request : m_server->requests()) {
            QVERIFY2(
                result.err.contains(QStringLiteral("random ") + request.queryValue(QStringLiteral("random"))),
                qPrintable(result.err));
        }
    }

    void getPrintsEveryAccountsFields()
    {
        m_server->enqueue(Response::json(R"({"ActionStatus":"OK","ErrorCode":0,"UserProfileItem":[
            {"To_Account":"user_1","ResultCode":0,"ProfileItem":[{"Tag":"Tag_Profile_IM_Nick","Value":"Anna"},
            {"Tag":"Tag_Profile_IM_Gender","Value":"Gender_Type_Female"},{"Tag":"Tag_Profile_IM_Level","Value":3}]}]})"));
        const CliRun result = run(QStringList { QStringLiteral("get") } + connection()
            + QStringList { QStringLiteral("user_1"), QStringLiteral("--tag"), QStringLiteral("Nick"),
                QStringLiteral("--tag"), QStringLiteral("Tag_Profile_IM_Gender"), QStringLiteral("--tag"),
                QStringLiteral("Level"), QStringLiteral("--tag"), QStringLiteral("Role") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(
                     QStringLiteral("user_1\n  Nick: Anna\n  Gender: Female\n  Level: 3\n  Role: ")),
            qPrintable(result.out));
        const QJsonObject body = QJsonDocument::fromJson(m_server->requests().constFirst().body).object();
        QCOMPARE(body.value(u"TagList").toArray().size(), 4);
        QCOMPARE(body.value(u"To_Account").toArray(), QJsonArray { QStringLiteral("user_1") });
    }

    void getAsksForEveryStandardFieldByDefault()
    {
        QCOMPARE(
            run(QStringList { QStringLiteral("get") } + connection() + QStringList { QStringLiteral("u") })
                .exitCode,
            0);
        const QJsonArray tags = QJsonDocument::fromJson(m_server->requests().constFirst().body)
                                    .object()
                                    .value(u"TagList")
                                    .toArray();
        QVERIFY(tags.size() >= 12);
        QVERIFY(tags.contains(QStringLiteral("Tag_Profile_IM_MsgSettings")));
    }

    void getWithFailedUsersIsPartialAndExitsOne()
    {
        m_server->enqueue(Response::json(R"({"ActionStatus":"OK","ErrorCode":0,"Fail_Account":["ghost"],
            "UserProfileItem":[{"To_Account":"ghost","ResultCode":70107,"ResultInfo":"Err_TLS_PT_Open_Login_Account_Not_Exist"}]})"));
        const CliRun result = run(
            QStringList { QStringLiteral("get") } + connection() + QStringList { QStringLiteral("ghost") });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(
            result.out.contains(QStringLiteral("ghost: ")) && result.out.contains(QStringLiteral("70107")),
            qPrintable(result.out));
        QVERIFY(!result.err.isEmpty());
    }

    void getJsonMergesSplitResponses()
    {
        m_server->setHandler([](const TestHttpServer::Request &request) {
            QJsonArray users;
            for (const QJsonValue &account :
                QJsonDocument::fromJson(request.body).object().value(u"To_Account").toArray()) {
                users.append(QJsonObject {
                    { QStringLiteral("To_Account"), account }, { QStringLiteral("ResultCode"), 0 } });
            }
            return Response::json(QJsonDocument(
                QJsonObject { { QStringLiteral("ActionStatus"), QStringLiteral("OK") },
                    { QStringLiteral("ErrorCode"), 0 },
                    { QStringLiteral("UserProfileItem"),
                        users } }).toJson());
        });
        QStringList accounts;
        for (int i = 0; i < 150; ++i) {
            accounts.append(QStringLiteral("u%1").arg(i));
        }
        const CliRun result = run(QStringList { QStringLiteral("get") } + connection() + accounts
            + QStringList { QStringLiteral("--tag"), QStringLiteral("Nick"), QStringLiteral("--json") });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(m_server->requests().size(), 2);
        const QJsonObject merged = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(merged.value(u"ActionStatus").toString(), QStringLiteral("OK"));
        QCOMPARE(merged.value(u"UserProfileItem").toArray().size(), 150);
    }

    void setThenGetAgainstTheSandbox()
    {
        const SandboxDemo &demo = SandboxDemo::get();
        SandboxServer sandbox(demo.config, demo.store);
        QVERIFY2(sandbox.listen(), qPrintable(sandbox.errorString()));
        const QString keyFile = writeFile(QStringLiteral("demo-key"), demo.config.secretKey + '\n');
        const QStringList demoConnection { QStringLiteral("--endpoint"), sandbox.baseUrl().toString(),
            QStringLiteral("--sdkappid"), QString::number(demo.config.sdkAppId),
            QStringLiteral("--identifier"), demo.admin, QStringLiteral("--key-file"), keyFile };

        const CliRun set = run(QStringList { QStringLiteral("set") } + demoConnection
            + QStringList { QStringLiteral("--account"), demo.demoAccount, QStringLiteral("--set"),
                QStringLiteral("Nick=CLI end to end"), QStringLiteral("--set"), QStringLiteral("Level=7") });
        QVERIFY2(set.exitCode == 0, qPrintable(set.out + set.err));

        const CliRun get = run(QStringList { QStringLiteral("get") } + demoConnection
            + QStringList { demo.demoAccount, QStringLiteral("--tag"), QStringLiteral("Nick"),
                QStringLiteral("--tag"), QStringLiteral("Level") });
        QCOMPARE(get.exitCode, 0);
        QVERIFY2(get.out.contains(QStringLiteral("Nick: CLI end to end"))
                && get.out.contains(QStringLiteral("Level: 7")),
            qPrintable(get.out));

        const CliRun fail = run(QStringList { QStringLiteral("set") } + demoConnection
            + QStringList { QStringLiteral("--account"), demo.demoAccount, QStringLiteral("--set"),
                QStringLiteral("Tag_Profile_Custom_NoSuchField=x") });
        // The server refuses to read the field, so its old value is unknown and nothing is sent.
        QCOMPARE(fail.exitCode, 1);
        QVERIFY2(fail.err.contains(QStringLiteral("Tag_Profile_Custom_NoSuchField (ErrorCode 40009)"))
                && fail.err.contains(QStringLiteral("Nothing was sent.")),
            qPrintable(fail.err));
    }
};

QTEST_GUILESS_MAIN(TestCliApiCommands)
#include "tst_cliapicommands.moc"
