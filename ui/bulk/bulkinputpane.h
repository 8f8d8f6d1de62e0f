#pragma once

#include "bulk/changeplan.h"

#include <QWidget>

class PlanLoader;
class PlanProblemModel;
class PlanRowsModel;
class PresentationMasker;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

// Where a bulk edit's input comes from (pasted cells, a CSV/TSV file in a chosen encoding, or a
// list of accounts with the fields to set for all) and what is wrong with it: every problem with
// its line and column, and each row ticked when it can be sent, unticked and marked when not.
class BulkInputPane final : public QWidget
{
    Q_OBJECT

public:
    BulkInputPane(const PresentationMasker *masker, QWidget *parent = nullptr);

    const ChangePlan &plan() const { return m_plan; }
    bool hasInput() const { return m_hasInput; }
    QString source() const { return m_source; }
    ChangePlan::InvalidRows invalidRows() const;
    bool mayPreview() const;
    QPushButton *previewButton() const { return m_previewButton; }

    // Cells from the clipboard (tab-separated, with a header row), as Ctrl+V in the window does.
    void pasteCells();
    void openFile();

Q_SIGNALS:
    // The input, or whether invalid rows are left out, changed: any preview is out of date.
    void inputChanged();

private:
    void loadList();
    void reloadFile();
    void showPlan(const ChangePlan &plan, const QString &source);
    void showLoading(const QString &what);
    void revealProblem(const QModelIndex &index);
    void updateSummary();

    PlanLoader *m_loader;
    PlanProblemModel *m_problems;
    PlanRowsModel *m_rows;
    ChangePlan m_plan;
    bool m_hasInput = false;
    QString m_source;
    QString m_filePath; // the file shown, to read again in another encoding

    QTabWidget *m_sourceTabs = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QPlainTextEdit *m_accountsEdit = nullptr;
    QPlainTextEdit *m_assignmentsEdit = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_problemsView = nullptr;
    QTableView *m_rowsView = nullptr;
    QCheckBox *m_skipInvalid = nullptr;
    QPushButton *m_previewButton = nullptr;
};
