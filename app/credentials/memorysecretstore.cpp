#include "credentials/memorysecretstore.h"

#include <QMetaObject>

namespace {

// Answers from the event loop like a real keychain would, so callers cannot come to rely on a
// synchronous answer that the keychain never gives.
void answerLater(QObject *context, SecretStore::Callback done, SecretStore::Result result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

} // namespace

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.constEnd()) {
        answerLater(context, std::move(done), notFound());
        return;
    }
    answerLater(context, std::move(done), { Status::Ok, *found, {} });
}

void MemorySecretStore::write(const QString &key, const QByteArray &secret, QObject *context, Callback done)
{
    m_secrets.insert(key, secret);
    answerLater(context, std::move(done), { Status::Ok, {}, {} });
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    m_secrets.remove(key);
    answerLater(context, std::move(done), { Status::Ok, {}, {} });
}
