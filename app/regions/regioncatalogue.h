#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// One place a request can go: a Tencent Cloud data centre, a custom endpoint the user types, or
// the built-in Sandbox. The list itself is data (resources/regions.json) because Tencent adds
// data centres over time.
struct Region
{
    enum class Kind {
        Tencent, // fixed https hosts, one primary and one backup
        Custom, // any base URL the user gives
        Sandbox, // the local emulator; its URL is only known once it listens
    };

    QString id; // stable key, also the CLI's --region name
    QString name; // English display name from the JSON, the source text of its translation
    bool isDefault = false; // the region a new connection starts on
    Kind kind = Kind::Tencent;
    QString primaryHost;
    QString backupHost;

    QString displayName() const; // name, translated in the context "Region"
};

namespace RegionCatalogue {
// Every entry of regions.json, in file order: the Tencent data centres first.
const QList<Region> &regions();
// nullptr for an unknown id.
const Region *find(const QString &id);
// https://HOST of a Tencent region; an empty QUrl for custom, sandbox and unknown ids.
QUrl baseUrl(const QString &id, bool backup);
// The id of the built-in Sandbox's entry.
QString sandboxId();
bool isSandbox(const QString &id);
// The region a new connection starts on (marked "default" in the JSON).
QString defaultRegionId();
// The ids of the Tencent regions, i.e. the names --region accepts.
QStringList tencentRegionIds();
} // namespace RegionCatalogue
