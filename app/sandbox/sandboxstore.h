#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

// One account's profile: tag → value, with the JSON type it was set with. An unset tag is absent.
using SandboxProfile = QHash<QString, QJsonValue>;

// What the emulated API changes: the imported accounts and their profiles, in memory. The
// service validates a whole request before it calls setItems(), so a write cannot stop halfway.
class SandboxStore final
{
    Q_DECLARE_TR_FUNCTIONS(SandboxStore)

public:
    // Imports an account; keeps its profile when it already exists.
    void addAccount(const QString &account);
    bool hasAccount(const QString &account) const;
    qsizetype accountCount() const;
    QStringList accounts() const;

    // Stores every item on an existing account in one step (later items win over earlier ones
    // with the same tag).
    void setItems(const QString &account, const SandboxProfile &items);
    // Undefined when the account or the tag is not set.
    QJsonValue value(const QString &account, const QString &tag) const;
    SandboxProfile profile(const QString &account) const;

    // The data-file form: {"format": …, "version": 1, "accounts": {"id": {"Tag": value, …}}}.
    QByteArray toJson() const;
    // Adds the accounts and profiles of a data file to this store. On an error nothing is
    // changed and error says what is wrong and what to do.
    bool mergeJson(const QByteArray &json, QString *error);
    // The same for the "accounts" object alone (the demo resource embeds one).
    bool mergeAccounts(const QJsonObject &accounts, QString *error);

    // Writes the data file atomically (QSaveFile), so a crash leaves the old file intact.
    bool save(const QString &path, QString *error) const;
    // Merges the data file at path; a missing file is an empty store, a broken one an error
    // that leaves both the store and the file untouched.
    bool load(const QString &path, QString *error);

private:
    // Profiles are kept flat and lean rather than as SandboxProfile: a QHash per account and a
    // QJsonValue per value cost about five times the memory (see bench/sandbox_bench.cpp).
    struct StoredItem
    {
        QString tag; // shared with m_tags, so 100,000 profiles hold each tag name once
        QString text;
        double number = 0;
        bool isNumber = false;

        QJsonValue value() const;
    };
    using StoredProfile = std::vector<StoredItem>;

    void store(StoredProfile &profile, const QString &tag, const QJsonValue &value);

    QHash<QString, StoredProfile> m_profiles;
    QSet<QString> m_tags;
};
