#pragma once

#include "credentials/secretstore.h"

#include <QHash>

// Keeps secrets in this process only: for tests, and for a session without a system keychain.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QByteArray &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    QHash<QString, QByteArray> m_secrets;
};
