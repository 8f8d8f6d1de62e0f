#include "appinfo/appinfo.h"

#include "appinfo_config.h"

#include <QCoreApplication>

namespace AppInfo {

QString version()
{
    return QStringLiteral(CPC_VERSION);
}

QString applicationId()
{
    return QStringLiteral(CPC_APP_ID);
}

QString displayName()
{
    return QStringLiteral("Chat Profile Console");
}

void applyToApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("chat-profile-console"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("chatprofileconsole.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("chat-profile-console"));
    QCoreApplication::setApplicationVersion(version());
}

} // namespace AppInfo
