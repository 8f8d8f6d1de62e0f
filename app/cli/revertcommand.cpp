#include "cli/revertcommand.h"

#include "cli/commandtext.h"
#include "history/changehistory.h"
#include "jobs/jobreport.h"
#include "jobs/jobstore.h"
#include "jobs/planpreview.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString actionName(RevertStep::Action action)
{
    switch (action) {
    case RevertStep::Action::Write:
        return QStringLiteral("write");
    case RevertStep::Action::AlreadyBack:
        return QStringLiteral("already-back");
    case RevertStep::Action::Conflict:
        return QStringLiteral("conflict");
    case RevertStep::Action::AccountMissing:
        return QStringLiteral("account-missing");
    case RevertStep::Action::FieldRefused:
        return QStringLiteral("tag-refused");
    }
    return {};
}

QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

QString targetText(const RequestTarget &target)
{
    return RevertCommand::tr("SDKAppID %1 (admin %2) at %3")
        .arg(target.sdkAppId)
        .arg(target.identifier, target.baseUrl.toString());
}

} // namespace

QString RevertCommand::name() const
{
    return QStringLiteral("revert");
}

QString RevertCommand::summary() const
{
    return tr("Put back the values recorded changes replaced: an operation, a change, an account's.");
}

void RevertCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes back the values that the selected changes of the change history replaced, on the app "
           "they were made on (other connection options are refused). The current values are read first: "
           "a field that no longer holds what was written (someone changed it since) is a conflict, "
           "skipped unless --force. A field that was not set before gets its empty value (\"\", 0, or the "
           "default), since portrait_set cannot unset it. The revert is an operation of its own and can "
           "be reverted. Exit codes: 0 everything was put back; 1 a conflict was skipped, or a write "
           "failed or its outcome is unknown; 2 bad input or another app, nothing sent; 3 a network "
           "failure stopped it."));
    const QCommandLineOption jobOption(QStringLiteral("job"),
        tr("Revert every change of this operation (an Apply, a set, a bulk job, a revert)."),
        QStringLiteral("ID"));
    const QCommandLineOption changeOption(QStringLiteral("change"),
        tr("Revert this one change (its id in chat-profile history)."), QStringLiteral("ID"));
    const QCommandLineOption accountOption(QStringLiteral("account"),
        tr("Revert every change of this account (with --since: from then on)."), QStringLiteral("ACCOUNT"));
    const QCommandLineOption sinceOption(QStringLiteral("since"),
        tr("With --account: only changes at or after this time: a date (2026-12-01, midnight UTC) or an "
           "ISO time."),
        QStringLiteral("ISO-DATE"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
        tr("Read the current values and print what the revert would do; write nothing."));
    const QCommandLineOption forceOption(QStringLiteral("force"),
        tr("Overwrite conflicts too: fields someone changed since the selected changes."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), tr("Print no progress."));
    parser.addOptions(
        { jobOption, changeOption, accountOption, sinceOption, dryRunOption, forceOption, quietOption });
    if (!parseArguments(parser, arguments)) {
        return;
    }
    setUpJobClient();
    makeProgressLine(parser.isSet(quietOption));
    m_dryRun = parser.isSet(dryRunOption);
    m_force = parser.isSet(forceOption);

    if (!parser.positionalArguments().isEmpty()) {
        refuse(tr("revert takes no arguments; select the changes with --job, --change or --account."));
        return;
    }
    const int selections
        = int(parser.isSet(jobOption)) + int(parser.isSet(changeOption)) + int(parser.isSet(accountOption));
    if (selections != 1) {
        refuse(tr("Select the changes to revert with one of --job ID, --change ID or --account ACCOUNT."));
        return;
    }
    if (parser.isSet(sinceOption) && !parser.isSet(accountOption)) {
        refuse(tr("--since goes with --account: an operation or a change is reverted whole."));
        return;
    }
    HistoryFilter filter;
    for (const auto &[option, id] :
        { std::pair { &jobOption, &filter.jobId }, { &changeOption, &filter.changeId } }) {
        if (parser.isSet(*option)) {
            bool ok = false;
            *id = parser.value(*option).toLongLong(&ok);
            if (!ok || *id <= 0) {
                refuse(tr("--%1 takes an id as chat-profile history lists it, not \"%2\".")
                           .arg(option->names().constFirst(), parser.value(*option)));
                return;
            }
        }
    }
    filter.account = parser.value(accountOption);
    if (parser.isSet(accountOption) && filter.account.isEmpty()) {
        refuse(tr("--account wants the account whose changes to revert."));
        return;
    }
    if (parser.isSet(sinceOption)) {
        filter.since = CommandText::parseSince(parser.value(sinceOption));
        if (!filter.since.isValid()) {
            refuse(tr("--since takes a date such as 2026-12-01 or a time such as 2026-12-01T08:30:00Z."));
            return;
        }
    }

    openStores();
    const QList<ChangeRecord> changes = m_history->find(filter);
    if (!m_history->errorString().isEmpty()) {
        Console::err() << "chat-profile revert: " << m_history->errorString() << Qt::endl;
        finishLater(ExitCode::Failed);
        return;
    }
    if (changes.isEmpty()) {
        refuse(filter.jobId != 0 ? tr("The change history has no change of operation %1.").arg(filter.jobId)
                : filter.changeId != 0
                ? tr("The change history has no change %1.").arg(filter.changeId)
                : tr("The change history has no change of %1 in that time.").arg(filter.account));
        return;
    }
    m_plan = RevertPlan::fromChanges(changes);
    if (!m_plan.problem().isEmpty()) {
        refuse(m_plan.problem() + QLatin1Char(' ') + tr("Nothing was sent."));
        return;
    }
    if (!adoptTarget(m_plan.target())) {
        refuse(tr("The changes were made on %1, but these options go to %2. A revert writes only where the "
                  "changes were made: give their connection options. Nothing was sent.")
                   .arg(targetText(m_plan.target()), targetText(givenTarget())));
        return;
    }
    printCredentialWarnings();
    PlanPreview &preview = makePreview();
    connect(&preview, &PlanPreview::finished, this, &RevertCommand::previewFinished);
    connect(&preview, &PlanPreview::failed, this, &RevertCommand::previewFailed);
    preview.start(m_plan.changePlan(), ChangePlan::InvalidRows::Refuse);
}

void RevertCommand::previewFinished()
{
    m_built = m_plan.build(m_preview->rows(), m_force);
    if (!m_connection.json()) {
        printPreview();
    }
    if (m_dryRun) {
        if (m_connection.json()) {
            Console::out() << QJsonDocument(previewJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            Console::out() << tr("Dry run: nothing was written.") << Qt::endl;
        }
        finishLater(ExitCode::Success);
        return;
    }
    WriteJob job = m_built.job;
    job.rate = m_pacer.rate();
    job.finished = job.totals().pending == 0;
    if (!storeJob(job)) {
        return;
    }
    if (job.finished) { // nothing to write: every field is back, conflicted or unreadable
        finishJob(job, JobRunner::End::Finished, {});
        return;
    }
    JobRunner &runner = makeRunner();
    connect(&runner, &JobRunner::refused, this,
        [](const QString &reason) { Console::err() << "chat-profile revert: " << reason << Qt::endl; });
    connect(&runner, &JobRunner::finished, this,
        [this](JobRunner::End end, const QString &message) { finishJob(m_runner->job(), end, message); });
    if (!runner.start(job)) {
        finishJob(job, JobRunner::End::Stopped, tr("The revert was refused before anything was sent."));
    }
}

void RevertCommand::printPreview() const
{
    QTextStream &out = Console::out();
    const QList<RevertStep> steps = m_plan.steps(m_preview->rows(), m_built);
    int toWrite = 0;
    int back = 0;
    int conflicts = 0;
    QString account;
    for (const RevertStep &step : steps) {
        const RevertField &field = step.field;
        if (field.account != account) {
            account = field.account;
            out << account << '\n';
            if (step.action == RevertStep::Action::AccountMissing) {
                out << "  " << tr("the account does not exist") << '\n';
            }
        }
        const QString label = CommandText::fieldLabel(field.tag);
        const QString restore = CommandText::valueText(field.tag, field.restore);
        const QString notSet = field.wasNotSet
            ? QStringLiteral(" (%1)").arg(tr("was not set: writes its empty value (\"\", 0, or the default)"))
            : QString();
        switch (step.action) {
        case RevertStep::Action::Write:
            ++toWrite;
            out << "  " << label << ": " << CommandText::valueText(field.tag, field.weWrote)
                << CommandText::Arrow << restore << notSet << '\n';
            break;
        case RevertStep::Action::AlreadyBack:
            ++back;
            out << "  " << label << ": " << tr("already back to %1").arg(restore) << '\n';
            break;
        case RevertStep::Action::Conflict:
            ++conflicts;
            toWrite += step.overwritten ? 1 : 0;
            out << "  " << label << ": "
                << tr("CONFLICT: we wrote %1, now there: %2, revert would write: %3")
                       .arg(CommandText::valueText(field.tag, field.weWrote),
                           CommandText::valueText(field.tag, step.now), restore)
                << notSet << "; "
                << (step.overwritten ? tr("overwritten (--force)") : tr("skipped (--force overwrites it)"))
                << '\n';
            break;
        case RevertStep::Action::FieldRefused:
            out << "  " << label << ": " << tr("the server refuses to read it for this app") << '\n';
            break;
        case RevertStep::Action::AccountMissing:
            break;
        }
    }
    out << tr("Fields to put back: %1; already back: %2; conflicts: %3 (%4).")
               .arg(toWrite)
               .arg(back)
               .arg(conflicts)
               .arg(m_force ? tr("overwritten") : tr("skipped"))
        << '\n';
    if (m_plan.failedChangesLeftOut() > 0) {
        out << tr("Failed writes left out, since they changed nothing: %1.")
                   .arg(m_plan.failedChangesLeftOut())
            << '\n';
    }
    out.flush();
}

QJsonObject RevertCommand::previewJson() const
{
    QJsonArray fields;
    for (const RevertStep &step : m_plan.steps(m_preview->rows(), m_built)) {
        const RevertField &field = step.field;
        QJsonArray ids;
        for (const qint64 id : field.changeIds) {
            ids.append(id);
        }
        fields.append(QJsonObject { { QStringLiteral("account"), field.account },
            { QStringLiteral("tag"), field.tag }, { QStringLiteral("we_wrote"), orNull(field.weWrote) },
            { QStringLiteral("now"), orNull(step.now) }, { QStringLiteral("restore"), field.restore },
            { QStringLiteral("was_not_set"), field.wasNotSet },
            { QStringLiteral("action"), actionName(step.action) },
            { QStringLiteral("overwritten"), step.overwritten }, { QStringLiteral("changes"), ids } });
    }
    QJsonArray conflicts;
    for (const RevertConflict &conflict : m_built.conflicts) {
        conflicts.append(QJsonObject { { QStringLiteral("account"), conflict.account },
            { QStringLiteral("tag"), conflict.tag }, { QStringLiteral("we_wrote"), orNull(conflict.weWrote) },
            { QStringLiteral("now_there"), orNull(conflict.nowThere) },
            { QStringLiteral("would_write"), conflict.wouldWrite },
            { QStringLiteral("overwritten"), conflict.overwritten } });
    }
    return { { QStringLiteral("dry_run"), m_dryRun }, { QStringLiteral("force"), m_force },
        { QStringLiteral("fields"), fields }, { QStringLiteral("conflicts"), conflicts },
        { QStringLiteral("failed_changes_left_out"), m_plan.failedChangesLeftOut() } };
}

void RevertCommand::finishJob(const WriteJob &job, JobRunner::End end, const QString &message)
{
    ExitCode code = exitCodeOf(job, end);
    int skippedConflicts = 0;
    for (const RevertConflict &conflict : m_built.conflicts) {
        skippedConflicts += conflict.overwritten ? 0 : 1;
    }
    if (skippedConflicts > 0) {
        code = std::max(code, ExitCode::Failed);
    }
    if (m_connection.json()) {
        QJsonObject json = previewJson();
        json.insert(QStringLiteral("job"), JobReport::toJson(job));
        Console::out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        printRowProblems(job);
        const JobTotals totals = job.totals();
        QTextStream &out = Console::out();
        // By account, as the job's rows are; the conflicts are counted by field below.
        out << tr("Revert job %1: accounts written: %2, already back: %3, only conflicts: %4, failed: %5, "
                  "unknown: %6, not sent yet: %7 (of %8).")
                   .arg(job.id)
                   .arg(totals.ok)
                   .arg(totals.unchanged)
                   .arg(totals.skipped)
                   .arg(totals.failed)
                   .arg(totals.unknown + totals.sent)
                   .arg(totals.pending)
                   .arg(totals.total)
            << '\n';
        if (skippedConflicts > 0) {
            out << tr("Conflicts skipped: %1 (listed above); --force overwrites them.").arg(skippedConflicts)
                << '\n';
        }
        out.flush();
    }
    if (end != JobRunner::End::Finished) {
        Console::err() << "chat-profile revert: " << message << '\n'
                       << tr("The revert stopped before every account had its result. Run it again: "
                             "fields already back are not written again.")
                       << Qt::endl;
    }
    Console::err()
        << tr("Recorded as operation %1; chat-profile revert --job %1 undoes this revert.").arg(job.id)
        << Qt::endl;
    finishLater(code);
}
