#include "cli/texttable.h"

#include <QTextStream>

#include <algorithm>

TextTable::TextTable(QStringList headings, QSet<int> numberColumns)
    : m_lines { std::move(headings) }
    , m_numberColumns(std::move(numberColumns))
{ }

void TextTable::addRow(QStringList cells)
{
    m_lines.append(std::move(cells));
}

void TextTable::print(QTextStream &out) const
{
    QList<qsizetype> widths(m_lines.first().size(), 0);
    for (const QStringList &line : m_lines) {
        for (qsizetype i = 0; i < line.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], line.at(i).size());
        }
    }
    for (const QStringList &line : m_lines) {
        QStringList cells;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (i == line.size() - 1) {
                cells << line.at(i);
            } else if (m_numberColumns.contains(int(i))) {
                cells << line.at(i).rightJustified(widths.at(i));
            } else {
                cells << line.at(i).leftJustified(widths.at(i));
            }
        }
        out << cells.join(QStringLiteral("  ")) << '\n';
    }
    out.flush();
}
