// Linked into every test executable by textdesk_add_test() (an OBJECT library, so that no
// test can leave it out): before main() runs, QStandardPaths (and with it QSettings, the default
// workspace and the training workspace) point into ~/.qttest instead of the user's own files,
// the computer-wide settings are an empty file, and no proxy comes from the environment.
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QStandardPaths>

#include <cstdlib>

namespace {

QString &scratchFolder()
{
    static QString folder;
    return folder;
}

void removeScratchFolder()
{
    if (!scratchFolder().isEmpty())
        QDir(scratchFolder()).removeRecursively();
}

void enterTestMode()
{
    QStandardPaths::setTestModeEnabled(true);
    for (const char *name : { "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                              "ALL_PROXY", "no_proxy", "NO_PROXY" })
        qunsetenv(name);
    // An administrator's /etc/textdesk/textdesk.ini (training off, a preset account) must not
    // change what a test sees, in this process or in a textdesk it starts.
    scratchFolder() = QDir::temp().filePath(
        QStringLiteral("textdesk-test-%1").arg(QCoreApplication::applicationPid()));
    QDir().mkpath(scratchFolder());
    const QString machine = scratchFolder() + QStringLiteral("/machine.ini");
    QFile(machine).open(QIODevice::WriteOnly | QIODevice::Truncate);
    qputenv("TEXTDESK_MACHINE_CONFIG", QFile::encodeName(machine));
    std::atexit(removeScratchFolder);
}

} // namespace

Q_CONSTRUCTOR_FUNCTION(enterTestMode)
