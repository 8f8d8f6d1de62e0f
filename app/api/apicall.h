#pragma once

#include "api/apiresult.h"
#include "api/apitarget.h"
#include "api/redaction.h"
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
class SendOnceBody;

// The handle of one running call (one portrait_set, or one portrait_get however many requests it
// is split into). It belongs to the RestClient that made it and deletes itself once finished()
// has been emitted, like an auto-deleted QNetworkReply: keep a QPointer if you may cancel it.
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        // The deadline of each attempt, from sending to the last byte of the answer.
        std::chrono::milliseconds timeout { 10000 };
        RetryPolicy retry;
        qint64 maxResponseBytes = 1024 * 1024;
    };

    // A write may have been stored even when no answer came, so it is never repeated unless it
    // surely was not (see ApiOutcome::Unknown).
    enum class Effect { Read, Write };

    // bodies: one request body per split call, sent one after the other.
    ApiCall(QNetworkAccessManager *network, const Settings &settings, const ApiTarget &target,
        QString command, Effect effect, QList<QJsonObject> bodies, QObject *parent);
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
    // What the attempt's reply says; sets *retryable when another attempt may help, *answered
    // when the API's own envelope came back.
    ApiAttempt judge(QNetworkReply *reply, bool *retryable, bool *answered);
    void recordAnswer(const ParsedResponse &parsed);
    void finishWith(ApiOutcome outcome);

    QNetworkAccessManager *m_network = nullptr;
    Settings m_settings;
    ApiTarget m_target;
    UserSigMask m_mask; // of m_target's UserSig, for every text that leaves this call
    QString m_command;
    Effect m_effect;
    QList<QJsonObject> m_bodies;
    qsizetype m_bodyIndex = 0;
    int m_attemptInCall = 0;

    QPointer<QNetworkReply> m_reply;
    QPointer<SendOnceBody> m_body; // of m_reply
    RestRequest m_request;
    QElapsedTimer m_attemptClock;
    QElapsedTimer m_totalClock;
    QTimer m_backoff;
    QTimer m_deadline;
    QString m_tlsProblem;
    bool m_cancelled = false;
    bool m_deadlinePassed = false;
    bool m_oversized = false;
    bool m_finished = false;

    ApiResult m_result;
    // Every accepted chunk's UserProfileItem entries, kept apart from m_result.response, which a
    // retried failure may overwrite in between.
    QJsonArray m_mergedUsers;
};
