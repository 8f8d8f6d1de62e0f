#pragma once

#include "bulk/bulkenvironment.h"
#include "bulk/pacerclock.h"
#include "jobs/writejob.h"

#include <QWidget>

#include <memory>

class BulkInputPane;
class BulkPreviewPane;
class BulkRunPane;
class CallPacer;
class JobRunner;
class PlanPreview;
class QLabel;
class QTabWidget;

// Bulk edit, in three steps a support agent takes in order: the input (pasted cells, a file or an
// accounts list) with every problem listed, the preview (a dry run: old → new per account), and
// the run (paced, pausable, with a result per row). Everything is written by one JobRunner, as a
// job stored before its first write; the connection's guards hold here as for a single Apply:
// a read-only connection refuses, a confirming one asks with the count, presentation mode masks.
class BulkEditWindow final : public QWidget
{
    Q_OBJECT

public:
    // parent: the main window; this is a window of its own (Qt::Window) that hides when closed, so
    // a running job goes on and is there again when the window is reopened.
    BulkEditWindow(const BulkEnvironment &environment, QWidget *parent);
    ~BulkEditWindow() override;

    // A stored job, offered at start: shown with its rows, and resumed (resume) or left for the
    // user to resume, retry or export (review).
    void openStoredJob(qint64 jobId, bool resume);
    // The connection or its guards changed in the main window.
    void refreshGuard();
    bool isRunning() const;

private:
    enum Step { InputStep, PreviewStep, RunStep };

    void onInputChanged();
    void startPreview();
    void onPreviewFinished();
    void runPreviewed();
    void retryFailedRows();
    void exportReport();
    // Through the connection's guards: refused when read-only, asked when confirming.
    void whenGuardAllows(const WriteJob &job, const std::function<void()> &start);
    void startNewJob(WriteJob job);
    void startStoredJob(const WriteJob &job);
    void onRowsChanged(const QList<int> &rows);
    void onJobEnded(const QString &message);
    void updateRunControls();
    QString runUnavailableReason() const;

    BulkEnvironment m_environment;
    ElapsedTimerClock m_clock;
    std::unique_ptr<CallPacer> m_pacer; // one for the preview and the job: every call counts
    RestClient *m_calls; // the job's calls, reads and writes, each sent once
    PlanPreview *m_preview;
    JobRunner *m_runner;

    WriteJob m_previewedJob; // what Run would store and send; id 0
    bool m_previewReady = false;
    bool m_storing = false; // a new job is being stored, off the GUI thread
    WriteJob m_shownJob; // the stored job the results show when the runner is not running it

    QLabel *m_guardLabel = nullptr;
    QTabWidget *m_steps = nullptr;
    BulkInputPane *m_input = nullptr;
    BulkPreviewPane *m_previewPane = nullptr;
    BulkRunPane *m_runPane = nullptr;
};
