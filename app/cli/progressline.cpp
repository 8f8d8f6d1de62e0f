#include "cli/progressline.h"

#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

ProgressLine::ProgressLine(QTextStream &stream, Mode mode, std::chrono::milliseconds interval)
    : m_stream(stream)
    , m_mode(mode)
    , m_interval(interval)
{ }

ProgressLine::Mode ProgressLine::modeForStderr(bool quiet)
{
    if (quiet) {
        return Mode::Quiet;
    }
#ifdef Q_OS_UNIX
    return ::isatty(::fileno(stderr)) ? Mode::Terminal : Mode::Plain;
#else
    return Mode::Plain;
#endif
}

void ProgressLine::show(const QString &text)
{
    m_last = text;
    if (text == m_written) {
        return;
    }
    if (m_mode == Mode::Terminal || !m_sinceWritten.isValid()
        || m_sinceWritten.elapsed() >= m_interval.count()) {
        write(text);
    }
}

void ProgressLine::finish()
{
    if (m_mode == Mode::Quiet || m_last.isEmpty()) {
        return;
    }
    if (m_written != m_last) {
        write(m_last);
    }
    if (m_mode == Mode::Terminal) {
        m_stream << '\n';
        m_stream.flush();
    }
    m_last.clear();
    m_written.clear();
    m_width = 0;
    m_sinceWritten.invalidate();
}

void ProgressLine::write(const QString &text)
{
    switch (m_mode) {
    case Mode::Quiet:
        return;
    case Mode::Terminal:
        m_stream << '\r' << text;
        if (text.size() < m_width) {
            m_stream << QString(m_width - text.size(), QLatin1Char(' '));
        }
        m_width = text.size();
        break;
    case Mode::Plain:
        m_stream << text << '\n';
        break;
    }
    m_stream.flush();
    m_written = text;
    m_sinceWritten.start();
}
