#include "credentials/keychainsecretstore.h"

#include "appinfo/appinfo.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace {

SecretStore::Result failure(const QKeychain::Job &job)
{
    return { SecretStore::Status::Failed, {},
        QCoreApplication::translate("KeychainSecretStore", "The system keychain reported an error: %1")
            .arg(job.errorString()) };
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(AppInfo::applicationId(), parent)
{ }

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    start(new QKeychain::ReadPasswordJob(m_service), key, context, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setBinaryData(secret);
    start(job, key, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    start(new QKeychain::DeletePasswordJob(m_service), key, context, std::move(done));
}

void KeychainSecretStore::start(QKeychain::Job *job, const QString &key, QObject *context, Callback done)
{
    // The job deletes itself once finished; it has no parent so that destroying the store while
    // the keychain is still answering cannot pull the job out from under its D-Bus callback.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
        switch (finished->error()) {
        case QKeychain::NoError: {
            const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(finished);
            done({ Status::Ok, read ? read->binaryData() : QByteArray(), {} });
            return;
        }
        case QKeychain::EntryNotFound:
            done(qobject_cast<const QKeychain::DeletePasswordJob *>(finished) ? Result { Status::Ok, {}, {} }
                                                                              : notFound());
            return;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        // On Linux an unreachable D-Bus session or Secret Service arrives as OtherError ("Could not
        // connect"), and either way the key cannot be kept there.
        case QKeychain::OtherError:
            done(unavailable(finished->errorString()));
            return;
        case QKeychain::CouldNotDeleteEntry:
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            break;
        }
        done(failure(*finished));
    });
    job->start();
}
