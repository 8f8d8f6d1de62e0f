#pragma once

#include "api/apiresult.h"
#include "api/apitarget.h"
#include "api/restrequest.h"
#include "api/retrypolicy.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

// The handle of one running call (one portrait_set, or one portrait_get however many requests it
// is split into). It belongs to the RestClient that made it and deletes itself once finished()
// has been emitted, like an auto-deleted QNetworkReply: keep a QPointer if you may cancel it.
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        std::chrono::milliseconds timeout { 10000 };
        RetryPolicy retry;
        qint64 maxResponseBytes = 1024 * 1024;
    };

    // bodies: one request body per split call, sent one after the other.
    ApiCall(QNetworkAccessManager *network, const Settings &settings, const ApiTarget &target,
        QString command, QList<QJsonObject> bodies, QObject *parent);
    ~ApiCall() override;

    // Ends the call with ApiOutcome::Cancelled; finished() still follows, asynchronously.
    void cancel();

Q_SIGNALS:
    void finished(const ApiResult &result);

private:
    friend class RestClient;
    void start();
    void refuse(const QString &reason);
    void sendAttempt();
    void onReplyFinished();
    void recordAnswer(const ParsedResponse &parsed);
    void finishWith(ApiOutcome outcome);

    QNetworkAccessManager *m_network = nullptr;
    Settings m_settings;
    ApiTarget m_target;
    QString m_command;
    QList<QJsonObject> m_bodies;
    qsizetype m_bodyIndex = 0;
    int m_attemptInCall = 0;

    QPointer<QNetworkReply> m_reply;
    RestRequest m_request;
    QElapsedTimer m_attemptClock;
    QElapsedTimer m_totalClock;
    QTimer m_backoff;
    QString m_tlsProblem;
    bool m_cancelled = false;
    bool m_oversized = false;
    bool m_finished = false;

    ApiResult m_result;
    // Every accepted chunk's UserProfileItem entries, kept apart from m_result.response, which a
    // retried failure may overwrite in between.
    QJsonArray m_mergedUsers;
};
