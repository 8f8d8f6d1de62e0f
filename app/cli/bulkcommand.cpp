#include "cli/bulkcommand.h"

#include "cli/commandtext.h"
#include "history/changehistory.h"
#include "jobs/jobreport.h"
#include "jobs/jobstore.h"
#include "jobs/planpreview.h"
#include "spreadsheet/spreadsheetreader.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <algorithm>

namespace {

QJsonArray changesJson(const QList<FieldChange> &changes)
{
    QJsonArray array;
    for (const FieldChange &change : changes) {
        array.append(QJsonObject { { QStringLiteral("tag"), change.tag },
            { QStringLiteral("old"), change.oldValue.isUndefined() ? QJsonValue() : change.oldValue },
            { QStringLiteral("new"), change.newValue } });
    }
    return array;
}

QStringList labels(const QList<FieldChange> &changes)
{
    QStringList names;
    for (const FieldChange &change : changes) {
        names.append(CommandText::fieldLabel(change.tag));
    }
    return names;
}

// "tab" and "\t" for a tab, which is awkward to type in a shell; otherwise one character.
std::optional<QChar> delimiterFrom(const QString &text)
{
    if (text == QLatin1String("tab") || text == QLatin1String("\\t")) {
        return QLatin1Char('\t');
    }
    if (text.size() == 1) {
        return text.front();
    }
    return std::nullopt;
}

} // namespace

BulkCommand::BulkCommand(QObject *parent)
    : WriteCommand(parent)
{ }

BulkCommand::~BulkCommand() = default;

QString BulkCommand::name() const
{
    return QStringLiteral("bulk");
}

QString BulkCommand::summary() const
{
    return tr("Change many accounts from a CSV/TSV file or an accounts list, resumably.");
}

void BulkCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks the whole input first (every problem with its line and column), reads the current values, "
           "then sends one portrait_set per account with only the fields that change, at most --rate calls "
           "per second. The job is stored before the first write, so an interrupted job can be resumed "
           "with --resume. Exit codes: 0 every row ok or unchanged; 1 a row failed or its outcome is "
           "unknown; 2 bad input, nothing sent; 3 a network failure stopped the job (resume it)."));
    parser.addPositionalArgument(QStringLiteral("file"),
        tr("A CSV or TSV file with a header row: an account column (account, UserID, From_Account or "
           "To_Account) and one column per field; or, with --resume, the job's ID."),
        QStringLiteral("FILE|ID"));
    const QCommandLineOption accountsFileOption(QStringLiteral("accounts-file"),
        tr("A file with one account per line, to set the --set values on each."), QStringLiteral("FILE"));
    const QCommandLineOption setOption(QStringLiteral("set"),
        tr("With --accounts-file: a field and its value for every account, e.g. Level=3. Repeat for "
           "several fields."),
        QStringLiteral("TAG=VALUE"));
    const QCommandLineOption resumeOption(QStringLiteral("resume"),
        tr("Continue the latest unfinished bulk job, or the job whose ID is given."));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), tr("Read the current values and print what would change; write nothing."));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
        tr("Calls per second, reads included, from 1 to %1 (default %2: the app's budget is shared with "
           "its own backend).")
            .arg(CallPacer::MaxRate)
            .arg(CallPacer::DefaultRate),
        QStringLiteral("N"));
    const QCommandLineOption skipInvalidOption(QStringLiteral("skip-invalid"),
        tr("Leave rows with problems out (reported as skipped) instead of refusing the whole input."));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
        tr("The file's delimiter: a comma, a semicolon or \"tab\" (default: detected from the header)."),
        QStringLiteral("C"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
        tr("The file's encoding when it is not UTF-8 or UTF-16 with a BOM, e.g. GB18030, Shift_JIS or "
           "EUC-KR."),
        QStringLiteral("NAME"));
    const QCommandLineOption reportOption(QStringLiteral("report"),
        tr("Write the result of every row to this CSV file (UTF-8 with BOM)."), QStringLiteral("FILE"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), tr("Print no progress."));
    parser.addOptions({ accountsFileOption, setOption, resumeOption, dryRunOption, rateOption,
        skipInvalidOption, delimiterOption, encodingOption, reportOption, quietOption });
    if (!parseArguments(parser, arguments)) {
        return;
    }

    setUpJobClient();

    makeProgressLine(parser.isSet(quietOption));
    m_dryRun = parser.isSet(dryRunOption);
    m_mode
        = parser.isSet(skipInvalidOption) ? ChangePlan::InvalidRows::Skip : ChangePlan::InvalidRows::Refuse;
    m_reportPath = parser.value(reportOption);
    if (parser.isSet(rateOption)) {
        bool ok = false;
        const int rate = parser.value(rateOption).toInt(&ok);
        if (!ok || rate < 1 || rate > CallPacer::MaxRate) {
            refuse(tr("--rate wants a whole number of calls per second from 1 to %1, not \"%2\".")
                       .arg(CallPacer::MaxRate)
                       .arg(parser.value(rateOption)));
            return;
        }
        m_pacer.setRate(rate);
        m_rateGiven = true;
    }

    m_followUpArguments = m_connection.givenArguments(parser);
    for (const QCommandLineOption &option : { rateOption, reportOption }) {
        if (parser.isSet(option)) {
            m_followUpArguments << QStringLiteral("--") + option.names().constFirst() << parser.value(option);
        }
    }
    if (parser.isSet(quietOption)) {
        m_followUpArguments << QStringLiteral("--quiet");
    }
    if (m_connection.json()) {
        m_followUpArguments << QStringLiteral("--json");
    }

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(resumeOption)) {
        for (const QCommandLineOption &option : { accountsFileOption, setOption, dryRunOption,
                 skipInvalidOption, delimiterOption, encodingOption }) {
            if (parser.isSet(option)) {
                refuse(tr("--resume continues a stored job with its own input; --%1 does not go with it.")
                           .arg(option.names().constFirst()));
                return;
            }
        }
        if (positional.size() > 1) {
            refuse(tr("--resume takes at most one job ID."));
            return;
        }
        resume(positional.value(0));
        return;
    }
    if (parser.isSet(accountsFileOption) == !positional.isEmpty()) {
        refuse(tr("Give either a CSV/TSV FILE or --accounts-file FILE with --set TAG=VALUE."));
        return;
    }
    if (positional.size() > 1) {
        refuse(tr("Give one input file; to edit several, run one job per file."));
        return;
    }
    if (parser.isSet(accountsFileOption) && parser.values(setOption).isEmpty()) {
        refuse(tr("Give at least one --set TAG=VALUE to set on every account of --accounts-file."));
        return;
    }
    if (m_dryRun && parser.isSet(reportOption)) {
        refuse(tr("--report records what a run did; a --dry-run writes nothing to report."));
        return;
    }
    if (!parser.isSet(accountsFileOption) && parser.isSet(setOption)) {
        refuse(tr("--set goes with --accounts-file; in a CSV/TSV file the columns name the fields."));
        return;
    }
    std::optional<ChangePlan> plan = readPlan(parser);
    if (!plan || !acceptPlan(*plan)) {
        return;
    }
    m_plan = std::move(*plan);
    startPreview();
}

std::optional<ChangePlan> BulkCommand::readPlan(const QCommandLineParser &parser)
{
    const bool accountsList = parser.isSet(QStringLiteral("accounts-file"));
    const QString path = accountsList ? parser.value(QStringLiteral("accounts-file"))
                                      : parser.positionalArguments().constFirst();
    const QByteArray encoding = parser.value(QStringLiteral("encoding")).toLatin1();
    if (!encoding.isEmpty() && !SpreadsheetReader::isKnownEncoding(encoding)) {
        refuse(tr("Unknown encoding \"%1\": give a name such as UTF-8, GB18030, Shift_JIS or EUC-KR.")
                   .arg(QString::fromLatin1(encoding)));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        refuse(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    m_source = QFileInfo(path).fileName();

    if (!accountsList) {
        SpreadsheetReader::Options options;
        options.encoding = encoding;
        if (parser.isSet(QStringLiteral("delimiter"))) {
            const std::optional<QChar> delimiter = delimiterFrom(parser.value(QStringLiteral("delimiter")));
            if (!delimiter) {
                refuse(tr("--delimiter wants one character, or \"tab\", not \"%1\".")
                           .arg(parser.value(QStringLiteral("delimiter"))));
                return std::nullopt;
            }
            options.delimiter = *delimiter;
        }
        return ChangePlanBuilder::fromTable(SpreadsheetReader::read(bytes, options));
    }

    if (parser.isSet(QStringLiteral("delimiter"))) {
        refuse(tr("--delimiter is for a CSV/TSV file; an accounts file has one account per line."));
        return std::nullopt;
    }
    // A byte-order mark is not part of the first account.
    QStringDecoder decoder
        = encoding.isEmpty() ? QStringDecoder(QStringConverter::Utf8) : QStringDecoder(encoding.constData());
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        refuse(encoding.isEmpty()
                ? tr("%1 is not UTF-8 text. Save it as UTF-8, or name its encoding with --encoding (e.g. "
                     "--encoding GB18030).")
                      .arg(path)
                : tr("%1 is not valid %2 text. Name the encoding it was saved in with --encoding, or save "
                     "it as UTF-8.")
                      .arg(path, QString::fromLatin1(encoding)));
        return std::nullopt;
    }
    return ChangePlanBuilder::fromAccounts(text, parser.values(QStringLiteral("set")));
}

bool BulkCommand::acceptPlan(const ChangePlan &plan)
{
    QTextStream &err = Console::err();
    for (const PlanProblem &problem : plan.problems()) {
        err << "chat-profile bulk: " << m_source << ": " << ChangePlan::location(problem) << ": "
            << problem.message << '\n';
        const bool encoding = problem.kind == PlanProblem::Unreadable
            && (problem.readerKind == SpreadsheetProblem::NotUtf8
                || problem.readerKind == SpreadsheetProblem::NotInEncoding);
        if (encoding) { // the reader's advice is for any front end; this is how to follow it here
            err << tr("To read the file in the encoding it was saved in, name it with --encoding, e.g. "
                      "--encoding GB18030, --encoding Shift_JIS or --encoding EUC-KR.")
                << '\n';
        }
    }
    err.flush();
    if (!plan.mayRun(m_mode)) {
        bool rowProblemsOnly = true;
        for (const PlanProblem &problem : plan.problems()) {
            rowProblemsOnly = rowProblemsOnly && problem.scope == PlanProblem::Row;
        }
        const int count = int(plan.problems().size());
        refuse(m_mode == ChangePlan::InvalidRows::Refuse && rowProblemsOnly
                ? tr("Nothing was sent. Problems: %1. Fix them, or leave the invalid rows out with "
                     "--skip-invalid.")
                      .arg(count)
                : tr("Nothing was sent. Problems: %1. Fix them first.").arg(count));
        return false;
    }
    if (const qsizetype skipped = plan.skippedRows(m_mode).size(); skipped > 0) {
        err << tr("Rows left out because of their problems (reported as skipped): %1.").arg(skipped)
            << Qt::endl;
    }
    return true;
}

void BulkCommand::startPreview()
{
    printCredentialWarnings();
    PlanPreview &preview = makePreview();
    connect(&preview, &PlanPreview::finished, this, &BulkCommand::previewFinished);
    connect(&preview, &PlanPreview::failed, this, &BulkCommand::previewFailed);
    preview.start(m_plan, m_mode);
}

void BulkCommand::previewFinished()
{
    if (m_dryRun) {
        if (m_connection.json()) {
            printPreviewJson();
        } else {
            printPreview();
        }
        finishLater(ExitCode::Success);
        return;
    }
    openStores();
    WriteJob job = m_preview->job();
    job.kind = WriteJob::Kind::Bulk;
    job.createdAt = QDateTime::currentDateTimeUtc();
    job.source = m_source;
    job.regionId = jobContext().regionId;
    job.rate = m_pacer.rate();
    job.finished = job.totals().pending == 0;
    if (!storeJob(job)) {
        return;
    }
    if (job.finished) { // nothing to write: every account is as asked, missing or skipped
        finishJob(job, JobRunner::End::Finished, {});
        return;
    }
    run(job);
}

void BulkCommand::printPreview() const
{
    QTextStream &out = Console::out();
    out << m_preview->totals().summaryText() << '\n';
    for (const PreviewRow &row : m_preview->rows()) {
        out << tr("Line %1: %2").arg(row.line).arg(row.account) << '\n';
        if (row.accountMissing) {
            out << "  " << tr("the account does not exist") << '\n';
        }
        for (const FieldChange &change : row.changes) {
            out << "  " << CommandText::fieldLabel(change.tag) << ": "
                << CommandText::valueText(change.tag, change.oldValue) << CommandText::Arrow
                << CommandText::valueText(change.tag, change.newValue) << '\n';
        }
        if (!row.alreadyEqual.isEmpty()) {
            out << "  " << tr("already as asked: %1").arg(labels(row.alreadyEqual).join(QStringLiteral(", ")))
                << '\n';
        }
        if (!row.refusedTags.isEmpty()) {
            out << "  " << tr("refused by the server: %1").arg(row.refusedTags.join(QStringLiteral(", ")))
                << '\n';
        }
    }
    for (const PlanRow &row : m_plan.skippedRows(m_mode)) {
        out << tr("Line %1: %2").arg(row.line).arg(row.account) << '\n'
            << "  " << tr("skipped: the row has problems (see above)") << '\n';
    }
    out << tr("Dry run: nothing was written.") << '\n';
    out.flush();
}

void BulkCommand::printPreviewJson() const
{
    const PreviewTotals totals = m_preview->totals();
    QJsonArray accounts;
    for (const PreviewRow &row : m_preview->rows()) {
        QStringList equal;
        for (const FieldChange &change : row.alreadyEqual) {
            equal.append(change.tag);
        }
        accounts.append(
            QJsonObject { { QStringLiteral("line"), row.line }, { QStringLiteral("account"), row.account },
                { QStringLiteral("changes"), changesJson(row.changes) },
                { QStringLiteral("already_equal"), QJsonArray::fromStringList(equal) },
                { QStringLiteral("missing"), row.accountMissing },
                { QStringLiteral("refused_tags"), QJsonArray::fromStringList(row.refusedTags) } });
    }
    QJsonArray skipped;
    for (const PlanRow &row : m_plan.skippedRows(m_mode)) {
        skipped.append(
            QJsonObject { { QStringLiteral("line"), row.line }, { QStringLiteral("account"), row.account } });
    }
    const QJsonObject json { { QStringLiteral("dry_run"), true },
        { QStringLiteral("summary"), totals.summaryText() },
        { QStringLiteral("accounts_to_change"), totals.accountsToChange },
        { QStringLiteral("fields_to_change"), totals.fieldsToChange },
        { QStringLiteral("already_as_asked"), totals.alreadyAsAsked },
        { QStringLiteral("missing_accounts"), totals.missingAccounts },
        { QStringLiteral("refused_tags"), totals.refusedTags }, { QStringLiteral("skipped"), totals.skipped },
        { QStringLiteral("accounts"), accounts }, { QStringLiteral("skipped_rows"), skipped } };
    Console::out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
}

void BulkCommand::resume(const QString &idArgument)
{
    openStores();
    qint64 id = 0;
    if (!idArgument.isEmpty()) {
        bool ok = false;
        id = idArgument.toLongLong(&ok);
        if (!ok || id <= 0) {
            refuse(tr("--resume wants a job ID (see chat-profile jobs), not \"%1\".").arg(idArgument));
            return;
        }
    } else if (const std::optional<qint64> latest = m_store->latestUnfinished(WriteJob::Kind::Bulk)) {
        id = *latest;
    } else {
        refuse(m_store->errorString().isEmpty()
                ? tr("There is no unfinished bulk job to resume; chat-profile jobs lists the jobs.")
                : m_store->errorString());
        return;
    }
    const std::optional<WriteJob> job = m_store->load(id);
    if (!job) {
        refuse(m_store->errorString().isEmpty()
                ? tr("There is no job %1; chat-profile jobs lists the jobs.").arg(id)
                : m_store->errorString());
        return;
    }
    if (job->kind != WriteJob::Kind::Bulk) {
        // An Apply, a set or a revert that never went out: its old values were read long ago.
        refuse(tr("Job %1 is not a bulk job; only bulk jobs are resumed. Nothing was sent.").arg(id));
        return;
    }
    if (job->finished) {
        refuse(tr("Job %1 is finished: every row has its result, nothing is left to send.").arg(id));
        return;
    }
    // The command line has no saved connections: the job is the same app when the endpoint, the
    // SDKAppID and the admin are, whichever connection of the window stored it.
    if (!adoptTarget(job->target)) {
        const RequestTarget here = givenTarget();
        refuse(tr("Job %1 belongs to SDKAppID %2 (admin %3) at %4, but these options go to SDKAppID %5 "
                  "(admin %6) at %7. A job writes only where its old values were read: give the job's "
                  "connection options. Nothing was sent.")
                   .arg(id)
                   .arg(job->target.sdkAppId)
                   .arg(job->target.identifier, job->target.baseUrl.toString())
                   .arg(here.sdkAppId)
                   .arg(here.identifier, here.baseUrl.toString()));
        return;
    }
    if (!m_rateGiven && job->rate > 0) {
        m_pacer.setRate(job->rate);
    }
    printCredentialWarnings();
    run(*job);
}

void BulkCommand::run(const WriteJob &job)
{
    // What is left to do: a resumed job's confirmed rows are not part of it.
    int accounts = 0;
    int fields = 0;
    for (const JobRow &row : job.rows) {
        if (row.state == RowState::Pending || row.state == RowState::Sent || row.state == RowState::Unknown) {
            ++accounts;
            fields += int(row.changes.size());
        }
    }
    Console::err() << tr("Job %1: accounts to write: %2 (fields: %3), at %4 calls/s.")
                          .arg(job.id)
                          .arg(accounts)
                          .arg(fields)
                          .arg(m_pacer.rate())
                   << '\n'
                   << tr("If it is interrupted, continue it with:") << "\n  " << resumeCommand(job.id)
                   << Qt::endl;
    makeRunner();
    connect(m_runner.get(), &JobRunner::refused, this, [this](const QString &reason) {
        m_progress->finish();
        refuse(reason + QLatin1Char('\n') + tr("Nothing was sent."));
    });
    connect(m_runner.get(), &JobRunner::finished, this, &BulkCommand::runFinished);
    m_runner->start(job);
}

void BulkCommand::runFinished(JobRunner::End end, const QString &message)
{
    finishJob(m_runner->job(), end, message);
}

void BulkCommand::finishJob(const WriteJob &job, JobRunner::End end, const QString &message)
{
    ExitCode code = exitCodeOf(job, end);

    if (m_connection.json()) {
        Console::out() << QJsonDocument(JobReport::toJson(job)).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        printResult(job);
    }
    if (!m_reportPath.isEmpty()) {
        QString error;
        if (JobReport::write(job, m_reportPath, &error)) {
            Console::err() << tr("Report written to %1.").arg(m_reportPath) << Qt::endl;
        } else {
            Console::err() << "chat-profile bulk: " << error << Qt::endl;
            code = std::max(code, ExitCode::Failed);
        }
    }
    if (end != JobRunner::End::Finished) {
        Console::err()
            << "chat-profile bulk: " << message << '\n'
            << tr("The job stopped before every row had its result; rows confirmed OK are not sent "
                  "again. Continue it with:")
            << "\n  " << resumeCommand(job.id) << Qt::endl;
    }
    finishLater(code);
}

void BulkCommand::printResult(const WriteJob &job) const
{
    printRowProblems(job);
    QTextStream &out = Console::out();
    const JobTotals totals = job.totals();
    out << tr("Job %1: %2 ok, %3 unchanged, %4 failed, %5 skipped, %6 unknown, %7 not sent yet (of %8 rows).")
               .arg(job.id)
               .arg(totals.ok)
               .arg(totals.unchanged)
               .arg(totals.failed)
               .arg(totals.skipped)
               .arg(totals.unknown + totals.sent)
               .arg(totals.pending)
               .arg(totals.total)
        << '\n';
    out.flush();
}

QString BulkCommand::resumeCommand(qint64 jobId) const
{
    QStringList words { QStringLiteral("chat-profile"), QStringLiteral("bulk"), QStringLiteral("--resume"),
        QString::number(jobId) };
    for (const QString &argument : m_followUpArguments) {
        words << CommandText::shellWord(argument);
    }
    return words.join(QLatin1Char(' '));
}
