#pragma once

#include "api/requestcontext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class LocalDatabase;

// One field written (or attempted) by Apply: who was changed, from what to what, and how it ended.
// Holds no credential: the admin's UserSig and the secret key never come near it.
struct ChangeRecord
{
    // Where the write stands. Stored untranslated (see stateName()), shown translated.
    enum class State {
        Pending, // recorded before sending, no answer recorded: after a crash it stays so, shown as unknown
        Ok, // the server answered OK
        Failed, // the server answered with an error, or nothing was sent
        Unknown, // sent, and no answer of the API came: it may or may not have been stored
    };

    // What reading the field back after an OK write found.
    enum class ReadBack {
        NotApplicable, // the write was not OK, or the row predates read-back records
        NotVerified, // OK, but no read-back answered (yet)
        Stuck, // the server holds what was sent
        DidNotStick, // OK, but the server holds something else
    };

    QDateTime at; // UTC
    QString connection; // the connection's name
    QString connectionId; // the saved connection's stable id
    QString region; // display name or endpoint host
    QString regionId; // catalogue id ("custom" for an endpoint, "sandbox")
    QString baseUrl; // where the write was sent: the region's host or the endpoint URL
    quint64 sdkAppId = 0;
    QString adminIdentifier; // as whom it was written
    QString account;
    QString tag;
    QJsonValue oldValue; // Undefined when the field was not set on the server
    QJsonValue newValue;
    State state = State::Pending;
    int errorCode = 0; // the server's ErrorCode; -1 when no answer came
    QString errorInfo; // as received
    int httpStatus = 0; // 0 when no HTTP answer came
    // What stopped a write without an answer ("Timed out"), as the session log says it; the whole
    // outcome, translated, in rows written before states were recorded (schema 3 and older).
    QString outcome;
    quint32 random = 0; // for a Tencent ticket
    ReadBack readBack = ReadBack::NotApplicable;
    qint64 jobId = 0; // the WriteJob that wrote it (JobStore's id); 0 for none, and for rows before jobs
    qint64 id = 0; // the change's id in the history (set by append() and find())

    static QString stateName(State state); // "pending", "ok", "failed", "unknown"
    // The record of a write about to be sent to where context goes: Pending, no answer yet.
    static ChangeRecord pending(const RequestContext &context, const QString &account, const QString &tag,
        const QJsonValue &oldValue, const QJsonValue &newValue);

    // Translated: "OK", "FAIL 40009", "Unknown: no answer came", …
    QString outcomeText() const;
    // The outcome with what the read-back found: "OK" only for a write that stuck (or a row
    // written before read-backs were recorded).
    QString resultText() const;

    bool operator==(const ChangeRecord &other) const;
};

// Which changes find() returns; empty fields do not filter.
struct HistoryFilter
{
    qint64 changeId = 0;
    qint64 jobId = 0;
    QString account; // exact
    QString tag; // exact wire tag
    QString connectionId;
    QDateTime since; // inclusive, UTC
    QDateTime until; // exclusive, UTC
    std::optional<ChangeRecord::State> state; // Pending is found with Unknown: both had no answer
    QString search; // in the account, the tag, the values and the connection's name, any case
};

// What the history holds changes of, for a browser's filter lists.
struct HistoryFacets
{
    struct Connection
    {
        QString id; // ChangeRecord::connectionId
        QString name; // as its newest change names it
    };
    QList<Connection> connections; // newest first
    QStringList tags; // sorted
};

// The append-only audit trail of profile writes, in an SQLite file, so a support agent can still
// answer "what did I change for this user last week?" after a restart. The file is a
// LocalDatabase: private, shared with a CLI through WAL, versioned and migrated; opening or writing
// never throws, and a broken file is reported and left untouched.
class ChangeHistory final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeHistory)

public:
    // The default file: history.sqlite in the application's data folder.
    static QString defaultPath();

    // Opens the file on first use, not here: start-up does not pay for SQLite.
    explicit ChangeHistory(const QString &path = defaultPath());
    ~ChangeHistory();
    Q_DISABLE_COPY_MOVE(ChangeHistory)

    bool isOpen() const;
    // Why the history is unavailable (translated), empty when open.
    QString errorString() const;

    // ids, when given, receives the row id of each record, in order, for setReadBack().
    bool append(const QList<ChangeRecord> &records, QList<qint64> *ids = nullptr);
    // When the answer came (or surely never will): each row's state, ErrorCode, ErrorInfo, random
    // and HTTP status as in the given record; the plan (account, tag, values) is left alone.
    bool setOutcomes(const QList<ChangeRecord> &answered);
    // Records what the read-back found for rows append() wrote.
    bool setReadBack(const QHash<qint64, ChangeRecord::ReadBack> &results);
    // Newest first; an empty account means every account.
    QList<ChangeRecord> recent(int limit, const QString &account = {}) const;
    // Newest first, at most limit (all when negative).
    QList<ChangeRecord> find(const HistoryFilter &filter, int limit = -1) const;
    // The connections and tags of every record.
    HistoryFacets facets() const;
    // Deletes every record (the user asked, and confirmed).
    bool clear();
    QString path() const;

private:
    std::unique_ptr<LocalDatabase> m_db;
};
