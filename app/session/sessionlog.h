#pragma once

#include "api/apiresult.h"
#include "api/requestcontext.h"
#include "errors/errorcatalogue.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>

// One request of this session, as the results pane and the session log show it. Everything in it
// is already redacted: the UserSig is masked in the URL (the log keeps the URL as sent apart) and
// the key never reaches the API layer.
struct SessionEntry
{
    enum class Operation { Load, Apply, ReadBack };

    QDateTime startedAt;
    Operation operation = Operation::Load;
    QString account;
    QString regionName;
    ApiResult result;
    Explanation explanation; // empty title for a clean success
    RequestTarget target; // where it went: an unknown write is read back only from there
    QJsonArray itemsSent; // a write's Tag/Value items, to read back exactly those
    QHash<QString, qint64> historyIds; // a write's change-history row of each sent tag
    qint64 jobId = 0; // the stored WriteJob (kind Apply) a write was sent as; its one row is 0

    QString operationName() const; // translated
    QString outcomeText() const; // translated one-liner: "OK", "FAIL 40009", "Timed out", …
};

// The session's requests, newest last, for the log list; kept in memory only, never written.
class SessionLog final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit SessionLog(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Returns the new entry's row. The URL as sent (ApiResult::sentUrl) is taken out of the entry
    // and kept apart, so an entry handed on holds no UserSig.
    int append(SessionEntry entry);
    const SessionEntry &entry(int row) const { return m_entries.at(row); }
    // The URL row's request went out with, full UserSig included, byte for byte; empty when
    // nothing was sent. Only for a copy the user explicitly asked for.
    QByteArray sentUrl(int row) const { return m_sentUrls.at(row); }

private:
    QList<SessionEntry> m_entries;
    QList<QByteArray> m_sentUrls; // row for row with m_entries
};
