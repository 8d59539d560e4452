// Storage benchmark (issue: foundation). Generates a support history, imports it through
// BulkImporter and, in the same run, through the raw sqlite3 C API into tables with no secondary
// index and no full-text index (the floor no import can beat); then times the reads the app does
// most: a thread's newest page, the inbox's first page, full-text search.
//
//   ./dev.sh bench                      1,000,000 messages in 100,000 conversations
//   ./dev.sh bench --messages 200000 --conversations 20000 --big-thread 10000
//   ./dev.sh bench --smoke              small and quick: checks the benchmark itself works

#include "BenchData.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/Directory.h"
#include "storage/MessageStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include <cstdio>
#include <sqlite3.h>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace textdesk;

namespace {

// Writes back whatever earlier work left in the page cache, so that a timed import does not pay
// for it.
void flushDisk()
{
#ifdef Q_OS_UNIX
    ::sync();
#endif
}

void die(const QString &what)
{
    std::fprintf(stderr, "bench_storage: %s\n", qPrintable(what));
    std::exit(1);
}

void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what),
                                         QString::fromUtf8(sqlite3_errmsg(db))));
}

void bindText(sqlite3_stmt *stmt, int index, const QString &text)
{
    if (text.isEmpty())
        sqlite3_bind_null(stmt, index);
    else
        sqlite3_bind_text16(stmt, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void bindNumber(sqlite3_stmt *stmt, int index, qint64 value)
{
    if (value)
        sqlite3_bind_int64(stmt, index, value);
    else
        sqlite3_bind_null(stmt, index);
}

// The floor: the same rows through the C API, tables with their primary keys only, in one
// transaction with the rollback journal: for a transaction this size it is faster than WAL (at
// 1M messages 3.5 s against 4.1 s here), as it is for the BulkImporter, which uses it too.
// withIndexes: also build, in the same transaction, the indexes and the full-text index the
// cache needs (by sort and in one pass, the cheapest way the C API allows). Not the floor: a
// reference for how much of the gap to the floor is SQLite's own indexing work.
double importFloor(const QString &path, const bench::Workload &w, bool withIndexes = false)
{
    sqlite3 *db = nullptr;
    check(sqlite3_open(QFile::encodeName(path).constData(), &db), db, "open");
    const char *schema
        = "PRAGMA journal_mode=DELETE; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-16000;"
          "CREATE TABLE inboxes (id INTEGER PRIMARY KEY, e164 TEXT NOT NULL, created_at INTEGER "
          "NOT NULL);"
          "CREATE TABLE contacts (id INTEGER PRIMARY KEY, e164 TEXT NOT NULL, created_at INTEGER "
          "NOT NULL, updated_at INTEGER NOT NULL);"
          "CREATE TABLE conversations (id INTEGER PRIMARY KEY, contact_id INTEGER NOT NULL, "
          "inbox_id INTEGER NOT NULL, last_activity_at INTEGER NOT NULL, created_at INTEGER NOT "
          "NULL);"
          "CREATE TABLE messages (id INTEGER PRIMARY KEY, conversation_id INTEGER NOT NULL, sid "
          "TEXT, client_id TEXT, direction TEXT NOT NULL, body TEXT NOT NULL, status TEXT NOT "
          "NULL, error_code INTEGER, error_message TEXT, num_segments INTEGER NOT NULL, encoding "
          "TEXT, num_media INTEGER NOT NULL, author_id INTEGER, created_at INTEGER NOT NULL, "
          "sent_at INTEGER, delivered_at INTEGER, read_at INTEGER, updated_at INTEGER NOT NULL);";
    check(sqlite3_exec(db, schema, nullptr, nullptr, nullptr), db, "schema");

    QElapsedTimer timer;
    timer.start();
    check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db, "begin");
    sqlite3_stmt *inbox = nullptr, *contact = nullptr, *conversation = nullptr, *message = nullptr;
    check(sqlite3_prepare_v2(db, "INSERT INTO inboxes VALUES (?, ?, ?)", -1, &inbox, nullptr), db,
          "prepare");
    check(sqlite3_prepare_v2(db, "INSERT INTO contacts VALUES (?, ?, ?, ?)", -1, &contact, nullptr),
          db, "prepare");
    check(sqlite3_prepare_v2(db, "INSERT INTO conversations VALUES (?, ?, ?, ?, ?)", -1,
                             &conversation, nullptr),
          db, "prepare");
    check(sqlite3_prepare_v2(
              db,
              "INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              -1, &message, nullptr),
          db, "prepare");
    QHash<QString, qint64> inboxes, contacts;
    QHash<QPair<qint64, qint64>, qint64> conversations;
    qint64 lastId = 0;
    for (const ImportMessage &row : w.rows) {
        qint64 inboxId = inboxes.value(row.inboxE164);
        if (!inboxId) {
            inboxId = inboxes.size() + 1;
            inboxes.insert(row.inboxE164, inboxId);
            sqlite3_bind_int64(inbox, 1, inboxId);
            bindText(inbox, 2, row.inboxE164);
            sqlite3_bind_int64(inbox, 3, 1);
            check(sqlite3_step(inbox), db, "inbox");
            sqlite3_reset(inbox);
        }
        qint64 contactId = contacts.value(row.contactE164);
        if (!contactId) {
            contactId = contacts.size() + 1;
            contacts.insert(row.contactE164, contactId);
            sqlite3_bind_int64(contact, 1, contactId);
            bindText(contact, 2, row.contactE164);
            sqlite3_bind_int64(contact, 3, 1);
            sqlite3_bind_int64(contact, 4, 1);
            check(sqlite3_step(contact), db, "contact");
            sqlite3_reset(contact);
        }
        qint64 conversationId = conversations.value({ contactId, inboxId });
        if (!conversationId) {
            conversationId = conversations.size() + 1;
            conversations.insert({ contactId, inboxId }, conversationId);
            sqlite3_bind_int64(conversation, 1, conversationId);
            sqlite3_bind_int64(conversation, 2, contactId);
            sqlite3_bind_int64(conversation, 3, inboxId);
            sqlite3_bind_int64(conversation, 4, 0);
            sqlite3_bind_int64(conversation, 5, 1);
            check(sqlite3_step(conversation), db, "conversation");
            sqlite3_reset(conversation);
        }
        const MessageRecord &m = row.message;
        const qint64 id = std::max(MessageId::first(m.createdAt), lastId + 1);
        lastId = id;
        sqlite3_bind_int64(message, 1, id);
        sqlite3_bind_int64(message, 2, conversationId);
        bindText(message, 3, m.sid);
        bindText(message, 4, m.clientId);
        sqlite3_bind_text(message, 5, m.direction == Direction::Inbound ? "inbound" : "outbound",
                          -1, SQLITE_STATIC);
        bindText(message, 6, m.body);
        bindText(message, 7, m.status);
        bindNumber(message, 8, m.errorCode);
        bindText(message, 9, m.errorMessage);
        sqlite3_bind_int64(message, 10, m.numSegments);
        bindText(message, 11, m.encoding);
        sqlite3_bind_int64(message, 12, m.numMedia);
        bindNumber(message, 13, m.authorId);
        sqlite3_bind_int64(message, 14, m.createdAt);
        bindNumber(message, 15, m.sentAt);
        bindNumber(message, 16, m.deliveredAt);
        bindNumber(message, 17, m.readAt);
        sqlite3_bind_int64(message, 18, m.updatedAt);
        check(sqlite3_step(message), db, "message");
        sqlite3_reset(message);
    }
    for (sqlite3_stmt *s : { inbox, contact, conversation, message })
        sqlite3_finalize(s);
    if (withIndexes) {
        std::printf("  reference: rows in %.2f s\n", double(timer.nsecsElapsed()) / 1e9);
        const char *indexes
            = "CREATE UNIQUE INDEX messages_by_sid ON messages(sid);"
              "CREATE INDEX messages_by_conversation ON messages(conversation_id, id);"
              "CREATE VIRTUAL TABLE message_fts USING fts5(body, content='messages', "
              "content_rowid='id',"
              " tokenize='unicode61 remove_diacritics 2', columnsize=0);"
              "INSERT INTO message_fts(message_fts, rank) VALUES ('hashsize', 67108864);"
              "INSERT INTO message_fts(rowid, body) SELECT id, body FROM messages;";
        check(sqlite3_exec(db, indexes, nullptr, nullptr, nullptr), db, "indexes");
        std::printf("  reference: rows, indexes and FTS in %.2f s\n",
                    double(timer.nsecsElapsed()) / 1e9);
    }
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    return seconds;
}

template<typename F> bench::Percentiles timeIt(int iterations, F &&body)
{
    std::vector<double> samples;
    samples.reserve(iterations);
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        timer.start();
        body();
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return bench::percentiles(std::move(samples));
}

qint64 fileBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

int failures = 0;
void report(const char *what, const QString &value, bool met, const char *target)
{
    std::printf("  %-52s %18s   %s %s\n", what, qPrintable(value), met ? "met   " : "MISSED",
                target);
    if (!met)
        ++failures;
}

} // namespace

int main(int argc, char **argv)
{
    // The library as the app sets it up, for the floor as for the BulkImporter.
    Database::configureLibrary();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Textdesk storage benchmark"));
    parser.addHelpOption();
    QCommandLineOption messagesOpt(QStringLiteral("messages"),
                                   QStringLiteral("Messages to generate."), QStringLiteral("N"),
                                   QStringLiteral("1000000"));
    QCommandLineOption conversationsOpt(QStringLiteral("conversations"),
                                        QStringLiteral("Conversations."), QStringLiteral("N"),
                                        QStringLiteral("100000"));
    QCommandLineOption bigOpt(QStringLiteral("big-thread"),
                              QStringLiteral("Messages in the longest thread."),
                              QStringLiteral("N"), QStringLiteral("50000"));
    QCommandLineOption dirOpt(QStringLiteral("dir"),
                              QStringLiteral("Folder for the caches (default: a temporary one)."),
                              QStringLiteral("DIR"));
    QCommandLineOption runsOpt(QStringLiteral("runs"),
                               QStringLiteral("Import runs; medians are reported."),
                               QStringLiteral("N"), QStringLiteral("3"));
    QCommandLineOption smokeOpt(
        QStringLiteral("smoke"),
        QStringLiteral("A small run that checks the benchmark works; targets are not judged."));
    parser.addOptions({ messagesOpt, conversationsOpt, bigOpt, dirOpt, runsOpt, smokeOpt });
    parser.process(app);
    const bool smoke = parser.isSet(smokeOpt);
    const qint64 messages = smoke ? 20000 : parser.value(messagesOpt).toLongLong();
    const qint64 conversations = smoke ? 2000 : parser.value(conversationsOpt).toLongLong();
    const qint64 bigThread = smoke ? 5000 : parser.value(bigOpt).toLongLong();
    const int runs = smoke ? 1 : std::max(1, parser.value(runsOpt).toInt());

    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOpt) ? parser.value(dirOpt) : temp.path();
    const QString floorPath = dir + QStringLiteral("/floor.sqlite");
    const QString cachePath = dir + QStringLiteral("/cache.sqlite");
    std::printf("Textdesk storage benchmark: %lld messages in %lld conversations (longest thread "
                "%lld), SQLite %s\n",
                messages, conversations, bigThread, sqlite3_libversion());
    QElapsedTimer timer;
    timer.start();
    const bench::Workload w = bench::generate(messages, conversations, bigThread, 20261127);
    std::printf("  generated in %.1f s\n", double(timer.elapsed()) / 1000);

    // Each run imports the same rows into fresh files, the floor first; the figures are medians.
    // The reference: the same rows through the C API again, ending with the indexes and FTS.
    const QString indexedPath = dir + QStringLiteral("/floor-indexed.sqlite");
    std::vector<double> floorTimes, importTimes, ratios, referenceTimes;
    for (int run = 0; run < runs; ++run) {
        for (const QString &p : { floorPath, cachePath })
            for (const QString &suffix :
                 { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
                QFile::remove(p + suffix);
        // Every timed import starts with the disk idle: none pays for writing back what the one
        // before it left in the page cache.
        flushDisk();
        const double floorSeconds = importFloor(floorPath, w);
        flushDisk();
        auto opened = Database::open(cachePath, Database::Role::Writer);
        if (!opened)
            die(opened.error().details());
        std::unique_ptr<Database> db = std::move(*opened);
        timer.start();
        {
            BulkImporter importer(*db);
            if (auto s = importer.begin(); !s)
                die(s.error().details());
            for (const ImportMessage &row : w.rows) {
                if (auto s = importer.add(row); !s)
                    die(s.error().details());
            }
            if (auto s = importer.finish(); !s)
                die(s.error().details());
            if (importer.inserted() != messages)
                die(QStringLiteral("imported %1 of %2 messages")
                        .arg(importer.inserted())
                        .arg(messages));
        }
        const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
        std::printf("  run %d: floor %.2f s, BulkImporter %.2f s, ratio %.1f %%\n", run + 1,
                    floorSeconds, importSeconds, 100 * floorSeconds / importSeconds);
        floorTimes.push_back(floorSeconds);
        importTimes.push_back(importSeconds);
        ratios.push_back(floorSeconds / importSeconds);
        if (auto s = db->execOnce(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !s)
            die(s.error().details());
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(indexedPath + suffix);
        flushDisk();
        referenceTimes.push_back(importFloor(indexedPath, w, true));
    }
    const double floorSeconds = bench::percentiles(floorTimes).median;
    const double importSeconds = bench::percentiles(importTimes).median;
    const double indexedSeconds = bench::percentiles(referenceTimes).median;

    auto reader = Database::open(cachePath, Database::Role::Reader);
    if (!reader)
        die(reader.error().details());
    MessageStore store(**reader);
    auto big = (*reader)->scalar(QStringLiteral("SELECT c.id FROM conversations c JOIN contacts ct "
                                                "ON ct.id = c.contact_id WHERE ct.e164 = ?"),
                                 { w.bigThreadE164 });
    if (!big || big->isNull())
        die(QStringLiteral("the long thread is missing"));
    const qint64 bigId = big->toLongLong();

    // Correctness before speed: each read returns what it should.
    auto thread = store.threadPage(bigId, 0, 50);
    auto inbox = store.inboxPage({}, std::nullopt, 50);
    auto common = store.search(QStringLiteral("order"), 0, 50);
    auto phrase = store.search(QStringLiteral("\"tracking number\""), 0, 50);
    if (!thread || thread->size() != 50 || !inbox || inbox->size() != 50 || !common
        || common->size() != 50 || !phrase || phrase->isEmpty())
        die(QStringLiteral("a read returned the wrong number of rows"));
    for (qsizetype i = 1; i < common->size(); ++i)
        if (common->at(i).messageId >= common->at(i - 1).messageId)
            die(QStringLiteral("search results are not newest first"));

    const int iterations = smoke ? 20 : 300;
    const auto threadTime = timeIt(iterations, [&] { (void)store.threadPage(bigId, 0, 50); });
    const auto inboxTime = timeIt(iterations, [&] { (void)store.inboxPage({}, std::nullopt, 50); });
    const auto unreadTime = timeIt(iterations, [&] { (void)Directory::unreadTotal(**reader); });
    const auto wordTime
        = timeIt(smoke ? 10 : 60, [&] { (void)store.search(QStringLiteral("order"), 0, 50); });
    const auto phraseTime = timeIt(
        smoke ? 10 : 60, [&] { (void)store.search(QStringLiteral("\"tracking number\""), 0, 50); });
    auto matches = (*reader)->scalar(
        QStringLiteral("SELECT count(*) FROM message_fts WHERE message_fts MATCH 'order'"));

    const double floorRate = double(messages) / floorSeconds;
    const double importRate = double(messages) / importSeconds;
    const double ratio = bench::percentiles(ratios).median;
    const double bytesPerMessage = double(fileBytes(cachePath)) / double(messages);

    std::printf("\nResults (%s)\n",
                smoke ? "smoke run: targets not judged" : "targets from the foundation issue");
    std::printf("  %-52s %18.0f\n", "raw sqlite3 C API floor, messages/s (median)", floorRate);
    std::printf("  %-52s %18.0f\n", "BulkImporter (indexes+FTS+conversations), msg/s (median)",
                importRate);
    std::printf("  %-52s %18.0f\n", "raw C API + same indexes and FTS (reference, median)",
                double(messages) / indexedSeconds);
    std::printf("  %-52s %16.1f %%\n", "BulkImporter / that reference",
                100 * indexedSeconds / importSeconds);
    report("import rate / floor (median of runs)",
           QStringLiteral("%1 %").arg(ratio * 100, 0, 'f', 1), ratio >= 0.40, ">= 40 %");
    report("newest 50 of the long thread, p95 ms",
           QStringLiteral("%1 (median %2)")
               .arg(threadTime.p95, 0, 'f', 3)
               .arg(threadTime.median, 0, 'f', 3),
           threadTime.p95 <= 5, "<= 5 ms");
    report("first inbox page (50), p95 ms",
           QStringLiteral("%1 (median %2)")
               .arg(inboxTime.p95, 0, 'f', 3)
               .arg(inboxTime.median, 0, 'f', 3),
           inboxTime.p95 <= 1, "<= 1 ms");
    std::printf("  %-52s %18s\n", "unread total (window title), p95 ms",
                qPrintable(QStringLiteral("%1 (median %2)")
                               .arg(unreadTime.p95, 0, 'f', 3)
                               .arg(unreadTime.median, 0, 'f', 3)));
    report(qPrintable(QStringLiteral("search 'order' (%1 matches), p95 ms")
                          .arg(matches ? matches->toLongLong() : -1)),
           QStringLiteral("%1 (median %2)")
               .arg(wordTime.p95, 0, 'f', 2)
               .arg(wordTime.median, 0, 'f', 2),
           wordTime.p95 <= 50, "<= 50 ms");
    report("search \"tracking number\", p95 ms",
           QStringLiteral("%1 (median %2)")
               .arg(phraseTime.p95, 0, 'f', 2)
               .arg(phraseTime.median, 0, 'f', 2),
           phraseTime.p95 <= 50, "<= 50 ms");
    report("bytes per message on disk (all tables + indexes)",
           QString::number(bytesPerMessage, 'f', 0), bytesPerMessage <= 400, "<= 400");
    std::printf("  %-52s %18.1f\n", "floor import, s", floorSeconds);
    std::printf("  %-52s %18.1f\n", "BulkImporter import, s", importSeconds);
    std::printf("  %-52s %18.1f\n", "cache size, MB", double(fileBytes(cachePath)) / 1e6);
    return smoke ? 0 : (failures ? 1 : 0);
}
