#include "connections/connectiontarget.h"

#include "api/endpointpolicy.h"
#include "connections/connectionprofile.h"
#include "regions/regioncatalogue.h"

#include <QCoreApplication>

namespace {

ConnectionTarget refused(const QString &problem)
{
    ConnectionTarget target;
    target.problem = problem;
    return target;
}

ConnectionTarget unknownRegion(const QString &regionId)
{
    return refused(
        QCoreApplication::translate("ConnectionTarget", "Unknown region \"%1\". Choose one of: %2.")
            .arg(regionId, RegionCatalogue::tencentRegionIds().join(QStringLiteral(", "))));
}

} // namespace

ConnectionTarget ConnectionTarget::forRegion(const QString &regionId, bool useBackupDomain)
{
    const Region *region = RegionCatalogue::find(regionId);
    if (!region || region->kind != Region::Kind::Tencent) {
        return unknownRegion(regionId);
    }
    ConnectionTarget target;
    target.baseUrl = RegionCatalogue::baseUrl(regionId, useBackupDomain);
    target.displayName = region->displayName();
    return target;
}

ConnectionTarget ConnectionTarget::forEndpoint(const QString &text)
{
    QString problem;
    const QUrl url = EndpointPolicy::parse(text, &problem);
    if (!problem.isEmpty()) {
        return refused(problem);
    }
    ConnectionTarget target;
    target.baseUrl = url;
    // The port tells two local servers apart; the scheme is implied by the policy.
    target.displayName
        = url.port() < 0 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
    return target;
}

ConnectionTarget ConnectionTarget::resolve(
    const QString &regionId, const QString &customEndpoint, bool useBackupDomain, const QUrl &sandboxUrl)
{
    const Region *region = RegionCatalogue::find(regionId);
    if (!region) {
        return unknownRegion(regionId);
    }
    switch (region->kind) {
    case Region::Kind::Tencent:
        return forRegion(regionId, useBackupDomain);
    case Region::Kind::Custom:
        return forEndpoint(customEndpoint);
    case Region::Kind::Sandbox:
        break;
    }
    if (sandboxUrl.isEmpty()) {
        return refused(QCoreApplication::translate("ConnectionTarget", "The Sandbox is not running."));
    }
    ConnectionTarget target;
    target.baseUrl = sandboxUrl;
    target.displayName = region->displayName();
    return target;
}

ConnectionTarget ConnectionTarget::resolve(const ConnectionProfile &profile, const QUrl &sandboxUrl)
{
    return resolve(profile.regionId, profile.customEndpoint, profile.useBackupDomain, sandboxUrl);
}
