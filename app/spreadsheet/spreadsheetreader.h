#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <utility>

// Something in the input that the user has to fix before a bulk job can use it. `line` is the
// number a spreadsheet shows at the left of the row (see SpreadsheetRow); `column` is 1-based,
// 0 when the problem concerns the whole line or the whole file.
struct SpreadsheetProblem
{
    enum Kind {
        EmptyInput, // no header row at all
        NoDataRows, // a header row and nothing below it
        NotUtf8, // no byte-order mark, no encoding named, and the bytes are not UTF-8
        NotInEncoding, // the bytes are not valid in the encoding named (or given by the BOM)
        UnknownEncoding, // the encoding named is not one this build can decode
        NulCharacter, // a U+0000, which no spreadsheet writes: UTF-16 without a BOM, or not text
        BadDelimiter, // the delimiter given is a quote, a line break or NUL
        UnterminatedQuote, // a quoted cell whose closing quote never comes
        TextAfterQuote, // "abc"def: text between a closing quote and the next delimiter
        RaggedRow, // a row with more or fewer cells than the header
    };
    Kind kind;
    int line = 1;
    int column = 0;
    QString message; // translated; says what is wrong and what to do
};

// The cells of one row: views into the text the reader decoded, which every row of a table
// shares, instead of a QString per cell. A 100,000-row file would otherwise be 400,000 strings to
// allocate and free, most of the time a bulk plan takes to load (bench/plan_bench). A copy is
// cheap and keeps the text alive; a view from view() lives as long as any copy. Reads like the
// QStringList it replaces (at(), mid(), == and a conversion), so code written for that still works.
class SpreadsheetCells final
{
public:
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };
    // A table's decoded text, its quotes taken out in place, and every cell's place in it.
    struct Storage
    {
        QString text;
        QList<Span> spans;
    };

    SpreadsheetCells() = default;
    SpreadsheetCells(std::shared_ptr<const Storage> storage, qsizetype first, qsizetype count)
        : m_storage(std::move(storage))
        , m_first(first)
        , m_count(count)
    { }

    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    QStringView view(qsizetype i) const
    {
        const Span &span = m_storage->spans.at(m_first + i);
        return QStringView(m_storage->text).sliced(span.start, span.length);
    }
    QString at(qsizetype i) const { return view(i).toString(); }
    QStringList mid(qsizetype position, qsizetype length = -1) const;
    QStringList toStringList() const { return mid(0); }
    // Implicit, as a QStringList member could be passed or bound to a const QStringList &.
    operator QStringList() const { return toStringList(); } // NOLINT(google-explicit-constructor)

    friend bool operator==(const SpreadsheetCells &a, const SpreadsheetCells &b);
    friend bool operator!=(const SpreadsheetCells &a, const SpreadsheetCells &b) { return !(a == b); }
    friend bool operator==(const SpreadsheetCells &a, const QStringList &b);
    friend bool operator!=(const SpreadsheetCells &a, const QStringList &b) { return !(a == b); }

private:
    std::shared_ptr<const Storage> m_storage;
    qsizetype m_first = 0;
    qsizetype m_count = 0;
};

// One data row. `line` is the spreadsheet row number: the header is line 1, and every row after
// it, including an empty one, counts one more, however many line breaks its quoted cells contain.
// That is the number Excel, LibreOffice and Numbers show beside the row, so a problem reported
// "in line 7" is found by scrolling to row 7, not by counting physical lines in a text editor.
struct SpreadsheetRow
{
    int line = 0;
    SpreadsheetCells cells; // exactly as written, quotes removed; no trimming, no line-break rewriting
};

struct SpreadsheetTable
{
    QChar delimiter; // the one used: given, or detected from the header line
    QString encoding; // the one used to decode: "UTF-8", "UTF-16LE", "UTF-16BE" or the name given
    int headerLine = 0; // 0 when there is no header; 1 unless the input begins with empty lines
    QStringList header;
    QList<SpreadsheetRow> rows; // empty lines are left out (their numbers are still counted)
    QList<SpreadsheetProblem> problems; // in the order of the input

    bool hasProblems() const { return !problems.isEmpty(); }
};

// Reads CSV and TSV as spreadsheets write them and as people paste them (see the .cpp for the
// accepted forms). Nothing is guessed silently: what cannot be read without guessing is a problem.
class SpreadsheetReader final
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetReader)

public:
    struct Options
    {
        QChar delimiter; // null: detect from the header line (comma, semicolon or tab)
        // Empty: UTF-8, unless a byte-order mark says UTF-8 or UTF-16. Otherwise any name
        // QStringDecoder knows (GB18030, Shift_JIS, EUC-KR, windows-1252…); a BOM still wins.
        QByteArray encoding;
    };

    static SpreadsheetTable read(const QByteArray &bytes, const Options &options);
    static SpreadsheetTable read(const QByteArray &bytes) { return read(bytes, Options {}); }

    // Whether `name` is an encoding read() can decode, for checking a command-line option early.
    static bool isKnownEncoding(const QByteArray &name);

    // 1 → "A", 26 → "Z", 27 → "AA": the column as a spreadsheet labels it.
    static QString columnName(int column);
    // "Line 7, column C" / "Line 7": where a problem is, as a person reads it (translated).
    static QString location(const SpreadsheetProblem &problem);
};
