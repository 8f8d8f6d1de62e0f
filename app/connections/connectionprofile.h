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
    QString name; // what the user calls it
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

    bool operator==(const ConnectionProfile &other) const;
    bool operator!=(const ConnectionProfile &other) const { return !(*this == other); }
};
