// View → Team's read (storage/TeamLoad::loads) on a cache of 100,000 conversations with
// 1,000,000 messages' worth of conversation rows (each with its preview and counts; the query
// reads no message): the median and 95th percentile of the grouped query on the GUI's Reader
// connection, wall and CPU time, and its query plan. Two mixes: a usual day (20% of the
// conversations open, pending or snoozed, half of those waiting) and an extreme one (all of them
// open, pending or snoozed, all waiting). Generated in a temporary folder each run.
//   ./dev.sh bench team_load                 the full run
//   ./dev.sh bench team_load --smoke         small and quick: checks the benchmark works
//   ./dev.sh bench team_load --covering-index   with an index the cache does not have,
//       conversations(status, assignee_id, waiting_since, contact_id), to weigh adding it
#include "BenchData.h"
#include "storage/Database.h"
#include "storage/TeamLoad.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <random>

using namespace textdesk;

namespace {

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_team_load: %s\n", qPrintable(what));
    std::exit(1);
}

void exec(Database &db, const QString &sql)
{
    if (auto s = db.execOnce(sql); !s)
        die(s.error().details());
}

// `conversations` rows for 25 agents over 6 numbers; `activeShare` of them (0..1) open, pending
// or snoozed, the rest resolved; `waitingShare` of the active ones wait for a reply.
void generate(const QString &path, qint64 conversations, double activeShare, double waitingShare,
              bool coveringIndex)
{
    auto opened = Database::open(path, Database::Role::Writer);
    if (!opened)
        die(opened.error().details());
    Database &db = **opened;
    exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
    exec(db, QStringLiteral("BEGIN"));
    std::mt19937_64 rng(18);
    const int agents = 25, inboxes = 6;
    for (int i = 1; i <= agents; ++i)
        exec(db,
             QStringLiteral("INSERT INTO agents (id, name, created_at) VALUES (%1, 'Agent %1', 0)")
                 .arg(i));
    for (int i = 1; i <= inboxes; ++i)
        exec(db,
             QStringLiteral(
                 "INSERT INTO inboxes (id, e164, created_at) VALUES (%1, '+1555000000%1', 0)")
                 .arg(i));
    auto contact = db.prepareOwned(QStringLiteral(
        "INSERT INTO contacts (id, e164, consent_state, created_at, updated_at) VALUES (?, ?, ?, "
        "0, 0)"));
    auto conversation = db.prepareOwned(QStringLiteral(
        "INSERT INTO conversations (id, contact_id, inbox_id, assignee_id, status, "
        "snoozed_until, message_count, last_activity_at, last_message_preview, "
        "last_message_direction, waiting_since, created_at) VALUES (?, ?, ?, ?, ?, ?, 10, ?, ?, "
        "?, ?, ?)"));
    if (!contact || !conversation)
        die(QStringLiteral("prepare failed"));
    const QStringList statuses { QStringLiteral("open"), QStringLiteral("open"),
                                 QStringLiteral("pending"), QStringLiteral("snoozed") };
    const QVariant none { QMetaType(QMetaType::LongLong) };
    const qint64 start = 1'735'689'600'000; // 2025-01-01
    for (qint64 c = 1; c <= conversations; ++c) {
        const bool active = double(rng() % 10000) < activeShare * 10000;
        const QString status = active ? statuses.at(int(rng() % 4)) : QStringLiteral("resolved");
        const bool waiting = active && double(rng() % 10000) < waitingShare * 10000;
        const qint64 at = start + qint64(rng() % 31'536'000'000ULL);
        // One in a hundred of an agent's customers is unassigned; one in fifty opted out.
        const QVariant agent = rng() % 100 == 0 ? none : QVariant(qint64(rng() % agents) + 1);
        (*contact)->bindValue(0, c);
        (*contact)->bindValue(1, QStringLiteral("+1415%1").arg(c, 7, 10, QLatin1Char('0')));
        (*contact)->bindValue(
            2, rng() % 50 == 0 ? QStringLiteral("opted_out") : QStringLiteral("unknown"));
        if (auto s = db.exec(**contact); !s)
            die(s.error().details());
        const QVariantList values {
            c,
            c,
            qint64(rng() % inboxes) + 1,
            agent,
            status,
            status == QLatin1String("snoozed") ? QVariant(at + 86'400'000) : none,
            at,
            QStringLiteral("Hi, I ordered the blue one last week and it still says processing?"),
            waiting ? QStringLiteral("inbound") : QStringLiteral("outbound"),
            waiting ? QVariant(at) : none,
            at - 3'600'000,
        };
        for (int i = 0; i < values.size(); ++i)
            (*conversation)->bindValue(i, values.at(i));
        if (auto s = db.exec(**conversation); !s)
            die(s.error().details());
    }
    if (coveringIndex) {
        exec(db,
             QStringLiteral("CREATE INDEX bench_conversations_load ON conversations(status, "
                            "assignee_id, waiting_since, contact_id)"));
    }
    exec(db, QStringLiteral("COMMIT"));
    exec(db, QStringLiteral("ANALYZE"));
}

double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

void measure(const QString &label, const QString &path, int runs)
{
    auto opened = Database::open(path, Database::Role::Reader);
    if (!opened)
        die(opened.error().details());
    Database &db = **opened;
    std::vector<double> wall, cpu;
    int open = 0, waiting = 0;
    for (int run = 0; run <= runs; ++run) {
        db.finishStatements(); // a fresh snapshot, as the window's refresh takes one
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        auto loads = TeamLoad::loads(db);
        const double cpuTook = cpuMs() - cpuStart;
        const double wallTook = double(timer.nsecsElapsed()) / 1e6;
        if (!loads)
            die(loads.error().details());
        if (run == 0)
            continue; // the first read warms the page cache
        wall.push_back(wallTook);
        cpu.push_back(cpuTook);
        open = waiting = 0;
        for (const TeamLoad::Load &load : std::as_const(*loads)) {
            open += load.open;
            waiting += load.waiting;
        }
    }
    const auto w = bench::percentiles(wall);
    const auto c = bench::percentiles(cpu);
    std::printf("%-10s %7d open %7d waiting   wall median %7.1f ms p95 %7.1f ms   cpu median "
                "%7.1f ms p95 %7.1f ms\n",
                qPrintable(label), open, waiting, w.median, w.p95, c.median, c.p95);
    auto plan = db.prepareOwned(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT coalesce(c.assignee_id, 0), c.status, count(*) FROM "
        "conversations c WHERE c.status IN ('open', 'pending', 'snoozed') GROUP BY 1, 2"));
    if (plan && db.exec(**plan)) {
        while ((*plan)->next())
            std::printf("           plan: %s\n", qPrintable((*plan)->value(3).toString()));
        (*plan)->finish();
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption smoke(QStringLiteral("smoke"), QStringLiteral("Small and quick."));
    const QCommandLineOption conversationsOption(QStringLiteral("conversations"),
                                                 QStringLiteral("Conversations (100000)."),
                                                 QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Reads (20)."),
                                        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption covering(QStringLiteral("covering-index"),
                                      QStringLiteral("With a covering index (not in the cache)."));
    parser.addOptions({ smoke, conversationsOption, runsOption, covering });
    parser.addHelpOption();
    parser.process(app);
    const bool small = parser.isSet(smoke);
    const qint64 conversations = small ? 2000 : parser.value(conversationsOption).toLongLong();
    const int runs = small ? 3 : parser.value(runsOption).toInt();
    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no temporary folder"));
    std::printf("team load: %lld conversations, %d reads each (median, p95)\n",
                static_cast<long long>(conversations), runs);
    const QString usual = dir.filePath(QStringLiteral("usual.sqlite"));
    const QString extreme = dir.filePath(QStringLiteral("extreme.sqlite"));
    const bool index = parser.isSet(covering);
    if (index)
        std::printf("with conversations(status, assignee_id, waiting_since, contact_id)\n");
    generate(usual, conversations, 0.2, 0.5, index);
    measure(QStringLiteral("usual"), usual, runs);
    generate(extreme, conversations, 1.0, 1.0, index);
    measure(QStringLiteral("extreme"), extreme, runs);
    return 0;
}
