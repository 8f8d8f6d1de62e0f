#pragma once

#include <QString>
#include <QUrl>

struct ConnectionProfile;

// Where a connection's requests go and what to call that place. The one rule that turns a region
// id or a typed endpoint into a request target, shared by the window, the CLI and every job that
// sends on a saved connection's behalf, so they never disagree about where a request goes.
struct ConnectionTarget
{
    QUrl baseUrl; // https://HOST, or http://LOOPBACK:PORT; empty when there is a problem
    QString displayName; // the region's translated name, or the endpoint's HOST[:PORT]
    QString problem; // translated, says what to fix; empty when the target is usable

    bool isValid() const { return problem.isEmpty(); }

    // A Tencent data centre by id (the CLI's --region names), on its primary or backup domain.
    static ConnectionTarget forRegion(const QString &regionId, bool useBackupDomain);
    // A base URL as typed, strictly: a full URL with its scheme, https, or http only to a loopback
    // address (EndpointPolicy). Nothing is guessed, so "gateway.example.com" is refused rather than
    // sent over plain http.
    static ConnectionTarget forEndpoint(const QString &text);
    // The region fields of a connection: a Tencent region, the custom endpoint, or the Sandbox,
    // whose address (sandboxUrl) is only known once it listens.
    static ConnectionTarget resolve(const QString &regionId, const QString &customEndpoint,
        bool useBackupDomain, const QUrl &sandboxUrl = {});
    static ConnectionTarget resolve(const ConnectionProfile &profile, const QUrl &sandboxUrl = {});
};
