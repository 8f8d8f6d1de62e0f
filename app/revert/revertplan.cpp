#include "revert/revertplan.h"

#include "jobs/profilevalues.h"
#include "profile/fieldschema.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

RequestTarget targetOf(const ChangeRecord &change)
{
    return { change.connectionId, QUrl(change.baseUrl), change.sdkAppId, change.adminIdentifier };
}

// One app whichever connection wrote: the window records its saved connection's id, the CLI none.
bool sameApp(RequestTarget a, RequestTarget b)
{
    a.connectionId.clear();
    b.connectionId.clear();
    return a == b;
}

QJsonValue unsetValueOf(const QString &tag)
{
    const std::optional<FieldSpec> spec = FieldSchema::fieldFor(tag);
    return spec ? spec->unsetValue() : QJsonValue(QString());
}

// What the server holds, read as the field's value: a field it does not return reads as unset.
QJsonValue asRead(const QString &tag, const QJsonValue &value)
{
    return value.isUndefined() ? unsetValueOf(tag) : value;
}

} // namespace

RevertPlan RevertPlan::fromChanges(const QList<ChangeRecord> &changes)
{
    RevertPlan plan;
    QList<ChangeRecord> revertible;
    for (const ChangeRecord &change : changes) {
        if (change.state == ChangeRecord::State::Failed) {
            ++plan.m_failedLeftOut;
        } else {
            revertible.append(change);
        }
    }
    if (revertible.isEmpty()) {
        plan.m_problem = changes.isEmpty()
            ? tr("Select the changes to revert.")
            : tr("None of the selected writes was stored (they all failed), so there is nothing to revert.");
        return plan;
    }
    plan.m_target = targetOf(revertible.first());
    plan.m_regionId = revertible.first().regionId;
    for (const ChangeRecord &change : std::as_const(revertible)) {
        if (!sameApp(targetOf(change), plan.m_target)) {
            plan.m_problem = tr("The selected changes were made on different apps, regions or admins. Revert "
                                "the changes of one connection at a time.");
            return plan;
        }
    }
    // History ids grow with time: the earliest change of a field knows its value before, the
    // latest what the server should hold now.
    std::sort(revertible.begin(), revertible.end(),
        [](const ChangeRecord &a, const ChangeRecord &b) { return a.id < b.id; });
    QHash<QPair<QString, QString>, qsizetype> fieldIndex;
    for (const ChangeRecord &change : std::as_const(revertible)) {
        const QPair<QString, QString> key { change.account, change.tag };
        const auto found = fieldIndex.constFind(key);
        if (found == fieldIndex.cend()) {
            RevertField field;
            field.account = change.account;
            field.tag = change.tag;
            field.wasNotSet = change.oldValue.isUndefined();
            field.restore = field.wasNotSet ? unsetValueOf(change.tag) : change.oldValue;
            field.weWrote = change.newValue;
            field.changeIds.append(change.id);
            fieldIndex.insert(key, plan.m_fields.size());
            plan.m_fields.append(field);
        } else {
            RevertField &field = plan.m_fields[*found];
            field.weWrote = change.newValue;
            field.changeIds.append(change.id);
        }
    }
    return plan;
}

ChangePlan RevertPlan::changePlan() const
{
    QList<PlanRow> rows;
    QHash<QString, qsizetype> rowOf;
    for (const RevertField &field : m_fields) {
        const auto found = rowOf.constFind(field.account);
        if (found == rowOf.cend()) {
            PlanRow row;
            row.account = field.account;
            rowOf.insert(field.account, rows.size());
            rows.append(row);
        }
        rows[rowOf.value(field.account)].items.append({ field.tag, field.restore, 0 });
    }
    return ChangePlanBuilder::fromRows(rows);
}

RevertPlan::Built RevertPlan::build(const QList<PreviewRow> &preview, bool force) const
{
    Built built;
    WriteJob &job = built.job;
    job.kind = WriteJob::Kind::Revert;
    job.createdAt = QDateTime::currentDateTimeUtc();
    job.target = m_target;
    job.regionId = m_regionId;
    job.source = tr("revert");

    QHash<QPair<QString, QString>, const RevertField *> fields;
    for (const RevertField &field : m_fields) {
        fields.insert({ field.account, field.tag }, &field);
    }
    for (const PreviewRow &account : preview) {
        JobRow row;
        row.index = int(job.rows.size());
        row.account = account.account;
        if (account.accountMissing) {
            row.state = RowState::Failed;
            row.errorCode = 40003;
            row.reason = QStringLiteral("account-missing");
            job.rows.append(row);
            continue;
        }
        bool conflicted = false;
        for (const FieldChange &change : account.changes) {
            const RevertField *field = fields.value({ account.account, change.tag });
            if (!field) {
                continue;
            }
            // Compared as the preview compares: by field type, so a number read back as 2.0 or
            // "2" is the 2 we wrote, and a field not returned holds its unset value.
            if (!ProfileValues::holds(change.tag, change.oldValue, asRead(change.tag, field->weWrote))) {
                built.conflicts.append(
                    { account.account, change.tag, field->weWrote, change.oldValue, field->restore, force });
                conflicted = true;
                if (!force) {
                    continue;
                }
            }
            row.changes.append({ change.tag, change.oldValue, field->restore });
        }
        if (!row.changes.isEmpty()) {
            row.state = RowState::Pending;
        } else if (conflicted) {
            // Nothing left to write because of conflicts: not "unchanged", which would read as
            // already reverted.
            row.state = RowState::Skipped;
            row.reason = QStringLiteral("conflict");
        } else {
            row.state = RowState::Unchanged;
        }
        job.rows.append(row);
    }
    return built;
}

QList<RevertStep> RevertPlan::steps(const QList<PreviewRow> &preview, const Built &built) const
{
    QHash<QString, const PreviewRow *> rows;
    for (const PreviewRow &row : preview) {
        rows.insert(row.account, &row);
    }
    QHash<QPair<QString, QString>, const RevertConflict *> conflicts;
    for (const RevertConflict &conflict : built.conflicts) {
        conflicts.insert({ conflict.account, conflict.tag }, &conflict);
    }
    QList<RevertStep> steps;
    for (const RevertField &field : m_fields) {
        RevertStep step;
        step.field = field;
        const PreviewRow *row = rows.value(field.account);
        if (!row || row->accountMissing) {
            step.action = RevertStep::Action::AccountMissing;
        } else if (row->refusedTags.contains(field.tag)) {
            step.action = RevertStep::Action::FieldRefused;
        } else if (const RevertConflict *conflict = conflicts.value({ field.account, field.tag })) {
            step.action = RevertStep::Action::Conflict;
            step.now = conflict->nowThere;
            step.overwritten = conflict->overwritten;
        } else if (const FieldChange *change = findChange(row->changes, field.tag)) {
            step.now = change->oldValue;
        } else if (const FieldChange *equal = findChange(row->alreadyEqual, field.tag)) {
            step.action = RevertStep::Action::AlreadyBack;
            step.now = equal->oldValue;
        }
        steps.append(step);
    }
    return steps;
}
