// How fast and how big the Sandbox is, each against a baseline measured in the same run:
// - portrait_set calls/s answered over 16 keep-alive loopback connections, against a bare
//   QHttpServer that answers the same URL with a fixed body (the cost of HTTP alone);
// - resident memory with 100,000 stored profiles, against the same server with an empty store.
// Run by hand: sandbox_bench [seconds per throughput run, default 3]. Build it in Release.
#include "sandboxclient.h"
#include "serverthread.h"

#include "sandbox/sandboxserver.h"
#include "usersig/usersig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <memory>

namespace {

constexpr int Connections = 16;
constexpr int StoredProfiles = 100000;
constexpr quint64 AppId = 1400000000;
const QByteArray Key = QByteArrayLiteral("5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e");
const QString Admin = QStringLiteral("administrator");

QString account(int i)
{
    return QStringLiteral("user_%1").arg(i, 6, 10, QLatin1Char('0'));
}

// A realistic profile: a few strings, two numbers and a custom field.
SandboxProfile profileFor(int i)
{
    return {
        { QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("用户 %1").arg(i) },
        { QStringLiteral("Tag_Profile_IM_Gender"), QStringLiteral("Gender_Type_Female") },
        { QStringLiteral("Tag_Profile_IM_BirthDay"), 19900101 + i % 28 },
        { QStringLiteral("Tag_Profile_IM_SelfSignature"),
            QStringLiteral("Hello from account number %1").arg(i) },
        { QStringLiteral("Tag_Profile_IM_Level"), i % 100 },
        { QStringLiteral("Tag_Profile_Custom_Hobby"), QStringLiteral("chess") },
    };
}

SandboxConfig benchConfig()
{
    SandboxConfig config;
    config.sdkAppId = AppId;
    config.secretKey = Key;
    config.admins = QStringList { Admin };
    config.customTags.insert(QStringLiteral("Tag_Profile_Custom_Hobby"),
        CustomTagAccessFlag::AdminRead | CustomTagAccessFlag::AdminWrite);
    config.rateLimitPerSecond = 0; // the limit would cap exactly what is measured
    return config;
}

SandboxStore storeWith(int profiles)
{
    SandboxStore store;
    for (int i = 0; i < profiles; ++i) {
        store.addAccount(account(i));
        store.setItems(account(i), profileFor(i));
    }
    return store;
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return -1;
    }
    // /proc files report a size of 0, so read them whole rather than line by line to atEnd().
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).simplified().split(' ').constFirst().toLongLong();
        }
    }
    return -1;
}

// One keep-alive connection that sends the next request as soon as the previous answer is in.
// It speaks raw HTTP/1.1 on purpose: QNetworkAccessManager costs more CPU per call than the
// server under test and would measure itself.
class LoadConnection final : public QObject
{
public:
    LoadConnection(const QUrl &server, const std::function<QByteArray()> &nextRequest, QObject *parent)
        : QObject(parent)
        , m_nextRequest(nextRequest)
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this] { m_socket.write(m_nextRequest()); });
        connect(&m_socket, &QTcpSocket::readyRead, this, &LoadConnection::readAnswers);
        m_socket.connectToHost(server.host(), quint16(server.port()));
    }

    qint64 answered = 0;
    qint64 failed = 0;
    bool running = true;

private:
    void readAnswers()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                return;
            }
            const QByteArray header = m_buffer.left(headerEnd).toLower();
            const qsizetype lengthAt = header.indexOf("content-length:");
            const qsizetype length = lengthAt < 0
                ? 0
                : header.mid(lengthAt + 15, header.indexOf('\r', lengthAt) - lengthAt - 15)
                      .trimmed()
                      .toLongLong();
            if (m_buffer.size() < headerEnd + 4 + length) {
                return;
            }
            const QByteArray body = m_buffer.mid(headerEnd + 4, length);
            m_buffer.remove(0, headerEnd + 4 + length);
            if (header.startsWith("http/1.1 200") && body.contains("\"ErrorCode\":0")) {
                ++answered;
            } else {
                ++failed;
            }
            if (running) {
                m_socket.write(m_nextRequest());
            }
        }
    }

    std::function<QByteArray()> m_nextRequest;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

struct Throughput
{
    double callsPerSecond = 0;
    qint64 failed = 0;
};

Throughput measure(const QUrl &server, int seconds)
{
    const QString sig = UserSig::generate(AppId, Admin, Key, 86400, QDateTime::currentSecsSinceEpoch());
    const QUrlQuery query = SandboxClient::query(AppId, Admin, sig);
    const QByteArray target = "/v4/profile/portrait_set?" + query.toString(QUrl::FullyEncoded).toUtf8();
    int sequence = 0;
    const auto nextRequest = [&]() -> QByteArray { // not QStringBuilder: it would outlive its parts
        ++sequence;
        const QJsonObject body { { QStringLiteral("From_Account"), account(sequence % StoredProfiles) },
            { QStringLiteral("ProfileItem"),
                QJsonArray { QJsonObject { { QStringLiteral("Tag"), QStringLiteral("Tag_Profile_IM_Level") },
                                 { QStringLiteral("Value"), sequence % 100 } },
                    QJsonObject { { QStringLiteral("Tag"), QStringLiteral("Tag_Profile_IM_Nick") },
                        { QStringLiteral("Value"), QStringLiteral("Nick %1").arg(sequence) } } } } };
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return "POST " + target + " HTTP/1.1\r\nHost: " + server.host().toUtf8()
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size())
            + "\r\n\r\n" + json;
    };

    QObject owner;
    std::vector<LoadConnection *> connections;
    for (int i = 0; i < Connections; ++i) {
        connections.push_back(new LoadConnection(server, nextRequest, &owner));
    }
    const auto total = [&] {
        qint64 sum = 0;
        for (const LoadConnection *connection : connections) {
            sum += connection->answered;
        }
        return sum;
    };
    QEventLoop loop;
    // Half a second of warm-up (connections, caches), then the measured window.
    QTimer::singleShot(500, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 before = total();
    QElapsedTimer clock;
    clock.start();
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 answered = total() - before;
    const double elapsed = clock.nsecsElapsed() / 1e9;
    Throughput result { answered / elapsed, 0 };
    for (LoadConnection *connection : connections) {
        connection->running = false;
        result.failed += connection->failed;
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 3;
    QTextStream out(stdout);

    // Memory first, in a fresh process: one server with an empty store, then one with 100,000.
    const qint64 startKiB = residentKiB();
    const auto emptyServer = std::make_unique<SandboxServer>(benchConfig());
    if (!emptyServer->listen()) {
        return 1;
    }
    const qint64 emptyKiB = residentKiB();
    std::unique_ptr<SandboxServer> fullServer;
    {
        fullServer = std::make_unique<SandboxServer>(benchConfig(), storeWith(StoredProfiles));
        if (!fullServer->listen()) {
            return 1;
        }
    }
    const qint64 fullKiB = residentKiB();
    out << "memory: process with an empty-store Sandbox " << emptyKiB / 1024.0 << " MiB ("
        << startKiB / 1024.0 << " MiB before it); with " << StoredProfiles << " stored profiles "
        << fullKiB / 1024.0 << " MiB; ratio " << double(fullKiB) / emptyKiB << "; "
        << (fullKiB - emptyKiB) * 1024.0 / StoredProfiles << " bytes per profile of 6 fields" << Qt::endl;
    fullServer.reset();

    const QByteArray fixedBody
        = QByteArrayLiteral(R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""})");
    Throughput baseline;
    {
        ServerThread thread([&fixedBody]() -> std::pair<std::unique_ptr<QObject>, QUrl> {
            auto server = std::make_unique<QHttpServer>();
            server->route(QStringLiteral("/v4/profile/portrait_set"), [&fixedBody] {
                return QHttpServerResponse(QByteArrayLiteral("application/json"), fixedBody);
            });
            const quint16 port = server->listen(QHostAddress::LocalHost, 0);
            return { std::move(server), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)) };
        });
        baseline = measure(thread.url(), seconds);
    }
    Throughput sandbox;
    {
        ServerThread thread([]() -> std::pair<std::unique_ptr<QObject>, QUrl> {
            auto server = std::make_unique<SandboxServer>(benchConfig(), storeWith(StoredProfiles));
            server->listen();
            const QUrl url = server->baseUrl();
            return { std::move(server), url };
        });
        sandbox = measure(thread.url(), seconds);
    }
    out << "throughput (" << Connections << " loopback connections, " << seconds
        << " s each): bare QHttpServer with a fixed body " << qRound(baseline.callsPerSecond)
        << " calls/s; Sandbox portrait_set (store of " << StoredProfiles << ") "
        << qRound(sandbox.callsPerSecond) << " calls/s; ratio "
        << sandbox.callsPerSecond / baseline.callsPerSecond << "; " << sandbox.callsPerSecond / 200.0
        << "x the documented 200 calls/s limit; failed answers " << sandbox.failed + baseline.failed
        << Qt::endl;
    return sandbox.failed + baseline.failed == 0 ? 0 : 1;
}
