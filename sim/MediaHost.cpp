#include "MediaHost.h"

#include "MediaLibrary.h"
#include "SimServer.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QTcpServer>

namespace textdesk::sim {

namespace {

constexpr qsizetype kMaxRecorded = 1000;

HttpResponse hostError(int status, const QByteArray &code, const QByteArray &message)
{
    // The shape storage hosts use (S3-like XML), not the provider's JSON: it is another server.
    return HttpResponse::bytes(status, "application/xml",
                               "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code
                                   + "</Code><Message>" + message + "</Message></Error>");
}

} // namespace

MediaHost::MediaHost(MediaLibrary &media, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_media(media)
    , m_key(QCryptographicHash::hash(
          QByteArray("textdesk-sim media host " + QByteArray::number(seed)),
          QCryptographicHash::Sha256))
{ }

MediaHost::~MediaHost()
{
    delete m_server;
}

bool MediaHost::listen(const QHostAddress &host, QString *error)
{
    m_server = new SimServer([this](const HttpRequest &request) { return handle(request); });
    auto *tcp = new QTcpServer(m_server);
    if (!tcp->listen(host, 0)) {
        *error
            = tr("The media host cannot listen on %1: %2").arg(host.toString(), tcp->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_server->bind(tcp);
    m_host = host;
    m_port = tcp->serverPort();
    return true;
}

QUrl MediaHost::origin() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_host.toString());
    url.setPort(m_port);
    return url;
}

QByteArray MediaHost::signature(const QString &path, qint64 expires) const
{
    const QByteArray message = path.toUtf8() + '\n' + QByteArray::number(expires);
    return QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256).toHex();
}

QUrl MediaHost::signedUrl(quint32 id, int validSeconds) const
{
    QUrl url = origin();
    const QString path = QStringLiteral("/media/%1").arg(id);
    const qint64 expires = QDateTime::currentSecsSinceEpoch() + validSeconds;
    url.setPath(path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("Expires"), QString::number(expires));
    query.addQueryItem(QStringLiteral("Signature"), QString::fromLatin1(signature(path, expires)));
    url.setQuery(query);
    return url;
}

qsizetype MediaHost::clearRequests()
{
    const qsizetype count = m_requests.size();
    m_requests = QJsonArray();
    return count;
}

Reply MediaHost::handle(const HttpRequest &request)
{
    QJsonObject headers;
    for (const auto &[name, value] : request.headers)
        headers.insert(QString::fromLatin1(name).toLower(), QString::fromLatin1(value));
    if (m_requests.size() >= kMaxRecorded)
        m_requests.removeFirst();
    m_requests.append(QJsonObject { { QStringLiteral("path"), request.path },
                                    { QStringLiteral("headers"), headers } });

    if (!request.header("authorization").isEmpty()) {
        return { hostError(400, "InvalidArgument",
                           "Only one auth mechanism allowed; only the Signature query "
                           "parameter or the Authorization header should be specified") };
    }
    if (request.method != HttpRequest::Method::Get)
        return { hostError(405, "MethodNotAllowed", "GET only") };
    const qint64 expires = formValue(request.query, QLatin1String("Expires")).toLongLong();
    const QByteArray given = formValue(request.query, QLatin1String("Signature")).toLatin1();
    if (given.isEmpty() || given != signature(request.path, expires))
        return { hostError(403, "SignatureDoesNotMatch", "The signature does not match") };
    if (expires < QDateTime::currentSecsSinceEpoch())
        return { hostError(403, "AccessDenied", "Request has expired") };
    bool ok = false;
    const quint32 id = request.path.mid(7).toUInt(&ok);
    if (!request.path.startsWith(QLatin1String("/media/")) || !ok || !m_media.contains(id))
        return { hostError(404, "NoSuchKey", "The specified key does not exist") };
    return { HttpResponse::bytes(200, m_media.contentType(id).toLatin1(), m_media.bytes(id)) };
}

} // namespace textdesk::sim
