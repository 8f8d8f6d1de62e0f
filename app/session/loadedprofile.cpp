#include "session/loadedprofile.h"

#include "session/profilesession.h"

void LoadedProfile::bind(const QString &account, const RequestContext &context)
{
    m_account = account;
    m_connectionId = context.connectionId;
    m_baseUrl = context.target.baseUrl;
    m_sdkAppId = context.target.sdkAppId;
    m_identifier = context.target.identifier;
}

void LoadedProfile::clear()
{
    *this = LoadedProfile();
}

QString LoadedProfile::mismatch(const RequestContext &context) const
{
    if (!isBound()) {
        return tr("Load an account first, then change its fields and apply.");
    }
    // The URL is compared as sent: another host, port, scheme or backup domain is another target.
    if (context.connectionId != m_connectionId || context.target.baseUrl != m_baseUrl
        || context.target.sdkAppId != m_sdkAppId || context.target.identifier != m_identifier) {
        return tr("The connection changed since %1 was loaded: its values belong to the app and region "
                  "they were loaded from. Load the account again on this connection, then apply.")
            .arg(m_account);
    }
    return {};
}
