#include "support/testhttpserver.h"

#include <QFile>
#include <QProcess>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace {

const QByteArray kHeaderEnd = "\r\n\r\n";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 504:
        return "Gateway Time-out";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QUrl TestHttpServer::Request::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1")).resolved(QUrl::fromEncoded(target));
}

QString TestHttpServer::Request::queryValue(const QString &key) const
{
    return QUrlQuery(url()).queryItemValue(key, QUrl::FullyDecoded);
}

TestHttpServer::Response TestHttpServer::Response::json(const QByteArray &body, int status)
{
    Response response;
    response.status = status;
    response.body = body;
    return response;
}

TestHttpServer::Response TestHttpServer::Response::hang()
{
    Response response;
    response.behaviour = Behaviour::Hang;
    return response;
}

TestHttpServer::Response TestHttpServer::Response::drop()
{
    Response response;
    response.behaviour = Behaviour::Drop;
    return response;
}

TestHttpServer::Response TestHttpServer::Response::close()
{
    Response response;
    response.behaviour = Behaviour::Close;
    return response;
}

TestHttpServer::Response TestHttpServer::Response::trickle(
    const QByteArray &body, std::chrono::milliseconds interval)
{
    Response response = json(body);
    response.behaviour = Behaviour::Trickle;
    response.trickleInterval = interval;
    return response;
}

TestHttpServer::Response TestHttpServer::Response::echoPage(const Request &request, int status)
{
    const QByteArray sig = request.queryValue(QStringLiteral("usersig")).toUtf8();
    const QByteArray encoded = sig.toPercentEncoding();
    QByteArray lowerHex = encoded;
    for (qsizetype i = lowerHex.indexOf('%'); i >= 0; i = lowerHex.indexOf('%', i + 1)) {
        lowerHex.replace(i + 1, 2, lowerHex.mid(i + 1, 2).toLower());
    }
    Response response = json("<html><head><title>" + QByteArray::number(status) + ' ' + reasonPhrase(status)
            + "</title></head><body><h1>" + reasonPhrase(status) + "</h1><p>The upstream failed on: "
            + request.method + ' ' + request.target + " HTTP/1.1</p><p>usersig: " + sig
            + "</p><p>encoded: " + encoded + "</p><p>lower: " + lowerHex + "</p></body></html>",
        status);
    response.contentType = "text/html";
    return response;
}

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
    , m_handler([](const Request &) {
        return Response::json(R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""})");
    })
{
    m_clock.start();
}

TestHttpServer::~TestHttpServer() = default;

int TestHttpServer::mostRequestsInAnySecond() const
{
    int most = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < m_requests.size(); ++last) {
        while (m_requests.at(last).arrivedAt - m_requests.at(first).arrivedAt >= std::chrono::seconds(1)) {
            ++first;
        }
        most = std::max(most, int(last - first + 1));
    }
    return most;
}

bool TestHttpServer::listen()
{
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            accept(socket);
        }
    });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool TestHttpServer::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    server->setSslConfiguration(configuration);
    // A handshake the client aborts never yields a pending connection, so count the attempt here.
    connect(server.get(), &QSslServer::startedEncryptionHandshake, this, [this] { ++m_connectionCount; });
    m_tls = true;
    m_server = std::move(server);
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            accept(socket);
        }
    });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 TestHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl TestHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void TestHttpServer::enqueue(const Response &response)
{
    m_queue.append(response);
}

void TestHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void TestHttpServer::accept(QTcpSocket *socket)
{
    if (!m_tls) {
        ++m_connectionCount;
    }
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        if (!m_answered.remove(socket)) {
            ++m_abandonedConnections;
            Q_EMIT connectionAbandoned();
        }
        socket->deleteLater();
    });
    readFrom(socket);
}

void TestHttpServer::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf(kHeaderEnd);
    if (headerEnd < 0) {
        return;
    }
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            request.headers.insert(
                lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    const qsizetype bodyStart = headerEnd + kHeaderEnd.size();
    if (buffer.size() - bodyStart < length) {
        return; // wait for the rest of the body
    }
    request.body = buffer.mid(bodyStart, length);
    buffer.clear();
    request.arrivedAt = std::chrono::nanoseconds(m_clock.nsecsElapsed());
    m_requests.append(request);
    respond(socket, request);
    Q_EMIT requestReceived();
}

void TestHttpServer::respond(QTcpSocket *socket, const Request &request)
{
    const Response response = m_queue.isEmpty() ? m_handler(request) : m_queue.takeFirst();
    switch (response.behaviour) {
    case Response::Behaviour::Hang:
        return;
    case Response::Behaviour::Drop:
        m_answered.insert(socket);
        socket->abort();
        return;
    case Response::Behaviour::Close:
        m_answered.insert(socket);
        socket->disconnectFromHost();
        return;
    case Response::Behaviour::Respond:
    case Response::Behaviour::Trickle:
        break;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
        + "\r\nContent-Type: " + response.contentType
        + "\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    if (response.behaviour == Response::Behaviour::Trickle) {
        socket->write(head);
        trickle(socket, response.body, response.trickleInterval);
        return;
    }
    m_answered.insert(socket);
    socket->write(head + response.body);
    socket->disconnectFromHost();
}

void TestHttpServer::trickle(QTcpSocket *socket, const QByteArray &body, std::chrono::milliseconds interval)
{
    // Owned by the socket, so it stops when the client goes away and the socket is deleted. Until
    // the last byte is out the answer is still owed: a client that gives up abandons it.
    auto *timer = new QTimer(socket);
    auto remaining = std::make_shared<QByteArray>(body);
    connect(timer, &QTimer::timeout, socket, [this, socket, timer, remaining] {
        if (remaining->isEmpty()) {
            timer->stop();
            m_answered.insert(socket);
            socket->disconnectFromHost();
            return;
        }
        socket->write(remaining->left(1));
        remaining->remove(0, 1);
    });
    timer->start(interval);
}

TestCertificate TestCertificate::generate(QString *error)
{
    QTemporaryDir dir;
    const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
            QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath });
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: ") + openssl.errorString() + QLatin1Char(' ')
            + QString::fromLocal8Bit(openssl.readAllStandardError());
        return TestCertificate();
    }
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the generated certificate");
        return TestCertificate();
    }
    return { QSslCertificate(certFile.readAll(), QSsl::Pem),
        QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem) };
}
