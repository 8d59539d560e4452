#pragma once

#include "TeamError.h"

#include <QSqlDatabase>
#include <QString>

namespace textdesk::team {

// Where the team's PostgreSQL store is: a libpq-style URL,
//   postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=verify-full&sslrootcert=FILE]
//   postgresql:///DATABASE?host=/run/postgresql  (a Unix socket folder)
// A password in the URL is refused: it would sit in a command line, a shell history or a file.
// The password comes from the OS keychain, --password-stdin, or libpq's own ~/.pgpass.
struct TeamAddress
{
    QString host; // a name, an address, or a socket folder (starts with '/')
    int port = 5432;
    QString database;
    QString user; // empty: libpq's default (the operating system's user name)
    QString sslMode; // disable, prefer, require, verify-ca, verify-full; empty: libpq's default
    QString sslRootCert;

    static TeamResult<TeamAddress> parse(const QString &url);
    // The URL again, without a password (there never is one): for messages and settings.
    QString toString() const;
    bool isLocal() const; // a socket folder or a loopback address
};

// One QPSQL connection, owned by the thread that opened it (QtSql connections are per thread;
// connecting blocks, so never on the GUI thread). Closed and removed when destroyed.
class TeamConnection
{
public:
    TeamConnection() = default;
    ~TeamConnection();
    TeamConnection(const TeamConnection &) = delete;
    TeamConnection &operator=(const TeamConnection &) = delete;

    // Opens it; `password` may be empty (libpq then reads ~/.pgpass or uses peer/trust).
    TeamStatus open(const TeamAddress &address, const QString &password,
                    int connectTimeoutSeconds = 10);
    void close();
    bool isOpen() const;
    QSqlDatabase database() const;
    const TeamAddress &address() const { return m_address; }

private:
    QString m_name;
    TeamAddress m_address;
};

} // namespace textdesk::team
