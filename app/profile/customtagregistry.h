#pragma once

#include "profile/fieldvalidator.h"

#include <QCoreApplication>
#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

// A custom profile field the user told us exists in the Chat console for this app, with the
// App-admin permissions it was given there. The REST API cannot list custom fields, so the console
// only knows what the user registers.
struct CustomTagEntry
{
    QString keyword; // "Hobby" for Tag_Profile_Custom_Hobby
    bool adminReadable = true;
    bool adminWritable = true;

    QString tag() const;
    bool operator==(const CustomTagEntry &other) const;
};

// The per-connection list of known custom tags, remembered in QSettings under a key the caller
// chooses (a connection id). It holds names and permissions only, never secrets.
class CustomTagRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(CustomTagRegistry)

public:
    // Uses the application's default QSettings.
    explicit CustomTagRegistry(const QString &connectionKey);
    // For tests: any QSettings, e.g. an INI file in a temporary folder.
    CustomTagRegistry(const QString &connectionKey, std::unique_ptr<QSettings> settings);
    ~CustomTagRegistry();

    const QList<CustomTagEntry> &entries() const { return m_entries; }
    // Accepts the keyword or the full tag.
    const CustomTagEntry *find(QStringView tagOrKeyword) const;
    // What portrait_get may ask for: the fields the admin can read.
    QStringList readableTags() const;
    QStringList tags() const;

    // Registers a field (keyword or full tag). Invalid names and duplicates are refused
    // (level Invalid); a name that breaks only the documented 8-letter rule is added with a warning.
    FieldCheck add(const QString &tagOrKeyword, bool adminReadable, bool adminWritable);
    bool setPermissions(QStringView tagOrKeyword, bool adminReadable, bool adminWritable);
    // Forgets the field here; it stays on the server (fields cannot be deleted there).
    bool remove(QStringView tagOrKeyword);

    // Whether sending this custom tag can work: unknown here → warning (the server answers 40009
    // if it does not exist); known but not admin-writable → invalid (40008).
    FieldCheck checkWrite(QStringView tag) const;
    // The same for reading (40007 when not admin-readable).
    FieldCheck checkRead(QStringView tag) const;

    // The note to show wherever a field is added: create it first, 10 minutes, no rename/delete.
    static QString note();

private:
    CustomTagEntry *findMutable(QStringView tagOrKeyword);
    void load();
    void save();

    QString m_group;
    std::unique_ptr<QSettings> m_settings;
    QList<CustomTagEntry> m_entries;
};
