#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

struct RequestContext;

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

    // Empty when context goes to the bound target; otherwise why a write there is refused.
    QString mismatch(const RequestContext &context) const;

private:
    QString m_account;
    QString m_connectionId;
    QUrl m_baseUrl;
    quint64 m_sdkAppId = 0;
    QString m_identifier;
};
