#pragma once

#include <QString>
#include <QUrl>

// Which base URLs a request may go to. The UserSig rides in the query string, so anything that
// is not HTTPS must stay on this machine.
namespace EndpointPolicy {
bool isLoopbackHost(const QString &host);
// Empty when baseUrl is acceptable, otherwise a translated reason that tells what to do.
QString problem(const QUrl &baseUrl);
} // namespace EndpointPolicy
