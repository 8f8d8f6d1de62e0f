#pragma once

#include "history/changehistory.h"
#include "history/historyloader.h"

#include <QSet>
#include <QWidget>

class HistoryModel;
class MaskedTextModel;
class PresentationMasker;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeView;

// The change history tab: every write from this computer, one row per operation (an Apply, a
// bulk job, a revert) with its field changes beneath, filtered by account, field, connection,
// time and outcome and searched; exported to CSV, cleared on request. Reads happen in a worker
// thread (HistoryLoader): the window never waits for SQLite. Kept across restarts.
// Revert… asks to undo the selected operations and changes (as shown: a filtered operation
// offers only its changes that match); "Revert all shown for ACCOUNT…" every change shown when
// they are all of one account, e.g. that account's changes since a time through its filters.
// Neither is offered while the tree shows only the newest changes of more.
class HistoryView final : public QWidget
{
    Q_OBJECT

public:
    // history may be nullptr: the view then says there is no history. It is not owned and only
    // names the file, which the view reads with its own connections. What the tab shows passes
    // through masker.
    HistoryView(const ChangeHistory *history, const PresentationMasker *masker, QWidget *parent = nullptr);
    ~HistoryView() override;

    // Shows only this account's changes while "only the loaded account" is ticked.
    void setAccount(const QString &account);
    // Reads the history again now if the tab is on screen, else when it is next shown.
    void refresh();

Q_SIGNALS:
    // The user asked to revert these changes (newest first, each once).
    void revertRequested(const QList<ChangeRecord> &changes);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLayout *buildFilters();
    QLayout *buildActions();
    HistoryQuery query() const;
    void reload();
    void present(const HistorySnapshot &snapshot);
    void offerFacets();
    void showAccount();
    void showLocation();
    void updateActions();
    void askToClear();
    void askWhereToExport();
    void exportTo(const QString &path);
    void tell(const QString &notice);
    QList<ChangeRecord> selectedChanges() const;

    const PresentationMasker *m_masker;
    HistoryLoader *m_loader = nullptr; // nullptr without a history
    HistoryModel *m_model;
    MaskedTextModel *m_shown;
    HistoryFacets m_facets;
    QString m_account;
    bool m_stale = true;
    bool m_exporting = false;
    bool m_clearing = false;
    bool m_truncated = false; // the tree shows only the newest HistoryLoader::kLimit changes
    QString m_shownAccount; // the one account every shown change is of; empty for several or none
    QSet<QString> m_expanded; // operations kept open across reloads
    QTimer *m_typingPause;
    QLineEdit *m_searchEdit;
    QComboBox *m_spanCombo;
    QComboBox *m_outcomeCombo;
    QLineEdit *m_accountEdit;
    QCheckBox *m_onlyAccountCheck;
    QComboBox *m_fieldCombo;
    QComboBox *m_connectionCombo;
    QLabel *m_status;
    QTreeView *m_tree;
    QLabel *m_location;
    QLabel *m_notice;
    QPushButton *m_exportButton;
    QPushButton *m_clearButton;
    QPushButton *m_revertButton;
    QPushButton *m_revertAllButton;
};
