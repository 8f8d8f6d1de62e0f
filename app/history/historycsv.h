#pragma once

#include "history/changehistory.h"

#include <QByteArray>
#include <QList>

// The change history as a CSV a support agent attaches to a ticket or opens in a spreadsheet:
// a header row, then one row per change, newest first, with the facts (ids, UTC time, target,
// ErrorCode, ErrorInfo, HTTP status, random) and the texts the history tab shows (field, before,
// after, result). Written through CsvCells, so a value such as "=cmd" stays text.
namespace HistoryCsv {

QByteArray document(const QList<ChangeRecord> &records);

} // namespace HistoryCsv
