#pragma once

#include "api/requestcontext.h"
#include "bulk/changeplan.h"
#include "history/changehistory.h"
#include "jobs/planpreview.h"
#include "jobs/writejob.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

// One field a revert puts back: the value it had before the selected changes, and what they wrote
// last, which is what the server should still hold unless someone changed it since.
struct RevertField
{
    QString account;
    QString tag;
    QJsonValue restore; // the value before the first selected change (or the field's unset value)
    bool wasNotSet = false; // the field had no value: restore is FieldSpec::unsetValue()
    QJsonValue weWrote; // the value the last selected change wrote
    QList<qint64> changeIds; // the history records it undoes
};

// A field whose server value is no longer what we wrote: someone changed it since.
struct RevertConflict
{
    QString account;
    QString tag;
    QJsonValue weWrote;
    QJsonValue nowThere; // Undefined when the server no longer returns the field
    QJsonValue wouldWrite;
    bool overwritten = false; // forced: the revert writes it anyway
};

// What a revert does with one field once the current values are read (RevertPlan::steps()): what
// a preview shows for it, side by side with what we wrote and what is there now, in the CLI's
// output as in a window.
struct RevertStep
{
    enum class Action {
        Write, // the server holds what we wrote: the revert writes field.restore
        AlreadyBack, // the server holds field.restore already: nothing to write
        Conflict, // the server holds something else: skipped, or written when overwritten
        AccountMissing, // the account does not exist (any more): nothing to write
        FieldRefused, // the server refuses to read the field for this app: nothing to write
    };

    RevertField field;
    Action action = Action::Write;
    QJsonValue now; // what the server holds; Undefined when it returns nothing for the field
    bool overwritten = false; // a Conflict that a forced build() writes anyway
};

// Undoing changes from the history: which values to write back, where, and what conflicts with
// what happened since. A revert is a WriteJob of kind Revert and goes through the one write path
// (PlanPreview reads the current values, the JobRunner writes), with every guard of a write.
//
// Rules:
// - Only changes that may have reached the server are undone: OK, unknown and pending (no answer
//   recorded) ones. A failed write changed nothing; it is listed, not reverted.
// - For each account and field, the value before the earliest selected change is restored, and
//   the value of the latest one is what the server should hold now.
// - Every selected change must have been made on one target (connection, base URL, SDKAppID,
//   admin): the revert writes only there, whatever connection the window shows now.
// - A field that was not set before cannot be removed with portrait_set: its unset value ("" for
//   text, 0 for numbers, the documented default of a choice) is written instead, and said so.
// - A field the server holds something else for than we wrote is a conflict: skipped unless the
//   user forces it. A field that already holds the restore value is unchanged.
class RevertPlan final
{
    Q_DECLARE_TR_FUNCTIONS(RevertPlan)

public:
    // Empty fields() with a problem() when nothing can be reverted.
    static RevertPlan fromChanges(const QList<ChangeRecord> &changes);

    QString problem() const { return m_problem; } // translated, empty when fine
    const QList<RevertField> &fields() const { return m_fields; }
    // Failed writes among the selection, left out because they changed nothing.
    int failedChangesLeftOut() const { return m_failedLeftOut; }
    const RequestTarget &target() const { return m_target; }
    QString regionId() const { return m_regionId; }

    // What PlanPreview reads and compares: one row per account, the restore values as items.
    ChangePlan changePlan() const;

    struct Built
    {
        WriteJob job; // kind Revert, bound to target(); conflicts left out unless forced
        QList<RevertConflict> conflicts;
    };
    // From the preview of changePlan(): the fields to write and the conflicts.
    Built build(const QList<PreviewRow> &preview, bool force) const;
    // Every field of fields(), in that order, with what the preview of changePlan() found for it
    // and what built (build() of the same preview) does with it.
    QList<RevertStep> steps(const QList<PreviewRow> &preview, const Built &built) const;

private:
    QString m_problem;
    QList<RevertField> m_fields;
    int m_failedLeftOut = 0;
    RequestTarget m_target;
    QString m_regionId;
};
