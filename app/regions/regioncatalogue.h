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
    Kind kind = Kind::Tencent;
    QString primaryHost;
    QString backupHost;

    QString displayName() const; // translated
};

namespace RegionCatalogue {
// Every entry of regions.json, in file order: the Tencent data centres first.
const QList<Region> &regions();
// nullptr for an unknown id.
const Region *find(const QString &id);
// https://HOST of a Tencent region; an empty QUrl for custom, sandbox and unknown ids.
QUrl baseUrl(const QString &id, bool backup);
// The ids of the Tencent regions, i.e. the names --region accepts.
QStringList tencentRegionIds();
} // namespace RegionCatalogue
