#include "jobs/jobreport.h"

#include "privatefiles/privatefiles.h"

#include <QJsonArray>
#include <QSaveFile>

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

// RFC 4180: quoted when it holds a delimiter, a quote or a line break, quotes doubled.
QString csvCell(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString textCell(const QString &text)
{
    return csvCell(JobReport::escapeFormula(text));
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

const FieldChange *changeOf(const JobRow &row, const QString &tag)
{
    for (const FieldChange &change : row.changes) {
        if (change.tag == tag) {
            return &change;
        }
    }
    return nullptr;
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

QString JobReport::escapeFormula(const QString &cell)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && triggers.contains(cell.front())) {
        return QLatin1Char('\'') + cell;
    }
    return cell;
}

QByteArray JobReport::csv(const WriteJob &job)
{
    const QStringList tags = tagsOf(job);
    QStringList header = kColumns;
    for (const QString &tag : tags) {
        header << textCell(tag) << textCell(tag + QStringLiteral(" old"));
    }
    QString text = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const JobRow &row : job.rows) {
        QStringList cells { QString::number(row.line), textCell(row.account), outcomeName(row.state),
            hasErrorCode(row) ? QString::number(row.errorCode) : QString(), textCell(row.errorInfo),
            textCell(row.errorDisplay), row.random != 0 ? QString::number(row.random) : QString(),
            textCell(row.reason), textCell(row.didNotStick.join(QLatin1Char(' '))) };
        for (const QString &tag : tags) {
            const FieldChange *change = changeOf(row, tag);
            cells << (change ? textCell(valueText(change->newValue)) : QString())
                  << (change ? textCell(valueText(change->oldValue)) : QString());
        }
        text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

bool JobReport::write(const WriteJob &job, const QString &path, QString *error)
{
    QString reason;
    if (!PrivateFiles::prepareFile(path, &reason)) {
        *error = tr("Could not write the report %1: %2").arg(path, reason);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv(job)) < 0 || !file.commit()) {
        *error = tr("Could not write the report %1: %2").arg(path, file.errorString());
        return false;
    }
    // QSaveFile replaces the file with a new one: make sure it is still the user's alone.
    PrivateFiles::restrictExisting(path);
    return true;
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
