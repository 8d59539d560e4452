// Where the account's credentials go when the provider (or something pretending to be it)
// answers with a redirect: the client against textdesk-sim, whose media content redirects to a
// storage host on another loopback port that refuses Authorization and records what reached it.
#include "SimHarness.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QStandardPaths>
#include <QtTest/QTest>

using namespace textdesk;
using namespace textdesk::provider;
using textdesk::test::SimHarness;
using textdesk::test::waitFor;
using Kind = ProviderError::Kind;

namespace {

const QString kCustomer = QStringLiteral("+14155552671");

OutgoingMessage textTo(const QString &to, const QString &from, const QString &body)
{
    OutgoingMessage message;
    message.to = to;
    message.from = from;
    message.body = body;
    return message;
}

// Lists messages (one page is enough here); the error, if any.
ProviderError listOnce(Provider *client)
{
    MessagePageJob *job = client->listMessages(MessageQuery());
    if (!waitFor(job))
        return ProviderError(Kind::Timeout);
    return job->error();
}

} // namespace

class TestCredentialRedirects : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimHarness> m_sim;
    TwilioClient *m_client = nullptr;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_sim = std::make_unique<SimHarness>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->startError()));
        m_client = m_sim->client();
    }

    void cleanup()
    {
        m_client = nullptr;
        m_sim.reset();
    }

    // The provider answers a media content URL with a redirect to a storage host (a signed
    // URL) that refuses any request carrying Authorization, as such hosts do. The picture has
    // to arrive, and the account's credentials must never reach that host.
    void mediaComesFromTheStorageHostWithoutCredentials()
    {
        const QJsonObject injected
            = m_sim->injectInbound(kCustomer, QStringLiteral("look"), { QStringLiteral("photo") });
        MediaListJob *list = m_client->listMedia(injected.value(QStringLiteral("sid")).toString());
        QVERIFY(waitFor(list));
        QVERIFY2(list->succeeded(), qPrintable(list->error().details()));
        const ProviderMedia photo = list->media.value(0);
        m_sim->admin("DELETE", QStringLiteral("/sim/media-host/requests"));

        MediaContentJob *content = m_client->downloadMedia(photo, 5 * 1024 * 1024);
        QVERIFY(waitFor(content));
        QVERIFY2(content->succeeded(), qPrintable(content->error().details()));
        QVERIFY(content->content.startsWith("\xFF\xD8\xFF"));

        const QJsonArray seen = m_sim->admin("GET", QStringLiteral("/sim/media-host/requests"))
                                    .value(QLatin1String("requests"))
                                    .toArray();
        QCOMPARE(seen.size(), 1); // the bytes did come from the storage host
        const QByteArray basic
            = QByteArray(QByteArray(SimHarness::kAccountSid) + ':' + SimHarness::kAuthToken)
                  .toBase64();
        for (const QJsonValue &request : seen) {
            const QJsonObject headers
                = request.toObject().value(QLatin1String("headers")).toObject();
            QVERIFY2(!headers.contains(QLatin1String("authorization")),
                     QJsonDocument(headers).toJson().constData());
            for (auto it = headers.begin(); it != headers.end(); ++it) {
                const QString value = it.value().toString();
                QVERIFY(!value.contains(QLatin1String(SimHarness::kAuthToken)));
                QVERIFY(!value.contains(QLatin1String(basic)));
            }
        }
    }

    // A redirect on the way to the bytes that leaves https (and this machine) is not followed.
    void mediaRedirectToPlainHttpIsRefused()
    {
        const QJsonObject injected
            = m_sim->injectInbound(kCustomer, QStringLiteral("look"), { QStringLiteral("photo") });
        MediaListJob *list = m_client->listMedia(injected.value(QStringLiteral("sid")).toString());
        QVERIFY(waitFor(list));
        const ProviderMedia photo = list->media.value(0);
        m_sim->fault({ { QStringLiteral("endpoint"), QStringLiteral("media.content") },
                       { QStringLiteral("kind"), QStringLiteral("redirect") },
                       { QStringLiteral("location"),
                         QStringLiteral("http://storage.invalid/media/1?Signature=x") } });
        MediaContentJob *content = m_client->downloadMedia(photo, 5 * 1024 * 1024);
        QVERIFY(waitFor(content));
        QCOMPARE(content->error().kind(), Kind::Redirected);
        QVERIFY(content->content.isEmpty());
        QVERIFY(!content->error().message().isEmpty());
    }

    // The API itself redirected to another origin: the call fails with words, and nothing
    // (least of all the credentials) goes to that origin; a create is not posted there again.
    void apiRedirectToAnotherOriginIsNotFollowed_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<int>("status");
        QTest::newRow("list, 302") << "messages.list" << 302;
        QTest::newRow("list, 307") << "messages.list" << 307;
        QTest::newRow("create, 307") << "messages.create" << 307;
        QTest::newRow("create, 308") << "messages.create" << 308;
    }

    void apiRedirectToAnotherOriginIsNotFollowed()
    {
        QFETCH(QString, endpoint);
        QFETCH(int, status);
        m_sim->admin("DELETE", QStringLiteral("/sim/media-host/requests"));
        const int before = m_sim->stats().value(QLatin1String("total")).toInt();
        m_sim->fault({ { QStringLiteral("endpoint"), endpoint },
                       { QStringLiteral("kind"), QStringLiteral("redirect") },
                       { QStringLiteral("status"), status } });
        ProviderError error;
        if (endpoint == QLatin1String("messages.list")) {
            error = listOnce(m_client);
        } else {
            MessageJob *job = m_client->send(
                textTo(kCustomer, m_sim->ourNumber(), QStringLiteral("redirected?")));
            QVERIFY(waitFor(job));
            error = job->error();
        }
        QCOMPARE(error.kind(), Kind::Redirected);
        QVERIFY(!error.isTransient());
        QVERIFY(error.message().contains(QLatin1String("credentials")));
        QCOMPARE(m_sim->admin("GET", QStringLiteral("/sim/media-host/requests"))
                     .value(QLatin1String("requests"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(m_sim->stats().value(QLatin1String("total")).toInt(), before); // nothing sent
    }

    // A redirect within the provider's own origin (a read) is followed as before.
    void aRedirectWithinTheProvidersOriginIsFollowed()
    {
        m_sim->injectInbound(kCustomer, QStringLiteral("still here"));
        QUrl location = m_sim->baseUrl();
        location.setPath(QStringLiteral("/2010-04-01/Accounts/%1/Messages.json")
                             .arg(QLatin1String(SimHarness::kAccountSid)));
        m_sim->fault({ { QStringLiteral("endpoint"), QStringLiteral("messages.list") },
                       { QStringLiteral("kind"), QStringLiteral("redirect") },
                       { QStringLiteral("location"), location.toString() } });
        MessagePageJob *job = m_client->listMessages(MessageQuery());
        QVERIFY(waitFor(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().details()));
        QCOMPARE(job->page.messages.size(), 1);
        QCOMPARE(m_sim->admin("GET", QStringLiteral("/sim/faults"))
                     .value(QLatin1String("faults"))
                     .toArray()
                     .size(),
                 0); // the redirect was met, then followed
    }
};

QTEST_GUILESS_MAIN(TestCredentialRedirects)
#include "TestCredentialRedirects.moc"
