#include "credentials/secretkeykeeper.h"

#include <QPointer>

SecretKeyKeeper::SecretKeyKeeper(SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{ }

void SecretKeyKeeper::setKey(const QString &connectionId, const QByteArray &key, bool remember)
{
    m_sessionKeys.insert(connectionId, key);
    if (remember && !key.isEmpty()) {
        m_keychain->write(
            connectionId, key, this, [this](const SecretStore::Result &result) { reportFailure(result); });
    }
}

void SecretKeyKeeper::stopRemembering(const QString &connectionId)
{
    m_keychain->remove(connectionId, this, [this](const SecretStore::Result &result) {
        // Without a keychain nothing can have been remembered there, so there is nothing to report.
        if (result.status != SecretStore::Status::Unavailable) {
            reportFailure(result);
        }
    });
}

void SecretKeyKeeper::fetchKey(const QString &connectionId, bool remembered, QObject *context,
    std::function<void(const QByteArray &)> done)
{
    const auto known = m_sessionKeys.constFind(connectionId);
    if (known != m_sessionKeys.constEnd() || !remembered) {
        // Asynchronous like the keychain path, so callers see one behaviour.
        QMetaObject::invokeMethod(
            context, [done = std::move(done), key = m_sessionKeys.value(connectionId)] { done(key); },
            Qt::QueuedConnection);
        return;
    }
    m_keychain->read(connectionId, this,
        [this, connectionId, context = QPointer<QObject>(context), done = std::move(done)](
            const SecretStore::Result &result) {
            if (result.status != SecretStore::Status::Ok && result.status != SecretStore::Status::NotFound) {
                reportFailure(result); // not kept: the next selection asks again
            } else if (!m_sessionKeys.contains(connectionId)) {
                // Kept, found or not, so the keychain is read once a session; a key typed while the
                // keychain was answering wins over the stored one.
                m_sessionKeys.insert(connectionId, result.secret);
            }
            if (context) {
                done(m_sessionKeys.value(connectionId));
            }
        });
}

void SecretKeyKeeper::forget(const QString &connectionId, bool remembered)
{
    m_sessionKeys.remove(connectionId);
    if (remembered) {
        stopRemembering(connectionId);
    }
}

void SecretKeyKeeper::reportFailure(const SecretStore::Result &result)
{
    if (result.status != SecretStore::Status::Ok) {
        Q_EMIT storageProblem(result.message);
    }
}
