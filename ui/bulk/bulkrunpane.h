#pragma once

#include <QWidget>

class FailedRowsFilter;
class JobResultModel;
class PresentationMasker;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
struct JobProgress;

// A bulk job running and what it came to: done/total, OK and failed counts, the rate and the time
// left, Pause/Resume/Cancel, and a row per account with the server's answer, filterable to the
// failed ones, with Retry failed rows and Export report.
class BulkRunPane final : public QWidget
{
    Q_OBJECT

public:
    BulkRunPane(const PresentationMasker *masker, QWidget *parent = nullptr);

    JobResultModel *model() const { return m_model; }
    void showProgress(const JobProgress &progress);
    // A plain-text line under the progress: how the job ended, or why it did not start.
    void showMessage(const QString &message);
    // running: the job sends; paused: it waits for Resume; resumable: a stored job can go on.
    void setControls(bool running, bool paused, bool resumable, bool hasFailedRows);

    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *exportButton() const { return m_export; }

private:
    JobResultModel *m_model;
    FailedRowsFilter *m_filter;
    QProgressBar *m_progress = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_cancel = nullptr;
    QCheckBox *m_onlyFailed = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_export = nullptr;
};
