#include "jobs/jobrunner.h"

#include "api/apicall.h"
#include "api/profileapi.h"
#include "api/restclient.h"
#include "bulk/callpacer.h"
#include "jobs/jobrecorder.h"
#include "jobs/jobstore.h"
#include "jobs/profilevalues.h"
#include "jobs/retryrule.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {

constexpr std::chrono::milliseconds FlushInterval { 250 };
constexpr std::chrono::milliseconds RowsInterval { 100 };
constexpr qint64 RateWindowMs = 3000;

const UserProfile *findUser(const ApiResult &result, const QString &account)
{
    for (const UserProfile &user : result.users) {
        if (user.account == account) {
            return &user;
        }
    }
    return nullptr;
}

// Only an answer of the API says OK or failed (an HTTP 4xx refused the request: failed too); a
// write sent without an answer is unknown.
ChangeRecord::State historyState(const ApiResult &result)
{
    switch (result.outcome) {
    case ApiOutcome::Success:
        return ChangeRecord::State::Ok;
    case ApiOutcome::Unknown:
        return ChangeRecord::State::Unknown;
    default:
        return ChangeRecord::State::Failed;
    }
}

bool isFinal(RowState state)
{
    return state != RowState::Pending && state != RowState::Sent;
}

} // namespace

JobRunner::JobRunner(RestClient *client, JobStore *store, ChangeHistory *history, CallPacer *pacer,
    ContextProvider contextProvider, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_history(history)
    , m_pacer(pacer)
    , m_contextProvider(std::move(contextProvider))
    , m_recorder(std::make_unique<JobRecorder>(store->path(), history ? history->path() : QString()))
{
    connect(m_recorder.get(), &JobRecorder::created, this, &JobRunner::onCreated);
    connect(m_recorder.get(), &JobRecorder::marked, this, &JobRunner::onMarked);
    connect(m_recorder.get(), &JobRecorder::done, this, &JobRunner::onRecorded);
    connect(m_recorder.get(), &JobRecorder::storeFailed, this, [this](const QString &message) {
        // A marking that failed is never confirmed: its rows were not sent and will not be.
        m_markings.clear();
        m_marking.clear();
        if (m_finishToken != 0) {
            m_end = End::Stopped; // reported when the finish is through
            m_message = message;
        } else {
            halt(End::Stopped, message);
        }
    });
    connect(m_recorder.get(), &JobRecorder::historyProblem, this, &JobRunner::historyProblem);
    m_paceTimer.setSingleShot(true);
    m_paceTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_paceTimer, &QTimer::timeout, this, &JobRunner::pump);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &JobRunner::flush);
    m_rowsTimer.setSingleShot(true);
    connect(&m_rowsTimer, &QTimer::timeout, this, &JobRunner::emitRowsChanged);
    m_elapsed.start();
}

JobRunner::~JobRunner()
{
    if (m_running) {
        flush();
    }
}

void JobRunner::setOptions(const Options &options)
{
    m_options = options;
    m_options.maxInFlight = std::max(1, m_options.maxInFlight);
    m_options.retry.maxAttempts = std::max(1, m_options.retry.maxAttempts);
}

bool JobRunner::refuse(const QString &reason)
{
    Q_EMIT refused(reason);
    return false;
}

bool JobRunner::start(const WriteJob &job)
{
    if (const QString problem = startProblem(job, true); !problem.isEmpty()) {
        return refuse(problem);
    }
    begin(job);
    return true;
}

bool JobRunner::storeAndStart(const WriteJob &job)
{
    if (const QString problem = startProblem(job, false); !problem.isEmpty()) {
        return refuse(problem);
    }
    m_job = job;
    m_job.id = 0;
    m_storeCancelled = false;
    m_storeToken = ++m_lastToken;
    m_recorder->create(m_storeToken, m_job);
    return true;
}

void JobRunner::onCreated(int token, qint64 jobId, const QString &error)
{
    if (token != m_storeToken) {
        return;
    }
    m_storeToken = 0;
    if (!error.isEmpty()) {
        Q_EMIT finished(End::Stopped, tr("The job could not be stored, so nothing was sent: %1").arg(error));
        return;
    }
    m_job.id = jobId;
    if (m_storeCancelled) {
        Q_EMIT finished(End::Cancelled, tr("Cancelled before anything was sent."));
        return;
    }
    // Asked again: the connection may have changed while the job was being stored.
    if (const QString problem = startProblem(m_job, true); !problem.isEmpty()) {
        Q_EMIT refused(problem);
        Q_EMIT finished(End::Stopped, problem);
        return;
    }
    begin(m_job);
}

QString JobRunner::startProblem(const WriteJob &job, bool stored) const
{
    if (isRunning()) {
        return tr("A job is running already.");
    }
    if (stored && job.id == 0) {
        return tr("The job was not stored, so it cannot be sent.");
    }
    if (job.finished) {
        return tr("The job is finished: every row has its outcome.");
    }
    for (int i = 0; i < job.rows.size(); ++i) {
        if (job.rows.at(i).index != i) {
            return tr("The job's rows are damaged: row %1 is numbered %2.").arg(i).arg(job.rows.at(i).index);
        }
    }
    const RequestContext context = m_contextProvider();
    if (!context.problem.isEmpty()) {
        return context.problem;
    }
    if (RequestTarget::of(context) != job.target) {
        return tr("This job belongs to another app, admin or endpoint than the connection in use: it "
                  "writes only where its old values were read from (app %1 at %2).")
            .arg(job.target.sdkAppId)
            .arg(job.target.baseUrl.toDisplayString());
    }
    return {};
}

void JobRunner::begin(const WriteJob &job)
{
    m_job = job;
    m_queue.clear();
    m_inFlight = 0;
    m_retriesWaiting = 0;
    m_unansweredInARow = 0;
    m_okToReadBack.clear();
    m_storeSent.clear();
    m_dirty.clear();
    m_changed.clear();
    m_answers.clear();
    m_historyIds.clear();
    m_markings.clear();
    m_marking.clear();
    m_readBacks.clear();
    m_callTimes.clear();
    m_calls.clear();
    m_running = true;
    m_paused = false;
    m_halting = false;
    m_end = End::Finished;
    m_message.clear();

    QList<int> toVerify;
    for (JobRow &row : m_job.rows) {
        if (row.state == RowState::Sent || row.state == RowState::Unknown) {
            toVerify.append(row.index);
            if (row.state == RowState::Sent) {
                m_storeSent.insert(row.index);
            }
        } else if (row.state == RowState::Pending && row.changes.isEmpty()) {
            // Nothing to send: what a preview calls already as asked.
            row.state = RowState::Unchanged;
            rowChanged(row.index);
        }
    }
    if (toVerify.isEmpty()) {
        enterPhase(Phase::Write);
    } else {
        m_phase = Phase::Verify;
        queueReads(toVerify);
    }
    QMetaObject::invokeMethod(this, &JobRunner::pump, Qt::QueuedConnection);
}

void JobRunner::pause()
{
    if (m_running && !m_paused) {
        m_paused = true;
        m_paceTimer.stop();
    }
}

void JobRunner::resume()
{
    if (m_running && m_paused) {
        m_paused = false;
        pump();
    }
}

void JobRunner::cancel()
{
    if (m_storeToken != 0) {
        m_storeCancelled = true;
    } else if (m_running) {
        halt(End::Cancelled,
            tr("Cancelled: nothing more was sent, and the answers on their way were awaited."));
    }
}

void JobRunner::abort()
{
    if (m_storeToken != 0) {
        m_storeCancelled = true;
        return;
    }
    if (!m_running) {
        return;
    }
    const QString message = tr("Cancelled: nothing more was sent, and the requests on their way were cut "
                               "off; a write among them may or may not have been stored.");
    if (m_halting) {
        m_end = End::Cancelled; // a cancel() that was waiting for the answers waits no more
        m_message = message;
    } else {
        halt(End::Cancelled, message);
    }
    // Each call ends at once (finished() comes from cancel()), which removes it from m_calls.
    const QSet<ApiCall *> calls = m_calls;
    for (ApiCall *call : calls) {
        if (m_calls.contains(call)) {
            call->cancel();
        }
    }
}

bool JobRunner::isRunning() const
{
    return m_running || m_storeToken != 0;
}

bool JobRunner::isPaused() const
{
    return m_paused;
}

const WriteJob &JobRunner::job() const
{
    return m_job;
}

QHash<QString, qint64> JobRunner::historyIds(int row) const
{
    return m_historyIds.value(row);
}

void JobRunner::queueReads(const QList<int> &rows)
{
    for (qsizetype first = 0; first < rows.size(); first += ProfileApi::MaxAccountsPerGet) {
        m_queue.push_back({ rows.mid(first, ProfileApi::MaxAccountsPerGet), 1 });
    }
}

void JobRunner::enterPhase(Phase phase)
{
    m_phase = phase;
    if (phase == Phase::Write) {
        for (const JobRow &row : std::as_const(m_job.rows)) {
            if (row.state == RowState::Pending) {
                m_queue.push_back({ { row.index }, 1 });
            }
        }
    } else if (phase == Phase::ReadBack) {
        queueReads(m_okToReadBack);
    }
}

void JobRunner::pump()
{
    if (!m_running || m_finishToken != 0) {
        return;
    }
    while (!m_paused && !m_halting && m_inFlight < m_options.maxInFlight && !m_queue.empty()) {
        const auto wait = m_pacer->waitBeforeNextCall();
        if (wait > std::chrono::nanoseconds::zero()) {
            m_paceTimer.start(std::chrono::ceil<std::chrono::milliseconds>(wait));
            return;
        }
        const Request request = m_queue.front();
        m_queue.pop_front();
        if (!send(request)) {
            m_queue.push_front(request);
            break;
        }
    }
    maybeAdvance();
}

bool JobRunner::send(const Request &request)
{
    const RequestContext context = m_contextProvider();
    if (!context.problem.isEmpty()) {
        Q_EMIT refused(context.problem);
        halt(End::Stopped, context.problem);
        return false;
    }
    if (RequestTarget::of(context) != m_job.target) {
        const QString reason
            = tr("The connection changed while the job ran: it now goes to another app, admin "
                 "or endpoint than the job's. Nothing more was sent.");
        Q_EMIT refused(reason);
        halt(End::Stopped, reason);
        return false;
    }
    const bool write = m_phase == Phase::Write;
    ApiCall *call = nullptr;
    if (write) {
        const int index = request.rows.first();
        if (!isMarked(index)) {
            requestMarks(index, context); // sent once marked() says the records are committed
            return false;
        }
        JobRow &row = m_job.rows[index];
        QJsonArray items;
        for (const FieldChange &change : std::as_const(row.changes)) {
            items.append(QJsonObject {
                { QStringLiteral("Tag"), change.tag }, { QStringLiteral("Value"), change.newValue } });
        }
        row.state = RowState::Sent;
        rowChanged(index, false);
        m_pacer->callStarted();
        call = m_client->portraitSet(context.target, row.account, items);
        markAhead(context);
    } else {
        QStringList accounts;
        QStringList tags;
        for (int index : request.rows) {
            const JobRow &row = m_job.rows.at(index);
            accounts.append(row.account);
            for (const FieldChange &change : row.changes) {
                if (!tags.contains(change.tag)) {
                    tags.append(change.tag);
                }
            }
        }
        m_pacer->callStarted();
        call = m_client->portraitGet(context.target, accounts, tags);
    }
    ++m_inFlight;
    const qint64 now = m_elapsed.elapsed();
    m_callTimes.push_back(now);
    while (now - m_callTimes.front() > RateWindowMs) {
        m_callTimes.pop_front();
    }
    m_calls.insert(call);
    connect(call, &ApiCall::finished, this, [this, call, request, write](const ApiResult &result) {
        m_calls.remove(call);
        --m_inFlight;
        Q_EMIT callFinished(write ? request.rows.first() : -1, result);
        if (write) {
            onWriteAnswered(request, result);
        } else {
            onReadAnswered(request, result);
        }
        pump();
    });
    return true;
}

bool JobRunner::isMarked(int row) const
{
    return m_storeSent.contains(row) && (!m_history || m_historyIds.contains(row));
}

int JobRunner::markBatch() const
{
    // About a quarter second's worth, and at least as many as may be in flight.
    return std::max(m_options.maxInFlight, m_pacer->currentRate() / 4);
}

// Asks for the next rows' records while the rows marked before are being sent, so sending never
// waits for a commit: a new batch as soon as fewer than half a batch are ready.
void JobRunner::markAhead(const RequestContext &context)
{
    if (!m_markings.isEmpty()) {
        return;
    }
    int ready = 0;
    for (const Request &queued : m_queue) {
        const int row = queued.rows.first();
        if (!isMarked(row)) {
            if (ready < markBatch() / 2) {
                requestMarks(row, context);
            }
            return;
        }
        ++ready;
    }
}

// The store marks the rows Sent and the history records each field as pending, before any of
// them leaves. A row retried after an answer is still Sent in the store and gets new history
// records only, so each request on the wire has its own.
void JobRunner::requestMarks(int row, const RequestContext &context)
{
    if (m_marking.contains(row)) {
        return;
    }
    Marking marking;
    marking.rows.append(row);
    for (auto it = m_queue.cbegin(); it != m_queue.cend() && marking.rows.size() < markBatch(); ++it) {
        const int next = it->rows.first();
        if (next != row && !isMarked(next) && !m_marking.contains(next)) {
            marking.rows.append(next);
        }
    }
    QList<int> storeRows;
    QList<ChangeRecord> pending;
    for (int index : std::as_const(marking.rows)) {
        m_marking.insert(index);
        if (!m_storeSent.contains(index)) {
            storeRows.append(index);
        }
        if (!m_history || m_historyIds.contains(index)) {
            continue;
        }
        const JobRow &jobRow = m_job.rows.at(index);
        for (const FieldChange &change : jobRow.changes) {
            ChangeRecord record = ChangeRecord::pending(
                context, jobRow.account, change.tag, change.oldValue, change.newValue);
            record.jobId = m_job.id;
            pending.append(record);
            marking.keys.append({ index, change.tag });
        }
    }
    const int token = ++m_lastToken;
    m_markings.insert(token, marking);
    m_recorder->markSent(token, m_job.id, storeRows, pending);
}

void JobRunner::onMarked(int token, const QList<qint64> &historyIds)
{
    const Marking marking = m_markings.take(token);
    for (int index : marking.rows) {
        m_marking.remove(index);
        m_storeSent.insert(index);
        if (m_history) {
            m_historyIds[index]; // recorded, even if the history could not take it
        }
    }
    for (qsizetype i = 0; i < historyIds.size() && i < marking.keys.size(); ++i) {
        m_historyIds[marking.keys.at(i).first].insert(marking.keys.at(i).second, historyIds.at(i));
    }
    if (!m_running || m_finishToken != 0) {
        // Marked after the job ended: none of these left. Record them as not sent.
        for (int index : marking.rows) {
            completeAsNotSent(index);
        }
        flush();
        return;
    }
    if (m_halting) {
        maybeAdvance();
        return;
    }
    pump();
}

void JobRunner::completeAsNotSent(int index)
{
    JobRow &row = m_job.rows[index];
    if (row.state != RowState::Pending) {
        return;
    }
    ApiResult notSent;
    notSent.outcome = ApiOutcome::Cancelled;
    completeHistory(row, notSent, true);
    m_dirty.insert(index); // the store marked it Sent: it is Pending
}

void JobRunner::retryLater(Request request)
{
    ++request.attempt;
    ++m_retriesWaiting;
    const int generation = m_retryGeneration;
    QTimer::singleShot(m_options.retry.delayBefore(request.attempt), this, [this, request, generation] {
        if (generation != m_retryGeneration) {
            return;
        }
        --m_retriesWaiting;
        m_queue.push_front(request);
        pump();
    });
}

void JobRunner::countUnanswered()
{
    if (++m_unansweredInARow >= StopAfterFailures) {
        halt(End::Stopped,
            tr("%n request(s) in a row got no answer: the network or the server seems down. The job "
               "stopped; resume it later.",
                nullptr, m_unansweredInARow));
    }
}

void JobRunner::onWriteAnswered(const Request &request, const ApiResult &result)
{
    const int index = request.rows.first();
    JobRow &row = m_job.rows[index];
    row.random = result.random;
    row.httpStatus = result.httpStatus;
    switch (RetryRule::forWrite(result)) {
    case RetryRule::Verdict::RateLimited:
        // Not stored, and not the row's fault: again, later and slower.
        completeHistory(row, result, true);
        m_pacer->slowDown();
        row.state = RowState::Pending;
        rowChanged(index, false);
        m_queue.push_back(request);
        return;
    case RetryRule::Verdict::Transient:
        if (request.attempt < m_options.retry.maxAttempts) {
            completeHistory(row, result, true);
            row.state = RowState::Pending;
            rowChanged(index, false);
            if (!m_halting) {
                retryLater(request);
            }
            return;
        }
        break;
    case RetryRule::Verdict::Done:
        break;
    }

    switch (result.outcome) {
    case ApiOutcome::Success:
        row.state = RowState::Ok;
        row.errorCode = 0;
        row.errorInfo.clear();
        row.errorDisplay.clear();
        m_unansweredInARow = 0;
        m_okToReadBack.append(index);
        break;
    case ApiOutcome::ApiError:
        row.state = RowState::Failed;
        row.errorCode = result.errorCode;
        row.errorInfo = result.errorInfo;
        row.errorDisplay = result.errorDisplay;
        m_unansweredInARow = 0;
        break;
    case ApiOutcome::ProtocolError:
        // ApiCall reports a write as ProtocolError only for an HTTP 4xx: the request was refused.
        row.state = RowState::Failed;
        row.errorCode = 0;
        row.reason = QStringLiteral("http-status");
        m_unansweredInARow = 0;
        break;
    case ApiOutcome::Unknown:
        row.state = RowState::Unknown;
        row.errorCode = -1;
        break;
    case ApiOutcome::Refused:
        // Refused before sending (the target or the input): nothing else would fare better.
        completeHistory(row, result, true);
        row.state = RowState::Pending;
        rowChanged(index);
        Q_EMIT refused(result.problem);
        halt(End::Stopped, result.problem);
        return;
    default:
        // Never left this machine: not stored, still to send.
        completeHistory(row, result, true);
        row.state = RowState::Pending;
        rowChanged(index);
        countUnanswered();
        return;
    }
    rowChanged(index);
    completeHistory(row, result, false);
    if (row.state == RowState::Unknown) {
        countUnanswered();
    }
}

void JobRunner::onReadAnswered(const Request &request, const ApiResult &result)
{
    switch (RetryRule::forRead(result)) {
    case RetryRule::Verdict::RateLimited:
        m_pacer->slowDown();
        m_queue.push_back(request);
        return;
    case RetryRule::Verdict::Transient:
        if (request.attempt < m_options.retry.maxAttempts) {
            if (!m_halting) {
                retryLater(request);
            }
            return;
        }
        break;
    case RetryRule::Verdict::Done:
        break;
    }
    const bool answered = result.outcome == ApiOutcome::Success || result.outcome == ApiOutcome::Partial;
    if (m_phase == Phase::Verify) {
        if (!answered) {
            halt(End::Stopped,
                tr("The rows sent before could not be read back (%1), so they were not sent again. Resume "
                   "the "
                   "job later.")
                    .arg(result.problem.isEmpty() ? QString::number(result.errorCode) : result.problem));
            return;
        }
        applyVerify(request, result);
    } else if (answered) {
        applyReadBack(request, result);
    }
}

void JobRunner::applyVerify(const Request &request, const ApiResult &result)
{
    for (int index : request.rows) {
        JobRow &row = m_job.rows[index];
        const UserProfile *user = findUser(result, row.account);
        const bool holds = user && user->resultCode == 0
            && std::all_of(row.changes.cbegin(), row.changes.cend(), [user](const FieldChange &change) {
                   return ProfileValues::holds(change.tag, user->value(change.tag), change.newValue);
               });
        settleEarlierAttempts(row, holds);
        if (holds) {
            row.state = RowState::Ok;
            row.errorCode = 0;
            row.readBack = true;
            row.didNotStick.clear();
        } else {
            row.state = RowState::Pending;
        }
        rowChanged(index);
    }
}

void JobRunner::applyReadBack(const Request &request, const ApiResult &result)
{
    for (int index : request.rows) {
        JobRow &row = m_job.rows[index];
        const UserProfile *user = findUser(result, row.account);
        if (!user || user->resultCode != 0) {
            continue;
        }
        row.readBack = true;
        row.didNotStick.clear();
        const QHash<QString, qint64> ids = m_historyIds.value(index);
        for (const FieldChange &change : std::as_const(row.changes)) {
            const bool stuck = ProfileValues::holds(change.tag, user->value(change.tag), change.newValue);
            if (!stuck) {
                row.didNotStick.append(change.tag);
            }
            if (const auto id = ids.constFind(change.tag); id != ids.cend()) {
                m_readBacks.insert(
                    *id, stuck ? ChangeRecord::ReadBack::Stuck : ChangeRecord::ReadBack::DidNotStick);
            }
        }
        rowChanged(index);
    }
}

void JobRunner::completeHistory(const JobRow &row, const ApiResult &result, bool forget)
{
    if (!m_history) {
        return;
    }
    const QHash<QString, qint64> ids = m_historyIds.value(row.index);
    for (const FieldChange &change : row.changes) {
        const qint64 id = ids.value(change.tag);
        if (id == 0) {
            continue;
        }
        ChangeRecord answered;
        answered.id = id;
        answered.state = historyState(result);
        answered.errorCode = result.actionStatus.isEmpty() ? -1 : result.errorCode;
        answered.errorInfo = result.errorInfo;
        answered.httpStatus = result.httpStatus;
        answered.random = result.random;
        answered.readBack = result.outcome == ApiOutcome::Success ? ChangeRecord::ReadBack::NotVerified
                                                                  : ChangeRecord::ReadBack::NotApplicable;
        m_answers.append(answered);
    }
    if (forget) {
        m_historyIds.remove(row.index);
    }
}

// A row sent before the job was interrupted has records whose answer never came. What the
// read-back found completes them: still unknown (no answer ever came), but stored or not. The
// recorder looks them up on its own thread.
void JobRunner::settleEarlierAttempts(const JobRow &row, bool stored)
{
    if (m_history) {
        m_recorder->settleEarlierAttempts(m_job.id, row.account, stored);
    }
}

void JobRunner::maybeAdvance()
{
    if (!m_running || m_inFlight > 0 || m_finishToken != 0) {
        return;
    }
    if (m_halting) {
        // Rows whose marks are still on their way are recorded as not sent by finish(), before
        // the job is stored as ended: wait for those marks first.
        if (m_markings.isEmpty()) {
            finish();
        }
        return;
    }
    if (m_paused || !m_queue.empty() || m_retriesWaiting > 0) {
        return;
    }
    flush();
    switch (m_phase) {
    case Phase::Verify:
        enterPhase(Phase::Write);
        break;
    case Phase::Write:
        if (std::any_of(m_job.rows.cbegin(), m_job.rows.cend(),
                [](const JobRow &row) { return row.state == RowState::Pending; })) {
            halt(End::Stopped,
                tr("Some rows could not be sent: the network failed each time. Resume the job to send "
                   "them."));
            return;
        }
        if (!m_options.readBack || m_okToReadBack.isEmpty()) {
            finish();
            return;
        }
        enterPhase(Phase::ReadBack);
        break;
    case Phase::ReadBack:
        finish();
        return;
    }
    QMetaObject::invokeMethod(this, &JobRunner::pump, Qt::QueuedConnection);
}

void JobRunner::halt(End end, const QString &message)
{
    if (!m_running || m_halting) {
        return;
    }
    m_halting = true;
    m_end = end;
    m_message = message;
    m_paceTimer.stop();
    m_queue.clear();
    ++m_retryGeneration; // the rows of scheduled retries stay Pending
    m_retriesWaiting = 0;
    maybeAdvance();
}

void JobRunner::finish()
{
    // Rows marked ahead that never left (or went back to the queue) are Pending again, and their
    // pending history records say they were not sent.
    for (int index : QList<int>(m_storeSent.cbegin(), m_storeSent.cend())) {
        completeAsNotSent(index);
    }
    flush();
    const bool allFinal = std::all_of(
        m_job.rows.cbegin(), m_job.rows.cend(), [](const JobRow &row) { return isFinal(row.state); });
    m_job.finished = allFinal;
    // finished() follows once the recorder has committed all of it.
    m_finishToken = ++m_lastToken;
    m_recorder->setFinished(m_finishToken, m_job.id, allFinal);
    if (!m_halting) {
        m_end = End::Finished;
        const JobTotals totals = m_job.totals();
        m_message = tr("Done: %1 OK, %2 unchanged, %3 failed, %4 skipped, %5 unknown.")
                        .arg(totals.ok)
                        .arg(totals.unchanged)
                        .arg(totals.failed)
                        .arg(totals.skipped)
                        .arg(totals.unknown);
    }
    m_flushTimer.stop();
}

void JobRunner::onRecorded(int token)
{
    if (token != m_finishToken) {
        return;
    }
    m_finishToken = 0;
    m_running = false;
    m_halting = false;
    m_paused = false;
    m_rowsTimer.stop();
    emitRowsChanged();
    Q_EMIT finished(m_end, m_message);
}

void JobRunner::flush()
{
    m_flushTimer.stop();
    QList<JobRow> rows;
    if (!m_dirty.isEmpty()) {
        QList<int> indexes(m_dirty.cbegin(), m_dirty.cend());
        std::sort(indexes.begin(), indexes.end());
        for (int index : std::as_const(indexes)) {
            rows.append(m_job.rows.at(index));
            if (m_job.rows.at(index).state != RowState::Sent) {
                m_storeSent.remove(index); // recorded as it is now, no longer Sent
            }
        }
        m_dirty.clear();
    }
    if (rows.isEmpty() && m_answers.isEmpty() && m_readBacks.isEmpty()) {
        return;
    }
    m_recorder->record(m_job.id, rows, m_answers, m_readBacks);
    m_answers.clear();
    m_readBacks.clear();
}

void JobRunner::rowChanged(int row, bool store)
{
    if (store) {
        m_dirty.insert(row);
        if (!m_flushTimer.isActive()) {
            m_flushTimer.start(FlushInterval);
        }
    }
    m_changed.insert(row);
    if (!m_rowsTimer.isActive()) {
        m_rowsTimer.start(RowsInterval);
    }
}

void JobRunner::emitRowsChanged()
{
    if (!m_changed.isEmpty()) {
        QList<int> rows(m_changed.cbegin(), m_changed.cend());
        std::sort(rows.begin(), rows.end());
        m_changed.clear();
        Q_EMIT rowsChanged(rows);
    }
    Q_EMIT progressChanged(progress());
}

JobProgress JobRunner::progress() const
{
    JobProgress progress;
    progress.totals = m_job.totals();
    progress.done = progress.totals.ok + progress.totals.unchanged + progress.totals.failed
        + progress.totals.skipped + progress.totals.unknown;
    // Calls per second over the last RateWindowMs, from the intervals between the calls in it, so
    // the first calls of a job do not read as a burst; within the first second, the calls so far.
    const qint64 now = m_elapsed.elapsed();
    qint64 oldest = -1;
    int recent = 0;
    for (const qint64 at : m_callTimes) {
        if (now - at <= RateWindowMs) {
            oldest = oldest < 0 ? at : oldest;
            ++recent;
        }
    }
    if (recent > 0) {
        const qint64 span = now - oldest;
        progress.currentRate = span >= 1000 ? double(recent - 1) * 1000.0 / double(span) : double(recent);
    }
    const int left = progress.totals.pending + progress.totals.sent;
    if (left == 0) {
        progress.timeLeft = std::chrono::seconds(0);
    } else if (progress.currentRate > 0.0) {
        progress.timeLeft = std::chrono::seconds(qint64(std::ceil(left / progress.currentRate)));
    }
    return progress;
}
