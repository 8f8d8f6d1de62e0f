#pragma once

#include "history/changehistory.h"

#include <QObject>
#include <QString>

#include <functional>

// What a person filters the change history by, as the history tab offers it.
struct HistoryQuery
{
    enum class Span { All, LastHour, Today, Last7Days, Last30Days };
    enum class Outcome { All, Ok, Failed, Unknown }; // Unknown includes pending: no answer came

    QString account; // exact; empty for all
    QString tag; // exact wire tag; empty for all
    QString connectionId; // empty for all
    Span span = Span::All;
    Outcome outcome = Outcome::All;
    QString search;

    // The ChangeHistory::find() filter for this query, with spans counted back from now
    // ("today" from the local midnight).
    HistoryFilter filter(const QDateTime &now) const;
    bool filtersAnything() const;
};

// One answer of HistoryLoader: what the query found, and what the filters can offer.
struct HistorySnapshot
{
    QList<ChangeRecord> records; // newest first, at most HistoryLoader::kLimit
    bool truncated = false; // more matched than kLimit
    HistoryFacets facets;
    QString error; // translated; empty when the history could be read
};

// Reads the change history off the GUI thread: each read opens its own ChangeHistory on the
// file in a worker thread (an SQLite connection belongs to the thread that made it) and the
// answer arrives on the loader's thread. A newer request supersedes the older ones, whose
// answers are dropped. clear() deletes every record the same way.
class HistoryLoader final : public QObject
{
    Q_OBJECT

public:
    // Enough for years of a support agent's work; a bulk job on more narrows with the filters.
    static constexpr int kLimit = 100000;

    explicit HistoryLoader(QString path, QObject *parent = nullptr);
    ~HistoryLoader() override;

    QString path() const { return m_path; }

    void load(const HistoryQuery &query);
    // Deletes every record, then emits cleared() and loads the last query again.
    void clear();
    bool isLoading() const { return m_pending > 0; }

    // For tests: runs in the worker thread before each read or clear.
    void setWorkerHook(std::function<void()> hook) { m_workerHook = std::move(hook); }

Q_SIGNALS:
    void loaded(const HistorySnapshot &snapshot);
    // error is translated, empty on success.
    void cleared(const QString &error);

private:
    enum class Answer { IfNewest, Always };
    // work(ChangeHistory &) in a worker, then done(result, whether it is the newest request) here.
    template<typename Result, typename Work, typename Done> void run(Answer answer, Work work, Done done);

    QString m_path;
    HistoryQuery m_lastQuery;
    quint64 m_generation = 0; // of the newest request; older answers are dropped
    int m_pending = 0;
    std::function<void()> m_workerHook;
};
