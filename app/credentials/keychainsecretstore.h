#pragma once

#include "credentials/secretstore.h"

namespace QKeychain {
class Job;
}

// The system keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Manager). Never falls back to a plain file: when no keychain answers, the result is
// Unavailable and the caller keeps the secret in memory.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    // Entries are filed under the application id (AppInfo::applicationId()).
    explicit KeychainSecretStore(QObject *parent = nullptr);
    // Another service name, so tests never touch the application's own entries.
    KeychainSecretStore(const QString &service, QObject *parent);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QByteArray &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    void start(QKeychain::Job *job, const QString &key, QObject *context, Callback done);

    QString m_service;
};
