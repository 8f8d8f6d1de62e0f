#include "bulk/bulkenvironment.h"

#include "api/restclient.h"

RestClient *BulkEnvironment::sendOnceClient(QObject *parent) const
{
    // The preview and the runner decide every retry, so each attempt waits for the pacer (and a
    // write is repeated only when it surely was not stored); their client sends each request once.
    auto *calls = new RestClient(network, parent);
    RetryPolicy once = client->retryPolicy();
    once.maxAttempts = 1;
    calls->setRetryPolicy(once);
    calls->setTimeout(client->timeout());
    return calls;
}

RetryPolicy BulkEnvironment::retryPolicy() const
{
    return client->retryPolicy();
}
