// The client and the Sandbox agree on the facts of the profile API they share: the paths and the
// 100-account limit of portrait_get. The expected values are Tencent's documented ones, written out
// here (portrait_set https://www.tencentcloud.com/document/product/1047/34916, portrait_get
// https://www.tencentcloud.com/document/product/1047/34917), so the test fails when either side
// moves away from the documentation or from the other.
#include "api/restclient.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"
#include "support/testhttpserver.h"
#include "usersig/usersig.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr int DocumentedLimit = 100;
const QString SetPath = QStringLiteral("/v4/profile/portrait_set");
const QString GetPath = QStringLiteral("/v4/profile/portrait_get");
const QString Nick = QStringLiteral("Tag_Profile_IM_Nick");

QByteArray getBody(const QStringList &accounts)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("To_Account"), QJsonArray::fromStringList(accounts) },
                             { QStringLiteral("TagList"), QJsonArray { Nick } } })
        .toJson(QJsonDocument::Compact);
}

QString demoSig()
{
    const SandboxDemo &demo = SandboxDemo::get();
    return UserSig::generate(
        demo.config.sdkAppId, demo.admin, demo.config.secretKey, 86400, QDateTime::currentSecsSinceEpoch());
}

ApiResult wait(ApiCall *call)
{
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(15000)) {
        return {};
    }
    return finished.first().first().value<ApiResult>();
}

} // namespace

class TestApiContract final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxServer> m_sandbox;

    ApiTarget target(const QUrl &baseUrl) const
    {
        const SandboxDemo &demo = SandboxDemo::get();
        return { baseUrl, demo.config.sdkAppId, demo.admin, demoSig() };
    }

private Q_SLOTS:
    void initTestCase()
    {
        const SandboxDemo &demo = SandboxDemo::get();
        m_sandbox = std::make_unique<SandboxServer>(demo.config, demo.store);
        QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->errorString()));
    }

    void sandboxRefusesMoreAccountsThanTheDocumentedLimit()
    {
        const SandboxDemo &demo = SandboxDemo::get();
        SandboxClient client(m_sandbox->baseUrl());
        const QUrlQuery query = SandboxClient::query(demo.config.sdkAppId, demo.admin, demoSig());
        QCOMPARE(
            client.post(GetPath, query, getBody(QStringList(DocumentedLimit, demo.demoAccount))).errorCode(),
            0);
        // 40001: "Request parameter error" (portrait_get's error table).
        QCOMPARE(client.post(GetPath, query, getBody(QStringList(DocumentedLimit + 1, demo.demoAccount)))
                     .errorCode(),
            40001);
    }

    void clientSplitsAtExactlyTheDocumentedLimit()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestHttpServer::Request &) {
            return TestHttpServer::Response::json(
                R"({"ActionStatus":"OK","ErrorCode":0,"UserProfileItem":[]})");
        });
        RestClient client(&m_network);
        QStringList accounts;
        for (int i = 0; i < DocumentedLimit + 1; ++i) {
            accounts.append(QStringLiteral("user_%1").arg(i));
        }
        wait(client.portraitGet(target(server.baseUrl()), accounts, { Nick }));
        QList<qsizetype> sizes;
        for (const TestHttpServer::Request &request : server.requests()) {
            QCOMPARE(request.url().path(), GetPath);
            sizes.append(
                QJsonDocument::fromJson(request.body).object().value(u"To_Account").toArray().size());
        }
        QCOMPARE(sizes, (QList<qsizetype> { DocumentedLimit, 1 }));
    }

    void clientReadsMoreThanTheLimitFromTheSandbox()
    {
        const SandboxDemo &demo = SandboxDemo::get();
        RestClient client(&m_network);
        const ApiResult result = wait(client.portraitGet(
            target(m_sandbox->baseUrl()), QStringList(DocumentedLimit + 1, demo.demoAccount), { Nick }));
        QCOMPARE(result.outcome, ApiOutcome::Success);
        QCOMPARE(result.errorCode, 0);
        QCOMPARE(result.users.size(), DocumentedLimit + 1);
    }

    void clientWritesWhereTheSandboxServes()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(TestHttpServer::Response::json(R"({"ActionStatus":"OK","ErrorCode":0})"));
        RestClient client(&m_network);
        const SandboxDemo &demo = SandboxDemo::get();
        const QJsonArray items { QJsonObject {
            { QStringLiteral("Tag"), Nick }, { QStringLiteral("Value"), QStringLiteral("x") } } };
        wait(client.portraitSet(target(server.baseUrl()), demo.demoAccount, items));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().url().path(), SetPath);

        const ApiResult result
            = wait(client.portraitSet(target(m_sandbox->baseUrl()), demo.demoAccount, items));
        QCOMPARE(result.outcome, ApiOutcome::Success);
    }
};

QTEST_GUILESS_MAIN(TestApiContract)
#include "tst_apicontract.moc"
