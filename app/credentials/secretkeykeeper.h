#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include "credentials/secretstore.h"

#include <functional>

// Holds each connection's secret key for the session, and also in the system keychain for the
// connections whose user opted in to "remember the secret key". When the keychain cannot be
// reached the key stays in memory anyway, and storageProblem() says so in plain words.
class SecretKeyKeeper final : public QObject
{
    Q_OBJECT

public:
    // `keychain` must outlive this object.
    explicit SecretKeyKeeper(SecretStore *keychain, QObject *parent = nullptr);

    // Keeps `key` for this session; with `remember` also in the keychain, without it any copy
    // remembered earlier is removed from there.
    void setKey(const QString &connectionId, const QByteArray &key, bool remember);

    // Calls `done` with the connection's key, from memory or else from the keychain; with an empty
    // key when there is none. Never calls it once `context` is gone.
    void fetchKey(
        const QString &connectionId, QObject *context, std::function<void(const QByteArray &)> done);

    // Drops the key from memory and from the keychain.
    void forget(const QString &connectionId);

Q_SIGNALS:
    // The keychain could not store, read or remove a key; the message is for the user as it is.
    void storageProblem(const QString &message);

private:
    void removeFromKeychain(const QString &connectionId);
    void reportFailure(const SecretStore::Result &result);

    SecretStore *m_keychain;
    QHash<QString, QByteArray> m_sessionKeys;
};
