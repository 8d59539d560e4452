#include "RadicaleServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

namespace textdesk::test {

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

RadicaleServer::RadicaleServer() = default;

RadicaleServer::~RadicaleServer()
{
    stop();
}

QString RadicaleServer::binary()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("radicale"));
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(QStringLiteral("radicale"),
                                              { QStringLiteral("/usr/bin") });
    return path;
}

bool RadicaleServer::start(QString *why)
{
    if (!m_dir.isValid()) {
        *why = QStringLiteral("no temporary folder");
        return false;
    }
    if (m_port == 0) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *why = probe.errorString();
            return false;
        }
        m_port = probe.serverPort();
        const QString book = m_dir.filePath(QStringLiteral("storage/collection-root/alice/book"));
        const QByteArray config = "[server]\nhosts = 127.0.0.1:" + QByteArray::number(m_port)
            + "\n[auth]\ntype = htpasswd\nhtpasswd_filename = "
            + m_dir.filePath(QStringLiteral("users")).toUtf8()
            + "\nhtpasswd_encryption = plain\ndelay = 0\n[rights]\ntype = owner_only\n"
              "[storage]\nfilesystem_folder = "
            + m_dir.filePath(QStringLiteral("storage")).toUtf8()
            + "\n[web]\ntype = none\n[logging]\nlevel = warning\n";
        if (!QDir().mkpath(book)
            || !writeFile(book + QStringLiteral("/.Radicale.props"),
                          R"({"tag": "VADDRESSBOOK", "D:displayname": "Textdesk test"})")
            || !writeFile(m_dir.filePath(QStringLiteral("users")),
                          QByteArray(kUser) + ':' + kPassword + '\n')
            || !writeFile(m_dir.filePath(QStringLiteral("config")), config)) {
            *why = QStringLiteral("cannot write radicale's files");
            return false;
        }
    }
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(binary(),
                    { QStringLiteral("--config"), m_dir.filePath(QStringLiteral("config")) });
    if (!m_process.waitForStarted(10000)) {
        *why = m_process.errorString();
        return false;
    }
    // Ready once it accepts connections (it may take a moment to import its modules).
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            *why = QStringLiteral("radicale exited with %1").arg(m_process.exitCode());
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(250))
            return true;
        m_process.waitForFinished(100); // returns at once if it exits; else a short wait
    }
    *why = QStringLiteral("radicale did not listen on port %1").arg(m_port);
    return false;
}

void RadicaleServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

QUrl RadicaleServer::book() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/alice/book/").arg(m_port));
}

} // namespace textdesk::test
