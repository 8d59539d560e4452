// The Twilio client against textdesk-sim over real HTTP on 127.0.0.1: every call, every error
// and every fault mode the simulator can produce.
#include "SimHarness.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSet>
#include <QtCore/QTimer>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslServer>
#include <QtTest/QSignalSpy>
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

// Every message of a listing, following next_page_uri to the end.
QList<ProviderMessage> listAll(Provider *client, MessageQuery query, int *pages = nullptr,
                               ProviderError *error = nullptr)
{
    QList<ProviderMessage> all;
    MessagePageJob *job = client->listMessages(query);
    int count = 0;
    while (job) {
        if (!waitFor(job))
            return all;
        ++count;
        if (!job->succeeded()) {
            if (error)
                *error = job->error();
            break;
        }
        all += job->page.messages;
        job = job->page.nextPageUri.isEmpty() ? nullptr : client->nextPage(job->page.nextPageUri);
    }
    if (pages)
        *pages = count;
    return all;
}

} // namespace

class TestTwilioClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimHarness> m_sim;
    TwilioClient *m_client = nullptr;

    MessageJob *sendAndWait(const OutgoingMessage &message)
    {
        MessageJob *job = m_client->send(message);
        [&] { QVERIFY(waitFor(job)); }();
        return job;
    }

    QJsonObject faultOn(const QString &endpoint, const QString &kind, int count)
    {
        return { { QStringLiteral("endpoint"), endpoint },
                 { QStringLiteral("kind"), kind },
                 { QStringLiteral("count"), count } };
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<SimHarness>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->startError()));
        QVERIFY(!m_sim->ourNumber().isEmpty());
        m_client = m_sim->client();
    }

    void cleanup()
    {
        m_client = nullptr;
        m_sim.reset();
    }

    void sendFetchAndStatusProgress()
    {
        MessageJob *sent = sendAndWait(
            textTo(kCustomer, m_sim->ourNumber(), QStringLiteral("Your order shipped ✓")));
        QVERIFY2(sent->succeeded(), qPrintable(sent->error().details()));
        const ProviderMessage created = sent->message;
        QVERIFY(TwilioClient::isMessageSid(created.sid));
        QCOMPARE(created.to, kCustomer);
        QCOMPARE(created.from, m_sim->ourNumber());
        QCOMPARE(created.body, QStringLiteral("Your order shipped ✓"));
        QCOMPARE(created.status, QStringLiteral("queued"));
        QCOMPARE(created.direction, QStringLiteral("outbound-api"));
        QVERIFY(created.dateCreatedMs > QDateTime::currentMSecsSinceEpoch() - 60'000);
        QVERIFY(!created.isFinal());

        m_sim->settle();
        MessageJob *fetched = m_client->fetch(created.sid);
        QVERIFY(waitFor(fetched));
        QVERIFY2(fetched->succeeded(), qPrintable(fetched->error().details()));
        QCOMPARE(fetched->message.sid, created.sid);
        QCOMPARE(fetched->message.status, QStringLiteral("delivered"));
        QVERIFY(fetched->message.isFinal());
        QVERIFY(fetched->message.dateSentMs >= created.dateCreatedMs - 1000);
    }

    void listFiltersAndPagesWithoutGapsOrDuplicates()
    {
        QSet<QString> sent;
        for (int i = 0; i < 23; ++i) {
            MessageJob *job = sendAndWait(
                textTo(kCustomer, m_sim->ourNumber(), QStringLiteral("message %1").arg(i)));
            QVERIFY(job->succeeded());
            sent.insert(job->message.sid);
        }
        const QString other = QStringLiteral("+14155552672");
        QVERIFY(sendAndWait(textTo(other, m_sim->ourNumber(), QStringLiteral("to someone else")))
                    ->succeeded());
        m_sim->settle();

        MessageQuery query;
        query.to = kCustomer;
        query.pageSize = 5;
        MessagePageJob *first = m_client->listMessages(query);
        QVERIFY(waitFor(first));
        QVERIFY(first->succeeded());
        QCOMPARE(first->page.messages.size(), 5);
        const QString next = first->page.nextPageUri;
        QVERIFY(!next.isEmpty());
        QList<ProviderMessage> all
            = first->page.messages; // read now: the job is gone after the next wait

        // New messages arriving while we page must not shift the pages.
        QVERIFY(sendAndWait(textTo(kCustomer, m_sim->ourNumber(), QStringLiteral("late")))
                    ->succeeded());

        MessagePageJob *job = m_client->nextPage(next);
        while (job) {
            QVERIFY(waitFor(job));
            QVERIFY2(job->succeeded(), qPrintable(job->error().details()));
            all += job->page.messages;
            job = job->page.nextPageUri.isEmpty() ? nullptr
                                                  : m_client->nextPage(job->page.nextPageUri);
        }
        QSet<QString> listed;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const ProviderMessage &m : all) {
            QCOMPARE(m.to, kCustomer);
            QVERIFY2(!listed.contains(m.sid), "a message was listed twice");
            listed.insert(m.sid);
            QVERIFY2(m.dateCreatedMs <= previous, "not newest first");
            previous = m.dateCreatedMs;
        }
        QCOMPARE(listed, sent);

        // From filter and a date window that excludes everything.
        query = {};
        query.from = m_sim->ourNumber();
        QCOMPARE(listAll(m_client, query).size(), 25);
        query.dateSentOnOrBefore = QStringLiteral("2000-01-01");
        QCOMPARE(listAll(m_client, query).size(), 0);
    }

    void redactCancelAndDelete()
    {
        MessageJob *sent = sendAndWait(
            textTo(kCustomer, m_sim->ourNumber(), QStringLiteral("card 4111 1111 1111 1111")));
        QVERIFY(sent->succeeded());
        const QString sid = sent->message.sid;
        m_sim->settle();

        MessageJob *redacted = m_client->redact(sid);
        QVERIFY(waitFor(redacted));
        QVERIFY2(redacted->succeeded(), qPrintable(redacted->error().details()));
        QCOMPARE(redacted->message.body, QString());

        ProviderJob *deleted = m_client->deleteMessage(sid);
        QVERIFY(waitFor(deleted));
        QVERIFY2(deleted->succeeded(), qPrintable(deleted->error().details()));
        MessageJob *gone = m_client->fetch(sid);
        QVERIFY(waitFor(gone));
        QCOMPARE(gone->error().kind(), Kind::NotFound);
        QCOMPARE(gone->error().providerCode(), 20404);

        // A SID that is not one is refused without a request.
        MessageJob *bogus = m_client->fetch(QStringLiteral("SM../../Calls"));
        QVERIFY(waitFor(bogus));
        QCOMPARE(bogus->error().kind(), Kind::NotFound);

        // Scheduling needs a Messaging Service (35118).
        OutgoingMessage scheduled
            = textTo(kCustomer, m_sim->ourNumber(), QStringLiteral("Reminder: tomorrow 10am"));
        scheduled.sendAtMs = QDateTime::currentMSecsSinceEpoch() + 3600'000;
        MessageJob *refused = sendAndWait(scheduled);
        QCOMPARE(refused->error().kind(), Kind::SchedulingRejected);
        QCOMPARE(refused->error().providerCode(), 35118);
    }

    void scheduleAndCancel()
    {
        OutgoingMessage reminder = textTo(kCustomer, QString(),
                                          QStringLiteral("Reminder: your appointment is tomorrow"));
        reminder.messagingServiceSid = QStringLiteral("MG0123456789abcdef0123456789abcdef");
        reminder.sendAtMs = QDateTime::currentMSecsSinceEpoch() + 2 * 3600'000;
        MessageJob *scheduled = sendAndWait(reminder);
        QVERIFY2(scheduled->succeeded(), qPrintable(scheduled->error().details()));
        QCOMPARE(scheduled->message.status, QStringLiteral("scheduled"));
        QCOMPARE(scheduled->message.dateSentMs, 0);
        const QString sid = scheduled->message.sid;

        MessageJob *cancelled = m_client->cancelScheduled(sid);
        QVERIFY(waitFor(cancelled));
        QVERIFY2(cancelled->succeeded(), qPrintable(cancelled->error().details()));
        QCOMPARE(cancelled->message.status, QStringLiteral("canceled"));
        QVERIFY(cancelled->message.isFinal());

        // Only a scheduled message can be cancelled.
        MessageJob *again = m_client->cancelScheduled(sid);
        QVERIFY(waitFor(again));
        QVERIFY(again->error().isError());
        QVERIFY(!again->error().isTransient());
    }

    void inboundMediaListAndDownload()
    {
        const QJsonObject injected
            = m_sim->injectInbound(kCustomer, QStringLiteral("the box arrived like this"),
                                   { QStringLiteral("photo"), QStringLiteral("pdf") });
        const QString sid = injected.value(QStringLiteral("sid")).toString();
        QVERIFY(TwilioClient::isMessageSid(sid));

        MediaListJob *list = m_client->listMedia(sid);
        QVERIFY(waitFor(list));
        QVERIFY2(list->succeeded(), qPrintable(list->error().details()));
        const QList<ProviderMedia> media = list->media; // the job is gone after the next wait
        QCOMPARE(media.size(), 2);
        const ProviderMedia photo = media.at(0);
        QVERIFY(TwilioClient::isMediaSid(photo.sid));
        QCOMPARE(photo.parentSid, sid);
        QCOMPARE(photo.contentType, QStringLiteral("image/jpeg"));

        MediaContentJob *content = m_client->downloadMedia(photo, 5 * 1024 * 1024);
        QVERIFY(waitFor(content));
        QVERIFY2(content->succeeded(), qPrintable(content->error().details()));
        QVERIFY(content->content.startsWith("\xFF\xD8\xFF")); // a real JPEG
        QVERIFY(content->contentType.startsWith(QLatin1String("image/jpeg")));

        MediaContentJob *pdf = m_client->downloadMedia(media.at(1), 5 * 1024 * 1024);
        QVERIFY(waitFor(pdf));
        QVERIFY(pdf->content.startsWith("%PDF-"));

        // Over the cap: refused, not half-kept.
        MediaContentJob *capped = m_client->downloadMedia(photo, 100);
        QVERIFY(waitFor(capped));
        QCOMPARE(capped->error().kind(), Kind::TooLarge);
        QVERIFY(capped->content.isEmpty());
    }

    void numbersAndCredentials()
    {
        NumberListJob *numbers = m_client->listNumbers();
        QVERIFY(waitFor(numbers));
        QVERIFY(numbers->succeeded());
        QVERIFY(!numbers->numbers.isEmpty());
        QCOMPARE(numbers->numbers.first().phoneNumber, m_sim->ourNumber());
        QVERIFY(numbers->numbers.first().sms);

        ProviderJob *good = m_client->checkCredentials();
        QVERIFY(waitFor(good));
        QVERIFY2(good->succeeded(), qPrintable(good->error().details()));

        ProviderConfig wrong = m_sim->config();
        wrong.credentials.secret = "not-the-token";
        TwilioClient bad(&m_sim->network(), wrong);
        ProviderJob *refused = bad.checkCredentials();
        QVERIFY(waitFor(refused));
        QCOMPARE(refused->error().kind(), Kind::WrongCredentials);
        QCOMPARE(refused->error().providerCode(), 20003);
        QCOMPARE(refused->error().httpStatus(), 401);
        QVERIFY(refused->error().message().contains(QLatin1String("Settings")));

        // An API key and its secret work in place of the Auth Token.
        ProviderConfig key = m_sim->config();
        key.credentials.apiKeySid = QStringLiteral("SK0123456789abcdef0123456789abcdef");
        TwilioClient keyed(&m_sim->network(), key);
        ProviderJob *byKey = keyed.checkCredentials();
        QVERIFY(waitFor(byKey));
        QVERIFY2(byKey->succeeded(), qPrintable(byKey->error().details()));
    }

    void providerErrors_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("code");
        QTest::newRow("invalid number")
            << "+1555" << QString() << "hi" << int(Kind::InvalidNumber) << 21211;
        QTest::newRow("no body") << kCustomer << QString() << QString() << int(Kind::MissingContent)
                                 << 21602;
        QTest::newRow("no recipient")
            << QString() << QString() << "hi" << int(Kind::MissingContent) << 21604;
        QTest::newRow("not our number") << kCustomer << "+14155550000"
                                        << "hi" << int(Kind::NotOurNumber) << 21606;
        QTest::newRow("too long") << kCustomer << QString() << QString(1601, u'x')
                                  << int(Kind::MessageTooLong) << 21617;
    }

    void providerErrors()
    {
        QFETCH(QString, to);
        QFETCH(QString, from);
        QFETCH(QString, body);
        QFETCH(int, kind);
        QFETCH(int, code);
        MessageJob *job = sendAndWait(textTo(to, from.isEmpty() ? m_sim->ourNumber() : from, body));
        QCOMPARE(int(job->error().kind()), kind);
        QCOMPARE(job->error().providerCode(), code);
        QCOMPARE(job->error().httpStatus(), 400);
        QVERIFY(!job->error().isTransient());
        QCOMPARE(job->error().attempts(), 1); // never retried
        QVERIFY(job->error().details().contains(QString::number(code)));
    }

    void optedOutCustomer()
    {
        m_sim->injectInbound(kCustomer, QStringLiteral("  stop "));
        MessageJob *job
            = sendAndWait(textTo(kCustomer, m_sim->ourNumber(), QStringLiteral("One more thing…")));
        QCOMPARE(job->error().kind(), Kind::OptedOut);
        QCOMPARE(job->error().providerCode(), 21610);
        m_sim->injectInbound(kCustomer, QStringLiteral("START"));
        QVERIFY(sendAndWait(textTo(kCustomer, m_sim->ourNumber(), QStringLiteral("Welcome back")))
                    ->succeeded());
    }

    void serverErrorsAreRetriedForReads()
    {
        m_sim->fault(faultOn(QStringLiteral("messages.list"), QStringLiteral("error"), 2));
        MessagePageJob *job = m_client->listMessages({});
        QSignalSpy retries(job, &ProviderJob::retrying);
        QVERIFY(waitFor(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().details()));
        QCOMPARE(retries.size(), 2);

        m_sim->fault(faultOn(QStringLiteral("messages.list"), QStringLiteral("error"), 10));
        MessagePageJob *failed = m_client->listMessages({});
        QVERIFY(waitFor(failed));
        QCOMPARE(failed->error().kind(), Kind::ProviderDown);
        QCOMPARE(failed->error().attempts(), 3);
        QVERIFY(failed->error().isTransient());
    }

    void serverErrorOnCreateIsUncertainNotRepeated()
    {
        m_sim->fault(faultOn(QStringLiteral("messages.create"), QStringLiteral("error"), 1));
        MessageJob *job
            = sendAndWait(textTo(kCustomer, m_sim->ourNumber(), QStringLiteral("once only")));
        QCOMPARE(job->error().kind(), Kind::Uncertain);
        QCOMPARE(job->error().attempts(), 1);
    }

    void throttlingHonoursRetryAfter()
    {
        QJsonObject throttle
            = faultOn(QStringLiteral("messages.create"), QStringLiteral("throttle"), 1);
        throttle.insert(QStringLiteral("retryAfter"), QStringLiteral("1"));
        m_sim->fault(throttle);
        QElapsedTimer timer;
        timer.start();
        // 429 means "not processed": even a create is repeated, and only after Retry-After.
        MessageJob *job
            = sendAndWait(textTo(kCustomer, m_sim->ourNumber(), QStringLiteral("after the wait")));
        QVERIFY2(job->succeeded(), qPrintable(job->error().details()));
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_sim->stats().value(QStringLiteral("total")).toInt(), 1);

        // Without Retry-After: exponential backoff, and in the end the caller is told.
        m_sim->fault(faultOn(QStringLiteral("messages.list"), QStringLiteral("throttle"), 5));
        MessagePageJob *list = m_client->listMessages({});
        QVERIFY(waitFor(list));
        QCOMPARE(list->error().kind(), Kind::RateLimited);
        QCOMPARE(list->error().providerCode(), 20429);
        QCOMPARE(list->error().retryAfterMs(), 0);
    }

    void slowAndStalledAnswersTimeOut()
    {
        QJsonObject slow = faultOn(QStringLiteral("messages.fetch"), QStringLiteral("latency"), 1);
        slow.insert(QStringLiteral("latencyMs"), 2000);
        m_sim->fault(slow);
        MessageJob *sent
            = sendAndWait(textTo(kCustomer, m_sim->ourNumber(), QStringLiteral("hello")));
        QVERIFY(sent->succeeded());
        // A read that times out is repeated and then succeeds.
        MessageJob *fetched = m_client->fetch(sent->message.sid);
        QVERIFY(waitFor(fetched));
        QVERIFY2(fetched->succeeded(), qPrintable(fetched->error().details()));

        // A create whose answer never comes may have reached the provider: Uncertain.
        m_sim->fault(faultOn(QStringLiteral("messages.create"), QStringLiteral("stall"), 1));
        MessageJob *stalled
            = sendAndWait(textTo(kCustomer, m_sim->ourNumber(), QStringLiteral("did it go?")));
        QCOMPARE(stalled->error().kind(), Kind::Uncertain);
        QCOMPARE(stalled->error().attempts(), 1);
    }

    void connectionCutMidBody()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(sendAndWait(textTo(kCustomer, m_sim->ourNumber(), QStringLiteral("m%1").arg(i)))
                        ->succeeded());
        m_sim->fault(faultOn(QStringLiteral("messages.list"), QStringLiteral("cut"), 1));
        MessagePageJob *list = m_client->listMessages({});
        QVERIFY(waitFor(list));
        QVERIFY2(list->succeeded(), qPrintable(list->error().details()));
        QCOMPARE(list->page.messages.size(), 3);

        m_sim->fault(faultOn(QStringLiteral("messages.create"), QStringLiteral("cut"), 1));
        MessageJob *cut = sendAndWait(textTo(kCustomer, m_sim->ourNumber(), QStringLiteral("cut")));
        QCOMPARE(cut->error().kind(), Kind::Uncertain);
    }

    void duplicatedAndReorderedPagesStillCoverEverything()
    {
        QSet<QString> sent;
        for (int i = 0; i < 12; ++i) {
            MessageJob *job
                = sendAndWait(textTo(kCustomer, m_sim->ourNumber(), QStringLiteral("n%1").arg(i)));
            QVERIFY(job->succeeded());
            sent.insert(job->message.sid);
        }
        for (const QString &kind :
             { QStringLiteral("duplicate-page"), QStringLiteral("reorder-page") }) {
            m_sim->fault(faultOn(QStringLiteral("messages.list"), kind, 2));
            MessageQuery query;
            query.pageSize = 4;
            const QList<ProviderMessage> all = listAll(m_client, query);
            QSet<QString> listed;
            for (const auto &m : all)
                listed.insert(m.sid);
            QCOMPARE(listed, sent);
            if (kind == QLatin1String("duplicate-page"))
                QVERIFY(all.size() > sent.size());
            m_sim->clearFaults();
        }
    }

    void networkGoneAndBack()
    {
        m_sim->admin("POST", QStringLiteral("/sim/network"), { { QStringLiteral("down"), true } });
        MessagePageJob *down = m_client->listMessages({});
        QVERIFY(waitFor(down));
        QVERIFY(down->error().kind() == Kind::Offline
                || down->error().kind() == Kind::ProviderDown);
        QVERIFY(down->error().isTransient());
        m_sim->admin("POST", QStringLiteral("/sim/network"), { { QStringLiteral("down"), false } });
        MessagePageJob *back = m_client->listMessages({});
        QVERIFY(waitFor(back));
        QVERIFY2(back->succeeded(), qPrintable(back->error().details()));

        // Nobody listening at all.
        ProviderConfig nowhere = m_sim->config();
        nowhere.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        TwilioClient offline(&m_sim->network(), nowhere);
        ProviderJob *check = offline.checkCredentials();
        QVERIFY(waitFor(check));
        QCOMPARE(check->error().kind(), Kind::Offline);
        QVERIFY(check->error().message().contains(QLatin1String("network")));
    }

    void tlsFailureIsReportedNeverIgnored()
    {
        // A TLS server whose certificate nobody trusts (self-signed, in tests/provider/data).
        QFile certFile(QStringLiteral(TEXTDESK_TEST_DATA "/untrusted.crt"));
        QFile keyFile(QStringLiteral(TEXTDESK_TEST_DATA "/untrusted.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost));

        ProviderConfig config = m_sim->config();
        config.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
        TwilioClient client(&m_sim->network(), config);
        MessagePageJob *job = client.listMessages({});
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().kind(), Kind::TlsError);
        QCOMPARE(job->error().attempts(),
                 1); // not retried: trying again does not make it trustworthy
        QVERIFY(job->error().message().contains(QLatin1String("secure connection")));
    }

    void cancelStopsAStalledCall()
    {
        m_sim->fault(faultOn(QStringLiteral("messages.list"), QStringLiteral("stall"), 1));
        TwilioClient *patient = m_sim->client(SimHarness::fastRetry(3, 60'000));
        MessagePageJob *job = patient->listMessages({});
        QTimer::singleShot(200, job, &ProviderJob::cancel);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().kind(), Kind::Cancelled);
        // Liveness, not speed: well before the 60 s the stalled request would otherwise take.
        QVERIFY2(timer.elapsed() < 30'000, qPrintable(QString::number(timer.elapsed())));
    }

    void secretNeverReachesTheLogs()
    {
        static QStringList logged;
        logged.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("textdesk.*.debug=true"));
        const QtMessageHandler previous
            = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                        const QString &text) { logged.append(text); });
        m_sim->fault(faultOn(QStringLiteral("messages.list"), QStringLiteral("error"), 1));
        QVERIFY(waitFor(m_client->listMessages({})));
        ProviderConfig wrong = m_sim->config();
        wrong.credentials.secret = "wrong-secret-value";
        TwilioClient bad(&m_sim->network(), wrong);
        QVERIFY(waitFor(bad.checkCredentials()));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(!logged.isEmpty()); // the calls were logged ...
        const QByteArray basic = QByteArray(SimHarness::kAccountSid) + ':' + SimHarness::kAuthToken;
        for (const QString &line : std::as_const(logged)) { // ... but never with a secret
            QVERIFY2(!line.contains(QLatin1String(SimHarness::kAuthToken)), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String("wrong-secret-value")), qPrintable(line));
            QVERIFY2(!line.contains(QString::fromLatin1(basic.toBase64())), qPrintable(line));
        }
    }

    void pageLinksToOtherHostsAreRefused()
    {
        MessagePageJob *job = m_client->nextPage(
            QStringLiteral("https://evil.example/2010-04-01/Accounts/x/Messages.json"));
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().kind(), Kind::BadResponse);
    }
};

QTEST_GUILESS_MAIN(TestTwilioClient)
#include "TestTwilioClient.moc"
