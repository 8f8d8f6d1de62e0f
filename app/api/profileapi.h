#pragma once

#include <QString>

// The facts of the two REST APIs this console speaks, read by the client that calls them and the
// Sandbox that serves them, so the two cannot drift apart:
// portrait_set https://www.tencentcloud.com/document/product/1047/34916 and
// portrait_get https://www.tencentcloud.com/document/product/1047/34917.
namespace ProfileApi {

inline constexpr char PortraitSet[] = "portrait_set";
inline constexpr char PortraitGet[] = "portrait_get";

// The path of a command below the base URL, e.g. "/v4/profile/portrait_set".
inline QString path(const QString &command)
{
    return QStringLiteral("/v4/profile/") + command;
}

// portrait_get answers for at most this many accounts per request: the EN field table calls it a
// limit, the CN overview a recommendation. The client splits longer lists; the Sandbox refuses
// them (40001) so a client that forgets to split finds out there rather than in production.
inline constexpr int MaxAccountsPerGet = 100;

// The service answers at most this many REST calls per second for one SDKAppID ("200 calls per
// second" on the portrait_set page); the Sandbox limits at this rate unless told otherwise, and a
// bulk job never paces faster.
inline constexpr int MaxCallsPerSecond = 200;

} // namespace ProfileApi
