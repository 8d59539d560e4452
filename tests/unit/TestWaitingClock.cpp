#include "TestWorkspace.h"
#include "storage/Acknowledgement.h"
#include "storage/ConversationSummaries.h"
#include "storage/MessageStore.h"

#include <QTest>

using namespace textdesk;

// When a customer counts as waiting for us: from their first message after our last reply,
// not after a message that only closes the exchange, and never once they have opted out. The
// cache keeps the clock on three paths (a message at a time, a pull's page merged, a repair's
// recompute); each must agree.
class TestWaitingClock : public QObject
{
    Q_OBJECT

private slots:
    void closing_data();
    void closing();
    void clock_data();
    void clock();
    void pagesNewestFirstAgree();
    void optedOutIsNeverWaiting();

private:
    enum class Path { OneByOne, OneBatch, Recompute };
    qint64 waitingAfter(const QStringList &script, Path path);
};

void TestWaitingClock::closing_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("closing");
    const auto row = [](const char *text, bool closing) {
        QTest::newRow(text) << QString::fromUtf8(text) << closing;
    };
    row("thanks", true);
    row("Thanks!", true);
    row("THANK YOU!!", true);
    row("ok", true);
    row("Ok, thank you so much.", true);
    row("perfect", true);
    row("Perfect, thanks 🙂", true);
    row("👍", true);
    row("👍🏽👍🏽", true);
    row("great thx", true);
    row("Got it, cheers", true);
    row("Danke", true);
    row("Danke schön!", true);
    row("Vielen Dank 🙏", true);
    row("alles klar, danke", true);
    row("¡Muchas gracias!", true);
    row("Vale, gracias", true);
    row("perfecto", true);
    row("Merci beaucoup !", true);
    row("d'accord, merci", true);
    row("Très bien", true);
    row("PARFAIT", true);
    // More than a closing: the customer still wants something.
    row("thanks, but when does it arrive?", false);
    row("ok and the price?", false);
    row("no thanks", false);
    row("thanks for nothing, I want a refund", false);
    row("gracias, pero no funciona", false);
    row("merci, et demain ?", false);
    row("ok 3pm", false);
    row("yes", false);
    row("?", false);
    row("", false);
    row("😡", false);
    row("thanks thanks thanks thanks thanks thanks thanks thanks thanks", false);
}

void TestWaitingClock::closing()
{
    QFETCH(QString, message);
    QFETCH(bool, closing);
    QCOMPARE(Acknowledgement::isClosing(message), closing);
}

// A script is a list of "in:text" / "out:text" / "note:text" messages one second apart (the
// first at 1000 ms); `waiting` is the time of the message the clock starts at, 0 for none.
void TestWaitingClock::clock_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<qint64>("waiting");
    const auto row
        = [](const char *name, std::initializer_list<const char *> lines, qint64 waiting) {
              QStringList script;
              for (const char *l : lines)
                  script << QString::fromUtf8(l);
              QTest::newRow(name) << script << waiting;
          };
    row("a question waits", { "in:Is the shop open?" }, 1000);
    row("our reply stops it", { "in:Is the shop open?", "out:Until 6" }, 0);
    row("thanks after our reply", { "in:Open?", "out:Until 6", "in:Thanks!" }, 0);
    row("thumbs up after our reply", { "in:Open?", "out:Until 6", "in:👍" }, 0);
    row("closings in every language",
        { "in:Open?", "out:Until 6", "in:ok", "in:Danke schön", "in:gracias", "in:merci" }, 0);
    row("a question after the thanks",
        { "in:Open?", "out:Until 6", "in:thanks", "in:And on Sunday?" }, 4000);
    row("a thanks after the question still waits from the question",
        { "in:Open?", "out:Until 6", "in:And on Sunday?", "in:thanks" }, 3000);
    row("thanks before any reply of ours waits", { "in:thanks" }, 1000);
    row("thanks after our first message", { "out:Your order shipped", "in:perfect, thanks" }, 0);
    row("a note is no reply", { "in:Open?", "note:ask the boss", "in:thanks" }, 1000);
    row("thanks with more to say",
        { "in:Open?", "out:Until 6", "in:thanks, but is it open on Sunday?" }, 3000);
}

void TestWaitingClock::clock()
{
    QFETCH(QStringList, script);
    QFETCH(qint64, waiting);
    QCOMPARE(waitingAfter(script, Path::OneByOne), waiting);
    QCOMPARE(waitingAfter(script, Path::OneBatch), waiting);
    QCOMPARE(waitingAfter(script, Path::Recompute), waiting);
}

qint64 TestWaitingClock::waitingAfter(const QStringList &script, Path path)
{
    test::TestCache cache;
    auto db = cache.open();
    if (!db)
        return -1;
    const qint64 conv = test::conversation(*db, QStringLiteral("+14155550123"));
    MessageStore store(*db);
    ConversationSummaries::InsertedMessages batch;
    Transaction transaction(*db);
    qint64 at = 1000;
    for (const QString &line : script) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString kind = line.left(colon);
        const Direction direction = kind == QLatin1String("in") ? Direction::Inbound
            : kind == QLatin1String("out")                      ? Direction::Outbound
                                                                : Direction::Note;
        MessageRecord m = test::message(
            conv, direction == Direction::Note ? QString() : QStringLiteral("SM%1").arg(at),
            line.mid(colon + 1), direction, at);
        auto upserted = store.upsert(
            m, path == Path::OneByOne ? MessageStore::Scope::Alone : MessageStore::Scope::InBatch);
        if (!upserted)
            return -2;
        batch.add(conv, m.id, direction, at, m.body);
        at += 1000;
    }
    Status applied = path == Path::OneBatch ? batch.apply(*db)
        : path == Path::Recompute           ? ConversationSummaries::recompute(*db, { conv })
                                            : success();
    if (!applied || !transaction.commit())
        return -3;
    return test::rows(*db,
                      QStringLiteral("SELECT coalesce(waiting_since, 0) FROM conversations "
                                     "WHERE id = %1")
                          .arg(conv))
        .value(0)
        .toLongLong();
}

// A first sync pulls newest first: the customer's thanks arrives in one page, our reply in the
// next, older one. The clock the first page started must not survive the second.
void TestWaitingClock::pagesNewestFirstAgree()
{
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    const qint64 conv = test::conversation(*db, QStringLiteral("+14155550123"));
    MessageStore store(*db);
    const auto page = [&](QList<MessageRecord> messages) {
        ConversationSummaries::InsertedMessages batch;
        Transaction transaction(*db);
        for (MessageRecord &m : messages) {
            QVERIFY(store.upsert(m, MessageStore::Scope::InBatch));
            batch.add(conv, m.id, m.direction, m.createdAt, m.body);
        }
        QVERIFY(batch.apply(*db));
        QVERIFY(transaction.commit());
    };
    const auto waiting = [&] {
        return test::rows(*db,
                          QStringLiteral("SELECT coalesce(waiting_since, 0) FROM "
                                         "conversations"))
            .value(0)
            .toLongLong();
    };
    page({ test::message(conv, QStringLiteral("SM3"), QStringLiteral("thank you!"),
                         Direction::Inbound, 3000) });
    QCOMPARE(waiting(), 3000); // for all we know yet, the customer opened with it
    page({ test::message(conv, QStringLiteral("SM1"), QStringLiteral("Open today?"),
                         Direction::Inbound, 1000),
           test::message(conv, QStringLiteral("SM2"), QStringLiteral("Yes, until 6"),
                         Direction::Outbound, 2000) });
    QCOMPARE(waiting(), 0);
}

void TestWaitingClock::optedOutIsNeverWaiting()
{
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    const qint64 conv = test::conversation(*db, QStringLiteral("+14155550123"));
    MessageStore store(*db);
    MessageRecord stop = test::message(conv, QStringLiteral("SM1"), QStringLiteral("STOP"),
                                       Direction::Inbound, 1000);
    QVERIFY(store.upsert(stop));
    const auto summary = [&] {
        auto inbox = store.inboxPage({}, std::nullopt, 10);
        return inbox && !inbox->isEmpty() ? inbox->constFirst() : ConversationSummary {};
    };
    QCOMPARE(summary().waitingSince, 1000);
    QVERIFY(db->execOnce(QStringLiteral("UPDATE contacts SET consent_state = 'opted_out'")));
    QCOMPARE(summary().waitingSince, 0);
    QVERIFY(db->execOnce(QStringLiteral("UPDATE contacts SET consent_state = 'opted_in'")));
    QCOMPARE(summary().waitingSince, 1000); // back in: the question still waits
}

QTEST_GUILESS_MAIN(TestWaitingClock)
#include "TestWaitingClock.moc"
