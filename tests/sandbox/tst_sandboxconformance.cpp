// The Sandbox's specification: every documented error code, round trips, atomicity, rate
// limiting, many clients at once, persistence and fault injection, all over real loopback HTTP.
#include "sandboxclient.h"

#include "profile/fieldvalidator.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxserver.h"
#include "usersig/usersig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

// Query parameters to change: name → value; a null value removes the parameter.
using QueryChanges = QMap<QString, QString>;

namespace {

// The signing inputs of tests/sandbox/data/usersig_vectors.json (the official libraries' outputs).
constexpr quint64 AppId = 1400000000;
const QByteArray Key = QByteArrayLiteral("5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e");
constexpr qint64 SignedAt = 1700000000;
const QString Admin = QStringLiteral("administrator");
const QString SetPath = QStringLiteral("/v4/profile/portrait_set");
const QString GetPath = QStringLiteral("/v4/profile/portrait_get");
const QString Nick = QStringLiteral("Tag_Profile_IM_Nick");
const QString Level = QStringLiteral("Tag_Profile_IM_Level");
const QString Gender = QStringLiteral("Tag_Profile_IM_Gender");
const QString Hobby = QStringLiteral("Tag_Profile_Custom_Hobby");
const QString Tier = QStringLiteral("Tag_Profile_Custom_Tier");
const QString Secret = QStringLiteral("Tag_Profile_Custom_Secret");
const QString Inbox = QStringLiteral("Tag_Profile_Custom_Inbox");

QString sig(const QString &identifier, quint64 appId = AppId, const QByteArray &key = Key,
    qint64 expire = 86400, qint64 time = SignedAt)
{
    return UserSig::generate(appId, identifier, key, expire, time);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject item(const QString &tag, const QJsonValue &value)
{
    return { { QStringLiteral("Tag"), tag }, { QStringLiteral("Value"), value } };
}

QByteArray setBody(const QString &account, const QJsonArray &items)
{
    return json({ { QStringLiteral("From_Account"), account }, { QStringLiteral("ProfileItem"), items } });
}

QByteArray getBody(const QStringList &accounts, const QStringList &tags)
{
    return json({ { QStringLiteral("To_Account"), QJsonArray::fromStringList(accounts) },
        { QStringLiteral("TagList"), QJsonArray::fromStringList(tags) } });
}

// What Tencent documents for a failed call with this code (tests/sandbox/data/documented_errors.json,
// written out from the public pages it names): nullopt for a code the documentation does not list.
// The ErrorInfo is empty when the documentation gives no text for the code.
struct DocumentedError
{
    QString meaning;
    QString errorInfo;
};

std::optional<DocumentedError> documentedError(int code)
{
    static const QHash<int, DocumentedError> table = [] {
        QHash<int, DocumentedError> codes;
        QFile file(QStringLiteral(SANDBOX_TEST_DATA "/documented_errors.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("cannot read %s", qPrintable(file.fileName()));
        }
        const QJsonArray entries
            = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("codes")).toArray();
        for (const QJsonValue &entry : entries) {
            const QJsonObject object = entry.toObject();
            codes.insert(object.value(QStringLiteral("code")).toInt(),
                { object.value(QStringLiteral("meaning")).toString(),
                    object.value(QStringLiteral("errorInfo")).toString() });
        }
        return codes;
    }();
    const auto it = table.constFind(code);
    return it == table.cend() ? std::nullopt : std::optional<DocumentedError>(*it);
}

// The test app: two admins, two plain users, a custom tag for each admin permission.
SandboxConfig testConfig()
{
    SandboxConfig config;
    config.sdkAppId = AppId;
    config.secretKey = Key;
    config.admins = QStringList { Admin, QStringLiteral("管理员") };
    config.customTags = {
        { Hobby, CustomTagAccessFlag::AdminRead | CustomTagAccessFlag::AdminWrite },
        { Tier, CustomTagAccessFlag::AdminRead },
        { Inbox, CustomTagAccessFlag::AdminWrite },
        { Secret, CustomTagAccess() },
    };
    return config;
}

SandboxStore testAccounts()
{
    SandboxStore store;
    store.addAccount(QStringLiteral("user_1"));
    store.addAccount(QStringLiteral("user_2"));
    return store;
}

// A clock the test moves by hand, so UserSigs signed at SignedAt are fresh and the rate window
// slides without sleeping.
struct ManualClock
{
    std::shared_ptr<qint64> nowMs = std::make_shared<qint64>((SignedAt + 60) * 1000);
    std::function<qint64()> function() const
    {
        return [now = nowMs] { return *now; };
    }
};

} // namespace

class TestSandboxConformance final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;

    std::unique_ptr<SandboxServer> startServer(SandboxConfig config, SandboxStore store = testAccounts())
    {
        config.clock = m_clock.function();
        auto server = std::make_unique<SandboxServer>(std::move(config), std::move(store));
        if (!server->listen()) {
            qWarning("%s", qPrintable(server->errorString()));
            return nullptr;
        }
        return server;
    }

    SandboxClient::Result call(const QString &path, const QByteArray &body)
    {
        return m_client->post(path, SandboxClient::query(AppId, Admin, sig(Admin)), body);
    }

    QJsonObject profileOf(const QString &account, const QStringList &tags)
    {
        const SandboxClient::Result result = call(GetPath, getBody({ account }, tags));
        QJsonObject values;
        const QJsonArray items = result.json.value(QStringLiteral("UserProfileItem"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("ProfileItem"))
                                     .toArray();
        for (const QJsonValue &entry : items) {
            values.insert(entry.toObject().value(QStringLiteral("Tag")).toString(),
                entry.toObject().value(QStringLiteral("Value")));
        }
        return values;
    }

    static void verifyEnvelope(const SandboxClient::Result &result, int expectedCode)
    {
        QVERIFY2(result.isJson, result.body.constData());
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.errorCode(), expectedCode);
        QCOMPARE(result.json.value(QStringLiteral("ActionStatus")).toString(),
            expectedCode == 0 ? QStringLiteral("OK") : QStringLiteral("FAIL"));
        QVERIFY(result.json.value(QStringLiteral("ErrorInfo")).isString());
        QVERIFY(result.json.value(QStringLiteral("ErrorDisplay")).isString());
        const QString errorInfo = result.json.value(QStringLiteral("ErrorInfo")).toString();
        if (expectedCode == 0) {
            QCOMPARE(errorInfo, QString());
            return;
        }
        verifyDocumentedReason(expectedCode, errorInfo);
    }

    // A failure's code is one Tencent documents, and its reason the documented text (where the
    // documentation gives one) or at least some text.
    static void verifyDocumentedReason(int code, const QString &reason)
    {
        const std::optional<DocumentedError> documented = documentedError(code);
        QVERIFY2(documented, qPrintable(QStringLiteral("%1 is not a documented error code").arg(code)));
        QVERIFY2(!reason.isEmpty(), qPrintable(documented->meaning));
        if (!documented->errorInfo.isEmpty()) {
            QCOMPARE(reason, documented->errorInfo);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_clock = ManualClock();
        m_server = startServer(testConfig());
        QVERIFY(m_server);
        m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void listensOnLoopbackWithAFreePort()
    {
        QCOMPARE(m_server->baseUrl().scheme(), QStringLiteral("http"));
        QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_server->baseUrl().port() > 0);
    }

    void answersEachDocumentedCode_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QueryChanges>("queryChanges");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expectedCode");

        const QByteArray post = QByteArrayLiteral("POST");
        const QByteArray validSet = setBody(QStringLiteral("user_1"), { item(Nick, QStringLiteral("Anna")) });
        const QByteArray validGet = getBody({ QStringLiteral("user_1") }, { Nick });
        using Q = QueryChanges;
        const QString sdkappid = QStringLiteral("sdkappid");
        const QString identifier = QStringLiteral("identifier");
        const QString usersig = QStringLiteral("usersig");

        // The URL, the caller and the body (https://www.tencentcloud.com/document/product/1047/34620).
        QTest::newRow("60009 unknown resource")
            << post << QStringLiteral("/v4/profile/portrait_delete") << Q() << validSet << 60009;
        QTest::newRow("60009 other service")
            << post << QStringLiteral("/v4/openim/sendmsg") << Q() << validSet << 60009;
        QTest::newRow("60002 GET instead of POST")
            << QByteArrayLiteral("GET") << SetPath << Q() << QByteArray() << 60002;
        QTest::newRow("60012 no sdkappid")
            << post << SetPath << Q { { sdkappid, QString() } } << validSet << 60012;
        QTest::newRow("60006 other sdkappid")
            << post << SetPath << Q { { sdkappid, QStringLiteral("1400000001") } } << validSet << 60006;
        QTest::newRow("60006 sdkappid not a number")
            << post << SetPath << Q { { sdkappid, QStringLiteral("abc") } } << validSet << 60006;
        QTest::newRow("60004 no identifier")
            << post << SetPath << Q { { identifier, QString() } } << validSet << 60004;
        QTest::newRow("60005 no usersig")
            << post << SetPath << Q { { usersig, QString() } } << validSet << 60005;
        QTest::newRow("70003 malformed usersig")
            << post << SetPath << Q { { usersig, QStringLiteral("eJyrVgrxCdYrSy1SslJQ") } } << validSet
            << 70003;
        QTest::newRow("70009 signed with another key")
            << post << SetPath << Q { { usersig, sig(Admin, AppId, QByteArray(64, 'a')) } } << validSet
            << 70009;
        QTest::newRow("70013 signed for another identifier")
            << post << SetPath << Q { { usersig, sig(QStringLiteral("user_1")) } } << validSet << 70013;
        QTest::newRow("70014 signed for another SDKAppID")
            << post << SetPath << Q { { usersig, sig(Admin, AppId + 1) } } << validSet << 70014;
        QTest::newRow("70001 expired usersig")
            << post << SetPath << Q { { usersig, sig(Admin, AppId, Key, 30) } } << validSet << 70001;
        QTest::newRow("60010 valid sig of a non-admin")
            << post << SetPath
            << Q { { identifier, QStringLiteral("user_1") }, { usersig, sig(QStringLiteral("user_1")) } }
            << validSet << 60010;
        QTest::newRow("60003 body not JSON")
            << post << SetPath << Q() << QByteArrayLiteral("From_Account=user_1") << 60003;
        QTest::newRow("60003 empty body") << post << GetPath << Q() << QByteArray() << 60003;
        QTest::newRow("60003 body a JSON array")
            << post << GetPath << Q() << QByteArrayLiteral("[]") << 60003;

        // portrait_set (https://www.tencentcloud.com/document/product/1047/34916).
        QTest::newRow("set OK") << post << SetPath << Q() << validSet << 0;
        QTest::newRow("set OK with several items")
            << post << SetPath << Q()
            << setBody(QStringLiteral("user_1"),
                   { item(Nick, QStringLiteral("李娜")), item(Level, 7), item(Hobby, QStringLiteral("chess")),
                       item(Inbox, QStringLiteral("x")) })
            << 0;
        QTest::newRow("set OK for an admin account")
            << post << SetPath << Q() << setBody(Admin, { item(Nick, QStringLiteral("Boss")) }) << 0;
        QTest::newRow("40001 no From_Account")
            << post << SetPath << Q()
            << json({ { QStringLiteral("ProfileItem"), QJsonArray { item(Nick, QStringLiteral("a")) } } })
            << 40001;
        QTest::newRow("40001 From_Account a number")
            << post << SetPath << Q()
            << json({ { QStringLiteral("From_Account"), 42 },
                   { QStringLiteral("ProfileItem"), QJsonArray { item(Nick, QStringLiteral("a")) } } })
            << 40001;
        QTest::newRow("40001 From_Account an array")
            << post << SetPath << Q()
            << json({ { QStringLiteral("From_Account"), QJsonArray { QStringLiteral("user_1") } },
                   { QStringLiteral("ProfileItem"), QJsonArray { item(Nick, QStringLiteral("a")) } } })
            << 40001;
        QTest::newRow("40001 no ProfileItem")
            << post << SetPath << Q()
            << json({ { QStringLiteral("From_Account"), QStringLiteral("user_1") } }) << 40001;
        QTest::newRow("40001 ProfileItem empty")
            << post << SetPath << Q() << setBody(QStringLiteral("user_1"), {}) << 40001;
        QTest::newRow("40001 ProfileItem an object")
            << post << SetPath << Q()
            << json({ { QStringLiteral("From_Account"), QStringLiteral("user_1") },
                   { QStringLiteral("ProfileItem"), item(Nick, QStringLiteral("a")) } })
            << 40001;
        QTest::newRow("40001 item without Tag")
            << post << SetPath << Q()
            << setBody(QStringLiteral("user_1"),
                   { QJsonObject { { QStringLiteral("Value"), QStringLiteral("a") } } })
            << 40001;
        QTest::newRow("40001 item without Value")
            << post << SetPath << Q()
            << setBody(QStringLiteral("user_1"), { QJsonObject { { QStringLiteral("Tag"), Nick } } })
            << 40001;
        QTest::newRow("40001 item not an object")
            << post << SetPath << Q() << setBody(QStringLiteral("user_1"), { Nick }) << 40001;
        QTest::newRow("40003 unknown account")
            << post << SetPath << Q()
            << setBody(QStringLiteral("nobody"), { item(Nick, QStringLiteral("a")) }) << 40003;
        QTest::newRow("40009 standard-looking tag that does not exist")
            << post << SetPath << Q()
            << setBody(QStringLiteral("user_1"),
                   { item(QStringLiteral("Tag_Profile_IM_Nickname"), QStringLiteral("a")) })
            << 40009;
        QTest::newRow("40009 short name instead of the tag")
            << post << SetPath << Q()
            << setBody(QStringLiteral("user_1"), { item(QStringLiteral("Nick"), QStringLiteral("a")) })
            << 40009;
        QTest::newRow("40009 custom tag not configured")
            << post << SetPath << Q()
            << setBody(QStringLiteral("user_1"),
                   { item(QStringLiteral("Tag_Profile_Custom_Pet"), QStringLiteral("cat")) })
            << 40009;
        QTest::newRow("40008 read-only custom tag")
            << post << SetPath << Q()
            << setBody(QStringLiteral("user_1"), { item(Tier, QStringLiteral("gold")) }) << 40008;
        QTest::newRow("40008 custom tag without any admin access")
            << post << SetPath << Q()
            << setBody(QStringLiteral("user_1"), { item(Secret, QStringLiteral("x")) }) << 40008;
        QTest::newRow("40601 nick of 501 bytes")
            << post << SetPath << Q()
            << setBody(QStringLiteral("user_1"), { item(Nick, QString(501, QLatin1Char('n'))) }) << 40601;
        QTest::newRow("40601 custom value of 501 bytes (167 CJK chars)")
            << post << SetPath << Q()
            << setBody(QStringLiteral("user_1"), { item(Hobby, QString(167, QChar(0x68CB))) }) << 40601;
        QTest::newRow("set OK nick of exactly 500 bytes")
            << post << SetPath << Q()
            << setBody(QStringLiteral("user_1"), { item(Nick, QString(500, QLatin1Char('n'))) }) << 0;
        QTest::newRow("40605 unknown enum string")
            << post << SetPath << Q()
            << setBody(QStringLiteral("user_1"), { item(Gender, QStringLiteral("Gender_Type_Other")) })
            << 40605;
        QTest::newRow("40605 uint32 above range")
            << post << SetPath << Q() << setBody(QStringLiteral("user_1"), { item(Level, 4294967296.0) })
            << 40605;
        QTest::newRow("40605 negative uint32")
            << post << SetPath << Q() << setBody(QStringLiteral("user_1"), { item(Level, -1) }) << 40605;
        QTest::newRow("40610 string for a uint32 field")
            << post << SetPath << Q()
            << setBody(QStringLiteral("user_1"), { item(Level, QStringLiteral("5")) }) << 40610;
        QTest::newRow("40610 number for a string field")
            << post << SetPath << Q() << setBody(QStringLiteral("user_1"), { item(Nick, 5) }) << 40610;

        // portrait_get (https://www.tencentcloud.com/document/product/1047/34917).
        QTest::newRow("get OK") << post << GetPath << Q() << validGet << 0;
        QTest::newRow("get OK with a custom tag")
            << post << GetPath << Q() << getBody({ QStringLiteral("user_1") }, { Hobby, Tier }) << 0;
        QTest::newRow("get OK with 100 accounts")
            << post << GetPath << Q() << getBody(QStringList(100, QStringLiteral("user_1")), { Nick }) << 0;
        QTest::newRow("40002 no To_Account")
            << post << GetPath << Q() << json({ { QStringLiteral("TagList"), QJsonArray { Nick } } })
            << 40002;
        QTest::newRow("40001 To_Account a string")
            << post << GetPath << Q()
            << json({ { QStringLiteral("To_Account"), QStringLiteral("user_1") },
                   { QStringLiteral("TagList"), QJsonArray { Nick } } })
            << 40001;
        QTest::newRow("40001 To_Account empty") << post << GetPath << Q() << getBody({}, { Nick }) << 40001;
        QTest::newRow("40001 To_Account with a number")
            << post << GetPath << Q()
            << json({ { QStringLiteral("To_Account"), QJsonArray { 1 } },
                   { QStringLiteral("TagList"), QJsonArray { Nick } } })
            << 40001;
        QTest::newRow("40001 more than 100 accounts")
            << post << GetPath << Q() << getBody(QStringList(101, QStringLiteral("user_1")), { Nick })
            << 40001;
        QTest::newRow("40001 no TagList")
            << post << GetPath << Q()
            << json({ { QStringLiteral("To_Account"), QJsonArray { QStringLiteral("user_1") } } }) << 40001;
        QTest::newRow("40001 TagList empty")
            << post << GetPath << Q() << getBody({ QStringLiteral("user_1") }, {}) << 40001;
        QTest::newRow("40009 unknown standard tag")
            << post << GetPath << Q()
            << getBody({ QStringLiteral("user_1") }, { Nick, QStringLiteral("Tag_Profile_IM_Age") }) << 40009;
        QTest::newRow("40009 custom tag not configured")
            << post << GetPath << Q()
            << getBody({ QStringLiteral("user_1") }, { QStringLiteral("Tag_Profile_Custom_Pet") }) << 40009;
        QTest::newRow("40007 write-only custom tag")
            << post << GetPath << Q() << getBody({ QStringLiteral("user_1") }, { Inbox }) << 40007;
        QTest::newRow("40007 custom tag without any admin access")
            << post << GetPath << Q() << getBody({ QStringLiteral("user_1") }, { Nick, Secret }) << 40007;
    }

    void answersEachDocumentedCode()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QueryChanges, queryChanges);
        QFETCH(QByteArray, body);
        QFETCH(int, expectedCode);

        QUrlQuery query = SandboxClient::query(AppId, Admin, sig(Admin));
        for (auto it = queryChanges.cbegin(); it != queryChanges.cend(); ++it) {
            query.removeAllQueryItems(it.key());
            if (!it.value().isNull()) {
                query.addQueryItem(it.key(), it.value());
            }
        }
        const SandboxClient::Result result = m_client->send(method, m_client->url(path, query), body);
        verifyEnvelope(result, expectedCode);
    }

    // Each value judged by the documented rules (https://www.tencentcloud.com/document/product/1047/33520,
    // codes of https://www.tencentcloud.com/document/product/1047/34916). The Sandbox answers with
    // its own checks, and the console's validator must refuse whatever the server refuses, with the
    // same code; it may refuse more only where it is knowingly stricter.
    void valueRulesAgreeWithTheDocumentation_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("documentedCode");
        QTest::addColumn<int>("consoleCode");
        const auto row = [](const char *name, const QString &tag, const QJsonValue &value, int code) {
            QTest::newRow(name) << tag << value << code << code;
        };
        const QString birthDay = QStringLiteral("Tag_Profile_IM_BirthDay");
        const QString location = QStringLiteral("Tag_Profile_IM_Location");
        row("nick", Nick, QStringLiteral("Anna"), 0);
        row("nick of 500 bytes", Nick, QString(500, QLatin1Char('n')), 0);
        row("nick of 501 bytes", Nick, QString(501, QLatin1Char('n')), 40601);
        row("nick of 501 bytes in CJK", Nick, QString(167, QChar(0x674E)), 40601);
        row("nick as a number", Nick, 5, 40610);
        row("gender unknown", Gender, QStringLiteral("Gender_Type_Unknown"), 0);
        row("gender female", Gender, QStringLiteral("Gender_Type_Female"), 0);
        row("gender male", Gender, QStringLiteral("Gender_Type_Male"), 0);
        row("gender not listed", Gender, QStringLiteral("Gender_Type_Other"), 40605);
        row("gender as a person writes it", Gender, QStringLiteral("Female"), 40605);
        row("gender as a number", Gender, 1, 40610);
        row("allow type deny any", QStringLiteral("Tag_Profile_IM_AllowType"),
            QStringLiteral("AllowType_Type_DenyAny"), 0);
        row("allow type not listed", QStringLiteral("Tag_Profile_IM_AllowType"),
            QStringLiteral("AllowType_Type_Any"), 40605);
        row("admin forbid send out", QStringLiteral("Tag_Profile_IM_AdminForbidType"),
            QStringLiteral("AdminForbid_Type_SendOut"), 0);
        row("admin forbid not listed", QStringLiteral("Tag_Profile_IM_AdminForbidType"),
            QStringLiteral("AdminForbid_Type_All"), 40605);
        row("level 0", Level, 0, 0);
        row("level uint32 max", Level, 4294967295.0, 0);
        row("level above uint32", Level, 4294967296.0, 40605);
        row("level negative", Level, -1, 40605);
        row("level with a fraction", Level, 1.5, 40610);
        row("level as text", Level, QStringLiteral("5"), 40610);
        row("language", QStringLiteral("Tag_Profile_IM_Language"), 2052, 0);
        row("role", QStringLiteral("Tag_Profile_IM_Role"), 3, 0);
        row("message settings", QStringLiteral("Tag_Profile_IM_MsgSettings"), 1, 0);
        row("birthday", birthDay, 19900521, 0);
        row("birthday not set", birthDay, 0, 0);
        row("birthday as text", birthDay, QStringLiteral("19900521"), 40610);
        row("location of 17 bytes", location, QStringLiteral("CN-11-01-0102-001"), 0);
        row("location of 501 bytes", location, QString(501, QLatin1Char('l')), 40601);
        row("signature", QStringLiteral("Tag_Profile_IM_SelfSignature"), QStringLiteral("오늘도 화이팅!"), 0);
        row("image", QStringLiteral("Tag_Profile_IM_Image"), QStringLiteral("https://example.com/a.png"), 0);
        row("custom text", Hobby, QStringLiteral("chess"), 0);
        row("custom as a number", Hobby, 5, 40610);
        row("custom of 501 bytes", Hobby, QString(501, QLatin1Char('h')), 40601);
        // The documentation only recommends YYYYMMDD; the console refuses dates that do not exist.
        QTest::newRow("birthday that is no date") << birthDay << QJsonValue(20230230) << 0 << 40605;
    }

    void valueRulesAgreeWithTheDocumentation()
    {
        QFETCH(QString, tag);
        QFETCH(QJsonValue, value);
        QFETCH(int, documentedCode);
        QFETCH(int, consoleCode);
        verifyEnvelope(
            call(SetPath, setBody(QStringLiteral("user_1"), { item(tag, value) })), documentedCode);
        const FieldCheck check = FieldValidator::check(tag, value);
        QCOMPARE(check.isInvalid(), consoleCode != 0);
        QCOMPARE(check.serverCode, consoleCode);
    }

    void valuesComeBackWithTheirJsonTypes()
    {
        const QJsonArray items { item(Nick, QStringLiteral("김민준")),
            item(Gender, QStringLiteral("Gender_Type_Male")),
            item(QStringLiteral("Tag_Profile_IM_BirthDay"), 19930611), item(Level, 4294967295.0),
            item(QStringLiteral("Tag_Profile_IM_SelfSignature"), QStringLiteral("오늘도 화이팅!")),
            item(Hobby, QStringLiteral("등산")) };
        verifyEnvelope(call(SetPath, setBody(QStringLiteral("user_1"), items)), 0);

        QStringList tags;
        for (const QJsonValue &entry : items) {
            tags.append(entry.toObject().value(QStringLiteral("Tag")).toString());
        }
        const SandboxClient::Result result = call(GetPath, getBody({ QStringLiteral("user_1") }, tags));
        verifyEnvelope(result, 0);
        const QJsonObject user
            = result.json.value(QStringLiteral("UserProfileItem")).toArray().at(0).toObject();
        QCOMPARE(user.value(QStringLiteral("To_Account")).toString(), QStringLiteral("user_1"));
        QCOMPARE(user.value(QStringLiteral("ResultCode")).toInt(-1), 0);
        QCOMPARE(user.value(QStringLiteral("ResultInfo")).toString(QStringLiteral("missing")), QString());
        // Same items, same order as TagList, numbers still numbers.
        QCOMPARE(user.value(QStringLiteral("ProfileItem")).toArray(), items);
        QVERIFY(!result.json.contains(QStringLiteral("Fail_Account")));
    }

    void unsetFieldsAreLeftOut()
    {
        verifyEnvelope(call(SetPath, setBody(QStringLiteral("user_2"), { item(Level, 3) })), 0);
        const QJsonObject values = profileOf(QStringLiteral("user_2"), { Nick, Level, Hobby, Tier });
        QCOMPARE(values, (QJsonObject { { Level, 3 } }));
    }

    void unknownAccountsFailOneByOne()
    {
        const SandboxClient::Result result = call(GetPath,
            getBody(
                { QStringLiteral("user_1"), QStringLiteral("ghost"), QStringLiteral("user_2") }, { Nick }));
        verifyEnvelope(result, 0);
        const QJsonArray users = result.json.value(QStringLiteral("UserProfileItem")).toArray();
        QCOMPARE(users.size(), 3);
        const QJsonObject ghost = users.at(1).toObject();
        QCOMPARE(ghost.value(QStringLiteral("To_Account")).toString(), QStringLiteral("ghost"));
        QCOMPARE(ghost.value(QStringLiteral("ResultCode")).toInt(), 40003);
        verifyDocumentedReason(40003, ghost.value(QStringLiteral("ResultInfo")).toString());
        QVERIFY(!ghost.contains(QStringLiteral("ProfileItem")));
        QCOMPARE(users.at(0).toObject().value(QStringLiteral("ResultCode")).toInt(-1), 0);
        QVERIFY(users.at(2).toObject().contains(QStringLiteral("ProfileItem")));
        QCOMPARE(result.json.value(QStringLiteral("Fail_Account")).toArray(),
            QJsonArray { QStringLiteral("ghost") });
    }

    void aFailedSetChangesNothing_data()
    {
        QTest::addColumn<QJsonObject>("badItem");
        QTest::addColumn<int>("expectedCode");
        QTest::newRow("wrong type") << item(Level, QStringLiteral("high")) << 40610;
        QTest::newRow("read-only tag") << item(Tier, QStringLiteral("gold")) << 40008;
        QTest::newRow("unknown tag") << item(QStringLiteral("Tag_Profile_IM_Mood"), QStringLiteral("ok"))
                                     << 40009;
        QTest::newRow("too long") << item(Hobby, QString(501, QLatin1Char('h'))) << 40601;
    }

    void aFailedSetChangesNothing()
    {
        QFETCH(QJsonObject, badItem);
        QFETCH(int, expectedCode);
        verifyEnvelope(call(SetPath,
                           setBody(QStringLiteral("user_1"),
                               { item(Nick, QStringLiteral("before")), item(Hobby, QStringLiteral("go")) })),
            0);

        // The bad item sits between good ones: neither the items before nor after it may land.
        const SandboxClient::Result result = call(SetPath,
            setBody(QStringLiteral("user_1"),
                { item(Nick, QStringLiteral("after")), badItem, item(Hobby, QStringLiteral("chess")) }));
        verifyEnvelope(result, expectedCode);
        QCOMPARE(profileOf(QStringLiteral("user_1"), { Nick, Hobby }),
            (QJsonObject { { Nick, QStringLiteral("before") }, { Hobby, QStringLiteral("go") } }));
    }

    void rateLimitSlidesOverOneSecond()
    {
        SandboxConfig config = testConfig();
        config.rateLimitPerSecond = 5;
        m_server = startServer(config);
        QVERIFY(m_server);
        m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
        const QByteArray body = getBody({ QStringLiteral("user_1") }, { Nick });

        for (int i = 0; i < 5; ++i) {
            verifyEnvelope(call(GetPath, body), 0);
            *m_clock.nowMs += 100;
        }
        verifyEnvelope(call(GetPath, body), 60007);
        // 999 ms after the first call it is still inside the window; at 1000 ms it has left it.
        *m_clock.nowMs = (SignedAt + 60) * 1000 + 999;
        verifyEnvelope(call(GetPath, body), 60007);
        *m_clock.nowMs = (SignedAt + 60) * 1000 + 1000;
        verifyEnvelope(call(GetPath, body), 0);
        verifyEnvelope(call(GetPath, body), 60007);
    }

    // What benchmarks and tests count at the server: every call the service answered, with its
    // code, rate-limited ones included; an injected fault is no answer of the service.
    void reportsEveryAnsweredCall()
    {
        SandboxConfig config = testConfig();
        config.rateLimitPerSecond = 2;
        m_server = startServer(config);
        QVERIFY(m_server);
        m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
        QSignalSpy answered(m_server.get(), &SandboxServer::callAnswered);
        verifyEnvelope(call(GetPath, getBody({ QStringLiteral("user_1") }, { Nick })), 0);
        verifyEnvelope(
            call(SetPath, setBody(QStringLiteral("nobody"), { item(Nick, QStringLiteral("x")) })), 40003);
        verifyEnvelope(call(GetPath, getBody({ QStringLiteral("user_1") }, { Nick })), 60007);
        QCOMPARE(answered.size(), 3);
        QCOMPARE(answered.at(0), (QVariantList { GetPath, 0 }));
        QCOMPARE(answered.at(1), (QVariantList { SetPath, 40003 }));
        QCOMPARE(answered.at(2), (QVariantList { GetPath, 60007 }));

        config.faults.internalErrorRate = 1;
        m_server = startServer(config);
        QVERIFY(m_server);
        m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
        QSignalSpy faulty(m_server.get(), &SandboxServer::callAnswered);
        verifyEnvelope(call(GetPath, getBody({ QStringLiteral("user_1") }, { Nick })), 40006);
        QCOMPARE(faulty.size(), 0);
    }

    void defaultRateLimitIs200PerSecond()
    {
        QCOMPARE(SandboxConfig().rateLimitPerSecond, 200);
        const QByteArray body = getBody({ QStringLiteral("user_1") }, { Nick });
        const QUrlQuery query = SandboxClient::query(AppId, Admin, sig(Admin));
        std::vector<QNetworkReply *> replies;
        for (int i = 0; i < 200; ++i) {
            replies.push_back(m_client->start(GetPath, query, body));
        }
        for (QNetworkReply *reply : replies) {
            QCOMPARE(SandboxClient::collect(reply).errorCode(), 0);
        }
        verifyEnvelope(call(GetPath, body), 60007);
    }

    void manyClientsAtOnce()
    {
        SandboxConfig config = testConfig();
        config.rateLimitPerSecond = 0;
        SandboxStore store;
        constexpr int Clients = 24;
        constexpr int CallsPerClient = 10;
        for (int c = 0; c < Clients; ++c) {
            store.addAccount(QStringLiteral("load_%1").arg(c));
        }
        m_server = startServer(config, store);
        QVERIFY(m_server);

        // Separate network managers, so each client has its own connections.
        std::vector<std::unique_ptr<SandboxClient>> clients;
        std::vector<QNetworkReply *> replies;
        const QUrlQuery query = SandboxClient::query(AppId, Admin, sig(Admin));
        for (int c = 0; c < Clients; ++c) {
            clients.push_back(std::make_unique<SandboxClient>(m_server->baseUrl()));
            for (int i = 0; i < CallsPerClient; ++i) {
                const QJsonArray items { item(Level, c * 100 + i),
                    item(Nick, QStringLiteral("client %1").arg(c)) };
                replies.push_back(
                    clients.back()->start(SetPath, query, setBody(QStringLiteral("load_%1").arg(c), items)));
            }
        }
        for (QNetworkReply *reply : replies) {
            const SandboxClient::Result result = SandboxClient::collect(reply);
            QCOMPARE(result.error, QNetworkReply::NoError);
            QCOMPARE(result.errorCode(), 0);
        }
        m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
        for (int c = 0; c < Clients; ++c) {
            const QJsonObject values = profileOf(QStringLiteral("load_%1").arg(c), { Nick, Level });
            QCOMPARE(values.value(Nick).toString(), QStringLiteral("client %1").arg(c));
            // One client's calls are not ordered among themselves, but each landed whole.
            const int level = values.value(Level).toInt(-1);
            QVERIFY2(
                level >= c * 100 && level < c * 100 + CallsPerClient, qPrintable(QString::number(level)));
        }
    }

    void officialLibrarySigsAreAcceptedWhenFresh_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QString>("userSig");
        QTest::addColumn<qint64>("expiresAt");
        QFile file(QStringLiteral(SANDBOX_TEST_DATA "/usersig_vectors.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray vectors
            = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("vectors")).toArray();
        QVERIFY(vectors.size() >= 12);
        for (const QJsonValue &entry : vectors) {
            const QJsonObject vector = entry.toObject();
            QCOMPARE(vector.value(QStringLiteral("sdkappid")).toVariant().toULongLong(), AppId);
            QCOMPARE(vector.value(QStringLiteral("key")).toString().toUtf8(), Key);
            const QString identifier = vector.value(QStringLiteral("identifier")).toString();
            QTest::addRow("%s %s", qPrintable(vector.value(QStringLiteral("impl")).toString()),
                identifier.toUtf8().constData())
                << identifier << vector.value(QStringLiteral("sig")).toString()
                << qint64(vector.value(QStringLiteral("time")).toInteger()
                       + vector.value(QStringLiteral("expire")).toInteger());
        }
    }

    void officialLibrarySigsAreAcceptedWhenFresh()
    {
        QFETCH(QString, identifier);
        QFETCH(QString, userSig);
        QFETCH(qint64, expiresAt);
        SandboxConfig config = testConfig();
        config.rateLimitPerSecond = 0;
        m_server = startServer(config);
        QVERIFY(m_server);
        m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
        const QUrlQuery query = SandboxClient::query(AppId, identifier, userSig);
        const QByteArray body = getBody({ QStringLiteral("user_1") }, { Nick });
        const int whenFresh = testConfig().admins.contains(identifier) ? 0 : 60010;

        verifyEnvelope(m_client->post(GetPath, query, body), whenFresh);
        *m_clock.nowMs = expiresAt * 1000; // still valid at exactly time + expire
        verifyEnvelope(m_client->post(GetPath, query, body), whenFresh);
        *m_clock.nowMs = (expiresAt + 1) * 1000;
        verifyEnvelope(m_client->post(GetPath, query, body), 70001);
    }

    void storeSurvivesARestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SandboxConfig config = testConfig();
        config.dataFile = dir.filePath(QStringLiteral("sandbox.json"));
        m_server = startServer(config);
        QVERIFY(m_server);
        m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
        verifyEnvelope(call(SetPath,
                           setBody(QStringLiteral("user_2"),
                               { item(Nick, QStringLiteral("鈴木結衣")), item(Level, 9) })),
            0);
        // Saved shortly after the write, without waiting for shutdown.
        QTRY_VERIFY(QFile::exists(config.dataFile));

        verifyEnvelope(
            call(SetPath, setBody(QStringLiteral("user_2"), { item(Hobby, QStringLiteral("写真")) })), 0);
        m_client.reset();
        m_server.reset(); // saves what the timer has not saved yet

        m_server = startServer(config, SandboxStore());
        QVERIFY(m_server);
        m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
        QCOMPARE(profileOf(QStringLiteral("user_2"), { Nick, Level, Hobby }),
            (QJsonObject {
                { Nick, QStringLiteral("鈴木結衣") }, { Level, 9 }, { Hobby, QStringLiteral("写真") } }));
    }

    void aFailedSaveIsReportedAndRetried()
    {
        QTemporaryDir dir;
        SandboxConfig config = testConfig();
        config.dataFile = dir.filePath(QStringLiteral("missing-folder/sandbox.json"));
        m_server = startServer(config);
        QVERIFY(m_server);
        m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
        QSignalSpy failed(m_server.get(), &SandboxServer::saveFailed);
        verifyEnvelope(
            call(SetPath, setBody(QStringLiteral("user_1"), { item(Nick, QStringLiteral("kept")) })), 0);
        QVERIFY(failed.wait());
        QVERIFY2(failed.at(0).at(0).toString().contains(config.dataFile),
            qPrintable(failed.at(0).at(0).toString()));
        // The change is still served from memory, and the next save writes it once it can.
        QCOMPARE(profileOf(QStringLiteral("user_1"), { Nick }),
            (QJsonObject { { Nick, QStringLiteral("kept") } }));
        QVERIFY(!m_server->save());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("missing-folder")));
        QVERIFY(m_server->save());
        QVERIFY(QFile::exists(config.dataFile));
    }

    void brokenDataFileIsRefusedAndKept_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArrayLiteral(
            "{\"format\": \"chat-profile-console-sandbox\", \"vers")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("other format")
            << QByteArrayLiteral("{\"accounts\": {}}") << QStringLiteral("not a Sandbox data file");
        QTest::newRow("bad value") << QByteArrayLiteral(
            "{\"format\": \"chat-profile-console-sandbox\", \"version\": 1, \"accounts\": {\"a\": "
            "{\"Tag_Profile_IM_Nick\": [1]}}}")
                                   << QStringLiteral("neither a string nor a number");
    }

    void brokenDataFileIsRefusedAndKept()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sandbox.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        SandboxConfig config = testConfig();
        config.dataFile = path;
        config.clock = m_clock.function();
        {
            SandboxServer server(config, testAccounts());
            QVERIFY(!server.listen());
            QVERIFY2(server.errorString().contains(path), qPrintable(server.errorString()));
            QVERIFY2(server.errorString().contains(reason), qPrintable(server.errorString()));
            QVERIFY(server.baseUrl().isEmpty());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void injectsEachFault()
    {
        const QByteArray body = getBody({ QStringLiteral("user_1") }, { Nick });
        const auto runWith = [&](SandboxFaults faults) {
            SandboxConfig config = testConfig();
            config.faults = faults;
            m_server = startServer(config);
            m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
            return call(GetPath, body);
        };
        SandboxFaults faults;
        faults.dropRate = 1;
        SandboxClient::Result result = runWith(faults);
        QVERIFY(result.error != QNetworkReply::NoError);
        QCOMPARE(result.httpStatus, 0);

        faults = {};
        faults.badGatewayRate = 1;
        result = runWith(faults);
        QCOMPARE(result.httpStatus, 502);
        QVERIFY(!result.isJson);

        faults = {};
        faults.malformedRate = 1;
        result = runWith(faults);
        QCOMPARE(result.httpStatus, 200);
        QVERIFY(!result.body.isEmpty());
        QVERIFY(!result.isJson);

        faults = {};
        faults.internalErrorRate = 1;
        verifyEnvelope(runWith(faults), 40006);
        // An injected 40006 happens before the call is applied.
        verifyEnvelope(
            call(SetPath, setBody(QStringLiteral("user_1"), { item(Nick, QStringLiteral("x")) })), 40006);
        QCOMPARE(m_server->store().value(QStringLiteral("user_1"), Nick), QJsonValue(QJsonValue::Undefined));
    }

    void faultRatesAreSharesOfTheCalls()
    {
        SandboxConfig config = testConfig();
        config.rateLimitPerSecond = 0;
        config.faults.dropRate = 0.2;
        config.faults.badGatewayRate = 0.2;
        config.faults.malformedRate = 0.2;
        config.faults.internalErrorRate = 0.2;
        config.faults.seed = 5;
        m_server = startServer(config);
        m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
        QMap<QString, int> seen;
        constexpr int Calls = 200;
        for (int i = 0; i < Calls; ++i) {
            const SandboxClient::Result result
                = call(GetPath, getBody({ QStringLiteral("user_1") }, { Nick }));
            const QString outcome = result.error != QNetworkReply::NoError && result.httpStatus == 0
                ? QStringLiteral("drop")
                : result.httpStatus == 502 ? QStringLiteral("502")
                : !result.isJson           ? QStringLiteral("malformed")
                                           : QString::number(result.errorCode());
            ++seen[outcome];
        }
        QCOMPARE(seen.keys(),
            (QStringList { QStringLiteral("0"), QStringLiteral("40006"), QStringLiteral("502"),
                QStringLiteral("drop"), QStringLiteral("malformed") }));
        // Each share is 40 of 200 in expectation. QNetworkAccessManager quietly resends a call whose
        // reused connection is closed before any answer, so some drops show up as another outcome.
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            QVERIFY2(it.value() >= Calls / 20 && it.value() <= Calls * 3 / 10,
                qPrintable(it.key() + QLatin1Char(' ') + QString::number(it.value())));
        }
    }

    void latencyDelaysTheAnswer()
    {
        SandboxConfig config = testConfig();
        config.faults.latencyMs = 300;
        m_server = startServer(config);
        m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
        QElapsedTimer timer;
        timer.start();
        verifyEnvelope(call(GetPath, getBody({ QStringLiteral("user_1") }, { Nick })), 0);
        QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
    }

    void clientLeavingDuringLatencyIsHarmless()
    {
        SandboxConfig config = testConfig();
        config.faults.latencyMs = 200;
        m_server = startServer(config);
        {
            SandboxClient impatient(m_server->baseUrl());
            QNetworkReply *reply = impatient.start(GetPath, SandboxClient::query(AppId, Admin, sig(Admin)),
                getBody({ QStringLiteral("user_1") }, { Nick }));
            QTRY_VERIFY(reply->isRunning());
            reply->abort();
            delete reply;
        }
        // The server answers the next client after the abandoned answer's timer has fired.
        m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
        verifyEnvelope(call(GetPath, getBody({ QStringLiteral("user_1") }, { Nick })), 0);
        verifyEnvelope(call(GetPath, getBody({ QStringLiteral("user_1") }, { Nick })), 0);
    }

    void demoAppIsComplete()
    {
        const SandboxDemo &demo = SandboxDemo::get();
        QVERIFY(demo.config.sdkAppId > 0);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                    .match(QString::fromLatin1(demo.config.secretKey))
                    .hasMatch());
        QCOMPARE(demo.admin, QStringLiteral("administrator"));
        QCOMPARE(demo.config.admins, QStringList { demo.admin });
        QVERIFY(demo.store.hasAccount(demo.admin));
        QVERIFY(demo.store.hasAccount(demo.demoAccount));
        QVERIFY(demo.store.accountCount() >= 24);
        QCOMPARE(demo.config.customTags.value(Hobby),
            CustomTagAccessFlag::AdminRead | CustomTagAccessFlag::AdminWrite);
        QCOMPARE(demo.config.customTags.value(Tier), CustomTagAccess(CustomTagAccessFlag::AdminRead));

        // Every stored value is one the server accepts, and the nicknames span several scripts.
        QMap<QString, bool> scripts { { QStringLiteral("Han"), false }, { QStringLiteral("Hangul"), false },
            { QStringLiteral("Kana"), false }, { QStringLiteral("Latin"), false } };
        for (const QString &account : demo.store.accounts()) {
            const SandboxProfile profile = demo.store.profile(account);
            for (auto it = profile.cbegin(); it != profile.cend(); ++it) {
                QVERIFY2(!FieldValidator::check(it.key(), it.value()).isInvalid(),
                    qPrintable(account + QLatin1Char(' ') + it.key()));
            }
            const QString nick = profile.value(Nick).toString();
            scripts[QStringLiteral("Han")] |= nick.contains(QRegularExpression(QStringLiteral("\\p{Han}")));
            scripts[QStringLiteral("Hangul")]
                |= nick.contains(QRegularExpression(QStringLiteral("\\p{Hangul}")));
            scripts[QStringLiteral("Kana")]
                |= nick.contains(QRegularExpression(QStringLiteral("[\\p{Hiragana}\\p{Katakana}]")));
            scripts[QStringLiteral("Latin")]
                |= nick.contains(QRegularExpression(QStringLiteral("^[A-Za-z ]+$")));
        }
        for (auto it = scripts.cbegin(); it != scripts.cend(); ++it) {
            QVERIFY2(it.value(), qPrintable(it.key()));
        }
    }

    // Accounts for bulk demos and benchmarks: predictable ids and values, the same on every run,
    // every value one the server accepts, nicknames in several scripts.
    void generatedAccountsArePredictable()
    {
        const QString birthDay = QStringLiteral("Tag_Profile_IM_BirthDay");
        SandboxStore store;
        SandboxDemo::addGeneratedAccounts(store, 1200);
        QCOMPARE(store.accountCount(), 1200);
        QVERIFY(store.hasAccount(QStringLiteral("user000001")));
        QVERIFY(store.hasAccount(QStringLiteral("user001200")));
        QVERIFY(!store.hasAccount(QStringLiteral("user000000")));
        QVERIFY(!store.hasAccount(QStringLiteral("user001201")));
        QCOMPARE(SandboxDemo::generatedAccount(42), QStringLiteral("user000042"));

        QCOMPARE(store.profile(QStringLiteral("user000001")),
            (SandboxProfile { { Nick, QStringLiteral("Anna 1") },
                { Gender, QStringLiteral("Gender_Type_Female") }, { birthDay, 19610202 }, { Level, 1 } }));
        QCOMPARE(store.profile(QStringLiteral("user000002")),
            (SandboxProfile { { Nick, QStringLiteral("张伟 2") },
                { Gender, QStringLiteral("Gender_Type_Male") }, { birthDay, 19620303 }, { Level, 2 } }));
        QCOMPARE(store.value(QStringLiteral("user001200"), Nick), QJsonValue(QStringLiteral("Fatima 1200")));
        QCOMPARE(store.value(QStringLiteral("user001200"), Gender),
            QJsonValue(QStringLiteral("Gender_Type_Unknown")));

        QSet<QString> nicks;
        for (const QString &account : store.accounts()) {
            const SandboxProfile profile = store.profile(account);
            QCOMPARE(profile.size(), 4);
            for (auto it = profile.cbegin(); it != profile.cend(); ++it) {
                QVERIFY2(!FieldValidator::check(it.key(), it.value()).isInvalid(),
                    qPrintable(account + QLatin1Char(' ') + it.key()));
            }
            nicks.insert(profile.value(Nick).toString());
        }
        QCOMPARE(nicks.size(), 1200); // each nickname names one account

        SandboxStore again;
        SandboxDemo::addGeneratedAccounts(again, 1200);
        QCOMPARE(again.toJson(), store.toJson());

        // Accounts already there keep their profile, and adding more extends the numbering.
        store.setItems(QStringLiteral("user000002"), { { Nick, QStringLiteral("Kept") } });
        SandboxDemo::addGeneratedAccounts(store, 1300);
        QCOMPARE(store.accountCount(), 1300);
        QCOMPARE(store.value(QStringLiteral("user000002"), Nick), QJsonValue(QStringLiteral("Kept")));
        QCOMPARE(store.value(QStringLiteral("user001300"), Level), QJsonValue(0));
    }

    void demoAppRunsInProcessWithZeroSetup()
    {
        const SandboxDemo &demo = SandboxDemo::get();
        SandboxServer server(demo.config, demo.store);
        QVERIFY(server.listen());
        SandboxClient client(server.baseUrl());
        const QUrlQuery query = SandboxClient::query(demo.config.sdkAppId, demo.admin,
            UserSig::generate(demo.config.sdkAppId, demo.admin, demo.config.secretKey, 86400,
                QDateTime::currentSecsSinceEpoch()));

        const SandboxClient::Result got
            = client.post(GetPath, query, getBody({ demo.demoAccount }, { Nick, Hobby, Tier }));
        verifyEnvelope(got, 0);
        const QJsonArray items = got.json.value(QStringLiteral("UserProfileItem"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("ProfileItem"))
                                     .toArray();
        QCOMPARE(items.size(), 3);
        verifyEnvelope(
            client.post(SetPath, query, setBody(demo.demoAccount, { item(Hobby, QStringLiteral("象棋")) })),
            0);
        verifyEnvelope(
            client.post(SetPath, query, setBody(demo.demoAccount, { item(Tier, QStringLiteral("diamond")) })),
            40008);
    }
};

QTEST_GUILESS_MAIN(TestSandboxConformance)
#include "tst_sandboxconformance.moc"
