#include "sandbox/sandboxserver.h"

#include "sandbox/faultinjector.h"
#include "sandbox/sandboxhttpserver.h"
#include "sandbox/sandboxservice.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {
// Long enough to coalesce a burst of writes into one file write, short enough that little is lost
// if the process is killed without the chance to save.
constexpr int SaveDelayMs = 500;

const QByteArray JsonMime = QByteArrayLiteral("application/json");

// What a failing reverse proxy in front of the service answers.
const QByteArray BadGatewayPage = QByteArrayLiteral(
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
    "Gateway</h1></center>\r\n</body>\r\n</html>\r\n");
} // namespace

SandboxServer::SandboxServer(SandboxConfig config, SandboxStore initial, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_store(std::move(initial))
    , m_service(std::make_unique<SandboxService>(m_config, m_store))
    , m_faults(std::make_unique<FaultInjector>(m_config.faults))
    , m_http(std::make_unique<SandboxHttpServer>(*this))
    , m_saveTimer(new QTimer(this))
{
    for (const QString &admin : qAsConst(m_config.admins)) {
        m_store.addAccount(admin);
    }
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] {
        if (!save()) {
            Q_EMIT saveFailed(m_error);
        }
    });
}

SandboxServer::~SandboxServer()
{
    if (m_dirty && !save()) {
        qWarning("%s", qPrintable(m_error));
    }
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_loaded && !m_config.dataFile.isEmpty() && !m_store.load(m_config.dataFile, &m_error)) {
        return false;
    }
    m_loaded = true;
    auto tcp = std::make_unique<QTcpServer>();
    if (!tcp->listen(address, port)) {
        m_error = tr("The Sandbox cannot listen on %1 port %2: %3. Pick another address or port.")
                      .arg(address.toString())
                      .arg(port)
                      .arg(tcp->errorString());
        return false;
    }
    m_tcp = tcp.release();
    m_http->bind(m_tcp);
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    if (!m_tcp) {
        return {};
    }
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_tcp->serverAddress().toString());
    url.setPort(m_tcp->serverPort());
    return url;
}

QString SandboxServer::errorString() const
{
    return m_error;
}

bool SandboxServer::save()
{
    m_saveTimer->stop();
    if (m_config.dataFile.isEmpty() || !m_dirty) {
        return true;
    }
    if (!m_store.save(m_config.dataFile, &m_error)) {
        return false;
    }
    m_dirty = false;
    return true;
}

void SandboxServer::scheduleSave()
{
    m_dirty = true;
    if (!m_config.dataFile.isEmpty() && !m_saveTimer->isActive()) {
        m_saveTimer->start();
    }
}

void SandboxServer::serve(
    const QHttpServerRequest &request, QTcpSocket *socket, QHttpServerResponder &&responder)
{
    switch (m_faults->roll()) {
    case FaultInjector::Fault::DropConnection:
        // Aborting right here would delete the request QAbstractHttpServer is still working
        // on (Qt 6.4 frees it in the socket's disconnected handler), so the drop is queued.
        QMetaObject::invokeMethod(socket, &QAbstractSocket::abort, Qt::QueuedConnection);
        return;
    case FaultInjector::Fault::BadGateway:
        respond(socket, std::move(responder), 502, QByteArrayLiteral("text/html"), BadGatewayPage);
        return;
    case FaultInjector::Fault::MalformedBody: {
        // A body cut off mid-way, as a broken proxy or a reset stream would leave it.
        const QByteArray json = QJsonDocument(SandboxService::envelope(0)).toJson(QJsonDocument::Compact);
        respond(socket, std::move(responder), 200, JsonMime, json.left(json.size() / 2));
        return;
    }
    case FaultInjector::Fault::InternalError:
        respond(socket, std::move(responder), 200, JsonMime,
            QJsonDocument(SandboxService::envelope(40006)).toJson(QJsonDocument::Compact));
        return;
    case FaultInjector::Fault::None:
        break;
    }
    const SandboxService::Answer answer = m_service->handle({ request.url().path(),
        request.method() == QHttpServerRequest::Method::Post, request.query(), request.body() });
    if (answer.storeChanged) {
        scheduleSave();
    }
    Q_EMIT callAnswered(request.url().path(), answer.body.value(QLatin1String("ErrorCode")).toInt());
    respond(socket, std::move(responder), 200, JsonMime,
        QJsonDocument(answer.body).toJson(QJsonDocument::Compact));
}

void SandboxServer::respond(QTcpSocket *socket, QHttpServerResponder &&responder, int httpStatus,
    const QByteArray &mimeType, const QByteArray &body)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(httpStatus);
    if (m_faults->latencyMs() <= 0) {
        responder.write(body, mimeType, status);
        return;
    }
    // The responder is move-only and QTimer wants a copyable functor, hence the shared_ptr. The
    // socket is the context: when the client has gone, the answer is dropped with it.
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(m_faults->latencyMs(), socket, [socket, pending, body, mimeType, status] {
        if (socket->state() == QAbstractSocket::ConnectedState) {
            pending->write(body, mimeType, status);
        }
    });
}
