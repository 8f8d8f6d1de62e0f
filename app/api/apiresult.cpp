#include "api/apiresult.h"

bool ApiResult::isTransportFailure() const
{
    switch (outcome) {
    case ApiOutcome::NetworkError:
    case ApiOutcome::Timeout:
    case ApiOutcome::TlsError:
    case ApiOutcome::ProtocolError:
    case ApiOutcome::Cancelled:
        return true;
    case ApiOutcome::Success:
    case ApiOutcome::Partial:
    case ApiOutcome::ApiError:
    case ApiOutcome::Refused:
    case ApiOutcome::Unknown: // not a failure: the write may have been stored
        break;
    }
    return false;
}
