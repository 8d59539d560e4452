// Pulling from textdesk-sim into a real cache file, over real loopback HTTP: the cache ends up
// equal to the provider through faults, cancellation, restarts and database failures.
#include "SimHarness.h"
#include "TestWorkspace.h"
#include "storage/ConversationSummaries.h"
#include "sync/PullSync.h"

#include <QtCore/QJsonObject>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace textdesk;
using namespace textdesk::provider;
using textdesk::sync::PullOptions;
using textdesk::sync::PullSync;
using textdesk::test::SimHarness;
using textdesk::test::waitFor;

namespace {

// "sid|direction|body|status" for every message the provider has, sorted.
QStringList providerState(Provider *client)
{
    QStringList state;
    MessageQuery query;
    query.pageSize = 1000;
    MessagePageJob *job = client->listMessages(query);
    while (job) {
        if (!waitFor(job) || !job->succeeded())
            return { QStringLiteral("listing failed") };
        for (const ProviderMessage &m : job->page.messages) {
            state.append(
                QStringLiteral("%1|%2|%3|%4")
                    .arg(m.sid,
                         m.isInbound() ? QStringLiteral("inbound") : QStringLiteral("outbound"),
                         m.body, m.status));
        }
        job = job->page.nextPageUri.isEmpty() ? nullptr : client->nextPage(job->page.nextPageUri);
    }
    state.sort();
    return state;
}

// The denormalised conversation columns that depend on the order messages were written in.
QStringList conversationColumns(Database &db)
{
    return test::rows(db,
                      QStringLiteral("SELECT id, message_count, unread_count, last_message_id, "
                                     "waiting_since, first_inbound_at, first_response_at "
                                     "FROM conversations ORDER BY id"));
}

// The same columns after recomputing every conversation from its messages.
QStringList recomputedConversationColumns(Database &db)
{
    QSet<qint64> all;
    for (const QString &id : test::rows(db, QStringLiteral("SELECT id FROM conversations")))
        all.insert(id.toLongLong());
    if (!ConversationSummaries::recompute(db, all))
        return { QStringLiteral("recompute failed") };
    return conversationColumns(db);
}

QStringList cacheState(Database &db)
{
    QStringList state = test::rows(
        db,
        QStringLiteral(
            "SELECT sid || '|' || direction || '|' || body || '|' || status FROM messages"));
    state.sort();
    return state;
}

} // namespace

class TestPullSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimHarness> m_sim;
    std::unique_ptr<test::TestCache> m_cache;
    std::unique_ptr<Database> m_db;
    TwilioClient *m_client = nullptr;

    PullSync::Result pull(const PullOptions &options = smallPages(), PullSync **out = nullptr)
    {
        auto *sync = new PullSync(m_client, *m_db, options, m_client);
        QSignalSpy done(sync, &PullSync::finished);
        sync->start();
        if (done.isEmpty() && !done.wait(30000))
            return PullSync::Result::ProviderFailed;
        if (out)
            *out = sync;
        return sync->result();
    }

    static PullOptions smallPages()
    {
        PullOptions options;
        options.pageSize = 7;
        return options;
    }

    void seed(int inbound)
    {
        for (int i = 0; i < inbound; ++i) {
            m_sim->injectInbound(
                QStringLiteral("+1415555%1").arg(2600 + i % 9, 4, 10, QLatin1Char('0')),
                QStringLiteral("question %1").arg(i),
                i % 10 == 0 ? QStringList { QStringLiteral("photo") } : QStringList {});
        }
    }

    QJsonObject faultOn(const QString &kind, int count)
    {
        return { { QStringLiteral("endpoint"), QStringLiteral("messages.list") },
                 { QStringLiteral("kind"), kind },
                 { QStringLiteral("count"), count } };
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<SimHarness>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->startError()));
        m_cache = std::make_unique<test::TestCache>();
        m_db = m_cache->open();
        QVERIFY(m_db);
        m_client = m_sim->client();
    }

    void cleanup()
    {
        m_db.reset();
        m_cache.reset();
        m_sim.reset();
    }

    void firstSyncThenIncremental()
    {
        seed(40);
        PullSync *sync = nullptr;
        QCOMPARE(pull(smallPages(), &sync), PullSync::Result::Converged);
        QCOMPARE(sync->progress().inserted, 40);
        QCOMPARE(sync->progress().pages, 6); // 40 / 7, rounded up
        QCOMPARE(cacheState(*m_db), providerState(m_client));
        // Nine customers, one inbox, nine conversations, with unread counts.
        QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT count(*) FROM conversations")),
                 QStringList { QStringLiteral("9") });
        QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT sum(unread_count) FROM conversations")),
                 QStringList { QStringLiteral("40") });
        QVERIFY(PullSync::highWater(*m_db).value() > 0);
        // The pull writes newest first; the conversation columns still match a recompute from
        // the messages (waiting since the oldest unanswered message, unread, first response).
        const QStringList pulled = conversationColumns(*m_db); // before the recompute below
        QCOMPARE(recomputedConversationColumns(*m_db), pulled);

        // Nothing new: one request (the overlap window re-read fits one page of the real page
        // size), nothing written.
        QCOMPARE(pull(PullOptions(), &sync), PullSync::Result::Converged);
        QCOMPARE(sync->progress().inserted, 0);
        QCOMPARE(sync->progress().pages, 1);

        // New messages and status changes come in with the next pass.
        seed(3);
        QCOMPARE(pull(smallPages(), &sync), PullSync::Result::Converged);
        QCOMPARE(sync->progress().inserted, 3);
        QCOMPARE(cacheState(*m_db), providerState(m_client));
    }

    void conversationColumnsMatchARecompute()
    {
        // Back and forth with two customers; the pull then writes it newest first, two at a time.
        const QString a = QStringLiteral("+14155552611");
        const QString b = QStringLiteral("+14155552612");
        const auto reply = [this](const QString &to, const QString &body) {
            OutgoingMessage message;
            message.to = to;
            message.from = m_sim->ourNumber();
            message.body = body;
            MessageJob *job = m_client->send(message);
            QVERIFY(waitFor(job));
            QVERIFY(job->succeeded());
        };
        m_sim->injectInbound(a, QStringLiteral("hi, where is my order?"));
        QTest::qWait(1001); // the provider's times have whole seconds
        reply(a, QStringLiteral("It ships today."));
        QTest::qWait(1001); // the provider's times have whole seconds
        m_sim->injectInbound(a, QStringLiteral("thanks! and the refund?"));
        QTest::qWait(1001); // the provider's times have whole seconds
        m_sim->injectInbound(a, QStringLiteral("hello?"));
        QTest::qWait(1001); // the provider's times have whole seconds
        m_sim->injectInbound(b, QStringLiteral("can I move my appointment"));
        QTest::qWait(1001); // the provider's times have whole seconds
        m_sim->injectInbound(b, QStringLiteral("to friday"));
        QTest::qWait(1001); // the provider's times have whole seconds
        reply(b, QStringLiteral("Done: Friday 10am."));
        m_sim->settle();

        PullOptions twoAtATime;
        twoAtATime.pageSize = 2;
        QCOMPARE(pull(twoAtATime), PullSync::Result::Converged);
        const QStringList pulled = conversationColumns(*m_db); // before the recompute below
        QCOMPARE(recomputedConversationColumns(*m_db), pulled);
        // A waits since "thanks! and the refund?" (the oldest unanswered); B waits for nobody.
        QCOMPARE(
            test::rows(*m_db,
                       QStringLiteral(
                           "SELECT count(*) FROM conversations WHERE waiting_since IS NOT NULL")),
            QStringList { QStringLiteral("1") });
    }

    void cancelledPassResumesWhereItStopped()
    {
        seed(30);
        auto *sync = new PullSync(m_client, *m_db, smallPages(), m_client);
        QSignalSpy done(sync, &PullSync::finished);
        connect(sync, &PullSync::progressed, sync, [sync](const sync::PullProgress &p) {
            if (p.pages == 2)
                sync->cancel();
        });
        sync->start();
        QVERIFY(done.wait(10000));
        QCOMPARE(sync->result(), PullSync::Result::Cancelled);
        QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT count(*) FROM messages")),
                 QStringList { QStringLiteral("14") });
        QCOMPARE(PullSync::highWater(*m_db).value(), 0); // the cursor did not move

        seed(2); // arrives while we were away
        PullSync *resumed = nullptr;
        QCOMPARE(pull(smallPages(), &resumed), PullSync::Result::Converged);
        QCOMPARE(resumed->progress().inserted, 16); // the rest of the first pass
        QCOMPARE(pull(smallPages(), &resumed), PullSync::Result::Converged);
        QCOMPARE(cacheState(*m_db), providerState(m_client));
    }

    void faultsEndInTheSameCache_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("500s") << "error";
        QTest::newRow("429 burst") << "throttle";
        QTest::newRow("cut mid-page") << "cut";
        QTest::newRow("duplicated pages") << "duplicate-page";
        QTest::newRow("reordered pages") << "reorder-page";
        QTest::newRow("stalled") << "stall";
    }

    void faultsEndInTheSameCache()
    {
        QFETCH(QString, kind);
        seed(25);
        m_sim->fault(faultOn(kind, 4));
        // Some passes fail (the client gives up after its retries); the next ones pick up.
        for (int attempt = 0; attempt < 6; ++attempt) {
            if (pull() == PullSync::Result::Converged)
                break;
        }
        m_sim->clearFaults();
        QCOMPARE(pull(), PullSync::Result::Converged);
        QCOMPARE(cacheState(*m_db), providerState(m_client));
        QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT count(*) FROM messages")),
                 QStringList { QStringLiteral("25") });
    }

    void networkGoneAndBack()
    {
        seed(10);
        m_sim->admin("POST", QStringLiteral("/sim/network"), { { QStringLiteral("down"), true } });
        PullSync *sync = nullptr;
        QCOMPARE(pull(smallPages(), &sync), PullSync::Result::ProviderFailed);
        QVERIFY(sync->providerError().isTransient());
        QVERIFY(!sync->errorMessage().isEmpty());
        m_sim->admin("POST", QStringLiteral("/sim/network"), { { QStringLiteral("down"), false } });
        QCOMPARE(pull(), PullSync::Result::Converged);
        QCOMPARE(cacheState(*m_db), providerState(m_client));
    }

    void everyDatabaseCallMayFail()
    {
        const PullOptions options = smallPages();
        seed(12);
        // How many database calls one clean first sync makes, on a scratch cache.
        int calls = 0;
        {
            test::TestCache scratch;
            auto db = scratch.open();
            db->failNthExecForTesting(100000);
            PullSync probe(m_client, *db, options);
            QSignalSpy done(&probe, &PullSync::finished);
            probe.start();
            QVERIFY(done.wait(10000));
            QCOMPARE(probe.result(), PullSync::Result::Converged);
            calls = 100000 - db->remainingExecsForTesting();
        }
        QVERIFY(calls > 20);
        const QStringList expected = providerState(m_client);
        for (int i = 1; i <= calls; ++i) {
            test::TestCache cache;
            auto db = cache.open();
            db->failNthExecForTesting(i);
            PullSync failing(m_client, *db, options);
            QSignalSpy done(&failing, &PullSync::finished);
            failing.start();
            QVERIFY(done.wait(10000));
            QVERIFY2(
                failing.result() == PullSync::Result::StorageFailed,
                qPrintable(QStringLiteral("call %1 of %2 failed unnoticed").arg(i).arg(calls)));
            QVERIFY(!failing.errorMessage().isEmpty());
            // Recovery: the next pass, with a healthy disk, converges to the provider's state.
            db->failNthExecForTesting(0);
            PullSync again(m_client, *db, options);
            QSignalSpy againDone(&again, &PullSync::finished);
            again.start();
            QVERIFY(againDone.wait(10000));
            QCOMPARE(again.result(), PullSync::Result::Converged);
            QCOMPARE(cacheState(*db), expected);
            QCOMPARE(test::foreignKeyViolations(*db), QStringList());
            QVERIFY(test::checkFullTextIndex(*db, QStringLiteral("message_fts")));
        }
    }
};

QTEST_GUILESS_MAIN(TestPullSync)
#include "TestPullSync.moc"
