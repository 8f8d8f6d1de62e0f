// The REST client over real loopback HTTP(S): exact requests, honest results for every way a
// call can end, retries only where a retry can help, and no UserSig outside the wire.
#include "api/redaction.h"
#include "api/restclient.h"
#include "support/testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace std::chrono_literals;
using Response = TestHttpServer::Response;

namespace {

const QString kUserSig = QStringLiteral("eJyr*VgrxCdYr-Sy1S_secret_");
// A pasted sig outside Tencent's URL-safe alphabet: it goes out percent-encoded, so a server can
// quote it back in several spellings.
const QString kAwkwardUserSig = QStringLiteral("eJyr*Vg+rxC/dYr=Sy1S-lKy0_jNQ0gHzM1NS80oy0zLBwok+pu/Z=");
constexpr quint64 kSdkAppId = 1400000000;
const QByteArray kOk = R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""})";

QByteArray failure(int code, const QByteArray &info = "Err_Test")
{
    return "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":" + QByteArray::number(code) + ",\"ErrorInfo\":\"" + info
        + "\",\"ErrorDisplay\":\"\"}";
}

// The real network stack, counting what reaches it: proves a refused call never got this far.
class CountingNetworkAccessManager final : public QNetworkAccessManager
{
public:
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// Where a UserSig (or any 16 characters of it) shows in what a caller of the client can see.
QString leakIn(const ApiResult &result, const QString &userSig)
{
    QStringList visible { result.redactedUrl, result.redactedBody, result.problem, result.errorInfo,
        result.errorDisplay, QString::fromUtf8(result.rawResponse),
        QString::fromUtf8(QJsonDocument(result.response).toJson()) };
    for (const ApiAttempt &attempt : result.attempts) {
        visible.append(attempt.problem);
    }
    for (const QString &text : std::as_const(visible)) {
        for (qsizetype i = 0; i + 16 <= userSig.size(); ++i) {
            if (text.contains(userSig.mid(i, 16))) {
                return text;
            }
        }
    }
    return {};
}

// Every message logged while it lives, with the client's log switched on as a user would.
class LogCapture final
{
public:
    LogCapture()
    {
        s_messages.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("cpc.api.*=true"));
        m_previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                                const QString &message) { s_messages.append(message); });
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    QString text() const { return s_messages.join(QLatin1Char('\n')); }

private:
    static inline QStringList s_messages;
    QtMessageHandler m_previous = nullptr;
};

QJsonArray nickItem(const QString &nick)
{
    return { QJsonObject { { QStringLiteral("Tag"), QStringLiteral("Tag_Profile_IM_Nick") },
        { QStringLiteral("Value"), nick } } };
}

} // namespace

class TestRestClient final : public QObject
{
    Q_OBJECT

private:
    CountingNetworkAccessManager *m_network = nullptr;
    RestClient *m_client = nullptr;
    TestHttpServer *m_server = nullptr;

    ApiTarget target() const
    {
        return { m_server->baseUrl(), kSdkAppId, QStringLiteral("administrator"), kUserSig };
    }

    // Waits for the call's result; also checks that nothing the caller can see leaks the UserSig.
    ApiResult wait(ApiCall *call)
    {
        QSignalSpy finished(call, &ApiCall::finished);
        if (!finished.wait(30000)) {
            return {};
        }
        const ApiResult result = finished.at(0).at(0).value<ApiResult>();
        if (const QString leak = leakIn(result, kUserSig); !leak.isEmpty()) {
            qWarning() << "UserSig leaked into" << leak;
            return {};
        }
        return result;
    }

    ApiResult setNick(const QString &nick = QStringLiteral("Alice"))
    {
        return wait(m_client->portraitSet(target(), QStringLiteral("user_1"), nickItem(nick)));
    }

    ApiResult getNick()
    {
        return wait(m_client->portraitGet(
            target(), { QStringLiteral("user_1") }, { QStringLiteral("Tag_Profile_IM_Nick") }));
    }

    // The randoms the server received, in order.
    QStringList randomsReceived() const
    {
        QStringList randoms;
        for (const TestHttpServer::Request &request : m_server->requests()) {
            randoms.append(request.queryValue(QStringLiteral("random")));
        }
        return randoms;
    }

    static QStringList randomsOf(const ApiResult &result)
    {
        QStringList randoms;
        for (const ApiAttempt &attempt : result.attempts) {
            randoms.append(QString::number(attempt.random));
        }
        return randoms;
    }

private Q_SLOTS:
    void init()
    {
        m_network = new CountingNetworkAccessManager;
        m_client = new RestClient(m_network);
        m_client->setRetryPolicy({ 3, 1ms, 4ms });
        m_server = new TestHttpServer;
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        delete m_client;
        delete m_server;
        delete m_network;
    }

    void setSendsTheDocumentedRequestAndReportsTheAnswerVerbatim()
    {
        const QByteArray answer
            = R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":"shown to users","Extra":[1]})";
        m_server->enqueue(Response::json(answer));
        const ApiResult result = setNick();

        QCOMPARE(result.outcome, ApiOutcome::Success);
        QCOMPARE(m_server->requests().size(), 1);
        const TestHttpServer::Request &request = m_server->requests().constFirst();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        const QByteArray expectedTarget
            = "/v4/profile/portrait_set?sdkappid=1400000000&identifier=administrator"
              "&usersig="
            + kUserSig.toLatin1() + "&random=" + QByteArray::number(result.random) + "&contenttype=json";
        QCOMPARE(request.target, expectedTarget);
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(u"From_Account").toString(), QStringLiteral("user_1"));
        QCOMPARE(body.value(u"ProfileItem").toArray(), nickItem(QStringLiteral("Alice")));

        QCOMPARE(result.actionStatus, QStringLiteral("OK"));
        QCOMPARE(result.errorCode, 0);
        QCOMPARE(result.errorDisplay, QStringLiteral("shown to users"));
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.rawResponse, answer);
        QCOMPARE(result.response.value(u"Extra").toArray().size(), 1);
        QCOMPARE(result.attempts.size(), 1);
        QCOMPARE(result.attempts.constFirst().random, result.random);
        QVERIFY(result.redactedUrl.contains(QStringLiteral("usersig=***&")));
        QCOMPARE(result.redactedBody.toUtf8(), request.body);
        QCOMPARE(m_network->created, 1);
    }

    void apiFailureIsReportedVerbatimWithoutRetry_data()
    {
        QTest::addColumn<int>("code");
        // Validation, permission and signature errors: a retry cannot help.
        for (int code :
            { 40001, 40003, 40004, 40008, 40009, 40601, 40605, 40610, 60004, 60021, 70001, 70013, 70016 }) {
            QTest::addRow("%d", code) << code;
        }
    }

    void apiFailureIsReportedVerbatimWithoutRetry()
    {
        QFETCH(int, code);
        m_server->enqueue(Response::json(R"({"ActionStatus":"FAIL","ErrorCode":)" + QByteArray::number(code)
            + R"(,"ErrorInfo":"Err_Profile_Tag_Not_Exist","ErrorDisplay":"字段不存在"})"));
        const ApiResult result = setNick();
        QCOMPARE(result.outcome, ApiOutcome::ApiError);
        QCOMPARE(result.actionStatus, QStringLiteral("FAIL"));
        QCOMPARE(result.errorCode, code);
        QCOMPARE(result.errorInfo, QStringLiteral("Err_Profile_Tag_Not_Exist"));
        QCOMPARE(result.errorDisplay, QStringLiteral("字段不存在"));
        QCOMPARE(result.attempts.size(), 1);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void transientFailuresAreRetriedThenSucceed_data()
    {
        QTest::addColumn<Response>("transient");
        QTest::addColumn<int>("attempts");
        for (int code : { 40006, 70169, 70202, 70500, 60007, 60011, 60018, 60019 }) {
            QTest::addRow("%d", code) << Response::json(failure(code)) << 3;
        }
        QTest::newRow("HTTP 502") << Response::json("<html>Bad Gateway</html>", 502) << 3;
        QTest::newRow("HTTP 503") << Response::json("", 503) << 3;
        // Every request on the wire is an attempt of ours: Qt does not re-send one on its own.
        QTest::newRow("reset connection") << Response::drop() << 3;
        QTest::newRow("closed connection") << Response::close() << 3;
    }

    // Reads are retried after any transient failure.
    void transientFailuresAreRetriedThenSucceed()
    {
        QFETCH(Response, transient);
        QFETCH(int, attempts);
        m_server->enqueue(transient);
        m_server->enqueue(transient);
        m_server->enqueue(Response::json(kOk));
        const ApiResult result = getNick();
        QCOMPARE(result.outcome, ApiOutcome::Success);
        QCOMPARE(result.attempts.size(), attempts);
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(randomsOf(result), randomsReceived());
        QVERIFY(result.attempts.at(0).outcome != ApiOutcome::Success);
        QVERIFY(!result.attempts.at(0).problem.isEmpty() || result.attempts.at(0).errorCode != 0);
        QCOMPARE(result.attempts.constLast().outcome, ApiOutcome::Success);
    }

    // A server that reads the whole portrait_set and closes without a byte of answer: Qt would
    // re-send the POST by itself (once, with the same random). The write reaches the wire once,
    // is not retried (it may have been stored), and its outcome is unknown, not failed.
    void unansweredWriteReachesTheWireOnceAndIsUnknown_data()
    {
        QTest::addColumn<Response>("unanswered");
        QTest::addColumn<int>("maxAttempts");
        QTest::newRow("reset, no retries") << Response::drop() << 1;
        QTest::newRow("closed, no retries") << Response::close() << 1;
        QTest::newRow("reset, retries allowed") << Response::drop() << 3;
        QTest::newRow("closed, retries allowed") << Response::close() << 3;
    }

    void unansweredWriteReachesTheWireOnceAndIsUnknown()
    {
        QFETCH(Response, unanswered);
        QFETCH(int, maxAttempts);
        m_client->setRetryPolicy({ maxAttempts, 1ms, 4ms });
        m_server->setHandler([unanswered](const TestHttpServer::Request &) { return unanswered; });
        const ApiResult result = setNick();
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->connectionCount(), 1);
        QCOMPARE(result.outcome, ApiOutcome::Unknown);
        QCOMPARE(result.attempts.size(), 1);
        QCOMPARE(result.attempts.constFirst().outcome, ApiOutcome::Unknown);
        QCOMPARE(randomsOf(result), randomsReceived());
        QVERIFY2(result.problem.contains(QStringLiteral("may have reached the server")),
            qPrintable(result.problem));
        QVERIFY(!result.isTransportFailure());
    }

    // Answers that are not the API's envelope say nothing about whether the write was stored,
    // except a 4xx, which refuses the request itself.
    void writeWithoutAnEnvelopeIsUnknownAndNotRetried_data()
    {
        QTest::addColumn<Response>("answer");
        QTest::addColumn<ApiOutcome>("outcome");
        QTest::newRow("502 page") << Response::json("<html>502 Bad Gateway</html>", 502)
                                  << ApiOutcome::Unknown;
        QTest::newRow("504 page") << Response::json("<html>Gateway Time-out</html>", 504)
                                  << ApiOutcome::Unknown;
        QTest::newRow("200 page") << Response::json("<html>Welcome to nginx!</html>") << ApiOutcome::Unknown;
        QTest::newRow("404 page") << Response::json("<html>Not Found</html>", 404)
                                  << ApiOutcome::ProtocolError;
    }

    void writeWithoutAnEnvelopeIsUnknownAndNotRetried()
    {
        QFETCH(Response, answer);
        QFETCH(ApiOutcome, outcome);
        m_server->setHandler([answer](const TestHttpServer::Request &) { return answer; });
        const ApiResult result = setNick();
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(result.attempts.size(), 1);
    }

    // Nothing left the machine when the connection is refused, so a retry cannot write twice.
    void writeIsRetriedWhenNothingWasSent()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        ApiTarget refused = target();
        refused.baseUrl.setPort(closed.serverPort());
        closed.close();
        const ApiResult result = wait(m_client->portraitSet(refused, QStringLiteral("user_1"), nickItem({})));
        QCOMPARE(result.outcome, ApiOutcome::NetworkError);
        QCOMPARE(result.attempts.size(), 3);
        QVERIFY(result.isTransportFailure());
    }

    void everyAttemptHasItsOwnRandom()
    {
        m_server->enqueue(Response::json(failure(70500)));
        m_server->enqueue(Response::json(failure(60018)));
        m_server->enqueue(Response::json(kOk));
        const ApiResult result = setNick();
        QCOMPARE(result.attempts.size(), 3);
        QSet<QString> sent;
        for (qsizetype i = 0; i < 3; ++i) {
            const QString random = m_server->requests().at(i).queryValue(QStringLiteral("random"));
            QCOMPARE(random, QString::number(result.attempts.at(i).random));
            sent.insert(random);
        }
        QCOMPARE(sent.size(), 3);
        QCOMPARE(result.random, result.attempts.at(2).random);
        QCOMPARE(result.attempts.at(0).errorCode, 70500);
        QCOMPARE(result.attempts.at(1).errorCode, 60018);
    }

    // A retried write whose last attempt went unanswered shows no earlier attempt's answer: the
    // FAIL 40006 of attempt 1 is not what happened to the write, and the history would record it.
    void anUnansweredRetryShowsNoEarlierAnswer()
    {
        m_client->setRetryPolicy({ 2, 1ms, 1ms });
        m_server->enqueue(Response::json(failure(40006)));
        m_server->enqueue(Response::drop());
        const ApiResult result = setNick();
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(result.outcome, ApiOutcome::Unknown);
        QCOMPARE(result.actionStatus, QString());
        QCOMPARE(result.errorCode, 0);
        QCOMPARE(result.rawResponse, QByteArray());
        QVERIFY(result.response.isEmpty());
        QCOMPARE(result.attempts.at(0).errorCode, 40006); // still told, as the first attempt's
    }

    void retriesAreBounded()
    {
        m_server->setHandler(
            [](const TestHttpServer::Request &) { return Response::json("upstream unavailable", 502); });
        const ApiResult result = getNick();
        QCOMPARE(result.outcome, ApiOutcome::ProtocolError);
        QCOMPARE(result.attempts.size(), 3);
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(result.httpStatus, 502);
        QVERIFY2(result.problem.contains(QStringLiteral("502"))
                && result.problem.contains(QStringLiteral("upstream unavailable")),
            qPrintable(result.problem));
    }

    void hangingServerTimesOut_data()
    {
        QTest::addColumn<bool>("write");
        QTest::addColumn<ApiOutcome>("outcome");
        QTest::newRow("read") << false << ApiOutcome::Timeout;
        QTest::newRow("write") << true << ApiOutcome::Unknown;
    }

    void hangingServerTimesOut()
    {
        QFETCH(bool, write);
        QFETCH(ApiOutcome, outcome);
        m_client->setTimeout(300ms);
        m_server->setHandler([](const TestHttpServer::Request &) { return Response::hang(); });
        const ApiResult result = write ? setNick() : getNick();
        QCOMPARE(result.outcome, outcome);
        QVERIFY2(result.problem.contains(QStringLiteral("300 ms")), qPrintable(result.problem));
        // The server's own limit is 3 s: a request that outlived the timeout is not repeated.
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(result.latencyMs >= 250);
    }

    // The timeout is a deadline for the whole attempt, not a pause between two bytes: an answer
    // trickling in a byte every 100 ms (20 s in all) ends at 300 ms.
    void tricklingAnswerEndsAtTheDeadline_data() { hangingServerTimesOut_data(); }

    void tricklingAnswerEndsAtTheDeadline()
    {
        QFETCH(bool, write);
        QFETCH(ApiOutcome, outcome);
        m_client->setTimeout(300ms);
        const QByteArray slow
            = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"Pad\":\"" + QByteArray(160, 'x') + "\"}";
        m_server->setHandler(
            [slow](const TestHttpServer::Request &) { return Response::trickle(slow, 100ms); });
        ApiCall *call = write ? m_client->portraitSet(target(), QStringLiteral("user_1"), nickItem({}))
                              : m_client->portraitGet(target(), { QStringLiteral("user_1") },
                                  { QStringLiteral("Tag_Profile_IM_Nick") });
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(5000));
        const ApiResult result = finished.at(0).at(0).value<ApiResult>();
        QCOMPARE(result.outcome, outcome);
        QVERIFY2(result.problem.contains(QStringLiteral("300 ms")), qPrintable(result.problem));
        QVERIFY(result.latencyMs >= 250);
        QCOMPARE(m_server->requests().size(), 1);
        QTRY_COMPARE(m_server->abandonedConnections(), 1); // the client really hung up
    }

    void droppedReadIsANetworkErrorAfterEveryAttempt()
    {
        m_server->setHandler([](const TestHttpServer::Request &) { return Response::drop(); });
        const ApiResult result = getNick();
        QCOMPARE(result.outcome, ApiOutcome::NetworkError);
        QCOMPARE(result.attempts.size(), 3);
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(m_server->connectionCount(), 3);
        QCOMPARE(randomsOf(result), randomsReceived());
        QVERIFY(!result.problem.isEmpty());
        QVERIFY(result.isTransportFailure());
    }

    void malformedBodiesAreProtocolErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("shown");
        QTest::newRow("html") << QByteArray("<html><body>Welcome to nginx!</body></html>")
                              << QStringLiteral("Welcome to nginx!");
        QTest::newRow("truncated json")
            << QByteArray("{\"ActionStatus\":\"OK\",\"ErrorCo") << QStringLiteral("ActionStatus");
        QTest::newRow("json without envelope")
            << QByteArray(R"({"hello":"world"})") << QStringLiteral("hello");
        QTest::newRow("json array") << QByteArray("[1,2,3]") << QStringLiteral("[1,2,3]");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    }

    void malformedBodiesAreProtocolErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, shown);
        m_server->enqueue(Response::json(body));
        const ApiResult result = getNick();
        QCOMPARE(result.outcome, ApiOutcome::ProtocolError);
        QVERIFY2(result.problem.contains(shown), qPrintable(result.problem));
        QCOMPARE(result.rawResponse, body);
        QCOMPARE(result.attempts.size(), 1);
    }

    void oversizedBodyIsRefused()
    {
        m_server->enqueue(
            Response::json(R"({"ActionStatus":"OK","Pad":")" + QByteArray(3 * 1024 * 1024, 'x') + R"("})"));
        const ApiResult result = getNick();
        QCOMPARE(result.outcome, ApiOutcome::ProtocolError);
        QVERIFY2(result.problem.contains(QString::number(1024 * 1024)), qPrintable(result.problem));
        QCOMPARE(result.attempts.size(), 1);
    }

    void selfSignedCertificateFailsClosed()
    {
        QString error;
        const TestCertificate certificate = TestCertificate::generate(&error);
        QVERIFY2(!certificate.certificate.isNull(), qPrintable(error));
        TestHttpServer tlsServer;
        QVERIFY(tlsServer.listenTls(certificate.certificate, certificate.key));
        ApiTarget secure = target();
        secure.baseUrl = tlsServer.baseUrl();
        QCOMPARE(secure.baseUrl.scheme(), QStringLiteral("https"));

        const ApiResult result = wait(m_client->portraitSet(secure, QStringLiteral("user_1"), nickItem({})));
        QCOMPARE(result.outcome, ApiOutcome::TlsError);
        QVERIFY2(result.problem.contains(QStringLiteral("self signed"), Qt::CaseInsensitive)
                || result.problem.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
            qPrintable(result.problem));
        QCOMPARE(result.attempts.size(), 1); // a certificate problem does not go away on retry
        QVERIFY(tlsServer.connectionCount() >= 1); // the handshake was really attempted…
        QVERIFY(tlsServer.requests().isEmpty()); // …and no request, no UserSig, went through
    }

    void cancellingOneCallLeavesTheOthers()
    {
        m_server->enqueue(Response::hang());
        QPointer<ApiCall> hanging = m_client->portraitGet(
            target(), { QStringLiteral("user_1") }, { QStringLiteral("Tag_Profile_IM_Nick") });
        QSignalSpy hangingFinished(hanging.data(), &ApiCall::finished);
        QTRY_COMPARE(m_server->requests().size(), 1);
        ApiCall *other = m_client->portraitSet(target(), QStringLiteral("user_2"), nickItem({}));
        hanging->cancel();
        QVERIFY(hangingFinished.wait(5000));
        QCOMPARE(hangingFinished.at(0).at(0).value<ApiResult>().outcome, ApiOutcome::Cancelled);
        QCOMPARE(wait(other).outcome, ApiOutcome::Success);
        QTRY_VERIFY(hanging.isNull()); // the handle deleted itself after finishing
    }

    void cancelAllEndsEveryCall()
    {
        m_server->setHandler([](const TestHttpServer::Request &) { return Response::hang(); });
        ApiCall *first = m_client->portraitSet(target(), QStringLiteral("user_1"), nickItem({}));
        ApiCall *second = m_client->portraitGet(
            target(), { QStringLiteral("user_1") }, { QStringLiteral("Tag_Profile_IM_Nick") });
        QSignalSpy firstFinished(first, &ApiCall::finished);
        QSignalSpy secondFinished(second, &ApiCall::finished);
        QTRY_COMPARE(m_server->requests().size(), 2);
        m_client->cancelAll();
        QVERIFY(firstFinished.wait(5000));
        QTRY_COMPARE(secondFinished.size(), 1);
        // The write had reached the server: cancelling cannot say whether it was stored.
        QCOMPARE(firstFinished.at(0).at(0).value<ApiResult>().outcome, ApiOutcome::Unknown);
        QCOMPARE(secondFinished.at(0).at(0).value<ApiResult>().outcome, ApiOutcome::Cancelled);
    }

    void cancelDuringBackoffStopsRetrying()
    {
        m_client->setRetryPolicy({ 3, 60s, 60s });
        m_server->enqueue(Response::json(failure(70500)));
        ApiCall *call = m_client->portraitSet(target(), QStringLiteral("user_1"), nickItem({}));
        QSignalSpy finished(call, &ApiCall::finished);
        QTRY_COMPARE(m_server->requests().size(), 1);
        call->cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).value<ApiResult>().outcome, ApiOutcome::Cancelled);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void plainHttpToANonLoopbackHostIsRefusedBeforeConnecting_data()
    {
        QTest::addColumn<QUrl>("baseUrl");
        QTest::newRow("public host") << QUrl(QStringLiteral("http://console.tim.qq.com"));
        QTest::newRow("private address") << QUrl(QStringLiteral("http://10.0.0.1:8080"));
        QTest::newRow("loopback-looking name") << QUrl(QStringLiteral("http://127.0.0.1.nip.io"));
        QTest::newRow("other scheme") << QUrl(QStringLiteral("ftp://127.0.0.1"));
        QTest::newRow("not a url") << QUrl();
    }

    void plainHttpToANonLoopbackHostIsRefusedBeforeConnecting()
    {
        QFETCH(QUrl, baseUrl);
        ApiTarget unsafe = target();
        unsafe.baseUrl = baseUrl;
        const ApiResult result = wait(m_client->portraitSet(unsafe, QStringLiteral("user_1"), nickItem({})));
        QCOMPARE(result.outcome, ApiOutcome::Refused);
        QVERIFY(!result.problem.isEmpty());
        QVERIFY(result.attempts.isEmpty());
        QCOMPARE(m_network->created, 0);
    }

    void missingInputIsRefusedBeforeConnecting()
    {
        ApiTarget noSig = target();
        noSig.userSig.clear();
        QCOMPARE(wait(m_client->portraitSet(noSig, QStringLiteral("u"), nickItem({}))).outcome,
            ApiOutcome::Refused);
        ApiTarget noApp = target();
        noApp.sdkAppId = 0;
        QCOMPARE(wait(m_client->portraitSet(noApp, QStringLiteral("u"), nickItem({}))).outcome,
            ApiOutcome::Refused);
        QCOMPARE(wait(m_client->portraitSet(target(), QString(), nickItem({}))).outcome, ApiOutcome::Refused);
        QCOMPARE(wait(m_client->portraitSet(target(), QStringLiteral("u"), {})).outcome, ApiOutcome::Refused);
        QCOMPARE(wait(m_client->portraitGet(target(), {}, { QStringLiteral("Tag_Profile_IM_Nick") })).outcome,
            ApiOutcome::Refused);
        QCOMPARE(
            wait(m_client->portraitGet(target(), { QStringLiteral("u") }, {})).outcome, ApiOutcome::Refused);
        QCOMPARE(m_network->created, 0);
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void uintFieldsGoOutAsJsonNumbers()
    {
        const QJsonArray items {
            QJsonObject { { QStringLiteral("Tag"), QStringLiteral("Tag_Profile_IM_BirthDay") },
                { QStringLiteral("Value"), 19900101 } },
            QJsonObject { { QStringLiteral("Tag"), QStringLiteral("Tag_Profile_IM_Level") },
                { QStringLiteral("Value"), qint64(4294967295) } },
            QJsonObject { { QStringLiteral("Tag"), QStringLiteral("Tag_Profile_IM_Nick") },
                { QStringLiteral("Value"), QStringLiteral("42") } },
        };
        QCOMPARE(wait(m_client->portraitSet(target(), QStringLiteral("user_1"), items)).outcome,
            ApiOutcome::Success);
        const QByteArray body = m_server->requests().constFirst().body;
        QVERIFY2(body.contains(R"("Value":19900101)"), body.constData());
        QVERIFY2(body.contains(R"("Value":4294967295)"), body.constData());
        QVERIFY2(body.contains(R"("Value":"42")"), body.constData());
    }

    void identifierIsPercentEncoded()
    {
        ApiTarget odd = target();
        odd.identifier = QStringLiteral("ad min+x&y=é/管");
        QCOMPARE(wait(m_client->portraitSet(odd, QStringLiteral("user_1"), nickItem({}))).outcome,
            ApiOutcome::Success);
        const TestHttpServer::Request &request = m_server->requests().constFirst();
        QVERIFY2(request.target.contains("identifier=ad%20min%2Bx%26y%3D%C3%A9%2F%E7%AE%A1&usersig="),
            request.target.constData());
        QCOMPARE(request.queryValue(QStringLiteral("identifier")), odd.identifier);
        QCOMPARE(request.queryValue(QStringLiteral("usersig")), kUserSig);
    }

    void portraitGetReportsEveryUserAndPartialFailure()
    {
        // The documented example of https://www.tencentcloud.com/document/product/1047/34917, plus fields the
        // client must tolerate.
        m_server->enqueue(Response::json(R"({"UserProfileItem":[
            {"To_Account":"id1","ProfileItem":[{"Tag":"Tag_Profile_IM_Nick","Value":"NickNameTest1"},
                {"Tag":"Tag_Profile_IM_BirthDay","Value":20000101},
                {"Tag":"Tag_Profile_Custom_Test","Value":"Custom Data1"}],"ResultCode":0,"ResultInfo":""},
            {"To_Account":"id4","ResultCode":40006,"ResultInfo":"Err_Profile_PortraitGet_Read_Custom_Data_Fail"}],
            "Fail_Account":["id4"],"CurrentStandardSequence":7,"SomethingNew":{"a":1},
            "ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""})"));
        const ApiResult result
            = wait(m_client->portraitGet(target(), { QStringLiteral("id1"), QStringLiteral("id4") },
                { QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("Tag_Profile_IM_BirthDay") }));

        QCOMPARE(result.outcome, ApiOutcome::Partial);
        QCOMPARE(result.actionStatus, QStringLiteral("OK"));
        QCOMPARE(result.failAccounts, QStringList { QStringLiteral("id4") });
        QCOMPARE(result.users.size(), 2);
        const UserProfile &found = result.users.at(0);
        QCOMPARE(found.account, QStringLiteral("id1"));
        QCOMPARE(
            found.value(QStringLiteral("Tag_Profile_IM_Nick")).toString(), QStringLiteral("NickNameTest1"));
        QVERIFY(found.value(QStringLiteral("Tag_Profile_IM_BirthDay")).isDouble());
        QCOMPARE(found.value(QStringLiteral("Tag_Profile_IM_BirthDay")).toInteger(), 20000101);
        QVERIFY(found.value(QStringLiteral("Tag_Profile_IM_Gender")).isUndefined());
        QCOMPARE(result.users.at(1).resultCode, 40006);
        QCOMPARE(
            result.users.at(1).resultInfo, QStringLiteral("Err_Profile_PortraitGet_Read_Custom_Data_Fail"));
        QVERIFY(result.users.at(1).items.isEmpty());

        const QJsonObject sent = QJsonDocument::fromJson(m_server->requests().constFirst().body).object();
        QCOMPARE(sent.value(u"To_Account").toArray().size(), 2);
        QCOMPARE(sent.value(u"TagList").toArray().size(), 2);
        QVERIFY(m_server->requests().constFirst().target.startsWith("/v4/profile/portrait_get?"));
    }

    void portraitGetSplitsIntoChunksOfAtMostOneHundredAndMerges()
    {
        m_server->setHandler([](const TestHttpServer::Request &request) {
            const QJsonArray accounts
                = QJsonDocument::fromJson(request.body).object().value(u"To_Account").toArray();
            QJsonArray users;
            QJsonArray failed;
            for (const QJsonValue &account : accounts) {
                const bool missing = account.toString() == QLatin1String("user_150");
                users.append(QJsonObject { { QStringLiteral("To_Account"), account },
                    { QStringLiteral("ResultCode"), missing ? 70107 : 0 },
                    { QStringLiteral("ProfileItem"),
                        QJsonArray {
                            QJsonObject { { QStringLiteral("Tag"), QStringLiteral("Tag_Profile_IM_Nick") },
                                { QStringLiteral("Value"), account } } } } });
                if (missing) {
                    failed.append(account);
                }
            }
            QJsonObject answer { { QStringLiteral("ActionStatus"), QStringLiteral("OK") },
                { QStringLiteral("ErrorCode"), 0 }, { QStringLiteral("UserProfileItem"), users } };
            if (!failed.isEmpty()) {
                answer.insert(QStringLiteral("Fail_Account"), failed);
            }
            return Response::json(QJsonDocument(answer).toJson(QJsonDocument::Compact));
        });
        QStringList accounts;
        for (int i = 0; i < 250; ++i) {
            accounts.append(QStringLiteral("user_%1").arg(i));
        }
        const ApiResult result
            = wait(m_client->portraitGet(target(), accounts, { QStringLiteral("Tag_Profile_IM_Nick") }));

        QCOMPARE(m_server->requests().size(), 3);
        QList<qsizetype> sizes;
        for (const TestHttpServer::Request &request : m_server->requests()) {
            sizes.append(
                QJsonDocument::fromJson(request.body).object().value(u"To_Account").toArray().size());
        }
        QCOMPARE(sizes, (QList<qsizetype> { 100, 100, 50 }));
        QCOMPARE(result.outcome, ApiOutcome::Partial);
        QCOMPARE(result.users.size(), 250);
        QCOMPARE(result.users.at(249).account, QStringLiteral("user_249"));
        QCOMPARE(result.failAccounts, QStringList { QStringLiteral("user_150") });
        QCOMPARE(result.response.value(u"UserProfileItem").toArray().size(), 250);
        QCOMPARE(result.response.value(u"Fail_Account").toArray().size(), 1);
        QCOMPARE(result.attempts.size(), 3);
    }

    void retriedChunkKeepsTheUsersOfEarlierChunks()
    {
        m_server->enqueue(Response::json(
            R"({"ActionStatus":"OK","ErrorCode":0,"UserProfileItem":[{"To_Account":"first","ResultCode":0}]})"));
        m_server->enqueue(Response::json(failure(70500)));
        m_server->enqueue(Response::json(
            R"({"ActionStatus":"OK","ErrorCode":0,"UserProfileItem":[{"To_Account":"second","ResultCode":0}]})"));
        QStringList accounts;
        for (int i = 0; i < 101; ++i) {
            accounts.append(QString::number(i));
        }
        const ApiResult result
            = wait(m_client->portraitGet(target(), accounts, { QStringLiteral("Tag_Profile_IM_Nick") }));
        QCOMPARE(result.outcome, ApiOutcome::Success);
        QCOMPARE(result.attempts.size(), 3);
        QCOMPARE(result.users.size(), 2);
        const QJsonArray merged = result.response.value(u"UserProfileItem").toArray();
        QCOMPARE(merged.size(), 2);
        QCOMPARE(merged.at(0).toObject().value(u"To_Account").toString(), QStringLiteral("first"));
        QCOMPARE(merged.at(1).toObject().value(u"To_Account").toString(), QStringLiteral("second"));
    }

    void failingChunkStopsTheSplitGet()
    {
        m_server->enqueue(Response::json(
            R"({"ActionStatus":"OK","ErrorCode":0,"UserProfileItem":[{"To_Account":"a","ResultCode":0}]})"));
        m_server->enqueue(Response::json(failure(40004)));
        QStringList accounts;
        for (int i = 0; i < 300; ++i) {
            accounts.append(QString::number(i));
        }
        const ApiResult result
            = wait(m_client->portraitGet(target(), accounts, { QStringLiteral("Tag_Profile_IM_Nick") }));
        QCOMPARE(result.outcome, ApiOutcome::ApiError);
        QCOMPARE(result.errorCode, 40004);
        QCOMPARE(m_server->requests().size(), 2);
    }

    // Gateways quote the request line back in their error pages, and a server may quote the sig
    // in ErrorInfo. Whatever spelling comes back, the sig shows in no field and no log line.
    void answersQuotingTheUserSigAreRedacted_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("json");
        QTest::newRow("502 page") << 502 << false;
        QTest::newRow("404 page") << 404 << false;
        QTest::newRow("200 page") << 200 << false;
        QTest::newRow("200 envelope") << 200 << true;
    }

    void answersQuotingTheUserSigAreRedacted()
    {
        QFETCH(int, status);
        QFETCH(bool, json);
        m_client->setRetryPolicy({ 1, 1ms, 1ms });
        m_server->setHandler([status, json](const TestHttpServer::Request &request) {
            return json
                ? Response::json(R"({"ActionStatus":"FAIL","ErrorCode":70003,"ErrorInfo":"bad usersig )"
                    + request.queryValue(QStringLiteral("usersig")).toUtf8() + " in " + request.target
                    + R"(","ErrorDisplay":""})")
                : Response::echoPage(request, status);
        });
        ApiTarget awkward = target();
        awkward.userSig = kAwkwardUserSig;
        ApiResult result;
        QString log;
        {
            const LogCapture capture;
            ApiCall *call = m_client->portraitGet(
                awkward, { QStringLiteral("user_1") }, { QStringLiteral("Tag_Profile_IM_Nick") });
            QSignalSpy finished(call, &ApiCall::finished);
            QVERIFY(finished.wait(10000));
            result = finished.at(0).at(0).value<ApiResult>();
            log = capture.text();
        }
        QCOMPARE(m_server->requests().constFirst().queryValue(QStringLiteral("usersig")), kAwkwardUserSig);
        const QString leak = leakIn(result, kAwkwardUserSig);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        QVERIFY2(log.contains(QStringLiteral("attempt 1")), qPrintable(log)); // the log was on…
        for (qsizetype i = 0; i + 16 <= kAwkwardUserSig.size(); ++i) {
            QVERIFY2(!log.contains(kAwkwardUserSig.mid(i, 16)), qPrintable(log)); // …and shows no sig
        }
        // What the server said is still there to read, with the sig masked.
        const QString shown = json ? result.errorInfo : result.problem;
        QVERIFY2(shown.contains(Redaction::Mask), qPrintable(shown));
        QVERIFY(QString::fromUtf8(result.rawResponse).contains(Redaction::Mask));
    }

    void oneNetworkManagerServesEveryRequest()
    {
        m_server->enqueue(Response::json(failure(70500)));
        QCOMPARE(setNick().outcome, ApiOutcome::Success);
        QCOMPARE(m_network->created, 2);
        QVERIFY(m_client->findChildren<QNetworkAccessManager *>().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
