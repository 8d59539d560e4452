// What happens to messages over time: status progression and its callbacks, failures, opt-out
// keywords, signed webhooks, and the scenario's customers answering.
#include "SimTestClient.h"
#include "provider/TwilioSignature.h"

#include <QtCore/QRegularExpression>
#include <QtTest/QTest>

using namespace textdesk;
using namespace textdesk::simtest;

namespace {

bool signatureValid(const WebhookSink &sink, const WebhookSink::Hook &hook)
{
    QUrl url = sink.url(hook.path);
    url.setQuery(hook.query, QUrl::StrictMode);
    return provider::verifyTwilioSignature(kToken.toUtf8(), url, hook.fields, hook.signature);
}

QStringList statusesOf(const QList<WebhookSink::Hook> &hooks, const QString &sid)
{
    QStringList statuses;
    for (const auto &hook : hooks) {
        if (hook.value(QStringLiteral("MessageSid")) == sid
            && !hook.value(QStringLiteral("MessageStatus")).isEmpty())
            statuses.append(hook.value(QStringLiteral("MessageStatus")));
    }
    return statuses;
}

} // namespace

class TestSimLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void statusesProgressOverTime()
    {
        WebhookSink sink;
        auto options = SimTestClient::defaultOptions();
        options.statusStepMs = 40;
        options.webhookUrl = sink.url();
        SimTestClient client(options);
        const QString sid = client.sendSid(kCustomer, QStringLiteral("Your order shipped"));
        QCOMPARE(client.fetch(sid).value(QLatin1String("status")).toString(),
                 QStringLiteral("queued"));
        QTRY_COMPARE_WITH_TIMEOUT(client.fetch(sid).value(QLatin1String("status")).toString(),
                                  QStringLiteral("delivered"), 5000);
        const QJsonObject delivered = client.fetch(sid);
        QVERIFY(!delivered.value(QLatin1String("date_sent")).isNull());
        QCOMPARE(delivered.value(QLatin1String("price")).toString(), QStringLiteral("-0.00790"));
        QCOMPARE(delivered.value(QLatin1String("price_unit")).toString(), QStringLiteral("USD"));
        QVERIFY(delivered.value(QLatin1String("error_code")).isNull());
        QTRY_COMPARE(statusesOf(sink.hooks, sid),
                     QStringList({ QStringLiteral("sending"), QStringLiteral("sent"),
                                   QStringLiteral("delivered") }));
        const WebhookSink::Hook &last = sink.hooks.last();
        QVERIFY(signatureValid(sink, last));
        QCOMPARE(last.value(QStringLiteral("AccountSid")), kAccount);
        QCOMPARE(last.value(QStringLiteral("To")), kCustomer);
        QCOMPARE(last.value(QStringLiteral("From")), client.ourNumber());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{10}$"))
                    .match(last.value(QStringLiteral("RawDlrDoneDate")))
                    .hasMatch());
        QVERIFY(last.value(QStringLiteral("ErrorCode")).isEmpty());
    }

    void settleFinishesEverythingAtOnce()
    {
        auto options = SimTestClient::defaultOptions();
        options.statusStepMs = 600'000;
        SimTestClient client(options);
        QStringList sids;
        for (int i = 0; i < 3; ++i)
            sids.append(client.sendSid(kCustomer, QStringLiteral("m%1").arg(i)));
        // No pause needed: with 600 s a step, "still queued" holds until the settle below.
        QCOMPARE(client.fetch(sids[0]).value(QLatin1String("status")).toString(),
                 QStringLiteral("queued"));
        QJsonObject stats = client.admin("GET", QStringLiteral("/sim/stats")).json();
        QCOMPARE(stats.value(QLatin1String("pendingTransitions")).toInt(), 3);
        const HttpResult settled = client.admin("POST", QStringLiteral("/sim/settle"));
        QCOMPARE(settled.status, 200);
        QCOMPARE(settled.json().value(QLatin1String("settled")).toInt(),
                 9); // 3 × (sending, sent, delivered)
        for (const QString &sid : sids)
            QCOMPARE(client.fetch(sid).value(QLatin1String("status")).toString(),
                     QStringLiteral("delivered"));
        stats = client.admin("GET", QStringLiteral("/sim/stats")).json();
        QCOMPARE(stats.value(QLatin1String("total")).toInt(), 3);
        QCOMPARE(stats.value(QLatin1String("status"))
                     .toObject()
                     .value(QLatin1String("delivered"))
                     .toInt(),
                 3);
        QCOMPARE(stats.value(QLatin1String("direction"))
                     .toObject()
                     .value(QLatin1String("outbound-api"))
                     .toInt(),
                 3);
        QCOMPARE(stats.value(QLatin1String("pendingTransitions")).toInt(), 0);
    }

    void failuresAreSeededAndCarryCodes()
    {
        WebhookSink sink;
        auto options = SimTestClient::defaultOptions();
        options.failureRate = 0.4;
        options.seed = 99;
        options.statusStepMs = 600'000;
        options.webhookUrl = sink.url();
        QStringList fates[2];
        for (int run = 0; run < 2; ++run) {
            SimTestClient client(options);
            QStringList sids;
            for (int i = 0; i < 40; ++i)
                sids.append(client.sendSid(kCustomer, QStringLiteral("m%1").arg(i)));
            client.settle();
            for (const QString &sid : sids) {
                const QJsonObject message = client.fetch(sid);
                const QString status = message.value(QLatin1String("status")).toString();
                fates[run].append(status);
                if (status == QLatin1String("delivered"))
                    continue;
                QVERIFY2(status == QLatin1String("failed")
                             || status == QLatin1String("undelivered"),
                         qPrintable(status));
                const int code = message.value(QLatin1String("error_code")).toInt();
                QVERIFY2(code >= 30001 && code <= 30008, qPrintable(QString::number(code)));
                QVERIFY(!message.value(QLatin1String("error_message")).toString().isEmpty());
                if (status == QLatin1String("failed"))
                    QVERIFY(message.value(QLatin1String("date_sent")).isNull());
            }
            QTRY_COMPARE(client.admin("GET", QStringLiteral("/sim/stats"))
                             .json()
                             .value(QLatin1String("webhooks"))
                             .toObject()
                             .value(QLatin1String("pending"))
                             .toInt(),
                         0);
        }
        QCOMPARE(fates[0], fates[1]); // the same seed, the same fates
        const auto delivered = fates[0].count(QStringLiteral("delivered"));
        QVERIFY2(delivered >= 14 && delivered <= 34, qPrintable(QString::number(delivered)));
        QVERIFY(fates[0].contains(QStringLiteral("failed")));
        QVERIFY(fates[0].contains(QStringLiteral("undelivered")));
        bool sawErrorCode = false;
        QVERIFY(sink.hooks.size() >= 2 * 40 * 2); // at least sending and an end each
        for (const auto &hook : std::as_const(sink.hooks)) {
            const QString status = hook.value(QStringLiteral("MessageStatus"));
            if (status == QLatin1String("failed") || status == QLatin1String("undelivered")) {
                QVERIFY(hook.value(QStringLiteral("ErrorCode")).startsWith(QLatin1String("300")));
                sawErrorCode = true;
            }
        }
        QVERIFY(sawErrorCode);
    }

    void optOutKeywords()
    {
        WebhookSink sink;
        auto options = SimTestClient::defaultOptions();
        options.webhookUrl = sink.url();
        SimTestClient client(options);
        QCOMPARE(client.send(kCustomer, QStringLiteral("Hi!")).status, 201);

        // Not alone: no opt-out.
        client.inbound(kCustomer, QStringLiteral("STOP PLEASE"));
        QCOMPARE(client.send(kCustomer, QStringLiteral("still fine")).status, 201);

        const QJsonObject stop = client.inbound(kCustomer, QStringLiteral("  stop "));
        QCOMPARE(stop.value(QLatin1String("status")).toString(), QStringLiteral("received"));
        QCOMPARE(stop.value(QLatin1String("direction")).toString(), QStringLiteral("inbound"));
        const HttpResult refused = client.send(kCustomer, QStringLiteral("One more thing"));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.code(), 21610);
        // Another customer is not affected.
        QCOMPARE(client.send(kOtherCustomer, QStringLiteral("hello")).status, 201);

        // The provider confirmed with an outbound-reply; HELP gets no answer while opted out.
        auto replies = [&] {
            QStringList bodies;
            for (const QJsonValue &message : client.listAll(QStringLiteral("To=%2B14155552671"))) {
                if (message.toObject().value(QLatin1String("direction")).toString()
                    == QLatin1String("outbound-reply"))
                    bodies.append(message.toObject().value(QLatin1String("body")).toString());
            }
            return bodies;
        };
        QCOMPARE(replies().size(), 1);
        QVERIFY(replies().first().contains(QLatin1String("unsubscribed")));
        client.inbound(kCustomer, QStringLiteral("HELP"));
        QCOMPARE(replies().size(), 1);

        client.inbound(kCustomer, QStringLiteral("Start"));
        QCOMPARE(replies().size(), 2);
        QCOMPARE(client.send(kCustomer, QStringLiteral("Welcome back")).status, 201);
        client.inbound(kCustomer, QStringLiteral("info"));
        QCOMPARE(replies().size(), 3);
        QVERIFY(replies().first().contains(QLatin1String("STOP")));

        // Every inbound message was stored, the keyword ones too.
        const QJsonObject stats = client.admin("GET", QStringLiteral("/sim/stats")).json();
        QCOMPARE(stats.value(QLatin1String("direction"))
                     .toObject()
                     .value(QLatin1String("inbound"))
                     .toInt(),
                 5);
        QCOMPARE(stats.value(QLatin1String("direction"))
                     .toObject()
                     .value(QLatin1String("outbound-reply"))
                     .toInt(),
                 3);

        // Inbound webhooks (no MessageStatus) in order, each with its keyword if any.
        const auto types = [&] {
            QStringList found;
            for (const auto &hook : std::as_const(sink.hooks)) {
                if (!hook.value(QStringLiteral("SmsStatus")).isEmpty()
                    && hook.value(QStringLiteral("MessageStatus")).isEmpty())
                    found.append(hook.value(QStringLiteral("OptOutType")));
            }
            return found;
        };
        QTRY_COMPARE(types(),
                     QStringList({ QString(), QStringLiteral("STOP"), QStringLiteral("HELP"),
                                   QStringLiteral("START"), QStringLiteral("HELP") }));
    }

    void inboundWebhookIsSignedAndComplete()
    {
        WebhookSink sink;
        auto options = SimTestClient::defaultOptions();
        options.webhookUrl = sink.url(QStringLiteral("/sms/incoming?tenant=a%20b&x=1"));
        SimTestClient client(options);
        const QJsonObject message
            = client.inbound(kCustomer, QStringLiteral("the box arrived like this"),
                             { QStringLiteral("photo"), QStringLiteral("pdf") });
        QCOMPARE(message.value(QLatin1String("num_media")).toString(), QStringLiteral("2"));
        QTRY_COMPARE(sink.hooks.size(), 1);
        const WebhookSink::Hook hook = sink.hooks.first();
        QCOMPARE(hook.path, QStringLiteral("/sms/incoming"));
        QVERIFY(signatureValid(sink, hook));
        QVERIFY(!hook.signature.isEmpty());
        WebhookSink::Hook tampered = hook;
        tampered.fields[0].second += QLatin1Char('x');
        QVERIFY(!signatureValid(sink, tampered));

        QCOMPARE(hook.value(QStringLiteral("MessageSid")),
                 message.value(QLatin1String("sid")).toString());
        QCOMPARE(hook.value(QStringLiteral("SmsSid")),
                 message.value(QLatin1String("sid")).toString());
        QCOMPARE(hook.value(QStringLiteral("AccountSid")), kAccount);
        QCOMPARE(hook.value(QStringLiteral("From")), kCustomer);
        QCOMPARE(hook.value(QStringLiteral("To")), client.ourNumber());
        QCOMPARE(hook.value(QStringLiteral("Body")), QStringLiteral("the box arrived like this"));
        QCOMPARE(hook.value(QStringLiteral("NumMedia")), QStringLiteral("2"));
        QCOMPARE(hook.value(QStringLiteral("NumSegments")), QStringLiteral("1"));
        QCOMPARE(hook.value(QStringLiteral("SmsStatus")), QStringLiteral("received"));
        QCOMPARE(hook.value(QStringLiteral("MediaContentType0")), QStringLiteral("image/jpeg"));
        QCOMPARE(hook.value(QStringLiteral("MediaContentType1")),
                 QStringLiteral("application/pdf"));
        const HttpResult photo = client.getMedia(hook.value(QStringLiteral("MediaUrl0")));
        QCOMPARE(photo.status, 200);
        QVERIFY(photo.body.startsWith("\xff\xd8")); // JPEG
        QCOMPARE(photo.header("Content-Type"), QByteArray("image/jpeg"));
        QVERIFY(client.getMedia(hook.value(QStringLiteral("MediaUrl1"))).body.startsWith("%PDF"));
    }

    void statusCallbackParameterWins()
    {
        WebhookSink defaults;
        WebhookSink own;
        auto options = SimTestClient::defaultOptions();
        options.webhookUrl = defaults.url();
        SimTestClient client(options);
        const QString callback = own.url(QStringLiteral("/status?message=42")).toString();
        const HttpResult created = client.send(kCustomer, QStringLiteral("tracked"),
                                               { { QStringLiteral("StatusCallback"), callback } });
        const QString sid = created.json().value(QLatin1String("sid")).toString();
        client.settle();
        QTRY_COMPARE(statusesOf(own.hooks, sid).size(), 3);
        for (const auto &hook : std::as_const(own.hooks))
            QVERIFY(signatureValid(own, hook));
        QCOMPARE(own.hooks.first().query, QStringLiteral("message=42"));
        // A message without its own callback, sent after: once its hooks reached the default
        // URL, any of the first message's would have too.
        const QString control = client.send(kCustomer, QStringLiteral("control"))
                                    .json()
                                    .value(QLatin1String("sid"))
                                    .toString();
        client.settle();
        QTRY_COMPARE(statusesOf(defaults.hooks, control).size(), 3);
        QVERIFY(statusesOf(defaults.hooks, sid).isEmpty());
    }

    void unreachableWebhookIsNotFatal()
    {
        auto options = SimTestClient::defaultOptions();
        options.webhookUrl = QUrl(QStringLiteral("http://127.0.0.1:1/nothing"));
        SimTestClient client(options);
        for (int i = 0; i < 4; ++i)
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral("webhook .* failed")));
        client.inbound(kCustomer, QStringLiteral("hello?"));
        client.sendSid(kCustomer, QStringLiteral("answer"));
        client.settle();
        QTRY_COMPARE(client.admin("GET", QStringLiteral("/sim/stats"))
                         .json()
                         .value(QLatin1String("webhooks"))
                         .toObject()
                         .value(QLatin1String("failed"))
                         .toInt(),
                     4);
        QCOMPARE(client.listAll(QString()).size(), 2);
    }

    void demoScenarioSeedsAndAnswers()
    {
        auto options = SimTestClient::defaultOptions();
        options.scenario = QStringLiteral("demo");
        SimTestClient client(options);
        QVERIFY2(client.started(), qPrintable(client.error()));
        const QJsonArray history = client.listAll(QStringLiteral("PageSize=1000"));
        QVERIFY(history.size() > 40);
        int withMedia = 0;
        for (const QJsonValue &message : history)
            withMedia
                += message.toObject().value(QLatin1String("num_media")).toString().toInt() > 0;
        QVERIFY(withMedia > 0);
        // The history's opt-outs hold: whoever texted STOP last cannot be written to.
        QStringList customers;
        QString stopped;
        for (qsizetype n = history.size() - 1; n >= 0; --n) { // oldest first
            const QJsonObject message = history.at(n).toObject();
            if (message.value(QLatin1String("direction")).toString() != QLatin1String("inbound"))
                continue;
            const QString from = message.value(QLatin1String("from")).toString();
            if (message.value(QLatin1String("body"))
                    .toString()
                    .trimmed()
                    .compare(QLatin1String("stop"), Qt::CaseInsensitive)
                == 0)
                stopped = from;
            if (!customers.contains(from))
                customers.append(from);
        }
        QVERIFY(!stopped.isEmpty());
        const HttpResult refused
            = client.postForm(client.path(QStringLiteral("/Messages.json")),
                              { { QStringLiteral("To"), stopped },
                                { QStringLiteral("MessagingServiceSid"),
                                  QStringLiteral("MG0123456789abcdef0123456789abcdef") },
                                { QStringLiteral("Body"), QStringLiteral("Hello?") } });
        QCOMPARE(refused.code(), 21610);

        // A customer of the history gets a message, and the scenario answers it.
        int answered = 0;
        for (const QString &customer : std::as_const(customers)) {
            const QString query
                = QStringLiteral("From=") + QString::fromLatin1(QUrl::toPercentEncoding(customer));
            const qsizetype before = client.listAll(query).size();
            const HttpResult sent = client.postForm(
                client.path(QStringLiteral("/Messages.json")),
                { { QStringLiteral("To"), customer },
                  { QStringLiteral("MessagingServiceSid"),
                    QStringLiteral("MG0123456789abcdef0123456789abcdef") },
                  { QStringLiteral("Body"),
                    QStringLiteral("Hi! Your order has shipped. Anything else?") } });
            if (sent.status != 201)
                continue; // opted out in the history
            client.settle();
            QTRY_VERIFY_WITH_TIMEOUT(client.listAll(query).size() > before, 30'000);
            answered = 1;
            break;
        }
        QVERIFY(answered);
    }
};

QTEST_GUILESS_MAIN(TestSimLifecycle)
#include "TestSimLifecycle.moc"
