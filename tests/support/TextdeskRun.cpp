#include "TextdeskRun.h"

#include "TestWorkspace.h"

#include <QtCore/QProcess>
#include <QtTest/QSignalSpy>

namespace textdesk::test {

QProcessEnvironment textdeskEnvironment(const QByteArray &tokenEnv)
{
    QProcessEnvironment env = childEnvironment();
    for (const char *name :
         { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "TEXTDESK_AUTH_TOKEN" })
        env.remove(QLatin1String(name));
    if (!tokenEnv.isEmpty())
        env.insert(QStringLiteral("TEXTDESK_AUTH_TOKEN"), QString::fromLatin1(tokenEnv));
    // The commands speak the terminal's language: the tests read English, whatever the
    // developer's own locale.
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

Run runTextdesk(const QString &binary, const QStringList &arguments, const QByteArray &stdinText,
                const QByteArray &tokenEnv)
{
    QProcess process;
    process.setProcessEnvironment(textdeskEnvironment(tokenEnv));
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(binary, arguments);
    process.write(stdinText);
    process.closeWriteChannel();
    Run run;
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("did not finish");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace textdesk::test
