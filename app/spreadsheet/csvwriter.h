#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Writing CSV that a spreadsheet opens safely: UTF-8 with a byte-order mark (Excel on Chinese
// Windows reads a CSV without one as GB18030), CRLF line ends, RFC 4180 quoting, and every cell
// that a spreadsheet would run as a formula defused. The one CSV writer of the code base: the
// change history export uses it, and a job report should too.
namespace CsvCells {

// A cell a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage
// return: OWASP's "CSV injection" list) gets a leading single quote, which Excel and LibreOffice
// show as text and do not evaluate. Everything else is returned as is.
QString escapeFormula(const QString &cell);

// One line: each cell through escapeFormula(), quoted when it holds a comma, a quote or a line
// break, and CRLF at the end.
QByteArray row(const QStringList &cells);

// The byte-order mark, then header and rows, each through row().
QByteArray document(const QStringList &header, const QList<QStringList> &rows);

} // namespace CsvCells

// Writes a CSV's bytes to a file the user alone may read (0600: it holds account data),
// atomically (QSaveFile): a failed export leaves an older file as it was.
class CsvFile final
{
    Q_DECLARE_TR_FUNCTIONS(CsvFile)

public:
    // On failure returns false and says why in *error (translated).
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};
