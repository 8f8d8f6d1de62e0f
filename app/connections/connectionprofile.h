#pragma once

#include <QString>

// A saved connection: where to send requests and as whom. Deliberately holds no secret: the key
// lives in the system keychain (when the user opts in) and a pasted UserSig only in memory.
struct ConnectionProfile
{
    enum class AuthMode { SecretKey, PastedUserSig };
    // The colour label: a support agent sees at a glance whether this is production.
    enum class Label { None, Development, Testing, Production };

    QString id; // stable key in the settings and the keychain; never shown
    QString name; // what the user calls it; empty for a connection they never named
    QString regionId;
    bool useBackupDomain = false;
    QString customEndpoint; // used when regionId is the custom-endpoint entry
    quint64 sdkAppId = 0;
    QString adminIdentifier;
    QString lastAccount;
    AuthMode authMode = AuthMode::SecretKey;
    bool rememberSecretKey = false;
    Label label = Label::None;
    bool readOnly = false;
    bool confirmBeforeWrite = false;

    // The name to show: the user's, or for an unnamed connection a default in the current language
    // ("Sandbox demo" for the first-launch Sandbox), so it follows a change of language.
    QString displayName() const;
    // This connection on another region, keeping the app, admin, name and guards; what was true only
    // of the Sandbox goes (the first-launch demo's automatic Development label).
    ConnectionProfile withRegion(const QString &otherRegionId) const;

    bool operator==(const ConnectionProfile &other) const;
    bool operator!=(const ConnectionProfile &other) const { return !(*this == other); }
};
