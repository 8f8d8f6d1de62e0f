#pragma once

#include "connections/connectionprofile.h"

#include <QList>
#include <QSettings>

#include <memory>

// Loads and saves connection profiles in QSettings. Secrets never pass through here: the struct
// has no field for them, so nothing can write one by accident.
class ConnectionProfileStore final
{
public:
    // Uses the application's default QSettings.
    ConnectionProfileStore();
    // For tests: any QSettings, e.g. an INI file in a temporary folder.
    explicit ConnectionProfileStore(std::unique_ptr<QSettings> settings);
    ~ConnectionProfileStore();

    QList<ConnectionProfile> load() const;
    void save(const QList<ConnectionProfile> &profiles);

    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

    // A fresh id that no saved profile uses.
    static QString newId();

    void sync();

private:
    // Brings a file of an older format up to date, once, when the store opens it.
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};
