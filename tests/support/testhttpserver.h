#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

// A tiny HTTP/1.1 server on 127.0.0.1, port 0, for tests that must go over real loopback HTTP (or
// HTTPS) instead of mocked replies. Each request gets the next scripted response; the script can
// also hang, drop or close the connection, trickle the body, or send any status and body,
// including huge or malformed ones.
// One request per connection ("Connection: close") keeps the bookkeeping simple.
class TestHttpServer final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query exactly as sent on the request line
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
        // When the whole request had been read, on a monotonic clock started with the server:
        // a test counts the calls in any sliding second as the server saw them.
        std::chrono::nanoseconds arrivedAt {};

        QUrl url() const; // target resolved against http://127.0.0.1
        QString queryValue(const QString &key) const; // fully decoded
    };

    struct Response
    {
        enum class Behaviour {
            Respond,
            Hang, // read the request, never answer
            Drop, // read the request, then reset the connection (RST) without a byte
            Close, // read the request, then close the connection in order (FIN) without a byte
            Trickle, // send the head at once, then the body one byte every trickleInterval
        };
        Behaviour behaviour = Behaviour::Respond;
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        std::chrono::milliseconds trickleInterval { 100 };

        static Response json(const QByteArray &body, int status = 200);
        static Response hang();
        static Response drop();
        static Response close();
        static Response trickle(const QByteArray &body, std::chrono::milliseconds interval);
        // An HTML error page quoting the request back, as gateways do: the request line as sent,
        // and the usersig value decoded, fully percent-encoded and in lower-case hex.
        static Response echoPage(const Request &request, int status);
    };

    using Handler = std::function<Response(const Request &)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    // Plain HTTP on 127.0.0.1 with an OS-chosen port.
    bool listen();
    // HTTPS with the given certificate (self-signed in tests: clients must refuse it).
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key);

    quint16 port() const;
    QUrl baseUrl() const; // http(s)://127.0.0.1:PORT

    // Responses are served in order; once the queue is empty the handler answers (by default a
    // REST "OK" envelope).
    void enqueue(const Response &response);
    void setHandler(Handler handler);

    const QList<Request> &requests() const { return m_requests; }
    // The most requests that arrived within any one second (a window sliding with every arrival).
    int mostRequestsInAnySecond() const;
    // TCP connections accepted so far, including ones that never completed a request.
    int connectionCount() const { return m_connectionCount; }
    // Connections the client closed while this server still owed them an answer (a request left
    // hanging, or one not yet read whole): how a test sees that a client really aborted.
    int abandonedConnections() const { return m_abandonedConnections; }

Q_SIGNALS:
    void requestReceived();
    void connectionAbandoned();

private:
    void accept(QTcpSocket *socket);
    void readFrom(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Request &request);
    void trickle(QTcpSocket *socket, const QByteArray &body, std::chrono::milliseconds interval);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QList<Response> m_queue;
    Handler m_handler;
    QList<Request> m_requests;
    QElapsedTimer m_clock;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_answered; // answered or dropped by this server: their close is no news
    int m_connectionCount = 0;
    int m_abandonedConnections = 0;
};

// A throw-away self-signed certificate for 127.0.0.1, made with openssl at test time.
struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;

    // Empty certificate when openssl is missing or fails; the error goes to *error.
    static TestCertificate generate(QString *error);
};
