#include "api/apicall.h"

#include "api/sendoncebody.h"
#include "errors/errorcatalogue.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>

#include <algorithm>

// Off unless asked for (QT_LOGGING_RULES="cpc.api.*=true"): the CLI's stderr is for the user.
Q_LOGGING_CATEGORY(lcApi, "cpc.api.call", QtWarningMsg)

namespace {

bool isClientError(int httpStatus)
{
    return httpStatus >= 400 && httpStatus < 500;
}

} // namespace

ApiCall::ApiCall(QNetworkAccessManager *network, const Settings &settings, const ApiTarget &target,
    QString command, Effect effect, QList<QJsonObject> bodies, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
    , m_target(target)
    , m_mask(target.userSig)
    , m_command(std::move(command))
    , m_effect(effect)
    , m_bodies(std::move(bodies))
{
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &ApiCall::sendAttempt);
    // A deadline for the whole attempt. QNetworkRequest::setTransferTimeout() is only an
    // inactivity timer: an answer trickling in a byte at a time would never end.
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_deadlinePassed = true;
            m_reply->abort(); // finished() follows synchronously
        }
    });
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::cancel()
{
    if (m_finished) {
        return;
    }
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // finished() follows synchronously and ends the call
        return;
    }
    m_result.problem = tr("The request was cancelled.");
    finishWith(ApiOutcome::Cancelled);
}

void ApiCall::start()
{
    m_totalClock.start();
    sendAttempt();
}

void ApiCall::refuse(const QString &reason)
{
    m_totalClock.start();
    m_result.problem = m_mask.apply(reason);
    qCInfo(
        lcApi, "Refused %s before sending: %s", qUtf8Printable(m_command), qUtf8Printable(m_result.problem));
    finishWith(ApiOutcome::Refused);
}

void ApiCall::sendAttempt()
{
    ++m_attemptInCall;
    m_request = RestRequest::build(
        m_target, m_command, m_bodies.at(m_bodyIndex), QRandomGenerator::global()->generate());
    m_result.redactedUrl = Redaction::url(m_request.url);
    m_result.sentUrl = m_request.url.toEncoded();
    m_result.redactedBody = QString::fromUtf8(m_request.body);
    // What an earlier attempt was answered is history (in m_result.attempts), not this attempt's
    // answer: an unanswered retry must not show it. Users of chunks already accepted stay.
    m_result.actionStatus.clear();
    m_result.errorCode = 0;
    m_result.errorInfo.clear();
    m_result.errorDisplay.clear();
    m_result.rawResponse.clear();
    m_result.response = {};
    m_tlsProblem.clear();
    m_oversized = false;
    m_deadlinePassed = false;

    QNetworkRequest request(m_request.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
    // A redirect would carry the UserSig in its query to wherever the server points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    qCInfo(lcApi, "POST %s attempt %d", qUtf8Printable(m_result.redactedUrl), m_attemptInCall);
    m_attemptClock.start();
    // Read once only, so the network stack cannot send this attempt a second time by itself.
    auto *body = new SendOnceBody(m_request.body);
    QNetworkReply *reply = m_network->post(request, body);
    body->setParent(reply);
    m_body = body;
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the UserSig is not sent.
        QStringList texts;
        for (const QSslError &error : errors) {
            texts.append(error.errorString());
        }
        m_tlsProblem = m_mask.apply(texts.join(QStringLiteral("; ")));
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64 total) {
        if (received > m_settings.maxResponseBytes || total > m_settings.maxResponseBytes) {
            m_oversized = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    m_deadline.start(m_settings.timeout);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply) {
        return;
    }
    m_deadline.stop();
    reply->deleteLater();

    bool retryable = false;
    bool answered = false;
    ApiAttempt attempt = judge(reply, &retryable, &answered);
    // The body left this machine, and no answer of the API's says what became of it: the write
    // may have been stored. It is not "failed", and it is never repeated automatically. Only a
    // 4xx refuses the request itself.
    const bool sent = m_body && m_body->handedOver();
    if (m_effect == Effect::Write && sent && !answered && !isClientError(attempt.httpStatus)) {
        attempt.outcome = ApiOutcome::Unknown;
        attempt.problem += QLatin1Char(' ')
            + tr("The request had been sent, so the change may have reached the server. It was not sent "
                 "again: read the account back to see whether it was stored.");
        retryable = false;
    } else if (attempt.outcome == ApiOutcome::Timeout) {
        attempt.problem += QLatin1Char(' ')
            + tr("The server or the network may be down; try again, or try the backup domain.");
    }

    m_result.attempts.append(attempt);
    m_result.random = attempt.random;
    m_result.httpStatus = attempt.httpStatus;
    m_result.problem = attempt.problem;
    qCInfo(lcApi, "%s attempt %d random %u: HTTP %d, ErrorCode %d, %lld ms %s", qUtf8Printable(m_command),
        m_attemptInCall, attempt.random, attempt.httpStatus, attempt.errorCode, attempt.latencyMs,
        qUtf8Printable(attempt.problem));

    if (retryable && m_attemptInCall < m_settings.retry.maxAttempts) {
        m_backoff.start(m_settings.retry.delayBefore(m_attemptInCall + 1));
        return;
    }
    if (attempt.outcome == ApiOutcome::Success && m_bodyIndex + 1 < m_bodies.size()) {
        ++m_bodyIndex;
        m_attemptInCall = 0;
        sendAttempt();
        return;
    }
    finishWith(attempt.outcome);
}

ApiAttempt ApiCall::judge(QNetworkReply *reply, bool *retryable, bool *answered)
{
    ApiAttempt attempt;
    attempt.random = m_request.random;
    attempt.latencyMs = m_attemptClock.elapsed();
    attempt.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = m_request.url.host();

    if (m_cancelled) {
        attempt.outcome = ApiOutcome::Cancelled;
        attempt.problem = tr("The request was cancelled.");
    } else if (m_deadlinePassed) {
        attempt.outcome = ApiOutcome::Timeout;
        attempt.problem
            = tr("No complete answer from %1 within %2 ms.").arg(host).arg(m_settings.timeout.count());
    } else if (m_oversized) {
        attempt.outcome = ApiOutcome::ProtocolError;
        attempt.problem = tr("The answer is larger than %1 bytes, far more than any profile answer, so it "
                             "was not read. Check the endpoint.")
                              .arg(m_settings.maxResponseBytes);
    } else if (reply->error() == QNetworkReply::SslHandshakeFailedError || !m_tlsProblem.isEmpty()) {
        attempt.outcome = ApiOutcome::TlsError;
        attempt.problem
            = tr("The secure connection to %1 was refused: %2. Nothing was sent; check the "
                 "endpoint, or the system's clock and certificates.")
                  .arg(host, m_tlsProblem.isEmpty() ? m_mask.apply(reply->errorString()) : m_tlsProblem);
    } else if (attempt.httpStatus == 0) {
        attempt.outcome = ApiOutcome::NetworkError;
        // ContentReSendError: the connection closed before any answer and Qt's own re-send was
        // refused (see SendOnceBody); Qt's text for it would only confuse.
        attempt.problem = reply->error() == QNetworkReply::ContentReSendError
            ? tr("The connection to %1 closed before any answer.").arg(host)
            : tr("Network error: %1").arg(m_mask.apply(reply->errorString()));
        *retryable = true;
    } else {
        // Masked before anything reads it, so no field parsed from it can carry the UserSig.
        const QByteArray body = m_mask.apply(reply->readAll());
        m_result.rawResponse = body;
        if (attempt.httpStatus != 200) {
            attempt.outcome = ApiOutcome::ProtocolError;
            attempt.problem = tr("The server answered HTTP %1 instead of 200: %2")
                                  .arg(attempt.httpStatus)
                                  .arg(bodyPreview(body));
            *retryable = attempt.httpStatus >= 500;
        } else if (const ParsedResponse parsed = ParsedResponse::parse(body); !parsed.valid) {
            attempt.outcome = ApiOutcome::ProtocolError;
            attempt.problem = parsed.problem;
        } else {
            *answered = true;
            attempt.errorCode = parsed.errorCode;
            attempt.outcome = parsed.isOk() ? ApiOutcome::Success : ApiOutcome::ApiError;
            *retryable = !parsed.isOk() && ErrorCatalogue::isRetryable(parsed.errorCode);
            recordAnswer(parsed);
        }
    }
    return attempt;
}
void ApiCall::recordAnswer(const ParsedResponse &parsed)
{
    m_result.actionStatus = parsed.actionStatus;
    m_result.errorCode = parsed.errorCode;
    m_result.errorInfo = parsed.errorInfo;
    m_result.errorDisplay = parsed.errorDisplay;
    if (!parsed.isOk()) {
        m_result.response = parsed.object; // the failure, as received
        return;
    }
    m_result.users += parsed.users;
    m_result.failAccounts += parsed.failAccounts;
    if (m_bodies.size() == 1) {
        m_result.response = parsed.object;
        return;
    }
    // A split portrait_get reads as one answer: the last envelope with every chunk's users.
    QJsonObject merged = parsed.object;
    for (const QJsonValue &user : parsed.object.value(u"UserProfileItem").toArray()) {
        m_mergedUsers.append(user);
    }
    merged.insert(u"UserProfileItem", m_mergedUsers);
    if (!m_result.failAccounts.isEmpty()) {
        merged.insert(u"Fail_Account", QJsonArray::fromStringList(m_result.failAccounts));
    }
    m_result.response = merged;
}

void ApiCall::finishWith(ApiOutcome outcome)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_backoff.stop();
    if (outcome == ApiOutcome::Success
        && (!m_result.failAccounts.isEmpty()
            || std::any_of(m_result.users.cbegin(), m_result.users.cend(),
                [](const UserProfile &user) { return user.resultCode != 0; }))) {
        outcome = ApiOutcome::Partial;
    }
    m_result.outcome = outcome;
    m_result.latencyMs = m_totalClock.elapsed();
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(m_result);
            deleteLater();
        },
        Qt::QueuedConnection);
}
