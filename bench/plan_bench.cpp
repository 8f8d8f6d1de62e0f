// How fast and how big loading a bulk edit's input is (issue #12), against a baseline measured in
// the same run:
// - CPU time: a CSV of ROWS accounts with 3 fields, read from disk, parsed (SpreadsheetReader) and
//   turned into a validated ChangePlan (ChangePlanBuilder::fromTable), against reading the same
//   file, decoding it as UTF-8 and splitting it into lines (QString::split), the least any reader
//   of a text file does. Target: at most 5x.
// - memory: the peak resident set while loading, less the resident set before, per row. Target:
//   at most 1 KiB a row.
// Run by hand: plan_bench [rows, default 100000] [repetitions, default 15]. Build it in Release.
#include "bulk/changeplan.h"
#include "spreadsheet/spreadsheetreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <functional>

namespace {

// The file a support agent would export: account, a nickname in several scripts, a gender label
// and a level; some rows quote their nickname, as spreadsheets do for text with a comma.
QByteArray csvWith(int rows)
{
    static const char *const nicks[] = { "Anna", "张伟", "김민준", "さくら", "Lucas, Jr.", "Priya" };
    static const char *const genders[] = { "Female", "Male", "Unknown" };
    QByteArray csv = "account,Nick,Gender,Tag_Profile_IM_Level\r\n";
    csv.reserve(rows * 40);
    for (int i = 1; i <= rows; ++i) {
        const QByteArray nick = QByteArray(nicks[i % 6]) + ' ' + QByteArray::number(i);
        csv += "user" + QByteArray::number(i).rightJustified(6, '0') + ','
            + (nick.contains(',') ? '"' + nick + '"' : nick) + ',' + genders[i % 3] + ','
            + QByteArray::number(i % 100) + "\r\n";
    }
    return csv;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return file.readAll();
}

// The baseline: what any program that reads a text file line by line does.
qsizetype readAndSplitLines(const QString &path)
{
    const QString text = QString::fromUtf8(readFile(path));
    return text.split(u'\n').size();
}

// The reader's share of it.
qsizetype readTable(const QString &path)
{
    return SpreadsheetReader::read(readFile(path)).rows.size();
}

// What a bulk edit does with the file before its preview.
qsizetype readAndPlan(const QString &path)
{
    const SpreadsheetTable table = SpreadsheetReader::read(readFile(path));
    const ChangePlan plan = ChangePlanBuilder::fromTable(table);
    if (plan.hasProblems()) {
        qFatal("the generated file has problems: %s", qPrintable(plan.problems().first().message));
    }
    return plan.rows().size();
}

struct Timed
{
    qsizetype result = 0;
    double ms = 0;
};

// This thread's CPU time, not the wall clock: the machine is shared, and another process taking
// the core would otherwise count as our time.
double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

Timed timed(const std::function<qsizetype()> &run)
{
    // Each from a heap given back to the system, so each pays for the pages it touches and none
    // runs in pages an earlier one happened to leave mapped (which made the figures depend on the
    // order and on the sizes the others freed).
    malloc_trim(0);
    const double start = cpuMs();
    const qsizetype result = run();
    return { result, cpuMs() - start };
}

// VmRSS or VmHWM (the peak) of this process, in KiB.
qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return -1;
    }
    // /proc files report a size of 0, so read them whole rather than line by line to atEnd().
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(qstrlen(field)).simplified().split(' ').constFirst().toLongLong();
        }
    }
    return -1;
}

// Bytes the heap has handed out and not had back (glibc), large blocks included.
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

// Sets the peak (VmHWM) back to the current resident set (Linux 4.0 and later).
bool resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 100000;
    const int repetitions = argc > 2 ? qMax(1, QByteArray(argv[2]).toInt()) : 15;
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bulk.csv"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csvWith(rows)) < 0) {
            qFatal("cannot write %s", qPrintable(path));
        }
    }
    const qint64 bytes = QFile(path).size();

    // Memory first, before the timing runs have grown the heap: the peak resident set while one
    // plan is loaded (file bytes, decoded text, table and plan, each alive at some point), and the
    // heap the plan alone keeps once the table is gone (what a running job holds on to).
    if (!resetPeak()) {
        out << "warning: /proc/self/clear_refs cannot reset the peak; the memory figure includes the file's "
               "generation"
            << Qt::endl;
    }
    const qint64 beforeKiB = statusKiB("VmRSS:");
    const qint64 heapBefore = heapInUse();
    qint64 planHeap = 0;
    {
        const ChangePlan plan = [&path] {
            const SpreadsheetTable table = SpreadsheetReader::read(readFile(path));
            return ChangePlanBuilder::fromTable(table);
        }();
        planHeap = heapInUse() - heapBefore;
        if (plan.rows().size() != rows) {
            qFatal("the plan has %lld rows, not %d", static_cast<long long>(plan.rows().size()), rows);
        }
    }
    const qint64 peakKiB = statusKiB("VmHWM:") - beforeKiB;

    // Alternated, and the fastest of each kept: on a shared machine the other processes only ever
    // make a run slower (through the caches, even in CPU time), so the minimum is the figure least
    // disturbed by them.
    double baselineMs = 0;
    double readerMs = 0;
    double planMs = 0;
    for (int i = 0; i < repetitions; ++i) {
        const Timed baseline = timed([&path] { return readAndSplitLines(path); });
        const Timed reader = timed([&path] { return readTable(path); });
        const Timed plan = timed([&path] { return readAndPlan(path); });
        if (baseline.result != rows + 2 || reader.result != rows || plan.result != rows) {
            qFatal("read %lld lines and %lld plan rows of %d", static_cast<long long>(baseline.result),
                static_cast<long long>(plan.result), rows);
        }
        baselineMs = i == 0 ? baseline.ms : std::min(baselineMs, baseline.ms);
        readerMs = i == 0 ? reader.ms : std::min(readerMs, reader.ms);
        planMs = i == 0 ? plan.ms : std::min(planMs, plan.ms);
    }

    out << "plan loading: " << rows << " rows x 3 fields, " << bytes / 1024.0 / 1024.0 << " MiB of CSV"
        << Qt::endl;
    out << "CPU time (fastest of " << repetitions << "): read + split lines " << baselineMs << " ms; read + "
        << "SpreadsheetReader + ChangePlanBuilder::fromTable " << planMs << " ms; ratio "
        << planMs / baselineMs << " (target <= 5); SpreadsheetReader alone " << readerMs << " ms, ratio "
        << readerMs / baselineMs << Qt::endl;
    out << "memory: peak RSS while loading +" << peakKiB / 1024.0 << " MiB = " << peakKiB * 1024.0 / rows
        << " bytes per row (target <= 1024); heap kept by the plan alone " << planHeap / 1024.0 / 1024.0
        << " MiB = " << double(planHeap) / rows << " bytes per row" << Qt::endl;
    return 0;
}
