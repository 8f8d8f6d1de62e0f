#include "bulk/bulkpreviewpane.h"

#include "bulk/rowtable.h"

#include "bulk/callpacer.h"
#include "bulk/previewmodel.h"
#include "presentation/maskedtextmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

BulkPreviewPane::BulkPreviewPane(const PresentationMasker *masker, QWidget *parent)
    : QWidget(parent)
    , m_model(new PreviewModel(this))
{
    m_totals = new QLabel(tr("Preview the input to see what will change."), this);
    m_totals->setObjectName(QStringLiteral("bulkPreviewTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::PlainText);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);

    m_view
        = RowTable::create(QStringLiteral("bulkPreviewView"), tr("Preview: what changes per account"), this);
    m_view->setModel(new MaskedTextModel(m_model, masker, this));
    m_view->horizontalHeader()->setDefaultSectionSize(170);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_rate = new QSpinBox(this);
    m_rate->setObjectName(QStringLiteral("bulkRateSpin"));
    m_rate->setRange(1, CallPacer::MaxRate);
    m_rate->setValue(CallPacer::DefaultRate);
    //: The unit after the bulk edit's rate.
    m_rate->setSuffix(tr(" calls/s"));
    m_rate->setAccessibleName(tr("Rate"));
    m_rate->setToolTip(tr("Calls per second, reads included. The service allows %1 per app, shared with "
                          "the app's own backend; %2 leaves it half.")
                           .arg(CallPacer::MaxRate)
                           .arg(CallPacer::DefaultRate));
    auto *rateLabel = new QLabel(tr("R&ate:"), this);
    rateLabel->setBuddy(m_rate);
    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(QStringLiteral("bulkRunButton"));
    m_run->setEnabled(false);
    m_runReason = new QLabel(this);
    m_runReason->setObjectName(QStringLiteral("bulkRunReason"));
    m_runReason->setWordWrap(true);
    m_runReason->setTextFormat(Qt::PlainText);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_runReason, 1);
    bottom->addWidget(rateLabel);
    bottom->addWidget(m_rate);
    bottom->addWidget(m_run);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_totals);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
}

void BulkPreviewPane::showReading(int accountsRead, int accountsTotal)
{
    m_totals->setText(tr("Reading the current values: %1 of %2 accounts…")
                          .arg(QLocale().toString(accountsRead), QLocale().toString(accountsTotal)));
}

void BulkPreviewPane::showPreview(const QList<PreviewRow> &rows, const PreviewTotals &totals)
{
    m_model->setRows(rows);
    m_totals->setText(totals.summaryText());
    // The field columns come and go with the input; the first three keep a readable width.
    RowTable::setColumnWidths(m_view,
        { { PreviewModel::LineColumn, 50 }, { PreviewModel::AccountColumn, 160 },
            { PreviewModel::OutcomeColumn, 170 } });
}

void BulkPreviewPane::showFailure(const QString &message)
{
    m_model->clear();
    m_totals->setText(message);
}

void BulkPreviewPane::clear()
{
    m_model->clear();
    m_totals->setText(tr("Preview the input to see what will change."));
}

void BulkPreviewPane::setRunAvailable(bool available, const QString &reason)
{
    m_run->setEnabled(available);
    m_runReason->setText(reason);
    m_run->setToolTip(reason.isEmpty() ? tr("Write the changes shown, paced at the rate set") : reason);
}
