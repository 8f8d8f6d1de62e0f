#pragma once

#include "session/sessionlog.h"

#include <QWidget>

#include <functional>

class ChangeHistory;
class HistoryView;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QToolButton;

// What happened: the server's ActionStatus, ErrorCode, ErrorInfo and ErrorDisplay verbatim beside
// the catalogue's explanation and next step, the request (redacted) and raw response, and the
// session log of every request, selectable to show it again.
class ResultsPane final : public QWidget
{
    Q_OBJECT

public:
    // history: where the Change history tab reads from (may be nullptr); not owned.
    ResultsPane(SessionLog *log, const ChangeHistory *history, QWidget *parent = nullptr);

    // Supplies a valid UserSig when the user explicitly asks for a cURL command that includes it.
    void setUserSigProvider(std::function<QString()> provider);

    // Whether the write of a log row may be read back from where requests go now; without it,
    // every unknown write is offered.
    void setReadBackCheck(std::function<bool(int row)> check);
    // Asks the check again for the shown entry, after where requests go changed.
    void updateOffers();

    void showEntry(int row);
    // Something the console refused, with why and what to do: a request it would not send, or
    // a value it would not accept.
    void showRefusal(const QString &headline, const QString &reason);
    void setPresentationMode(bool on);
    HistoryView *historyView() const { return m_historyView; }

    // The cURL command of the shown request; the UserSig masked unless includeUserSig.
    QString curlCommand(bool includeUserSig) const;

Q_SIGNALS:
    // The user asked which data centre the app lives in (offered after a wrong-region code).
    void findRegionRequested();
    // The user asked to read back the write of log row `row` (offered when its outcome is unknown).
    void readBackRequested(int row);

private:
    void clearFields();
    void copyCurl(bool includeUserSig);
    QString displayedUrl() const;

    SessionLog *m_log;
    std::function<QString()> m_userSigProvider;
    std::function<bool(int)> m_readBackCheck;
    int m_row = -1;
    bool m_presentationMode = false;

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
    QPushButton *m_findRegionButton;
    QPushButton *m_readBackButton;
};
