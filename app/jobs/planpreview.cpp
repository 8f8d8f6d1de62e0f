#include "jobs/planpreview.h"

#include "api/apicall.h"
#include "api/profileapi.h"
#include "api/restclient.h"
#include "bulk/callpacer.h"
#include "errors/errorcatalogue.h"
#include "jobs/profilevalues.h"
#include "jobs/retryrule.h"

#include <QLocale>

#include <algorithm>
#include <chrono>

namespace {

// 40009 (no such tag) and 40007 (the admin may not read it) fail a whole portrait_get.
bool meansTagRefused(const ApiResult &result)
{
    return result.outcome == ApiOutcome::ApiError && (result.errorCode == 40009 || result.errorCode == 40007);
}

const UserProfile *findUser(const ApiResult &result, const QString &account)
{
    for (const UserProfile &user : result.users) {
        if (user.account == account) {
            return &user;
        }
    }
    return nullptr;
}

std::chrono::milliseconds roundedUp(std::chrono::nanoseconds wait)
{
    return std::chrono::ceil<std::chrono::milliseconds>(wait);
}

} // namespace

QString PreviewTotals::summaryText() const
{
    // The English source has its own singular, so it reads right without a translation file;
    // every form carries %Ln, so translators get the locale's plural forms and digit grouping.
    const QString fields = fieldsToChange == 1
        ? PlanPreview::tr("%Ln field", "preview totals", fieldsToChange)
        : PlanPreview::tr("%Ln fields", "preview totals", fieldsToChange);
    QStringList parts;
    parts.append((accountsToChange == 1
            ? PlanPreview::tr("%Ln account will change (%1)", "preview totals", accountsToChange)
            : PlanPreview::tr("%Ln accounts will change (%1)", "preview totals", accountsToChange))
                     .arg(fields));
    parts.append(PlanPreview::tr("%Ln already as asked", "preview totals", alreadyAsAsked));
    if (missingAccounts > 0) {
        parts.append(missingAccounts == 1
                ? PlanPreview::tr("%Ln account does not exist", "preview totals", missingAccounts)
                : PlanPreview::tr("%Ln accounts do not exist", "preview totals", missingAccounts));
    }
    if (refusedTags > 0) {
        parts.append(refusedTags == 1
                ? PlanPreview::tr("%Ln field the server refuses", "preview totals", refusedTags)
                : PlanPreview::tr("%Ln fields the server refuses", "preview totals", refusedTags));
    }
    if (skipped > 0) {
        parts.append(skipped == 1 ? PlanPreview::tr("%Ln invalid row left out", "preview totals", skipped)
                                  : PlanPreview::tr("%Ln invalid rows left out", "preview totals", skipped));
    }
    //: Separates the parts of the preview totals.
    return parts.join(PlanPreview::tr("; "));
}

PlanPreview::PlanPreview(
    RestClient *client, CallPacer *pacer, ContextProvider contextProvider, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pacer(pacer)
    , m_contextProvider(std::move(contextProvider))
{
    m_paceTimer.setSingleShot(true);
    m_paceTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_paceTimer, &QTimer::timeout, this, &PlanPreview::sendWhenPaced);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &PlanPreview::sendWhenPaced);
}

PlanPreview::~PlanPreview()
{
    cancel();
}

bool PlanPreview::start(const ChangePlan &plan, ChangePlan::InvalidRows mode)
{
    if (m_running) {
        return false;
    }
    m_rows.clear();
    m_chunks.clear();
    m_readableTags.clear();
    m_refusedTags.clear();
    m_chunk = 0;
    m_accountsRead = 0;
    m_step = Step::ReadChunk;
    m_planRows = plan.rowsToSend(mode);
    m_skippedRows = plan.skippedRows(mode);
    if (m_planRows.isEmpty()) {
        fail({}, tr("There is no valid row to preview."));
        return false;
    }
    const RequestContext context = m_contextProvider();
    if (!context.problem.isEmpty()) {
        fail({}, context.problem);
        return false;
    }
    m_target = RequestTarget::of(context);
    m_regionId = context.regionId;
    m_rate = m_pacer->rate();

    for (int i = 0; i < m_planRows.size(); ++i) {
        const PlanRow &planRow = m_planRows.at(i);
        PreviewRow row;
        row.line = planRow.line;
        row.account = planRow.account;
        m_rows.append(row);
        if (i % ProfileApi::MaxAccountsPerGet == 0) {
            m_chunks.append(Chunk {});
        }
        Chunk &chunk = m_chunks.last();
        chunk.rows.append(i);
        for (const PlanItem &item : planRow.items) {
            if (!chunk.tags.contains(item.tag)) {
                chunk.tags.append(item.tag);
            }
        }
    }
    m_running = true;
    m_attempt = 1;
    Q_EMIT progress(0, int(m_rows.size()));
    sendWhenPaced();
    return true;
}

void PlanPreview::cancel()
{
    m_running = false;
    m_paceTimer.stop();
    m_retryTimer.stop();
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->cancel();
    }
}

bool PlanPreview::isRunning() const
{
    return m_running;
}

QStringList PlanPreview::tagsToRead(const Chunk &chunk) const
{
    QStringList tags;
    for (const QString &tag : chunk.tags) {
        if (!m_refusedTags.contains(tag)) {
            tags.append(tag);
        }
    }
    return tags;
}

void PlanPreview::sendWhenPaced()
{
    if (!m_running) {
        return;
    }
    const auto wait = m_pacer->waitBeforeNextCall();
    if (wait > std::chrono::nanoseconds::zero()) {
        m_paceTimer.start(roundedUp(wait));
        return;
    }
    send();
}

void PlanPreview::send()
{
    const RequestContext context = m_contextProvider();
    if (!context.problem.isEmpty()) {
        fail({}, context.problem);
        return;
    }
    if (RequestTarget::of(context) != m_target) {
        fail({},
            tr("The connection changed during the preview: its values were read from another app or "
               "endpoint. Preview again."));
        return;
    }
    const Chunk &chunk = m_chunks.at(m_chunk);
    QStringList accounts;
    QStringList tags;
    if (m_step == Step::ProbeTag) {
        accounts = QStringList { m_rows.at(chunk.rows.first()).account };
        tags = QStringList { m_probes.first() };
    } else {
        for (int row : chunk.rows) {
            accounts.append(m_rows.at(row).account);
        }
        tags = tagsToRead(chunk);
    }
    m_pacer->callStarted();
    m_call = m_client->portraitGet(context.target, accounts, tags);
    connect(m_call, &ApiCall::finished, this, &PlanPreview::onAnswer);
}

bool PlanPreview::retryLater(const ApiResult &result)
{
    switch (RetryRule::forRead(result)) {
    case RetryRule::Verdict::Done:
        return false;
    case RetryRule::Verdict::RateLimited:
        m_pacer->slowDown();
        sendWhenPaced();
        return true;
    case RetryRule::Verdict::Transient:
        if (m_attempt >= m_retry.maxAttempts) {
            return false;
        }
        ++m_attempt;
        m_retryTimer.start(m_retry.delayBefore(m_attempt));
        return true;
    }
    return false;
}

void PlanPreview::onAnswer(const ApiResult &result)
{
    m_call = nullptr;
    if (!m_running || retryLater(result)) {
        return;
    }
    m_attempt = 1;
    if (m_step == Step::ProbeTag) {
        onTagProbed(result);
    } else {
        onChunkRead(result);
    }
}

void PlanPreview::onChunkRead(const ApiResult &result)
{
    Chunk &chunk = m_chunks[m_chunk];
    if (meansTagRefused(result)) {
        startProbes();
        return;
    }
    if (result.outcome != ApiOutcome::Success && result.outcome != ApiOutcome::Partial) {
        fail(result, {});
        return;
    }
    for (const QString &tag : tagsToRead(chunk)) {
        m_readableTags.insert(tag);
    }
    for (int index : std::as_const(chunk.rows)) {
        PreviewRow &row = m_rows[index];
        const UserProfile *user = findUser(result, row.account);
        if (!user || user->resultCode != 0 || result.failAccounts.contains(row.account)) {
            row.accountMissing = true;
            continue;
        }
        for (const PlanItem &item : m_planRows.at(index).items) {
            if (m_refusedTags.contains(item.tag)) {
                row.refusedTags.append(item.tag);
                continue;
            }
            const QJsonValue old = user->value(item.tag);
            FieldChange change { item.tag, old, item.value };
            if (ProfileValues::holds(item.tag, old, item.value)) {
                row.alreadyEqual.append(change);
            } else {
                row.changes.append(change);
            }
        }
    }
    m_accountsRead += int(chunk.rows.size());
    Q_EMIT progress(m_accountsRead, int(m_rows.size()));
    ++m_chunk;
    next();
}

void PlanPreview::startProbes()
{
    m_probes.clear();
    for (const QString &tag : tagsToRead(m_chunks.at(m_chunk))) {
        if (!m_readableTags.contains(tag)) {
            m_probes.append(tag);
        }
    }
    m_step = Step::ProbeTag;
    next();
}

void PlanPreview::onTagProbed(const ApiResult &result)
{
    const QString tag = m_probes.takeFirst();
    if (meansTagRefused(result)) {
        m_refusedTags.insert(tag, result.errorCode);
    } else if (result.outcome == ApiOutcome::Success || result.outcome == ApiOutcome::Partial) {
        m_readableTags.insert(tag);
    } else {
        fail(result, {});
        return;
    }
    next();
}

void PlanPreview::next()
{
    if (m_step == Step::ProbeTag && m_probes.isEmpty()) {
        // Read the chunk again without the tags found refused. When asking for each tag alone
        // found none refused, the server refuses something the preview cannot name: it stops
        // rather than loop.
        m_step = Step::ReadChunk;
        const Chunk &chunk = m_chunks.at(m_chunk);
        const QStringList tags = tagsToRead(chunk);
        if (std::all_of(
                tags.cbegin(), tags.cend(), [this](const QString &t) { return m_readableTags.contains(t); })
            && !tags.isEmpty()) {
            sendWhenPaced();
            return;
        }
        if (tags.isEmpty()) {
            // Every tag of the chunk is refused: nothing to read, every row is refused.
            ApiResult none;
            none.outcome = ApiOutcome::Success;
            for (int index : chunk.rows) {
                UserProfile user;
                user.account = m_rows.at(index).account;
                none.users.append(user);
            }
            onChunkRead(none);
            return;
        }
        fail({}, tr("The server refuses a profile field of these accounts but not one of them alone."));
        return;
    }
    if (m_step == Step::ProbeTag || m_chunk < m_chunks.size()) {
        sendWhenPaced();
        return;
    }
    m_running = false;
    Q_EMIT finished();
}

void PlanPreview::fail(const ApiResult &result, const QString &message)
{
    m_running = false;
    m_paceTimer.stop();
    m_retryTimer.stop();
    QString text = message;
    if (text.isEmpty() && result.outcome == ApiOutcome::ApiError) {
        const Explanation explanation = ErrorCatalogue::explain(result.errorCode);
        text = tr("Reading the current values failed: %1 (%2). %3")
                   .arg(explanation.title)
                   .arg(result.errorCode)
                   .arg(explanation.nextStep);
    } else if (text.isEmpty()) {
        text = tr("Reading the current values failed: %1").arg(result.problem);
    }
    Q_EMIT failed(result, text);
}

PreviewTotals PlanPreview::totals() const
{
    PreviewTotals totals;
    QSet<QString> refused;
    for (const PreviewRow &row : m_rows) {
        if (row.accountMissing) {
            ++totals.missingAccounts;
        } else if (!row.refusedTags.isEmpty()) {
            for (const QString &tag : row.refusedTags) {
                refused.insert(tag);
            }
        } else if (row.changes.isEmpty()) {
            ++totals.alreadyAsAsked;
        } else {
            ++totals.accountsToChange;
            totals.fieldsToChange += int(row.changes.size());
        }
    }
    totals.refusedTags = int(refused.size());
    totals.skipped = int(m_skippedRows.size());
    return totals;
}

WriteJob PlanPreview::job() const
{
    WriteJob job;
    job.kind = WriteJob::Kind::Bulk;
    job.createdAt = QDateTime::currentDateTimeUtc();
    job.target = m_target;
    job.regionId = m_regionId;
    job.rate = m_rate;

    QList<JobRow> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        const PreviewRow &preview = m_rows.at(i);
        JobRow row;
        row.line = preview.line;
        row.account = preview.account;
        if (preview.accountMissing || !preview.refusedTags.isEmpty()) {
            row.state = RowState::Failed;
            row.reason
                = preview.accountMissing ? QStringLiteral("account-missing") : QStringLiteral("tag-refused");
            row.errorCode = preview.accountMissing ? 40003 : m_refusedTags.value(preview.refusedTags.first());
            for (const PlanItem &item : m_planRows.at(i).items) {
                row.changes.append({ item.tag, QJsonValue(QJsonValue::Undefined), item.value });
            }
        } else if (preview.changes.isEmpty()) {
            row.state = RowState::Unchanged;
        } else {
            row.changes = preview.changes;
        }
        rows.append(row);
    }
    for (const PlanRow &skipped : m_skippedRows) {
        JobRow row;
        row.line = skipped.line;
        row.account = skipped.account;
        row.state = RowState::Skipped;
        row.reason = QStringLiteral("invalid-input");
        rows.append(row);
    }
    // In input order: a report lists the rows as the file did.
    std::stable_sort(
        rows.begin(), rows.end(), [](const JobRow &a, const JobRow &b) { return a.line < b.line; });
    for (int i = 0; i < rows.size(); ++i) {
        rows[i].index = i;
    }
    job.rows = rows;
    return job;
}
