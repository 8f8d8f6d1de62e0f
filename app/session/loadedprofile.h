#pragma once

#include "api/requestcontext.h"

#include <QCoreApplication>
#include <QString>

// The account whose profile the table holds, bound to the connection it was loaded from: the
// saved connection, the base URL, the SDKAppID and the admin. Values loaded from one target are
// only ever written back to that target; any other target is refused before anything is sent.
class LoadedProfile final
{
    Q_DECLARE_TR_FUNCTIONS(LoadedProfile)

public:
    // Binds to where context sends requests, after a successful load of account there.
    void bind(const QString &account, const RequestContext &context);
    void clear();

    bool isBound() const { return !m_account.isEmpty(); }
    QString account() const { return m_account; }
    RequestTarget target() const { return m_target; }
    // True when the table holds account as loaded from target.
    bool isBoundTo(const QString &account, const RequestTarget &target) const
    {
        return isBound() && m_account == account && m_target == target;
    }

    // Empty when context goes to the bound target; otherwise why a write there is refused.
    QString mismatch(const RequestContext &context) const;

private:
    QString m_account;
    RequestTarget m_target;
};
