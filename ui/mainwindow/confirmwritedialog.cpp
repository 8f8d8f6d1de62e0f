#include "mainwindow/confirmwritedialog.h"

#include "presentation/presentationmasker.h"
#include "profile/profiletablemodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ConfirmWriteDialog::ConfirmWriteDialog(const QString &connectionName, const QString &account,
    const ProfileTableModel &model, const PresentationMasker &masker, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("confirmWriteDialog"));
    setWindowTitle(tr("Confirm write"));

    auto *question = new QLabel(
        masker.mask(
            tr("Write these changes to account \"%1\" on connection \"%2\"?").arg(account, connectionName)),
        this);
    question->setObjectName(QStringLiteral("confirmWriteQuestion"));
    question->setTextFormat(Qt::PlainText); // account and connection names are shown as typed
    question->setWordWrap(true);

    auto *table = new QTableWidget(0, 3, this);
    table->setObjectName(QStringLiteral("confirmWriteTable"));
    table->setAccessibleName(tr("Changes to write"));
    table->setHorizontalHeaderLabels({ tr("Field"), tr("Now on the server"), tr("New value") });
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto state = model.state(row);
        if (state != ProfileTableModel::RowState::Changed
            && state != ProfileTableModel::RowState::DidNotStick) {
            continue;
        }
        const int out = table->rowCount();
        table->insertRow(out);
        for (const auto &[column, source] : { std::pair { 0, ProfileTableModel::FieldColumn },
                 std::pair { 1, ProfileTableModel::ServerValueColumn },
                 std::pair { 2, ProfileTableModel::ValueColumn } }) {
            table->setItem(
                out, column, new QTableWidgetItem(masker.mask(model.index(row, source).data().toString())));
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *write = buttons->addButton(tr("&Write changes"), QDialogButtonBox::AcceptRole);
    write->setObjectName(QStringLiteral("confirmWriteButton"));
    // Cancel is the default: Enter alone must not write to production.
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(600, 300);
}
