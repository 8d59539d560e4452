#pragma once

#include "SimulatorOptions.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

#include <optional>

class QTextStream;

namespace textdesk::sim {

// The textdesk-sim executable, minus main().
class SimCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::sim::SimCommandLine)
public:
    enum Exit { Ok = 0, Failed = 1, Usage = 2 };

    // Options from `arguments` (QCoreApplication::arguments()). nullopt when the process should
    // end now with *exitCode: after --help or --version (Ok) or a bad argument (Usage, the
    // reason written to err).
    static std::optional<SimulatorOptions> parse(const QStringList &arguments, QTextStream &out,
                                                 QTextStream &err, int *exitCode);

    // Parses, starts the simulator, prints "listening on http://HOST:PORT" once it listens, and
    // runs until SIGINT/SIGTERM (saving --data on the way out).
    static int run(QCoreApplication &app, QTextStream &out, QTextStream &err);
};

} // namespace textdesk::sim
