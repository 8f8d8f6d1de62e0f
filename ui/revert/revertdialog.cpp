#include "revert/revertdialog.h"

#include "api/redaction.h"
#include "api/restclient.h"
#include "bulk/bulkconfirmdialog.h"
#include "bulk/callpacer.h"
#include "bulk/poolwork.h"
#include "bulk/rowtable.h"
#include "jobs/jobrunner.h"
#include "jobs/jobstore.h"
#include "jobs/planpreview.h"
#include "presentation/maskedtextmodel.h"
#include "presentation/presentationmasker.h"
#include "revert/revertpreviewmodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include <numeric>

namespace {

// The English source spells its singular out, so it reads right without a translation file.
QString countText(int count, const QString &one, const QString &many)
{
    return count == 1 ? one : many.arg(QLocale().toString(count));
}

} // namespace

RevertDialog::RevertDialog(
    const BulkEnvironment &environment, const QList<ChangeRecord> &changes, QWidget *parent)
    : QDialog(parent)
    , m_environment(environment)
    , m_plan(RevertPlan::fromChanges(changes))
    , m_pacer(std::make_unique<CallPacer>(m_clock))
    , m_calls(environment.sendOnceClient(this))
    , m_preview(new PlanPreview(m_calls, m_pacer.get(), environment.contextProvider, this))
    , m_runner(new JobRunner(m_calls, environment.jobStore, environment.history, m_pacer.get(),
          environment.contextProvider, this))
    , m_model(new RevertPreviewModel(this))
    , m_shown(new MaskedTextModel(m_model, environment.masker, this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_table(RowTable::create(QStringLiteral("revertPreviewTable"), tr("What the revert puts back"), this))
    , m_unsetNote(new QLabel(this))
    , m_forceCheck(new QCheckBox(tr("&Overwrite changes made since"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_runButton(new QPushButton(tr("&Revert"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("revertDialog"));
    setWindowTitle(tr("Revert changes"));
    m_preview->setRetryPolicy(environment.retryPolicy());
    JobRunner::Options options;
    options.retry = environment.retryPolicy();
    m_runner->setOptions(options);

    // Each names accounts, values, connection names or server texts: shown as they are.
    for (QLabel *label : { m_summary, m_status, m_unsetNote, m_result }) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_summary->setObjectName(QStringLiteral("revertSummary"));
    m_status->setObjectName(QStringLiteral("revertStatus"));
    m_unsetNote->setObjectName(QStringLiteral("revertUnsetNote"));
    m_unsetNote->setText(tr("A field that was not set before cannot be removed through the API: the "
                            "revert writes its empty value instead (\"\" for text, 0 for numbers, the "
                            "default of a choice)."));
    m_unsetNote->hide();
    m_result->setObjectName(QStringLiteral("revertResult"));
    m_result->hide();
    m_forceCheck->setObjectName(QStringLiteral("revertForceCheck"));
    m_forceCheck->setToolTip(
        tr("Write the old value also where someone changed the field after we wrote it"));
    m_progress->setObjectName(QStringLiteral("revertProgress"));
    m_progress->hide();
    m_table->setModel(m_shown);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Set, not measured (measuring would read every row of a bulk job's revert); a translated
    // header that needs more gets it.
    const int character = fontMetrics().averageCharWidth();
    RowTable::setColumnWidths(m_table,
        { { RevertPreviewModel::AccountColumn, character * 16 },
            { RevertPreviewModel::FieldColumn, character * 16 },
            { RevertPreviewModel::WroteColumn, character * 16 },
            { RevertPreviewModel::NowColumn, character * 16 },
            { RevertPreviewModel::WouldWriteColumn, character * 30 } });

    m_runButton->setObjectName(QStringLiteral("revertRunButton"));
    // Enter alone must not write.
    m_runButton->setAutoDefault(false);
    m_closeButton->setObjectName(QStringLiteral("revertCloseButton"));
    m_closeButton->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_runButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    connect(m_runButton, &QPushButton::clicked, this, &RevertDialog::askToRun);
    connect(m_closeButton, &QPushButton::clicked, this, &RevertDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_unsetNote);
    layout->addWidget(m_forceCheck);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(900, 480);

    connect(m_forceCheck, &QCheckBox::toggled, this, &RevertDialog::rebuild);
    connect(m_preview, &PlanPreview::finished, this, &RevertDialog::onPreviewFinished);
    connect(m_preview, &PlanPreview::failed, this, [this](const ApiResult &, const QString &message) {
        showStatus(tr("The current values could not be read, so nothing was written: %1").arg(message));
        updateControls();
    });
    connect(m_runner, &JobRunner::progressChanged, this, [this](const JobProgress &progress) {
        m_progress->setMaximum(progress.totals.total);
        m_progress->setValue(progress.done);
    });
    connect(m_runner, &JobRunner::rowsChanged, this,
        [this](const QList<int> &rows) { m_model->updateRows(m_runner->job(), rows, false); });
    connect(m_runner, &JobRunner::refused, this, [this](const QString &reason) {
        showStatus(reason);
        updateControls();
    });
    connect(m_runner, &JobRunner::finished, this,
        [this](JobRunner::End, const QString &message) { onJobEnded(message); });

    m_model->setPlan(m_plan);
    if (!m_plan.fields().isEmpty()) {
        QSet<QString> accounts;
        for (const RevertField &field : m_plan.fields()) {
            accounts.insert(field.account);
        }
        const RequestTarget &where = m_plan.target();
        const bool hide = m_environment.masker->isActive(); // the recorded app may not be the shown one
        QString summary
            = tr("Puts back what the selected changes overwrote: %1 on %2, in SDKAppID %3 as %4 at %5.")
                  .arg(countText(int(m_plan.fields().size()), tr("1 field"), tr("%1 fields")),
                      countText(int(accounts.size()), tr("1 account"), tr("%1 accounts")),
                      hide ? Redaction::Mask : QString::number(where.sdkAppId),
                      hide ? Redaction::Mask : where.identifier, where.baseUrl.toString());
        if (m_plan.failedChangesLeftOut() > 0) {
            summary += QLatin1Char(' ')
                + countText(m_plan.failedChangesLeftOut(),
                    tr("1 failed write is left out: it changed nothing."),
                    tr("%1 failed writes are left out: they changed nothing."));
        }
        m_summary->setText(m_environment.masker->mask(summary));
    }
    m_unsetNote->setVisible(m_model->hasUnsetRestores());
    startPreview();
}

RevertDialog::~RevertDialog()
{
    // Before the client and the pacer go: answers in flight are dropped; a row sent without an
    // answer stays Sent in the store, and its pending history record reads as unknown.
    m_preview->cancel();
    m_calls->cancelAll();
}

bool RevertDialog::isRunning() const
{
    return m_runner->isRunning() || m_storing;
}

QString RevertDialog::targetMismatch(const RequestContext &context) const
{
    RequestTarget here = RequestTarget::of(context);
    const RequestTarget &recorded = m_plan.target();
    here.connectionId = recorded.connectionId; // a name for the facts, not one of them
    if (here == recorded) {
        return {};
    }
    const bool hide = m_environment.masker->isActive();
    const auto app
        = [hide](const RequestTarget &t) { return hide ? Redaction::Mask : QString::number(t.sdkAppId); };
    const auto admin = [hide](const RequestTarget &t) { return hide ? Redaction::Mask : t.identifier; };
    return tr(
        "These changes were made in SDKAppID %1 as %2 at %3, but the window's connection goes to SDKAppID "
        "%4 as %5 at %6. A revert writes only where the changes were made: pick that app, region and "
        "admin in the main window, then Revert… again. Nothing was read or sent.")
        .arg(app(recorded), admin(recorded), recorded.baseUrl.toString(), app(here), admin(here),
            here.baseUrl.toString());
}

void RevertDialog::startPreview()
{
    if (!m_plan.problem().isEmpty()) {
        showStatus(m_plan.problem());
        updateControls();
        return;
    }
    const RequestContext context = m_environment.contextProvider();
    QString refusal = context.problem.isEmpty()
        ? targetMismatch(context)
        : tr("The current values cannot be read: %1").arg(context.problem);
    if (!refusal.isEmpty()) {
        showStatus(refusal);
        updateControls();
        return;
    }
    showStatus(tr("Reading the current values…"));
    // PlanPreview says why in failed() when it does not start.
    m_preview->start(m_plan.changePlan(), ChangePlan::InvalidRows::Refuse);
    updateControls();
}

void RevertDialog::onPreviewFinished()
{
    m_previewReady = true;
    rebuild();
}

void RevertDialog::rebuild()
{
    if (!m_previewReady || m_ran || isRunning()) {
        return;
    }
    m_built = m_plan.build(m_preview->rows(), m_forceCheck->isChecked());
    m_model->setPreview(m_preview->rows(), m_built);
    using Status = RevertPreviewModel::Status;
    QStringList parts;
    const int toWrite = m_model->count(Status::Write) + m_model->count(Status::Overwrite);
    parts << countText(toWrite, tr("1 field will be put back."), tr("%1 fields will be put back."));
    if (const int skipped = m_model->count(Status::Conflict)) {
        parts << countText(skipped, tr("1 conflict (changed since we wrote it) is skipped."),
            tr("%1 conflicts (changed since we wrote them) are skipped."));
    }
    if (const int overwritten = m_model->count(Status::Overwrite)) {
        parts << countText(
            overwritten, tr("1 conflict will be overwritten."), tr("%1 conflicts will be overwritten."));
    }
    if (const int back = m_model->count(Status::AlreadyBack)) {
        parts << countText(
            back, tr("1 field already holds its old value."), tr("%1 fields already hold their old value."));
    }
    const int unwritable = m_model->count(Status::AccountMissing) + m_model->count(Status::FieldRefused);
    if (unwritable > 0) {
        parts << countText(unwritable, tr("1 field cannot be written."), tr("%1 fields cannot be written."));
    }
    showStatus(parts.join(QLatin1Char(' ')));
    updateControls();
}

QString RevertDialog::runUnavailableReason() const
{
    if (m_environment.guard().readOnly) {
        return tr("This connection is read-only: it refuses reverts. Pick a connection that may write in the "
                  "main window.");
    }
    if (isRunning()) {
        return tr("The revert is running.");
    }
    if (m_ran) {
        return tr("This revert has run. Pick the changes in the history again to see what is left.");
    }
    if (!m_previewReady) {
        return tr("The current values are needed first.");
    }
    if (m_built.job.totals().pending == 0) {
        return m_built.conflicts.isEmpty()
            ? tr("Nothing to write: every field holds its old value or cannot be written.")
            : tr("Nothing to write but conflicts: tick \"Overwrite changes made since\" to write them.");
    }
    return {};
}

void RevertDialog::updateControls()
{
    const QString reason = runUnavailableReason();
    m_runButton->setEnabled(reason.isEmpty());
    m_runButton->setToolTip(m_environment.masker->mask(reason));
    m_forceCheck->setVisible(!m_built.conflicts.isEmpty() || m_forceCheck->isChecked());
    m_forceCheck->setEnabled(!m_ran && !isRunning());
    m_closeButton->setText(m_runner->isRunning() ? tr("Cancel revert") : tr("Close"));
}

void RevertDialog::askToRun()
{
    if (!runUnavailableReason().isEmpty()) {
        return;
    }
    const BulkGuard guard = m_environment.guard();
    if (guard.readOnly) {
        showStatus(tr("This connection is read-only: the revert was not started."));
        return;
    }
    if (!guard.confirmEveryWrite) {
        run();
        return;
    }
    auto *confirm = new BulkConfirmDialog(guard.connectionName, m_built.job, *m_environment.masker, this);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QDialog::accepted, this, &RevertDialog::run);
    confirm->open();
}

void RevertDialog::run()
{
    if (!runUnavailableReason().isEmpty()) {
        return;
    }
    // Asked again: the job is bound to where the window's connection goes at this moment, which
    // must still be where the changes were made.
    const RequestContext context = m_environment.contextProvider();
    const QString refusal = context.problem.isEmpty() ? targetMismatch(context) : context.problem;
    if (!refusal.isEmpty()) {
        showStatus(refusal);
        return;
    }
    WriteJob job = m_built.job;
    job.target = RequestTarget::of(context);
    job.createdAt = QDateTime::currentDateTimeUtc();
    job.rate = m_pacer->rate();
    m_storing = true;
    m_progress->setMaximum(int(job.rows.size()));
    m_progress->setValue(0);
    m_progress->show();
    showStatus(tr("Storing the revert…"));
    updateControls();
    storeNewJobInPool(
        this, m_environment.jobStore->path(), job, [this](const WriteJob &stored, const QString &error) {
            m_storing = false;
            if (!error.isEmpty()) {
                // Stored before the first write, or not sent at all (see BulkEditWindow).
                showStatus(tr("The revert could not be stored, so nothing was sent: %1").arg(error));
                updateControls();
                return;
            }
            m_ran = true;
            showStatus(tr("Reverting…"));
            m_runner->start(stored); // refused() says why when it does not start
            updateControls();
        });
}

void RevertDialog::onJobEnded(const QString &message)
{
    const WriteJob &job = m_runner->job();
    QList<int> all(job.rows.size());
    std::iota(all.begin(), all.end(), 0);
    m_model->updateRows(job, all, true);
    m_progress->setMaximum(int(job.rows.size()));
    m_progress->setValue(int(job.rows.size()) - job.totals().pending);
    using Status = RevertPreviewModel::Status;
    QString result = tr("Revert ended: %1 put back, %2 failed, %3 unknown (sent, no answer), %4 not sent.")
                         .arg(QLocale().toString(m_model->count(Status::Ok)),
                             QLocale().toString(m_model->count(Status::Failed)),
                             QLocale().toString(m_model->count(Status::Unknown)),
                             QLocale().toString(m_model->count(Status::NotSent)));
    if (const int didNotStick = m_model->count(Status::DidNotStick)) {
        result += QLatin1Char(' ')
            + countText(didNotStick, tr("1 field did not stick."), tr("%1 fields did not stick."));
    }
    if (!message.isEmpty()) {
        result += QLatin1Char(' ') + message;
    }
    m_result->setText(m_environment.masker->mask(result));
    m_result->show();
    showStatus({});
    updateControls();
    Q_EMIT reverted(job.target, writtenAccounts());
}

QStringList RevertDialog::writtenAccounts() const
{
    QStringList accounts;
    for (const JobRow &row : m_runner->job().rows) {
        if (!row.changes.isEmpty()) {
            accounts.append(row.account);
        }
    }
    return accounts;
}

void RevertDialog::showStatus(const QString &text)
{
    m_status->setText(m_environment.masker->mask(text));
    m_status->setVisible(!text.isEmpty());
}

void RevertDialog::reject()
{
    if (m_runner->isRunning()) {
        m_runner->cancel();
        showStatus(tr("Cancelling: nothing new is sent; waiting for the answers on their way…"));
        return;
    }
    if (m_storing) {
        return; // the job starts in a moment, and can then be cancelled
    }
    QDialog::reject();
}
