#include "jobs/retryrule.h"

#include "errors/errorcatalogue.h"

#include <optional>

namespace {

std::optional<RetryRule::Verdict> byErrorCode(const ApiResult &result)
{
    if (result.outcome != ApiOutcome::ApiError) {
        return std::nullopt;
    }
    if (ErrorCatalogue::meansRateLimit(result.errorCode)) {
        return RetryRule::Verdict::RateLimited;
    }
    return ErrorCatalogue::isRetryable(result.errorCode) ? RetryRule::Verdict::Transient
                                                         : RetryRule::Verdict::Done;
}

} // namespace

RetryRule::Verdict RetryRule::forRead(const ApiResult &result)
{
    if (const auto verdict = byErrorCode(result)) {
        return *verdict;
    }
    switch (result.outcome) {
    case ApiOutcome::NetworkError:
    case ApiOutcome::Timeout:
        return Verdict::Transient;
    case ApiOutcome::ProtocolError:
        // A 4xx refuses the request itself: sending it again cannot help.
        return result.httpStatus >= 400 && result.httpStatus < 500 ? Verdict::Done : Verdict::Transient;
    default:
        return Verdict::Done;
    }
}

RetryRule::Verdict RetryRule::forWrite(const ApiResult &result)
{
    if (const auto verdict = byErrorCode(result)) {
        return *verdict;
    }
    switch (result.outcome) {
    case ApiOutcome::NetworkError:
    case ApiOutcome::Timeout:
        return Verdict::Transient;
    default:
        return Verdict::Done;
    }
}
