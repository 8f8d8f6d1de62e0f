#include "usersig/durationtext.h"

#include <QCoreApplication>
#include <QDateTime>

namespace DurationText {

QString approximate(qint64 seconds)
{
    // Unsigned, so even the most negative qint64 has a magnitude.
    const quint64 magnitude = seconds < 0 ? 0 - static_cast<quint64>(seconds) : static_cast<quint64>(seconds);
    constexpr quint64 minute = 60;
    constexpr quint64 hour = 60 * minute;
    constexpr quint64 day = 24 * hour;
    if (magnitude >= day) {
        return QCoreApplication::translate("DurationText", "%1 d").arg(magnitude / day);
    }
    if (magnitude >= hour) {
        return QCoreApplication::translate("DurationText", "%1 h").arg(magnitude / hour);
    }
    if (magnitude >= minute) {
        return QCoreApplication::translate("DurationText", "%1 min").arg(magnitude / minute);
    }
    return QCoreApplication::translate("DurationText", "%1 s").arg(magnitude);
}

QString utc(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        + QStringLiteral(" UTC");
}

} // namespace DurationText
