// "Load older messages": one customer's history from before the first sync's horizon, fetched
// from the simulator on demand with the list's To/From and DateSent< filters, as Twilio's.
// Exactly the missing messages of that conversation arrive; asking again adds nothing.
#include "SimHarness.h"
#include "TestWorkspace.h"
#include "engine/SyncEngine.h"

#include <QtCore/QDateTime>
#include <QtCore/QSet>
#include <QtCore/QStandardPaths>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace textdesk;
using textdesk::test::SimHarness;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString customerOf(const provider::ProviderMessage &m)
{
    return m.isInbound() ? m.from : m.to;
}

} // namespace

class TestOlderHistory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void loadsExactlyTheMissingMessagesOfOneCustomer();
};

void TestOlderHistory::loadsExactlyTheMissingMessagesOfOneCustomer()
{
    SimHarness sim(QStringLiteral("empty"), 7, 50, 400);
    QVERIFY2(sim.isRunning(), qPrintable(sim.startError()));
    const QList<provider::ProviderMessage> listed = test::listAll(sim.client());
    QVERIFY(listed.size() >= 400);
    // The customer with the most messages older than a few days.
    const qint64 horizonMs = 2 * kDayMs;
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - 3 * kDayMs;
    QHash<QString, int> olderCount;
    for (const auto &m : listed) {
        if (m.dateCreatedMs < cutoff)
            ++olderCount[customerOf(m)];
    }
    QString customer;
    for (auto it = olderCount.cbegin(); it != olderCount.cend(); ++it) {
        if (customer.isEmpty() || it.value() > olderCount.value(customer))
            customer = it.key();
    }
    QVERIFY(olderCount.value(customer) >= 2);
    // The customer writes today: the conversation is in the cache, its past is not.
    sim.injectInbound(customer, QStringLiteral("hello again"));

    test::TestCache cache;
    engine::EngineSettings settings;
    settings.cachePath = cache.path();
    settings.account = sim.config();
    settings.pull.horizonMs = horizonMs;
    settings.pull.pageSize = 20; // the pass stops with the page that crosses the horizon
    settings.pullOnTimer = false;
    engine::SyncEngine engine(settings);
    QVERIFY(engine.open());
    QSignalSpy passed(&engine, &engine::SyncEngine::passFinished);
    engine.start();
    QVERIFY(passed.wait(20'000));
    QCOMPARE(engine.pull()->result(), sync::PullSync::Result::Converged);

    Database &db = engine.database();
    const QString conversation
        = test::rows(db,
                     QStringLiteral("SELECT c.id FROM conversations c JOIN contacts k ON k.id = "
                                    "c.contact_id WHERE k.e164 = '%1'")
                         .arg(customer))
              .value(0);
    QVERIFY(!conversation.isEmpty());
    const auto sidsOf = [&](const QString &where) {
        const QStringList sids = test::rows(
            db, QStringLiteral("SELECT sid FROM messages WHERE %1 ORDER BY sid").arg(where));
        return QSet<QString>(sids.cbegin(), sids.cend());
    };
    const QString inConversation = QStringLiteral("conversation_id = %1").arg(conversation);
    const QString elsewhere = QStringLiteral("conversation_id <> %1").arg(conversation);
    const QSet<QString> cachedBefore = sidsOf(inConversation);
    const QSet<QString> othersBefore = sidsOf(elsewhere);
    QVERIFY(!cachedBefore.isEmpty());

    // What Twilio's filters give: this customer and our number, either way, with a sent date
    // (a message never sent has none and no DateSent filter lists it).
    QSet<QString> expected = cachedBefore;
    for (const auto &m : listed) {
        if (customerOf(m) == customer && m.dateSentMs > 0)
            expected.insert(m.sid);
    }
    const qint64 missing = expected.size() - cachedBefore.size();
    QVERIFY2(missing >= 2, "the customer's past is not in the cache before the load");

    QSignalSpy loaded(&engine, &engine::SyncEngine::olderLoaded);
    QSignalSpy progressed(&engine, &engine::SyncEngine::olderProgressed);
    QVERIFY(engine.loadOlder(conversation.toLongLong()));
    QVERIFY(loaded.wait(20'000));
    QCOMPARE(loaded.first().at(0).toLongLong(), conversation.toLongLong());
    QCOMPARE(loaded.first().at(1).toLongLong(), missing);
    QCOMPARE(loaded.first().at(2).toBool(), false); // not cancelled
    QCOMPARE(loaded.first().at(3).toString(), QString()); // no error
    QVERIFY(!progressed.isEmpty());
    QCOMPARE(sidsOf(inConversation), expected);
    QCOMPARE(sidsOf(elsewhere), othersBefore); // nobody else's history came along
    // The conversation's columns count what it now holds.
    QCOMPARE(test::rows(db,
                        QStringLiteral("SELECT message_count FROM conversations WHERE id = %1")
                            .arg(conversation)),
             QStringList { QString::number(expected.size()) });

    // Twice: nothing new, nothing doubled.
    loaded.clear();
    QVERIFY(engine.loadOlder(conversation.toLongLong()));
    QVERIFY(loaded.wait(20'000));
    QCOMPARE(loaded.first().at(1).toLongLong(), 0);
    QCOMPARE(loaded.first().at(3).toString(), QString());
    QCOMPARE(sidsOf(inConversation), expected);
    QCOMPARE(test::rows(
                 db, QStringLiteral("SELECT count(*) FROM messages WHERE %1").arg(inConversation)),
             QStringList { QString::number(expected.size()) });
    engine.stop();
}

QTEST_GUILESS_MAIN(TestOlderHistory)
#include "TestOlderHistory.moc"
