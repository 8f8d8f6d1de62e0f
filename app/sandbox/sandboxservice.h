#pragma once

#include "sandbox/ratelimiter.h"
#include "sandbox/sandboxconfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrlQuery>

class SandboxStore;

// The emulated REST API without the transport: checks a call the way the real service does
// (URL, SDKAppID, rate, UserSig, admin, body) and answers portrait_set and portrait_get from the
// store. Every answer carries the full envelope; ErrorInfo texts come from the error catalogue.
class SandboxService final
{
public:
    struct Call
    {
        QString path;
        bool isPost = true;
        QUrlQuery query;
        QByteArray body;
    };
    struct Answer
    {
        QJsonObject body;
        bool storeChanged = false;
    };

    SandboxService(const SandboxConfig &config, SandboxStore &store);

    Answer handle(const Call &call);

    // {"ActionStatus", "ErrorCode", "ErrorInfo", "ErrorDisplay"} for code (0 = OK).
    static QJsonObject envelope(int code);

private:
    int checkAccess(const Call &call);
    Answer portraitSet(const QJsonObject &request);
    Answer portraitGet(const QJsonObject &request);
    // 0 when tag exists and the admin has `needed` on it, else 40009/40007/40008.
    int tagProblem(const QString &tag, CustomTagAccessFlag needed) const;

    const SandboxConfig &m_config;
    SandboxStore &m_store;
    RateLimiter m_rateLimiter;
};
