#pragma once

#include "spreadsheet/spreadsheetreader.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <variant>

// Something in a bulk edit's input that the user has to fix, or leave out with "skip invalid".
// `line` and `column` are counted as a spreadsheet shows them (see SpreadsheetRow): the header is
// line 1, a cell with line breaks in it is still one row, column 1 is A; column 0 means the whole
// line. Line 0 is the list of values given for every account (the --set assignments), and then
// `column` is the 1-based position of the assignment in that list.
struct PlanProblem
{
    enum Kind {
        Unreadable, // passed through from SpreadsheetReader; `readerKind` says which
        EmptyInput, // nothing to read: no header, or an accounts list without one account
        NoRows, // a header and no account row below it
        NoAccountColumn, // no column is named account, UserID, From_Account or To_Account
        UnknownField, // a column or assignment that names no profile field
        DuplicateField, // two columns or assignments for one field, or two account columns
        NotAnAssignment, // an assignment without "=", or with no field name before it
        NoFields, // an accounts list with no assignment at all
        UnnamedColumnValue, // text in a column whose header cell is empty
        InvalidValue, // the field validator refuses the value; the message is its reason
        ClearRefused, // the clear marker on a field that is not free text
        InexactClearMarker, // "#clear#", " #CLEAR# " for free text: almost the marker, neither text nor clear
        MissingAccount, // a row with values but an empty account cell
        DuplicateAccount, // the same account on two or more rows (every one of them gets this)
        NothingToChange, // a row naming an account whose field cells are all empty
    };
    // Row problems make only their row invalid, so "skip invalid" can leave that row out. Input
    // problems (the header, the file, the assignments for all) leave nothing that could be sent.
    enum Scope { Row, Input };

    Kind kind = Unreadable;
    Scope scope = Input;
    SpreadsheetProblem::Kind readerKind = SpreadsheetProblem::EmptyInput; // only for Unreadable
    int line = 0;
    int column = 0;
    QString message; // translated; says what is wrong and what to do
};

// The value a PlanItem sends. Text read from a cell (nicknames, signatures: most of a bulk edit)
// stays the QString it was read as until it is sent, since a QJsonValue that holds text is a CBOR
// container of its own: three allocations and a copy per value, a quarter of the time a
// 100,000-row plan took to load (bench/plan_bench). Converts to and from QJsonValue implicitly,
// so code written for the QJsonValue it replaces (FieldChange, FieldValidator) works on.
class PlanValue final
{
public:
    PlanValue() = default; // null, as QJsonValue()
    PlanValue(const QJsonValue &value) // NOLINT(google-explicit-constructor)
        : m_value(value)
    { }
    explicit PlanValue(const QString &text)
        : m_value(text)
    { }

    QJsonValue toJson() const
    {
        const QString *text = std::get_if<QString>(&m_value);
        return text ? QJsonValue(*text) : std::get<QJsonValue>(m_value);
    }
    operator QJsonValue() const { return toJson(); } // NOLINT(google-explicit-constructor)
    bool isString() const { return std::holds_alternative<QString>(m_value) || toJson().isString(); }
    QString toString() const { return toJson().toString(); }

    friend bool operator==(const PlanValue &a, const PlanValue &b)
    {
        const QString *textA = std::get_if<QString>(&a.m_value);
        const QString *textB = std::get_if<QString>(&b.m_value);
        return textA && textB ? *textA == *textB : a.toJson() == b.toJson();
    }
    friend bool operator!=(const PlanValue &a, const PlanValue &b) { return !(a == b); }
    friend bool operator==(const PlanValue &a, const QJsonValue &b) { return a.toJson() == b; }
    friend bool operator!=(const PlanValue &a, const QJsonValue &b) { return !(a == b); }
    friend bool operator==(const QJsonValue &a, const PlanValue &b) { return a == b.toJson(); }
    friend bool operator!=(const QJsonValue &a, const PlanValue &b) { return !(a == b); }

private:
    std::variant<QJsonValue, QString> m_value;
};

// One profile item a row asks for: the wire tag, the value to send, and the input column it came
// from (0 when it came from the values given for every account).
struct PlanItem
{
    QString tag;
    PlanValue value;
    int column = 0;
};

// One account row of the input, valid or not, so a report can give every input row an outcome.
struct PlanRow
{
    int line = 0; // as in PlanProblem
    QString account; // trimmed; empty when the row has none
    QList<PlanItem> items; // in column order; empty cells are not items (they change nothing)
    bool valid = true; // false when any Row problem is on this line
};

// What a bulk edit intends to write: per account, the tags and their new values, and every
// problem of the input. Built by ChangePlanBuilder; later diffed against the current values (the
// preview) and sent one portrait_set per account (the job runner).
class ChangePlan final
{
    Q_DECLARE_TR_FUNCTIONS(ChangePlan)

public:
    // A cell or assignment value that clears a free-text field (sends ""), since an empty cell
    // leaves its field unchanged. It cannot happen by accident:
    // - No spreadsheet writes it by itself: Excel's and LibreOffice's error values (#N/A, #REF!,
    //   #VALUE!, #NAME?, #DIV/0!, Err:502…) never end in '#', and "####" is only how a narrow
    //   column is shown, never what is saved.
    // - Nobody types it by chance for a nickname or signature: it is an English word in capitals
    //   fenced by '#', matched exactly. A near miss ("#clear#", " #CLEAR# ") is refused
    //   (InexactClearMarker) instead of being sent as text or read as a clear, so a typo never
    //   writes "#clear#" as someone's nickname, nor clears it.
    // - Words such as "(clear)", "-", "none" or "NULL" are not markers: they can be real values.
    // Its price: a bulk edit cannot set a field to the literal text #CLEAR#; the single-account
    // editor can. Fields that are not free text (numbers, dates, enums such as Gender) have no
    // empty value the server accepts, so the marker there is refused (ClearRefused) with what to
    // write instead (0 for a number or birthday not set, a choice such as "Not set").
    static constexpr QStringView ClearMarker = u"#CLEAR#";

    enum class InvalidRows {
        Refuse, // any problem: nothing is sent
        Skip, // rows with problems are left out and reported as skipped (--skip-invalid)
    };

    const QList<PlanRow> &rows() const { return m_rows; } // in input order, invalid ones included
    const QList<PlanProblem> &problems() const { return m_problems; } // by line, then column
    bool hasProblems() const { return !m_problems.isEmpty(); }

    // Whether a job may start: with Refuse only without any problem; with Skip when no problem
    // concerns the whole input and at least one row is valid.
    bool mayRun(InvalidRows mode) const;
    // The rows a job sends (empty when it may not run), and those it reports as skipped.
    QList<PlanRow> rowsToSend(InvalidRows mode) const;
    QList<PlanRow> skippedRows(InvalidRows mode) const;
    // The problems on one line, e.g. to mark an unticked row in the bulk window.
    QList<PlanProblem> problemsOnLine(int line) const;

    // "Line 7, column C" (as SpreadsheetReader says it), or for line 0 the assignment's place.
    static QString location(const PlanProblem &problem);

private:
    friend class ChangePlanBuilder;

    QList<PlanRow> m_rows;
    QList<PlanProblem> m_problems;
};

// Turns bulk edit input into a ChangePlan, checking every value with the one FieldValidator and
// naming fields exactly as `chat-profile set --set` does (short names such as Nick, full tags,
// Tag_Profile_Custom_* fields; labels such as Female or raw values such as Gender_Type_Female).
//
// Rules the input follows (see the README's bulk edit section):
// - An empty cell, or one holding only spaces, leaves its field unchanged. ChangePlan::ClearMarker
//   clears a free-text field.
// - A row whose every cell is empty (such as ",,," that spreadsheets write for formatted but empty
//   rows) is not a row, as an empty line is not.
// - A row that names an account but no value is a problem (NothingToChange), not a silent no-op:
//   a row left blank is far more often a forgotten value than a wish, and reporting it as
//   "unchanged" would look like success for an account nobody changed.
// - Accounts are trimmed (a space pasted around a UserID is never part of it) and compared
//   exactly. An account on several rows makes every one of those rows invalid, each naming all
//   the lines: which row was meant cannot be guessed, and skipping only the later ones would
//   quietly apply the first.
// - A ragged row (from the reader) is invalid and its cells are not checked one by one: a cell
//   holding an unquoted delimiter shifts the cells after it, so per-column problems would mislead.
// - Problems in the header (unknown or duplicate columns, no account column), the reader's
//   problems outside data rows (encoding, an unterminated quote that swallowed the rows after it)
//   and problems in the values for all accounts concern the whole input: nothing can be sent.
class ChangePlanBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ChangePlanBuilder)

public:
    // (a) A spreadsheet: one column names the account (account, UserID, From_Account or
    // To_Account, in any case); every other column is a profile field.
    static ChangePlan fromTable(const SpreadsheetTable &table);

    // (b) An accounts list (one account per line, as an --accounts-file holds it; blank lines are
    // skipped but counted) and one set of TAG=VALUE assignments for every account.
    static ChangePlan fromAccounts(QStringView accountsText, const QStringList &assignments);

    // (c) Rows made by the console itself (a revert's old values), already valid: no problems.
    static ChangePlan fromRows(QList<PlanRow> rows);
};
