#pragma once

#include <QString>
#include <QTemporaryDir>

namespace textdesk::test {

// A throw-away PostgreSQL server (Debian's, from /usr/lib/postgresql/VERSION/bin): initdb and
// pg_ctl into a temporary folder, its Unix socket there and a free loopback port, fsync off.
// (A crash loses nothing; only a power cut would.)
// When the tests run as root it runs as `nobody` (PostgreSQL refuses root). The superuser
// "postgres" logs in through the socket without a password; every other login over TCP with
// SCRAM passwords, as on a real server. Stopped and deleted when destroyed.
class PostgresServer
{
public:
    static constexpr const char *kDatabase = "team";

    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // The folder of initdb and pg_ctl; empty when PostgreSQL is not installed (dev.sh installs it).
    static QString binDir();
    // Creates the cluster and the database kDatabase (first time), then starts it.
    bool start(QString *why);
    // Stops it: "immediate" is a crash (no checkpoint), as a power cut or a kill leaves it.
    void stop(bool immediate = false);
    bool isRunning() const { return m_running; }

    quint16 port() const { return m_port; }
    QString socketDir() const;
    // The superuser's address, through the socket: postgresql:///team?host=DIR&port=N&user=postgres
    QString adminUrl() const;
    // A login's address over TCP: postgresql://LOGIN@127.0.0.1:PORT/team
    QString loginUrl(const QString &login) const;

private:
    bool run(const QStringList &command, QString *why) const;

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    bool m_initialised = false;
    bool m_running = false;
};

} // namespace textdesk::test
