#include "sandbox/ratelimiter.h"

namespace {
constexpr qint64 WindowMs = 1000;
}

RateLimiter::RateLimiter(int limit)
    : m_limit(limit)
{ }

bool RateLimiter::admit(qint64 nowMs)
{
    if (m_limit <= 0) {
        return true;
    }
    while (!m_admitted.empty() && m_admitted.front() <= nowMs - WindowMs) {
        m_admitted.pop_front();
    }
    if (m_admitted.size() >= static_cast<size_t>(m_limit)) {
        return false;
    }
    m_admitted.push_back(nowMs);
    return true;
}
