#pragma once

#include "connections/connectionprofile.h"
#include "credentials/credentials.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTimer;

// As whom requests go: SDKAppID, admin identifier, and either the secret key (masked, with reveal
// and "remember in the system keychain") or a pasted UserSig with a live status line saying for
// whom and which app it was signed and when it expires.
class CredentialsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CredentialsPanel(QWidget *parent = nullptr);

    void showProfile(const ConnectionProfile &profile);
    void applyTo(ConnectionProfile &profile) const;
    // Shows the profile's SDKAppID, admin and authentication mode again, keeping the key and the
    // UserSig as typed: undoes a change of identity the user chose not to make.
    void restoreIdentity(const ConnectionProfile &profile);

    void setSecretKey(const QByteArray &key);
    QByteArray secretKey() const;
    bool rememberSecretKey() const;

    // The credentials the fields describe, or nullopt with a reason when they are incomplete.
    std::optional<Credentials> credentials(QString *problem) const;

    // Presentation mode: SDKAppID, identifier, key and UserSig are masked and cannot be revealed.
    void setPresentationMode(bool on);

Q_SIGNALS:
    // Any field changed: the credentials must be rebuilt.
    void changed();
    // The user typed or pasted a secret key and paused (not when the key was filled in for them).
    void secretKeyEdited();
    // The user ticked or unticked "remember in the system keychain".
    void rememberToggled(bool remember);

private:
    void updateMode();
    void updateStatus();
    static QLineEdit *makeSecretEdit(const QString &objectName, QWidget *parent);
    QAction *addRevealAction(QLineEdit *edit);

    QLineEdit *m_sdkAppIdEdit;
    QLineEdit *m_identifierEdit;
    QComboBox *m_modeCombo;
    QStackedWidget *m_modeStack;
    QLineEdit *m_secretKeyEdit;
    QCheckBox *m_rememberKeyCheck;
    QLineEdit *m_userSigEdit;
    QAction *m_revealKeyAction;
    QAction *m_revealSigAction;
    QLabel *m_statusLabel;
    QTimer *m_statusTimer;
    QTimer *m_keySettledTimer;
    bool m_presentationMode = false;
};
