// Automation rules against the simulator over real HTTP, through the engine's inbound hook and
// outbox: an after-hours message gets the away reply once; a keyword rule tags, assigns and
// replies; the loop guard ends a ping-pong with a customer whose phone answers automatically;
// a customer who texted STOP gets nothing.
#include "SimHarness.h"
#include "TestWorkspace.h"
#include "engine/SyncEngine.h"
#include "storage/RuleStore.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QStandardPaths>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace textdesk;
using textdesk::test::SimHarness;

namespace {

bool pass(engine::SyncEngine &engine)
{
    QSignalSpy finished(&engine, &engine::SyncEngine::passFinished);
    engine.syncNow();
    return finished.wait(30'000);
}

// Our messages to this customer that the provider accepted (they have its SID), oldest first.
QStringList sentTo(Database &db, const QString &customer)
{
    return test::rows(db,
                      QStringLiteral("SELECT m.body FROM messages m JOIN conversations c ON c.id "
                                     "= m.conversation_id JOIN contacts k ON k.id = c.contact_id "
                                     "WHERE k.e164 = '%1' AND m.direction = 'outbound' AND m.sid "
                                     "IS NOT NULL ORDER BY m.id")
                          .arg(customer));
}

QStringList queuedTo(Database &db, const QString &customer)
{
    return test::rows(db,
                      QStringLiteral("SELECT m.body FROM messages m JOIN conversations c ON c.id "
                                     "= m.conversation_id JOIN contacts k ON k.id = c.contact_id "
                                     "WHERE k.e164 = '%1' AND m.direction = 'outbound' ORDER BY "
                                     "m.id")
                          .arg(customer));
}

// A customer writes; the engine pulls it (the rules run) and sends what they queued.
bool customerWrites(SimHarness &sim, engine::SyncEngine &engine, const QString &from,
                    const QString &body)
{
    if (sim.injectInbound(from, body).isEmpty())
        return false;
    return pass(engine);
}

bool allSent(Database &db, const QString &customer)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20'000) {
        if (sentTo(db, customer).size() == queuedTo(db, customer).size())
            return true;
        QTest::qWait(100);
    }
    return false;
}

struct Desk
{
    SimHarness sim;
    test::TestCache cache;
    std::unique_ptr<engine::SyncEngine> engine;

    bool start(int maxRepliesPerHour = 3)
    {
        if (!sim.isRunning())
            return false;
        engine::EngineSettings settings;
        settings.cachePath = cache.path();
        settings.account = sim.config();
        settings.pullOnTimer = false;
        settings.rules.maxRepliesPerHour = maxRepliesPerHour;
        settings.rules.company = QStringLiteral("Zephyr Bikes");
        engine = std::make_unique<engine::SyncEngine>(settings);
        if (!engine->open())
            return false;
        engine->start();
        QElapsedTimer waited;
        waited.start();
        while (engine->pull()->isRunning() && waited.elapsed() < 30'000)
            QTest::qWait(50);
        return !engine->pull()->isRunning();
    }
    Database &db() { return engine->database(); }
    bool addRule(const QString &name, const QString &json)
    {
        return bool(RuleStore::save(db(), { 0, 0, name, true, json }, 0));
    }
    ~Desk()
    {
        if (engine)
            engine->stop();
    }
};

} // namespace

class TestRulesEndToEnd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void afterHoursMessageGetsTheAwayReplyOnce()
    {
        Desk desk;
        QVERIFY(desk.start());
        // Hours with no shift: closed whenever the test runs.
        QVERIFY(RuleStore::setBusinessHours(
            desk.db(), QStringLiteral("*"),
            QStringLiteral(R"({"time_zone": "Europe/Berlin", "shifts": []})"), 0));
        QVERIFY(desk.addRule(QStringLiteral("Away"),
                             QStringLiteral(R"({"name": "Away", "kind": "away", "text":
            "Thanks for writing to {{company}}. We are closed now and answer from 9:00."})")));
        const QString customer = QStringLiteral("+13125550101");
        QVERIFY(
            customerWrites(desk.sim, *desk.engine, customer, QStringLiteral("Hi, are you open?")));
        QVERIFY(allSent(desk.db(), customer));
        QCOMPARE(sentTo(desk.db(), customer),
                 QStringList { QStringLiteral(
                     "Thanks for writing to Zephyr Bikes. We are closed now and answer "
                     "from 9:00.") });
        QVERIFY(customerWrites(desk.sim, *desk.engine, customer, QStringLiteral("Hello??")));
        QVERIFY(pass(*desk.engine));
        QCOMPARE(queuedTo(desk.db(), customer).size(), 1);
        // The thread names the rule.
        QVERIFY(test::rows(desk.db(),
                           QStringLiteral("SELECT body FROM messages WHERE direction "
                                          "= 'note'"))
                    .first()
                    .startsWith(QStringLiteral("Rule “Away”")));
    }

    void keywordRuleTagsAssignsAndReplies()
    {
        Desk desk;
        QVERIFY(desk.start());
        QVERIFY(desk.addRule(QStringLiteral("Refunds"), QStringLiteral(R"({"name": "Refunds",
            "conditions": [{"type": "text_contains", "values": ["refund", "money back"]}],
            "actions": [{"type": "tag", "value": "refund"}, {"type": "assign", "agent": "Dana"},
                        {"type": "reply", "text": "We have your refund request; Dana will answer today."}]})")));
        const QString customer = QStringLiteral("+13125550102");
        QVERIFY(customerWrites(desk.sim, *desk.engine, customer,
                               QStringLiteral("I would like my MONEY BACK please")));
        QVERIFY(allSent(desk.db(), customer));
        QCOMPARE(
            sentTo(desk.db(), customer),
            QStringList { QStringLiteral("We have your refund request; Dana will answer today.") });
        QCOMPARE(test::rows(desk.db(),
                            QStringLiteral("SELECT t.name FROM contact_tags ct JOIN "
                                           "tags t ON t.id = ct.tag_id JOIN contacts "
                                           "k ON k.id = ct.contact_id WHERE k.e164 = "
                                           "'+13125550102'")),
                 QStringList { QStringLiteral("refund") });
        QCOMPARE(test::rows(desk.db(),
                            QStringLiteral("SELECT a.name FROM conversations c JOIN "
                                           "agents a ON a.id = c.assignee_id")),
                 QStringList { QStringLiteral("Dana") });
        // A message without the words does nothing.
        QVERIFY(customerWrites(desk.sim, *desk.engine, customer, QStringLiteral("thanks!")));
        QCOMPARE(queuedTo(desk.db(), customer).size(), 1);
    }

    void loopGuardEndsAPingPongWithAnAutoResponder()
    {
        Desk desk;
        QVERIFY(desk.start(10)); // the hourly cap is not what ends it
        QVERIFY(desk.addRule(QStringLiteral("Acknowledge"), QStringLiteral(R"({"name":
            "Acknowledge", "actions": [{"type": "reply", "text": "Thanks, we got your message."}]})")));
        const QString customer = QStringLiteral("+13125550103");
        QVERIFY(customerWrites(desk.sim, *desk.engine, customer, QStringLiteral("Hello")));
        // The customer's phone answers each of our messages at once, as an auto-responder does.
        for (int round = 0; round < 5; ++round) {
            QVERIFY(allSent(desk.db(), customer));
            QVERIFY(customerWrites(desk.sim, *desk.engine, customer,
                                   QStringLiteral("I am driving and will reply later.")));
        }
        QVERIFY(allSent(desk.db(), customer));
        // Ours to "Hello", ours to the first automatic answer (it might have been a person);
        // the second within seconds marks the number as answering automatically.
        QCOMPARE(sentTo(desk.db(), customer).size(), 2);
        QVERIFY(test::rows(desk.db(),
                           QStringLiteral("SELECT body FROM messages WHERE direction "
                                          "= 'note' ORDER BY id DESC LIMIT 1"))
                    .first()
                    .contains(QLatin1String("answers automatically")));
    }

    void optedOutCustomerGetsNothing()
    {
        Desk desk;
        QVERIFY(desk.start());
        QVERIFY(desk.addRule(QStringLiteral("Acknowledge"), QStringLiteral(R"({"name":
            "Acknowledge", "actions": [{"type": "reply", "text": "Thanks, we got your message."}]})")));
        const QString customer = QStringLiteral("+13125550104");
        QVERIFY(customerWrites(desk.sim, *desk.engine, customer, QStringLiteral("STOP")));
        QVERIFY(customerWrites(desk.sim, *desk.engine, customer,
                               QStringLiteral("actually one more question")));
        QVERIFY(pass(*desk.engine));
        // The provider's own confirmation of the STOP is the only message to them.
        const QStringList queued = queuedTo(desk.db(), customer);
        QVERIFY2(!queued.contains(QStringLiteral("Thanks, we got your message.")),
                 qPrintable(queued.join(QLatin1Char('\n'))));
        QVERIFY(queued.size() <= 1);
        QCOMPARE(test::rows(desk.db(), QStringLiteral("SELECT count(*) FROM outbox")).first(),
                 QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestRulesEndToEnd)
#include "TestRulesEndToEnd.moc"
