#include "cli/writecommand.h"

#include "errors/errorcatalogue.h"
#include "history/changehistory.h"
#include "jobs/jobreport.h"
#include "jobs/jobstore.h"
#include "jobs/planpreview.h"
#include "usersig/durationtext.h"

WriteCommand::WriteCommand(QObject *parent)
    : ApiCommand(parent)
    , m_pacer(m_clock)
    , m_jobClient(&m_network)
{ }

WriteCommand::~WriteCommand() = default;

void WriteCommand::setUpJobClient()
{
    m_retry = m_client.retryPolicy();
    RetryPolicy once = m_retry;
    once.maxAttempts = 1;
    m_jobClient.setRetryPolicy(once);
    m_jobClient.setTimeout(m_client.timeout());
}

void WriteCommand::openStores()
{
    // Here rather than in the constructor: every chat-profile command constructs its commands.
    if (!m_store) {
        m_store = std::make_unique<JobStore>();
        m_history = std::make_unique<ChangeHistory>();
    }
}

RequestContext WriteCommand::jobContext()
{
    RequestContext context = m_connection.context();
    context.connectionId = m_connectionId;
    return context;
}

RequestTarget WriteCommand::givenTarget()
{
    return RequestTarget::of(m_connection.context());
}

bool WriteCommand::adoptTarget(const RequestTarget &recorded)
{
    RequestTarget here = givenTarget();
    here.connectionId = recorded.connectionId;
    if (here != recorded) {
        return false;
    }
    m_connectionId = recorded.connectionId;
    return true;
}

void WriteCommand::makeProgressLine(bool quiet)
{
    m_progress = std::make_unique<ProgressLine>(Console::err(), ProgressLine::modeForStderr(quiet));
}

PlanPreview &WriteCommand::makePreview()
{
    m_preview = std::make_unique<PlanPreview>(&m_jobClient, &m_pacer, [this] { return jobContext(); });
    m_preview->setRetryPolicy(m_retry);
    if (m_progress) {
        connect(m_preview.get(), &PlanPreview::progress, this, [this](int read, int total) {
            m_progress->show(tr("Reading the current values: %1/%2 accounts").arg(read).arg(total));
        });
        connect(m_preview.get(), &PlanPreview::finished, this, [this] { m_progress->finish(); });
    }
    return *m_preview;
}

bool WriteCommand::storeJob(WriteJob &job)
{
    openStores();
    if (m_store->create(job)) {
        return true;
    }
    Console::err() << "chat-profile " << name() << ": " << m_store->errorString() << '\n'
                   << tr("Nothing was written.") << Qt::endl;
    finishLater(ExitCode::Failed);
    return false;
}

JobRunner &WriteCommand::makeRunner(bool readBack)
{
    openStores();
    m_runner = std::make_unique<JobRunner>(
        &m_jobClient, m_store.get(), m_history.get(), &m_pacer, [this] { return jobContext(); });
    JobRunner::Options options;
    options.retry = m_retry;
    options.readBack = readBack;
    m_runner->setOptions(options);
    if (m_progress) {
        connect(m_runner.get(), &JobRunner::progressChanged, this,
            [this](const JobProgress &progress) { m_progress->show(progressText(progress)); });
        connect(m_runner.get(), &JobRunner::finished, this, [this] { m_progress->finish(); });
    }
    return *m_runner;
}

void WriteCommand::previewFailed(const ApiResult &result, const QString &message)
{
    if (m_progress) {
        m_progress->finish();
    }
    Console::err() << "chat-profile " << name() << ": " << message << '\n'
                   << tr("Nothing was written.") << Qt::endl;
    finishLater(ApiCommandOutput::exitCode(result.outcome));
}

QString WriteCommand::progressText(const JobProgress &progress) const
{
    const QString timeLeft = progress.timeLeft.count() < 0
        ? tr("time left unknown")
        : tr("%1 left").arg(DurationText::approximate(progress.timeLeft.count()));
    return tr("%1/%2 done, %3 ok, %4 failed, %5 unknown, %6 calls/s, %7")
        .arg(progress.done)
        .arg(progress.totals.total)
        .arg(progress.totals.ok)
        .arg(progress.totals.failed)
        .arg(progress.totals.unknown)
        .arg(progress.currentRate, 0, 'f', 0)
        .arg(timeLeft);
}

void WriteCommand::printRowProblems(const WriteJob &job) const
{
    QTextStream &out = Console::out();
    for (const JobRow &row : job.rows) {
        const QString outcome = JobReport::outcomeName(row.state);
        if (row.state == RowState::Failed || row.state == RowState::Unknown || row.state == RowState::Sent) {
            // The wire names stay untranslated, as in `set`'s output; the catalogue says what they mean.
            QStringList words { outcome };
            if (row.errorCode > 0) {
                words << QStringLiteral("ErrorCode %1").arg(row.errorCode);
            }
            if (!row.errorInfo.isEmpty()) {
                words << row.errorInfo;
            }
            if (!row.reason.isEmpty()) {
                words << QStringLiteral("(%1)").arg(row.reason);
            }
            if (row.random != 0) {
                words << QStringLiteral("random %1").arg(row.random);
            }
            const QString text = words.join(QLatin1Char(' '));
            out << (row.line > 0 ? tr("Line %1: %2: %3").arg(row.line).arg(row.account, text)
                                 : tr("%1: %2").arg(row.account, text));
            if (row.errorCode > 0) {
                DiagnosisContext context;
                context.serverErrorInfo = row.errorInfo;
                out << " — " << ErrorCatalogue::explain(row.errorCode, context).title;
            }
            out << '\n';
        } else if (!row.didNotStick.isEmpty()) {
            const QString tags = row.didNotStick.join(QStringLiteral(", "));
            out << (row.line > 0
                    ? tr("Line %1: %2: ok, but the server holds something else for %3")
                          .arg(row.line)
                          .arg(row.account, tags)
                    : tr("%1: ok, but the server holds something else for %2").arg(row.account, tags))
                << '\n';
        }
    }
    out.flush();
}

bool WriteCommand::anyDidNotStick(const WriteJob &job)
{
    return std::any_of(
        job.rows.cbegin(), job.rows.cend(), [](const JobRow &row) { return !row.didNotStick.isEmpty(); });
}

ExitCode WriteCommand::exitCodeOf(const WriteJob &job, JobRunner::End end)
{
    if (end != JobRunner::End::Finished) {
        return ExitCode::Transport;
    }
    const JobTotals totals = job.totals();
    return totals.failed > 0 || totals.unknown > 0 || anyDidNotStick(job) ? ExitCode::Failed
                                                                          : ExitCode::Success;
}
