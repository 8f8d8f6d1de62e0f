#pragma once

#include <QWidget>

class PresentationMasker;
class PreviewModel;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
struct PreviewRow;
struct PreviewTotals;

// A bulk edit's dry run: the totals on top, one row per account with old → new, and the controls
// that start the job (the rate, Run, and why Run is unavailable when it is).
class BulkPreviewPane final : public QWidget
{
    Q_OBJECT

public:
    BulkPreviewPane(const PresentationMasker *masker, QWidget *parent = nullptr);

    void showReading(int accountsRead, int accountsTotal);
    void showPreview(const QList<PreviewRow> &rows, const PreviewTotals &totals);
    void showFailure(const QString &message);
    void clear();
    // Run is enabled only with a reason-free preview; otherwise the reason is shown beside it.
    void setRunAvailable(bool available, const QString &reason);

    QSpinBox *rateSpin() const { return m_rate; }
    QPushButton *runButton() const { return m_run; }

private:
    PreviewModel *m_model;
    QLabel *m_totals = nullptr;
    QTableView *m_view = nullptr;
    QSpinBox *m_rate = nullptr;
    QPushButton *m_run = nullptr;
    QLabel *m_runReason = nullptr;
};
