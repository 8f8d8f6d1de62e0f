#include "results/historyview.h"

#include "history/changehistory.h"
#include "presentation/plaintext.h"
#include "presentation/presentationmasker.h"
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

HistoryView::HistoryView(const ChangeHistory *history, const PresentationMasker *masker, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_masker(masker)
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
    connect(m_masker, &PresentationMasker::changed, this, [this] {
        showAccount();
        refresh();
    });
}

void HistoryView::setAccount(const QString &account)
{
    m_account = account;
    showAccount();
    refresh();
}

// The account may be an identifier presentation mode hides (an admin's own profile).
void HistoryView::showAccount()
{
    m_onlyAccountCheck->setText(
        m_account.isEmpty() ? tr("Only the loaded account") : m_masker->mask(tr("Only %1").arg(m_account)));
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
            // Connection names, accounts and values are the user's or the server's text.
            const QString text = m_masker->mask(cells.at(column));
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(PlainText::toolTip(column == 3 ? r.tag : text));
            m_table->setItem(row, column, item);
        }
    }
}
