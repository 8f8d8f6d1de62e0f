// A bulk edit file is whatever a spreadsheet, a script or a person produced: reading any bytes must
// not crash, every row and problem must carry a usable spreadsheet line, nothing ragged may pass
// unreported, and a table read without problems must read back the same after being written out
// again as strict RFC 4180 (every cell quoted, quotes doubled, CRLF).
//
// The first byte chooses the options (delimiter detected or given, encoding default or named), so
// the given-delimiter and legacy-encoding paths are fuzzed too; the rest is the file.
#include "spreadsheet/spreadsheetreader.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

SpreadsheetReader::Options optionsFrom(uint8_t selector)
{
    static const char Delimiters[] = { '\0', ',', ';', '\t', '|' };
    static const char *const Encodings[] = { "", "GB18030", "Shift_JIS", "UTF-16LE" };
    SpreadsheetReader::Options options;
    options.delimiter = QLatin1Char(Delimiters[selector % 5]);
    if (options.delimiter == QLatin1Char('\0')) {
        options.delimiter = QChar();
    }
    options.encoding = Encodings[(selector / 5) % 4];
    return options;
}

QByteArray writeStrictCsv(const SpreadsheetTable &table)
{
    QString text;
    auto writeRow = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0) {
                text += table.delimiter;
            }
            QString cell = cells[i];
            text += QLatin1Char('"') + cell.replace(QLatin1Char('"'), QLatin1String("\"\""))
                + QLatin1Char('"');
        }
        text += QLatin1String("\r\n");
    };
    writeRow(table.header);
    for (const SpreadsheetRow &row : table.rows) {
        writeRow(row.cells);
    }
    return text.toUtf8();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const SpreadsheetReader::Options options = optionsFrom(data[0]);
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const SpreadsheetTable table = SpreadsheetReader::read(bytes, options);

    for (const SpreadsheetProblem &problem : table.problems) {
        check(problem.line >= 1 && problem.column >= 0 && !problem.message.isEmpty());
    }
    check(table.headerLine >= 0 && (table.headerLine == 0) == table.header.isEmpty());
    int previous = table.headerLine;
    for (const SpreadsheetRow &row : table.rows) {
        check(row.line >= 2 && row.line > previous); // below the header, in order, one number each
        previous = row.line;
        bool reported = row.cells.size() == table.header.size();
        for (const SpreadsheetProblem &problem : table.problems) {
            reported = reported
                || (problem.line == row.line
                    && (problem.kind == SpreadsheetProblem::RaggedRow
                        || problem.kind == SpreadsheetProblem::UnterminatedQuote));
        }
        check(reported);
    }
    check(!table.rows.isEmpty() || table.hasProblems()); // empty and header-only inputs are reported

    if (table.hasProblems()) {
        return 0;
    }
    SpreadsheetReader::Options strict;
    strict.delimiter = table.delimiter;
    const SpreadsheetTable again = SpreadsheetReader::read(writeStrictCsv(table), strict);
    check(!again.hasProblems() && again.header == table.header && again.rows.size() == table.rows.size());
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        check(again.rows[i].cells == table.rows[i].cells);
    }
    return 0;
}
