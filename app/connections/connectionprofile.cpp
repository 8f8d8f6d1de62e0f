#include "connections/connectionprofile.h"

#include "regions/regioncatalogue.h"

#include <QCoreApplication>

#include <tuple>

QString ConnectionProfile::displayName() const
{
    if (!name.isEmpty()) {
        return name;
    }
    return RegionCatalogue::isSandbox(regionId)
        ? QCoreApplication::translate("ConnectionProfile", "Sandbox demo")
        : QCoreApplication::translate("ConnectionProfile", "Unnamed connection");
}

ConnectionProfile ConnectionProfile::withRegion(const QString &otherRegionId) const
{
    const auto sandbox = [](const QString &id) {
        const Region *region = RegionCatalogue::find(id);
        return region && region->kind == Region::Kind::Sandbox;
    };
    ConnectionProfile moved = *this;
    moved.regionId = otherRegionId;
    // An unnamed Sandbox connection is the first-launch demo, labelled Development because it is
    // the Sandbox: on a real app that label would say something nobody chose.
    if (sandbox(regionId) && !sandbox(otherRegionId) && name.isEmpty() && label == Label::Development) {
        moved.label = Label::None;
    }
    return moved;
}

bool ConnectionProfile::operator==(const ConnectionProfile &other) const
{
    const auto fields = [](const ConnectionProfile &p) {
        return std::tie(p.id, p.name, p.regionId, p.useBackupDomain, p.customEndpoint, p.sdkAppId,
            p.adminIdentifier, p.lastAccount, p.authMode, p.rememberSecretKey, p.label, p.readOnly,
            p.confirmBeforeWrite);
    };
    return fields(*this) == fields(other);
}
