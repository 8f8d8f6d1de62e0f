#include "jobs/jobreport.h"

#include "spreadsheet/csvwriter.h"

#include <QJsonArray>

namespace {

const QStringList kColumns { QStringLiteral("line"), QStringLiteral("account"), QStringLiteral("outcome"),
    QStringLiteral("error_code"), QStringLiteral("error_info"), QStringLiteral("error_display"),
    QStringLiteral("random"), QStringLiteral("reason"), QStringLiteral("did_not_stick") };

// A value as a person reads it in a cell: text as it is, a number without an exponent, nothing
// for a field that was not set.
QString valueText(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'f', 0);
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return {};
}

// The server's ErrorCode when one is known: every answered row, none for a row never sent or
// sent without an answer (-1).
bool hasErrorCode(const JobRow &row)
{
    return row.errorCode > 0 || (row.errorCode == 0 && row.state == RowState::Ok);
}

// The tags the job writes, in the order first met: a column pair each.
QStringList tagsOf(const WriteJob &job)
{
    QStringList tags;
    for (const JobRow &row : job.rows) {
        for (const FieldChange &change : row.changes) {
            if (!tags.contains(change.tag)) {
                tags.append(change.tag);
            }
        }
    }
    return tags;
}

} // namespace

QString JobReport::outcomeName(RowState state)
{
    switch (state) {
    case RowState::Sent: // no answer stored: until a resume reads it back, it is not known
    case RowState::Unknown:
        return QStringLiteral("unknown");
    case RowState::Pending:
    case RowState::Ok:
    case RowState::Unchanged:
    case RowState::Failed:
    case RowState::Skipped:
        break;
    }
    return rowStateName(state);
}

QByteArray JobReport::csv(const WriteJob &job)
{
    const QStringList tags = tagsOf(job);
    QStringList header = kColumns;
    for (const QString &tag : tags) {
        header << tag << tag + QStringLiteral(" old");
    }
    QList<QStringList> rows;
    for (const JobRow &row : job.rows) {
        QStringList cells { QString::number(row.line), row.account, outcomeName(row.state),
            hasErrorCode(row) ? QString::number(row.errorCode) : QString(), row.errorInfo, row.errorDisplay,
            row.random != 0 ? QString::number(row.random) : QString(), row.reason,
            row.didNotStick.join(QLatin1Char(' ')) };
        for (const QString &tag : tags) {
            const FieldChange *change = findChange(row.changes, tag);
            cells << (change ? valueText(change->newValue) : QString())
                  << (change ? valueText(change->oldValue) : QString());
        }
        rows.append(cells);
    }
    // Numbers written here are never negative, so defusing formulas leaves them as they are.
    return CsvCells::document(header, rows);
}

bool JobReport::write(const WriteJob &job, const QString &path, QString *error)
{
    return CsvFile::write(path, csv(job), error);
}

JobSummary JobReport::summaryOf(const WriteJob &job)
{
    JobSummary summary;
    summary.id = job.id;
    summary.kind = job.kind;
    summary.createdAt = job.createdAt;
    summary.target = job.target;
    summary.regionId = job.regionId;
    summary.source = job.source;
    summary.finished = job.finished;
    summary.totals = job.totals();
    return summary;
}

QJsonObject JobReport::toJson(const JobSummary &summary)
{
    const JobTotals &totals = summary.totals;
    return {
        { QStringLiteral("id"), summary.id },
        { QStringLiteral("kind"), jobKindName(summary.kind) },
        { QStringLiteral("state"),
            summary.finished ? QStringLiteral("finished") : QStringLiteral("unfinished") },
        { QStringLiteral("created"), summary.createdAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("source"), summary.source },
        { QStringLiteral("region"), summary.regionId },
        { QStringLiteral("endpoint"), summary.target.baseUrl.toString() },
        { QStringLiteral("sdkappid"), qint64(summary.target.sdkAppId) },
        { QStringLiteral("identifier"), summary.target.identifier },
        { QStringLiteral("total"), totals.total },
        { QStringLiteral("ok"), totals.ok },
        { QStringLiteral("unchanged"), totals.unchanged },
        { QStringLiteral("failed"), totals.failed },
        { QStringLiteral("skipped"), totals.skipped },
        { QStringLiteral("unknown"), totals.unknown },
        { QStringLiteral("pending"), totals.pending },
        { QStringLiteral("sent"), totals.sent },
        { QStringLiteral("fields"), totals.fields },
    };
}

QJsonObject JobReport::toJson(const WriteJob &job)
{
    QJsonObject json = toJson(summaryOf(job));
    json.insert(QStringLiteral("rate"), job.rate);
    QJsonArray rows;
    for (const JobRow &row : job.rows) {
        QJsonArray changes;
        for (const FieldChange &change : row.changes) {
            changes.append(QJsonObject { { QStringLiteral("tag"), change.tag },
                { QStringLiteral("old"), change.oldValue.isUndefined() ? QJsonValue() : change.oldValue },
                { QStringLiteral("new"), change.newValue } });
        }
        rows.append(QJsonObject {
            { QStringLiteral("line"), row.line },
            { QStringLiteral("account"), row.account },
            { QStringLiteral("outcome"), outcomeName(row.state) },
            { QStringLiteral("error_code"), hasErrorCode(row) ? QJsonValue(row.errorCode) : QJsonValue() },
            { QStringLiteral("error_info"), row.errorInfo },
            { QStringLiteral("error_display"), row.errorDisplay },
            { QStringLiteral("random"), row.random != 0 ? QJsonValue(qint64(row.random)) : QJsonValue() },
            { QStringLiteral("reason"), row.reason },
            { QStringLiteral("did_not_stick"), QJsonArray::fromStringList(row.didNotStick) },
            { QStringLiteral("changes"), changes },
        });
    }
    json.insert(QStringLiteral("rows"), rows);
    return json;
}
