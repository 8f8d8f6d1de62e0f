#pragma once

#include "jobs/jobstore.h"
#include "jobs/writejob.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// A job's result as a person or a script takes it away: the CSV report (`chat-profile bulk
// --report`, the bulk window's export) and the JSON of `--json` and `chat-profile jobs --json`.
// One place names the columns and outcomes, so the CLI and the GUI cannot drift apart.
//
// The CSV has one row per input row, in input order, with the columns
//   line, account, outcome, error_code, error_info, error_display, random, reason, did_not_stick,
// then for every tag the job writes (in the order first met) "<tag>" with the value sent and
// "<tag> old" with the value the server held before. outcome is one of ok, unchanged, failed,
// skipped, unknown; a job that stopped half way also has pending rows.
//
// Written by hand rather than with libcsv (see spreadsheetreader.cpp for why the reader is): the
// writer is RFC 4180 quoting and the escaping below, a dozen lines, and needs none of libcsv's
// parsing.
class JobReport final
{
    Q_DECLARE_TR_FUNCTIONS(JobReport)

public:
    // "ok", "unchanged", "failed", "skipped", "unknown"; a row that was sent but not answered yet
    // is "unknown", one not sent yet "pending".
    static QString outcomeName(RowState state);

    // The report, written by CsvCells (UTF-8 with a byte-order mark, CRLF line ends, a header row,
    // formulas defused): one row per input row.
    static QByteArray csv(const WriteJob &job);
    // csv(job) into path through CsvFile: atomically, and readable by the user only (0600), since
    // the report holds account data. On failure returns false and says why in *error (translated).
    static bool write(const WriteJob &job, const QString &path, QString *error);

    // {"id", "kind", "state" ("finished"/"unfinished"), "created", "source", "region",
    //  "endpoint", "sdkappid", "identifier", "total", "ok", "unchanged", "failed", "skipped",
    //  "unknown", "pending", "sent", "fields"}: a line of `chat-profile jobs --json`.
    static QJsonObject toJson(const JobSummary &summary);
    // toJson(summary), "rate" and "rows": one object per row with the report's columns ("changes" as
    // [{"tag", "old", "new"}], "did_not_stick" as an array).
    static QJsonObject toJson(const WriteJob &job);

    static JobSummary summaryOf(const WriteJob &job);
};
