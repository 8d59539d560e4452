#include "ProgressLine.h"

#include <QtCore/QTextStream>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define TEXTDESK_ISATTY _isatty
#define TEXTDESK_FILENO _fileno
#else
#include <unistd.h>
#define TEXTDESK_ISATTY isatty
#define TEXTDESK_FILENO fileno
#endif

namespace textdesk::cli {

ProgressLine::ProgressLine(QTextStream &err, bool terminal, Clock &clock, qint64 intervalMs)
    : m_err(err)
    , m_terminal(terminal)
    , m_clock(clock)
    , m_intervalMs(intervalMs)
{ }

ProgressLine::~ProgressLine()
{
    breakLine();
}

bool ProgressLine::stderrIsTerminal()
{
    return TEXTDESK_ISATTY(TEXTDESK_FILENO(stderr)) != 0;
}

void ProgressLine::update(const QString &text, bool milestone)
{
    if (m_terminal) {
        // Back to the start of the line, the text, the rest of the old line cleared.
        m_err << '\r' << text << "\x1b[K" << Qt::flush;
        m_open = true;
        return;
    }
    const qint64 now = m_clock.nowMs();
    if (milestone || m_lastMs < 0 || now - m_lastMs >= m_intervalMs) {
        m_err << text << Qt::endl;
        m_lastMs = now;
    }
}

void ProgressLine::finish(const QString &summary)
{
    if (m_terminal) {
        m_err << '\r' << summary << "\x1b[K" << Qt::endl;
        m_open = false;
    } else {
        m_err << summary << Qt::endl;
    }
}

void ProgressLine::breakLine()
{
    if (m_open) {
        m_err << Qt::endl;
        m_open = false;
    }
}

} // namespace textdesk::cli
