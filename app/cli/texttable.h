#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QTextStream;

// A table for a terminal: a heading line and rows, each column as wide as its widest cell, numbers
// right-aligned, the last column left ragged (it may be long: a URL, a value).
class TextTable final
{
public:
    TextTable(QStringList headings, QSet<int> numberColumns);

    void addRow(QStringList cells);
    void print(QTextStream &out) const;

private:
    QList<QStringList> m_lines; // the headings first
    QSet<int> m_numberColumns;
};
