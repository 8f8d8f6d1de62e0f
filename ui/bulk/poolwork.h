#pragma once

#include "jobs/jobstore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

// Runs work on the global thread pool, off the GUI thread, and hands its result to done on
// context's thread. done is never called once context is gone; work must therefore hold only
// copies, never pointers into context, and may finish after it.
template<typename Result>
void runInPool(QObject *context, std::function<Result()> work, std::function<void(const Result &)> done)
{
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        if (watcher->future().resultCount() > 0) {
            done(watcher->result());
        }
        watcher->deleteLater();
    });
    // QThreadPool takes a copyable function; the promise is shared with it.
    auto promise = std::make_shared<QPromise<Result>>();
    promise->start();
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
}

// Stores a new job (JobStore::create()) before its first write, on a pool thread through a
// connection of its own: storing 100,000 rows takes a moment. done gets the job with its id, or
// the store's error (translated) and the job as given.
inline void storeNewJobInPool(QObject *context, const QString &storePath, const WriteJob &job,
    std::function<void(const WriteJob &stored, const QString &error)> done)
{
    struct Stored
    {
        WriteJob job;
        QString error;
    };
    runInPool<Stored>(
        context,
        [job, storePath] {
            JobStore store(storePath);
            WriteJob created = job;
            const bool stored = store.create(created);
            return Stored { created, stored ? QString() : store.errorString() };
        },
        [done = std::move(done)](const Stored &stored) { done(stored.job, stored.error); });
}
