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

bool ConnectionProfile::operator==(const ConnectionProfile &other) const
{
    const auto fields = [](const ConnectionProfile &p) {
        return std::tie(p.id, p.name, p.regionId, p.useBackupDomain, p.customEndpoint, p.sdkAppId,
            p.adminIdentifier, p.lastAccount, p.authMode, p.rememberSecretKey, p.label, p.readOnly,
            p.confirmBeforeWrite);
    };
    return fields(*this) == fields(other);
}
