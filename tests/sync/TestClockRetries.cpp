// The outbox's and the media fetcher's retries wait on the engine's clock: with a FakeClock, a
// failed send and a failed download are tried again when the clock is advanced past their
// backoff, and not before (however long the wall clock runs). Real HTTP to the simulator.
#include "SimHarness.h"
#include "TestWorkspace.h"
#include "core/Clock.h"
#include "sync/MediaFetcher.h"
#include "sync/Outbox.h"
#include "sync/OutboxSender.h"
#include "sync/PullSync.h"

#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace textdesk;
using textdesk::test::SimHarness;

namespace {

const QString kCustomer = QStringLiteral("+14155552671");
// How long the wall clock runs to show that nothing happens without the fake clock: longer
// than any backoff these tests would take on the wall clock (they are minutes on the fake one).
constexpr int kQuietMs = 400;

} // namespace

class TestClockRetries : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimHarness> m_sim;
    std::unique_ptr<test::TestCache> m_cache;
    std::unique_ptr<Database> m_db;
    provider::TwilioClient *m_client = nullptr;
    FakeClock m_clock { QDateTime::currentMSecsSinceEpoch() };

    QStringList query(const QString &sql) { return test::rows(*m_db, sql); }

    int acceptedByProvider()
    {
        return m_sim->stats()
            .value(QStringLiteral("direction"))
            .toObject()
            .value(QStringLiteral("outbound-api"))
            .toInt();
    }

    sync::OutboxEntry entry(const QString &clientId)
    {
        sync::Outbox outbox(*m_db, QStringLiteral("US"));
        auto found = outbox.entry(clientId);
        return found && *found ? **found : sync::OutboxEntry {};
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<SimHarness>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->startError()));
        m_cache = std::make_unique<test::TestCache>();
        m_db = m_cache->open();
        QVERIFY(m_db);
        // One attempt per call: the retry is the sender's or the fetcher's, on the clock.
        m_client = m_sim->client(SimHarness::fastRetry(1, 2000));
        m_clock.setNow(QDateTime::currentMSecsSinceEpoch());
    }

    void cleanup()
    {
        m_db.reset();
        m_cache.reset();
        m_sim.reset();
        m_client = nullptr;
    }

    void failedSendIsRetriedWhenTheClockIsAdvanced()
    {
        // The provider is busy once and asks for two minutes.
        m_sim->fault({ { QStringLiteral("endpoint"), QStringLiteral("messages.create") },
                       { QStringLiteral("kind"), QStringLiteral("throttle") },
                       { QStringLiteral("count"), 1 },
                       { QStringLiteral("retryAfter"), 120 } });
        sync::OutboxOptions options;
        options.defaultRegion = QStringLiteral("US");
        options.segmentsPerSecond = 1000;
        options.burstSegments = 1000;
        options.clock = &m_clock;
        sync::OutboxSender sender(m_client, *m_db, options);
        const sync::EnqueueResult queued
            = sender.enqueue({ kCustomer, m_sim->ourNumber(), QStringLiteral("hello"), 0, {} });
        QVERIFY2(queued.ok(), qPrintable(queued.errorMessage));
        const QString id = queued.entry.clientId;
        sender.start();
        QTRY_COMPARE_WITH_TIMEOUT(entry(id).attempts, 1, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!entry(id).lastError.isEmpty(), 10'000);
        QCOMPARE(entry(id).state, sync::OutboxState::Waiting);

        // The wall clock runs on; the engine's does not: no second attempt.
        QTest::qWait(kQuietMs);
        QCOMPARE(entry(id).attempts, 1);
        QCOMPARE(acceptedByProvider(), 0);
        // Nearly two minutes later: still waiting.
        m_clock.advance(115'000);
        QTest::qWait(kQuietMs);
        QCOMPARE(entry(id).attempts, 1);
        QCOMPARE(acceptedByProvider(), 0);
        // Past the provider's two minutes: sent, once.
        m_clock.advance(10'000);
        QTRY_COMPARE_WITH_TIMEOUT(entry(id).state, sync::OutboxState::Accepted, 10'000);
        QCOMPARE(entry(id).attempts, 2);
        QCOMPARE(acceptedByProvider(), 1);
        sender.stop();
    }

    void failedDownloadIsRetriedWhenTheClockIsAdvanced()
    {
        m_sim->injectInbound(kCustomer, QStringLiteral("a photo"), { QStringLiteral("photo") });
        {
            sync::PullSync pull(m_client, *m_db);
            QSignalSpy done(&pull, &sync::PullSync::finished);
            pull.start();
            QVERIFY(!done.isEmpty() || done.wait(20'000));
            QCOMPARE(pull.result(), sync::PullSync::Result::Converged);
        }
        m_sim->fault({ { QStringLiteral("endpoint"), QStringLiteral("media.content") },
                       { QStringLiteral("kind"), QStringLiteral("error") },
                       { QStringLiteral("status"), 503 },
                       { QStringLiteral("count"), 1 } });
        QTemporaryDir folder;
        sync::MediaFetchOptions options;
        options.retryBaseMs = 60'000;
        options.retryMaxMs = 60'000;
        options.random = [] { return 0.0; }; // the backoff's lower end: 30 s
        options.clock = &m_clock;
        sync::MediaFetcher media(m_client, *m_db, folder.path(), options);
        media.start();
        const QString waitingWithReason = QStringLiteral(
            "SELECT count(*) FROM media WHERE download_state = 'pending' AND failure_reason IS "
            "NOT NULL");
        QTRY_COMPARE_WITH_TIMEOUT(query(waitingWithReason), QStringList { QStringLiteral("1") },
                                  10'000);

        QTest::qWait(kQuietMs);
        QCOMPARE(query(waitingWithReason), QStringList { QStringLiteral("1") });
        m_clock.advance(29'000);
        QTest::qWait(kQuietMs);
        QCOMPARE(query(waitingWithReason), QStringList { QStringLiteral("1") });
        m_clock.advance(2'000);
        QTRY_COMPARE_WITH_TIMEOUT(query(QStringLiteral("SELECT download_state FROM media")),
                                  QStringList { QStringLiteral("done") }, 10'000);
        media.stop();
    }
};

QTEST_GUILESS_MAIN(TestClockRetries)
#include "TestClockRetries.moc"
