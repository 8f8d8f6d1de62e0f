#pragma once

#include <QObject>

class ProfileSession;

// Quitting never cuts a write off: while one is on its way, closing waits for its answer and the
// window closes by itself once the session is idle. Asked again while waiting, the user may quit
// anyway, which cancels the write and leaves its outcome unknown.
class QuitGuard final : public QObject
{
    Q_OBJECT

public:
    enum class Step {
        CloseNow,
        WaitForAnswer, // say so, and keep the window open until closeNow()
        OfferToQuitAnyway, // a second close while waiting
    };

    // session must outlive the guard.
    explicit QuitGuard(ProfileSession *session, QObject *parent = nullptr);

    // What a close request should do now.
    Step closeRequested();
    // Cancels the write; closeNow() follows once its (unknown) end is recorded.
    void quitAnyway();
    // The user chose to quit without waiting: nothing more needs asking.
    bool quitWasConfirmed() const { return m_quitConfirmed; }

Q_SIGNALS:
    // The write a close was waiting for has ended: close now.
    void closeNow();

private:
    ProfileSession *m_session;
    bool m_waiting = false;
    bool m_quitConfirmed = false;
};
