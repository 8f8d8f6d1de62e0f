#pragma once

#include <QWidget>

class ChangeHistory;
class PresentationMasker;
class QCheckBox;
class QLabel;
class QTableWidget;

// The change history tab: every field written from this computer, newest first, old → new, with
// the result and the `random` to quote in a ticket; kept across restarts.
class HistoryView final : public QWidget
{
    Q_OBJECT

public:
    // history may be nullptr or closed: the view then says why there is no history. Neither is
    // owned; what the table shows passes through masker.
    HistoryView(const ChangeHistory *history, const PresentationMasker *masker, QWidget *parent = nullptr);

    // Shows only this account's changes while "only this account" is ticked.
    void setAccount(const QString &account);
    // Reads the history again now if the tab is on screen, else when it is next shown.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void showAccount();

    const ChangeHistory *m_history;
    const PresentationMasker *m_masker;
    QString m_account;
    bool m_stale = true;
    QCheckBox *m_onlyAccountCheck;
    QLabel *m_status;
    QTableWidget *m_table;
};
