#include "history/historycsv.h"

#include "history/historymodel.h"
#include "spreadsheet/csvwriter.h"

namespace HistoryCsv {

QByteArray document(const QList<ChangeRecord> &records)
{
    // Column names are for scripts as much as for people: untranslated, like the CLI's.
    static const QStringList header { QStringLiteral("id"), QStringLiteral("operation"), QStringLiteral("at"),
        QStringLiteral("connection"), QStringLiteral("region"), QStringLiteral("endpoint"),
        QStringLiteral("sdkappid"), QStringLiteral("admin"), QStringLiteral("account"), QStringLiteral("tag"),
        QStringLiteral("field"), QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("outcome"),
        QStringLiteral("error_code"), QStringLiteral("error_info"), QStringLiteral("http_status"),
        QStringLiteral("result"), QStringLiteral("random") };
    QList<QStringList> rows;
    rows.reserve(records.size());
    for (const ChangeRecord &r : records) {
        const bool answered = r.state == ChangeRecord::State::Ok || r.state == ChangeRecord::State::Failed;
        rows.append({ QString::number(r.id), r.jobId ? QString::number(r.jobId) : QString(),
            r.at.toUTC().toString(Qt::ISODateWithMs), r.connection, r.regionId, r.baseUrl,
            QString::number(r.sdkAppId), r.adminIdentifier, r.account, r.tag,
            HistoryModel::changeText(r, HistoryModel::FieldColumn),
            HistoryModel::changeText(r, HistoryModel::BeforeColumn),
            HistoryModel::changeText(r, HistoryModel::AfterColumn),
            // Pending is what a reader of the file calls unknown: no answer was recorded.
            r.state == ChangeRecord::State::Pending ? ChangeRecord::stateName(ChangeRecord::State::Unknown)
                                                    : ChangeRecord::stateName(r.state),
            answered && r.errorCode >= 0 ? QString::number(r.errorCode) : QString(), r.errorInfo,
            r.httpStatus ? QString::number(r.httpStatus) : QString(),
            HistoryModel::changeText(r, HistoryModel::ResultColumn), QString::number(r.random) });
    }
    return CsvCells::document(header, rows);
}

} // namespace HistoryCsv
