#include "TestWorkspace.h"
#include "storage/BulkImporter.h"
#include "storage/CacheStatistics.h"
#include "storage/ContactStore.h"
#include "storage/MessageStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace textdesk;

namespace {
constexpr int kRows = 400;
constexpr qint64 kBase = 1'700'000'000'000;

const QString kContacts[] = { QStringLiteral("+14155550100"), QStringLiteral("+14155550101"),
                              QStringLiteral("+4930123456"),  QStringLiteral("+447400123456"),
                              QStringLiteral("+14155550104"), QStringLiteral("+14155550105") };
const QString kNames[] = { QStringLiteral("Ana Lima"),    QString(),
                           QStringLiteral("Jürgen Weiß"), QString(),
                           QStringLiteral("Chidi Okeke"), QStringLiteral("Eva Nováková") };
const QString kInboxes[] = { QStringLiteral("+15550000001"), QStringLiteral("+15550000002"),
                             QStringLiteral("+15550000003") };

// What a first sync brings: several customers on two of our numbers (a third appears late), in
// time order, with ties, notes, failures and the bodies people really send.
QList<ImportMessage> dataset()
{
    QList<ImportMessage> rows;
    qint64 at = kBase;
    for (int i = 0; i < kRows; ++i) {
        if (i % 5 != 0)
            at += 7000 + (i % 3) * 1000; // every fifth message shares the millisecond before it
        ImportMessage row;
        const int contact = (i * 7 + i / 50) % 6;
        row.contactE164 = kContacts[contact];
        row.contactName = kNames[contact];
        row.inboxE164 = i >= 300 && contact == 1 ? kInboxes[2] : kInboxes[(contact + i / 100) % 2];
        MessageRecord &m = row.message;
        m.direction = i % 9 == 0 ? Direction::Note
                                 : (i % 4 == 0 ? Direction::Outbound : Direction::Inbound);
        m.sid = QStringLiteral("SM%1").arg(i, 6, 10, QLatin1Char('0'));
        if (m.direction == Direction::Inbound)
            m.status = QStringLiteral("received");
        else if (m.direction == Direction::Note)
            m.status = QStringLiteral("saved");
        else
            m.status = i % 10 == 8 ? QStringLiteral("failed") : QStringLiteral("delivered");
        if (m.status == QLatin1String("failed")) {
            m.errorCode = 30003;
            m.errorMessage = QStringLiteral("Unreachable destination handset");
        }
        if (i % 19 == 0 && i > 0) {
            m.body = QString(); // a picture without words
            m.numMedia = 1;
        } else if (i % 17 == 0) {
            m.body = QStringLiteral("long  message  with  double  spaces  ").repeated(8)
                + QString::number(i);
        } else if (i % 13 == 0) {
            m.body = QStringLiteral("first line %1\nsecond line\n\n  third").arg(i);
        } else if (i % 11 == 0) {
            m.body = QString(138, QLatin1Char('y'))
                + QStringLiteral(" 🙂 an emoji at the cut %1").arg(i);
        } else if (i % 7 == 0) {
            m.body = QStringLiteral("Where is my zebra order %1?").arg(i);
        } else {
            m.body = QStringLiteral("message %1 about order %2").arg(i).arg(i % 23);
        }
        m.numSegments = m.body.size() > 160 ? 2 : 1;
        m.encoding = m.body.contains(QStringLiteral("🙂")) ? QStringLiteral("ucs2")
                                                             : QStringLiteral("gsm7");
        m.createdAt = at;
        m.updatedAt = at;
        if (m.direction == Direction::Outbound) {
            m.sentAt = at + 100;
            m.deliveredAt = m.status == QLatin1String("delivered") ? at + 900 : 0;
        }
        rows << row;
    }
    return rows;
}

Status importRows(Database &db, const QList<ImportMessage> &rows, qint64 *inserted = nullptr,
                  qint64 *skipped = nullptr)
{
    BulkImporter importer(db);
    if (auto s = importer.begin(); !s)
        return s;
    for (const ImportMessage &row : rows) {
        if (auto s = importer.add(row); !s)
            return s;
    }
    if (auto s = importer.finish(); !s)
        return s;
    if (inserted)
        *inserted = importer.inserted();
    if (skipped)
        *skipped = importer.skipped();
    return success();
}

// The same rows the way the sync worker writes them, one message at a time.
Status writeIncrementally(Database &db, const QList<ImportMessage> &rows)
{
    ContactStore contacts(db);
    MessageStore messages(db);
    for (const ImportMessage &row : rows) {
        auto inbox = contacts.ensureInbox(row.inboxE164);
        if (!inbox)
            return inbox.error();
        auto known = db.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE e164 = ?"),
                               { row.contactE164 });
        if (!known)
            return known.error();
        auto contact = contacts.ensureContact(row.contactE164, row.message.createdAt);
        if (!contact)
            return contact.error();
        if (known->toInt() == 0 && !row.contactName.isEmpty()) {
            if (auto s = contacts.setDisplayName(*contact, row.contactName, row.message.createdAt);
                !s)
                return s;
        }
        auto conversation = contacts.ensureConversation(*contact, *inbox, row.message.createdAt);
        if (!conversation)
            return conversation.error();
        MessageRecord m = row.message;
        m.conversationId = *conversation;
        if (auto s = messages.upsert(m); !s)
            return s.error();
    }
    return success();
}

// What the inbox and the threads show, without the bookkeeping times of the import itself.
// Messages are named by SID: their local ids only have to be unique and in time order, which
// idsFollowTime() checks.
QStringList visibleState(Database &db)
{
    QStringList state;
    state << QStringLiteral("== conversations")
          << test::rows(
                 db,
                 QStringLiteral(
                     "SELECT c.id, contact_id, inbox_id, c.status, assignee_id, unread_count, "
                     "message_count, last_activity_at, m.sid, last_message_preview, "
                     "last_message_direction, waiting_since, first_inbound_at, first_response_at "
                     "FROM conversations c LEFT JOIN messages m ON m.id = c.last_message_id ORDER "
                     "BY c.id"));
    state << QStringLiteral("== contacts")
          << test::rows(db,
                        QStringLiteral("SELECT id, e164, display_name FROM contacts ORDER BY id"));
    state << QStringLiteral("== inboxes")
          << test::rows(db, QStringLiteral("SELECT id, e164 FROM inboxes ORDER BY id"));
    state << QStringLiteral("== messages, oldest first")
          << test::rows(
                 db,
                 QStringLiteral(
                     "SELECT conversation_id, sid, client_id, direction, body, status, error_code, "
                     "error_message, num_segments, encoding, num_media, author_id, created_at, "
                     "sent_at, "
                     "delivered_at, read_at, updated_at FROM messages ORDER BY id"));
    MessageStore store(db);
    auto inbox = store.inboxPage({}, std::nullopt, 1000);
    state << QStringLiteral("== inbox page");
    if (!inbox) {
        state << inbox.error().details();
        return state;
    }
    for (const ConversationSummary &c : std::as_const(*inbox)) {
        auto last = store.message(c.lastMessageId);
        state << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9|%10|%11")
                     .arg(c.id)
                     .arg(c.contactE164, c.contactName, c.status)
                     .arg(c.unreadCount)
                     .arg(c.messageCount)
                     .arg(c.lastActivityAt)
                     .arg(last ? last->sid : QStringLiteral("none"))
                     .arg(c.lastMessagePreview, c.lastMessageDirection)
                     .arg(c.waitingSince);
    }
    return state;
}

// Every message id encodes its creation time (or, past 1,024 in one millisecond, a later one).
bool idsFollowTime(Database &db)
{
    return test::rows(db,
                      QStringLiteral("SELECT count(*) FROM messages WHERE id / 1024 < created_at "
                                     "OR id / 1024 > created_at + 1"))
        == QStringList { QStringLiteral("0") };
}

QStringList searchSids(Database &db, const QString &typed)
{
    MessageStore store(db);
    auto hits = store.search(typed, 0, 1000);
    if (!hits)
        return { hits.error().details() };
    QStringList sids;
    for (const SearchHit &hit : std::as_const(*hits)) {
        auto m = store.message(hit.messageId);
        sids << (m ? m->sid : QStringLiteral("?"));
    }
    return sids;
}

QString details(const Status &s)
{
    return s ? QString() : s.error().details();
}

// A larger import than dataset(): its rows a hundred times over, later each time.
constexpr int kKillRounds = 100;
QList<ImportMessage> largeDataset()
{
    const QList<ImportMessage> base = dataset();
    QList<ImportMessage> rows;
    rows.reserve(base.size() * kKillRounds);
    for (int round = 0; round < kKillRounds; ++round) {
        for (ImportMessage row : base) {
            row.message.sid += QStringLiteral("-%1").arg(round);
            row.message.createdAt += qint64(round) * 10'000'000;
            row.message.updatedAt = row.message.createdAt;
            rows << row;
        }
    }
    return rows;
}

// The child process of killedImportLeavesTheCacheAsBefore(): imports largeDataset() into the
// cache named by the environment, telling its parent where it is.
constexpr char kChildVariable[] = "TEXTDESK_TEST_IMPORT_INTO";
int runImportChild(const QString &path)
{
    auto db = Database::open(path, Database::Role::Writer);
    if (!db)
        return 2;
    const QList<ImportMessage> rows = largeDataset();
    BulkImporter importer(**db);
    if (!importer.begin())
        return 3;
    std::puts("begun");
    std::fflush(stdout);
    for (const ImportMessage &row : rows) {
        if (!importer.add(row))
            return 4;
    }
    std::puts("finishing");
    std::fflush(stdout);
    if (!importer.finish())
        return 5;
    std::puts("finished");
    std::fflush(stdout);
    return 0;
}
} // namespace

class TestBulkImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void importsEverything();
    void matchesTheIncrementalPath();
    void searchableRightAfterFinish();
    void rerunSkipsEverything();
    void interruptedImportCanBeRunAgain();
    void cancelLeavesNothingBehind();
    void importerCanBeReusedAfterCancel();
    void repeatedRowsInOneImport_data();
    void repeatedRowsInOneImport();
    void failureMidwayLeavesCacheUnchanged_data();
    void failureMidwayLeavesCacheUnchanged();
    void idsStayUniqueWithinOneMillisecond();
    void importedContactsCanBeRenamed();
    void sameConnectionWritesOnAfterAFirstImport_data();
    void sameConnectionWritesOnAfterAFirstImport();
    void cacheIsBackInWalWithNothingLeftBeside();
    void importWorksBesideAReader();
    void killedImportLeavesTheCacheAsBefore();

private:
    QList<ImportMessage> m_rows;
};

void TestBulkImporter::initTestCase()
{
    m_rows = dataset();
    QCOMPARE(m_rows.size(), kRows);
}

void TestBulkImporter::importsEverything()
{
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    qint64 inserted = -1;
    qint64 skipped = -1;
    auto s = importRows(*db, m_rows, &inserted, &skipped);
    QVERIFY2(s, qPrintable(details(s)));
    QCOMPARE(inserted, kRows);
    QCOMPARE(skipped, 0);
    QVERIFY(!db->inTransaction());
    QVERIFY(idsFollowTime(*db));

    auto stats = CacheStatistics::read(*db);
    QVERIFY(stats);
    QCOMPARE(stats->messages, kRows);
    QCOMPARE(stats->contacts, 6);
    QCOMPARE(stats->conversations,
             qint64(test::rows(*db,
                               QStringLiteral("SELECT DISTINCT contact_id, inbox_id FROM messages "
                                              "m JOIN conversations c ON c.id = m.conversation_id"))
                        .size()));
    QMap<QString, QMap<QString, qint64>> expected;
    for (const ImportMessage &row : std::as_const(m_rows))
        ++expected[directionToString(row.message.direction)][row.message.status];
    QCOMPARE(stats->messagesByDirectionAndStatus, expected);
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT count(*) FROM inboxes")),
             QStringList { QStringLiteral("3") });

    // Every row came in whole.
    auto page = MessageStore(*db).threadPage(1, 0, 1000);
    QVERIFY(page);
    QVERIFY(!page->isEmpty());
    for (const MessageRecord &m : std::as_const(*page)) {
        const int i = m.sid.mid(2).toInt();
        const MessageRecord &original = m_rows.at(i).message;
        QCOMPARE(m.body, original.body);
        QCOMPARE(m.status, original.status);
        QCOMPARE(m.direction, original.direction);
        QCOMPARE(m.createdAt, original.createdAt);
        QCOMPARE(m.errorCode, original.errorCode);
        QCOMPARE(m.encoding, original.encoding);
        QCOMPARE(MessageId::timeOf(m.id), original.createdAt);
    }
}

void TestBulkImporter::matchesTheIncrementalPath()
{
    test::TestCache bulkCache;
    test::TestCache liveCache;
    auto bulk = bulkCache.open();
    auto live = liveCache.open();
    QVERIFY(bulk && live);
    // Each path gets rows of its own: neither may see what the other did to shared strings.
    auto s = importRows(*bulk, dataset());
    QVERIFY2(s, qPrintable(details(s)));
    s = writeIncrementally(*live, dataset());
    QVERIFY2(s, qPrintable(details(s)));

    const QStringList bulkState = visibleState(*bulk);
    const QStringList liveState = visibleState(*live);
    QVERIFY(bulkState.size() > kRows);
    // Compared line by line, so that a failure names the first row that differs.
    for (int i = 0; i < std::min(bulkState.size(), liveState.size()); ++i)
        QCOMPARE(bulkState.at(i), liveState.at(i));
    QCOMPARE(bulkState.size(), liveState.size());
}

void TestBulkImporter::searchableRightAfterFinish()
{
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    auto s = importRows(*db, m_rows);
    QVERIFY2(s, qPrintable(details(s)));

    int zebras = 0;
    for (const ImportMessage &row : std::as_const(m_rows))
        zebras += row.message.body.contains(QLatin1String("zebra"));
    QVERIFY(zebras > 5);
    auto hits = MessageStore(*db).search(QStringLiteral("zebra order"), 0, 1000);
    QVERIFY(hits);
    QCOMPARE(hits->size(), zebras);
    for (int i = 1; i < hits->size(); ++i)
        QVERIFY(hits->at(i - 1).messageId > hits->at(i).messageId);
    QVERIFY(hits->first().snippet.contains(SearchHit::kMatchStart + QStringLiteral("zebra")
                                           + SearchHit::kMatchEnd));

    ContactStore contacts(*db);
    auto people = contacts.search(QStringLiteral("jurgen weiß"), 10);
    QVERIFY(people);
    QCOMPARE(people->size(), 1);
    QCOMPARE(people->first().e164, QStringLiteral("+4930123456"));
    people = contacts.search(QStringLiteral("okeke"), 10);
    QVERIFY(people);
    QCOMPARE(people->size(), 1);
    people = contacts.search(QStringLiteral("7400 123"), 10);
    QVERIFY(people);
    QCOMPARE(people->size(), 1);
    QCOMPARE(people->first().e164, QStringLiteral("+447400123456"));

    for (const char *index : { "message_fts", "contact_fts" }) {
        auto check = test::checkFullTextIndex(*db, QLatin1String(index));
        QVERIFY2(check, qPrintable(QLatin1String(index) + QStringLiteral(": ") + details(check)));
    }
    // The importer skips per-row foreign-key lookups; what it wrote must still be consistent,
    // and the connection must enforce them again afterwards.
    QCOMPARE(test::foreignKeyViolations(*db), QStringList());
    QCOMPARE(test::rows(*db, QStringLiteral("PRAGMA foreign_keys")),
             QStringList { QStringLiteral("1") });
}

void TestBulkImporter::rerunSkipsEverything()
{
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    QVERIFY(importRows(*db, m_rows));
    const QStringList before = test::dumpTables(*db);

    qint64 inserted = -1;
    qint64 skipped = -1;
    auto s = importRows(*db, m_rows, &inserted, &skipped);
    QVERIFY2(s, qPrintable(details(s)));
    QCOMPARE(inserted, 0);
    QCOMPARE(skipped, kRows);
    QCOMPARE(test::dumpTables(*db), before);
}

void TestBulkImporter::interruptedImportCanBeRunAgain()
{
    test::TestCache fullCache;
    test::TestCache resumedCache;
    auto full = fullCache.open();
    auto resumed = resumedCache.open();
    QVERIFY(full && resumed);
    QVERIFY(importRows(*full, m_rows));

    qint64 inserted = -1;
    qint64 skipped = -1;
    QVERIFY(importRows(*resumed, m_rows.mid(0, 150)));
    auto s = importRows(*resumed, m_rows, &inserted, &skipped);
    QVERIFY2(s, qPrintable(details(s)));
    QCOMPARE(inserted, kRows - 150);
    QCOMPARE(skipped, 150);
    QVERIFY(idsFollowTime(*resumed));
    QCOMPARE(visibleState(*resumed), visibleState(*full));
    QCOMPARE(searchSids(*resumed, QStringLiteral("zebra")),
             searchSids(*full, QStringLiteral("zebra")));
}

void TestBulkImporter::cancelLeavesNothingBehind()
{
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    QVERIFY(importRows(*db, m_rows.mid(0, 50)));
    const QStringList before = test::dumpTables(*db);
    const QStringList zebrasBefore = searchSids(*db, QStringLiteral("zebra"));

    {
        BulkImporter importer(*db);
        QVERIFY(importer.begin());
        for (const ImportMessage &row : std::as_const(m_rows))
            QVERIFY(importer.add(row));
        importer.cancel();
        QVERIFY(!db->inTransaction());
    }
    QCOMPARE(test::dumpTables(*db), before);
    QCOMPARE(searchSids(*db, QStringLiteral("zebra")), zebrasBefore);

    // Going out of scope without finish() is a cancel too.
    {
        BulkImporter importer(*db);
        QVERIFY(importer.begin());
        for (const ImportMessage &row : std::as_const(m_rows))
            QVERIFY(importer.add(row));
    }
    QVERIFY(!db->inTransaction());
    QCOMPARE(test::dumpTables(*db), before);

    // And the cache goes on working.
    auto s = importRows(*db, m_rows);
    QVERIFY2(s, qPrintable(details(s)));
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT count(*) FROM messages")),
             QStringList { QString::number(kRows) });
}

void TestBulkImporter::importerCanBeReusedAfterCancel()
{
    test::TestCache reference;
    auto expected = reference.open();
    QVERIFY(expected);
    QVERIFY(importRows(*expected, m_rows));

    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    BulkImporter importer(*db);
    QVERIFY(importer.begin());
    for (const ImportMessage &row : m_rows.mid(0, 100))
        QVERIFY(importer.add(row));
    importer.cancel();

    // A retry with the same importer (after a full disk, say) starts from a clean slate.
    auto s = importer.begin();
    QVERIFY2(s, qPrintable(details(s)));
    for (const ImportMessage &row : std::as_const(m_rows)) {
        s = importer.add(row);
        QVERIFY2(s, qPrintable(details(s)));
    }
    s = importer.finish();
    QVERIFY2(s, qPrintable(details(s)));
    QCOMPARE(importer.inserted(), kRows);
    QCOMPARE(importer.skipped(), 0);
    QCOMPARE(visibleState(*db), visibleState(*expected));
}

void TestBulkImporter::repeatedRowsInOneImport_data()
{
    QTest::addColumn<int>("cachedBefore");
    QTest::newRow("into an empty cache") << 0;
    QTest::newRow("into a cache with rows") << 50;
}

void TestBulkImporter::repeatedRowsInOneImport()
{
    QFETCH(int, cachedBefore);
    test::TestCache reference;
    auto expected = reference.open();
    QVERIFY(expected);
    QVERIFY(importRows(*expected, m_rows));

    // The provider sent a page twice: rows 200 to 249 come again after row 299.
    QList<ImportMessage> rows = m_rows.mid(cachedBefore, 300 - cachedBefore);
    rows << m_rows.mid(200, 50) << m_rows.mid(300);
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    if (cachedBefore)
        QVERIFY(importRows(*db, m_rows.mid(0, cachedBefore)));
    qint64 inserted = -1;
    qint64 skipped = -1;
    auto s = importRows(*db, rows, &inserted, &skipped);
    QVERIFY2(s, qPrintable(details(s)));
    QCOMPARE(inserted, kRows - cachedBefore);
    QCOMPARE(skipped, 50);
    QCOMPARE(visibleState(*db), visibleState(*expected));
    QCOMPARE(searchSids(*db, QStringLiteral("zebra")),
             searchSids(*expected, QStringLiteral("zebra")));
    auto check = test::checkFullTextIndex(*db, QStringLiteral("message_fts"));
    QVERIFY2(check, qPrintable(details(check)));
}

void TestBulkImporter::failureMidwayLeavesCacheUnchanged_data()
{
    QTest::addColumn<bool>("realDiskFull");
    QTest::addColumn<int>("cachedBefore"); // rows already in the cache
    // SQLite's own SQLITE_FULL: the cache may not grow by more than a few pages.
    QTest::newRow("page limit") << true << 50;
    // Into an empty cache the importer drops and rebuilds indexes: they must come back too.
    QTest::newRow("page limit, empty cache") << true << 0;
    // The test seam: the first statement run through Database::exec from row 100 on fails.
    QTest::newRow("injected") << false << 50;
}

void TestBulkImporter::failureMidwayLeavesCacheUnchanged()
{
    QFETCH(bool, realDiskFull);
    QFETCH(int, cachedBefore);
    test::TestCache reference;
    auto expected = reference.open();
    QVERIFY(expected);
    QVERIFY(importRows(*expected, m_rows));

    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    if (cachedBefore)
        QVERIFY(importRows(*db, m_rows.mid(0, cachedBefore)));
    const QStringList before = test::dumpTables(*db);

    if (realDiskFull) {
        auto pages = db->scalar(QStringLiteral("PRAGMA page_count"));
        QVERIFY(pages);
        QVERIFY(db->execOnce(
            QStringLiteral("PRAGMA max_page_count = %1").arg(pages->toLongLong() + 3)));
    }
    BulkImporter importer(*db);
    QVERIFY(importer.begin());
    Status failed = success();
    int added = 0;
    for (int row = cachedBefore; row < kRows && failed; ++row) {
        if (!realDiskFull && row == 100)
            db->failNthExecForTesting(1);
        failed = importer.add(m_rows.at(row));
        added += failed.ok();
    }
    if (failed)
        failed = importer.finish();
    QVERIFY2(!failed, "the import should have failed");
    QCOMPARE(failed.error().kind(), StorageError::Kind::DiskFull);
    QVERIFY2(added > 0, "the import failed at once, not midway");
    importer.cancel();

    QVERIFY(!db->inTransaction());
    QCOMPARE(test::dumpTables(*db), before);

    // With room again, the same import simply runs again and completes.
    if (realDiskFull)
        QVERIFY(db->execOnce(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    qint64 inserted = -1;
    auto s = importRows(*db, m_rows, &inserted);
    QVERIFY2(s, qPrintable(details(s)));
    QCOMPARE(inserted, kRows - cachedBefore);
    QCOMPARE(visibleState(*db), visibleState(*expected));
}

void TestBulkImporter::idsStayUniqueWithinOneMillisecond()
{
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    QList<ImportMessage> burst;
    for (int i = 0; i < 1100; ++i) {
        ImportMessage row;
        row.contactE164 = kContacts[i % 2];
        row.inboxE164 = kInboxes[0];
        row.message.sid = QStringLiteral("B%1").arg(i);
        row.message.body = QStringLiteral("campaign reply %1").arg(i);
        row.message.status = QStringLiteral("received");
        row.message.createdAt = kBase;
        burst << row;
    }
    auto s = importRows(*db, burst);
    QVERIFY2(s, qPrintable(details(s)));
    QCOMPARE(test::rows(
                 *db, QStringLiteral("SELECT count(DISTINCT id), min(id), max(id) FROM messages")),
             QStringList { QStringLiteral("1100|%1|%2")
                               .arg(MessageId::first(kBase))
                               .arg(MessageId::first(kBase) + 1099) });
    // Ids follow the order of the rows.
    QCOMPARE(
        test::rows(*db,
                   QStringLiteral("SELECT count(*) FROM messages WHERE id <> %1 + substr(sid, 2)")
                       .arg(MessageId::first(kBase))),
        QStringList { QStringLiteral("0") });

    // The per-message path finds a free id beside them.
    const qint64 conversation = test::conversation(*db, kContacts[0], kInboxes[0]);
    MessageRecord late = test::message(conversation, QStringLiteral("LATE"), QStringLiteral("late"),
                                       Direction::Inbound, kBase);
    auto upserted = MessageStore(*db).upsert(late);
    QVERIFY2(upserted, qPrintable(upserted ? QString() : upserted.error().details()));
    QCOMPARE(late.id, MessageId::first(kBase) + 1100);
}

void TestBulkImporter::importedContactsCanBeRenamed()
{
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    QVERIFY(importRows(*db, m_rows.mid(0, 40)));
    ContactStore contacts(*db);
    // One imported with a name, one without.
    for (const QString &e164 : { kContacts[0], kContacts[1] }) {
        auto id = db->scalar(QStringLiteral("SELECT id FROM contacts WHERE e164 = ?"), { e164 });
        QVERIFY(id && id->toLongLong());
        auto s = contacts.setDisplayName(
            id->toLongLong(), QStringLiteral("Renamed Person%1").arg(id->toLongLong()), kBase);
        QVERIFY2(s, qPrintable(details(s)));
    }
    auto check = test::checkFullTextIndex(*db, QStringLiteral("contact_fts"));
    QVERIFY2(check, qPrintable(details(check)));
    auto hits = contacts.search(QStringLiteral("renamed"), 10);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 2);
    hits = contacts.search(QStringLiteral("lima"), 10);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 0);
}

void TestBulkImporter::sameConnectionWritesOnAfterAFirstImport_data()
{
    QTest::addColumn<bool>("besideAReader");
    QTest::newRow("alone") << false;
    QTest::newRow("beside a reader") << true;
}

void TestBulkImporter::sameConnectionWritesOnAfterAFirstImport()
{
    // The sync worker's connection imports a first sync and then goes on writing message by
    // message. The words' index of the import is built beside it and put in place at the end:
    // this connection must write into that index afterwards, although it had read the empty one
    // before (FTS5 keeps what it last read of an index's structure).
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    QCOMPARE(searchSids(*db, QStringLiteral("zebra")), QStringList());
    // The index is built beside the import, not after it as a fallback.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("full-text index")));
    QFETCH(bool, besideAReader);
    // A reader keeps the import in WAL (importWorksBesideAReader).
    auto gui = besideAReader ? cache.open(Database::Role::Reader) : nullptr;
    auto s = importRows(*db, m_rows);
    QVERIFY2(s, qPrintable(details(s)));
    const QStringList imported = searchSids(*db, QStringLiteral("zebra"));
    QVERIFY(imported.size() > 5);

    const qint64 conversation = test::conversation(*db, kContacts[0], kInboxes[0]);
    MessageRecord later = test::message(conversation, QStringLiteral("LATER"),
                                        QStringLiteral("one more zebra question"),
                                        Direction::Inbound, kBase + 100'000'000);
    auto upserted = MessageStore(*db).upsert(later);
    QVERIFY2(upserted, qPrintable(upserted ? QString() : upserted.error().details()));
    QCOMPARE(searchSids(*db, QStringLiteral("zebra")), QStringList { later.sid } + imported);
    auto check = test::checkFullTextIndex(*db, QStringLiteral("message_fts"));
    QVERIFY2(check, qPrintable(details(check)));
    // The index's settings survive (migration 3's token buffer), and another connection finds
    // the same.
    QCOMPARE(
        test::rows(*db, QStringLiteral("SELECT v FROM message_fts_config WHERE k = 'hashsize'")),
        QStringList { QStringLiteral("8388608") });
    auto reader = cache.open(Database::Role::Reader);
    QVERIFY(reader);
    QCOMPARE(searchSids(*reader, QStringLiteral("zebra")), QStringList { later.sid } + imported);
}

void TestBulkImporter::cacheIsBackInWalWithNothingLeftBeside()
{
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    const QString scratch = cache.path() + QStringLiteral("-fulltext");
    // An import that was killed left its scratch file behind: the next one starts afresh.
    {
        QFile leftover(scratch);
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("half an index");
    }
    const QStringList empty = test::dumpTables(*db);
    auto journal = [&] { return test::rows(*db, QStringLiteral("PRAGMA journal_mode")); };
    // What the import changes for its time, and must give back.
    auto settings = [&] {
        QStringList values;
        for (const char *pragma : { "temp_store", "cache_size", "threads", "foreign_keys" })
            values << test::rows(*db, QStringLiteral("PRAGMA ") + QLatin1String(pragma));
        return values;
    };
    const QStringList settingsBefore = settings();
    QCOMPARE(settingsBefore.first(), QStringLiteral("2")); // the connection sorts in memory

    {
        BulkImporter importer(*db);
        QVERIFY(importer.begin());
        for (const ImportMessage &row : std::as_const(m_rows))
            QVERIFY(importer.add(row));
        importer.cancel();
    }
    QCOMPARE(test::dumpTables(*db), empty);
    QVERIFY(!QFile::exists(scratch));
    QCOMPARE(journal(), QStringList { QStringLiteral("wal") });
    QVERIFY(db->isWal());
    QCOMPARE(settings(), settingsBefore);

    auto s = importRows(*db, m_rows);
    QVERIFY2(s, qPrintable(details(s)));
    QVERIFY(!QFile::exists(scratch));
    QVERIFY(!QFile::exists(cache.path() + QStringLiteral("-journal")));
    QCOMPARE(journal(), QStringList { QStringLiteral("wal") });
    QVERIFY(db->isWal());
    QCOMPARE(settings(), settingsBefore);
    auto check = test::checkFullTextIndex(*db, QStringLiteral("message_fts"));
    QVERIFY2(check, qPrintable(details(check)));
}

void TestBulkImporter::importWorksBesideAReader()
{
    // The GUI reads while the sync worker writes: then SQLite keeps WAL for the import.
    test::TestCache reference;
    auto expected = reference.open();
    QVERIFY(expected);
    QVERIFY(importRows(*expected, m_rows));

    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    auto reader = cache.open(Database::Role::Reader);
    QVERIFY(reader);
    QCOMPARE(searchSids(*reader, QStringLiteral("zebra")), QStringList());
    auto s = importRows(*db, m_rows);
    QVERIFY2(s, qPrintable(details(s)));
    QVERIFY(db->isWal());
    QCOMPARE(visibleState(*reader), visibleState(*expected));
    QCOMPARE(searchSids(*reader, QStringLiteral("zebra")),
             searchSids(*expected, QStringLiteral("zebra")));
}

void TestBulkImporter::killedImportLeavesTheCacheAsBefore()
{
    // The process dies (killed, a crash, a power cut) somewhere in an import into an empty cache,
    // which runs with the rollback journal and a scratch file beside the cache: the next start
    // finds the cache as it was, whole, in WAL, and the import simply runs again.
    const qint64 total = qint64(kRows) * kKillRounds;
    auto runChild = [](const QString &path, QProcess &child) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kChildVariable), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        return child.waitForStarted();
    };
    auto readLine = [](QProcess &child) {
        while (!child.canReadLine() && child.waitForReadyRead(30000)) { }
        return QString::fromLatin1(child.readLine()).trimmed();
    };

    // Where the child is when it is killed: a stage it announced, then a pause in milliseconds.
    const QList<std::pair<QString, int>> killPoints
        = { { QStringLiteral("begun"), 0 },      { QStringLiteral("begun"), 40 },
            { QStringLiteral("finishing"), 0 },  { QStringLiteral("finishing"), 20 },
            { QStringLiteral("finishing"), 60 }, { QStringLiteral("finishing"), 150 } };
    for (const auto &[stage, pauseMs] : killPoints) {
        const QString where = QStringLiteral("killed %1 ms after '%2'").arg(pauseMs).arg(stage);
        test::TestCache cache;
        QProcess child;
        QVERIFY2(runChild(cache.path(), child), qPrintable(where));
        QString line;
        while (!(line = readLine(child)).isEmpty() && line != stage) { }
        QCOMPARE(line, stage);
        QThread::msleep(pauseMs);
        child.kill();
        QVERIFY(child.waitForFinished(30000));

        auto db = cache.open();
        QVERIFY2(db, qPrintable(where));
        QCOMPARE(test::rows(*db, QStringLiteral("PRAGMA integrity_check")),
                 QStringList { QStringLiteral("ok") });
        QVERIFY2(db->isWal(), qPrintable(where));
        const QStringList count = test::rows(*db, QStringLiteral("SELECT count(*) FROM messages"));
        QVERIFY2(count == QStringList { QStringLiteral("0") }
                     || count == QStringList { QString::number(total) },
                 qPrintable(where + QStringLiteral(": ") + count.join(u',')));
        auto check = test::checkFullTextIndex(*db, QStringLiteral("message_fts"));
        QVERIFY2(check, qPrintable(where + QStringLiteral(": ") + details(check)));

        qint64 inserted = -1;
        auto s = importRows(*db, largeDataset(), &inserted);
        QVERIFY2(s, qPrintable(where + QStringLiteral(": ") + details(s)));
        QCOMPARE(test::rows(*db, QStringLiteral("SELECT count(*) FROM messages")),
                 QStringList { QString::number(total) });
        check = test::checkFullTextIndex(*db, QStringLiteral("message_fts"));
        QVERIFY2(check, qPrintable(where + QStringLiteral(": ") + details(check)));
        QVERIFY(!QFile::exists(cache.path() + QStringLiteral("-fulltext")));
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable))
        return runImportChild(qEnvironmentVariable(kChildVariable));
    TestBulkImporter test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestBulkImporter.moc"
