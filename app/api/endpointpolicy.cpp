#include "api/endpointpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {

QString notAUrl(const QString &text)
{
    return QCoreApplication::translate(
        "EndpointPolicy", "The endpoint \"%1\" is not a valid URL. Give it as https://HOST.")
        .arg(text);
}

} // namespace

namespace EndpointPolicy {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString problem(const QUrl &baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()) {
        return notAUrl(baseUrl.toDisplayString());
    }
    if (baseUrl.hasQuery() || baseUrl.hasFragment() || !baseUrl.userInfo().isEmpty()) {
        return QCoreApplication::translate("EndpointPolicy",
            "The endpoint must be a bare base URL such as https://HOST, without user, query or fragment.");
    }
    const QString scheme = baseUrl.scheme();
    if (scheme == QLatin1String("https")) {
        return {};
    }
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(baseUrl.host())) {
            return {};
        }
        return QCoreApplication::translate("EndpointPolicy",
            "Refusing plain http:// to %1: the UserSig travels in the URL and would cross the network "
            "unencrypted. Use https://, or a loopback address for a local server.")
            .arg(baseUrl.host());
    }
    return QCoreApplication::translate("EndpointPolicy", "The endpoint must start with https://.");
}

QUrl parse(const QString &typed, QString *problem)
{
    const QString text = typed.trimmed();
    const QUrl url(text, QUrl::StrictMode);
    // An invalid URL has no text of its own to quote; quote what was typed.
    *problem = url.isValid() ? EndpointPolicy::problem(url) : notAUrl(text);
    return problem->isEmpty() ? url : QUrl();
}

} // namespace EndpointPolicy
