#pragma once

#include "api/apiresult.h"
#include "api/requestcontext.h"
#include "api/retrypolicy.h"
#include "bulk/changeplan.h"
#include "jobs/writejob.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

class ApiCall;
class CallPacer;
class RestClient;

// One account of a preview: what will change and what is already as asked.
struct PreviewRow
{
    int line = 0;
    QString account;
    QList<FieldChange> changes; // old → new, only fields that differ
    QList<FieldChange> alreadyEqual; // asked for, but the server holds it already: not sent
    bool accountMissing = false; // portrait_get says the account does not exist (40003)
    QStringList refusedTags; // tags the server refuses to read for this app (40009)
};

// The preview's totals, as "1,180 accounts will change (2,360 fields); 15 already as asked;
// 5 accounts do not exist" (summaryText()).
struct PreviewTotals
{
    int accountsToChange = 0;
    int fieldsToChange = 0;
    int alreadyAsAsked = 0; // accounts with nothing to change
    int missingAccounts = 0;
    int refusedTags = 0; // distinct tags the server refused
    int skipped = 0; // invalid input rows left out (--skip-invalid)

    QString summaryText() const; // translated, with the locale's digit grouping
};

// The dry run of a bulk edit: reads the current values of every account the plan would send
// with portrait_get, in chunks of at most ProfileApi::MaxAccountsPerGet, each chunk asking only
// for the tags its rows name, every call through the job's pacer. Sends no write.
//
// How it reads:
// - One call at a time. Before each, the pacer is asked (waitBeforeNextCall(), waited with a
//   timer) and told (callStarted()); every call's context must still go to the target the first
//   call went to, or the preview fails: values read from two places cannot make one plan.
// - The RestClient should not retry on its own (RetryPolicy maxAttempts 1, as the JobRunner
//   needs): the preview repeats a read under its own policy (setRetryPolicy(); reads are always
//   safe to repeat) so that every attempt goes through the pacer. Transient failures (network,
//   timeout, HTTP 5xx, a retryable ErrorCode) are repeated; a rate-limit answer (see
//   ErrorCatalogue::rateLimitCodes()) slows the pacer down and is repeated without counting as
//   an attempt. Anything else ends the preview with failed().
// - A tag the server refuses (40009 no such tag, 40007 not readable by the admin) fails the
//   whole portrait_get without saying which tag: the preview then asks for each tag of that
//   chunk not yet known to be fine alone, for the chunk's first account, and reads the chunk
//   again without the refused ones. Later chunks leave known refused tags out.
// - An account the server answers with a non-zero ResultCode (40003) or lists in Fail_Account
//   does not exist: accountMissing.
// - Values compare by field type (ProfileValues::holds()): 1 and 1.0 are one number, and a
//   field the server does not return holds its default ("" or 0).
//
// When it is done, job() is the WriteJob to store and run: one row per input row, in input
// order (the rows sent, then the skipped ones, each keeping its input line), Unchanged for
// accounts already as asked, Failed ("account-missing", "tag-refused") for those that cannot be
// written (with the fields they asked for, so a report can show them), Skipped for rows the plan
// leaves out, Pending with only the differing fields for the others, old values as read. Its
// target is where the values were read from (RequestTarget::of() the context of the reads), its
// regionId that context's, its rate the pacer's.
class PlanPreview final : public QObject
{
    Q_OBJECT

public:
    using ContextProvider = std::function<RequestContext()>;

    // None owned; all must outlive the preview. pacer is shared with the job that follows.
    PlanPreview(
        RestClient *client, CallPacer *pacer, ContextProvider contextProvider, QObject *parent = nullptr);
    ~PlanPreview() override;

    // Returns false (and emits failed()) when nothing could start: no row to send, or the
    // context has a problem.
    bool start(const ChangePlan &plan, ChangePlan::InvalidRows mode);
    // Ends the preview with no signal after the call in flight (its answer is ignored).
    void cancel();
    // How often a failing read is tried in all (default: RetryPolicy's); each try is paced.
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    bool isRunning() const;

    const QList<PreviewRow> &rows() const { return m_rows; }
    PreviewTotals totals() const;
    WriteJob job() const;

Q_SIGNALS:
    void progress(int accountsRead, int accountsTotal);
    void finished();
    // A read failed (network, credentials, wrong region…): the preview stops; nothing was written.
    void failed(const ApiResult &result, const QString &message);

private:
    struct Chunk
    {
        QList<int> rows; // indexes into m_rows
        QStringList tags; // every tag the chunk's rows name, refused ones included
    };
    enum class Step { ReadChunk, ProbeTag };

    void sendWhenPaced();
    void send();
    void onAnswer(const ApiResult &result);
    bool retryLater(const ApiResult &result);
    void onChunkRead(const ApiResult &result);
    void onTagProbed(const ApiResult &result);
    void startProbes();
    void next();
    void fail(const ApiResult &result, const QString &message);
    QStringList tagsToRead(const Chunk &chunk) const;

    RestClient *m_client;
    CallPacer *m_pacer;
    ContextProvider m_contextProvider;
    RetryPolicy m_retry;

    QList<PreviewRow> m_rows;
    QList<PlanRow> m_planRows; // the rows sent, as m_rows
    QList<PlanRow> m_skippedRows;
    QList<Chunk> m_chunks;
    int m_chunk = 0;
    Step m_step = Step::ReadChunk;
    QStringList m_probes; // tags still to ask for alone, the first being asked now
    QSet<QString> m_readableTags;
    QHash<QString, int> m_refusedTags; // tag → the ErrorCode refusing it
    int m_attempt = 1;
    int m_accountsRead = 0;
    RequestTarget m_target;
    QString m_regionId;
    int m_rate = 0;
    bool m_running = false;
    QTimer m_paceTimer;
    QTimer m_retryTimer;
    QPointer<ApiCall> m_call;
};
