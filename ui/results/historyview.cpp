#include "results/historyview.h"

#include "history/changehistory.h"
#include "profile/fieldschema.h"
#include "profile/fieldvalidator.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// Enough for a support agent's recent work; older entries stay in the file.
constexpr int kShownRecords = 500;

QString valueText(const QString &tag, const QJsonValue &value)
{
    return value.isUndefined() ? HistoryView::tr("(not set)") : FieldValidator::displayText(tag, value);
}

QString fieldName(const QString &tag)
{
    const std::optional<FieldSpec> spec = FieldSchema::fieldFor(tag);
    return spec && !spec->custom ? spec->displayName() : tag;
}

} // namespace

HistoryView::HistoryView(const ChangeHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_onlyAccountCheck(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(0, 8, this))
{
    m_onlyAccountCheck->setObjectName(QStringLiteral("historyOnlyAccountCheck"));
    m_onlyAccountCheck->setText(tr("Only the loaded account"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Change history"));
    m_table->setHorizontalHeaderLabels({ tr("When"), tr("Connection"), tr("Account"), tr("Field"),
        tr("Before"), tr("After"), tr("Result"), QStringLiteral("random") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_onlyAccountCheck);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    connect(m_onlyAccountCheck, &QCheckBox::toggled, this, &HistoryView::refresh);
}

void HistoryView::setAccount(const QString &account)
{
    m_account = account;
    m_onlyAccountCheck->setText(
        account.isEmpty() ? tr("Only the loaded account") : tr("Only %1").arg(account));
    refresh();
}

void HistoryView::refresh()
{
    m_stale = true;
    if (isVisible()) {
        reload();
    }
}

void HistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        reload();
    }
}

// Opens the history file on first use, so start-up never waits for SQLite.
void HistoryView::reload()
{
    m_stale = false;
    m_table->setRowCount(0);
    if (!m_history || !m_history->isOpen()) {
        m_status->setText(m_history ? m_history->errorString() : tr("No change history in this session."));
        m_status->show();
        return;
    }
    const QString filter = m_onlyAccountCheck->isChecked() ? m_account : QString();
    const QList<ChangeRecord> records = m_history->recent(kShownRecords, filter);
    m_status->setVisible(records.isEmpty());
    m_status->setText(tr("No profile has been written from this computer yet."));
    m_table->setRowCount(static_cast<int>(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const ChangeRecord &r = records.at(row);
        const QStringList cells { QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat), r.connection,
            r.account, fieldName(r.tag), valueText(r.tag, r.oldValue), valueText(r.tag, r.newValue),
            r.resultText(), QString::number(r.random) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == 3 ? r.tag : cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
}
