#pragma once

#include "api/apitarget.h"
#include "errors/errorcatalogue.h"

#include <QString>
#include <QUrl>

struct RequestContext;

// Where a request went: the saved connection, the base URL as sent, the SDKAppID and the admin.
// Two requests with equal targets reach the same app's data as the same admin.
struct RequestTarget
{
    QString connectionId;
    QUrl baseUrl;
    quint64 sdkAppId = 0;
    QString identifier;

    static RequestTarget of(const RequestContext &context);

    // The URL is compared as sent: another host, port, scheme or backup domain is another target.
    bool operator==(const RequestTarget &other) const
    {
        return connectionId == other.connectionId && baseUrl == other.baseUrl && sdkAppId == other.sdkAppId
            && identifier == other.identifier;
    }
    bool operator!=(const RequestTarget &other) const { return !(*this == other); }
};

// Where and as whom the next request goes, asked for at the moment of sending so a UserSig is
// always fresh. A non-empty problem (no SDKAppID, an expired pasted sig, …) stops the request.
struct RequestContext
{
    QString connectionId; // the saved connection's stable id
    QString connectionName; // for the change history
    QString regionId; // the catalogue's region id ("custom" for an endpoint, "sandbox")
    ApiTarget target;
    DiagnosisContext diagnosis; // region name and what the UserSig was signed for
    QString problem;
};
