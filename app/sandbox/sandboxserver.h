#pragma once

#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxstore.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;
class QTcpSocket;
class QTimer;
class FaultInjector;
class SandboxHttpServer;
class SandboxService;

// The Sandbox: a local emulation of v4/profile/portrait_set and portrait_get over plain HTTP,
// used in-process by the GUI, standalone by `chat-profile sandbox`, and as the test fixture.
class SandboxServer final : public QObject
{
    Q_OBJECT

public:
    // initial holds the accounts that exist from the start (the admins are added to it); a data
    // file, when the config names one, is merged over it by listen().
    explicit SandboxServer(SandboxConfig config, SandboxStore initial = {}, QObject *parent = nullptr);
    // Saves pending changes to the data file.
    ~SandboxServer() override;

    // Loads the data file (when the config names one) and starts listening. Port 0 picks a free
    // port. On failure errorString() says why and what to do.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // http://HOST:PORT of the listening server; clients append /v4/profile/….
    QUrl baseUrl() const;
    QString errorString() const;

    // Writes the data file now (a no-op without one). Changes are also saved shortly after each
    // write and when the server is destroyed.
    bool save();

    const SandboxConfig &config() const { return m_config; }
    const SandboxStore &store() const { return m_store; }

Q_SIGNALS:
    // A save failed after a write; the changes stay in memory and the next save retries.
    void saveFailed(const QString &message);
    // Every call the emulated service answered, as it answers (an injected fault is no answer of
    // the service), with the path and the ErrorCode: rate-limited calls come with 60007. For
    // benchmarks and tests that count calls where the rate limit counts them.
    void callAnswered(const QString &path, int errorCode);

private:
    friend class SandboxHttpServer;
    void serve(const QHttpServerRequest &request, QTcpSocket *socket, QHttpServerResponder &&responder);
    void respond(QTcpSocket *socket, QHttpServerResponder &&responder, int httpStatus,
        const QByteArray &mimeType, const QByteArray &body);
    void scheduleSave();

    SandboxConfig m_config;
    SandboxStore m_store;
    std::unique_ptr<SandboxService> m_service;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<SandboxHttpServer> m_http;
    QTcpServer *m_tcp = nullptr; // owned by m_http once bound
    QTimer *m_saveTimer = nullptr;
    bool m_loaded = false;
    bool m_dirty = false;
    QString m_error;
};
