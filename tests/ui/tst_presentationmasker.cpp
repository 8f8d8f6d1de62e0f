// The presentation masker's rules, on their own: what it hides, in which forms, and for how long.
#include "presentation/presentationmasker.h"

#include "credentials/credentials.h"
#include "usersig/usersig.h"

#include <QSignalSpy>
#include <QTest>

class TestPresentationMasker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEverythingWhileInactive()
    {
        PresentationMasker masker;
        masker.setCredentials(Credentials::fromSecretKey(1400000001, QStringLiteral("ops_admin"), "key"));
        QCOMPARE(masker.mask(QStringLiteral("ops_admin in 1400000001")),
            QStringLiteral("ops_admin in 1400000001"));
    }

    void masksTheConnectionsValuesInEveryForm()
    {
        PresentationMasker masker;
        QSignalSpy changed(&masker, &PresentationMasker::changed);
        masker.setActive(true);
        QCOMPARE(changed.size(), 1);
        masker.setCredentials(Credentials::fromSecretKey(1400000001, QStringLiteral("ops admin+1"), "key"));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(masker.mask(QStringLiteral("signed for ops admin+1 in app 1400000001")),
            QStringLiteral("signed for *** in app ***"));
        // As the request URL carries them.
        QCOMPARE(masker.mask(QStringLiteral("?sdkappid=1400000001&identifier=ops%20admin%2B1&usersig=***")),
            QStringLiteral("?sdkappid=***&identifier=***&usersig=***"));
        // A longer number that contains the SDKAppID is another number.
        QCOMPARE(masker.mask(QStringLiteral("random 314000000015")), QStringLiteral("random 314000000015"));
    }

    // An identifier is masked where it stands as a whole, not inside longer words: an admin called
    // "a" must not turn every "a" of the window into ***.
    void masksAnIdentifierOnlyAsAWhole()
    {
        PresentationMasker masker;
        masker.setActive(true);
        masker.setCredentials(Credentials::fromSecretKey(1400000001, QStringLiteral("a"), "key"));
        QCOMPARE(masker.mask(QStringLiteral("signed for a, as a admin (identifier=a&usersig=***)")),
            QStringLiteral("signed for ***, as *** admin (identifier=***&usersig=***)"));
        masker.setCredentials(Credentials::fromSecretKey(1400000001, QStringLiteral("admin"), "key"));
        QCOMPARE(masker.mask(QStringLiteral("the administrator admin, admin_2 and \"admin\"")),
            QStringLiteral("the administrator ***, admin_2 and \"***\""));
    }

    void masksThePastedSigsSignerAndApp()
    {
        const QString sig
            = UserSig::generate(1400000002, QStringLiteral("someone_else"), "key", 3600, 1700000000);
        PresentationMasker masker;
        masker.setActive(true);
        masker.setCredentials(Credentials::fromUserSig(1400000001, QStringLiteral("ops_admin"), sig));
        QCOMPARE(
            masker.mask(QStringLiteral("made for someone_else in 1400000002, not ops_admin in 1400000001")),
            QStringLiteral("made for *** in ***, not *** in ***"));
    }

    void remembersWhatWasSentAfterTheFieldsChange()
    {
        PresentationMasker masker;
        masker.setActive(true);
        DiagnosisContext sent;
        sent.requestSdkAppId = 1400000003;
        sent.requestIdentifier = QStringLiteral("earlier_admin");
        masker.noteRequest(sent);
        masker.setCredentials(Credentials::fromSecretKey(1400000004, QStringLiteral("later_admin"), "key"));
        masker.setCredentials(std::nullopt);
        QCOMPARE(masker.mask(QStringLiteral("earlier_admin 1400000003 later_admin 1400000004")),
            QStringLiteral("*** *** later_admin 1400000004"));
    }
};

QTEST_GUILESS_MAIN(TestPresentationMasker)
#include "tst_presentationmasker.moc"
