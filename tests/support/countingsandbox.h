#pragma once

#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxservice.h"
#include "sandbox/sandboxstore.h"
#include "support/testhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

// The Sandbox's REST emulation (the real SandboxService, the demo app's key and admin) behind a
// TestHttpServer, so a test can count at the server what reached it and when: every request is
// recorded, and requestReceived() fires as each arrives (header-only; link cpc_sandbox).
class CountingSandbox final
{
public:
    CountingSandbox()
        : m_config(SandboxDemo::get().config)
        , m_store(SandboxDemo::get().store)
        , m_service(m_config, m_store)
    {
        m_server.setHandler([this](const TestHttpServer::Request &request) {
            if (request.target.contains("portrait_set") && refusesWriteTo(request.body)) {
                QJsonObject refusal = SandboxService::envelope(RefusalCode);
                return TestHttpServer::Response::json(QJsonDocument(refusal).toJson(QJsonDocument::Compact));
            }
            SandboxService::Call call;
            call.path = request.url().path();
            call.isPost = request.method == "POST";
            call.query = QUrlQuery(request.url());
            call.body = request.body;
            return TestHttpServer::Response::json(
                QJsonDocument(m_service.handle(call).body).toJson(QJsonDocument::Compact));
        });
    }

    // A permanent refusal (ErrorCode 40601, a value too long) for every write to these accounts,
    // as a server with stricter rules than the console's would answer.
    static constexpr int RefusalCode = 40601;
    void refuseWritesTo(const QStringList &accounts) { m_refused = accounts; }

    bool listen() { return m_server.listen(); }
    QUrl baseUrl() const { return m_server.baseUrl(); }
    TestHttpServer &server() { return m_server; }
    SandboxStore &store() { return m_store; }

    // portrait_set requests received so far.
    int writes() const
    {
        int count = 0;
        for (const TestHttpServer::Request &request : m_server.requests()) {
            count += request.target.contains("portrait_set") ? 1 : 0;
        }
        return count;
    }

private:
    bool refusesWriteTo(const QByteArray &body) const
    {
        const QString account
            = QJsonDocument::fromJson(body).object().value(QStringLiteral("From_Account")).toString();
        return m_refused.contains(account);
    }

    QStringList m_refused;
    SandboxConfig m_config;
    SandboxStore m_store;
    SandboxService m_service;
    TestHttpServer m_server;
};
