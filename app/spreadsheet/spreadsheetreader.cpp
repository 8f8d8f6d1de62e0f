// Why a hand-written state machine and not libcsv (Debian's libcsv-dev, RFC 4180 in C):
// - Problems must point at a spreadsheet row and column. libcsv reports neither: its callbacks
//   get a field's bytes and a row's end, its strict mode only says "parse error" and how many
//   bytes it consumed, and an unterminated quote is only noticed at csv_fini(), with no hint of
//   where the quote opened. We would re-count rows, cells and quotes beside it anyway.
// - It parses bytes. UTF-16 (Excel's "Unicode text") and GB18030/Shift_JIS/EUC-KR files would be
//   decoded to QString, re-encoded to UTF-8 for libcsv and decoded again from every field.
// - Its defaults change values: unquoted fields are trimmed of spaces and tabs (undone only with
//   csv_set_space_func), and empty lines vanish without being counted, which shifts every row
//   number after them.
// - It is one more LGPL shared library for the .deb and every other package to carry, for what
//   is about 150 lines here, tested by a table of RFC 4180 cases and a fuzz target.
//
// What is accepted, and how it is read:
// - RFC 4180: a cell that begins with a quote is quoted; inside it delimiters and line breaks are
//   text and "" is one quote. Line breaks are CRLF, LF or a lone CR (old Mac exports); one break
//   ends a row however it is written. Cells keep their text exactly: no trimming, and embedded
//   line breaks stay as written.
// - Beyond RFC 4180, as spreadsheets read it: a quote in the middle of an unquoted cell (5" disk)
//   is text. Text after a closing quote ("abc"def) is read as Excel does (abcdef) but reported,
//   because the file is malformed and the cell may not say what was meant.
// - An empty line is not a row, but it still takes a row number, as it does in a spreadsheet.
// - The delimiter, unless given, is the most frequent of comma, semicolon and tab outside quotes
//   in the header line; a tie goes to tab, then semicolon (they rarely occur in a column name),
//   and a header with none of them is one column.
#include "spreadsheet/spreadsheetreader.h"

#include <QStringDecoder>
#include <QStringView>

#include <algorithm>
#include <utility>

namespace {

const QChar Quote = QLatin1Char('"');
const QChar Lf = QLatin1Char('\n');
const QChar Cr = QLatin1Char('\r');

bool isLineBreak(QChar c)
{
    return c == Lf || c == Cr;
}

SpreadsheetProblem problem(SpreadsheetProblem::Kind kind, int line, int column, QString message)
{
    return SpreadsheetProblem { kind, line, column, std::move(message) };
}

QString saveAsUtf8Advice()
{
    return SpreadsheetReader::tr("In Excel use File > Save As and choose \"CSV UTF-8 (Comma delimited)\"; in "
                                 "LibreOffice tick \"Edit filter settings\" and choose \"Unicode (UTF-8)\".");
}

// Splits text into rows and cells, numbering rows as a spreadsheet does (see SpreadsheetRow).
// Cells are not copied out: each is a span of `text`, whose quotes are taken out in place (a
// cell's text is never longer than what it was written as, and it is moved only towards its own
// start, over characters already read).
class Tokenizer final
{
public:
    using Span = SpreadsheetCells::Span;

    Tokenizer(QChar delimiter, QString &text, QList<Span> &spans)
        : m_delimiter(delimiter)
        , m_text(text)
        , m_out(text.data())
        , m_spans(spans)
    { }

    // Calls onRow(line, first span, number of cells) for every row that is not empty, in order.
    template<typename OnRow> void run(OnRow onRow)
    {
        const QStringView text = m_text;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (m_afterCr) {
                m_afterCr = false;
                if (c == Lf) {
                    continue; // the LF of a CRLF that already ended the row
                }
            }
            switch (m_state) {
            case State::CellStart:
                if (c == Quote) {
                    m_state = State::Quoted;
                    m_rowHasText = true;
                    break;
                }
                [[fallthrough]];
            case State::Unquoted:
                if (c == m_delimiter || isLineBreak(c)) {
                    unquoted(c, i, onRow);
                } else {
                    // Plain text up to the next delimiter or line break, taken at once: a
                    // 100,000-row file is read in a few times the time of splitting its lines.
                    qsizetype end = i + 1;
                    while (end < text.size() && text[end] != m_delimiter && !isLineBreak(text[end])) {
                        ++end;
                    }
                    appendToCell(i, end - i);
                    m_rowHasText = true;
                    m_state = State::Unquoted;
                    i = end - 1;
                }
                break;
            case State::Quoted:
                if (c == Quote) {
                    m_state = State::QuoteInQuoted;
                } else {
                    qsizetype end = text.indexOf(Quote, i + 1);
                    end = end < 0 ? text.size() : end;
                    appendToCell(i, end - i);
                    i = end - 1;
                }
                break;
            case State::QuoteInQuoted:
                if (c == Quote) {
                    appendToCell(i, 1); // the second quote of ""
                    m_state = State::Quoted;
                } else if (c == m_delimiter || isLineBreak(c)) {
                    unquoted(c, i, onRow);
                } else {
                    m_problems.append(problem(SpreadsheetProblem::TextAfterQuote, m_line, column(),
                        SpreadsheetReader::tr(
                            "This cell has text after its closing quote. Put the whole cell in "
                            "quotes and write every quote inside it twice (\"\").")));
                    unquoted(c, i, onRow);
                }
                break;
            }
        }
    }

    // Ends the input: a row without a final line break still counts.
    template<typename OnRow> void finish(OnRow onRow)
    {
        if (m_state == State::Quoted) {
            m_problems.append(problem(SpreadsheetProblem::UnterminatedQuote, m_line, column(),
                SpreadsheetReader::tr(
                    "The quote that opens this cell is never closed, so everything after it "
                    "was read into this cell. Add the closing quote (\"), or write the "
                    "quote twice (\"\") if it is part of the text.")));
            m_unterminated = true;
        }
        endRow(onRow);
    }

    // Where the next character would go: for pointing at the cell that holds an unreadable byte.
    int line() const { return m_line; }
    int column() const { return int(m_spans.size() - m_rowFirst) + 1; }
    bool lastRowUnterminated() const { return m_unterminated; }
    QList<SpreadsheetProblem> takeProblems() { return std::exchange(m_problems, {}); }

private:
    enum class State { CellStart, Unquoted, Quoted, QuoteInQuoted };

    // The `length` characters at `from` are the next ones of the cell.
    void appendToCell(qsizetype from, qsizetype length)
    {
        if (m_cellLength == 0) {
            m_cellStart = from; // a cell starts where its first character is: most never move
        }
        const qsizetype to = m_cellStart + m_cellLength;
        if (to != from) {
            std::copy(m_out + from, m_out + from + length, m_out + to); // to < from: forwards is safe
        }
        m_cellLength += length;
    }

    void endCell()
    {
        m_spans.append(Span { m_cellStart, m_cellLength });
        m_cellLength = 0;
    }

    template<typename OnRow> void unquoted(QChar c, qsizetype at, OnRow &onRow)
    {
        if (c == m_delimiter) {
            endCell();
            m_rowHasText = true;
            m_state = State::CellStart;
        } else if (isLineBreak(c)) {
            endRow(onRow);
            m_afterCr = c == Cr;
        } else {
            appendToCell(at, 1);
            m_rowHasText = true;
            m_state = State::Unquoted;
        }
    }

    template<typename OnRow> void endRow(OnRow &onRow)
    {
        if (m_rowHasText) {
            endCell();
            onRow(m_line, m_rowFirst, m_spans.size() - m_rowFirst);
            m_rowFirst = m_spans.size();
        }
        m_rowHasText = false;
        m_state = State::CellStart;
        ++m_line;
    }

    const QChar m_delimiter;
    QString &m_text;
    QChar *const m_out; // m_text's characters, detached once
    QList<Span> &m_spans;
    State m_state = State::CellStart;
    bool m_afterCr = false;
    bool m_rowHasText = false;
    bool m_unterminated = false;
    int m_line = 1;
    qsizetype m_rowFirst = 0; // the current row's first span
    qsizetype m_cellStart = 0;
    qsizetype m_cellLength = 0;
    QList<SpreadsheetProblem> m_problems;
};

QChar detectDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    qsizetype i = 0;
    while (i < text.size() && isLineBreak(text[i])) {
        ++i; // empty lines before the header
    }
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == Quote) {
            quoted = !quoted; // "" toggles twice, so doubled quotes need no special case here
        } else if (quoted) {
            continue;
        } else if (isLineBreak(c)) {
            break;
        } else if (c == QLatin1Char(',')) {
            ++commas;
        } else if (c == QLatin1Char(';')) {
            ++semicolons;
        } else if (c == QLatin1Char('\t')) {
            ++tabs;
        }
    }
    if (tabs > 0 && tabs >= semicolons && tabs >= commas) {
        return QLatin1Char('\t');
    }
    if (semicolons > 0 && semicolons >= commas) {
        return QLatin1Char(';');
    }
    return QLatin1Char(',');
}

// The cell that holds text.size(), as (line, column): the row and cell a tokenizer is in there.
std::pair<int, int> positionAtEnd(QStringView text, QChar delimiter)
{
    QString copy = text.toString(); // the tokenizer takes quotes out in place
    QList<SpreadsheetCells::Span> spans;
    Tokenizer tokenizer(delimiter.isNull() ? detectDelimiter(text) : delimiter, copy, spans);
    tokenizer.run([](int, qsizetype, qsizetype) {});
    return { tokenizer.line(), tokenizer.column() };
}

// The first offset at which a stateful decoder reports an error. The bad sequence starts at or
// before it, and a stateful decoder holds an incomplete sequence back instead of emitting it, so
// the text decoded from the bytes before it ends in the cell that holds the bad byte.
qsizetype errorOffset(QByteArrayView bytes, const char *encoding)
{
    constexpr qsizetype Chunk = 4096; // coarse pass first, so a large file is not fed byte by byte
    QStringDecoder coarse(encoding);
    qsizetype chunkStart = 0;
    for (; chunkStart < bytes.size(); chunkStart += Chunk) {
        const QString ignored = coarse(bytes.sliced(chunkStart, qMin(Chunk, bytes.size() - chunkStart)));
        if (coarse.hasError()) {
            break;
        }
    }
    if (chunkStart >= bytes.size()) {
        return bytes.size(); // only the end is cut off in the middle of a character
    }
    QStringDecoder fine(encoding);
    const QString before = fine(bytes.first(chunkStart));
    for (qsizetype i = chunkStart; i < bytes.size(); ++i) {
        const QString ignored = fine(bytes.sliced(i, 1));
        if (fine.hasError()) {
            return i;
        }
    }
    return bytes.size();
}

// Qt's UTF-16 decoder reports no errors: it passes a lone surrogate through and turns an odd last
// byte into U+FFFD. Returns the index in `text` of the first such character, -1 when there is none.
qsizetype firstUtf16Error(QByteArrayView payload, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
        } else if (text[i].isSurrogate()) {
            return i;
        }
    }
    return payload.size() % 2 == 0 ? -1 : payload.size() / 2;
}

struct ByteOrderMark
{
    QByteArray encoding; // empty when there is none
    qsizetype length = 0;
};

ByteOrderMark byteOrderMark(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        return { QByteArrayLiteral("UTF-8"), 3 };
    }
    if (bytes.startsWith("\xFF\xFE")) {
        return { QByteArrayLiteral("UTF-16LE"), 2 };
    }
    if (bytes.startsWith("\xFE\xFF")) {
        return { QByteArrayLiteral("UTF-16BE"), 2 };
    }
    return {};
}

struct Decoded
{
    QString text;
    QString encoding;
    QList<SpreadsheetProblem> problems; // when not empty, `text` is not to be used
};

Decoded decode(const QByteArray &bytes, const SpreadsheetReader::Options &options)
{
    const ByteOrderMark bom = byteOrderMark(bytes);
    const bool named = bom.encoding.isEmpty() && !options.encoding.isEmpty();
    const QByteArray encoding = !bom.encoding.isEmpty() ? bom.encoding
        : named                                         ? options.encoding
                                                        : QByteArrayLiteral("UTF-8");
    Decoded result;
    QStringDecoder decoder(encoding.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid()) {
        result.problems.append(problem(SpreadsheetProblem::UnknownEncoding, 1, 0,
            SpreadsheetReader::tr("The encoding \"%1\" is not known. Choose one such as UTF-8, GB18030, "
                                  "Shift_JIS or EUC-KR, or save the file as UTF-8. %2")
                .arg(QString::fromLatin1(options.encoding), saveAsUtf8Advice())));
        return result;
    }
    result.encoding = decoder.name() ? QString::fromLatin1(decoder.name()) : QString::fromLatin1(encoding);
    const QByteArrayView payload = QByteArrayView(bytes).sliced(bom.length);
    result.text = decoder(payload);
    QStringView readable; // the text before the first unreadable byte, when there is one
    bool unreadable = false;
    if (QByteArrayView(decoder.name()).startsWith("UTF-16")) {
        const qsizetype error = firstUtf16Error(payload, result.text);
        unreadable = error >= 0;
        readable = QStringView(result.text).first(unreadable ? error : 0);
    } else if (decoder.hasError()) {
        unreadable = true;
        QStringDecoder prefixDecoder(encoding.constData());
        const qsizetype length
            = QString(prefixDecoder(payload.first(errorOffset(payload, encoding.constData())))).size();
        readable = QStringView(result.text).first(length);
    }
    if (unreadable) {
        const auto [line, column] = positionAtEnd(readable, options.delimiter);
        if (bom.encoding.isEmpty() && !named) {
            result.problems.append(problem(SpreadsheetProblem::NotUtf8, line, column,
                SpreadsheetReader::tr(
                    "This file is not UTF-8 text: this cell holds the first byte that is not. "
                    "Save the file as UTF-8, or choose the encoding it was saved in (for "
                    "example GB18030, Shift_JIS or EUC-KR). %1")
                    .arg(saveAsUtf8Advice())));
        } else {
            result.problems.append(problem(SpreadsheetProblem::NotInEncoding, line, column,
                SpreadsheetReader::tr(
                    "This file is not valid %1 text: this cell holds the first byte that is not. "
                    "Choose the encoding the file was saved in, or save it as UTF-8. %2")
                    .arg(result.encoding, saveAsUtf8Advice())));
        }
        return result;
    }
    const qsizetype nul = result.text.indexOf(QChar(0));
    if (nul >= 0) {
        const auto [line, column] = positionAtEnd(QStringView(result.text).first(nul), options.delimiter);
        result.problems.append(problem(SpreadsheetProblem::NulCharacter, line, column,
            SpreadsheetReader::tr(
                "This cell holds a NUL character, which text files do not contain: the file is "
                "probably UTF-16 without a byte-order mark, or not a text file. Save it as "
                "UTF-8. %1")
                .arg(saveAsUtf8Advice())));
    }
    return result;
}

bool isUsableDelimiter(QChar c)
{
    return !c.isNull() && c != Quote && !isLineBreak(c);
}

} // namespace

SpreadsheetTable SpreadsheetReader::read(const QByteArray &bytes, const Options &options)
{
    SpreadsheetTable table;
    if (!options.delimiter.isNull() && !isUsableDelimiter(options.delimiter)) {
        table.problems.append(problem(SpreadsheetProblem::BadDelimiter, 1, 0,
            tr("A quote or a line break cannot separate cells. Choose a comma, a semicolon, a tab or "
               "another character that the cells do not contain.")));
        return table;
    }
    Decoded decoded = decode(bytes, options);
    table.encoding = decoded.encoding;
    if (!decoded.problems.isEmpty()) {
        table.problems = std::move(decoded.problems);
        return table;
    }
    table.delimiter = options.delimiter.isNull() ? detectDelimiter(decoded.text) : options.delimiter;

    auto storage = std::make_shared<SpreadsheetCells::Storage>();
    storage->text = std::move(decoded.text);
    Tokenizer tokenizer(table.delimiter, storage->text, storage->spans);
    // The rows share the storage while it is being filled: they read it only once read() is done.
    const std::shared_ptr<const SpreadsheetCells::Storage> shared = storage;
    QList<SpreadsheetProblem> raggedRows;
    auto onRow = [&](int line, qsizetype first, qsizetype count) {
        if (table.headerLine == 0) {
            table.headerLine = line;
            table.header.reserve(count);
            for (qsizetype i = first; i < first + count; ++i) {
                const SpreadsheetCells::Span span = storage->spans.at(i);
                table.header.append(QStringView(storage->text).sliced(span.start, span.length).toString());
            }
            return;
        }
        const qsizetype expected = table.header.size();
        if (count != expected && !tokenizer.lastRowUnterminated()) {
            raggedRows.append(count < expected
                    ? problem(SpreadsheetProblem::RaggedRow, line, int(count) + 1,
                        tr("This row has %n cell(s) but the header names %1 columns. Add the missing "
                           "cells (an empty cell leaves a field unchanged), or check that a cell "
                           "holding the delimiter is quoted.",
                            nullptr, int(count))
                            .arg(expected))
                    : problem(SpreadsheetProblem::RaggedRow, line, int(expected) + 1,
                        tr("This row has %n cell(s) but the header names only %1 columns. Remove the "
                           "extra cells or name their column in the header, and check that a cell "
                           "holding the delimiter is quoted.",
                            nullptr, int(count))
                            .arg(expected)));
        }
        table.rows.append(SpreadsheetRow { line, SpreadsheetCells(shared, first, count) });
    };
    tokenizer.run(onRow);
    tokenizer.finish(onRow);

    table.problems = tokenizer.takeProblems();
    table.problems.append(raggedRows);
    std::stable_sort(table.problems.begin(), table.problems.end(),
        [](const SpreadsheetProblem &a, const SpreadsheetProblem &b) { return a.line < b.line; });

    if (table.headerLine == 0) {
        table.problems.append(problem(SpreadsheetProblem::EmptyInput, 1, 0,
            tr("There is nothing to read. Give a header row naming the columns (for example "
               "account,Nick) and one row per account below it.")));
    } else if (table.rows.isEmpty()) {
        table.problems.append(problem(SpreadsheetProblem::NoDataRows, table.headerLine + 1, 0,
            tr("There is a header row but no rows below it. Add one row per account under the header.")));
    }
    return table;
}

bool SpreadsheetReader::isKnownEncoding(const QByteArray &name)
{
    return QStringDecoder(name.constData()).isValid();
}

QString SpreadsheetReader::columnName(int column)
{
    QString name;
    for (int n = column; n > 0; n = (n - 1) / 26) {
        name.prepend(QChar(u'A' + (n - 1) % 26));
    }
    return name;
}

QString SpreadsheetReader::location(const SpreadsheetProblem &problem)
{
    if (problem.column <= 0) {
        return tr("Line %1").arg(problem.line);
    }
    return tr("Line %1, column %2").arg(problem.line).arg(columnName(problem.column));
}

QStringList SpreadsheetCells::mid(qsizetype position, qsizetype length) const
{
    const qsizetype end = length < 0 ? m_count : std::min(m_count, position + length);
    QStringList cells;
    for (qsizetype i = std::max<qsizetype>(0, position); i < end; ++i) {
        cells.append(at(i));
    }
    return cells;
}

bool operator==(const SpreadsheetCells &a, const SpreadsheetCells &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.view(i) != b.view(i)) {
            return false;
        }
    }
    return true;
}

bool operator==(const SpreadsheetCells &a, const QStringList &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.view(i) != b.at(i)) {
            return false;
        }
    }
    return true;
}
