#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <time.h>

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
            const qint64 cpu = threadCpuNs();
            m_stallsNs.push_back(std::max<qint64>(0, now - m_lastNs - qint64(m_interval.count()) * 1000000));
            m_atNs.push_back(m_lastNs);
            m_cpuNs.push_back(cpu - m_lastCpuNs);
            m_lastNs = now;
            m_lastCpuNs = cpu;
        });
    }

    void start()
    {
        m_stallsNs.clear();
        m_atNs.clear();
        m_cpuNs.clear();
        m_clock.start();
        m_lastNs = 0;
        m_lastCpuNs = threadCpuNs();
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

    // The most CPU time this thread used between two ticks: the longest a stall could have been
    // had nothing else wanted the core.
    double maxCpuMs() const
    {
        return m_cpuNs.empty() ? 0 : *std::max_element(m_cpuNs.cbegin(), m_cpuNs.cend()) / 1e6;
    }

    struct Stall
    {
        double atS; // since start(), when the event loop stopped running
        double ms;
        // The CPU time this thread had from one tick to the next: near the stall when the thread
        // was busy, near zero when another process had the core (a shared machine).
        double cpuMs;
    };
    // The `count` longest stalls, longest first: for finding what held the loop up.
    std::vector<Stall> longest(std::size_t count) const
    {
        std::vector<Stall> stalls;
        for (std::size_t i = 0; i < m_stallsNs.size(); ++i) {
            stalls.push_back({ m_atNs[i] / 1e9, m_stallsNs[i] / 1e6, m_cpuNs[i] / 1e6 });
        }
        count = std::min(count, stalls.size());
        std::partial_sort(stalls.begin(), stalls.begin() + std::ptrdiff_t(count), stalls.end(),
            [](const Stall &a, const Stall &b) { return a.ms > b.ms; });
        stalls.resize(count);
        return stalls;
    }

private:
    static qint64 threadCpuNs()
    {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }

    std::chrono::milliseconds m_interval;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    std::vector<qint64> m_stallsNs;
    std::vector<qint64> m_atNs; // when each tick's wait began
    std::vector<qint64> m_cpuNs; // this thread's CPU time during each tick's wait
    qint64 m_lastCpuNs = 0;
};
