#include "profile/profileeditor.h"

#include "profile/customfieldsdialog.h"
#include "profile/customtagregistry.h"
#include "profile/fieldschema.h"
#include "profile/profilefielddelegate.h"
#include "profile/profiletablemodel.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QToolButton *toolButton(
    const QString &objectName, const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(text);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

ProfileEditor::ProfileEditor(ProfileTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_addStandardButton(toolButton(QStringLiteral("addStandardFieldButton"), tr("Add field"),
          tr("Show another standard profile field"), this))
    , m_addCustomButton(toolButton(QStringLiteral("addCustomFieldButton"), tr("Add custom field…"),
          tr("Edit a Tag_Profile_Custom_ field created in the Chat console"), this))
    , m_removeButton(toolButton(QStringLiteral("removeFieldButton"), tr("Remove"),
          tr("Hide the selected fields from the table (nothing is deleted on the server)"), this))
    , m_revertButton(toolButton(QStringLiteral("revertFieldButton"), tr("Revert"),
          tr("Put the selected fields back to the loaded values"), this))
    , m_revertAllButton(toolButton(QStringLiteral("revertAllButton"), tr("Revert all"),
          tr("Discard every change since the last load"), this))
    , m_previewButton(toolButton(QStringLiteral("previewJsonButton"), tr("Preview JSON…"),
          tr("Show the exact request body Apply would send"), this))
    , m_hint(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("profileTable"));
    m_view->setAccessibleName(tr("Profile fields"));
    m_view->setAccessibleDescription(
        tr("One row per profile field: its value, the value on the server and its state."));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ProfileFieldDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setColumnHidden(ProfileTableModel::TagColumn, true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ProfileTableModel::ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProfileTableModel::ServerValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProfileTableModel::SizeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProfileTableModel::StateColumn, QHeaderView::ResizeToContents);
    header->resizeSection(ProfileTableModel::FieldColumn, 170);

    m_hint->setObjectName(QStringLiteral("editorHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Double-click a value to edit it. Only changed fields are sent."));

    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    for (QToolButton *button : { m_addStandardButton, m_addCustomButton, m_removeButton, m_revertButton,
             m_revertAllButton, m_previewButton }) {
        toolbar->addWidget(button);
    }
    toolbar->addWidget(m_hint, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_view, 1);

    m_addStandardButton->setPopupMode(QToolButton::InstantPopup);
    m_addStandardButton->setMenu(new QMenu(m_addStandardButton));
    connect(m_addStandardButton->menu(), &QMenu::aboutToShow, this, &ProfileEditor::showAddStandardMenu);
    connect(m_addCustomButton, &QToolButton::clicked, this, &ProfileEditor::addCustomField);
    m_addCustomButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *customMenu = new QMenu(m_addCustomButton);
    QAction *manage = customMenu->addAction(tr("Edit the list of custom fields…"), this, [this] {
        if (m_registry) {
            CustomFieldsDialog dialog(m_registry, this);
            dialog.exec();
        }
    });
    manage->setObjectName(QStringLiteral("manageCustomFieldsAction"));
    m_addCustomButton->setMenu(customMenu);
    connect(m_removeButton, &QToolButton::clicked, this, &ProfileEditor::removeSelected);
    connect(m_revertButton, &QToolButton::clicked, this, &ProfileEditor::revertSelected);
    connect(m_revertAllButton, &QToolButton::clicked, m_model, &ProfileTableModel::revertAll);
    connect(m_previewButton, &QToolButton::clicked, this, &ProfileEditor::previewJson);
    connect(m_model, &ProfileTableModel::editRejected, this,
        [this](const QModelIndex &, const QString &reason) { Q_EMIT problem(reason); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ProfileEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ProfileEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProfileEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProfileEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProfileEditor::updateButtons);
    updateButtons();
}

void ProfileEditor::setCustomTagRegistry(CustomTagRegistry *registry)
{
    m_registry = registry;
}

void ProfileEditor::setAccount(const QString &account)
{
    m_account = account;
    m_hint->setText(
        tr("Profile of %1. Double-click a value to edit it; only changed fields are sent.").arg(account));
}

void ProfileEditor::showAddStandardMenu()
{
    QMenu *menu = m_addStandardButton->menu();
    menu->clear();
    for (const FieldSpec &spec : FieldSchema::standardFields()) {
        QAction *action = menu->addAction(spec.displayName(), this, [this, tag = spec.tag] {
            if (!m_model->addField(tag)) {
                Q_EMIT problem(m_model->lastError());
            }
        });
        action->setToolTip(spec.tag);
        action->setEnabled(m_model->rowOfTag(spec.tag) < 0);
    }
}

void ProfileEditor::addCustomField()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addCustomFieldDialog"));
    dialog.setWindowTitle(tr("Add custom field"));
    auto *keyword = new QLineEdit(&dialog);
    keyword->setObjectName(QStringLiteral("customKeywordEdit"));
    keyword->setPlaceholderText(tr("e.g. Hobby for Tag_Profile_Custom_Hobby"));
    auto *readable = new QCheckBox(tr("The app admin may read it"), &dialog);
    readable->setChecked(true);
    auto *writable = new QCheckBox(tr("The app admin may write it"), &dialog);
    writable->setChecked(true);
    auto *note = new QLabel(CustomTagRegistry::note(), &dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Field name:"), keyword);
    form->addRow(QString(), readable);
    form->addRow(QString(), writable);
    form->addRow(note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString name = keyword->text().trimmed();
    if (m_registry) {
        const FieldCheck check = m_registry->add(name, readable->isChecked(), writable->isChecked());
        // Invalid for a field already in the list only means "registered before": show its row.
        if (check.level == FieldCheck::Invalid && !m_registry->find(name)) {
            Q_EMIT problem(check.message);
            return;
        }
        if (check.level == FieldCheck::Warning) {
            Q_EMIT problem(check.message);
        }
    }
    const QString tag = FieldSchema::isCustomTag(name) ? name : FieldSchema::customTag(name);
    if (!m_model->addField(tag)) {
        Q_EMIT problem(m_model->lastError());
    }
}

void ProfileEditor::removeSelected()
{
    QList<int> rows = selectedRows();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows) {
        m_model->removeRows(row, 1);
    }
}

void ProfileEditor::revertSelected()
{
    for (int row : selectedRows()) {
        m_model->revertRow(row);
    }
}

void ProfileEditor::previewJson()
{
    const QJsonObject body { { QStringLiteral("From_Account"), m_account },
        { QStringLiteral("ProfileItem"), m_model->changedItems() } };
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("previewJsonDialog"));
    dialog.setWindowTitle(tr("Request body of Apply"));
    auto *text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("previewJsonText"));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)));
    auto *explanation = new QLabel(m_model->hasInvalidRows()
            ? tr("Some fields are invalid: Apply will refuse to send until they are fixed.")
            : tr("This is exactly what Apply sends to v4/profile/portrait_set."),
        &dialog);
    explanation->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(explanation);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog.resize(560, 420);
    dialog.exec();
}

QList<int> ProfileEditor::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    if (rows.isEmpty() && m_view->currentIndex().isValid()) {
        rows.append(m_view->currentIndex().row());
    }
    return rows;
}

void ProfileEditor::updateButtons()
{
    const bool hasSelection = m_view->selectionModel()->hasSelection() || m_view->currentIndex().isValid();
    m_removeButton->setEnabled(hasSelection);
    m_revertButton->setEnabled(hasSelection && m_model->hasChanges());
    m_revertAllButton->setEnabled(m_model->hasChanges());
    m_previewButton->setEnabled(m_model->hasChanges());
}
