#include "sandbox/sandboxhttpserver.h"

#include "sandbox/sandboxserver.h"

#include <QHttpServerResponder>

SandboxHttpServer::SandboxHttpServer(SandboxServer &owner)
    : m_owner(owner)
{ }

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_owner.serve(request, socket, makeResponder(request, socket));
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Unreachable: handleRequest() answers every request, unknown paths included.
    handleRequest(request, socket);
}
