// Start-up budget of chat-profile-console: time from process launch to the first painted main
// window, and peak memory by then, each as a ratio to a bare Qt Widgets window built in the same
// tree (the floor). Target: at most 1.5x on both. Runs each probe alternately, N times, with a
// fresh settings folder each run (a first launch, the slowest case), and reports medians.
//   startup_bench [RUNS]     (defaults to 15; build in Release)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Sample
{
    double ms = 0;
    long rssKiB = 0;
};

bool runOnce(const QString &program, Sample *sample)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM"))) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(program, {});
    if (!process.waitForReadyRead(30000)) {
        return false;
    }
    sample->ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    const QByteArray line = process.readLine().trimmed();
    if (!line.startsWith("shown ")) {
        return false;
    }
    sample->rssKiB = line.mid(6).toLong();
    process.waitForFinished(30000);
    return true;
}

template<typename T> T median(std::vector<T> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = qMax(3, QCoreApplication::arguments().value(1, QStringLiteral("15")).toInt());
    const QString dir = QCoreApplication::applicationDirPath();
    const QString bare = dir + QStringLiteral("/startup_probe_bare");
    const QString console = dir + QStringLiteral("/startup_probe_console");

    std::vector<double> bareMs, consoleMs;
    std::vector<long> bareRss, consoleRss;
    // One warm-up of each, so both find the same libraries in the page cache.
    Sample sample;
    if (!runOnce(bare, &sample) || !runOnce(console, &sample)) {
        std::fprintf(stderr, "a probe did not report; is this a build with the bench targets?\n");
        return 1;
    }
    for (int i = 0; i < runs; ++i) {
        if (!runOnce(bare, &sample)) {
            return 1;
        }
        bareMs.push_back(sample.ms);
        bareRss.push_back(sample.rssKiB);
        if (!runOnce(console, &sample)) {
            return 1;
        }
        consoleMs.push_back(sample.ms);
        consoleRss.push_back(sample.rssKiB);
    }
    const double bMs = median(bareMs), cMs = median(consoleMs);
    const long bRss = median(bareRss), cRss = median(consoleRss);
    std::printf("runs: %d each, medians\n", runs);
    std::printf("time to first shown window: bare %.1f ms, console %.1f ms, ratio %.2fx (target <= 1.5x)\n",
        bMs, cMs, cMs / bMs);
    std::printf("peak RSS at first show:     bare %ld KiB, console %ld KiB, ratio %.2fx (target <= 1.5x)\n",
        bRss, cRss, static_cast<double>(cRss) / static_cast<double>(bRss));
    return 0;
}
