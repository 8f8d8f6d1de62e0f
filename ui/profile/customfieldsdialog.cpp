#include "profile/customfieldsdialog.h"

#include "profile/customtagregistry.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { TagColumn, ReadColumn, WriteColumn, ColumnCount };

QTableWidgetItem *checkItem(bool checked, const QString &accessibleName)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setData(Qt::AccessibleTextRole, accessibleName);
    return item;
}

} // namespace

CustomFieldsDialog::CustomFieldsDialog(CustomTagRegistry *registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("customFieldsDialog"));
    setWindowTitle(tr("Custom fields of this connection"));
    m_table->setObjectName(QStringLiteral("customFieldsTable"));
    m_table->setAccessibleName(tr("Custom fields"));
    m_table->setHorizontalHeaderLabels({ tr("Field"), tr("Admin may read"), tr("Admin may write") });
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(TagColumn, QHeaderView::Stretch);
    for (const CustomTagEntry &entry : m_registry->entries()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *tag = new QTableWidgetItem(entry.tag());
        tag->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, TagColumn, tag);
        m_table->setItem(row, ReadColumn, checkItem(entry.adminReadable, tr("Admin may read")));
        m_table->setItem(row, WriteColumn, checkItem(entry.adminWritable, tr("Admin may write")));
    }

    auto *note = new QLabel(CustomTagRegistry::note(), this);
    note->setWordWrap(true);
    auto *forget = new QPushButton(tr("&Forget selected"), this);
    forget->setObjectName(QStringLiteral("forgetCustomFieldButton"));
    forget->setToolTip(tr("Remove the field from this list; it stays on the server."));
    connect(forget, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            m_table->removeRow(it->row());
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(forget, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(560, 320);
}

void CustomFieldsDialog::apply()
{
    QStringList kept;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString tag = m_table->item(row, TagColumn)->text();
        kept.append(tag);
        m_registry->setPermissions(tag, m_table->item(row, ReadColumn)->checkState() == Qt::Checked,
            m_table->item(row, WriteColumn)->checkState() == Qt::Checked);
    }
    for (const QString &tag : m_registry->tags()) {
        if (!kept.contains(tag)) {
            m_registry->remove(tag);
        }
    }
}
