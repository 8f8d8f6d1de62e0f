#include "bulk/bulkeditwindow.h"

#include "api/restclient.h"
#include "bulk/bulkconfirmdialog.h"
#include "bulk/bulkinputpane.h"
#include "bulk/bulkpreviewpane.h"
#include "bulk/bulkrunpane.h"
#include "bulk/callpacer.h"
#include "bulk/jobresultmodel.h"
#include "bulk/poolwork.h"
#include "jobs/jobreport.h"
#include "jobs/jobrunner.h"
#include "jobs/jobstore.h"
#include "jobs/planpreview.h"
#include "presentation/presentationmasker.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace {

// A row the server refused when it was sent. Rows failed before sending (the account does not
// exist, the server refuses the field) would fail again: they need a new input and preview.
bool isRetryable(const JobRow &row)
{
    const bool answered = row.errorCode > 0 || row.httpStatus >= 400;
    return row.state == RowState::Failed && answered && !row.changes.isEmpty();
}

} // namespace

BulkEditWindow::BulkEditWindow(const BulkEnvironment &environment, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_environment(environment)
    , m_pacer(std::make_unique<CallPacer>(m_clock))
    , m_calls(environment.sendOnceClient(this))
    , m_preview(new PlanPreview(m_calls, m_pacer.get(), environment.contextProvider, this))
    , m_runner(new JobRunner(m_calls, environment.jobStore, environment.history, m_pacer.get(),
          environment.contextProvider, this))
{
    setObjectName(QStringLiteral("bulkEditWindow"));
    setWindowTitle(tr("Bulk edit — Chat Profile Console"));

    m_preview->setRetryPolicy(environment.retryPolicy());
    JobRunner::Options options;
    options.retry = environment.retryPolicy();
    m_runner->setOptions(options);

    m_guardLabel = new QLabel(this);
    m_guardLabel->setObjectName(QStringLiteral("bulkGuardLabel"));
    m_guardLabel->setTextFormat(Qt::PlainText); // names the connection as typed
    m_guardLabel->setWordWrap(true);
    m_guardLabel->setAccessibleName(tr("Connection"));

    m_input = new BulkInputPane(environment.masker, this);
    m_previewPane = new BulkPreviewPane(environment.masker, this);
    m_runPane = new BulkRunPane(environment.masker, this);
    m_steps = new QTabWidget(this);
    m_steps->setObjectName(QStringLiteral("bulkSteps"));
    m_steps->addTab(m_input, tr("&1 Input"));
    m_steps->addTab(m_previewPane, tr("&2 Preview"));
    m_steps->addTab(m_runPane, tr("&3 Run and results"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_guardLabel);
    layout->addWidget(m_steps, 1);

    auto *paste = new QAction(tr("Paste cells"), this);
    paste->setShortcut(QKeySequence::Paste);
    // A text field with the focus pastes into itself (it overrides the shortcut).
    connect(paste, &QAction::triggered, this, [this] {
        m_steps->setCurrentWidget(m_input);
        m_input->pasteCells();
    });
    addAction(paste);
    auto *open = new QAction(tr("Open file…"), this);
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] {
        m_steps->setCurrentWidget(m_input);
        m_input->openFile();
    });
    addAction(open);
    auto *close = new QAction(tr("Close"), this);
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    connect(m_input, &BulkInputPane::inputChanged, this, &BulkEditWindow::onInputChanged);
    connect(m_input->previewButton(), &QPushButton::clicked, this, &BulkEditWindow::startPreview);
    connect(m_preview, &PlanPreview::progress, m_previewPane, &BulkPreviewPane::showReading);
    connect(m_preview, &PlanPreview::finished, this, &BulkEditWindow::onPreviewFinished);
    connect(m_preview, &PlanPreview::failed, this, [this](const ApiResult &, const QString &message) {
        m_previewPane->showFailure(m_environment.masker->mask(message));
        updateRunControls();
    });
    connect(m_previewPane->rateSpin(), &QSpinBox::valueChanged, this,
        [this](int rate) { m_pacer->setRate(rate); }); // a running job follows at once
    connect(m_previewPane->runButton(), &QPushButton::clicked, this, &BulkEditWindow::runPreviewed);

    connect(m_runner, &JobRunner::rowsChanged, this, &BulkEditWindow::onRowsChanged);
    connect(m_runner, &JobRunner::progressChanged, m_runPane, &BulkRunPane::showProgress);
    connect(m_runner, &JobRunner::refused, this, [this](const QString &reason) {
        m_runPane->showMessage(m_environment.masker->mask(reason));
        updateRunControls();
    });
    connect(m_runner, &JobRunner::finished, this,
        [this](JobRunner::End, const QString &message) { onJobEnded(message); });
    connect(m_runPane->pauseButton(), &QPushButton::clicked, this, [this] {
        m_runner->pause();
        m_runPane->showMessage(
            tr("Paused: no new call starts. The answers on their way are still recorded."));
        updateRunControls();
    });
    connect(m_runPane->resumeButton(), &QPushButton::clicked, this, [this] {
        if (m_runner->isRunning()) {
            m_runner->resume();
            m_runPane->showMessage({});
            updateRunControls();
        } else if (m_shownJob.id != 0 && !m_shownJob.finished) {
            whenGuardAllows(m_shownJob, [this] { startStoredJob(m_shownJob); });
        }
    });
    connect(m_runPane->cancelButton(), &QPushButton::clicked, this, [this] {
        m_runner->cancel();
        m_runPane->showMessage(tr("Cancelling: nothing new is sent; waiting for the answers on their way…"));
        updateRunControls();
    });
    connect(m_runPane->retryButton(), &QPushButton::clicked, this, &BulkEditWindow::retryFailedRows);
    connect(m_runPane->exportButton(), &QPushButton::clicked, this, &BulkEditWindow::exportReport);
    connect(m_environment.masker, &PresentationMasker::changed, this, &BulkEditWindow::refreshGuard);

    refreshGuard();
    resize(1000, 660);
}

BulkEditWindow::~BulkEditWindow()
{
    // Before the client and the pacer go: the answers in flight are dropped, their rows stay Sent
    // in the store and are read back when the job is resumed.
    m_preview->cancel();
    m_calls->cancelAll();
}

bool BulkEditWindow::isRunning() const
{
    return m_runner->isRunning();
}

void BulkEditWindow::refreshGuard()
{
    const BulkGuard guard = m_environment.guard();
    QString text = tr("Connection: %1").arg(guard.connectionName);
    if (guard.readOnly) {
        text += QStringLiteral(" · ") + tr("read-only: bulk jobs are refused");
    } else if (guard.confirmEveryWrite) {
        text += QStringLiteral(" · ") + tr("every job is confirmed before it writes");
    }
    m_guardLabel->setText(m_environment.masker->mask(text));
    updateRunControls();
}

void BulkEditWindow::onInputChanged()
{
    // A preview belongs to the input it was made of.
    m_preview->cancel();
    m_previewReady = false;
    m_previewPane->clear();
    updateRunControls();
}

void BulkEditWindow::startPreview()
{
    if (!m_input->mayPreview() || m_preview->isRunning()) {
        return;
    }
    m_previewReady = false;
    m_previewPane->clear();
    m_steps->setCurrentWidget(m_previewPane);
    updateRunControls();
    m_preview->start(m_input->plan(), m_input->invalidRows()); // failed() says why it did not start
}

void BulkEditWindow::onPreviewFinished()
{
    m_previewedJob = m_preview->job();
    m_previewedJob.source = m_input->source();
    m_previewReady = true;
    m_previewPane->showPreview(m_preview->rows(), m_preview->totals());
    updateRunControls();
}

QString BulkEditWindow::runUnavailableReason() const
{
    if (m_environment.guard().readOnly) {
        return tr("This connection is read-only: it refuses bulk jobs. Pick a connection that may write "
                  "in the main window.");
    }
    if (m_runner->isRunning() || m_storing) {
        return tr("A job is running; wait for it or cancel it.");
    }
    if (m_preview->isRunning()) {
        return tr("Reading the current values…");
    }
    if (!m_previewReady) {
        return tr("Preview first: Run writes what the preview shows.");
    }
    if (m_previewedJob.totals().pending == 0) {
        return tr("Nothing to write: every account is already as asked or cannot be written.");
    }
    return {};
}

void BulkEditWindow::updateRunControls()
{
    const QString reason = runUnavailableReason();
    m_previewPane->setRunAvailable(reason.isEmpty(), reason);
    const bool running = m_runner->isRunning();
    const WriteJob &job = running ? m_runner->job() : m_shownJob;
    const bool hasFailed = std::any_of(job.rows.cbegin(), job.rows.cend(), isRetryable);
    m_runPane->setControls(running, running && m_runner->isPaused(),
        !running && m_shownJob.id != 0 && !m_shownJob.finished, hasFailed);
}

void BulkEditWindow::whenGuardAllows(const WriteJob &job, const std::function<void()> &start)
{
    const BulkGuard guard = m_environment.guard();
    if (guard.readOnly) {
        m_runPane->showMessage(tr("This connection is read-only: the job was not started."));
        updateRunControls();
        return;
    }
    if (!guard.confirmEveryWrite) {
        start();
        return;
    }
    auto *dialog = new BulkConfirmDialog(guard.connectionName, job, *m_environment.masker, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, start);
    dialog->open();
}

void BulkEditWindow::runPreviewed()
{
    if (!runUnavailableReason().isEmpty()) {
        return;
    }
    whenGuardAllows(m_previewedJob, [this] {
        if (m_previewReady && !m_runner->isRunning()) {
            m_previewReady = false; // the values it read are about to change
            startNewJob(m_previewedJob);
        }
    });
}

void BulkEditWindow::retryFailedRows()
{
    const WriteJob &from = m_shownJob;
    WriteJob retry;
    retry.kind = WriteJob::Kind::Bulk;
    retry.target = from.target;
    retry.regionId = from.regionId;
    retry.source = from.source;
    for (const JobRow &row : from.rows) {
        if (!isRetryable(row)) {
            continue;
        }
        JobRow again;
        again.index = int(retry.rows.size());
        again.line = row.line;
        again.account = row.account;
        again.changes = row.changes;
        retry.rows.append(again);
    }
    if (retry.rows.isEmpty() || m_runner->isRunning()) {
        return;
    }
    whenGuardAllows(retry, [this, retry] {
        if (!m_runner->isRunning()) {
            startNewJob(retry);
        }
    });
}

void BulkEditWindow::exportReport()
{
    if (m_runner->isRunning() || m_shownJob.rows.isEmpty()) {
        return;
    }
    // Opened with open(), not exec(), like every question of the console.
    auto *dialog = new QFileDialog(this, tr("Export the report"));
    dialog->setObjectName(QStringLiteral("bulkExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setNameFilter(tr("CSV for spreadsheets (*.csv)"));
    //: The suggested file name of a bulk job's report; %1 is the job's number.
    dialog->selectFile(tr("bulk-job-%1-report.csv").arg(m_shownJob.id));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const WriteJob job = m_shownJob; // a copy for the pool thread: 100,000 rows take a while
        m_runPane->showMessage(tr("Writing the report…"));
        runInPool<QString>(
            this,
            [job, path] {
                QString error;
                return JobReport::write(job, path, &error) ? QString() : error;
            },
            [this, path](const QString &error) {
                m_runPane->showMessage(
                    error.isEmpty() ? tr("Report saved as %1.").arg(QDir::toNativeSeparators(path)) : error);
            });
    });
    dialog->open();
}

void BulkEditWindow::startNewJob(WriteJob job)
{
    job.createdAt = QDateTime::currentDateTimeUtc();
    job.rate = m_pacer->rate();
    m_steps->setCurrentWidget(m_runPane);
    m_runPane->showMessage(tr("Storing the job…"));
    m_storing = true;
    updateRunControls();
    storeNewJobInPool(
        this, m_environment.jobStore->path(), job, [this](const WriteJob &stored, const QString &error) {
            m_storing = false;
            if (!error.isEmpty()) {
                // Stored before the first write, or not sent at all: a job that could not survive a
                // crash could not be resumed, and its rows would be unaccounted for.
                m_runPane->showMessage(tr("The job could not be stored, so nothing was sent: %1").arg(error));
                updateRunControls();
                return;
            }
            startStoredJob(stored);
        });
}

void BulkEditWindow::startStoredJob(const WriteJob &job)
{
    m_shownJob = job;
    m_runPane->model()->setJob(job);
    m_runPane->showMessage({});
    m_steps->setCurrentWidget(m_runPane);
    m_runner->start(job); // refused() says why when it does not start
    updateRunControls();
}

void BulkEditWindow::openStoredJob(qint64 jobId, bool resume)
{
    if (m_runner->isRunning()) {
        return;
    }
    const std::optional<WriteJob> job = m_environment.jobStore->load(jobId);
    m_steps->setCurrentWidget(m_runPane);
    if (!job) {
        m_runPane->showMessage(
            tr("The job could not be read: %1").arg(m_environment.jobStore->errorString()));
        return;
    }
    m_shownJob = *job;
    m_runPane->model()->setJob(m_shownJob);
    JobProgress progress;
    progress.totals = m_shownJob.totals();
    progress.done = progress.totals.total - progress.totals.pending - progress.totals.sent;
    m_runPane->showProgress(progress);
    m_runPane->showMessage(
        tr("Job of %1 from %2: press Resume to send the rows not sent yet; rows that were sent without an "
           "answer are read back first.")
            .arg(m_shownJob.source,
                QLocale().toString(m_shownJob.createdAt.toLocalTime(), QLocale::ShortFormat)));
    updateRunControls();
    if (resume) {
        whenGuardAllows(m_shownJob, [this] { startStoredJob(m_shownJob); });
    }
}

void BulkEditWindow::onRowsChanged(const QList<int> &rows)
{
    m_runPane->model()->updateRows(m_runner->job(), rows);
}

void BulkEditWindow::onJobEnded(const QString &message)
{
    m_shownJob = m_runner->job();
    // Every row once more, in place: a reset would lose the user's scroll position and selection.
    QList<int> all(m_shownJob.rows.size());
    std::iota(all.begin(), all.end(), 0);
    m_runPane->model()->updateRows(m_shownJob, all);
    JobProgress progress;
    progress.totals = m_shownJob.totals();
    progress.done = progress.totals.total - progress.totals.pending - progress.totals.sent;
    progress.timeLeft = std::chrono::seconds(progress.done == progress.totals.total ? 0 : -1);
    m_runPane->showProgress(progress);
    m_runPane->showMessage(m_environment.masker->mask(message));
    updateRunControls();
}
