// The simulator's JSON against the provider's OpenAPI schemas (extracted into
// data/twilio-message-schemas.json by data/extract_schemas.py): Message, Media,
// IncomingPhoneNumber and their list envelopes, in every state a message can be in.
#include "SchemaValidator.h"
#include "SimTestClient.h"

#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtTest/QTest>

using namespace textdesk;
using namespace textdesk::simtest;

class TestSimSchema : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SchemaValidator> m_validator;
    std::unique_ptr<SimTestClient> m_client;

    void conforms(const QJsonValue &value, const QString &schema)
    {
        const QStringList problems = m_validator->validate(value, schema);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(schema + QLatin1String(": ") + problems.join(QLatin1String("; "))));
    }

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(TEXTDESK_SIM_TEST_DATA "/twilio-message-schemas.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_validator
            = std::make_unique<SchemaValidator>(QJsonDocument::fromJson(file.readAll()).object());
        QVERIFY(m_validator->isValid());
        auto options = SimTestClient::defaultOptions();
        options.failureRate = 0.5;
        options.history = 300;
        options.statusStepMs = 600'000;
        m_client = std::make_unique<SimTestClient>(options);
        QVERIFY(m_client->started());
    }

    void cleanupTestCase() { m_client.reset(); }

    void validatorCatchesMistakes()
    {
        const QJsonObject good = m_client->send(kCustomer, QStringLiteral("x")).json();
        conforms(good, QStringLiteral("api.v2010.account.message"));
        QJsonObject wrongType = good;
        wrongType.insert(QStringLiteral("num_segments"), 1);
        QVERIFY(!m_validator->validate(wrongType, QStringLiteral("api.v2010.account.message"))
                     .isEmpty());
        QJsonObject extra = good;
        extra.insert(QStringLiteral("segments"), QStringLiteral("1"));
        QVERIFY(
            !m_validator->validate(extra, QStringLiteral("api.v2010.account.message")).isEmpty());
        QJsonObject missing = good;
        missing.remove(QStringLiteral("price"));
        QVERIFY(
            !m_validator->validate(missing, QStringLiteral("api.v2010.account.message")).isEmpty());
        QJsonObject badEnum = good;
        badEnum.insert(QStringLiteral("status"), QStringLiteral("lost"));
        QVERIFY(
            !m_validator->validate(badEnum, QStringLiteral("api.v2010.account.message")).isEmpty());
        QJsonObject badSid = good;
        badSid.insert(QStringLiteral("sid"), QStringLiteral("XX123"));
        QVERIFY(
            !m_validator->validate(badSid, QStringLiteral("api.v2010.account.message")).isEmpty());
        QJsonObject notNullable = good;
        notNullable.insert(QStringLiteral("direction"), QJsonValue::Null);
        QVERIFY(!m_validator->validate(notNullable, QStringLiteral("api.v2010.account.message"))
                     .isEmpty());
    }

    void messagesInEveryState()
    {
        QStringList sids;
        for (int i = 0; i < 8; ++i)
            sids.append(m_client->sendSid(kCustomer, QStringLiteral("message %1 ✓").arg(i)));
        for (const QString &sid : sids)
            conforms(m_client->fetch(sid), QStringLiteral("api.v2010.account.message")); // queued
        const QString sendAt = QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate);
        const HttpResult scheduled
            = m_client->postForm(m_client->path(QStringLiteral("/Messages.json")),
                                 { { QStringLiteral("To"), kCustomer },
                                   { QStringLiteral("MessagingServiceSid"),
                                     QStringLiteral("MG0123456789abcdef0123456789abcdef") },
                                   { QStringLiteral("Body"), QStringLiteral("later") },
                                   { QStringLiteral("ScheduleType"), QStringLiteral("fixed") },
                                   { QStringLiteral("SendAt"), sendAt } });
        conforms(scheduled.json(), QStringLiteral("api.v2010.account.message"));
        const QString scheduledSid = scheduled.json().value(QLatin1String("sid")).toString();
        const HttpResult canceled = m_client->postForm(
            m_client->path(QStringLiteral("/Messages/%1.json").arg(scheduledSid)),
            { { QStringLiteral("Status"), QStringLiteral("canceled") } });
        conforms(canceled.json(), QStringLiteral("api.v2010.account.message"));
        const QJsonObject inbound = m_client->inbound(
            kCustomer, QStringLiteral("look"), { QStringLiteral("photo"), QStringLiteral("pdf") });
        conforms(inbound, QStringLiteral("api.v2010.account.message"));
        m_client->inbound(kOtherCustomer, QStringLiteral("STOP"));
        m_client->settle();
        QSet<QString> statuses;
        for (const QString &sid : sids) {
            const QJsonObject message = m_client->fetch(sid);
            statuses.insert(message.value(QLatin1String("status")).toString());
            conforms(message, QStringLiteral("api.v2010.account.message"));
        }
        QVERIFY(statuses.size() >= 2); // delivered and failed or undelivered: error_code as integer
        const HttpResult redacted = m_client->postForm(
            m_client->path(QStringLiteral("/Messages/%1.json").arg(sids.first())),
            { { QStringLiteral("Body"), QString() } });
        conforms(redacted.json(), QStringLiteral("api.v2010.account.message"));
    }

    void listEnvelopes()
    {
        const QJsonObject first
            = m_client->get(m_client->path(QStringLiteral("/Messages.json?PageSize=100"))).json();
        conforms(first, QStringLiteral("ListMessageResponse"));
        QCOMPARE(first.value(QLatin1String("messages")).toArray().size(), 100);
        const QJsonObject second
            = m_client->get(first.value(QLatin1String("next_page_uri")).toString()).json();
        conforms(second, QStringLiteral("ListMessageResponse"));
        QVERIFY(second.value(QLatin1String("previous_page_uri")).isString());
        const QJsonObject empty
            = m_client->get(m_client->path(QStringLiteral("/Messages.json?To=%2B19995550000")))
                  .json();
        conforms(empty, QStringLiteral("ListMessageResponse"));
        const QJsonObject filtered
            = m_client
                  ->get(m_client->path(QStringLiteral(
                      "/Messages.json?DateSent%3E=2000-01-01&PageSize=3&From=%2B15005550006")))
                  .json();
        conforms(filtered, QStringLiteral("ListMessageResponse"));
    }

    void mediaAndNumbers()
    {
        const QJsonObject inbound = m_client->inbound(
            kCustomer, QString(), { QStringLiteral("screenshot"), QStringLiteral("video") });
        const QJsonObject list = m_client
                                     ->get(inbound.value(QLatin1String("subresource_uris"))
                                               .toObject()
                                               .value(QLatin1String("media"))
                                               .toString())
                                     .json();
        conforms(list, QStringLiteral("ListMediaResponse"));
        const QJsonArray media = list.value(QLatin1String("media_list")).toArray();
        QCOMPARE(media.size(), 2);
        for (const QJsonValue &item : media) {
            conforms(item, QStringLiteral("api.v2010.account.message.media"));
            conforms(m_client->get(item.toObject().value(QLatin1String("uri")).toString()).json(),
                     QStringLiteral("api.v2010.account.message.media"));
        }
        const QJsonObject numbers
            = m_client->get(m_client->path(QStringLiteral("/IncomingPhoneNumbers.json"))).json();
        conforms(numbers, QStringLiteral("ListIncomingPhoneNumberResponse"));
    }

    void demoScenarioToo()
    {
        auto options = SimTestClient::defaultOptions();
        options.scenario = QStringLiteral("demo");
        SimTestClient demo(options);
        QVERIFY(demo.started());
        const QJsonArray all = demo.listAll(QStringLiteral("PageSize=1000"));
        QVERIFY(!all.isEmpty());
        for (const QJsonValue &message : all)
            conforms(message, QStringLiteral("api.v2010.account.message"));
        conforms(demo.get(demo.path(QStringLiteral("/IncomingPhoneNumbers.json"))).json(),
                 QStringLiteral("ListIncomingPhoneNumberResponse"));
    }
};

QTEST_GUILESS_MAIN(TestSimSchema)
#include "TestSimSchema.moc"
