#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace textdesk::test {

// Debian's radicale, a real CardDAV server, on 127.0.0.1 and a free port, with a throw-away
// storage folder holding one empty address book (written as radicale's own folder layout,
// .Radicale.props, before it starts) and plain htpasswd users: "alice" / kPassword.
class RadicaleServer
{
public:
    static constexpr const char *kUser = "alice";
    static constexpr const char *kPassword = "correct horse";

    RadicaleServer();
    ~RadicaleServer();
    // The binary's path; empty when radicale is not installed (dev.sh installs it).
    static QString binary();
    // Starts it (again on the same port and storage after stop()); false and `why` on failure.
    bool start(QString *why);
    void stop(); // SIGKILL: the server gone, as a crash or a network cut leaves it
    QUrl book() const; // http://127.0.0.1:PORT/alice/book/

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace textdesk::test
