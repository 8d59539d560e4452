// The engine's inbound path: a webhook's message stored at once with the hooks, a pull of the
// same message afterwards doubling neither the message nor what the hooks did; hooks in order,
// once per new inbound message, in the transaction of its page.
#include "SimHarness.h"
#include "TestWorkspace.h"
#include "engine/SyncEngine.h"
#include "storage/SqlHelpers.h"

#include <QtCore/QDateTime>
#include <QtCore/QStandardPaths>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace textdesk;
using textdesk::test::SimHarness;

namespace {

engine::EngineSettings settingsFor(const test::TestCache &cache, const SimHarness &sim)
{
    engine::EngineSettings settings;
    settings.cachePath = cache.path();
    settings.account = sim.config();
    settings.pullOnTimer = false; // passes when the test asks
    return settings;
}

// One pass, to its end.
bool pass(engine::SyncEngine &engine)
{
    QSignalSpy finished(&engine, &engine::SyncEngine::passFinished);
    engine.syncNow();
    return finished.wait(20'000) && engine.pull()->result() == sync::PullSync::Result::Converged;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void webhookMessageIsStoredWithItsHooksOnce();
    void hooksRunOncePerNewInboundMessage();
};

void TestSyncEngine::webhookMessageIsStoredWithItsHooksOnce()
{
    SimHarness sim;
    QVERIFY2(sim.isRunning(), qPrintable(sim.startError()));
    const QJsonObject injected
        = sim.injectInbound(QStringLiteral("+14155552901"), QStringLiteral("stop"));
    // What the webhook receiver decodes from the provider's POST.
    provider::ProviderMessage pushed;
    pushed.sid = injected.value(QLatin1String("sid")).toString();
    QVERIFY(!pushed.sid.isEmpty());
    pushed.from = QStringLiteral("+14155552901");
    pushed.to = sim.ourNumber();
    pushed.body = QStringLiteral("stop");
    pushed.direction = QStringLiteral("inbound");
    pushed.status = QStringLiteral("received");
    pushed.dateCreatedMs = QDateTime::currentMSecsSinceEpoch();

    test::TestCache cache;
    engine::SyncEngine engine(settingsFor(cache, sim));
    QVERIFY(engine.open());
    QSignalSpy stored(&engine, &engine::SyncEngine::inboundStored);
    // Stored before any pull has run: the inbox shows it, and the customer is opted out now.
    QVERIFY(engine.storeInbound(pushed));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(test::rows(engine.database(), QStringLiteral("SELECT body FROM messages")),
             QStringList { QStringLiteral("stop") });
    const QString consent = QStringLiteral("SELECT state, keyword FROM consent_events");
    QCOMPARE(test::rows(engine.database(), consent),
             QStringList { QStringLiteral("opted_out|STOP") });
    // The pass that follows brings the same message: one message, one consent event.
    QTRY_VERIFY_WITH_TIMEOUT(!engine.pull()->isRunning(), 20'000);
    QVERIFY(pass(engine));
    // (The provider may have answered the keyword itself: only inbound messages are counted.)
    QCOMPARE(
        test::rows(engine.database(),
                   QStringLiteral("SELECT sid, body FROM messages WHERE direction = 'inbound'")),
        QStringList { pushed.sid + QStringLiteral("|stop") });
    QCOMPARE(test::rows(engine.database(), consent),
             QStringList { QStringLiteral("opted_out|STOP") });
    // The same push again (a provider retries webhooks): nothing new.
    QVERIFY(engine.storeInbound(pushed));
    QCOMPARE(test::rows(engine.database(), QStringLiteral("SELECT count(*) FROM consent_events")),
             QStringList { QStringLiteral("1") });
    engine.stop();
}

void TestSyncEngine::hooksRunOncePerNewInboundMessage()
{
    SimHarness sim;
    QVERIFY2(sim.isRunning(), qPrintable(sim.startError()));
    for (int i = 0; i < 5; ++i)
        sim.injectInbound(QStringLiteral("+1415555%1").arg(2910 + i),
                          QStringLiteral("hi %1").arg(i));
    test::TestCache cache;
    engine::SyncEngine engine(settingsFor(cache, sim));
    QVERIFY(engine.open());
    QVERIFY(engine.database().execOnce(
        QStringLiteral("CREATE TABLE hook_log (message_id INTEGER NOT NULL, body TEXT)")));
    // A hook after consent: it sees each new inbound message, stored, with its id.
    engine.hooks().add(QStringLiteral("log"), [](Database &db, const MessageRecord &message) {
        auto query = db.prepare(QStringLiteral("INSERT INTO hook_log VALUES (?, ?)"));
        if (!query)
            return Status(query.error());
        sql::bind(**query, { message.id, message.body });
        return db.exec(**query);
    });
    QCOMPARE(
        engine.hooks().names(),
        (QStringList { QStringLiteral("consent"), QStringLiteral("revocation"),
                       QStringLiteral("scheduled"), QStringLiteral("surveys"),
                       QStringLiteral("rules"), QStringLiteral("faq"), QStringLiteral("log") }));
    QVERIFY(pass(engine));
    QCOMPARE(test::rows(engine.database(),
                        QStringLiteral("SELECT count(*), count(DISTINCT message_id) FROM hook_log "
                                       "JOIN messages m ON m.id = message_id")),
             QStringList { QStringLiteral("5|5") });
    // An overlapping pass sees them again: not new, so no hook runs; a new one runs once.
    sim.injectInbound(QStringLiteral("+14155552999"), QStringLiteral("one more"));
    QVERIFY(pass(engine));
    QCOMPARE(test::rows(engine.database(), QStringLiteral("SELECT count(*) FROM hook_log")),
             QStringList { QStringLiteral("6") });
    QCOMPARE(test::rows(engine.database(),
                        QStringLiteral("SELECT body FROM hook_log ORDER BY rowid DESC LIMIT 1")),
             QStringList { QStringLiteral("one more") });
    engine.stop();
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
