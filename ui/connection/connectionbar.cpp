#include "connection/connectionbar.h"

#include "regions/regioncatalogue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent)
    , m_profileCombo(new QComboBox(this))
    , m_manageButton(new QToolButton(this))
    , m_regionCombo(new QComboBox(this))
    , m_backupCheck(new QCheckBox(tr("Use &backup domain"), this))
    , m_endpointEdit(new QLineEdit(this))
    , m_hostLabel(new QLabel(this))
{
    m_profileCombo->setObjectName(QStringLiteral("connectionCombo"));
    m_profileCombo->setAccessibleName(tr("Connection"));
    m_profileCombo->setAccessibleDescription(tr("The saved connection to use: app, region and admin."));
    m_profileCombo->setMinimumContentsLength(16);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_manageButton->setObjectName(QStringLiteral("manageConnectionsButton"));
    m_manageButton->setText(tr("Connections…"));
    m_manageButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_manageButton->setAccessibleName(tr("Manage connections"));

    m_regionCombo->setObjectName(QStringLiteral("regionCombo"));
    m_regionCombo->setAccessibleName(tr("Region"));
    m_regionCombo->setAccessibleDescription(
        tr("The data centre of your app. A wrong region answers 70016 or 70020."));
    for (const Region &region : RegionCatalogue::regions()) {
        m_regionCombo->addItem(region.displayName(), region.id);
        if (region.kind == Region::Kind::Tencent) {
            m_regionCombo->setItemData(m_regionCombo->count() - 1, region.primaryHost, Qt::ToolTipRole);
        }
    }

    m_backupCheck->setObjectName(QStringLiteral("backupDomainCheck"));
    m_backupCheck->setToolTip(tr("Send to the *.my-imcloud.com backup host, for networks where the primary "
                                 "domain does not resolve."));

    m_endpointEdit->setObjectName(QStringLiteral("endpointEdit"));
    m_endpointEdit->setPlaceholderText(tr("https://your-gateway.example.com"));
    m_endpointEdit->setAccessibleName(tr("Custom endpoint"));
    m_endpointEdit->setClearButtonEnabled(true);

    m_hostLabel->setObjectName(QStringLiteral("hostLabel"));
    m_hostLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hostLabel->setTextFormat(Qt::PlainText);
    // Wraps rather than widening the window: with the backup-domain switch beside it, a host on
    // one line made the window wider than a 1024-pixel screen.
    m_hostLabel->setWordWrap(true);

    auto *regionLabel = new QLabel(tr("&Region:"), this);
    regionLabel->setBuddy(m_regionCombo);
    auto *connectionLabel = new QLabel(tr("Co&nnection:"), this);
    connectionLabel->setBuddy(m_profileCombo);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(connectionLabel);
    layout->addWidget(m_profileCombo);
    layout->addWidget(m_manageButton);
    layout->addSpacing(12);
    layout->addWidget(regionLabel);
    layout->addWidget(m_regionCombo);
    layout->addWidget(m_backupCheck);
    layout->addWidget(m_endpointEdit, 1);
    layout->addWidget(m_hostLabel, 1);

    connect(m_profileCombo, &QComboBox::activated, this, &ConnectionBar::profileSelected);
    connect(m_manageButton, &QToolButton::clicked, this, &ConnectionBar::manageRequested);
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateRegionDependentWidgets();
        Q_EMIT regionPicked(regionId());
    });
    connect(m_backupCheck, &QCheckBox::toggled, this, [this] {
        updateRegionDependentWidgets();
        Q_EMIT targetEdited();
    });
    connect(m_endpointEdit, &QLineEdit::textEdited, this, &ConnectionBar::targetEdited);
    updateRegionDependentWidgets();
}

void ConnectionBar::setProfiles(const QList<ConnectionProfile> &profiles, int current)
{
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    for (const ConnectionProfile &profile : profiles) {
        m_profileCombo->addItem(profile.displayName(), profile.id);
    }
    m_profileCombo->setCurrentIndex(current);
    if (current >= 0 && current < profiles.size()) {
        showRegion(profiles.at(current));
    }
}

void ConnectionBar::applyTo(ConnectionProfile &profile) const
{
    profile.regionId = regionId();
    profile.useBackupDomain = useBackupDomain();
    profile.customEndpoint = customEndpoint();
}

QString ConnectionBar::regionId() const
{
    return m_regionCombo->currentData().toString();
}

QString ConnectionBar::customEndpoint() const
{
    return m_endpointEdit->text().trimmed();
}

bool ConnectionBar::useBackupDomain() const
{
    return m_backupCheck->isEnabled() && m_backupCheck->isChecked();
}

QString ConnectionBar::targetDescription() const
{
    const Region *region = RegionCatalogue::find(regionId());
    if (!region || region->kind == Region::Kind::Sandbox) {
        return {};
    }
    if (region->kind == Region::Kind::Custom) {
        return customEndpoint();
    }
    return RegionCatalogue::baseUrl(region->id, useBackupDomain()).host();
}

void ConnectionBar::showRegion(const ConnectionProfile &profile)
{
    const QSignalBlocker regionBlocker(m_regionCombo);
    const QSignalBlocker backupBlocker(m_backupCheck);
    const int index = m_regionCombo->findData(profile.regionId);
    m_regionCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_backupCheck->setChecked(profile.useBackupDomain);
    m_endpointEdit->setText(profile.customEndpoint);
    updateRegionDependentWidgets();
}

void ConnectionBar::updateRegionDependentWidgets()
{
    const Region *region = RegionCatalogue::find(regionId());
    const Region::Kind kind = region ? region->kind : Region::Kind::Tencent;
    m_backupCheck->setEnabled(kind == Region::Kind::Tencent);
    m_backupCheck->setVisible(kind == Region::Kind::Tencent);
    m_endpointEdit->setVisible(kind == Region::Kind::Custom);
    m_hostLabel->setVisible(kind != Region::Kind::Custom);
    if (kind == Region::Kind::Sandbox) {
        m_hostLabel->setText(tr("Local demo server on this computer; nothing leaves it."));
    } else {
        m_hostLabel->setText(targetDescription());
    }
}
