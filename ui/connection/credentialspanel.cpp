#include "connection/credentialspanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>

namespace {

enum ModeIndex { SecretKeyMode = 0, UserSigMode = 1 };

} // namespace

CredentialsPanel::CredentialsPanel(QWidget *parent)
    : QWidget(parent)
    , m_sdkAppIdEdit(new QLineEdit(this))
    , m_identifierEdit(new QLineEdit(this))
    , m_modeCombo(new QComboBox(this))
    , m_modeStack(new QStackedWidget(this))
    , m_secretKeyEdit(makeSecretEdit(QStringLiteral("secretKeyEdit"), this))
    , m_rememberKeyCheck(new QCheckBox(tr("Remember in the system &keychain"), this))
    , m_userSigEdit(makeSecretEdit(QStringLiteral("userSigEdit"), this))
    , m_revealKeyAction(addRevealAction(m_secretKeyEdit))
    , m_revealSigAction(addRevealAction(m_userSigEdit))
    , m_statusLabel(new QLabel(this))
    , m_statusTimer(new QTimer(this))
    , m_keySettledTimer(new QTimer(this))
{
    m_sdkAppIdEdit->setObjectName(QStringLiteral("sdkAppIdEdit"));
    m_sdkAppIdEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,20}")), m_sdkAppIdEdit));
    m_sdkAppIdEdit->setPlaceholderText(tr("e.g. 1400000000"));
    m_sdkAppIdEdit->setAccessibleName(tr("SDKAppID"));
    m_sdkAppIdEdit->setAccessibleDescription(tr("The app's SDKAppID from the Chat console."));

    m_identifierEdit->setObjectName(QStringLiteral("identifierEdit"));
    m_identifierEdit->setPlaceholderText(tr("e.g. administrator"));
    m_identifierEdit->setAccessibleName(tr("Admin identifier"));
    m_identifierEdit->setAccessibleDescription(
        tr("An App admin account; REST calls are made as this account."));

    m_modeCombo->setObjectName(QStringLiteral("authModeCombo"));
    m_modeCombo->addItem(tr("Secret key (signs UserSigs here)"));
    m_modeCombo->addItem(tr("Pasted UserSig"));
    m_modeCombo->setAccessibleName(tr("Authentication"));

    m_secretKeyEdit->setPlaceholderText(tr("The app's secret key; kept in memory, never in a file"));
    m_secretKeyEdit->setAccessibleName(tr("Secret key"));
    m_secretKeyEdit->setAccessibleDescription(
        tr("Used only to sign short-lived UserSigs on this computer. It is never sent anywhere."));
    m_rememberKeyCheck->setObjectName(QStringLiteral("rememberKeyCheck"));
    m_rememberKeyCheck->setToolTip(
        tr("Keep the key in the system keychain (GNOME Keyring, KWallet) so you need not paste it again."));

    m_userSigEdit->setPlaceholderText(tr("Paste an admin UserSig"));
    m_userSigEdit->setAccessibleName(tr("UserSig"));

    auto *keyPage = new QWidget(m_modeStack);
    auto *keyLayout = new QHBoxLayout(keyPage);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_secretKeyEdit, 1);
    keyLayout->addWidget(m_rememberKeyCheck);
    auto *sigPage = new QWidget(m_modeStack);
    auto *sigLayout = new QHBoxLayout(sigPage);
    sigLayout->setContentsMargins(0, 0, 0, 0);
    sigLayout->addWidget(m_userSigEdit, 1);
    m_modeStack->addWidget(keyPage);
    m_modeStack->addWidget(sigPage);

    m_statusLabel->setObjectName(QStringLiteral("credentialStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText); // it quotes whatever identifier a pasted sig carries
    m_statusLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_sdkAppIdEdit, 1);
    auto *identifierLabel = new QLabel(tr("Admin &identifier:"), this);
    identifierLabel->setBuddy(m_identifierEdit);
    idRow->addWidget(identifierLabel);
    idRow->addWidget(m_identifierEdit, 1);
    auto *modeLabel = new QLabel(tr("A&uthentication:"), this);
    modeLabel->setBuddy(m_modeCombo);
    idRow->addWidget(modeLabel);
    idRow->addWidget(m_modeCombo);

    auto *sdkAppIdLabel = new QLabel(tr("&SDKAppID:"), this);
    sdkAppIdLabel->setBuddy(m_sdkAppIdEdit);
    auto *keyLabel = new QLabel(tr("&Key or UserSig:"), this);
    keyLabel->setBuddy(m_secretKeyEdit);
    connect(m_modeCombo, &QComboBox::currentIndexChanged, keyLabel, [this, keyLabel](int index) {
        keyLabel->setBuddy(index == UserSigMode ? m_userSigEdit : m_secretKeyEdit);
    });

    // A grid rather than a QFormLayout: the word-wrapped status line gets its real width, so it
    // takes one line when one line is enough.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(sdkAppIdLabel, 0, 0);
    grid->addLayout(idRow, 0, 1);
    grid->addWidget(keyLabel, 1, 0);
    grid->addWidget(m_modeStack, 1, 1);
    grid->addWidget(m_statusLabel, 2, 1);
    grid->setColumnStretch(1, 1);

    setTabOrder(m_sdkAppIdEdit, m_identifierEdit);
    setTabOrder(m_identifierEdit, m_modeCombo);
    setTabOrder(m_modeCombo, m_secretKeyEdit);
    setTabOrder(m_secretKeyEdit, m_rememberKeyCheck);
    setTabOrder(m_rememberKeyCheck, m_userSigEdit);

    const auto fieldChanged = [this] {
        updateStatus();
        Q_EMIT changed();
    };
    connect(m_sdkAppIdEdit, &QLineEdit::textChanged, this, fieldChanged);
    connect(m_identifierEdit, &QLineEdit::textChanged, this, fieldChanged);
    connect(m_userSigEdit, &QLineEdit::textChanged, this, fieldChanged);
    connect(m_secretKeyEdit, &QLineEdit::textChanged, this, fieldChanged);
    // The key is stored once typing pauses, not at every keystroke (each store may be a keychain
    // round trip); leaving the field stores it at once.
    m_keySettledTimer->setSingleShot(true);
    m_keySettledTimer->setInterval(800);
    connect(m_secretKeyEdit, &QLineEdit::textEdited, m_keySettledTimer, qOverload<>(&QTimer::start));
    connect(m_keySettledTimer, &QTimer::timeout, this, &CredentialsPanel::secretKeyEdited);
    connect(m_secretKeyEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_keySettledTimer->isActive()) {
            m_keySettledTimer->stop();
            Q_EMIT secretKeyEdited();
        }
    });
    connect(m_rememberKeyCheck, &QCheckBox::toggled, this, &CredentialsPanel::rememberToggled);
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, [this, fieldChanged] {
        updateMode();
        fieldChanged();
    });

    // "Expires in 3 h" must stay true while the window sits open.
    m_statusTimer->setInterval(30 * 1000);
    connect(m_statusTimer, &QTimer::timeout, this, &CredentialsPanel::updateStatus);
    m_statusTimer->start();
    updateMode();
}

QLineEdit *CredentialsPanel::makeSecretEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    // No copy, cut or drag out of a masked field: secrets reach the clipboard only on purpose.
    edit->setContextMenuPolicy(Qt::NoContextMenu);
    edit->setDragEnabled(false);
    return edit;
}

QAction *CredentialsPanel::addRevealAction(QLineEdit *edit)
{
    QAction *reveal = edit->addAction(
        edit->style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    reveal->setObjectName(edit->objectName() + QStringLiteral("Reveal"));
    reveal->setCheckable(true);
    reveal->setText(tr("Show"));
    reveal->setToolTip(tr("Show or hide"));
    connect(reveal, &QAction::toggled, edit,
        [edit](bool shown) { edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    return reveal;
}

void CredentialsPanel::showProfile(const ConnectionProfile &profile)
{
    const QSignalBlocker b1(m_sdkAppIdEdit);
    const QSignalBlocker b2(m_identifierEdit);
    const QSignalBlocker b3(m_modeCombo);
    const QSignalBlocker b4(m_rememberKeyCheck);
    const QSignalBlocker b5(m_secretKeyEdit);
    const QSignalBlocker b6(m_userSigEdit);
    m_sdkAppIdEdit->setText(profile.sdkAppId ? QString::number(profile.sdkAppId) : QString());
    m_identifierEdit->setText(profile.adminIdentifier);
    m_modeCombo->setCurrentIndex(
        profile.authMode == ConnectionProfile::AuthMode::PastedUserSig ? UserSigMode : SecretKeyMode);
    m_rememberKeyCheck->setChecked(profile.rememberSecretKey);
    m_secretKeyEdit->clear();
    m_userSigEdit->clear();
    m_revealKeyAction->setChecked(false);
    m_revealSigAction->setChecked(false);
    updateMode();
    updateStatus();
}

void CredentialsPanel::restoreIdentity(const ConnectionProfile &profile)
{
    {
        const QSignalBlocker b1(m_sdkAppIdEdit);
        const QSignalBlocker b2(m_identifierEdit);
        const QSignalBlocker b3(m_modeCombo);
        m_sdkAppIdEdit->setText(profile.sdkAppId ? QString::number(profile.sdkAppId) : QString());
        m_identifierEdit->setText(profile.adminIdentifier);
        m_modeCombo->setCurrentIndex(
            profile.authMode == ConnectionProfile::AuthMode::PastedUserSig ? UserSigMode : SecretKeyMode);
    }
    updateMode();
    updateStatus();
}

void CredentialsPanel::applyTo(ConnectionProfile &profile) const
{
    profile.sdkAppId = m_sdkAppIdEdit->text().toULongLong();
    profile.adminIdentifier = m_identifierEdit->text().trimmed();
    profile.authMode = m_modeCombo->currentIndex() == UserSigMode ? ConnectionProfile::AuthMode::PastedUserSig
                                                                  : ConnectionProfile::AuthMode::SecretKey;
    profile.rememberSecretKey = m_rememberKeyCheck->isChecked();
}

void CredentialsPanel::setSecretKey(const QByteArray &key)
{
    m_secretKeyEdit->setText(QString::fromUtf8(key));
}

QByteArray CredentialsPanel::secretKey() const
{
    return m_secretKeyEdit->text().trimmed().toUtf8();
}

bool CredentialsPanel::rememberSecretKey() const
{
    return m_rememberKeyCheck->isChecked();
}

std::optional<Credentials> CredentialsPanel::credentials(QString *problem) const
{
    bool ok = false;
    const quint64 sdkAppId = m_sdkAppIdEdit->text().toULongLong(&ok);
    if (!ok || sdkAppId == 0) {
        *problem = tr("Enter the app's SDKAppID (a number from the Chat console).");
        return std::nullopt;
    }
    const QString identifier = m_identifierEdit->text().trimmed();
    if (identifier.isEmpty()) {
        *problem = tr("Enter the admin identifier: an App admin account of this app.");
        return std::nullopt;
    }
    if (m_modeCombo->currentIndex() == UserSigMode) {
        const QString sig = m_userSigEdit->text().trimmed();
        if (sig.isEmpty()) {
            *problem = tr("Paste an admin UserSig, or switch to the secret key.");
            return std::nullopt;
        }
        return Credentials::fromUserSig(sdkAppId, identifier, sig);
    }
    const QByteArray key = secretKey();
    if (key.isEmpty()) {
        *problem = tr("Enter the app's secret key, or switch to a pasted UserSig.");
        return std::nullopt;
    }
    return Credentials::fromSecretKey(sdkAppId, identifier, key);
}

void CredentialsPanel::setPresentationMode(bool on)
{
    m_presentationMode = on;
    const QLineEdit::EchoMode idEcho = on ? QLineEdit::Password : QLineEdit::Normal;
    m_sdkAppIdEdit->setEchoMode(idEcho);
    m_identifierEdit->setEchoMode(idEcho);
    for (QAction *reveal : { m_revealKeyAction, m_revealSigAction }) {
        if (on) {
            reveal->setChecked(false);
        }
        reveal->setEnabled(!on);
    }
    updateStatus();
}

void CredentialsPanel::updateMode()
{
    const bool sigMode = m_modeCombo->currentIndex() == UserSigMode;
    m_modeStack->setCurrentIndex(sigMode ? UserSigMode : SecretKeyMode);
}

void CredentialsPanel::updateStatus()
{
    QString problem;
    const std::optional<Credentials> creds = credentials(&problem);
    if (!creds) {
        m_statusLabel->setText(problem);
        return;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (m_presentationMode) {
        // The status line names the admin and the app: hidden like the fields themselves.
        m_statusLabel->setText(creds->warnings(now).isEmpty()
                ? tr("Credentials ready (hidden for presenting).")
                : tr("Check the UserSig (details hidden for presenting)."));
        return;
    }
    QStringList lines { creds->statusText(now) };
    for (const CredentialWarning &warning : creds->warnings(now)) {
        lines.append(QStringLiteral("⚠ ") + warning.text);
    }
    m_statusLabel->setText(lines.join(QLatin1Char('\n')));
}
