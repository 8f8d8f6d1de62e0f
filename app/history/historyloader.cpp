#include "history/historyloader.h"

#include <QFutureWatcher>
#include <QtConcurrent>

HistoryFilter HistoryQuery::filter(const QDateTime &now) const
{
    HistoryFilter f;
    f.account = account;
    f.tag = tag;
    f.connectionId = connectionId;
    f.search = search;
    switch (span) {
    case Span::All:
        break;
    case Span::LastHour:
        f.since = now.addSecs(-3600);
        break;
    case Span::Today:
        f.since = QDateTime(now.toLocalTime().date(), QTime(0, 0));
        break;
    case Span::Last7Days:
        f.since = now.addDays(-7);
        break;
    case Span::Last30Days:
        f.since = now.addDays(-30);
        break;
    }
    switch (outcome) {
    case Outcome::All:
        break;
    case Outcome::Ok:
        f.state = ChangeRecord::State::Ok;
        break;
    case Outcome::Failed:
        f.state = ChangeRecord::State::Failed;
        break;
    case Outcome::Unknown:
        f.state = ChangeRecord::State::Unknown; // find() includes pending
        break;
    }
    return f;
}

bool HistoryQuery::filtersAnything() const
{
    return !account.isEmpty() || !tag.isEmpty() || !connectionId.isEmpty() || span != Span::All
        || outcome != Outcome::All || !search.isEmpty();
}

HistoryLoader::HistoryLoader(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{ }

// Reads still running finish in the pool with their own connection; their answers go nowhere.
HistoryLoader::~HistoryLoader() = default;

template<typename Result, typename Work, typename Done>
void HistoryLoader::run(Answer answer, Work work, Done done)
{
    const quint64 generation = ++m_generation;
    ++m_pending;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation, answer, done] {
        watcher->deleteLater();
        --m_pending;
        if (answer == Answer::Always || generation == m_generation) {
            done(watcher->result(), generation == m_generation);
        }
    });
    watcher->setFuture(QtConcurrent::run([path = m_path, hook = m_workerHook, work] {
        if (hook) {
            hook();
        }
        ChangeHistory history(path);
        return work(history);
    }));
}

void HistoryLoader::load(const HistoryQuery &query)
{
    m_lastQuery = query;
    const HistoryFilter filter = query.filter(QDateTime::currentDateTimeUtc());
    run<HistorySnapshot>(
        Answer::IfNewest,
        [filter](const ChangeHistory &history) {
            HistorySnapshot snapshot;
            snapshot.records = history.find(filter, kLimit + 1);
            if (!history.isOpen()) {
                snapshot.error = history.errorString();
                return snapshot;
            }
            snapshot.truncated = snapshot.records.size() > kLimit;
            if (snapshot.truncated) {
                snapshot.records.removeLast();
            }
            snapshot.facets = history.facets();
            return snapshot;
        },
        [this](const HistorySnapshot &snapshot, bool) { Q_EMIT loaded(snapshot); });
}

void HistoryLoader::clear()
{
    // Whoever asked to clear hears how it went, even when a newer read was asked for meanwhile.
    run<QString>(
        Answer::Always,
        [](ChangeHistory &history) { return history.clear() ? QString() : history.errorString(); },
        [this](const QString &error, bool newest) {
            Q_EMIT cleared(error);
            if (newest) {
                load(m_lastQuery);
            }
        });
}
