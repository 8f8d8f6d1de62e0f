#pragma once

#include "api/apiresult.h"

// What a job does with the end of one attempt, for PlanPreview and JobRunner alike (internal to
// app/jobs). The RestClient they use does not retry on its own, so every repeat is theirs and
// goes through the pacer.
namespace RetryRule {

enum class Verdict {
    Done, // keep the result
    RateLimited, // slow the pacer down and send again, not counting an attempt
    Transient, // send again after the policy's delay, if attempts are left
};

// A read is safe to repeat after any failure that may pass: the network, a timeout, a gateway or
// an unparsable answer, a retryable ErrorCode.
Verdict forRead(const ApiResult &result);
// A write only when it surely was not stored: a retryable ErrorCode, or a request that never
// left (ApiCall reports a write that left without an answer as Unknown, never as
// NetworkError or Timeout). Unknown is never repeated.
Verdict forWrite(const ApiResult &result);

} // namespace RetryRule
