#pragma once

#include "core/Clock.h"

#include <QtCore/QString>

class QTextStream;

namespace textdesk::cli {

// Progress of a long command on stderr. On a terminal, one line rewritten in place; into a file
// or a pipe (a log), a line every few seconds, so that hundreds of attachments of a first sync
// are not hundreds of lines, and the summary at the end.
class ProgressLine
{
public:
    ProgressLine(QTextStream &err, bool terminal, Clock &clock, qint64 intervalMs = 3000);
    ~ProgressLine();

    // Shows the state; `milestone` (a page) is always written, the rest at most every interval.
    void update(const QString &text, bool milestone = false);
    // The last word: always written, on a line of its own.
    void finish(const QString &summary);
    // Ends an in-place line before other output.
    void breakLine();

    // Whether standard error is a terminal.
    static bool stderrIsTerminal();

private:
    QTextStream &m_err;
    bool m_terminal;
    Clock &m_clock;
    qint64 m_intervalMs;
    qint64 m_lastMs = -1;
    bool m_open = false; // an in-place line is on screen
};

} // namespace textdesk::cli
