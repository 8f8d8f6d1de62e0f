#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

// Puts a secret on the clipboard for a short while only, as password managers do (KeePassXC's
// Clipboard): clipboard managers that honour the hint keep it out of their history, and after the
// interval, or when the guard goes (the window closes), the clipboard is cleared if it still holds
// that text. Text the user copied since is left alone.
class ClipboardGuard final : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultClearInterval { 30000 };

    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override;

    // Tests shorten it; the confirmation quotes it.
    void setClearInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds clearInterval() const;

    // Copies secret and starts the countdown (again) for it.
    void copySecret(const QString &secret);

Q_SIGNALS:
    // The interval of the last copySecret() ran out; the clipboard was cleared if it still held it.
    void expired();

private:
    void clearIfStillOurs();

    QTimer m_timer;
    QString m_secret;
};
