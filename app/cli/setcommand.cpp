#include "cli/setcommand.h"

#include "bulk/changeplan.h"
#include "cli/commandtext.h"
#include "jobs/jobstore.h"
#include "jobs/planpreview.h"
#include "profile/fieldschema.h"
#include "profile/fieldvalidator.h"

#include <QCommandLineParser>

namespace {

// `chat-profile get` for `account` and `tags` with this run's other options (the connection, where
// the key or sig comes from, --timeout…): what shows whether a write whose answer never came was
// stored. No secret is among the arguments: keys and sigs come only from files or the environment.
QString checkCommand(const QStringList &arguments, const QString &account, const QStringList &tags)
{
    QStringList words { QStringLiteral("chat-profile"), QStringLiteral("get") };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--account") || argument == QLatin1String("--set")) {
            ++i; // and its value
        } else if (!argument.startsWith(QLatin1String("--account="))
            && !argument.startsWith(QLatin1String("--set="))) {
            words.append(CommandText::shellWord(argument));
        }
    }
    for (const QString &tag : tags) {
        words << QStringLiteral("--tag") << CommandText::shellWord(tag);
    }
    // "--" ends the options, so an account that starts with "-" is read as an account.
    words << QStringLiteral("--") << CommandText::shellWord(account);
    return words.join(QLatin1Char(' '));
}

} // namespace

QString SetCommand::name() const
{
    return QStringLiteral("set");
}

QString SetCommand::summary() const
{
    return tr("Change one user's profile fields (portrait_set).");
}

void SetCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Checks every field against the profile rules, reads the current values, then sends one portrait_set "
        "with the fields that change and prints ActionStatus, ErrorCode, ErrorInfo, ErrorDisplay, an "
        "explanation and the request's random; nothing is sent when every field already holds its value. "
        "The write is recorded in the change history (old and new values) before it is sent, as an "
        "operation that chat-profile revert --job can undo. A write whose answer never came is not sent "
        "again: its outcome is unknown, and the command to check it is printed. Exit codes: 0 set (or "
        "already so); 1 the API answered FAIL, the account does not exist, or the value did not stick; 2 bad "
        "input, nothing sent; 3 network, TLS, timeout or protocol failure, or the outcome is unknown."));
    const QCommandLineOption accountOption(
        QStringLiteral("account"), tr("The account whose profile to change."), QStringLiteral("ID"));
    const QCommandLineOption setOption(QStringLiteral("set"),
        tr("A field and its new value, e.g. Nick=Anna, Gender=Female, BirthDay=19900521 or "
           "Tag_Profile_Custom_Hobby=chess. Repeat for several fields."),
        QStringLiteral("TAG=VALUE"));
    parser.addOptions({ accountOption, setOption });
    if (!parseArguments(parser, arguments)) {
        return;
    }
    const QString account = parser.value(accountOption);
    if (account.isEmpty()) {
        refuse(tr("Give the account to change with --account."));
        return;
    }
    const QStringList assignments = parser.values(setOption);
    if (assignments.isEmpty()) {
        refuse(tr("Give at least one --set TAG=VALUE."));
        return;
    }

    // Every item is checked before anything is sent: one bad value refuses the whole set, so a
    // profile is never left half-changed by a typo.
    PlanRow row;
    row.account = account;
    QStringList seen; // the tags, in order
    QStringList problems;
    QStringList customTags;
    for (const QString &assignment : assignments) {
        const FieldValidator::Parsed parsed = FieldValidator::parseAssignment(assignment);
        if (parsed.check.isInvalid()) {
            problems.append(parsed.check.message);
            continue;
        }
        if (seen.contains(parsed.tag)) {
            problems.append(tr("%1 is set twice; give each field once.").arg(parsed.tag));
            continue;
        }
        if (parsed.check.level == FieldCheck::Warning) {
            Console::err() << tr("warning: %1").arg(parsed.check.message) << Qt::endl;
        }
        seen.append(parsed.tag);
        if (FieldSchema::isCustomTag(parsed.tag)) {
            customTags.append(parsed.tag);
        }
        row.items.append({ parsed.tag, parsed.value, 0 });
    }
    if (!problems.isEmpty()) {
        refuse(problems.join(QLatin1Char('\n')) + QLatin1Char('\n') + tr("Nothing was sent."));
        return;
    }

    printCredentialWarnings();
    setUpJobClient();
    m_account = account;
    m_context = m_connection.diagnosisContext(m_connection.target().userSig);
    m_context.tag = customTags.join(QStringLiteral(", "));
    m_checkCommand = checkCommand(arguments, account, seen);
    // The old values are read first, so the history holds old → new and a revert can put them back.
    PlanPreview &preview = makePreview();
    connect(&preview, &PlanPreview::finished, this, &SetCommand::previewFinished);
    connect(&preview, &PlanPreview::failed, this, &SetCommand::readFailed);
    preview.start(ChangePlanBuilder::fromRows({ row }), ChangePlan::InvalidRows::Refuse);
}

void SetCommand::printAnswer(const ApiResult &result, const Explanation &explanation) const
{
    if (m_connection.json()) {
        Console::out() << jsonOutput(result, false) << Qt::endl;
    } else {
        ApiCommandOutput::printEnvelope(Console::out(), result, explanation);
    }
}

void SetCommand::readFailed(const ApiResult &result, const QString &message)
{
    if (result.attempts.isEmpty()) { // refused before the read left: the context has a problem
        refuse(message + QLatin1Char('\n') + tr("Nothing was sent."));
        return;
    }
    // The read's answer, printed as the write's would be: a wrong region, app or UserSig refuses
    // both alike.
    const ExitCode code
        = report(result, m_context, [this](const ApiResult &r, const Explanation &e) { printAnswer(r, e); });
    Console::err() << tr("The current values could not be read, so nothing was sent.") << Qt::endl;
    finishLater(code);
}

void SetCommand::previewFinished()
{
    WriteJob job = m_preview->job();
    const JobRow &row = job.rows.constFirst();
    if (row.state == RowState::Failed) {
        // The account does not exist, or the server refuses to read a field: a write whose old
        // value cannot be read is not sent, since neither the history nor a revert could say what
        // it replaced.
        const PreviewRow &read = m_preview->rows().constFirst();
        DiagnosisContext context = m_context;
        if (!read.refusedTags.isEmpty()) {
            context.tag = read.refusedTags.join(QStringLiteral(", "));
        }
        const Explanation explanation = ErrorCatalogue::explain(row.errorCode, context);
        Console::err()
            << "chat-profile set: "
            << (read.accountMissing
                       ? tr("Reading the current values: the account %1 does not exist (ErrorCode %2).")
                             .arg(m_account)
                             .arg(row.errorCode)
                       : tr("Reading the current values: the server refuses %1 (ErrorCode %2).")
                             .arg(context.tag)
                             .arg(row.errorCode))
            << '\n'
            << explanation.title << ' ' << explanation.nextStep << '\n'
            << tr("Nothing was sent.") << Qt::endl;
        finishLater(ExitCode::Failed);
        return;
    }
    if (row.state == RowState::Unchanged) {
        QStringList fields;
        for (const FieldChange &change : m_preview->rows().constFirst().alreadyEqual) {
            fields.append(CommandText::fieldLabel(change.tag));
        }
        // Nothing is written, so there is no answer to print; with --json stdout stays for
        // answers as received.
        QTextStream &stream = m_connection.json() ? Console::err() : Console::out();
        stream << tr("Nothing was sent: %1 already holds every value asked for (%2).")
                      .arg(m_account, fields.join(QStringLiteral(", ")))
               << Qt::endl;
        finishLater(ExitCode::Success);
        return;
    }
    job.kind = WriteJob::Kind::Apply;
    job.source = QStringLiteral("chat-profile set");
    if (!storeJob(job)) {
        return;
    }
    JobRunner &runner = makeRunner();
    connect(&runner, &JobRunner::callFinished, this, [this](int written, const ApiResult &result) {
        if (written < 0) {
            return; // the read-back
        }
        const QList<ApiAttempt> earlier = m_sent ? m_write.attempts : QList<ApiAttempt>();
        m_write = result;
        m_write.attempts = earlier + result.attempts;
        m_sent = true;
    });
    connect(&runner, &JobRunner::refused, this, [this](const QString &reason) { m_refusal = reason; });
    connect(&runner, &JobRunner::finished, this, &SetCommand::runFinished);
    if (!runner.start(job)) {
        runFinished(JobRunner::End::Stopped, m_refusal);
    }
}

void SetCommand::runFinished(JobRunner::End end, const QString &message)
{
    const WriteJob &job = m_runner->job();
    if (!m_sent) { // refused before the write left (the connection's problem), or not recorded
        Console::err() << "chat-profile set: " << (m_refusal.isEmpty() ? message : m_refusal) << '\n'
                       << tr("Nothing was sent.") << Qt::endl;
        finishLater(end == JobRunner::End::Stopped ? ExitCode::BadInput : ExitCode::Failed);
        return;
    }
    ExitCode code = report(
        m_write, m_context, [this](const ApiResult &r, const Explanation &e) { printAnswer(r, e); },
        m_checkCommand);
    const JobRow &row = job.rows.constFirst();
    if (!row.didNotStick.isEmpty()) {
        Console::err() << "chat-profile set: "
                       << tr("The server answered OK, but reading it back found something else for %1.")
                              .arg(row.didNotStick.join(QStringLiteral(", ")))
                       << Qt::endl;
        code = std::max(code, ExitCode::Failed);
    }
    if (row.state == RowState::Ok || row.state == RowState::Unknown || row.state == RowState::Sent) {
        Console::err() << tr("Recorded as operation %1 in the change history; chat-profile revert --job %1 "
                             "puts the old values back.")
                              .arg(job.id)
                       << Qt::endl;
    }
    finishLater(code);
}
