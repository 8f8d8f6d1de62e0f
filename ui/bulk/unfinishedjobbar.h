#pragma once

#include <QWidget>

class JobStore;
class PresentationMasker;
class QLabel;

// The offer, at the top of the main window, of a bulk job the console or the CLI left unfinished
// (closed, killed, a power cut): resume it, review it, or abandon it. A bar, not a modal question:
// the console is usable at once, and the offer waits until the user chooses.
class UnfinishedJobBar final : public QWidget
{
    Q_OBJECT

public:
    UnfinishedJobBar(JobStore *store, const PresentationMasker *masker, QWidget *parent = nullptr);

    // Shows the newest unfinished bulk job, or hides when there is none.
    void refresh();
    qint64 jobId() const { return m_jobId; }

Q_SIGNALS:
    void resumeRequested(qint64 jobId);
    void reviewRequested(qint64 jobId);

private:
    void abandon();

    JobStore *m_store;
    const PresentationMasker *m_masker;
    qint64 m_jobId = 0;
    QLabel *m_text = nullptr;
};
