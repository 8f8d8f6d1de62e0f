#include "connections/connectionprofile.h"

#include <tuple>

bool ConnectionProfile::operator==(const ConnectionProfile &other) const
{
    const auto fields = [](const ConnectionProfile &p) {
        return std::tie(p.id, p.name, p.regionId, p.useBackupDomain, p.customEndpoint, p.sdkAppId,
            p.adminIdentifier, p.lastAccount, p.authMode, p.rememberSecretKey, p.label, p.readOnly,
            p.confirmBeforeWrite);
    };
    return fields(*this) == fields(other);
}
