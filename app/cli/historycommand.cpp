#include "cli/historycommand.h"

#include "cli/commandtext.h"
#include "cli/texttable.h"
#include "history/changehistory.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The outcome for scripts: a record whose answer was never recorded is unknown, like one whose
// answer never came.
QString outcomeName(ChangeRecord::State state)
{
    return state == ChangeRecord::State::Pending ? ChangeRecord::stateName(ChangeRecord::State::Unknown)
                                                 : ChangeRecord::stateName(state);
}

QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

QJsonObject toJson(const ChangeRecord &r)
{
    const bool answered
        = r.state == ChangeRecord::State::Ok || (r.state == ChangeRecord::State::Failed && r.errorCode > 0);
    return {
        { QStringLiteral("id"), r.id },
        { QStringLiteral("job"), r.jobId == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(r.jobId) },
        { QStringLiteral("at"), r.at.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("account"), r.account },
        { QStringLiteral("tag"), r.tag },
        { QStringLiteral("old"), orNull(r.oldValue) },
        { QStringLiteral("new"), orNull(r.newValue) },
        { QStringLiteral("errorCode"), answered ? QJsonValue(r.errorCode) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("errorInfo"), r.errorInfo },
        { QStringLiteral("httpStatus"),
            r.httpStatus == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(r.httpStatus) },
        { QStringLiteral("random"), qint64(r.random) },
        { QStringLiteral("outcome"), outcomeName(r.state) },
        { QStringLiteral("connectionId"), r.connectionId },
        { QStringLiteral("region"), r.regionId },
        { QStringLiteral("baseUrl"), r.baseUrl },
        { QStringLiteral("sdkAppId"), qint64(r.sdkAppId) },
        { QStringLiteral("admin"), r.adminIdentifier },
    };
}

QString valueText(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull()) {
        return HistoryCommand::tr("(not set)");
    }
    return value.isString() ? value.toString() : QString::number(value.toDouble(), 'g', 10);
}

} // namespace

QString HistoryCommand::name() const
{
    return QStringLiteral("history");
}

QString HistoryCommand::summary() const
{
    return tr("Show the change history: every profile write of the console and the CLI.");
}

void HistoryCommand::start(const QStringList &arguments)
{
    finishLater(run(arguments));
}

ExitCode HistoryCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the profile writes recorded on this computer, newest first, by the console and the CLI "
           "alike. Each write is recorded before it is sent; one whose answer never came is shown as "
           "unknown. The history is kept in %1.")
            .arg(ChangeHistory::defaultPath()));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption accountOption(
        QStringLiteral("account"), tr("Only the changes of this account."), QStringLiteral("ACCOUNT"));
    const QCommandLineOption jobOption(QStringLiteral("job"),
        tr("Only the changes of this operation (an Apply, a set, a bulk job, a revert)."),
        QStringLiteral("ID"));
    const QCommandLineOption sinceOption(QStringLiteral("since"),
        tr("Only changes at or after this time: a date (2026-12-01, midnight UTC) or an ISO time."),
        QStringLiteral("ISO-DATE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the changes as a JSON array."));
    parser.addOptions({ accountOption, jobOption, sinceOption, jsonOption });
    const auto refuse = [](const QString &message) {
        Console::err() << "chat-profile history: " << message << Qt::endl;
        return ExitCode::BadInput;
    };
    if (!parser.parse(arguments)) {
        return refuse(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        Console::out() << helpText(parser, arguments.at(0)) << Qt::flush;
        return ExitCode::Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return refuse(tr("history takes no arguments; filter with --account, --job or --since."));
    }
    HistoryFilter filter;
    filter.account = parser.value(accountOption);
    if (parser.isSet(jobOption)) {
        bool ok = false;
        filter.jobId = parser.value(jobOption).toLongLong(&ok);
        if (!ok || filter.jobId <= 0) {
            return refuse(tr("--job takes an operation's number, as history and jobs list them."));
        }
    }
    if (parser.isSet(sinceOption)) {
        filter.since = CommandText::parseSince(parser.value(sinceOption));
        if (!filter.since.isValid()) {
            return refuse(
                tr("--since takes a date such as 2026-12-01 or a time such as 2026-12-01T08:30:00Z."));
        }
    }

    const ChangeHistory history;
    const QList<ChangeRecord> changes = history.find(filter);
    if (!history.errorString().isEmpty()) {
        Console::err() << "chat-profile history: " << history.errorString() << Qt::endl;
        return ExitCode::Failed;
    }
    QTextStream &out = Console::out();
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const ChangeRecord &change : changes) {
            array.append(toJson(change));
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitCode::Success;
    }
    if (changes.isEmpty()) {
        out << tr("No changes are recorded.") << Qt::endl;
        return ExitCode::Success;
    }
    TextTable table({ tr("ID"), tr("Job"), tr("Time (UTC)"), tr("Account"), tr("Field"), tr("Outcome"),
                        tr("Old"), tr("New") },
        { 0, 1 });
    for (const ChangeRecord &r : changes) {
        table.addRow({ QString::number(r.id), r.jobId == 0 ? QStringLiteral("-") : QString::number(r.jobId),
            r.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), r.account, r.tag, r.resultText(),
            valueText(r.oldValue), valueText(r.newValue) });
    }
    table.print(out);
    return ExitCode::Success;
}
