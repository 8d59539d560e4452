#include "PostgresServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QVersionNumber>

#include <csignal>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace textdesk::test {

namespace {

// Prefixes a command with setpriv when we are root: PostgreSQL's programs refuse to run as root.
// setpriv's --pdeathsig is set after it changed the user (a change of user clears the one set
// before), so the server still dies with us.
QStringList pgAsNobody(QStringList argv, bool dieWithUs)
{
    if (::geteuid() != 0)
        return argv;
    QStringList prefix { QStringLiteral("setpriv"), QStringLiteral("--reuid=nobody"),
                         QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups") };
    if (dieWithUs)
        prefix << QStringLiteral("--pdeathsig") << QStringLiteral("INT");
    prefix << QStringLiteral("--");
    return prefix + argv;
}

} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop(false);
}

QString PostgresServer::binDir()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (QFile::exists(root.filePath(entry + QStringLiteral("/bin/postgres")))
            && version > bestVersion) {
            bestVersion = version;
            best = root.filePath(entry + QStringLiteral("/bin"));
        }
    }
    return best;
}

QString PostgresServer::socketDir() const
{
    return m_dir.filePath(QStringLiteral("socket"));
}

QString PostgresServer::adminUrl() const
{
    return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=postgres")
        .arg(QLatin1String(kDatabase), socketDir())
        .arg(m_port);
}

QString PostgresServer::loginUrl(const QString &login) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
        .arg(login)
        .arg(m_port)
        .arg(QLatin1String(kDatabase));
}

// Runs one of PostgreSQL's programs, as `nobody` when we are root (setpriv, util-linux).
bool PostgresServer::run(const QStringList &command, QString *why) const
{
    QStringList argv = command;
    argv[0] = binDir() + QLatin1Char('/') + argv[0];
    argv = pgAsNobody(argv, false);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(argv.takeFirst(), argv);
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)
        || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *why = command.first() + QStringLiteral(": ") + QString::fromLocal8Bit(process.readAll())
            + process.errorString();
        return false;
    }
    return true;
}

bool PostgresServer::start(QString *why)
{
    if (m_running)
        return true;
    if (binDir().isEmpty()) {
        *why = QStringLiteral("PostgreSQL is not installed (./dev.sh test installs it)");
        return false;
    }
    if (!m_dir.isValid() || !QDir(m_dir.path()).mkpath(QStringLiteral("socket"))) {
        *why = QStringLiteral("no temporary folder");
        return false;
    }
    if (::geteuid() == 0) {
        const passwd *nobody = ::getpwnam("nobody");
        if (!nobody || ::chown(qPrintable(m_dir.path()), nobody->pw_uid, nobody->pw_gid) != 0
            || ::chown(qPrintable(socketDir()), nobody->pw_uid, nobody->pw_gid) != 0) {
            *why = QStringLiteral("cannot give the temporary folder to the user nobody");
            return false;
        }
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!m_initialised) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *why = probe.errorString();
            return false;
        }
        m_port = probe.serverPort();
        probe.close();
        if (!run({ QStringLiteral("initdb"), QStringLiteral("-D"), data, QStringLiteral("-U"),
                   QStringLiteral("postgres"), QStringLiteral("--auth-local=trust"),
                   QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--no-sync"),
                   QStringLiteral("-E"), QStringLiteral("UTF8"),
                   QStringLiteral("--locale=C.UTF-8") },
                 why))
            return false;
    }
    // postgres itself, not pg_ctl (which daemonizes: a crashed test would leave it running).
    // fsync off: a server crash (stop(true)) loses nothing, the operating system still has every
    // write; only a power cut would. synchronous_commit stays on: off, a crash would lose commits
    // already acknowledged, which no real server does.
    QStringList argv { binDir() + QStringLiteral("/postgres"),
                       QStringLiteral("-D"),
                       data,
                       QStringLiteral("-k"),
                       socketDir(),
                       QStringLiteral("-h"),
                       QStringLiteral("127.0.0.1"),
                       QStringLiteral("-p"),
                       QString::number(m_port),
                       QStringLiteral("-c"),
                       QStringLiteral("fsync=off"),
                       QStringLiteral("-c"),
                       QStringLiteral("full_page_writes=off"),
                       QStringLiteral("-c"),
                       QStringLiteral("max_connections=120") };
    argv = pgAsNobody(argv, true);
    m_postgres = std::make_unique<QProcess>();
    m_postgres->setProcessChannelMode(QProcess::MergedChannels);
    m_postgres->setStandardOutputFile(m_dir.filePath(QStringLiteral("server.log")),
                                      QIODevice::Append);
    // SIGINT (PostgreSQL's fast shutdown) when this process ends, however it ends. It survives
    // the exec of a program that does not change its user; setpriv sets it again after it did.
    const pid_t parent = ::getpid();
    m_postgres->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGINT);
        if (::getppid() != parent)
            ::_exit(1); // we died before the line above: nobody would stop the server
    });
    const QString program = argv.takeFirst();
    m_postgres->start(program, argv);
    if (!m_postgres->waitForStarted(10000)) {
        *why = QStringLiteral("postgres: ") + m_postgres->errorString();
        m_postgres.reset();
        return false;
    }
    if (!waitUntilReady(why)) {
        stop(true);
        return false;
    }
    m_running = true;
    if (!m_initialised) {
        if (!run({ QStringLiteral("createdb"), QStringLiteral("-h"), socketDir(),
                   QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                   QStringLiteral("postgres"), QLatin1String(kDatabase) },
                 why))
            return false;
        m_initialised = true;
    }
    return true;
}

// Ready when postmaster.pid's status line (the eighth) says so; a server that exits on the way
// (a port taken, a bad option) is an error with its log.
bool PostgresServer::waitUntilReady(QString *why)
{
    QFile pidFile(m_dir.filePath(QStringLiteral("data/postmaster.pid")));
    for (int waited = 0; waited < 60000; waited += 50) {
        if (pidFile.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = pidFile.readAll().split('\n');
            pidFile.close();
            // The first line is the postmaster's id: a file left by an earlier run does not count.
            if (lines.size() > 7 && lines.at(0).trimmed().toLongLong() == m_postgres->processId()
                && lines.at(7).trimmed() == "ready")
                return true;
        }
        // Waits for the server's exit, at most 50 ms: the way to notice a server that died.
        if (m_postgres->waitForFinished(50) || m_postgres->state() == QProcess::NotRunning) {
            QFile log(m_dir.filePath(QStringLiteral("server.log")));
            const QString text
                = log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString();
            *why = QStringLiteral("postgres exited: ") + text;
            return false;
        }
    }
    *why = QStringLiteral("postgres was not ready within 60 s");
    return false;
}

qint64 PostgresServer::pid() const
{
    return m_postgres ? m_postgres->processId() : 0;
}

void PostgresServer::stop(bool immediate)
{
    if (!m_postgres)
        return;
    // SIGQUIT is PostgreSQL's immediate shutdown (no checkpoint), SIGINT its fast one.
    if (m_postgres->state() != QProcess::NotRunning) {
        ::kill(static_cast<pid_t>(m_postgres->processId()), immediate ? SIGQUIT : SIGINT);
        if (!m_postgres->waitForFinished(60000))
            m_postgres->kill();
    }
    m_postgres.reset();
    m_running = false;
}

} // namespace textdesk::test
