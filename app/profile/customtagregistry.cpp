#include "profile/customtagregistry.h"

#include "profile/fieldschema.h"

#include <QCoreApplication>

namespace {

QString keywordOf(QStringView tagOrKeyword)
{
    return FieldSchema::isCustomTag(tagOrKeyword) ? FieldSchema::customKeyword(tagOrKeyword)
                                                  : tagOrKeyword.toString();
}

// Groups per connection; the key is escaped so a '/' in it cannot nest or collide with other keys.
QString groupFor(const QString &connectionKey)
{
    return QStringLiteral("customProfileFields/")
        + QString::fromLatin1(connectionKey.toUtf8().toPercentEncoding());
}

} // namespace

QString CustomTagEntry::tag() const
{
    return FieldSchema::customTag(keyword);
}

bool CustomTagEntry::operator==(const CustomTagEntry &other) const
{
    return keyword == other.keyword && adminReadable == other.adminReadable
        && adminWritable == other.adminWritable;
}

CustomTagRegistry::CustomTagRegistry(const QString &connectionKey)
    : CustomTagRegistry(connectionKey, std::make_unique<QSettings>())
{ }

CustomTagRegistry::CustomTagRegistry(const QString &connectionKey, std::unique_ptr<QSettings> settings)
    : m_group(groupFor(connectionKey))
    , m_settings(std::move(settings))
{
    load();
}

CustomTagRegistry::~CustomTagRegistry() = default;

const CustomTagEntry *CustomTagRegistry::find(QStringView tagOrKeyword) const
{
    const QString keyword = keywordOf(tagOrKeyword);
    for (const CustomTagEntry &entry : m_entries) {
        if (entry.keyword == keyword)
            return &entry;
    }
    return nullptr;
}

CustomTagEntry *CustomTagRegistry::findMutable(QStringView tagOrKeyword)
{
    return const_cast<CustomTagEntry *>(std::as_const(*this).find(tagOrKeyword));
}

QStringList CustomTagRegistry::readableTags() const
{
    QStringList result;
    for (const CustomTagEntry &entry : m_entries) {
        if (entry.adminReadable)
            result.append(entry.tag());
    }
    return result;
}

QStringList CustomTagRegistry::tags() const
{
    QStringList result;
    for (const CustomTagEntry &entry : m_entries)
        result.append(entry.tag());
    return result;
}

FieldCheck CustomTagRegistry::add(const QString &tagOrKeyword, bool adminReadable, bool adminWritable)
{
    const QString keyword = keywordOf(tagOrKeyword);
    const FieldCheck nameCheck = FieldValidator::checkCustomKeyword(keyword);
    if (nameCheck.isInvalid())
        return nameCheck;
    if (find(keyword)) {
        return { FieldCheck::Invalid, 0,
            tr("%1 is already in the list. Change its permissions instead.")
                .arg(FieldSchema::customTag(keyword)) };
    }
    m_entries.append({ keyword, adminReadable, adminWritable });
    save();
    return nameCheck;
}

bool CustomTagRegistry::setPermissions(QStringView tagOrKeyword, bool adminReadable, bool adminWritable)
{
    CustomTagEntry *entry = findMutable(tagOrKeyword);
    if (!entry)
        return false;
    entry->adminReadable = adminReadable;
    entry->adminWritable = adminWritable;
    save();
    return true;
}

bool CustomTagRegistry::remove(QStringView tagOrKeyword)
{
    const QString keyword = keywordOf(tagOrKeyword);
    const bool removed
        = m_entries.removeIf([&](const CustomTagEntry &e) { return e.keyword == keyword; }) > 0;
    if (removed)
        save();
    return removed;
}

FieldCheck CustomTagRegistry::checkWrite(QStringView tag) const
{
    const CustomTagEntry *entry = find(tag);
    if (!entry) {
        return { FieldCheck::Warning, 40009,
            tr("%1 is not in this connection's list of custom fields. If it was never created in the Chat "
               "console, the server answers 40009; add it to the list once it exists.")
                .arg(tag) };
    }
    if (!entry->adminWritable) {
        return { FieldCheck::Invalid, 40008,
            tr("%1 is not writable by the App admin. Allow \"App admin can write\" for it in the Chat "
               "console, then tick it here.")
                .arg(tag) };
    }
    return {};
}

FieldCheck CustomTagRegistry::checkRead(QStringView tag) const
{
    const CustomTagEntry *entry = find(tag);
    if (!entry) {
        return { FieldCheck::Warning, 40009,
            tr("%1 is not in this connection's list of custom fields; the server answers 40009 if it does "
               "not exist.")
                .arg(tag) };
    }
    if (!entry->adminReadable) {
        return { FieldCheck::Invalid, 40007,
            tr("%1 is not readable by the App admin. Allow \"App admin can read\" for it in the Chat "
               "console, then tick it here.")
                .arg(tag) };
    }
    return {};
}

QString CustomTagRegistry::note()
{
    return FieldSchema::customFieldNote();
}

void CustomTagRegistry::load()
{
    const int count = m_settings->beginReadArray(m_group);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        CustomTagEntry entry;
        entry.keyword = m_settings->value(QStringLiteral("keyword")).toString();
        entry.adminReadable = m_settings->value(QStringLiteral("adminRead"), true).toBool();
        entry.adminWritable = m_settings->value(QStringLiteral("adminWrite"), true).toBool();
        // A hand-edited or damaged entry is skipped rather than sent as a tag the server rejects.
        if (!FieldValidator::checkCustomKeyword(entry.keyword).isInvalid() && !find(entry.keyword))
            m_entries.append(entry);
    }
    m_settings->endArray();
}

void CustomTagRegistry::save()
{
    m_settings->remove(m_group); // so a shorter list leaves no stale entries behind
    m_settings->beginWriteArray(m_group, int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("keyword"), m_entries.at(i).keyword);
        m_settings->setValue(QStringLiteral("adminRead"), m_entries.at(i).adminReadable);
        m_settings->setValue(QStringLiteral("adminWrite"), m_entries.at(i).adminWritable);
    }
    m_settings->endArray();
}
