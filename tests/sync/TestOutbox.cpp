// Sending through the outbox to textdesk-sim over real loopback HTTP, from real cache files.
// Every test ends with the same two checks: the provider received each outbox message exactly
// once, and the cache holds what the provider holds (SID, text, status).
#include "SimHarness.h"
#include "TestWorkspace.h"
#include "storage/MessageStore.h"
#include "sync/Outbox.h"
#include "sync/OutboxSender.h"
#include "sync/PullSync.h"

#include <QtCore/QBuffer>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <algorithm>

using namespace textdesk;
using namespace textdesk::provider;
using textdesk::sync::EnqueueResult;
using textdesk::sync::Outbox;
using textdesk::sync::OutboxEntry;
using textdesk::sync::OutboxOptions;
using textdesk::sync::OutboxRequest;
using textdesk::sync::OutboxSender;
using textdesk::sync::OutboxState;
using textdesk::test::SimHarness;
using textdesk::test::waitFor;

namespace {

const QString kAlice = QStringLiteral("+14155552671");
const QString kBob = QStringLiteral("+14155552672");

QString customer(int i)
{
    return QStringLiteral("+1415555%1").arg(2700 + i, 4, 10, QLatin1Char('0'));
}

// Every message the provider has, newest first, following every page.
QList<ProviderMessage> providerMessages(Provider *client, const MessageQuery &query = {})
{
    QList<ProviderMessage> all;
    MessageQuery q = query;
    q.pageSize = 1000;
    MessagePageJob *job = client->listMessages(q);
    while (job) {
        if (!waitFor(job) || !job->succeeded()) {
            qWarning() << "listing failed" << job->error().details();
            return {};
        }
        all += job->page.messages;
        job = job->page.nextPageUri.isEmpty() ? nullptr : client->nextPage(job->page.nextPageUri);
    }
    return all;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimHarness> m_sim;
    std::unique_ptr<test::TestCache> m_cache;
    std::unique_ptr<Database> m_db;
    // The client's own connections: the simulator's "network down" drops them, and the
    // harness's admin calls must not ride one of those.
    std::unique_ptr<QNetworkAccessManager> m_network;
    TwilioClient *m_client = nullptr;

    TwilioClient *client(int maxAttempts)
    {
        return new TwilioClient(m_network.get(),
                                m_sim->config(SimHarness::fastRetry(maxAttempts, 700)),
                                m_network.get());
    }

    static OutboxOptions fast()
    {
        OutboxOptions options;
        options.defaultRegion = QStringLiteral("US");
        options.segmentsPerSecond = 1000; // no throttling unless a test asks for it
        options.burstSegments = 1000;
        options.retryBaseMs = 40;
        options.retryMaxMs = 300;
        options.settleMs = 150;
        options.refreshBaseMs = 40;
        options.refreshMaxMs = 200;
        return options;
    }

    std::unique_ptr<OutboxSender> sender(const OutboxOptions &options = fast(),
                                         Database *db = nullptr)
    {
        return std::make_unique<OutboxSender>(m_client, db ? *db : *m_db, options);
    }

    QString enqueue(OutboxSender &sender, const QString &to, const QString &body)
    {
        const EnqueueResult result
            = sender.enqueue({ to, m_sim->ourNumber(), body, /*authorId*/ 0, {} });
        if (!result.ok())
            qWarning() << "enqueue failed:" << result.errorMessage;
        return result.entry.clientId;
    }

    OutboxEntry entry(const QString &clientId, Database *db = nullptr)
    {
        Outbox outbox(db ? *db : *m_db, QStringLiteral("US"));
        auto found = outbox.entry(clientId);
        return found && *found ? **found : OutboxEntry {};
    }

    QStringList states(Database *db = nullptr)
    {
        return test::rows(db ? *db : *m_db, QStringLiteral("SELECT state FROM outbox ORDER BY id"));
    }

    int openCount(Database *db = nullptr)
    {
        return Outbox(db ? *db : *m_db, QStringLiteral("US")).openCount().value();
    }

    // Nothing left to send, and every accepted message has a final status in the cache.
    bool settled(Database *db = nullptr)
    {
        Database &d = db ? *db : *m_db;
        return openCount(db) == 0
            && test::rows(d,
                          QStringLiteral("SELECT count(*) FROM outbox o JOIN messages m ON m.id = "
                                         "o.message_id WHERE o.state = 'accepted' AND m.status "
                                         "NOT IN ('delivered', 'undelivered', 'failed', 'read')"))
            == QStringList { QStringLiteral("0") };
    }

    bool waitSettled(int timeoutMs = 15000, Database *db = nullptr)
    {
        return QTest::qWaitFor(
            [&] {
                m_sim->settle(); // statuses move on at once
                return settled(db);
            },
            timeoutMs);
    }

    // The provider received each outbox entry's text exactly once (failed ones: never), and the
    // cache's sent messages equal the provider's (SID, body, status).
    void verifyExactlyOnceAndConverged(Database *db = nullptr)
    {
        Database &d = db ? *db : *m_db;
        const QList<ProviderMessage> all = providerMessages(m_client);
        QHash<QString, int> received;
        QHash<QString, QString> bySid;
        for (const ProviderMessage &m : all) {
            if (!m.isInbound()) {
                ++received[m.body];
                bySid.insert(m.sid, m.body + u'|' + m.status);
            }
        }
        const QStringList entries = test::rows(
            d,
            QStringLiteral("SELECT o.state || '|' || o.body || '|' || coalesce(o.provider_sid, "
                           "'') || '|' || coalesce(m.sid, '') || '|' || m.status || '|' || "
                           "m.body FROM outbox o JOIN messages m ON m.id = o.message_id"));
        QVERIFY(!entries.isEmpty());
        // The same text may be sent twice on purpose ("OK"): once per accepted entry.
        QHash<QString, int> expected;
        for (const QString &row : entries) {
            const QStringList f = row.split(u'|');
            if (f.value(0) == QLatin1String("accepted"))
                ++expected[f.value(1)];
        }
        for (const QString &row : entries) {
            const QStringList f = row.split(u'|');
            QCOMPARE(f.size(), 6);
            const QString &state = f[0], &body = f[1], &outboxSid = f[2], &sid = f[3],
                          &status = f[4], &messageBody = f[5];
            QCOMPARE(messageBody, body); // the text is kept, whatever happened
            if (state == QLatin1String("failed")) {
                QVERIFY2(received.value(body) == 0, qPrintable(body));
                QCOMPARE(status, QStringLiteral("failed"));
                continue;
            }
            QCOMPARE(state, QStringLiteral("accepted"));
            QVERIFY2(received.value(body) == expected.value(body),
                     qPrintable(QStringLiteral("\"%1\" received %2 times, sent %3")
                                    .arg(body)
                                    .arg(received.value(body))
                                    .arg(expected.value(body))));
            QCOMPARE(outboxSid, sid);
            QCOMPARE(bySid.value(sid), body + u'|' + status);
        }
        // No message twice in the cache either (a pulled copy merged into ours).
        QCOMPARE(test::rows(d,
                            QStringLiteral("SELECT count(*) FROM messages WHERE sid IS NOT NULL "
                                           "GROUP BY sid HAVING count(*) > 1")),
                 QStringList());
        QCOMPARE(test::foreignKeyViolations(d), QStringList());
        QVERIFY(test::checkFullTextIndex(d, QStringLiteral("message_fts")));
    }

    QJsonObject createFault(const QString &kind, int count, const QJsonObject &extra = {})
    {
        QJsonObject fault { { QStringLiteral("endpoint"), QStringLiteral("messages.create") },
                            { QStringLiteral("kind"), kind },
                            { QStringLiteral("count"), count } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            fault.insert(it.key(), it.value());
        return fault;
    }

    // The provider's messages of one conversation, oldest first.
    QStringList conversationAtProvider(const QString &to)
    {
        MessageQuery query;
        query.to = to;
        query.from = m_sim->ourNumber();
        const QList<ProviderMessage> messages = providerMessages(m_client, query);
        QStringList bodies;
        qint64 previous = 0;
        for (auto it = messages.rbegin(); it != messages.rend(); ++it) {
            bodies.append(it->body);
            if (it->dateCreatedMs < previous)
                bodies.append(QStringLiteral("date_created went backwards"));
            previous = it->dateCreatedMs;
        }
        return bodies;
    }

    // A client that can upload MMS files: to the simulator's media host, as training does.
    TwilioClient *mmsClient(int maxAttempts = 3)
    {
        ProviderConfig config = m_sim->config(SimHarness::fastRetry(maxAttempts, 700));
        config.mediaUploadUrl = m_sim->baseUrl().resolved(QUrl(QStringLiteral("/sim/media")));
        return new TwilioClient(m_network.get(), config, m_network.get());
    }

    OutboxOptions withMedia() const
    {
        OutboxOptions options = fast();
        options.mediaDirectory = m_cache->dir() + QStringLiteral("/media");
        return options;
    }

    // A small PNG written to `dir`; its bytes in *bytes.
    static QString picture(const QTemporaryDir &dir, const QString &name, QByteArray *bytes)
    {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(QColor(255, 140, 0));
        QBuffer buffer(bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size())
            return {};
        return path;
    }

    // The files the provider holds for a message, their bytes in order.
    QList<QByteArray> providerMedia(const QString &messageSid)
    {
        QList<QByteArray> contents;
        MediaListJob *list = m_client->listMedia(messageSid);
        if (!waitFor(list) || !list->succeeded())
            return contents;
        for (const ProviderMedia &media : list->media) {
            MediaContentJob *content = m_client->downloadMedia(media, 10 * 1024 * 1024);
            if (waitFor(content) && content->succeeded())
                contents << content->content;
        }
        return contents;
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<SimHarness>(QStringLiteral("empty"), 7, /*statusStepMs*/ 20);
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->startError()));
        QVERIFY(!m_sim->ourNumber().isEmpty());
        m_cache = std::make_unique<test::TestCache>();
        m_db = m_cache->open();
        QVERIFY(m_db);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = client(3);
    }

    void cleanup()
    {
        m_network.reset();
        m_db.reset();
        m_cache.reset();
        m_sim.reset();
    }

    void enqueueShowsPendingAtOnce()
    {
        auto s = sender();
        QSignalSpy changed(s.get(), &OutboxSender::entryChanged);
        QSignalSpy counts(s.get(), &OutboxSender::openCountChanged);
        // As typed, in the national format: stored as E.164.
        const EnqueueResult result = s->enqueue({ QStringLiteral("(415) 555-2671"),
                                                  m_sim->ourNumber(),
                                                  QStringLiteral("Your order has shipped"),
                                                  0,
                                                  {} });
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        QCOMPARE(result.entry.to, kAlice);
        QCOMPARE(result.entry.state, OutboxState::Waiting);
        QCOMPARE(result.message.status, QStringLiteral("pending"));
        QVERIFY(!result.message.clientId.isEmpty());
        QCOMPARE(result.message.clientId, result.entry.clientId);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(counts.last().at(0).toInt(), 1);
        // In the thread and the inbox before anything went out.
        MessageStore messages(*m_db);
        auto thread = messages.threadPage(result.entry.conversationId, 0, 10);
        QVERIFY(thread);
        QCOMPARE(thread->size(), 1);
        QCOMPARE(thread->first().status, QStringLiteral("pending"));
        QCOMPARE(thread->first().direction, Direction::Outbound);
        QCOMPARE(
            test::rows(*m_db, QStringLiteral("SELECT last_message_preview FROM conversations")),
            QStringList { QStringLiteral("Your order has shipped") });
        QCOMPARE(providerMessages(m_client).size(), 0); // not started: nothing sent
    }

    void enqueueRefusesBadInput_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("error");
        using E = EnqueueResult::Error;
        QTest::newRow("malformed number") << "12"
                                          << "hello" << int(E::InvalidNumber);
        QTest::newRow("letters") << "call me"
                                 << "hello" << int(E::InvalidNumber);
        QTest::newRow("empty body") << kAlice << "" << int(E::EmptyBody);
        QTest::newRow("blank body") << kAlice << "  \n " << int(E::EmptyBody);
        QTest::newRow("1,601 characters") << kAlice << QString(1601, u'x') << int(E::TooLong);
        QTest::newRow("far too long") << kAlice << QString(5000, u'y') << int(E::TooLong);
    }

    void enqueueRefusesBadInput()
    {
        QFETCH(QString, to);
        QFETCH(QString, body);
        QFETCH(int, error);
        auto s = sender();
        const EnqueueResult result = s->enqueue({ to, m_sim->ourNumber(), body, 0, {} });
        QCOMPARE(int(result.error), error);
        QVERIFY(!result.errorMessage.isEmpty());
        // Nothing written.
        QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT count(*) FROM messages")),
                 QStringList { QStringLiteral("0") });
        QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT count(*) FROM outbox")),
                 QStringList { QStringLiteral("0") });
        // At the limit it goes (an emoji is one character, two UTF-16 units).
        QString emoji = QString::fromUcs4(U"\U0001F600");
        QString longest;
        for (int i = 0; i < 1600; ++i)
            longest += emoji;
        QVERIFY(s->enqueue({ kAlice, m_sim->ourNumber(), longest, 0, {} }).ok());
    }

    void plainSendIsAcceptedThenDelivered()
    {
        auto s = sender();
        QSignalSpy changed(s.get(), &OutboxSender::entryChanged);
        QSignalSpy counts(s.get(), &OutboxSender::openCountChanged);
        QSignalSpy updated(s.get(), &OutboxSender::messageUpdated);
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids << enqueue(*s, kAlice, QStringLiteral("hello %1").arg(i));
        ids << enqueue(*s, kBob, QStringLiteral("hi Bob"));
        s->start();
        QVERIFY(waitSettled());
        for (const QString &id : std::as_const(ids)) {
            const OutboxEntry e = entry(id);
            QCOMPARE(e.state, OutboxState::Accepted);
            QCOMPARE(e.attempts, 1);
            QVERIFY(TwilioClient::isMessageSid(e.providerSid));
            QCOMPARE(e.nextAttemptAt, 0); // final: no more refreshes
        }
        QCOMPARE(test::rows(*m_db,
                            QStringLiteral("SELECT DISTINCT status FROM messages WHERE "
                                           "client_id IS NOT NULL")),
                 QStringList { QStringLiteral("delivered") });
        QVERIFY(!updated.isEmpty());
        QCOMPARE(counts.last().at(0).toInt(), 0);
        // Pending → submitting → accepted for each, nothing else.
        int accepted = 0;
        for (const auto &args : std::as_const(changed))
            accepted += args.at(1).value<OutboxState>() == OutboxState::Accepted;
        QCOMPARE(accepted, 4);
        QCOMPARE(conversationAtProvider(kAlice),
                 (QStringList { QStringLiteral("hello 0"), QStringLiteral("hello 1"),
                                QStringLiteral("hello 2") }));
        verifyExactlyOnceAndConverged();
    }

    void permanentErrorsFailWithReasonAndText()
    {
        auto s = sender();
        s->start();
        // The customer texted STOP: 21610 from now on.
        m_sim->injectInbound(kBob, QStringLiteral("STOP"));
        const QString optedOut = enqueue(*s, kBob, QStringLiteral("Are you still there?"));
        QVERIFY(waitSettled());
        const OutboxEntry a = entry(optedOut);
        QCOMPARE(a.state, OutboxState::Failed);
        QCOMPARE(a.lastErrorCode, 21610);
        const QString reason = ProviderError(ProviderError::Kind::OptedOut).message();
        QCOMPARE(a.lastError, reason);
        // The text and the reason stay on the message, for edit-and-resend.
        QCOMPARE(
            test::rows(*m_db,
                       QStringLiteral("SELECT status || '|' || error_code || '|' || "
                                      "error_message || '|' || body FROM messages WHERE "
                                      "client_id = '%1'")
                           .arg(optedOut)),
            QStringList { QStringLiteral("failed|21610|%1|Are you still there?").arg(reason) });

        // Too long, as the provider says it (our own check stops most of these at enqueue).
        m_sim->fault(
            createFault(QStringLiteral("error"), 1,
                        { { QStringLiteral("status"), 400 }, { QStringLiteral("code"), 21617 } }));
        const QString tooLong = enqueue(*s, kAlice, QStringLiteral("pretend this is long"));
        const QString after = enqueue(*s, kAlice, QStringLiteral("short version"));
        QVERIFY(waitSettled());
        const OutboxEntry b = entry(tooLong);
        QCOMPARE(b.state, OutboxState::Failed);
        QCOMPARE(b.lastErrorCode, 21617);
        QCOMPARE(b.lastError, ProviderError(ProviderError::Kind::MessageTooLong).message());
        // A failed message does not hold up the next one of its conversation.
        QCOMPARE(entry(after).state, OutboxState::Accepted);

        // A number the provider refuses although it passed our own check.
        m_sim->fault(
            createFault(QStringLiteral("error"), 1,
                        { { QStringLiteral("status"), 400 }, { QStringLiteral("code"), 21211 } }));
        const QString invalid = enqueue(*s, customer(1), QStringLiteral("to nowhere"));
        QVERIFY(waitSettled());
        QCOMPARE(entry(invalid).state, OutboxState::Failed);
        QCOMPARE(entry(invalid).lastError,
                 ProviderError(ProviderError::Kind::InvalidNumber).message());
        verifyExactlyOnceAndConverged();
    }

    void serverErrorOnCreateIsReconciledThenResentOnce()
    {
        // A 500 on a create may or may not have been processed: reconcile. The simulator's
        // error fault did not create it, so it goes again, once.
        m_sim->fault(createFault(QStringLiteral("error"), 1));
        auto s = sender();
        QSignalSpy changed(s.get(), &OutboxSender::entryChanged);
        const QString id = enqueue(*s, kAlice, QStringLiteral("after a 500"));
        s->start();
        QVERIFY(waitSettled());
        QCOMPARE(entry(id).attempts, 2);
        bool wasUncertain = false;
        for (const auto &args : std::as_const(changed))
            wasUncertain |= args.at(1).value<OutboxState>() == OutboxState::Uncertain;
        QVERIFY(wasUncertain);
        verifyExactlyOnceAndConverged();
    }

    void createThatReachedTheProviderIsFoundNotResent_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("latencyMs");
        QTest::newRow("cut mid-answer") << "cut" << 0;
        QTest::newRow("stalled answer") << "stall" << 0;
        QTest::newRow("latency beyond the timeout") << "latency" << 1500;
    }

    void createThatReachedTheProviderIsFoundNotResent()
    {
        QFETCH(QString, kind);
        QFETCH(int, latencyMs);
        m_sim->fault(createFault(kind, 1,
                                 latencyMs
                                     ? QJsonObject { { QStringLiteral("latencyMs"), latencyMs } }
                                     : QJsonObject {}));
        auto s = sender();
        const QString first = enqueue(*s, kAlice, QStringLiteral("did it arrive?"));
        const QString second = enqueue(*s, kAlice, QStringLiteral("and this one"));
        s->start();
        QVERIFY(waitSettled());
        QCOMPARE(entry(first).attempts, 1); // found by the reconcile, never sent again
        QCOMPARE(entry(second).attempts, 1);
        QCOMPARE(
            conversationAtProvider(kAlice),
            (QStringList { QStringLiteral("did it arrive?"), QStringLiteral("and this one") }));
        verifyExactlyOnceAndConverged();
    }

    void sameTextTwiceIsNotMistakenForTheFirst_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("attempts");
        QTest::newRow("second one lost (500)") << "error" << 2;
        QTest::newRow("second one arrived (cut)") << "cut" << 1;
    }

    void sameTextTwiceIsNotMistakenForTheFirst()
    {
        QFETCH(QString, kind);
        QFETCH(int, attempts);
        auto s = sender();
        s->start();
        const QString first = enqueue(*s, kAlice, QStringLiteral("OK"));
        QVERIFY(waitSettled());
        // The provider's list now holds an "OK" that is already ours: a reconcile of the next
        // "OK" must not take it for its own.
        m_sim->fault(createFault(kind, 1));
        const QString second = enqueue(*s, kAlice, QStringLiteral("OK"));
        QVERIFY(waitSettled());
        QCOMPARE(entry(second).attempts, attempts);
        QVERIFY(entry(second).providerSid != entry(first).providerSid);
        QCOMPARE(conversationAtProvider(kAlice),
                 (QStringList { QStringLiteral("OK"), QStringLiteral("OK") }));
        verifyExactlyOnceAndConverged();
    }

    void pulledCopyIsMergedIntoTheSentMessage()
    {
        // The create's answer is lost; before the reconcile, a pull caches the provider's copy
        // as a message of its own. The reconcile makes them one.
        m_sim->fault(createFault(QStringLiteral("cut"), 1));
        OutboxOptions options = fast();
        options.settleMs = 1500;
        auto s = sender(options);
        const QString id = enqueue(*s, kAlice, QStringLiteral("pulled before reconciled"));
        s->start();
        QVERIFY(QTest::qWaitFor([&] { return entry(id).state == OutboxState::Uncertain; }, 5000));
        // The premise: the cut create reached the simulator (it answers half, then closes).
        QCOMPARE(providerMessages(m_client).size(), 1);
        sync::PullSync pull(m_client, *m_db);
        QSignalSpy pulled(&pull, &sync::PullSync::finished);
        pull.start();
        QVERIFY(pulled.wait(5000));
        QCOMPARE(pull.result(), sync::PullSync::Result::Converged);
        QCOMPARE(entry(id).state, OutboxState::Uncertain); // the pull came first
        const QStringList cached = test::rows(
            *m_db,
            QStringLiteral("SELECT coalesce(sid, '-') || '|' || coalesce(client_id, '-') "
                           "|| '|' || status FROM messages"));
        QVERIFY2(cached.size() == 2, qPrintable(cached.join(u' ')));
        QVERIFY(waitSettled());
        QCOMPARE(entry(id).attempts, 1);
        QCOMPARE(test::rows(*m_db,
                            QStringLiteral("SELECT count(*) || '|' || min(client_id) FROM "
                                           "messages")),
                 QStringList { QStringLiteral("1|%1").arg(id) });
        QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT message_count FROM conversations")),
                 QStringList { QStringLiteral("1") });
        verifyExactlyOnceAndConverged();
    }

    void rateLimitedBurst_data()
    {
        QTest::addColumn<QString>("retryAfter");
        QTest::newRow("without Retry-After") << QString();
        QTest::newRow("with Retry-After") << QStringLiteral("1");
    }

    void rateLimitedBurst()
    {
        QFETCH(QString, retryAfter);
        // More 429s than the client's own attempts: the outbox backs off and tries again.
        QJsonObject extra;
        if (!retryAfter.isEmpty())
            extra.insert(QStringLiteral("retryAfter"), retryAfter);
        m_sim->fault(createFault(QStringLiteral("throttle"), 4, extra));
        // A client that does not retry by itself: what is tested is the outbox's own backoff.
        m_client = client(1);
        auto s = sender();
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids << enqueue(*s, customer(i), QStringLiteral("burst %1").arg(i));
        QElapsedTimer clock;
        clock.start();
        s->start();
        QVERIFY(waitSettled(20000));
        if (!retryAfter.isEmpty())
            QVERIFY(clock.elapsed() >= 1000);
        int retried = 0;
        for (const QString &id : std::as_const(ids)) {
            QCOMPARE(entry(id).state, OutboxState::Accepted);
            retried += entry(id).attempts > 1;
        }
        QVERIFY(retried >= 1);
        verifyExactlyOnceAndConverged();
    }

    void networkDownThenBack()
    {
        m_sim->admin("POST", QStringLiteral("/sim/network"), { { QStringLiteral("down"), true } });
        auto s = sender();
        QStringList alice, bob;
        for (int i = 0; i < 3; ++i)
            alice << QStringLiteral("alice %1").arg(i);
        for (int i = 0; i < 2; ++i)
            bob << QStringLiteral("bob %1").arg(i);
        QStringList ids;
        for (const QString &body : std::as_const(alice))
            ids << enqueue(*s, kAlice, body);
        for (const QString &body : std::as_const(bob))
            ids << enqueue(*s, kBob, body);
        s->start();
        // A send met the outage (its reason is recorded): only then does "still waiting" say
        // something.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::any_of(ids.cbegin(), ids.cend(), [&](const QString &id) {
                    return !entry(id).lastError.isEmpty();
                });
            },
            10'000));
        // Waiting, shown as pending, nothing lost.
        QCOMPARE(openCount(), 5);
        QCOMPARE(test::rows(*m_db,
                            QStringLiteral("SELECT DISTINCT status FROM messages WHERE "
                                           "client_id IS NOT NULL")),
                 QStringList { QStringLiteral("pending") });
        m_sim->admin("POST", QStringLiteral("/sim/network"), { { QStringLiteral("down"), false } });
        s->retryNow();
        QVERIFY(waitSettled());
        QCOMPARE(conversationAtProvider(kAlice), alice);
        QCOMPARE(conversationAtProvider(kBob), bob);
        verifyExactlyOnceAndConverged();
    }

    void sendsPictureExactlyOnce()
    {
        QTemporaryDir files;
        QByteArray bytes;
        const QString path = picture(files, QStringLiteral("label.png"), &bytes);
        QVERIFY(!path.isEmpty());
        OutboxSender s(mmsClient(), *m_db, withMedia());
        const EnqueueResult result = s.enqueue(
            { kAlice, m_sim->ourNumber(), QStringLiteral("Here is the label"), 0, { path } });
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        QCOMPARE(result.message.numMedia, 1);
        // The thread can show the picture at once, from Textdesk's own copy: the agent may
        // delete the original straight away.
        QCOMPARE(test::rows(*m_db,
                            QStringLiteral("SELECT download_state || '|' || content_type FROM "
                                           "media WHERE message_id = %1")
                                .arg(result.message.id)),
                 QStringList { QStringLiteral("done|image/png") });
        QVERIFY(QFile::remove(path));
        s.start();
        QVERIFY(waitSettled());
        verifyExactlyOnceAndConverged();
        const OutboxEntry sent = entry(result.entry.clientId);
        QCOMPARE(sent.state, OutboxState::Accepted);
        QCOMPARE(sent.media.size(), 1);
        QVERIFY(!sent.media.first().url.isEmpty());
        QCOMPARE(providerMedia(sent.providerSid), QList<QByteArray> { bytes });
        // Nothing is fetched back: still the one local row.
        QCOMPARE(test::rows(*m_db,
                            QStringLiteral("SELECT count(*) FROM media WHERE message_id = %1")
                                .arg(result.message.id)),
                 QStringList { QStringLiteral("1") });
    }

    void pictureWaitsOutANetworkOutage()
    {
        QTemporaryDir files;
        QByteArray bytes;
        const QString path = picture(files, QStringLiteral("photo.png"), &bytes);
        m_sim->admin("POST", QStringLiteral("/sim/network"), { { QStringLiteral("down"), true } });
        OutboxSender s(mmsClient(1), *m_db, withMedia());
        const EnqueueResult result
            = s.enqueue({ kAlice, m_sim->ourNumber(), QStringLiteral("photo"), 0, { path } });
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        s.start();
        // The upload met the outage (its reason is recorded); then it waits, nothing lost.
        QVERIFY(QTest::qWaitFor([&] { return !entry(result.entry.clientId).lastError.isEmpty(); },
                                10'000));
        QCOMPARE(openCount(), 1);
        m_sim->admin("POST", QStringLiteral("/sim/network"), { { QStringLiteral("down"), false } });
        s.retryNow();
        QVERIFY(waitSettled());
        verifyExactlyOnceAndConverged();
        QCOMPARE(providerMedia(entry(result.entry.clientId).providerSid),
                 QList<QByteArray> { bytes });
    }

    void unreachableMediaHostKeepsThePictureWaiting()
    {
        QTemporaryDir files;
        QByteArray bytes;
        const QString path = picture(files, QStringLiteral("photo.png"), &bytes);
        // A media host that is not there: a port nobody listens on.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        ProviderConfig config = m_sim->config(SimHarness::fastRetry(1, 700));
        config.mediaUploadUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/upload").arg(port));
        OutboxSender s(new TwilioClient(m_network.get(), config, m_network.get()), *m_db,
                       withMedia());
        const EnqueueResult result
            = s.enqueue({ kAlice, m_sim->ourNumber(), QStringLiteral("photo"), 0, { path } });
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        s.start();
        // Retried, never failed: the message waits, says why, and nothing was sent.
        QVERIFY(QTest::qWaitFor(
            [&] { return entry(result.entry.clientId).lastError.contains(u"uploaded"); }, 5000));
        // One more attempt, and wait until it has failed as well (its next time moved on): then
        // "nothing sent" is the outcome of two attempts, not of a pause.
        const qint64 firstNext = entry(result.entry.clientId).nextAttemptAt;
        s.retryNow();
        QVERIFY(QTest::qWaitFor(
            [&] { return entry(result.entry.clientId).nextAttemptAt != firstNext; }, 10'000));
        const OutboxEntry waiting = entry(result.entry.clientId);
        QCOMPARE(waiting.state, OutboxState::Waiting);
        QCOMPARE(waiting.attempts, 0);
        QVERIFY(waiting.media.first().url.isEmpty());
        QVERIFY(providerMessages(m_client).isEmpty());
    }

    void unsendableAttachmentsAreRefusedWithTheReason()
    {
        QTemporaryDir files;
        const auto write = [&](const QString &name, const QByteArray &content) {
            QFile file(files.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(content);
            return file.fileName();
        };
        OutboxSender s(mmsClient(), *m_db, withMedia());
        const auto refusal = [&](const QString &path) {
            const EnqueueResult r
                = s.enqueue({ kAlice, m_sim->ourNumber(), QStringLiteral("x"), 0, { path } });
            return r.error == EnqueueResult::Error::BadAttachment ? r.errorMessage : QString();
        };
        // Bytes that are no known kind of file, a PDF over 500 KB, a file that is not there.
        QByteArray noise(4096, '\x01');
        QVERIFY(refusal(write(QStringLiteral("blob.bin"), noise)).contains(u"blob.bin"));
        const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray(600 * 1024, 'a');
        QVERIFY(refusal(write(QStringLiteral("manual.pdf"), pdf)).contains(u"500 KB"));
        QVERIFY(refusal(files.filePath(QStringLiteral("gone.png"))).contains(u"gone.png"));
        // Eleven files: one more than a message can carry.
        QByteArray bytes;
        QStringList eleven;
        for (int i = 0; i < 11; ++i)
            eleven << picture(files, QStringLiteral("p%1.png").arg(i), &bytes);
        const EnqueueResult many
            = s.enqueue({ kAlice, m_sim->ourNumber(), QStringLiteral("x"), 0, eleven });
        QCOMPARE(many.error, EnqueueResult::Error::BadAttachment);
        // Nothing was queued by any of them.
        QCOMPARE(states(), QStringList());
        QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT count(*) FROM messages")),
                 QStringList { QStringLiteral("0") });
    }

    void pictureWithoutAMediaHostFailsWithTheReason()
    {
        QTemporaryDir files;
        QByteArray bytes;
        const QString path = picture(files, QStringLiteral("label.png"), &bytes);
        OutboxSender s(m_client, *m_db, withMedia()); // this account has no upload URL
        const EnqueueResult result
            = s.enqueue({ kAlice, m_sim->ourNumber(), QStringLiteral("label"), 0, { path } });
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        s.start();
        QVERIFY(QTest::qWaitFor(
            [&] { return entry(result.entry.clientId).state == OutboxState::Failed; }, 5000));
        const QStringList failed
            = test::rows(*m_db,
                         QStringLiteral("SELECT status || '|' || body || '|' || error_message FROM "
                                        "messages WHERE id = %1")
                             .arg(result.message.id));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().startsWith(u"failed|label|"), qPrintable(failed.first()));
        QVERIFY2(failed.first().contains(u"upload_url"), qPrintable(failed.first()));
        QVERIFY(providerMessages(m_client).isEmpty()); // nothing reached the provider
    }

    void orderPerConversationSurvivesFaults()
    {
        m_sim->fault(createFault(QStringLiteral("error"), 2));
        m_sim->fault(createFault(QStringLiteral("cut"), 2));
        m_sim->fault(createFault(QStringLiteral("throttle"), 3));
        m_sim->fault(createFault(QStringLiteral("stall"), 1));
        m_sim->fault(createFault(QStringLiteral("error"), 1));
        auto s = sender();
        QHash<QString, QStringList> expected;
        for (int i = 0; i < 5; ++i) {
            for (int c = 0; c < 3; ++c) {
                const QString body = QStringLiteral("conversation %1 message %2").arg(c).arg(i);
                expected[customer(c)] << body;
                enqueue(*s, customer(c), body);
            }
        }
        s->start();
        QVERIFY(waitSettled(30000));
        for (int c = 0; c < 3; ++c)
            QCOMPARE(conversationAtProvider(customer(c)), expected.value(customer(c)));
        verifyExactlyOnceAndConverged();
    }

    void crashWhileSubmittingIsReconciled()
    {
        // The answer takes a while; the sender is gone before it comes. The provider has it.
        m_sim->fault(
            createFault(QStringLiteral("latency"), 1, { { QStringLiteral("latencyMs"), 600 } }));
        QString id;
        {
            auto s = sender();
            id = enqueue(*s, kAlice, QStringLiteral("sent just before the crash"));
            s->start();
            QVERIFY(
                QTest::qWaitFor([&] { return entry(id).state == OutboxState::Submitting; }, 5000));
            QVERIFY(QTest::qWaitFor([&] { return providerMessages(m_client).size() == 1; }, 5000));
        }
        QCOMPARE(entry(id).state, OutboxState::Submitting);
        // A new process: a new connection to the same file, a new sender.
        m_db.reset();
        m_db = m_cache->open();
        QVERIFY(m_db);
        auto restarted = sender();
        restarted->start();
        QVERIFY(waitSettled());
        QCOMPARE(entry(id).attempts, 1); // found, not resent
        verifyExactlyOnceAndConverged();
    }

    void crashBeforeTheRequestLeftIsResentOnce()
    {
        // 'submitting' on disk, but the request never went out (the process died between the
        // commit and the send): the reconcile finds nothing and sends it, once.
        QString id;
        {
            Outbox outbox(*m_db, QStringLiteral("US"));
            const EnqueueResult result = outbox.enqueue(
                { kAlice, m_sim->ourNumber(), QStringLiteral("never left"), 0, {} },
                QDateTime::currentMSecsSinceEpoch());
            QVERIFY(result.ok());
            id = result.entry.clientId;
            QVERIFY(m_db->execOnce(
                QStringLiteral("UPDATE outbox SET state = 'submitting', attempts = 1")));
        }
        auto s = sender();
        s->start();
        QVERIFY(waitSettled());
        QCOMPARE(entry(id).attempts, 2);
        verifyExactlyOnceAndConverged();
    }

    void enqueuedEntrySurvivesReopening()
    {
        QString id;
        {
            auto db = m_cache->open();
            Outbox outbox(*db, QStringLiteral("US"));
            const EnqueueResult result
                = outbox.enqueue({ kAlice, m_sim->ourNumber(), QStringLiteral("durable"), 0, {} },
                                 QDateTime::currentMSecsSinceEpoch());
            QVERIFY(result.ok());
            id = result.entry.clientId;
        }
        m_db.reset(); // every connection closed: only the file remains
        m_db = m_cache->open();
        QVERIFY(m_db);
        const OutboxEntry e = entry(id);
        QCOMPARE(e.state, OutboxState::Waiting);
        QCOMPARE(e.body, QStringLiteral("durable"));
        QCOMPARE(test::rows(
                     *m_db,
                     QStringLiteral("SELECT status FROM messages WHERE client_id = '%1'").arg(id)),
                 QStringList { QStringLiteral("pending") });
        auto s = sender();
        s->start();
        QVERIFY(waitSettled());
        verifyExactlyOnceAndConverged();
    }

    void throughputIsLimitedPerSender()
    {
        OutboxOptions options = fast();
        options.segmentsPerSecond = 2;
        options.burstSegments = 1;
        auto s = sender(options);
        QList<qint64> submittedAt;
        QElapsedTimer clock;
        connect(s.get(), &OutboxSender::entryChanged, this,
                [&](const QString &, OutboxState state, const QString &) {
                    if (state == OutboxState::Submitting)
                        submittedAt << clock.elapsed();
                });
        QStringList ids;
        for (int i = 0; i < 4; ++i)
            ids << enqueue(*s, customer(i), QStringLiteral("throttled %1").arg(i));
        ids << enqueue(*s, customer(0), QStringLiteral("throttled 4"));
        clock.start();
        s->start();
        QVERIFY(QTest::qWaitFor([&] { return openCount() == 0; }, 10000));
        QCOMPARE(submittedAt.size(), 5);
        QVERIFY2(submittedAt.last() >= 1900, qPrintable(QString::number(submittedAt.last())));
        for (qsizetype i = 1; i < submittedAt.size(); ++i)
            QVERIFY(submittedAt[i] - submittedAt[i - 1] >= 400);
        for (const QString &id : std::as_const(ids)) {
            QCOMPARE(entry(id).state, OutboxState::Accepted);
            QCOMPARE(entry(id).attempts, 1); // none refused
        }
        QVERIFY(waitSettled());
        verifyExactlyOnceAndConverged();
    }

    void everyDatabaseCallMayFail()
    {
        // How many database calls one send makes, from the first pass to a final status.
        int calls = 0;
        {
            test::TestCache scratch;
            auto db = scratch.open();
            auto s = sender(fast(), db.get());
            enqueue(*s, kAlice, QStringLiteral("probe"));
            db->failNthExecForTesting(100000);
            s->start();
            QVERIFY(waitSettled(15000, db.get()));
            calls = 100000 - db->remainingExecsForTesting();
            db->failNthExecForTesting(0);
        }
        QVERIFY2(calls > 10, qPrintable(QString::number(calls)));
        int failed = 0;
        for (int i = 1; i <= calls; ++i) {
            test::TestCache cache;
            auto db = cache.open();
            auto s = sender(fast(), db.get());
            QSignalSpy storage(s.get(), &OutboxSender::storageFailed);
            const QString body = QStringLiteral("call %1 fails").arg(i);
            enqueue(*s, kAlice, body);
            db->failNthExecForTesting(i);
            s->start();
            QVERIFY2(waitSettled(15000, db.get()), qPrintable(body));
            failed += !storage.isEmpty();
            s.reset();
            db->failNthExecForTesting(0); // a call beyond this run's last is not failed later
            verifyExactlyOnceAndConverged(db.get());
            if (QTest::currentTestFailed())
                return;
        }
        qInfo() << calls << "database calls per send;" << failed << "runs saw their failure";
        QVERIFY(failed > calls / 2);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "TestOutbox.moc"
