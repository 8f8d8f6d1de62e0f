#pragma once

#include "connections/connectionprofile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

// Where requests go: the saved connection, its region (every data centre from the catalogue, a
// custom endpoint, or the built-in Sandbox) and the backup-domain switch. It edits the region part
// of the current profile; the rest of the profile is the credentials panel's and the manager's.
class ConnectionBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionBar(QWidget *parent = nullptr);

    void setProfiles(const QList<ConnectionProfile> &profiles, int current);
    // Writes the region fields shown into profile.
    void applyTo(ConnectionProfile &profile) const;

    QString regionId() const;
    QString customEndpoint() const;
    bool useBackupDomain() const;
    // The host (or endpoint) requests go to, for the status line; empty for the Sandbox.
    QString targetDescription() const;

Q_SIGNALS:
    void profileSelected(int index);
    void manageRequested();
    // The user picked another entry in the region list (a data centre, custom, the Sandbox).
    void regionPicked(const QString &regionId);
    // The user changed the host within the region: the backup domain or the custom endpoint.
    void targetEdited();

private:
    void showRegion(const ConnectionProfile &profile);
    void updateRegionDependentWidgets();

    QComboBox *m_profileCombo;
    QToolButton *m_manageButton;
    QComboBox *m_regionCombo;
    QCheckBox *m_backupCheck;
    QLineEdit *m_endpointEdit;
    QLabel *m_hostLabel;
};
