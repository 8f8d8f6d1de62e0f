#pragma once

#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxservice.h"
#include "sandbox/sandboxstore.h"
#include "support/testhttpserver.h"

#include <QJsonDocument>
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
            SandboxService::Call call;
            call.path = request.url().path();
            call.isPost = request.method == "POST";
            call.query = QUrlQuery(request.url());
            call.body = request.body;
            return TestHttpServer::Response::json(
                QJsonDocument(m_service.handle(call).body).toJson(QJsonDocument::Compact));
        });
    }

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
    SandboxConfig m_config;
    SandboxStore m_store;
    SandboxService m_service;
    TestHttpServer m_server;
};
