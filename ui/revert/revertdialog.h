#pragma once

#include "bulk/bulkenvironment.h"
#include "bulk/pacerclock.h"
#include "history/changehistory.h"
#include "revert/revertplan.h"

#include <QDialog>

#include <memory>

class CallPacer;
class JobRunner;
class MaskedTextModel;
class PlanPreview;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class RevertPreviewModel;

// Revert… from the change history: puts back what the selected changes overwrote, in the steps a
// support agent checks before writing. It builds the RevertPlan, refuses when the main window's
// connection does not go where the changes were made, reads the current values (PlanPreview) and
// shows them side by side with what we wrote and what the revert would write; conflicts (changed
// since) are skipped unless "Overwrite changes made since" is ticked. Revert then goes through the
// one write path: the connection's guards (read-only refuses, confirm-every-write asks), a
// WriteJob of kind Revert stored off the GUI thread, sent by a JobRunner (pacing, retries,
// read-back, history records with the job's id, so a revert can itself be reverted).
//
// Where it writes: the app and admin at the base URL the changes were recorded with. The saved
// connection's id is not compared: it only names those facts (the CLI records none), so a change
// made from the command line or another saved connection to the same app and admin can be put
// back. The job is bound to the window's connection as it is now, and the runner stops if that
// changes while it runs.
class RevertDialog final : public QDialog
{
    Q_OBJECT

public:
    // changes: as the history shows them; the dialog opens reading the current values at once.
    RevertDialog(const BulkEnvironment &environment, const QList<ChangeRecord> &changes, QWidget *parent);
    ~RevertDialog() override;

    bool isRunning() const;

Q_SIGNALS:
    // The revert job ended (however): the history holds new records, and these accounts may hold
    // other values at target.
    void reverted(const RequestTarget &target, const QStringList &accounts);

protected:
    // While the revert runs, Esc and Close cancel it (the answers on their way are awaited) and the
    // dialog stays until it has ended.
    void reject() override;

private:
    // Empty when context goes where the changes were made; otherwise why the revert is refused.
    QString targetMismatch(const RequestContext &context) const;
    void startPreview();
    void onPreviewFinished();
    void rebuild();
    void askToRun();
    void run();
    void onJobEnded(const QString &message);
    void showStatus(const QString &text);
    void updateControls();
    QString runUnavailableReason() const;
    QStringList writtenAccounts() const;

    BulkEnvironment m_environment;
    RevertPlan m_plan;
    ElapsedTimerClock m_clock;
    std::unique_ptr<CallPacer> m_pacer; // one for the preview and the job: every call counts
    RestClient *m_calls;
    PlanPreview *m_preview;
    JobRunner *m_runner;
    RevertPlan::Built m_built;
    bool m_previewReady = false;
    bool m_storing = false;
    bool m_ran = false; // a revert job was started from this dialog

    RevertPreviewModel *m_model;
    MaskedTextModel *m_shown;
    QLabel *m_summary;
    QLabel *m_status;
    QTableView *m_table;
    QLabel *m_unsetNote;
    QCheckBox *m_forceCheck;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_runButton;
    QPushButton *m_closeButton;
};
