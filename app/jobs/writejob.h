#pragma once

#include "api/requestcontext.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One field a job writes: the tag, what the server held before (Undefined when the field was not
// set), and the value sent.
struct FieldChange
{
    QString tag;
    QJsonValue oldValue;
    QJsonValue newValue;

    bool operator==(const FieldChange &other) const;
};
// The change of `tag` among `changes`, or nullptr.
const FieldChange *findChange(const QList<FieldChange> &changes, const QString &tag);

// Where one account of a job stands. Stored untranslated by name (see rowStateName()).
enum class RowState {
    Pending, // not sent yet
    Sent, // recorded as about to be sent, no answer stored yet: may or may not have reached the server
    Ok, // the server answered OK
    Unchanged, // the server already held every value asked for: nothing was sent
    Failed, // a permanent answer from the server, or refused before sending (account does not exist)
    Skipped, // left out on purpose (--skip-invalid)
    Unknown, // sent, but no answer came: neither OK nor failed
};
QString rowStateName(RowState state); // "pending", "sent", "ok", "unchanged", "failed", "skipped", "unknown"
std::optional<RowState> rowStateFromName(const QString &name);

// One account of a job: one portrait_set with only the fields that change.
struct JobRow
{
    int index = 0; // 0-based position in the job, its key in the store
    int line = 0; // the input line it came from (ChangePlan's numbering); 0 for a single Apply
    QString account;
    QList<FieldChange> changes; // empty for Unchanged and Skipped rows
    RowState state = RowState::Pending;
    int errorCode = 0; // the server's ErrorCode; -1 when no answer came
    QString errorInfo; // as received
    QString errorDisplay; // as received
    quint32 random = 0; // of the last attempt, for a Tencent ticket
    int httpStatus = 0;
    QString reason; // untranslated key of why a row was skipped or failed before sending, or empty
    QStringList didNotStick; // tags the read-back found holding something else than was sent
    bool readBack = false; // a read-back answered for this row
};

// What a job's rows came to. ok + unchanged + failed + skipped + unknown + pending + sent = total.
struct JobTotals
{
    int total = 0;
    int pending = 0; // not sent yet (an unfinished job)
    int sent = 0; // sent and unanswered in an unfinished job: read back before anything is re-sent
    int ok = 0;
    int unchanged = 0;
    int failed = 0;
    int skipped = 0;
    int unknown = 0;
    int fields = 0; // FieldChanges in rows that are to be, or were, written

    static JobTotals of(const QList<JobRow> &rows);
    // Counts `count` rows in `state` that hold `fields` FieldChanges between them.
    void add(RowState state, int count, int fields);
};

// A stored write operation: a single Apply, a bulk job or a revert, bound to the target its old
// values were read from. Holds no key and no UserSig.
struct WriteJob
{
    enum class Kind { Apply, Bulk, Revert };

    qint64 id = 0; // assigned by JobStore::create()
    Kind kind = Kind::Bulk;
    QDateTime createdAt; // UTC
    RequestTarget target; // where the old values were read from: the only place it may write
    QString regionId; // the catalogue's region id, "custom" or "sandbox"
    QString source; // the input's file name, "pasted cells" or "accounts list"; shown, not parsed
    int rate = 0; // calls per second it was started with
    bool finished = false; // every row has its final state (none Pending or Sent)
    QList<JobRow> rows;

    JobTotals totals() const { return JobTotals::of(rows); }
};
QString jobKindName(WriteJob::Kind kind); // "apply", "bulk", "revert"
