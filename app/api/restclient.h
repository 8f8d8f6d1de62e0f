#pragma once

#include "api/apicall.h"
#include "api/apitarget.h"
#include "api/retrypolicy.h"

#include <QJsonArray>
#include <QObject>
#include <QStringList>

#include <chrono>

class QNetworkAccessManager;

// Tencent Cloud Chat profile REST calls over one shared QNetworkAccessManager. Every call is
// asynchronous and returns an ApiCall handle whose finished() carries the result; bad input and
// unsafe endpoints end the call with ApiOutcome::Refused before any connection is made.
class RestClient final : public QObject
{
    Q_OBJECT

public:
    // network: not owned; one per application, shared by every call.
    explicit RestClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~RestClient() override;

    // The deadline of each attempt, from sending to the last byte of the answer.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_settings.timeout; }
    void setRetryPolicy(const RetryPolicy &policy);
    const RetryPolicy &retryPolicy() const { return m_settings.retry; }

    // v4/profile/portrait_set for one account. items: [{"Tag":…, "Value":…}] with the values
    // already in their JSON types (uint32 fields as numbers).
    ApiCall *portraitSet(const ApiTarget &target, const QString &account, const QJsonArray &items);
    // v4/profile/portrait_get, split into requests of at most ProfileApi::MaxAccountsPerGet accounts.
    ApiCall *portraitGet(const ApiTarget &target, const QStringList &accounts, const QStringList &tags);

    void cancelAll();

private:
    ApiCall *startCall(const ApiTarget &target, const QString &command, ApiCall::Effect effect,
        const QList<QJsonObject> &bodies, const QString &inputProblem);

    QNetworkAccessManager *m_network = nullptr;
    ApiCall::Settings m_settings;
};
