#include "spreadsheet/csvwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formulaCellsGetALeadingQuote_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << QStringLiteral("=cmd|' /C calc'!A0")
                                << QStringLiteral("'=cmd|' /C calc'!A0");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("plain") << QStringLiteral("Alice = Bob") << QStringLiteral("Alice = Bob");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("quote") << QStringLiteral("'=x") << QStringLiteral("'=x");
    }
    void formulaCellsGetALeadingQuote()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(CsvCells::escapeFormula(cell), written);
    }

    void rowsAreQuotedAsRfc4180Says()
    {
        QCOMPARE(CsvCells::row({ QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\""),
                     QStringLiteral("two\nlines"), QStringLiteral("=1,2") }),
            QByteArray("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\"'=1,2\"\r\n"));
        QCOMPARE(CsvCells::row({ QStringLiteral("昵称") }), QByteArray("\xE6\x98\xB5\xE7\xA7\xB0\r\n"));
    }

    void documentStartsWithABomAndTheHeader()
    {
        const QByteArray csv = CsvCells::document({ QStringLiteral("account"), QStringLiteral("new") },
            { { QStringLiteral("u1"), QStringLiteral("@x") } });
        QCOMPARE(csv,
            QByteArray("\xEF\xBB\xBF"
                       "account,new\r\nu1,'@x\r\n"));
    }

    void fileIsPrivateAndReplacedWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out/history.csv"));
        QString error;
        QVERIFY2(CsvFile::write(path, "first\r\n", &error), qPrintable(error));
        QVERIFY2(CsvFile::write(path, "second\r\n", &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("second\r\n"));
        QCOMPARE(file.permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther),
            QFileDevice::Permissions());
    }

    void unwritablePlaceIsReported()
    {
        QString error;
        QVERIFY(!CsvFile::write(QStringLiteral("/proc/no/such/place.csv"), "x", &error));
        QVERIFY2(error.contains(QStringLiteral("/proc/no/such/place.csv")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
