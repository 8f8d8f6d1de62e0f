#include "session/profilesession.h"

#include "api/restclient.h"
#include "history/changehistory.h"
#include "profile/customtagregistry.h"
#include "profile/fieldschema.h"
#include "profile/profiletablemodel.h"

#include <QJsonObject>

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

// What a write's end means for its history record: only an answer of the API says OK or failed;
// a write sent without one stays unknown; a write that never left failed without changing anything.
ChangeRecord::State historyState(ApiOutcome outcome)
{
    switch (outcome) {
    case ApiOutcome::Success:
        return ChangeRecord::State::Ok;
    case ApiOutcome::Unknown:
        return ChangeRecord::State::Unknown;
    default:
        return ChangeRecord::State::Failed;
    }
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
    const RequestContext context = m_contextProvider ? m_contextProvider() : RequestContext {};
    if (!context.problem.isEmpty()) {
        return refuse(context.problem);
    }
    if (const QString mismatch = m_loaded.mismatch(context); !mismatch.isEmpty()) {
        return refuse(mismatch);
    }
    m_itemsSent = m_model->changedItems();
    m_valuesBefore.clear();
    for (const QString &tag : ProfileTableModel::tagsOf(m_itemsSent)) {
        m_valuesBefore.insert(tag,
            m_model->index(m_model->rowOfTag(tag), ProfileTableModel::ServerValueColumn)
                .data(ProfileTableModel::ServerJsonValueRole)
                .toJsonValue());
    }
    recordPendingWrite(context);
    return start(m_client->portraitSet(context.target, m_loaded.account(), m_itemsSent),
        SessionEntry::Operation::Apply, context);
}

void ProfileSession::cancel()
{
    if (m_call) {
        m_call->cancel();
    }
}

bool ProfileSession::unload()
{
    if (isBusy()) {
        return refuse(tr("A request is still running. Wait for it or cancel it first."));
    }
    m_loaded.clear();
    m_itemsSent = {};
    m_valuesBefore.clear();
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
    const bool wasBusy = isBusy();
    m_call = call;
    m_running = operation;
    connect(call, &ApiCall::finished, this, [this, operation, context](const ApiResult &result) {
        m_call.clear();
        finish(operation, context, result);
        if (!isBusy()) {
            Q_EMIT busyChanged(false);
        }
    });
    if (!wasBusy) {
        Q_EMIT busyChanged(true);
    }
    return true;
}

void ProfileSession::finish(
    SessionEntry::Operation operation, const RequestContext &context, const ApiResult &result)
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

    switch (operation) {
    case SessionEntry::Operation::Load:
        onLoaded(result, entry, context);
        break;
    case SessionEntry::Operation::Apply:
        onApplied(result, entry, context);
        break;
    case SessionEntry::Operation::ReadBack:
        onReadBack(result, entry);
        break;
    }
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

void ProfileSession::onApplied(const ApiResult &result, SessionEntry &entry, const RequestContext &context)
{
    if (result.outcome == ApiOutcome::ApiError) {
        const QList<int> rows = m_model->markServerError(result.errorCode, result.errorInfo, m_itemsSent);
        if (!rows.isEmpty()) {
            DiagnosisContext diagnosis = context.diagnosis;
            diagnosis.serverErrorInfo = result.errorInfo;
            diagnosis.tag = m_model->tagAt(rows.first());
            entry.explanation = ErrorCatalogue::explain(result.errorCode, diagnosis);
        }
    }
    // Recorded before anyone hears of the result, so a view refreshed on requestFinished shows it.
    entry.itemsSent = m_itemsSent;
    recordWrite(result, entry);
    Q_EMIT requestFinished(m_log->append(entry));
    if (result.outcome == ApiOutcome::Success) {
        // "OK but it did not change" is a known pain: read the fields back and compare.
        start(m_client->portraitGet(
                  context.target, { m_loaded.account() }, ProfileTableModel::tagsOf(m_itemsSent)),
            SessionEntry::Operation::ReadBack, context);
    }
}

void ProfileSession::onReadBack(const ApiResult &result, SessionEntry &entry)
{
    // Recorded before anyone hears of the result, so a view refreshed on requestFinished shows it.
    const UserProfile *user = findUser(result, m_loaded.account());
    const bool readBack = result.outcome == ApiOutcome::Success && user;
    QStringList didNotStick;
    if (readBack) {
        didNotStick = m_model->markReadBack(toJson(user->items), m_itemsSent);
        recordReadBack(didNotStick);
    }
    Q_EMIT requestFinished(m_log->append(entry));
    if (readBack) {
        Q_EMIT applied(didNotStick);
    }
}

// Before the write leaves, so a crash or a kill in between leaves "no answer recorded" in the
// history instead of nothing.
void ProfileSession::recordPendingWrite(const RequestContext &context)
{
    m_historyIds.clear();
    if (!m_history) {
        return;
    }
    QList<ChangeRecord> records;
    for (const QJsonValue &item : std::as_const(m_itemsSent)) {
        const QJsonObject object = item.toObject();
        const QString tag = object.value(QLatin1String("Tag")).toString();
        const ChangeRecord r = ChangeRecord::pending(context, m_loaded.account(), tag,
            m_valuesBefore.value(tag, QJsonValue(QJsonValue::Undefined)),
            object.value(QLatin1String("Value")));
        records.append(r);
    }
    QList<qint64> ids;
    if (!m_history->append(records, &ids)) {
        Q_EMIT historyProblem(m_history->errorString());
        return;
    }
    for (int i = 0; i < ids.size() && i < records.size(); ++i) {
        m_historyIds.insert(records.at(i).tag, ids.at(i));
    }
}

void ProfileSession::recordWrite(const ApiResult &result, SessionEntry &entry)
{
    if (!m_history || m_historyIds.isEmpty()) {
        return;
    }
    QList<ChangeRecord> answered;
    for (auto it = m_historyIds.cbegin(); it != m_historyIds.cend(); ++it) {
        ChangeRecord r;
        r.id = it.value();
        r.errorCode = result.actionStatus.isEmpty() ? -1 : result.errorCode;
        r.state = historyState(result.outcome);
        r.errorInfo = result.errorInfo;
        r.httpStatus = result.httpStatus;
        r.random = result.random;
        // An OK write is confirmed only by its read-back, which updates this.
        r.readBack = result.outcome == ApiOutcome::Success ? ChangeRecord::ReadBack::NotVerified
                                                           : ChangeRecord::ReadBack::NotApplicable;
        answered.append(r);
    }
    if (!m_history->setOutcomes(answered)) {
        Q_EMIT historyProblem(m_history->errorString());
        return;
    }
    entry.historyIds = m_historyIds; // for a read-back asked for later, if no answer came
}

void ProfileSession::recordReadBack(const QStringList &didNotStick)
{
    if (!m_history || m_historyIds.isEmpty()) {
        return;
    }
    QHash<qint64, ChangeRecord::ReadBack> results;
    for (auto it = m_historyIds.cbegin(); it != m_historyIds.cend(); ++it) {
        results.insert(it.value(),
            didNotStick.contains(it.key()) ? ChangeRecord::ReadBack::DidNotStick
                                           : ChangeRecord::ReadBack::Stuck);
    }
    m_historyIds.clear();
    if (!m_history->setReadBack(results)) {
        Q_EMIT historyProblem(m_history->errorString());
    }
}

QStringList ProfileSession::tagsToLoad() const
{
    QStringList tags = FieldSchema::standardTags();
    if (m_registry) {
        tags += m_registry->readableTags();
    }
    return tags;
}
