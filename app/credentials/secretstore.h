#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

// Where a secret (an app's secret key) is kept between sessions, addressed by a key such as the
// connection id. Every operation is asynchronous, like the system keychains behind it: the answer
// arrives through `done`, called later from the event loop, and never once `context` is gone.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,
        // No keychain service can be reached; the message says so in plain words.
        Unavailable,
        Failed,
    };
    struct Result
    {
        Status status = Status::Failed;
        QByteArray secret; // only for a successful read
        QString message; // translated, empty on success
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QByteArray &secret, QObject *context, Callback done) = 0;
    // Removing what is not there succeeds: the point is that the secret is gone afterwards.
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

protected:
    static Result notFound();
    // `detail` is the keychain's own words, for whoever has to fix the keychain.
    static Result unavailable(const QString &detail = {});
};
