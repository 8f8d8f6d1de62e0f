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
        region.name = object.value(u"name").toString();
        region.isDefault = object.value(u"default").toBool();
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
    // A region added to the JSON without a name still shows up, under its id.
    return name.isEmpty() ? id : QCoreApplication::translate("Region", name.toUtf8().constData());
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

QString sandboxId()
{
    for (const Region &region : regions()) {
        if (region.kind == Region::Kind::Sandbox) {
            return region.id;
        }
    }
    return {};
}

bool isSandbox(const QString &id)
{
    const Region *region = find(id);
    return region && region->kind == Region::Kind::Sandbox;
}

QString defaultRegionId()
{
    for (const Region &region : regions()) {
        if (region.isDefault) {
            return region.id;
        }
    }
    const QStringList tencent = tencentRegionIds();
    return tencent.isEmpty() ? QString() : tencent.first();
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
