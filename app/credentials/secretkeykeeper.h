#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include "credentials/secretstore.h"

#include <functional>

// Holds each connection's secret key for the session, and also in the system keychain for the
// connections whose user opted in to "remember the secret key". The keychain is asked nothing about
// the other connections: every keychain call may raise an unlock prompt. Whether a connection is
// remembered is the caller's to say (it is saved with the connection), so this class keeps no copy.
// When the keychain cannot be reached the key stays in memory anyway, and storageProblem() says so
// in plain words.
class SecretKeyKeeper final : public QObject
{
    Q_OBJECT

public:
    // `keychain` must outlive this object.
    explicit SecretKeyKeeper(SecretStore *keychain, QObject *parent = nullptr);

    // Keeps `key` for this session; with `remember` also writes it to the keychain. An empty key is
    // never written: clearing the field is not a wish to forget, unticking "remember" is.
    void setKey(const QString &connectionId, const QByteArray &key, bool remember);

    // The user unticked "remember": removes the keychain's copy, once; the session keeps the key.
    void stopRemembering(const QString &connectionId);

    // Calls `done` with the connection's key from memory or, for a `remembered` connection only,
    // from the keychain (read at most once a session); with an empty key when there is none.
    // Never calls it once `context` is gone.
    void fetchKey(const QString &connectionId, bool remembered, QObject *context,
        std::function<void(const QByteArray &)> done);

    // Drops the key from memory and, when it was `remembered`, from the keychain.
    void forget(const QString &connectionId, bool remembered);

Q_SIGNALS:
    // The keychain could not store, read or remove a key; the message is for the user as it is.
    void storageProblem(const QString &message);

private:
    void reportFailure(const SecretStore::Result &result);

    SecretStore *m_keychain;
    QHash<QString, QByteArray> m_sessionKeys;
};
