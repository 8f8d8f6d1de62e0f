#pragma once

#include "api/responseparser.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// How a call ended, from the caller's point of view. The CLI maps these to its exit codes.
enum class ApiOutcome {
    Success, // ActionStatus OK, ErrorCode 0, and (portrait_get) every user found
    Partial, // portrait_get answered OK, but some users failed
    ApiError, // the server answered FAIL or a non-zero ErrorCode
    Refused, // refused before anything was sent (bad endpoint, missing input)
    NetworkError,
    Timeout,
    TlsError,
    ProtocolError, // not HTTP 200, not JSON, not a REST envelope, or larger than allowed
    Cancelled,
    // portrait_set only: the request had been sent, but no REST answer came (the connection
    // dropped, the deadline passed, the user cancelled, or a gateway answered instead of the
    // API). The change may or may not have been stored: neither OK nor failed, never retried.
    Unknown,
};

// One try of one request, so support can see every random sent and why each attempt ended.
struct ApiAttempt
{
    quint32 random = 0;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    int errorCode = 0; // the server's ErrorCode when it answered
    ApiOutcome outcome = ApiOutcome::Success;
    QString problem; // redacted; empty for a clean answer
    qint64 latencyMs = 0;
};

struct ApiResult
{
    ApiOutcome outcome = ApiOutcome::Refused;
    // The envelope exactly as the server sent it (for a split portrait_get: the failing or last
    // call's envelope).
    QString actionStatus;
    int errorCode = 0;
    QString errorInfo;
    QString errorDisplay;
    int httpStatus = 0;
    quint32 random = 0; // of the attempt whose answer is reported
    QList<ApiAttempt> attempts; // every attempt of every split call, in order
    qint64 latencyMs = 0; // wall time from start to finish, backoff included
    QString redactedUrl; // of the last attempt, UserSig masked
    // The last attempt's URL exactly as it went out, full UserSig included, for "Copy as cURL with
    // the full UserSig". In memory only: never log, show, save or print it.
    QByteArray sentUrl;
    QString redactedBody;
    QByteArray rawResponse; // the last body received, as received
    // The response object; for a split portrait_get the merged UserProfileItem and Fail_Account.
    QJsonObject response;
    QString problem; // transport, protocol or refusal reason (translated, redacted)
    // portrait_get only.
    QList<UserProfile> users;
    QStringList failAccounts;

    bool isTransportFailure() const;
};
Q_DECLARE_METATYPE(ApiResult)
