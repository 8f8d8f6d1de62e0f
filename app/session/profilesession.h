#pragma once

#include "api/requestcontext.h"
#include "bulk/pacerclock.h"
#include "errors/errorcatalogue.h"
#include "jobs/jobrunner.h"
#include "session/loadedprofile.h"
#include "session/sessionlog.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class ApiCall;
class CallPacer;
class ChangeHistory;
class CustomTagRegistry;
class JobStore;
class ProfileTableModel;
class QNetworkAccessManager;
class RestClient;

// The load → edit → apply → read-back cycle of one account's profile, without any widget: it
// drives the RestClient, fills the ProfileTableModel and records every request in the SessionLog.
//
// An Apply takes the one write path of bulk jobs and reverts: it becomes a WriteJob of kind Apply
// with one row (the loaded account; the table's server values as old values, its changed fields
// as new), bound to the target the profile was loaded from, stored in the JobStore and sent by a
// JobRunner of the session's own, which reads it back. So the runner's guarantees hold for it:
// stored and recorded in the history (with the job's id) before it is sent, both on the runner's
// thread; sent as often as the console's retry policy decides (the runner's client sends each
// request once); a write without an answer is Unknown and never sent again. The session log gets
// one Apply entry (the write's last attempt) and one ReadBack entry, once the runner has committed
// what they say, so a view refreshed on requestFinished() shows it.
class ProfileSession final : public QObject
{
    Q_OBJECT

public:
    using ContextProvider = std::function<RequestContext()>;

    // None owned; all must outlive the session. client: loads and read-backs, and the timeout and
    // retry policy Apply is sent under.
    ProfileSession(RestClient *client, ProfileTableModel *model, SessionLog *log, QObject *parent = nullptr);
    ~ProfileSession() override;

    void setContextProvider(ContextProvider provider);
    // Custom tags the admin may read are loaded along with every standard tag.
    void setCustomTagRegistry(const CustomTagRegistry *registry);
    // Every write that was sent is recorded there (may be nullptr; not owned). Set while idle.
    void setChangeHistory(ChangeHistory *history);
    // Where Apply stores its job, and the network client's requests go through (the runner's
    // client of its own is on it). Not owned; set while idle. Without a store, apply() refuses.
    void setJobStore(JobStore *store, QNetworkAccessManager *network);
    // A read-only connection can load but never write, whatever the window does.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    bool isBusy() const;
    // An Apply is under way (being stored, sent or read back): cancelling it now leaves the
    // outcome of a write on its way unknown.
    bool isWriting() const;
    // The account whose profile the model holds (the last successful load), bound to the target it
    // was loaded from: apply() writes only there.
    QString account() const { return m_loaded.account(); }
    bool hasLoadedProfile() const { return m_loaded.isBound(); }

    // Each returns false (and emits refused()) when nothing was sent.
    bool load(const QString &account);
    // Refused (false) before anything is stored when the guards say no; otherwise the job is
    // stored, then sent: a store that cannot take it ends with refused() and nothing sent.
    bool apply();
    // Ends the request or the Apply under way now: an Apply's write on its way is cut off and
    // its outcome is unknown (the runner's abort()).
    void cancel();
    // Forgets the loaded profile and empties the table (after the connection changed): nothing
    // can be applied until the next load. Refused while a request runs: its end still needs
    // what was loaded and sent, to record a write in the history.
    bool unload();

    // True when the log's row is a write whose outcome is unknown, and the table holds its
    // account as loaded from where the write went: only then can reading back tell what it did.
    bool mayReadBack(int row) const;
    // Reads back the fields that row's write sent, from where it sent them; the table marks
    // them and the history records what the server holds. Refused for any other target.
    bool readBackUnknownWrite(int row);

Q_SIGNALS:
    void busyChanged(bool busy);
    // A request ended; row is its SessionLog row.
    void requestFinished(int row);
    // Nothing was sent (or, after apply() returned true, nothing more).
    void refused(const QString &reason);
    void loaded(const QString &account);
    void unloaded();
    // The write was stored; tags the read-back found different from what was sent.
    void applied(const QStringList &didNotStick);
    // The change history could not record a write; the message says so for the user.
    void historyProblem(const QString &message);

private:
    bool refuse(const QString &reason);
    bool start(ApiCall *call, SessionEntry::Operation operation, const RequestContext &context);
    SessionEntry entryFor(
        SessionEntry::Operation operation, const RequestContext &context, const ApiResult &result) const;
    void onLoaded(const ApiResult &result, SessionEntry &entry, const RequestContext &context);
    void onReadBack(const ApiResult &result, const SessionEntry &entry);
    QStringList tagsToLoad() const;
    JobRunner *runner();
    void onCallFinished(int row, const ApiResult &result);
    void onJobFinished(JobRunner::End end, const QString &message);
    void logWrite(const ApiResult &result);

    RestClient *m_client;
    ProfileTableModel *m_model;
    SessionLog *m_log;
    const CustomTagRegistry *m_registry = nullptr;
    ChangeHistory *m_history = nullptr;
    JobStore *m_jobStore = nullptr;
    ContextProvider m_contextProvider;
    QPointer<ApiCall> m_call;
    LoadedProfile m_loaded;
    QString m_loadingAccount;
    QJsonArray m_itemsSent;
    QHash<QString, qint64> m_historyIds; // the history row of each sent tag, for its read-back
    bool m_readOnly = false;
    bool m_recordingReadBack = false; // an unknown write's read-back is on its way to the history

    // The Apply's write path, built on first use from the store, the history and the console's
    // policy: a client that sends each request once, a pacer, and the runner.
    std::unique_ptr<RestClient> m_writeClient;
    ElapsedTimerClock m_clock;
    std::unique_ptr<CallPacer> m_pacer;
    std::unique_ptr<JobRunner> m_runner;
    RequestContext m_applyContext; // the context the running Apply was checked against
    std::optional<ApiResult> m_writeResult; // the last attempt's end
    QList<ApiAttempt> m_writeAttempts; // of every attempt, for the session log
    std::optional<ApiResult> m_readBackResult;
    QString m_runnerRefusal; // said already during this Apply
};
