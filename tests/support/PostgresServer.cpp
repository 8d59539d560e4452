#include "PostgresServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QVersionNumber>

#include <pwd.h>
#include <unistd.h>

namespace textdesk::test {

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop(true);
}

QString PostgresServer::binDir()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (QFile::exists(root.filePath(entry + QStringLiteral("/bin/pg_ctl")))
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
    if (::geteuid() == 0)
        argv = QStringList { QStringLiteral("setpriv"), QStringLiteral("--reuid=nobody"),
                             QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups"),
                             QStringLiteral("--") }
            + argv;
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
    const QString options
        // fsync off: a server crash (stop(true)) loses nothing, the operating system still has
        // every write; only a power cut would. synchronous_commit stays on: off, a crash would
        // lose commits already acknowledged, which no real server does.
        = QStringLiteral("-k %1 -h 127.0.0.1 -p %2 -c fsync=off -c full_page_writes=off "
                         "-c max_connections=120")
              .arg(socketDir())
              .arg(m_port);
    if (!run({ QStringLiteral("pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-w"),
               QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-l"),
               m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options,
               QStringLiteral("start") },
             why))
        return false;
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

void PostgresServer::stop(bool immediate)
{
    if (!m_running)
        return;
    QString why;
    run({ QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
          QStringLiteral("-w"), QStringLiteral("-m"),
          immediate ? QStringLiteral("immediate") : QStringLiteral("fast"),
          QStringLiteral("stop") },
        &why);
    m_running = false;
}

} // namespace textdesk::test
