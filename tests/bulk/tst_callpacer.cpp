// The bulk job's pacer on a fake clock, against issue #12's rule: "in no sliding second may the
// job send more calls than the rate ... pace the calls evenly through each second instead of
// bursting", with an achieved rate of at least 95 % of the one set. The sliding second is counted
// as the Sandbox and the service count it: the calls in (t - 1 s, t] for every t.
#include "bulk/callpacer.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <vector>

using namespace std::chrono_literals;
using std::chrono::nanoseconds;

namespace {

class FakeClock final : public PacerClock
{
public:
    nanoseconds now() const override { return m_now; }
    void advance(nanoseconds by) { m_now += by; }

private:
    nanoseconds m_now = 1h; // not zero, so nothing depends on time starting at 0
};

// How the job runner's timer turns a wait into a start time.
enum class Timer {
    Exact, // starts exactly when told
    WholeMilliseconds, // QTimer: rounds the wait up to a millisecond, and fires up to 2 ms late
};

nanoseconds timerDelay(Timer timer, nanoseconds wait, int call)
{
    if (timer == Timer::Exact) {
        return wait;
    }
    const auto wholeMs = std::chrono::ceil<std::chrono::milliseconds>(wait);
    return wholeMs + std::chrono::milliseconds(call * 7 % 3);
}

// Starts `calls` calls as fast as the pacer allows and returns their start times.
void run(CallPacer &pacer, FakeClock &clock, int calls, Timer timer, std::vector<nanoseconds> &starts)
{
    for (int call = 0; call < calls; ++call) {
        clock.advance(timerDelay(timer, pacer.waitBeforeNextCall(), call));
        QCOMPARE(pacer.waitBeforeNextCall(), 0ns);
        pacer.callStarted();
        starts.push_back(clock.now());
    }
}

// The most calls in any window (t - 1 s, t] whose end t is the start of call `from` or later.
int maxInAnySecond(const std::vector<nanoseconds> &starts, size_t from = 0)
{
    int most = 0;
    size_t first = 0;
    for (size_t last = 0; last < starts.size(); ++last) {
        while (starts[first] <= starts[last] - 1s) {
            ++first;
        }
        if (last >= from) {
            most = std::max(most, int(last - first + 1));
        }
    }
    return most;
}

// Calls per second between the first and the last start in [from, to).
double achievedRate(const std::vector<nanoseconds> &starts, nanoseconds from, nanoseconds to)
{
    const auto begin = std::lower_bound(starts.begin(), starts.end(), from);
    const auto end = std::lower_bound(starts.begin(), starts.end(), to);
    if (end - begin < 2) {
        return 0;
    }
    const double seconds = std::chrono::duration<double>(*(end - 1) - *begin).count();
    return double(end - begin - 1) / seconds;
}

double achievedRate(const std::vector<nanoseconds> &starts)
{
    return achievedRate(starts, starts.front(), starts.back() + 1ns);
}

nanoseconds smallestGap(const std::vector<nanoseconds> &starts, size_t from = 1)
{
    nanoseconds smallest = nanoseconds::max();
    for (size_t i = std::max<size_t>(from, 1); i < starts.size(); ++i) {
        smallest = std::min(smallest, starts[i] - starts[i - 1]);
    }
    return smallest;
}

size_t indexOfFirstAfter(const std::vector<nanoseconds> &starts, nanoseconds t)
{
    return size_t(std::upper_bound(starts.begin(), starts.end(), t) - starts.begin());
}

} // namespace

Q_DECLARE_METATYPE(Timer)

class TestCallPacer : public QObject
{
    Q_OBJECT

private slots:
    void defaultsFromTheIssue();
    void keepsTheRate_data();
    void keepsTheRate();
    void noBurstAfterAPause();
    void shortStallsAreCaughtUp();
    void lowerRateHoldsFromTheNextCall();
    void higherRateIsReached();
    void rateLimitAnswerHalvesTheRate();
    void rateLimitAnswersInOneSecondHalveOnce();
    void recoversAfterTheHold();
    void neverSlowerThanOnePerSecond();
};

void TestCallPacer::defaultsFromTheIssue()
{
    FakeClock clock;
    CallPacer pacer(clock);
    QCOMPARE(pacer.rate(), 100);
    pacer.setRate(1000);
    QCOMPARE(pacer.rate(), 200);
    pacer.setRate(0);
    QCOMPARE(pacer.rate(), 1);
    QCOMPARE(CallPacer(clock, -5).rate(), 1);
}

void TestCallPacer::keepsTheRate_data()
{
    QTest::addColumn<int>("rate");
    QTest::addColumn<Timer>("timer");
    for (const int rate : { 200, 100, 50, 1 }) {
        QTest::addRow("%d/s, exact timer", rate) << rate << Timer::Exact;
        QTest::addRow("%d/s, millisecond timer firing late", rate) << rate << Timer::WholeMilliseconds;
    }
}

void TestCallPacer::keepsTheRate()
{
    QFETCH(int, rate);
    QFETCH(Timer, timer);
    FakeClock clock;
    CallPacer pacer(clock, rate);
    std::vector<nanoseconds> starts;

    run(pacer, clock, 10'000, timer, starts);

    QVERIFY2(maxInAnySecond(starts) <= rate, qPrintable(QString::number(maxInAnySecond(starts))));
    const double achieved = achievedRate(starts);
    QVERIFY2(achieved >= 0.95 * rate, qPrintable(QString::number(achieved)));
    // Evenly through the second: no two calls closer than half of 1/rate.
    QVERIFY(smallestGap(starts) >= nanoseconds(1s) / rate / 2);

    // Counted at the server: each call arrives after 0 to 15 ms of network latency.
    std::minstd_rand random(rate);
    std::uniform_int_distribution<long long> latencyUs(0, 15'000);
    std::vector<nanoseconds> arrivals;
    for (const nanoseconds start : starts) {
        arrivals.push_back(start + std::chrono::microseconds(latencyUs(random)));
    }
    std::sort(arrivals.begin(), arrivals.end());
    QVERIFY2(maxInAnySecond(arrivals) <= rate, qPrintable(QString::number(maxInAnySecond(arrivals))));
}

void TestCallPacer::noBurstAfterAPause()
{
    FakeClock clock;
    CallPacer pacer(clock, 100);
    std::vector<nanoseconds> starts;
    run(pacer, clock, 500, Timer::Exact, starts);

    clock.advance(3700ms); // paused, or every call in flight: the budget of 3.7 s is not owed
    const nanoseconds resumed = clock.now();
    const size_t firstAfterPause = starts.size();
    run(pacer, clock, 500, Timer::WholeMilliseconds, starts);

    QVERIFY(maxInAnySecond(starts) <= 100);
    QVERIFY(smallestGap(starts, firstAfterPause) >= 5ms);
    // A token bucket would send the 100 it saved at once; evenly paced, half a second holds half.
    const auto inFirstHalfSecond = std::count_if(
        starts.begin(), starts.end(), [&](nanoseconds t) { return t >= resumed && t < resumed + 500ms; });
    QVERIFY2(inFirstHalfSecond <= 51, qPrintable(QString::number(inFirstHalfSecond)));
}

// The job's thread is busy now and then (answers to parse, rows to record): a call that starts
// some milliseconds late must not cost the job that time, or the rate falls short of the target.
void TestCallPacer::shortStallsAreCaughtUp()
{
    FakeClock clock;
    CallPacer pacer(clock, 200);
    std::vector<nanoseconds> starts;
    for (int call = 0; call < 10'000; ++call) {
        clock.advance(timerDelay(Timer::WholeMilliseconds, pacer.waitBeforeNextCall(), call));
        if (call % 40 == 39) {
            clock.advance(15ms); // a stall of the event loop, five times a second
        }
        pacer.callStarted();
        starts.push_back(clock.now());
    }

    const double achieved = achievedRate(starts);
    QVERIFY2(achieved >= 0.95 * 200, qPrintable(QString::number(achieved)));
    QVERIFY2(maxInAnySecond(starts) <= 200, qPrintable(QString::number(maxInAnySecond(starts))));
    // Caught up evenly, not in a burst: never closer than half of 1/rate.
    QVERIFY(smallestGap(starts) >= nanoseconds(1s) / 200 / 2);
}

void TestCallPacer::lowerRateHoldsFromTheNextCall()
{
    FakeClock clock;
    CallPacer pacer(clock, 200);
    std::vector<nanoseconds> starts;
    run(pacer, clock, 1000, Timer::Exact, starts);

    const nanoseconds changed = clock.now();
    pacer.setRate(50);
    run(pacer, clock, 1000, Timer::WholeMilliseconds, starts);

    // No second that ends after the change counts the 200/s calls before it beyond the new rate.
    QVERIFY2(maxInAnySecond(starts, indexOfFirstAfter(starts, changed)) <= 50,
        qPrintable(QString::number(maxInAnySecond(starts, indexOfFirstAfter(starts, changed)))));
    const double achieved = achievedRate(starts, changed + 2s, clock.now() + 1ns);
    QVERIFY2(achieved >= 0.95 * 50 && achieved <= 50, qPrintable(QString::number(achieved)));
}

void TestCallPacer::higherRateIsReached()
{
    FakeClock clock;
    CallPacer pacer(clock, 50);
    std::vector<nanoseconds> starts;
    run(pacer, clock, 500, Timer::Exact, starts);

    const nanoseconds changed = clock.now();
    pacer.setRate(200);
    run(pacer, clock, 2000, Timer::WholeMilliseconds, starts);

    QVERIFY(maxInAnySecond(starts) <= 200);
    const double achieved = achievedRate(starts, changed, clock.now() + 1ns);
    QVERIFY2(achieved >= 0.95 * 200, qPrintable(QString::number(achieved)));
}

void TestCallPacer::rateLimitAnswerHalvesTheRate()
{
    FakeClock clock;
    CallPacer pacer(clock, 100);
    std::vector<nanoseconds> starts;
    run(pacer, clock, 300, Timer::Exact, starts);

    const nanoseconds limited = clock.now();
    pacer.slowDown();
    QCOMPARE(pacer.rate(), 100); // what the user set does not change
    QCOMPARE(pacer.currentRate(), 50);
    while (clock.now() < limited + CallPacer::SlowDownHold) {
        run(pacer, clock, 1, Timer::WholeMilliseconds, starts);
    }

    QVERIFY2(maxInAnySecond(starts, indexOfFirstAfter(starts, limited)) <= 50,
        qPrintable(QString::number(maxInAnySecond(starts, indexOfFirstAfter(starts, limited)))));
    const double achieved = achievedRate(starts, limited + 2s, limited + CallPacer::SlowDownHold);
    QVERIFY2(achieved >= 0.95 * 50 && achieved <= 50, qPrintable(QString::number(achieved)));
}

void TestCallPacer::rateLimitAnswersInOneSecondHalveOnce()
{
    FakeClock clock;
    CallPacer pacer(clock, 200);
    pacer.slowDown(); // the first of a volley of answers to calls already in flight
    clock.advance(400ms);
    pacer.slowDown();
    clock.advance(500ms);
    pacer.slowDown();
    QCOMPARE(pacer.currentRate(), 100);

    clock.advance(200ms); // more than a second after the first halving: the server still refuses
    pacer.slowDown();
    QCOMPARE(pacer.currentRate(), 50);
}

void TestCallPacer::recoversAfterTheHold()
{
    FakeClock clock;
    CallPacer pacer(clock, 100);
    pacer.slowDown();
    const QList<QPair<nanoseconds, int>> timeline = {
        { 4999ms, 50 },
        { 5000ms, 60 },
        { 6000ms, 70 },
        { 8999ms, 90 },
        { 9000ms, 100 },
        { 60s, 100 },
    };
    nanoseconds elapsed = 0ns;
    for (const auto &[at, rate] : timeline) {
        clock.advance(at - elapsed);
        elapsed = at;
        QCOMPARE(pacer.currentRate(), rate);
    }

    pacer.setRate(150); // a slow-down does not cap a rate the user raises later
    QCOMPARE(pacer.currentRate(), 150);
}

void TestCallPacer::neverSlowerThanOnePerSecond()
{
    FakeClock clock;
    CallPacer pacer(clock, 3);
    for (int answer = 0; answer < 5; ++answer) {
        pacer.slowDown();
        clock.advance(1500ms);
    }
    QCOMPARE(pacer.currentRate(), 1);
    std::vector<nanoseconds> starts;
    run(pacer, clock, 3, Timer::Exact, starts);
    QVERIFY(starts.back() - starts.front() <= 2 * CallPacer::PacedSecond);
}

QTEST_GUILESS_MAIN(TestCallPacer)
#include "tst_callpacer.moc"
