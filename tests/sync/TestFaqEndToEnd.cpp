// The FAQ bot against the simulator over real HTTP, through the engine's inbound hooks and
// outbox, with the shipped starter FAQ: a question with a typo gets its answer (a note and an
// audit line name the FAQ bot); "I want to talk to a human" and an unsure question get no answer,
// a note for the agent, and the bot lets go of the conversation for good; nothing when the
// workspace has the bot off, and nothing for a STOP.
#include "SimHarness.h"
#include "TestWorkspace.h"
#include "automation/FaqFile.h"
#include "engine/SyncEngine.h"
#include "storage/FaqStore.h"
#include "storage/MessageStore.h"
#include "storage/RuleStore.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
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

QStringList outboundTo(Database &db, const QString &customer, bool sentOnly)
{
    return test::rows(
        db,
        QStringLiteral("SELECT m.body FROM messages m JOIN conversations c ON c.id "
                       "= m.conversation_id JOIN contacts k ON k.id = c.contact_id "
                       "WHERE k.e164 = '%1' AND m.direction = 'outbound' %2 ORDER "
                       "BY m.id")
            .arg(customer, sentOnly ? QStringLiteral("AND m.sid IS NOT NULL") : QString()));
}

QStringList notesFor(Database &db, const QString &customer)
{
    return test::rows(db,
                      QStringLiteral("SELECT m.body FROM messages m JOIN conversations c ON c.id "
                                     "= m.conversation_id JOIN contacts k ON k.id = c.contact_id "
                                     "WHERE k.e164 = '%1' AND m.direction = 'note' ORDER BY m.id")
                          .arg(customer));
}

// What the inbox and the thread header read: whether the bot holds the conversation.
bool markedAsHeld(Database &db, const QString &customer)
{
    const qint64 id = test::rows(db,
                                 QStringLiteral("SELECT c.id FROM conversations c JOIN contacts k "
                                                "ON k.id = c.contact_id WHERE k.e164 = '%1'")
                                     .arg(customer))
                          .value(0)
                          .toLongLong();
    auto summary = MessageStore(db).conversation(id);
    return summary && summary->faqBotHolding;
}

QString holdOf(Database &db, const QString &customer)
{
    return test::rows(db,
                      QStringLiteral("SELECT f.state FROM faq_conversations f JOIN conversations "
                                     "c ON c.id = f.conversation_id JOIN contacts k ON k.id = "
                                     "c.contact_id WHERE k.e164 = '%1'")
                          .arg(customer))
        .value(0);
}

bool allSent(Database &db, const QString &customer)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20'000) {
        if (outboundTo(db, customer, true).size() == outboundTo(db, customer, false).size())
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

    bool start(bool botOn = true)
    {
        if (!sim.isRunning())
            return false;
        engine::EngineSettings settings;
        settings.cachePath = cache.path();
        settings.account = sim.config();
        settings.pullOnTimer = false;
        settings.rules.company = QStringLiteral("Zephyr Bikes");
        settings.rules.faqBot = botOn;
        engine = std::make_unique<engine::SyncEngine>(settings);
        if (!engine->open())
            return false;
        QFile file(QStringLiteral(TEXTDESK_STARTER_FAQ));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const automation::FaqFile::Parsed faq = automation::FaqFile::read(file.readAll());
        if (!faq.ok() || !FaqStore::replaceAll(db(), faq.entries, 0))
            return false;
        engine->start();
        QElapsedTimer waited;
        waited.start();
        while (engine->pull()->isRunning() && waited.elapsed() < 30'000)
            QTest::qWait(50);
        return !engine->pull()->isRunning();
    }
    bool customerWrites(const QString &from, const QString &body)
    {
        return !sim.injectInbound(from, body).isEmpty() && pass(*engine);
    }
    Database &db() { return engine->database(); }
    ~Desk()
    {
        if (engine)
            engine->stop();
    }
};

const QString kHoursAnswer
    = QStringLiteral("We answer Monday to Friday 9:00–17:00 and Saturday 10:00–14:00. Messages "
                     "that come later are answered the next working day.");

} // namespace

class TestFaqEndToEnd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void answersAQuestionWithATypo()
    {
        Desk desk;
        QVERIFY(desk.start());
        const QString customer = QStringLiteral("+13125550201");
        QVERIFY(desk.customerWrites(customer, QStringLiteral("wat are your opening hours?")));
        QVERIFY(allSent(desk.db(), customer));
        QCOMPARE(outboundTo(desk.db(), customer, true), QStringList { kHoursAnswer });
        // The agent sees what the bot said, and that it was the bot.
        const QStringList notes = notesFor(desk.db(), customer);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().startsWith(
                     QStringLiteral("FAQ bot answered “What are your opening hours?” (en)")),
                 qPrintable(notes.first()));
        QVERIFY(notes.first().contains(kHoursAnswer));
        QCOMPARE(holdOf(desk.db(), customer), QStringLiteral("holding"));
        QVERIFY(markedAsHeld(desk.db(), customer));
        QCOMPARE(test::rows(desk.db(),
                            QStringLiteral("SELECT actor || ' ' || action FROM audit_log WHERE "
                                           "actor = 'faq-bot'")),
                 QStringList { QStringLiteral("faq-bot faq") });
        // Counted by the loop guard, under the bot's name.
        QCOMPARE(test::rows(desk.db(),
                            QStringLiteral("SELECT rule_name FROM rule_runs WHERE "
                                           "reply_message_id IS NOT NULL")),
                 QStringList { QStringLiteral("FAQ bot") });
        // A second question in the conversation it holds is answered too.
        QVERIFY(desk.customerWrites(customer, QStringLiteral("And where is my order?")));
        QVERIFY(allSent(desk.db(), customer));
        QCOMPARE(outboundTo(desk.db(), customer, true).size(), 2);
        QVERIFY(outboundTo(desk.db(), customer, true)
                    .last()
                    .startsWith(QLatin1String("You can follow your order")));
    }

    void aGreetingWaitsForTheQuestion()
    {
        Desk desk;
        QVERIFY(desk.start());
        const QString customer = QStringLiteral("+13125550207");
        QVERIFY(desk.customerWrites(customer, QStringLiteral("Hi!")));
        QVERIFY(pass(*desk.engine));
        // Taken, nothing said, no hand-off: the question is still to come.
        QCOMPARE(holdOf(desk.db(), customer), QStringLiteral("holding"));
        QCOMPARE(notesFor(desk.db(), customer), QStringList());
        QCOMPARE(outboundTo(desk.db(), customer, false), QStringList());
    }

    void handsOffWhenTheCustomerAsksForAPerson()
    {
        Desk desk;
        QVERIFY(desk.start());
        const QString customer = QStringLiteral("+13125550202");
        QVERIFY(desk.customerWrites(customer, QStringLiteral("I want to talk to a human")));
        QVERIFY(pass(*desk.engine));
        QCOMPARE(outboundTo(desk.db(), customer, false), QStringList());
        QCOMPARE(notesFor(desk.db(), customer),
                 QStringList { QStringLiteral("Customer asked for a person. The FAQ bot no longer "
                                              "answers in this conversation.") });
        QCOMPARE(holdOf(desk.db(), customer), QStringLiteral("handed_off"));
        QVERIFY(!markedAsHeld(desk.db(), customer));
        // A question the bot could answer is now the agents' too.
        QVERIFY(desk.customerWrites(customer, QStringLiteral("what are your opening hours?")));
        QVERIFY(pass(*desk.engine));
        QCOMPARE(outboundTo(desk.db(), customer, false), QStringList());
        QCOMPARE(notesFor(desk.db(), customer).size(), 1);
    }

    void handsOffWhenUnsure()
    {
        Desk desk;
        QVERIFY(desk.start());
        const QString customer = QStringLiteral("+13125550203");
        QVERIFY(desk.customerWrites(customer, QStringLiteral("Do you sell blue bikes?")));
        QVERIFY(pass(*desk.engine));
        QCOMPARE(outboundTo(desk.db(), customer, false), QStringList());
        const QStringList notes = notesFor(desk.db(), customer);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().startsWith(QStringLiteral("The FAQ bot was not sure: ")),
                 qPrintable(notes.first()));
        QVERIFY(notes.first().endsWith(
            QStringLiteral("The FAQ bot no longer answers in this conversation.")));
        QCOMPARE(holdOf(desk.db(), customer), QStringLiteral("handed_off"));
        QCOMPARE(test::rows(desk.db(),
                            QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = "
                                           "'faq-bot'")),
                 QStringList { QStringLiteral("1") });
    }

    void aMessageARuleAnsweredIsNotAnsweredTwice()
    {
        Desk desk;
        QVERIFY(desk.start());
        QVERIFY(RuleStore::save(desk.db(),
                                { 0, 0, QStringLiteral("Acknowledge"), true,
                                  QStringLiteral(R"({"name": "Acknowledge", "actions": [{"type":
                                      "reply", "text": "Thanks, we got your message."}]})") },
                                0));
        const QString customer = QStringLiteral("+13125550206");
        QVERIFY(desk.customerWrites(customer, QStringLiteral("what are your opening hours?")));
        QVERIFY(allSent(desk.db(), customer));
        QCOMPARE(outboundTo(desk.db(), customer, true),
                 QStringList { QStringLiteral("Thanks, we got your message.") });
        // The bot stood aside for this message only: it still holds the conversation.
        QCOMPARE(holdOf(desk.db(), customer), QStringLiteral("holding"));
    }

    void nothingWhenTheBotIsOffOrForAStop()
    {
        Desk desk;
        QVERIFY(desk.start(false));
        const QString quiet = QStringLiteral("+13125550204");
        QVERIFY(desk.customerWrites(quiet, QStringLiteral("what are your opening hours?")));
        QVERIFY(pass(*desk.engine));
        QCOMPARE(outboundTo(desk.db(), quiet, false), QStringList());
        QCOMPARE(notesFor(desk.db(), quiet), QStringList());
        QCOMPARE(holdOf(desk.db(), quiet), QString());

        Desk on;
        QVERIFY(on.start(true));
        const QString stopper = QStringLiteral("+13125550205");
        QVERIFY(on.customerWrites(stopper, QStringLiteral("STOP")));
        QVERIFY(pass(*on.engine));
        QCOMPARE(holdOf(on.db(), stopper), QString());
        QVERIFY(!outboundTo(on.db(), stopper, false).contains(kHoursAnswer));
        QCOMPARE(test::rows(on.db(),
                            QStringLiteral("SELECT count(*) FROM audit_log WHERE actor "
                                           "= 'faq-bot'")),
                 QStringList { QStringLiteral("0") });
    }
};

QTEST_GUILESS_MAIN(TestFaqEndToEnd)
#include "TestFaqEndToEnd.moc"
