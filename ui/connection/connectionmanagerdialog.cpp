#include "connection/connectionmanagerdialog.h"

#include "connections/connectionprofilestore.h"
#include "regions/regioncatalogue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ConnectionManagerDialog::ConnectionManagerDialog(
    const QList<ConnectionProfile> &profiles, int current, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_list(new QListWidget(this))
    , m_nameEdit(new QLineEdit(this))
    , m_labelCombo(new QComboBox(this))
    , m_readOnlyCheck(new QCheckBox(tr("&Read-only: never write to this app"), this))
    , m_confirmCheck(new QCheckBox(tr("&Confirm every write, showing old and new values"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("connectionManagerDialog"));
    setWindowTitle(tr("Connections"));
    m_list->setObjectName(QStringLiteral("connectionList"));
    m_list->setAccessibleName(tr("Saved connections"));
    m_nameEdit->setObjectName(QStringLiteral("connectionNameEdit"));
    m_nameEdit->setAccessibleName(tr("Connection name"));
    m_labelCombo->setObjectName(QStringLiteral("connectionLabelCombo"));
    m_labelCombo->setAccessibleName(tr("Colour label"));
    for (auto label : { ConnectionProfile::Label::None, ConnectionProfile::Label::Development,
             ConnectionProfile::Label::Testing, ConnectionProfile::Label::Production }) {
        m_labelCombo->addItem(labelName(label), static_cast<int>(label));
    }
    m_readOnlyCheck->setObjectName(QStringLiteral("readOnlyCheck"));
    m_confirmCheck->setObjectName(QStringLiteral("confirmWriteCheck"));
    m_deleteButton->setObjectName(QStringLiteral("deleteConnectionButton"));

    auto *addButton = new QPushButton(tr("&New"), this);
    addButton->setObjectName(QStringLiteral("newConnectionButton"));
    auto *duplicateButton = new QPushButton(tr("D&uplicate"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(addButton);
    listButtons->addWidget(duplicateButton);
    listButtons->addWidget(m_deleteButton);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("Colour &label:"), m_labelCombo);
    form->addRow(QString(), m_readOnlyCheck);
    form->addRow(QString(), m_confirmCheck);
    auto *hint = new QLabel(tr("Region, SDKAppID, admin and key are set in the main window for the selected "
                               "connection. Secret keys are never saved in the settings file."),
        this);
    hint->setWordWrap(true);
    form->addRow(hint);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(form, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
        m_list->addItem(profile.displayName());
    }
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeForm();
        showProfile(row);
    });
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (QListWidgetItem *item = m_list->item(m_shown)) {
            item->setText(name.trimmed().isEmpty() ? m_nameEdit->placeholderText() : name);
        }
    });
    // Production confirms every write by default; the user may untick it afterwards.
    connect(m_labelCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_labelCombo->currentData().toInt() == static_cast<int>(ConnectionProfile::Label::Production)) {
            m_confirmCheck->setChecked(true);
        }
    });
    connect(addButton, &QPushButton::clicked, this, [this] {
        ConnectionProfile profile;
        profile.name = tr("New connection");
        profile.regionId = RegionCatalogue::defaultRegionId();
        addProfile(profile);
    });
    connect(duplicateButton, &QPushButton::clicked, this, [this] {
        storeForm();
        if (m_shown >= 0) {
            ConnectionProfile copy = m_profiles.at(m_shown);
            copy.name = tr("%1 (copy)").arg(copy.displayName());
            copy.rememberSecretKey = false; // the key belongs to the original's keychain entry
            addProfile(copy);
        }
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (m_shown < 0 || m_profiles.size() <= 1) {
            return;
        }
        const int row = m_shown;
        m_shown = -1;
        m_profiles.removeAt(row);
        delete m_list->takeItem(row);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        storeForm();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_list->setCurrentRow(current);
    resize(620, 320);
}

int ConnectionManagerDialog::currentIndex() const
{
    return m_list->currentRow();
}

QString ConnectionManagerDialog::labelName(ConnectionProfile::Label label)
{
    switch (label) {
    case ConnectionProfile::Label::Development:
        return tr("Development");
    case ConnectionProfile::Label::Testing:
        return tr("Testing");
    case ConnectionProfile::Label::Production:
        return tr("Production");
    case ConnectionProfile::Label::None:
        break;
    }
    return tr("None");
}

void ConnectionManagerDialog::showProfile(int row)
{
    m_shown = row;
    const bool valid = row >= 0 && row < m_profiles.size();
    for (QWidget *w :
        std::initializer_list<QWidget *> { m_nameEdit, m_labelCombo, m_readOnlyCheck, m_confirmCheck }) {
        w->setEnabled(valid);
    }
    m_deleteButton->setEnabled(valid && m_profiles.size() > 1);
    if (!valid) {
        return;
    }
    const ConnectionProfile &p = m_profiles.at(row);
    m_nameEdit->setText(p.name);
    m_nameEdit->setPlaceholderText(p.displayName());
    m_labelCombo->setCurrentIndex(m_labelCombo->findData(static_cast<int>(p.label)));
    m_readOnlyCheck->setChecked(p.readOnly);
    m_confirmCheck->setChecked(p.confirmBeforeWrite);
}

void ConnectionManagerDialog::storeForm()
{
    if (m_shown < 0 || m_shown >= m_profiles.size()) {
        return;
    }
    ConnectionProfile &p = m_profiles[m_shown];
    const QString name = m_nameEdit->text().trimmed();
    p.name = name; // empty keeps the default name, shown in the current language
    p.label = static_cast<ConnectionProfile::Label>(m_labelCombo->currentData().toInt());
    p.readOnly = m_readOnlyCheck->isChecked();
    p.confirmBeforeWrite = m_confirmCheck->isChecked();
}

void ConnectionManagerDialog::addProfile(const ConnectionProfile &profile)
{
    ConnectionProfile copy = profile;
    copy.id = ConnectionProfileStore::newId();
    m_profiles.append(copy);
    m_list->addItem(copy.displayName());
    m_list->setCurrentRow(m_list->count() - 1);
}
