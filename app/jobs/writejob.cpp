#include "jobs/writejob.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<RowState, const char *>, 7> kRowStateNames { {
    { RowState::Pending, "pending" },
    { RowState::Sent, "sent" },
    { RowState::Ok, "ok" },
    { RowState::Unchanged, "unchanged" },
    { RowState::Failed, "failed" },
    { RowState::Skipped, "skipped" },
    { RowState::Unknown, "unknown" },
} };

} // namespace

const FieldChange *findChange(const QList<FieldChange> &changes, const QString &tag)
{
    for (const FieldChange &change : changes) {
        if (change.tag == tag) {
            return &change;
        }
    }
    return nullptr;
}

bool FieldChange::operator==(const FieldChange &other) const
{
    return tag == other.tag && oldValue == other.oldValue && newValue == other.newValue;
}

QString rowStateName(RowState state)
{
    for (const auto &[value, name] : kRowStateNames) {
        if (value == state) {
            return QLatin1String(name);
        }
    }
    Q_UNREACHABLE();
}

std::optional<RowState> rowStateFromName(const QString &name)
{
    for (const auto &[value, text] : kRowStateNames) {
        if (name == QLatin1String(text)) {
            return value;
        }
    }
    return std::nullopt;
}

QString jobKindName(WriteJob::Kind kind)
{
    switch (kind) {
    case WriteJob::Kind::Apply:
        return QStringLiteral("apply");
    case WriteJob::Kind::Bulk:
        return QStringLiteral("bulk");
    case WriteJob::Kind::Revert:
        return QStringLiteral("revert");
    }
    Q_UNREACHABLE();
}

JobTotals JobTotals::of(const QList<JobRow> &rows)
{
    JobTotals totals;
    for (const JobRow &row : rows) {
        totals.add(row.state, 1, int(row.changes.size()));
    }
    return totals;
}

void JobTotals::add(RowState state, int count, int fieldCount)
{
    total += count;
    switch (state) {
    case RowState::Pending:
        pending += count;
        break;
    case RowState::Sent:
        sent += count;
        break;
    case RowState::Ok:
        ok += count;
        break;
    case RowState::Unchanged:
        unchanged += count;
        break;
    case RowState::Failed:
        failed += count;
        break;
    case RowState::Skipped:
        skipped += count;
        break;
    case RowState::Unknown:
        unknown += count;
        break;
    }
    // Unchanged and skipped rows write nothing, whatever they were asked for.
    if (state != RowState::Unchanged && state != RowState::Skipped) {
        fields += fieldCount;
    }
}
