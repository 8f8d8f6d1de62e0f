// PlanPreview over real loopback HTTP against the Sandbox's service: what a bulk edit would change,
// read in paced chunks of at most 100 accounts, and the WriteJob it becomes.
#include "jobfixture.h"

#include "api/profileapi.h"
#include "api/restclient.h"
#include "bulk/callpacer.h"
#include "bulk/changeplan.h"
#include "jobs/planpreview.h"
#include "jobs/profilevalues.h"
#include "spreadsheet/spreadsheetreader.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace JobFixture;

namespace {

const QString Nope = QStringLiteral("Tag_Profile_Custom_Nope"); // not configured: 40009

QJsonValue undefined()
{
    return QJsonValue(QJsonValue::Undefined);
}

QStringList tagListOf(const TestHttpServer::Request &request)
{
    QStringList tags;
    for (const QJsonValue &tag : bodyOf(request).value(QLatin1String("TagList")).toArray()) {
        tags.append(tag.toString());
    }
    return tags;
}

QStringList accountsOf(const TestHttpServer::Request &request)
{
    QStringList accounts;
    for (const QJsonValue &account : bodyOf(request).value(QLatin1String("To_Account")).toArray()) {
        accounts.append(account.toString());
    }
    return accounts;
}

} // namespace

class TestPlanPreview final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    ElapsedTimerClock m_clock;

    std::unique_ptr<RestClient> client()
    {
        auto client = std::make_unique<RestClient>(&m_network);
        client->setRetryPolicy({ 1, std::chrono::milliseconds(10), std::chrono::milliseconds(10) });
        return client;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Digit grouping as an English user sees it (the C locale of the test runs has none).
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void summaryTextGroupsDigitsAndCountsEachKind()
    {
        PreviewTotals totals;
        totals.accountsToChange = 1180;
        totals.fieldsToChange = 2360;
        totals.alreadyAsAsked = 15;
        totals.missingAccounts = 5;
        QCOMPARE(totals.summaryText(),
            QStringLiteral(
                "1,180 accounts will change (2,360 fields); 15 already as asked; 5 accounts do not exist"));
        totals = {};
        totals.accountsToChange = 1;
        totals.fieldsToChange = 1;
        totals.refusedTags = 1;
        totals.skipped = 2;
        QCOMPARE(totals.summaryText(),
            QStringLiteral("1 account will change (1 field); 0 already as asked; 1 field the server refuses; "
                           "2 invalid rows left out"));
    }

    void valuesCompareByFieldType()
    {
        QVERIFY(ProfileValues::holds(Level, QJsonValue(1), QJsonValue(1.0)));
        QVERIFY(ProfileValues::holds(Level, QJsonValue(QStringLiteral("1")), QJsonValue(1)));
        QVERIFY(ProfileValues::holds(Level, undefined(), QJsonValue(0)));
        QVERIFY(!ProfileValues::holds(Level, undefined(), QJsonValue(3)));
        QVERIFY(!ProfileValues::holds(Level, QJsonValue(2), QJsonValue(3)));
        QVERIFY(ProfileValues::holds(Nick, QJsonValue(QStringLiteral("a")), QJsonValue(QStringLiteral("a"))));
        QVERIFY(!ProfileValues::holds(Nick, QJsonValue(QStringLiteral("1")), QJsonValue(1)));
        QVERIFY(ProfileValues::holds(Nick, undefined(), QJsonValue(QString())));
        QVERIFY(!ProfileValues::holds(Nick, undefined(), QJsonValue(QStringLiteral("x"))));
        // A choice the server does not return holds its documented default, as it reads in the app.
        const QString gender = QStringLiteral("Tag_Profile_IM_Gender");
        QVERIFY(ProfileValues::holds(gender, undefined(), QJsonValue(QStringLiteral("Gender_Type_Unknown"))));
        QVERIFY(!ProfileValues::holds(gender, undefined(), QJsonValue(QStringLiteral("Gender_Type_Female"))));
    }

    // The issue's preview: changes old → new, fields already equal, a missing account, a tag the
    // server refuses, and more than 100 accounts read in chunks naming only their rows' tags.
    void previewDiffsAgainstTheSandbox()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        const QStringList accounts = numberedAccounts(QStringLiteral("u"), 230);
        backend.addAccounts(accounts);
        for (const QString &account : accounts) {
            backend.store().setItems(account, { { Nick, QStringLiteral("Old") } });
        }
        for (int i = 0; i < 10; ++i) {
            backend.store().setItems(accounts.at(i), { { Level, 3 } });
        }

        QByteArray csv = "account,Nick,Level,Tag_Profile_Custom_Nope\n";
        for (int i = 0; i < accounts.size(); ++i) {
            const QByteArray nick = i >= 20 && i < 25 ? "Old" : "New";
            const QByteArray level = i < 20 ? "3" : "";
            const QByteArray nope = i == 149 ? "x" : "";
            csv += accounts.at(i).toUtf8() + ',' + nick + ',' + level + ',' + nope + '\n';
        }
        csv += "ghost,New,,\n";
        const ChangePlan plan = ChangePlanBuilder::fromTable(SpreadsheetReader::read(csv));
        QVERIFY2(!plan.hasProblems(), qPrintable(plan.problems().value(0).message));

        auto rest = client();
        CallPacer pacer(m_clock, 200);
        PlanPreview preview(rest.get(), &pacer, [&backend] { return backend.context(); });
        QSignalSpy finished(&preview, &PlanPreview::finished);
        QSignalSpy failed(&preview, &PlanPreview::failed);
        QVERIFY(preview.start(plan, ChangePlan::InvalidRows::Refuse));
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.count(), 0);

        // Chunks of at most 100 accounts, each asking only for the tags its rows name: Level only
        // for the first 100, Nope only for the chunk holding u0150 (refused, then asked alone).
        const QList<TestHttpServer::Request> gets = backend.requestsTo(QStringLiteral("portrait_get"));
        QCOMPARE(gets.size(), 5);
        QCOMPARE(accountsOf(gets.at(0)), accounts.mid(0, 100));
        QCOMPARE(tagListOf(gets.at(0)), (QStringList { Nick, Level }));
        QCOMPARE(accountsOf(gets.at(1)), accounts.mid(100, 100));
        QCOMPARE(tagListOf(gets.at(1)), (QStringList { Nick, Nope }));
        QCOMPARE(accountsOf(gets.at(2)), QStringList { accounts.at(100) });
        QCOMPARE(tagListOf(gets.at(2)), QStringList { Nope });
        QCOMPARE(accountsOf(gets.at(3)), accounts.mid(100, 100));
        QCOMPARE(tagListOf(gets.at(3)), QStringList { Nick });
        QCOMPARE(accountsOf(gets.at(4)), accounts.mid(200, 30) + QStringList { QStringLiteral("ghost") });
        QCOMPARE(tagListOf(gets.at(4)), QStringList { Nick });
        QVERIFY(backend.requestsTo(QStringLiteral("portrait_set")).isEmpty());

        const QList<PreviewRow> &rows = preview.rows();
        QCOMPARE(rows.size(), 231);
        // Level already 3: equal, not sent; Nick changes.
        QCOMPARE(rows.at(0).line, 2);
        QCOMPARE(rows.at(0).changes,
            (QList<FieldChange> { { Nick, QStringLiteral("Old"), QStringLiteral("New") } }));
        QCOMPARE(rows.at(0).alreadyEqual, (QList<FieldChange> { { Level, 3, 3 } }));
        // Level not set: old is Undefined.
        QCOMPARE(rows.at(10).changes,
            (QList<FieldChange> {
                { Nick, QStringLiteral("Old"), QStringLiteral("New") }, { Level, undefined(), 3 } }));
        QVERIFY(rows.at(22).changes.isEmpty());
        QCOMPARE(rows.at(22).alreadyEqual.size(), 1);
        QCOMPARE(rows.at(149).refusedTags, QStringList { Nope });
        QVERIFY(rows.at(230).accountMissing);
        QCOMPARE(rows.at(230).account, QStringLiteral("ghost"));

        const PreviewTotals totals = preview.totals();
        QCOMPARE(totals.accountsToChange, 224);
        QCOMPARE(totals.fieldsToChange, 234);
        QCOMPARE(totals.alreadyAsAsked, 5);
        QCOMPARE(totals.missingAccounts, 1);
        QCOMPARE(totals.refusedTags, 1);
        QCOMPARE(totals.summaryText(),
            QStringLiteral(
                "224 accounts will change (234 fields); 5 already as asked; 1 account does not exist; "
                "1 field the server refuses"));

        const WriteJob job = preview.job();
        QCOMPARE(job.rows.size(), 231);
        QVERIFY(job.target == RequestTarget::of(backend.context()));
        QCOMPARE(job.regionId, QStringLiteral("sandbox"));
        QCOMPARE(job.rate, 200);
        QCOMPARE(job.rows.at(0).state, RowState::Pending);
        QCOMPARE(job.rows.at(0).changes, rows.at(0).changes); // only the differing field
        QCOMPARE(job.rows.at(22).state, RowState::Unchanged);
        QCOMPARE(job.rows.at(149).state, RowState::Failed);
        QCOMPARE(job.rows.at(149).reason, QStringLiteral("tag-refused"));
        QCOMPARE(job.rows.at(230).state, RowState::Failed);
        QCOMPARE(job.rows.at(230).reason, QStringLiteral("account-missing"));
        for (int i = 0; i < job.rows.size(); ++i) {
            QCOMPARE(job.rows.at(i).index, i);
        }
        const JobTotals jobTotals = job.totals();
        QCOMPARE(jobTotals.pending, 224);
        QCOMPARE(jobTotals.unchanged, 5);
        QCOMPARE(jobTotals.failed, 2);
    }

    void skippedRowsBecomeSkippedJobRowsInInputOrder()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        backend.addAccounts({ QStringLiteral("a"), QStringLiteral("c") });
        const ChangePlan plan = ChangePlanBuilder::fromTable(
            SpreadsheetReader::read("account,Level\na,1\nb,notanumber\nc,2\n"));
        QVERIFY(plan.hasProblems());

        auto rest = client();
        CallPacer pacer(m_clock);
        PlanPreview preview(rest.get(), &pacer, [&backend] { return backend.context(); });
        QSignalSpy finished(&preview, &PlanPreview::finished);
        QVERIFY(preview.start(plan, ChangePlan::InvalidRows::Skip));
        QVERIFY(finished.wait(5000));
        QCOMPARE(preview.totals().skipped, 1);
        const WriteJob job = preview.job();
        QCOMPARE(job.rows.size(), 3);
        QCOMPARE(job.rows.at(1).account, QStringLiteral("b"));
        QCOMPARE(job.rows.at(1).state, RowState::Skipped);
        QCOMPARE(job.rows.at(1).line, 3);
        QCOMPARE(job.rows.at(2).state, RowState::Pending);
        QCOMPARE(job.rows.at(2).index, 2);
    }

    // Every read waits for the pacer: at 10 calls/s, reads arrive ~102 ms apart, not at once.
    void everyReadIsPaced()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        const QStringList accounts = numberedAccounts(QStringLiteral("p"), 450);
        backend.addAccounts(accounts);
        const ChangePlan plan
            = ChangePlanBuilder::fromAccounts(accounts.join(QLatin1Char('\n')), { QStringLiteral("Nick=x") });
        QVERIFY(!plan.hasProblems());

        auto rest = client();
        CallPacer pacer(m_clock, 10);
        PlanPreview preview(rest.get(), &pacer, [&backend] { return backend.context(); });
        QSignalSpy finished(&preview, &PlanPreview::finished);
        QVERIFY(preview.start(plan, ChangePlan::InvalidRows::Refuse));
        QVERIFY(finished.wait(5000));
        const QList<TestHttpServer::Request> gets = backend.requestsTo(QStringLiteral("portrait_get"));
        QCOMPARE(gets.size(), 5);
        for (int i = 1; i < gets.size(); ++i) {
            const auto gap = gets.at(i).arrivedAt - gets.at(i - 1).arrivedAt;
            QVERIFY2(
                gap >= std::chrono::milliseconds(70), qPrintable(QString::number(gap.count() / 1000000)));
        }
        QCOMPARE(preview.totals().accountsToChange, 450);
    }

    void transientReadFailuresAreRetriedAndRateLimitsSlowDown()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        backend.addAccounts({ QStringLiteral("a") });
        int calls = 0;
        backend.setInterceptor([&calls](const TestHttpServer::Request &, TestHttpServer::Response *response) {
            ++calls;
            if (calls == 1) {
                *response = TestHttpServer::Response::json(
                    R"({"ActionStatus":"FAIL","ErrorCode":60011,"ErrorInfo":"","ErrorDisplay":""})");
                return true;
            }
            if (calls == 2) {
                *response = TestHttpServer::Response::drop();
                return true;
            }
            return false;
        });
        const ChangePlan plan = ChangePlanBuilder::fromAccounts(u"a", { QStringLiteral("Nick=x") });
        auto rest = client();
        CallPacer pacer(m_clock, 100);
        PlanPreview preview(rest.get(), &pacer, [&backend] { return backend.context(); });
        preview.setRetryPolicy({ 2, std::chrono::milliseconds(10), std::chrono::milliseconds(20) });
        QSignalSpy finished(&preview, &PlanPreview::finished);
        QVERIFY(preview.start(plan, ChangePlan::InvalidRows::Refuse));
        QVERIFY(finished.wait(5000));
        QCOMPARE(calls, 3);
        QVERIFY(pacer.currentRate() < 100);
        QCOMPARE(preview.totals().accountsToChange, 1);
    }

    void aChangedConnectionFailsThePreview()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        backend.addAccounts(numberedAccounts(QStringLiteral("c"), 150));
        const ChangePlan plan = ChangePlanBuilder::fromAccounts(
            numberedAccounts(QStringLiteral("c"), 150).join(QLatin1Char('\n')), { QStringLiteral("Nick=x") });
        auto rest = client();
        CallPacer pacer(m_clock);
        int asked = 0;
        PlanPreview preview(rest.get(), &pacer, [&] {
            RequestContext context = backend.context();
            if (++asked > 2) {
                context.target.identifier = QStringLiteral("someone_else");
            }
            return context;
        });
        QSignalSpy failed(&preview, &PlanPreview::failed);
        QVERIFY(preview.start(plan, ChangePlan::InvalidRows::Refuse));
        QVERIFY(failed.wait(5000));
        QCOMPARE(backend.requestsTo(QStringLiteral("portrait_get")).size(), 1);
        QVERIFY(!preview.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestPlanPreview)
#include "tst_planpreview.moc"
