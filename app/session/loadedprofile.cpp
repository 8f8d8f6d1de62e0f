#include "session/loadedprofile.h"

#include "session/profilesession.h"

void LoadedProfile::bind(const QString &account, const RequestContext &context)
{
    m_account = account;
    m_target = RequestTarget::of(context);
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
    if (RequestTarget::of(context) != m_target) {
        return tr("The connection changed since %1 was loaded: its values belong to the app and region "
                  "they were loaded from. Load the account again on this connection, then apply.")
            .arg(m_account);
    }
    return {};
}
