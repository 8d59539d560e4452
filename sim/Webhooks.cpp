#include "Webhooks.h"

#include "provider/TwilioSignature.h"

#include <QtCore/QLoggingCategory>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

Q_LOGGING_CATEGORY(lcSimWebhooks, "textdesk.sim.webhooks", QtInfoMsg)

namespace textdesk::sim {

Webhooks::Webhooks(const QByteArray &authToken, QObject *parent)
    : QObject(parent)
    , m_authToken(authToken)
    , m_network(new QNetworkAccessManager(this))
{ }

void Webhooks::post(const QUrl &url, const FormFields &fields)
{
    if (!url.isValid() || url.isEmpty())
        return;
    m_queue.enqueue({ url, fields });
    if (!m_busy)
        sendNext();
}

void Webhooks::sendNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    const Item item = m_queue.dequeue();
    QByteArray body;
    for (const auto &[name, value] : item.fields) {
        if (!body.isEmpty())
            body += '&';
        body += encodeFormValue(name) + '=' + encodeFormValue(value);
    }
    const QString signedUrl = item.url.toString(QUrl::FullyEncoded);
    QNetworkRequest request(item.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("X-Twilio-Signature",
                         provider::twilioSignature(m_authToken, signedUrl, item.fields));
    request.setRawHeader("User-Agent", "TwilioProxy/1.1 (textdesk-sim)");
    request.setTransferTimeout(10'000);
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, signedUrl] {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::NoError) {
            ++m_delivered;
        } else {
            ++m_failed;
            qCWarning(lcSimWebhooks) << "webhook" << signedUrl << "failed:" << reply->errorString();
        }
        sendNext();
    });
}

} // namespace textdesk::sim
