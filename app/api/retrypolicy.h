#pragma once

#include <chrono>

// How often and how patiently a call is repeated after a transient failure. A read is always safe
// to repeat; a write only when it surely was not stored (the server said so, or nothing was sent),
// which ApiCall decides. The delays grow exponentially with jitter so that many clients throttled
// together do not come back in lockstep.
struct RetryPolicy
{
    int maxAttempts = 3; // including the first
    std::chrono::milliseconds baseDelay { 500 };
    std::chrono::milliseconds maxDelay { 4000 };

    // The wait before attempt number `nextAttempt` (2 for the first retry): a random duration in
    // [half, full] of min(maxDelay, baseDelay * 2^(nextAttempt - 2)).
    std::chrono::milliseconds delayBefore(int nextAttempt) const;
};
