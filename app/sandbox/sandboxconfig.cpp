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

qint64 SandboxConfig::nowMs() const
{
    return clock ? clock() : QDateTime::currentMSecsSinceEpoch();
}
