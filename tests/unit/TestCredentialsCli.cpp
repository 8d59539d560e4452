// `textdesk configure` as a person uses it, run as the shipped binary: addresses that would
// carry the account's credentials in clear text are refused, and a secret typed on a terminal
// is not shown on it.
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

const QString kAccountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");

// The environment of a headless server with no secret set.
QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "TEXTDESK_AUTH_TOKEN" })
        env.remove(QLatin1String(name));
    return env;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
    }
};

Run runTextdesk(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(headless());
    process.start(QStringLiteral(TEXTDESK_BINARY), arguments);
    process.closeWriteChannel(); // nothing on standard input
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Reads what the terminal shows until `until` appears, the child closes it, or timeoutMs.
QByteArray readTerminal(int fd, const QByteArray &until, int timeoutMs)
{
    QByteArray seen;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs && (until.isEmpty() || !seen.contains(until))) {
        pollfd p { fd, POLLIN, 0 };
        if (poll(&p, 1, 100) <= 0)
            continue;
        char buffer[512];
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break; // EIO: the child has closed the terminal
        seen.append(buffer, n);
    }
    return seen;
}

} // namespace

class TestCredentialsCli : public QObject
{
    Q_OBJECT

private slots:
    void plainHttpIsRefused_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("url");
        QTest::newRow("base url") << "--base-url"
                                  << "http://api.example.com";
        QTest::newRow("media host") << "--media-upload-url"
                                    << "http://files.example.com/up";
        QTest::newRow("webhook public url") << "--webhook-public-url"
                                            << "http://desk.example.com/hooks";
    }

    // Basic auth and customers' messages over plain http to another computer: refused, with
    // the address named, before anything is asked or written.
    void plainHttpIsRefused()
    {
        QFETCH(QString, option);
        QFETCH(QString, url);
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("desk"));
        const Run run
            = runTextdesk({ QStringLiteral("configure"), QStringLiteral("--workspace"), workspace,
                            QStringLiteral("--account-sid"), kAccountSid, option, url });
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(url) && run.err.contains(QLatin1String("plain http")),
                 qPrintable(run.describe()));
        QVERIFY(!QFile::exists(workspace + QStringLiteral("/workspace.ini")));
    }

    // Typed on a terminal, the secret is asked for and not echoed (nor is it anywhere in what
    // the terminal shows afterwards).
    void aSecretTypedOnATerminalIsNotShown()
    {
        QTemporaryDir dir;
        const QByteArray binary = QByteArrayLiteral(TEXTDESK_BINARY);
        const QByteArray workspace = dir.filePath(QStringLiteral("desk")).toLocal8Bit();
        const QByteArray sid = kAccountSid.toLatin1();
        // Nothing listens on port 1: the check fails after the secret was read.
        std::vector<QByteArray> args { binary,       "configure",         "--workspace",
                                       workspace,    "--account-sid",     sid,
                                       "--base-url", "http://127.0.0.1:1" };
        std::vector<char *> argv;
        for (QByteArray &arg : args)
            argv.push_back(arg.data());
        argv.push_back(nullptr);
        const QStringList envList = headless().toStringList();
        std::vector<QByteArray> envs;
        for (const QString &entry : envList)
            envs.push_back(entry.toLocal8Bit());
        std::vector<char *> envp;
        for (QByteArray &entry : envs)
            envp.push_back(entry.data());
        envp.push_back(nullptr);

        int terminal = -1;
        const pid_t child = forkpty(&terminal, nullptr, nullptr, nullptr);
        QVERIFY(child >= 0);
        if (child == 0) {
            execve(argv[0], argv.data(), envp.data());
            _exit(127);
        }
        const QByteArray secret = "typed-secret-0123456789";
        const QByteArray prompt = readTerminal(terminal, "Secret", 15000);
        const QByteArray written = secret + '\n';
        QCOMPARE(::write(terminal, written.constData(), size_t(written.size())),
                 ssize_t(written.size()));
        const QByteArray rest = readTerminal(terminal, {}, 30000);
        int status = 0;
        waitpid(child, &status, 0);
        ::close(terminal);
        const QByteArray shown = prompt + rest;
        QVERIFY2(prompt.contains("Secret"), shown.constData());
        QVERIFY2(!shown.contains(secret), shown.constData());
        // It was read: the check went on to the (unreachable) provider.
        QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 1, shown.constData());
    }
};

QTEST_GUILESS_MAIN(TestCredentialsCli)
#include "TestCredentialsCli.moc"
