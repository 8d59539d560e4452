#pragma once

#include "provider/ProviderTypes.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace textdesk::provider {

// The optional webhook endpoint (off by default): Twilio posts inbound messages and status
// callbacks here. Only requests that carry a valid X-Twilio-Signature are believed; anything
// else gets 403 (a body over kMaxBodyBytes 413) and is dropped, with a warning in the log at
// most once a minute. Accepted events are handed on (to sync) as signals. Plain HTTP: exposed
// beyond this computer, it belongs behind a reverse proxy with TLS (README, "Webhooks").
//
//   POST <path>/messages   incoming message  → inboundMessage()
//   POST <path>/status     status callback   → statusChanged()
class WebhookReceiver : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; // 0: any free port
        // The URL the provider calls, as it calls it (a tunnel or reverse proxy in front of us
        // changes it); the signature covers it. Empty: http://<Host header><path>.
        QUrl publicBaseUrl;
        QString path = QStringLiteral("/twilio");
        QByteArray authToken; // the signing key; in memory only
    };

    // Twilio's webhooks are a few KB; anything much bigger is not one.
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;
    // Rejections are logged at most this often (a flood must not fill the log).
    static constexpr qint64 kWarningIntervalMs = 60'000;

    explicit WebhookReceiver(Config config, QObject *parent = nullptr);
    ~WebhookReceiver() override;

    // Starts listening; false with *error (translated) when the port cannot be had.
    bool start(QString *error);
    quint16 port() const;
    QUrl messagesUrl() const;
    QUrl statusUrl() const;

    int rejectedCount() const { return m_rejected; }

signals:
    void inboundMessage(const textdesk::provider::ProviderMessage &message,
                        const QStringList &mediaUrls, const QString &optOutType);
    void statusChanged(const QString &messageSid, const QString &status, int errorCode);
    void requestRejected(const QString &reason);

private:
    QHttpServerResponse handle(bool inbound, const QHttpServerRequest &request);
    QHttpServerResponse reject(const QHttpServerRequest &request, const QString &reason,
                               int status);

    Config m_config;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    int m_rejected = 0;
    QElapsedTimer m_lastWarning;
    int m_unwarned = 0; // rejections since the last warning
};

} // namespace textdesk::provider
