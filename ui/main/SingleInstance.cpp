#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace textdesk {

namespace {
constexpr int kTimeoutMs = 1500;
const QByteArray kActivate = QByteArrayLiteral("activate\n");

#ifdef Q_OS_UNIX
bool ownedByMe(const QFileInfo &info)
{
    return info.ownerId() == uint(::geteuid());
}

// Only the user may enter it: nobody else can plant a socket there or connect to ours.
bool isPrivateFolder(const QString &path)
{
    const QFileInfo info(path);
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return info.isDir() && ownedByMe(info) && !(QFile::permissions(path) & others);
}
#endif
} // namespace

QString SingleInstance::socketPath(const QString &key)
{
    // Per user and key, short enough for a Unix socket path.
    const QByteArray user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).toUtf8();
    const QByteArray digest = QCryptographicHash::hash(QByteArray(user + '\0' + key.toUtf8()),
                                                       QCryptographicHash::Sha256)
                                  .toHex()
                                  .left(24);
    const QString name = QStringLiteral("textdesk-") + QString::fromLatin1(digest);
#ifdef Q_OS_UNIX
    // Not /tmp, where any user may create the name first and answer in our place.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty() || !isPrivateFolder(folder))
        return {};
    return QDir(folder).filePath(name);
#else
    return name; // a named pipe, opened for this user only (UserAccessOption)
#endif
}

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
{
    m_name = socketPath(key);
    if (m_name.isEmpty()) {
        fail(tr("There is no private folder for this user's sockets (XDG_RUNTIME_DIR), so "
                "Textdesk cannot make sure the workspace is open only once."));
        return;
    }
#ifdef Q_OS_UNIX
    if (const QFileInfo existing(m_name); existing.exists() && !ownedByMe(existing)) {
        fail(tr("%1 belongs to another user; Textdesk neither talks to it nor removes it.")
                 .arg(m_name));
        return;
    }
#endif
    if (askRunningInstance()) {
        m_role = Role::Secondary;
        return;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // Nobody answered, so the name is left over from a crash: take it over.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            // Without the socket a second launch would not find us: not "the first".
            fail(tr("Textdesk cannot make sure the workspace is open only once (%1: %2).")
                     .arg(m_name, m_server->errorString()));
            return;
        }
    }
    m_role = Role::Primary;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains(kActivate.trimmed()))
                    emit activationRequested();
                socket->disconnectFromServer();
            });
        }
    });
}

SingleInstance::~SingleInstance() = default;

void SingleInstance::fail(const QString &why)
{
    m_role = Role::Failed;
    m_error = why;
    delete m_server;
    m_server = nullptr;
}

bool SingleInstance::askRunningInstance()
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kTimeoutMs))
        return false;
    socket.write(kActivate);
    if (!socket.waitForBytesWritten(kTimeoutMs))
        return false;
    socket.waitForDisconnected(kTimeoutMs);
    return true;
}

} // namespace textdesk
