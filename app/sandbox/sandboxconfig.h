#pragma once

#include "api/profileapi.h"

#include <QByteArray>
#include <QFlags>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <optional>

// What the app's administrator may do with one custom profile field (the Chat console's
// "App 管理员可读/可写" check boxes). A REST call is always made as an admin, so these two are
// the only permissions the Sandbox needs.
enum class CustomTagAccessFlag { AdminRead = 0x1, AdminWrite = 0x2 };
Q_DECLARE_FLAGS(CustomTagAccess, CustomTagAccessFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(CustomTagAccess)

namespace CustomTagAccessText {
// "rw", "r", "w" or "none" (the CLI's and the demo file's spelling); nullopt for anything else.
std::optional<CustomTagAccess> parse(QStringView text);
} // namespace CustomTagAccessText

// Faults the Sandbox can inject, each the probability (0..1) that one call suffers it, so demos
// and tests can show how a client copes with a bad day. All off by default.
struct SandboxFaults
{
    int latencyMs = 0; // added before every answer
    double internalErrorRate = 0.0; // answered with ErrorCode 40006 (HTTP 200)
    double badGatewayRate = 0.0; // answered with HTTP 502 and an HTML body, like a failing proxy
    double dropRate = 0.0; // the connection is closed without an answer
    double malformedRate = 0.0; // HTTP 200 with a truncated, unparsable JSON body
    // Seeds the dice so a test can replay a run; nullopt picks a random seed.
    std::optional<quint32> seed;
};

// One emulated Chat app: what the Chat console would configure, not what the API changes (that
// lives in SandboxStore).
struct SandboxConfig
{
    quint64 sdkAppId = 0;
    QByteArray secretKey;
    // Accounts whose UserSig may call the REST API. They are accounts themselves.
    QStringList admins;
    QMap<QString, CustomTagAccess> customTags;
    // Calls per sliding second for this SDKAppID before 60007; by default the service's own.
    int rateLimitPerSecond = ProfileApi::MaxCallsPerSecond;
    SandboxFaults faults;
    // Where the store is kept between runs; empty keeps it in memory only.
    QString dataFile;
    // Milliseconds since the Unix epoch. Tests replace it to check UserSigs signed at a fixed
    // time and to slide the rate-limit window without sleeping.
    std::function<qint64()> clock;

    qint64 nowMs() const;
};
