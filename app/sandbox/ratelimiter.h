#pragma once

#include <QtGlobal>

#include <deque>

// Admits at most `limit` calls in any one-second window (the window slides with every call, it
// is not a per-second bucket), the way the real service counts its 200 calls/s per SDKAppID.
class RateLimiter final
{
public:
    // limit <= 0 admits everything.
    explicit RateLimiter(int limit);

    // Records the call and returns true when it is admitted at nowMs; a refused call is not
    // counted, so a client that backs off gets through again one second after its burst.
    bool admit(qint64 nowMs);

private:
    int m_limit;
    std::deque<qint64> m_admitted; // times of the admitted calls of the last second, oldest first
};
