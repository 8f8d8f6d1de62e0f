// The change plan against issue #12's input and validation rules: an empty cell leaves its field
// unchanged, #CLEAR# clears free text only, every problem has the line and column a spreadsheet
// user counts (header = line 1, a cell with line breaks is still one row), and "skip invalid"
// leaves out exactly the rows with problems. Inputs go through the real SpreadsheetReader. Every
// expected tag and wire value is written out by hand from the field schema's documented rules
// (https://www.tencentcloud.com/document/product/1047/33520), not taken from the code under test.
#include "bulk/changeplan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

QString kindName(const PlanProblem &problem)
{
    switch (problem.kind) {
    case PlanProblem::Unreadable:
        switch (problem.readerKind) {
        case SpreadsheetProblem::RaggedRow:
            return QStringLiteral("Unreadable/RaggedRow");
        case SpreadsheetProblem::TextAfterQuote:
            return QStringLiteral("Unreadable/TextAfterQuote");
        case SpreadsheetProblem::UnterminatedQuote:
            return QStringLiteral("Unreadable/UnterminatedQuote");
        case SpreadsheetProblem::NotUtf8:
            return QStringLiteral("Unreadable/NotUtf8");
        default:
            return QStringLiteral("Unreadable/other");
        }
    case PlanProblem::EmptyInput:
        return QStringLiteral("EmptyInput");
    case PlanProblem::NoRows:
        return QStringLiteral("NoRows");
    case PlanProblem::NoAccountColumn:
        return QStringLiteral("NoAccountColumn");
    case PlanProblem::UnknownField:
        return QStringLiteral("UnknownField");
    case PlanProblem::DuplicateField:
        return QStringLiteral("DuplicateField");
    case PlanProblem::NotAnAssignment:
        return QStringLiteral("NotAnAssignment");
    case PlanProblem::NoFields:
        return QStringLiteral("NoFields");
    case PlanProblem::UnnamedColumnValue:
        return QStringLiteral("UnnamedColumnValue");
    case PlanProblem::InvalidValue:
        return QStringLiteral("InvalidValue");
    case PlanProblem::ClearRefused:
        return QStringLiteral("ClearRefused");
    case PlanProblem::InexactClearMarker:
        return QStringLiteral("InexactClearMarker");
    case PlanProblem::MissingAccount:
        return QStringLiteral("MissingAccount");
    case PlanProblem::DuplicateAccount:
        return QStringLiteral("DuplicateAccount");
    case PlanProblem::NothingToChange:
        return QStringLiteral("NothingToChange");
    }
    return QStringLiteral("?");
}

// "InvalidValue@3:C", "NothingToChange@2" (whole line), "UnknownField@all:2" (the second
// assignment for all accounts), "@all" (all of them). Column letters as a spreadsheet labels them.
QString renderProblems(const ChangePlan &plan)
{
    QStringList rendered;
    for (const PlanProblem &problem : plan.problems()) {
        QString where = problem.line == 0 ? QStringLiteral("@all") : QStringLiteral("@%1").arg(problem.line);
        if (problem.column > 0) {
            where += QLatin1Char(':')
                + (problem.line == 0 ? QString::number(problem.column)
                                     : SpreadsheetReader::columnName(problem.column));
        }
        rendered.append(kindName(problem) + where);
    }
    return rendered.join(QLatin1String("; "));
}

QString json(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

// "2:u1 Tag_Profile_IM_Nick=\"Anna\" Tag_Profile_IM_Level=3", with " (invalid)" for a row with a
// problem, rows joined by " / ".
QString renderRows(const QList<PlanRow> &rows)
{
    QStringList rendered;
    for (const PlanRow &row : rows) {
        QString text = QStringLiteral("%1:%2").arg(row.line).arg(row.account);
        for (const PlanItem &item : row.items) {
            text += QLatin1Char(' ') + item.tag + QLatin1Char('=') + json(item.value);
        }
        if (!row.valid) {
            text += QLatin1String(" (invalid)");
        }
        rendered.append(text);
    }
    return rendered.join(QLatin1String(" / "));
}

ChangePlan planFor(const QByteArray &csv)
{
    return ChangePlanBuilder::fromTable(SpreadsheetReader::read(csv));
}

QList<int> lines(const QList<PlanRow> &rows)
{
    QList<int> result;
    for (const PlanRow &row : rows) {
        result.append(row.line);
    }
    return result;
}

} // namespace

class TestChangePlan final : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void messagesSayWhatToDo_data();
    void messagesSayWhatToDo();
    void itemsKeepTheirColumn();
    void skipInvalid();
    void theReadmeExampleIsValid();
    void inputProblemsStopEvenWithSkipInvalid_data();
    void inputProblemsStopEvenWithSkipInvalid();
    void rowProblemsWithoutRowsConcernTheInput();
    void accounts_data();
    void accounts();
    void location();
    void thousandRows();
};

void TestChangePlan::table_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("problems");

    // Naming the account and the fields.
    QTest::newRow("short names, full tags, any case")
        << QByteArray("account,nick,Tag_Profile_IM_Level,BIRTHDAY\n"
                      "u1,Anna,3,19900521\n")
        << "2:u1 Tag_Profile_IM_Nick=\"Anna\" Tag_Profile_IM_Level=3 "
           "Tag_Profile_IM_BirthDay=19900521"
        << "";
    QTest::newRow("UserID") << QByteArray("UserID,Nick\nu1,Anna\n") << "2:u1 Tag_Profile_IM_Nick=\"Anna\""
                            << "";
    QTest::newRow("From_Account any case")
        << QByteArray("from_ACCOUNT,Nick\nu1,Anna\n") << "2:u1 Tag_Profile_IM_Nick=\"Anna\""
        << "";
    QTest::newRow("To_Account, not first")
        << QByteArray("Nick,To_Account\nAnna,u1\n") << "2:u1 Tag_Profile_IM_Nick=\"Anna\""
        << "";
    QTest::newRow("tab-separated paste") << QByteArray("account\tNick\tLevel\nu1\tAnna, B.\t7\n")
                                         << "2:u1 Tag_Profile_IM_Nick=\"Anna, B.\" Tag_Profile_IM_Level=7"
                                         << "";

    // Values as --set takes them.
    QTest::newRow("labels") << QByteArray("account,Gender,AllowType,AdminForbidType\n"
                                          "u1,Female,Anyone may add,Forbidden\n"
                                          "u2,male,Need approval,allowed\n")
                            << "2:u1 Tag_Profile_IM_Gender=\"Gender_Type_Female\" "
                               "Tag_Profile_IM_AllowType=\"AllowType_Type_AllowAny\" "
                               "Tag_Profile_IM_AdminForbidType=\"AdminForbid_Type_SendOut\" / "
                               "3:u2 Tag_Profile_IM_Gender=\"Gender_Type_Male\" "
                               "Tag_Profile_IM_AllowType=\"AllowType_Type_NeedConfirm\" "
                               "Tag_Profile_IM_AdminForbidType=\"AdminForbid_Type_None\""
                            << "";
    QTest::newRow("raw values") << QByteArray("account,Gender,AllowType\n"
                                              "u1,Gender_Type_Unknown,AllowType_Type_DenyAny\n")
                                << "2:u1 Tag_Profile_IM_Gender=\"Gender_Type_Unknown\" "
                                   "Tag_Profile_IM_AllowType=\"AllowType_Type_DenyAny\""
                                << "";
    QTest::newRow("ISO birthday, spaces around a number")
        << QByteArray("account,BirthDay,Level,Role\nu1,1990-05-21, 4 ,0\n")
        << "2:u1 Tag_Profile_IM_BirthDay=19900521 Tag_Profile_IM_Level=4 Tag_Profile_IM_Role=0"
        << "";
    QTest::newRow("custom field") << QByteArray("account,Tag_Profile_Custom_Hobby\nu1,chess\n")
                                  << "2:u1 Tag_Profile_Custom_Hobby=\"chess\""
                                  << "";
    QTest::newRow("text kept exactly") << QByteArray("account,Nick\nu1, Anna \"the\" 1st \n")
                                       << "2:u1 Tag_Profile_IM_Nick=\" Anna \\\"the\\\" 1st \""
                                       << "";
    QTest::newRow("warning is no problem") << QByteArray("account,Location\nu1,12345678901234567\n")
                                           << "2:u1 Tag_Profile_IM_Location=\"12345678901234567\""
                                           << "";

    // An empty cell leaves the field unchanged.
    QTest::newRow("empty cells") << QByteArray("account,Nick,Level\nu1,,5\nu2,Bob,\nu3,   ,7\n")
                                 << "2:u1 Tag_Profile_IM_Level=5 / 3:u2 Tag_Profile_IM_Nick=\"Bob\" / "
                                    "4:u3 Tag_Profile_IM_Level=7"
                                 << "";
    QTest::newRow("a row of empty cells is no row")
        << QByteArray("account,Nick\nu1,A\n,\n  ,  \nu2,B\n")
        << "2:u1 Tag_Profile_IM_Nick=\"A\" / 5:u2 Tag_Profile_IM_Nick=\"B\""
        << "";
    QTest::newRow("empty lines are counted")
        << QByteArray("account,Nick\n\n\nu1,A\n") << "4:u1 Tag_Profile_IM_Nick=\"A\""
        << "";
    QTest::newRow("account only: nothing to change") << QByteArray("account,Nick,Level\nu1,,\nu2,Bob,\n")
                                                     << "2:u1 (invalid) / 3:u2 Tag_Profile_IM_Nick=\"Bob\""
                                                     << "NothingToChange@2";

    // The clear marker.
    QTest::newRow("clear text fields")
        << QByteArray("account,Nick,SelfSignature,Image,Location,Tag_Profile_Custom_Hobby\n"
                      "u1,#CLEAR#,#CLEAR#,#CLEAR#,#CLEAR#,#CLEAR#\n")
        << "2:u1 Tag_Profile_IM_Nick=\"\" Tag_Profile_IM_SelfSignature=\"\" Tag_Profile_IM_Image=\"\" "
           "Tag_Profile_IM_Location=\"\" Tag_Profile_Custom_Hobby=\"\""
        << "";
    QTest::newRow("clear a number") << QByteArray("account,Level,Nick\nu1,#CLEAR#,A\n")
                                    << "2:u1 Tag_Profile_IM_Nick=\"A\" (invalid)"
                                    << "ClearRefused@2:B";
    QTest::newRow("clear a birthday, a role, message settings")
        << QByteArray("account,BirthDay,Role,MsgSettings\nu1,#CLEAR#,#CLEAR#,#CLEAR#\n") << "2:u1 (invalid)"
        << "ClearRefused@2:B; ClearRefused@2:C; ClearRefused@2:D";
    QTest::newRow("clear an enum") << QByteArray("account,Gender,AllowType\nu1,#CLEAR#,#CLEAR#\n")
                                   << "2:u1 (invalid)"
                                   << "ClearRefused@2:B; ClearRefused@2:C";
    QTest::newRow("near misses of the marker")
        << QByteArray("account,Nick\nu1,#clear#\nu2, #CLEAR#\nu3,#CLEAR# \nu4,#Clear#\n")
        << "2:u1 (invalid) / 3:u2 (invalid) / 4:u3 (invalid) / 5:u4 (invalid)"
        << "InexactClearMarker@2:B; InexactClearMarker@3:B; InexactClearMarker@4:B; InexactClearMarker@5:B";
    QTest::newRow("near miss of the marker on a number")
        << QByteArray("account,Level\nu1,#clear#\n") << "2:u1 (invalid)"
        << "ClearRefused@2:B";
    QTest::newRow("words that are no marker")
        << QByteArray("account,Nick\nu1,(clear)\nu2,-\nu3,NULL\nu4,#CLEAR\n")
        << "2:u1 Tag_Profile_IM_Nick=\"(clear)\" / 3:u2 Tag_Profile_IM_Nick=\"-\" / "
           "4:u3 Tag_Profile_IM_Nick=\"NULL\" / 5:u4 Tag_Profile_IM_Nick=\"#CLEAR\""
        << "";

    // Invalid values, at their cell.
    QTest::newRow("invalid values")
        << QByteArray("account,Nick,Gender,Level,BirthDay\n"
                      "u1,Anna,Robot,3,19900521\n"
                      "u2,Bob,Male,three,19900521\n"
                      "u3,Cy,Male,4,19901341\n"
                      "u4,Di,Male,4294967296,0\n"
                      "u5,Ed,Male,1.5,0\n")
        << "2:u1 Tag_Profile_IM_Nick=\"Anna\" Tag_Profile_IM_Level=3 "
           "Tag_Profile_IM_BirthDay=19900521 (invalid) / "
           "3:u2 Tag_Profile_IM_Nick=\"Bob\" Tag_Profile_IM_Gender=\"Gender_Type_Male\" "
           "Tag_Profile_IM_BirthDay=19900521 (invalid) / "
           "4:u3 Tag_Profile_IM_Nick=\"Cy\" Tag_Profile_IM_Gender=\"Gender_Type_Male\" "
           "Tag_Profile_IM_Level=4 (invalid) / "
           "5:u4 Tag_Profile_IM_Nick=\"Di\" Tag_Profile_IM_Gender=\"Gender_Type_Male\" "
           "Tag_Profile_IM_BirthDay=0 (invalid) / "
           "6:u5 Tag_Profile_IM_Nick=\"Ed\" Tag_Profile_IM_Gender=\"Gender_Type_Male\" "
           "Tag_Profile_IM_BirthDay=0 (invalid)"
        << "InvalidValue@2:C; InvalidValue@3:D; InvalidValue@4:E; InvalidValue@5:D; "
           "InvalidValue@6:D";
    QTest::newRow("one text, valid in one column, not in the other")
        << QByteArray("account,Level,BirthDay,Role\nu1,19901341,19901341,19901341\nu2,19901341,19901341,1\n")
        << "2:u1 Tag_Profile_IM_Level=19901341 Tag_Profile_IM_Role=19901341 (invalid) / "
           "3:u2 Tag_Profile_IM_Level=19901341 Tag_Profile_IM_Role=1 (invalid)"
        << "InvalidValue@2:C; InvalidValue@3:C";
    QTest::newRow("501 bytes of nickname")
        << QByteArray("account,Nick\nu1,") + QByteArray(501, 'x') + QByteArray("\nu2,") + QByteArray(500, 'y')
        << "2:u1 (invalid) / 3:u2 Tag_Profile_IM_Nick=\"" + QString(500, QLatin1Char('y')) + "\""
        << "InvalidValue@2:B";
    QTest::newRow("row after a cell with line breaks")
        << QByteArray("account,SelfSignature,Level\r\n"
                      "u1,\"line one\r\nline two\nline three\",3\r\n"
                      "u2,ok,abc\r\n")
        << "2:u1 Tag_Profile_IM_SelfSignature=\"line one\\r\\nline two\\nline three\" Tag_Profile_IM_Level=3 "
           "/ "
           "3:u2 Tag_Profile_IM_SelfSignature=\"ok\" (invalid)"
        << "InvalidValue@3:C";

    // The header.
    QTest::newRow("unknown column") << QByteArray("account,Nickname,Level\nu1,x,3\n")
                                    << "2:u1 Tag_Profile_IM_Level=3"
                                    << "UnknownField@1:B";
    QTest::newRow("unknown standard-looking tag")
        << QByteArray("account,Tag_Profile_IM_Nik\nu1,x\n") << "2:u1"
        << "UnknownField@1:B";
    QTest::newRow("custom field name the console refuses")
        << QByteArray("account,Nick,Tag_Profile_Custom_1abc\nu1,A,x\n") << "2:u1 Tag_Profile_IM_Nick=\"A\""
        << "UnknownField@1:C";
    QTest::newRow("a column name with =") << QByteArray("account,Nick=x\nu1,A\n") << "2:u1"
                                          << "UnknownField@1:B";
    QTest::newRow("duplicate column, two spellings")
        << QByteArray("account,Nick,Level,Tag_Profile_IM_Nick\nu1,A,1,B\n")
        << "2:u1 Tag_Profile_IM_Nick=\"A\" Tag_Profile_IM_Level=1"
        << "DuplicateField@1:D";
    QTest::newRow("duplicate column, two cases")
        << QByteArray("account,Nick,nick\nu1,A,B\n") << "2:u1 Tag_Profile_IM_Nick=\"A\""
        << "DuplicateField@1:C";
    QTest::newRow("two account columns")
        << QByteArray("account,Nick,UserID\nu1,A,u2\n") << "2:u1 Tag_Profile_IM_Nick=\"A\""
        << "DuplicateField@1:C";
    QTest::newRow("no account column") << QByteArray("Nick,Level\nAnna,3\n") << ""
                                       << "NoAccountColumn@1";
    QTest::newRow("a column without a name")
        << QByteArray("account,Nick,\nu1,A,\nu2,B,zzz\n")
        << "2:u1 Tag_Profile_IM_Nick=\"A\" / 3:u2 Tag_Profile_IM_Nick=\"B\" (invalid)"
        << "UnnamedColumnValue@3:C";

    // Accounts.
    QTest::newRow("missing account")
        << QByteArray("account,Nick\nu1,Anna\n,Bob\n  ,Cy\n")
        << "2:u1 Tag_Profile_IM_Nick=\"Anna\" / 3: Tag_Profile_IM_Nick=\"Bob\" (invalid) / "
           "4: Tag_Profile_IM_Nick=\"Cy\" (invalid)"
        << "MissingAccount@3:A; MissingAccount@4:A";
    QTest::newRow("missing account, account not first")
        << QByteArray("Nick,account\nAnna,\n") << "2: Tag_Profile_IM_Nick=\"Anna\" (invalid)"
        << "MissingAccount@2:B";
    QTest::newRow("duplicate accounts, trimmed")
        << QByteArray("account,Nick\nu1,A\nu2,B\n u1 ,C\nu3,D\nu1,E\n")
        << "2:u1 Tag_Profile_IM_Nick=\"A\" (invalid) / 3:u2 Tag_Profile_IM_Nick=\"B\" / "
           "4:u1 Tag_Profile_IM_Nick=\"C\" (invalid) / 5:u3 Tag_Profile_IM_Nick=\"D\" / "
           "6:u1 Tag_Profile_IM_Nick=\"E\" (invalid)"
        << "DuplicateAccount@2:A; DuplicateAccount@4:A; DuplicateAccount@6:A";
    QTest::newRow("accounts differing in case are two")
        << QByteArray("account,Nick\nAnna,A\nanna,B\n")
        << "2:Anna Tag_Profile_IM_Nick=\"A\" / 3:anna Tag_Profile_IM_Nick=\"B\""
        << "";

    // Empty input.
    QTest::newRow("empty") << QByteArray("") << ""
                           << "EmptyInput@1";
    QTest::newRow("only line breaks") << QByteArray("\n\r\n") << ""
                                      << "EmptyInput@1";
    QTest::newRow("header only") << QByteArray("account,Nick\n") << ""
                                 << "NoRows@2";
    QTest::newRow("header and empty rows") << QByteArray("account,Nick\n,\n,\n") << ""
                                           << "NoRows@2";

    // The reader's problems pass through.
    QTest::newRow("ragged rows")
        << QByteArray("account,Nick,Level\nu1,Anna\nu2,Bob,4\nu3,Cy,5,extra\n")
        << "2:u1 (invalid) / 3:u2 Tag_Profile_IM_Nick=\"Bob\" Tag_Profile_IM_Level=4 / "
           "4:u3 (invalid)"
        << "Unreadable/RaggedRow@2:C; Unreadable/RaggedRow@4:D";
    QTest::newRow("text after a quote")
        << QByteArray("account,Nick\nu1,\"Anna\"x\nu2,Bob\n")
        << "2:u1 Tag_Profile_IM_Nick=\"Annax\" (invalid) / 3:u2 Tag_Profile_IM_Nick=\"Bob\""
        << "Unreadable/TextAfterQuote@2:B";
    QTest::newRow("unterminated quote")
        << QByteArray("account,Nick\nu0,A\nu1,\"Anna\nu2,Bob\n")
        << "2:u0 Tag_Profile_IM_Nick=\"A\" / 3:u1 Tag_Profile_IM_Nick=\"Anna\\nu2,Bob\\n\""
        << "Unreadable/UnterminatedQuote@3:B";
    QTest::newRow("unterminated quote past the header's columns") // found by fuzz_changeplan
        << QByteArray("account,Nick\nu1,A,\"x\n") << "2:u1 Tag_Profile_IM_Nick=\"A\""
        << "Unreadable/UnterminatedQuote@2:C";
    QTest::newRow("not UTF-8") << QByteArray("account,Nick\nu1,\xC4\xE3\xBA\xC3\n") << ""
                               << "Unreadable/NotUtf8@2:B";
}

void TestChangePlan::table()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, rows);
    QFETCH(QString, problems);

    const ChangePlan plan = planFor(csv);
    QCOMPARE(renderProblems(plan), problems);
    QCOMPARE(renderRows(plan.rows()), rows);
    QCOMPARE(plan.mayRun(ChangePlan::InvalidRows::Refuse), problems.isEmpty());
    for (const PlanProblem &problem : plan.problems()) {
        QVERIFY2(!problem.message.isEmpty(), qPrintable(kindName(problem)));
    }
}

void TestChangePlan::messagesSayWhatToDo_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("phrases"); // all in the first problem's message

    QTest::newRow("duplicate accounts name every line")
        << QByteArray("account,Nick\nu1,A\nu2,B\nu1,C\nu1,D\n")
        << QStringList { QStringLiteral("u1"), QStringLiteral("lines 2, 4, 5"), QStringLiteral("merge") };
    QTest::newRow("the validator's reason for a value")
        << QByteArray("account,Gender\nu1,Robot\n")
        << QStringList { QStringLiteral("\"Robot\" is not a valid value for Gender (Tag_Profile_IM_Gender)"),
               QStringLiteral("Gender_Type_Female") };
    QTest::newRow("the validator's reason for a column")
        << QByteArray("account,Nickname\nu1,x\n")
        << QStringList { QStringLiteral("Nickname is not a profile tag"),
               QStringLiteral("Tag_Profile_Custom_") };
    QTest::newRow("clearing a number") << QByteArray("account,Level\nu1,#CLEAR#\n")
                                       << QStringList { QStringLiteral("Tag_Profile_IM_Level"),
                                              QStringLiteral("cannot be cleared"), QStringLiteral("empty") };
    QTest::newRow("clearing an enum")
        << QByteArray("account,Gender\nu1,#CLEAR#\n")
        << QStringList { QStringLiteral("cannot be cleared"), QStringLiteral("Not set, Female, Male") };
    QTest::newRow("near miss of the marker")
        << QByteArray("account,Nick\nu1,#Clear#\n") << QStringList { QStringLiteral("exactly #CLEAR#") };
    QTest::newRow("duplicate column")
        << QByteArray("account,Nick,Level,Tag_Profile_IM_Nick\nu1,A,1,B\n")
        << QStringList { QStringLiteral("Columns B and D"), QStringLiteral("Tag_Profile_IM_Nick"),
               QStringLiteral("Keep one") };
    QTest::newRow("no account column") << QByteArray(
        "Nick\nAnna\n") << QStringList { QStringLiteral("account, UserID, From_Account or To_Account") };
    QTest::newRow("missing account") << QByteArray("account,Nick\n,Anna\n")
                                     << QStringList { QStringLiteral("Fill in the account") };
    QTest::newRow("ragged row: the reader's message") << QByteArray(
        "account,Nick,Level\nu1,Anna\n") << QStringList { QStringLiteral("Add the missing cells") };
}

void TestChangePlan::messagesSayWhatToDo()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, phrases);

    const ChangePlan plan = planFor(csv);
    QVERIFY(plan.hasProblems());
    const QString message = plan.problems().constFirst().message;
    for (const QString &phrase : phrases) {
        QVERIFY2(message.contains(phrase), qPrintable(message));
    }
}

void TestChangePlan::itemsKeepTheirColumn()
{
    const ChangePlan plan = planFor("Level,account,,Nick\n3,u1,,Anna\n");
    QCOMPARE(plan.problems().size(), 0);
    QCOMPARE(plan.rows().size(), 1);
    const QList<PlanItem> &items = plan.rows().constFirst().items;
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).column, 1);
    QCOMPARE(items.at(1).column, 4);
}

void TestChangePlan::skipInvalid()
{
    // Lines 3 (bad Level), 5 (unknown gender) and 6 (no account) have problems.
    const ChangePlan plan = planFor("account,Nick,Level,Gender\n"
                                    "u1,A,1,\n"
                                    "u2,B,x,\n"
                                    "u3,C,3,Female\n"
                                    "u4,D,4,Robot\n"
                                    ",E,5,\n"
                                    "u6,F,6,\n");
    QCOMPARE(renderProblems(plan), QStringLiteral("InvalidValue@3:C; InvalidValue@5:D; MissingAccount@6:A"));

    QVERIFY(!plan.mayRun(ChangePlan::InvalidRows::Refuse));
    QCOMPARE(plan.rowsToSend(ChangePlan::InvalidRows::Refuse).size(), 0);
    QCOMPARE(plan.skippedRows(ChangePlan::InvalidRows::Refuse).size(), 0);

    QVERIFY(plan.mayRun(ChangePlan::InvalidRows::Skip));
    QCOMPARE(renderRows(plan.rowsToSend(ChangePlan::InvalidRows::Skip)),
        QStringLiteral("2:u1 Tag_Profile_IM_Nick=\"A\" Tag_Profile_IM_Level=1 / "
                       "4:u3 Tag_Profile_IM_Nick=\"C\" Tag_Profile_IM_Level=3 "
                       "Tag_Profile_IM_Gender=\"Gender_Type_Female\" / "
                       "7:u6 Tag_Profile_IM_Nick=\"F\" Tag_Profile_IM_Level=6"));
    QCOMPARE(lines(plan.skippedRows(ChangePlan::InvalidRows::Skip)), (QList<int> { 3, 5, 6 }));
    QCOMPARE(renderProblems(plan), QStringLiteral("InvalidValue@3:C; InvalidValue@5:D; MissingAccount@6:A"));
    QCOMPARE(plan.problemsOnLine(5).size(), 1);
    QCOMPARE(plan.problemsOnLine(5).constFirst().column, 4);
    QCOMPARE(plan.problemsOnLine(4).size(), 0);

    // Without any problem both modes send every row and skip none.
    const ChangePlan clean = planFor("account,Nick\nu1,A\nu2,B\n");
    QVERIFY(clean.mayRun(ChangePlan::InvalidRows::Refuse));
    QCOMPARE(lines(clean.rowsToSend(ChangePlan::InvalidRows::Refuse)), (QList<int> { 2, 3 }));
    QCOMPARE(lines(clean.rowsToSend(ChangePlan::InvalidRows::Skip)), (QList<int> { 2, 3 }));
    QCOMPARE(clean.skippedRows(ChangePlan::InvalidRows::Skip).size(), 0);
}

void TestChangePlan::inputProblemsStopEvenWithSkipInvalid_data()
{
    QTest::addColumn<QByteArray>("csv");

    QTest::newRow("unknown column") << QByteArray("account,Nick,Nickname\nu1,A,B\n");
    QTest::newRow("duplicate column") << QByteArray("account,Nick,nick\nu1,A,B\n");
    QTest::newRow("no account column") << QByteArray("Nick\nA\n");
    QTest::newRow("header only") << QByteArray("account,Nick\n");
    QTest::newRow("unterminated quote swallows rows") << QByteArray("account,Nick\nu1,\"A\nu2,B\n");
    QTest::newRow("every row invalid") << QByteArray("account,Level\nu1,x\nu2,y\n");
}

void TestChangePlan::inputProblemsStopEvenWithSkipInvalid()
{
    QFETCH(QByteArray, csv);

    const ChangePlan plan = planFor(csv);
    QVERIFY(plan.hasProblems());
    QVERIFY(!plan.mayRun(ChangePlan::InvalidRows::Skip));
    QCOMPARE(plan.rowsToSend(ChangePlan::InvalidRows::Skip).size(), 0);
    QCOMPARE(plan.skippedRows(ChangePlan::InvalidRows::Skip).size(), 0);
}

void TestChangePlan::rowProblemsWithoutRowsConcernTheInput()
{
    // Found by fuzz_changeplan: without an account column no rows are read, so the ragged row
    // cannot be left out on its own.
    const ChangePlan plan = planFor("Nick,Level\nA\n");
    QCOMPARE(renderProblems(plan), QStringLiteral("NoAccountColumn@1; Unreadable/RaggedRow@2:B"));
    for (const PlanProblem &problem : plan.problems()) {
        QCOMPARE(problem.scope, PlanProblem::Input);
    }
}

void TestChangePlan::accounts_data()
{
    QTest::addColumn<QString>("accounts");
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("problems");

    const QStringList nickAndGender { QStringLiteral("Nick=Anna"), QStringLiteral("Gender=Female") };
    const QString items
        = QStringLiteral(" Tag_Profile_IM_Nick=\"Anna\" Tag_Profile_IM_Gender=\"Gender_Type_Female\"");

    QTest::newRow("trimmed, blank lines counted, any line break")
        << QStringLiteral("u1\n  u2  \n\n\t\nu3\r\nu4\ru5") << nickAndGender
        << "1:u1" + items + " / 2:u2" + items + " / 5:u3" + items + " / 6:u4" + items + " / 7:u5" + items
        << "";
    QTest::newRow("final line break, byte-order mark")
        << QStringLiteral("\uFEFFu1\nu2\n") << nickAndGender << "1:u1" + items + " / 2:u2" + items << "";
    QTest::newRow("raw values, numbers, custom field")
        << QStringLiteral("u1")
        << QStringList { QStringLiteral("Tag_Profile_IM_Level=3"),
               QStringLiteral("AllowType=AllowType_Type_DenyAny"),
               QStringLiteral("Tag_Profile_Custom_Hobby=chess") }
        << "1:u1 Tag_Profile_IM_Level=3 Tag_Profile_IM_AllowType=\"AllowType_Type_DenyAny\" "
           "Tag_Profile_Custom_Hobby=\"chess\""
        << "";
    QTest::newRow("value kept exactly")
        << QStringLiteral("u1") << QStringList { QStringLiteral("Nick= A=B ") }
        << "1:u1 Tag_Profile_IM_Nick=\" A=B \""
        << "";
    QTest::newRow("clear a text field")
        << QStringLiteral("u1") << QStringList { QStringLiteral("Nick=#CLEAR#") }
        << "1:u1 Tag_Profile_IM_Nick=\"\""
        << "";
    QTest::newRow("duplicate accounts")
        << QStringLiteral("u1\nu2\n\nu1\n") << QStringList { QStringLiteral("Level=3") }
        << "1:u1 Tag_Profile_IM_Level=3 (invalid) / 2:u2 Tag_Profile_IM_Level=3 / "
           "4:u1 Tag_Profile_IM_Level=3 (invalid)"
        << "DuplicateAccount@1; DuplicateAccount@4";
    QTest::newRow("empty list") << QStringLiteral(" \n\n") << nickAndGender << ""
                                << "EmptyInput@1";
    QTest::newRow("no assignment") << QStringLiteral("u1") << QStringList() << "1:u1"
                                   << "NoFields@all";
    QTest::newRow("not assignments") << QStringLiteral(
        "u1") << QStringList { QStringLiteral("Nick"), QStringLiteral("=Anna"), QStringLiteral(" =x") }
                                     << "1:u1"
                                     << "NotAnAssignment@all:1; NotAnAssignment@all:2; NotAnAssignment@all:3";
    QTest::newRow("unknown field, then a good one")
        << QStringLiteral("u1") << QStringList { QStringLiteral("Nickname=x"), QStringLiteral("Level=2") }
        << "1:u1 Tag_Profile_IM_Level=2"
        << "UnknownField@all:1";
    QTest::newRow("field given twice")
        << QStringLiteral("u1")
        << QStringList { QStringLiteral("Nick=a"), QStringLiteral("Tag_Profile_IM_Nick=b") }
        << "1:u1 Tag_Profile_IM_Nick=\"a\""
        << "DuplicateField@all:2";
    QTest::newRow("invalid value") << QStringLiteral("u1") << QStringList { QStringLiteral("Level=x") }
                                   << "1:u1"
                                   << "InvalidValue@all:1";
    QTest::newRow("no value") << QStringLiteral("u1") << QStringList { QStringLiteral("Nick=") } << "1:u1"
                              << "InvalidValue@all:1";
    QTest::newRow("clear refused") << QStringLiteral(
        "u1") << QStringList { QStringLiteral("Level=#CLEAR#"), QStringLiteral("Nick=#clear#") }
                                   << "1:u1"
                                   << "ClearRefused@all:1; InexactClearMarker@all:2";
}

void TestChangePlan::accounts()
{
    QFETCH(QString, accounts);
    QFETCH(QStringList, assignments);
    QFETCH(QString, rows);
    QFETCH(QString, problems);

    const ChangePlan plan = ChangePlanBuilder::fromAccounts(accounts, assignments);
    QCOMPARE(renderProblems(plan), problems);
    QCOMPARE(renderRows(plan.rows()), rows);
    QCOMPARE(plan.mayRun(ChangePlan::InvalidRows::Refuse), problems.isEmpty());
    // Only duplicate accounts are about one row; a bad assignment concerns every account.
    const bool onlyDuplicates
        = !problems.contains(QLatin1String("@all")) && !problems.contains(QLatin1String("Empty"));
    QCOMPARE(plan.mayRun(ChangePlan::InvalidRows::Skip), onlyDuplicates);
}

void TestChangePlan::location()
{
    QCOMPARE(ChangePlan::location(planFor("account,Level\nu1,1\nu2,x\n").problems().constFirst()),
        QStringLiteral("Line 3, column B"));
    QCOMPARE(ChangePlan::location(planFor("account,Nick\nu1,\n").problems().constFirst()),
        QStringLiteral("Line 2"));
    QCOMPARE(ChangePlan::location(ChangePlanBuilder::fromAccounts(
                 u"u1", { QStringLiteral("Nick=a"), QStringLiteral("Level=x") })
                                      .problems()
                                      .constFirst()),
        QStringLiteral("Value 2 for all accounts"));
    QCOMPARE(ChangePlan::location(ChangePlanBuilder::fromAccounts(u"u1", {}).problems().constFirst()),
        QStringLiteral("The values for all accounts"));
}

void TestChangePlan::thousandRows()
{
    // Row i (1 to 1000) is on line i + 1: user<i>, Nick "Name <i>", Level i % 100. Row 10's nickname
    // spans two physical lines, row 500 has a bad Level, and row 1000 repeats the account of row 1.
    QByteArray csv = "account,Nick,Level\n";
    for (int i = 1; i <= 1000; ++i) {
        const QByteArray account = i == 1000 ? QByteArray("user1") : "user" + QByteArray::number(i);
        const QByteArray nick = i == 10 ? QByteArray("\"Name\n10\"") : "Name " + QByteArray::number(i);
        const QByteArray level = i == 500 ? QByteArray("x") : QByteArray::number(i % 100);
        csv += account + ',' + nick + ',' + level + '\n';
    }
    const ChangePlan plan = planFor(csv);

    QCOMPARE(renderProblems(plan),
        QStringLiteral("DuplicateAccount@2:A; InvalidValue@501:C; DuplicateAccount@1001:A"));
    QCOMPARE(plan.rows().size(), 1000);
    QCOMPARE(renderRows({ plan.rows().at(0), plan.rows().at(9), plan.rows().at(10), plan.rows().at(499),
                 plan.rows().at(998), plan.rows().at(999) }),
        QStringLiteral("2:user1 Tag_Profile_IM_Nick=\"Name 1\" Tag_Profile_IM_Level=1 (invalid) / "
                       "11:user10 Tag_Profile_IM_Nick=\"Name\\n10\" Tag_Profile_IM_Level=10 / "
                       "12:user11 Tag_Profile_IM_Nick=\"Name 11\" Tag_Profile_IM_Level=11 / "
                       "501:user500 Tag_Profile_IM_Nick=\"Name 500\" (invalid) / "
                       "1000:user999 Tag_Profile_IM_Nick=\"Name 999\" Tag_Profile_IM_Level=99 / "
                       "1001:user1 Tag_Profile_IM_Nick=\"Name 1000\" Tag_Profile_IM_Level=0 (invalid)"));
    QCOMPARE(plan.rowsToSend(ChangePlan::InvalidRows::Skip).size(), 997);
    QCOMPARE(lines(plan.skippedRows(ChangePlan::InvalidRows::Skip)), (QList<int> { 2, 501, 1001 }));
}

// The README shows docs/examples/bulk-edit.csv as the file format's example: it must be what it
// says, every rule of the format in a file that plans without a problem.
void TestChangePlan::theReadmeExampleIsValid()
{
    QFile file(QStringLiteral(CPC_SOURCE_DIR "/docs/examples/bulk-edit.csv"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const ChangePlan plan = planFor(file.readAll());
    QCOMPARE(renderProblems(plan), QString());
    QCOMPARE(renderRows(plan.rows()),
        QStringLiteral(
            "2:zhang_wei Tag_Profile_IM_Nick=\"张伟\" Tag_Profile_IM_Gender=\"Gender_Type_Male\" "
            "Tag_Profile_IM_Level=3"
            " / 3:li_na Tag_Profile_IM_Gender=\"Gender_Type_Female\" Tag_Profile_Custom_Hobby=\"chess\""
            " / 4:reported_user_17 Tag_Profile_IM_Nick=\"\" Tag_Profile_IM_Level=0 "
            "Tag_Profile_Custom_Hobby=\"\""
            " / 5:wang_fang Tag_Profile_IM_Nick=\"Wang, Fang \\\"Lucky\\\"\" Tag_Profile_IM_Level=5"));
}

QTEST_GUILESS_MAIN(TestChangePlan)
#include "tst_changeplan.moc"
