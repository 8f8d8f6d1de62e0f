#pragma once

// What the tests of app/jobs share: the Sandbox's service behind a TestHttpServer, so a test both
// gets the Sandbox's behaviour (accounts, tags, error codes, its rate limit) over real loopback
// HTTP and sees every request as it arrived (bodies, arrival times).

#include "api/requestcontext.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxservice.h"
#include "sandbox/sandboxstore.h"
#include "support/testhttpserver.h"
#include "usersig/usersig.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace JobFixture {

inline constexpr quint64 AppId = 1400000001;
inline const QByteArray Key = QByteArrayLiteral("0123456789abcdef0123456789abcdef");
inline const QString Admin = QStringLiteral("administrator");
inline const QString Nick = QStringLiteral("Tag_Profile_IM_Nick");
inline const QString Level = QStringLiteral("Tag_Profile_IM_Level");
inline const QString Hobby = QStringLiteral("Tag_Profile_Custom_Hobby");

inline SandboxConfig sandboxConfig()
{
    SandboxConfig config;
    config.sdkAppId = AppId;
    config.secretKey = Key;
    config.admins = QStringList { Admin };
    config.customTags = { { Hobby, CustomTagAccessFlag::AdminRead | CustomTagAccessFlag::AdminWrite } };
    return config;
}

inline RequestContext contextFor(const QUrl &baseUrl)
{
    RequestContext context;
    context.connectionId = QStringLiteral("conn-1");
    context.connectionName = QStringLiteral("Test app");
    context.regionId = QStringLiteral("sandbox");
    context.target.baseUrl = baseUrl;
    context.target.sdkAppId = AppId;
    context.target.identifier = Admin;
    context.target.userSig = UserSig::generate(AppId, Admin, Key, 86400, QDateTime::currentSecsSinceEpoch());
    context.diagnosis.regionName = QStringLiteral("Sandbox");
    return context;
}

inline QJsonObject bodyOf(const TestHttpServer::Request &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

inline bool isSet(const TestHttpServer::Request &request)
{
    return request.url().path().endsWith(QLatin1String("portrait_set"));
}

// The Sandbox's service answering every request of a TestHttpServer. `before` may answer a
// request itself (return true and fill the response), e.g. to drop a connection after reading.
class ServiceBackend final
{
public:
    using Interceptor = std::function<bool(const TestHttpServer::Request &, TestHttpServer::Response *)>;

    explicit ServiceBackend(SandboxConfig config = sandboxConfig())
        : m_config(std::move(config))
        , m_service(std::make_unique<SandboxService>(m_config, m_store))
    {
        m_http.setHandler([this](const TestHttpServer::Request &request) {
            TestHttpServer::Response response;
            if (m_before && m_before(request, &response)) {
                return response;
            }
            const SandboxService::Answer answer = m_service->handle(
                { request.url().path(), request.method == "POST", QUrlQuery(request.url()), request.body });
            return TestHttpServer::Response::json(QJsonDocument(answer.body).toJson(QJsonDocument::Compact));
        });
    }

    bool listen() { return m_http.listen(); }
    RequestContext context() const { return contextFor(m_http.baseUrl()); }
    SandboxStore &store() { return m_store; }
    TestHttpServer &http() { return m_http; }
    void setInterceptor(Interceptor before) { m_before = std::move(before); }

    void addAccounts(const QStringList &accounts)
    {
        for (const QString &account : accounts) {
            m_store.addAccount(account);
        }
    }

    QList<TestHttpServer::Request> requestsTo(const QString &command) const
    {
        QList<TestHttpServer::Request> matching;
        for (const TestHttpServer::Request &request : m_http.requests()) {
            if (request.url().path().endsWith(command)) {
                matching.append(request);
            }
        }
        return matching;
    }

    // portrait_set requests that arrived for account.
    int setsFor(const QString &account) const
    {
        int count = 0;
        for (const TestHttpServer::Request &request : requestsTo(QStringLiteral("portrait_set"))) {
            count += bodyOf(request).value(QLatin1String("From_Account")).toString() == account;
        }
        return count;
    }

private:
    SandboxConfig m_config;
    SandboxStore m_store;
    std::unique_ptr<SandboxService> m_service;
    TestHttpServer m_http;
    Interceptor m_before;
};

inline QStringList numberedAccounts(const QString &prefix, int count)
{
    QStringList accounts;
    for (int i = 1; i <= count; ++i) {
        accounts.append(prefix + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')));
    }
    return accounts;
}

} // namespace JobFixture
