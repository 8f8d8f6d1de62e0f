// Input of the check-translations fixtures: lupdate reads it, nothing compiles it.
#include <QCoreApplication>

class Sample
{
    Q_DECLARE_TR_FUNCTIONS(Sample)

public:
    static QString text(int count, const QString &account)
    {
        //: A user account of the chat app, not an operating-system account
        return tr("%n account(s) loaded", nullptr, count) + tr("Profile of %1").arg(account) + tr("&Apply")
            + tr("<b>Expired</b> UserSig");
    }
};
