#include "api/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

std::chrono::milliseconds RetryPolicy::delayBefore(int nextAttempt) const
{
    const int doublings = std::clamp(nextAttempt - 2, 0, 20);
    const qint64 ceiling = std::min<qint64>(maxDelay.count(), baseDelay.count() << doublings);
    if (ceiling <= 1) {
        return std::chrono::milliseconds(std::max<qint64>(ceiling, 0));
    }
    const qint64 half = ceiling / 2;
    return std::chrono::milliseconds(half
        + static_cast<qint64>(QRandomGenerator::global()->bounded(static_cast<quint64>(ceiling - half + 1))));
}
