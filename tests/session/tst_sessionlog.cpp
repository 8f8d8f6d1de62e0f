// The session log keeps the URL a request went out with, full UserSig included, apart from the
// entries it hands on, and shows it in none of its texts.
#include "session/sessionlog.h"

#include <QTest>

class TestSessionLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheSentUrlApartFromTheEntry()
    {
        const QByteArray sent
            = "https://adminapisgp.im.qcloud.com/v4/profile/portrait_get?sdkappid=1400000000"
              "&identifier=admin&usersig=eJx%2Bsig%2F%3D&random=7&contenttype=json";
        SessionEntry entry;
        entry.account = QStringLiteral("alice");
        entry.result.redactedUrl = QStringLiteral("https://adminapisgp.im.qcloud.com/v4/profile/portrait_get"
                                                  "?sdkappid=1400000000&identifier=admin&usersig=***");
        entry.result.sentUrl = sent;
        SessionLog log;
        const int row = log.append(entry);
        QCOMPARE(log.sentUrl(row), sent);
        QVERIFY(log.entry(row).result.sentUrl.isEmpty());
        for (const int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole) }) {
            QVERIFY(!log.data(log.index(row), role).toString().contains(QStringLiteral("eJx")));
        }

        SessionEntry refused; // nothing was sent
        QVERIFY(log.sentUrl(log.append(refused)).isEmpty());
        QCOMPARE(log.sentUrl(row), sent);
    }
};

QTEST_GUILESS_MAIN(TestSessionLog)
#include "tst_sessionlog.moc"
