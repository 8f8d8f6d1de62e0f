#pragma once

#include <QEventLoop>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>
#include <future>
#include <memory>
#include <utility>

// Runs a server on its own thread (so the client under test does not share its event loop, as a
// real server would not) until destroyed.
class ServerThread final
{
public:
    // make() runs on the server thread and returns the listening server and its URL.
    explicit ServerThread(std::function<std::pair<std::unique_ptr<QObject>, QUrl>()> make)
    {
        std::promise<QUrl> url;
        m_thread.reset(QThread::create([make = std::move(make), &url] {
            auto [server, serverUrl] = make();
            url.set_value(serverUrl);
            QEventLoop loop; // QThread::quit() ends it
            loop.exec();
        }));
        m_thread->start();
        m_url = url.get_future().get();
    }
    ~ServerThread()
    {
        m_thread->quit();
        m_thread->wait();
    }
    ServerThread(const ServerThread &) = delete;
    ServerThread &operator=(const ServerThread &) = delete;

    QUrl url() const { return m_url; }

private:
    std::unique_ptr<QThread> m_thread;
    QUrl m_url;
};
