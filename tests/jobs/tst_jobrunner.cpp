// JobRunner over real loopback HTTP: against the Sandbox's service behind a TestHttpServer (which
// sees every request and when it arrived), and against the whole Sandbox server with injected
// faults. The store and the history are real SQLite files in a temporary folder.
#include "jobfixture.h"

#include "api/restclient.h"
#include "bulk/callpacer.h"
#include "errors/errorcatalogue.h"
#include "history/changehistory.h"
#include "jobs/jobrunner.h"
#include "jobs/jobstore.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace JobFixture;

namespace {

QJsonValue undefined()
{
    return QJsonValue(QJsonValue::Undefined);
}

QString newNick(const QString &account)
{
    return QStringLiteral("N-") + account;
}

// One row per account: Nick (and Level, when levels) from not set to the planned values.
WriteJob jobFor(const QStringList &accounts, const RequestContext &context, bool levels = false)
{
    WriteJob job;
    job.kind = WriteJob::Kind::Bulk;
    job.createdAt = QDateTime::currentDateTimeUtc();
    job.target = RequestTarget::of(context);
    job.regionId = context.regionId;
    job.source = QStringLiteral("test");
    job.rate = CallPacer::DefaultRate;
    for (int i = 0; i < accounts.size(); ++i) {
        JobRow row;
        row.index = i;
        row.line = i + 2;
        row.account = accounts.at(i);
        row.changes.append({ Nick, undefined(), newNick(accounts.at(i)) });
        if (levels) {
            row.changes.append({ Level, undefined(), 7 });
        }
        job.rows.append(row);
    }
    return job;
}

TestHttpServer::Response apiError(int code)
{
    return TestHttpServer::Response::json(
        QJsonDocument(SandboxService::envelope(code)).toJson(QJsonDocument::Compact));
}

QString fromAccountOf(const TestHttpServer::Request &request)
{
    return bodyOf(request).value(QLatin1String("From_Account")).toString();
}

} // namespace

class TestJobRunner final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    ElapsedTimerClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<ChangeHistory> m_history;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<CallPacer> m_pacer;

    // A runner as the console builds one: the client never retries, the runner does.
    std::unique_ptr<JobRunner> runner(std::function<RequestContext()> context, int maxAttempts = 3)
    {
        auto runner = std::make_unique<JobRunner>(
            m_client.get(), m_store.get(), m_history.get(), m_pacer.get(), std::move(context));
        JobRunner::Options options;
        options.retry = { maxAttempts, std::chrono::milliseconds(5), std::chrono::milliseconds(20) };
        runner->setOptions(options);
        return runner;
    }

    WriteJob stored(WriteJob job)
    {
        if (!m_store->create(job)) {
            qFatal("cannot store the job: %s", qPrintable(m_store->errorString()));
        }
        return job;
    }

    // Runs job to its end; the End it finished with.
    static JobRunner::End run(JobRunner &runner, const WriteJob &job, int timeoutMs = 15000)
    {
        QSignalSpy finished(&runner, &JobRunner::finished);
        if (!runner.start(job)) {
            qWarning("the job did not start");
            return JobRunner::End::Stopped;
        }
        if (!finished.wait(timeoutMs)) {
            qWarning("the job did not finish");
            return JobRunner::End::Stopped;
        }
        return finished.at(0).at(0).value<JobRunner::End>();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<JobStore>(m_dir->filePath(QStringLiteral("jobs.sqlite")));
        m_history = std::make_unique<ChangeHistory>(m_dir->filePath(QStringLiteral("history.sqlite")));
        m_client = std::make_unique<RestClient>(&m_network);
        m_client->setRetryPolicy({ 1, std::chrono::milliseconds(5), std::chrono::milliseconds(5) });
        m_client->setTimeout(std::chrono::milliseconds(3000));
        m_pacer = std::make_unique<CallPacer>(m_clock, ProfileApi::MaxCallsPerSecond);
    }

    void writesEveryRowOnceWithOnlyItsChangesAndReadsThemBack()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        const QStringList accounts = numberedAccounts(QStringLiteral("w"), 120);
        backend.addAccounts(accounts);
        WriteJob job = jobFor(accounts, backend.context(), true);
        job.rows[5].changes.removeLast(); // only Nick for this one
        job = stored(job);

        auto jobRunner = runner([&backend] { return backend.context(); });
        QSignalSpy calls(jobRunner.get(), &JobRunner::callFinished);
        QSignalSpy rows(jobRunner.get(), &JobRunner::rowsChanged);
        QSignalSpy progress(jobRunner.get(), &JobRunner::progressChanged);
        QCOMPARE(run(*jobRunner, job), JobRunner::End::Finished);

        for (const QString &account : accounts) {
            QCOMPARE(backend.setsFor(account), 1);
            QCOMPARE(backend.store().value(account, Nick), QJsonValue(newNick(account)));
        }
        QCOMPARE(backend.store().value(accounts.at(5), Level), undefined());
        QCOMPARE(backend.store().value(accounts.at(6), Level), QJsonValue(7));
        const QList<TestHttpServer::Request> sets = backend.requestsTo(QStringLiteral("portrait_set"));
        for (const TestHttpServer::Request &request : sets) {
            const int items = int(bodyOf(request).value(QLatin1String("ProfileItem")).toArray().size());
            QCOMPARE(items, fromAccountOf(request) == accounts.at(5) ? 1 : 2);
        }
        // The read-back: chunks of at most 100, only the tags written.
        const QList<TestHttpServer::Request> gets = backend.requestsTo(QStringLiteral("portrait_get"));
        QCOMPARE(gets.size(), 2);
        QCOMPARE(bodyOf(gets.at(0)).value(QLatin1String("To_Account")).toArray().size(), 100);
        QCOMPARE(bodyOf(gets.at(1)).value(QLatin1String("To_Account")).toArray().size(), 20);
        QCOMPARE(bodyOf(gets.at(0)).value(QLatin1String("TagList")).toArray(), (QJsonArray { Nick, Level }));
        QCOMPARE(calls.count(), 122);

        const WriteJob &done = jobRunner->job();
        QVERIFY(done.finished);
        for (const JobRow &row : done.rows) {
            QCOMPARE(row.state, RowState::Ok);
            QVERIFY(row.readBack);
            QVERIFY(row.didNotStick.isEmpty());
            QVERIFY(row.random != 0);
        }
        const std::optional<WriteJob> reloaded = m_store->load(job.id);
        QVERIFY(reloaded);
        QVERIFY(reloaded->finished);
        QCOMPARE(reloaded->totals().ok, 120);
        QVERIFY(reloaded->rows.at(0).readBack);

        // One history row per field written, with the job's id, confirmed by the read-back.
        const QList<ChangeRecord> history = m_history->recent(1000);
        QCOMPARE(history.size(), 239);
        for (const ChangeRecord &record : history) {
            QCOMPARE(record.jobId, job.id);
            QCOMPARE(record.readBack, ChangeRecord::ReadBack::Stuck);
            QCOMPARE(record.state, ChangeRecord::State::Ok);
            QCOMPARE(record.sdkAppId, AppId);
        }
        QVERIFY(!rows.isEmpty());
        QVERIFY(rows.count() < 60); // coalesced, not one per row
        QVERIFY(!progress.isEmpty());
        const JobProgress last = progress.last().at(0).value<JobProgress>();
        QCOMPARE(last.done, 120);
        QCOMPARE(last.timeLeft, std::chrono::seconds(0));
    }

    // The throttle: no sliding second with more calls than the rate, counted at the server,
    // and the rate nearly reached.
    void throttleHoldsTheRateInEverySlidingSecondAtTheServer()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        const QStringList accounts = numberedAccounts(QStringLiteral("t"), 300);
        backend.addAccounts(accounts);
        const WriteJob job = stored(jobFor(accounts, backend.context()));
        m_pacer->setRate(100);
        auto jobRunner = runner([&backend] { return backend.context(); });
        JobRunner::Options options;
        options.readBack = false;
        jobRunner->setOptions(options);
        // How often this process could not run its event loop in time: on a machine shared with
        // other builds, timers fire late and the pacer (rightly) does not catch up in a burst.
        QElapsedTimer probeClock;
        probeClock.start();
        qint64 lastProbe = 0;
        int stalls = 0;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = probeClock.elapsed();
            stalls += now - lastProbe > 25;
            lastProbe = now;
        });
        probe.start(5);
        QCOMPARE(run(*jobRunner, job), JobRunner::End::Finished);
        probe.stop();

        const QList<TestHttpServer::Request> &requests = backend.http().requests();
        QCOMPARE(requests.size(), 300);
        // Never more than the rate in any second the server counted, however late timers fired.
        QVERIFY2(backend.http().mostRequestsInAnySecond() <= 100,
            qPrintable(QString::number(backend.http().mostRequestsInAnySecond())));
        const double seconds
            = std::chrono::duration<double>(requests.last().arrivedAt - requests.first().arrivedAt).count();
        const double achieved = (requests.size() - 1) / seconds;
        // The pacer gives 98 % (bench/ measures the 95 % on an idle machine). The test
        // asks for 80 %, which fails for a runner that waits an interval too long (50 %), unless
        // this process was starved (its event loop stalled again and again): every timer firing
        // more than half an interval late restarts the pacer's schedule, and with it the rate.
        if (stalls > 5) {
            qWarning("The event loop stalled %d times: the achieved rate (%.1f/s) is not checked.", stalls,
                achieved);
        } else {
            QVERIFY2(achieved >= 80.0, qPrintable(QString::number(achieved)));
        }
        QCOMPARE(jobRunner->job().totals().ok, 300);
    }

    void rateLimitAnswersSlowDownAndNeverFailARow()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        const QStringList accounts = numberedAccounts(QStringLiteral("r"), 30);
        backend.addAccounts(accounts);
        int limited = 0;
        backend.setInterceptor(
            [&limited](const TestHttpServer::Request &request, TestHttpServer::Response *response) {
                if (isSet(request) && limited < 8) {
                    *response = apiError(ErrorCatalogue::rateLimitCodes().at(limited % 4));
                    ++limited;
                    return true;
                }
                return false;
            });
        const WriteJob job = stored(jobFor(accounts, backend.context()));
        auto jobRunner = runner([&backend] { return backend.context(); }, 1);
        QCOMPARE(run(*jobRunner, job), JobRunner::End::Finished);
        QCOMPARE(limited, 8);
        QVERIFY(m_pacer->currentRate() < ProfileApi::MaxCallsPerSecond);
        QCOMPARE(backend.requestsTo(QStringLiteral("portrait_set")).size(), 38);
        QCOMPARE(jobRunner->job().totals().ok, 30);
        for (const QString &account : accounts) {
            QCOMPARE(backend.store().value(account, Nick), QJsonValue(newNick(account)));
        }
    }

    void aDroppedConnectionAfterTheWriteLeavesTheRowUnknownAndSentOnce()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        const QStringList accounts = numberedAccounts(QStringLiteral("d"), 10);
        backend.addAccounts(accounts);
        const QString victim = accounts.at(3);
        backend.setInterceptor(
            [&victim](const TestHttpServer::Request &request, TestHttpServer::Response *response) {
                if (isSet(request) && fromAccountOf(request) == victim) {
                    *response = TestHttpServer::Response::drop();
                    return true;
                }
                return false;
            });
        const WriteJob job = stored(jobFor(accounts, backend.context()));
        auto jobRunner = runner([&backend] { return backend.context(); }, 5);
        QCOMPARE(run(*jobRunner, job), JobRunner::End::Finished);
        QCOMPARE(backend.setsFor(victim), 1);
        const JobRow &row = jobRunner->job().rows.at(3);
        QCOMPARE(row.state, RowState::Unknown);
        QCOMPARE(row.errorCode, -1);
        QCOMPARE(jobRunner->job().totals().ok, 9);
        QCOMPARE(m_store->load(job.id)->rows.at(3).state, RowState::Unknown);
        const QList<ChangeRecord> history = m_history->recent(10, victim);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).errorCode, -1);
        QCOMPARE(history.at(0).state, ChangeRecord::State::Unknown);
    }

    void aRetryableErrorIsRetriedAsThePolicySays()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        const QStringList accounts = numberedAccounts(QStringLiteral("e"), 6);
        backend.addAccounts(accounts);
        const QString twice = accounts.at(1);
        const QString always = accounts.at(2);
        QHash<QString, int> failures;
        backend.setInterceptor([&](const TestHttpServer::Request &request,
                                   TestHttpServer::Response *response) {
            const QString account = fromAccountOf(request);
            if (isSet(request) && (account == always || (account == twice && failures.value(account) < 2))) {
                ++failures[account];
                *response = apiError(40006);
                return true;
            }
            return false;
        });
        const WriteJob job = stored(jobFor(accounts, backend.context()));
        auto jobRunner = runner([&backend] { return backend.context(); }, 3);
        QCOMPARE(run(*jobRunner, job), JobRunner::End::Finished);
        QCOMPARE(backend.setsFor(twice), 3);
        QCOMPARE(jobRunner->job().rows.at(1).state, RowState::Ok);
        QCOMPARE(backend.setsFor(always), 3); // maxAttempts, no more
        QCOMPARE(jobRunner->job().rows.at(2).state, RowState::Failed);
        QCOMPARE(jobRunner->job().rows.at(2).errorCode, 40006);
        QCOMPARE(backend.setsFor(accounts.at(0)), 1);
        QCOMPARE(jobRunner->job().totals().ok, 5);
        // Every request on the wire is in the history with its own answer, newest first.
        QList<ChangeRecord::State> states;
        QList<int> codes;
        for (const ChangeRecord &record : m_history->recent(10, twice)) {
            states.append(record.state);
            codes.append(record.errorCode);
        }
        QCOMPARE(states,
            (QList<ChangeRecord::State> {
                ChangeRecord::State::Ok, ChangeRecord::State::Failed, ChangeRecord::State::Failed }));
        QCOMPARE(codes, (QList<int> { 0, 40006, 40006 }));
    }

    // The history holds a write before it leaves: when the server gets it, the record is there,
    // pending; the answer completes that same record.
    void everyWriteIsInTheHistoryBeforeItIsSent()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        const QStringList accounts = numberedAccounts(QStringLiteral("p"), 30);
        backend.addAccounts(accounts);
        QStringList recordedBeforeArrival;
        backend.setInterceptor([&](const TestHttpServer::Request &request, TestHttpServer::Response *) {
            if (isSet(request)) {
                const QList<ChangeRecord> records = m_history->recent(100, fromAccountOf(request));
                if (records.size() == 1 && records.first().state == ChangeRecord::State::Pending) {
                    recordedBeforeArrival.append(fromAccountOf(request));
                }
            }
            return false;
        });
        const WriteJob job = stored(jobFor(accounts, backend.context()));
        auto jobRunner = runner([&backend] { return backend.context(); });
        QCOMPARE(run(*jobRunner, job), JobRunner::End::Finished);
        QCOMPARE(recordedBeforeArrival, accounts);
        const QList<ChangeRecord> all = m_history->recent(100);
        QCOMPARE(all.size(), accounts.size());
        for (const ChangeRecord &record : all) {
            QCOMPARE(record.state, ChangeRecord::State::Ok);
            QCOMPARE(record.jobId, job.id);
            QCOMPARE(record.readBack, ChangeRecord::ReadBack::Stuck);
        }
    }

    void aPermanentErrorFailsThatRowOnly()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        QStringList accounts = numberedAccounts(QStringLiteral("f"), 4);
        backend.addAccounts(accounts);
        accounts.insert(2, QStringLiteral("ghost")); // does not exist: 40003
        const WriteJob job = stored(jobFor(accounts, backend.context()));
        auto jobRunner = runner([&backend] { return backend.context(); });
        QCOMPARE(run(*jobRunner, job), JobRunner::End::Finished);
        QCOMPARE(backend.setsFor(QStringLiteral("ghost")), 1);
        const JobRow &row = jobRunner->job().rows.at(2);
        QCOMPARE(row.state, RowState::Failed);
        QCOMPARE(row.errorCode, 40003);
        QVERIFY(!row.errorInfo.isEmpty());
        QCOMPARE(jobRunner->job().totals().ok, 4);
    }

    void theReadBackMarksFieldsThatDidNotStick()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        const QStringList accounts = numberedAccounts(QStringLiteral("s"), 3);
        backend.addAccounts(accounts);
        const QString ignored = accounts.at(1);
        backend.setInterceptor(
            [&ignored](const TestHttpServer::Request &request, TestHttpServer::Response *response) {
                if (isSet(request) && fromAccountOf(request) == ignored) {
                    *response = apiError(0); // "OK", but nothing stored
                    return true;
                }
                return false;
            });
        const WriteJob job = stored(jobFor(accounts, backend.context(), true));
        auto jobRunner = runner([&backend] { return backend.context(); });
        QCOMPARE(run(*jobRunner, job), JobRunner::End::Finished);
        const JobRow &row = jobRunner->job().rows.at(1);
        QCOMPARE(row.state, RowState::Ok);
        QVERIFY(row.readBack);
        QCOMPARE(row.didNotStick, (QStringList { Nick, Level }));
        QVERIFY(jobRunner->job().rows.at(0).didNotStick.isEmpty());
        QCOMPARE(m_store->load(job.id)->rows.at(1).didNotStick, (QStringList { Nick, Level }));
        for (const ChangeRecord &record : m_history->recent(10, ignored)) {
            QCOMPARE(record.readBack, ChangeRecord::ReadBack::DidNotStick);
        }
    }

    // A job interrupted after marking rows Sent: they are read back before anything is sent, and
    // one already holding its values is not sent again.
    void resumeReadsSentRowsBackAndSendsOnlyThoseNotStored()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        const QStringList accounts = numberedAccounts(QStringLiteral("m"), 5);
        backend.addAccounts(accounts);
        WriteJob job = stored(jobFor(accounts, backend.context()));
        // The earlier run: rows 0 and 1 marked Sent and recorded as pending in the history, row 0's
        // write reached the server, row 2 was OK.
        QVERIFY(m_store->markSent(job.id, { 0, 1, 2 }));
        for (int index : { 0, 1 }) {
            ChangeRecord pending;
            pending.at = QDateTime::currentDateTimeUtc();
            pending.account = accounts.at(index);
            pending.tag = Nick;
            pending.newValue = newNick(accounts.at(index));
            pending.state = ChangeRecord::State::Pending;
            pending.errorCode = -1;
            pending.jobId = job.id;
            QVERIFY(m_history->append({ pending }));
        }
        backend.store().setItems(accounts.at(0), { { Nick, newNick(accounts.at(0)) } });
        JobRow okRow = job.rows.at(2);
        okRow.state = RowState::Ok;
        QVERIFY(m_store->recordOutcomes(job.id, { okRow }));
        backend.store().setItems(accounts.at(2), { { Nick, newNick(accounts.at(2)) } });
        const std::optional<WriteJob> resumed = m_store->load(job.id);
        QVERIFY(resumed);
        QCOMPARE(resumed->rows.at(0).state, RowState::Sent);

        auto jobRunner = runner([&backend] { return backend.context(); });
        QCOMPARE(run(*jobRunner, *resumed), JobRunner::End::Finished);
        const QList<TestHttpServer::Request> &requests = backend.http().requests();
        QVERIFY(!isSet(requests.first())); // read back first
        QCOMPARE(bodyOf(requests.first()).value(QLatin1String("To_Account")).toArray(),
            (QJsonArray { accounts.at(0), accounts.at(1) }));
        QCOMPARE(backend.setsFor(accounts.at(0)), 0);
        QCOMPARE(backend.setsFor(accounts.at(1)), 1);
        QCOMPARE(backend.setsFor(accounts.at(2)), 0); // OK rows are never sent again
        QCOMPARE(backend.setsFor(accounts.at(3)), 1);
        QCOMPARE(jobRunner->job().rows.at(0).state, RowState::Ok);
        QVERIFY(jobRunner->job().rows.at(0).readBack);
        QCOMPARE(jobRunner->job().totals().ok, 5);
        for (const QString &account : accounts) {
            QCOMPARE(backend.store().value(account, Nick), QJsonValue(newNick(account)));
        }
        // The write found stored keeps its one record: no answer ever came, but the read-back
        // found it stored. The one not stored says so, and its new request has a record of its own.
        const QList<ChangeRecord> found = m_history->recent(10, accounts.at(0));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).state, ChangeRecord::State::Unknown);
        QCOMPARE(found.at(0).readBack, ChangeRecord::ReadBack::Stuck);
        QCOMPARE(found.at(0).jobId, job.id);
        const QList<ChangeRecord> resent = m_history->recent(10, accounts.at(1));
        QCOMPARE(resent.size(), 2);
        QCOMPARE(resent.at(0).state, ChangeRecord::State::Ok);
        QCOMPARE(resent.at(1).state, ChangeRecord::State::Unknown);
        QCOMPARE(resent.at(1).readBack, ChangeRecord::ReadBack::DidNotStick);
        QVERIFY(m_history->recent(10, accounts.at(2)).isEmpty()); // recorded by the earlier run
    }

    void aJobWithNothingToSendFinishesAtOnceAndAFinishedJobIsRefused()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        WriteJob job = jobFor({ QStringLiteral("a"), QStringLiteral("b") }, backend.context());
        job.rows[0].state = RowState::Unchanged;
        job.rows[0].changes.clear();
        job.rows[1].state = RowState::Failed;
        job.rows[1].reason = QStringLiteral("account-missing");
        job = stored(job);
        auto jobRunner = runner([&backend] { return backend.context(); });
        QCOMPARE(run(*jobRunner, job), JobRunner::End::Finished);
        QVERIFY(backend.http().requests().isEmpty());
        const std::optional<WriteJob> reloaded = m_store->load(job.id);
        QVERIFY(reloaded->finished);

        QSignalSpy refused(jobRunner.get(), &JobRunner::refused);
        QVERIFY(!jobRunner->start(*reloaded));
        QCOMPARE(refused.count(), 1);
    }

    void aJobForAnotherTargetIsRefusedBeforeSending()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        backend.addAccounts({ QStringLiteral("a") });
        const WriteJob job = stored(jobFor({ QStringLiteral("a") }, backend.context()));
        auto jobRunner = runner([&backend] {
            RequestContext context = backend.context();
            context.target.sdkAppId = AppId + 1;
            return context;
        });
        QSignalSpy refused(jobRunner.get(), &JobRunner::refused);
        QVERIFY(!jobRunner->start(job));
        QCOMPARE(refused.count(), 1);
        QVERIFY(!jobRunner->isRunning());
        QVERIFY(backend.http().requests().isEmpty());
    }

    void aConnectionThatChangesMidJobStopsIt()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        const QStringList accounts = numberedAccounts(QStringLiteral("c"), 10);
        backend.addAccounts(accounts);
        const WriteJob job = stored(jobFor(accounts, backend.context()));
        auto jobRunner = runner([&] {
            RequestContext context = backend.context();
            // The connection is switched once three writes have reached the server.
            if (backend.requestsTo(QStringLiteral("portrait_set")).size() >= 3) {
                context.connectionId = QStringLiteral("another-connection");
            }
            return context;
        });
        JobRunner::Options options;
        options.maxInFlight = 1;
        jobRunner->setOptions(options);
        QSignalSpy refused(jobRunner.get(), &JobRunner::refused);
        QCOMPARE(run(*jobRunner, job), JobRunner::End::Stopped);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(backend.requestsTo(QStringLiteral("portrait_set")).size(), 3);
        QCOMPARE(jobRunner->job().totals().ok, 3);
        QCOMPARE(jobRunner->job().totals().pending, 7);
        const std::optional<WriteJob> reloaded = m_store->load(job.id);
        QCOMPARE(reloaded->totals().pending, 7); // marked Sent ahead, stored Pending again
        QVERIFY(!reloaded->finished);
    }

    void aNetworkThatIsDownStopsTheJobWithTheRestPending()
    {
        QUrl deadUrl;
        {
            TestHttpServer gone;
            QVERIFY(gone.listen());
            deadUrl = gone.baseUrl();
        }
        const QStringList accounts = numberedAccounts(QStringLiteral("n"), 20);
        const WriteJob job = stored(jobFor(accounts, contextFor(deadUrl)));
        auto jobRunner = runner([&deadUrl] { return contextFor(deadUrl); }, 2);
        JobRunner::Options options;
        options.maxInFlight = 1;
        options.retry = { 2, std::chrono::milliseconds(5), std::chrono::milliseconds(5) };
        jobRunner->setOptions(options);
        QSignalSpy calls(jobRunner.get(), &JobRunner::callFinished);
        QCOMPARE(run(*jobRunner, job), JobRunner::End::Stopped);
        // Each row tried twice; a row's second attempt waits its delay while the next row goes, so a
        // row or two more may be on their way when the fifth fails for good. Far from all 20.
        QVERIFY2(calls.count() >= JobRunner::StopAfterFailures * 2
                && calls.count() <= (JobRunner::StopAfterFailures + 2) * 2,
            qPrintable(QString::number(calls.count())));
        QCOMPARE(jobRunner->job().totals().pending, 20);
        const std::optional<WriteJob> reloaded = m_store->load(job.id);
        QCOMPARE(reloaded->totals().pending, 20);
        QVERIFY(!reloaded->finished);
    }

    void cancelSendsNothingNewAndWaitsForTheAnswersInFlight()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        const QStringList accounts = numberedAccounts(QStringLiteral("x"), 40);
        backend.addAccounts(accounts);
        const WriteJob job = stored(jobFor(accounts, backend.context()));
        m_pacer->setRate(50);
        auto jobRunner = runner([&backend] { return backend.context(); });
        JobRunner::Options options;
        options.maxInFlight = 2; // so at most one other is on its way when the fifth is answered
        jobRunner->setOptions(options);
        QSignalSpy finished(jobRunner.get(), &JobRunner::finished);
        int answered = 0;
        connect(jobRunner.get(), &JobRunner::callFinished, this, [&] {
            if (++answered == 5) {
                jobRunner->cancel();
            }
        });
        QVERIFY(jobRunner->start(job));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<JobRunner::End>(), JobRunner::End::Cancelled);
        const qsizetype sent = backend.requestsTo(QStringLiteral("portrait_set")).size();
        QVERIFY2(sent <= 6, qPrintable(QString::number(sent)));
        QCOMPARE(answered, int(sent)); // the one on its way was awaited
        const JobTotals totals = jobRunner->job().totals();
        QCOMPARE(totals.ok, int(sent));
        QCOMPARE(totals.pending, 40 - int(sent));
        QCOMPARE(m_store->load(job.id)->totals().pending, 40 - int(sent));
        QVERIFY(!jobRunner->isRunning());
    }

    // A job not stored yet (a single Apply) is stored by the runner, off the caller's thread, and
    // sent only once stored; start() still refuses it.
    void storeAndStartStoresTheJobBeforeSendingIt()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        const QStringList accounts { QStringLiteral("s1") };
        backend.addAccounts(accounts);
        QList<JobSummary> storedAtArrival;
        backend.setInterceptor([&](const TestHttpServer::Request &request, TestHttpServer::Response *) {
            if (isSet(request)) {
                storedAtArrival = m_store->list(WriteJob::Kind::Apply);
            }
            return false;
        });
        WriteJob job = jobFor(accounts, backend.context());
        job.kind = WriteJob::Kind::Apply;
        auto jobRunner = runner([&backend] { return backend.context(); });
        QSignalSpy refused(jobRunner.get(), &JobRunner::refused);
        QVERIFY(!jobRunner->start(job));
        QCOMPARE(refused.count(), 1);

        QSignalSpy finished(jobRunner.get(), &JobRunner::finished);
        QVERIFY(jobRunner->storeAndStart(job));
        QVERIFY(jobRunner->isRunning());
        QVERIFY(!jobRunner->start(job)); // one job at a time, storing included
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<JobRunner::End>(), JobRunner::End::Finished);
        QCOMPARE(storedAtArrival.size(), 1);
        QCOMPARE(storedAtArrival.first().id, jobRunner->job().id);
        QCOMPARE(m_store->load(jobRunner->job().id)->rows.first().state, RowState::Ok);
        const QList<ChangeRecord> records = m_history->recent(10);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().jobId, jobRunner->job().id);
        QCOMPARE(jobRunner->historyIds(0).value(Nick), records.first().id);
    }

    // abort() does not wait: a write that hangs is cut off now, Unknown in the job, the store and
    // the history, and never sent again.
    void abortCutsOffAHangingWriteAndLeavesItUnknown()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        const QStringList accounts { QStringLiteral("h1"), QStringLiteral("h2") };
        backend.addAccounts(accounts);
        backend.setInterceptor(
            [](const TestHttpServer::Request &request, TestHttpServer::Response *response) {
                if (isSet(request)) {
                    *response = TestHttpServer::Response::hang();
                    return true;
                }
                return false;
            });
        m_client->setTimeout(std::chrono::seconds(60)); // longer than the test waits
        const WriteJob job = stored(jobFor(accounts, backend.context()));
        auto jobRunner = runner([&backend] { return backend.context(); });
        JobRunner::Options options;
        options.maxInFlight = 1;
        jobRunner->setOptions(options);
        QSignalSpy finished(jobRunner.get(), &JobRunner::finished);
        QVERIFY(jobRunner->start(job));
        QTRY_COMPARE(backend.setsFor(accounts.at(0)), 1);
        jobRunner->abort();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).value<JobRunner::End>(), JobRunner::End::Cancelled);
        QCOMPARE(jobRunner->job().rows.at(0).state, RowState::Unknown);
        QCOMPARE(jobRunner->job().rows.at(1).state, RowState::Pending);
        const std::optional<WriteJob> reloaded = m_store->load(job.id);
        QCOMPARE(reloaded->rows.at(0).state, RowState::Unknown);
        QCOMPARE(reloaded->rows.at(1).state, RowState::Pending);
        const QList<ChangeRecord> history = m_history->recent(10, accounts.at(0));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().state, ChangeRecord::State::Unknown);
        for (const ChangeRecord &record : m_history->recent(10)) { // the row marked ahead: not sent
            QVERIFY2(record.state != ChangeRecord::State::Pending, qPrintable(record.account));
        }
        QCOMPARE(backend.requestsTo(QStringLiteral("portrait_set")).size(), 1);
    }

    // Cancelled while the first rows' records are on their way to the files: finished() comes
    // only once those rows are recorded as not sent, so nothing reads Sent or pending afterwards.
    void cancelledWhileMarkingEndsWithEveryRecordSettled()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        const QStringList accounts = numberedAccounts(QStringLiteral("k"), 8);
        backend.addAccounts(accounts);
        const WriteJob job = stored(jobFor(accounts, backend.context()));
        auto jobRunner = runner([&backend] { return backend.context(); });
        QSignalSpy finished(jobRunner.get(), &JobRunner::finished);
        QVERIFY(jobRunner->start(job));
        // The first pump asks for the marks and waits for them; cancel meanwhile.
        QTRY_VERIFY(!jobRunner->job().rows.isEmpty());
        QTest::qWait(0);
        jobRunner->cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<JobRunner::End>(), JobRunner::End::Cancelled);
        const std::optional<WriteJob> reloaded = m_store->load(job.id);
        QVERIFY(reloaded);
        QCOMPARE(reloaded->totals().sent, 0);
        QCOMPARE(reloaded->totals().sent + reloaded->totals().pending + reloaded->totals().ok, 8);
        for (const ChangeRecord &record : m_history->recent(100)) {
            QVERIFY2(record.state != ChangeRecord::State::Pending, qPrintable(record.account));
        }
    }

    // The rate shown is the rate kept: the first calls of a slow job do not read as a burst.
    void theRateShownIsTheRateKept()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        const QStringList accounts = numberedAccounts(QStringLiteral("s"), 5);
        backend.addAccounts(accounts);
        const WriteJob job = stored(jobFor(accounts, backend.context()));
        m_pacer->setRate(2);
        auto jobRunner = runner([&backend] { return backend.context(); });
        JobRunner::Options options;
        options.readBack = false;
        jobRunner->setOptions(options);
        double highest = 0.0;
        connect(jobRunner.get(), &JobRunner::progressChanged, this,
            [&highest](const JobProgress &progress) { highest = std::max(highest, progress.currentRate); });
        QCOMPARE(run(*jobRunner, job), JobRunner::End::Finished);
        QVERIFY2(highest > 0.0 && highest <= 2.2, qPrintable(QString::number(highest)));
    }

    void pauseHoldsNewCallsUntilResume()
    {
        ServiceBackend backend;
        QVERIFY(backend.listen());
        const QStringList accounts = numberedAccounts(QStringLiteral("p"), 20);
        backend.addAccounts(accounts);
        const WriteJob job = stored(jobFor(accounts, backend.context()));
        m_pacer->setRate(50);
        auto jobRunner = runner([&backend] { return backend.context(); });
        JobRunner::Options options;
        options.readBack = false;
        jobRunner->setOptions(options);
        QSignalSpy finished(jobRunner.get(), &JobRunner::finished);
        int answered = 0;
        connect(jobRunner.get(), &JobRunner::callFinished, this, [&] {
            if (++answered == 3) {
                jobRunner->pause();
            }
        });
        QVERIFY(jobRunner->start(job));
        QTRY_VERIFY(jobRunner->isPaused());
        // The calls on their way when it paused are answered (no row is Sent any more, and the
        // server has had each of them); then nothing more goes out.
        QTRY_COMPARE(jobRunner->job().totals().sent, 0);
        QTRY_COMPARE(qsizetype(answered), backend.http().requests().size());
        const qsizetype atPause = backend.http().requests().size();
        QSignalSpy arrivals(&backend.http(), &TestHttpServer::requestReceived);
        QVERIFY(!arrivals.wait(400)); // 20 calls would have arrived by now at 50/s
        QCOMPARE(backend.http().requests().size(), atPause);
        QVERIFY(atPause < 20);
        QVERIFY(jobRunner->isRunning());
        jobRunner->resume();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<JobRunner::End>(), JobRunner::End::Finished);
        QCOMPARE(jobRunner->job().totals().ok, 20);
    }

    // The fault test: 10 % of calls suffer 40006, 502 or a dropped connection, all with
    // latency. Every row ends ok, failed with its reason, or unknown, and the totals agree with
    // what the server holds.
    void faultsEndEveryRowHonestly()
    {
        SandboxConfig config = sandboxConfig();
        config.faults.internalErrorRate = 0.04;
        config.faults.badGatewayRate = 0.03;
        config.faults.dropRate = 0.03;
        config.faults.latencyMs = 5;
        config.faults.seed = 12;
        SandboxStore initial;
        const QStringList accounts = numberedAccounts(QStringLiteral("z"), 200);
        for (const QString &account : accounts) {
            initial.addAccount(account);
        }
        SandboxServer server(config, initial);
        QVERIFY(server.listen());
        const auto context = [&server] { return contextFor(server.baseUrl()); };
        const WriteJob job = stored(jobFor(accounts, context(), true));
        m_pacer->setRate(150);
        auto jobRunner = runner(context, 3);
        QCOMPARE(run(*jobRunner, job), JobRunner::End::Finished);

        const WriteJob &done = jobRunner->job();
        const JobTotals totals = done.totals();
        QCOMPARE(totals.ok + totals.failed + totals.unknown, 200);
        QVERIFY2(totals.unknown > 0 && totals.ok > 150,
            qPrintable(QStringLiteral("ok %1 failed %2 unknown %3")
                           .arg(totals.ok)
                           .arg(totals.failed)
                           .arg(totals.unknown)));
        int holding = 0;
        int unknownHolding = 0;
        for (const JobRow &row : done.rows) {
            const bool holds = server.store().value(row.account, Nick) == QJsonValue(newNick(row.account))
                && server.store().value(row.account, Level) == QJsonValue(7);
            holding += holds;
            switch (row.state) {
            case RowState::Ok:
                QVERIFY2(holds, qPrintable(row.account));
                QVERIFY(!row.readBack || row.didNotStick.isEmpty());
                break;
            case RowState::Failed:
                QCOMPARE(row.errorCode, 40006); // the only failure the faults answer with
                QVERIFY(!holds);
                break;
            case RowState::Unknown:
                QCOMPARE(row.errorCode, -1);
                unknownHolding += holds;
                break;
            default:
                QFAIL(qPrintable(
                    QStringLiteral("row %1 ended %2").arg(row.index).arg(rowStateName(row.state))));
            }
        }
        QCOMPARE(holding, totals.ok + unknownHolding);
        const std::optional<WriteJob> reloaded = m_store->load(job.id);
        QCOMPARE(reloaded->totals().ok, totals.ok);
        QCOMPARE(reloaded->totals().unknown, totals.unknown);
        QCOMPARE(reloaded->totals().failed, totals.failed);
        QVERIFY(reloaded->finished);
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
