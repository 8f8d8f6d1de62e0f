#pragma once

#include <QObject>

class QWidget;

// Waits for the window's first paint, then prints "shown <peak RSS in KiB>" on stdout and quits.
// The harness times the process from launch to that line.
class ShownProbe final : public QObject
{
    Q_OBJECT

public:
    explicit ShownProbe(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_reported = false;
};
