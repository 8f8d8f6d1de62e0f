// The catalogue covers every code of the API reference, each with texts a translator can reach,
// retries exactly the transient codes, and sharpens its explanation with what it knows about the
// request.
#include "errors/errorcatalogue.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>
#include <QTranslator>

namespace {

// Marks every string it translates, proving the catalogue routes its texts through Qt's
// translation machinery instead of returning the source strings directly.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "ErrorCatalogue") != 0) {
            return {};
        }
        return QStringLiteral("\u00bb") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

QList<int> range(int first, int last)
{
    QList<int> result;
    for (int code = first; code <= last; ++code) {
        result.append(code);
    }
    return result;
}

} // namespace

class TestErrorCatalogue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coversEveryCodeOfTheReference()
    {
        // Profile codes of 1047/34916 and 1047/34917, public codes
        // (https://intl.cloud.tencent.com/document/product/1047/34348) 60002–60021, the 70xxx list and
        // 80001/80002.
        QList<int> expected { 40001, 40002, 40003, 40004, 40005, 40006, 40007, 40008, 40009, 40601, 40605,
            40610 };
        expected += range(60002, 60021);
        expected += { 70001, 70002, 70003, 70005, 70009, 70013, 70014, 70016, 70020, 70050, 70051, 70052,
            70107, 70114, 70169, 70202, 70206, 70398, 70402, 70403, 70500, 71000, 80001, 80002 };
        QCOMPARE(ErrorCatalogue::codes(), expected);
        for (int code : expected) {
            QVERIFY2(ErrorCatalogue::find(code), qPrintable(QString::number(code)));
            QCOMPARE(ErrorCatalogue::find(code)->code, code);
        }
        QVERIFY(!ErrorCatalogue::find(0));
        QVERIFY(!ErrorCatalogue::find(60022));
        QVERIFY(!ErrorCatalogue::find(99999));
    }

    void everyEntryHasTranslatableTexts()
    {
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        for (int code : ErrorCatalogue::codes()) {
            const ErrorEntry *entry = ErrorCatalogue::find(code);
            QVERIFY(qstrlen(entry->title) > 0);
            QVERIFY(qstrlen(entry->explanation) > 0);
            QVERIFY(qstrlen(entry->nextStep) > 0);
            QVERIFY(qstrlen(entry->serverInfo) > 0);
            const Explanation explanation = ErrorCatalogue::explain(code);
            QVERIFY(explanation.known);
            const QString what = QString::number(code);
            QVERIFY2(explanation.title.startsWith(QStringLiteral("\u00bb")), qPrintable(what));
            QVERIFY2(explanation.explanation.contains(QStringLiteral("\u00bb")), qPrintable(what));
            QVERIFY2(explanation.nextStep.startsWith(QStringLiteral("\u00bb")), qPrintable(what));
        }
        QCoreApplication::removeTranslator(&translator);
    }

    void retriesExactlyInternalErrorsAndRateLimits()
    {
        const QSet<int> transient { 40006, 70169, 70202, 70500, 60007, 60011, 60018, 60019 };
        for (int code : ErrorCatalogue::codes()) {
            QCOMPARE(ErrorCatalogue::isRetryable(code), transient.contains(code));
        }
        QVERIFY(!ErrorCatalogue::isRetryable(0));
        QVERIFY(!ErrorCatalogue::isRetryable(12345));
    }

    void rateLimitCodesAreTheFourFrequencyLimitsAndRetryable()
    {
        // The list (#12): the frequency limits a bulk job slows down for.
        QCOMPARE(ErrorCatalogue::rateLimitCodes(), (QList<int> { 60007, 60011, 60018, 60019 }));
        for (int code : ErrorCatalogue::codes()) {
            QCOMPARE(ErrorCatalogue::meansRateLimit(code), ErrorCatalogue::rateLimitCodes().contains(code));
            if (ErrorCatalogue::meansRateLimit(code)) {
                QVERIFY(ErrorCatalogue::isRetryable(code));
            }
        }
        QVERIFY(!ErrorCatalogue::meansRateLimit(40006));
    }

    void serverInfoMatchesTheDocumentedExample()
    {
        QCOMPARE(ErrorCatalogue::serverInfo(40001), QStringLiteral("Err_Profile_Comm_Decode_Fail"));
        QCOMPARE(
            ErrorCatalogue::serverInfo(70107), QStringLiteral("Err_TLS_PT_Open_Login_Account_Not_Exist"));
        QVERIFY(ErrorCatalogue::serverInfo(12345).isEmpty());
    }

    void unknownCodeStillShowsRawCodeAndText()
    {
        DiagnosisContext context;
        context.serverErrorInfo = QStringLiteral("Err_Something_New");
        const Explanation explanation = ErrorCatalogue::explain(91234, context);
        QVERIFY(!explanation.known);
        QVERIFY(explanation.title.contains(QStringLiteral("91234")));
        QVERIFY(explanation.explanation.contains(QStringLiteral("91234")));
        QVERIFY(explanation.explanation.contains(QStringLiteral("Err_Something_New")));
        QVERIFY(!explanation.nextStep.isEmpty());
    }

    void wrongRegionCodesAreTheDocumentedOnes()
    {
        // 70016/70020 "check the SDKAppID and the data centre"; 60006 "SDKAppID invalid; check it"
        // (https://cloud.tencent.com/document/product/269/1671) is about the SDKAppID, not the region.
        QCOMPARE(ErrorCatalogue::wrongRegionCodes(), (QList<int> { 70016, 70020 }));
        QVERIFY(!ErrorCatalogue::meansWrongRegion(60006));
        DiagnosisContext context;
        context.regionName = QStringLiteral("Frankfurt");
        QVERIFY(!ErrorCatalogue::explain(60006, context).explanation.contains(QStringLiteral("Frankfurt")));
    }

    void wrongRegionNamesTheRegionPicked_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("70016") << 70016;
        QTest::newRow("70020") << 70020;
    }

    void wrongRegionNamesTheRegionPicked()
    {
        QFETCH(int, code);
        DiagnosisContext context;
        context.regionName = QStringLiteral("Frankfurt");
        const Explanation explanation = ErrorCatalogue::explain(code, context);
        QVERIFY2(explanation.explanation.contains(QStringLiteral("another region")),
            qPrintable(explanation.explanation));
        QVERIFY(explanation.explanation.contains(QStringLiteral("Frankfurt")));
        QVERIFY(ErrorCatalogue::explain(code).explanation.contains(QStringLiteral("another region")));
    }

    void identifierMismatchComparesWithTheSignedIdentifier()
    {
        DiagnosisContext context;
        context.signedIdentifier = QStringLiteral("administrator");
        context.requestIdentifier = QStringLiteral("admin");
        const QString text = ErrorCatalogue::explain(70013, context).explanation;
        QVERIFY2(
            text.contains(QStringLiteral("administrator")) && text.contains(QStringLiteral("admin\u201d")),
            qPrintable(text));

        context.requestIdentifier = context.signedIdentifier;
        const QString same = ErrorCatalogue::explain(70013, context).explanation;
        QVERIFY2(same.contains(QStringLiteral("same identifier")), qPrintable(same));
    }

    void sdkAppIdMismatchComparesWithTheSignedSdkAppId()
    {
        DiagnosisContext context;
        context.signedSdkAppId = 1400000000;
        context.requestSdkAppId = 1400000001;
        const QString text = ErrorCatalogue::explain(70014, context).explanation;
        QVERIFY2(text.contains(QStringLiteral("1400000000")) && text.contains(QStringLiteral("1400000001")),
            qPrintable(text));
        const QString unknown = ErrorCatalogue::explain(70014).explanation;
        QVERIFY2(unknown.contains(QStringLiteral("Check which SDKAppID")), qPrintable(unknown));
    }

    void fieldErrorsNameTheTag()
    {
        DiagnosisContext context;
        context.tag = QStringLiteral("Tag_Profile_Custom_Hobby");
        const QString missing = ErrorCatalogue::explain(40009, context).explanation;
        QVERIFY2(missing.contains(context.tag) && missing.contains(QStringLiteral("not created"))
                && missing.contains(QStringLiteral("misspelled")),
            qPrintable(missing));
        const QString readOnly = ErrorCatalogue::explain(40008, context).explanation;
        QVERIFY2(readOnly.contains(context.tag) && readOnly.contains(QStringLiteral("not writable")),
            qPrintable(readOnly));
    }

    void ipAllowlistIsNamed()
    {
        const QString text = ErrorCatalogue::explain(60021).explanation;
        QVERIFY2(text.contains(QStringLiteral("allowlist")) && text.contains(QStringLiteral("IP")),
            qPrintable(text));
    }

    void successIsNotAnError()
    {
        const Explanation explanation = ErrorCatalogue::explain(0);
        QVERIFY(explanation.known);
        QVERIFY(!explanation.title.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestErrorCatalogue)
#include "tst_errorcatalogue.moc"
