#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace textdesk::test {

// A throw-away PostgreSQL server (Debian's, from /usr/lib/postgresql/VERSION/bin): initdb into a
// temporary folder, then `postgres` itself as a child process (not pg_ctl, which daemonizes), its
// Unix socket there and a free loopback port, fsync off. (A crash loses nothing; only a power cut
// would.) The server dies with the test: it gets SIGINT (a fast shutdown) when the test process
// ends in any way, a crash or kill -9 included (PR_SET_PDEATHSIG), so no server is left behind.
// When the tests run as root it runs as `nobody` (PostgreSQL refuses root). The superuser
// "postgres" logs in through the socket without a password; every other login over TCP with
// SCRAM passwords, as on a real server. Stopped (fast shutdown) and deleted when destroyed.
class PostgresServer
{
public:
    static constexpr const char *kDatabase = "team";

    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // The folder of initdb and postgres; empty when PostgreSQL is not installed (dev.sh installs
    // it).
    static QString binDir();
    // Creates the cluster and the database kDatabase (first time), then starts it.
    bool start(QString *why);
    // Stops it: "immediate" is a crash (no checkpoint), as a power cut or a kill leaves it.
    void stop(bool immediate = false);
    // The postmaster's process id while it runs (0 when stopped).
    qint64 pid() const;
    bool isRunning() const { return m_running; }

    quint16 port() const { return m_port; }
    QString socketDir() const;
    // The superuser's address, through the socket: postgresql:///team?host=DIR&port=N&user=postgres
    QString adminUrl() const;
    // A login's address over TCP: postgresql://LOGIN@127.0.0.1:PORT/team
    QString loginUrl(const QString &login) const;

private:
    bool run(const QStringList &command, QString *why) const;
    bool waitUntilReady(QString *why);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_postgres;
    quint16 m_port = 0;
    bool m_initialised = false;
    bool m_running = false;
};

} // namespace textdesk::test
