#include "sandbox/sandboxconfig.h"

#include <QDateTime>

std::optional<CustomTagAccess> CustomTagAccessText::parse(QStringView text)
{
    if (text == u"rw") {
        return CustomTagAccess(CustomTagAccessFlag::AdminRead | CustomTagAccessFlag::AdminWrite);
    }
    if (text == u"r") {
        return CustomTagAccess(CustomTagAccessFlag::AdminRead);
    }
    if (text == u"w") {
        return CustomTagAccess(CustomTagAccessFlag::AdminWrite);
    }
    if (text == u"none") {
        return CustomTagAccess();
    }
    return std::nullopt;
}

QString CustomTagAccessText::toString(CustomTagAccess access)
{
    const bool read = access.testFlag(CustomTagAccessFlag::AdminRead);
    const bool write = access.testFlag(CustomTagAccessFlag::AdminWrite);
    if (read && write) {
        return QStringLiteral("rw");
    }
    if (read) {
        return QStringLiteral("r");
    }
    return write ? QStringLiteral("w") : QStringLiteral("none");
}

bool SandboxFaults::any() const
{
    return latencyMs > 0 || internalErrorRate > 0 || badGatewayRate > 0 || dropRate > 0 || malformedRate > 0;
}

qint64 SandboxConfig::nowMs() const
{
    return clock ? clock() : QDateTime::currentMSecsSinceEpoch();
}
