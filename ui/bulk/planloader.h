#pragma once

#include "bulk/changeplan.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

// Turns bulk edit input (file bytes, pasted cells, an accounts list) into a ChangePlan on a pool
// thread: reading and validating 100,000 rows takes longer than a frame, and the window must
// not stall. Only the newest request counts: starting another drops the answer of the one
// before, so a slow file never overwrites what the user pasted after it.
class PlanLoader final : public QObject
{
    Q_OBJECT

public:
    explicit PlanLoader(QObject *parent = nullptr);

    // encoding: empty for automatic (UTF-8, or UTF-16/UTF-8 by byte-order mark).
    void loadTable(const QByteArray &bytes, const QByteArray &encoding, const QString &source);
    // Reads the file on the pool thread too; a file that cannot be opened ends in failed().
    void loadFile(const QString &path, const QByteArray &encoding);
    void loadAccounts(const QString &accounts, const QStringList &assignments, const QString &source);
    bool isLoading() const;

Q_SIGNALS:
    void loaded(const ChangePlan &plan, const QString &source);
    void failed(const QString &message);

private:
    struct Result
    {
        ChangePlan plan;
        QString source;
        QString error; // the file could not be read; plan is empty
    };
    void run(std::function<Result()> work);

    int m_generation = 0; // of the newest request; older answers are dropped
    bool m_loading = false;
};
