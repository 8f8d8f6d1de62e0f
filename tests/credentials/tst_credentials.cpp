// Credentials: sigs generated from the secret key are short-lived and renewed in time; pasted sigs
// are checked for what would make the server refuse them before anything is sent.
#include "credentials/credentials.h"
#include "usersig/usersig.h"

#include <QTest>

namespace {

const QByteArray key = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const QString admin = QStringLiteral("administrator");
constexpr quint64 appId = 1400000000;
constexpr qint64 now = 1700000000;
constexpr qint64 hour = 3600;

QString pasted(qint64 lifetime, const QString &identifier = admin, quint64 sdkAppId = appId)
{
    return UserSig::generate(sdkAppId, identifier, key, lifetime, now);
}

QList<CredentialWarning::Kind> kinds(const QList<CredentialWarning> &warnings)
{
    QList<CredentialWarning::Kind> result;
    for (const CredentialWarning &warning : warnings) {
        result.append(warning.kind);
    }
    return result;
}

} // namespace

class TestCredentials final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretKeyMakesAValidShortLivedSig()
    {
        Credentials credentials = Credentials::fromSecretKey(appId, admin, key);
        QVERIFY(credentials.usesSecretKey());
        const QString sig = credentials.userSigForRequest(now);
        const UserSig::Check check = UserSig::verify(sig, appId, admin, key, now);
        QCOMPARE(check.verdict, UserSigVerdict::Valid);
        QCOMPARE(check.content->expire, hour);
        QCOMPARE(check.content->time, now);
        QVERIFY(credentials.warnings(now).isEmpty());
    }

    void generatedSigIsReusedThenRenewedBeforeItsLastTenMinutes()
    {
        Credentials credentials = Credentials::fromSecretKey(appId, admin, key);
        const QString first = credentials.userSigForRequest(now);
        QCOMPARE(credentials.userSigForRequest(now + 1), first);
        QCOMPARE(credentials.userSigForRequest(now + hour - 10 * 60), first); // exactly 10 min left
        const QString renewed = credentials.userSigForRequest(now + hour - 10 * 60 + 1);
        QVERIFY(renewed != first);
        const UserSig::Check check = UserSig::verify(renewed, appId, admin, key, now + hour);
        QCOMPARE(check.verdict, UserSigVerdict::Valid);
        QCOMPARE(check.content->time, now + hour - 10 * 60 + 1);
    }

    void everySigHandedOutHasAtLeastTheMarginLeft()
    {
        Credentials credentials = Credentials::fromSecretKey(appId, admin, key);
        for (qint64 t = now; t < now + 5 * hour; t += 97) {
            const UserSig::Decoded decoded = UserSig::decode(credentials.userSigForRequest(t));
            QVERIFY(decoded.content);
            QVERIFY2(decoded.content->expiresAt() - t >= Credentials::renewalMargin,
                qPrintable(QString::number(t)));
        }
    }

    void clockGoingBackwardsGetsAFreshSig()
    {
        Credentials credentials = Credentials::fromSecretKey(appId, admin, key);
        const QString first = credentials.userSigForRequest(now);
        const QString afterJump = credentials.userSigForRequest(now - 600);
        QVERIFY(afterJump != first);
        QCOMPARE(UserSig::decode(afterJump).content->time, now - 600);
    }

    void pastedSigIsSentAsPasted()
    {
        const QString sig = pasted(180 * 24 * hour);
        Credentials credentials
            = Credentials::fromUserSig(appId, admin, QLatin1String("  ") + sig + QLatin1Char('\n'));
        QVERIFY(!credentials.usesSecretKey());
        QCOMPARE(credentials.userSigForRequest(now), sig);
        QCOMPARE(credentials.userSigForRequest(now + 10 * hour), sig);
        QVERIFY(credentials.warnings(now).isEmpty());
    }

    void pastedSigWarnings_data()
    {
        using Kind = CredentialWarning::Kind;
        QTest::addColumn<QString>("sig");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<QList<Kind>>("expected");
        QTest::addColumn<QString>("words");
        QTest::newRow("valid for days") << pasted(7 * 24 * hour) << now << QList<Kind> {} << QString();
        QTest::newRow("one second past expiry")
            << pasted(hour) << now + hour + 1 << QList<Kind> { Kind::Expired } << QStringLiteral("70001");
        QTest::newRow("at the expiry second")
            << pasted(hour) << now + hour << QList<Kind> { Kind::ExpiresSoon }
            << QStringLiteral("expires in 0 s");
        QTest::newRow("expires within 24 h")
            << pasted(24 * hour) << now + 1 << QList<Kind> { Kind::ExpiresSoon } << QStringLiteral("23 h");
        QTest::newRow("exactly 24 h left") << pasted(24 * hour) << now << QList<Kind> {} << QString();
        QTest::newRow("another account")
            << pasted(7 * 24 * hour, QStringLiteral("user_1")) << now << QList<Kind> { Kind::WrongIdentifier }
            << QStringLiteral("“user_1”");
        QTest::newRow("another app") << pasted(7 * 24 * hour, admin, 1400000001) << now
                                     << QList<Kind> { Kind::WrongSdkAppId } << QStringLiteral("1400000001");
        QTest::newRow("everything wrong")
            << pasted(hour, QStringLiteral("ops"), 1400000001) << now + 2 * hour
            << QList<Kind> { Kind::WrongSdkAppId, Kind::WrongIdentifier, Kind::Expired }
            << QStringLiteral("70014");
        QTest::newRow("unreadable") << pasted(7 * 24 * hour).left(50) << now
                                    << QList<Kind> { Kind::Unreadable } << QStringLiteral("70003");
    }

    void pastedSigWarnings()
    {
        QFETCH(QString, sig);
        QFETCH(qint64, at);
        QFETCH(QList<CredentialWarning::Kind>, expected);
        QFETCH(QString, words);
        const QList<CredentialWarning> warnings = Credentials::fromUserSig(appId, admin, sig).warnings(at);
        QCOMPARE(kinds(warnings), expected);
        QString all;
        for (const CredentialWarning &warning : warnings) {
            QVERIFY(!warning.text.isEmpty());
            all += warning.text + QLatin1Char('\n');
        }
        QVERIFY2(all.contains(words), qPrintable(all));
    }

    void wrongIdentifierWarningNamesBothAccountsAndTheCode()
    {
        const QString text = Credentials::fromUserSig(appId, admin, pasted(48 * hour, QStringLiteral("ops")))
                                 .warnings(now)
                                 .at(0)
                                 .text;
        QVERIFY2(text.contains(QStringLiteral("“ops”")) && text.contains(QStringLiteral("“administrator”"))
                && text.contains(QLatin1String("70013")),
            qPrintable(text));
    }

    void statusLineSaysWhoHowLong_data()
    {
        QTest::addColumn<QString>("sig");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<QString>("expected");
        QTest::newRow("three hours") << pasted(
            3 * hour) << now << QStringLiteral("signed for administrator in app 1400000000, expires in 3 h");
        QTest::newRow("days") << pasted(180 * 24 * hour)
                              << now
                + 1 << QStringLiteral("signed for administrator in app 1400000000, expires in 179 d");
        QTest::newRow("the sig's own account")
            << pasted(hour, QStringLiteral("ops")) << now
            << QStringLiteral("signed for ops in app 1400000000, expires in 1 h");
        QTest::newRow("expired") << pasted(hour)
                                 << now
                + 3 * hour << QStringLiteral("signed for administrator in app 1400000000, expired 2 h ago");
        QTest::newRow("unreadable") << QStringLiteral("eJyr") << now
                                    << QStringLiteral("the pasted UserSig cannot be read");
    }

    void statusLineSaysWhoHowLong()
    {
        QFETCH(QString, sig);
        QFETCH(qint64, at);
        QFETCH(QString, expected);
        QCOMPARE(Credentials::fromUserSig(appId, admin, sig).statusText(at), expected);
    }

    void statusLineForTheSecretKey()
    {
        QCOMPARE(Credentials::fromSecretKey(appId, admin, key).statusText(now),
            QStringLiteral(
                "signed for administrator in app 1400000000 with the secret key, renewed automatically"));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
