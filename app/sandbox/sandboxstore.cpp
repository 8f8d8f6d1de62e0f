#include "sandbox/sandboxstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace {
const QString FormatName = QStringLiteral("chat-profile-console-sandbox");
constexpr int FormatVersion = 1;
} // namespace

void SandboxStore::addAccount(const QString &account)
{
    if (!m_profiles.contains(account)) {
        m_profiles.insert(account, {});
    }
}

bool SandboxStore::hasAccount(const QString &account) const
{
    return m_profiles.contains(account);
}

qsizetype SandboxStore::accountCount() const
{
    return m_profiles.size();
}

QStringList SandboxStore::accounts() const
{
    QStringList ids = m_profiles.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QJsonValue SandboxStore::StoredItem::value() const
{
    return isNumber ? QJsonValue(number) : QJsonValue(text);
}

void SandboxStore::store(StoredProfile &profile, const QString &tag, const QJsonValue &value)
{
    auto item
        = std::find_if(profile.begin(), profile.end(), [&tag](const StoredItem &i) { return i.tag == tag; });
    if (item == profile.end()) {
        item = profile.insert(profile.end(), StoredItem { *m_tags.insert(tag), {}, 0, false });
    }
    item->isNumber = value.isDouble();
    item->number = value.toDouble();
    item->text = value.toString();
}

void SandboxStore::setItems(const QString &account, const SandboxProfile &items)
{
    StoredProfile &profile = m_profiles[account];
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        store(profile, it.key(), it.value());
    }
}

QJsonValue SandboxStore::value(const QString &account, const QString &tag) const
{
    const auto it = m_profiles.constFind(account);
    if (it == m_profiles.cend()) {
        return QJsonValue::Undefined;
    }
    const auto item
        = std::find_if(it->cbegin(), it->cend(), [&tag](const StoredItem &i) { return i.tag == tag; });
    return item == it->cend() ? QJsonValue(QJsonValue::Undefined) : item->value();
}

SandboxProfile SandboxStore::profile(const QString &account) const
{
    SandboxProfile profile;
    for (const StoredItem &item : m_profiles.value(account)) {
        profile.insert(item.tag, item.value());
    }
    return profile;
}

QByteArray SandboxStore::toJson() const
{
    QJsonObject accounts;
    for (auto it = m_profiles.cbegin(); it != m_profiles.cend(); ++it) {
        QJsonObject profile;
        for (const StoredItem &item : *it) {
            profile.insert(item.tag, item.value());
        }
        accounts.insert(it.key(), profile);
    }
    const QJsonObject root { { QStringLiteral("format"), FormatName },
        { QStringLiteral("version"), FormatVersion }, { QStringLiteral("accounts"), accounts } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool SandboxStore::mergeJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error
            = tr("it is not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName) {
        *error = tr("it is not a Sandbox data file (no \"format\": \"%1\")").arg(FormatName);
        return false;
    }
    if (root.value(QStringLiteral("version")).toInt() != FormatVersion) {
        *error = tr("it has version %1, this Sandbox reads version %2")
                     .arg(root.value(QStringLiteral("version")).toVariant().toString())
                     .arg(FormatVersion);
        return false;
    }
    const QJsonValue accountsValue = root.value(QStringLiteral("accounts"));
    if (!accountsValue.isObject()) {
        *error = tr("\"accounts\" is missing or not an object");
        return false;
    }
    return mergeAccounts(accountsValue.toObject(), error);
}

bool SandboxStore::mergeAccounts(const QJsonObject &accounts, QString *error)
{
    // Checked completely before anything is merged, so a bad entry cannot leave half a file loaded.
    QHash<QString, SandboxProfile> loaded;
    for (auto it = accounts.constBegin(); it != accounts.constEnd(); ++it) {
        if (!it.value().isObject()) {
            *error = tr("the profile of account \"%1\" is not an object").arg(it.key());
            return false;
        }
        SandboxProfile profile;
        const QJsonObject items = it.value().toObject();
        for (auto item = items.constBegin(); item != items.constEnd(); ++item) {
            if (!item.value().isString() && !item.value().isDouble()) {
                *error = tr("the value of %1 for account \"%2\" is neither a string nor a number")
                             .arg(item.key(), it.key());
                return false;
            }
            profile.insert(item.key(), item.value());
        }
        loaded.insert(it.key(), profile);
    }
    for (auto it = loaded.cbegin(); it != loaded.cend(); ++it) {
        m_profiles.insert(it.key(), {});
        setItems(it.key(), it.value());
    }
    return true;
}

bool SandboxStore::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the Sandbox data file %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toJson());
    if (!file.commit()) {
        *error = tr("Cannot write the Sandbox data file %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool SandboxStore::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the Sandbox data file %1: %2").arg(path, file.errorString());
        return false;
    }
    QString problem;
    if (!mergeJson(file.readAll(), &problem)) {
        *error = tr("The Sandbox data file %1 cannot be loaded: %2. It was left untouched; repair "
                    "it, or move it away to start with an empty store.")
                     .arg(path, problem);
        return false;
    }
    return true;
}
