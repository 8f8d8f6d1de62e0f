#pragma once

#include <QWidget>

class CustomTagRegistry;
class ProfileTableModel;
class QLabel;
class QTableView;
class QToolButton;

// The editable table of profile fields with its toolbar: add a standard or custom field, remove,
// revert one or all, and preview the exact JSON that Apply would send.
class ProfileEditor final : public QWidget
{
    Q_OBJECT

public:
    ProfileEditor(ProfileTableModel *model, QWidget *parent = nullptr);

    // Not owned; where "Add custom field" registers new fields. May be nullptr.
    void setCustomTagRegistry(CustomTagRegistry *registry);
    QTableView *view() const { return m_view; }
    void setAccount(const QString &account);

Q_SIGNALS:
    // An edit the model refused, or a field that could not be added: say why.
    void problem(const QString &message);

private:
    void showAddStandardMenu();
    void addCustomField();
    void removeSelected();
    void revertSelected();
    void previewJson();
    QList<int> selectedRows() const;
    void updateButtons();

    ProfileTableModel *m_model;
    CustomTagRegistry *m_registry = nullptr;
    QString m_account;
    QTableView *m_view;
    QToolButton *m_addStandardButton;
    QToolButton *m_addCustomButton;
    QToolButton *m_removeButton;
    QToolButton *m_revertButton;
    QToolButton *m_revertAllButton;
    QToolButton *m_previewButton;
    QLabel *m_hint;
};
