#pragma once

#include <QDialog>

class ProfileTableModel;

// The production guard's question before a write: which account, and every field old → new.
class ConfirmWriteDialog final : public QDialog
{
    Q_OBJECT

public:
    ConfirmWriteDialog(const QString &connectionName, const QString &account, const ProfileTableModel &model,
        QWidget *parent = nullptr);
};
