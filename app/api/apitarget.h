#pragma once

#include <QString>
#include <QUrl>

// Where a call goes and as whom. The caller builds one per call, with a freshly generated
// UserSig from the credentials module, so the client itself never holds a secret.
struct ApiTarget
{
    QUrl baseUrl; // https://HOST (or http://127.0.0.1:PORT for the Sandbox)
    quint64 sdkAppId = 0;
    QString identifier; // the App admin
    QString userSig;
};
