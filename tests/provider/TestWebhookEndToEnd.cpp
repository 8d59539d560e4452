// The simulator's webhooks, signed as the provider signs them, received and verified by the
// app's receiver: over real loopback HTTP, both ways.
#include "SimHarness.h"
#include "Simulator.h"
#include "webhook/WebhookReceiver.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace textdesk;
using namespace textdesk::provider;
using textdesk::test::SimHarness;
using textdesk::test::waitFor;

class TestWebhookEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void inboundAndStatusCallbacksArriveSigned()
    {
        WebhookReceiver::Config config;
        config.authToken = SimHarness::kAuthToken;
        WebhookReceiver receiver(config);
        QVERIFY(receiver.start(nullptr));

        sim::SimulatorOptions options;
        options.accountSid = QLatin1String(SimHarness::kAccountSid);
        options.authToken = QLatin1String(SimHarness::kAuthToken);
        options.scenario = QStringLiteral("empty");
        options.statusStepMs = 30;
        options.failureRate = 0;
        options.webhookUrl = receiver.messagesUrl();
        sim::Simulator simulator(options);
        QString error;
        QVERIFY2(simulator.start(&error), qPrintable(error));

        QSignalSpy inbound(&receiver, &WebhookReceiver::inboundMessage);
        QSignalSpy status(&receiver, &WebhookReceiver::statusChanged);
        QSignalSpy rejected(&receiver, &WebhookReceiver::requestRejected);

        QNetworkAccessManager network;
        ProviderConfig client;
        client.baseUrl = simulator.baseUrl();
        client.credentials.accountSid = options.accountSid;
        client.credentials.secret = SimHarness::kAuthToken;
        TwilioClient twilio(&network, client);

        // A customer writes in: the simulator posts it, signed.
        QNetworkRequest inject(
            QUrl(simulator.baseUrl().toString() + QStringLiteral("/sim/inbound")));
        inject.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(
            inject, R"({"from": "+14155552671", "body": "Is my order on its way?"})");
        QSignalSpy injected(reply, &QNetworkReply::finished);
        QVERIFY(injected.wait(5000));
        reply->deleteLater();
        QTRY_COMPARE_WITH_TIMEOUT(inbound.size(), 1, 5000);
        const auto message = inbound.first().at(0).value<ProviderMessage>();
        QCOMPARE(message.from, QStringLiteral("+14155552671"));
        QCOMPARE(message.body, QStringLiteral("Is my order on its way?"));
        QVERIFY(TwilioClient::isMessageSid(message.sid));

        // We answer, asking for status callbacks on the receiver's status URL.
        OutgoingMessage answer;
        answer.to = message.from;
        answer.from = message.to;
        answer.body = QStringLiteral("Yes, it ships today.");
        answer.statusCallback = receiver.statusUrl();
        MessageJob *sent = twilio.send(answer);
        QVERIFY(waitFor(sent));
        QVERIFY2(sent->succeeded(), qPrintable(sent->error().details()));
        const QString sid = sent->message.sid;
        QTRY_VERIFY_WITH_TIMEOUT(
            !status.isEmpty() && status.last().at(1).toString() == QLatin1String("delivered"),
            5000);
        for (const auto &call : std::as_const(status))
            QCOMPARE(call.at(0).toString(), sid);
        QCOMPARE(rejected.size(), 0);

        // Someone who knows the URL but not the token gets nowhere.
        QNetworkRequest forged(receiver.messagesUrl());
        forged.setHeader(QNetworkRequest::ContentTypeHeader,
                         QByteArrayLiteral("application/x-www-form-urlencoded"));
        forged.setRawHeader("X-Twilio-Signature", "bm90IGEgc2lnbmF0dXJl");
        QNetworkReply *forgedReply
            = network.post(forged, "From=%2B15550001111&Body=refund+me&SmsStatus=received");
        QSignalSpy forgedDone(forgedReply, &QNetworkReply::finished);
        QVERIFY(forgedDone.wait(5000));
        forgedReply->deleteLater();
        QCOMPARE(forgedReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
        QCOMPARE(inbound.size(), 1);
        QCOMPARE(rejected.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWebhookEndToEnd)
#include "TestWebhookEndToEnd.moc"
