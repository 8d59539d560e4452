#include "provider/TwilioJson.h"
#include "provider/TwilioSignature.h"
#include "webhook/WebhookReceiver.h"

#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace textdesk::provider;

namespace {
// Warnings of the webhook category, counted while a test runs (the log is what an
// administrator reads: it must say enough, and not be flooded).
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;
void recordWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && context.category
        && QByteArray(context.category) == QByteArrayLiteral("textdesk.webhook"))
        g_warnings.append(message);
    g_previous(type, context, message);
}
struct WarningRecorder
{
    WarningRecorder()
    {
        g_warnings.clear();
        g_previous = qInstallMessageHandler(recordWarnings);
    }
    ~WarningRecorder() { qInstallMessageHandler(g_previous); }
};
} // namespace

class TestWebhookReceiver : public QObject
{
    Q_OBJECT

private:
    const QByteArray m_token = "test-auth-token";
    QNetworkAccessManager m_network;

    WebhookReceiver::Config config(quint16 port = 0, const QUrl &publicBaseUrl = {}) const
    {
        WebhookReceiver::Config config;
        config.port = port;
        config.publicBaseUrl = publicBaseUrl;
        config.authToken = m_token;
        return config;
    }

    // Posts form fields to `url` (over real loopback HTTP), signed for `signedUrl` with `token`.
    int post(const QUrl &url, const FormFields &fields, const QByteArray &signature)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        if (!signature.isEmpty())
            request.setRawHeader("X-Twilio-Signature", signature);
        QNetworkReply *reply = m_network.post(request, twilio::formEncode(fields));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(5000))
            return -1;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    FormFields inboundFields() const
    {
        return {
            { QStringLiteral("MessageSid"), QStringLiteral("SM0123456789abcdef0123456789abcdef") },
            { QStringLiteral("AccountSid"), QStringLiteral("AC0123456789abcdef0123456789abcdef") },
            { QStringLiteral("From"), QStringLiteral("+14155550123") },
            { QStringLiteral("To"), QStringLiteral("+14155550100") },
            { QStringLiteral("Body"), QStringLiteral("Hello + welcome & more") },
            { QStringLiteral("NumMedia"), QStringLiteral("1") },
            { QStringLiteral("MediaUrl0"), QStringLiteral("https://api.example/Media/ME1") },
            { QStringLiteral("MediaContentType0"), QStringLiteral("image/jpeg") },
            { QStringLiteral("SmsStatus"), QStringLiteral("received") }
        };
    }

private slots:
    void acceptsSignedInbound()
    {
        WebhookReceiver receiver(config());
        QString error;
        QVERIFY2(receiver.start(&error), qPrintable(error));
        QSignalSpy inbound(&receiver, &WebhookReceiver::inboundMessage);
        const QUrl url = receiver.messagesUrl();
        const FormFields fields = inboundFields();
        QCOMPARE(post(url, fields, twilioSignature(m_token, url.toString(), fields)), 200);
        QCOMPARE(inbound.size(), 1);
        const auto message = inbound.first().at(0).value<ProviderMessage>();
        QCOMPARE(message.sid, QStringLiteral("SM0123456789abcdef0123456789abcdef"));
        QCOMPARE(message.from, QStringLiteral("+14155550123"));
        QCOMPARE(message.body, QStringLiteral("Hello + welcome & more"));
        QCOMPARE(message.numMedia, 1);
        QCOMPARE(inbound.first().at(1).toStringList(),
                 QStringList { QStringLiteral("https://api.example/Media/ME1") });
        QCOMPARE(receiver.rejectedCount(), 0);
    }

    void rejectsUnsignedAndMisSigned()
    {
        WebhookReceiver receiver(config());
        QVERIFY(receiver.start(nullptr));
        QSignalSpy inbound(&receiver, &WebhookReceiver::inboundMessage);
        const QUrl url = receiver.messagesUrl();
        const FormFields fields = inboundFields();
        QCOMPARE(post(url, fields, {}), 403);
        QCOMPARE(post(url, fields, twilioSignature("another-token", url.toString(), fields)), 403);
        FormFields tampered = fields;
        tampered[4].second = QStringLiteral("Send the refund to my other card");
        QCOMPARE(post(url, tampered, twilioSignature(m_token, url.toString(), fields)), 403);
        QCOMPARE(inbound.size(), 0);
        QCOMPARE(receiver.rejectedCount(), 3);
    }

    // Twilio's webhooks are a few KB: a bigger body is refused (413) even when signed, and
    // nothing of it is handed on.
    void oversizedBodyIsRefused()
    {
        WebhookReceiver receiver(config());
        QVERIFY(receiver.start(nullptr));
        QSignalSpy inbound(&receiver, &WebhookReceiver::inboundMessage);
        const QUrl url = receiver.messagesUrl();
        FormFields fields = inboundFields();
        fields[4].second = QString(100 * 1024, QLatin1Char('x'));
        QCOMPARE(post(url, fields, twilioSignature(m_token, url.toString(), fields)), 413);
        QCOMPARE(inbound.size(), 0);
        QCOMPARE(receiver.rejectedCount(), 1);
        // Just under the cap is still a webhook.
        fields[4].second = QString(60 * 1024, QLatin1Char('x'));
        QCOMPARE(post(url, fields, twilioSignature(m_token, url.toString(), fields)), 200);
        QCOMPARE(inbound.size(), 1);
    }

    // A flood of bad requests is refused one by one, but the log gets one warning a minute,
    // not one per request.
    void rejectionsAreLoggedAtMostOnceAMinute()
    {
        WebhookReceiver receiver(config());
        QVERIFY(receiver.start(nullptr));
        WarningRecorder recorder;
        const QUrl url = receiver.messagesUrl();
        for (int i = 0; i < 20; ++i)
            QCOMPARE(post(url, inboundFields(), {}), 403);
        QCOMPARE(receiver.rejectedCount(), 20);
        QCOMPARE(g_warnings.size(), 1);
        QVERIFY2(g_warnings.first().contains(QLatin1String("unsigned")),
                 qPrintable(g_warnings.first()));
    }

    // Listening beyond this computer (plain HTTP) says at start that TLS belongs in front.
    void listeningBeyondThisComputerWarns()
    {
        {
            WarningRecorder recorder;
            WebhookReceiver local(config());
            QVERIFY(local.start(nullptr));
            QCOMPARE(g_warnings.size(), 0);
        }
        WarningRecorder recorder;
        WebhookReceiver::Config open = config();
        open.address = QHostAddress::AnyIPv4;
        WebhookReceiver receiver(open);
        QVERIFY(receiver.start(nullptr));
        QCOMPARE(g_warnings.size(), 1);
        QVERIFY2(g_warnings.first().contains(QLatin1String("TLS")), qPrintable(g_warnings.first()));
        QVERIFY(g_warnings.first().contains(QLatin1String("public_url")));
    }

    void statusCallback()
    {
        WebhookReceiver receiver(config());
        QVERIFY(receiver.start(nullptr));
        QSignalSpy status(&receiver, &WebhookReceiver::statusChanged);
        const QUrl url = receiver.statusUrl();
        const FormFields fields
            = { { QStringLiteral("MessageSid"),
                  QStringLiteral("SM0123456789abcdef0123456789abcdef") },
                { QStringLiteral("MessageStatus"), QStringLiteral("undelivered") },
                { QStringLiteral("ErrorCode"), QStringLiteral("30003") } };
        QCOMPARE(post(url, fields, twilioSignature(m_token, url.toString(), fields)), 204);
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.first().at(1).toString(), QStringLiteral("undelivered"));
        QCOMPARE(status.first().at(2).toInt(), 30003);
    }

    void behindAProxyTheSignatureCoversThePublicUrl()
    {
        WebhookReceiver receiver(config(0, QUrl(QStringLiteral("https://desk.example.com/hooks"))));
        QVERIFY(receiver.start(nullptr));
        QUrl local = receiver.messagesUrl();
        local.setQuery(QStringLiteral("inbox=2"));
        const QString publicUrl
            = QStringLiteral("https://desk.example.com/hooks/twilio/messages?inbox=2");
        const FormFields fields = inboundFields();
        QCOMPARE(post(local, fields, twilioSignature(m_token, publicUrl, fields)), 200);
        // Signed for the local address the provider never calls: refused.
        QCOMPARE(post(local, fields, twilioSignature(m_token, local.toString(), fields)), 403);
    }

    void busyPortIsAClearError()
    {
        WebhookReceiver first(config());
        QVERIFY(first.start(nullptr));
        WebhookReceiver second(config(first.port()));
        QString error;
        QVERIFY(!second.start(&error));
        QVERIFY(error.contains(QString::number(first.port())));
    }
};

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "TestWebhookReceiver.moc"
