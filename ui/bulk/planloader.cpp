#include "bulk/planloader.h"

#include "spreadsheet/spreadsheetreader.h"

#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QThreadPool>

#include <memory>

PlanLoader::PlanLoader(QObject *parent)
    : QObject(parent)
{ }

PlanLoader::~PlanLoader()
{
    // The work holds only copies of its input, so it may finish after the loader is gone.
    if (m_watcher) {
        m_watcher->disconnect(this);
    }
}

void PlanLoader::loadTable(const QByteArray &bytes, const QByteArray &encoding, const QString &source)
{
    run([bytes, encoding, source] {
        SpreadsheetReader::Options options;
        options.encoding = encoding;
        return Result { ChangePlanBuilder::fromTable(SpreadsheetReader::read(bytes, options)), source, {} };
    });
}

void PlanLoader::loadFile(const QString &path, const QByteArray &encoding)
{
    run([path, encoding] {
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Result { {}, name, tr("%1 could not be opened: %2").arg(name, file.errorString()) };
        }
        SpreadsheetReader::Options options;
        options.encoding = encoding;
        return Result { ChangePlanBuilder::fromTable(SpreadsheetReader::read(file.readAll(), options)), name,
            {} };
    });
}

void PlanLoader::loadAccounts(const QString &accounts, const QStringList &assignments, const QString &source)
{
    run([accounts, assignments, source] {
        return Result { ChangePlanBuilder::fromAccounts(accounts, assignments), source, {} };
    });
}

bool PlanLoader::isLoading() const
{
    return m_watcher && !m_watcher->isFinished();
}

void PlanLoader::run(std::function<Result()> work)
{
    if (m_watcher) {
        m_watcher->disconnect(this); // a newer input replaces it; its answer is dropped
        m_watcher->deleteLater();
    }
    m_watcher = new QFutureWatcher<Result>(this);
    QFutureWatcher<Result> *watcher = m_watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher != m_watcher || watcher->future().resultCount() == 0) {
            return;
        }
        const Result result = watcher->result();
        if (result.error.isEmpty()) {
            Q_EMIT loaded(result.plan, result.source);
        } else {
            Q_EMIT failed(result.error);
        }
    });
    // QThreadPool takes a copyable function; the promise is shared with it.
    auto promise = std::make_shared<QPromise<Result>>();
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
}
