#pragma once

#include <QDialog>

class CustomTagRegistry;
class QTableWidget;

// The connection's list of custom profile fields and what the App admin may do with each, as set
// in the Chat console: edit the permissions, or forget a field here (it stays on the server).
class CustomFieldsDialog final : public QDialog
{
    Q_OBJECT

public:
    // registry is edited in place when the user presses OK; not owned.
    CustomFieldsDialog(CustomTagRegistry *registry, QWidget *parent = nullptr);

private:
    void apply();

    CustomTagRegistry *m_registry;
    QTableWidget *m_table;
};
