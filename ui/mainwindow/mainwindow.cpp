#include "mainwindow/mainwindow.h"

#include "api/restclient.h"
#include "appearance/theme.h"
#include "appinfo/appinfo.h"
#include "bulk/bulkeditwindow.h"
#include "bulk/unfinishedjobbar.h"
#include "connection/connectionbar.h"
#include "connection/connectionmanagerdialog.h"
#include "connection/credentialspanel.h"
#include "connections/connectionprofilestore.h"
#include "connections/connectiontarget.h"
#include "credentials/keychainsecretstore.h"
#include "credentials/secretkeykeeper.h"
#include "history/changehistory.h"
#include "i18n/languagemenu.h"
#include "jobs/jobstore.h"
#include "mainwindow/confirmwritedialog.h"
#include "mainwindow/switchquestions.h"
#include "presentation/plaintext.h"
#include "presentation/presentationmasker.h"
#include "profile/customtagregistry.h"
#include "profile/profileeditor.h"
#include "profile/profiletablemodel.h"
#include "regions/regioncatalogue.h"
#include "results/historyview.h"
#include "results/resultspane.h"
#include "revert/revertdialog.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxserver.h"
#include "session/quitguard.h"
#include "session/sessionlog.h"
#include "usersig/usersig.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const QString kGeometryKey = QStringLiteral("ui/geometry");
const QString kSplitterKey = QStringLiteral("ui/splitter");
const QString kThemeKey = QStringLiteral("ui/theme");

ConnectionProfile sandboxDemoProfile()
{
    const SandboxDemo &demo = SandboxDemo::get();
    ConnectionProfile p;
    p.id = ConnectionProfileStore::newId();
    p.regionId = RegionCatalogue::sandboxId();
    p.sdkAppId = demo.config.sdkAppId;
    p.adminIdentifier = demo.admin;
    p.lastAccount = demo.demoAccount;
    p.label = ConnectionProfile::Label::Development;
    return p;
}

// The demo app on the Sandbox: the only place its published key opens.
bool isSandboxDemo(const ConnectionProfile &p)
{
    return RegionCatalogue::isSandbox(p.regionId) && p.sdkAppId == SandboxDemo::get().config.sdkAppId;
}

// Text and colour for the guard banner; colour is never the only signal, the words say it too.
std::pair<QString, QString> bannerFor(const ConnectionProfile &p)
{
    QStringList words;
    QString colour;
    switch (p.label) {
    case ConnectionProfile::Label::Production:
        words << MainWindow::tr("PRODUCTION");
        colour = QStringLiteral("#b3261e");
        break;
    case ConnectionProfile::Label::Testing:
        words << MainWindow::tr("Testing");
        colour = QStringLiteral("#a86500");
        break;
    case ConnectionProfile::Label::Development:
        words << MainWindow::tr("Development");
        colour = QStringLiteral("#1f6f43");
        break;
    case ConnectionProfile::Label::None:
        break;
    }
    if (p.readOnly) {
        words << MainWindow::tr("read-only: writing is disabled");
    } else if (p.confirmBeforeWrite) {
        words << MainWindow::tr("every write is confirmed");
    }
    if (colour.isEmpty() && !words.isEmpty()) {
        colour = QStringLiteral("#44546a");
    }
    return { words.join(QStringLiteral(" · ")), colour };
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(std::make_unique<KeychainSecretStore>(), parent)
{ }

MainWindow::MainWindow(std::unique_ptr<SecretStore> secretStore, QWidget *parent)
    : QMainWindow(parent)
    , m_secretStore(std::move(secretStore))
    , m_store(std::make_unique<ConnectionProfileStore>())
    , m_history(std::make_unique<ChangeHistory>())
    , m_jobStore(std::make_unique<JobStore>())
    , m_network(new QNetworkAccessManager(this))
    , m_client(new RestClient(m_network, this))
    , m_model(new ProfileTableModel(this))
    , m_log(new SessionLog(this))
    , m_session(new ProfileSession(m_client, m_model, m_log, this))
    , m_keys(new SecretKeyKeeper(m_secretStore.get(), this))
    , m_regionProbe(new RegionProbe(m_network, this))
    , m_masker(new PresentationMasker(this))
    , m_quitGuard(new QuitGuard(m_session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Chat Profile Console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/chat-profile-console.png")));
    createWidgets();
    createActions();

    m_session->setContextProvider([this] { return requestContext(); });
    m_session->setChangeHistory(m_history.get());
    // An Apply is a one-row job in the store the bulk window uses (its bar offers bulk jobs only).
    m_session->setJobStore(m_jobStore.get(), m_network);
    connect(m_session, &ProfileSession::historyProblem, this,
        [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_session, &ProfileSession::busyChanged, this, &MainWindow::onBusyChanged);
    connect(m_session, &ProfileSession::requestFinished, this, &MainWindow::onRequestFinished);
    connect(m_session, &ProfileSession::refused, this, &MainWindow::onRefused);
    connect(m_session, &ProfileSession::unloaded, this, [this] {
        m_results->updateOffers(); // an unknown write can no longer be read back from here
        m_editor->setAccount({});
        m_results->historyView()->setAccount({});
        updateGuard();
    });
    connect(m_session, &ProfileSession::loaded, this, [this](const QString &account) {
        statusBar()->showMessage(m_masker->mask(tr("Loaded %1.").arg(account)), 8000); // may be the admin
        m_results->updateOffers();
        m_editor->setAccount(account);
        m_results->historyView()->setAccount(account);
        if (m_current >= 0) {
            m_profiles[m_current].lastAccount = account;
            storeCurrentConnection();
        }
        m_editor->view()->setFocus();
    });
    connect(m_session, &ProfileSession::applied, this, [this](const QStringList &didNotStick) {
        statusBar()->showMessage(didNotStick.isEmpty()
                ? tr("Saved and read back: every field stuck.")
                : tr("Saved, but fields did not stick: %n. See the marked rows.", nullptr,
                    static_cast<int>(didNotStick.size())),
            10000);
    });
    connect(m_results, &ResultsPane::findRegionRequested, this, &MainWindow::findRegion);
    connect(m_results->historyView(), &HistoryView::revertRequested, this, &MainWindow::openRevert);
    m_results->setReadBackCheck([this](int row) { return m_session->mayReadBack(row); });
    connect(m_results, &ResultsPane::readBackRequested, this,
        [this](int row) { whenCredentialsAccepted([this, row] { m_session->readBackUnknownWrite(row); }); });
    connect(m_regionProbe, &RegionProbe::finished, this, &MainWindow::showRegionFindings);
    connect(m_quitGuard, &QuitGuard::closeNow, this, &QWidget::close);
    connect(m_keys, &SecretKeyKeeper::storageProblem, this,
        [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_masker, &PresentationMasker::changed, this, &MainWindow::updateGuard); // the title

    loadConnections();
    restoreWindowState();
    m_unfinishedJobs->refresh();
}

MainWindow::~MainWindow()
{
    // First, while the job store and the history it records into still exist: a running bulk
    // job stores its answers as it goes down, and stays resumable.
    delete m_bulkWindow;
    delete m_revertDialog;
    // Requests still running end here, before the client and the network go.
    m_session->cancel();
    m_client->cancelAll();
}

void MainWindow::createWidgets()
{
    m_connectionBar = new ConnectionBar(this);
    m_unfinishedJobs = new UnfinishedJobBar(m_jobStore.get(), m_masker, this);
    connect(m_unfinishedJobs, &UnfinishedJobBar::resumeRequested, this,
        [this](qint64 id) { openBulkEdit()->openStoredJob(id, true); });
    connect(m_unfinishedJobs, &UnfinishedJobBar::reviewRequested, this,
        [this](qint64 id) { openBulkEdit()->openStoredJob(id, false); });
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("guardBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setAccessibleName(tr("Connection guard"));
    m_sandboxHint = new QLabel(this);
    m_sandboxHint->setObjectName(QStringLiteral("sandboxHint"));
    m_sandboxHint->setWordWrap(true);
    m_sandboxHint->setText(
        tr("You are on the Sandbox, a demo Chat server running inside this console: nothing you do here "
           "reaches Tencent. Press Load, change a field, then Apply. To work on a real app, pick its region "
           "and enter its SDKAppID, admin and secret key (Connections… keeps several)."));
    m_credentialsPanel = new CredentialsPanel(this);

    m_accountEdit = new QLineEdit(this);
    m_accountEdit->setObjectName(QStringLiteral("accountEdit"));
    m_accountEdit->setPlaceholderText(tr("UserID whose profile to edit"));
    m_accountEdit->setAccessibleName(tr("Account"));
    m_accountEdit->setAccessibleDescription(
        tr("The UserID whose profile is loaded and edited. Press Enter to load."));
    m_loadButton = new QPushButton(tr("&Load"), this);
    m_loadButton->setObjectName(QStringLiteral("loadButton"));
    m_loadButton->setToolTip(tr("Load the account's profile (Ctrl+L)"));

    m_editor = new ProfileEditor(m_model, this);
    m_applyButton = new QPushButton(tr("&Apply"), this);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setToolTip(tr("Send the changed fields (Ctrl+Enter)"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop the running request (Esc)"));
    m_cancelButton->setEnabled(false);
    m_results = new ResultsPane(m_log, m_history.get(), m_masker, this);

    auto *connectionBox = new QGroupBox(tr("Connection"), this);
    auto *connectionLayout = new QVBoxLayout(connectionBox);
    connectionLayout->addWidget(m_connectionBar);
    connectionLayout->addWidget(m_credentialsPanel);

    auto *accountRow = new QHBoxLayout;
    auto *accountLabel = new QLabel(tr("A&ccount:"), this);
    accountLabel->setBuddy(m_accountEdit);
    accountRow->addWidget(accountLabel);
    accountRow->addWidget(m_accountEdit, 1);
    accountRow->addWidget(m_loadButton);

    auto *applyRow = new QHBoxLayout;
    applyRow->addStretch(1);
    applyRow->addWidget(m_cancelButton);
    applyRow->addWidget(m_applyButton);

    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(accountRow);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addLayout(applyRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(editorPane);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_unfinishedJobs);
    layout->addWidget(m_banner);
    layout->addWidget(connectionBox);
    layout->addWidget(m_sandboxHint);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setMaximumWidth(140);
    m_busyIndicator->setAccessibleName(tr("Request running"));
    m_busyIndicator->hide();
    statusBar()->addPermanentWidget(m_busyIndicator);
    m_quitWaitNotice = new QLabel(
        tr("Closing once the server answers the write… (close again to quit without waiting)"), this);
    m_quitWaitNotice->setObjectName(QStringLiteral("quitWaitNotice"));
    m_quitWaitNotice->hide();
    statusBar()->addPermanentWidget(m_quitWaitNotice);

    setTabOrder(m_credentialsPanel, m_accountEdit);
    setTabOrder(m_accountEdit, m_loadButton);
    setTabOrder(m_loadButton, m_editor->view());
    setTabOrder(m_editor->view(), m_applyButton);
    setTabOrder(m_applyButton, m_cancelButton);

    connect(m_accountEdit, &QLineEdit::returnPressed, this, &MainWindow::load);
    connect(m_loadButton, &QPushButton::clicked, this, &MainWindow::load);
    connect(m_applyButton, &QPushButton::clicked, this, &MainWindow::apply);
    connect(m_cancelButton, &QPushButton::clicked, m_session, &ProfileSession::cancel);
    connect(m_editor, &ProfileEditor::problem, this, [this](const QString &message) {
        m_results->showRefusal(tr("Value not accepted"), message);
        statusBar()->showMessage(message, 10000);
    });
    connect(m_connectionBar, &ConnectionBar::profileSelected, this, &MainWindow::switchToConnection);
    connect(m_connectionBar, &ConnectionBar::manageRequested, this, &MainWindow::manageConnections);
    connect(m_connectionBar, &ConnectionBar::regionPicked, this, &MainWindow::onRegionPicked);
    connect(m_connectionBar, &ConnectionBar::targetEdited, this, &MainWindow::onTargetEdited);
    connect(m_credentialsPanel, &CredentialsPanel::changed, this, &MainWindow::onCredentialsChanged);
    // The keychain is touched only for a connection the user asked to remember (#11.7).
    connect(m_credentialsPanel, &CredentialsPanel::secretKeyEdited, this, [this] {
        if (m_current >= 0) {
            m_keys->setKey(m_profiles.at(m_current).id, m_credentialsPanel->secretKey(),
                m_credentialsPanel->rememberSecretKey());
        }
    });
    connect(m_credentialsPanel, &CredentialsPanel::rememberToggled, this, [this](bool remember) {
        if (m_current < 0) {
            return;
        }
        storeCurrentConnection(); // the choice is saved with the connection
        const QString id = m_profiles.at(m_current).id;
        if (remember) {
            m_keys->setKey(id, m_credentialsPanel->secretKey(), true);
        } else {
            m_keys->stopRemembering(id);
        }
    });
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_loadAction = fileMenu->addAction(tr("&Load profile"), this, &MainWindow::load);
    m_loadAction->setObjectName(QStringLiteral("actionLoad"));
    m_loadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_applyAction = fileMenu->addAction(tr("&Apply changes"), this, &MainWindow::apply);
    m_applyAction->setObjectName(QStringLiteral("actionApply"));
    m_applyAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_cancelAction = fileMenu->addAction(tr("&Cancel request"), m_session, &ProfileSession::cancel);
    m_cancelAction->setObjectName(QStringLiteral("actionCancel"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setEnabled(false);
    fileMenu->addSeparator();
    QAction *bulkAction = fileMenu->addAction(tr("&Bulk edit…"), this, &MainWindow::openBulkEdit);
    bulkAction->setObjectName(QStringLiteral("actionBulkEdit"));
    bulkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    bulkAction->setToolTip(tr("Change many accounts from pasted cells, a CSV file or a list"));
    m_connectionsAction = fileMenu->addAction(tr("C&onnections…"), this, &MainWindow::manageConnections);
    m_connectionsAction->setObjectName(QStringLiteral("actionConnections"));
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    // Not QKeySequence::Quit: some platform themes (offscreen, generic X11) map it to nothing.
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_presentationAction = viewMenu->addAction(tr("&Presentation mode"));
    m_presentationAction->setObjectName(QStringLiteral("actionPresentationMode"));
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_presentationAction->setToolTip(
        tr("Hide SDKAppID, admin, key and UserSig and enlarge the text, for screen "
           "sharing and demos"));
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);

    QMenu *themeMenu = viewMenu->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(themeMenu);
    const QString currentTheme = QSettings().value(kThemeKey, QStringLiteral("system")).toString();
    for (const auto &[name, label] : { std::pair { QStringLiteral("system"), tr("&System") },
             std::pair { QStringLiteral("light"), tr("&Light") },
             std::pair { QStringLiteral("dark"), tr("&Dark") } }) {
        QAction *action = themeMenu->addAction(label, this, [this, name = name] { setTheme(name); });
        action->setObjectName(QStringLiteral("actionTheme_") + name);
        action->setCheckable(true);
        action->setChecked(name == currentTheme);
        themeGroup->addAction(action);
    }
    viewMenu->addMenu(new LanguageMenu(viewMenu));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction
        = helpMenu->addAction(tr("&About Chat Profile Console"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::loadConnections()
{
    m_profiles = m_store->load();
    if (m_profiles.isEmpty()) {
        // First launch: the Sandbox with its demo credentials, so the console works at once, and
        // its two custom fields known, so a demo can show one being written and one refused.
        const ConnectionProfile demo = sandboxDemoProfile();
        CustomTagRegistry registry(demo.id);
        const auto &customTags = SandboxDemo::get().config.customTags;
        for (auto it = customTags.cbegin(); it != customTags.cend(); ++it) {
            registry.add(it.key(), it.value().testFlag(CustomTagAccessFlag::AdminRead),
                it.value().testFlag(CustomTagAccessFlag::AdminWrite));
        }
        m_profiles.append(demo);
        m_store->save(m_profiles);
    }
    int index = 0;
    const QString lastId = m_store->lastUsedId();
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == lastId) {
            index = i;
        }
    }
    selectConnection(index);
}

void MainWindow::selectConnection(int index)
{
    if (index < 0 || index >= m_profiles.size()) {
        return;
    }
    leaveLoadedProfile();
    m_current = index;
    const ConnectionProfile &profile = m_profiles.at(index);
    m_connectionBar->setProfiles(m_profiles, index);
    m_credentialsPanel->showProfile(profile);
    m_accountEdit->setText(profile.lastAccount);
    m_registry = std::make_unique<CustomTagRegistry>(profile.id);
    m_model->setCustomTagRegistry(m_registry.get());
    m_session->setCustomTagRegistry(m_registry.get());
    m_editor->setCustomTagRegistry(m_registry.get());
    m_store->setLastUsedId(profile.id);

    if (isSandboxDemo(profile)) {
        // The demo key is published on purpose and opens only the local Sandbox.
        m_credentialsPanel->setSecretKey(SandboxDemo::get().config.secretKey);
    } else if (profile.authMode == ConnectionProfile::AuthMode::SecretKey) {
        m_keys->fetchKey(
            profile.id, profile.rememberSecretKey, this, [this, id = profile.id](const QByteArray &key) {
                if (m_current >= 0 && m_profiles.at(m_current).id == id && !key.isEmpty()) {
                    m_credentialsPanel->setSecretKey(key);
                }
            });
    }
    rebuildCredentials();
    updateGuard();
}

void MainWindow::storeCurrentConnection()
{
    if (m_current < 0) {
        return;
    }
    ConnectionProfile &profile = m_profiles[m_current];
    const ConnectionProfile before = profile;
    m_connectionBar->applyTo(profile);
    m_credentialsPanel->applyTo(profile);
    const QString account = m_accountEdit->text().trimmed();
    if (!account.isEmpty()) {
        profile.lastAccount = account;
    }
    if (profile != before) {
        m_store->save(m_profiles);
    }
}

bool MainWindow::mayLeaveLoadedProfile()
{
    return !m_model->hasChanges()
        || PendingEditsQuestion::confirmDiscard(this, PendingEditsQuestion::Because::SwitchConnection);
}

void MainWindow::leaveLoadedProfile()
{
    if (m_session->hasLoadedProfile()) {
        m_session->unload();
    }
}

void MainWindow::switchToConnection(int index)
{
    if (index == m_current) {
        return;
    }
    if (m_session->isBusy() || !mayLeaveLoadedProfile()) {
        m_connectionBar->setProfiles(m_profiles, m_current); // the combo shows the connection kept
        return;
    }
    storeCurrentConnection();
    selectConnection(index);
}

void MainWindow::onRegionPicked(const QString &regionId)
{
    if (m_current < 0 || regionId == m_profiles.at(m_current).regionId) {
        return;
    }
    const Region *region = RegionCatalogue::find(regionId);
    const auto answer = RegionChangeQuestion::ask(this, m_profiles.at(m_current).displayName(),
        region ? region->displayName() : regionId, m_model->hasChanges());
    switch (answer) {
    case RegionChangeQuestion::Answer::ChangeThisConnection:
        moveConnectionTo(regionId);
        break;
    case RegionChangeQuestion::Answer::NewConnection:
        addConnectionOn(regionId);
        break;
    case RegionChangeQuestion::Answer::Cancel:
        m_connectionBar->setProfiles(m_profiles, m_current);
        break;
    }
}

void MainWindow::moveConnectionTo(const QString &regionId)
{
    ConnectionProfile &profile = m_profiles[m_current];
    const bool wasDemo = isSandboxDemo(profile);
    leaveLoadedProfile();
    profile = profile.withRegion(regionId);
    m_store->save(m_profiles);
    // The combo shows the connection's name for its new region, the bar the region itself.
    m_connectionBar->setProfiles(m_profiles, m_current);
    if (wasDemo != isSandboxDemo(profile)) {
        // The published demo key does not follow the connection out of the Sandbox (nor stay out).
        m_credentialsPanel->setSecretKey(wasDemo ? QByteArray() : SandboxDemo::get().config.secretKey);
    }
    rebuildCredentials();
    updateGuard();
}

void MainWindow::addConnectionOn(const QString &regionId)
{
    // From the stored connection, not the bar, which already shows the new region.
    ConnectionProfile created = m_profiles.at(m_current).withRegion(regionId);
    created.id = ConnectionProfileStore::newId();
    created.rememberSecretKey = false; // the key belongs to the original's keychain entry
    const Region *region = RegionCatalogue::find(regionId);
    const QString regionName = region ? region->displayName() : regionId;
    const QString original = m_profiles.at(m_current).name;
    created.name = original.isEmpty() ? regionName : tr("%1 (%2)").arg(original, regionName);
    m_profiles.insert(m_current + 1, created);
    m_store->save(m_profiles);
    selectConnection(m_current + 1);
}

void MainWindow::onTargetEdited()
{
    if (!mayLeaveLoadedProfile()) {
        m_connectionBar->setProfiles(m_profiles, m_current);
        return;
    }
    leaveLoadedProfile();
    storeCurrentConnection();
    updateGuard();
}

void MainWindow::onCredentialsChanged()
{
    if (m_current < 0) {
        return;
    }
    const ConnectionProfile &stored = m_profiles.at(m_current);
    ConnectionProfile shown = stored;
    m_credentialsPanel->applyTo(shown);
    // Another app, admin or way of signing is another target; a new key or UserSig is not.
    const bool otherTarget = shown.sdkAppId != stored.sdkAppId
        || shown.adminIdentifier != stored.adminIdentifier || shown.authMode != stored.authMode;
    if (otherTarget) {
        if (!mayLeaveLoadedProfile()) {
            m_credentialsPanel->restoreIdentity(stored);
            rebuildCredentials();
            return;
        }
        leaveLoadedProfile();
    }
    storeCurrentConnection();
    rebuildCredentials();
}

bool MainWindow::commitOpenEditor()
{
    QTableView *view = m_editor->view();
    const QModelIndex index = view->currentIndex();
    QWidget *editor = index.isValid() ? view->indexWidget(index) : nullptr;
    if (!editor) {
        return true;
    }
    bool refused = false;
    const QMetaObject::Connection watch
        = connect(m_model, &ProfileTableModel::editRejected, this, [&refused] { refused = true; });
    QAbstractItemDelegate *delegate = view->itemDelegateForIndex(index);
    Q_EMIT delegate->commitData(editor);
    disconnect(watch);
    if (!refused) {
        Q_EMIT delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
    return !refused;
}

void MainWindow::updateGuard()
{
    if (m_current < 0) {
        return;
    }
    const ConnectionProfile &profile = m_profiles.at(m_current);
    const auto [text, colour] = bannerFor(profile);
    m_banner->setVisible(!text.isEmpty());
    m_banner->setText(text);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; padding: 4px; "
                       "border-radius: 3px; }")
            .arg(colour));
    m_sandboxHint->setVisible(RegionCatalogue::isSandbox(m_connectionBar->regionId()));
    m_session->setReadOnly(profile.readOnly);
    // Apply needs a profile loaded on this connection: after a switch, nothing can be sent until Load.
    m_applyButton->setEnabled(!profile.readOnly && !m_session->isBusy() && m_session->hasLoadedProfile());
    m_applyAction->setEnabled(m_applyButton->isEnabled());
    m_applyButton->setToolTip(
        profile.readOnly ? tr("This connection is read-only.") : tr("Send the changed fields (Ctrl+Enter)"));
    setWindowTitle(m_masker->mask(tr("%1 — Chat Profile Console").arg(profile.displayName())));
    if (m_bulkWindow) {
        m_bulkWindow->refreshGuard();
    }
}

void MainWindow::rebuildCredentials()
{
    QString problem;
    m_credentials = m_credentialsPanel->credentials(&problem);
    m_masker->setCredentials(m_credentials);
}

void MainWindow::manageConnections()
{
    if (m_session->isBusy()) {
        return;
    }
    storeCurrentConnection();
    ConnectionManagerDialog dialog(m_profiles, m_current, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QList<ConnectionProfile> updated = dialog.profiles();
    const QString currentId = m_profiles.at(m_current).id;
    const auto indexOf = [&updated](const QString &id) {
        const auto it = std::find_if(
            updated.cbegin(), updated.cend(), [&id](const ConnectionProfile &p) { return p.id == id; });
        return it == updated.cend() ? -1 : static_cast<int>(it - updated.cbegin());
    };
    int chosen = qBound(0, dialog.currentIndex(), static_cast<int>(updated.size()) - 1);
    // The dialog edits names and guards, never a target: staying on the current connection keeps
    // the table. Leaving it asks first, unless the current connection was deleted.
    const int kept = indexOf(currentId);
    if (chosen != kept && kept >= 0 && !mayLeaveLoadedProfile()) {
        chosen = kept;
    }
    for (const ConnectionProfile &old : std::as_const(m_profiles)) {
        const bool stillThere = std::any_of(
            updated.cbegin(), updated.cend(), [&old](const ConnectionProfile &p) { return p.id == old.id; });
        if (!stillThere) {
            m_keys->forget(old.id, old.rememberSecretKey); // a deleted connection leaves no key behind
        }
    }
    m_profiles = updated;
    m_store->save(m_profiles);
    if (chosen == kept) {
        m_current = chosen;
        m_connectionBar->setProfiles(m_profiles, m_current);
        updateGuard();
        return;
    }
    selectConnection(chosen);
}

void MainWindow::load()
{
    if (m_session->isBusy()) {
        return;
    }
    if (m_model->hasChanges()
        && !PendingEditsQuestion::confirmDiscard(this, PendingEditsQuestion::Because::Load)) {
        return;
    }
    const QString account = m_accountEdit->text();
    whenCredentialsAccepted([this, account] { m_session->load(account); });
}

void MainWindow::apply()
{
    // What is on screen is what is sent: a value still in its editor counts (Ctrl+Enter from it).
    if (m_session->isBusy() || m_current < 0 || !commitOpenEditor()) {
        return;
    }
    const ConnectionProfile &profile = m_profiles.at(m_current);
    if (profile.confirmBeforeWrite && !profile.readOnly && m_model->hasChanges()
        && !m_model->hasInvalidRows()) {
        auto *dialog
            = new ConfirmWriteDialog(profile.displayName(), m_session->account(), *m_model, *m_masker, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &MainWindow::startApply);
        dialog->open();
        return;
    }
    startApply();
}

void MainWindow::startApply()
{
    whenCredentialsAccepted([this] { m_session->apply(); });
}

void MainWindow::whenCredentialsAccepted(const std::function<void()> &send)
{
    QStringList serious;
    if (m_credentials) {
        for (const CredentialWarning &warning : m_credentials->warnings(QDateTime::currentSecsSinceEpoch())) {
            if (warning.kind != CredentialWarning::Kind::ExpiresSoon) {
                serious.append(warning.text);
            }
        }
    }
    if (serious.isEmpty()) {
        send();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The server will likely refuse this UserSig"),
        serious.join(QLatin1Char('\n')), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("userSigWarningBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Send anyway, for example to reproduce what a customer sees?"));
    // The warnings quote the identifiers a pasted sig names, whatever they are.
    m_masker->maskTexts(box);
    PlainText::applyTo(box);
    QPushButton *sendButton = box->addButton(tr("Send anyway"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(sendButton, &QPushButton::clicked, this, send);
    box->open();
}

RequestContext MainWindow::requestContext()
{
    RequestContext context;
    if (m_current >= 0) {
        context.connectionId = m_profiles.at(m_current).id;
        context.connectionName = m_profiles.at(m_current).displayName();
    }
    const QString regionId = m_connectionBar->regionId();
    context.regionId = regionId;
    QUrl sandboxUrl;
    if (RegionCatalogue::isSandbox(regionId)) {
        if (!ensureSandbox(&context.problem)) {
            return context;
        }
        sandboxUrl = m_sandbox->baseUrl();
    }
    const ConnectionTarget where = ConnectionTarget::resolve(
        regionId, m_connectionBar->customEndpoint(), m_connectionBar->useBackupDomain(), sandboxUrl);
    if (!where.isValid()) {
        context.problem = where.problem;
        return context;
    }
    context.target.baseUrl = where.baseUrl;
    context.diagnosis.regionName = where.displayName;
    if (!m_credentials) {
        m_credentialsPanel->credentials(&context.problem);
        return context;
    }
    context.target.sdkAppId = m_credentials->sdkAppId();
    context.target.identifier = m_credentials->identifier();
    context.target.userSig = m_credentials->userSigForRequest(QDateTime::currentSecsSinceEpoch());
    context.diagnosis.requestSdkAppId = context.target.sdkAppId;
    context.diagnosis.requestIdentifier = context.target.identifier;
    if (const auto decoded = UserSig::decode(context.target.userSig); decoded.content) {
        context.diagnosis.signedIdentifier = decoded.content->identifier;
        context.diagnosis.signedSdkAppId = decoded.content->sdkAppId;
    }
    m_masker->noteRequest(context.diagnosis); // its log entry and explanation stay on screen
    return context;
}

bool MainWindow::ensureSandbox(QString *problem)
{
    if (m_sandbox) {
        return true;
    }
    const SandboxDemo &demo = SandboxDemo::get();
    auto sandbox = std::make_unique<SandboxServer>(demo.config, demo.store);
    if (!sandbox->listen()) {
        *problem = tr("The Sandbox could not start: %1").arg(sandbox->errorString());
        return false;
    }
    m_sandbox = std::move(sandbox);
    return true;
}

void MainWindow::onBusyChanged(bool busy)
{
    m_busyIndicator->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    m_cancelAction->setEnabled(busy);
    m_loadButton->setEnabled(!busy);
    m_loadAction->setEnabled(!busy);
    m_editor->setEnabled(!busy);
    // Where and as whom stay fixed while a request runs.
    m_connectionBar->setEnabled(!busy);
    m_credentialsPanel->setEnabled(!busy);
    m_connectionsAction->setEnabled(!busy);
    if (busy) {
        statusBar()->showMessage(tr("Waiting for the server… (Esc cancels)"));
    }
    updateGuard();
}

void MainWindow::onRequestFinished(int row)
{
    const SessionEntry &entry = m_log->entry(row);
    // After a clean read-back the write is what matters: keep it on screen (the read-back is in
    // the session log, and fields that did not stick are marked in the table).
    // A read-back asked for after an unknown write is the news itself.
    const bool cleanReadBack
        = entry.operation == SessionEntry::Operation::ReadBack && entry.result.outcome == ApiOutcome::Success;
    const bool afterOkWrite = row > 0 && m_log->entry(row - 1).operation == SessionEntry::Operation::Apply
        && m_log->entry(row - 1).result.outcome == ApiOutcome::Success;
    m_results->showEntry(cleanReadBack && afterOkWrite ? row - 1 : row);
    // A write and its read-back both change what the history says.
    if (entry.operation != SessionEntry::Operation::Load) {
        m_results->historyView()->refresh();
    }
    revealFirstProblemRow();
    //: Status bar after a request: the operation (Load, Apply, Read back), then how it ended.
    statusBar()->showMessage(tr("%1: %2").arg(entry.operationName(), entry.outcomeText()), 10000);
}

void MainWindow::revealFirstProblemRow()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto state = m_model->state(row);
        if (state == ProfileTableModel::RowState::Invalid
            || state == ProfileTableModel::RowState::DidNotStick) {
            const QModelIndex index = m_model->index(row, ProfileTableModel::ValueColumn);
            m_editor->view()->scrollTo(index);
            m_editor->view()->setCurrentIndex(index);
            return;
        }
    }
}

void MainWindow::onRefused(const QString &reason)
{
    m_results->showRefusal(tr("Not sent"), reason);
    statusBar()->showMessage(m_masker->mask(reason), 10000);
}

void MainWindow::findRegion()
{
    if (!m_credentials) {
        QString problem;
        m_credentialsPanel->credentials(&problem);
        onRefused(problem);
        return;
    }
    const QString current = m_connectionBar->regionId();
    const QString userSig = m_credentials->userSigForRequest(QDateTime::currentSecsSinceEpoch());
    QList<RegionProbe::Candidate> candidates;
    for (const QString &id : RegionCatalogue::tencentRegionIds()) {
        if (id == current) {
            continue;
        }
        const ConnectionTarget where = ConnectionTarget::forRegion(id, m_connectionBar->useBackupDomain());
        RegionProbe::Candidate candidate;
        candidate.regionId = id;
        candidate.name = where.displayName;
        candidate.target.baseUrl = where.baseUrl;
        candidate.target.sdkAppId = m_credentials->sdkAppId();
        candidate.target.identifier = m_credentials->identifier();
        candidate.target.userSig = userSig;
        candidates.append(candidate);
    }
    m_busyIndicator->show();
    statusBar()->showMessage(tr("Asking the other data centres (%n) whether they know this app…", nullptr,
        static_cast<int>(candidates.size())));
    m_regionProbe->start(candidates);
}

void MainWindow::showRegionFindings(const QList<RegionProbe::Finding> &findings)
{
    m_busyIndicator->setVisible(m_session->isBusy());
    statusBar()->clearMessage();
    QStringList unreachable;
    for (const RegionProbe::Finding &finding : findings) {
        if (finding.verdict == RegionProbe::Verdict::Unreachable) {
            unreachable.append(finding.name);
        }
    }
    const QString found = RegionProbe::foundRegion(findings);
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("regionFindingsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Where the app lives"));
    if (!found.isEmpty()) {
        const QString name = RegionCatalogue::find(found)->displayName();
        box->setIcon(QMessageBox::Information);
        box->setText(tr("This app answers in %1.").arg(name));
        box->setInformativeText(tr("Switch the connection to %1 and send again.").arg(name));
        QPushButton *switchButton = box->addButton(tr("Switch to %1").arg(name), QMessageBox::AcceptRole);
        // The user chose this connection's new region here; only unsent edits still need a word.
        connect(switchButton, &QPushButton::clicked, this, [this, found] {
            if (!m_session->isBusy() && mayLeaveLoadedProfile()) {
                moveConnectionTo(found);
            }
        });
        box->addButton(QMessageBox::Cancel);
    } else {
        box->setIcon(QMessageBox::Warning);
        box->setText(tr("No other data centre said it knows this app."));
        box->setInformativeText(
            tr("Check the SDKAppID in the Chat console; the app may also have been deleted."));
        box->addButton(QMessageBox::Ok);
    }
    if (!unreachable.isEmpty()) {
        box->setDetailedText(tr("Could not be reached: %1").arg(unreachable.join(QStringLiteral(", "))));
    }
    m_masker->maskTexts(box);
    PlainText::applyTo(box);
    box->open();
}

void MainWindow::setPresentationMode(bool on)
{
    m_presentationMode = on;
    m_credentialsPanel->setPresentationMode(on);
    m_masker->setActive(on);
    // Larger text for the audience; only this window, so dialogs keep fitting the screen.
    QFont presentationFont = QApplication::font();
    presentationFont.setPointSizeF(presentationFont.pointSizeF() * 1.3);
    setFont(on ? presentationFont : QApplication::font());
}

void MainWindow::setTheme(const QString &name)
{
    QSettings().setValue(kThemeKey, name);
    Theme::apply(Theme::fromSettingsName(name));
}

void MainWindow::showAbout()
{
    // Window-modal and non-blocking, so the event loop (and any running request) carries on.
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setWindowTitle(tr("About Chat Profile Console"));
    box->setIconPixmap(windowIcon().pixmap(64));
    box->setText(tr("<h3>Chat Profile Console %1</h3>").arg(AppInfo::version()));
    box->setInformativeText(tr("Edit Tencent Cloud Chat user profiles by hand, safely.<br>Built with Qt %1, "
                               "running on Qt %2.")
                                .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    box->open();
}

BulkEnvironment MainWindow::writeEnvironment()
{
    BulkEnvironment environment;
    environment.client = m_client;
    environment.network = m_network;
    environment.contextProvider = [this] { return requestContext(); };
    environment.guard = [this] {
        BulkGuard guard;
        if (m_current >= 0) {
            const ConnectionProfile &profile = m_profiles.at(m_current);
            guard.connectionName = profile.displayName();
            guard.readOnly = profile.readOnly;
            guard.confirmEveryWrite = profile.confirmBeforeWrite;
        }
        return guard;
    };
    environment.masker = m_masker;
    environment.jobStore = m_jobStore.get();
    environment.history = m_history.get();
    return environment;
}

BulkEditWindow *MainWindow::bulkEditWindow()
{
    if (!m_bulkWindow) {
        m_bulkWindow = new BulkEditWindow(writeEnvironment(), this);
    }
    return m_bulkWindow;
}

void MainWindow::openRevert(const QList<ChangeRecord> &changes)
{
    if (m_revertDialog) {
        return; // window-modal: only one at a time
    }
    m_revertDialog = new RevertDialog(writeEnvironment(), changes, this);
    m_revertDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_revertDialog, &RevertDialog::reverted, this, &MainWindow::showReverted);
    m_revertDialog->open();
}

void MainWindow::showReverted(const RequestTarget &target, const QStringList &accounts)
{
    m_results->historyView()->refresh();
    // A switch of connection empties the table, so while it holds a profile, that profile was
    // loaded from where requests go now.
    if (m_session->isBusy() || !m_session->hasLoadedProfile() || !accounts.contains(m_session->account())
        || RequestTarget::of(requestContext()) != target) {
        return;
    }
    if (m_model->hasChanges()) {
        statusBar()->showMessage(
            m_masker->mask(
                tr("%1 was reverted; Load it to see the values put back (your unsent edits are kept "
                   "until then).")
                    .arg(m_session->account())),
            15000);
        return;
    }
    m_session->load(m_session->account());
}

BulkEditWindow *MainWindow::openBulkEdit()
{
    BulkEditWindow *window = bulkEditWindow();
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        resize(1100, 780);
    }
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter"))) {
        splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    }
    const QString theme = settings.value(kThemeKey, QStringLiteral("system")).toString();
    if (theme != QLatin1String("system")) {
        Theme::apply(Theme::fromSettingsName(theme));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    switch (m_quitGuard->closeRequested()) {
    case QuitGuard::Step::WaitForAnswer:
        event->ignore();
        m_quitWaitNotice->show();
        return;
    case QuitGuard::Step::OfferToQuitAnyway:
        event->ignore();
        if (!m_quitAnywayBox) {
            m_quitAnywayBox = QuitAnywayQuestion::open(this, [this] { m_quitGuard->quitAnyway(); });
        }
        return;
    case QuitGuard::Step::CloseNow:
        break;
    }
    m_quitWaitNotice->hide();
    if (m_quitAnywayBox) {
        m_quitAnywayBox->close(); // the answer came while the question was open
    }
    if (!m_quitGuard->quitWasConfirmed() && m_model->hasChanges()
        && !PendingEditsQuestion::confirmDiscard(this, PendingEditsQuestion::Because::Quit)) {
        event->ignore();
        return;
    }
    m_session->cancel();
    storeCurrentConnection();
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter"))) {
        settings.setValue(kSplitterKey, splitter->saveState());
    }
    m_store->sync();
    event->accept();
}
