#include "spreadsheet/csvwriter.h"

#include "privatefiles/privatefiles.h"

#include <QSaveFile>

namespace CsvCells {

QString escapeFormula(const QString &cell)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return !cell.isEmpty() && triggers.contains(cell.front()) ? QLatin1Char('\'') + cell : cell;
}

QByteArray row(const QStringList &cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            line += ',';
        }
        QString cell = escapeFormula(cells.at(i));
        if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
            || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
            cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            cell = QLatin1Char('"') + cell + QLatin1Char('"');
        }
        line += cell.toUtf8();
    }
    return line + "\r\n";
}

QByteArray document(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += row(header);
    for (const QStringList &cells : rows) {
        bytes += row(cells);
    }
    return bytes;
}

} // namespace CsvCells

bool CsvFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QString why;
    // QSaveFile gives the new file the permissions of the one it replaces, so it starts as a
    // private empty file.
    if (!PrivateFiles::prepareFile(path, &why)) {
        *error = tr("Cannot write %1: %2").arg(path, why);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return PrivateFiles::restrictExisting(path);
}
