#include "SimCommandLine.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("textdesk-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEXTDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return textdesk::sim::SimCommandLine::run(app, out, err);
}
