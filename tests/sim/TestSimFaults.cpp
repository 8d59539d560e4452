// The simulator's controls (/sim/…) and every fault kind, observed from the client's side.
#include "SimTestClient.h"
#include "TestWorkspace.h"

#include <QtCore/QDateTime>
#include <QtCore/QProcess>
#include <QtCore/QSet>
#include <QtNetwork/QNetworkInterface>
#include <QtTest/QTest>

using namespace textdesk;
using namespace textdesk::simtest;

namespace {

QJsonObject fault(const QString &endpoint, const QString &kind, int count = 1)
{
    return { { QStringLiteral("endpoint"), endpoint },
             { QStringLiteral("kind"), kind },
             { QStringLiteral("count"), count } };
}

QStringList sidsOf(const QJsonObject &page)
{
    QStringList sids;
    for (const QJsonValue &message : page.value(QLatin1String("messages")).toArray())
        sids.append(message.toObject().value(QLatin1String("sid")).toString());
    return sids;
}

} // namespace

class TestSimFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimTestClient> m_client;
    QString m_fetch; // a message's URI

private slots:
    void init()
    {
        m_client = std::make_unique<SimTestClient>();
        QVERIFY(m_client->started());
        m_fetch = m_client->path(QStringLiteral("/Messages/%1.json")
                                     .arg(m_client->sendSid(kCustomer, QStringLiteral("x"))));
    }

    void cleanup() { m_client.reset(); }

    void errorsForTheNextRequests()
    {
        QJsonObject rule = fault(QStringLiteral("messages.fetch"), QStringLiteral("error"), 2);
        rule.insert(QStringLiteral("status"), 503);
        rule.insert(QStringLiteral("retryAfter"), QStringLiteral("2"));
        const HttpResult added = m_client->admin("POST", QStringLiteral("/sim/faults"), rule);
        QCOMPARE(added.status, 201);
        QVERIFY(added.json().value(QLatin1String("id")).toInt() > 0);
        QCOMPARE(m_client->admin("GET", QStringLiteral("/sim/faults"))
                     .json()
                     .value(QLatin1String("faults"))
                     .toArray()
                     .size(),
                 1);

        // Other endpoints are not affected.
        QCOMPARE(m_client->get(m_client->path(QStringLiteral("/Messages.json"))).status, 200);
        for (int i = 0; i < 2; ++i) {
            const HttpResult failed = m_client->get(m_fetch);
            QCOMPARE(failed.status, 503);
            QCOMPARE(failed.code(), 20503);
            QCOMPARE(failed.header("Retry-After"), QByteArray("2"));
        }
        QCOMPARE(m_client->get(m_fetch).status, 200);
        QCOMPARE(m_client->admin("GET", QStringLiteral("/sim/faults"))
                     .json()
                     .value(QLatin1String("faults"))
                     .toArray()
                     .size(),
                 0);

        // A given provider code, e.g. the queue being full.
        QJsonObject queueFull = fault(QStringLiteral("messages.create"), QStringLiteral("error"));
        queueFull.insert(QStringLiteral("status"), 400);
        queueFull.insert(QStringLiteral("code"), 21611);
        m_client->addFault(queueFull);
        QCOMPARE(m_client->send(kCustomer, QStringLiteral("y")).code(), 21611);
        QCOMPARE(m_client->listAll(QString()).size(), 1); // not processed
    }

    void throttleWithAndWithoutRetryAfter()
    {
        m_client->addFault(fault(QStringLiteral("messages.list"), QStringLiteral("throttle")));
        const HttpResult plain = m_client->get(m_client->path(QStringLiteral("/Messages.json")));
        QCOMPARE(plain.status, 429);
        QCOMPARE(plain.code(), 20429);
        QVERIFY(plain.header("Retry-After").isEmpty());

        QJsonObject dated = fault(QStringLiteral("*"), QStringLiteral("throttle"));
        const QByteArray when = QLocale::c()
                                    .toString(QDateTime::currentDateTimeUtc().addSecs(3),
                                              QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                    .toLatin1();
        dated.insert(QStringLiteral("retryAfter"), QString::fromLatin1(when));
        m_client->addFault(dated);
        const HttpResult withDate = m_client->get(m_fetch);
        QCOMPARE(withDate.status, 429);
        QCOMPARE(withDate.header("Retry-After"), when);
        QCOMPARE(m_client->get(m_fetch).status, 200);
    }

    void latency()
    {
        QJsonObject slow = fault(QStringLiteral("messages.fetch"), QStringLiteral("latency"));
        // Long enough that the next, unslowed fetch is far below it even on a loaded machine:
        // the check is that the fault applied once, not how fast a fetch is.
        slow.insert(QStringLiteral("latencyMs"), 4000);
        m_client->addFault(slow);
        const HttpResult late = m_client->get(m_fetch);
        QCOMPARE(late.status, 200);
        // Qt's coarse timers may fire up to 5 % early.
        QVERIFY2(late.elapsedMs >= 3800, qPrintable(QString::number(late.elapsedMs)));
        const HttpResult next = m_client->get(m_fetch);
        QCOMPARE(next.status, 200);
        QVERIFY2(next.elapsedMs < 3000, qPrintable(QString::number(next.elapsedMs)));
    }

    void stallNeverAnswers()
    {
        m_client->addFault(fault(QStringLiteral("messages.create"), QStringLiteral("stall")));
        const HttpResult stalled = m_client->request(
            "POST", m_client->path(QStringLiteral("/Messages.json")),
            SimTestClient::encodeForm({ { QStringLiteral("To"), kCustomer },
                                        { QStringLiteral("From"), m_client->ourNumber() },
                                        { QStringLiteral("Body"), QStringLiteral("did it go?") } }),
            "application/x-www-form-urlencoded", SimTestClient::basicAuth(kAccount, kToken), 500);
        QCOMPARE(stalled.status, 0);
        QVERIFY2(stalled.error == QNetworkReply::OperationCanceledError
                     || stalled.error == QNetworkReply::TimeoutError,
                 qPrintable(QString::number(stalled.error)));
        QVERIFY(stalled.elapsedMs >= 450);
        // It was processed, though: the client cannot tell. Next requests work.
        QCOMPARE(m_client->listAll(QString()).size(), 2);
    }

    void cutMidBody()
    {
        for (int i = 0; i < 5; ++i)
            m_client->sendSid(kCustomer, QStringLiteral("padding %1").arg(i));
        const HttpResult whole = m_client->get(m_client->path(QStringLiteral("/Messages.json")));
        QCOMPARE(whole.status, 200);
        // QNetworkAccessManager reports a cut as an error or, depending on timing, as a reply
        // shorter than its Content-Length: either way the client can tell.
        const auto truncated = [](const HttpResult &result) {
            return result.error != QNetworkReply::NoError
                || result.body.size() < result.header("Content-Length").toLongLong();
        };
        m_client->addFault(fault(QStringLiteral("messages.list"), QStringLiteral("cut")));
        const HttpResult cut = m_client->get(m_client->path(QStringLiteral("/Messages.json")));
        QVERIFY(truncated(cut));
        QVERIFY(cut.body.size() < whole.body.size());

        // A cut create was processed all the same.
        m_client->addFault(fault(QStringLiteral("messages.create"), QStringLiteral("cut")));
        const HttpResult created = m_client->send(kCustomer, QStringLiteral("cut"));
        QVERIFY(truncated(created));
        QCOMPARE(m_client->listAll(QString()).size(), 7);
        QCOMPARE(m_client->get(m_client->path(QStringLiteral("/Messages.json"))).status, 200);
    }

    void duplicateAndReorderedPages()
    {
        for (int i = 0; i < 11; ++i)
            m_client->sendSid(kCustomer, QStringLiteral("n%1").arg(i));
        const QString first = m_client->path(QStringLiteral("/Messages.json?PageSize=5"));
        const QJsonObject page0 = m_client->get(first).json();
        const QString next = page0.value(QLatin1String("next_page_uri")).toString();
        const QStringList clean = sidsOf(m_client->get(next).json());
        QCOMPARE(clean.size(), 5);

        m_client->addFault(
            fault(QStringLiteral("messages.list"), QStringLiteral("duplicate-page")));
        const QStringList duplicated = sidsOf(m_client->get(next).json());
        QCOMPARE(duplicated.size(), 8);
        QCOMPARE(duplicated.mid(3), clean);
        QCOMPARE(duplicated.mid(0, 3), sidsOf(page0).mid(2)); // the end of the previous page again

        m_client->addFault(fault(QStringLiteral("messages.list"), QStringLiteral("reorder-page")));
        const QJsonObject reordered = m_client->get(next).json();
        QStringList expected = clean;
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(sidsOf(reordered), expected);
        QCOMPARE(sidsOf(m_client->get(next).json()), clean);

        // Page faults wait for a list request.
        m_client->addFault(fault(QStringLiteral("*"), QStringLiteral("reorder-page")));
        QCOMPARE(m_client->get(m_fetch).status, 200);
        QCOMPARE(m_client->admin("GET", QStringLiteral("/sim/faults"))
                     .json()
                     .value(QLatin1String("faults"))
                     .toArray()
                     .size(),
                 1);
    }

    void ratesAreSeeded()
    {
        QList<int> outcomes[2];
        for (int run = 0; run < 2; ++run) {
            SimTestClient client;
            QJsonObject rule { { QStringLiteral("endpoint"), QStringLiteral("numbers.list") },
                               { QStringLiteral("kind"), QStringLiteral("error") },
                               { QStringLiteral("rate"), 0.5 } };
            client.addFault(rule);
            for (int i = 0; i < 30; ++i)
                outcomes[run].append(
                    client.get(client.path(QStringLiteral("/IncomingPhoneNumbers.json"))).status);
        }
        QCOMPARE(outcomes[0], outcomes[1]);
        const auto errors = outcomes[0].count(500);
        QVERIFY2(errors > 5 && errors < 25, qPrintable(QString::number(errors)));
        // The rule stays until cleared.
        const HttpResult cleared = m_client->admin("DELETE", QStringLiteral("/sim/faults"));
        QCOMPARE(cleared.status, 200);
    }

    void clearAndBadRules()
    {
        m_client->addFault(fault(QStringLiteral("messages.fetch"), QStringLiteral("error"), 5));
        m_client->addFault(fault(QStringLiteral("*"), QStringLiteral("latency"), 5));
        const HttpResult cleared = m_client->admin("DELETE", QStringLiteral("/sim/faults"));
        QCOMPARE(cleared.json().value(QLatin1String("cleared")).toInt(), 2);
        QCOMPARE(m_client->get(m_fetch).status, 200);
        QCOMPARE(m_client
                     ->admin("POST", QStringLiteral("/sim/faults"),
                             fault(QStringLiteral("calls.create"), QStringLiteral("error")))
                     .status,
                 400);
        QCOMPARE(m_client
                     ->admin("POST", QStringLiteral("/sim/faults"),
                             fault(QStringLiteral("*"), QStringLiteral("explode")))
                     .status,
                 400);
        QCOMPARE(m_client
                     ->request("POST", QStringLiteral("/sim/faults"), "{not json",
                               "application/json", {})
                     .status,
                 400);
        QCOMPARE(m_client->admin("GET", QStringLiteral("/sim/nothing")).status, 404);
    }

    void networkDownDropsConnections()
    {
        QCOMPARE(m_client->get(m_fetch).status, 200); // a kept-alive connection exists now
        QCOMPARE(m_client
                     ->admin("POST", QStringLiteral("/sim/network"),
                             { { QStringLiteral("down"), true } })
                     .json()
                     .value(QLatin1String("down"))
                     .toBool(),
                 true);
        const HttpResult gone = m_client->get(m_fetch);
        QCOMPARE(gone.status, 0);
        QVERIFY(gone.error != QNetworkReply::NoError);
        QCOMPARE(m_client->send(kCustomer, QStringLiteral("lost")).status, 0);
        // The controls still answer.
        QCOMPARE(m_client->admin("GET", QStringLiteral("/sim/network"))
                     .json()
                     .value(QLatin1String("down"))
                     .toBool(),
                 true);
        QCOMPARE(m_client->admin("GET", QStringLiteral("/sim/stats"))
                     .json()
                     .value(QLatin1String("total"))
                     .toInt(),
                 1);
        m_client->admin("POST", QStringLiteral("/sim/network"),
                        { { QStringLiteral("down"), false } });
        QCOMPARE(m_client->get(m_fetch).status, 200);
        QCOMPARE(m_client
                     ->admin("POST", QStringLiteral("/sim/network"),
                             { { QStringLiteral("down"), QStringLiteral("yes") } })
                     .status,
                 400);
    }

    void inboundControl()
    {
        const HttpResult bad
            = m_client->admin("POST", QStringLiteral("/sim/inbound"),
                              { { QStringLiteral("from"), QStringLiteral("nobody") },
                                { QStringLiteral("body"), QStringLiteral("x") } });
        QCOMPARE(bad.status, 400);
        const HttpResult unknownMedia = m_client->admin(
            "POST", QStringLiteral("/sim/inbound"),
            { { QStringLiteral("from"), kCustomer },
              { QStringLiteral("media"), QJsonArray { QStringLiteral("hologram") } } });
        QCOMPARE(unknownMedia.status, 400);
        const HttpResult injected = m_client->admin(
            "POST", QStringLiteral("/sim/inbound"),
            { { QStringLiteral("from"), kCustomer },
              { QStringLiteral("body"), QStringLiteral("screenshot attached") },
              { QStringLiteral("media"),
                QJsonArray { QStringLiteral("screenshot"), QStringLiteral("corrupt"),
                             QStringLiteral("video") } } });
        QCOMPARE(injected.status, 201);
        const QJsonObject message = injected.json();
        QCOMPARE(message.value(QLatin1String("direction")).toString(), QStringLiteral("inbound"));
        QCOMPARE(message.value(QLatin1String("to")).toString(),
                 m_client->ourNumber()); // default: our first number
        QCOMPARE(message.value(QLatin1String("num_media")).toString(), QStringLiteral("3"));
        const QJsonArray media = m_client
                                     ->get(message.value(QLatin1String("subresource_uris"))
                                               .toObject()
                                               .value(QLatin1String("media"))
                                               .toString())
                                     .json()
                                     .value(QLatin1String("media_list"))
                                     .toArray();
        QCOMPARE(media.size(), 3);
        QCOMPARE(media[0].toObject().value(QLatin1String("content_type")).toString(),
                 QStringLiteral("image/png"));
        QVERIFY(media[2]
                    .toObject()
                    .value(QLatin1String("content_type"))
                    .toString()
                    .startsWith(QLatin1String("video/")));
        const QJsonObject stats = m_client->admin("GET", QStringLiteral("/sim/stats")).json();
        QCOMPARE(stats.value(QLatin1String("total")).toInt(), 2);
        QCOMPARE(stats.value(QLatin1String("direction"))
                     .toObject()
                     .value(QLatin1String("inbound"))
                     .toInt(),
                 1);
        QCOMPARE(stats.value(QLatin1String("status"))
                     .toObject()
                     .value(QLatin1String("received"))
                     .toInt(),
                 1);
    }

    void controlsAnswerLoopbackOnly()
    {
        // It needs an IPv4 address that is not loopback. Rather than depend on the machine's
        // network (a CI container may have none, and the test would be skipped), it runs in a
        // network namespace of its own (unshare, no privilege needed) whose lo also carries
        // 192.0.2.1 (TEST-NET-1): nothing leaves that namespace.
        if (qEnvironmentVariableIsEmpty("TEXTDESK_TEST_NETNS")) {
            QProcess child;
            QProcessEnvironment env = textdesk::test::childEnvironment();
            env.insert(QStringLiteral("TEXTDESK_TEST_NETNS"), QStringLiteral("1"));
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(QStringLiteral("unshare"),
                        { QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                          QStringLiteral("--net"), QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("PATH=$PATH:/usr/sbin:/sbin; ip link set lo up && ip "
                                         "addr add 192.0.2.1/32 dev lo && exec \"$0\" "
                                         "controlsAnswerLoopbackOnly"),
                          QCoreApplication::applicationFilePath() });
            const bool finished = child.waitForFinished(60'000);
            const QString output = QString::fromLocal8Bit(child.readAll()) + child.errorString();
            QVERIFY2(finished && child.exitStatus() == QProcess::NormalExit
                         && child.exitCode() == 0,
                     qPrintable(QStringLiteral("in its own network namespace (needs unshare and "
                                               "ip, and unprivileged user namespaces):\n")
                                + output));
            return;
        }
        const QHostAddress outside(QStringLiteral("192.0.2.1"));
        QVERIFY(QNetworkInterface::allAddresses().contains(outside));
        auto options = SimTestClient::defaultOptions();
        options.host = QHostAddress(QHostAddress::AnyIPv4);
        SimTestClient client(options);
        QVERIFY(client.started());
        const QString base
            = QStringLiteral("http://%1:%2").arg(outside.toString()).arg(client.sim().port());
        const HttpResult refused
            = client.request("GET", base + QStringLiteral("/sim/stats"), {}, {}, {});
        QCOMPARE(refused.status, 403);
        // The API itself answers anyone with credentials.
        QCOMPARE(client.get(base + client.path(QStringLiteral("/Messages.json"))).status, 200);
        QCOMPARE(client.admin("GET", QStringLiteral("/sim/stats")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSimFaults)
#include "TestSimFaults.moc"
