#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <vector>

// How long the event loop of the thread it lives on is kept from running: a precise timer ticks
// every `interval`, and each tick that comes late by more than the interval was held up by
// whatever ran in between (a slot, a SQLite commit, a layout). For the GUI thread, a stall over
// 16 ms is a dropped frame; the bulk edit budget is 16 ms at the 99th percentile, 50 ms at most.
class StallProbe final
{
public:
    explicit StallProbe(std::chrono::milliseconds interval = std::chrono::milliseconds(4))
        : m_interval(interval)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(interval);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_stallsNs.push_back(std::max<qint64>(0, now - m_lastNs - qint64(m_interval.count()) * 1000000));
            m_lastNs = now;
        });
    }

    void start()
    {
        m_stallsNs.clear();
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    std::size_t samples() const { return m_stallsNs.size(); }
    // The stall that `share` (0…1) of the ticks stay at or below, in milliseconds.
    double percentileMs(double share) const
    {
        if (m_stallsNs.empty()) {
            return 0;
        }
        std::vector<qint64> sorted = m_stallsNs;
        const std::size_t index = std::min(sorted.size() - 1, std::size_t(share * double(sorted.size())));
        std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(index), sorted.end());
        return sorted[index] / 1e6;
    }
    double maxMs() const
    {
        return m_stallsNs.empty() ? 0 : *std::max_element(m_stallsNs.cbegin(), m_stallsNs.cend()) / 1e6;
    }

private:
    std::chrono::milliseconds m_interval;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    std::vector<qint64> m_stallsNs;
};
