#pragma once

#include "Http.h"

#include <QtCore/QJsonArray>
#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>

namespace textdesk::sim {

class MediaLibrary;
class SimServer;

// The storage host behind the provider's media content URLs. The API answers a content URL
// with a redirect here, to a signed URL (Expires + Signature in the query), as the real
// provider does; like such hosts it refuses a request that also carries an Authorization
// header (400), so a client that forwards the account's credentials gets no picture. Every
// request's headers are recorded, for tests to check what reached it (AdminApi:
// GET/DELETE /sim/media-host/requests).
class MediaHost : public QObject
{
    Q_OBJECT
public:
    MediaHost(MediaLibrary &media, quint32 seed, QObject *parent = nullptr);
    ~MediaHost() override;

    bool listen(const QHostAddress &host, QString *error);
    QUrl origin() const;
    // Where the content `id` is served, valid for `validSeconds` from now.
    QUrl signedUrl(quint32 id, int validSeconds = 300) const;

    QJsonArray requests() const { return m_requests; }
    qsizetype clearRequests();

private:
    Reply handle(const HttpRequest &request);
    QByteArray signature(const QString &path, qint64 expires) const;

    MediaLibrary &m_media;
    QByteArray m_key;
    SimServer *m_server = nullptr;
    QHostAddress m_host;
    quint16 m_port = 0;
    QJsonArray m_requests;
};

} // namespace textdesk::sim
