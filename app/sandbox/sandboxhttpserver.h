#pragma once

#include <QAbstractHttpServer>

class SandboxServer;

// The HTTP transport of the Sandbox. QHttpServer (the router) is final in Qt 6.4 and answers
// unrouted paths with a fixed 404, while the real service answers every path with HTTP 200 and
// ErrorCode 60009; its route handlers also never see the socket, which fault injection needs to
// drop connections. QAbstractHttpServer still parses HTTP for us and hands each request over
// together with its socket.
class SandboxHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxHttpServer(SandboxServer &owner);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxServer &m_owner;
};
