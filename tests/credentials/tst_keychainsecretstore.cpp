// KeychainSecretStore against a real Secret Service: CTest runs this under with-keyring.sh, which
// starts a private D-Bus session and gnome-keyring. A second CTest entry runs
// noKeychainMeansUnavailable with a dead session bus.
#include "credentials/keychainsecretstore.h"

#include <QTest>
#include <QUuid>

#include <optional>

namespace {

struct Store
{
    // A service of its own per run, so repeated or parallel runs never see each other's entries.
    KeychainSecretStore keychain { QStringLiteral("chat-profile-console-test-")
            + QUuid::createUuid().toString(QUuid::WithoutBraces),
        nullptr };

    using Operation = std::function<void(QObject *, SecretStore::Callback)>;

    std::optional<SecretStore::Result> wait(const Operation &operation)
    {
        std::optional<SecretStore::Result> result;
        QObject context;
        operation(&context, [&result](const SecretStore::Result &answer) { result = answer; });
        // The keychain answers over D-Bus; a generous bound, since a hang is what would fail here.
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
            return std::nullopt;
        }
        return result;
    }
    std::optional<SecretStore::Result> read(const QString &key)
    {
        return wait([&](QObject *context, SecretStore::Callback done) { keychain.read(key, context, done); });
    }
    std::optional<SecretStore::Result> write(const QString &key, const QByteArray &secret)
    {
        return wait([&](QObject *context, SecretStore::Callback done) {
            keychain.write(key, secret, context, done);
        });
    }
    std::optional<SecretStore::Result> remove(const QString &key)
    {
        return wait(
            [&](QObject *context, SecretStore::Callback done) { keychain.remove(key, context, done); });
    }
};

QByteArray statusText(const std::optional<SecretStore::Result> &result)
{
    return result ? QByteArray::number(static_cast<int>(result->status)) + ' ' + result->message.toUtf8()
                  : QByteArray("no answer");
}

} // namespace

class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT

private:
    // Never write to the developer's own keyring.
    static void skipOutsideAPrivateKeyring()
    {
        if (!qEnvironmentVariableIsSet("CPC_PRIVATE_KEYRING")) {
            QSKIP("run through with-keyring.sh (CTest does)");
        }
    }

private Q_SLOTS:
    void roundTripThroughTheSecretService()
    {
        skipOutsideAPrivateKeyring();
        Store store;
        const QString key = QStringLiteral("connection-1");
        const QByteArray secret = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

        const auto written = store.write(key, secret);
        QVERIFY2(written && written->status == SecretStore::Status::Ok, statusText(written).constData());
        const auto read = store.read(key);
        QVERIFY2(read && read->status == SecretStore::Status::Ok, statusText(read).constData());
        QCOMPARE(read->secret, secret);
        QVERIFY(read->message.isEmpty());

        const QByteArray replacement = QByteArray("\x00\xff binary \xe7\xae\xa1", 13);
        QCOMPARE(store.write(key, replacement)->status, SecretStore::Status::Ok);
        QCOMPARE(store.read(key)->secret, replacement);

        const auto removed = store.remove(key);
        QVERIFY2(removed && removed->status == SecretStore::Status::Ok, statusText(removed).constData());
        QCOMPARE(store.read(key)->status, SecretStore::Status::NotFound);
    }

    void missingEntryIsNotFound()
    {
        skipOutsideAPrivateKeyring();
        Store store;
        const auto read = store.read(QStringLiteral("never-written"));
        QVERIFY2(read && read->status == SecretStore::Status::NotFound, statusText(read).constData());
        QVERIFY(read->secret.isEmpty());
        QVERIFY(!read->message.isEmpty());
        // Removing what is not there leaves the keychain as wanted: without the entry.
        const auto removed = store.remove(QStringLiteral("never-written"));
        QVERIFY2(removed && removed->status == SecretStore::Status::Ok, statusText(removed).constData());
    }

    void keysAreSeparate()
    {
        skipOutsideAPrivateKeyring();
        Store store;
        QCOMPARE(store.write(QStringLiteral("a"), "first")->status, SecretStore::Status::Ok);
        QCOMPARE(store.write(QStringLiteral("b"), "second")->status, SecretStore::Status::Ok);
        QCOMPARE(store.read(QStringLiteral("a"))->secret, QByteArray("first"));
        QCOMPARE(store.remove(QStringLiteral("a"))->status, SecretStore::Status::Ok);
        QCOMPARE(store.read(QStringLiteral("b"))->secret, QByteArray("second"));
        QCOMPARE(store.remove(QStringLiteral("b"))->status, SecretStore::Status::Ok);
    }

    void noKeychainMeansUnavailable()
    {
        if (!qEnvironmentVariableIsSet("CPC_TEST_DEAD_BUS")) {
            QSKIP("needs a dead session bus (the tst_keychainsecretstore_nobackend CTest entry)");
        }
        Store store;
        const auto written = store.write(QStringLiteral("connection-1"), "secret");
        QVERIFY2(written, "the keychain never answered");
        QVERIFY2(written->status == SecretStore::Status::Unavailable, statusText(written).constData());
        QVERIFY2(written->message.contains(QLatin1String("memory")), qPrintable(written->message));
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
