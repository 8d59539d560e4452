// The simulator's Messages API over real HTTP on 127.0.0.1: create, fetch, list (filters,
// paging while messages arrive), update, delete, media, numbers, auth and every sync error.
#include "SimTestClient.h"
#include "TimeFormat.h"

#include <QtCore/QDateTime>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

using namespace textdesk::simtest;

namespace {

QStringList sidsOf(const QJsonArray &messages)
{
    QStringList sids;
    for (const QJsonValue &message : messages)
        sids.append(message.toObject().value(QLatin1String("sid")).toString());
    return sids;
}

QString today(int days = 0)
{
    return QDateTime::currentDateTimeUtc().addDays(days).date().toString(Qt::ISODate);
}

} // namespace

class TestSimServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimTestClient> m_client;

private slots:
    void init()
    {
        m_client = std::make_unique<SimTestClient>();
        QVERIFY2(m_client->started(), qPrintable(m_client->error()));
        QCOMPARE(m_client->ourNumber(), QStringLiteral("+15005550006"));
    }

    void cleanup() { m_client.reset(); }

    void createAndFetch()
    {
        const HttpResult created = m_client->send(kCustomer, QStringLiteral("Hello there"));
        QCOMPARE(created.status, 201);
        QVERIFY(created.header("Content-Type").startsWith("application/json"));
        const QJsonObject message = created.json();
        const QString sid = message.value(QLatin1String("sid")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^SM[0-9a-f]{32}$")).match(sid).hasMatch());
        QCOMPARE(message.value(QLatin1String("status")).toString(), QStringLiteral("queued"));
        QCOMPARE(message.value(QLatin1String("direction")).toString(),
                 QStringLiteral("outbound-api"));
        QCOMPARE(message.value(QLatin1String("to")).toString(), kCustomer);
        QCOMPARE(message.value(QLatin1String("from")).toString(), m_client->ourNumber());
        QCOMPARE(message.value(QLatin1String("body")).toString(), QStringLiteral("Hello there"));
        QCOMPARE(message.value(QLatin1String("num_segments")).toString(), QStringLiteral("1"));
        QCOMPARE(message.value(QLatin1String("num_media")).toString(), QStringLiteral("0"));
        QVERIFY(message.value(QLatin1String("price")).isNull());
        QVERIFY(message.value(QLatin1String("date_sent")).isNull());
        QVERIFY(message.value(QLatin1String("error_code")).isNull());
        QCOMPARE(message.value(QLatin1String("api_version")).toString(),
                 QStringLiteral("2010-04-01"));
        QCOMPARE(message.value(QLatin1String("uri")).toString(),
                 m_client->path(QStringLiteral("/Messages/%1.json").arg(sid)));
        QCOMPARE(message.value(QLatin1String("subresource_uris"))
                     .toObject()
                     .value(QLatin1String("media"))
                     .toString(),
                 m_client->path(QStringLiteral("/Messages/%1/Media.json").arg(sid)));
        const QDateTime createdAt = QDateTime::fromString(
            message.value(QLatin1String("date_created")).toString(), Qt::RFC2822Date);
        QVERIFY(createdAt.isValid());
        QVERIFY(qAbs(createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 5);
        QVERIFY(message.value(QLatin1String("date_created"))
                    .toString()
                    .endsWith(QLatin1String(" +0000")));

        const HttpResult fetched
            = m_client->get(m_client->path(QStringLiteral("/Messages/%1.json").arg(sid)));
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.json().value(QLatin1String("sid")).toString(), sid);
        QCOMPARE(fetched.json().value(QLatin1String("body")).toString(),
                 QStringLiteral("Hello there"));

        // Long and non-GSM bodies count their segments.
        const HttpResult longOne = m_client->send(kCustomer, QString(200, QLatin1Char('a')));
        QCOMPARE(longOne.json().value(QLatin1String("num_segments")).toString(),
                 QStringLiteral("2"));
        const HttpResult emoji = m_client->send(kCustomer, QStringLiteral("Thanks 🙂"));
        QCOMPARE(emoji.json().value(QLatin1String("num_segments")).toString(), QStringLiteral("1"));
    }

    void mediaUploadedAndExternal()
    {
        const QByteArray bytes = QByteArray("%PDF-1.4 pretend ") + QByteArray(3000, 'x');
        const HttpResult upload
            = m_client->request("POST", QStringLiteral("/sim/media"), bytes, "application/pdf", {});
        QCOMPARE(upload.status, 201);
        const QString uploaded = upload.json().value(QLatin1String("url")).toString();
        QVERIFY(uploaded.startsWith(m_client->sim().baseUrl().toString()));

        const HttpResult created = m_client->send(
            kCustomer, QStringLiteral("Your invoice"),
            { { QStringLiteral("MediaUrl"), uploaded },
              { QStringLiteral("MediaUrl"), QStringLiteral("https://cdn.example.com/logo.png") } });
        QCOMPARE(created.status, 201);
        const QJsonObject message = created.json();
        const QString sid = message.value(QLatin1String("sid")).toString();
        QVERIFY(sid.startsWith(QLatin1String("MM")));
        QCOMPARE(message.value(QLatin1String("num_media")).toString(), QStringLiteral("2"));

        const HttpResult list
            = m_client->get(m_client->path(QStringLiteral("/Messages/%1/Media.json").arg(sid)));
        QCOMPARE(list.status, 200);
        const QJsonArray media = list.json().value(QLatin1String("media_list")).toArray();
        QCOMPARE(media.size(), 2);
        const QJsonObject pdf = media[0].toObject();
        QCOMPARE(pdf.value(QLatin1String("content_type")).toString(),
                 QStringLiteral("application/pdf"));
        QCOMPARE(pdf.value(QLatin1String("parent_sid")).toString(), sid);
        QVERIFY(pdf.value(QLatin1String("sid")).toString().startsWith(QLatin1String("ME")));
        QCOMPARE(media[1].toObject().value(QLatin1String("content_type")).toString(),
                 QStringLiteral("image/png"));

        // Fetch, then the content: the same path without .json, real bytes.
        const QString uri = pdf.value(QLatin1String("uri")).toString();
        QCOMPARE(m_client->get(uri).json().value(QLatin1String("sid")),
                 pdf.value(QLatin1String("sid")));
        // The content is a redirect to the storage host (another origin), like the
        // provider's: a signed URL that serves the bytes, and refuses the account's credentials.
        const HttpResult redirect = m_client->get(uri.chopped(5));
        QCOMPARE(redirect.status, 307);
        const QUrl location(QString::fromLatin1(redirect.header("Location")));
        QVERIFY(location.port() != m_client->sim().port());
        QCOMPARE(location.port(), m_client->sim().mediaHostUrl().port());
        QVERIFY(location.query().contains(QLatin1String("Signature=")));
        const QString storage = location.toString(QUrl::FullyEncoded);
        const HttpResult content = m_client->request("GET", storage, {}, {}, {});
        QCOMPARE(content.status, 200);
        QCOMPARE(content.header("Content-Type"), QByteArray("application/pdf"));
        QCOMPARE(content.body, bytes);
        QCOMPARE(m_client->get(storage).status, 400); // with Authorization: refused
        QUrl forged = location;
        forged.setPath(location.path() + QStringLiteral("0")); // another item, same signature
        QCOMPARE(m_client->request("GET", forged.toString(QUrl::FullyEncoded), {}, {}, {}).status,
                 403); // the signature covers the path
        const QJsonArray seen = m_client->admin("GET", QStringLiteral("/sim/media-host/requests"))
                                    .json()
                                    .value(QLatin1String("requests"))
                                    .toArray();
        QCOMPARE(seen.size(), 3);
        QVERIFY(!seen[0]
                     .toObject()
                     .value(QLatin1String("headers"))
                     .toObject()
                     .contains(QLatin1String("authorization")));
        QVERIFY(seen[1]
                    .toObject()
                    .value(QLatin1String("headers"))
                    .toObject()
                    .contains(QLatin1String("authorization")));
        const HttpResult png = m_client->request(
            "GET",
            QString::fromLatin1(
                m_client->get(media[1].toObject().value(QLatin1String("uri")).toString().chopped(5))
                    .header("Location")),
            {}, {}, {});
        QVERIFY(png.body.startsWith("\x89PNG"));
        // Content is behind auth like the rest.
        QCOMPARE(m_client->request("GET", uri.chopped(5), {}, {}, {}).status, 401);

        QCOMPARE(m_client->del(uri).status, 204);
        QCOMPARE(m_client->get(m_client->path(QStringLiteral("/Messages/%1/Media.json").arg(sid)))
                     .json()
                     .value(QLatin1String("media_list"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(m_client->get(uri).status, 404);

        // Media alone is a message; bad URLs are refused.
        QCOMPARE(m_client->send(kCustomer, QString(), { { QStringLiteral("MediaUrl"), uploaded } })
                     .status,
                 201);
        QCOMPARE(m_client
                     ->send(kCustomer, QString(),
                            { { QStringLiteral("MediaUrl"), QStringLiteral("ftp://x/y") } })
                     .code(),
                 21620);
    }

    void listFiltersAndOrder()
    {
        QStringList toCustomer;
        for (int i = 0; i < 3; ++i)
            toCustomer.append(m_client->sendSid(kCustomer, QStringLiteral("c%1").arg(i)));
        const QString other = m_client->sendSid(kOtherCustomer, QStringLiteral("other"));
        const QString inbound = m_client->inbound(kCustomer, QStringLiteral("hi"))
                                    .value(QLatin1String("sid"))
                                    .toString();

        const QJsonArray all = m_client->listAll(QString());
        QCOMPARE(sidsOf(all),
                 QStringList({ inbound, other, toCustomer[2], toCustomer[1], toCustomer[0] }));

        QCOMPARE(sidsOf(m_client->listAll(QStringLiteral("To=%2B14155552671"))),
                 QStringList({ toCustomer[2], toCustomer[1], toCustomer[0] }));
        QCOMPARE(sidsOf(m_client->listAll(QStringLiteral("From=%2B14155552671"))),
                 QStringList({ inbound }));
        QCOMPARE(sidsOf(m_client->listAll(QStringLiteral("To=%2B19995550000"))), QStringList());

        // DateSent filters need a date_sent: after settling, everything was sent today.
        m_client->settle();
        QCOMPARE(m_client->listAll(QStringLiteral("DateSent=") + today()).size(), 5);
        QCOMPARE(m_client->listAll(QStringLiteral("DateSent%3E=") + today()).size(), 5);
        QCOMPARE(m_client->listAll(QStringLiteral("DateSent%3C=") + today()).size(), 5);
        QCOMPARE(m_client->listAll(QStringLiteral("DateSent%3C=") + today(-1)).size(), 0);
        QCOMPARE(m_client->listAll(QStringLiteral("DateSent%3E=") + today(1)).size(), 0);
        QCOMPARE(m_client
                     ->listAll(QStringLiteral("DateSent%3E=") + today(-1)
                               + QStringLiteral("&To=%2B12125550123"))
                     .size(),
                 1);
        const HttpResult page = m_client->get(
            m_client->path(QStringLiteral("/Messages.json?DateSent%3E=") + today()));
        QVERIFY(page.json()
                    .value(QLatin1String("uri"))
                    .toString()
                    .contains(QLatin1String("DateSent%3E=")));
        QCOMPARE(m_client->get(m_client->path(QStringLiteral("/Messages.json?DateSent=yesterday")))
                     .status,
                 400);
    }

    void pagingIsStableWhileMessagesArrive()
    {
        QStringList expected;
        for (int i = 0; i < 25; ++i)
            expected.prepend(m_client->sendSid(kCustomer, QStringLiteral("m%1").arg(i)));
        QStringList seen;
        QString next = m_client->path(QStringLiteral("/Messages.json?PageSize=10"));
        QString secondPage;
        int pages = 0;
        while (!next.isEmpty()) {
            const QJsonObject page = m_client->get(next).json();
            QCOMPARE(page.value(QLatin1String("page")).toInt(), pages);
            QCOMPARE(page.value(QLatin1String("page_size")).toInt(), 10);
            QCOMPARE(page.value(QLatin1String("start")).toInt(), pages * 10);
            if (pages == 1)
                secondPage = next;
            seen += sidsOf(page.value(QLatin1String("messages")).toArray());
            next = page.value(QLatin1String("next_page_uri")).toString();
            // New messages between page fetches go to the front, never into later pages.
            m_client->sendSid(kCustomer, QStringLiteral("meanwhile %1").arg(pages));
            m_client->inbound(kOtherCustomer, QStringLiteral("meanwhile %1").arg(pages));
            ++pages;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen, expected);

        // previous_page_uri of page 1 leads back to exactly page 0's items.
        const QJsonObject second = m_client->get(secondPage).json();
        const QString previous = second.value(QLatin1String("previous_page_uri")).toString();
        QVERIFY(!previous.isEmpty());
        const QJsonObject first = m_client->get(previous).json();
        QCOMPARE(first.value(QLatin1String("page")).toInt(), 0);
        QCOMPARE(sidsOf(first.value(QLatin1String("messages")).toArray()), expected.mid(0, 10));
        QVERIFY(m_client->get(m_client->path(QStringLiteral("/Messages.json")))
                    .json()
                    .value(QLatin1String("previous_page_uri"))
                    .isNull());

        // A deleted message leaves no gap either.
        QCOMPARE(
            m_client->del(m_client->path(QStringLiteral("/Messages/%1.json").arg(expected[10])))
                .status,
            204);
        const QJsonObject again = m_client->get(secondPage).json();
        QCOMPARE(sidsOf(again.value(QLatin1String("messages")).toArray()), expected.mid(11, 10));
        QCOMPARE(m_client->get(m_client->path(QStringLiteral("/Messages.json?PageToken=garbage")))
                     .status,
                 400);
    }

    void pageSizeDefaultAndLimit()
    {
        for (int i = 0; i < 3; ++i)
            m_client->sendSid(kCustomer, QStringLiteral("x"));
        const QJsonObject standard
            = m_client->get(m_client->path(QStringLiteral("/Messages.json"))).json();
        QCOMPARE(standard.value(QLatin1String("page_size")).toInt(), 50);
        QVERIFY(standard.value(QLatin1String("next_page_uri")).isNull());
        QCOMPARE(standard.value(QLatin1String("end")).toInt(), 2);
        QCOMPARE(standard.value(QLatin1String("first_page_uri")).toString(),
                 m_client->path(QStringLiteral("/Messages.json?PageSize=50&Page=0")));
        QCOMPARE(m_client->get(m_client->path(QStringLiteral("/Messages.json?PageSize=5000")))
                     .json()
                     .value(QLatin1String("page_size"))
                     .toInt(),
                 1000);
    }

    void redactAndCancel()
    {
        const QString sid
            = m_client->sendSid(kCustomer, QStringLiteral("card 4111 1111 1111 1111"));
        const QString uri = m_client->path(QStringLiteral("/Messages/%1.json").arg(sid));
        const HttpResult redacted
            = m_client->postForm(uri, { { QStringLiteral("Body"), QString() } });
        QCOMPARE(redacted.status, 200);
        QCOMPARE(redacted.json().value(QLatin1String("body")).toString(), QString());
        QCOMPARE(m_client->fetch(sid).value(QLatin1String("body")).toString(), QString());

        // Only a scheduled message can be canceled.
        QCOMPARE(
            m_client->postForm(uri, { { QStringLiteral("Status"), QStringLiteral("canceled") } })
                .status,
            400);
        const QString sendAt = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
        const HttpResult scheduled = m_client->postForm(
            m_client->path(QStringLiteral("/Messages.json")),
            { { QStringLiteral("To"), kCustomer },
              { QStringLiteral("MessagingServiceSid"),
                QStringLiteral("MG0123456789abcdef0123456789abcdef") },
              { QStringLiteral("Body"), QStringLiteral("Reminder: tomorrow 10am") },
              { QStringLiteral("ScheduleType"), QStringLiteral("fixed") },
              { QStringLiteral("SendAt"), sendAt } });
        QCOMPARE(scheduled.status, 201);
        QCOMPARE(scheduled.json().value(QLatin1String("status")).toString(),
                 QStringLiteral("scheduled"));
        QVERIFY(scheduled.json().value(QLatin1String("date_sent")).isNull());
        QCOMPARE(scheduled.json().value(QLatin1String("messaging_service_sid")).toString(),
                 QStringLiteral("MG0123456789abcdef0123456789abcdef"));
        const QString scheduledSid = scheduled.json().value(QLatin1String("sid")).toString();
        m_client->settle(); // waits for SendAt, not for settling
        QCOMPARE(m_client->fetch(scheduledSid).value(QLatin1String("status")).toString(),
                 QStringLiteral("scheduled"));
        const HttpResult canceled = m_client->postForm(
            m_client->path(QStringLiteral("/Messages/%1.json").arg(scheduledSid)),
            { { QStringLiteral("Status"), QStringLiteral("canceled") } });
        QCOMPARE(canceled.status, 200);
        QCOMPARE(canceled.json().value(QLatin1String("status")).toString(),
                 QStringLiteral("canceled"));

        // A send through the service without From is accepted, then gets a sender.
        const HttpResult viaService
            = m_client->postForm(m_client->path(QStringLiteral("/Messages.json")),
                                 { { QStringLiteral("To"), kCustomer },
                                   { QStringLiteral("MessagingServiceSid"),
                                     QStringLiteral("MG0123456789abcdef0123456789abcdef") },
                                   { QStringLiteral("Body"), QStringLiteral("hi") } });
        QCOMPARE(viaService.json().value(QLatin1String("status")).toString(),
                 QStringLiteral("accepted"));
        m_client->settle();
        QCOMPARE(m_client->fetch(viaService.json().value(QLatin1String("sid")).toString())
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("delivered"));
    }

    void deleteMessage()
    {
        const QString sid = m_client->sendSid(kCustomer, QStringLiteral("delete me"));
        const QString uri = m_client->path(QStringLiteral("/Messages/%1.json").arg(sid));
        const HttpResult deleted = m_client->del(uri);
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        const HttpResult gone = m_client->get(uri);
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.code(), 20404);
        QCOMPARE(m_client->del(uri).status, 404);
        QCOMPARE(m_client->listAll(QString()).size(), 0);
    }

    void incomingPhoneNumbers()
    {
        const HttpResult numbers
            = m_client->get(m_client->path(QStringLiteral("/IncomingPhoneNumbers.json")));
        QCOMPARE(numbers.status, 200);
        const QJsonArray list
            = numbers.json().value(QLatin1String("incoming_phone_numbers")).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject number = list.first().toObject();
        QCOMPARE(number.value(QLatin1String("phone_number")).toString(),
                 QStringLiteral("+15005550006"));
        QVERIFY(QRegularExpression(QStringLiteral("^PN[0-9a-f]{32}$"))
                    .match(number.value(QLatin1String("sid")).toString())
                    .hasMatch());
        const QJsonObject capabilities = number.value(QLatin1String("capabilities")).toObject();
        QVERIFY(capabilities.value(QLatin1String("sms")).toBool());
        QVERIFY(capabilities.value(QLatin1String("mms")).toBool());
        QCOMPARE(number.value(QLatin1String("account_sid")).toString(), kAccount);
        QVERIFY(numbers.json().value(QLatin1String("next_page_uri")).isNull());
    }

    void authentication()
    {
        const QString list = m_client->path(QStringLiteral("/Messages.json"));
        const HttpResult none = m_client->request("GET", list, {}, {}, {});
        QCOMPARE(none.status, 401);
        const QJsonObject error = none.json();
        QCOMPARE(error.value(QLatin1String("code")).toInt(), 20003);
        QCOMPARE(error.value(QLatin1String("status")).toInt(), 401);
        QCOMPARE(error.value(QLatin1String("more_info")).toString(),
                 QStringLiteral("https://www.twilio.com/docs/errors/20003"));
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(m_client
                     ->request("GET", list, {}, {},
                               SimTestClient::basicAuth(kAccount, QStringLiteral("wrong")))
                     .status,
                 401);

        // Right credentials, another account's path.
        const QString otherAccount = QStringLiteral(
            "/2010-04-01/Accounts/ACffffffffffffffffffffffffffffffff/Messages.json");
        QCOMPARE(m_client->get(otherAccount).code(), 20003);

        // An API key (SK…) with the auth token as its secret.
        const QString key = QStringLiteral("SK0123456789abcdef0123456789abcdef");
        QCOMPARE(
            m_client->request("GET", list, {}, {}, SimTestClient::basicAuth(key, kToken)).status,
            200);
        QCOMPARE(
            m_client
                ->request("GET", list, {}, {}, SimTestClient::basicAuth(key, QStringLiteral("no")))
                .status,
            401);
        QCOMPARE(m_client
                     ->request("GET", list, {}, {},
                               SimTestClient::basicAuth(QStringLiteral("SKnope"), kToken))
                     .status,
                 401);

        // Unknown things.
        QCOMPARE(m_client->get(QStringLiteral("/2010-04-01/Nothing.json")).code(), 20404);
        QCOMPARE(m_client
                     ->get(m_client->path(
                         QStringLiteral("/Messages/SM00000000000000000000000000000000.json")))
                     .code(),
                 20404);
        QCOMPARE(m_client->get(m_client->path(QStringLiteral("/Messages/garbage.json"))).status,
                 404);
        QCOMPARE(m_client->del(m_client->path(QStringLiteral("/Messages.json"))).status, 405);
        QCOMPARE(m_client->get(m_client->path(QStringLiteral(".json")))
                     .json()
                     .value(QLatin1String("sid"))
                     .toString(),
                 kAccount);
    }

    void synchronousErrors_data()
    {
        QTest::addColumn<Fields>("fields");
        QTest::addColumn<int>("code");
        const QString ours = QStringLiteral("+15005550006");
        const QString to = kCustomer;
        QTest::newRow("no To") << Fields { { QStringLiteral("From"), ours },
                                           { QStringLiteral("Body"), QStringLiteral("x") } }
                               << 21604;
        QTest::newRow("no From") << Fields { { QStringLiteral("To"), to },
                                             { QStringLiteral("Body"), QStringLiteral("x") } }
                                 << 21603;
        QTest::newRow("no Body") << Fields { { QStringLiteral("To"), to },
                                             { QStringLiteral("From"), ours } }
                                 << 21602;
        QTest::newRow("empty Body") << Fields { { QStringLiteral("To"), to },
                                                { QStringLiteral("From"), ours },
                                                { QStringLiteral("Body"), QString() } }
                                    << 21602;
        QTest::newRow("invalid To") << Fields { { QStringLiteral("To"), QStringLiteral("+1555") },
                                                { QStringLiteral("From"), ours },
                                                { QStringLiteral("Body"), QStringLiteral("x") } }
                                    << 21211;
        QTest::newRow("letters To") << Fields { { QStringLiteral("To"), QStringLiteral("call me") },
                                                { QStringLiteral("From"), ours },
                                                { QStringLiteral("Body"), QStringLiteral("x") } }
                                    << 21211;
        QTest::newRow("From not ours")
            << Fields { { QStringLiteral("To"), to },
                        { QStringLiteral("From"), QStringLiteral("+12125550199") },
                        { QStringLiteral("Body"), QStringLiteral("x") } }
            << 21606;
        QTest::newRow("1601 chars")
            << Fields { { QStringLiteral("To"), to },
                        { QStringLiteral("From"), ours },
                        { QStringLiteral("Body"), QString(1601, QLatin1Char('a')) } }
            << 21617;
        QTest::newRow("SendAt without service")
            << Fields { { QStringLiteral("To"), to },
                        { QStringLiteral("From"), ours },
                        { QStringLiteral("Body"), QStringLiteral("x") },
                        { QStringLiteral("ScheduleType"), QStringLiteral("fixed") },
                        { QStringLiteral("SendAt"), QStringLiteral("2099-01-01T00:00:00Z") } }
            << 35118;
        QTest::newRow("SendAt too soon")
            << Fields { { QStringLiteral("To"), to },
                        { QStringLiteral("MessagingServiceSid"),
                          QStringLiteral("MG0123456789abcdef0123456789abcdef") },
                        { QStringLiteral("Body"), QStringLiteral("x") },
                        { QStringLiteral("ScheduleType"), QStringLiteral("fixed") },
                        { QStringLiteral("SendAt"),
                          QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODate) } }
            << 35114;
    }

    void synchronousErrors()
    {
        QFETCH(Fields, fields);
        QFETCH(int, code);
        const HttpResult result
            = m_client->postForm(m_client->path(QStringLiteral("/Messages.json")), fields);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.code(), code);
        QCOMPARE(result.json().value(QLatin1String("status")).toInt(), 400);
        QCOMPARE(result.json().value(QLatin1String("more_info")).toString(),
                 QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code));
        QCOMPARE(m_client->listAll(QString()).size(), 0);
    }

    void exactly1600CharactersIsFine()
    {
        QCOMPARE(m_client->send(kCustomer, QString(1600, QLatin1Char('a'))).status, 201);
    }

    void queueFullAt21611()
    {
        auto options = SimTestClient::defaultOptions();
        options.queueCap = 2;
        options.statusStepMs = 60'000;
        SimTestClient capped(options);
        QVERIFY(capped.started());
        QCOMPARE(capped.send(kCustomer, QStringLiteral("1")).status, 201);
        QCOMPARE(capped.send(kCustomer, QStringLiteral("2")).status, 201);
        QCOMPARE(capped.send(kCustomer, QStringLiteral("3")).code(), 21611);
        capped.settle(); // the queue drains
        QCOMPARE(capped.send(kCustomer, QStringLiteral("4")).status, 201);
    }

    void listedAndFetchedJsonAgree()
    {
        // Lists are written by hand for speed; they must say exactly what a fetch says.
        const QStringList bodies
            = { QStringLiteral("quote \" backslash \\ slash /"),
                QStringLiteral("line\nbreak\ttab\r\x01control"),
                QStringLiteral("émoji 🙂 and 中文"), QString(300, QLatin1Char('z')) };
        for (const QString &body : bodies)
            m_client->sendSid(kCustomer, body);
        m_client->inbound(kCustomer, QStringLiteral("pic"), { QStringLiteral("photo") });
        m_client->inbound(kCustomer, QStringLiteral("STOP"));
        m_client->settle();
        const QJsonArray listed = m_client->listAll(QString());
        QCOMPARE(listed.size(), 7);
        for (const QJsonValue &message : listed) {
            const QJsonObject fetched
                = m_client->fetch(message.toObject().value(QLatin1String("sid")).toString());
            QCOMPARE(message.toObject(), fetched);
        }
        QCOMPARE(listed.last().toObject().value(QLatin1String("body")).toString(), bodies.first());
    }

    void datesAreRfc2822Gmt()
    {
        // The hand-written formatter against Qt's, across leap days, centuries and the epoch.
        const QList<qint64> samples = { 0,
                                        -1,
                                        -86'400'000LL * 365,
                                        951'782'400'000LL,
                                        1'709'164'800'000LL,
                                        1'558'718'307'000LL,
                                        4'102'444'799'999LL,
                                        1'796'000'123'456LL };
        for (const qint64 ms : samples) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
            QCOMPARE(textdesk::sim::rfc2822(ms),
                     QLocale::c().toString(at, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000")));
        }
        QCOMPARE(textdesk::sim::rfc2822(1'558'718'307'000LL),
                 QStringLiteral("Fri, 24 May 2019 17:18:27 +0000"));
        QCOMPARE(textdesk::sim::rawDlrDoneDate(1'558'718'307'000LL), QStringLiteral("1905241718"));
    }

    void keepAliveConnectionsServeManyRequests()
    {
        // QNetworkAccessManager reuses up to 6 connections; 40 sequential requests must all work.
        for (int i = 0; i < 40; ++i)
            QCOMPARE(
                m_client->get(m_client->path(QStringLiteral("/IncomingPhoneNumbers.json"))).status,
                200);
    }
};

QTEST_GUILESS_MAIN(TestSimServer)
#include "TestSimServer.moc"
