#include "results/clipboardguard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultClearInterval);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        clearIfStillOurs();
        Q_EMIT expired();
    });
}

ClipboardGuard::~ClipboardGuard()
{
    clearIfStillOurs();
}

void ClipboardGuard::setClearInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

std::chrono::milliseconds ClipboardGuard::clearInterval() const
{
    return m_timer.intervalAsDuration();
}

void ClipboardGuard::copySecret(const QString &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
    // Read by Klipper and other clipboard managers: do not keep this in the history.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    // Only the clipboard, never the X11 selection: a secret goes where the user asked.
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_secret = secret;
    m_timer.start();
}

void ClipboardGuard::clearIfStillOurs()
{
    if (m_secret.isEmpty()) {
        return;
    }
    QClipboard *clipboard = qGuiApp ? QGuiApplication::clipboard() : nullptr;
    if (clipboard && clipboard->text(QClipboard::Clipboard) == m_secret) {
        clipboard->clear(QClipboard::Clipboard);
    }
    m_secret.clear();
}
