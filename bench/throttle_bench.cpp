// How exactly a bulk job keeps its rate (issue #12): ACCOUNTS generated accounts x 3 fields
// against the in-process Sandbox limited at 200 calls per sliding second (the service's limit),
// run at each job RATE through the console's own path (ChangePlanBuilder, PlanPreview reading the
// current values in chunks of 100, JobStore, JobRunner with its read-back), every call counted
// where the Sandbox counts it (SandboxServer::callAnswered on the server's thread):
// - achieved rate: calls over the time from the first to the last call, against the job's rate
//   (target: at least 95 %);
// - rate-limit answers (target: none);
// - the most calls in any sliding second (target: at most the job's rate);
// - and, for the bulk window's budget, how long the runner holds up the event loop of the thread
//   it runs on (the console's GUI thread) while the job runs: a StallProbe's 99th percentile and
//   maximum (the window's targets are 16 ms and 50 ms, for the window with its widgets).
// Run by hand: throttle_bench [accounts, default 10000] [rates, default 200,50]. At 50 calls/s
// 10,000 accounts take about 205 s. Exits 1 when a target is missed. Build it in Release.
#include "serverthread.h"
#include "stallprobe.h"

#include "api/profileapi.h"
#include "api/restclient.h"
#include "bulk/callpacer.h"
#include "bulk/changeplan.h"
#include "errors/errorcatalogue.h"
#include "history/changehistory.h"
#include "jobs/jobrunner.h"
#include "jobs/jobstore.h"
#include "jobs/planpreview.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxserver.h"
#include "spreadsheet/spreadsheetreader.h"
#include "usersig/usersig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <vector>

namespace {

constexpr quint64 AppId = 1400000000;
const QByteArray Key = QByteArrayLiteral("5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e");
const QString Admin = QStringLiteral("administrator");
constexpr int ServerLimit = ProfileApi::MaxCallsPerSecond;

// The calls as the Sandbox answered them, written on the server's thread.
class ServerLog final
{
public:
    struct Call
    {
        std::chrono::nanoseconds at;
        bool write; // portrait_set
        int errorCode;
    };

    void record(const QString &path, int errorCode)
    {
        const bool write = path.endsWith(QLatin1String("portrait_set"));
        const auto now = std::chrono::steady_clock::now().time_since_epoch();
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_calls.push_back({ std::chrono::duration_cast<std::chrono::nanoseconds>(now), write, errorCode });
    }
    std::vector<Call> calls() const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return m_calls;
    }

private:
    mutable std::mutex m_mutex;
    std::vector<Call> m_calls;
};

RequestContext contextFor(const QUrl &baseUrl)
{
    RequestContext context;
    context.connectionId = QStringLiteral("bench");
    context.connectionName = QStringLiteral("Throttle bench");
    context.regionId = QStringLiteral("sandbox");
    context.target.baseUrl = baseUrl;
    context.target.sdkAppId = AppId;
    context.target.identifier = Admin;
    context.target.userSig = UserSig::generate(AppId, Admin, Key, 86400, QDateTime::currentSecsSinceEpoch());
    context.diagnosis.regionName = QStringLiteral("Sandbox");
    return context;
}

// A new value for each of 3 fields of every generated account, so every account is written.
QByteArray csvFor(int accounts)
{
    static const char *const genders[] = { "Female", "Male", "Unknown" };
    QByteArray csv = "account,Nick,Gender,Tag_Profile_IM_Level\n";
    for (int n = 1; n <= accounts; ++n) {
        // The generated gender is genders[(n - 1) % 3] and the level n % 100.
        csv += SandboxDemo::generatedAccount(n).toUtf8() + ",Bench " + QByteArray::number(n) + ','
            + genders[n % 3] + ',' + QByteArray::number(n % 100 + 1) + '\n';
    }
    return csv;
}

struct Outcome
{
    std::vector<ServerLog::Call> calls;
    JobTotals totals;
    double stallP99Ms = 0; // of the event loop the runner runs on, while it runs
    double stallMaxMs = 0;
    double storeMs = 0; // JobStore::create() of the whole job, on the same thread, before the run
    QString problem; // empty when the preview and the job ran to their end
};

// Runs one bulk job of `accounts` rows at `rate` against a fresh Sandbox.
Outcome runJob(int accounts, int rate)
{
    ServerLog log;
    const ServerThread thread([&log, accounts]() -> std::pair<std::unique_ptr<QObject>, QUrl> {
        SandboxConfig config;
        config.sdkAppId = AppId;
        config.secretKey = Key;
        config.admins = QStringList { Admin };
        config.rateLimitPerSecond = ServerLimit;
        SandboxStore store;
        SandboxDemo::addGeneratedAccounts(store, accounts);
        auto server = std::make_unique<SandboxServer>(config, std::move(store));
        QObject::connect(server.get(), &SandboxServer::callAnswered, server.get(),
            [&log](const QString &path, int errorCode) { log.record(path, errorCode); });
        if (!server->listen()) {
            qFatal("%s", qPrintable(server->errorString()));
        }
        const QUrl url = server->baseUrl();
        return { std::move(server), url };
    });

    Outcome outcome;
    QNetworkAccessManager network;
    RestClient client(&network);
    client.setRetryPolicy(
        { 1, std::chrono::milliseconds(0), std::chrono::milliseconds(0) }); // the runner retries
    ElapsedTimerClock clock;
    CallPacer pacer(clock, rate);
    QTemporaryDir dir;
    JobStore store(dir.filePath(QStringLiteral("jobs.sqlite")));
    ChangeHistory history(dir.filePath(QStringLiteral("history.sqlite")));
    const QUrl url = thread.url();
    const auto context = [url] { return contextFor(url); };

    const ChangePlan plan = ChangePlanBuilder::fromTable(SpreadsheetReader::read(csvFor(accounts)));
    if (!plan.mayRun(ChangePlan::InvalidRows::Refuse)) {
        qFatal("the generated plan has problems");
    }
    QEventLoop loop;
    // Bounded: twice the time the calls need at the rate, and a minute more.
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, [&] {
        outcome.problem = QStringLiteral("timed out");
        loop.quit();
    });
    guard.start(std::chrono::seconds(60 + 2 * (accounts + 2 * accounts / 100) / rate));

    PlanPreview preview(&client, &pacer, context);
    QObject::connect(&preview, &PlanPreview::finished, &loop, &QEventLoop::quit);
    QObject::connect(&preview, &PlanPreview::failed, &loop, [&](const ApiResult &, const QString &message) {
        outcome.problem = QStringLiteral("preview failed: ") + message;
        loop.quit();
    });
    if (!preview.start(plan, ChangePlan::InvalidRows::Refuse)) {
        outcome.problem = QStringLiteral("the preview did not start");
        return outcome;
    }
    loop.exec();
    if (!outcome.problem.isEmpty()) {
        return outcome;
    }
    WriteJob job = preview.job();
    job.rate = rate;
    job.source = QStringLiteral("throttle_bench");
    QElapsedTimer storing;
    storing.start();
    const bool created = store.create(job);
    outcome.storeMs = storing.nsecsElapsed() / 1e6;
    if (!created) {
        outcome.problem = store.errorString();
        return outcome;
    }
    JobRunner runner(&client, &store, &history, &pacer, context);
    QObject::connect(&runner, &JobRunner::refused, &loop,
        [&](const QString &reason) { outcome.problem = QStringLiteral("refused: ") + reason; });
    QObject::connect(&runner, &JobRunner::finished, &loop, [&](JobRunner::End end, const QString &message) {
        if (end != JobRunner::End::Finished && outcome.problem.isEmpty()) {
            outcome.problem = QStringLiteral("the job ended early: ") + message;
        }
        loop.quit();
    });
    // The thread the console runs a job on is its GUI thread: what the runner does there between
    // two frames is the floor under the bulk window's own stalls while it runs.
    StallProbe probe;
    probe.start();
    if (!runner.start(job)) {
        outcome.problem = QStringLiteral("the job did not start");
        return outcome;
    }
    loop.exec();
    probe.stop();
    outcome.stallP99Ms = probe.percentileMs(0.99);
    outcome.stallMaxMs = probe.maxMs();
    outcome.totals = runner.job().totals();
    outcome.calls = log.calls();
    return outcome;
}

// Calls per second from the first call of [begin, end) to its last.
double callsPerSecond(
    std::vector<ServerLog::Call>::const_iterator begin, std::vector<ServerLog::Call>::const_iterator end)
{
    const auto calls = end - begin;
    if (calls < 2) {
        return 0;
    }
    return double(calls - 1) * 1e9 / double(((end - 1)->at - begin->at).count());
}

// The most calls that arrived within any one second.
int mostInOneSecond(const std::vector<ServerLog::Call> &calls)
{
    int most = 0;
    size_t end = 0;
    for (size_t start = 0; start < calls.size(); ++start) {
        while (end < calls.size() && calls[end].at - calls[start].at < std::chrono::seconds(1)) {
            ++end;
        }
        most = std::max(most, int(end - start));
    }
    return most;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int accounts
        = argc > 1 ? qBound(1, QByteArray(argv[1]).toInt(), SandboxDemo::MaxGeneratedAccounts) : 10000;
    QList<int> rates;
    for (const QByteArray &rate : QByteArray(argc > 2 ? argv[2] : "200,50").split(',')) {
        rates.append(qBound(1, rate.toInt(), CallPacer::MaxRate));
    }
    QTextStream out(stdout);
    bool met = true;
    for (const int rate : std::as_const(rates)) {
        Outcome outcome = runJob(accounts, rate);
        std::sort(outcome.calls.begin(), outcome.calls.end(),
            [](const ServerLog::Call &a, const ServerLog::Call &b) { return a.at < b.at; });
        const std::vector<ServerLog::Call> &log = outcome.calls;
        const double achieved = callsPerSecond(log.cbegin(), log.cend());
        // The writes alone: from the first portrait_set to the last, reads in between included.
        const auto firstWrite
            = std::find_if(log.cbegin(), log.cend(), [](const ServerLog::Call &call) { return call.write; });
        const auto lastWrite = std::find_if(log.crbegin(), log.crend(), [](const ServerLog::Call &call) {
            return call.write;
        }).base();
        const double writing = firstWrite < lastWrite ? callsPerSecond(firstWrite, lastWrite) : 0.0;
        const int writes = int(
            std::count_if(log.cbegin(), log.cend(), [](const ServerLog::Call &call) { return call.write; }));
        const int rateLimited = int(std::count_if(log.cbegin(), log.cend(),
            [](const ServerLog::Call &call) { return ErrorCatalogue::meansRateLimit(call.errorCode); }));
        const int most = mostInOneSecond(log);
        const bool ok = outcome.problem.isEmpty() && achieved >= 0.95 * rate && rateLimited == 0
            && most <= rate && outcome.totals.ok == accounts;
        met = met && ok;
        const double seconds = log.size() > 1 ? (log.back().at - log.front().at).count() / 1e9 : 0.0;
        out << "throttle: " << accounts << " accounts x 3 fields, Sandbox limit " << ServerLimit
            << " calls/s, job rate " << rate << ": " << log.size() << " calls at the server (" << writes
            << " writes) in " << seconds << " s = " << achieved << " calls/s, " << 100.0 * achieved / rate
            << " % of the rate (target >= 95 %; the writes alone " << 100.0 * writing / rate
            << " %); rate-limit answers " << rateLimited << " (target 0); most calls in a sliding second "
            << most << " (target <= " << rate << "); rows ok " << outcome.totals.ok << ", failed "
            << outcome.totals.failed << ", unknown " << outcome.totals.unknown
            << "; event-loop stalls on the job's thread during the run: 99th percentile "
            << outcome.stallP99Ms << " ms, max " << outcome.stallMaxMs
            << " ms (storing the job before it: " << outcome.storeMs << " ms)"
            << (outcome.problem.isEmpty() ? QString() : QStringLiteral("; ") + outcome.problem)
            << (ok ? "" : " [target missed]") << Qt::endl;
    }
    return met ? 0 : 1;
}
