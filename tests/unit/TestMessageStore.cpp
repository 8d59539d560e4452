#include "TestWorkspace.h"
#include "storage/ContactStore.h"
#include "storage/MessageStore.h"

#include <QSet>
#include <QTest>

using namespace textdesk;

namespace {
const QString kInbox = QStringLiteral("+15550000001");

std::optional<ConversationSummary> summaryOf(MessageStore &store, qint64 conversationId)
{
    auto page = store.inboxPage({}, std::nullopt, 1000);
    if (!page)
        return std::nullopt;
    for (const ConversationSummary &c : std::as_const(*page)) {
        if (c.id == conversationId)
            return c;
    }
    return std::nullopt;
}

QString scalarText(Database &db, const QString &sql)
{
    return test::rows(db, sql).value(0);
}

QString describe(const ConversationSummary &c)
{
    return QStringLiteral(
               "id=%1 contact=%2 inbox=%3 e164=%4 name=%5 status=%6 assignee=%7 unread=%8 "
               "count=%9 activity=%10 lastId=%11 preview=[%12] dir=%13 waiting=%14")
        .arg(c.id)
        .arg(c.contactId)
        .arg(c.inboxId)
        .arg(c.contactE164, c.contactName, c.status)
        .arg(c.assigneeId)
        .arg(c.unreadCount)
        .arg(c.messageCount)
        .arg(c.lastActivityAt)
        .arg(c.lastMessageId)
        .arg(c.lastMessagePreview, c.lastMessageDirection)
        .arg(c.waitingSince);
}
} // namespace

class TestMessageStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void upsertBySidIsIdempotent();
    void statusChangeIsAnUpdate();
    void clientIdThenSid();
    void conversationSummary();
    void firstResponseNeedsACustomerFirst();
    void previewIsOneShortLine();
    void pictureWithoutWords();
    void threadPagingWalksEveryMessageOnce();
    void threadPageStaysInItsConversation();
    void inboxPagingWalksEveryConversationOnce_data();
    void inboxPagingWalksEveryConversationOnce();
    void removeNewestRestoresConversation();
    void removeReplyMakesCustomerWaitAgain();
    void removeLastMessage();
    void removeUnknownMessageChangesNothing();
    void failedUpsertCanBeRetried_data();
    void failedUpsertCanBeRetried();
    void failedUpsertInsideABatchUndoesOnlyItself_data();
    void failedUpsertInsideABatchUndoesOnlyItself();
    void writesJoinTheCallersTransaction();
    void idsAreTimeOrdered();
    void idsStayUniqueWithinOneMillisecond();

private:
    qint64 newConversation(const QString &contact, qint64 nowMs = 1);
    MessageStore::Upsert upsert(MessageRecord &m);

    std::unique_ptr<test::TestCache> m_cache;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_store;
};

void TestMessageStore::init()
{
    m_cache = std::make_unique<test::TestCache>();
    m_db = m_cache->open();
    QVERIFY(m_db);
    m_store = std::make_unique<MessageStore>(*m_db);
}

void TestMessageStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_cache.reset();
}

qint64 TestMessageStore::newConversation(const QString &contact, qint64 nowMs)
{
    return test::conversation(*m_db, contact, kInbox, nowMs);
}

// Upserts and fails the test on a storage error (the returned value is then meaningless).
MessageStore::Upsert TestMessageStore::upsert(MessageRecord &m)
{
    auto result = m_store->upsert(m);
    if (!result) {
        QTest::qFail(qPrintable(result.error().details()), __FILE__, __LINE__);
        return MessageStore::Upsert::Unchanged;
    }
    return *result;
}

void TestMessageStore::upsertBySidIsIdempotent()
{
    const qint64 conv = newConversation(QStringLiteral("+14155550123"));
    QVERIFY(conv);
    MessageRecord first
        = test::message(conv, QStringLiteral("SM1"), QStringLiteral("Where is my order?"),
                        Direction::Inbound, 1000);
    MessageRecord again = first;
    QCOMPARE(upsert(first), MessageStore::Upsert::Inserted);
    QVERIFY(first.id != 0);
    QCOMPARE(upsert(again), MessageStore::Upsert::Unchanged);
    QCOMPARE(again.id, first.id);

    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT count(*) FROM messages")),
             QStringLiteral("1"));
    const auto summary = summaryOf(*m_store, conv);
    QVERIFY(summary);
    QCOMPARE(summary->messageCount, 1);
    QCOMPARE(summary->unreadCount, 1);
    QCOMPARE(m_store->search(QStringLiteral("order"), 0, 10)->size(), 1);
}

void TestMessageStore::statusChangeIsAnUpdate()
{
    const qint64 conv = newConversation(QStringLiteral("+14155550123"));
    QVERIFY(conv);
    MessageRecord sent = test::message(conv, QStringLiteral("SM1"), QStringLiteral("On its way"),
                                       Direction::Outbound, 1000);
    sent.status = QStringLiteral("sent");
    sent.sentAt = 1100;
    QCOMPARE(upsert(sent), MessageStore::Upsert::Inserted);

    MessageRecord delivered = sent;
    delivered.id = 0;
    delivered.status = QStringLiteral("delivered");
    delivered.deliveredAt = 1500;
    delivered.updatedAt = 1500;
    QCOMPARE(upsert(delivered), MessageStore::Upsert::Updated);
    QCOMPARE(delivered.id, sent.id);
    QCOMPARE(upsert(delivered), MessageStore::Upsert::Unchanged);

    auto stored = m_store->message(sent.id);
    QVERIFY(stored);
    QCOMPARE(stored->status, QStringLiteral("delivered"));
    QCOMPARE(stored->sentAt, 1100);
    QCOMPARE(stored->deliveredAt, 1500);
    QCOMPARE(stored->updatedAt, 1500);
    QCOMPARE(stored->createdAt, 1000);

    MessageRecord failed = delivered;
    failed.status = QStringLiteral("undelivered");
    failed.errorCode = 30003;
    failed.errorMessage = QStringLiteral("Unreachable destination handset");
    QCOMPARE(upsert(failed), MessageStore::Upsert::Updated);
    stored = m_store->message(sent.id);
    QCOMPARE(stored->errorCode, 30003);
    QCOMPARE(stored->errorMessage, QStringLiteral("Unreachable destination handset"));

    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT count(*) FROM messages")),
             QStringLiteral("1"));
    QCOMPARE(summaryOf(*m_store, conv)->messageCount, 1);
}

void TestMessageStore::clientIdThenSid()
{
    const qint64 conv = newConversation(QStringLiteral("+14155550123"));
    QVERIFY(conv);
    // Written to the cache before it goes to the provider: no SID yet.
    MessageRecord queued = test::message(conv, QString(), QStringLiteral("Thanks, see you Monday"),
                                         Direction::Outbound, 1000);
    queued.clientId = QStringLiteral("c-7f3a");
    queued.status = QStringLiteral("queued");
    QCOMPARE(upsert(queued), MessageStore::Upsert::Inserted);

    // The provider accepted it and said its SID.
    MessageRecord accepted = queued;
    accepted.id = 0;
    accepted.sid = QStringLiteral("SM42");
    accepted.status = QStringLiteral("sent");
    QCOMPARE(upsert(accepted), MessageStore::Upsert::Updated);
    QCOMPARE(accepted.id, queued.id);

    // The next fetch from the provider knows the SID only.
    MessageRecord fetched
        = test::message(conv, QStringLiteral("SM42"), QStringLiteral("Thanks, see you Monday"),
                        Direction::Outbound, 1000);
    fetched.status = QStringLiteral("sent");
    QCOMPARE(upsert(fetched), MessageStore::Upsert::Unchanged);
    QCOMPARE(fetched.id, queued.id);

    auto stored = m_store->message(queued.id);
    QVERIFY(stored);
    QCOMPARE(stored->sid, QStringLiteral("SM42"));
    QCOMPARE(stored->clientId, QStringLiteral("c-7f3a"));
    QCOMPARE(stored->status, QStringLiteral("sent"));
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT count(*) FROM messages")),
             QStringLiteral("1"));
    QCOMPARE(summaryOf(*m_store, conv)->messageCount, 1);
}

void TestMessageStore::conversationSummary()
{
    const qint64 conv = newConversation(QStringLiteral("+14155550123"), 1000);
    QVERIFY(conv);
    auto first = [&] { return summaryOf(*m_store, conv).value_or(ConversationSummary {}); };
    auto firstResponseAt = [&] {
        return scalarText(
            *m_db,
            QStringLiteral("SELECT first_response_at FROM conversations WHERE id = %1").arg(conv));
    };

    MessageRecord in1
        = test::message(conv, QStringLiteral("SM1"), QStringLiteral("Hi, is the shop open?"),
                        Direction::Inbound, 1000);
    QCOMPARE(upsert(in1), MessageStore::Upsert::Inserted);
    QCOMPARE(first().unreadCount, 1);
    QCOMPARE(first().waitingSince, 1000);
    QCOMPARE(first().lastMessagePreview, QStringLiteral("Hi, is the shop open?"));
    QCOMPARE(first().lastMessageDirection, QStringLiteral("inbound"));
    QCOMPARE(first().lastMessageId, in1.id);

    MessageRecord in2 = test::message(conv, QStringLiteral("SM2"), QStringLiteral("Hello??"),
                                      Direction::Inbound, 2000);
    QCOMPARE(upsert(in2), MessageStore::Upsert::Inserted);
    QCOMPARE(first().unreadCount, 2);
    QCOMPARE(first().waitingSince, 1000); // waiting since the first unanswered message
    QCOMPARE(first().lastMessagePreview, QStringLiteral("Hello??"));
    QCOMPARE(firstResponseAt(), QStringLiteral("NULL"));

    MessageRecord out1 = test::message(conv, QStringLiteral("SM3"),
                                       QStringLiteral("Yes, until 6pm"), Direction::Outbound, 3000);
    QCOMPARE(upsert(out1), MessageStore::Upsert::Inserted);
    QCOMPARE(first().unreadCount, 0);
    QCOMPARE(first().waitingSince, 0);
    QCOMPARE(first().lastMessageDirection, QStringLiteral("outbound"));
    QCOMPARE(first().lastMessagePreview, QStringLiteral("Yes, until 6pm"));
    QCOMPARE(firstResponseAt(), QStringLiteral("3000"));

    // An internal note is counted but is not what the inbox shows.
    MessageRecord note
        = test::message(conv, QString(), QStringLiteral("regular customer"), Direction::Note, 3500);
    QCOMPARE(upsert(note), MessageStore::Upsert::Inserted);
    QCOMPARE(first().messageCount, 4);
    QCOMPARE(first().lastMessagePreview, QStringLiteral("Yes, until 6pm"));
    QCOMPARE(first().lastMessageDirection, QStringLiteral("outbound"));
    QCOMPARE(first().lastMessageId, out1.id);
    QCOMPARE(first().lastActivityAt, 3500);

    MessageRecord in3
        = test::message(conv, QStringLiteral("SM4"), QStringLiteral("Great, and on Sunday?"),
                        Direction::Inbound, 4000);
    QCOMPARE(upsert(in3), MessageStore::Upsert::Inserted);
    QCOMPARE(first().unreadCount, 1);
    QCOMPARE(first().waitingSince, 4000);
    QCOMPARE(first().messageCount, 5);
    QCOMPARE(first().lastActivityAt, 4000);

    MessageRecord out2 = test::message(conv, QStringLiteral("SM5"),
                                       QStringLiteral("You're welcome"), Direction::Outbound, 5000);
    QCOMPARE(upsert(out2), MessageStore::Upsert::Inserted);
    QCOMPARE(firstResponseAt(), QStringLiteral("3000")); // the first response stays the first

    // A redacted last message does not linger in the preview.
    MessageRecord redacted = out2;
    redacted.body.clear();
    QCOMPARE(upsert(redacted), MessageStore::Upsert::Updated);
    QCOMPARE(first().lastMessagePreview, QString());
}

void TestMessageStore::firstResponseNeedsACustomerFirst()
{
    const qint64 conv = newConversation(QStringLiteral("+14155550123"), 1000);
    QVERIFY(conv);
    // The agent starts the conversation (a reminder): that is no response to anything.
    MessageRecord reminder
        = test::message(conv, QStringLiteral("SM1"), QStringLiteral("Reminder: pickup tomorrow"),
                        Direction::Outbound, 1000);
    MessageRecord question = test::message(conv, QStringLiteral("SM2"),
                                           QStringLiteral("What time?"), Direction::Inbound, 2000);
    MessageRecord answer = test::message(conv, QStringLiteral("SM3"), QStringLiteral("From 9"),
                                         Direction::Outbound, 3000);
    upsert(reminder);
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT first_response_at FROM conversations")),
             QStringLiteral("NULL"));
    QCOMPARE(summaryOf(*m_store, conv)->waitingSince, 0);
    upsert(question);
    upsert(answer);
    QCOMPARE(
        scalarText(*m_db,
                   QStringLiteral("SELECT first_inbound_at, first_response_at FROM conversations")),
        QStringLiteral("2000|3000"));
}

void TestMessageStore::previewIsOneShortLine()
{
    const qint64 conv = newConversation(QStringLiteral("+14155550123"));
    QVERIFY(conv);
    MessageRecord m
        = test::message(conv, QStringLiteral("SM1"), QStringLiteral("  Line one\n\nline   two\t "),
                        Direction::Inbound, 1000);
    upsert(m);
    QCOMPARE(summaryOf(*m_store, conv)->lastMessagePreview, QStringLiteral("Line one line two"));

    MessageRecord longer = test::message(conv, QStringLiteral("SM2"),
                                         QString(400, QLatin1Char('x')), Direction::Inbound, 2000);
    upsert(longer);
    QCOMPARE(summaryOf(*m_store, conv)->lastMessagePreview, QString(140, QLatin1Char('x')));
    // The whole body is kept, of course.
    QCOMPARE(m_store->message(longer.id)->body.size(), 400);

    // An emoji where the preview is cut (two UTF-16 units, 139 and 140) is kept whole or
    // dropped whole, never cut into a character that shows as "�".
    const QString emoji = QStringLiteral("🙂");
    MessageRecord smiley
        = test::message(conv, QStringLiteral("SM3"),
                        QString(139, QLatin1Char('y')) + emoji + QStringLiteral(" and more"),
                        Direction::Inbound, 3000);
    upsert(smiley);
    const QString preview = summaryOf(*m_store, conv)->lastMessagePreview;
    QVERIFY2(preview == QString(139, QLatin1Char('y'))
                 || preview == QString(139, QLatin1Char('y')) + emoji,
             qPrintable(preview.right(3)));
    QVERIFY(!preview.contains(QChar(QChar::ReplacementCharacter)));
}

void TestMessageStore::pictureWithoutWords()
{
    const qint64 conv = newConversation(QStringLiteral("+14155550123"));
    QVERIFY(conv);
    MessageRecord picture
        = test::message(conv, QStringLiteral("MM1"), QString(), Direction::Inbound, 1000);
    picture.numMedia = 1;
    QCOMPARE(upsert(picture), MessageStore::Upsert::Inserted);
    auto stored = m_store->message(picture.id);
    QVERIFY(stored);
    QVERIFY(stored->body.isEmpty());
    QCOMPARE(stored->numMedia, 1);
    const auto summary = summaryOf(*m_store, conv);
    QVERIFY(summary);
    QCOMPARE(summary->messageCount, 1);
    QCOMPARE(summary->unreadCount, 1);
    QCOMPARE(summary->lastMessageId, picture.id);
    QCOMPARE(summary->lastMessagePreview, QString());

    MessageRecord again = picture;
    again.id = 0;
    QCOMPARE(upsert(again), MessageStore::Upsert::Unchanged);
    again.status = QStringLiteral("read");
    QCOMPARE(upsert(again), MessageStore::Upsert::Updated);
}

void TestMessageStore::threadPagingWalksEveryMessageOnce()
{
    const qint64 conv = newConversation(QStringLiteral("+14155550123"));
    QVERIFY(conv);
    const qint64 base = 1'700'000'000'000;
    QList<qint64> all;
    {
        Transaction tx(*m_db);
        QVERIFY(tx.status());
        for (int i = 0; i < 250; ++i) {
            // Three messages per millisecond: the tie-breaker must order them too.
            MessageRecord m = test::message(
                conv, QStringLiteral("SM%1").arg(i), QStringLiteral("message %1").arg(i),
                i % 2 ? Direction::Inbound : Direction::Outbound, base + i / 3);
            QCOMPARE(upsert(m), MessageStore::Upsert::Inserted);
            all.prepend(m.id);
        }
        QVERIFY(tx.commit());
    }
    QVERIFY(std::is_sorted(all.crbegin(), all.crend())); // ids follow insertion (time) order

    QList<qint64> seen;
    QSet<qint64> unique;
    qint64 before = 0;
    int newer = 0;
    for (int pageNo = 0;; ++pageNo) {
        auto page = m_store->threadPage(conv, before, 50);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().details()));
        if (page->isEmpty())
            break;
        QVERIFY(pageNo < 5);
        QCOMPARE(page->size(), 50);
        for (const MessageRecord &m : std::as_const(*page)) {
            QCOMPARE(m.conversationId, conv);
            QVERIFY2(!unique.contains(m.id), "a message came twice");
            unique.insert(m.id);
            seen << m.id;
        }
        before = page->last().id;
        // Meanwhile new messages arrive: they belong above the first page, not in the next.
        for (int k = 0; k < 3; ++k, ++newer) {
            MessageRecord arriving
                = test::message(conv, QStringLiteral("NEW%1").arg(newer), QStringLiteral("new"),
                                Direction::Inbound, base + 10'000 + newer);
            QCOMPARE(upsert(arriving), MessageStore::Upsert::Inserted);
        }
    }
    QCOMPARE(seen, all); // every message once, newest first, no gaps
    auto top = m_store->threadPage(conv, 0, 1);
    QVERIFY(top);
    QCOMPARE(top->first().sid, QStringLiteral("NEW%1").arg(newer - 1));
}

void TestMessageStore::threadPageStaysInItsConversation()
{
    const qint64 a = newConversation(QStringLiteral("+14155550123"));
    const qint64 b = newConversation(QStringLiteral("+14155550124"));
    QVERIFY(a && b && a != b);
    for (int i = 0; i < 20; ++i) {
        MessageRecord m = test::message(i % 2 ? a : b, QStringLiteral("SM%1").arg(i),
                                        QStringLiteral("m%1").arg(i), Direction::Inbound, 1000 + i);
        upsert(m);
    }
    auto page = m_store->threadPage(a, 0, 100);
    QVERIFY(page);
    QCOMPARE(page->size(), 10);
    for (const MessageRecord &m : std::as_const(*page))
        QCOMPARE(m.conversationId, a);
    QCOMPARE(page->first().sid, QStringLiteral("SM19"));
    QCOMPARE(page->last().sid, QStringLiteral("SM1"));
}

void TestMessageStore::inboxPagingWalksEveryConversationOnce_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("assignee"); // -1: any, 0: unassigned, else the agent
    // 0: any, else 1 or 2 (our numbers); -2: a desk limited to the second (InboxFilter::inboxIds)
    QTest::addColumn<int>("inbox");
    QTest::newRow("everything") << QString() << -1 << 0;
    QTest::newRow("open") << QStringLiteral("open") << -1 << 0;
    QTest::newRow("resolved") << QStringLiteral("resolved") << -1 << 0;
    QTest::newRow("unassigned") << QString() << 0 << 0;
    QTest::newRow("agent 2") << QString() << 2 << 0;
    QTest::newRow("second inbox") << QString() << -1 << 2;
    QTest::newRow("open, unassigned, first inbox") << QStringLiteral("open") << 0 << 1;
    QTest::newRow("a desk's numbers: the second") << QString() << -1 << -2;
    QTest::newRow("a desk's numbers, open") << QStringLiteral("open") << -1 << -2;
}

void TestMessageStore::inboxPagingWalksEveryConversationOnce()
{
    QFETCH(QString, status);
    QFETCH(int, assignee);
    QFETCH(int, inbox);

    QVERIFY(m_db->execOnce(QStringLiteral("INSERT INTO agents (id, name, created_at) VALUES (1, "
                                          "'Ana', 0), (2, 'Ben', 0), (3, 'Cleo', 0)")));
    ContactStore contacts(*m_db);
    const qint64 inboxIds[] = { *contacts.ensureInbox(QStringLiteral("+15550000001")),
                                *contacts.ensureInbox(QStringLiteral("+15550000002")) };
    const QString statuses[]
        = { QStringLiteral("open"), QStringLiteral("pending"), QStringLiteral("resolved") };
    struct Row
    {
        qint64 id;
        qint64 activity;
    };
    QList<Row> expected;
    {
        Transaction tx(*m_db);
        for (int i = 0; i < 130; ++i) {
            const int inboxNo = i % 5 == 0 ? 2 : 1;
            const qint64 contact
                = *contacts.ensureContact(QStringLiteral("+1415555%1").arg(1000 + i), 1);
            const qint64 conv = *contacts.ensureConversation(contact, inboxIds[inboxNo - 1], 1);
            // Every tenth conversation shares its last activity with the one before: the keyset
            // must not skip or repeat ties.
            const qint64 at = 1'000'000 + (i - (i % 10 == 1 ? 1 : 0)) * 1000;
            MessageRecord m
                = test::message(conv, QStringLiteral("SM%1").arg(i),
                                QStringLiteral("hello %1").arg(i), Direction::Inbound, at);
            upsert(m);
            const QString st = statuses[i % 3];
            const int agent = i % 4; // 0: nobody
            QVERIFY(m_db->execOnce(
                QStringLiteral(
                    "UPDATE conversations SET status = '%1', assignee_id = %2 WHERE id = %3")
                    .arg(st, agent ? QString::number(agent) : QStringLiteral("NULL"))
                    .arg(conv)));
            const bool matches = (status.isEmpty() || st == status)
                && (assignee < 0 || assignee == agent)
                && (inbox == 0 || inbox == inboxNo || -inbox == inboxNo);
            if (matches)
                expected.append({ conv, at });
        }
        QVERIFY(tx.commit());
    }
    std::sort(expected.begin(), expected.end(), [](const Row &a, const Row &b) {
        return a.activity != b.activity ? a.activity > b.activity : a.id > b.id;
    });
    QVERIFY(expected.size() > 7); // more than one page

    InboxFilter filter;
    filter.status = status;
    if (assignee >= 0)
        filter.assigneeId = assignee;
    if (inbox > 0)
        filter.inboxId = inboxIds[inbox - 1];
    else if (inbox < 0)
        filter.inboxIds = { inboxIds[-inbox - 1] };

    QList<qint64> seen;
    std::optional<InboxCursor> cursor;
    int arrivals = 0;
    for (int pageNo = 0;; ++pageNo) {
        auto page = m_store->inboxPage(filter, cursor, 7);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().details()));
        if (page->isEmpty())
            break;
        QVERIFY(pageNo < 30);
        for (const ConversationSummary &c : std::as_const(*page)) {
            QVERIFY2(!seen.contains(c.id),
                     qPrintable(QStringLiteral("conversation %1 came twice").arg(c.id)));
            seen << c.id;
            QCOMPARE(c.messageCount, 1);
            QVERIFY(c.contactE164.startsWith(QStringLiteral("+1415555")));
            if (!status.isEmpty())
                QCOMPARE(c.status, status);
            if (assignee >= 0)
                QCOMPARE(c.assigneeId, qint64(assignee));
            if (inbox)
                QCOMPARE(c.inboxId, inboxIds[std::abs(inbox) - 1]);
        }
        cursor = InboxCursor { page->last().lastActivityAt, page->last().id };
        // Meanwhile a conversation already shown gets a reply and a new customer writes in:
        // both move to the top, above the cursor, and must not show up again below.
        MessageRecord reply
            = test::message(page->first().id, QStringLiteral("RE%1").arg(arrivals),
                            QStringLiteral("reply"), Direction::Outbound, 5'000'000 + arrivals);
        upsert(reply);
        const qint64 newcomer
            = newConversation(QStringLiteral("+1415666%1").arg(1000 + arrivals), 5'000'000);
        MessageRecord hello
            = test::message(newcomer, QStringLiteral("NC%1").arg(arrivals), QStringLiteral("hi"),
                            Direction::Inbound, 5'000'000 + arrivals);
        upsert(hello);
        ++arrivals;
    }
    QList<qint64> expectedIds;
    for (const Row &row : std::as_const(expected))
        expectedIds << row.id;
    QCOMPARE(seen, expectedIds);
}

void TestMessageStore::removeNewestRestoresConversation()
{
    const qint64 conv = newConversation(QStringLiteral("+14155550123"), 1000);
    QVERIFY(conv);
    MessageRecord in1
        = test::message(conv, QStringLiteral("SM1"), QStringLiteral("My order\nhas not arrived"),
                        Direction::Inbound, 1000);
    MessageRecord out1
        = test::message(conv, QStringLiteral("SM2"), QStringLiteral("Sorry!  Checking."),
                        Direction::Outbound, 2000);
    MessageRecord in2 = test::message(
        conv, QStringLiteral("SM3"), QStringLiteral("Any news\nplease?"), Direction::Inbound, 3000);
    upsert(in1);
    upsert(out1);
    upsert(in2);
    const auto beforeNewest = summaryOf(*m_store, conv);
    MessageRecord in3 = test::message(conv, QStringLiteral("SM4"), QStringLiteral("Hello?"),
                                      Direction::Inbound, 4000);
    upsert(in3);
    QCOMPARE(summaryOf(*m_store, conv)->unreadCount, 2);

    QVERIFY(m_store->remove(in3.id));
    auto after = summaryOf(*m_store, conv);
    QVERIFY(after && beforeNewest);
    // The inbox row looks as it did before that message came (its last activity may stay).
    after->lastActivityAt = beforeNewest->lastActivityAt;
    QCOMPARE(describe(*after), describe(*beforeNewest));
    QCOMPARE(after->lastMessagePreview, QStringLiteral("Any news please?"));
    QVERIFY(!m_store->message(in3.id));
    QCOMPARE(m_store->threadPage(conv, 0, 10)->size(), 3);
}

void TestMessageStore::removeReplyMakesCustomerWaitAgain()
{
    const qint64 conv = newConversation(QStringLiteral("+14155550123"), 1000);
    QVERIFY(conv);
    MessageRecord in1
        = test::message(conv, QStringLiteral("SM1"), QStringLiteral("Are you open on Sunday?"),
                        Direction::Inbound, 1000);
    MessageRecord in2 = test::message(conv, QStringLiteral("SM2"), QStringLiteral("And Monday?"),
                                      Direction::Inbound, 1500);
    upsert(in1);
    upsert(in2);
    const auto waiting = summaryOf(*m_store, conv);
    MessageRecord out1 = test::message(conv, QString(), QStringLiteral("Sent by mistake"),
                                       Direction::Outbound, 2000);
    out1.clientId = QStringLiteral("c-1");
    upsert(out1);
    QCOMPARE(summaryOf(*m_store, conv)->waitingSince, 0);

    QVERIFY(m_store->remove(out1.id));
    auto after = summaryOf(*m_store, conv);
    QVERIFY(after && waiting);
    after->lastActivityAt = waiting->lastActivityAt;
    QCOMPARE(describe(*after), describe(*waiting));
    QCOMPARE(after->waitingSince, 1000);
    QCOMPARE(after->unreadCount, 2);
    QCOMPARE(
        scalarText(
            *m_db,
            QStringLiteral("SELECT first_response_at FROM conversations WHERE id = %1").arg(conv)),
        QStringLiteral("NULL"));
}

void TestMessageStore::removeLastMessage()
{
    const qint64 conv = newConversation(QStringLiteral("+14155550123"), 1000);
    QVERIFY(conv);
    MessageRecord only = test::message(conv, QStringLiteral("SM1"), QStringLiteral("wrong number"),
                                       Direction::Inbound, 1000);
    upsert(only);
    QVERIFY(m_store->remove(only.id));
    auto after = summaryOf(*m_store, conv);
    QVERIFY(after);
    QCOMPARE(after->messageCount, 0);
    QCOMPARE(after->unreadCount, 0);
    QCOMPARE(after->lastMessageId, 0);
    QCOMPARE(after->lastMessagePreview, QString());
    QCOMPARE(after->lastMessageDirection, QString());
    QCOMPARE(after->waitingSince, 0);
}

void TestMessageStore::removeUnknownMessageChangesNothing()
{
    const qint64 conv = newConversation(QStringLiteral("+14155550123"), 1000);
    MessageRecord m = test::message(conv, QStringLiteral("SM1"), QStringLiteral("hello"),
                                    Direction::Inbound, 1000);
    upsert(m);
    const QStringList before = test::dumpTables(*m_db);
    QVERIFY(!m_store->remove(m.id + 1));
    QVERIFY(!m_db->inTransaction());
    QCOMPARE(test::dumpTables(*m_db), before);
}

void TestMessageStore::failedUpsertCanBeRetried_data()
{
    QTest::addColumn<int>("failingStatement");
    // upsert() runs several statements: find, allocate an id, insert, index, update the
    // conversation. A full disk can stop it after any of them.
    for (int n = 1; n <= 5; ++n)
        QTest::addRow("statement %d", n) << n;
}

void TestMessageStore::failedUpsertCanBeRetried()
{
    QFETCH(int, failingStatement);
    const qint64 conv = newConversation(QStringLiteral("+14155550123"), 1000);
    QVERIFY(conv);
    MessageRecord first = test::message(conv, QStringLiteral("SM1"), QStringLiteral("first words"),
                                        Direction::Inbound, 1000);
    upsert(first);
    const QStringList before = test::dumpTables(*m_db);

    MessageRecord m = test::message(conv, QStringLiteral("SM2"), QStringLiteral("second parcel"),
                                    Direction::Inbound, 2000);
    m_db->failNthExecForTesting(failingStatement);
    auto failed = m_store->upsert(m);
    m_db->failNthExecForTesting(0);
    QVERIFY(!failed);
    QCOMPARE(failed.error().kind(), StorageError::Kind::DiskFull);
    QCOMPARE(test::dumpTables(*m_db), before); // nothing half-written

    // The next sync brings the same message again: it goes in whole.
    MessageRecord again = test::message(conv, QStringLiteral("SM2"),
                                        QStringLiteral("second parcel"), Direction::Inbound, 2000);
    QCOMPARE(upsert(again), MessageStore::Upsert::Inserted);
    const auto summary = summaryOf(*m_store, conv);
    QVERIFY(summary);
    QCOMPARE(summary->messageCount, 2);
    QCOMPARE(summary->unreadCount, 2);
    QCOMPARE(summary->lastMessagePreview, QStringLiteral("second parcel"));
    auto hits = m_store->search(QStringLiteral("parcel"), 0, 10);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    auto check = test::checkFullTextIndex(*m_db, QStringLiteral("message_fts"));
    QVERIFY2(check, qPrintable(check ? QString() : check.error().details()));
}

void TestMessageStore::failedUpsertInsideABatchUndoesOnlyItself_data()
{
    failedUpsertCanBeRetried_data();
}

// The sync writes a page in one transaction. One message failing half-way must not leave half
// of itself in that page's commit, nor take the page's other messages with it.
void TestMessageStore::failedUpsertInsideABatchUndoesOnlyItself()
{
    QFETCH(int, failingStatement);
    const qint64 conv = newConversation(QStringLiteral("+14155550123"), 1000);
    QVERIFY(conv);
    {
        Transaction page(*m_db);
        QVERIFY(page.status());
        MessageRecord good = test::message(conv, QStringLiteral("SM1"),
                                           QStringLiteral("first words"), Direction::Inbound, 1000);
        QCOMPARE(upsert(good), MessageStore::Upsert::Inserted);
        MessageRecord bad = test::message(
            conv, QStringLiteral("SM2"), QStringLiteral("second parcel"), Direction::Inbound, 2000);
        m_db->failNthExecForTesting(failingStatement);
        auto failed = m_store->upsert(bad);
        m_db->failNthExecForTesting(0);
        QVERIFY(!failed);
        QVERIFY(m_db->inTransaction());
        QVERIFY(page.commit());
    }
    QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT sid FROM messages")),
             QStringList { QStringLiteral("SM1") });
    const auto summary = summaryOf(*m_store, conv);
    QVERIFY(summary);
    QCOMPARE(summary->messageCount, 1);
    QCOMPARE(summary->unreadCount, 1);
    QCOMPARE(summary->lastMessagePreview, QStringLiteral("first words"));
    QCOMPARE(m_store->search(QStringLiteral("parcel"), 0, 10)->size(), 0);
    auto check = test::checkFullTextIndex(*m_db, QStringLiteral("message_fts"));
    QVERIFY2(check, qPrintable(check ? QString() : check.error().details()));
}

void TestMessageStore::writesJoinTheCallersTransaction()
{
    // The sync worker writes a page of changes as one transaction: messages in, a deleted one
    // out, a renamed contact. All of it or nothing.
    const qint64 conv = newConversation(QStringLiteral("+14155550123"), 1000);
    QVERIFY(conv);
    MessageRecord old = test::message(conv, QStringLiteral("SM1"), QStringLiteral("old"),
                                      Direction::Inbound, 1000);
    upsert(old);
    const QStringList before = test::dumpTables(*m_db);
    const qint64 contact = summaryOf(*m_store, conv)->contactId;
    ContactStore contacts(*m_db);
    for (bool commit : { false, true }) {
        Transaction tx(*m_db);
        QVERIFY(tx.status());
        MessageRecord m = test::message(conv, QStringLiteral("SM2"), QStringLiteral("new"),
                                        Direction::Inbound, 2000);
        QCOMPARE(upsert(m), MessageStore::Upsert::Inserted);
        auto removed = m_store->remove(old.id);
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().details()));
        auto renamed = contacts.setDisplayName(contact, QStringLiteral("Ana Lima"), 2000);
        QVERIFY2(renamed, qPrintable(renamed ? QString() : renamed.error().details()));
        QVERIFY(m_db->inTransaction());
        if (!commit)
            continue; // rolled back by ~Transaction
        QVERIFY(tx.commit());
    }
    QVERIFY(!m_db->inTransaction());
    QVERIFY(test::dumpTables(*m_db) != before);
    const auto summary = summaryOf(*m_store, conv);
    QCOMPARE(summary->messageCount, 1);
    QCOMPARE(summary->contactName, QStringLiteral("Ana Lima"));
    QCOMPARE(m_store->threadPage(conv, 0, 10)->first().sid, QStringLiteral("SM2"));
}

void TestMessageStore::idsAreTimeOrdered()
{
    const qint64 conv = newConversation(QStringLiteral("+14155550123"));
    // Arriving out of order (a late delivery report, a slow sync): ids still follow time.
    const qint64 times[] = { 5000, 1000, 3000, 3000, 2000, 4000 };
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i) {
        MessageRecord m = test::message(conv, QStringLiteral("SM%1").arg(i), QStringLiteral("m"),
                                        Direction::Inbound, times[i]);
        upsert(m);
        QCOMPARE(MessageId::timeOf(m.id), times[i]);
        ids << m.id;
    }
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 6);
    auto page = m_store->threadPage(conv, 0, 10);
    QVERIFY(page);
    QList<qint64> pageTimes;
    for (const MessageRecord &m : std::as_const(*page))
        pageTimes << m.createdAt;
    QCOMPARE(pageTimes, (QList<qint64> { 5000, 4000, 3000, 3000, 2000, 1000 }));

    auto id = m_store->allocateId(7000);
    QVERIFY(id);
    QCOMPARE(*id, MessageId::first(7000));
    auto clamped = m_store->allocateId(-5);
    QVERIFY(clamped);
    QVERIFY(*clamped >= 0);
}

void TestMessageStore::idsStayUniqueWithinOneMillisecond()
{
    const qint64 conv = newConversation(QStringLiteral("+14155550123"));
    const qint64 at = 1'700'000'000'000;
    MessageRecord earlier = test::message(conv, QStringLiteral("EARLY"), QStringLiteral("m"),
                                          Direction::Inbound, at - 1);
    upsert(earlier);
    const int count = 1500; // more than the 1,024 slots of one millisecond
    QList<qint64> ids;
    {
        Transaction tx(*m_db);
        for (int i = 0; i < count; ++i) {
            MessageRecord m = test::message(conv, QStringLiteral("SM%1").arg(i),
                                            QStringLiteral("burst"), Direction::Inbound, at);
            QCOMPARE(upsert(m), MessageStore::Upsert::Inserted);
            ids << m.id;
        }
        QVERIFY(tx.commit());
    }
    QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), count);
    QVERIFY(ids.first() > earlier.id);
    QCOMPARE(ids.first(), MessageId::first(at));
    QCOMPARE(ids.at(MessageId::kSlotsPerMs - 1), MessageId::last(at));
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT count(*) FROM messages")),
             QString::number(count + 1));

    // Newest first is insertion order reversed, across the millisecond boundary.
    QList<qint64> paged;
    qint64 before = 0;
    for (int pageNo = 0; pageNo < 10; ++pageNo) {
        auto page = m_store->threadPage(conv, before, 400);
        QVERIFY(page);
        if (page->isEmpty())
            break;
        for (const MessageRecord &m : std::as_const(*page))
            paged.prepend(m.id);
        before = page->last().id;
    }
    QCOMPARE(paged.size(), count + 1);
    QCOMPARE(paged.first(), earlier.id);
    QCOMPARE(paged.mid(1), ids);
}

QTEST_GUILESS_MAIN(TestMessageStore)
#include "TestMessageStore.moc"
