#include "bulk/planloader.h"

#include "bulk/poolwork.h"
#include "spreadsheet/spreadsheetreader.h"

#include <QFile>
#include <QFileInfo>

PlanLoader::PlanLoader(QObject *parent)
    : QObject(parent)
{ }

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
    return m_loading;
}

void PlanLoader::run(std::function<Result()> work)
{
    const int generation = ++m_generation;
    m_loading = true;
    runInPool<Result>(this, std::move(work), [this, generation](const Result &result) {
        if (generation != m_generation) {
            return; // a newer input replaced it
        }
        m_loading = false;
        if (result.error.isEmpty()) {
            Q_EMIT loaded(result.plan, result.source);
        } else {
            Q_EMIT failed(result.error);
        }
    });
}
