#pragma once

#include <QElapsedTimer>

#include <chrono>

// The time a CallPacer paces by: monotonic, from an arbitrary start. Tests give a fake one, so a
// run of 10,000 calls takes no real time and no sleeping.
class PacerClock
{
public:
    virtual ~PacerClock() = default;
    virtual std::chrono::nanoseconds now() const = 0;
};

// The real clock: monotonic, unaffected by changes to the wall clock.
class ElapsedTimerClock final : public PacerClock
{
public:
    ElapsedTimerClock() { m_timer.start(); }
    std::chrono::nanoseconds now() const override { return std::chrono::nanoseconds(m_timer.nsecsElapsed()); }

private:
    QElapsedTimer m_timer;
};
