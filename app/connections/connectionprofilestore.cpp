#include "connections/connectionprofilestore.h"

#include "privatefiles/privatefiles.h"

#include <QUuid>

namespace {

const QString kGroup = QStringLiteral("connections");
const QString kLastUsed = QStringLiteral("session/lastConnection");

// Stored as words rather than enum numbers so a hand-edited or older file stays readable.
QString authModeName(ConnectionProfile::AuthMode mode)
{
    return mode == ConnectionProfile::AuthMode::PastedUserSig ? QStringLiteral("usersig")
                                                              : QStringLiteral("secretkey");
}

ConnectionProfile::AuthMode authModeFromName(const QString &name)
{
    return name == QLatin1String("usersig") ? ConnectionProfile::AuthMode::PastedUserSig
                                            : ConnectionProfile::AuthMode::SecretKey;
}

const QStringList &labelNames()
{
    static const QStringList names { QStringLiteral("none"), QStringLiteral("development"),
        QStringLiteral("testing"), QStringLiteral("production") };
    return names;
}

// The settings name apps, admins and accounts: the file is the user's alone (#11.8). Prepared
// before anything is written, since QSettings keeps the permissions of the file it rewrites. If
// this fails, so does the settings' own writing, which QSettings::status() reports.
void keepPrivate(const QSettings &settings)
{
#ifdef Q_OS_WIN
    if (settings.format() == QSettings::NativeFormat) {
        return; // the registry, not a file
    }
#endif
    QString ignored;
    PrivateFiles::prepareFile(settings.fileName(), &ignored);
}

} // namespace

ConnectionProfileStore::ConnectionProfileStore()
    : ConnectionProfileStore(std::make_unique<QSettings>())
{ }

ConnectionProfileStore::ConnectionProfileStore(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{
    keepPrivate(*m_settings);
}

ConnectionProfileStore::~ConnectionProfileStore() = default;

QList<ConnectionProfile> ConnectionProfileStore::load() const
{
    QList<ConnectionProfile> profiles;
    const int count = m_settings->beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile p;
        p.id = m_settings->value(QStringLiteral("id")).toString();
        if (p.id.isEmpty()) {
            continue; // a damaged entry: skip it rather than invent an identity for it
        }
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.regionId = m_settings->value(QStringLiteral("region")).toString();
        p.useBackupDomain = m_settings->value(QStringLiteral("backupDomain"), false).toBool();
        p.customEndpoint = m_settings->value(QStringLiteral("customEndpoint")).toString();
        p.sdkAppId = m_settings->value(QStringLiteral("sdkAppId"), 0).toULongLong();
        p.adminIdentifier = m_settings->value(QStringLiteral("adminIdentifier")).toString();
        p.lastAccount = m_settings->value(QStringLiteral("lastAccount")).toString();
        p.authMode = authModeFromName(m_settings->value(QStringLiteral("authMode")).toString());
        p.rememberSecretKey = m_settings->value(QStringLiteral("rememberSecretKey"), false).toBool();
        const int label = labelNames().indexOf(m_settings->value(QStringLiteral("label")).toString());
        p.label = label < 0 ? ConnectionProfile::Label::None : static_cast<ConnectionProfile::Label>(label);
        p.readOnly = m_settings->value(QStringLiteral("readOnly"), false).toBool();
        // Production confirms every write unless the user said otherwise.
        p.confirmBeforeWrite = m_settings
                                   ->value(QStringLiteral("confirmBeforeWrite"),
                                       p.label == ConnectionProfile::Label::Production)
                                   .toBool();
        profiles.append(p);
    }
    m_settings->endArray();
    return profiles;
}

void ConnectionProfileStore::save(const QList<ConnectionProfile> &profiles)
{
    m_settings->remove(kGroup); // so a shorter list leaves no stale entries behind
    m_settings->beginWriteArray(kGroup, static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &p = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), p.id);
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("region"), p.regionId);
        m_settings->setValue(QStringLiteral("backupDomain"), p.useBackupDomain);
        m_settings->setValue(QStringLiteral("customEndpoint"), p.customEndpoint);
        m_settings->setValue(QStringLiteral("sdkAppId"), p.sdkAppId);
        m_settings->setValue(QStringLiteral("adminIdentifier"), p.adminIdentifier);
        m_settings->setValue(QStringLiteral("lastAccount"), p.lastAccount);
        m_settings->setValue(QStringLiteral("authMode"), authModeName(p.authMode));
        m_settings->setValue(QStringLiteral("rememberSecretKey"), p.rememberSecretKey);
        m_settings->setValue(QStringLiteral("label"), labelNames().at(static_cast<int>(p.label)));
        m_settings->setValue(QStringLiteral("readOnly"), p.readOnly);
        m_settings->setValue(QStringLiteral("confirmBeforeWrite"), p.confirmBeforeWrite);
    }
    m_settings->endArray();
}

QString ConnectionProfileStore::lastUsedId() const
{
    return m_settings->value(kLastUsed).toString();
}

void ConnectionProfileStore::setLastUsedId(const QString &id)
{
    m_settings->setValue(kLastUsed, id);
}

QString ConnectionProfileStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void ConnectionProfileStore::sync()
{
    m_settings->sync();
}
