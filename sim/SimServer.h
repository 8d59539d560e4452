#pragma once

#include "Http.h"

#include <QtCore/QList>
#include <QtCore/QPointer>
#include <QtHttpServer/QAbstractHttpServer>

#include <functional>

class QTcpSocket;

namespace textdesk::sim {

// The transport: HTTP/1.1 written by hand on QtHttpServer's sockets, so that a reply can also be
// late, never come, stop half-way or not happen at all (fault injection). What to answer is the
// handler's business.
class SimServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<Reply(const HttpRequest &)>;

    explicit SimServer(Handler handler, QObject *parent = nullptr);

    // Closes every open connection at once (the network went away); `except` stays open.
    void dropConnections(const QTcpSocket *except = nullptr);
    // The socket of the request being handled right now (for dropConnections' `except`).
    const QTcpSocket *currentSocket() const { return m_current; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void deliver(QTcpSocket *socket, const Reply &reply, bool keepAlive);
    void track(QTcpSocket *socket);

    Handler m_handler;
    QList<QPointer<QTcpSocket>> m_sockets;
    const QTcpSocket *m_current = nullptr;
};

} // namespace textdesk::sim
