#include "session/profilesession.h"

#include "api/restclient.h"
#include "bulk/callpacer.h"
#include "history/changehistory.h"
#include "jobs/jobstore.h"
#include "profile/customtagregistry.h"
#include "profile/fieldschema.h"
#include "profile/profiletablemodel.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QtConcurrent>

namespace {

QJsonArray toJson(const QList<ProfileItem> &items)
{
    QJsonArray array;
    for (const ProfileItem &item : items) {
        array.append(
            QJsonObject { { QStringLiteral("Tag"), item.tag }, { QStringLiteral("Value"), item.value } });
    }
    return array;
}

const UserProfile *findUser(const ApiResult &result, const QString &account)
{
    for (const UserProfile &user : result.users) {
        if (user.account == account) {
            return &user;
        }
    }
    return nullptr;
}

} // namespace

ProfileSession::ProfileSession(RestClient *client, ProfileTableModel *model, SessionLog *log, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_log(log)
{ }

ProfileSession::~ProfileSession()
{
    cancel();
}

bool ProfileSession::isBusy() const
{
    return !m_call.isNull() || m_recordingReadBack || isWriting();
}

bool ProfileSession::isWriting() const
{
    return m_runner && m_runner->isRunning();
}

void ProfileSession::setContextProvider(ContextProvider provider)
{
    m_contextProvider = std::move(provider);
}

void ProfileSession::setCustomTagRegistry(const CustomTagRegistry *registry)
{
    m_registry = registry;
}

void ProfileSession::setChangeHistory(ChangeHistory *history)
{
    m_history = history;
    m_runner.reset(); // the next Apply's runner records there
}

void ProfileSession::setJobStore(JobStore *store, QNetworkAccessManager *network)
{
    m_jobStore = store;
    m_runner.reset();
    m_writeClient = std::make_unique<RestClient>(network);
}

void ProfileSession::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

bool ProfileSession::load(const QString &account)
{
    if (isBusy()) {
        return refuse(tr("A request is still running. Wait for it or cancel it first."));
    }
    const QString trimmed = account.trimmed();
    if (trimmed.isEmpty()) {
        return refuse(tr("Enter the account (UserID) whose profile you want to load."));
    }
    const RequestContext context = m_contextProvider ? m_contextProvider() : RequestContext {};
    if (!context.problem.isEmpty()) {
        return refuse(context.problem);
    }
    m_loadingAccount = trimmed;
    return start(m_client->portraitGet(context.target, { trimmed }, tagsToLoad()),
        SessionEntry::Operation::Load, context);
}

bool ProfileSession::apply()
{
    if (isBusy()) {
        return refuse(tr("A request is still running. Wait for it or cancel it first."));
    }
    if (m_readOnly) {
        return refuse(tr("This connection is read-only: changes cannot be applied. Edit the connection "
                         "profile to allow writing."));
    }
    if (!m_loaded.isBound()) {
        return refuse(tr("Load an account first, then change its fields and apply."));
    }
    if (m_model->hasInvalidRows()) {
        return refuse(tr("Some fields have invalid values (marked in the table). Correct or revert them, "
                         "then apply again."));
    }
    if (!m_model->hasChanges()) {
        return refuse(tr("Nothing has changed, so there is nothing to apply."));
    }
    if (!m_jobStore) {
        return refuse(tr("There is no job store to record the write in first, so it was not sent."));
    }
    const RequestContext context = m_contextProvider ? m_contextProvider() : RequestContext {};
    if (!context.problem.isEmpty()) {
        return refuse(context.problem);
    }
    if (const QString mismatch = m_loaded.mismatch(context); !mismatch.isEmpty()) {
        return refuse(mismatch);
    }
    m_itemsSent = m_model->changedItems();
    // A plan of one account: what the table loaded from this target is the old value of each field.
    WriteJob job;
    job.kind = WriteJob::Kind::Apply;
    job.createdAt = QDateTime::currentDateTimeUtc();
    job.target = m_loaded.target();
    job.regionId = context.regionId;
    JobRow row;
    row.account = m_loaded.account();
    for (const QJsonValue &item : std::as_const(m_itemsSent)) {
        const QJsonObject object = item.toObject();
        const QString tag = object.value(QLatin1String("Tag")).toString();
        row.changes.append({ tag,
            m_model->index(m_model->rowOfTag(tag), ProfileTableModel::ServerValueColumn)
                .data(ProfileTableModel::ServerJsonValueRole)
                .toJsonValue(),
            object.value(QLatin1String("Value")) });
    }
    job.rows.append(row);
    JobRunner *jobRunner = runner();
    job.rate = m_pacer->rate();
    m_applyContext = context;
    m_writeResult.reset();
    m_writeAttempts.clear();
    m_readBackResult.reset();
    m_runnerRefusal.clear();
    m_historyIds.clear();
    // Stored on the runner's thread, then sent: refused() says why when it does not start.
    if (!jobRunner->storeAndStart(job)) {
        return false;
    }
    Q_EMIT busyChanged(true);
    return true;
}

void ProfileSession::cancel()
{
    if (m_call) {
        m_call->cancel();
    }
    if (m_runner) {
        m_runner->abort(); // the user will not wait: a write on its way becomes unknown
    }
}

bool ProfileSession::unload()
{
    if (isBusy()) {
        return refuse(tr("A request is still running. Wait for it or cancel it first."));
    }
    m_loaded.clear();
    m_itemsSent = {};
    m_historyIds.clear();
    m_model->loadFromServer({}, {});
    Q_EMIT unloaded();
    return true;
}

bool ProfileSession::mayReadBack(int row) const
{
    if (row < 0 || row >= m_log->rowCount()) {
        return false;
    }
    const SessionEntry &entry = m_log->entry(row);
    return entry.operation == SessionEntry::Operation::Apply && entry.result.outcome == ApiOutcome::Unknown
        && m_loaded.isBoundTo(entry.account, entry.target);
}

bool ProfileSession::readBackUnknownWrite(int row)
{
    if (isBusy()) {
        return refuse(tr("A request is still running. Wait for it or cancel it first."));
    }
    if (!mayReadBack(row)) {
        return refuse(tr("This write went to another connection, or its account is no longer loaded: it "
                         "can be read back only from where it was sent. Switch back to that connection and "
                         "load the account to see what it holds."));
    }
    const RequestContext context = m_contextProvider ? m_contextProvider() : RequestContext {};
    if (!context.problem.isEmpty()) {
        return refuse(context.problem);
    }
    const SessionEntry &entry = m_log->entry(row);
    if (RequestTarget::of(context) != entry.target) {
        return refuse(m_loaded.mismatch(context));
    }
    m_itemsSent = entry.itemsSent;
    m_historyIds = entry.historyIds;
    return start(
        m_client->portraitGet(context.target, { entry.account }, ProfileTableModel::tagsOf(m_itemsSent)),
        SessionEntry::Operation::ReadBack, context);
}

bool ProfileSession::refuse(const QString &reason)
{
    Q_EMIT refused(reason);
    return false;
}

bool ProfileSession::start(ApiCall *call, SessionEntry::Operation operation, const RequestContext &context)
{
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, operation, context](const ApiResult &result) {
        m_call.clear();
        SessionEntry entry = entryFor(operation, context, result);
        if (operation == SessionEntry::Operation::Load) {
            onLoaded(result, entry, context);
        } else {
            onReadBack(result, entry);
        }
        if (!isBusy()) {
            Q_EMIT busyChanged(false);
        }
    });
    Q_EMIT busyChanged(true);
    return true;
}

SessionEntry ProfileSession::entryFor(
    SessionEntry::Operation operation, const RequestContext &context, const ApiResult &result) const
{
    SessionEntry entry;
    entry.startedAt = QDateTime::currentDateTimeUtc().addMSecs(-result.latencyMs);
    entry.operation = operation;
    entry.account = operation == SessionEntry::Operation::Load ? m_loadingAccount : m_loaded.account();
    entry.regionName = context.diagnosis.regionName;
    entry.result = result;
    entry.target = RequestTarget::of(context);

    DiagnosisContext diagnosis = context.diagnosis;
    diagnosis.serverErrorInfo = result.errorInfo;
    if (result.outcome == ApiOutcome::ApiError) {
        entry.explanation = ErrorCatalogue::explain(result.errorCode, diagnosis);
    }
    return entry;
}

void ProfileSession::onLoaded(const ApiResult &result, SessionEntry &entry, const RequestContext &context)
{
    const UserProfile *user = findUser(result, m_loadingAccount);
    if (result.outcome == ApiOutcome::Partial && user && user->resultCode != 0) {
        // The envelope is OK but this account failed on its own (40003 unknown account, …).
        DiagnosisContext diagnosis;
        diagnosis.regionName = entry.regionName;
        diagnosis.serverErrorInfo = user->resultInfo;
        entry.explanation = ErrorCatalogue::explain(user->resultCode, diagnosis);
    }
    Q_EMIT requestFinished(m_log->append(entry));
    if (result.outcome == ApiOutcome::Success && user) {
        m_model->loadFromServer(toJson(user->items), tagsToLoad());
        // Only now does the table show this account: a failed load leaves the previous one (and
        // its pending changes) in place, so Apply can never write one account's edits to another.
        // The values came from this target: they may be written back only there.
        m_loaded.bind(m_loadingAccount, context);
        Q_EMIT loaded(m_loaded.account());
    }
}

JobRunner *ProfileSession::runner()
{
    if (!m_runner) {
        m_pacer = std::make_unique<CallPacer>(m_clock);
        m_runner = std::make_unique<JobRunner>(m_writeClient.get(), m_jobStore, m_history, m_pacer.get(),
            [this] { return m_contextProvider ? m_contextProvider() : RequestContext {}; });
        connect(m_runner.get(), &JobRunner::callFinished, this, &ProfileSession::onCallFinished);
        connect(m_runner.get(), &JobRunner::refused, this, [this](const QString &reason) {
            m_runnerRefusal = reason;
            Q_EMIT refused(reason);
        });
        connect(m_runner.get(), &JobRunner::historyProblem, this, &ProfileSession::historyProblem);
        connect(m_runner.get(), &JobRunner::finished, this, &ProfileSession::onJobFinished);
    }
    // The console's policy, decided by the runner: its client sends each request once, so a
    // write is repeated only when it surely was not stored.
    RetryPolicy once = m_client->retryPolicy();
    once.maxAttempts = 1;
    m_writeClient->setRetryPolicy(once);
    m_writeClient->setTimeout(m_client->timeout());
    JobRunner::Options options;
    options.retry = m_client->retryPolicy();
    options.maxInFlight = 1;
    m_runner->setOptions(options);
    return m_runner.get();
}

void ProfileSession::onCallFinished(int row, const ApiResult &result)
{
    // Kept until the job's end, when the runner has committed what they say.
    if (row >= 0) {
        m_writeResult = result;
        m_writeAttempts += result.attempts;
    } else {
        m_readBackResult = result;
    }
}

void ProfileSession::onJobFinished(JobRunner::End end, const QString &message)
{
    if (m_writeResult) {
        logWrite(*m_writeResult);
    } else if (m_runnerRefusal.isEmpty()) {
        // Not stored, or cancelled before the write left: the runner's words for a cancel speak
        // of requests on their way, and there were none.
        refuse(end == JobRunner::End::Cancelled ? tr("Cancelled before the write was sent.") : message);
    }
    if (m_readBackResult) {
        SessionEntry entry = entryFor(SessionEntry::Operation::ReadBack, m_applyContext, *m_readBackResult);
        const UserProfile *user = findUser(*m_readBackResult, m_loaded.account());
        if (m_readBackResult->outcome == ApiOutcome::Success && user) {
            m_model->markReadBack(toJson(user->items), m_itemsSent);
        }
        Q_EMIT requestFinished(m_log->append(entry));
        // What did not stick is the runner's verdict, the one the history holds.
        const JobRow &row = m_runner->job().rows.constFirst();
        if (row.readBack) {
            Q_EMIT applied(row.didNotStick);
        }
    }
    m_writeResult.reset();
    m_readBackResult.reset();
    if (!isBusy()) {
        Q_EMIT busyChanged(false);
    }
}

void ProfileSession::logWrite(const ApiResult &result)
{
    SessionEntry entry = entryFor(SessionEntry::Operation::Apply, m_applyContext, result);
    entry.result.attempts = m_writeAttempts; // every attempt the runner made, in order
    if (result.outcome == ApiOutcome::ApiError) {
        const QList<int> rows = m_model->markServerError(result.errorCode, result.errorInfo, m_itemsSent);
        if (!rows.isEmpty()) {
            DiagnosisContext diagnosis = m_applyContext.diagnosis;
            diagnosis.serverErrorInfo = result.errorInfo;
            diagnosis.tag = m_model->tagAt(rows.first());
            entry.explanation = ErrorCatalogue::explain(result.errorCode, diagnosis);
        }
    }
    entry.itemsSent = m_itemsSent;
    entry.jobId = m_runner->job().id;
    entry.historyIds = m_runner->historyIds(0); // for a read-back asked for later, if no answer came
    Q_EMIT requestFinished(m_log->append(entry));
}

void ProfileSession::onReadBack(const ApiResult &result, const SessionEntry &entry)
{
    const UserProfile *user = findUser(result, m_loaded.account());
    const bool readBack = result.outcome == ApiOutcome::Success && user;
    QStringList didNotStick;
    QHash<qint64, ChangeRecord::ReadBack> verdicts;
    if (readBack) {
        didNotStick = m_model->markReadBack(toJson(user->items), m_itemsSent);
        for (auto it = m_historyIds.cbegin(); it != m_historyIds.cend(); ++it) {
            verdicts.insert(it.value(),
                didNotStick.contains(it.key()) ? ChangeRecord::ReadBack::DidNotStick
                                               : ChangeRecord::ReadBack::Stuck);
        }
    }
    m_historyIds.clear();
    const auto announce = [this, entry, readBack, didNotStick] {
        Q_EMIT requestFinished(m_log->append(entry));
        if (readBack) {
            Q_EMIT applied(didNotStick);
        }
    };
    if (!m_history || verdicts.isEmpty()) {
        announce();
        return;
    }
    // Recorded before anyone hears of the result, so a view refreshed on requestFinished shows
    // it; on a pool thread through a connection of its own, so the GUI thread never waits for it.
    m_recordingReadBack = true;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, announce] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_recordingReadBack = false;
        if (!error.isEmpty()) {
            Q_EMIT historyProblem(error);
        }
        announce();
        Q_EMIT busyChanged(false);
    });
    watcher->setFuture(QtConcurrent::run([path = m_history->path(), verdicts] {
        ChangeHistory history(path);
        return history.setReadBack(verdicts) ? QString() : history.errorString();
    }));
}

QStringList ProfileSession::tagsToLoad() const
{
    QStringList tags = FieldSchema::standardTags();
    if (m_registry) {
        tags += m_registry->readableTags();
    }
    return tags;
}
