#pragma once

#include "api/requestcontext.h"
#include "errors/errorcatalogue.h"
#include "session/loadedprofile.h"
#include "session/sessionlog.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include <functional>

class ApiCall;
class ChangeHistory;
class CustomTagRegistry;
class ProfileTableModel;
class RestClient;

// The load → edit → apply → read-back cycle of one account's profile, without any widget: it
// drives the RestClient, fills the ProfileTableModel and records every request in the SessionLog.
class ProfileSession final : public QObject
{
    Q_OBJECT

public:
    using ContextProvider = std::function<RequestContext()>;

    // None owned; all must outlive the session.
    ProfileSession(RestClient *client, ProfileTableModel *model, SessionLog *log, QObject *parent = nullptr);
    ~ProfileSession() override;

    void setContextProvider(ContextProvider provider);
    // Custom tags the admin may read are loaded along with every standard tag.
    void setCustomTagRegistry(const CustomTagRegistry *registry);
    // Every write that was sent is recorded there (may be nullptr; not owned).
    void setChangeHistory(ChangeHistory *history);
    // A read-only connection can load but never write, whatever the window does.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    bool isBusy() const { return !m_call.isNull(); }
    // A portrait_set is on its way: cancelling it now leaves its outcome unknown.
    bool isWriting() const { return isBusy() && m_running == SessionEntry::Operation::Apply; }
    // The account whose profile the model holds (the last successful load), bound to the target it
    // was loaded from: apply() writes only there.
    QString account() const { return m_loaded.account(); }
    bool hasLoadedProfile() const { return m_loaded.isBound(); }

    // Each returns false (and emits refused()) when nothing was sent.
    bool load(const QString &account);
    bool apply();
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
    void finish(SessionEntry::Operation operation, const RequestContext &context, const ApiResult &result);
    void onLoaded(const ApiResult &result, SessionEntry &entry, const RequestContext &context);
    void onApplied(const ApiResult &result, SessionEntry &entry, const RequestContext &context);
    void onReadBack(const ApiResult &result, SessionEntry &entry);
    QStringList tagsToLoad() const;
    void recordPendingWrite(const RequestContext &context);
    void recordWrite(const ApiResult &result, SessionEntry &entry);
    void recordReadBack(const QStringList &didNotStick);

    RestClient *m_client;
    ProfileTableModel *m_model;
    SessionLog *m_log;
    const CustomTagRegistry *m_registry = nullptr;
    ChangeHistory *m_history = nullptr;
    ContextProvider m_contextProvider;
    QPointer<ApiCall> m_call;
    SessionEntry::Operation m_running = SessionEntry::Operation::Load;
    LoadedProfile m_loaded;
    QString m_loadingAccount;
    QJsonArray m_itemsSent;
    QHash<QString, QJsonValue> m_valuesBefore; // what the server held for each sent tag
    QHash<QString, qint64> m_historyIds; // the history row of each sent tag, for its read-back
    bool m_readOnly = false;
};
