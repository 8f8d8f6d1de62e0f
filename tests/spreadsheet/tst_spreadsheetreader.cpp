// The spreadsheet reader against RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180) and against
// files as Excel and LibreOffice write them. Expected rows and row numbers are written by hand from
// those rules; the encoded bytes of the UTF-16, GB18030, Shift_JIS and EUC-KR cases were produced
// with iconv(1), not with the code under test, and their text is written as Unicode escapes.
#include "spreadsheet/spreadsheetreader.h"

#include <QTest>

Q_DECLARE_METATYPE(SpreadsheetReader::Options)

namespace {

QString kindName(SpreadsheetProblem::Kind kind)
{
    switch (kind) {
    case SpreadsheetProblem::EmptyInput:
        return QStringLiteral("EmptyInput");
    case SpreadsheetProblem::NoDataRows:
        return QStringLiteral("NoDataRows");
    case SpreadsheetProblem::NotUtf8:
        return QStringLiteral("NotUtf8");
    case SpreadsheetProblem::NotInEncoding:
        return QStringLiteral("NotInEncoding");
    case SpreadsheetProblem::UnknownEncoding:
        return QStringLiteral("UnknownEncoding");
    case SpreadsheetProblem::NulCharacter:
        return QStringLiteral("NulCharacter");
    case SpreadsheetProblem::BadDelimiter:
        return QStringLiteral("BadDelimiter");
    case SpreadsheetProblem::UnterminatedQuote:
        return QStringLiteral("UnterminatedQuote");
    case SpreadsheetProblem::TextAfterQuote:
        return QStringLiteral("TextAfterQuote");
    case SpreadsheetProblem::RaggedRow:
        return QStringLiteral("RaggedRow");
    }
    return QStringLiteral("?");
}

QString escaped(const QString &cell)
{
    QString text = cell;
    text.replace(QLatin1Char('\r'), QLatin1String("\\r")).replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return text;
}

QString renderRow(int line, const QStringList &cells)
{
    QStringList shown;
    for (const QString &cell : cells) {
        shown.append(escaped(cell));
    }
    return QString::number(line) + QLatin1Char(':') + shown.join(QLatin1Char('|'));
}

// "1:account|Nick / 2:u1|Anna": the header, then every row, each with its line number.
QString renderRows(const SpreadsheetTable &table)
{
    QStringList rows;
    if (table.headerLine > 0) {
        rows.append(renderRow(table.headerLine, table.header));
    }
    for (const SpreadsheetRow &row : table.rows) {
        rows.append(renderRow(row.line, row.cells));
    }
    return rows.join(QLatin1String(" / "));
}

// "RaggedRow@3:C; TextAfterQuote@4:B", and "@1" when the problem has no column.
QString renderProblems(const SpreadsheetTable &table)
{
    QStringList problems;
    for (const SpreadsheetProblem &problem : table.problems) {
        QString where = QStringLiteral("@%1").arg(problem.line);
        if (problem.column > 0) {
            where += QLatin1Char(':') + SpreadsheetReader::columnName(problem.column);
        }
        problems.append(kindName(problem.kind) + where);
    }
    return problems.join(QLatin1String("; "));
}

SpreadsheetReader::Options withDelimiter(char delimiter)
{
    SpreadsheetReader::Options options;
    options.delimiter = QLatin1Char(delimiter);
    return options;
}

SpreadsheetReader::Options withEncoding(const char *encoding)
{
    SpreadsheetReader::Options options;
    options.encoding = encoding;
    return options;
}

} // namespace

class TestSpreadsheetReader : public QObject
{
    Q_OBJECT

private slots:
    void rfc4180_data();
    void rfc4180();
    void delimiters_data();
    void delimiters();
    void unicode_data();
    void unicode();
    void legacyEncodings_data();
    void legacyEncodings();
    void everyProblemSaysWhatToDo_data();
    void everyProblemSaysWhatToDo();
    void notUtf8NamesExcelsUtf8Option();
    void columnNames_data();
    void columnNames();
    void location();
    void rowsOutliveTheirTable();
};

void TestSpreadsheetReader::rfc4180_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("problems");

    QTest::newRow("LF") << QByteArray("account,Nick\nu1,Anna\n") << "1:account|Nick / 2:u1|Anna"
                        << "";
    QTest::newRow("CRLF") << QByteArray("account,Nick\r\nu1,Anna\r\nu2,Bo\r\n")
                          << "1:account|Nick / 2:u1|Anna / 3:u2|Bo"
                          << "";
    QTest::newRow("lone CR") << QByteArray("account,Nick\ru1,Anna\ru2,Bo")
                             << "1:account|Nick / 2:u1|Anna / 3:u2|Bo"
                             << "";
    QTest::newRow("final line without newline")
        << QByteArray("account,Nick\nu1,Anna\nu2,Bo") << "1:account|Nick / 2:u1|Anna / 3:u2|Bo"
        << "";
    QTest::newRow("quoted delimiter")
        << QByteArray("account,Nick\nu1,\"Anna, Jr.\"\n") << "1:account|Nick / 2:u1|Anna, Jr."
        << "";
    QTest::newRow("doubled quote") << QByteArray("account,Nick\nu1,\"The \"\"Boss\"\"\"\n")
                                   << "1:account|Nick / 2:u1|The \"Boss\""
                                   << "";
    QTest::newRow("only a doubled quote")
        << QByteArray("account,Nick\nu1,\"\"\"\"\n") << "1:account|Nick / 2:u1|\""
        << "";
    QTest::newRow("embedded LF") << QByteArray("account,Nick\nu1,\"two\nlines\"\nu2,Bo\n")
                                 << "1:account|Nick / 2:u1|two\\nlines / 3:u2|Bo"
                                 << "";
    QTest::newRow("embedded CRLF") << QByteArray("account,Nick\r\nu1,\"two\r\nlines\"\r\nu2,Bo\r\n")
                                   << "1:account|Nick / 2:u1|two\\r\\nlines / 3:u2|Bo"
                                   << "";
    QTest::newRow("newline in a quoted header")
        << QByteArray("\"account\",\"Ni\nck\"\nu1,Anna") << "1:account|Ni\\nck / 2:u1|Anna"
        << "";
    QTest::newRow("empty fields") << QByteArray("account,Nick,Level\nu1,,\n,,\n")
                                  << "1:account|Nick|Level / 2:u1|| / 3:||"
                                  << "";
    QTest::newRow("quoted empty field") << QByteArray("account,Nick\nu1,\"\"\n") << "1:account|Nick / 2:u1|"
                                        << "";
    QTest::newRow("trailing delimiter on every line")
        << QByteArray("account,Nick,\nu1,Anna,\n") << "1:account|Nick| / 2:u1|Anna|"
        << "";
    QTest::newRow("trailing delimiter on a row only")
        << QByteArray("account,Nick\nu1,Anna,\n") << "1:account|Nick / 2:u1|Anna|"
        << "RaggedRow@2:C";
    QTest::newRow("spaces are kept") << QByteArray("account,Nick\n u1 , Anna \n")
                                     << "1:account|Nick / 2: u1 | Anna "
                                     << "";
    QTest::newRow("a quote after a space is text")
        << QByteArray("account,Nick\nu1, \"Anna\"\n") << "1:account|Nick / 2:u1| \"Anna\""
        << "";
    QTest::newRow("a quote inside an unquoted cell is text")
        << QByteArray("account,Nick\nu1,5\" disk\n") << "1:account|Nick / 2:u1|5\" disk"
        << "";
    QTest::newRow("text after the closing quote")
        << QByteArray("account,Nick\nu1,\"Anna\"x\n") << "1:account|Nick / 2:u1|Annax"
        << "TextAfterQuote@2:B";
    QTest::newRow("unterminated quote")
        << QByteArray("account,Nick\nu1,\"Anna\nu2,Bo\n") << "1:account|Nick / 2:u1|Anna\\nu2,Bo\\n"
        << "UnterminatedQuote@2:B";
    QTest::newRow("empty lines keep their row numbers")
        << QByteArray("account,Nick\n\nu1,Anna\r\n\r\n\nu2,Bo\n\n") << "1:account|Nick / 3:u1|Anna / 6:u2|Bo"
        << "";
    QTest::newRow("empty line before the header")
        << QByteArray("\naccount,Nick\nu1,Anna") << "2:account|Nick / 3:u1|Anna"
        << "";
    QTest::newRow("ragged rows after embedded newlines")
        << QByteArray("account,Nick,Level\nu1,\"a\nb\nc\",3\nu2,Bo\nu3,Cy,4,5\nu4,\"x\r\ny\",5\n")
        << "1:account|Nick|Level / 2:u1|a\\nb\\nc|3 / 3:u2|Bo / 4:u3|Cy|4|5 / 5:u4|x\\r\\ny|5"
        << "RaggedRow@3:C; RaggedRow@4:D";
    QTest::newRow("problems in line order")
        << QByteArray("account,Nick\nu1\nu2,\"B\"o\nu3,\"C") << "1:account|Nick / 2:u1 / 3:u2|Bo / 4:u3|C"
        << "RaggedRow@2:B; TextAfterQuote@3:B; UnterminatedQuote@4:B";
    QTest::newRow("empty input") << QByteArray() << ""
                                 << "EmptyInput@1";
    QTest::newRow("only line breaks") << QByteArray("\r\n\r\n\n") << ""
                                      << "EmptyInput@1";
    QTest::newRow("header only") << QByteArray("account,Nick\n") << "1:account|Nick"
                                 << "NoDataRows@2";
    QTest::newRow("header and empty lines") << QByteArray("account,Nick\r\n\r\n\r\n") << "1:account|Nick"
                                            << "NoDataRows@2";
}

void TestSpreadsheetReader::rfc4180()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, rows);
    QFETCH(QString, problems);

    const SpreadsheetTable table = SpreadsheetReader::read(input);
    QCOMPARE(renderRows(table), rows);
    QCOMPARE(renderProblems(table), problems);
    QCOMPARE(table.hasProblems(), !problems.isEmpty());
}

void TestSpreadsheetReader::delimiters_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<SpreadsheetReader::Options>("options");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("problems");

    const SpreadsheetReader::Options detect;
    QTest::newRow("comma") << QByteArray("account,Nick\nu1,Anna; Bo\n") << detect << QChar(u',')
                           << "1:account|Nick / 2:u1|Anna; Bo"
                           << "";
    QTest::newRow("semicolon (Excel in German or French)")
        << QByteArray("account;Nick;Level\nu1;Anna, Jr.;3\n") << detect << QChar(u';')
        << "1:account|Nick|Level / 2:u1|Anna, Jr.|3"
        << "";
    QTest::newRow("tab (pasted cells)") << QByteArray("account\tNick\r\nu1\tAnna; Jr, x\r\n") << detect
                                        << QChar(u'\t') << "1:account|Nick / 2:u1|Anna; Jr, x"
                                        << "";
    QTest::newRow("delimiters inside quotes do not count")
        << QByteArray("\"a,b,c\";d\n1;2\n") << detect << QChar(u';') << "1:a,b,c|d / 2:1|2"
        << "";
    QTest::newRow("detected from the header, not from the rows")
        << QByteArray("account;Nick\nu1;a,b,c,d\n") << detect << QChar(u';')
        << "1:account|Nick / 2:u1|a,b,c,d"
        << "";
    QTest::newRow("one column") << QByteArray("account\nu1\nu2\n") << detect << QChar(u',')
                                << "1:account / 2:u1 / 3:u2"
                                << "";
    QTest::newRow("tie goes to semicolon over comma")
        << QByteArray("a,b;c\n1,2;3\n") << detect << QChar(u';') << "1:a,b|c / 2:1,2|3"
        << "";
    QTest::newRow("given, against the header's majority")
        << QByteArray("account,Nick;Level\nu1,x;3\n") << withDelimiter(';') << QChar(u';')
        << "1:account,Nick|Level / 2:u1,x|3"
        << "";
    QTest::newRow("given, a ragged row under it")
        << QByteArray("account|Nick\nu1|Anna|x\n") << withDelimiter('|') << QChar(u'|')
        << "1:account|Nick / 2:u1|Anna|x"
        << "RaggedRow@2:C";
    QTest::newRow("a quote cannot be the delimiter")
        << QByteArray("a\"b\n1\"2\n") << withDelimiter('"') << QChar() << ""
        << "BadDelimiter@1";
    QTest::newRow("a line break cannot be the delimiter")
        << QByteArray("a\nb\n") << withDelimiter('\n') << QChar() << ""
        << "BadDelimiter@1";
}

void TestSpreadsheetReader::delimiters()
{
    QFETCH(QByteArray, input);
    QFETCH(SpreadsheetReader::Options, options);
    QFETCH(QChar, delimiter);
    QFETCH(QString, rows);
    QFETCH(QString, problems);

    const SpreadsheetTable table = SpreadsheetReader::read(input, options);
    QCOMPARE(table.delimiter, delimiter);
    QCOMPARE(renderRows(table), rows);
    QCOMPARE(renderProblems(table), problems);
}

void TestSpreadsheetReader::unicode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<SpreadsheetReader::Options>("options");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("problems");

    const SpreadsheetReader::Options detect;
    const QString zhangWei = QStringLiteral(u"\u5F20\u4F1F");
    QTest::newRow("UTF-8 without BOM") << QByteArray("account,Nick\nu1,\xe5\xbc\xa0\xe4\xbc\x9f\n") << detect
                                       << "UTF-8" << QString("1:account|Nick / 2:u1|" + zhangWei) << "";
    QTest::newRow("UTF-8 with BOM (Excel's CSV UTF-8)")
        << QByteArray("\xef\xbb\xbf"
                      "account,Nick\r\nu1,\x5a\x6f\xc3\xab\r\n")
        << detect << "UTF-8" << QStringLiteral(u"1:account|Nick / 2:u1|Zo\u00EB") << "";
    // printf 'account\tNick\r\nu1\t张伟\r\n' | iconv -f UTF-8 -t UTF-16LE, after the BOM FF FE.
    QTest::newRow("UTF-16LE with BOM (Excel's Unicode text)") << QByteArray(
        "\xff\xfe\x61\x00\x63\x00\x63\x00\x6f\x00\x75\x00\x6e\x00\x74\x00\x09\x00\x4e\x00\x69\x00"
        "\x63\x00\x6b\x00\x0d\x00\x0a\x00\x75\x00\x31\x00\x09\x00\x20\x5f\x1f\x4f\x0d\x00\x0a\x00",
        2 + 42) << detect << "UTF-16LE" << QString("1:account|Nick / 2:u1|" + zhangWei)
                                                              << "";
    // The same with -t UTF-16BE, after the BOM FE FF.
    QTest::newRow("UTF-16BE with BOM") << QByteArray(
        "\xfe\xff\x00\x61\x00\x63\x00\x63\x00\x6f\x00\x75\x00\x6e\x00\x74\x00\x09\x00\x4e\x00\x69"
        "\x00\x63\x00\x6b\x00\x0d\x00\x0a\x00\x75\x00\x31\x00\x09\x5f\x20\x4f\x1f\x00\x0d\x00\x0a",
        2 + 42) << detect << "UTF-16BE" << QString("1:account|Nick / 2:u1|" + zhangWei)
                                       << "";
    QTest::newRow("a BOM wins over the encoding named")
        << QByteArray("\xef\xbb\xbf"
                      "account,Nick\nu1,\xe5\xbc\xa0\xe4\xbc\x9f\n")
        << withEncoding("GB18030") << "UTF-8" << QString("1:account|Nick / 2:u1|" + zhangWei) << "";
    QTest::newRow("UTF-16LE cut off in the middle of a character")
        << QByteArray("\xff\xfe\x61\x00\x2c\x00\x62\x00\x0a\x00\x63\x00\x2c\x00\x64", 2 + 13) << detect
        << "UTF-16LE"
        << ""
        << "NotInEncoding@2:B";
    QTest::newRow("UTF-16LE with a lone surrogate")
        << QByteArray("\xff\xfe\x61\x00\x2c\x00\x00\xd8\x0a\x00", 2 + 8) << detect << "UTF-16LE"
        << ""
        << "NotInEncoding@1:B";
    // printf 'a,b\nc' | iconv -f UTF-8 -t UTF-16LE: UTF-16 without a BOM looks like ASCII with NULs.
    QTest::newRow("UTF-16LE without BOM")
        << QByteArray("\x61\x00\x2c\x00\x62\x00\x0a\x00\x63\x00", 10) << detect << "UTF-8"
        << ""
        << "NulCharacter@1:A";
}

void TestSpreadsheetReader::unicode()
{
    QFETCH(QByteArray, input);
    QFETCH(SpreadsheetReader::Options, options);
    QFETCH(QString, encoding);
    QFETCH(QString, rows);
    QFETCH(QString, problems);

    const SpreadsheetTable table = SpreadsheetReader::read(input, options);
    QCOMPARE(table.encoding, encoding);
    QCOMPARE(renderRows(table), rows);
    QCOMPARE(renderProblems(table), problems);
}

void TestSpreadsheetReader::legacyEncodings_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("text");

    // printf '张伟' | iconv -f UTF-8 -t GB18030, and so on: what Excel writes on Chinese, Japanese
    // and Korean Windows when a sheet is saved as plain "CSV".
    QTest::newRow("GB18030") << QByteArray("\xd5\xc5\xce\xb0") << QByteArray("GB18030")
                             << QStringLiteral(u"\u5F20\u4F1F");
    QTest::newRow("Shift_JIS") << QByteArray("\x8e\x52\x93\x63\x91\xbe\x98\x59") << QByteArray("Shift_JIS")
                               << QStringLiteral(u"\u5C71\u7530\u592A\u90CE");
    QTest::newRow("EUC-KR") << QByteArray("\xb1\xe8\xb9\xce\xc1\xd8") << QByteArray("EUC-KR")
                            << QStringLiteral(u"\uAE40\uBBFC\uC900");
}

void TestSpreadsheetReader::legacyEncodings()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, encoding);
    QFETCH(QString, text);
    QVERIFY2(SpreadsheetReader::isKnownEncoding(encoding), "this Qt is built without ICU");

    // The legacy bytes sit in line 3, column B, after a row whose quoted cell spans two lines.
    const QByteArray input = "account,Nick\nu1,\"two\nlines\"\nu2," + encoded + "\n";

    const SpreadsheetTable refused = SpreadsheetReader::read(input);
    QCOMPARE(renderProblems(refused), QStringLiteral("NotUtf8@3:B"));
    QVERIFY(refused.rows.isEmpty());

    const SpreadsheetTable decoded = SpreadsheetReader::read(input, withEncoding(encoding.constData()));
    QCOMPARE(renderProblems(decoded), QString());
    QCOMPARE(renderRows(decoded), QString("1:account|Nick / 2:u1|two\\nlines / 3:u2|" + text));
}

void TestSpreadsheetReader::everyProblemSaysWhatToDo_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<SpreadsheetReader::Options>("options");
    QTest::addColumn<QString>("problems");

    const SpreadsheetReader::Options detect;
    QTest::newRow("empty") << QByteArray() << detect << "EmptyInput@1";
    QTest::newRow("header only") << QByteArray("account\n") << detect << "NoDataRows@2";
    QTest::newRow("not UTF-8") << QByteArray("account\n\xd5\xc5\n") << detect << "NotUtf8@2:A";
    QTest::newRow("not Shift_JIS") << QByteArray("account\nu1\xff\n") << withEncoding("Shift_JIS")
                                   << "NotInEncoding@2:A";
    QTest::newRow("unknown encoding")
        << QByteArray("account\nu1\n") << withEncoding("no-such-encoding") << "UnknownEncoding@1";
    QTest::newRow("NUL") << QByteArray("account,Nick\nu1,a\0b\n", 20) << detect << "NulCharacter@2:B";
    QTest::newRow("bad delimiter") << QByteArray("account\n") << withDelimiter('\r') << "BadDelimiter@1";
    QTest::newRow("unterminated quote") << QByteArray("account\n\"u1\n") << detect << "UnterminatedQuote@2:A";
    QTest::newRow("text after quote") << QByteArray("account\n\"u1\"2\n") << detect << "TextAfterQuote@2:A";
    QTest::newRow("too few cells") << QByteArray("account,Nick\nu1\n") << detect << "RaggedRow@2:B";
    QTest::newRow("too many cells") << QByteArray("account\nu1,x\n") << detect << "RaggedRow@2:B";
}

void TestSpreadsheetReader::everyProblemSaysWhatToDo()
{
    QFETCH(QByteArray, input);
    QFETCH(SpreadsheetReader::Options, options);
    QFETCH(QString, problems);

    const SpreadsheetTable table = SpreadsheetReader::read(input, options);
    QCOMPARE(renderProblems(table), problems);
    const QString message = table.problems.constFirst().message;
    // A sentence saying what is wrong, then one saying what to do.
    QVERIFY2(message.count(QLatin1Char('.')) >= 2, qPrintable(message));
}

void TestSpreadsheetReader::notUtf8NamesExcelsUtf8Option()
{
    const SpreadsheetTable table = SpreadsheetReader::read(QByteArray("account\n\xd5\xc5\n"));
    QCOMPARE(table.problems.size(), 1);
    QVERIFY2(table.problems.constFirst().message.contains(QLatin1String("CSV UTF-8")),
        qPrintable(table.problems.constFirst().message));
}

void TestSpreadsheetReader::columnNames_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("name");

    QTest::newRow("1") << 1 << "A";
    QTest::newRow("2") << 2 << "B";
    QTest::newRow("26") << 26 << "Z";
    QTest::newRow("27") << 27 << "AA";
    QTest::newRow("52") << 52 << "AZ";
    QTest::newRow("53") << 53 << "BA";
    QTest::newRow("702") << 702 << "ZZ";
    QTest::newRow("703") << 703 << "AAA";
    QTest::newRow("16384, Excel's last") << 16384 << "XFD";
}

void TestSpreadsheetReader::columnNames()
{
    QFETCH(int, column);
    QFETCH(QString, name);
    QCOMPARE(SpreadsheetReader::columnName(column), name);
}

void TestSpreadsheetReader::location()
{
    SpreadsheetProblem problem { SpreadsheetProblem::RaggedRow, 7, 28, {} };
    QCOMPARE(SpreadsheetReader::location(problem), QStringLiteral("Line 7, column AB"));
    problem.column = 0;
    QCOMPARE(SpreadsheetReader::location(problem), QStringLiteral("Line 7"));
}

// Cells are views into the table's text: a row kept after the table is gone still holds its own
// copy of that text, and the quotes taken out of one cell never shift its neighbours.
void TestSpreadsheetReader::rowsOutliveTheirTable()
{
    SpreadsheetRow kept;
    {
        const SpreadsheetTable table = SpreadsheetReader::read(
            QByteArrayLiteral("account,Nick,Tag\r\n\"u\"\"1\",\"a \"\"b\"\"\",x\r\nu2,\"\",\"\"\"\"\r\n"));
        QVERIFY(!table.hasProblems());
        kept = table.rows.at(0);
        QCOMPARE(table.rows.at(1).cells, QStringList({ "u2", "", "\"" }));
    }
    QCOMPARE(kept.cells.size(), 3);
    QCOMPARE(kept.cells.at(0), QStringLiteral("u\"1"));
    QVERIFY(kept.cells.view(1) == QStringLiteral("a \"b\""));
    QCOMPARE(kept.cells.at(2), QStringLiteral("x"));
    QCOMPARE(kept.cells.mid(1), QStringList({ "a \"b\"", "x" }));
    QVERIFY(kept.cells == kept.cells.toStringList());
}

QTEST_GUILESS_MAIN(TestSpreadsheetReader)
#include "tst_spreadsheetreader.moc"
