#include "WebhookReceiver.h"

#include "provider/TwilioJson.h"
#include "provider/TwilioSignature.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QLoggingCategory>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponse>

Q_LOGGING_CATEGORY(lcWebhook, "textdesk.webhook", QtInfoMsg)

namespace textdesk::provider {

namespace {

QString fieldValue(const twilio::Fields &fields, QStringView name)
{
    for (const auto &[key, value] : fields) {
        if (key == name)
            return value;
    }
    return {};
}

} // namespace

WebhookReceiver::WebhookReceiver(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_server(std::make_unique<QHttpServer>())
{
    m_server->route(m_config.path + QStringLiteral("/messages"), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &request) { return handle(true, request); });
    m_server->route(m_config.path + QStringLiteral("/status"), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &request) { return handle(false, request); });
}

QHttpServerResponse WebhookReceiver::reject(const QHttpServerRequest &request,
                                            const QString &reason, int status)
{
    ++m_rejected;
    ++m_unwarned;
    if (!m_lastWarning.isValid() || m_lastWarning.elapsed() >= kWarningIntervalMs) {
        qCWarning(lcWebhook).noquote()
            << "rejected webhook from" << request.remoteAddress().toString() << "-" << reason
            << (m_unwarned > 1
                    ? QStringLiteral("(%1 rejected since the last warning)").arg(m_unwarned)
                    : QString());
        m_lastWarning.start();
        m_unwarned = 0;
    }
    emit requestRejected(reason);
    return QHttpServerResponse(QHttpServerResponse::StatusCode(status));
}

QHttpServerResponse WebhookReceiver::handle(bool inbound, const QHttpServerRequest &request)
{
    // Cheap refusals first: nothing from an unknown sender is decoded beyond what the
    // signature check needs.
    const QByteArray declared = request.value("Content-Length");
    if (request.body().size() > kMaxBodyBytes || declared.toLongLong() > kMaxBodyBytes)
        return reject(request, QStringLiteral("body too large"), 413);
    const QByteArray signature = request.value("X-Twilio-Signature");
    if (signature.isEmpty())
        return reject(request, QStringLiteral("unsigned request"), 403);
    QUrl called = request.url();
    if (m_config.publicBaseUrl.isValid() && !m_config.publicBaseUrl.isEmpty()) {
        QUrl base = m_config.publicBaseUrl;
        QString prefix = base.path();
        if (prefix.endsWith(u'/'))
            prefix.chop(1);
        base.setPath(prefix + request.url().path());
        base.setQuery(request.url().query(QUrl::FullyEncoded), QUrl::StrictMode);
        called = base;
    }
    const twilio::Fields fields = twilio::formDecode(request.body());
    if (!verifyTwilioSignature(m_config.authToken, called, fields, signature))
        return reject(request, QStringLiteral("signature does not match"), 403);

    // Signed by the provider from here on.
    // A status callback carries MessageStatus; an incoming message says "received". Both
    // paths accept both, since a provider may be set up to post everything to one URL.
    const QString messageStatus = fieldValue(fields, u"MessageStatus");
    if (!messageStatus.isEmpty() && messageStatus != QLatin1String("received"))
        inbound = false;
    else if (fieldValue(fields, u"SmsStatus") == QLatin1String("received"))
        inbound = true;
    if (inbound) {
        ProviderMessage message;
        message.sid = fieldValue(fields, u"MessageSid");
        message.accountSid = fieldValue(fields, u"AccountSid");
        message.messagingServiceSid = fieldValue(fields, u"MessagingServiceSid");
        message.from = fieldValue(fields, u"From");
        message.to = fieldValue(fields, u"To");
        message.body = fieldValue(fields, u"Body");
        message.numMedia = fieldValue(fields, u"NumMedia").toInt();
        message.numSegments = fieldValue(fields, u"NumSegments").toInt();
        message.status = QStringLiteral("received");
        message.direction = QStringLiteral("inbound");
        message.dateCreatedMs = QDateTime::currentMSecsSinceEpoch();
        QStringList media;
        for (int i = 0; i < message.numMedia && i < 10; ++i)
            media.append(fieldValue(fields, QStringLiteral("MediaUrl%1").arg(i)));
        emit inboundMessage(message, media, fieldValue(fields, u"OptOutType"));
        // Empty TwiML: we answer in our own time, through the API.
        return QHttpServerResponse(
            QByteArrayLiteral("text/xml"),
            QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>"));
    }
    emit statusChanged(fieldValue(fields, u"MessageSid"), fieldValue(fields, u"MessageStatus"),
                       fieldValue(fields, u"ErrorCode").toInt());
    return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
}

WebhookReceiver::~WebhookReceiver() = default;

bool WebhookReceiver::start(QString *error)
{
    m_port = m_server->listen(m_config.address, m_config.port);
    if (m_port == 0) {
        if (error) {
            *error = QCoreApplication::translate(
                         "textdesk::provider::WebhookReceiver",
                         "Cannot receive webhooks on %1 port %2: the port is in use or not "
                         "allowed.")
                         .arg(m_config.address.toString())
                         .arg(m_config.port);
        }
        return false;
    }
    if (!m_config.address.isLoopback()) {
        // Reachable from the network in plain HTTP: the provider must come through TLS.
        qCWarning(lcWebhook).noquote()
            << "receiving webhooks on" << m_config.address.toString() << "port" << m_port
            << "in plain HTTP, reachable from other computers: put a reverse proxy with TLS in "
               "front and set [webhook] public_url to its https:// address";
    }
    return true;
}

quint16 WebhookReceiver::port() const
{
    return m_port;
}

QUrl WebhookReceiver::messagesUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_config.address.toString());
    url.setPort(m_port);
    url.setPath(m_config.path + QStringLiteral("/messages"));
    return url;
}

QUrl WebhookReceiver::statusUrl() const
{
    QUrl url = messagesUrl();
    url.setPath(m_config.path + QStringLiteral("/status"));
    return url;
}

} // namespace textdesk::provider
