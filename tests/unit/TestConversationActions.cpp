// What an agent does to a conversation, against a real cache: the read marker survives a
// recompute, statuses and their times, notes that change nothing a customer sees, drafts,
// snoozes that wake, and consent from carrier keywords.
#include "TestWorkspace.h"
#include "storage/Consent.h"
#include "storage/ConversationActions.h"
#include "storage/ConversationSummaries.h"
#include "storage/MessageStore.h"
#include "sync/MessageWriter.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace textdesk;

class TestConversationActions : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void markReadSurvivesRecompute();
    void markReadKeepsLaterMessagesUnread();
    void markUnreadShowsOneUnread();
    void resolveRecordsResolutionAndCustomerReopens();
    void snoozeWakesAtItsTime();
    void statusIsValidated();
    void notesNeverChangeWhatTheCustomerSees();
    void draftsAreSavedAndCleared();
    void assignWritesTheAuditLog();
    void keywordsChangeConsentInOrder();
    void batchesMatchARecompute_data();
    void batchesMatchARecompute();
    void batchReopensOnlyForANewerCustomerMessage();

private:
    QStringList columns();
    qint64 write(const QString &sid, const QString &body, Direction direction, qint64 at);
    ConversationSummary summary();

    std::unique_ptr<test::TestCache> m_cache;
    std::unique_ptr<Database> m_db;
    qint64 m_conversation = 0;
};

void TestConversationActions::init()
{
    m_cache = std::make_unique<test::TestCache>();
    m_db = m_cache->open();
    QVERIFY(m_db);
    m_conversation = test::conversation(*m_db, QStringLiteral("+14155550123"));
    QVERIFY(m_conversation);
}

void TestConversationActions::cleanup()
{
    m_db.reset();
    m_cache.reset();
}

qint64 TestConversationActions::write(const QString &sid, const QString &body, Direction direction,
                                      qint64 at)
{
    MessageRecord m = test::message(m_conversation, sid, body, direction, at);
    MessageStore store(*m_db);
    auto result = store.upsert(m);
    if (!result)
        qWarning().noquote() << result.error().details();
    return m.id;
}

ConversationSummary TestConversationActions::summary()
{
    auto c = MessageStore(*m_db).conversation(m_conversation);
    if (!c)
        qWarning().noquote() << c.error().details();
    return c ? *c : ConversationSummary {};
}

void TestConversationActions::markReadSurvivesRecompute()
{
    write(QStringLiteral("SM1"), QStringLiteral("hi"), Direction::Inbound, 1000);
    const qint64 last
        = write(QStringLiteral("SM2"), QStringLiteral("hello?"), Direction::Inbound, 2000);
    QCOMPARE(summary().unreadCount, 2);
    QVERIFY(ConversationActions::markRead(*m_db, m_conversation, last));
    QCOMPARE(summary().unreadCount, 0);
    QCOMPARE(summary().readUpTo, last);
    // A sync page recomputes the conversation from its messages: read stays read.
    QVERIFY(ConversationSummaries::recompute(*m_db, { m_conversation }));
    QCOMPARE(summary().unreadCount, 0);
    // A late-synced older message does not count as unread either.
    write(QStringLiteral("SM0"), QStringLiteral("earlier"), Direction::Inbound, 500);
    QCOMPARE(summary().unreadCount, 0);
}

void TestConversationActions::markReadKeepsLaterMessagesUnread()
{
    const qint64 seen
        = write(QStringLiteral("SM1"), QStringLiteral("hi"), Direction::Inbound, 1000);
    write(QStringLiteral("SM2"), QStringLiteral("still there?"), Direction::Inbound, 2000);
    // The agent saw the first one only (the second arrived while the thread was open).
    QVERIFY(ConversationActions::markRead(*m_db, m_conversation, seen));
    QCOMPARE(summary().unreadCount, 1);
    QVERIFY(ConversationSummaries::recompute(*m_db, { m_conversation }));
    QCOMPARE(summary().unreadCount, 1);
    write(QStringLiteral("SM3"), QStringLiteral("hello"), Direction::Inbound, 3000);
    QCOMPARE(summary().unreadCount, 2);
}

void TestConversationActions::markUnreadShowsOneUnread()
{
    const qint64 last
        = write(QStringLiteral("SM1"), QStringLiteral("hi"), Direction::Inbound, 1000);
    QVERIFY(ConversationActions::markRead(*m_db, m_conversation, last));
    QVERIFY(ConversationActions::markUnread(*m_db, m_conversation));
    QCOMPARE(summary().unreadCount, 1);
    QVERIFY(ConversationSummaries::recompute(*m_db, { m_conversation }));
    QCOMPARE(summary().unreadCount, 1);
    // Marking an unread conversation unread leaves its count alone.
    write(QStringLiteral("SM2"), QStringLiteral("?"), Direction::Inbound, 2000);
    QVERIFY(ConversationActions::markUnread(*m_db, m_conversation));
    QCOMPARE(summary().unreadCount, 2);
}

void TestConversationActions::resolveRecordsResolutionAndCustomerReopens()
{
    write(QStringLiteral("SM1"), QStringLiteral("broken"), Direction::Inbound, 10'000);
    write(QStringLiteral("SM2"), QStringLiteral("fixed"), Direction::Outbound, 20'000);
    QVERIFY(ConversationActions::setStatus(*m_db, m_conversation, QStringLiteral("resolved"), 0,
                                           70'000));
    QCOMPARE(summary().status, QStringLiteral("resolved"));
    QCOMPARE(
        test::rows(*m_db, QStringLiteral("SELECT resolved_at, resolution_ms FROM conversations")),
        QStringList { QStringLiteral("70000|60000") });
    // Our own late status refresh or an older message does not reopen it...
    write(QStringLiteral("SM0"), QStringLiteral("old"), Direction::Inbound, 5000);
    QCOMPARE(summary().status, QStringLiteral("resolved"));
    // ...the customer writing again does, even within the second the provider rounds to.
    write(QStringLiteral("SM3"), QStringLiteral("one more thing"), Direction::Inbound, 69'000);
    QCOMPARE(summary().status, QStringLiteral("open"));
    // Open again, so not resolved (reports count resolutions by resolved_at).
    QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT resolved_at IS NULL FROM conversations")),
             QStringList { QStringLiteral("1") });
}

void TestConversationActions::snoozeWakesAtItsTime()
{
    write(QStringLiteral("SM1"), QStringLiteral("call me monday"), Direction::Inbound, 1000);
    QVERIFY(ConversationActions::setStatus(*m_db, m_conversation, QStringLiteral("snoozed"), 50'000,
                                           2000));
    QCOMPARE(summary().status, QStringLiteral("snoozed"));
    QCOMPARE(summary().snoozedUntil, 50'000);
    auto early = ConversationActions::wakeSnoozed(*m_db, 49'999);
    QVERIFY(early);
    QCOMPARE(*early, 0);
    QCOMPARE(summary().status, QStringLiteral("snoozed"));
    auto due = ConversationActions::wakeSnoozed(*m_db, 50'000);
    QVERIFY(due);
    QCOMPARE(*due, 1);
    QCOMPARE(summary().status, QStringLiteral("open"));
    QCOMPARE(summary().snoozedUntil, 0);
}

void TestConversationActions::statusIsValidated()
{
    QVERIFY(
        !ConversationActions::setStatus(*m_db, m_conversation, QStringLiteral("archived"), 0, 1));
    // A snooze that has already ended is a mistake, not a status.
    QVERIFY(
        !ConversationActions::setStatus(*m_db, m_conversation, QStringLiteral("snoozed"), 10, 20));
    QCOMPARE(summary().status, QStringLiteral("open"));
}

void TestConversationActions::notesNeverChangeWhatTheCustomerSees()
{
    write(QStringLiteral("SM1"), QStringLiteral("refund please"), Direction::Inbound, 1000);
    const ConversationSummary before = summary();
    auto agent = ConversationActions::ensureAgent(*m_db, QStringLiteral("Alex"), 1);
    QVERIFY(agent);
    auto note = ConversationActions::addNote(
        *m_db, m_conversation, QStringLiteral("  refund issued in Stripe "), *agent, 2000);
    QVERIFY(note);
    const ConversationSummary after = summary();
    QCOMPARE(after.lastMessagePreview, before.lastMessagePreview);
    QCOMPARE(after.unreadCount, before.unreadCount);
    QCOMPARE(after.waitingSince, before.waitingSince);
    QCOMPARE(after.messageCount, before.messageCount + 1);
    auto stored = MessageStore(*m_db).message(*note);
    QVERIFY(stored);
    QCOMPARE(stored->direction, Direction::Note);
    QCOMPARE(stored->body, QStringLiteral("refund issued in Stripe"));
    QCOMPARE(stored->authorId, *agent);
    // Nothing for the outbox: a note is never sent.
    QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT count(*) FROM outbox")),
             QStringList { QStringLiteral("0") });
    QVERIFY(
        !ConversationActions::addNote(*m_db, m_conversation, QStringLiteral("   "), *agent, 3000));
}

void TestConversationActions::draftsAreSavedAndCleared()
{
    QVERIFY(ConversationActions::saveDraft(*m_db, m_conversation, QStringLiteral("Hi Dana,"), 1));
    QCOMPARE(*ConversationActions::draft(*m_db, m_conversation), QStringLiteral("Hi Dana,"));
    QVERIFY(
        ConversationActions::saveDraft(*m_db, m_conversation, QStringLiteral("Hi Dana, yes"), 2));
    QCOMPARE(*ConversationActions::draft(*m_db, m_conversation), QStringLiteral("Hi Dana, yes"));
    QVERIFY(ConversationActions::saveDraft(*m_db, m_conversation, QStringLiteral("  "), 3));
    QCOMPARE(*ConversationActions::draft(*m_db, m_conversation), QString());
    QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT count(*) FROM drafts")),
             QStringList { QStringLiteral("0") });
}

void TestConversationActions::assignWritesTheAuditLog()
{
    auto alex = ConversationActions::ensureAgent(*m_db, QStringLiteral("Alex"), 1);
    QVERIFY(alex);
    auto again = ConversationActions::ensureAgent(*m_db, QStringLiteral("Alex"), 2);
    QVERIFY(again);
    QCOMPARE(*again, *alex);
    QVERIFY(ConversationActions::assign(*m_db, m_conversation, *alex, 10, *alex));
    QCOMPARE(summary().assigneeId, *alex);
    QVERIFY(ConversationActions::assign(*m_db, m_conversation, 0, 20, *alex));
    QCOMPARE(summary().assigneeId, 0);
    QCOMPARE(
        test::rows(*m_db,
                   QStringLiteral("SELECT occurred_at, action, details FROM audit_log "
                                  "ORDER BY id")),
        (QStringList { QStringLiteral("10|assign|%1").arg(*alex), QStringLiteral("20|assign|0") }));
}

void TestConversationActions::keywordsChangeConsentInOrder()
{
    QCOMPARE(Consent::stateForKeyword(QStringLiteral(" stop ")), QStringLiteral("opted_out"));
    QCOMPARE(Consent::stateForKeyword(QStringLiteral("Unsubscribe.")), QStringLiteral("opted_out"));
    QCOMPARE(Consent::stateForKeyword(QStringLiteral("START")), QStringLiteral("opted_in"));
    QCOMPARE(Consent::stateForKeyword(QStringLiteral("please stop texting me")), QString());

    provider::ProviderMessage stop;
    stop.sid = QStringLiteral("SMstop");
    stop.from = QStringLiteral("+14155550123");
    stop.to = QStringLiteral("+15550000001");
    stop.direction = QStringLiteral("inbound");
    stop.body = QStringLiteral("STOP");
    stop.status = QStringLiteral("received");
    stop.dateCreatedMs = 5000;
    provider::ProviderMessage start = stop;
    start.sid = QStringLiteral("SMstart");
    start.body = QStringLiteral("start");
    start.dateCreatedMs = 9000;

    sync::MessageWriter writer(*m_db);
    // START first, then a STOP that was sent before it but synced late: START wins.
    QVERIFY(writer.write(start, 10'000));
    QVERIFY(writer.write(stop, 10'000));
    QCOMPARE(summary().consentState, QStringLiteral("opted_in"));
    QCOMPARE(test::rows(*m_db,
                        QStringLiteral("SELECT state, keyword, source FROM consent_events "
                                       "ORDER BY occurred_at")),
             (QStringList { QStringLiteral("opted_out|STOP|keyword"),
                            QStringLiteral("opted_in|START|keyword") }));
    // The same message again (an overlapping page) adds no second event.
    QVERIFY(writer.write(stop, 11'000));
    QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT count(*) FROM consent_events")),
             QStringList { QStringLiteral("2") });
}

QStringList TestConversationActions::columns()
{
    return test::rows(*m_db,
                      QStringLiteral("SELECT message_count, unread_count, last_message_id, "
                                     "last_message_preview, last_message_direction, "
                                     "waiting_since, first_inbound_at, first_response_at, "
                                     "last_activity_at FROM conversations ORDER BY id"));
}

void TestConversationActions::batchesMatchARecompute_data()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 12; ++seed) {
        for (const char *order : { "newest batch first", "oldest batch first", "any order" })
            QTest::addRow("%s, seed %u", order, seed) << QString::fromLatin1(order) << seed;
    }
}

// What a pull writes, batch by batch, leaves every conversation column as a recompute from all
// its messages would: whether a batch's messages come after the ones the conversation had,
// before them (a first sync, newest page first), or in between; with notes, and with a read
// marker set along the way.
void TestConversationActions::batchesMatchARecompute()
{
    QFETCH(QString, order);
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    const qint64 other = test::conversation(*m_db, QStringLiteral("+14155550124"));
    QVERIFY(other);

    struct Planned
    {
        qint64 conversation;
        MessageRecord record;
    };
    QList<Planned> planned;
    for (int i = 0; i < 60; ++i) {
        const int kind = random.bounded(10);
        const Direction direction = kind < 5 ? Direction::Inbound
            : kind < 9                       ? Direction::Outbound
                                             : Direction::Note;
        const qint64 conversation = random.bounded(3) ? m_conversation : other;
        const QString sid
            = direction == Direction::Note ? QString() : QStringLiteral("SM%1").arg(i);
        // Several in one second at times, as the provider's whole-second times have them.
        const qint64 at = 1'000'000 + qint64(i / 2) * 1000;
        planned.append({ conversation,
                         test::message(conversation, sid, QStringLiteral("message %1").arg(i),
                                       direction, at) });
    }
    // Batches of a few consecutive messages...
    QList<QList<Planned>> batches;
    for (qsizetype i = 0; i < planned.size();) {
        const qsizetype n = std::min<qsizetype>(1 + random.bounded(9), planned.size() - i);
        batches.append(planned.mid(i, n));
        i += n;
    }
    // ...written in the order under test. "Any order" also leaves gaps that later batches fill.
    if (order == QLatin1String("newest batch first"))
        std::reverse(batches.begin(), batches.end());
    else if (order == QLatin1String("any order"))
        std::shuffle(batches.begin(), batches.end(), random);

    MessageStore store(*m_db);
    for (qsizetype b = 0; b < batches.size(); ++b) {
        Transaction tx(*m_db);
        QVERIFY(tx.status());
        ConversationSummaries::InsertedMessages inserted;
        for (Planned &p : batches[b]) {
            auto written = store.upsert(p.record, MessageStore::Scope::InBatch);
            QVERIFY2(written, qPrintable(written ? QString() : written.error().details()));
            QCOMPARE(*written, MessageStore::Upsert::Inserted);
            inserted.add(p.conversation, p.record.id, p.record.direction, p.record.createdAt,
                         p.record.body);
        }
        QVERIFY(inserted.apply(*m_db));
        QVERIFY(tx.commit());
        if (b == batches.size() / 2) {
            // The agent reads up to the newest message so far: later ones count as unread.
            auto newest = test::rows(*m_db, QStringLiteral("SELECT max(id) FROM messages"));
            QVERIFY(ConversationActions::markRead(*m_db, m_conversation,
                                                  newest.constFirst().toLongLong()));
        }
        const QStringList merged = columns();
        QVERIFY(ConversationSummaries::recompute(*m_db, { m_conversation, other }));
        QCOMPARE(merged, columns());
    }
    QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT sum(message_count) FROM conversations")),
             QStringList { QStringLiteral("60") });
}

void TestConversationActions::batchReopensOnlyForANewerCustomerMessage()
{
    write(QStringLiteral("SM1"), QStringLiteral("broken"), Direction::Inbound, 10'000);
    write(QStringLiteral("SM2"), QStringLiteral("fixed"), Direction::Outbound, 20'000);
    QVERIFY(ConversationActions::setStatus(*m_db, m_conversation, QStringLiteral("resolved"), 0,
                                           70'000));
    MessageStore store(*m_db);
    const auto batch = [&](const QString &sid, qint64 at) {
        Transaction tx(*m_db);
        MessageRecord m
            = test::message(m_conversation, sid, QStringLiteral("again"), Direction::Inbound, at);
        ConversationSummaries::InsertedMessages inserted;
        if (!store.upsert(m, MessageStore::Scope::InBatch))
            return false;
        inserted.add(m_conversation, m.id, m.direction, m.createdAt, m.body);
        return inserted.apply(*m_db).ok() && tx.commit().ok();
    };
    QVERIFY(batch(QStringLiteral("SM0"), 5000)); // older than the reply: history, not news
    QCOMPARE(summary().status, QStringLiteral("resolved"));
    QVERIFY(batch(QStringLiteral("SM3"), 69'000));
    QCOMPARE(summary().status, QStringLiteral("open"));
    QCOMPARE(summary().unreadCount, 1);
    QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT resolved_at IS NULL FROM conversations")),
             QStringList { QStringLiteral("1") });
}

QTEST_GUILESS_MAIN(TestConversationActions)
#include "TestConversationActions.moc"
