#pragma once

#include <QDialog>

class PresentationMasker;
class ProfileTableModel;

// The production guard's question before a write: which account, and every field old → new,
// all shown as typed and through the presentation masker.
class ConfirmWriteDialog final : public QDialog
{
    Q_OBJECT

public:
    ConfirmWriteDialog(const QString &connectionName, const QString &account, const ProfileTableModel &model,
        const PresentationMasker &masker, QWidget *parent = nullptr);
};
