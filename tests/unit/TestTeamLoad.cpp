// The team's load (View → Team) from a real cache: per agent, open, pending and snoozed
// conversations and the customers waiting for a reply; the unassigned queue; an opted-out
// customer waits for nobody; resolved conversations count nowhere. The agents to assign to come
// by name without case or accents, placeholders left out; and the query reaches the
// conversations through the status index, never by reading all of them.
#include "TestWorkspace.h"
#include "storage/Consent.h"
#include "storage/ConversationActions.h"
#include "storage/MessageStore.h"
#include "storage/TeamLoad.h"

#include <QTest>

using namespace textdesk;

class TestTeamLoad : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void countsPerAgentAndTheQueue();
    void agentsByNameWithoutPlaceholders();
    void readsThroughTheStatusIndex();

private:
    // A conversation with one customer's message at `at` (so they wait since then), in `status`,
    // assigned to `agent`.
    qint64 conversation(const QString &customer, const QString &status, qint64 agent, qint64 at);
    TeamLoad::Load loadOf(qint64 agent);

    std::unique_ptr<test::TestCache> m_cache;
    std::unique_ptr<Database> m_db;
};

void TestTeamLoad::init()
{
    m_cache = std::make_unique<test::TestCache>();
    m_db = m_cache->open();
    QVERIFY(m_db);
}

void TestTeamLoad::cleanup()
{
    m_db.reset();
    m_cache.reset();
}

qint64 TestTeamLoad::conversation(const QString &customer, const QString &status, qint64 agent,
                                  qint64 at)
{
    const qint64 id = test::conversation(*m_db, customer);
    MessageRecord m = test::message(id, customer + QStringLiteral("-sid"), QStringLiteral("hello"),
                                    Direction::Inbound, at);
    if (auto s = MessageStore(*m_db).upsert(m); !s)
        qWarning().noquote() << s.error().details();
    if (auto s = ConversationActions::setStatus(
            *m_db, id, status, status == QLatin1String("snoozed") ? at + 3'600'000 : 0, at + 1);
        !s)
        qWarning().noquote() << s.error().details();
    if (auto s = ConversationActions::assign(*m_db, id, agent, at + 2); !s)
        qWarning().noquote() << s.error().details();
    return id;
}

TeamLoad::Load TestTeamLoad::loadOf(qint64 agent)
{
    auto loads = TeamLoad::loads(*m_db);
    if (!loads)
        qWarning().noquote() << loads.error().details();
    for (const TeamLoad::Load &load : loads ? *loads : QList<TeamLoad::Load> {}) {
        if (load.agentId == agent)
            return load;
    }
    return TeamLoad::Load { -1 };
}

void TestTeamLoad::countsPerAgentAndTheQueue()
{
    auto ana = ConversationActions::ensureAgent(*m_db, QStringLiteral("Ana"), 1);
    auto ben = ConversationActions::ensureAgent(*m_db, QStringLiteral("Ben"), 1);
    QVERIFY(ana && ben);
    const qint64 t = 1'700'000'000'000;
    conversation(QStringLiteral("+14155550101"), QStringLiteral("open"), *ana, t + 1000);
    conversation(QStringLiteral("+14155550102"), QStringLiteral("open"), *ana, t); // waits longest
    conversation(QStringLiteral("+14155550103"), QStringLiteral("pending"), *ana, t + 2000);
    conversation(QStringLiteral("+14155550104"), QStringLiteral("snoozed"), *ana, t + 3000);
    conversation(QStringLiteral("+14155550105"), QStringLiteral("resolved"), *ana, t + 4000);
    // Ben's open customer opted out: open, but waiting for nobody.
    const qint64 stopped
        = conversation(QStringLiteral("+14155550106"), QStringLiteral("open"), *ben, t - 5000);
    QVERIFY(Consent::record(*m_db, stopped, QStringLiteral("opted_out"), QStringLiteral("STOP"),
                            QStringLiteral("keyword"), 0, t));
    conversation(QStringLiteral("+14155550107"), QStringLiteral("open"), 0, t + 6000);
    conversation(QStringLiteral("+14155550108"), QStringLiteral("resolved"), 0, t + 7000);

    const TeamLoad::Load a = loadOf(*ana);
    QCOMPARE(a.open, 2);
    QCOMPARE(a.pending, 1);
    QCOMPARE(a.snoozed, 1);
    QCOMPARE(a.waiting, 3); // the two open and the pending one; not the snoozed one
    QCOMPARE(a.oldestWaitingSince, t);
    const TeamLoad::Load b = loadOf(*ben);
    QCOMPARE(b.open, 1);
    QCOMPARE(b.waiting, 0);
    QCOMPARE(b.oldestWaitingSince, 0);
    const TeamLoad::Load queue = loadOf(0);
    QCOMPARE(queue.open, 1);
    QCOMPARE(queue.waiting, 1);
    QCOMPARE(queue.oldestWaitingSince, t + 6000);
    QCOMPARE(TeamLoad::loads(*m_db)->size(), 3);

    // Reassigned: the load moves with it.
    auto moved = test::rows(*m_db,
                            QStringLiteral("SELECT id FROM conversations WHERE "
                                           "assignee_id = %1 AND status = 'pending'")
                                .arg(*ana));
    QCOMPARE(moved.size(), 1);
    QVERIFY(ConversationActions::assign(*m_db, moved.constFirst().toLongLong(), *ben, t + 9000));
    QCOMPARE(loadOf(*ana).pending, 0);
    QCOMPARE(loadOf(*ben).pending, 1);
    QCOMPARE(loadOf(*ben).waiting, 1);
}

void TestTeamLoad::agentsByNameWithoutPlaceholders()
{
    for (const char *name : { "Zoltan Kiss", "zoë Brandt", "Ángel Ruiz", "Ben" })
        QVERIFY(ConversationActions::ensureAgent(*m_db, QString::fromUtf8(name), 1));
    // A team replica's placeholder: an assignee whose own row has not arrived yet.
    QVERIFY(m_db->execOnce(
        QStringLiteral("INSERT INTO agents (id, name, created_at) VALUES (9001, '', 1)")));
    auto agents = TeamLoad::agents(*m_db);
    QVERIFY(agents);
    QStringList names;
    for (const TeamLoad::Agent &agent : std::as_const(*agents))
        names << agent.name;
    QCOMPARE(names,
             (QStringList { QStringLiteral("Ángel Ruiz"), QStringLiteral("Ben"),
                            QStringLiteral("zoë Brandt"), QStringLiteral("Zoltan Kiss") }));
}

void TestTeamLoad::readsThroughTheStatusIndex()
{
    // Most of a cache is resolved: the grouped query must not read every conversation.
    const QStringList plan
        = test::rows(*m_db,
                     QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM conversations c WHERE "
                                    "c.status IN ('open', 'pending', 'snoozed') GROUP BY "
                                    "coalesce(c.assignee_id, 0), c.status"));
    QVERIFY2(plan.join(QLatin1Char('\n')).contains(QStringLiteral("conversations_by_status")),
             qPrintable(plan.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTeamLoad)
#include "TestTeamLoad.moc"
