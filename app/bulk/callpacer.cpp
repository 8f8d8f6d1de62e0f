#include "bulk/callpacer.h"

#include <algorithm>

using std::chrono::nanoseconds;
using std::chrono::seconds;

namespace {
constexpr seconds SameSlowDown { 1 }; // rate-limit answers this close together are one event
constexpr int RecoverySteps = 10; // back from the slowed rate in tenths of the set rate
} // namespace

CallPacer::CallPacer(const PacerClock &clock, int rate)
    : m_clock(clock)
    , m_rate(std::clamp(rate, 1, MaxRate))
{ }

void CallPacer::setRate(int callsPerSecond)
{
    m_rate = std::clamp(callsPerSecond, 1, MaxRate);
}

int CallPacer::currentRate() const
{
    return rateAt(m_clock.now());
}

int CallPacer::rateAt(nanoseconds now) const
{
    if (!m_slowed) {
        return m_rate;
    }
    const nanoseconds slowedFor = now - m_slowedAt;
    if (slowedFor < SlowDownHold) {
        return std::min(m_rate, m_slowedRate);
    }
    const long long steps = 1 + (slowedFor - SlowDownHold) / seconds(1);
    const long long step = std::max(1, m_rate / RecoverySteps);
    return int(std::min<long long>(m_rate, m_slowedRate + steps * step));
}

nanoseconds CallPacer::intervalAt(nanoseconds now) const
{
    return nanoseconds(PacedSecond) / rateAt(now);
}

nanoseconds CallPacer::waitBeforeNextCall() const
{
    if (m_started == 0) {
        return nanoseconds::zero();
    }
    const nanoseconds now = m_clock.now();
    const int rate = rateAt(now);
    // Catching up never bunches calls: two start at least half an interval apart.
    const nanoseconds lastStart = m_starts[(m_started - 1) % MaxRate];
    nanoseconds earliest = std::max(m_nextSlot, lastStart + intervalAt(now) / 2);
    if (m_started >= rate) {
        // The call `rate` calls back must be a PacedSecond old, whatever the spacing was before
        // (a higher rate a moment ago, or a restart after a pause).
        earliest = std::max(earliest, m_starts[(m_started - rate) % MaxRate] + PacedSecond);
    }
    return std::max(nanoseconds::zero(), earliest - now);
}

void CallPacer::callStarted()
{
    const nanoseconds now = m_clock.now();
    const nanoseconds interval = intervalAt(now);
    // Up to CatchUpLimit late, the call takes its slot and the schedule stands: the calls after it
    // catch the time up (at most twice the rate, see waitBeforeNextCall()). Later than that, the
    // schedule restarts from now.
    const bool restart = m_started == 0 || now - m_nextSlot > CatchUpLimit;
    const nanoseconds slot = restart ? now : m_nextSlot;
    m_nextSlot = slot + interval;
    m_starts[m_started % MaxRate] = now;
    ++m_started;
}

void CallPacer::slowDown()
{
    const nanoseconds now = m_clock.now();
    if (m_slowed && now - m_slowedAt < SameSlowDown) {
        return;
    }
    m_slowedRate = std::max(1, rateAt(now) / 2);
    m_slowedAt = now;
    m_slowed = true;
}
