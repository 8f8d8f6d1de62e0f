#pragma once

#include "api/apiresult.h"
#include "api/requestcontext.h"
#include "bulk/changeplan.h"
#include "jobs/writejob.h"

#include <QObject>
#include <QPointer>

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
// When it is done, job() is the WriteJob to store and run: one row per input row, Unchanged
// for accounts already as asked, Failed ("account-missing", "tag-refused") for those that cannot be
// written, Skipped for rows the plan leaves out, Pending with only the differing fields for the
// others, old values as read. Its target is where the values were read from.
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
    void cancel();
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
    // implementation's members
    QList<PreviewRow> m_rows;
};
