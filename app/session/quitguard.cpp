#include "session/quitguard.h"

#include "session/profilesession.h"

QuitGuard::QuitGuard(ProfileSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(m_session, &ProfileSession::busyChanged, this, [this](bool busy) {
        if (!busy && m_waiting) {
            m_waiting = false;
            Q_EMIT closeNow();
        }
    });
}

QuitGuard::Step QuitGuard::closeRequested()
{
    if (m_waiting) {
        return m_session->isBusy() ? Step::OfferToQuitAnyway : Step::CloseNow;
    }
    // A load or a read-back may be cut off: only a write's outcome would become unknown.
    if (m_session->isWriting()) {
        m_waiting = true;
        return Step::WaitForAnswer;
    }
    return Step::CloseNow;
}

void QuitGuard::quitAnyway()
{
    m_quitConfirmed = true;
    m_session->cancel();
}
