#pragma once

#include <QString>

// The product's identity, in one place for both executables, QSettings and the packaging.
namespace AppInfo {

QString version();
// Reverse-DNS id shared by the desktop file, the metainfo, the icon and setDesktopFileName.
QString applicationId();
QString displayName();

// Sets organisation and application names so QSettings lands in
// $XDG_CONFIG_HOME/chat-profile-console/chat-profile-console.conf for the GUI and the CLI alike.
void applyToApplication();

} // namespace AppInfo
