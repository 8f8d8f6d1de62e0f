// The load → edit → apply → read-back cycle over real loopback HTTP, against the Sandbox and
// against a scripted server that changes or drops what it is sent.
#include "session/profilesession.h"

#include "api/restclient.h"
#include "history/changehistory.h"
#include "jobs/jobstore.h"
#include "profile/customtagregistry.h"
#include "profile/profiletablemodel.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxserver.h"
#include "support/testhttpserver.h"
#include "usersig/usersig.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The envelope of an OK portrait_get for one account holding exactly these items.
QByteArray getAnswer(const QString &account, const QJsonArray &items)
{
    const QJsonObject user { { QStringLiteral("To_Account"), account },
        { QStringLiteral("ProfileItem"), items }, { QStringLiteral("ResultCode"), 0 },
        { QStringLiteral("ResultInfo"), QString() } };
    const QJsonObject body { { QStringLiteral("UserProfileItem"), QJsonArray { user } },
        { QStringLiteral("ActionStatus"), QStringLiteral("OK") }, { QStringLiteral("ErrorCode"), 0 },
        { QStringLiteral("ErrorInfo"), QString() }, { QStringLiteral("ErrorDisplay"), QString() } };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject item(const QString &tag, const QJsonValue &value)
{
    return { { QStringLiteral("Tag"), tag }, { QStringLiteral("Value"), value } };
}

// Every request, loads and writes alike, gets an OK portrait_get holding Nick "Anna": a server
// for tests that count what arrives rather than what it answers.
void answerAnnaToEveryRequest(TestHttpServer &server, const QString &account)
{
    server.setHandler([account](const TestHttpServer::Request &) {
        return TestHttpServer::Response::json(
            getAnswer(account, { item(QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("Anna")) }));
    });
}

// A server's OK to a portrait_set, after it took the request's ProfileItem as what it now holds.
TestHttpServer::Response storeWrite(const TestHttpServer::Request &request, QJsonArray *held)
{
    *held = QJsonDocument::fromJson(request.body).object().value(QLatin1String("ProfileItem")).toArray();
    return TestHttpServer::Response::json(
        R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""})");
}

} // namespace

class TestProfileSession final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        QNetworkAccessManager network;
        RestClient client { &network };
        ProfileTableModel model;
        SessionLog log;
        QTemporaryDir dir;
        JobStore jobs { dir.filePath(QStringLiteral("jobs.sqlite")) };
        ProfileSession session { &client, &model, &log };

        explicit Fixture(const QUrl &baseUrl)
        {
            // An Apply is a job stored before it is sent: the session needs a store to write.
            session.setJobStore(&jobs, &network);
            const SandboxDemo &demo = SandboxDemo::get();
            session.setContextProvider([baseUrl, &demo] {
                RequestContext context;
                context.target.baseUrl = baseUrl;
                context.target.sdkAppId = demo.config.sdkAppId;
                context.target.identifier = demo.admin;
                context.target.userSig = UserSig::generate(demo.config.sdkAppId, demo.admin,
                    demo.config.secretKey, 3600, QDateTime::currentSecsSinceEpoch());
                context.diagnosis.regionName = QStringLiteral("Sandbox");
                context.connectionName = QStringLiteral("Demo connection");
                return context;
            });
        }

        // The user edits the nickname in the table.
        void editNick(const QString &nick)
        {
            QVERIFY(model.setData(
                model.index(model.rowOfTag(u"Tag_Profile_IM_Nick"), ProfileTableModel::ValueColumn), nick));
        }

        // Runs one operation to its end and returns the last session entry it recorded.
        const SessionEntry &waitForIdle()
        {
            if (session.isBusy()) {
                QSignalSpy idle(&session, &ProfileSession::busyChanged);
                while (session.isBusy()) {
                    if (!idle.wait(15000)) {
                        qFatal("the session never went idle");
                    }
                }
            }
            return log.entry(log.rowCount() - 1);
        }
    };

    std::unique_ptr<SandboxServer> m_sandbox;
    QTemporaryDir m_dir;

    QString demoAccount() const { return SandboxDemo::get().demoAccount; }

    // Ordering instead of waiting: a load sent now arrives after anything sent before it, so once
    // it is answered the server has seen every request; none may be a write.
    static void verifyNothingWasWritten(Fixture &f, const TestHttpServer &server, const QString &account)
    {
        QVERIFY(f.session.load(account));
        f.waitForIdle();
        for (const TestHttpServer::Request &request : server.requests()) {
            QCOMPARE(request.url().path(), QStringLiteral("/v4/profile/portrait_get"));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const SandboxDemo &demo = SandboxDemo::get();
        m_sandbox = std::make_unique<SandboxServer>(demo.config, demo.store);
        QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->errorString()));
    }

    void loadFillsTheTableWithTheStoredProfile()
    {
        Fixture f(m_sandbox->baseUrl());
        QSignalSpy loaded(&f.session, &ProfileSession::loaded);
        QVERIFY(f.session.load(demoAccount()));
        const SessionEntry &entry = f.waitForIdle();
        QCOMPARE(entry.result.outcome, ApiOutcome::Success);
        QCOMPARE(loaded.count(), 1);
        const int nick = f.model.rowOfTag(u"Tag_Profile_IM_Nick");
        QVERIFY(nick >= 0);
        const QJsonValue stored
            = m_sandbox->store().value(demoAccount(), QStringLiteral("Tag_Profile_IM_Nick"));
        QVERIFY(stored.isString());
        QCOMPARE(f.model.index(nick, ProfileTableModel::ServerValueColumn)
                     .data(ProfileTableModel::ServerJsonValueRole)
                     .toJsonValue(),
            stored);
        QCOMPARE(f.model.state(nick), ProfileTableModel::RowState::Unchanged);
    }

    void applySendsOnlyTheChangeAndReadsItBack()
    {
        Fixture f(m_sandbox->baseUrl());
        QVERIFY(f.session.load(demoAccount()));
        f.waitForIdle();
        ChangeHistory history(m_dir.filePath(QStringLiteral("history.sqlite")));
        f.session.setChangeHistory(&history);
        const int nick = f.model.rowOfTag(u"Tag_Profile_IM_Nick");
        const QJsonValue oldNick
            = m_sandbox->store().value(demoAccount(), QStringLiteral("Tag_Profile_IM_Nick"));
        const QString newNick = QStringLiteral("Nick %1").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(f.model.setData(f.model.index(nick, ProfileTableModel::ValueColumn), newNick));

        QSignalSpy applied(&f.session, &ProfileSession::applied);
        QVERIFY(f.session.apply());
        const SessionEntry &readBack = f.waitForIdle();
        QCOMPARE(readBack.operation, SessionEntry::Operation::ReadBack);
        QCOMPARE(f.log.entry(f.log.rowCount() - 2).operation, SessionEntry::Operation::Apply);
        QCOMPARE(f.log.entry(f.log.rowCount() - 2).result.outcome, ApiOutcome::Success);
        QCOMPARE(applied.count(), 1);
        QVERIFY(applied.first().first().toStringList().isEmpty());
        QCOMPARE(m_sandbox->store().value(demoAccount(), QStringLiteral("Tag_Profile_IM_Nick")).toString(),
            newNick);
        // Only the changed field went out.
        const QJsonDocument sent
            = QJsonDocument::fromJson(f.log.entry(f.log.rowCount() - 2).result.redactedBody.toUtf8());
        QCOMPARE(sent.object().value(QLatin1String("ProfileItem")).toArray().size(), 1);
        QCOMPARE(f.model.state(nick), ProfileTableModel::RowState::Unchanged);
        QVERIFY(!f.model.hasChanges());
        // The write is in the change history, old → new, with nothing secret.
        const QList<ChangeRecord> recorded = history.recent(10);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().account, demoAccount());
        QCOMPARE(recorded.first().tag, QStringLiteral("Tag_Profile_IM_Nick"));
        QCOMPARE(recorded.first().oldValue, oldNick);
        QCOMPARE(recorded.first().newValue.toString(), newNick);
        QCOMPARE(recorded.first().state, ChangeRecord::State::Ok);
        QCOMPARE(recorded.first().connection, QStringLiteral("Demo connection"));
        QCOMPARE(recorded.first().random, f.log.entry(f.log.rowCount() - 2).result.random);
    }

    void applyRefusesWhenNothingWasLoadedOrChanged()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        const QString account = QStringLiteral("user_1");
        answerAnnaToEveryRequest(server, account);
        Fixture f(server.baseUrl());
        QSignalSpy refused(&f.session, &ProfileSession::refused);
        QVERIFY(!f.session.apply()); // nothing loaded yet
        QVERIFY(f.session.load(account));
        f.waitForIdle();
        QVERIFY(!f.session.apply()); // nothing changed
        QCOMPARE(refused.count(), 2);
        // A refused apply leaves the session idle, so the next load goes out at once; once it has
        // arrived, anything sent before it has too: the server saw the two loads and nothing else.
        QVERIFY(!f.session.isBusy());
        QVERIFY(f.session.load(account));
        f.waitForIdle();
        QCOMPARE(server.requests().size(), 2);
        for (const TestHttpServer::Request &request : server.requests()) {
            QCOMPARE(request.url().path(), QStringLiteral("/v4/profile/portrait_get"));
        }
        QCOMPARE(f.log.rowCount(), 2);
    }

    void applyRefusesWhileARowIsInvalid()
    {
        // The console believes it may write Tier; the server says otherwise (40008).
        CustomTagRegistry registry(QStringLiteral("session-invalid"),
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("i.ini")), QSettings::IniFormat));
        registry.add(QStringLiteral("Tier"), true, true);
        TestHttpServer server;
        QVERIFY(server.listen());
        const QString account = QStringLiteral("user_1");
        server.setHandler([account](const TestHttpServer::Request &request) {
            if (request.url().path() == QLatin1String("/v4/profile/portrait_set")) {
                return TestHttpServer::Response::json(
                    R"({"ActionStatus":"FAIL","ErrorCode":40008,"ErrorInfo":"","ErrorDisplay":""})");
            }
            return TestHttpServer::Response::json(getAnswer(account,
                { item(QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("Anna")),
                    item(QStringLiteral("Tag_Profile_Custom_Tier"), QStringLiteral("gold")) }));
        });
        Fixture f(server.baseUrl());
        f.model.setCustomTagRegistry(&registry);
        f.session.setCustomTagRegistry(&registry);
        QVERIFY(f.session.load(account));
        f.waitForIdle();

        // The user edits Tier and applies; the server refuses it, which marks the row invalid.
        const int tier = f.model.rowOfTag(u"Tag_Profile_Custom_Tier");
        QVERIFY(tier >= 0);
        QVERIFY(
            f.model.setData(f.model.index(tier, ProfileTableModel::ValueColumn), QStringLiteral("platinum")));
        QVERIFY(f.session.apply());
        f.waitForIdle();
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(f.model.state(tier), ProfileTableModel::RowState::Invalid);

        // Then a valid edit elsewhere, and Apply again: refused while Tier is still invalid, so
        // neither Tier nor the good nickname goes out.
        QVERIFY(f.model.setData(
            f.model.index(f.model.rowOfTag(u"Tag_Profile_IM_Nick"), ProfileTableModel::ValueColumn),
            QStringLiteral("Annabel")));
        QSignalSpy refused(&f.session, &ProfileSession::refused);
        QVERIFY(!f.session.apply());
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.first().first().toString().contains(QStringLiteral("invalid values")),
            qPrintable(refused.first().first().toString()));
        // Ordering instead of waiting: a load sent after the refusal arrives third, so no write
        // went out in between.
        QVERIFY(f.session.load(account));
        f.waitForIdle();
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(server.requests().at(1).url().path(), QStringLiteral("/v4/profile/portrait_set"));
        QCOMPARE(server.requests().at(2).url().path(), QStringLiteral("/v4/profile/portrait_get"));
    }

    void readOnlySessionNeverWrites()
    {
        Fixture f(m_sandbox->baseUrl());
        f.session.setReadOnly(true);
        QVERIFY(f.session.load(demoAccount()));
        f.waitForIdle();
        const int nick = f.model.rowOfTag(u"Tag_Profile_IM_Nick");
        QVERIFY(
            f.model.setData(f.model.index(nick, ProfileTableModel::ValueColumn), QStringLiteral("blocked")));
        const int rowsBefore = f.log.rowCount();
        QSignalSpy refused(&f.session, &ProfileSession::refused);
        QVERIFY(!f.session.apply());
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("read-only")));
        QCOMPARE(f.log.rowCount(), rowsBefore);
    }

    void unknownAccountIsExplainedInPlace()
    {
        Fixture f(m_sandbox->baseUrl());
        QVERIFY(f.session.load(demoAccount()));
        f.waitForIdle();
        QVERIFY(f.model.setData(
            f.model.index(f.model.rowOfTag(u"Tag_Profile_IM_Nick"), ProfileTableModel::ValueColumn),
            QStringLiteral("pending edit")));
        QVERIFY(f.session.load(QStringLiteral("nobody_by_this_name")));
        const SessionEntry &entry = f.waitForIdle();
        QCOMPARE(entry.account, QStringLiteral("nobody_by_this_name"));
        QCOMPARE(entry.result.outcome, ApiOutcome::Partial);
        QVERIFY(entry.explanation.known);
        QVERIFY(!entry.explanation.title.isEmpty());
        // The table still holds the previous account, with its pending edit, and Apply writes there.
        QCOMPARE(f.session.account(), demoAccount());
        QVERIFY(f.model.hasChanges());
        QVERIFY(f.session.apply());
        const SessionEntry &applied = f.waitForIdle();
        QCOMPARE(applied.account, demoAccount());
        QCOMPARE(m_sandbox->store().value(demoAccount(), QStringLiteral("Tag_Profile_IM_Nick")).toString(),
            QStringLiteral("pending edit"));
    }

    void serverFieldErrorMarksTheRow()
    {
        // The demo's read-only custom field: the admin may read it but not write it (40008).
        CustomTagRegistry registry(QStringLiteral("session-test"),
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("r.ini")), QSettings::IniFormat));
        // Registered as writable on purpose: the console believes it may write, the server says no.
        registry.add(QStringLiteral("Tier"), true, true);
        Fixture f(m_sandbox->baseUrl());
        f.model.setCustomTagRegistry(&registry);
        f.session.setCustomTagRegistry(&registry);
        QVERIFY(f.session.load(demoAccount()));
        f.waitForIdle();
        const int tier = f.model.rowOfTag(u"Tag_Profile_Custom_Tier");
        QVERIFY(tier >= 0);
        QVERIFY(
            f.model.setData(f.model.index(tier, ProfileTableModel::ValueColumn), QStringLiteral("platinum")));
        QVERIFY(f.session.apply());
        const SessionEntry &entry = f.waitForIdle();
        QCOMPARE(entry.result.outcome, ApiOutcome::ApiError);
        QCOMPARE(entry.result.errorCode, 40008);
        QVERIFY(entry.explanation.known);
        QCOMPARE(f.model.state(tier), ProfileTableModel::RowState::Invalid);
    }

    void writableCustomFieldRoundTrips()
    {
        CustomTagRegistry registry(QStringLiteral("session-hobby"),
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("h.ini")), QSettings::IniFormat));
        QCOMPARE(registry.add(QStringLiteral("Hobby"), true, true).level, FieldCheck::Ok);
        Fixture f(m_sandbox->baseUrl());
        f.model.setCustomTagRegistry(&registry);
        f.session.setCustomTagRegistry(&registry);
        QVERIFY(f.session.load(demoAccount()));
        f.waitForIdle();
        const int hobby = f.model.rowOfTag(u"Tag_Profile_Custom_Hobby");
        QVERIFY(hobby >= 0);
        QCOMPARE(f.model.index(hobby, ProfileTableModel::ServerValueColumn)
                     .data(ProfileTableModel::ServerJsonValueRole)
                     .toJsonValue(),
            m_sandbox->store().value(demoAccount(), QStringLiteral("Tag_Profile_Custom_Hobby")));
        const QString newHobby = QStringLiteral("바둑 %1").arg(QDateTime::currentMSecsSinceEpoch() % 1000);
        QVERIFY(f.model.setData(f.model.index(hobby, ProfileTableModel::ValueColumn), newHobby));
        QSignalSpy applied(&f.session, &ProfileSession::applied);
        QVERIFY(f.session.apply());
        f.waitForIdle();
        QCOMPARE(applied.count(), 1);
        QVERIFY(applied.first().first().toStringList().isEmpty());
        QCOMPARE(
            m_sandbox->store().value(demoAccount(), QStringLiteral("Tag_Profile_Custom_Hobby")).toString(),
            newHobby);
    }

    void readBackFlagsAValueTheServerChangedOrDropped()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        const QString account = QStringLiteral("user_1");
        const QJsonArray stored { item(QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("Anna")),
            item(QStringLiteral("Tag_Profile_IM_Level"), 3),
            item(QStringLiteral("Tag_Profile_IM_SelfSignature"), QStringLiteral("hi")) };
        server.enqueue(TestHttpServer::Response::json(getAnswer(account, stored)));
        server.enqueue(TestHttpServer::Response::json(
            R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""})"));
        // The read-back: the nickname came back trimmed by the server, the level vanished, the
        // signature stuck.
        server.enqueue(TestHttpServer::Response::json(getAnswer(account,
            { item(QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("Ann")),
                item(QStringLiteral("Tag_Profile_IM_SelfSignature"), QStringLiteral("hello")) })));

        Fixture f(server.baseUrl());
        QVERIFY(f.session.load(account));
        f.waitForIdle();
        QVERIFY(f.model.setData(
            f.model.index(f.model.rowOfTag(u"Tag_Profile_IM_Nick"), ProfileTableModel::ValueColumn),
            QStringLiteral("Annabel")));
        QVERIFY(f.model.setData(
            f.model.index(f.model.rowOfTag(u"Tag_Profile_IM_Level"), ProfileTableModel::ValueColumn), 7));
        QVERIFY(f.model.setData(
            f.model.index(f.model.rowOfTag(u"Tag_Profile_IM_SelfSignature"), ProfileTableModel::ValueColumn),
            QStringLiteral("hello")));
        QSignalSpy applied(&f.session, &ProfileSession::applied);
        QVERIFY(f.session.apply());
        f.waitForIdle();
        QCOMPARE(applied.count(), 1);
        QStringList didNotStick = applied.first().first().toStringList();
        didNotStick.sort();
        QCOMPARE(didNotStick,
            (QStringList { QStringLiteral("Tag_Profile_IM_Level"), QStringLiteral("Tag_Profile_IM_Nick") }));
        QCOMPARE(f.model.state(f.model.rowOfTag(u"Tag_Profile_IM_Nick")),
            ProfileTableModel::RowState::DidNotStick);
        QCOMPARE(f.model.state(f.model.rowOfTag(u"Tag_Profile_IM_SelfSignature")),
            ProfileTableModel::RowState::Unchanged);
        // The write carried Level as a JSON number.
        const QJsonDocument written = QJsonDocument::fromJson(server.requests().at(1).body);
        bool sawLevel = false;
        for (const QJsonValue &v : written.object().value(QLatin1String("ProfileItem")).toArray()) {
            if (v.toObject().value(QLatin1String("Tag")).toString()
                == QLatin1String("Tag_Profile_IM_Level")) {
                QVERIFY(v.toObject().value(QLatin1String("Value")).isDouble());
                sawLevel = true;
            }
        }
        QVERIFY(sawLevel);
    }

    // Issue #11.1, the core guarantee: values loaded from one target are never written to another.
    void applyRefusesATargetOtherThanTheOneLoadedFrom_data()
    {
        QTest::addColumn<QString>("changed");
        QTest::newRow("base URL") << QStringLiteral("url");
        QTest::newRow("SDKAppID") << QStringLiteral("sdkappid");
        QTest::newRow("admin") << QStringLiteral("admin");
    }

    void applyRefusesATargetOtherThanTheOneLoadedFrom()
    {
        QFETCH(QString, changed);
        TestHttpServer other;
        QVERIFY(other.listen());
        Fixture f(m_sandbox->baseUrl());
        QVERIFY(f.session.load(demoAccount()));
        QCOMPARE(f.waitForIdle().result.outcome, ApiOutcome::Success);
        QVERIFY(f.model.setData(
            f.model.index(f.model.rowOfTag(u"Tag_Profile_IM_Nick"), ProfileTableModel::ValueColumn),
            QStringLiteral("meant for the Sandbox")));
        const QJsonValue before
            = m_sandbox->store().value(demoAccount(), QStringLiteral("Tag_Profile_IM_Nick"));

        // The connection changes after the load: where the next request would go is elsewhere.
        const SandboxDemo &demo = SandboxDemo::get();
        const QUrl sandboxUrl = m_sandbox->baseUrl();
        f.session.setContextProvider([&, changed] {
            RequestContext context;
            context.target.baseUrl = changed == QLatin1String("url") ? other.baseUrl() : sandboxUrl;
            context.target.sdkAppId = demo.config.sdkAppId + (changed == QLatin1String("sdkappid") ? 1 : 0);
            context.target.identifier
                = changed == QLatin1String("admin") ? QStringLiteral("another_admin") : demo.admin;
            context.target.userSig = UserSig::generate(context.target.sdkAppId, context.target.identifier,
                demo.config.secretKey, 3600, QDateTime::currentSecsSinceEpoch());
            return context;
        });
        const int rowsBefore = f.log.rowCount();
        QSignalSpy refused(&f.session, &ProfileSession::refused);
        QVERIFY(!f.session.apply());
        QVERIFY(!f.session.isBusy());
        QCOMPARE(refused.count(), 1);
        QCOMPARE(f.log.rowCount(), rowsBefore);
        QCOMPARE(other.requests().size(), 0);
        QCOMPARE(m_sandbox->store().value(demoAccount(), QStringLiteral("Tag_Profile_IM_Nick")), before);
    }

    void unloadEmptiesTheTableAndApplyNeedsANewLoad()
    {
        Fixture f(m_sandbox->baseUrl());
        QVERIFY(f.session.load(demoAccount()));
        f.waitForIdle();
        QVERIFY(f.session.hasLoadedProfile());
        QVERIFY(f.model.setData(
            f.model.index(f.model.rowOfTag(u"Tag_Profile_IM_Nick"), ProfileTableModel::ValueColumn),
            QStringLiteral("discarded")));
        f.session.unload();
        QVERIFY(!f.session.hasLoadedProfile());
        QCOMPARE(f.model.rowCount(), 0);
        QVERIFY(f.session.account().isEmpty());
        const int rowsBefore = f.log.rowCount();
        QVERIFY(!f.session.apply());
        QCOMPARE(f.log.rowCount(), rowsBefore);
    }

    // Issue #13: an Apply is in the history before it leaves; its answer completes that record.
    void applyIsRecordedBeforeItIsSent()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        const QString account = QStringLiteral("user_1");
        ChangeHistory history(m_dir.filePath(QStringLiteral("pending-history.sqlite")));
        QList<ChangeRecord::State> atArrival;
        server.setHandler([&](const TestHttpServer::Request &request) {
            if (request.url().path().endsWith(QLatin1String("portrait_set"))) {
                for (const ChangeRecord &r : history.recent(10)) {
                    atArrival.append(r.state);
                }
                return TestHttpServer::Response::json(
                    R"({"ActionStatus":"FAIL","ErrorCode":40601,"ErrorInfo":"Err_Profile_Nick_Too_Long","ErrorDisplay":""})");
            }
            return TestHttpServer::Response::json(
                getAnswer(account, { item(QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("Anna")) }));
        });
        Fixture f(server.baseUrl());
        f.session.setChangeHistory(&history);
        QVERIFY(f.session.load(account));
        f.waitForIdle();
        QVERIFY(f.model.setData(
            f.model.index(f.model.rowOfTag(u"Tag_Profile_IM_Nick"), ProfileTableModel::ValueColumn),
            QStringLiteral("Annabel")));
        QVERIFY(f.session.apply());
        f.waitForIdle();
        QCOMPARE(atArrival, QList<ChangeRecord::State> { ChangeRecord::State::Pending });
        const QList<ChangeRecord> records = history.recent(10);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().state, ChangeRecord::State::Failed);
        QCOMPARE(records.first().errorCode, 40601);
        QCOMPARE(records.first().errorInfo, QStringLiteral("Err_Profile_Nick_Too_Long"));
        QCOMPARE(records.first().oldValue, QJsonValue(QStringLiteral("Anna")));
    }

    // Issue #11.1: the history says where the write went and what the read-back found.
    void historyRecordsTheTargetAndTheReadBack()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        const QString account = QStringLiteral("user_1");
        server.enqueue(TestHttpServer::Response::json(getAnswer(account,
            { item(QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("Anna")),
                item(QStringLiteral("Tag_Profile_IM_SelfSignature"), QStringLiteral("hi")) })));
        server.enqueue(TestHttpServer::Response::json(
            R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""})"));
        // The server said OK, but kept only the signature.
        server.enqueue(TestHttpServer::Response::json(getAnswer(account,
            { item(QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("Anna")),
                item(QStringLiteral("Tag_Profile_IM_SelfSignature"), QStringLiteral("hello")) })));
        Fixture f(server.baseUrl());
        const auto provider = [&server] {
            const SandboxDemo &demo = SandboxDemo::get();
            RequestContext context;
            context.connectionId = QStringLiteral("connection-42");
            context.regionId = QStringLiteral("custom");
            context.connectionName = QStringLiteral("Gateway");
            context.target.baseUrl = server.baseUrl();
            context.target.sdkAppId = 1400000042;
            context.target.identifier = QStringLiteral("ops_admin");
            context.target.userSig = UserSig::generate(1400000042, QStringLiteral("ops_admin"),
                demo.config.secretKey, 3600, QDateTime::currentSecsSinceEpoch());
            return context;
        };
        f.session.setContextProvider(provider);
        ChangeHistory history(m_dir.filePath(QStringLiteral("target-history.sqlite")));
        f.session.setChangeHistory(&history);
        QVERIFY(f.session.load(account));
        f.waitForIdle();
        QVERIFY(f.model.setData(
            f.model.index(f.model.rowOfTag(u"Tag_Profile_IM_Nick"), ProfileTableModel::ValueColumn),
            QStringLiteral("Annabel")));
        QVERIFY(f.model.setData(
            f.model.index(f.model.rowOfTag(u"Tag_Profile_IM_SelfSignature"), ProfileTableModel::ValueColumn),
            QStringLiteral("hello")));
        QVERIFY(f.session.apply());
        QCOMPARE(f.waitForIdle().operation, SessionEntry::Operation::ReadBack);

        QList<ChangeRecord> recorded = history.recent(10);
        QCOMPARE(recorded.size(), 2);
        std::sort(recorded.begin(), recorded.end(),
            [](const ChangeRecord &l, const ChangeRecord &r) { return l.tag < r.tag; });
        const ChangeRecord &nick = recorded.at(0);
        const ChangeRecord &signature = recorded.at(1);
        QCOMPARE(nick.tag, QStringLiteral("Tag_Profile_IM_Nick"));
        for (const ChangeRecord &r : recorded) {
            QCOMPARE(r.connectionId, QStringLiteral("connection-42"));
            QCOMPARE(r.regionId, QStringLiteral("custom"));
            QCOMPARE(r.baseUrl, server.baseUrl().toString());
            QCOMPARE(r.sdkAppId, quint64(1400000042));
            QCOMPARE(r.adminIdentifier, QStringLiteral("ops_admin"));
            QCOMPARE(r.state, ChangeRecord::State::Ok);
        }
        QCOMPARE(nick.oldValue.toString(), QStringLiteral("Anna"));
        QCOMPARE(nick.readBack, ChangeRecord::ReadBack::DidNotStick);
        QVERIFY2(nick.resultText() != QStringLiteral("OK"), qPrintable(nick.resultText()));
        QVERIFY2(nick.resultText().contains(QStringLiteral("did not stick")), qPrintable(nick.resultText()));
        QCOMPARE(signature.readBack, ChangeRecord::ReadBack::Stuck);
        QCOMPARE(signature.resultText(), QStringLiteral("OK"));
    }

    // Issue #11 review: unload() cleared what a running write had sent before its end arrived,
    // so the write went unrecorded. While busy it refuses, and the write is recorded.
    void unloadRefusesWhileAWriteRuns()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        const QString account = QStringLiteral("user_1");
        server.enqueue(TestHttpServer::Response::json(
            getAnswer(account, { item(QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("Anna")) })));
        server.enqueue(TestHttpServer::Response::hang());
        Fixture f(server.baseUrl());
        ChangeHistory history(m_dir.filePath(QStringLiteral("unload-history.sqlite")));
        f.session.setChangeHistory(&history);
        QVERIFY(f.session.load(account));
        f.waitForIdle();
        QVERIFY(f.model.setData(
            f.model.index(f.model.rowOfTag(u"Tag_Profile_IM_Nick"), ProfileTableModel::ValueColumn),
            QStringLiteral("Annabel")));
        QSignalSpy requestSeen(&server, &TestHttpServer::requestReceived);
        QVERIFY(f.session.apply());
        QVERIFY(requestSeen.wait(10000));
        QSignalSpy refused(&f.session, &ProfileSession::refused);
        QVERIFY(!f.session.unload());
        QCOMPARE(refused.size(), 1);
        QVERIFY(f.session.hasLoadedProfile());
        f.session.cancel();
        QCOMPARE(f.waitForIdle().result.outcome, ApiOutcome::Unknown);
        const QList<ChangeRecord> recorded = history.recent(10);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().tag, QStringLiteral("Tag_Profile_IM_Nick"));
        QVERIFY(f.session.unload());
    }

    // Issue #11 review: a view refreshed when the read-back ends must already see its result.
    void readBackIsRecordedBeforeItIsAnnounced()
    {
        Fixture f(m_sandbox->baseUrl());
        ChangeHistory history(m_dir.filePath(QStringLiteral("announce-history.sqlite")));
        f.session.setChangeHistory(&history);
        QVERIFY(f.session.load(demoAccount()));
        f.waitForIdle();
        QVERIFY(f.model.setData(
            f.model.index(f.model.rowOfTag(u"Tag_Profile_IM_Nick"), ProfileTableModel::ValueColumn),
            QStringLiteral("Announced %1").arg(QDateTime::currentMSecsSinceEpoch() % 100000)));
        QList<ChangeRecord::ReadBack> seen;
        connect(&f.session, &ProfileSession::requestFinished, this, [&](int row) {
            if (f.log.entry(row).operation == SessionEntry::Operation::ReadBack) {
                seen.append(history.recent(1).first().readBack);
            }
        });
        QVERIFY(f.session.apply());
        QCOMPARE(f.waitForIdle().operation, SessionEntry::Operation::ReadBack);
        QCOMPARE(seen, QList<ChangeRecord::ReadBack> { ChangeRecord::ReadBack::Stuck });
    }

    // Issue #11 review: an unknown write is read back only from where it was sent, with what was sent.
    void unknownWriteIsReadBackOnlyFromItsTarget()
    {
        TestHttpServer a;
        QVERIFY(a.listen());
        TestHttpServer b;
        QVERIFY(b.listen());
        const QString account = QStringLiteral("user_1");
        a.enqueue(TestHttpServer::Response::json(
            getAnswer(account, { item(QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("Anna")) })));
        a.enqueue(TestHttpServer::Response::drop());
        a.enqueue(TestHttpServer::Response::json(
            getAnswer(account, { item(QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("Annabel")) })));
        b.setHandler([](const TestHttpServer::Request &) {
            return TestHttpServer::Response::json(R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""})");
        });
        Fixture f(a.baseUrl());
        QUrl current = a.baseUrl();
        const SandboxDemo &demo = SandboxDemo::get();
        f.session.setContextProvider([&current, &demo] {
            RequestContext context;
            context.connectionId = current.toString(); // A and B are two saved connections
            context.target.baseUrl = current;
            context.target.sdkAppId = demo.config.sdkAppId;
            context.target.identifier = demo.admin;
            context.target.userSig = UserSig::generate(demo.config.sdkAppId, demo.admin,
                demo.config.secretKey, 3600, QDateTime::currentSecsSinceEpoch());
            return context;
        });
        ChangeHistory history(m_dir.filePath(QStringLiteral("unknown-history.sqlite")));
        f.session.setChangeHistory(&history);
        QVERIFY(f.session.load(account));
        f.waitForIdle();
        QVERIFY(f.model.setData(
            f.model.index(f.model.rowOfTag(u"Tag_Profile_IM_Nick"), ProfileTableModel::ValueColumn),
            QStringLiteral("Annabel")));
        QVERIFY(f.session.apply());
        QCOMPARE(f.waitForIdle().result.outcome, ApiOutcome::Unknown);
        const int unknownRow = f.log.rowCount() - 1;
        QVERIFY(f.session.mayReadBack(unknownRow));

        // The context now goes to B: refused, nothing sent anywhere.
        current = b.baseUrl();
        QSignalSpy refused(&f.session, &ProfileSession::refused);
        QVERIFY(!f.session.readBackUnknownWrite(unknownRow));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(b.requests().size(), 0);
        QCOMPARE(a.requests().size(), 2);
        // The load row is no unknown write.
        current = a.baseUrl();
        QVERIFY(!f.session.mayReadBack(0));
        QVERIFY(!f.session.readBackUnknownWrite(0));

        // Recorded (off the GUI thread) before it is announced: a view refreshed then shows it.
        QList<ChangeRecord::ReadBack> seen;
        connect(&f.session, &ProfileSession::requestFinished, this, [&](int row) {
            if (f.log.entry(row).operation == SessionEntry::Operation::ReadBack) {
                seen.append(history.recent(1).first().readBack);
            }
        });
        QVERIFY(f.session.readBackUnknownWrite(unknownRow));
        const SessionEntry &readBack = f.waitForIdle();
        QCOMPARE(seen, QList<ChangeRecord::ReadBack> { ChangeRecord::ReadBack::Stuck });
        QCOMPARE(readBack.operation, SessionEntry::Operation::ReadBack);
        QCOMPARE(a.requests().size(), 3);
        QCOMPARE(a.requests().constLast().url().path(), QStringLiteral("/v4/profile/portrait_get"));
        QVERIFY(a.requests().constLast().body.contains("Tag_Profile_IM_Nick"));
        QCOMPARE(
            f.model.state(f.model.rowOfTag(u"Tag_Profile_IM_Nick")), ProfileTableModel::RowState::Unchanged);
        const ChangeRecord record = history.recent(1).first();
        QCOMPARE(record.readBack, ChangeRecord::ReadBack::Stuck);
        QVERIFY2(record.resultText().contains(QStringLiteral("stored")), qPrintable(record.resultText()));
        QCOMPARE(b.requests().size(), 0);
    }

    // Issue #12: a single Apply is a plan of one account, stored as a job of kind Apply and sent
    // by the JobRunner. When the write arrives, the job is stored with its row Sent, and the history
    // holds each field as pending with the job's id.
    void applyIsAStoredOneRowJobRecordedBeforeItIsSent()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        const QString account = QStringLiteral("user_1");
        ChangeHistory history(m_dir.filePath(QStringLiteral("job-history.sqlite")));
        std::unique_ptr<Fixture> fixture;
        QList<JobSummary> jobsAtArrival;
        std::optional<WriteJob> jobAtArrival;
        QList<ChangeRecord> recordsAtArrival;
        int sets = 0;
        QJsonArray held { item(QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("Anna")),
            item(QStringLiteral("Tag_Profile_IM_SelfSignature"), QStringLiteral("hi")) };
        server.setHandler([&](const TestHttpServer::Request &request) {
            if (request.url().path().endsWith(QLatin1String("portrait_set"))) {
                ++sets;
                jobsAtArrival = fixture->jobs.list(WriteJob::Kind::Apply);
                if (!jobsAtArrival.isEmpty()) {
                    jobAtArrival = fixture->jobs.load(jobsAtArrival.first().id);
                }
                recordsAtArrival = history.recent(10);
                return storeWrite(request, &held);
            }
            return TestHttpServer::Response::json(getAnswer(account, held));
        });
        fixture = std::make_unique<Fixture>(server.baseUrl());
        Fixture &f = *fixture;
        f.session.setChangeHistory(&history);
        QVERIFY(f.session.load(account));
        f.waitForIdle();
        f.editNick(QStringLiteral("Annabel"));
        QVERIFY(f.model.setData(
            f.model.index(f.model.rowOfTag(u"Tag_Profile_IM_SelfSignature"), ProfileTableModel::ValueColumn),
            QStringLiteral("hello")));
        QSignalSpy applied(&f.session, &ProfileSession::applied);
        QVERIFY(f.session.apply());
        QCOMPARE(f.waitForIdle().operation, SessionEntry::Operation::ReadBack);
        QCOMPARE(sets, 1);

        // At the write's arrival: one Apply job, its one row marked Sent, every field pending.
        QCOMPARE(jobsAtArrival.size(), 1);
        const qint64 jobId = jobsAtArrival.first().id;
        QVERIFY(jobId > 0);
        QVERIFY(jobAtArrival);
        QCOMPARE(jobAtArrival->rows.size(), 1);
        QCOMPARE(jobAtArrival->rows.first().state, RowState::Sent);
        QCOMPARE(recordsAtArrival.size(), 2);
        for (const ChangeRecord &record : std::as_const(recordsAtArrival)) {
            QCOMPARE(record.state, ChangeRecord::State::Pending);
            QCOMPARE(record.jobId, jobId);
        }

        // Afterwards: the job holds the plan (old → new, bound to where it was loaded) and its end.
        const std::optional<WriteJob> job = f.jobs.load(jobId);
        QVERIFY(job);
        QCOMPARE(job->kind, WriteJob::Kind::Apply);
        QVERIFY(job->finished);
        QCOMPARE(job->target.baseUrl, server.baseUrl());
        QCOMPARE(job->rows.size(), 1);
        const JobRow &row = job->rows.first();
        QCOMPARE(row.account, account);
        QCOMPARE(row.state, RowState::Ok);
        QList<FieldChange> changes = row.changes;
        std::sort(changes.begin(), changes.end(),
            [](const FieldChange &l, const FieldChange &r) { return l.tag < r.tag; });
        QCOMPARE(changes,
            (QList<FieldChange> {
                { QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("Anna"), QStringLiteral("Annabel") },
                { QStringLiteral("Tag_Profile_IM_SelfSignature"), QStringLiteral("hi"),
                    QStringLiteral("hello") } }));
        const SessionEntry &write = f.log.entry(f.log.rowCount() - 2);
        QCOMPARE(write.operation, SessionEntry::Operation::Apply);
        QCOMPARE(write.jobId, jobId);
        QCOMPARE(applied.count(), 1);
        QVERIFY(applied.first().first().toStringList().isEmpty());
        for (const ChangeRecord &record : history.recent(10)) {
            QCOMPARE(record.jobId, jobId);
            QCOMPARE(record.state, ChangeRecord::State::Ok);
            QCOMPARE(record.readBack, ChangeRecord::ReadBack::Stuck);
        }
        // The bulk window offers unfinished bulk jobs only: an Apply is never among them.
        QVERIFY(f.jobs.list(WriteJob::Kind::Bulk).isEmpty());
    }

    // Sent as often as the console's retry policy decides, counted at the server: a 40006 (surely
    // not stored) is sent again by the runner, and a write that timed out is never sent again.
    void aRetryableAnswerIsSentAgainAndATimedOutWriteNever()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        const QString account = QStringLiteral("user_1");
        int sets = 0;
        bool hang = false;
        QJsonArray held { item(QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("Anna")) };
        server.setHandler([&](const TestHttpServer::Request &request) {
            if (request.url().path().endsWith(QLatin1String("portrait_set"))) {
                if (++sets < 3) {
                    return TestHttpServer::Response::json(
                        R"({"ActionStatus":"FAIL","ErrorCode":40006,"ErrorInfo":"busy","ErrorDisplay":""})");
                }
                if (hang) {
                    return TestHttpServer::Response::hang();
                }
                return storeWrite(request, &held);
            }
            return TestHttpServer::Response::json(getAnswer(account, held));
        });
        Fixture f(server.baseUrl());
        f.client.setRetryPolicy({ 3, std::chrono::milliseconds(5), std::chrono::milliseconds(20) });
        ChangeHistory history(m_dir.filePath(QStringLiteral("retry-history.sqlite")));
        f.session.setChangeHistory(&history);
        QVERIFY(f.session.load(account));
        f.waitForIdle();
        const int nick = f.model.rowOfTag(u"Tag_Profile_IM_Nick");
        QVERIFY(
            f.model.setData(f.model.index(nick, ProfileTableModel::ValueColumn), QStringLiteral("Annabel")));
        QVERIFY(f.session.apply());
        QCOMPARE(f.waitForIdle().operation, SessionEntry::Operation::ReadBack);
        QCOMPARE(sets, 3); // two 40006, then OK: the policy's three attempts, no more
        const SessionEntry &written = f.log.entry(f.log.rowCount() - 2);
        QCOMPARE(written.operation, SessionEntry::Operation::Apply);
        QCOMPARE(written.result.outcome, ApiOutcome::Success);
        QCOMPARE(written.result.attempts.size(), 3); // one entry, every attempt in it
        QCOMPARE(f.jobs.load(written.jobId)->rows.first().state, RowState::Ok);
        // The runner sent each attempt (the console's client would have repeated it unseen): each
        // request on the wire has a history record of its own, newest first.
        QList<int> codes;
        for (const ChangeRecord &record : history.recent(10)) {
            codes.append(record.errorCode);
        }
        QCOMPARE(codes, (QList<int> { 0, 40006, 40006 }));

        // A write that left and got no answer may be stored: unknown, never sent again.
        hang = true;
        f.client.setTimeout(std::chrono::milliseconds(300));
        QVERIFY(f.model.setData(f.model.index(nick, ProfileTableModel::ValueColumn), QStringLiteral("Anne")));
        QVERIFY(f.session.apply());
        const SessionEntry &timedOut = f.waitForIdle();
        QCOMPARE(timedOut.operation, SessionEntry::Operation::Apply);
        QCOMPARE(timedOut.result.outcome, ApiOutcome::Unknown);
        QCOMPARE(sets, 4);
        const JobRow row = f.jobs.load(timedOut.jobId)->rows.first();
        QCOMPARE(row.state, RowState::Unknown);
        QCOMPARE(row.errorCode, -1);
        QVERIFY(f.session.mayReadBack(f.log.rowCount() - 1));
    }

    // Cancel does not wait for a write that hangs: it is cut off at once, and its outcome is unknown
    // everywhere (the session log, the job, the history).
    void cancelCutsOffAHangingWriteAndLeavesItUnknown()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        const QString account = QStringLiteral("user_1");
        int sets = 0;
        server.setHandler([&](const TestHttpServer::Request &request) {
            if (request.url().path().endsWith(QLatin1String("portrait_set"))) {
                ++sets;
                return TestHttpServer::Response::hang();
            }
            return TestHttpServer::Response::json(
                getAnswer(account, { item(QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("Anna")) }));
        });
        ChangeHistory history(m_dir.filePath(QStringLiteral("cancel-history.sqlite")));
        Fixture f(server.baseUrl());
        f.client.setTimeout(std::chrono::seconds(60)); // the answer would never come in the test's time
        f.session.setChangeHistory(&history);
        QVERIFY(f.session.load(account));
        f.waitForIdle();
        f.editNick(QStringLiteral("Annabel"));
        QVERIFY(f.session.apply());
        QTRY_COMPARE(sets, 1);
        QVERIFY(f.session.isWriting());
        f.session.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!f.session.isBusy(), 5000);
        const SessionEntry &entry = f.log.entry(f.log.rowCount() - 1);
        QCOMPARE(entry.operation, SessionEntry::Operation::Apply);
        QCOMPARE(entry.result.outcome, ApiOutcome::Unknown);
        const std::optional<WriteJob> job = f.jobs.load(entry.jobId);
        QVERIFY(job);
        QCOMPARE(job->rows.first().state, RowState::Unknown);
        const QList<ChangeRecord> records = history.recent(10);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().state, ChangeRecord::State::Unknown);
        QCOMPARE(records.first().jobId, entry.jobId);
        QVERIFY(f.session.mayReadBack(f.log.rowCount() - 1));
        QCOMPARE(sets, 1);
    }

    // Cancelled while the job is being stored: it is never sent, and the session says so.
    void cancelWhileTheApplyIsStoredSendsNothing()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        const QString account = QStringLiteral("user_1");
        answerAnnaToEveryRequest(server, account);
        Fixture f(server.baseUrl());
        QVERIFY(f.session.load(account));
        f.waitForIdle();
        f.editNick(QStringLiteral("Annabel"));
        const int rowsBefore = f.log.rowCount();
        QSignalSpy refused(&f.session, &ProfileSession::refused);
        QVERIFY(f.session.apply());
        QVERIFY(f.session.isWriting()); // being stored: nothing can have left yet
        f.session.cancel();
        QTRY_VERIFY(!f.session.isBusy());
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.first().first().toString(), QStringLiteral("Cancelled before the write was sent."));
        QCOMPARE(f.log.rowCount(), rowsBefore);
        const QList<JobSummary> jobs = f.jobs.list(WriteJob::Kind::Apply);
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().totals.pending, 1);
        verifyNothingWasWritten(f, server, account);
    }

    // A job that cannot be stored is never sent: the Apply ends refused, and the server saw nothing.
    void anApplyThatCannotBeStoredIsNotSent()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        const QString account = QStringLiteral("user_1");
        answerAnnaToEveryRequest(server, account);
        Fixture f(server.baseUrl());
        JobStore broken(f.dir.path()); // a folder, not a database file
        f.session.setJobStore(&broken, &f.network);
        QVERIFY(f.session.load(account));
        f.waitForIdle();
        f.editNick(QStringLiteral("Annabel"));
        const int rowsBefore = f.log.rowCount();
        QSignalSpy refused(&f.session, &ProfileSession::refused);
        QVERIFY(f.session.apply());
        QTRY_VERIFY(!f.session.isBusy());
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.first().first().toString().contains(QStringLiteral("stored")),
            qPrintable(refused.first().first().toString()));
        QCOMPARE(f.log.rowCount(), rowsBefore);
        verifyNothingWasWritten(f, server, account);
    }

    void cancelEndsAHangingRequest()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(TestHttpServer::Response::hang());
        Fixture f(server.baseUrl());
        QSignalSpy requestSeen(&server, &TestHttpServer::requestReceived);
        QVERIFY(f.session.load(QStringLiteral("user_1")));
        QVERIFY(f.session.isBusy());
        QVERIFY(requestSeen.wait(10000));
        f.session.cancel();
        const SessionEntry &entry = f.waitForIdle();
        QCOMPARE(entry.result.outcome, ApiOutcome::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestProfileSession)
#include "tst_profilesession.moc"
