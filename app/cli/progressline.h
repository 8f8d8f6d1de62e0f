#pragma once

#include <QElapsedTimer>
#include <QString>

#include <chrono>

class QTextStream;

// A long command's progress on stderr, as a person or a log reads it: on a terminal one line
// redrawn in place (carriage return); otherwise, so a log or a CI console is not flooded, a plain
// line at most every `interval` and the last state at the end; nothing at all when quiet.
class ProgressLine final
{
public:
    enum class Mode { Terminal, Plain, Quiet };
    static constexpr std::chrono::milliseconds PlainInterval { 2000 };

    ProgressLine(QTextStream &stream, Mode mode, std::chrono::milliseconds interval = PlainInterval);
    // Terminal when stderr is one (isatty), Plain otherwise; Quiet when asked.
    static Mode modeForStderr(bool quiet);

    void show(const QString &text);
    // Leaves the last text on its own line, so what follows starts on a fresh one.
    void finish();

private:
    void write(const QString &text);

    QTextStream &m_stream;
    Mode m_mode;
    std::chrono::milliseconds m_interval;
    QElapsedTimer m_sinceWritten;
    QString m_last;
    QString m_written;
    qsizetype m_width = 0; // of the line on the terminal, to blank what a shorter one leaves
};
