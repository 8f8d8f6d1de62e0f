#include "cli/jobscommand.h"

#include "cli/texttable.h"
#include "jobs/jobreport.h"
#include "jobs/jobstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// The place a job writes to, as the connection options name it.
QString whereText(const RequestTarget &target)
{
    return QStringLiteral("%1 %2 %3")
        .arg(target.baseUrl.toString())
        .arg(target.sdkAppId)
        .arg(target.identifier);
}

} // namespace

QString JobsCommand::name() const
{
    return QStringLiteral("jobs");
}

QString JobsCommand::summary() const
{
    return tr("List the stored bulk jobs and what became of their rows.");
}

void JobsCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the bulk jobs stored on this computer, newest first. An "
           "unfinished job can be continued with chat-profile bulk --resume ID."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the jobs as a JSON array."));
    parser.addOption(jsonOption);
    if (!parser.parse(arguments)) {
        Console::err() << "chat-profile jobs: " << parser.errorText() << Qt::endl;
        finishLater(ExitCode::BadInput);
        return;
    }
    if (parser.isSet(helpOption)) {
        Console::out() << helpText(parser, arguments.at(0)) << Qt::flush;
        finishLater(ExitCode::Success);
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        Console::err() << "chat-profile jobs: " << tr("jobs takes no arguments.") << Qt::endl;
        finishLater(ExitCode::BadInput);
        return;
    }

    const JobStore store;
    const QList<JobSummary> jobs = store.list(WriteJob::Kind::Bulk);
    if (!store.errorString().isEmpty()) {
        Console::err() << "chat-profile jobs: " << store.errorString() << Qt::endl;
        finishLater(ExitCode::Failed);
        return;
    }
    QTextStream &out = Console::out();
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const JobSummary &job : jobs) {
            array.append(JobReport::toJson(job));
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        finishLater(ExitCode::Success);
        return;
    }
    if (jobs.isEmpty()) {
        out << tr("No bulk jobs are stored.") << Qt::endl;
        finishLater(ExitCode::Success);
        return;
    }
    TextTable table(
        { tr("ID"), tr("Created (UTC)"), tr("State"), tr("Rows"), tr("OK"), tr("Unchanged"), tr("Failed"),
            tr("Skipped"), tr("Unknown"), tr("Not sent"), tr("Source"), tr("Where") },
        { 0, 3, 4, 5, 6, 7, 8, 9 });
    for (const JobSummary &job : jobs) {
        const JobTotals &t = job.totals;
        table.addRow(
            { QString::number(job.id), job.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                job.finished ? tr("finished") : tr("unfinished"), QString::number(t.total),
                QString::number(t.ok), QString::number(t.unchanged), QString::number(t.failed),
                QString::number(t.skipped), QString::number(t.unknown + t.sent), QString::number(t.pending),
                job.source, whereText(job.target) });
    }
    table.print(out);
    finishLater(ExitCode::Success);
}
