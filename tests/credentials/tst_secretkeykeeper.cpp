// The secret key goes to the keychain only when the user opted in, and a missing keychain costs
// nothing but a plain message: the key still works for the rest of the session.
#include "credentials/memorysecretstore.h"
#include "credentials/secretkeykeeper.h"
#include "support/countingsecretstore.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace {

const QString connection = QStringLiteral("connection-1");
const QByteArray key = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

// A keychain that no backend answers, as on a server without a Secret Service.
class UnreachableSecretStore final : public SecretStore
{
public:
    using SecretStore::SecretStore;
    void read(const QString &, QObject *context, Callback done) override { answer(context, std::move(done)); }
    void write(const QString &, const QByteArray &, QObject *context, Callback done) override
    {
        answer(context, std::move(done));
    }
    void remove(const QString &, QObject *context, Callback done) override
    {
        answer(context, std::move(done));
    }

private:
    static void answer(QObject *context, Callback done)
    {
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done(unavailable()); }, Qt::QueuedConnection);
    }
};

std::optional<QByteArray> fetch(SecretKeyKeeper &keeper, bool remembered = true)
{
    std::optional<QByteArray> result;
    QObject context;
    keeper.fetchKey(connection, remembered, &context, [&result](const QByteArray &found) { result = found; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); })) {
        return std::nullopt;
    }
    return result;
}

SecretStore::Result storedIn(SecretStore &store)
{
    std::optional<SecretStore::Result> result;
    QObject context;
    store.read(connection, &context, [&result](const SecretStore::Result &answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); })) {
        return {};
    }
    return *result;
}

} // namespace

class TestSecretKeyKeeper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rememberedKeyOutlivesTheSession()
    {
        MemorySecretStore keychain;
        {
            SecretKeyKeeper session(&keychain);
            session.setKey(connection, key, true);
            QTRY_COMPARE(storedIn(keychain).secret, key);
        }
        SecretKeyKeeper nextSession(&keychain);
        QCOMPARE(fetch(nextSession), std::optional<QByteArray>(key));
    }

    void keyNotRememberedStaysOutOfTheKeychain()
    {
        MemorySecretStore keychain;
        SecretKeyKeeper session(&keychain);
        session.setKey(connection, key, true);
        QTRY_COMPARE(storedIn(keychain).status, SecretStore::Status::Ok);
        // The user unticks "remember": the copy in the keychain goes, the session keeps the key.
        session.stopRemembering(connection);
        QTRY_COMPARE(storedIn(keychain).status, SecretStore::Status::NotFound);
        QCOMPARE(fetch(session), std::optional<QByteArray>(key));
        SecretKeyKeeper nextSession(&keychain);
        QCOMPARE(fetch(nextSession), std::optional<QByteArray>(QByteArray()));
    }

    void forgetDropsTheKeyEverywhere()
    {
        MemorySecretStore keychain;
        SecretKeyKeeper session(&keychain);
        session.setKey(connection, key, true);
        session.forget(connection, true);
        QCOMPARE(fetch(session), std::optional<QByteArray>(QByteArray()));
        QCOMPARE(storedIn(keychain).status, SecretStore::Status::NotFound);
    }

    void withoutAKeychainTheKeyStaysInMemoryAndTheUserIsTold()
    {
        UnreachableSecretStore keychain;
        SecretKeyKeeper session(&keychain);
        QSignalSpy problems(&session, &SecretKeyKeeper::storageProblem);
        session.setKey(connection, key, true);
        QVERIFY(problems.wait());
        const QString message = problems.at(0).at(0).toString();
        QVERIFY2(message.contains(QLatin1String("No system keychain"))
                && message.contains(QLatin1String("memory")),
            qPrintable(message));
        QCOMPARE(fetch(session), std::optional<QByteArray>(key));
    }

    void notRememberingNeedsNoKeychain()
    {
        UnreachableSecretStore keychain;
        SecretKeyKeeper session(&keychain);
        QSignalSpy problems(&session, &SecretKeyKeeper::storageProblem);
        session.setKey(connection, key, false);
        QCOMPARE(fetch(session), std::optional<QByteArray>(key));
        QCoreApplication::processEvents();
        QCOMPARE(problems.size(), 0);
    }

    // Every keychain call may raise an unlock prompt: none for a connection not remembered.
    void keyNotRememberedNeverTouchesTheKeychain()
    {
        CountingSecretStore keychain;
        keychain.preload(connection, "left by an earlier version");
        SecretKeyKeeper session(&keychain);
        QCOMPARE(fetch(session, false), std::optional<QByteArray>(QByteArray()));
        session.setKey(connection, "first", false);
        session.setKey(connection, "second", false);
        QCOMPARE(fetch(session, false), std::optional<QByteArray>("second"));
        session.forget(connection, false);
        QCOMPARE(fetch(session, false), std::optional<QByteArray>(QByteArray()));
        QCOMPARE(keychain.totalCalls(), 0);
    }

    void rememberedKeyIsReadOnceAndWrittenOncePerChange()
    {
        CountingSecretStore keychain;
        keychain.preload(connection, key);
        SecretKeyKeeper session(&keychain);
        QCOMPARE(fetch(session), std::optional<QByteArray>(key));
        QCOMPARE(fetch(session), std::optional<QByteArray>(key));
        QCOMPARE(keychain.calls(connection).reads, 1);
        session.setKey(connection, "changed", true);
        QCOMPARE(keychain.calls(connection).writes, 1);
        QCOMPARE(keychain.held(connection), QByteArray("changed"));
        // An emptied field is not a wish to forget: nothing is written, the stored key stays.
        session.setKey(connection, QByteArray(), true);
        QCOMPARE(keychain.calls(connection).writes, 1);
        QCOMPARE(keychain.held(connection), QByteArray("changed"));
        QCOMPARE(keychain.calls(connection).removes, 0);
    }

    void nothingStoredIsAskedOnce()
    {
        CountingSecretStore keychain;
        SecretKeyKeeper session(&keychain);
        QCOMPARE(fetch(session), std::optional<QByteArray>(QByteArray()));
        QCOMPARE(fetch(session), std::optional<QByteArray>(QByteArray()));
        QCOMPARE(keychain.calls(connection).reads, 1);
    }

    void keyTypedWhileTheKeychainAnswersWins()
    {
        CountingSecretStore keychain;
        keychain.preload(connection, key);
        SecretKeyKeeper session(&keychain);
        std::optional<QByteArray> answer;
        QObject context;
        session.fetchKey(connection, true, &context, [&answer](const QByteArray &found) { answer = found; });
        session.setKey(connection, "typed meanwhile", false);
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(*answer, QByteArray("typed meanwhile"));
        QCOMPARE(fetch(session), std::optional<QByteArray>("typed meanwhile"));
    }

    void untickingAndDeletingRemoveOnce()
    {
        CountingSecretStore keychain;
        SecretKeyKeeper session(&keychain);
        session.setKey(connection, key, true);
        session.stopRemembering(connection);
        QCOMPARE(keychain.calls(connection).removes, 1);
        QVERIFY(keychain.held(connection).isNull());
        session.setKey(connection, key, false);
        QCOMPARE(keychain.calls(connection).removes, 1);
        session.forget(connection, true);
        QCOMPARE(keychain.calls(connection).removes, 2);
        QCOMPARE(keychain.calls(connection).writes, 1);
    }

    void answerNeverReachesADeletedContext()
    {
        MemorySecretStore keychain;
        SecretKeyKeeper session(&keychain);
        bool called = false;
        {
            QObject context;
            session.fetchKey(connection, true, &context, [&called](const QByteArray &) { called = true; });
        }
        // The store answers the keeper one event-loop turn later, the keeper then drops the
        // answer; a marker posted two turns later shows both turns have run.
        bool drained = false;
        QMetaObject::invokeMethod(
            &keychain,
            [&] {
                QMetaObject::invokeMethod(
                    &keychain, [&] { drained = true; }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
        QTRY_VERIFY(drained);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestSecretKeyKeeper)
#include "tst_secretkeykeeper.moc"
