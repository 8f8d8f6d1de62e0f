#pragma once

#include "connections/connectionprofile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

// Add, rename, duplicate and delete connections, and set the production guard of each: colour
// label, read-only, confirm before writing. Region and credentials are edited in the main window.
class ConnectionManagerDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectionManagerDialog(const QList<ConnectionProfile> &profiles, int current, QWidget *parent = nullptr);

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    int currentIndex() const;

    static QString labelName(ConnectionProfile::Label label);

private:
    void showProfile(int row);
    void storeForm();
    void addProfile(const ConnectionProfile &profile);

    QList<ConnectionProfile> m_profiles;
    int m_shown = -1;
    QListWidget *m_list;
    QLineEdit *m_nameEdit;
    QComboBox *m_labelCombo;
    QCheckBox *m_readOnlyCheck;
    QCheckBox *m_confirmCheck;
    QPushButton *m_deleteButton;
};
