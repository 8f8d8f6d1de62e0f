#pragma once

#include <QString>
#include <QUrl>

// Which base URLs a request may go to. The UserSig rides in the query string, so anything that
// is not HTTPS must stay on this machine.
namespace EndpointPolicy {
bool isLoopbackHost(const QString &host);
// Empty when baseUrl is acceptable, otherwise a translated reason that tells what to do.
QString problem(const QUrl &baseUrl);
// The one way typed text becomes a base URL: trimmed and parsed strictly, as a full URL with its
// scheme (nothing is guessed: "host.example" is not taken for http://host.example), then checked
// by problem(). An empty QUrl and the reason, quoting the text, when refused.
QUrl parse(const QString &typed, QString *problem);
} // namespace EndpointPolicy
