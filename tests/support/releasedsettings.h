#pragma once

#include "connections/connectionprofile.h"

#include <QList>
#include <QSettings>
#include <QStringList>

// Writes connections exactly as the previous release's ConnectionProfileStore::save() did
// (commit 071912f): no format version, and confirmBeforeWrite always present, false unless ticked.
// A copy on purpose: it must not follow the store when the store's format changes.
inline void saveAsRelease071912f(QSettings &settings, const QList<ConnectionProfile> &profiles)
{
    static const QStringList labels { QStringLiteral("none"), QStringLiteral("development"),
        QStringLiteral("testing"), QStringLiteral("production") };
    settings.remove(QStringLiteral("connections"));
    settings.beginWriteArray(QStringLiteral("connections"), static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &p = profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), p.id);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("region"), p.regionId);
        settings.setValue(QStringLiteral("backupDomain"), p.useBackupDomain);
        settings.setValue(QStringLiteral("customEndpoint"), p.customEndpoint);
        settings.setValue(QStringLiteral("sdkAppId"), p.sdkAppId);
        settings.setValue(QStringLiteral("adminIdentifier"), p.adminIdentifier);
        settings.setValue(QStringLiteral("lastAccount"), p.lastAccount);
        settings.setValue(QStringLiteral("authMode"),
            p.authMode == ConnectionProfile::AuthMode::PastedUserSig ? QStringLiteral("usersig")
                                                                     : QStringLiteral("secretkey"));
        settings.setValue(QStringLiteral("rememberSecretKey"), p.rememberSecretKey);
        settings.setValue(QStringLiteral("label"), labels.at(static_cast<int>(p.label)));
        settings.setValue(QStringLiteral("readOnly"), p.readOnly);
        settings.setValue(QStringLiteral("confirmBeforeWrite"), p.confirmBeforeWrite);
    }
    settings.endArray();
    settings.sync();
}
