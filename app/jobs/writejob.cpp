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
    totals.total = int(rows.size());
    for (const JobRow &row : rows) {
        switch (row.state) {
        case RowState::Pending:
            ++totals.pending;
            break;
        case RowState::Sent:
            ++totals.sent;
            break;
        case RowState::Ok:
            ++totals.ok;
            break;
        case RowState::Unchanged:
            ++totals.unchanged;
            break;
        case RowState::Failed:
            ++totals.failed;
            break;
        case RowState::Skipped:
            ++totals.skipped;
            break;
        case RowState::Unknown:
            ++totals.unknown;
            break;
        }
        if (row.state != RowState::Unchanged && row.state != RowState::Skipped) {
            totals.fields += int(row.changes.size());
        }
    }
    return totals;
}
