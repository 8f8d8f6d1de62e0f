#pragma once

#include "api/requestcontext.h"
#include "api/retrypolicy.h"

#include <QString>

#include <functional>

class ChangeHistory;
class JobStore;
class PresentationMasker;
class QNetworkAccessManager;
class QObject;
class RestClient;

// The guards of the connection a bulk job would write to, asked for at the moment they matter
// (the user may switch connection while the bulk window is open).
struct BulkGuard
{
    QString connectionName;
    bool readOnly = false;
    bool confirmEveryWrite = false;
};

// What the main window shares with the windows that write through a JobRunner: bulk edit and
// revert. None owned; all outlive those windows.
struct BulkEnvironment
{
    // The console's client, for its timeout and retry policy: the window calls through a client of
    // its own on the same network that never re-sends by itself (the JobRunner's and PlanPreview's
    // contract) and gives them this policy instead, so every attempt is paced.
    RestClient *client = nullptr;
    QNetworkAccessManager *network = nullptr; // the one the console's client uses
    std::function<RequestContext()> contextProvider;
    std::function<BulkGuard()> guard;
    PresentationMasker *masker = nullptr;
    JobStore *jobStore = nullptr;
    ChangeHistory *history = nullptr; // may be nullptr

    // A client of the window's own (owned by parent) on the console's network, with its timeout,
    // that sends each request once: PlanPreview and JobRunner repeat under retryPolicy().
    RestClient *sendOnceClient(QObject *parent) const;
    // The console's retry policy, for PlanPreview::setRetryPolicy() and JobRunner::Options.
    RetryPolicy retryPolicy() const;
};
