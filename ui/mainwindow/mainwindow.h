#pragma once

#include "api/regionprobe.h"
#include "bulk/bulkenvironment.h"
#include "connections/connectionprofile.h"
#include "credentials/credentials.h"
#include "history/changehistory.h"
#include "session/profilesession.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class BulkEditWindow;
class ChangeHistory;
class ConnectionBar;
class ConnectionProfileStore;
class CredentialsPanel;
class PresentationMasker;
class CustomTagRegistry;
class JobStore;
class ProfileEditor;
class ProfileTableModel;
class QuitGuard;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class RestClient;
class ResultsPane;
class RevertDialog;
class SandboxServer;
class SecretKeyKeeper;
class SecretStore;
class SessionLog;
class UnfinishedJobBar;

// One window: where (connection bar), as whom (credentials), which account, its profile fields,
// and what happened (results pane). All network work is asynchronous; the window never waits.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // Keeps remembered secret keys in the system keychain.
    explicit MainWindow(QWidget *parent = nullptr);
    // Tests pass an in-memory store so they never touch the user's keychain.
    explicit MainWindow(std::unique_ptr<SecretStore> secretStore, QWidget *parent = nullptr);
    ~MainWindow() override;

    RestClient *restClient() const { return m_client; }
    bool isPresentationMode() const { return m_presentationMode; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createWidgets();
    void createActions();
    void loadConnections();
    void selectConnection(int index);
    void storeCurrentConnection();
    // Every change of where or as whom requests go passes here first: with unsent edits it asks,
    // and a change that goes ahead empties the table (its values belong to the old target).
    bool mayLeaveLoadedProfile();
    void leaveLoadedProfile();
    void switchToConnection(int index);
    void onRegionPicked(const QString &regionId);
    void moveConnectionTo(const QString &regionId);
    void addConnectionOn(const QString &regionId);
    void onTargetEdited();
    void onCredentialsChanged();
    // Commits a value still in its cell editor; false when the model refused it.
    bool commitOpenEditor();
    void updateGuard();
    void rebuildCredentials();
    void manageConnections();

    void load();
    void apply();
    void startApply();
    // Asks before sending with a pasted UserSig that the server will surely refuse.
    void whenCredentialsAccepted(const std::function<void()> &send);
    RequestContext requestContext();
    bool ensureSandbox(QString *problem);

    void onBusyChanged(bool busy);
    void onRequestFinished(int row);
    void onRefused(const QString &reason);
    void findRegion();
    void showRegionFindings(const QList<RegionProbe::Finding> &findings);
    void revealFirstProblemRow();
    void setPresentationMode(bool on);
    void setTheme(const QString &name);
    void showAbout();
    void restoreWindowState();
    // What the windows that write through a JobRunner (bulk edit, revert) share with this one.
    BulkEnvironment writeEnvironment();
    // The bulk edit window, made on first use with what it shares with this window.
    BulkEditWindow *bulkEditWindow();
    BulkEditWindow *openBulkEdit();
    void openRevert(const QList<ChangeRecord> &changes);
    // After a revert: the history shows it, and the table the values put back when it holds one
    // of these accounts as loaded from target.
    void showReverted(const RequestTarget &target, const QStringList &accounts);

    std::unique_ptr<SecretStore> m_secretStore;
    std::unique_ptr<ConnectionProfileStore> m_store;
    std::unique_ptr<CustomTagRegistry> m_registry;
    std::unique_ptr<ChangeHistory> m_history;
    std::unique_ptr<JobStore> m_jobStore;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::optional<Credentials> m_credentials;
    QList<ConnectionProfile> m_profiles;
    int m_current = -1;
    bool m_presentationMode = false;

    QNetworkAccessManager *m_network;
    RestClient *m_client;
    ProfileTableModel *m_model;
    SessionLog *m_log;
    ProfileSession *m_session;
    SecretKeyKeeper *m_keys;
    RegionProbe *m_regionProbe;
    PresentationMasker *m_masker;
    QuitGuard *m_quitGuard;
    QPointer<BulkEditWindow> m_bulkWindow;
    QPointer<RevertDialog> m_revertDialog;

    ConnectionBar *m_connectionBar = nullptr;
    UnfinishedJobBar *m_unfinishedJobs = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_sandboxHint = nullptr;
    CredentialsPanel *m_credentialsPanel = nullptr;
    QLineEdit *m_accountEdit = nullptr;
    QPushButton *m_loadButton = nullptr;
    ProfileEditor *m_editor = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    ResultsPane *m_results = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QLabel *m_quitWaitNotice = nullptr; // while a close waits for a write's answer
    QPointer<QWidget> m_quitAnywayBox;
    QAction *m_loadAction = nullptr;
    QAction *m_applyAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_presentationAction = nullptr;
    QAction *m_connectionsAction = nullptr;
};
