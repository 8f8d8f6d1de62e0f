#include "bulk/unfinishedjobbar.h"

#include "jobs/jobstore.h"
#include "presentation/presentationmasker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QPushButton>

UnfinishedJobBar::UnfinishedJobBar(JobStore *store, const PresentationMasker *masker, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_masker(masker)
{
    setObjectName(QStringLiteral("unfinishedJobBar"));
    setAccessibleName(tr("Unfinished bulk job"));
    // Set apart from the guard banner below it by the palette's note colours, which every theme
    // keeps readable; the text says what it is, so colour is not the only signal.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("unfinishedJobText"));
    m_text->setTextFormat(Qt::PlainText); // names the job's input file as it is called
    m_text->setWordWrap(true);
    auto *resume = new QPushButton(tr("Resu&me"), this);
    resume->setObjectName(QStringLiteral("unfinishedJobResumeButton"));
    auto *review = new QPushButton(tr("Revie&w"), this);
    review->setObjectName(QStringLiteral("unfinishedJobReviewButton"));
    auto *abandon = new QPushButton(tr("Aban&don"), this);
    abandon->setObjectName(QStringLiteral("unfinishedJobAbandonButton"));
    abandon->setToolTip(tr("Stop offering this job; the rows not sent stay unsent"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(resume);
    layout->addWidget(review);
    layout->addWidget(abandon);

    connect(resume, &QPushButton::clicked, this, [this] {
        const qint64 id = m_jobId;
        hide();
        Q_EMIT resumeRequested(id);
    });
    connect(review, &QPushButton::clicked, this, [this] {
        const qint64 id = m_jobId;
        hide();
        Q_EMIT reviewRequested(id);
    });
    connect(abandon, &QPushButton::clicked, this, &UnfinishedJobBar::abandon);
    connect(m_masker, &PresentationMasker::changed, this, &UnfinishedJobBar::refresh);
    hide();
}

void UnfinishedJobBar::refresh()
{
    const std::optional<qint64> id = m_store->latestUnfinished(WriteJob::Kind::Bulk);
    std::optional<JobSummary> summary;
    if (id) {
        for (const JobSummary &candidate : m_store->list(WriteJob::Kind::Bulk)) {
            if (candidate.id == *id) {
                summary = candidate;
            }
        }
    }
    if (!summary) {
        m_jobId = 0;
        hide();
        return;
    }
    m_jobId = summary->id;
    const JobTotals &totals = summary->totals;
    const int done = totals.total - totals.pending - totals.sent;
    const QLocale locale;
    m_text->setText(m_masker->mask(
        tr("A bulk job was not finished: %1, started %2; %3 of %4 rows done.")
            .arg(summary->source, locale.toString(summary->createdAt.toLocalTime(), QLocale::ShortFormat),
                locale.toString(done), locale.toString(totals.total))));
    show();
}

void UnfinishedJobBar::abandon()
{
    if (m_jobId != 0) {
        m_store->setFinished(m_jobId, true);
    }
    refresh(); // an older unfinished job, if any, is offered next
}
