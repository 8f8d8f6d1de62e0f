// The progress line of long commands (issue #12: "a progress line redrawn on a terminal, plain
// periodic lines when stderr is not a terminal, nothing with --quiet"), on a string stream.
#include "cli/progressline.h"

#include <QTest>
#include <QTextStream>

using namespace std::chrono_literals;

class TestProgressLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aTerminalLineIsRedrawnInPlaceAndEndsWithANewline()
    {
        QString text;
        QTextStream stream(&text);
        ProgressLine line(stream, ProgressLine::Mode::Terminal);
        line.show(QStringLiteral("1/10 done"));
        line.show(QStringLiteral("2/10"));
        QCOMPARE(text, QStringLiteral("\r1/10 done\r2/10     ")); // the longer line's rest is blanked
        line.finish();
        QCOMPARE(text, QStringLiteral("\r1/10 done\r2/10     \n"));
    }

    void plainLinesComeAtMostEveryIntervalAndTheLastOneAtTheEnd()
    {
        QString text;
        QTextStream stream(&text);
        ProgressLine line(stream, ProgressLine::Mode::Plain, 1h);
        line.show(QStringLiteral("1/3"));
        line.show(QStringLiteral("2/3"));
        line.show(QStringLiteral("3/3"));
        QCOMPARE(text, QStringLiteral("1/3\n"));
        line.finish();
        QCOMPARE(text, QStringLiteral("1/3\n3/3\n"));
        QVERIFY(!text.contains(QLatin1Char('\r')));

        QString often;
        QTextStream oftenStream(&often);
        ProgressLine everyTime(oftenStream, ProgressLine::Mode::Plain, 0ms);
        everyTime.show(QStringLiteral("a"));
        everyTime.show(QStringLiteral("b"));
        everyTime.show(QStringLiteral("b")); // the same state again is not news
        everyTime.finish(); // "b" is already out: not repeated
        QCOMPARE(often, QStringLiteral("a\nb\n"));
    }

    void quietPrintsNothing()
    {
        QString text;
        QTextStream stream(&text);
        ProgressLine line(stream, ProgressLine::Mode::Quiet);
        line.show(QStringLiteral("1/3"));
        line.finish();
        QCOMPARE(text, QString());
    }

    void aFinishedLineStartsAfreshForTheNextPhase()
    {
        QString text;
        QTextStream stream(&text);
        ProgressLine line(stream, ProgressLine::Mode::Plain, 1h);
        line.show(QStringLiteral("reading 1/2"));
        line.finish();
        line.show(QStringLiteral("writing 1/2"));
        QCOMPARE(text, QStringLiteral("reading 1/2\nwriting 1/2\n"));
    }
};

QTEST_GUILESS_MAIN(TestProgressLine)
#include "tst_progressline.moc"
