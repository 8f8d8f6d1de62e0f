#include "credentials/secretstore.h"

#include <QCoreApplication>

SecretStore::Result SecretStore::notFound()
{
    return { Status::NotFound, {},
        QCoreApplication::translate("SecretStore", "No secret key is stored for this connection.") };
}

SecretStore::Result SecretStore::unavailable(const QString &detail)
{
    QString message = QCoreApplication::translate("SecretStore",
        "No system keychain is available (such as GNOME Keyring or KWallet), so the secret key cannot be "
        "remembered. It is kept in memory until you quit; you will need to enter it again next time.");
    if (!detail.isEmpty()) {
        message += QLatin1Char(' ')
            + QCoreApplication::translate("SecretStore", "(The keychain said: %1)").arg(detail);
    }
    return { Status::Unavailable, {}, message };
}
