// The pure parts of the REST client: the exact request, which endpoints are allowed, how the
// UserSig is hidden, the backoff, and a parser that tolerates whatever the server adds.
#include "api/endpointpolicy.h"
#include "api/redaction.h"
#include "api/responseparser.h"
#include "api/restrequest.h"
#include "api/retrypolicy.h"

#include <QJsonArray>
#include <QTest>

using namespace std::chrono_literals;

namespace {

const QString kUserSig = QStringLiteral("eJyrVgrx*CdYrSy1S-lKy0jNQ0gHzM1NS80oy0zLBwokpuZl5mcUlRYkl_");

ApiTarget target(const QString &base = QStringLiteral("https://adminapisgp.im.qcloud.com"))
{
    return { QUrl(base), 1400000000, QStringLiteral("administrator"), kUserSig };
}

} // namespace

class TestRequestBuilding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestHasTheDocumentedForm()
    {
        const RestRequest request = RestRequest::build(target(), QStringLiteral("portrait_set"),
            { { QStringLiteral("From_Account"), QStringLiteral("id") } }, 4294967295U);
        QCOMPARE(request.url.toString(QUrl::FullyEncoded),
            QStringLiteral("https://adminapisgp.im.qcloud.com/v4/profile/portrait_set?sdkappid=1400000000"
                           "&identifier=administrator&usersig=")
                + kUserSig + QStringLiteral("&random=4294967295&contenttype=json"));
        QCOMPARE(request.body, QByteArray(R"({"From_Account":"id"})"));
        QCOMPARE(request.random, 4294967295U);
    }

    void bodyIsNeverEmpty()
    {
        QCOMPARE(RestRequest::build(target(), QStringLiteral("portrait_get"), {}, 1).body, QByteArray("{}"));
    }

    void baseUrlPathIsKept()
    {
        const RestRequest request = RestRequest::build(
            target(QStringLiteral("http://127.0.0.1:8080/proxy/")), QStringLiteral("portrait_get"), {}, 7);
        QCOMPARE(request.url.path(), QStringLiteral("/proxy/v4/profile/portrait_get"));
        QCOMPARE(request.url.port(), 8080);
    }

    void endpointPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https region") << "https://console.tim.qq.com" << true;
        QTest::newRow("https custom with port") << "https://gateway.example.com:8443" << true;
        QTest::newRow("http ipv4 loopback") << "http://127.0.0.1:5000" << true;
        QTest::newRow("http other 127/8") << "http://127.1.2.3:5000" << true;
        QTest::newRow("http localhost") << "http://LocalHost:5000" << true;
        QTest::newRow("http ipv6 loopback") << "http://[::1]:5000" << true;
        QTest::newRow("http public") << "http://console.tim.qq.com" << false;
        QTest::newRow("http private") << "http://192.168.1.10" << false;
        QTest::newRow("http any address") << "http://0.0.0.0:5000" << false;
        QTest::newRow("http lookalike") << "http://localhost.example.com" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
        QTest::newRow("no scheme") << "console.tim.qq.com" << false;
        QTest::newRow("with query") << "https://console.tim.qq.com?usersig=x" << false;
        QTest::newRow("with user") << "https://me@console.tim.qq.com" << false;
        QTest::newRow("empty") << "" << false;
    }

    void endpointPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QString problem = EndpointPolicy::problem(QUrl(url));
        QVERIFY2(problem.isEmpty() == allowed, qPrintable(problem));
    }

    void redactionMasksTheUserSigEverywhere()
    {
        const RestRequest request = RestRequest::build(target(), QStringLiteral("portrait_set"), {}, 42);
        const QString masked = Redaction::url(request.url);
        QVERIFY(!masked.contains(kUserSig));
        QVERIFY(masked.contains(QStringLiteral("usersig=***&random=42")));
        QCOMPARE(
            Redaction::url(request.url, Redaction::UserSig::Shown), request.url.toString(QUrl::FullyEncoded));

        const QString errorText = QStringLiteral("Error transferring ") + request.url.toString()
            + QStringLiteral(" - server replied: Bad Gateway");
        QVERIFY(!Redaction::text(errorText).contains(kUserSig));
        QCOMPARE(Redaction::text(QStringLiteral("a?x=1&UserSig=abc def")),
            QStringLiteral("a?x=1&UserSig=*** def"));
        QCOMPARE(Redaction::text(QStringLiteral("nothing secret")), QStringLiteral("nothing secret"));
    }

    void userSigMaskFindsEverySpellingOfTheSig_data()
    {
        QTest::addColumn<QString>("text");
        const QString awkward = QStringLiteral("eJy+a/b=c*d-e_f.g~h");
        QTest::newRow("as sent") << QStringLiteral("x eJy%2Ba%2Fb%3Dc*d-e_f.g~h y");
        QTest::newRow("decoded") << QStringLiteral("x ") + awkward + QStringLiteral(" y");
        QTest::newRow("fully encoded") << QStringLiteral("x eJy%2Ba%2Fb%3Dc%2Ad%2De%5Ff%2Eg%7Eh y");
        QTest::newRow("lower-case hex") << QStringLiteral("x eJy%2ba%2fb%3dc%2ad-e_f.g~h y");
        QTest::newRow("JSON-escaped slash") << QStringLiteral("x eJy+a\\/b=c*d-e_f.g~h y");
        QTest::newRow("twice") << QStringLiteral("x ") + awkward + QStringLiteral(" y ") + awkward;
    }

    void userSigMaskFindsEverySpellingOfTheSig()
    {
        QFETCH(QString, text);
        const UserSigMask mask(QStringLiteral("eJy+a/b=c*d-e_f.g~h"));
        const QString masked = mask.apply(text);
        QVERIFY2(masked.startsWith(QStringLiteral("x *** y")), qPrintable(masked));
        QVERIFY2(!masked.contains(QStringLiteral("eJy")), qPrintable(masked));
        QCOMPARE(QString::fromUtf8(mask.apply(text.toUtf8())), masked);
    }

    void userSigMaskLeavesOtherTextAlone()
    {
        const UserSigMask mask(kUserSig);
        const QByteArray body = "{\"ErrorInfo\":\"été, 管理员 eJyrVgrx\"}";
        QCOMPARE(mask.apply(body), body);
        QCOMPARE(mask.apply(QStringLiteral("usersig=abc&x=1")), QStringLiteral("usersig=***&x=1"));
        // Shorter than any UserSig: masking it would garble ordinary words.
        QCOMPARE(UserSigMask(QStringLiteral("OK")).apply(QStringLiteral("OK")), QStringLiteral("OK"));
    }

    void curlCommandHidesTheUserSigUnlessAsked()
    {
        const RestRequest request = RestRequest::build(target(), QStringLiteral("portrait_set"),
            { { QStringLiteral("From_Account"), QStringLiteral("O'Brien") } }, 9);
        const QString masked = Redaction::curlCommand(request);
        QVERIFY(masked.startsWith(QStringLiteral("curl -sS -X POST 'https://adminapisgp.im.qcloud.com/")));
        QVERIFY(masked.contains(QStringLiteral("usersig=***&")));
        QVERIFY(!masked.contains(kUserSig));
        QVERIFY(masked.contains(QStringLiteral("-H 'Content-Type: application/json'")));
        QVERIFY2(masked.endsWith(QStringLiteral("--data-raw '{\"From_Account\":\"O'\\''Brien\"}'")),
            qPrintable(masked));
        QVERIFY(Redaction::curlCommand(request, Redaction::UserSig::Shown).contains(kUserSig));
    }

    void backoffGrowsWithJitterAndIsBounded()
    {
        const RetryPolicy policy { 5, 100ms, 300ms };
        for (int round = 0; round < 50; ++round) {
            const auto first = policy.delayBefore(2);
            const auto second = policy.delayBefore(3);
            const auto capped = policy.delayBefore(4);
            QVERIFY(first >= 50ms && first <= 100ms);
            QVERIFY(second >= 100ms && second <= 200ms);
            QVERIFY(capped >= 150ms && capped <= 300ms);
        }
        QCOMPARE(RetryPolicy({ 3, 0ms, 0ms }).delayBefore(2), 0ms);
    }

    void parserToleratesUnknownFieldsAndKeepsJsonTypes()
    {
        const ParsedResponse parsed
            = ParsedResponse::parse(R"({"ActionStatus":"OK","ErrorCode":0,"New":{"x":[1]},
            "UserProfileItem":[{"To_Account":"a","ResultCode":0,"Future":true,
              "ProfileItem":[{"Tag":"Tag_Profile_IM_Level","Value":7},{"Tag":"Tag_Profile_IM_Nick","Value":"7"}]}]})");
        QVERIFY(parsed.valid);
        QVERIFY(parsed.isOk());
        QCOMPARE(parsed.users.size(), 1);
        QVERIFY(parsed.users.at(0).value(QStringLiteral("Tag_Profile_IM_Level")).isDouble());
        QVERIFY(parsed.users.at(0).value(QStringLiteral("Tag_Profile_IM_Nick")).isString());
        QVERIFY(parsed.object.contains(u"New"));
    }

    void parserReadsTheEnvelope_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("code");
        QTest::newRow("ok") << QByteArray(R"({"ActionStatus":"OK","ErrorCode":0})") << true << true << 0;
        QTest::newRow("fail") << QByteArray(R"({"ActionStatus":"FAIL","ErrorCode":40009})") << true << false
                              << 40009;
        QTest::newRow("code as text")
            << QByteArray(R"({"ActionStatus":"FAIL","ErrorCode":"70001"})") << true << false << 70001;
        QTest::newRow("OK but code") << QByteArray(R"({"ActionStatus":"OK","ErrorCode":60018})") << true
                                     << false << 60018;
        QTest::newRow("garbage code")
            << QByteArray(R"({"ActionStatus":"OK","ErrorCode":"x"})") << true << false << -1;
        QTest::newRow("huge code") << QByteArray(R"({"ActionStatus":"OK","ErrorCode":1e30})") << true << false
                                   << -1;
        QTest::newRow("no status") << QByteArray(R"({"ErrorCode":0})") << false << false << 0;
        QTest::newRow("status not text") << QByteArray(R"({"ActionStatus":1})") << false << false << 0;
        QTest::newRow("not json") << QByteArray("<html>") << false << false << 0;
        QTest::newRow("array") << QByteArray("[]") << false << false << 0;
    }

    void parserReadsTheEnvelope()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, valid);
        QFETCH(bool, ok);
        QFETCH(int, code);
        const ParsedResponse parsed = ParsedResponse::parse(body);
        QCOMPARE(parsed.valid, valid);
        QCOMPARE(parsed.isOk(), ok);
        QCOMPARE(parsed.problem.isEmpty(), valid);
        if (valid) {
            QCOMPARE(parsed.errorCode, code);
        }
    }

    void bodyPreviewIsShortAndPrintable()
    {
        const QString preview = bodyPreview(QByteArray(1000, 'a') + '\x01');
        QVERIFY(preview.size() < 210);
        QVERIFY(preview.contains(QStringLiteral("…")));
        QCOMPARE(bodyPreview("a\x01"
                             "b"),
            QStringLiteral("\"a.b\""));
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilding)
#include "tst_requestbuilding.moc"
