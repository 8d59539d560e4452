// A new desktop's first replica of the team store (issue 18), on a throw-away PostgreSQL started
// here (Debian's postgresql, as the tests do) and a real SQLite cache in a temporary folder:
//  1. the team store is filled as a gateway would have: N messages in M conversations, agents,
//     a note per conversation, and every conversation assigned AFTER its messages (so their
//     versions are newer and a first snapshot meets messages before their conversation: the
//     replica's slowest case, the rows wait in the cache until their conversation comes);
//  2. a new cache reads the feed from the start, page by page, as the follower does (with the
//     conversations its messages need read ahead), each page applied in one transaction with its
//     cursor: time reading PostgreSQL, time writing SQLite, messages/s;
//  3. then an incremental catch-up of K new messages.
//   ./dev.sh bench team_replica                    20,000 messages, 1,000 conversations
//   bench_team_replica --messages N --conversations M --page P --changes K
//   bench_team_replica --conversations-first       assigned before their messages: nothing waits
//   bench_team_replica --no-prefetch               messages wait in the cache for their
//                                                  conversation instead of reading it ahead
//   bench_team_replica --smoke                     a small run: checks the benchmark itself works
#include "PostgresServer.h"
#include "storage/Database.h"
#include "team/TeamAddress.h"
#include "team/TeamFeed.h"
#include "team/TeamReplica.h"
#include "team/TeamSchema.h"
#include "team/TeamSql.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace textdesk;
using namespace textdesk::team;

namespace {

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_team_replica: %s\n", qPrintable(what));
    std::exit(2);
}

void exec(const QSqlDatabase &db, const QString &sql)
{
    if (auto done = teamExec(db, sql); !done)
        fail(sql + QStringLiteral(": ") + done.error().message());
}

void fill(const QSqlDatabase &db, int messages, int conversations, bool assignFirst)
{
    exec(db,
         QStringLiteral("INSERT INTO agents (name, login, role) SELECT 'Agent ' || g, 'agent' || "
                        "g, 'agent' FROM generate_series(1, 5) g"));
    exec(db,
         QStringLiteral("INSERT INTO conversations (customer, our_number) SELECT '+1555' || "
                        "lpad(g::text, 7, '0'), '+15550009999' FROM generate_series(1, %1) g")
             .arg(conversations));
    const QString assign = QStringLiteral(
        "UPDATE conversations SET assignee_id = 1 + id % 5, status = CASE WHEN id % 3 = 0 THEN "
        "'closed' ELSE 'open' END");
    if (assignFirst)
        exec(db, assign);
    // Alternating inbound and outbound, a minute apart, spread over the conversations.
    exec(db,
         QStringLiteral(
             "INSERT INTO messages (conversation_id, sid, direction, body, status, agent_id, "
             "created_at, updated_at) SELECT c.id, 'SM' || lpad(g::text, 32, '0'), CASE WHEN g "
             "% 2 = 0 THEN 'inbound' ELSE 'outbound' END, 'Message number ' || g || ' about "
             "order ' || (g * 7919 % 100000), CASE WHEN g % 2 = 0 THEN 'received' ELSE "
             "'delivered' END, CASE WHEN g % 2 = 0 THEN NULL ELSE 1 + g % 5 END, timestamptz "
             "'2026-01-01 00:00:00+00' + g * interval '1 minute', now() FROM generate_series(1, "
             "%1) g JOIN conversations c ON c.id = (SELECT min(id) FROM conversations) + g % %2")
             .arg(messages)
             .arg(conversations));
    exec(db,
         QStringLiteral("INSERT INTO notes (conversation_id, agent_id, client_id, body) SELECT "
                        "id, 1, 'note-' || id, 'Called the customer back' FROM conversations"));
    if (!assignFirst)
        exec(db, assign);
}

struct Drained
{
    qint64 rows = 0;
    int pages = 0;
    qint64 readMs = 0;
    qint64 firstReadMs = -1; // the first page's read, and the slowest one's
    qint64 slowestReadMs = 0;
    qint64 writeMs = 0;
    qint64 peakWaiting = 0;
};

Drained drain(const QSqlDatabase &team, Database &cache, int pageRows, bool prefetch)
{
    Drained out;
    QElapsedTimer timer;
    for (;;) {
        auto at = TeamReplica::cursor(cache);
        if (!at)
            fail(at.error().details());
        timer.start();
        auto page = TeamFeed::read(team, *at, pageRows);
        if (!page)
            fail(page.error().message());
        out.rows += page->rows.size(); // the feed's rows, not the conversations read ahead
        if (prefetch) {
            if (auto added = TeamReplica::addMissingConversations(team, cache, *page); !added)
                fail(added.error().message());
        }
        const qint64 readMs = timer.elapsed();
        out.readMs += readMs;
        if (out.firstReadMs < 0)
            out.firstReadMs = readMs;
        out.slowestReadMs = std::max(out.slowestReadMs, readMs);
        timer.start();
        auto applied = TeamReplica::apply(cache, *page, 1'700'000'000'000);
        if (!applied)
            fail(applied.error().details());
        out.writeMs += timer.elapsed();
        out.pages += 1;
        out.peakWaiting = std::max(out.peakWaiting, applied->waiting);
        if (!page->more)
            return out;
    }
}

qint64 cacheCount(Database &cache, const QString &sql)
{
    auto value = cache.scalar(sql);
    if (!value)
        fail(value.error().details());
    return value->toLongLong();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
                                            QStringLiteral("messages in the team store"),
                                            QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption conversationsOption(QStringLiteral("conversations"),
                                                 QStringLiteral("conversations"),
                                                 QStringLiteral("M"), QStringLiteral("1000"));
    const QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("rows per page"),
                                        QStringLiteral("P"),
                                        QString::number(TeamReplica::kPageRows));
    const QCommandLineOption changesOption(QStringLiteral("changes"),
                                           QStringLiteral("new messages caught up after"),
                                           QStringLiteral("K"), QStringLiteral("100"));
    const QCommandLineOption firstOption(
        QStringLiteral("conversations-first"),
        QStringLiteral("assign the conversations before their messages are written (no row "
                       "waits for its conversation)"));
    const QCommandLineOption noPrefetchOption(
        QStringLiteral("no-prefetch"),
        QStringLiteral("let messages wait for their conversation in the cache rather than "
                       "reading it ahead (TeamReplica::addMissingConversations)"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"), QStringLiteral("a small run"));
    parser.addOptions({ messagesOption, conversationsOption, pageOption, changesOption, firstOption,
                        noPrefetchOption, smokeOption });
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const int messages = smoke ? 300 : parser.value(messagesOption).toInt();
    const int conversations = smoke ? 20 : parser.value(conversationsOption).toInt();
    const int pageRows = smoke ? 50 : parser.value(pageOption).toInt();
    const int changes = smoke ? 10 : parser.value(changesOption).toInt();
    if (messages <= 0 || conversations <= 0 || pageRows <= 0 || changes < 0)
        fail(QStringLiteral("--messages, --conversations and --page must be positive"));

    test::PostgresServer server;
    QString why;
    if (!server.start(&why))
        fail(why);
    auto address = TeamAddress::parse(server.adminUrl());
    if (!address)
        fail(address.error().message());
    TeamConnection team;
    if (auto opened = team.open(*address, QString()); !opened)
        fail(opened.error().message());
    if (auto migrated = TeamSchema::migrate(team.database()); !migrated)
        fail(migrated.error().message());

    QElapsedTimer timer;
    timer.start();
    fill(team.database(), messages, conversations, parser.isSet(firstOption));
    std::printf("team store: %d messages, %d conversations, %d notes, 5 agents (filled in %lld "
                "ms)\n",
                messages, conversations, conversations, qint64(timer.elapsed()));

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("cache.db")), Database::Role::Writer);
    if (!opened)
        fail(opened.error().details());
    Database &cache = **opened;

    timer.start();
    const Drained first = drain(team.database(), cache, pageRows, !parser.isSet(noPrefetchOption));
    const qint64 firstMs = timer.elapsed();
    const qint64 inCache = cacheCount(cache, QStringLiteral("SELECT count(*) FROM messages"));
    if (inCache != messages + conversations)
        fail(QStringLiteral("the cache holds %1 messages and notes, not %2")
                 .arg(inCache)
                 .arg(messages + conversations));
    std::printf("first replica: %lld rows in %d pages of %d: %lld ms (reading PostgreSQL %lld ms, "
                "writing SQLite %lld ms), %.0f messages/s; at most %lld rows waited for their "
                "conversation; a page read in %lld ms first, %lld ms at the slowest\n",
                first.rows, first.pages, pageRows, firstMs, first.readMs, first.writeMs,
                firstMs > 0 ? double(messages) * 1000.0 / double(firstMs) : 0.0, first.peakWaiting,
                first.firstReadMs, first.slowestReadMs);

    exec(team.database(),
         QStringLiteral("INSERT INTO messages (conversation_id, sid, direction, body, status) "
                        "SELECT (SELECT min(id) FROM conversations) + g % %1, 'SMnew' || g, "
                        "'inbound', 'A new question ' || g, 'received' FROM generate_series(1, "
                        "%2) g")
             .arg(conversations)
             .arg(changes));
    timer.start();
    const Drained next = drain(team.database(), cache, pageRows, !parser.isSet(noPrefetchOption));
    std::printf("catch-up: %lld new rows in %lld ms (reading %lld ms, writing %lld ms)\n",
                next.rows, qint64(timer.elapsed()), next.readMs, next.writeMs);
    return 0;
}
