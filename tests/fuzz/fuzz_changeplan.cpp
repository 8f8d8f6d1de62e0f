// Whatever a bulk edit input holds, the change plan must not crash and must stay consistent with
// what a job will do with it: every problem has a place and a message, a row is invalid exactly
// when a row problem is on its line, "skip invalid" splits the rows into sent and skipped without
// losing one, and every row a job would send names one account, once, with at least one item,
// each item a tag given once and a value the FieldValidator accepts.
//
// The first byte chooses the form: even, the rest is a spreadsheet (delimiter detected); odd, the
// rest is UTF-8 whose first line holds tab-separated TAG=VALUE assignments and whose other lines
// are the accounts list.
#include "bulk/changeplan.h"
#include "profile/fieldvalidator.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

ChangePlan planFrom(uint8_t selector, const QByteArray &bytes)
{
    if (selector % 2 == 0) {
        return ChangePlanBuilder::fromTable(SpreadsheetReader::read(bytes));
    }
    const QString text = QString::fromUtf8(bytes);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const QString first = lineEnd < 0 ? text : text.left(lineEnd);
    const QStringList assignments = first.split(QLatin1Char('\t'), Qt::SkipEmptyParts);
    return ChangePlanBuilder::fromAccounts(
        lineEnd < 0 ? QStringView() : QStringView(text).sliced(lineEnd + 1), assignments);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const ChangePlan plan = planFrom(data[0], bytes);

    QSet<int> rowLines;
    int previous = -1;
    for (const PlanRow &row : plan.rows()) {
        check(row.line >= 1 && row.line > previous);
        previous = row.line;
        rowLines.insert(row.line);
    }
    QSet<int> invalidLines;
    for (const PlanProblem &problem : plan.problems()) {
        check(problem.line >= 0 && problem.column >= 0 && !problem.message.isEmpty());
        check(!ChangePlan::location(problem).isEmpty());
        if (problem.scope == PlanProblem::Row) {
            check(rowLines.contains(problem.line));
            invalidLines.insert(problem.line);
        }
    }
    for (const PlanRow &row : plan.rows()) {
        check(row.valid == !invalidLines.contains(row.line));
    }
    check(plan.problems().isEmpty() || !plan.mayRun(ChangePlan::InvalidRows::Refuse));

    const QList<PlanRow> sent = plan.rowsToSend(ChangePlan::InvalidRows::Skip);
    const QList<PlanRow> skipped = plan.skippedRows(ChangePlan::InvalidRows::Skip);
    check(plan.mayRun(ChangePlan::InvalidRows::Skip) ? sent.size() + skipped.size() == plan.rows().size()
                                                     : sent.isEmpty() && skipped.isEmpty());
    QSet<QString> accounts;
    for (const PlanRow &row : sent) {
        check(row.valid && !row.account.isEmpty() && !row.items.isEmpty() && !accounts.contains(row.account));
        accounts.insert(row.account);
        QSet<QString> tags;
        for (const PlanItem &item : row.items) {
            check(!tags.contains(item.tag) && !FieldValidator::check(item.tag, item.value).isInvalid());
            tags.insert(item.tag);
        }
    }
    return 0;
}
