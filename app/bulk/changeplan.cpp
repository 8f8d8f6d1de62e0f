#include "bulk/changeplan.h"

#include "profile/fieldschema.h"
#include "profile/fieldvalidator.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace {

PlanProblem problem(PlanProblem::Kind kind, PlanProblem::Scope scope, int line, int column, QString message)
{
    PlanProblem result;
    result.kind = kind;
    result.scope = scope;
    result.line = line;
    result.column = column;
    result.message = std::move(message);
    return result;
}

bool isBlank(QStringView text)
{
    return text.trimmed().isEmpty();
}

bool isBlankRow(const SpreadsheetCells &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (!isBlank(cells.view(i))) {
            return false;
        }
    }
    return true;
}

bool isAccountColumn(const QString &name)
{
    static const QStringList names { QStringLiteral("account"), QStringLiteral("UserID"),
        QStringLiteral("From_Account"), QStringLiteral("To_Account") };
    const QString trimmed = name.trimmed();
    return std::any_of(names.cbegin(), names.cend(),
        [&](const QString &accountName) { return trimmed.compare(accountName, Qt::CaseInsensitive) == 0; });
}

// A column name or the name in TAG=VALUE, resolved to its field as `chat-profile set --set` does.
struct ResolvedField
{
    std::optional<FieldSpec> spec; // nullopt when the name is refused
    QString refusal; // the validator's reason
};

ResolvedField resolveField(const QString &name)
{
    const QString trimmed = name.trimmed();
    // parseAssignment is where names become tags (short names, full tags, custom tags); an "=" in
    // the name would end the name early there, and such a name is no field anyway.
    const QString tag = trimmed.contains(QLatin1Char('='))
        ? trimmed
        : FieldValidator::parseAssignment(trimmed + QLatin1Char('=')).tag;
    const std::optional<FieldSpec> spec = FieldSchema::fieldFor(tag);
    if (!spec) {
        return { std::nullopt, FieldValidator::check(tag, QJsonValue()).message };
    }
    if (spec->custom) {
        const FieldCheck keyword = FieldValidator::checkCustomKeyword(spec->shortName);
        if (keyword.isInvalid()) {
            return { std::nullopt, keyword.message };
        }
    }
    return { spec, QString() };
}

// What one cell (or the value of one assignment) asks for.
struct CellReading
{
    enum Outcome { Unchanged, Value, Refused };
    Outcome outcome = Unchanged;
    PlanValue value;
    PlanProblem::Kind kind = PlanProblem::InvalidValue; // when Refused
    QString message; // when Refused
};

CellReading refused(PlanProblem::Kind kind, QString message)
{
    return { CellReading::Refused, PlanValue(), kind, std::move(message) };
}

bool isFreeText(const FieldSpec &spec)
{
    return spec.type == ValueType::String && spec.choices.isEmpty();
}

CellReading readCell(const FieldSpec &spec, QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    QJsonValue value;
    if (trimmed.size() == ChangePlan::ClearMarker.size()
        && trimmed.compare(ChangePlan::ClearMarker, Qt::CaseInsensitive) == 0) {
        // Refusing a clear comes first: "#clear#" in a number column is no typo to correct.
        if (spec.type == ValueType::UInt32) {
            return refused(PlanProblem::ClearRefused,
                ChangePlanBuilder::tr("%1 holds a number and cannot be cleared. Write the number it should "
                                      "hold instead (for a birthday, 0 means not set), or leave the cell "
                                      "empty to keep it unchanged.")
                    .arg(spec.nameInMessages()));
        }
        if (!isFreeText(spec)) {
            QStringList labels;
            for (const FieldChoice &choice : spec.choices) {
                labels.append(choice.label());
            }
            return refused(PlanProblem::ClearRefused,
                ChangePlanBuilder::tr("%1 holds one of a fixed set of values and cannot be cleared. Write "
                                      "one of: %2; or leave the cell empty to keep it unchanged.")
                    .arg(spec.nameInMessages(), labels.join(QLatin1String(", "))));
        }
        if (text != ChangePlan::ClearMarker) {
            return refused(PlanProblem::InexactClearMarker,
                ChangePlanBuilder::tr(
                    "To clear %1 write exactly %2, in capitals and without spaces. Any other "
                    "spelling is refused, so that a typo neither clears the field nor "
                    "becomes its text.")
                    .arg(spec.nameInMessages(), ChangePlan::ClearMarker));
        }
        value = QString(QLatin1String(""));
    } else if (isFreeText(spec)) {
        // Sent as written, and kept as text until it is sent (see PlanValue).
        const FieldCheck check = FieldValidator::checkText(spec, text);
        if (check.isInvalid()) {
            return refused(PlanProblem::InvalidValue, check.message);
        }
        return { CellReading::Value, PlanValue(text.toString()), PlanProblem::InvalidValue, QString() };
    } else {
        value = FieldValidator::valueFromText(spec, text.toString());
    }
    const FieldCheck check = FieldValidator::check(spec, value);
    if (check.isInvalid()) {
        return refused(PlanProblem::InvalidValue, check.message);
    }
    return { CellReading::Value, value, PlanProblem::InvalidValue, QString() };
}

// Finds a text among many without a QString per lookup or a node per entry: an open-addressing
// table of indexes into the caller's own list of texts, with each text's hash beside its index so
// a probe reads a text only when it is most likely the one sought. QHash<QString> takes no view,
// and its hashing and growth were a third of the time a 100,000-row plan took (bench/plan_bench).
class TextIndex final
{
public:
    // Room for `capacity` entries, at most half of the slots, so a probe always ends.
    explicit TextIndex(qsizetype capacity)
    {
        std::size_t size = 16;
        while (size < 2 * std::size_t(std::max<qsizetype>(0, capacity))) {
            size *= 2;
        }
        m_slots.resize(size);
    }

    // The index stored under `text` (textOf(index) is the text stored under index), or -1.
    template<typename TextOf> int find(QStringView text, const TextOf &textOf) const
    {
        const std::uint32_t hash = hashOf(text);
        return m_slots[slotOf(text, hash, textOf)].index;
    }
    // The same, but stores `index` under `text` when it is not there (at most `capacity` times).
    template<typename TextOf> int findOrInsert(QStringView text, int index, const TextOf &textOf)
    {
        const std::uint32_t hash = hashOf(text);
        Slot &slot = m_slots[slotOf(text, hash, textOf)];
        if (slot.index >= 0) {
            return slot.index;
        }
        slot = Slot { hash, index };
        return -1;
    }

private:
    struct Slot
    {
        std::uint32_t hash = 0;
        int index = -1; // -1: empty
    };

    // The slot that holds `text`, or the empty one where it would go.
    template<typename TextOf>
    std::size_t slotOf(QStringView text, std::uint32_t hash, const TextOf &textOf) const
    {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
            const Slot &candidate = m_slots[slot];
            if (candidate.index < 0 || (candidate.hash == hash && textOf(candidate.index) == text)) {
                return slot;
            }
        }
    }
    // FNV-1a: a few instructions a character, and enough for accounts that differ in a digit.
    static std::uint32_t hashOf(QStringView text)
    {
        std::uint64_t hash = 14695981039346656037ULL;
        for (const QChar c : text) {
            hash = (hash ^ c.unicode()) * 1099511628211ULL;
        }
        return std::uint32_t(hash ^ (hash >> 32));
    }

    std::vector<Slot> m_slots;
};

QString lineList(const QList<int> &lines)
{
    QStringList numbers;
    for (const int line : lines) {
        numbers.append(QString::number(line));
    }
    return numbers.join(QLatin1String(", "));
}

// Every row of an account that is on several rows gets a problem naming all of its lines. Fed
// each row as it is made, while its account is still in the cache.
class DuplicateAccounts final
{
public:
    explicit DuplicateAccounts(qsizetype rows)
        : m_firstRow(rows)
    { }

    // rows.at(index) is the row just made.
    void add(const QList<PlanRow> &rows, int index)
    {
        const PlanRow &row = rows.at(index);
        if (row.account.isEmpty()) {
            return;
        }
        const auto accountOf = [&rows](int i) { return QStringView(rows.at(i).account); };
        const int first = m_firstRow.findOrInsert(row.account, index, accountOf);
        if (first < 0) {
            return;
        }
        QList<int> &lines = m_repeated[row.account]; // the line lists only for repeated accounts
        if (lines.isEmpty()) {
            lines.append(rows.at(first).line);
        }
        lines.append(row.line);
    }

    void report(int accountColumn, QList<PlanProblem> &problems) const
    {
        for (auto it = m_repeated.cbegin(); it != m_repeated.cend(); ++it) {
            for (const int line : it.value()) {
                problems.append(problem(PlanProblem::DuplicateAccount, PlanProblem::Row, line, accountColumn,
                    ChangePlanBuilder::tr("The account %1 is on lines %2. Keep one row per account: merge "
                                          "these rows into one.")
                        .arg(it.key(), lineList(it.value()))));
            }
        }
    }

private:
    TextIndex m_firstRow;
    QHash<QString, QList<int>> m_repeated;
};

// Marks the rows that have a Row problem and puts the problems in input order. A reader's row
// problem on a line that is no row of the plan (no account column, so no rows were read) cannot
// be skipped with its row, so it concerns the input.
void finish(QList<PlanRow> &rows, QList<PlanProblem> &problems)
{
    if (problems.isEmpty()) {
        return; // every row is valid, and there is nothing to order
    }
    QSet<int> rowLines;
    for (const PlanRow &row : rows) {
        rowLines.insert(row.line);
    }
    QSet<int> invalidLines;
    for (PlanProblem &p : problems) {
        if (p.scope == PlanProblem::Row && !rowLines.contains(p.line)) {
            p.scope = PlanProblem::Input;
        }
        if (p.scope == PlanProblem::Row) {
            invalidLines.insert(p.line);
        }
    }
    for (PlanRow &row : rows) {
        row.valid = !invalidLines.contains(row.line);
    }
    std::stable_sort(problems.begin(), problems.end(), [](const PlanProblem &a, const PlanProblem &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
}

PlanProblem fromReader(const SpreadsheetProblem &readerProblem, int headerLine)
{
    PlanProblem::Kind kind = PlanProblem::Unreadable;
    if (readerProblem.kind == SpreadsheetProblem::EmptyInput) {
        kind = PlanProblem::EmptyInput;
    } else if (readerProblem.kind == SpreadsheetProblem::NoDataRows) {
        kind = PlanProblem::NoRows;
    }
    // Only these two leave the rows around them intact; an unterminated quote, for one, swallows
    // every row after it, so leaving its row out would silently drop those rows too.
    const bool rowOnly = headerLine > 0 && readerProblem.line > headerLine
        && (readerProblem.kind == SpreadsheetProblem::RaggedRow
            || readerProblem.kind == SpreadsheetProblem::TextAfterQuote);
    PlanProblem result = problem(kind, rowOnly ? PlanProblem::Row : PlanProblem::Input, readerProblem.line,
        readerProblem.column, readerProblem.message);
    result.readerKind = readerProblem.kind;
    return result;
}

// The profile field of each column of a header; nullopt for the account column, a column without
// a name and a refused one.
struct Header
{
    int accountColumn = -1; // 0-based
    QList<std::optional<FieldSpec>> fields;
    QSet<int> unnamed; // 0-based columns with an empty header cell
    int fieldColumns = 0; // columns that name a field: the most items a row can have
};

// Number and choice columns repeat a few values (Female, 3) over thousands of rows, and resolving a
// label goes through the translator: each distinct cell is read once per column. Free text is
// mostly distinct, so it is not remembered.
class CellMemo final
{
public:
    explicit CellMemo(qsizetype columns)
        : m_columns(columns)
    { }

    // Valid until the next call.
    const CellReading &read(int column, const FieldSpec &spec, QStringView text)
    {
        if (isFreeText(spec)) {
            m_freeText = readCell(spec, text);
            return m_freeText;
        }
        Column &known = m_columns[column];
        if (!known.index) {
            known.index = std::make_unique<TextIndex>(MaxPerColumn);
        }
        const auto textOf = [&known](int index) { return QStringView(known.texts.at(index)); };
        if (known.texts.size() >= MaxPerColumn) {
            if (const int found = known.index->find(text, textOf); found >= 0) {
                return known.readings.at(found);
            }
            m_freeText = readCell(spec, text);
            return m_freeText;
        }
        if (const int found = known.index->findOrInsert(text, int(known.texts.size()), textOf); found >= 0) {
            return known.readings.at(found);
        }
        known.texts.append(text.toString());
        known.readings.append(readCell(spec, text));
        return known.readings.constLast();
    }

private:
    static constexpr qsizetype MaxPerColumn = 4096; // a column of mostly distinct numbers stays small
    struct Column
    {
        std::unique_ptr<TextIndex> index; // made on the first cell: most columns are free text
        QStringList texts;
        QList<CellReading> readings;
    };
    std::vector<Column> m_columns;
    CellReading m_freeText;
};

Header readHeader(const SpreadsheetTable &table, QList<PlanProblem> &problems)
{
    Header header;
    header.fields.resize(table.header.size());
    QHash<QString, int> columnOfTag;
    auto duplicate = [&](int second, const QString &message) {
        problems.append(
            problem(PlanProblem::DuplicateField, PlanProblem::Input, table.headerLine, second + 1, message));
    };
    auto columnName = [](int column) { return SpreadsheetReader::columnName(column + 1); };
    for (int column = 0; column < table.header.size(); ++column) {
        const QString &name = table.header.at(column);
        if (isAccountColumn(name)) {
            if (header.accountColumn >= 0) {
                duplicate(column,
                    ChangePlanBuilder::tr("Columns %1 and %2 both name the account. Keep one of them.")
                        .arg(columnName(header.accountColumn), columnName(column)));
            } else {
                header.accountColumn = column;
            }
            continue;
        }
        if (isBlank(name)) {
            header.unnamed.insert(column);
            continue;
        }
        const ResolvedField resolved = resolveField(name);
        if (!resolved.spec) {
            problems.append(problem(PlanProblem::UnknownField, PlanProblem::Input, table.headerLine,
                column + 1, resolved.refusal));
            continue;
        }
        if (const auto it = columnOfTag.constFind(resolved.spec->tag); it != columnOfTag.cend()) {
            duplicate(column,
                ChangePlanBuilder::tr("Columns %1 and %2 both set %3. Keep one of them.")
                    .arg(columnName(it.value()), columnName(column), resolved.spec->tag));
            continue;
        }
        columnOfTag.insert(resolved.spec->tag, column);
        header.fields[column] = resolved.spec;
        ++header.fieldColumns;
    }
    if (header.accountColumn < 0) {
        problems.append(problem(PlanProblem::NoAccountColumn, PlanProblem::Input, table.headerLine, 0,
            ChangePlanBuilder::tr("No column names the account. Name the column that holds the accounts "
                                  "account, UserID, From_Account or To_Account.")));
    }
    return header;
}

PlanRow readRow(const SpreadsheetRow &row, const Header &header, bool ragged, CellMemo &memo,
    QList<PlanProblem> &problems)
{
    PlanRow result;
    result.line = row.line;
    const int accountColumn = header.accountColumn;
    if (accountColumn < row.cells.size()) {
        result.account = row.cells.view(accountColumn).trimmed().toString();
    }
    if (ragged) {
        return result; // the reader's problem says why; see ChangePlanBuilder on ragged rows
    }
    if (result.account.isEmpty()) {
        problems.append(problem(PlanProblem::MissingAccount, PlanProblem::Row, row.line, accountColumn + 1,
            ChangePlanBuilder::tr("This row has values but no account. Fill in the account, or delete the "
                                  "row.")));
    }
    bool anyValue = false;
    result.items.reserve(header.fieldColumns);
    // Only a row cut short by an unterminated quote has more cells than the header without being
    // ragged; the reader reports that quote, and the cells past the header belong to no field.
    const int columns = int(std::min(row.cells.size(), header.fields.size()));
    for (int column = 0; column < columns; ++column) {
        const QStringView text = row.cells.view(column);
        if (column == accountColumn || isBlank(text)) {
            continue;
        }
        anyValue = true;
        if (header.unnamed.contains(column)) {
            problems.append(problem(PlanProblem::UnnamedColumnValue, PlanProblem::Row, row.line, column + 1,
                ChangePlanBuilder::tr("This cell is in a column without a name, so it is not known which "
                                      "field it sets. Name the column in the header line, or empty the "
                                      "cell.")));
            continue;
        }
        const std::optional<FieldSpec> &field = header.fields.at(column);
        if (!field) {
            continue; // the header's problem covers the whole column
        }
        const CellReading &reading = memo.read(column, *field, text);
        if (reading.outcome == CellReading::Refused) {
            problems.append(problem(reading.kind, PlanProblem::Row, row.line, column + 1, reading.message));
        } else if (reading.outcome == CellReading::Value) {
            result.items.append(PlanItem { field->tag, reading.value, column + 1 });
        }
    }
    if (!anyValue && !result.account.isEmpty()) {
        problems.append(problem(PlanProblem::NothingToChange, PlanProblem::Row, row.line, 0,
            ChangePlanBuilder::tr("This row names an account but every field cell is empty, so nothing "
                                  "would change. Fill in the values to set, or delete the row.")));
    }
    return result;
}

} // namespace

bool ChangePlan::mayRun(InvalidRows mode) const
{
    if (mode == InvalidRows::Refuse) {
        return m_problems.isEmpty() && !m_rows.isEmpty();
    }
    const bool inputProblem = std::any_of(m_problems.cbegin(), m_problems.cend(),
        [](const PlanProblem &p) { return p.scope == PlanProblem::Input; });
    return !inputProblem
        && std::any_of(m_rows.cbegin(), m_rows.cend(), [](const PlanRow &row) { return row.valid; });
}

QList<PlanRow> ChangePlan::rowsToSend(InvalidRows mode) const
{
    QList<PlanRow> rows;
    if (mayRun(mode)) {
        std::copy_if(m_rows.cbegin(), m_rows.cend(), std::back_inserter(rows),
            [](const PlanRow &row) { return row.valid; });
    }
    return rows;
}

QList<PlanRow> ChangePlan::skippedRows(InvalidRows mode) const
{
    QList<PlanRow> rows;
    if (mode == InvalidRows::Skip && mayRun(mode)) {
        std::copy_if(m_rows.cbegin(), m_rows.cend(), std::back_inserter(rows),
            [](const PlanRow &row) { return !row.valid; });
    }
    return rows;
}

QList<PlanProblem> ChangePlan::problemsOnLine(int line) const
{
    QList<PlanProblem> problems;
    std::copy_if(m_problems.cbegin(), m_problems.cend(), std::back_inserter(problems),
        [line](const PlanProblem &p) { return p.line == line; });
    return problems;
}

QString ChangePlan::location(const PlanProblem &problem)
{
    if (problem.line == 0) {
        return problem.column > 0 ? tr("Value %1 for all accounts").arg(problem.column)
                                  : tr("The values for all accounts");
    }
    // The reader's wording, so a plan's problems and the reader's read alike; its kind plays no part.
    return SpreadsheetReader::location(
        SpreadsheetProblem { SpreadsheetProblem::EmptyInput, problem.line, problem.column, QString() });
}

ChangePlan ChangePlanBuilder::fromTable(const SpreadsheetTable &table)
{
    ChangePlan plan;
    QSet<int> raggedLines;
    for (const SpreadsheetProblem &readerProblem : table.problems) {
        plan.m_problems.append(fromReader(readerProblem, table.headerLine));
        if (readerProblem.kind == SpreadsheetProblem::RaggedRow) {
            raggedLines.insert(readerProblem.line);
        }
    }
    if (table.headerLine == 0) {
        finish(plan.m_rows, plan.m_problems);
        return plan;
    }
    const Header header = readHeader(table, plan.m_problems);
    if (header.accountColumn >= 0) {
        CellMemo memo(header.fields.size());
        DuplicateAccounts duplicates(table.rows.size());
        plan.m_rows.reserve(table.rows.size());
        for (const SpreadsheetRow &row : table.rows) {
            const bool ragged = raggedLines.contains(row.line);
            if (!ragged && isBlankRow(row.cells)) {
                continue; // see ChangePlanBuilder: not a row
            }
            plan.m_rows.append(readRow(row, header, ragged, memo, plan.m_problems));
            duplicates.add(plan.m_rows, int(plan.m_rows.size() - 1));
        }
        if (plan.m_rows.isEmpty() && !table.rows.isEmpty()) {
            plan.m_problems.append(problem(PlanProblem::NoRows, PlanProblem::Input, table.headerLine + 1, 0,
                tr("Every row below the header is empty. Add one row per account under the header.")));
        }
        duplicates.report(header.accountColumn + 1, plan.m_problems);
    }
    finish(plan.m_rows, plan.m_problems);
    return plan;
}

ChangePlan ChangePlanBuilder::fromAccounts(QStringView accountsText, const QStringList &assignments)
{
    ChangePlan plan;
    QList<PlanItem> items;
    QSet<QString> tags;
    for (int i = 0; i < assignments.size(); ++i) {
        const QString &assignment = assignments.at(i);
        const int position = i + 1;
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? QString() : assignment.left(equals).trimmed();
        if (name.isEmpty()) {
            plan.m_problems.append(problem(PlanProblem::NotAnAssignment, PlanProblem::Input, 0, position,
                FieldValidator::parseAssignment(assignment.trimmed()).check.message));
            continue;
        }
        const ResolvedField resolved = resolveField(name);
        if (!resolved.spec) {
            plan.m_problems.append(
                problem(PlanProblem::UnknownField, PlanProblem::Input, 0, position, resolved.refusal));
            continue;
        }
        const QString &tag = resolved.spec->tag;
        if (tags.contains(tag)) {
            plan.m_problems.append(problem(PlanProblem::DuplicateField, PlanProblem::Input, 0, position,
                tr("%1 is set twice; give each field once.").arg(tag)));
            continue;
        }
        tags.insert(tag);
        const CellReading reading = readCell(*resolved.spec, assignment.mid(equals + 1));
        if (reading.outcome == CellReading::Unchanged) {
            // Unlike a spreadsheet cell, an assignment is written on purpose for every account.
            plan.m_problems.append(problem(PlanProblem::InvalidValue, PlanProblem::Input, 0, position,
                tr("%1 has no value. Give the value to set, or %2 to clear the field.")
                    .arg(name, ChangePlan::ClearMarker)));
        } else if (reading.outcome == CellReading::Refused) {
            plan.m_problems.append(problem(reading.kind, PlanProblem::Input, 0, position, reading.message));
        } else {
            items.append(PlanItem { tag, reading.value, 0 });
        }
    }
    if (assignments.isEmpty()) {
        plan.m_problems.append(problem(PlanProblem::NoFields, PlanProblem::Input, 0, 0,
            tr("Give at least one field and the value to set on every account, for example Nick=Anna.")));
    }

    QStringView text = accountsText;
    if (text.startsWith(QChar(0xFEFF))) {
        text = text.sliced(1); // a byte-order mark that the decoder left in
    }
    // At most one account a line.
    DuplicateAccounts duplicates(text.count(QLatin1Char('\n')) + text.count(QLatin1Char('\r')) + 1);
    int line = 1;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = start;
        while (end < text.size() && text[end] != QLatin1Char('\n') && text[end] != QLatin1Char('\r')) {
            ++end;
        }
        const QString account = text.sliced(start, end - start).trimmed().toString();
        if (!account.isEmpty()) {
            plan.m_rows.append(PlanRow { line, account, items, true });
            duplicates.add(plan.m_rows, int(plan.m_rows.size() - 1));
        }
        if (end + 1 < text.size() && text[end] == QLatin1Char('\r') && text[end + 1] == QLatin1Char('\n')) {
            ++end; // one break, however it is written
        }
        start = end + 1;
        ++line;
    }
    if (plan.m_rows.isEmpty()) {
        plan.m_problems.append(problem(PlanProblem::EmptyInput, PlanProblem::Input, 1, 0,
            tr("The list of accounts is empty. Give one account per line.")));
    }
    duplicates.report(0, plan.m_problems);
    finish(plan.m_rows, plan.m_problems);
    return plan;
}

ChangePlan ChangePlanBuilder::fromRows(QList<PlanRow> rows)
{
    ChangePlan plan;
    plan.m_rows = std::move(rows);
    return plan;
}
