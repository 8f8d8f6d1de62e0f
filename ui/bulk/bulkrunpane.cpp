#include "bulk/bulkrunpane.h"

#include "bulk/rowtable.h"

#include "bulk/jobresultmodel.h"
#include "jobs/jobrunner.h"
#include "presentation/maskedtextmodel.h"
#include "usersig/durationtext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

BulkRunPane::BulkRunPane(const PresentationMasker *masker, QWidget *parent)
    : QWidget(parent)
    , m_model(new JobResultModel(this))
    , m_filter(new FailedRowsFilter(this))
{
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setAccessibleName(tr("Rows done"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    //: The bulk job's progress bar: rows done of all rows.
    m_progress->setFormat(tr("%v / %m"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("bulkCounts"));
    m_counts->setAccessibleName(tr("Counts"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("bulkRunMessage"));
    m_message->setTextFormat(Qt::PlainText); // may quote the server
    m_message->setWordWrap(true);

    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("bulkPauseButton"));
    m_pause->setToolTip(tr("Start no new call; the answers on their way are awaited"));
    m_resume = new QPushButton(tr("Res&ume"), this);
    m_resume->setObjectName(QStringLiteral("bulkResumeButton"));
    m_resume->setToolTip(tr("Go on with the rows not sent yet"));
    m_cancel = new QPushButton(tr("&Cancel job"), this);
    m_cancel->setObjectName(QStringLiteral("bulkCancelButton"));
    m_cancel->setToolTip(tr("Send nothing more; the answers on their way are awaited and recorded"));

    m_onlyFailed = new QCheckBox(tr("&Only failed and unknown rows"), this);
    m_onlyFailed->setObjectName(QStringLiteral("bulkOnlyFailedCheck"));
    m_filter->setSourceModel(m_model);
    m_view = RowTable::create(QStringLiteral("bulkResultsView"), tr("Result per row"), this);
    m_view->setModel(new MaskedTextModel(m_filter, masker, this));
    RowTable::setColumnWidths(m_view,
        { { JobResultModel::LineColumn, 50 }, { JobResultModel::AccountColumn, 150 },
            { JobResultModel::OutcomeColumn, 190 }, { JobResultModel::ErrorCodeColumn, 80 },
            { JobResultModel::ErrorInfoColumn, 160 }, { JobResultModel::ErrorDisplayColumn, 120 },
            { JobResultModel::FieldsColumn, 120 } });

    m_retry = new QPushButton(tr("Retry &failed rows"), this);
    m_retry->setObjectName(QStringLiteral("bulkRetryButton"));
    m_retry->setToolTip(tr("A new job of the rows that failed, through the same checks and pace"));
    m_export = new QPushButton(tr("&Export report…"), this);
    m_export->setObjectName(QStringLiteral("bulkExportButton"));
    m_export->setToolTip(tr("Save one line per input row as CSV (UTF-8 with BOM, for Excel)"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_progress, 1);
    controls->addWidget(m_pause);
    controls->addWidget(m_resume);
    controls->addWidget(m_cancel);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_onlyFailed);
    bottom->addStretch(1);
    bottom->addWidget(m_retry);
    bottom->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_counts);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_onlyFailed, &QCheckBox::toggled, m_filter, &FailedRowsFilter::setOnlyFailed);
    setControls(false, false, false, false);
}

void BulkRunPane::showProgress(const JobProgress &progress)
{
    const QLocale locale;
    m_progress->setRange(0, qMax(1, progress.totals.total));
    m_progress->setValue(progress.done);
    QStringList parts {
        tr("OK %1").arg(locale.toString(progress.totals.ok)),
        tr("unchanged %1").arg(locale.toString(progress.totals.unchanged)),
        tr("failed %1").arg(locale.toString(progress.totals.failed)),
    };
    if (progress.totals.unknown > 0) {
        parts << tr("unknown %1").arg(locale.toString(progress.totals.unknown));
    }
    if (progress.totals.skipped > 0) {
        parts << tr("skipped %1").arg(locale.toString(progress.totals.skipped));
    }
    const bool moving = progress.currentRate > 0 || progress.timeLeft.count() >= 0;
    if (progress.done < progress.totals.total && moving) {
        parts << tr("%1 calls/s").arg(locale.toString(progress.currentRate, 'f', 0));
        parts << (progress.timeLeft.count() < 0
                ? tr("time left unknown")
                : tr("about %1 left").arg(DurationText::approximate(progress.timeLeft.count())));
    }
    m_counts->setText(parts.join(QStringLiteral(" · ")));
}

void BulkRunPane::showMessage(const QString &message)
{
    m_message->setText(message);
}

void BulkRunPane::setControls(bool running, bool paused, bool resumable, bool hasFailedRows)
{
    m_pause->setEnabled(running && !paused);
    m_resume->setEnabled((running && paused) || (!running && resumable));
    m_cancel->setEnabled(running);
    m_retry->setEnabled(!running && hasFailedRows);
    m_export->setEnabled(!running && m_model->rowCount() > 0);
}
