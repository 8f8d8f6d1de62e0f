#include "regions/regioncatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <iterator>

Q_LOGGING_CATEGORY(lcRegions, "cpc.regions")

namespace {

// Display names are kept here rather than in the JSON so lupdate can extract them.
struct DisplayName
{
    const char *id;
    const char *name;
};
const DisplayName kDisplayNames[] = {
    { "china", QT_TRANSLATE_NOOP("Region", "China") },
    { "singapore", QT_TRANSLATE_NOOP("Region", "Singapore") },
    { "seoul", QT_TRANSLATE_NOOP("Region", "Seoul") },
    { "tokyo", QT_TRANSLATE_NOOP("Region", "Tokyo") },
    { "frankfurt", QT_TRANSLATE_NOOP("Region", "Frankfurt") },
    { "mumbai", QT_TRANSLATE_NOOP("Region", "Mumbai") },
    { "silicon-valley", QT_TRANSLATE_NOOP("Region", "Silicon Valley") },
    { "jakarta", QT_TRANSLATE_NOOP("Region", "Jakarta") },
    { "custom", QT_TRANSLATE_NOOP("Region", "Custom endpoint") },
    { "sandbox", QT_TRANSLATE_NOOP("Region", "Sandbox (local demo)") },
};

bool parseKind(const QString &text, Region::Kind *kind)
{
    if (text == QLatin1String("tencent")) {
        *kind = Region::Kind::Tencent;
    } else if (text == QLatin1String("custom")) {
        *kind = Region::Kind::Custom;
    } else if (text == QLatin1String("sandbox")) {
        *kind = Region::Kind::Sandbox;
    } else {
        return false;
    }
    return true;
}

QList<Region> load()
{
    QFile file(QStringLiteral(":/regions/regions.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcRegions, "The embedded region list is missing: %s", qUtf8Printable(file.errorString()));
        return {};
    }
    QList<Region> result;
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).object().value(u"regions").toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject object = value.toObject();
        Region region;
        region.id = object.value(u"id").toString();
        region.primaryHost = object.value(u"primaryHost").toString();
        region.backupHost = object.value(u"backupHost").toString();
        if (region.id.isEmpty() || !parseKind(object.value(u"kind").toString(), &region.kind)) {
            qCWarning(lcRegions, "Skipping a malformed region entry: %s",
                QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
            continue;
        }
        result.append(region);
    }
    return result;
}

} // namespace

QString Region::displayName() const
{
    for (const DisplayName &entry : kDisplayNames) {
        if (id == QLatin1String(entry.id)) {
            return QCoreApplication::translate("Region", entry.name);
        }
    }
    // A region added to the JSON without a translation still shows up, under its id.
    return id;
}

namespace RegionCatalogue {

const QList<Region> &regions()
{
    static const QList<Region> all = load();
    return all;
}

const Region *find(const QString &id)
{
    for (const Region &region : regions()) {
        if (region.id == id) {
            return &region;
        }
    }
    return nullptr;
}

QUrl baseUrl(const QString &id, bool backup)
{
    const Region *region = find(id);
    if (!region || region->kind != Region::Kind::Tencent) {
        return {};
    }
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(backup ? region->backupHost : region->primaryHost);
    return url;
}

QStringList tencentRegionIds()
{
    QStringList ids;
    for (const Region &region : regions()) {
        if (region.kind == Region::Kind::Tencent) {
            ids.append(region.id);
        }
    }
    return ids;
}

} // namespace RegionCatalogue
