#pragma once

#include "api/profileapi.h"
#include "bulk/pacerclock.h"

#include <array>
#include <chrono>

// Says when a bulk job's next call may start, so that the server never counts more than the rate
// in any sliding second, and the calls are spread evenly instead of bursting to the limit.
//
// Every call of a job goes through one pacer (reads too: the limit counts every call of the app).
// The pacer only keeps time; the job runner asks waitBeforeNextCall(), waits that long (a timer),
// calls callStarted() as it sends, and slowDown() when the server answers with a rate limit.
//
// How the rate is kept:
// - Calls are spaced PacedSecond / rate apart, and no `rate` calls start within one PacedSecond.
//   PacedSecond is 2 % longer than a second: the server counts arrivals, not our sends, and the
//   margin absorbs up to 20 ms of network jitter before it could count rate + 1 in its second.
//   The job achieves 98 % of the rate it was given.
// - A call that starts up to CatchUpLimit late (a timer firing on a whole millisecond, a busy
//   event loop) does not push the schedule back: the calls after it catch the time up, at most
//   twice the rate, so stalls of the job's thread do not pile up into a lower rate. A longer gap
//   (a pause, every call in flight) restarts the schedule, so nothing is caught up in a burst
//   afterwards. Two calls never start closer than half an interval.
// - Slowing down: a rate-limit answer (60007, 60011, 60018, 60019) halves the current rate (never
//   below 1/s) and holds it for SlowDownHold. Answers within a second of the last halving belong
//   to calls already sent at the old rate and do not halve again. After the hold, the rate grows
//   back by a tenth of the set rate (at least 1) every second until it is back at the set rate.
//   So a set rate of 100 slowed once runs at 50 for 5 s, then 60, 70 … and is back at 100 after
//   9 s. Halving reacts fast to a backend that shares the budget; the slow climb avoids
//   oscillating at the limit.
class CallPacer final
{
public:
    // Half of the documented 200 calls/s per SDKAppID: the customer's own backend shares it.
    static constexpr int DefaultRate = 100;
    static constexpr int MaxRate = ProfileApi::MaxCallsPerSecond;
    static constexpr std::chrono::milliseconds PacedSecond { 1020 };
    static constexpr std::chrono::seconds SlowDownHold { 5 };
    // Lateness the schedule makes up for: longer than the job thread's stalls (tens of
    // milliseconds), short enough that what is caught up stays a small part of a second.
    static constexpr std::chrono::milliseconds CatchUpLimit { 100 };

    explicit CallPacer(const PacerClock &clock, int rate = DefaultRate);

    // Calls per second, clamped to 1…MaxRate. A lower rate holds from the next call on: no
    // sliding second that ends after it counts more than the new rate.
    void setRate(int callsPerSecond);
    int rate() const { return m_rate; }
    // The rate in force now: the set rate, or less while slowed down by rate-limit answers.
    int currentRate() const;

    // Zero when a call may start now.
    std::chrono::nanoseconds waitBeforeNextCall() const;
    void callStarted();
    void slowDown();

private:
    int rateAt(std::chrono::nanoseconds now) const;
    std::chrono::nanoseconds intervalAt(std::chrono::nanoseconds now) const;

    const PacerClock &m_clock;
    int m_rate;

    // Start times of the last MaxRate calls, a ring indexed by the call's number.
    std::array<std::chrono::nanoseconds, MaxRate> m_starts {};
    long long m_started = 0;
    std::chrono::nanoseconds m_nextSlot {}; // the earliest start of the next call by even spacing

    bool m_slowed = false;
    int m_slowedRate = 0;
    std::chrono::nanoseconds m_slowedAt {};
};
