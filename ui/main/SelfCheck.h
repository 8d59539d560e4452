#pragma once

#include <QCoreApplication>

class QApplication;
class QTextStream;

namespace textdesk {

// `textdesk self-check`: proves that this installation works end to end without touching the
// user's data: the SQLite cache (WAL, FTS5, migrations) in a throw-away workspace, phone numbers,
// TLS, image decoding, the embedded translations, the training provider over loopback HTTP (a
// sync and a send), and the main window painted offscreen. One line per check; exit code 0 when
// every required check passed. Installers and the offline bundle's test run it.
class SelfCheck
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::SelfCheck)
public:
    static bool isRequested(int argc, char **argv);
    static int run(QApplication &app, QTextStream &out);
};

} // namespace textdesk
