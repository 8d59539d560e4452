#include "SimServer.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtNetwork/QTcpSocket>

Q_LOGGING_CATEGORY(lcSimServer, "textdesk.sim.server", QtInfoMsg)

namespace textdesk::sim {

SimServer::SimServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

void SimServer::track(QTcpSocket *socket)
{
    for (const auto &known : std::as_const(m_sockets)) {
        if (known == socket)
            return;
    }
    m_sockets.removeIf([](const QPointer<QTcpSocket> &s) { return s.isNull(); });
    m_sockets.append(socket);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

void SimServer::dropConnections(const QTcpSocket *except)
{
    const auto sockets = m_sockets;
    for (const auto &socket : sockets) {
        if (socket && socket != except)
            socket->abort();
    }
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    track(socket);
    const HttpRequest copy = HttpRequest::from(request);
    m_current = socket;
    const Reply reply = m_handler(copy);
    m_current = nullptr;
    qCDebug(lcSimServer) << copy.path << "->" << reply.response.status << int(reply.delivery);
    const bool keepAlive = !copy.wantsClose();
    if (reply.delayMs > 0 && reply.delivery != Reply::Delivery::Drop) {
        // QtHttpServer deletes the socket when the peer goes away; the guard notices.
        QTimer::singleShot(reply.delayMs, this,
                           [this, guard = QPointer<QTcpSocket>(socket), reply, keepAlive] {
                               if (guard && guard->state() == QAbstractSocket::ConnectedState)
                                   deliver(guard, reply, keepAlive);
                           });
        return true;
    }
    deliver(socket, reply, keepAlive);
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request)
    const HttpResponse response = HttpResponse::twilioError(
        404, 20404, QStringLiteral("The requested resource was not found"));
    socket->write(response.head(true) + response.body);
}

void SimServer::deliver(QTcpSocket *socket, const Reply &reply, bool keepAlive)
{
    const HttpResponse &response = reply.response;
    switch (reply.delivery) {
    case Reply::Delivery::Stall:
        return; // the client's timeout is what is being tested
    case Reply::Delivery::Drop:
        socket->abort();
        return;
    case Reply::Delivery::Cut: {
        // Content-Length promises the whole body; half arrives, then the connection closes.
        // QNetworkAccessManager (6.4) reports this as RemoteHostClosedError or, depending on
        // timing, as a finished reply whose body is shorter than its Content-Length.
        socket->write(response.head(false) + response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    case Reply::Delivery::Normal:
        // One write: head and body in separate segments meet Nagle and delayed ACKs (40 ms).
        socket->write(response.head(keepAlive) + response.body);
        if (!keepAlive)
            socket->disconnectFromHost();
        return;
    }
}

} // namespace textdesk::sim
