#include "credentials/secretkeykeeper.h"

#include <QPointer>

SecretKeyKeeper::SecretKeyKeeper(SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{ }

void SecretKeyKeeper::setKey(const QString &connectionId, const QByteArray &key, bool remember)
{
    m_sessionKeys.insert(connectionId, key);
    if (remember) {
        m_keychain->write(
            connectionId, key, this, [this](const SecretStore::Result &result) { reportFailure(result); });
    } else {
        removeFromKeychain(connectionId);
    }
}

void SecretKeyKeeper::fetchKey(
    const QString &connectionId, QObject *context, std::function<void(const QByteArray &)> done)
{
    const auto known = m_sessionKeys.constFind(connectionId);
    if (known != m_sessionKeys.constEnd()) {
        // Asynchronous like the keychain path, so callers see one behaviour.
        QMetaObject::invokeMethod(
            context, [done = std::move(done), key = *known] { done(key); }, Qt::QueuedConnection);
        return;
    }
    m_keychain->read(connectionId, this,
        [this, connectionId, context = QPointer<QObject>(context), done = std::move(done)](
            const SecretStore::Result &result) {
            if (result.status == SecretStore::Status::Ok) {
                m_sessionKeys.insert(connectionId, result.secret);
            } else if (result.status != SecretStore::Status::NotFound) {
                reportFailure(result);
            }
            if (context) {
                done(result.secret);
            }
        });
}

void SecretKeyKeeper::forget(const QString &connectionId)
{
    m_sessionKeys.remove(connectionId);
    removeFromKeychain(connectionId);
}

void SecretKeyKeeper::removeFromKeychain(const QString &connectionId)
{
    m_keychain->remove(connectionId, this, [this](const SecretStore::Result &result) {
        // Without a keychain nothing can have been remembered there, so there is nothing to report.
        if (result.status != SecretStore::Status::Unavailable) {
            reportFailure(result);
        }
    });
}

void SecretKeyKeeper::reportFailure(const SecretStore::Result &result)
{
    if (result.status != SecretStore::Status::Ok) {
        Q_EMIT storageProblem(result.message);
    }
}
