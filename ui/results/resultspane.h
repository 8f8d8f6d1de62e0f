#pragma once

#include "session/sessionlog.h"

#include <QWidget>

#include <functional>

class ChangeHistory;
class ClipboardGuard;
class HistoryView;
class PresentationMasker;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QToolButton;

// What happened: the server's ActionStatus, ErrorCode, ErrorInfo and ErrorDisplay verbatim beside
// the catalogue's explanation and next step, the request (redacted) and raw response, and the
// session log of every request, selectable to show it again. Everything shown passes through the
// presentation masker.
class ResultsPane final : public QWidget
{
    Q_OBJECT

public:
    // history: where the Change history tab reads from (may be nullptr); none owned.
    ResultsPane(SessionLog *log, const ChangeHistory *history, const PresentationMasker *masker,
        QWidget *parent = nullptr);

    // Whether the write of a log row may be read back from where requests go now; without it,
    // every unknown write is offered.
    void setReadBackCheck(std::function<bool(int row)> check);
    // Asks the check again for the shown entry, after where requests go changed.
    void updateOffers();

    void showEntry(int row);
    // Something the console refused, with why and what to do: a request it would not send, or
    // a value it would not accept.
    void showRefusal(const QString &headline, const QString &reason);
    HistoryView *historyView() const { return m_historyView; }

    // The cURL command of the shown request; the UserSig masked unless includeUserSig, and then
    // the URL exactly as that request was sent.
    QString curlCommand(bool includeUserSig) const;

Q_SIGNALS:
    // The user asked which data centre the app lives in (offered after a wrong-region code).
    void findRegionRequested();
    // The user asked to read back the write of log row `row` (offered when its outcome is unknown).
    void readBackRequested(int row);

private:
    void clearFields();
    void confirmCopyWithUserSig();
    QString curlCommandFor(int row, bool includeUserSig) const;
    void showAgain();

    SessionLog *m_log;
    const PresentationMasker *m_masker;
    ClipboardGuard *m_clipboardGuard;
    std::function<bool(int)> m_readBackCheck;
    int m_row = -1;
    QString m_refusalHeadline; // of the refusal shown, when m_row < 0
    QString m_refusalReason;

    QLabel *m_headline;
    QLabel *m_actionStatus;
    QLabel *m_errorCode;
    QLabel *m_errorInfo;
    QLabel *m_errorDisplay;
    QLabel *m_explanation;
    QLabel *m_nextStep;
    QLabel *m_details;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_requestView;
    QPlainTextEdit *m_responseView;
    QListView *m_logView;
    HistoryView *m_historyView;
    QToolButton *m_copyCurlButton;
    QAction *m_copyWithUserSigAction;
    QPushButton *m_findRegionButton;
    QPushButton *m_readBackButton;
};
