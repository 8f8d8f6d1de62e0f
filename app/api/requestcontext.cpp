#include "api/requestcontext.h"

RequestTarget RequestTarget::of(const RequestContext &context)
{
    return { context.connectionId, context.target.baseUrl, context.target.sdkAppId,
        context.target.identifier };
}
