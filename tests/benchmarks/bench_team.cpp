// The team store on PostgreSQL (issue 18), on a throw-away server started here (Debian's
// postgresql, as the tests do):
//  1. claims: N agents on N connections take "the next waiting conversation" from one queue of M
//     until it is empty, all at once: claimed twice (must be 0), left unclaimed (must be 0), time.
//  2. change propagation: while the agents add notes in the background (each every 200 ms), one
//     desktop renames a contact every 50 ms; another desktop's listener (LISTEN/NOTIFY) wakes its
//     feed reader, which reads what changed since its cursor. Commit → row read, p50/p95/p99,
//     measured after the reader's first catch-up (printed on its own), and where slow ones
//     waited.
//     (The replica's SQLite write after it is not included yet: see docs/team.md.)
//  3. the gateway's first sync: M messages (default 1,000,000) in its cache, published into
//     PostgreSQL by TeamPublisher (multi-row upserts): messages/s.
//   ./dev.sh bench team                     50 agents, 10,000 conversations, 300 changes
//   bench_team --agents N --conversations M --changes K --first-sync M
//   bench_team --only claims|propagation|first-sync   one part (repeatable)
//   bench_team --smoke                      a small run: checks the benchmark itself works
#include "BenchData.h"
#include "PostgresServer.h"
#include "core/Clock.h"
#include "team/TeamAddress.h"
#include "team/TeamAgents.h"
#include "team/TeamAssignment.h"
#include "team/TeamFeed.h"
#include "team/TeamListener.h"
#include "team/TeamPublisher.h"
#include "team/TeamSchema.h"
#include "team/TeamSql.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QMutex>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>

using namespace textdesk;
using namespace textdesk::team;

namespace {

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_team: %s\n", qPrintable(what));
    std::exit(2);
}

TeamAddress parsed(const QString &url)
{
    auto address = TeamAddress::parse(url);
    if (!address)
        fail(address.error().message());
    return *address;
}

void exec(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {})
{
    if (auto done = teamExec(db, sql, values); !done)
        fail(sql + QStringLiteral(": ") + done.error().message());
}

qint64 percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

struct Agent
{
    QString login;
    QString password;
    qint64 id = 0;
};

void claimRace(const test::PostgresServer &server, const QSqlDatabase &admin,
               const QList<Agent> &agents, int conversations)
{
    exec(admin,
         QStringLiteral("INSERT INTO conversations (customer, our_number, waiting_since) SELECT "
                        "'+1555' || lpad(g::text, 7, '0'), '+15550000001', now() - g * "
                        "interval '1 s' FROM generate_series(1, ?) g"),
         { conversations });
    QMutex mutex;
    QList<qint64> taken;
    std::atomic<int> failures { 0 };
    std::atomic<int> ready { 0 };
    std::atomic<bool> go { false };
    QList<QThread *> threads;
    for (const Agent &agent : agents) {
        const TeamAddress where = parsed(server.loginUrl(agent.login));
        const QString password = agent.password;
        threads << QThread::create([&, where, password] {
            TeamConnection connection;
            if (!connection.open(where, password)) {
                ++failures;
                ++ready;
                return;
            }
            ++ready;
            while (!go.load())
                QThread::yieldCurrentThread();
            QList<qint64> mine;
            for (;;) {
                auto next = TeamAssignment::takeNext(connection.database());
                if (!next) {
                    ++failures;
                    break;
                }
                if (!next->done)
                    break;
                mine << next->conversationId;
            }
            QMutexLocker lock(&mutex);
            taken += mine;
        });
    }
    for (QThread *thread : threads)
        thread->start();
    while (ready.load() < agents.size())
        QThread::msleep(5);
    QElapsedTimer timer;
    timer.start();
    go = true;
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    const qint64 ms = timer.elapsed();
    const QSet<qint64> distinct(taken.cbegin(), taken.cend());
    auto left = teamExec(admin,
                         QStringLiteral("SELECT count(*) FROM conversations WHERE "
                                        "assignee_id IS NULL AND status = 'waiting'"));
    const int unclaimed = left && left->next() ? left->value(0).toInt() : -1;
    std::printf("claims: %d agents, %d conversations: %lld ms (%.0f claims/s); claimed twice: "
                "%lld; left unclaimed: %d; errors: %d\n",
                int(agents.size()), conversations, ms,
                conversations * 1000.0 / std::max<qint64>(1, ms),
                qint64(taken.size() - distinct.size()), unclaimed, failures.load());
    if (taken.size() != distinct.size() || unclaimed != 0 || failures.load() != 0)
        std::exit(1);
}

void propagation(const test::PostgresServer &server, const QSqlDatabase &admin,
                 const QList<Agent> &agents, int changes)
{
    exec(admin, QStringLiteral("INSERT INTO contacts (phone, name) VALUES ('+15559990000', 'x')"));
    QElapsedTimer clock;
    clock.start();
    QMutex mutex;
    QHash<int, qint64> seenAt; // change number → when the reader had it
    QList<qint64> readsAt; // when the reader woke and read the feed
    std::atomic<bool> stop { false };
    std::atomic<qint64> caughtUpAt { -1 }; // the reader's first drain finished (ms)

    // Background: every agent adds a note every 200 ms to the conversation it holds.
    QList<QThread *> background;
    for (const Agent &agent : agents) {
        const TeamAddress where = parsed(server.loginUrl(agent.login));
        const QString password = agent.password;
        background << QThread::create([&stop, where, password] {
            TeamConnection connection;
            if (!connection.open(where, password))
                return;
            auto held = teamExec(connection.database(),
                                 QStringLiteral("SELECT id FROM conversations WHERE assignee_id "
                                                "= textdesk_agent_id() LIMIT 1"));
            if (!held || !held->next())
                return;
            const qint64 conversation = held->value(0).toLongLong();
            for (int i = 0; !stop.load(); ++i) {
                (void)teamExec(connection.database(),
                               QStringLiteral("INSERT INTO notes (conversation_id, client_id, "
                                              "body) VALUES (?, gen_random_uuid()::text, ?)"),
                               { conversation, QStringLiteral("note %1").arg(i) });
                QThread::msleep(200);
            }
        });
    }
    for (QThread *thread : background)
        thread->start();

    // The other desktop: a listener and a feed reader on one thread with an event loop.
    QThread desktop;
    auto *listener = new TeamListener(parsed(server.adminUrl()), QString(), Clock::system());
    listener->moveToThread(&desktop);
    auto *reader = new QObject;
    reader->moveToThread(&desktop);
    auto connection = std::make_shared<TeamConnection>();
    auto cursor = std::make_shared<FeedCursor>();
    QObject::connect(&desktop, &QThread::finished, listener, &QObject::deleteLater);
    QObject::connect(&desktop, &QThread::finished, reader, &QObject::deleteLater);
    QObject::connect(listener, &TeamListener::changed, reader, [&, connection, cursor] {
        if (!connection->isOpen() && !connection->open(parsed(server.adminUrl()), QString()))
            return;
        {
            QMutexLocker lock(&mutex);
            readsAt << clock.elapsed();
        }
        for (;;) {
            auto page = TeamFeed::read(connection->database(), *cursor);
            if (!page)
                return;
            const qint64 now = clock.elapsed();
            for (const FeedRow &row : page->rows) {
                const QString name = row.values.value(QStringLiteral("name")).toString();
                if (row.table == QLatin1String("contacts")
                    && name.startsWith(QLatin1String("mark-"))) {
                    QMutexLocker lock(&mutex);
                    seenAt.insert(name.mid(5).toInt(), now);
                }
            }
            *cursor = page->next;
            if (!page->more)
                break;
        }
        if (caughtUpAt.load() < 0)
            caughtUpAt = clock.elapsed();
        if (caughtUpAt.load() < 0)
            caughtUpAt = clock.elapsed();
    });
    desktop.start();
    QMetaObject::invokeMethod(listener, &TeamListener::start, Qt::QueuedConnection);
    // Changes are measured once the reader has the store: its first drain is a new desktop's
    // snapshot (10,000 claimed conversations, the agents' notes), and a change made during it
    // waits for it (that was the p99 of 1.3 s measured before: the first changes, not a tail).
    const qint64 listening = clock.elapsed();
    while (caughtUpAt.load() < 0 && clock.elapsed() - listening < 60000)
        QThread::msleep(10);
    std::printf("propagation: the reader's first catch-up (its snapshot of the store): %lld ms\n",
                caughtUpAt.load() - listening);

    QList<qint64> committedAt;
    for (int i = 0; i < changes; ++i) {
        exec(admin, QStringLiteral("UPDATE contacts SET name = ? WHERE phone = '+15559990000'"),
             { QStringLiteral("mark-%1").arg(i) });
        committedAt << clock.elapsed();
        QThread::msleep(50);
    }
    QElapsedTimer wait;
    wait.start();
    while (wait.elapsed() < 5000) {
        QMutexLocker lock(&mutex);
        if (seenAt.contains(changes - 1))
            break;
        lock.unlock();
        QThread::msleep(10);
    }
    stop = true;
    for (QThread *thread : background) {
        thread->wait();
        delete thread;
    }
    QMetaObject::invokeMethod(listener, &TeamListener::stop, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        reader, [connection] { connection->close(); }, Qt::BlockingQueuedConnection);
    desktop.quit();
    desktop.wait();

    // A rename overwritten before the reader looked is not "seen" by itself; the next one is.
    QList<qint64> latencies;
    int missed = 0;
    // Where a slow one (over 300 ms) waited: read by the reader before it was visible (a
    // transaction older than it was still running), or not read at all meanwhile (no wake-up,
    // or the reader waiting for the CPU).
    int slowReadTooEarly = 0;
    int slowNotRead = 0;
    for (int i = 0; i < changes; ++i) {
        qint64 seen = -1;
        for (int j = i; j < changes && seen < 0; ++j)
            seen = seenAt.value(j, -1);
        if (seen < 0) {
            ++missed;
            continue;
        }
        latencies << seen - committedAt.at(i);
        if (seen - committedAt.at(i) <= 300)
            continue;
        const bool readBetween = std::any_of(readsAt.cbegin(), readsAt.cend(), [&](qint64 at) {
            return at > committedAt.at(i) && at < seen;
        });
        ++(readBetween ? slowReadTooEarly : slowNotRead);
    }
    std::printf("propagation: %d changes, %d agents writing notes in the background: commit → "
                "other desktop's feed p50 %lld ms, p95 %lld ms, p99 %lld ms, max %lld ms; never "
                "seen: %d\n",
                changes, int(agents.size()), percentile(latencies, 0.50),
                percentile(latencies, 0.95), percentile(latencies, 0.99),
                percentile(latencies, 1.0), missed);
    std::printf("  over 300 ms: %d read before they were visible (an older transaction still "
                "running), %d not read meanwhile (no wake-up, or no CPU); %lld feed reads in all\n",
                slowReadTooEarly, slowNotRead, qint64(readsAt.size()));
    if (missed)
        std::exit(1);
}

void firstSync(const QSqlDatabase &admin, qint64 messages)
{
    QTemporaryDir dir;
    const bench::Workload w = bench::generate(messages, std::max<qint64>(1, messages / 10),
                                              std::min<qint64>(5000, messages / 4), 20261208);
    auto opened
        = Database::open(dir.filePath(QStringLiteral("gateway.sqlite")), Database::Role::Writer);
    if (!opened)
        fail(opened.error().details());
    std::unique_ptr<Database> cache = std::move(*opened);
    {
        BulkImporter importer(*cache);
        if (auto s = importer.begin(); !s)
            fail(s.error().details());
        for (const ImportMessage &row : w.rows) {
            if (auto s = importer.add(row); !s)
                fail(s.error().details());
        }
        if (auto s = importer.finish(); !s)
            fail(s.error().details());
    }
    team::TeamPublisher publisher(*cache, admin);
    QElapsedTimer timer;
    timer.start();
    auto published = publisher.publish();
    if (!published)
        fail(published.error().message());
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    timer.restart();
    auto again = publisher.publish();
    const qint64 againMs = timer.elapsed();
    std::printf("gateway's first sync: %lld messages from its cache into PostgreSQL in %.1f s: "
                "%.0f messages/s (batches of %d); a pass with nothing new: %lld ms (%lld "
                "published)\n",
                *published, ms / 1000.0, *published * 1000.0 / ms, team::TeamPublisher::kBatch,
                againMs, again ? *again : -1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption smoke(QStringLiteral("smoke"), QStringLiteral("A small run."));
    const QCommandLineOption agentsOption(QStringLiteral("agents"), QStringLiteral("Agents."),
                                          QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption conversationsOption(QStringLiteral("conversations"),
                                                 QStringLiteral("Queue length."),
                                                 QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption changesOption(QStringLiteral("changes"), QStringLiteral("Changes."),
                                           QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption firstSyncOption(QStringLiteral("first-sync"),
                                             QStringLiteral("Messages in the gateway's cache."),
                                             QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"), QStringLiteral("One part: claims, propagation, first-sync."),
        QStringLiteral("PART"));
    parser.addOptions(
        { smoke, agentsOption, conversationsOption, changesOption, firstSyncOption, onlyOption });
    parser.addHelpOption();
    parser.process(app);
    const bool small = parser.isSet(smoke);
    const int agentCount = small ? 5 : parser.value(agentsOption).toInt();
    const int conversations = small ? 200 : parser.value(conversationsOption).toInt();
    const int changes = small ? 10 : parser.value(changesOption).toInt();

    test::PostgresServer server;
    QString why;
    if (!server.start(&why))
        fail(why);
    TeamConnection admin;
    if (auto opened = admin.open(parsed(server.adminUrl()), QString()); !opened)
        fail(opened.error().message());
    if (auto migrated = TeamSchema::migrate(admin.database()); !migrated)
        fail(migrated.error().message());
    QList<Agent> agents;
    for (int i = 0; i < agentCount; ++i) {
        auto created
            = TeamAgents::add(admin.database(), QStringLiteral("Agent %1").arg(i), TeamRole::Agent);
        if (!created)
            fail(created.error().message());
        agents << Agent { created->agent.login, created->password, created->agent.id };
    }
    std::printf("PostgreSQL %s, a throw-away server (fsync off) on this machine; %d cores\n",
                qPrintable(QFileInfo(test::PostgresServer::binDir()).dir().dirName()),
                QThread::idealThreadCount());
    const QStringList only = parser.values(onlyOption);
    const auto runs = [&only](const char *part) {
        return only.isEmpty() || only.contains(QLatin1String(part));
    };
    // The propagation part needs the claims: each agent writes notes to the one it holds.
    if (runs("claims") || runs("propagation"))
        claimRace(server, admin.database(), agents, conversations);
    if (runs("propagation"))
        propagation(server, admin.database(), agents, changes);
    if (runs("first-sync"))
        firstSync(admin.database(), small ? 2000 : parser.value(firstSyncOption).toLongLong());
    return 0;
}
