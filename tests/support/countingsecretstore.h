#pragma once

#include "credentials/secretstore.h"

#include <QHash>
#include <QMetaObject>

// A keychain kept in memory that counts every read, write and remove asked of it, per entry: with
// a real keychain each one is a round trip that may raise an unlock prompt. It answers from the
// event loop, as a real keychain does. Header-only, for tests that link cpc_credentials.
class CountingSecretStore final : public SecretStore
{
public:
    struct Calls
    {
        int reads = 0;
        int writes = 0;
        int removes = 0;
        int total() const { return reads + writes + removes; }
    };

    using SecretStore::SecretStore;

    Calls calls(const QString &key) const { return m_calls.value(key); }
    int totalCalls() const
    {
        int total = 0;
        for (const Calls &calls : m_calls) {
            total += calls.total();
        }
        return total;
    }

    // What the keychain holds for `key` now (a null array for nothing), without counting a read.
    QByteArray held(const QString &key) const { return m_held.value(key); }
    // An entry remembered in an earlier session, put in place without counting a write.
    void preload(const QString &key, const QByteArray &secret) { m_held.insert(key, secret); }

    void read(const QString &key, QObject *context, Callback done) override
    {
        ++m_calls[key].reads;
        const auto found = m_held.constFind(key);
        answerLater(context, std::move(done),
            found == m_held.constEnd() ? notFound() : Result { Status::Ok, *found, {} });
    }
    void write(const QString &key, const QByteArray &secret, QObject *context, Callback done) override
    {
        ++m_calls[key].writes;
        m_held.insert(key, secret);
        answerLater(context, std::move(done), { Status::Ok, {}, {} });
    }
    void remove(const QString &key, QObject *context, Callback done) override
    {
        ++m_calls[key].removes;
        m_held.remove(key);
        answerLater(context, std::move(done), { Status::Ok, {}, {} });
    }

private:
    static void answerLater(QObject *context, Callback done, Result result)
    {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), result = std::move(result)] { done(result); },
            Qt::QueuedConnection);
    }

    QHash<QString, Calls> m_calls;
    QHash<QString, QByteArray> m_held;
};
